"""Replies as records: for the transcript, and as Telegram outbox operations.

One message per turn: whatever the bot says to a chat in one turn (the dialog's replies, a
ticket notice, an agent's note) leaves as one message, texts joined by a blank line and every
button on it. Telegram allows about one message per second in a chat and 30 per second in all,
so each extra message is a second the merchant waits for the last one, and a cluttered chat.
"""

from __future__ import annotations

from dataclasses import asdict

from dialogs.messages import Reply

TELEGRAM_TEXT_LIMIT = 4096
PARAGRAPH = "\n\n"
# A send with any of these is bound to something (a reply, a topic, a ticket's bookkeeping) and
# stays a message of its own.
_BOUND = ("reply_to", "thread_id", "topic_of", "track")


def reply_record(reply: Reply) -> dict:
    # Field by field rather than dataclasses.asdict (a deep copy: ~3% of a turn in the engine
    # benchmark); the same dicts.
    payload = {"buttons": [{"label": b.label, "payload": b.payload} for b in reply.buttons]} \
        if reply.buttons else None
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


def send_ops(chat_id: int, reply: Reply, buttons: list[dict] | None = None, **extra) -> list[dict]:
    """Outbox operations for one reply: split text, buttons on the last part."""
    record = reply_record(reply)
    parts = split_text(reply.text)
    ops = [{"op": "send", "chat_id": chat_id, "text": part, **extra} for part in parts]
    buttons = (record["payload"] or {}).get("buttons", []) + (buttons or [])
    if buttons:
        ops[-1]["buttons"] = buttons
    return ops


def message_op(chat_id: int, reply: Reply) -> dict:
    """One reply as a send operation, not yet split: join_turn joins a turn's, then splits."""
    op = {"op": "send", "chat_id": chat_id, "text": reply.text}
    if reply.buttons:
        op["buttons"] = [asdict(b) for b in reply.buttons]
    return op


def joinable(op: dict) -> bool:
    return op["op"] == "send" and not any(op.get(key) for key in _BOUND)


def join_turn(ops: list[dict]) -> list[dict]:
    """A turn's plain messages to each chat become one, placed where the last of them was
    (its buttons usually ask what comes next); then texts over Telegram's limit are split, the
    buttons on the last part. Every other operation keeps its order."""
    last_at: dict = {}
    for i, op in enumerate(ops):
        if joinable(op):
            last_at[op["chat_id"]] = i
    texts: dict = {}
    buttons: dict = {}
    joined: list[dict] = []
    for i, op in enumerate(ops):
        if not joinable(op):
            joined.append(op)
            continue
        chat = op["chat_id"]
        texts.setdefault(chat, []).append(op["text"])
        buttons.setdefault(chat, []).extend(op.get("buttons") or [])
        if i == last_at[chat]:
            joined += send_ops(chat, Reply(PARAGRAPH.join(texts[chat])), buttons=buttons[chat])
    return joined
