"""dlg66: the question gap (bench/told_up_front.py: merchants who resolve when they tell every
reply up front), with conversations of our own in zh, zh-hant and en (none copied from an eval
file), and near-misses that keep their old behaviour.

Class: success words in the reply to a question, once a fix has failed. The merchant told us a
moment ago that the fault goes on; the bot asks a question, and the reply speaks of the thing
asked about in success words ("the dock is fine, its light is on", "did the settlement last
night, went through fine", "充电器是原装的 插上就充 成功了"). It was taken as the fault fixed
and the conversation closed (rating asked) with the merchant still unable to take cards. Now
the bot asks once whether it works now: yes closes it as before, "still failing" goes on with
the question pending."""

import pytest

from tests.conversation import converse
from tests.tables import events

# (language, the story up to the question after a failed fix, the reply with success words)
BATTERY_EN = ["the card machine keeps going flat by lunchtime even though it sits on its dock all night",
              "no change, still flat by noon"]
CODE_EN = ["terminal says 0020000 on every sale today", "not sure", "did that, no luck"]
BATTERY_ZH = ["刷卡机电池不耐用 早上充满下午就没电了", "试了 还是不行"]
TOUCH_HANT = ["部機個觸控螢幕撳極都冇反應", "試咗 仲係唔得"]

DOUBTED = [
    ("en", BATTERY_EN, "the dock is fine, its little light is on, works fine"),
    ("en", CODE_EN, "we did the end of day settlement yesterday evening, went through fine"),
    ("zh-hans", BATTERY_ZH, "充电器是原装的 插上就充 成功了"),
    ("zh-hans", BATTERY_ZH, "充电那个灯是好的 搞定了"),
    ("zh-hant", TOUCH_HANT, "手指撳 好返晒"),
    ("zh-hant", TOUCH_HANT, "試過手指撳 得咗"),
]

STILL_FAILS = {"en": "no, it still fails the same", "zh-hans": "没有 还是不行", "zh-hant": "冇 仲係唔得"}
WORKS_NOW = {"en": "yes", "zh-hans": "对 好了", "zh-hant": "好咗喇"}


def _before_last_is_question_after_failed_fix(results):
    session = results[-2].session
    assert session["state"] == "diagnosing" and session["facts"]["question"], session["state"]
    assert session["facts"]["failed_fixes"] >= 1


@pytest.mark.parametrize("lang,story,reply", DOUBTED)
def test_success_words_to_a_question_are_asked_about(engine, lang, story, reply):
    """The reply is not taken as the fault fixed: "does it work now?" instead."""
    results = converse(engine, [*story, reply], lang)
    _before_last_is_question_after_failed_fix(results)
    assert not events(results[-1:], "resolved"), [(e.name, e.data) for e in results[-1].events]
    assert events(results[-1:], "success_in_doubt")
    assert results[-1].session["state"] == "diagnosing"


@pytest.mark.parametrize("lang,story,reply", DOUBTED)
def test_still_failing_after_the_doubt_goes_on(engine, lang, story, reply):
    """... and "no, still failing" to it carries on the diagnosis (no rating, no close)."""
    results = converse(engine, [*story, reply, STILL_FAILS[lang]], lang)
    assert not events(results, "resolved"), lang
    assert results[-1].session["state"] in ("diagnosing", "fixing"), results[-1].session["state"]


@pytest.mark.parametrize("lang,story,reply", DOUBTED)
def test_yes_after_the_doubt_closes_as_fixed(engine, lang, story, reply):
    """Near-miss: a merchant whose fault did go away says so, and it is closed as before."""
    results = converse(engine, [*story, reply, WORKS_NOW[lang]], lang)
    assert events(results[-1:], "resolved"), (lang, [(e.name, e.data) for e in results[-1].events])


def test_the_doubt_is_asked_once_per_question(engine):
    """Success words again to the same question, after the doubt was answered with neither
    yes nor no: taken as before (no second "does it work now?")."""
    results = converse(engine, [*BATTERY_ZH, "底座擦过了 好了好了", "底座擦过了 好了好了"], "zh-hans")
    assert len(events(results, "success_in_doubt")) == 1


@pytest.mark.parametrize("lang,story,reply", [
    # before any fix has failed: nothing said the fault goes on; the success stands
    ("en", ["terminal says 0020000 on every sale today"], "i restarted it and now it works"),
    ("zh-hans", ["pos机今天每笔都报0020000"], "我重启了一下 现在好了"),
    # to "did that fix it?": the answer to the fix itself
    ("en", BATTERY_EN[:1], "yes that fixed it, thanks"),
    ("zh-hant", TOUCH_HANT[:1], "得咗 好返喇 唔該"),
])
def test_success_outside_the_doubt_still_closes(engine, lang, story, reply):
    results = converse(engine, [*story, reply], lang)
    assert not events(results, "success_in_doubt")
    assert events(results[-1:], "resolved"), (lang, [(e.name, e.data) for e in results[-1].events])


# -- a told fact's other lead --------------------------------------------------------------------
# Class: a fact the merchant told points clearly to two causes of 0020000 ("the terminal sat
# unused for a month": not signed in since, or its clock lost when the battery ran flat); the
# first one's remedy (sign in) failed; the bot then went to the open question and the next guess
# and never asked the one look that settles the other ("is the date on the screen right?"). Now
# that question comes, once the fact's other leads have failed; a fact still pointing to several
# untried causes ("busy Friday nights": interference or a crowded Wi-Fi) leaves the broad
# question first (near-miss).

UNSURE = {"en": "no idea", "zh-hans": "不知道", "zh-hant": "唔知"}
WRONG_DATE = {"en": "the date on the screen says 2000, that's wrong", "zh-hans": "屏幕上日期是2000年 不对",
              "zh-hant": "螢幕個日期係2000年 唔啱"}
STILL_NO = {"en": "tried it, still not working", "zh-hans": "试了 还是不行", "zh-hant": "試咗 仲係唔得"}

UNUSED = [
    ("en", "the card machine was put away for six weeks and now it says 0020000"),
    ("zh-hans", "机器放了一个多月没开 今天一刷就报0020000"),
    ("zh-hans", "刷卡机一个多月没用了 今天用就报0020000"),
    ("zh-hant", "間舖休息咗一個月 今日開返部機就0020000"),
]


def _until_sign_in_failed(engine, lang, opening):
    results = converse(engine, [opening, UNSURE[lang], STILL_NO[lang], STILL_NO[lang], STILL_NO[lang]], lang)
    assert "fix_sign_in" in [e["fix"] for e in events(results, "fix_outcome")], lang
    return results


@pytest.mark.parametrize("lang,opening", UNUSED)
def test_the_told_facts_last_lead_is_asked(engine, lang, opening):
    results = _until_sign_in_failed(engine, lang, opening)
    assert [e["question"] for e in events(results[-1:], "question_asked")] == ["q_date"], (
        lang, [(e.name, e.data) for e in results[-1].events])
    assert events(results[-1:], "told_lead_question")


@pytest.mark.parametrize("lang,opening", UNUSED)
def test_the_wrong_date_then_leads_to_its_fix(engine, lang, opening):
    results = _until_sign_in_failed(engine, lang, opening)
    after = converse(engine, [opening, UNSURE[lang], STILL_NO[lang], STILL_NO[lang], STILL_NO[lang],
                              WRONG_DATE[lang]], lang)
    offered = [e["cause"] for e in events(after[len(results):], "fix_suggested")]
    assert offered == ["sw_wrong_datetime"], (lang, offered)


@pytest.mark.parametrize("lang,opening", [
    ("en", "card machine keeps saying 0020000 on busy friday nights when the bar is rammed"),
    ("zh-hans", "一到晚上饭点人多 刷卡机就报0020000"),
])
def test_a_fact_with_several_leads_left_asks_broadly(engine, lang, opening):
    """Near-miss: after the signal fix failed, "busy hours" still points to interference and a
    crowded Wi-Fi alike: no single lead, no told-lead question."""
    results = converse(engine, [opening, STILL_NO[lang]], lang)
    assert "fix_improve_signal" in [e["fix"] for e in events(results, "fix_outcome")], lang
    assert not events(results, "told_lead_question")


@pytest.mark.parametrize("lang,story,reply", [
    ("en", BATTERY_EN, "charged it on the cable instead and now it lasts, working now"),
    ("zh-hans", BATTERY_ZH, "我又关机重开了一次 现在好了"),
    ("zh-hant", TOUCH_HANT, "再熄咗機開返 而家得咗"),
])
def test_success_said_of_now_still_closes(engine, lang, story, reply):
    """Near-miss: after a failed fix, success said of the present ("working now", "现在好了")
    speaks of the fault itself: closed at once, as before."""
    results = converse(engine, [*story, reply], lang)
    _before_last_is_question_after_failed_fix(results)
    assert not events(results, "success_in_doubt")
    assert events(results[-1:], "resolved"), (lang, [(e.name, e.data) for e in results[-1].events])
