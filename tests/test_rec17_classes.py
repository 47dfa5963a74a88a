"""Ninth round (rec17): the classes behind chat-style dev9's misses and the older dev sets',
each with sentences of our own (not from an eval file, not from the knowledge base)."""

import pytest

from tests.recognition import recognised


# --- codes said in words ------------------------------------------------------------------
@pytest.mark.parametrize("text, code", [
    ("错误码：零伍 刷了三张卡都这样", "05"),       # banker's digits after a word announcing a code
    ("屏幕显示 伍壹", "51"),
    ("刚才又报酒十六了", "96"),                   # a sound-alike of 九 before 十
    ("显示午十一 客人说卡里有钱", "51"),           # 午 for 五
    ("提示A灵 签到不了", "A0"),                   # 灵 for 零 after a code's letter
    ("报了个A领", "A0"),
])
def test_codes_in_sound_alike_or_bankers_numerals(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


@pytest.mark.parametrize("text", ["陆陆续续来了好多客人", "明天去银行领取新卡", "这个a领域的问题"])
def test_numeral_and_zero_look_alikes_inside_words_stay_words(recogniser, text):
    assert recognised(recogniser, text)[0] is None


# --- numbers that are no code ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "昨晚开奖是 05 12 19 27 33 中了没",           # a list of numbers read out
    "bingo numbers tonight 14 22 41 56 03",
    "坐96路车过来要多久",                         # a bus route
    "我住在12栋3单元",
    "we close by 11 tonight",                    # an hour after a word of time
    "open till 10 on sundays?",
])
def test_numbers_that_are_lists_routes_or_hours_are_no_code(recogniser, text):
    assert recognised(recogniser, text)[0] is None


@pytest.mark.parametrize("text, code", [
    ("报51 路由器重启了也没用", "51"),             # 路由器 is no route
    ("51 51 51 51 一直跳这个", "51"),              # a code said again and again is the code
    ("error 05 since this morning", "05"),
    ("96 只有这台机器报", "96"),                  # 只 is "only" after a code, no counter
    ("92 线路异常", "92"),                        # 线路 is the line fault, no counter
])
def test_codes_beside_those_numbers_stay_codes(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


def test_a_battery_dead_by_an_hour_is_the_battery(recogniser):
    assert recognised(recogniser, "battery no last, full at opening and by 10 its flat") == (None, "hardware")


# --- off-topic that shares a word or two with a fault -----------------------------------------
@pytest.mark.parametrize("text", [
    "liverpool won 3-1 lol",                      # "won" of "won't print"
    "my son won a prize",
    "is my flight MU 583 delayed",                # "delayed" of a payout
    "parcel delivery delayed",
    "蛋糕怎么做",                                   # 怎么做 of a how-to
    "饺子馅怎么做",
])
def test_a_loose_match_naming_no_terminal_or_payment_is_no_fault(recogniser, text):
    assert recognised(recogniser, text) == (None, None)


@pytest.mark.parametrize("text, category", [
    ("says communication failed again", "network"),
    ("printer wont print the slip", "hardware"),
    ("日结怎么做", "operation"),
])
def test_a_fault_of_few_words_still_names_its_category(recogniser, text, category):
    assert recognised(recogniser, text)[1] == category


# --- non-faults: greetings by a title, payouts short of fees, accessories, foreign money ------
@pytest.mark.parametrize("text", ["老板娘好 我是楼下开花店的", "大哥好 打扰了", "客服好"])
def test_a_greeting_by_a_title_is_a_greeting(recogniser, text):
    assert recogniser.recognise(text).intent in ("greeting", "thanks")


@pytest.mark.parametrize("text, intent", [
    ("到账金额怎么少了三十多 是扣了手续费吗", "payout"),
    ("我想买个硅胶套 机器老掉地上", "supplies"),
    ("充电器丢了 能补一个新的吗", "supplies"),
    ("customer paid 3,500 naira", "amount"),
    ("that sale was 12,000 shillings", "amount"),
    ("我们开了个分店 也想办一台刷卡机", "sales"),
])
def test_non_faults_get_their_intent(recogniser, text, intent):
    got = recogniser.recognise(text)
    assert (got.intent, got.code, got.category) == (intent, None, None), got


@pytest.mark.parametrize("text, category", [
    ("恁这机器咋回事 俺刷卡老说通讯失败", "network"),  # Shandong 俺/恁
    ("阮这台机子 客人按密码按太久就自己取消", "operation"),  # Minnan 阮, 按密码 for 输密码
])
def test_regional_pronouns_and_keying_the_pin(recogniser, text, category):
    assert recognised(recogniser, text)[1] == category


# --- screen texts several codes share ---------------------------------------------------------
@pytest.mark.parametrize("text, codes", [
    ("刷这张卡出来过期的卡几个字", {"33", "54"}),          # 33 and 54 alike in UnionPay's table
    ("客人那张老卡 屏幕写着过期卡", {"33", "54"}),
    ("terminal showing PLEASE SIGN IN AGAIN after lunch", {"77", "99", "A0"}),
    ("pls sign on again it says, what to do", {"77", "99", "A0"}),
])
def test_a_shared_screen_text_gives_its_codes_not_one(recogniser, text, codes):
    got = recogniser.recognise(text)
    assert got.code is None and set(got.shared) == codes, got


def test_a_sign_in_that_fails_stays_the_sign_in_fault(recogniser):
    assert recognised(recogniser, "sign in keeps fail since morning") == (None, "merchant")


# --- the place, the power and the time of day ----------------------------------------------------
@pytest.mark.parametrize("text", ["早上还好好的 下午一刷就提示通讯中断 谁也没动它",  # (早上好 by its words)
                                  "早上都还正常 下午开始刷卡老是超时", "早晨还能用 现在一直连不上网"])
def test_a_morning_said_as_a_time_is_no_greeting(recogniser, text):
    assert recognised(recogniser, text) == (None, "network")


@pytest.mark.parametrize("text", ["早", "早上好 在吗", "早啊"])
def test_a_morning_greeting_still_greets(recogniser, text):
    assert recogniser.recognise(text).intent == "greeting"


@pytest.mark.parametrize("text", ["送外卖的 车开到地下车库刷卡就失败 上来又好了",
                                  "every time we drive through the tunnel the payment fails"])
def test_places_without_signal_are_the_network(recogniser, text):
    assert recognised(recogniser, text)[1] == "network"


@pytest.mark.parametrize("text", ["whenever the power comes back after the outage it reboots over and over",
                                  "it's like 42 degrees in here and the terminal switches off by itself"])
def test_the_mains_and_the_heat_are_the_environment(recogniser, text):
    assert recognised(recogniser, text)[1] == "environment"


# --- details asked about: a date on the slip, a reference number to look up --------------------
@pytest.mark.parametrize("text, intent", [
    ("小票日期是11月30号 对吗", "date"),
    ("日期那写的是3月8日", "date"),
    ("凭证号 004512 批次号 000031 在哪能查到", "order_number"),
    ("单号是8827364511 查一下到了没", "order_number"),
])
def test_a_detail_asked_about_is_the_detail(recogniser, text, intent):
    got = recogniser.recognise(text)
    assert (got.intent, got.code, got.category) == (intent, None, None), got


@pytest.mark.parametrize("text, category", [
    ("凭证号 000812 那笔刷了显示交易超时", "network"),  # a detail beside a fault: the fault
    ("交易超时 钱扣了没", "network"),
])
def test_a_detail_or_a_question_beside_a_fault_is_the_fault(recogniser, text, category):
    assert recognised(recogniser, text)[1] == category


# --- questions asked "A not A" are questions, not complaints ---------------------------------------
@pytest.mark.parametrize("text", ["手续费可不可以少一点", "你们费率会不会降", "刷卡费率能不能便宜点"])
def test_a_fee_asked_a_not_a_is_a_sales_question(recogniser, text):
    got = recogniser.recognise(text)
    assert (got.intent, got.code, got.category) == ("sales", None, None), got


@pytest.mark.parametrize("text", [
    "交易做到一半 屏幕一动不动",          # 一动不动 is stuck fast, no question
    "机器能不能修 一开机就黑屏",          # a question beside a complaint: the complaint
])
def test_a_not_a_leaves_complaints_alone(recogniser, text):
    got = recogniser.recognise(text)
    assert got.category is not None and got.intent is None, got


# --- payouts told with their sums ------------------------------------------------------------------
@pytest.mark.parametrize("text", ["刷了5000 到账4970 手续费怎么这么高", "上礼拜三刷的8000块到今天还没到卡上"])
def test_a_payout_told_with_its_sums_is_the_payout(recogniser, text):
    got = recogniser.recognise(text)
    assert (got.intent, got.code, got.category) == ("payout", None, None), got


@pytest.mark.parametrize("text, code", [("刷卡报151", "51"), ("刷了一下 报了个96", "96")])
def test_a_code_after_a_swipe_is_still_the_code(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


# --- more ways to write a code ----------------------------------------------------------------------
@pytest.mark.parametrize("text, code", [
    ("屏幕上提示洞五", "05"),              # 洞, the radio operator's zero
    ("提示 nine one 等一下能好吗", "91"),  # English number words after a Chinese word announcing a code
    ("显示a-0 签到也不行", "A0"),          # a code's letter and digit hyphenated
    ("提示码：久六", "96"),                 # a sound-alike after 提示码 and a colon
    ("we got error 9 6 on every card", "96"),  # "got" before "error": the code after "error"
    ("代码 A七 什么意思", "A7"),            # a letter and a Chinese digit
])
def test_more_ways_to_write_a_code(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


@pytest.mark.parametrize("text", ["钻了三个洞 五金店的", "a一样的问题又来了"])
def test_those_ways_need_a_word_announcing_a_code(recogniser, text):
    assert recognised(recogniser, text)[0] is None


# --- another device's fault -------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["我家电视机开不了机了", "my laptop keeps crashing", "老婆的手机充不进电了",
                                  "我的手机屏幕碎了 去哪修"])
def test_another_devices_fault_is_not_the_terminals(recogniser, text):
    assert recognised(recogniser, text) == (None, None)


@pytest.mark.parametrize("text, category", [
    ("客人说收到扣款短信了 可机器上显示失败", "network"),  # debited, the terminal says failed:
    ("customer got the debit message on her phone, terminal said failed", "network"),  # a time-out
    ("电脑能上网 就是pos连不上", "network"),
    ("手机碰一碰付款都没反应 插卡能过", "hardware"),
])
def test_another_device_beside_the_terminal_is_context(recogniser, text, category):
    assert recognised(recogniser, text)[1] == category


def test_unionpays_refer_to_issuer_is_code_01(recogniser):
    """查发卡方 is how UnionPay's table words 01; 发卡方 is the phrasings' 发卡行."""
    assert recognised(recogniser, "刷了一下 屏幕写着查发卡方")[0] == "01"


# --- English as merchants write it elsewhere --------------------------------------------------------
@pytest.mark.parametrize("text, category", [
    ("la máquina no imprime el recibo", "hardware"),             # a Spanish speaker's terminal
    ("mi datáfono no imprime nada", "hardware"),
    ("machine keeps going off by itself, battery was full", "hardware"),
])
def test_english_as_merchants_write_it_elsewhere(recogniser, text, category):
    assert recognised(recogniser, text)[1] == category


@pytest.mark.parametrize("text, intent", [
    ("pls send 20 thermal rolls to the shop", "supplies"),   # a count with a word before its unit
    ("good day madam", "greeting"),
    ("感恩感恩", "thanks"),
])
def test_counts_greetings_and_thanks(recogniser, text, intent):
    got = recogniser.recognise(text)
    assert got.code is None and got.category is None and got.intent == intent, got


# --- a sale that went through, paper by its width, amounts in Chinese numerals -----------------------
@pytest.mark.parametrize("text, intent", [
    ("那笔刷过了 没事了", "sale_ok"),
    ("重启完机器又能用了 谢谢", "sale_ok"),
    ("想订一箱80的热敏纸", "supplies"),        # 80 is the roll's width, no code
    ("今天收了一百五", "amount"),              # an amount in Chinese numerals
    ("一共付了两千三", "amount"),
])
def test_sales_paper_widths_and_amounts_in_words(recogniser, text, intent):
    got = recogniser.recognise(text)
    assert (got.intent, got.code, got.category) == (intent, None, None), got


@pytest.mark.parametrize("text, code", [("刷了两万五 报61", "61"), ("显示57 不让刷这张卡", "57")])
def test_codes_beside_those_stay_codes(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code
