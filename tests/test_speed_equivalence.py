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


def test_word_map_rewrites_as_the_plain_alternation_did(kb):
    """The first-character lookahead in WordMap changes no rewrite: compared with the pattern
    it was before, over the chat-style dev messages and words at the edges of Latin words."""
    from knowledge.text import WordMap, normalise

    plain = re.compile("|".join(
        rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])" if w.isascii() else re.escape(w)
        for w in sorted(kb.words, key=len, reverse=True)))
    words = WordMap(kb.words)
    texts = [json.loads(line)["text"] for name in ("chatstyle_dev.jsonl", "chatstyle_dev2.jsonl")
             for line in (ROOT / "knowledge" / "eval" / name).read_text(encoding="utf-8").splitlines()
             if line.strip()]
    texts += [" ".join(kb.words), "".join(kb.words), "x".join(kb.words), "部機成日彈走 點搞 cannot 3g"]

    def alternation(text: str) -> str:
        # the same two passes WordMap.rewrite makes (a second only when the first changed
        # something: 連接唔到 -> 连接不了 -> 连不上), each with the plain alternation
        once = plain.sub(lambda m: kb.words[m.group()], text)
        return once if once == text else plain.sub(lambda m: kb.words[m.group()], once)

    for text in map(normalise, texts):
        assert words.rewrite(text) == alternation(text)


def test_normalise_still_drops_control_and_format_characters():
    from knowledge.text import normalise

    assert normalise("刷卡\u200b没\u202e反应\x07 A0\tok\n") == "刷卡没反应 a0 ok"
    assert normalise("ＡＯ 連不上") == normalise("AO 连不上")


def test_pointless_fixes_from_the_index_are_those_the_scan_over_every_fix_found(kb):
    """The engine indexes fixes by the observations that make them pointless (built once)
    instead of scanning every fix at every step."""
    from dialogs.engine import _Turn, new_session

    engine = Engine(kb)
    observations = sorted(kb.observations)
    told = [[], *([o] for o in observations), observations[::3], observations]
    assert any(f.pointless_when for f in kb.fixes.values())
    for noted in told:
        session = new_session("zh")
        session["facts"]["noted"] = list(noted)
        scanned = [f.id for f in kb.fixes.values() if set(noted).intersection(f.pointless_when)]
        assert _Turn(engine, session)._pointless_fixes() == scanned
