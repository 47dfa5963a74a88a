"""Fourteenth round (dlg25), classes found in typed dev14's misses: a word ("red") matched to
an urgent fault (tamper) mid-diagnosis hijacked the dialog; a problem told again after a detour
restarted and asked its questions again. Sentences written for these tests (zh, traditional
zh, en); none is taken from an evaluation set."""

import pytest

from tests.conversation import converse
from tests.tables import asked, events, fact_not_read, fact_read, outcome_is


# ------------------------------------------------ an urgent fault named by one vague word

@pytest.mark.parametrize("lang, texts", [
    ("en", ["terminal shows 0020000 on every sale", "it's plugged in",
            "oh and the little word at the top of the screen is in red now"]),
    ("zh-hans", ["刷卡机一直报0020000", "插着电用的", "对了 屏幕角上有几个字变成红色了"]),
    ("zh-hant", ["部機成日彈0020000", "插住電用", "仲有 螢幕角落啲字變咗紅色"]),
])
def test_vague_red_words_do_not_switch_to_tamper(engine, lang, texts):
    results = converse(engine, texts, lang)
    problems = events(results, "problem")
    assert all(p["symptom"] != "s_tamper" for p in problems)
    assert not events(results, "urgent_confirm")


@pytest.mark.parametrize("lang, texts", [
    ("en", ["terminal shows 0020000 on every sale", "it's plugged in",
            "now the screen says TAMPER DETECTED in big red letters and it's locked"]),
    ("zh-hans", ["刷卡机一直报0020000", "插着电用的", "现在屏幕显示安全攻击 红屏了 机器锁死了"]),
])
def test_telling_tamper_words_still_switch(engine, lang, texts):
    """Near-miss: the tamper warning in its telling words is still read as tamper (a new
    problem, or the fault the code's causes lean to), never set aside."""
    results = converse(engine, texts, lang)
    assert not events(results, "urgent_not_taken")
    assert any(p["symptom"] == "s_tamper" for p in events(results, "problem")) or any(
        d["symptom"] == "s_tamper" for d in events(results, "described_fault"))


# ------------------------------------------------ the same problem told again resumes

@pytest.mark.parametrize("lang, texts", [
    ("en", ["my terminal shows 0020000", "during the sale, after the card goes in",
            "it goes online with a sim card", "now it shows 51", "no no, it's 0020000 again"]),
    ("zh-hans", ["刷卡机报0020000", "刷卡的时候出来的", "用的sim卡", "现在又跳51了", "不对 还是0020000"]),
    ("zh-hant", ["部機彈0020000", "拍卡嗰陣出", "用SIM卡上網", "而家又跳51", "唔係 都係0020000"]),
])
def test_same_code_again_asks_nothing_twice(engine, lang, texts):
    results = converse(engine, texts, lang)
    questions = asked(results)
    assert len(questions) == len(set(questions)), questions


def test_another_code_starts_afresh(engine):
    """Near-miss: a different code is a new problem with its own fresh facts."""
    results = converse(engine, ["my terminal shows 0020000", "during the sale", "now it shows 51"], "en")
    session = results[-1].session
    assert session["facts"]["problem"]["code"] == "51"
    assert not session["facts"]["answers"]


# ------------------------------------------------ training/demo mode told as words on the screen

test_demo_or_test_on_screen_or_slip_is_training_mode = fact_read([
    "the screen keeps writing DEMO at the top", "slip says TEST on it, weird",
    "the receipt has TEST written under the amount",
    "屏幕上面写着DEMO", "打出来的小票印着TEST", "螢幕頂顯示DEMO 紅字",
], "obs_training_mode", plain=True)

test_test_or_demo_beside_other_words_is_not_training_mode = fact_not_read([
    "I did a test sale and the receipt came out fine", "小票打出来了 我测试了一下",
    "the demo guy from the bank came yesterday",
], "obs_training_mode", plain=True)


# ------------------------------------------------ "not pass": a failed outcome in merchant English

test_not_pass_is_failed = outcome_is(
    ["not pass ka", "still not passing", "card didn't pass", "cannot pass la"], "failed")

# Near-miss: "pass" without a negation keeps its old reading.
test_pass_alone_still_worked = outcome_is(["it passed", "card pass now", "can pass already"], "worked")

test_chinese_failures_unchanged = outcome_is(["还是刷不过", "還是刷唔過"], "failed")


# ------------------------------------------------ Cantonese "the line's gone, great" after a print fix

def _fix_outcomes(results):
    return [e["worked"] for e in events(results, "fix_outcome")]


@pytest.mark.parametrize("lang, texts", [
    ("zh-hant", ["打印出嚟張單中間有條白線", "清潔打印頭", "抹乾淨咗 條線冇咗啦 好嘢"]),
    # (dlg97: the Mandarin '那条白线没有了' alone now read - the mark said gone holds the fault's own fact - so its
    # strict xfail is taken off: the test is stricter, not looser)
    ("zh-hans", ["打印出来的小票中间有条白线", "清洁打印头", "擦干净了 那条白线没有了"]),
])
def test_stripe_gone_after_print_fix_is_worked(engine, lang, texts):
    assert _fix_outcomes(converse(engine, texts, lang))[-1:] == [True]


def test_stripe_still_there_is_not_worked(engine):
    """Near-miss: the stripe still there is no success."""
    results = converse(engine, ["打印出嚟張單中間有條白線", "清潔打印頭", "抹咗 條白線都仲喺度"], "zh-hant")
    assert True not in _fix_outcomes(results)
