"""dlg72: the reading gap of the released holdout33 (the merchants that fail even when told
everything), each a class of merchant language with sentences of our own in zh, zh-hant and en
(none copied from an eval file), and near-misses that keep their old reading."""

import pytest

from tests.conversation import converse
from tests.tables import (events, fact_not_read, fact_read, fixes, not_recognised_as, outcome_is,
                          recognised_as, reply_to_first_fix_resolves)

CHIP = "chip cards not reading on the terminal"
DOUBLE = "customer says she was charged twice for one sale"
CODE98 = {"zh-hans": "刷卡机一直报98", "zh-hant": "刷卡機一直跳98", "en": "terminal keeps giving response code 98"}


# -- 1. the failing part "going" now is the fix working (SA, Caribbean, Irish, learners' English) --

test_part_going_now_worked = outcome_is([
    "now the chip is going",
    "brushed it out, it's going now",
    "cleaned the reader, card is going again",
    "tap is going now, chip also",
    "wiped it, all going now shukran",
    "going fine now eish",
    "now is going, thanks",
    "blew it out and now the cards are going",
    "ok machine is going again",
    "terminal is going now my bru",
], "worked")

# Near-misses: the card's motion, a plan or a decline is no success
test_going_elsewhere_is_no_success = outcome_is([
    "the card goes in rough",
    "now it is going to restart?",
    "card goes in hard and scratches",
], None)

test_going_still_not = outcome_is(["still not going", "it's not going at all"], "failed")


def test_part_going_resolves_chip_fix(engine):
    results = converse(engine, [CHIP, "blew out the slot, lots of dust came out. now chip is going"], "en")
    assert events(results[-1:], "resolved"), [e.name for e in results[-1].events]


# -- 2. a retry told gone through is the success of a step that ends in a retry ------------------

test_retry_through_at_retry_step = reply_to_first_fix_resolves([
    ("zh-hant", CODE98["zh-hant"], "好 先問客人沒被扣 等了幾分鐘再刷就過了", True),
    ("zh-hans", CODE98["zh-hans"], "好的 请客人查了没扣 再刷一次就成功了", True),
    ("zh-hans", CODE98["zh-hans"], "等了五分钟 又刷了一次就过了", True),
    ("zh-hant", CODE98["zh-hant"], "等咗五分鐘再碌一次就得", True),
    ("en", CODE98["en"], "waited a few minutes then ran it again and it went through", True),
    ("en", CODE98["en"], "ok customer not charged, tried again and it worked", True),
    ("en", CODE98["en"], "we waited, second try went through", True),
    ("en", CODE98["en"], "checked, nothing taken, swiped again and it went through", True),
    # near-miss: the retry failing again is no success
    ("zh-hans", CODE98["zh-hans"], "等了十分钟再刷 还是98", False),
    ("en", CODE98["en"], "waited and tried again, still 98", False),
])


# -- 3. the customer accepting what was explained closes it --------------------------------------

test_customer_accepts_worked = outcome_is([
    "told her the first one is only pending and drops off, she's grand with that",
    "told him it's only a hold, he's fine with that",
    "explained, the lady is ok with it now",
    "customer accepted, thanks",
    "客人明白了 說冇問題",
    "同佢解釋咗 佢冇意見",
    "跟客人说了只扣一次 客人接受了",
    "showed him the list, he's happy with that",
    "客人没意见了 谢谢",
], "worked")

test_customer_not_accepting_failed = outcome_is([
    "she's not happy with that",
    "he's not ok with that, wants money back",
    "customer not satisfied",
], "failed")

test_customer_accepts_resolves = reply_to_first_fix_resolves([
    ("en", DOUBLE, "ok told her the other one is only a hold and drops off, she's grand with that", True),
    ("en", DOUBLE, "explained it to her, she's fine with that now", True),
    ("zh-hans", "客人说被扣了两次钱", "跟客人解释了 客人接受了", True),
])


# -- 4. no connection with how long it lasted is the line, not the acquirer's long outage --------

test_no_connection_for_hours_is_network = recognised_as([
    "card machine say no connection since this morning, bus coming at 11",
    "terminal no internet since yesterday",
    "部機由朝早到而家都冇網",
    "POS機今朝開始就上唔到網",
    "the machine say no connection",
    "pos no connection",
    "刷卡机从昨天开始一直连不上网",
    "no network on the pos all morning lah",
    "card reader offline since opening, tours leaving soon",
], category="network")

# Near-miss: no cards all morning, nothing said of the line, stays the long outage
test_cards_down_for_hours_stays_outage = recognised_as([
    "cant take cards all morning",
    "一上午都刷不了卡",
    "down for hours",
], symptom="s_outage_long")


def test_no_connection_since_morning_no_handoff(engine):
    results = converse(engine, ["card machine showing no connection since this morning, tour bus at 11"], "en")
    assert not events(results, "handoff")


# -- 5. the PIN keypad scrambled, jumbled, in another order: the shuffled keypad ----------------

test_shuffled_keypad_fact = fact_read([
    "new card machine scrambles the numbers on the pin screen every time",
    "the pin numbers are in a different order every customer",
    "why the keypad numbers mix up every time on the new terminal",
    "numbers on pin pad change position every sale, grannies confused",
    "輸密碼嗰陣啲數字次次都亂晒 係咪壞咗",
    "新机器输密码的时候数字每次都打乱了 是不是坏了",
    "the pin keys are random order on the screen",
    "pin digits jumbled every time, is that normal?",
    "新機輸密碼數字每次位置都唔同",
], "obs_pin_digits_move", plain=True)


def test_shuffled_keypad_explained_not_repaired(engine):
    results = converse(engine, ["new card machine scrambles the numbers on the pin screen every time, old "
                                "folk think its broken. is it?", "every card", "no, nothing else"], "en")
    offered = fixes(results)
    assert "fix_reconnect_pinpad" not in offered[:1]


# -- 6. a caller posing as the bank, for the password or the terminal ---------------------------

test_impostor_caller_fact = fact_read([
    "剛剛有人打來說是銀行的 說我的刷卡機要升級 要我唸管理密碼給他 可以嗎",
    "有個男人打電話話係銀行 要我講主管密碼同商戶號 得唔得㗎",
    "來電自稱支付公司 要我報終端號和驗證碼 明天來換新機",
    "来电说是支付公司 要终端号 明天来换机",
    "bloke on the phone claims he's from the eftpos provider, wants me to read out the refund password",
    "someone called saying they're from the bank and wants the terminal's admin password",
    "有人打电话说是银行的 要我把刷卡机的管理密码告诉他",
    "a man rang, says he's from the bank, asked for my password to upgrade the machine",
], "obs_impostor_caller", plain=True)

test_own_password_is_no_impostor = fact_not_read([
    "I forgot the manager password",
    "the customer forgot his pin",
    "输了主管密码 撤销还是不行",
    "客人说是银行的问题",
], "obs_impostor_caller", plain=True)


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "有人打电话说是银行的 要我把刷卡机的管理密码告诉他"),
    ("zh-hant", "有個男人打電話話係銀行 要我講主管密碼同商戶號 得唔得㗎"),
    ("en", "bloke on the phone claims he's from the eftpos provider, wants me to read out the refund password"),
])
def test_impostor_caller_explained(engine, lang, text):
    results = converse(engine, [text], lang)
    assert fixes(results)[:1] == ["fix_explain_impostor_caller"]
    assert not events(results, "handoff")


# -- 7. the account or bank app "shows nothing" after weekend sales: the payout rolls over -------

test_weekend_takings_account_shows_nothing = fact_read([
    "I did many card sales friday and saturday but my bank account show nothing",
    "took a lot on the card saturday and sunday, bank app shows nothing this morning",
    "weekend sales by card, account still empty today monday",
    "星期六星期天刷了好多卡 今天看银行卡上什么都没有",
    "禮拜六日碌咗好多卡 今日睇户口乜都冇",
    "card sales friday and saturday not showing, bank shows nothing",
    "周末刷的钱 手机银行里看不到",
    "sold lots on the weekend by card and the account is showing nothing",
], "obs_holiday_before_payout", plain=True)

# 好多卡 is many cards, not the screen's 多卡
test_many_card_sales_is_no_wallet_tap = fact_not_read([
    "星期六刷了好多卡",
    "今天刷了很多卡 都正常",
    "禮拜六碌咗好多卡",
], "obs_many_cards_tapped", plain=True)

test_screen_many_cards_still_read = fact_read(["屏幕显示多卡", "提示多卡 请出示一张卡"],
                                              "obs_many_cards_tapped", plain=True)


# -- 8. the date or clock changed or set back by someone ----------------------------------------

test_date_changed_by_someone = fact_read([
    "my cashier set the date back a year for a customer's invoice",
    "someone changed the date on the machine last week",
    "收银员上周把日期改成去年了 给客人打单",
    "上個禮拜有人調過部機個日期",
    "为了打旧日期的小票 改了时间",
    "the boy backdated the terminal for a receipt",
    "she changed the time and date for some customer, never put it back",
    "the date? eh it saying 2025, my girl was fiddling with it for an old date on a receipt",
], "obs_wrong_date", plain=True)

# Near-miss: the date put right again is no wrong date; nor is denying a change
test_date_put_right_is_no_wrong_date = fact_not_read([
    "i put the date back to today and signed in",
    "我没改过日期",
], "obs_wrong_date", plain=True)


# -- 9. the sale or money "passing" now --------------------------------------------------------

test_passing_now_worked = outcome_is([
    "i put the date back to today and do the sign in, now the money passing",
    "card passing now",
    "fixed the year, payments passing",
    "ok the sales passing now thank you",
    "everything passing now o",
    "now it passing well",
    "cards passing again, thanks",
    "all passing, God bless",
], "worked")

test_not_passing_failed = outcome_is(["still not passing", "card not passing at all"], "failed")


# -- 10. a drink spilled on the base -----------------------------------------------------------

test_drink_spilled_on_base = fact_read([
    "someone spilled a soda on the cradle last week, wiped it",
    "kid knocked his juice over the base yesterday",
    "底座上前几天打翻了一杯奶茶 擦过了",
    "the base is sticky since a coffee went over it",
    "座充被泼了可乐",
    "個座啲觸點黐黐地 之前倒瀉過嘢飲",
    "spilt beer on the base on friday",
    "個座上個禮拜俾客倒瀉咗杯嘢飲",
], "obs_base_wet", plain=True)


# -- 11. fine plugged in, failing on the battery alone ------------------------------------------

test_fails_on_battery = fact_read([
    "插着电就正常 拔了电就报错",
    "works fine on the charger, on battery it errors out",
    "拿去客人台度唔插电就彈error 插住电就冇事",
    "fine plugged in, take it to the table and it fails",
    "用了好几年了 拿到客人那边就没插电 就报错",
    "only when unplugged it gives the error",
    "一拔电就重启",
    "fails on battery, fine on the cable",
], "obs_fails_on_battery", plain=True)

test_plugging_other_things_is_no_battery_fact = fact_not_read([
    "plugged in the router and it works",
    "我没插电",
], "obs_fails_on_battery", plain=True)


# -- 12. the receipt still printing the old name: the old merchant parameters -------------------

test_receipt_old_name = fact_read([
    "the receipt header's still got our old name on it",
    "changed our shop name last month but the slips still print the old name",
    "小票上还是旧店名 上个月改了名",
    "收據上面仲係舊舖名",
    "the receipt still shows the old address after we moved",
    "店名还没改过来 小票打的是以前的",
    "still printing our old trading name on the slip",
    "小票抬头还是原来的店名",
], "obs_receipt_old_name", plain=True)


# -- 13. the terminal's own data switched off to save the allowance -----------------------------

test_data_off_to_save = fact_read([
    "部機有張卡 不過驚用晒流量 閂咗佢",
    "机器有流量卡 但是怕用完流量就关了",
    "turned the data off to save my bundle, only using the mall wifi",
    "為咗慳流量閂咗張卡",
    "switched off the sim data, worried about the data bill",
    "I disabled mobile data on it to save data",
    "怕流量不够 把流量关掉了",
    "turned off the sim so it wont use up the data",
], "obs_airplane_mode", plain=True)

test_data_on_is_no_data_off = fact_not_read(["the sim data is on", "流量开着的"], "obs_airplane_mode", plain=True)


# -- 14. Cantonese 過晒 and sales in a row all through --------------------------------------------

test_all_through_in_a_row_worked = outcome_is([
    "抹完個座 連刷三單都過晒",
    "抹完之後 啲單過晒",
    "一連幾單都過",
    "连续三笔都过了",
    "跟住碌咗四張卡 全部過晒",
    "之后连刷五单都过",
    "一连两笔都过了 多谢",
    "而家張張都過晒",
], "worked")

test_not_all_through_is_partly = outcome_is(["唔係過晒 仲有啲唔得"], "partly")


# -- 15. the merchant's own call on the official number, after the scam explained, is no request --

@pytest.mark.parametrize("reply", [
    "好 我不給 我打機器上面那支客服電話問看看",
    "好的 我自己打电话问银行",
    "thanks, will call the official number to check",
    "好 我打去问 谢谢",
    "ok I'll call the number on the sticker and ask",
    "明白 我打合同上的电话问清楚",
    "got it, I'll ring the bank myself on the number on the back",
    "收到 我打官方电话问一下",
])
def test_own_call_after_scam_explained_is_no_handoff(engine, reply):
    results = converse(engine, ["有人打电话说是银行的 要我把刷卡机的管理密码告诉他", reply], "zh-hans")
    assert not events(results[-1:], "handoff"), [e.name for e in results[-1].events]


def test_person_still_asked_after_scam_explained(engine):
    results = converse(engine, ["有人打电话说是银行的 要我把刷卡机的管理密码告诉他", "帮我转人工"], "zh-hans")
    assert events(results[-1:], "handoff")


# -- 16. a worn battery failing off the mains: keep it on the charger, replace the battery -------

def test_fails_on_battery_offers_run_plugged_in(engine):
    results = converse(engine, ["刷卡机老是报0020000", "机器用了四年了 插着电就正常 拿到客人那边不插电就报错",
                                "还是不行", "还是不行", "还是不行"], "zh-hans")
    offered = fixes(results)
    assert "fix_run_plugged_in" in offered[:3], offered
    assert "fix_charge_battery" not in offered, offered
