"""The speed-ups of the fourth round (docs/PERFORMANCE.md) change costs, not results: each
faster path is checked against what it replaced."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import asdict, fields
from pathlib import Path

from bot.replies import reply_record
from bot.store import _json, now_iso
from dialogs.engine import Engine
from dialogs.messages import Button, Incoming, Reply

ROOT = Path(__file__).resolve().parents[1]


def test_reply_record_writes_every_button_field_as_asdict_did():
    reply = Reply("选一个", (Button("是", "a:q1:yes"), Button("不确定 🤔", "a:q1:?")))
    record = reply_record(reply)
    assert record == {"kind": "text", "text": "选一个",
                      "payload": {"buttons": [asdict(b) for b in reply.buttons]}}
    # A new Button field must be written too: this fails until reply_record names it.
    assert [f.name for f in fields(Button)] == list(record["payload"]["buttons"][0])
    assert reply_record(Reply("no buttons"))["payload"] is None


def test_stored_json_and_clock_keep_their_format():
    for value in ({"text": "打印机冇反應 é\n\"", "n": [1, 2.5, None, True]}, [], "x"):
        assert _json(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    assert _json(None) is None
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", now_iso())


def test_an_owned_session_gives_the_same_turn_and_others_are_left_alone(kb):
    engine = Engine(kb)
    first = engine.handle(None, Incoming(text="打印机不出纸"))
    kept = json.loads(json.dumps(first.session))
    for incoming in (Incoming(text="换过纸了还是不行"), Incoming(button="skip"), Incoming(text="A0")):
        copied = engine.handle(first.session, incoming)
        assert first.session == kept  # the caller's session is not touched
        owned = engine.handle(json.loads(json.dumps(kept)), incoming, owned=True)
        assert owned.session == copied.session
        assert owned.replies == copied.replies
        assert [(e.name, e.data) for e in owned.events] == [(e.name, e.data) for e in copied.events]


def test_the_cli_starts_without_the_dashboard_module():
    probe = ("import sys, bot.cli; bot.cli.build_parser(); "
             "print(sorted(m for m in ('bot.dashboard', 'aiohttp', 'telegram') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
    usage = subprocess.run([sys.executable, "-m", "bot.cli", "dashboard", "--help"], capture_output=True,
                           text=True, check=True, cwd=ROOT).stdout
    assert "--listen" in usage and "--db" in usage
