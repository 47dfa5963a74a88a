"""`posbot chat`: the same engine and store as Telegram, in a terminal.

Buttons become numbered options; typing the number presses the button; `/photo PATH` sends
a photo of the terminal's screen, read as on Telegram. The conversation is
saved after every turn, so quitting and starting again resumes where it stopped.
"""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from bot.service import Service
from dialogs.messages import Incoming, Reply
from dialogs.texts import say_to

EXIT_WORDS = {"/quit", "/exit", ":q"}


def render(reply: Reply) -> str:
    lines = [reply.text]
    for n, button in enumerate(reply.buttons, 1):
        lines.append(f"  [{n}] {button.label}")
    return "\n".join(lines)


def chat(service: Service, lang: str | None, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout,
         chat_key: str | None = None) -> int:
    chat_key = chat_key or f"terminal:{getpass.getuser()}"
    interactive = stdin.isatty()
    print("posbot chat — type your problem; numbers press buttons; /photo PATH sends a photo; "
          "/quit to leave.", file=stdout)
    existing = service.store.open_conversation(service.channel, chat_key)
    if existing is not None and existing["state"] not in ("start", "closed"):
        print(f"(resuming your open conversation #{existing['id']}, state: {existing['state']})",
              file=stdout)
    buttons: list = []  # the buttons a fix last showed, numbered
    while True:
        if interactive:
            stdout.write("> ")
            stdout.flush()
        line = stdin.readline()
        if not line:
            break
        text = line.rstrip("\n")
        if text.strip() in EXIT_WORDS:
            break
        if not interactive:
            print(f"> {text}", file=stdout)
        if text.startswith("/photo"):
            turn = _photo(service, chat_key, text.removeprefix("/photo").strip(), lang, stdout)
            if turn is None:
                continue
        else:
            # No agents' desk behind a terminal: the engine must not promise a person. A number
            # presses the button shown with it here (the engine reads a bare number during a fix
            # as a step of the fix: Telegram numbers the steps, not the buttons).
            shown = buttons[int(text.strip()) - 1] if text.strip().isdecimal() and 0 < int(text.strip()) <= len(buttons) else None
            incoming = Incoming(button=shown.payload, language_hint=lang, desk_open=False) if shown else \
                Incoming(text=text, language_hint=lang, desk_open=False)
            turn = service.handle(chat_key, incoming, user_id=chat_key, user_name=getpass.getuser())
        # (during a fix only: elsewhere the engine reads a typed number as the latest buttons itself)
        buttons = next((list(r.buttons) for r in reversed(turn.replies) if r.buttons), []) \
            if turn.result.state == "fixing" else []
        if turn.replies:  # the turn as one block, as Telegram shows it as one message
            print("\n\n".join(render(reply) for reply in turn.replies), file=stdout)
        if turn.result.state == "handoff":
            # On Telegram the agents' desk relays this message; here nobody would, so say so.
            print(say_to(turn.result.session, "terminal_handoff"), file=stdout)
        stdout.flush()
    return 0


def _photo(service: Service, chat_key: str, path: str, lang: str | None, stdout: TextIO):
    """`/photo PATH`: the image read as a Telegram photo would be (the model loads on first use)."""
    from bot.photos import Vocabulary, photo_turn, read_local

    if not path:
        print("usage: /photo PATH (a photo of the terminal's screen or receipt)", file=stdout)
        return None
    photo = read_local(path)
    if photo.status == "missing":
        print(f"(cannot open {path})", file=stdout)
        return None
    return photo_turn(service, chat_key, photo, Vocabulary.of(service.engine.kb), user_id=chat_key,
                      user_name=getpass.getuser(), language_hint=lang, desk_open=False)
