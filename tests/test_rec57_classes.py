"""rec57 (issue 11, classes 4 and 7): chat-style first messages: sentences of our own, none from
an eval file or the knowledge base.

1. a number that names a thing or measures the weather is no code: a phone's or a car's model
   ("华为P60", "iPhone 14", "宝马X5"), a reading of the air, the weather or a body ("湿度91", "the
   UV index is 11", "30 knots", "94 in the shade"), a road ("Highway 61"), money spent or a price
   around a discount ("花了96", "原价120 打个八折变96", "I spent 51"); near misses: the same makers,
   heat and spending beside a code the screen shows keep the code;
2. a code typed with any characters that sound like its digits (pypinyin's first reading), not
   only the ones listed before, right after a word announcing it and ending its clause ("报巫医",
   "跳了个骑舞", "出个灸灸"), and a code named as what is on the screen ("屏幕上是巫医"); near
   misses: words that only sound partly like digits, an everyday word after the announcing word,
   a digit said twice by two characters without the 个 of a thing shown ("显示无误");
3. a code in English number words after the device said, beeped or flashed it, in the past
   ("the reader said fifty-one", "machine beeped ninety-six at me", "the till flashed
   forty-three"); near misses: a person said a number, the machine said words, it beeped a count;
4. the takings paid in only in part, the rest asked after ("只到了一部分 剩下的呢"): the payout;
   near misses: a swipe or a print stopping half-way stays a hardware fault;
5. a sum keyed wrong is no code: keyed "instead" of another ("typed 120 instead 12"), and what
   each charge of a sale taken twice was ("每次55", "43 each time"); near misses: a code said each
   time stays the code.
"""

from tests.tables import EACH, recognised_as

# -- 1. numbers that name a thing, a reading, a road or money spent: no code ----------------------

NOT_CODES = [
    # a model by its maker or line
    "我女儿的iPhone 14 摔坏了 修要多少钱",
    "我想给店里买个荣耀90 拍菜单用",
    "隔壁老板新买的小米14 Pro 天天炫耀",
    "小米13的充电器能借我用一下吗",
    "my daughter wants an iPhone 13 for her birthday, pricey",
    "my brother drove his Audi A6 into a ditch last night",
    # a reading of the weather, the air, a body
    "今天湿度91 东西都发潮了 要不要关门早点",
    "PM2.5都到了 96 出门戴口罩",
    "风速30 knots out there, beach stall packed up",
    "the UV index is 11 today, nobody on the promenade",
    "it was 94 in the shade at the market, brutal",
    # a road
    "stuck in traffic on Highway 61 for an hour, shop opened late",
    # money spent, a price before and after a discount
    "给孩子买了双鞋 花了96 还挺划算",
    "昨晚吃火锅花了55 三个人",
    "原价120 打个八折变96",
    "I spent 51 on groceries for the shop this morning",
]

test_numbers_naming_things_are_no_code = recognised_as(NOT_CODES, code=None)

# near misses: the same words beside a code the screen shows keep the code
CODES_KEPT = [
    ("苹果店里的收款机 报51", "51"),
    ("卖华为手机壳的 机器显示96", "96"),
    ("iPhone shop, terminal says 51", "51"),
    ("温度高 机器报96", "96"),
    ("hot day, terminal says 96 on every card", "96"),
    ("花了半天时间 机器还是报96", "96"),
]

test_codes_beside_those_words_kept = recognised_as(CODES_KEPT, code=EACH)

# -- 2. a code in any characters that sound like its digits --------------------------------------

SOUNDED = [
    ("收银机报巫医 我又没病", "51"),
    ("刷卡跳了个骑舞 然后就卡住了", "75"),
    ("出个灸灸 客人走了", "99"),
    ("报错 伊舞 怎么回事", "15"),
    ("刷卡提示柳夷 啥意思", "61"),
    # named as what is on the screen
    ("屏幕上是巫医 刷了三回", "51"),
]

test_code_in_sound_alike_characters = recognised_as(SOUNDED, code=EACH)

SOUNDED_NEAR_MISSES = [
    "机器报废了 要换新的吗",
    "提示音很小 听不见",
    "出个主意吧 生意不好",
    "金额显示无误 可以收款了吧",
    "刷卡提示医保卡 不能用",
    "机器显示异常 刷不了",
    "报个价给我 两箱纸",
    "出个医药费 谁出",
]

test_sound_alike_near_misses_no_code = recognised_as(SOUNDED_NEAR_MISSES, code=None)


# -- 3. a code in English words the machine said, beeped or flashed ------------------------------

SAID_PAST = [
    ("the reader said fifty-one then nothing", "51"),
    ("machine beeped ninety-six at me twice", "96"),
    ("the till flashed forty-three at the old chap", "43"),
    ("terminal said fifty-one", "51"),
    ("card machine said sixty-one when the lady tapped, she swears her card is fine", "61"),
]

test_code_the_machine_said = recognised_as(SAID_PAST, code=EACH)

SAID_NEAR_MISSES = [
    "my wife said fifty-one people came in today",
    "the customer said ninety-six dollars was too much",
    "it said thirty minutes to finish the update",
    "the machine said thank you and printed fine",
    "my son said twenty-five is his lucky number",
    "the reader beeped twice and then worked",
]

test_said_near_misses_no_code = recognised_as(SAID_NEAR_MISSES, code=None)


# -- 4. the takings paid in part: the payout ---------------------------------------------------

PAID_IN_PART = [
    "前天收的款只到了一部分 剩下的呢",
    "大前天刷的钱只进来一部分 还差的去哪了",
]

test_takings_paid_in_part_are_the_payout = recognised_as(PAID_IN_PART, intent="payout", code=None, category=None)

HALF_WAY_FAULTS = [
    "刷卡只刷了一半就断了 机器没反应",
    "打印只打了一半 纸就卡住了",
]

test_half_way_faults_stay_faults = recognised_as(HALF_WAY_FAULTS, category="hardware")


# -- 5. a sum keyed wrong, or charged each time: no code -----------------------------------------

KEYED_WRONG = [
    "typed 120 instead 12 on the machine, lady already paid, how do i undo",
    "伙计按了两遍 客人被扣了两次 每次55 怎么退一笔",
    "the customer got charged twice, 43 each time, help me refund one",
]

test_sums_keyed_wrong_are_no_code = recognised_as(KEYED_WRONG, code=None, category="operation")

KEYED_NEAR_MISSES = [
    ("刷了三次 每次都报51", "51"),
    ("每次刷卡都是96 怎么办", "96"),
    ("扣款失败 显示51 刷了两次", "51"),
]

test_codes_said_each_time_kept = recognised_as(KEYED_NEAR_MISSES, code=EACH)
