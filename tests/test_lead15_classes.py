"""lead15: classes found by using posbot as merchants type (the round's walkthrough), with
sentences of our own in zh, zh-hant and en, and near-misses that keep their old reading."""

import pytest

from tests.conversation import converse
from tests.tables import EACH, events, fact_not_read, fact_read, fixes, recognised_as, reply_to_first_fix_resolves

# -- a crowded shop as the reason for hurry is not "it fails at busy times" ---------------------

# "the shop is rammed" tells why the merchant is in a hurry; alone it says nothing of when the
# terminal fails (it had sent a busy-hours merchant to "move for a better signal" at once)
HURRY = [
    "POS says 0020000, the shop is rammed, help",
    "we're packed out here and the card machine keeps declining everything",
    "the go-kart track is slammed today and the reader just says error",
    "店里挤满了人 刷卡机一直报0020000 快点",
    "店入面逼滿人 部機一直報錯 快啲",
]
test_a_crowd_in_a_hurry_is_no_busy_hour = fact_not_read(HURRY, "obs_busy_hours")

BUSY_WHEN = [
    "it only fails when the bar is packed",
    "0020000 whenever we get busy, quiet times it's fine",
    "every time it gets busy at the weekend it drops the sale",
    "when we're rammed on a friday it just spins",
    "一到中午人多就报错",
    "午市人多嘅時候就報錯",
]
test_failing_at_busy_times_is_still_read = fact_read(BUSY_WHEN, "obs_busy_hours")

# -- a yes that agrees the fault is the same for all is no fix ----------------------------------

# "对 每张卡都这样" after "did that fix it?": the yes agrees the fault is as told (every card,
# the same), in words of sameness; it had been read as the fix working
test_yes_the_same_for_all_is_no_fix = reply_to_first_fix_resolves([
    ("zh-hans", "刷卡机报0020000 插卡的时候报", "对 每张卡都这样", False),
    ("zh-hant", "部機報0020000 插卡先會報", "係呀 張張卡都係咁", False),
    ("en", "terminal shows 0020000 when the chip goes in", "yeah every card does it", False),
    ("en", "terminal shows 0020000 when the chip goes in", "yes they all do it, chip only", False),
    # near misses: a yes with the cards going through now is still the fix working
    ("zh-hans", "刷卡机报0020000 插卡的时候报", "对 好了 每张卡都能刷了", True),
    ("en", "terminal shows 0020000 when the chip goes in", "yes that worked", True),
])


# -- "so what do I do?" at the person offer after a code's explanation ---------------------------

ASKED_WHAT_NOW = [
    ("zh-hans", ["客人刷卡报51 余额不足", "客人说卡里有钱", "那我咋办"]),
    ("zh-hant", ["客人張卡出05", "客人話張卡冇問題", "咁點算好"]),
    ("en", ["card got declined code 05", "customer says card is fine", "so what do i do now"]),
]


@pytest.mark.parametrize("lang, lines", ASKED_WHAT_NOW)
def test_what_now_after_an_explanation_gets_the_advice_again(engine, lang, lines):
    """The question the explanation answers gets its advice once more and the offer again, not a
    handoff for being "stuck"; the same question again is a person."""
    results = converse(engine, lines, lang)
    assert events(results[-1:], "explained_again") and not events(results[-1:], "handoff")
    assert results[-1].session["state"] == "offering_human"
    again = converse(engine, [*lines, lines[-1]], lang)
    assert events(again[-1:], "handoff")


# -- a card code every customer gets: its own words are no fact about a card ----------------------

@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "今天客人刷卡都说余额不足 但是客人说卡里有钱"),
    ("zh-hant", "今日每個客人都出51 餘額不足 冇可能個個都冇錢"),
    ("en", "every customer today gets 51 insufficient funds, cant all be broke"),
])
def test_every_customer_on_a_card_code_is_not_the_card(engine, lang, text):
    results = converse(engine, [text], lang)
    assert events(results, "code_on_every_card")
    assert "obs_low_balance" not in results[-1].session["facts"]["noted"]
    assert fixes(results)[:1] != ["fix_smaller_amount"]


# -- a black screen and a power switch that does nothing is no power, not a card unread ---------

test_black_screen_and_dead_switch_is_no_power = recognised_as([
    "我们店的pos机屏幕一直黑的 按开关也没反应",
    "部機黑晒 㩒開關都冇反應",
    "screen is black and pressing the power button does nothing",
], symptom="s_no_power")
# near misses: a card or the keys with no response stay theirs
test_a_card_or_keys_without_response_stay_theirs = recognised_as([
    ("刷卡没反应 屏幕是亮的", "s_swipe_not_read"),
    ("按键没反应 屏幕亮着", "s_keys_dead"),
], symptom=EACH)


# -- a failed sign-in fix already answers "right after a sign-in, still the same error?" --------

@pytest.mark.parametrize("lang, lines, answer", [
    ("zh-hans", ["刷卡机报A0", "签到了 还是A0"], "yes"),
    ("zh-hant", ["刷卡機報A0", "簽到咗 都係A0"], "yes"),
    ("en", ["terminal shows A0", "did the logon, still A0"], "yes"),
    # near misses: the sign-in itself failing is that answer, not "signed in, still failing"
    ("zh-hans", ["刷卡机报A0", "签到不了 一签到就失败"], "fails"),
    ("en", ["terminal shows A0", "the sign in itself fails"], "fails"),
])
def test_a_failed_sign_in_answers_the_after_sign_in_question(engine, lang, lines, answer):
    results = converse(engine, lines, lang)
    assert "q_after_signin" not in [e["question"] for e in events(results, "question_asked")]
    assert ["q_after_signin", answer] in results[-1].session["facts"]["answers"]


# -- the terminal's make named mid-dialog is noted, not "didn't catch that" ---------------------

@pytest.mark.parametrize("lang, lines, brand", [
    ("en", ["qr scanner wont read customers alipay code", "its a sunmi"], "sunmi"),
    ("zh-hans", ["扫码枪扫不了客人的付款码", "是新大陆的机器"], "新大陆"),
    ("zh-hant", ["部機打唔到單", "係百富嘅機"], "百富"),
])
def test_a_make_named_mid_dialog_is_noted(engine, lang, lines, brand):
    results = converse(engine, lines, lang)
    assert [e["brand"] for e in events(results[-1:], "brand_noted")] == [brand]
    assert not events(results[-1:], "reask") and brand in results[-1].session["facts"]["details"]


def test_a_make_denied_is_no_make(engine):
    results = converse(engine, ["qr scanner wont read customers alipay code", "not a pax, some other one"], "en")
    assert not events(results[-1:], "brand_noted")


# -- Cantonese 死咗 of the machine: hung, or with 着唔返 no power; never the tamper lock ----------

test_cantonese_dead_machine = recognised_as([
    ("部機又死咗", "s_app_crash"),
    ("部機死咗 著都著唔返", "s_no_power"),
], symptom=EACH)


def test_a_bare_still_the_same_after_the_sign_in_still_asks_whether_it_went_through(engine):
    """"still the same" does not say the sign-in itself succeeded, which the question asks."""
    results = converse(engine, ["terminal shows A0", "still the same"], "en")
    assert "q_after_signin" in [e["question"] for e in events(results, "question_asked")]


# -- an urgent fault's shape beside a code, without its telling words, leans on nothing ----------

@pytest.mark.parametrize("lang, text, leans", [
    ("zh-hans", "一开机就报0020000", False),
    ("zh-hant", "一開機就報0020000", False),
    # near miss: the tamper warning said in its words still leans on the code's causes
    ("zh-hans", "机器报0020000 屏幕上还有红色的安全攻击警告", True),
])
def test_an_urgent_shape_without_its_words_leans_on_nothing(engine, lang, text, leans):
    results = converse(engine, [text], lang)
    assert bool([e for e in events(results, "described_fault") if e["symptom"] == "s_tamper"]) is leans


# -- a state as the condition it works under is no fix said done --------------------------------

@pytest.mark.parametrize("text, tried", [
    ("拔了线拿到客人那里才报 插着电就没事", False),
    ("拔咗線拎去客人度先會報 插住電就冇事", False),
    ("插着电的时候就正常", False),
    # near misses: the state said with the fault still there is the check done
    ("插着电 还是不行", True),
    ("一直插着电也没用", True),
])
def test_a_state_as_a_condition_is_no_fix_done(engine, text, tried):
    assert ("fix_check_power_supply" in engine.interpreter.tried_fixes(text)) is tried
