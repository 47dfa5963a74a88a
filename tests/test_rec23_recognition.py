"""Twelfth round (rec23): the classes behind chat-style dev12's misses, each with sentences of our
own (zh, traditional zh, en; not from an eval file, not from the knowledge base)."""

from tests.recognition import recognised
from tests.tables import EACH, not_recognised_as, recognised_as


# --- code forms --------------------------------------------------------------------------------
test_codes_in_more_forms = recognised_as([
    ("屏幕显示酒吧 我又不开酒吧", "98"),                         # two digit sounds, a word of their own
    ("機器顯示酒吧 係咪叫我去飲酒", "98"),
    ("收款时弹出个久久 让我签到", "99"),                          # a character said twice, counted (个)
    ("报了个久久", "99"),
    ("刷卡提示舞吧 什么鬼", "58"),
    ("刷卡出了07号错误 客人的卡还在机器里", "07"),               # NN号错误: the code, not a day
    ("機器出05號錯誤 點算", "05"),
    ("屏幕显示两万 前面还有俩零", "0020000"),                    # the round number, its zeros said after
    ("顯示兩萬前面加兩個零", "0020000"),
    ("the terminal says fourteen when the card goes in", "14"),  # one teen word the screen says
    ("machine showing nineteen after every swipe", "19"),
    ("报 A 7 然后就退出来了", "A7"),                              # letter and digit spaced apart
    ("機器報 A 0 點算", "A0"),
    ("屏幕上是 A 3 客人要转账", "A3"),
], code=EACH)


test_numbers_and_words_that_stay_no_code = recognised_as([
    "我开了个酒吧 晚上机器一直显示通讯失败",       # a bar the merchant runs, no announcing word before it
    "等了久久 刷卡都没反应",                         # 久久 as "a long time"
    "屏幕显示久久不动",                             # ... followed by words, not standing alone
    "报错酒酒",                                     # a character said twice without 个: noise
    "显示巴巴的 看不清",
    "12号那笔退款还没到",                           # 号 as a day
    "收银员多打了个零 一千五成了一万五",             # the zeros of an amount keyed (零 一千 joined): no 01
    "店员多按咗个零 一千二变咗一万二",
    "the screen shows fifteen sales today",         # a teen counted
    "it says twelve o'clock on the display",
    "我是 a 5 班的家长 刷卡不行",                    # a letter and a digit that are no code
    "it shows a 7 on the screen",
    "那笔是5100 客人说扣了两次",                      # the sum of a sale
], code=None)


test_a_score_is_off_topic = recognised_as([
    "昨晚球赛96比91 太刺激了",                      # a game's score
    "勇士隊98比91贏咗 今晚請飲",
    "今晚湖人103比98 你看了没",
], code=None, category=None)


def test_a_code_beside_a_score_word_is_still_the_code(recogniser):
    assert recognised(recogniser, "报51 比昨天还多")[0] == "51"


# --- a screen text, then "what does it mean" ---------------------------------------------------
test_a_screen_text_asked_about_is_the_text = recognised_as([
    ("屏幕写着 PICK UP CARD 是什么意思", "card"),
    ("屏幕出咗 PIN TRIES EXCEEDED 呢句英文咩意思", "card"),
    ("CLOSE BATCH what does this mean", "merchant"),
], category=EACH, decision="confident")


test_a_word_asked_about_keeps_its_own_reading = recognised_as(
    [("签到是什么意思", "merchant"), ("冲正是什么意思", "network")], code=None, category=EACH)


# --- the screen's own text naming a circumstance -----------------------------------------------
test_the_screens_text_is_its_fault_not_the_place = recognised_as(["[图片] 打印机电压异常", "打印機電壓異常 點算"],
                                                                 code=None, category="hardware")


def test_the_place_said_beside_is_still_the_place(recogniser):
    assert recognised(recogniser, "店里电压老不稳 打印机电压异常")[1] == "environment"


# --- everyday, regional and broken-English wording of faults -----------------------------------
test_faults_in_everyday_words = recognised_as([
    ("梅雨天 热敏纸受潮发软 打出来的字糊成一片", "environment"),    # paper gone damp
    ("回南天 啲紙濕晒 印出嚟啲字矇矇哋", "environment"),
    ("the rolls got damp in the wet season and the print is smudged", "environment"),
    ("刷卡机挨着炉灶 老是过热关机", "environment"),                  # a stove beside the terminal
    ("the pos is beside the fryer and keeps switching off when it's hot", "environment"),
    ("phone charger no, i charged the terminal all night and it still says battery low", "hardware"),
    ("the terminal write connection error since morning", "network"),  # "write": says
    ("machine wrote timeout, the client was charged and we got no check", "network"),
], code=None, category=EACH)


def test_an_order_of_paper_stays_an_order(recogniser):
    rec = recogniser.recognise("打印纸用完了 能寄几卷过来吗")
    assert (rec.code, rec.category, rec.intent) == (None, None, "supplies"), rec


# --- questions that are no fault ---------------------------------------------------------------
test_questions_that_are_no_fault = recognised_as([
    ("结算的钱是进公司账户还是进我自己的卡", "payout"),          # the company's or the owner's account
    ("when will yesterday's takings reflect in my account", "payout"),
    ("原装充电器丢了 你们有卖吗", "supplies"),                    # an original charger bought
    ("刷完卡响了一声 两张单都出了 这是好了吧", "sale_ok"),         # success told, then asked
    ("機器響咗一聲 兩張單都出咗 係咪得咗", "sale_ok"),
    ("it beeped and printed both copies, we are good right", "sale_ok"),
    ("11月3号晚上七点左右刷的", "date"),                          # a sale's date with its hour
    ("参考号是004512 签购单上有", "order_number"),
], code=None, category=None, intent=EACH)


test_trouble_told_before_asking_is_no_success = not_recognised_as(
    ["刷完了 嘀一声 屏幕就黑了 这是好了吧", "刷完了 嘀一声 显示交易失败 应该没事吧"], intent="sale_ok")
