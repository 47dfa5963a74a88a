"""Eleventh round (rec20): classes behind the chat-style dev sets' misses, each with sentences of
our own (zh, traditional zh, en; not from an eval file, not from the knowledge base)."""

import pytest

from tests.recognition import recognised
from tests.tables import EACH, recognised_as


def intent_of(recogniser, text):
    rec = recogniser.recognise(text)
    return rec.intent if rec.code is None and rec.category is None else None


# --- the terminal switching itself off is power, not the app closing ---------------------------
test_switching_itself_off_is_power = recognised_as([
    "收银机隔一会就自己关机 电量明明还有八十多",
    "這台機器一天自己關機三四次 電都是滿的",
    "部機成日自己熄機 電池係滿嘅",
    "the terminal switches itself off every hour, battery is at 90",
], category="hardware")


test_a_battery_level_is_no_code = recognised_as(["battery is at 90 but it keeps dying", "电量还有51 怎么就关机了"],
                                                code=None, category="hardware")


def test_the_app_closing_by_itself_stays_software(recogniser):
    assert recognised(recogniser, "收款APP用一会就自己退出来")[1] == "software"


# --- frozen mid-sale: every key dead at once is the software hanging ---------------------------
test_frozen_with_every_key_dead_is_software = recognised_as([
    "收款收到一半屏幕卡住不动了 按啥键都没用",
    "輸完金額畫面就卡住不動 只能長按關機",
    "halfway through the sale the screen froze and none of the buttons do anything",
], category="software")


# --- the place's circumstance beside a whole-terminal failure is the environment ----------------
test_circumstance_beside_a_whole_terminal_failure = recognised_as([
    "北方冬天 店门口零下十几度 早上机器死活开不了机 捂热了才行",
    "放在冷庫門口的機器 凍得開不了機",
    "摊子就在炭炉旁边 机器一会就死机 挪开就好",
], category="environment")


def test_no_circumstance_keeps_the_power_fault(recogniser):
    assert recognised(recogniser, "早上来了机器开不了机 充了一晚上电的")[1] == "hardware"


# --- English power idioms ------------------------------------------------------------------------
test_english_power_idioms = recognised_as([
    "sir the device is not switching on from today morning",
    "charged it overnight but the card machine still not turning on",
], category="hardware")


def test_a_light_that_does_not_come_on_is_no_power_fault(recogniser):
    # the charging light, not the terminal: the charging fault
    assert recognised(recogniser, "the charging light doesnt come on when i plug it in")[1] == "hardware"


# --- pinyin --------------------------------------------------------------------------------------
test_pinyin_bu_liao = recognised_as([
    "ji qi kai bu liao ji zen me ban",     # "bu liao" is 不了, no Singlish "liao"
    "wo de pos ji kai bu liao le",
], category="hardware")


def test_pinyin_question_tail_is_no_sales_question(recogniser):
    assert intent_of(recogniser, "ji qi kai bu liao ji zen me nong") != "sales"


# --- code forms: a digit said doubled ------------------------------------------------------------
test_a_digit_said_doubled_is_the_code = recognised_as([
    ("机器上出来俩9 下面一行字看不清", "99"),
    ("屏幕跳出兩個5 客人說密碼沒錯", "55"),
    ("刷卡报双6", "66"),
], code=EACH)


test_a_doubled_digit_before_a_unit_is_no_code = recognised_as([
    "我们俩9点才开门",          # a time
    "买了两个5块的饮料",        # money
    "双11那天人特别多",
], code=None)


# --- midnight said by the evening -----------------------------------------------------------------
test_midnight_said_by_the_evening_is_the_host = recognised_as([
    "每天夜里十二点一到就刷不了卡 等几分钟又正常",
    "晚上12點過後幾分鐘都收不了款",
], category="host")


# --- the working part: a part said outright to work though its name is a trouble word -----------
test_a_working_sign_in_is_no_sign_in_fault = recognised_as([
    "签到也是成功的 网也没问题 可是客人的卡全都刷不过 是不是银联出事了",
    "簽到正常 網絡也正常 但係全部卡都過唔到 係咪銀聯問題",
], category="host")


# --- the way a card is used -----------------------------------------------------------------------
test_the_way_the_card_is_used_is_operation = recognised_as([
    "店员刷磁条刷得太快 老是读不出来 放慢就好了",
    "有芯片的卡别刷磁条 机器老叫插卡的",
], category="operation")


test_reader_faults_told_with_counts_and_prompts = recognised_as([
    "上礼拜机器摔了两次 现在卡槽歪了 卡插不到底",      # a count is no duplicate charge
    "芯片卡一插进去马上就叫请拔卡 试了很多次",
], category="hardware")


def test_a_charge_counted_is_still_a_duplicate(recogniser):
    assert recognised(recogniser, "客人说卡里扣了两次钱 可是小票只有一张")[1] == "operation"


# --- taps said as 感應 -----------------------------------------------------------------------------
def test_taiwan_tap_words(recogniser):
    assert recognised(recogniser, "感應支付完全沒反應 插卡倒是可以")[1] == "hardware"


# --- settlement: the screen's demand, failing in broken English, the account ----------------------
test_settlement_faults_over_the_how_to = recognised_as([
    "机器提示交易满了要结算 结算怎么弄",
    "settle cannot, it show fail everytime",
], category="merchant")


def test_shape_typo_of_settlement(recogniser):
    assert recognised(recogniser, "每天结箅都失败")[1] == "merchant"


def test_the_settlement_account_is_no_settling(recogniser):
    assert recognised(recogniser, "结算卡想换成另一家银行的 在哪里弄")[1] is None


# --- network: the SIM's data used up -------------------------------------------------------------
def test_sim_data_used_up(recogniser):
    assert recognised(recogniser, "是不是物联网卡流量用完了 怎么都刷不出去")[1] == "network"


# --- enquiries in merchants' words ----------------------------------------------------------------
test_enquiries_in_merchants_words = recognised_as([
    ("是T+0还是T+1到账", "payout"),
    ("钱会打到哪个账户上", "payout"),
    ("人工服務的熱線號碼係幾多", "phone"),
    ("what number do i ring for your helpdesk person", "phone"),
    ("明天可唔可以送三筒紙嚟", "supplies"),
    ("how much does a box of thermal rolls cost", "supplies"),
    ("查一下今天合计收了多少钱", "amount"),
], code=None, category=None, intent=EACH)


@pytest.mark.parametrize("text", [
    "交了的押金什么时候退给我",
    "不开店了 机器怎么注销",
])
def test_account_admin_is_no_fault_and_no_payout(recogniser, text):
    rec = recogniser.recognise(text)
    assert (rec.code, rec.category) == (None, None) and rec.intent not in ("payout", "supplies")


def test_asking_for_a_person_stays_a_handover(recogniser):
    assert recogniser.recognise("帮我转人工客服").intent == "human"


def test_a_new_roll_and_still_no_print_is_the_printer(recogniser):
    assert recognised(recogniser, "printer no print, i put new paper roll already")[1] == "hardware"


# --- the opposite of a negative phrasing is the sale's success -----------------------------------
test_the_slip_printed_is_the_success = recognised_as([
    "好咗 單據印出嚟喇",
    "小票终于打出来了",
    "ok the slip printed out this time",
], code=None, category=None, intent="sale_ok")


def test_the_slip_not_printing_stays_the_printer(recogniser):
    assert recognised(recogniser, "小票还是打印不出来")[1] == "hardware"


# --- working on a day is being open -------------------------------------------------------------
test_working_days_asked_are_no_fault = recognised_as(
    ["does your team work on saturdays", "you people work on public holidays?"], code=None, category=None)


def test_a_terminal_that_fails_on_sundays_is_still_a_complaint(recogniser):
    assert recogniser.recognise("the card machine doesnt work on sundays").intent != "chitchat"


# --- lunch is noon ---------------------------------------------------------------------------------
test_a_battery_dead_by_lunch = recognised_as(["battery is finished by lunch time daily", "電池撐不到吃午飯就沒電了"],
                                             category="hardware")
