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
   up, or how it is worked out (算, no 扣), stays a sales question;
4. the customer's money told taken while the terminal said the sale failed, timed out or was
   declined ("客人说钱已经扣了 我这边显示交易失败"): a reversal after a late answer, the network's,
   not the card's, the keying's or the printer's; near misses: a sale charged twice with no
   failure, the money taken with the sale told through, a card frozen by its bank;
5. the terminal going through in one spot of the shop and not in another ("在楼上能刷 到楼下就不行
   了", "upstairs it works fine, downstairs nothing goes through"): the signal where it stands, the
   network's; near misses: another terminal, another shop, another time of day;
6. a code's zero said "nil" ("the terminal says nil five", "nil nil two nil nil nil nil"): the
   code; near misses: nil as nothing, a match's score;
7. the settlement asked to pay out the same day ("能不能当天结算 不想等明天", "结算时间改成当天行
   不行"): the payout, though a settlement failure's phrasing shares 结算; near misses: the
   settlement failing, whenever it is tried again.
"""

from tests.tables import EACH, not_recognised_as, recognised_as

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
    "刷卡的手续费是咋扣的 到账少了三十多",
    "每笔扣几个点的手续费 怎么扣的",
    "手续费从哪扣的 我到手的少了",
    "手续费是怎么扣的",
    "钱能不能每天当天就打过来",
]

test_the_payout_asked_about_is_the_payout = recognised_as(PAYOUT_ASKED, intent="payout", code=None, category=None)

# near misses: the fee asked before signing up is a sales question
SALES_ASKED = [
    "你们的手续费多少",
    "手续费怎么算的",
    "POS机费率是多少 想装一台",
    "what are your fees for a new terminal",
]

test_the_fee_asked_before_signing_up_stays_sales = recognised_as(SALES_ASKED, intent="sales", code=None)

# -- 4. the customer charged while the terminal said the sale failed: the network's reversal ------

CHARGED_YET_FAILED = [
    "客人说他银行卡已经扣钱了 我这边机器显示交易失败 小票也没打出来",
    "机器说交易失败 但是客人说钱被扣了 也没出小票",
    "顾客那头钱已经扣了 我这台显示超时 单子没出来",
    "the customer got a debit message but my terminal says declined and no receipt printed",
    "customer's bank app says she was charged, my machine said failed and printed nothing",
]

test_charged_yet_failed_is_the_reversal = recognised_as(CHARGED_YET_FAILED, code=None, category="network")

# near misses: charged twice with no failure, the money taken and the sale through, a frozen card
NOT_A_REVERSAL = [
    ("客人的钱扣了两次 小票只出了一张", "operation"),
    ("刷卡失败 客人说他的卡被银行冻结了", "card"),
    ("客人说钱扣了 我这边也显示成功了", None),
]

test_no_failure_or_the_cards_own_is_no_reversal = recognised_as(NOT_A_REVERSAL, category=EACH)

# -- 5. the terminal going through in one spot of the shop and not in another: the network's ----

ONE_SPOT_ONLY = [
    "拿到门口就能刷 在里屋就刷不出去",
    "在楼上能刷 到楼下就不行了",
    "走到停车场那边就刷不了 回店里又能刷",
    "at the back of the shop it wont go through, at the front counter it works",
    "upstairs it works fine, downstairs nothing goes through",
]

test_going_through_in_one_spot_only_is_the_network = recognised_as(ONE_SPOT_ONLY, code=None, category="network")

# near misses: another terminal, another shop, another time of day: no spot of the shop's signal
NOT_A_SPOT = [
    "换到别的机器就能刷 这台刷不了",
    "这张卡在别的店能刷 在我这刷不了",
    "晚上就能刷 白天刷不了",
]

test_another_device_shop_or_time_is_no_spot = not_recognised_as(NOT_A_SPOT, category="network")

# -- 6. a code's zero said "nil", as a British or Commonwealth score says it -----------------------

NIL_CODES = [
    ("the terminal says nil five on this one card", "05"),
    ("screen shows nil nil two nil nil nil nil since this morning", "0020000"),
    ("card machine error nil three", "03"),
    ("reader coming back with nil five for one lady", "05"),
    ("got nil two from the terminal", "02"),
]

test_a_code_with_its_zero_said_nil_is_the_code = recognised_as(NIL_CODES, code=EACH)

# near misses: nil as nothing, a score
NIL_NO_CODE = [
    "the balance is nil",
    "we won five nil last night",
    "result was nil nil, boring match",
]

test_nil_said_of_other_things_is_no_code = recognised_as(NIL_NO_CODE, code=None)

# -- 7. the settlement asked to pay out the same day: the payout, no settlement failure ------------

SAME_DAY_SETTLEMENT = [
    "能不能当天结算 不想等明天",
    "结算时间能不能改一下 改成当天到账",
    "结算时间改成当天行不行",
    "结算时间能提前到当天吗",
    "能不能每天当天结算",
]

test_same_day_settlement_asked_is_the_payout = recognised_as(SAME_DAY_SETTLEMENT, intent="payout", code=None, category=None)

# near misses: the settlement failing, whenever it is tried again, stays the merchant's fault
SETTLEMENT_FAILING = [
    "结算失败了",
    "今天结算不了",
    "结算不了 明天还能结吗",
    "settlement failed again, will it retry tomorrow",
]

test_settlement_failing_stays_the_fault = recognised_as(SETTLEMENT_FAILING, intent=None, category="merchant")
