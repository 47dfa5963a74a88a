"""Round twenty-two's lead classes, each with its near misses. Sentences written for these
tests, not taken from any eval file.

- With a fix pending, a reply that only reports the step done ("done", "ok tried", "好 试了",
  "yep did it", "嗯 试了") is the step done: the bot asks whether sales go through now. It was
  read as "it worked" (the yes of "ok" / "done"), and the ticket closed as fixed by the bot
  although the merchant had said nothing of how it went. A reply that says how it went
  ("试了 好了", "tried, works now", "done, still the same") is read as before.
"""

import pytest

from tests.conversation import converse
from tests.tables import events

PRINTER = {"zh-hans": "打印机不出小票 纸是满的", "zh-hant": "部機唔出單 紙係新換嘅",
           "en": "printer not printing, paper is fine"}


@pytest.mark.parametrize("lang, text", [
    ("en", "done"), ("en", "ok done"), ("en", "ok tried"), ("en", "yep did it"), ("en", "done la"),
    ("en", "tried"), ("zh-hans", "好 试了"), ("zh-hans", "嗯 试了"), ("zh-hans", "好试了"),
    ("zh-hant", "好 試了"),
])
def test_a_step_reported_done_asks_how_it_went(engine, lang, text):
    results = converse(engine, [PRINTER[lang], text], lang)
    assert events(results[:1], "fix_suggested"), "the scene needs a pending fix"
    assert not events(results[1:], "fix_outcome"), f"{text!r} says nothing of how it went"
    assert not events(results[1:], "resolved")
    assert results[1].session["state"] == "fixing"


@pytest.mark.parametrize("lang, text, worked", [
    ("zh-hans", "试了 好了", True), ("en", "tried, works now", True), ("en", "yes", True),
    ("zh-hans", "可以了", True), ("en", "done, still the same", False),
    ("zh-hans", "试了 还是不行", False), ("en", "nope", False),
])
def test_how_it_went_is_still_read(engine, lang, text, worked):
    results = converse(engine, [PRINTER[lang], text], lang)
    outcomes = events(results[1:], "fix_outcome")
    assert outcomes and outcomes[0]["worked"] is worked


@pytest.mark.parametrize("lang, done, verdict", [
    ("en", "ok tried", "works now"), ("zh-hans", "好 试了", "可以了")])
def test_after_the_step_done_the_verdict_closes_it(engine, lang, done, verdict):
    results = converse(engine, [PRINTER[lang], done, verdict], lang)
    assert events(results[2:], "resolved")
