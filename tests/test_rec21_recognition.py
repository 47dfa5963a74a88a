"""Eleventh round (rec21): the classes behind chat-style dev11's misses, each with sentences of our
own (zh, traditional zh, en; not from an eval file, not from the knowledge base)."""

from tests.recognition import recognised
from tests.tables import EACH, not_recognised_as, recognised_as


# --- code forms --------------------------------------------------------------------------------
test_codes_in_more_forms = recognised_as([
    ("机器报五1 怎么回事", "51"),                               # half Chinese numeral, half digit
    ("螢幕顯示9六 唔知點算", "96"),
    ("代码是零5", "05"),
    ("就是零零两万那个错 收不了钱", "0020000"),                  # leading zeros, then a round number
    ("显示俩零后面跟着两万 怎么弄", "0020000"),
    ("部機寫住〇〇二〇〇〇〇 做唔到生意", "0020000"),             # a long code in 〇, after 写
    ("開機就〇〇二〇〇〇〇", "0020000"),                         # ... standing anywhere
    ("the screen says double zero two and four zeros", "0020000"),  # zeros counted in English
    ("it shows zero zero two followed by four zeros", "0020000"),
], code=EACH)


test_numbers_that_stay_no_code = recognised_as([
    "收银员打了两个零 金额变成一千多了",      # zeros keyed into an amount: no approval code 00
    "店員多按咗兩個零 客人已經簽咗名",
    "买了3两茶叶 刷卡没反应",                  # a weight, not a code
], code=None)


test_lottery_numbers_are_off_topic = recognised_as([
    "昨天大乐透开的 05 12 33 你中了没",
    "彩票開獎號碼 07 19 26 係咪真嘅",
    "did you see the lotto numbers, 04 11 25?",
], code=None, category=None)


def test_a_code_at_a_lottery_stand_is_still_a_code(recogniser):
    assert recognised(recogniser, "彩票店的 刷卡机显示51")[0] == "51"


# --- everyday, regional and broken-English wording of faults -----------------------------------
test_faults_in_everyday_words = recognised_as([
    ("锯末把机器的读卡器糊住了 刷卡不灵", "environment"),           # a trade's debris in the reader
    ("裁缝铺的毛絮钻进卡槽 卡老是读不出", "environment"),
    ("the sawdust from our joinery gets in the card reader, cards fail", "environment"),
    ("我们连的是楼上人家的wifi 他们断网了我们也刷不了", "network"),   # a borrowed Wi-Fi gone
    ("路由器的灯变红了一直闪 刷卡不行", "network"),
    ("收款程序老弹 已停止运行 点了又出来", "software"),              # Android's crash notice
    ("the machine is hang since lunch, none of the keys do anything", "software"),
    ("my terminal got hang, no button works", "software"),
    ("it restarts alone every few minutes after the update", "software"),
    ("yung card machine ayaw mag-on kahit naka-charge", "hardware"),  # Taglish
    ("shop terminal says not allowed for this merchant, we opened last month", "merchant"),
    ("夜里结酸的时候失败了", "merchant"),                            # 结算 typed as 结酸
    ("太阳一晒机器就自己关机 放阴凉处一会又好了", "environment"),  # heat, back when cool
], code=None, category=EACH)


def test_mandarin_this_machine_is_not_rewritten_twice(recogniser):
    """个机 is Cantonese for the terminal; Mandarin 这个机器 already says it (not 这机器器)."""
    assert "机器器" not in recogniser.plain("这个机器刷不了卡")
    assert "机器器" not in recogniser.plain("这部刷卡机坏了")


def test_hakka_words_read_as_mandarin(recogniser):
    assert recogniser.plain("𠊎今晡日毋知做麽个") == "我今天不知怎么了"


# A form of address must not read as "another" (a second terminal asked for).
test_brother_is_no_typo_of_another = not_recognised_as(["my brother set the machine up", "hello brother"],
                                                       intent="supplies")


# --- questions that are no fault ---------------------------------------------------------------
test_questions_that_are_no_fault = recognised_as([
    ("热敏纸用完了 你们送货吗", "supplies"),                     # paper delivered
    ("紙用晒 你哋送唔送貨㗎", "supplies"),
    ("can you deliver receipt rolls to my shop", "supplies"),
    ("屏幕写着批准 那就是钱到了吧", "sale_ok"),                   # the screen's approval read
    ("it showed approved, so the payment is in, right?", "sale_ok"),
    ("服务年费是哪一天扣的", "date"),                              # the day a fee is taken
    ("刷卡的笔数和到账的笔数不一样", "payout"),                  # sales paid in, counted
    ("最近的维修网点电话是多少", "phone"),                        # a repair centre's number
    ("what's the number for the closest repair shop", "phone"),
], code=None, category=None, intent=EACH)
