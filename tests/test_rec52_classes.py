"""rec52: codes typed in new forms, and a number that is no code. Each a class of merchant language
with sentences of our own in zh, zh-hant (Cantonese), pinyin and Englishes (none copied from an
eval file), played through the real recogniser and engine:

1. the long code 0020000 typed a zero short or a zero long, said so ("少个零", "missing a zero",
   "多了个零") or beside a sale that will not go ("刷不了"): the long code, never 00 ("approved");
2. codes in words, new ways: zeros said to stand in front of the number ("twenty thousand with two
   zeros in front", "两万 前面两个零"); a digit said as one of it ("一个2": the 一 is no digit);
   zeros drawn as circles or O's; the IME's homophones of 零 (铃铃二铃铃铃铃) and pinyin counted
   zeros typed glued ("liangge ling"); two digits parted by the enumeration comma ("代码5、1");
   Catalan, Spanish, French, Portuguese and Italian number words ("noranta-sis", "novantasei");
   radio-speak ("reads niner seven, over"); a leading zero said apart ("就一个六 前头还有个零": 06);
3. a number that is no code: a bus, a tram or a ferry by its route, running late."""

import pytest

from tests.conversation import converse


def _problems(results):
    return [e.data for r in results for e in r.events if e.name == "problem"]


def _opening_code(engine, lang, text):
    problems = _problems(converse(engine, [text], lang))
    return problems[0].get("code") if problems else None


# -- 1. the long code a zero off, said so ------------------------------------------------------

ZERO_OFF = [
    ("zh-hans", "又跳出002000 收不了钱 急死了"),
    ("zh-hans", "屏幕上那串是002000 应该是少打了个零"),
    ("zh-hans", "显示020000 我估计少一个零"),
    ("zh-hans", "出来的是00200000 可能多了个零 我数不清"),
    ("zh-hant", "部機出 00200000 好似多咗個零"),
    ("zh-hant", "個碼係002000 少咗個零啊 客人碌唔到卡"),
    ("zh-hant", "機器出00 2000 少咗個零 唔知係咪"),
    ("en", "it shows 002000, i think i'm missing a zero"),
    ("en", "the number is 00200000, one zero too many probably, I counted wrong"),
    ("en", "020000 i think, one zero short, can't take money"),
    ("en", "screen says 002000 maybe I dropped a zero"),
    ("en", "pinyin: xianshi 002000 shao ge ling"),
]


@pytest.mark.parametrize("lang, text", ZERO_OFF)
def test_the_long_code_a_zero_off_is_the_code(recogniser, engine, lang, text):
    assert recogniser.recognise(text).code == "0020000", text
    assert _opening_code(engine, lang, text) == "0020000"


NOT_ZERO_OFF = [
    "显示002000 金额是2000",
    "收了2000 少个零 应该是20000",  # (a sum keyed a zero short is no code)
    "I typed 2000 instead of 20000, missing a zero on the amount",
]


@pytest.mark.parametrize("text", NOT_ZERO_OFF)
def test_a_sum_a_zero_short_is_no_long_code(recogniser, text):
    assert recogniser.recognise(text).code != "0020000", text


# -- 2. codes in words, new ways -----------------------------------------------------------------

LONG_NEW_WAYS = [
    # zeros said to stand in front
    ("en", "my machine say twenty thousand with two zeros in front, again and again"),
    ("en", "20000 with 2 zeros before it, card declined"),
    ("en", "the code is 20k with double zero in front"),
    ("en", "error twenty thousand but two zeros at the start"),
    ("zh-hans", "显示两万 前面还有两个零 刷不了卡"),
    ("zh-hans", "提示2万前面加两个0 交易失败"),
    ("zh-hant", "兩萬前面仲有兩個零 碌唔到卡"),
    ("en", "pinyin: xianshi liang wan qianmian liang ge ling"),
    # a digit said as one of it
    ("zh-hans", "00 后面一个2 再四个零"),
    ("zh-hans", "报错 两个零 然后一个二 后面四个零"),
    ("zh-hant", "出 00 跟住一個2 再四個0"),
    # zeros drawn as circles or O's
    ("zh-hans", "屏幕上两个圈 一个二 再四个圈"),
    ("zh-hans", "机器显示 两个o 一个2 四个o"),
    ("en", "two circles, a two, then four circles on the screen"),
    # the IME's homophones of 零, pinyin counted zeros glued
    ("zh-hans", "铃铃二铃铃铃铃"),
    ("zh-hans", "灵灵二灵灵灵灵 刷卡不成功"),
    ("zh-hans", "提示玲玲2玲玲玲玲"),
    ("en", "liangge ling yige er sige ling"),
    ("en", "shua ka xianshi liangge ling yige er ranhou sige ling"),
]


@pytest.mark.parametrize("lang, text", LONG_NEW_WAYS)
def test_the_long_code_said_new_ways(recogniser, engine, lang, text):
    assert recogniser.recognise(text).code == "0020000", text
    assert _opening_code(engine, lang, text) == "0020000"


SHORT_NEW_WAYS = [
    # the enumeration comma
    ("zh-hant", "刷卡機寫 代碼5、1 唔俾過", "51"),
    ("zh-hans", "屏幕显示9、6 交易失败", "96"),
    ("zh-hans", "报了5、5 客人说密码没错", "55"),
    # Romance number words
    ("en", "error noranta-sis, in catalan sorry", "96"),
    ("en", "la pantalla diu noranta-sis", "96"),
    ("en", "error cinquanta-u al TPV", "51"),
    ("en", "the screen says noventa y seis", "96"),
    ("en", "it says quatre-vingt-seize", "96"),
    ("en", "code noventa e seis, all cards", "96"),
    ("en", "error novantasei", "96"),
    ("en", "il pos dice novantasei", "96"),
    # radio-speak
    ("en", "harbour office here, terminal reads niner six, over", "96"),
    ("en", "radio check, the till reads fife one, over", "51"),
    ("en", "i read niner six on the terminal, over", "96"),
]


@pytest.mark.parametrize("lang, text, code", SHORT_NEW_WAYS)
def test_short_codes_said_new_ways(recogniser, engine, lang, text, code):
    assert recogniser.recognise(text).code == code, text
    assert _opening_code(engine, lang, text) == code


LEADING_ZERO_APART = [
    ("zh-hans", "屏幕上只有一个5 前面好像还有个0", "05"),
    ("zh-hans", "屏上就一个六 前头好像还有个零", "06"),
    ("zh-hans", "显示个1 前边还有一个零", "01"),
    ("zh-hant", "屏幕得個6 前面仲有個零", "06"),
    ("en", "it shows just a 6, with a zero in front i think", "06"),
    ("en", "the screen says 5 but there's a zero before it", "05"),
    ("en", "machine showing 3 and a 0 in front of it", "03"),
    ("en", "xianshi yige liu qianmian hai you ge ling", "06"),
]


@pytest.mark.parametrize("lang, text, code", LEADING_ZERO_APART)
def test_a_leading_zero_said_apart_is_the_code(engine, lang, text, code):
    assert _opening_code(engine, lang, text) == code


NOT_CODES_IN_WORDS = [
    "刷卡不灵了 客人有二十个",
    "铃声响了两次 然后就死机",
    "we did twenty thousand in sales today, first time",
    "it reads the card fine but nothing prints",
]


@pytest.mark.parametrize("text", NOT_CODES_IN_WORDS)
def test_words_of_other_things_are_no_code(recogniser, text):
    assert recogniser.recognise(text).code not in ("0020000", "00"), text


# -- 3. a route number running late is no code -------------------------------------------------

ROUTE_LATE = [
    ("en", "bus 51 to the market is late again"),
    ("en", "the 96 bus is running late, no customers yet"),
    ("en", "my tram 61 was late today"),
    ("en", "matatu 96 delayed again"),
    ("en", "the number 55 bus never came"),
    ("zh-hans", "51路公交又晚点了"),
    ("zh-hant", "巴士96號又遲到"),
    ("zh-hans", "坐的68路车又晚点了"),
]


@pytest.mark.parametrize("lang, text", ROUTE_LATE)
def test_a_route_running_late_is_no_fault(recogniser, lang, text):
    rec = recogniser.recognise(text)
    assert rec.code is None and rec.category is None, rec


def test_a_late_reply_on_the_screen_stays_its_code(recogniser):
    assert recogniser.recognise("it says response received too late").code == "68"


# -- the released merchants of this class --------------------------------------------------------

@pytest.mark.parametrize("path, merchant_id", [
    ("knowledge/eval/typed_merchants_holdout45.yaml", "c04"),
    ("knowledge/eval/typed_merchants_holdout45.yaml", "c14"),
    ("knowledge/eval/typed_merchants_holdout45.yaml", "h25"),
    ("knowledge/eval/typed_merchants_holdout46.yaml", "h22"),
])
def test_released_merchants_resolve(engine, path, merchant_id):
    import yaml

    from dialogs.typed_simulate import play

    with open(path, encoding="utf-8") as handle:
        merchant = next(m for m in yaml.safe_load(handle)["merchants"] if m["id"] == merchant_id)
    assert play(engine, merchant).resolved
