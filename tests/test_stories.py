"""Conversation stories (tests/stories/*.yaml): what the merchant says or presses, what the
bot must say or offer. They run through the real engine and a real SQLite store, and a step
can restart the process (a new Store and Service on the same file) to prove resume works.

Step keys:
  say: TEXT | press: LABEL (substring of a button on the latest buttons) | payload: RAW
  walk: CAUSE_ID   answer every question truthfully for that cause and report each fix's
                   outcome honestly until the bot resolves it or hands off
  restart: true    simulate a process restart before this step
  expect: {state, contains: [...], not_contains: [...], buttons: [...], events: [...], lang,
           event: {name: NAME, KEY: VALUE...}   a stored event with this data
           fixes_never: [FIX_ID]                 never suggested so far in the story
           events_never: [NAME]                  no such event in this step
           asked_once: true                      no question asked twice so far
           script: hant | hans                   the replies' Chinese script
           summary: {known: [...], ruled_out: [...], likely: TEXT | null, tried: N}
                                                 the agent's summary (substrings)}
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.service import Service
from bot.store import Store
from dialogs.engine import summary
from dialogs.messages import Incoming
from dialogs.script import convert, to_simplified
from dialogs.simulate import truthful_answer

STORIES = sorted((Path(__file__).parent / "stories").glob("*.yaml"))


def load_stories():
    for path in STORIES:
        for story in yaml.safe_load(path.read_text(encoding="utf-8")):
            yield pytest.param(story, id=f"{path.stem}: {story['name']}")


class Chat:
    def __init__(self, db: Path, engine, lang: str | None):
        self.db, self.engine, self.lang = db, engine, lang
        self.store = Store(db)
        self.service = Service(self.store, engine, channel="story")
        self.buttons = []
        self.replies = []
        self.events = []
        self.state = None

    def restart(self):
        self.store.close()
        self.store = Store(self.db)
        self.service = Service(self.store, self.engine, channel="story")

    def send(self, incoming: Incoming):
        turn = self.service.handle("merchant-1", incoming, user_id="1", user_name="Story")
        self.replies = turn.replies
        self.events = [e.name for e in turn.result.events]
        self.state = turn.result.state
        offered = [b for r in turn.replies for b in r.buttons]
        if offered:
            self.buttons = offered
        return turn

    def press(self, label: str):
        matches = [b for b in self.buttons if label in b.label]
        assert matches, f"no button like {label!r} among {[b.label for b in self.buttons]}"
        return self.send(Incoming(button=matches[0].payload, language_hint=self.lang))

    def session(self) -> dict:
        row = self.store.open_conversation("story", "merchant-1")
        return row["session"] if row else None

    def walk(self, cause: str, kb) -> None:
        """Answer as a truthful merchant whose terminal has `cause`."""
        for _ in range(30):
            session = self.session()
            if session is None:
                return
            state, facts = session["state"], session["facts"]
            if state == "diagnosing":
                answer = truthful_answer(kb, facts["question"], cause)
                self.send(Incoming(button=f"a:{facts['question']}:{answer}"))
            elif state == "fixing":
                worked = facts["fix"] in kb.causes[cause].fixes
                self.send(Incoming(button=f"fix:{facts['fix']}:{'y' if worked else 'n'}"))
            elif state == "details":
                self.send(Incoming(button="skip"))
            else:
                return
        raise AssertionError("walk did not end within 30 turns")


EXPECT_KEYS = {"state", "contains", "not_contains", "buttons", "events", "event", "lang",
               "fixes_never", "asked_once", "script", "summary", "events_never"}


@pytest.mark.parametrize("story", list(load_stories()))
def test_story(story, tmp_path, engine):
    chat = Chat(tmp_path / "story.db", engine, story.get("lang"))
    all_text = ""
    try:
        for n, step in enumerate(story["steps"], 1):
            if step.get("restart"):
                chat.restart()
            if "say" in step:
                chat.send(Incoming(text=step["say"], language_hint=chat.lang))
            elif "press" in step:
                chat.press(step["press"])
            elif "payload" in step:
                chat.send(Incoming(button=step["payload"], language_hint=chat.lang))
            elif "walk" in step:
                chat.walk(step["walk"], engine.kb)
            expect = step.get("expect") or {}
            unknown = set(expect) - EXPECT_KEYS  # a misspelt key would be a check that never runs
            assert not unknown, f"step {n}: unknown expect keys {sorted(unknown)}"
            text = "\n".join(r.text for r in chat.replies)
            all_text += text
            labels = [b.label for r in chat.replies for b in r.buttons]
            where = f"step {n} ({step}): replies were:\n{text}\nbuttons: {labels}"
            session = chat.session()
            state = session["state"] if session else "closed"
            if "state" in expect:
                assert state == expect["state"], where
            for fragment in expect.get("contains", []):
                assert fragment in text, f"missing {fragment!r} at {where}"
            for fragment in expect.get("not_contains", []):
                assert fragment not in text, f"unexpected {fragment!r} at {where}"
            for name in expect.get("events_never", []):
                assert name not in chat.events, f"event {name!r} at {where}"
            for label in expect.get("buttons", []):
                assert any(label in b for b in labels), f"no button {label!r} at {where}"
            if "events" in expect:
                stored = [e["name"] for e in chat.store.events()]
                for name in expect["events"]:
                    assert name in stored, f"event {name} not stored at {where}"
            if "lang" in expect:
                assert session["lang"] == expect["lang"], where
            _check_listening(chat, engine, expect, text, labels, session, where)
    finally:
        chat.store.close()


def _check_listening(chat, engine, expect, text, labels, session, where):
    """The stricter expectations of the listening stories (see the module docstring)."""
    stored = chat.store.events()
    if "event" in expect:
        wanted = dict(expect["event"])
        name = wanted.pop("name")
        assert any(e["name"] == name and all(e["data"].get(k) == v for k, v in wanted.items())
                   for e in stored), f"no event {expect['event']} at {where}"
    for fix in expect.get("fixes_never", []):
        assert not any(e["name"] == "fix_suggested" and e["data"].get("fix") == fix
                       for e in stored), f"{fix} was suggested at {where}"
    if expect.get("asked_once"):
        asked = [e["data"]["question"] for e in stored if e["name"] == "question_asked"]
        answered_first = set()
        for e in stored:
            if e["name"] == "question_answered":
                answered_first.add(e["data"]["question"])
            if e["name"] == "question_asked":
                assert e["data"]["question"] not in answered_first, f"asked after answered at {where}"
        assert len(asked) == len(set(asked)), f"asked twice: {asked} at {where}"
    if "script" in expect:
        chinese = [ch for ch in text + "".join(labels) if "\u4e00" <= ch <= "\u9fff"]
        assert chinese, where
        if expect["script"] == "hant":
            assert not [ch for ch in chinese if convert(ch, "hant-tw") != ch
                        and convert(ch, "hant-hk") != ch], f"simplified characters at {where}"
        else:
            assert not [ch for ch in chinese if to_simplified(ch) != ch], f"traditional at {where}"
    if "summary" in expect:
        info = summary(engine.kb, session)
        want = expect["summary"]
        for key in ("known", "ruled_out"):
            for fragment in want.get(key, []):
                assert any(fragment in item for item in info[key]), f"{key} lacks {fragment!r}: {info[key]} at {where}"
        if "likely" in want:
            if want["likely"] is None:
                assert info["likely"] is None, f"likely {info['likely']!r} at {where}"
            else:
                assert want["likely"] in (info["likely"] or ""), f"likely {info['likely']!r} at {where}"
        if "tried" in want:
            assert len(info["tried"]) == want["tried"], f"tried {info['tried']} at {where}"
