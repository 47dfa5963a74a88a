"""Round twenty-two's lead classes, each with its near misses. Sentences written for these
tests, not taken from any eval file.

- With a fix pending, a reply that only reports the step done ("done", "ok tried", "好 试了",
  "yep did it", "嗯 试了") is the step done: the bot asks whether sales go through now. It was
  read as "it worked" (the yes of "ok" / "done"), and the ticket closed as fixed by the bot
  although the merchant had said nothing of how it went. A reply that says how it went
  ("试了 好了", "tried, works now", "done, still the same") is read as before.
- An English reply of one clause that ends in a bare no, the comma left out ("held it 10 sec
  nothing", "swapped the socket nope", "pressed power button still nothing"), is the step
  failed; it was not understood. A yes word at the end is not read this way ("light is on"
  is a fact), nor a no that belongs to the words before it ("there is nothing").
- During a step, "charger light is green (tho)" / "plugged in and the light is on" is a light
  looked at and lit: the step under way or done (how the sale goes unsaid), not "didn't catch
  that".
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
    ("en", "that did it", True), ("en", "that's done it", True),
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


NO_POWER = {"en": "machine wont turn on at all"}


@pytest.mark.parametrize("text", ["held it 10 sec nothing", "swapped the socket nope",
                                  "pressed power button still nothing", "tried another plug same"])
def test_a_trailing_no_without_a_comma_is_the_step_failed(engine, text):
    results = converse(engine, [NO_POWER["en"], text], "en")
    outcomes = events(results[1:], "fix_outcome")
    assert outcomes and outcomes[0]["worked"] is False
    assert not events(results[1:], "not_understood")


@pytest.mark.parametrize("opening, text", [
    (NO_POWER["en"], "charger light is green"), (NO_POWER["en"], "light is on"),
    (NO_POWER["en"], "the light comes on"), (NO_POWER["en"], "plugged in and the light is on"),
    (NO_POWER["en"], "charger light is green tho"),
    ("card machine battery dies by noon", "charging light is on now")])
def test_a_light_looked_at_and_lit_is_the_check_done(engine, opening, text):
    results = converse(engine, [opening, text], "en")
    assert events(results[:1], "fix_suggested")
    assert not events(results[1:], "not_understood")
    assert not events(results[1:], "fix_outcome")
    assert results[1].session["state"] == "fixing"


@pytest.mark.parametrize("text", ["there is nothing", "light is on", "it works now"])
def test_no_trailing_no_where_none_is_said(engine, text):
    interpreter = engine.interpreter
    assert interpreter.clause_verdict(text) != "no"


@pytest.mark.parametrize("text, cleared", [
    ("the base is ok, its little light is on, works fine now", True),   # a light beside the news
    ("got signal, three bars, its on the sim card", False),             # a network state answers
    ("wifi is grand, my phone works on it fine", False),
])
def test_a_success_beside_a_fact_ends_the_fault_only_if_the_fact_says_nothing(engine, text, cleared):
    """Merge guard (dlg66 x dlg67): a fact that says nothing of the fault does not stop the news
    that it is gone; the network's or signal's state told while a question is open is an answer."""
    assert engine.interpreter.cleared(text) is cleared
