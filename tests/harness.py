"""Run the real posbot Telegram stack (python-telegram-bot Application, SQLite file, engine)
against the fake Bot API server, and act as merchants and agents would."""

from __future__ import annotations

import asyncio
import re
from contextlib import asynccontextmanager
from pathlib import Path

from bot.config import Settings
from bot.ocr import Reader
from bot.runner import Runner
from dialogs.simulate import truthful_answer
from tests.fakebotapi import DEFAULT_TOKEN, FakeBotAPI

AGENT_GROUP = -1001234567890
AGENTS = (7001, 7002)
MANAGER = 9001


def settings_for(api: FakeBotAPI, db: Path, **env) -> Settings:
    values = {
        "TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN,
        "TELEGRAM_API_BASE_URL": api.api_url,
        "POSBOT_DB": str(db),
        "POSBOT_AGENT_CHAT_ID": str(AGENT_GROUP),
        "POSBOT_AGENT_IDS": ",".join(map(str, AGENTS)),
        "POSBOT_MANAGER_IDS": str(MANAGER),
    }
    values.update(env)
    return Settings.from_env(values)


# Photos in tests are read in this process (a thread), with one model loaded for the session.
READER = Reader(process=False)


@asynccontextmanager
async def running_bot(api: FakeBotAPI, db: Path, engine, reader: Reader = READER, store=None, faults=None,
                      **env):
    """`store`: an already open Store (e.g. one that fails on purpose); `faults`: a FaultPolicy
    with short backoffs, so fault tests need no timing."""
    api.add_chat(AGENT_GROUP, "supergroup", title="Agents")
    runner = Runner(settings_for(api, db, **env), store=store, engine=engine, reader=reader)
    if faults is not None:
        runner.bot.faults = faults
    await runner.start()
    try:
        yield runner
    finally:
        await runner.stop()
        runner.store.close()


SENDING = ("sendMessage", "sendDocument", "copyMessage", "sendPhoto")
# A pressed button's message, once marked: "<question>\n\n✔ <label>". When the message was the
# latest in the chat, the answer follows in the same edit: "...✔ <label>\n\n<answer>".
PRESSED = re.compile(r"\n\n✔ [^\n]*(?:\n\n|$)")


def answer_text(call) -> str:
    """What a call tells the merchant anew: a message's text, or what an edit added after the
    pressed button's ✔ (empty when the edit only marked the button)."""
    text = call.text or ""
    if call.method != "editMessageText":
        return text
    parts = PRESSED.split(text)
    return parts[-1] if len(parts) > 1 else ""


def sends_to(api: FakeBotAPI, chat_id: int):
    return [c for c in api.sent if c.ok and c.chat_id == chat_id and c.method in SENDING]


def answers_to(api: FakeBotAPI, chat_id: int):
    """Every message or in-place answer the merchant received, in order."""
    return [c for c in api.sent if c.ok and c.chat_id == chat_id
            and (c.method in SENDING or (c.method == "editMessageText" and answer_text(c)))]


async def next_reply(api: FakeBotAPI, chat_id: int, contains: str | None = None, timeout: float = 5.0,
                     with_buttons: bool = False):
    """The bot's next answer in the chat: a new message, or a pressed message edited into its
    answer (then `contains` looks only at the answer part)."""
    def match(call):
        if not call.ok or call.chat_id != chat_id:
            return False
        if call.method not in SENDING and not (call.method == "editMessageText" and answer_text(call)):
            return False
        if contains is not None and contains not in answer_text(call):
            return False
        return not with_buttons or bool(call.reply_markup)
    return await api.wait_for(match, timeout=timeout)


def buttons_of(call) -> list[dict]:
    markup = call.reply_markup or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row]


async def press(api: FakeBotAPI, chat_id: int, call, payload: str, user_id: int | None = None):
    message = call.message
    return api.push_callback(chat_id, message["message_id"], payload, user_id=user_id)


async def walk_to_fix(api: FakeBotAPI, chat_id: int, kb, cause: str, first_call, max_turns: int = 20):
    """Press buttons as a truthful merchant with `cause` until the bot says it is resolved."""
    call = first_call
    for _ in range(max_turns):
        payloads = [b["callback_data"] for b in buttons_of(call)]
        answer = next((p for p in payloads if p.startswith("a:")), None)
        fix = next((p for p in payloads if p.startswith("fix:")), None)
        if answer:
            qid = answer.split(":")[1]
            choice = f"a:{qid}:{truthful_answer(kb, qid, cause)}"
        elif fix:
            fix_id = fix.split(":")[1]
            choice = f"fix:{fix_id}:{'y' if fix_id in kb.causes[cause].fixes else 'n'}"
        elif "skip" in payloads:
            choice = "skip"
        else:
            return call
        await press(api, chat_id, call, choice)
        call = await next_reply(api, chat_id, with_buttons=True)
    raise AssertionError("no resolution within the turn budget")


async def settle(seconds: float = 0.3):
    await asyncio.sleep(seconds)
