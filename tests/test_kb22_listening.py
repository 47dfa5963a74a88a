"""Eleventh round (kb22), issue 10, the dialog listens: what a typing merchant says without a code
and how they tell the bot a fix worked. A tap over the contactless limit that asks for the chip,
a supervisor password nobody knows, money held back for a chargeback, a phone wallet's "see
phone", the paper running out while the customer pays, a terminal "all black", a price written
with a decimal comma; "found it straight away" / "booted up" as a fix that worked, and "does it
need repair?" at a question as a wish to act. Sentences written for these tests (zh, traditional
zh, en); none is taken from an evaluation set or from the knowledge base."""

import pytest

from dialogs import diagnosis
from knowledge.observations import cause_factors
from tests.conversation import converse
from tests.tables import first_fix, names, recognised_as


# --- a price with a decimal comma is an amount, not a code --------------------------------------

test_a_price_with_a_decimal_comma_is_no_code = recognised_as([
    "the bank app shows 245,50 taken but the terminal printed nothing",
    "客人手机上显示扣了 1399,00 机器没出单",
    "顧客那邊顯示扣了 350,75 我這邊沒有單",
], code=None)


def test_two_codes_with_a_comma_stay_codes(recogniser):
    assert recogniser.recognise("报了51,05 两笔都不行").code == "51"  # two digits before it: codes


# --- a tap asked for the chip: over the contactless limit ---------------------------------------

def test_the_contactless_limit_is_a_cause_with_a_shop_owner_fix(kb):
    cause = kb.causes["card_tap_over_limit"]
    assert not cause.needs_human and cause.source
    assert diagnosis.merchant_fixes(kb, "card_tap_over_limit")[0] == "fix_insert_with_pin"
    assert cause_factors(kb, "obs_tap_asks_insert").get("card_tap_over_limit", 0) >= 2
    assert cause_factors(kb, "obs_large_amount").get("card_tap_over_limit", 0) >= 2


@pytest.mark.parametrize("lang, opening", [
    ("zh-hans", "电视机那单一挥卡就说请插卡 小东西挥卡没问题"),
    ("zh-hant", "冰箱那筆拍卡一直跳請插卡 小額的拍卡都可以"),
    ("en", "when customers tap for the sofa it says insert card, small stuff taps fine"),
])
def test_a_tap_that_asks_for_the_chip_gets_chip_and_pin(engine, lang, opening):
    results = converse(engine, [opening], lang)
    assert "not_understood" not in names(results[-1])
    assert first_fix(results) == "fix_insert_with_pin"


def test_a_swipe_asking_for_the_chip_stays_a_chip_card_swiped(recogniser):
    assert recogniser.recognise("刷卡的时候提示请插卡").symptom == "s_chip_swiped"


# --- people's work: supervisor password, chargeback ---------------------------------------------

@pytest.mark.parametrize("lang, opening", [
    ("zh-hans", "做退款机器要主管密码 老板娘也不知道 怎么办"),
    ("zh-hant", "退貨要輸主管密碼 前任經理設的 我們都不知道"),
    ("en", "refund asks for the supervisor password and nobody knows it since the old manager left"),
])
def test_a_supervisor_password_nobody_knows_goes_to_a_person_at_once(engine, lang, opening):
    last = converse(engine, [opening], lang)[-1]
    handoff = [e for e in last.events if e.name == "handoff"]
    assert handoff and handoff[0].data["cause"] == "op_supervisor_password_lost"
    assert "fix_suggested" not in names(last)


@pytest.mark.parametrize("lang, opening", [
    ("zh-hans", "这周结算少了一千多 银行说有顾客拒付"),
    ("zh-hant", "入帳少咗一筆 短信話係調單 點算"),
    ("en", "my payout is short, the bank says a customer filed a chargeback"),
])
def test_money_held_for_a_chargeback_goes_to_the_acquirer(engine, lang, opening):
    last = converse(engine, [opening], lang)[-1]
    handoff = [e for e in last.events if e.name == "handoff"]
    assert handoff and handoff[0].data["cause"] == "mer_chargeback_hold", names(last)
    assert "fix_suggested" not in names(last)


# --- what the screen or the shop tells -----------------------------------------------------------

@pytest.mark.parametrize("lang, opening, fix", [
    ("en", "the reader shows CHECK PHONE whenever someone pays with their watch or phone, cards are fine",
     "fix_phone_wallet_ready"),
    ("zh-hans", "手机付款的时候机器显示请查看手机 实体卡可以", "fix_phone_wallet_ready"),
    ("en", "roll ran out while the customer was paying, nothing printed, did it go through?",
     "fix_reprint_receipt"),
    ("zh-hans", "客人付款的时候纸用完了 小票没出来 钱扣没扣", "fix_reprint_receipt"),
    ("zh-hant", "客人刷卡的時候沒紙了 單沒出來 不知道有沒有過", "fix_reprint_receipt"),
])
def test_what_the_merchant_saw_picks_the_fix(engine, lang, opening, fix):
    assert first_fix(converse(engine, [opening], lang)) == fix


test_a_terminal_all_black_is_no_power = recognised_as(
    ["机器全黑的 按电源也没用", "部機黑漆漆 開唔到", "收銀機一片黑 按什麼都沒反應"], symptom="s_no_power")


# --- how a fix went ------------------------------------------------------------------------------

WIFI = {"en": "terminal can't see the wifi since the new router came, phones see it",
        "zh-hans": "换了新路由器以后 刷卡机搜不到wifi 手机都能搜到",
        "zh-hant": "換了新路由器 刷卡機找不到wifi 手機都看得到"}


@pytest.mark.parametrize("lang, words", [
    ("en", "switched the 2.4 band on and the terminal found it straight away, payment ok"),
    ("zh-hans", "开了2.4G 机器一下就搜到了"),
    ("zh-hant", "開了2.4G之後 機器馬上搜到了 付款正常"),
])
def test_a_network_found_at_once_is_the_fix_working(engine, lang, words):
    last = converse(engine, [WIFI[lang], words], lang)[-1]
    outcome = [e for e in last.events if e.name == "fix_outcome"]
    assert outcome and outcome[0].data["worked"], names(last)


def test_found_the_password_and_about_to_try_is_still_a_wait(engine):
    last = converse(engine, [WIFI["en"], "found the password on the router, trying it now"], "en")[-1]
    assert "fix_outcome" not in names(last) and last.session["state"] == "fixing"


@pytest.mark.parametrize("lang, opening, words", [
    ("zh-hans", "店里放假一周 回来刷卡机黑屏 开不了机", "充了四十分钟 一按就起来了"),
    ("zh-hant", "收銀機黑屏 開不了機", "插原廠線充一陣 長按就開起來了"),
    ("en", "terminal screen black, wont switch on", "charged it half an hour and it booted up"),
])
def test_booted_up_after_a_power_fix_is_worked(engine, lang, opening, words):
    last = converse(engine, [opening, words], lang)[-1]
    outcome = [e for e in last.events if e.name == "fix_outcome"]
    assert outcome and outcome[0].data["worked"], names(last)


@pytest.mark.parametrize("lang, words", [
    ("zh-hans", "那是不是要送修啊"),
    ("zh-hant", "所以要拿去修嗎"),
    ("en", "so do I need to send it for repair?"),
])
def test_asking_whether_it_needs_repair_at_a_question_moves_on(engine, lang, words):
    opening = "机器一直报0020000" if lang != "en" else "terminal keeps showing 0020000"
    last = converse(engine, [opening, "skip", words], lang)[-1]  # at the first question
    assert "reask" not in names(last) and "not_understood" not in names(last)
    assert "act_now" in names(last) or "fix_suggested" in names(last), names(last)
