"""rec58 (issue 11, class 7): chat-style first messages that are no fault: sentences of our own,
none from an eval file or the knowledge base.

1. a sum set right: a sum told (by its currency, its unit, its word - 金额, total, 付的 - or its
   thousands), then another denied right after it ("金额是七百零三 不是七百三", "HK$2,480 not 248"):
   the amount, no code and no fault (the denied number is the sum as wrongly said or keyed, not a
   code: "收了1,051 不是151" is no 51);
   near misses: a code denied after a code ("显示51 不是15") stays the code corrected;
2. a sign, a stand or a cover for the terminal asked for anew because the weather spoilt the old
   one, or asked for against the weather ("门贴被太阳晒褪色了 补两张", "a cover to keep the rain
   off"): the supplies, no environment fault; near misses: the terminal itself rained on or baked
   by the sun and failing stays the weather's fault;
3. the payout asked about by a merchant who has it: how the fee was taken off it (扣, 到手少了),
   the money asked to come the same day: the payout; near misses: the fee asked before signing
   up stays a sales question.
"""

from tests.tables import EACH, recognised_as

# -- 1. a sum set right: the amount, no code ---------------------------------------------------

SUM_SET_RIGHT = [
    "金额是七百零三 不是七百三",
    "金额是五十九 不是九十五",
    "金额是三十一 不是十三",
    "金额是二百零九 不是二百九",
    "收了1,051 不是151",
    "the total was 1,096 not 196",
    "bill was 1,560 not 156",
]

test_a_sum_set_right_is_the_amount = recognised_as(SUM_SET_RIGHT, intent="amount", code=None, category=None)

# near misses: a code denied after a code is the code corrected (rec30), a code beside a sum stays
CODE_CORRECTED = [
    ("屏幕上是51 不是15", "51"),
    ("its 96 not 69, sorry", "96"),
    ("收了二百块 机器显示51 不是15", "51"),
]

test_a_code_corrected_stays_the_code = recognised_as(CODE_CORRECTED, code=EACH)

# -- 2. a sign, a stand or a cover asked for, the weather its reason: the supplies ---------------

SUPPLIES_FOR_THE_WEATHER = [
    "门贴晒得看不清了 补两张给我",
    "银联标识贴还有没有 给我来两张 旧的被雨冲没了",
    "收款码的牌子被风吹坏了 能再做一个不",
    "有没有那种给机器防雨的袋子 下雨天摆摊要用",
    "能再寄一张门口贴的刷卡贴纸吗 原来那张被太阳晒白了",
    "机器防晒的套子有没有 路边太阳大",
    "受理标志贴被雨水泡花了 能补一张吗",
]

test_supplies_asked_for_the_weather_are_supplies = recognised_as(
    SUPPLIES_FOR_THE_WEATHER, intent="supplies", code=None, category=None)

# near misses: the terminal itself rained on or baked, and failing: the weather's fault
WEATHER_FAULTS = [
    "机器被雨淋了 开不了机",
    "机器被太阳晒得发烫 刷不了",
    "下雨天机器受潮 屏幕乱跳",
]

test_the_terminal_spoilt_by_the_weather_stays_a_fault = recognised_as(
    WEATHER_FAULTS, intent=None, category="environment")

# -- 3. the payout asked about by a merchant who has it ---------------------------------------

PAYOUT_ASKED = [
    "这个月刷卡扣的手续费怎么算的 比我想的多",
    "手续费是怎么扣的",
    "手續費點樣扣㗎 每單都扣咩",
    "手续费是咋收的 钱到手少了",
    "钱能不能每天当天就打过来",
]

test_the_payout_asked_about_is_the_payout = recognised_as(PAYOUT_ASKED, intent="payout", code=None, category=None)

# near misses: the fee asked before signing up is a sales question
SALES_ASKED = [
    "你们的手续费多少",
    "POS机费率是多少 想装一台",
    "what are your fees for a new terminal",
]

test_the_fee_asked_before_signing_up_stays_sales = recognised_as(SALES_ASKED, intent="sales", code=None)
