"""dlg80: the released holdout37 and holdout38's reading gaps, each a class of merchant language with
sentences of our own (none copied from an eval file) in other trades, regions and Englishes, and
near-misses that keep their old reading."""

from tests.tables import EACH, not_recognised_as, recognised_as

# -- 1. a code's two digits named one by one and joined ("digit 9 and 2") ---------------------------
# as a merchant glosses a code first written in their own language

DIGITS_JOINED = [
    ("digit 9 and 2, below it something about the issuer", "92"),
    ("the digits are 5 and 1", "51"),
    ("numbers 9 & 6 on the little screen", "96"),
    ("it shows a 9 and a 2", "92"),
    ("two numbers, six then eight", "68"),
    ("the figures are 5, 4", "54"),
    ("digits: 9 and 1. what is that", "91"),
    ("it says a 5 and a 1 when she pays", "51"),
    ("number 1 and 4 the screen", "14"),
    ("the digit 6 then 5", "65"),
]
test_digits_joined_are_the_code = recognised_as(DIGITS_JOINED, code=EACH)

DIGITS_COUNTED = [
    "I tried 5 and 1 cards",
    "I have 2 and 3 customers waiting",
    "the numbers are 5 and 1 percent",
    "we sold 9 and 2 days ago",
]
test_digits_of_a_count_are_no_code = not_recognised_as(DIGITS_COUNTED, code="51")
test_digits_of_a_count_are_no_other_code = not_recognised_as(DIGITS_COUNTED[1:2] + DIGITS_COUNTED[3:], code="92")

# -- 2. a code read out in more languages: Belarusian, Ukrainian, Sundanese, Javanese ---------------

OTHER_LANGUAGES = [
    ("the terminal shows code пяць адзін for one lady", "51"),
    ("тэрмінал паказвае пяць чатыры", "54"),
    ("the screen shows дзевяноста шэсць", "96"),
    ("екран показує дев'яносто два", "92"),
    ("термінал пише чотири один", "41"),
    ("the EDC machine show salapan dua for some customers", "92"),
    ("mesin EDC keluar hiji opat", "14"),
    ("my wife read it in sundanese, salapan genep", "96"),
    ("the terminal show limo siji", "51"),
    ("layar show songo siji, what is it", "91"),
]
test_code_in_other_languages = recognised_as(OTHER_LANGUAGES, code=EACH)

NOT_NUMBERS = [
    "try again please",
    "I will try three more times",
    "the card machine is throwing a wobbly",
    "I threw the old one out",
]
test_words_of_english_are_no_code = recognised_as(NOT_NUMBERS, code=None)

# -- 3. a code the machine throws, spits or chucks at the merchant; zeros not counted ---------------

THROWN = [
    ("the card machine keeps throwing zero zero twenty thousand at me", "0020000"),
    ("machine spitting out fifty one for this fella", "51"),
    ("it chucks up ninety six every time", "96"),
    ("terminal threw me nine one", "91"),
    ("eftpos keeps throwin oh oh twenty thousand, cheers", "0020000"),
    ("the pdq spits out five five when she types her pin", "55"),
    ("it's chucking out sixty eight all afternoon", "68"),
    ("keeps throwing double zero two and then a bunch of zeros", "0020000"),
    ("screen shows zero zero two and lots of zeros", "0020000"),
    ("error double oh two followed by a row of noughts", "0020000"),
    ("it says oh oh two then some zeros", "0020000"),
]
test_thrown_codes_are_read = recognised_as(THROWN, code=EACH)

test_counted_zeros_still_read = recognised_as([("it says double zero two, then four zeros", "0020000")], code=EACH)

# -- 4. the card taken out as soon as the PIN is in -------------------------------------------------

from tests.tables import fact_read, fact_not_read  # noqa: E402

PULLED_AFTER_PIN = [
    "客人输完密码就把卡拿出来了",
    "打完密码马上拔卡",
    "按完密碼就攞張卡出嚟",
    "插卡 输了密码 客人自己就抽出来了",
    "密码一输完卡就拿走了",
    "she types her PIN then pulls the card straight out",
    "customers take the card out right after the pin",
    "they punch in the pin and whip the card out",
    "after entering pin the customer takes out the card",
    "aunty key in pin then quickly take card out already",
]
test_card_out_after_pin_is_pulled_early = fact_read(PULLED_AFTER_PIN, "obs_card_pulled_early", plain=True)

PIN_NOT_PULLED = [
    "she typed her pin and it said wrong pin",
    "输完密码就一直转圈",
    "the pin pad is not taking the pin",
]
test_pin_without_the_card_out_is_no_pull = fact_not_read(PIN_NOT_PULLED, "obs_card_pulled_early", plain=True)

# -- 5. a success told of a condition reached, another shop or earlier times: no fault gone -----------

import pytest  # noqa: E402

from tests.conversation import converse  # noqa: E402


def _names(results):
    return [e.name for e in results[-1].events]


SUCCESS_UNDER_A_CONDITION = [
    ("en", "goes through ok once it has been on a while"),
    ("en", "works ok once it's charged up"),
    ("en", "usually goes through fine"),
    ("en", "normally it works fine"),
    ("en", "works elsewhere fine"),
    ("en", "after it warms up it's fine"),
    ("en", "fine as long as it's on the charger"),
    ("en", "other shops it just beeps and done"),
    ("zh-hans", "别家店插进去就好了"),
    ("zh-hans", "通常过一会儿就好了"),
    ("zh-hans", "一般都能刷过"),
    ("zh-hant", "以前一插就得"),
]


@pytest.mark.parametrize("lang, reply", SUCCESS_UNDER_A_CONDITION)
def test_success_under_a_condition_is_no_fault_gone(engine, lang, reply):
    results = converse(engine, ["terminal gives 0020000 for the first hour every morning", reply], lang)
    assert "resolved" not in _names(results), _names(results)


@pytest.mark.parametrize("lang, reply", [
    ("en", "once I switched it off and on it works now"),
    ("en", "once it cooled down it worked, all good now"),
    ("en", "works now, usually it does after a restart"),
    ("en", "oh it works now"),
    ("en", "all good now, it went through"),
    ("zh-hans", "好了 可以刷了"),
    ("zh-hant", "而家好返晒 拍到卡"),
])
def test_success_now_still_clears(engine, lang, reply):
    results = converse(engine, ["terminal gives 0020000 for the first hour every morning", reply], lang)
    assert "resolved" in _names(results), _names(results)

# -- 6. an update asked for, then the plug pulled or the battery run down: the update cut short -------

UPDATE_CUT_SHORT = [
    "它说要升级 我没理 后来电池没电关机了",
    "机器弹出来说要更新 我要回家 就把电拔了",
    "昨晚提示升级 没管它 半夜没电自动关了",
    "晚上它说有新版本要装 我直接拔电走人了",
    "佢話要更新 我冇理 跟住冇電熄咗機",
    "部機彈個框話升級 我收檔就拔咗電",
    "夜里它自己弹升级 后来没电关机 早上开机就报错",
    "说是系统更新 我嫌慢 把电源拔了",
]
test_update_then_power_gone_is_cut_short = fact_read(UPDATE_CUT_SHORT, "obs_update_interrupted", plain=True)

UPDATE_NOT_CUT = [
    "升级以后 电池掉电快",
    "有新版本提示 我关机重启了一下",
    "昨天没电关机了 今天开不了",
    "电池没电关机了 充了一晚上",
]
test_update_or_power_alone_is_no_cut_short = fact_not_read(UPDATE_NOT_CUT, "obs_update_interrupted", plain=True)

# -- 7. one card refused while "everyone else's" goes through: no every card --------------------------

ONE_REFUSED_REST_FINE = [
    "one lady's card keeps being refused at my bakery, everyone else's goes through fine",
    "one customer card keep decline, everybody else ok",
    "only one card is refused, all the rest go through ok",
    "this one fella's card is rejected each time, everyone else is grand",
    "declined for one auntie only, everybody else can pay",
    "a tourist's card got declined 3 times but everyone elses goes thru",
    "one gentleman card refuse, every one else pay no problem",
    "his card declined twice, everybody else's cards fine today",
]
test_one_refused_rest_fine_is_no_every_card = not_recognised_as(ONE_REFUSED_REST_FINE, symptom="s_all_declined")

EVERY_CARD_REFUSED = [
    "every card is declined since this morning",
    "declined for everyone today",
    "all cards getting declined",
]
test_every_card_refused_still_is = recognised_as(EVERY_CARD_REFUSED, symptom="s_all_declined")

# -- 8. the chip named by its look, the gold or metal square, put in facing down ----------------------

CHIP_BY_ITS_LOOK_DOWN = [
    "the gold bit facing down when I push it in",
    "my helper puts the card with the golden square down",
    "she slides it in with the gold part underneath",
    "the metal square goes down, it slides in easier that way",
    "I always insert with the gold square at the bottom",
    "金色那块朝下插进去",
    "客人把卡金色的那块朝下插",
    "我都係將張卡金色嗰塊向下插入去",
    "收银员插卡都是金属片朝下",
]
test_chip_by_its_look_down_is_the_wrong_way = fact_read(CHIP_BY_ITS_LOOK_DOWN, "obs_card_wrong_way", plain=True)

GOLD_NOT_THE_CHIP = [
    "the gold card is declined, then network went down",
    "visa gold card, the system is down",
    "金卡刷不了 网络断了",
]
test_a_gold_card_is_no_chip_down = fact_not_read(GOLD_NOT_THE_CHIP, "obs_card_wrong_way", plain=True)
