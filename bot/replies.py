"""Replies as records: for the transcript, and as Telegram outbox operations."""

from __future__ import annotations

from dataclasses import asdict

from dialogs.messages import Reply

TELEGRAM_TEXT_LIMIT = 4096


def reply_record(reply: Reply) -> dict:
    payload = {"buttons": [asdict(b) for b in reply.buttons]} if reply.buttons else None
    return {"kind": "text", "text": reply.text, "payload": payload}


def split_text(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Cut a long reply at line breaks (or hard, for one huge line) under Telegram's limit."""
    chunks: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            if current:
                chunks.append(current)
                current = ""
            chunks.append(line[:limit])
            line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            chunks.append(current)
            current = line
        else:
            current = candidate
    if current or not chunks:
        chunks.append(current or "…")
    return chunks


def send_ops(chat_id: int, reply: Reply, **extra) -> list[dict]:
    """Outbox operations for one reply: split text, buttons on the last part."""
    record = reply_record(reply)
    parts = split_text(reply.text)
    ops = [{"op": "send", "chat_id": chat_id, "text": part, **extra} for part in parts]
    if record["payload"]:
        ops[-1]["buttons"] = record["payload"]["buttons"]
    return ops
