"""Round twenty-nine's lead classes, found walking, each with its near misses. Sentences written
for these tests, not taken from any eval file.

- A clause that asks whether something works ("之前的小票还能打出来吗", "how do i print it")
  states no success: a fact named by its bare subject in it keeps its reading. It was flipped by
  the clause's "works" words, so "之前的小票还能打出来吗 客人要" was not understood and "customer wants
  a copy of yesterdays receipt how do i print it" went to the printer's paper (left by lead28).
- "voided it" at the duplicate-charge check was read as a new problem, "void fails": that fix's
  last step voids the extra sale, so it is a procedure (fixes.yaml `done_is_solved`), and the
  extra charge cancelled in other words ("cancelled one of them", "撤咗一單") is the task done.
- "held the button 15 sec, it went black, back on now" at the restart step was noted as "a cable
  or the power is loose; it switches off by itself": the screen going dark and back while the
  merchant holds the key down is the restart they were asked for, not a terminal that goes off.
  (Left: a listed phrasing of the fault, "黑了又着" in Cantonese "黑咗又著返", still reads it beside
  a held key.)
"""

import pytest

from tests.conversation import converse
from tests.tables import events


@pytest.mark.parametrize("text", [
    "之前的小票还能打出来吗 客人要", "以前的小票能不能再打一张 客人要报销", "customer wants a copy of yesterdays receipt how do i print it",
    "a lady needs yesterdays receipt again, can it print it?", "客人要昨天的小票 还能打吗", "前天的小票能补吗",
    "上周的小票还能打出来吗", "last weeks receipt, can the machine print it again?"])
def test_a_question_keeps_the_copy_wanted(engine, text):
    assert "obs_receipt_copy_wanted" in engine.interpreter.observed(text), text


@pytest.mark.parametrize("text", ["隔壁能刷", "next door is fine", "隔壁店都可以刷", "the shop next door works fine"])
def test_a_stated_success_still_flips_a_bare_subject(engine, text):
    assert "obs_others_fail" not in engine.interpreter.observed(text), text


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "之前的小票还能打出来吗 客人要"), ("en", "customer wants a copy of yesterdays receipt how do i print it"),
    ("zh-hans", "以前的小票能不能再打一张 客人要报销")])
def test_the_copy_asked_as_a_question_gets_the_reprint(engine, lang, text):
    result = converse(engine, [text], lang)[0]
    assert result.session["facts"].get("fix") == "fix_reprint_any_receipt", [r.text for r in result.replies]


DOUBLE = {"en": "charged the customer twice for one coffee how to cancel one", "zh-hans": "一杯奶茶刷了两次 怎么撤掉一笔"}


@pytest.mark.parametrize("lang, text", [
    ("en", "voided it"), ("en", "voided the second one"), ("en", "ok cancelled one of them"),
    ("en", "cancelled the extra one, thanks"), ("zh-hans", "撤销了一笔"), ("zh-hans", "撤掉一笔了"),
    ("zh-hant", "撤咗一單"), ("zh-hans", "撤销好了")])
def test_the_extra_charge_voided_is_the_task_done(engine, lang, text):
    opening = DOUBLE["en" if lang == "en" else "zh-hans"]
    results = converse(engine, [opening, text], lang)
    assert results[0].session["facts"]["fix"] == "fix_check_duplicate", "the scene: the duplicate check"
    assert events(results[1:], "resolved"), (text, [r.text for r in results[1].replies])
    assert not events(results[1:], "problem"), text


@pytest.mark.parametrize("lang, text", [
    ("en", "tried to void it but it says no original transaction"), ("en", "void failed"),
    ("zh-hans", "撤销不了 说没有原始交易"), ("en", "how do i void it?")])
def test_the_void_failed_or_asked_is_not_done(engine, lang, text):
    opening = DOUBLE["en" if lang == "en" else "zh-hans"]
    results = converse(engine, [opening, text], lang)
    assert results[0].session["facts"]["fix"] == "fix_check_duplicate", "the scene: the duplicate check"
    assert not events(results[1:], "resolved"), text


@pytest.mark.parametrize("text", [
    "held the button 15 sec, it went black, back on now and the sale screen is up",
    "held the power key, screen went black, its back on now", "pressed and held it, went black then came back on",
    "按住电源键 屏幕黑了 然后又亮了", "长按了十几秒 黑屏了 又开起来了", "撳住個掣十幾秒 黑咗 之後又開返"])
def test_the_key_held_down_is_no_loose_power(engine, text):
    assert "obs_loose_power" not in engine.interpreter.observed(text), text


@pytest.mark.parametrize("text", [
    "screen goes black then comes back on by itself", "屏幕黑了一下又亮了", "it goes black and back on all day"])
def test_going_dark_and_back_alone_is_still_loose_power(engine, text):
    assert "obs_loose_power" in engine.interpreter.observed(text), text
