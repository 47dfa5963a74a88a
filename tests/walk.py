"""Walk a typed conversation through the real Telegram stack by hand (not a test).

The real python-telegram-bot Application runs against the local fake Bot API with a fresh SQLite
file; each argument is one thing a person does, about 2.5 s apart, then every message the bot
sent is printed. What we used for the walkthroughs of docs/WALKTHROUGH.md:

    .venv/bin/python -m tests.walk zh-hans "机器坏了" "刷卡的时候出0020000" "擦了" "你们能不能派人来" \
        TAKE "AGENT:/reply 1 您好，我看一下" "MANAGER:/stats week"

Arguments: plain text is the merchant; "AGENT:<text>" an agent in the agents' group;
"MANAGER:<text>" a manager in a private chat; TAKE presses the newest Take button;
"FAKEBTN:<payload>" presses a button that is not there; HUGE sends a 4,800-character message.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from dialogs.engine import Engine
from knowledge.loader import load_kb
from tests.fakebotapi import FakeBotAPI
from tests.harness import AGENT_GROUP, AGENTS, MANAGER, running_bot

MERCHANT = 5551
PAUSE = 2.5  # seconds between actions: the bot answers each before the next


async def walk(lang: str, actions: list[str], db: Path) -> None:
    engine = Engine(load_kb())
    async with FakeBotAPI() as api, running_bot(api, db, engine):
        for action in actions:
            if action.startswith("MANAGER:"):
                api.push_text(MANAGER, action[len("MANAGER:"):], user_id=MANAGER)
            elif action.startswith("AGENT:"):
                api.push_group_text(AGENT_GROUP, action[len("AGENT:"):], user_id=AGENTS[0])
            elif action == "TAKE":
                cards = [c for c in api.sent if c.chat_id == AGENT_GROUP and c.reply_markup]
                if not cards:
                    print("(TAKE: no ticket card in the agents' group yet)")
                    continue
                card = cards[-1]
                payload = card.reply_markup["inline_keyboard"][0][0]["callback_data"]
                api.push_callback(AGENT_GROUP, card.message["message_id"], payload, user_id=AGENTS[0])
            elif action.startswith("FAKEBTN:"):
                last = [c for c in api.sent if c.chat_id == MERCHANT and c.ok][-1]
                api.push_callback(MERCHANT, last.message["message_id"], action[len("FAKEBTN:"):],
                                  check=False)
            elif action == "HUGE":
                api.push_text(MERCHANT, "刷卡失败" * 1200, language_code=lang)
            else:
                api.push_text(MERCHANT, action, language_code=lang)
            await asyncio.sleep(PAUSE)
        for call in api.sent:
            if not call.ok or call.method not in ("sendMessage", "editMessageText", "copyMessage",
                                                  "sendPhoto", "sendDocument"):
                continue
            who = {MERCHANT: "merchant", AGENT_GROUP: "agents", MANAGER: "manager"}.get(
                call.chat_id, call.chat_id)
            buttons = [b["text"] for row in (call.reply_markup or {}).get("inline_keyboard", [])
                       for b in row]
            print(f"--[{call.method} -> {who}]\n{call.text}" + (f"\n  {buttons}" if buttons else ""))


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(walk(sys.argv[1], sys.argv[2:], Path(tmp) / "walk.db"))


if __name__ == "__main__":
    main()
