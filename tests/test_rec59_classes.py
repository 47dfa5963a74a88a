"""rec59 (issue 11, classes 8 and 3): chat-style first messages whose category the words around the
fault pulled astray: sentences of our own, none from an eval file or the knowledge base.

1. the mains told unsteady (going and coming, on and off, flickering, cut again and again, thunder
   overhead, a heavy appliance switched on) and the terminal restarting, dying or freezing with it:
   the place's power, the environment's - not a boot loop, a part or lost settings;
   near misses: an upgrade cut short by a power cut stays the software's, the router knocked out
   stays the network's;
2. one kind of card refused while the other kind goes through, said of every such card or of this
   terminal ("信用卡都刷不了 借记卡正常"): the kind not opened on the terminal, the setup's
   (merchant); near misses: one customer's credit card failing while his debit card goes, or a
   card's own limit named, stays the card's;
3. the chip reader told failing (inserted, the chip not read) with every customer's card the same:
   the reader, hardware - not a card's fault, a chip card swiped or nothing;
   near misses: one card's chip failing while other cards go stays the card's; a chip card swiped
   stays the keying's;
4. the link to the PIN pad told failing ("小键盘跟机器连不上 屏幕写通讯失败", "通讯失败 与密码键盘"):
   the pad or its cable, hardware, not the host link; near misses: the PIN keyed and the line to
   the bank dropping, or a bare communication failure, stay the network's;
5. a shop's place named with a weather character (潮州, 潮汕: 潮 is damp) is where it is, no damp
   told: the fault is the one the rest of the message tells; near misses: real damp told in 潮州
   stays the environment's;
6. the bank's, the switch's or the acquirer's own system told upgrading, under maintenance or down
   ("银行说当时他们后台在升级"): the host's, not the terminal's software an upgrade names;
   near miss: the terminal upgraded because the bank asked, then stuck, stays the software's;
7. the network told as what fails (going and coming, not found, no bars) with the rain only its
   "since when": the network's, not the environment's; near misses: the terminal itself rained on
   stays the environment's;
8. a battery swollen said 胀 (电池胀了, 電池脹咗): the swollen battery, hardware; near miss: a
   belly's 胀 names no fault;
9. the wares or the shop named with a weather character (烤冷面, 冷饮店, 冰粉: 冷 and 冰 are cold) are
   what the merchant sells, no cold told; near misses: the terminal set on a drinks fridge, or the
   frost told, stay the environment's;
10. a code told digit by digit in more shapes (issue 11, class 4): by its head (头一位, 打头), one
   then the one after it ("一个零后面跟个3"), one of each right after the card or the terminal gave
   them ("弹出来一个6一个1", "回了个一个九一个一"), a letter as its head ("A字头跟住个1"), or two joined
   with a new clause's 个 after them ("码系9同6 个客走咗"): the code; near misses: a sum's digits
   (块) and slips counted stay no code;
11. a sale told through, then the ones after it failing ("第一笔刷成功了 第二笔开始就一直交易超时"):
   the fault of the later ones, not the news of a sale gone through; near misses: every sale told
   through stays the news;
12. the card's own damage told (its chip or stripe worn or scratched, the card cracked, snapped,
   taped) with the reader read first: that card's; near misses: the reader's slot broken, or every
   customer's card failing the same, stays the reader's.
"""

from tests.tables import EACH, not_recognised_as, recognised_as

# -- 1. the mains unsteady, the terminal restarting with it: the environment --------------------

MAINS_UNSTEADY = [
    "我们这片老停电 机器一天要重启好几回",
    "我们村电一会有一会没 收款机跟着关机好几次",
    "这条街三天两头停电 机器老是自己重启",
    "店里灯一闪一闪的 机器也跟着黑屏",
    "the power keeps going off and on and the card machine restarts each time",
    "lights flickering since morning and the terminal keeps rebooting",
    "every time the kettle comes on the terminal reboots",
    "thunder all afternoon and the terminal switched off twice",
]

test_the_mains_unsteady_is_the_environment = recognised_as(MAINS_UNSTEADY, code=None, category="environment")

# near misses: one cut that interrupted an upgrade is the software's; the router knocked out the network's
MAINS_NEAR_MISSES = [
    ("升级到一半停电了 现在开不了机", "software"),
    ("停电了 来电以后路由器重启 机器连不上网", "network"),
]

test_a_power_cut_that_interrupted_something_keeps_its_reading = recognised_as(MAINS_NEAR_MISSES, category=EACH)

# -- 2. one kind of card refused, the other going: the setup's -----------------------------------

ONE_KIND_REFUSED = [
    "信用卡一张都刷不了 借记卡全都能刷",
    "只要是信用卡就提示本终端不支持 储蓄卡都没事",
    "credit cards all get refused here, debit cards are fine",
    "every credit card fails on this terminal but debit works",
]

test_one_kind_of_card_refused_is_the_setup = recognised_as(ONE_KIND_REFUSED, code=None, category="merchant")

ONE_CUSTOMERS_CARD = [
    "一个客人的信用卡刷不过 他的借记卡可以",
    "客人信用卡额度都不够 储蓄卡都可以",
    "my customer's credit card was declined but his debit card worked",
]

test_one_customers_credit_card_stays_the_card = not_recognised_as(ONE_CUSTOMERS_CARD, category="merchant")

# -- 3. the chip reader failing with every customer's card: hardware -----------------------------

EVERY_CARD_AT_THE_CHIP = [
    "这两天机器不认芯片了 哪个客人的卡都这样 拍卡倒是能过",
    "插卡就说读卡失败 试了好几个客人的卡都一样",
    "不认芯片了 换了好几张卡都一样 只能刷磁条",
]

test_every_card_at_the_chip_is_the_reader = recognised_as(EVERY_CARD_AT_THE_CHIP, code=None, category="hardware")

CHIP_NEAR_MISSES = [
    ("客人的芯片卡插了读不出来 别人的卡都可以", "card"),
    ("客人拿芯片卡去刷磁条 刷不过 换了三个人的卡都一样", "operation"),
]

test_one_chip_or_a_swipe_keeps_its_reading = recognised_as(CHIP_NEAR_MISSES, category=EACH)

# -- 4. the link to the PIN pad failing: hardware ------------------------------------------------

PAD_LINK = [
    "客人按密码的小键盘跟机器连不上了 屏幕写着通讯失败",
    "机器上显示通讯失败 与密码键盘 线插紧了也没用",
    "the pin pad won't connect to the terminal, says comms error",
]

test_the_pad_link_failing_is_hardware = recognised_as(PAD_LINK, code=None, category="hardware")

PAD_NEAR_MISSES = [
    "客人在密码键盘上输完密码 就通讯失败了",
    "通讯失败 网线拔了又插还是不行",
]

test_the_bank_link_failing_stays_the_network = recognised_as(PAD_NEAR_MISSES, code=None, category="network")

# -- 5. 潮州, 潮汕: a place, no damp ----------------------------------------------------------------

PLACE_NOT_DAMP = [
    ("潮州牛肉丸店 我儿子在设置里乱点了一通 现在收款app一打开就闪退", "software"),
    ("潮汕砂锅粥 一插卡就提示芯片卡上电失败 换了四五张卡都一样 磁条能刷", "hardware"),
    ("潮州手打牛肉丸 机器老是自己关机 电量还有一半", "hardware"),
]

test_a_place_named_with_a_weather_character_is_no_damp = recognised_as(PLACE_NOT_DAMP, code=None, category=EACH)

DAMP_IN_THE_PLACE = [
    "潮州这几天回南天 墙都是湿的 机器按键失灵",
    "潮汕这边返潮 店里好潮 机器按键乱跳",
]

test_real_damp_in_the_place_stays_the_environment = recognised_as(DAMP_IN_THE_PLACE, category="environment")

# -- 6. the bank's own system upgrading: the host -----------------------------------------------

BANKS_SYSTEM = [
    "bank told me their system was being upgraded last night, no card went through",
    "昨晚十一点到十二点一笔都刷不出去 今天银行说当时他们后台在升级",
    "凌晨刷不了卡 早上就好了 收单那边说他们服务器在升级",
]

test_the_banks_system_upgrading_is_the_host = recognised_as(BANKS_SYSTEM, code=None, category="host")

TERMINAL_UPGRADED = [
    ("银行让我升级系统 升级完就一直停在开机画面", "software"),
]

test_the_terminal_upgraded_stays_the_software = recognised_as(TERMINAL_UPGRADED, category=EACH)

# -- 7. the network named as what fails, the rain only since when: the network ---------------------

NETWORK_NAMED = [
    "machine network going and coming, one sale ok next sale fail, i sell clay pots in Bhaktapur",
    "Kumasi here, the terminal not finding network since the rain stopped, the bars gone",
    "since the rains the terminal is losing the network, bars gone, kiosk by the bus stop",
    "Victoria here, since the big rain on monday the terminal no connect, every sale it say connection failed",
]

test_the_network_named_is_the_network = recognised_as(NETWORK_NAMED, code=None, category="network")

TERMINAL_RAINED_ON = [
    "rain came in through the roof and the terminal got wet, now no signal",
    "下雨天机器淋湿了 信号也没了",
]

test_the_terminal_rained_on_stays_the_environment = recognised_as(TERMINAL_RAINED_ON, category="environment")

# -- 8. a battery swollen said 胀: hardware ---------------------------------------------------------

BATTERY_SWOLLEN_SAID_ZHANG = [
    "电池胀了",
    "电池有点胀 还能用吗",
    "柴湾 部機個電池脹咗 後蓋都頂起咗",
]

test_a_battery_said_swollen_with_zhang_is_hardware = recognised_as(BATTERY_SWOLLEN_SAID_ZHANG, code=None, category="hardware")

BELLY_SWOLLEN = [
    "吃多了肚子胀 今天不开店了",
]

test_a_bellys_zhang_is_no_fault = recognised_as(BELLY_SWOLLEN, code=None, category=None)

# -- 9. 烤冷面, 冷饮店, 冰粉: wares, no cold -----------------------------------------------------------

WARES_NOT_COLD = [
    "冷饮店 机器老是自己关机 电还有一半",
    "冰粉摊 机器老是自己关机 电还有一半",
    "东北烤冷面 pos一会儿就自己关机 电量还显示七成",
]

test_wares_named_with_a_weather_character_are_no_cold = recognised_as(WARES_NOT_COLD, code=None, category="hardware")

COLD_TOLD = [
    "机器放在冷饮柜上面 老是自己关机",
    "卖冰粉的 零下十度 机器冻得开不了机",
]

test_the_cold_told_stays_the_environment = recognised_as(COLD_TOLD, category="environment")

# -- 10. a code told digit by digit: the code ----------------------------------------------------

DIGIT_BY_DIGIT = [
    ("机器跳了个码 头一位是9 后一位是6 刷不过", "96"),
    ("报的码打头是5后面是4 客人说卡没过期", "54"),
    ("卡一插就弹出来一个6一个1 然后就退了", "61"),
    ("银行回了个一个九一个一 什么意思", "91"),
    ("一个零后面跟个3 别的啥都没有", "03"),
    ("部机出咗个A字头跟住个1 转唔到数", "A1"),
    ("码系9同6 个客走咗", "96"),
]

test_a_code_told_digit_by_digit_is_the_code = recognised_as(DIGIT_BY_DIGIT, code=EACH)

SUMS_NOT_CODES = [
    "金额是一个2后面跟个0块 刷成两百了",
    "刷出来一个5块一个9块的两张小票",
]

test_a_sums_digits_are_no_code = recognised_as(SUMS_NOT_CODES, code=None)

# -- 11. the first sale through, the later ones failing: the fault ---------------------------------

LATER_ONES_FAIL = [
    "早上头一笔刷成功了 从第二笔起就一直交易超时",
    "第一单过了 后面几笔全都超时",
]

test_the_later_sales_failing_is_the_fault = recognised_as(LATER_ONES_FAIL, category="network", intent=None)

ALL_THROUGH = [
    "第一笔成功了 第二笔也成功了 谢谢",
    "刷成功了 后面的笔都正常 谢谢",
]

test_every_sale_through_stays_the_news = recognised_as(ALL_THROUGH, code=None, category=None)

# -- 12. the card's own damage told: the card ------------------------------------------------------

CARD_DAMAGED = [
    "烧饼铺 客人那张卡芯片那块刮花了 插了读不出来 我拿我老婆的卡试了 机器没问题",
    "his card is cracked across the chip and the terminal can't read it, mine works",
    "Morning from the fruit kiosk. that card is broken in two and he stuck tape on it, the terminal cannot read it",
]

test_the_cards_own_damage_is_the_card = recognised_as(CARD_DAMAGED, code=None, category="card")

READER_NOT_CARD = [
    "机器的读卡口坏了 谁的卡都插不进去",
    "客人的卡磨花了 可换了三个人的卡都一样读不出来",
]

test_the_reader_failing_every_card_stays_hardware = recognised_as(READER_NOT_CARD, category="hardware")
