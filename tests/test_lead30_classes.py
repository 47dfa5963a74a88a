"""Round thirty's lead classes, found walking, each with its near misses. Sentences written for
these tests, not taken from any eval file.

- "得咗喇 唔該晒", "好了 能刷了", "ok works now" to a two-way question ("did you swipe a chip card?",
  "is it next to a microwave?") were read only as the question's harmless answer ("all good
  there" means no), and the next question followed: the merchant who said it works now was asked
  on. A success said as a change (readings.yaml `changed_now`) is the fault gone; "all good",
  "冇問題", "no, it's fine" stay the harmless answer.
"""

import pytest

from tests.conversation import reply_after
from tests.tables import names

TAP_EN = ["tap doesnt work, chip is fine", "only tap, phones too", "no nothing dropped", "did it, still no"]
TAP_HK = ["部機今朝開始拍卡冇反應 插卡就得", "淨係拍卡唔得 手機拍都唔得", "冇呀 冇跌過", "試咗啦 都係唔得喎"]


def _question_before(engine, prior, lang):
    session, _ = reply_after(engine, prior[:-1], prior[-1], lang)
    return session


@pytest.mark.parametrize("lang, prior, reply", [
    ("en", TAP_EN, "ok works now"), ("en", TAP_EN, "all good now, cheers"), ("en", TAP_EN, "its going again"),
    ("en", TAP_EN, "fine now thanks mate"), ("en", TAP_EN, "sorted now ta"),
    (None, TAP_HK, "得咗喇 唔該晒"), (None, TAP_HK, "好咗喇"), (None, TAP_HK, "冇事喇 得返"),
    (None, TAP_HK, "好了 能刷了"), (None, TAP_HK, "行了 能用了")])
def test_a_success_said_as_a_change_ends_the_questions(engine, lang, prior, reply):
    session, result = reply_after(engine, prior, reply, lang)
    assert session["state"] == "diagnosing" and session["facts"]["question"], "the scene: a question is pending"
    assert result.session["state"] in ("rating", "confirming_success") or "resolved" in names(result) \
        or "success_in_doubt" in names(result), ([r.text for r in result.replies], names(result))
    assert "question_answered" not in names(result), names(result)


@pytest.mark.parametrize("lang, prior, reply", [
    ("en", TAP_EN, "all good"), ("en", TAP_EN, "nah all good there"), ("en", TAP_EN, "no, it's fine"),
    (None, TAP_HK, "冇問題"), (None, TAP_HK, "没问题")])
def test_fine_without_a_change_is_the_harmless_answer(engine, lang, prior, reply):
    session, result = reply_after(engine, prior, reply, lang)
    assert session["state"] == "diagnosing" and session["facts"]["question"], "the scene: a question is pending"
    assert "question_answered" in names(result) and "resolved" not in names(result), names(result)


@pytest.mark.parametrize("text", ["terminal declining every1 today", "declined for evry1 this morning"])
def test_every1_is_everyone(engine, text):
    assert engine.recogniser.recognise(text).symptom == "s_all_declined", text


# "screen gone all in Spanish after the update" was said back as "No recent update": "gone" read as
# a fault gone away turned the clause to success and the update round. Gone with what it became is
# a fault come on.
@pytest.mark.parametrize("text", [
    "screen gone all in Spanish after the update", "screen gone black after the update", "it gone slow after the update",
    "printer gone funny since the update", "menus gone weird after the update", "it's gone haywire since the update",
    "the display gone dark after the upgrade", "keypad gone dead after the update"])
def test_gone_with_what_it_became_keeps_the_update(engine, text):
    observed = engine.interpreter.observed(text)
    assert "obs_no_update" not in observed and "obs_after_update" in observed, observed


@pytest.mark.parametrize("text", ["the error has gone", "that message is gone now", "error's gone, thanks"])
def test_a_fault_gone_is_still_good(engine, text):
    assert engine.interpreter.tone(text) == "worked", text
