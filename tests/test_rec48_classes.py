"""rec48: numbers that are codes and numbers that are not. Each a class of merchant language with
sentences of our own in zh, zh-hant (Cantonese), pinyin and Englishes (none copied from an eval
file), played through the real recogniser and engine:

1. the long code 0020000 told in pieces: "00", a digit word, then the zeros counted or written,
   or each piece named by its place ("前两位是零 第三位是2"): the code, never 00 ("approved");
2. short codes in other shapes: a dash between the digits after a word of a sale coming back
   ("又是9-6"), a padded number after 错误编号 (038: 38), Malay "tulis" and English "tells me"
   announcing number words, two unit words before the till or terminal they show on ("nine-six
   on the card machine"), and two digits told one of each ("一个0一个1");
3. numbers that are no code: a temperature below zero said after the number ("25 below"), the
   minutes waited when the card now goes through ("like you said, 10 minutes"), skewers counted
   (51串), a metro exit (A7出口), and the merchant's own typo of the code ("I put a zero too many,
   it's 0020000") which is no fact of a wrong amount keyed."""

import pytest

from tests.conversation import converse


def _names(results):
    return [e.name for e in results[-1].events]


def _problems(results):
    return [e.data for r in results for e in r.events if e.name == "problem"]


# -- 1. the long code told in pieces --------------------------------------------------------------

LONG_IN_PIECES = [
    ("zh-hans", "收银机报 00 两 0000 客人的卡都刷不过"),
    ("zh-hans", "刷卡老是报错 00 接着是2 后面跟四个0"),
    ("zh-hans", "屏幕出来一串 前两位是0 第三位是2 后面四个零 刷什么卡都这样"),
    ("zh-hans", "提示00贰0000 交易失败"),
    ("zh-hant", "部機成日出 00 兩 0000 啲客碌唔到卡"),
    ("zh-hant", "報錯 零零 二 零零零零 客人碌卡唔得"),
    ("zh-hant", "個機彈 00 然後 2 之後四個0 收唔到錢"),
    ("en", "terminal keeps saying 00 then a 2 then four zeros, nobody can pay"),
    ("en", "error reads double zero, a two, and then 4 zeros when the card goes in"),
    ("en", "the screen shows 00, 2, then 4 more 0s on every sale"),
    ("en", "seven numbers: the first two are zeros, the third a 2, then four zeros. card declined"),
    ("en", "it's showing 00 followed by two and four o's, customers can't pay"),
    ("en", "pinyin: shua ka xianshi 00 liang wan, bu xing"),
]


@pytest.mark.parametrize("lang, text", LONG_IN_PIECES)
def test_the_long_code_in_pieces_is_the_code_not_approved(recogniser, engine, lang, text):
    assert recogniser.recognise(text).code == "0020000", text
    problems = _problems(converse(engine, [text], lang))
    assert problems and problems[0]["code"] == "0020000", problems


NOT_LONG_PIECES = [
    "00 2 0000 1234 is my mobile",
    "we sold 2 boxes, 4 zeros on the receipt total",
    "收了2万 今天生意不错",
    "前两位是0 后面是我的工号 5566",
]


@pytest.mark.parametrize("text", NOT_LONG_PIECES)
def test_pieces_of_other_numbers_are_no_long_code(recogniser, text):
    assert recogniser.recognise(text).code != "0020000", text


# -- 2. short codes in other shapes --------------------------------------------------------------

SHORT_SHAPES = [
    ("又是9-6 客人都走了", "96"),
    ("刷了几张卡老是5-1", "51"),
    ("今天全是6-1 金额大一点就不行", "61"),
    ("错误编号038 客人密码好像输错了", "38"),
    ("故障编号 051 客人说有钱", "51"),
    ("skrin mesin tulis sembilan enam, tak boleh bayar", "96"),
    ("mesin tulis lima empat, kad pelanggan", "54"),
    ("the little machine tells me ninety-one every time", "91"),
    ("it keeps telling me fifty-five for the old man's card", "55"),
    ("the pos told me sixty one and the lady left", "61"),
    ("nine-six on the card machine again", "96"),
    ("five one at the register when she tapped", "51"),
    ("six one on the terminal, amount too much it says", "61"),
    ("一个0一个1 叫客人问发卡行", "01"),
    ("一个5 一个1 刷不过", "51"),
    ("一個9一個6 碌唔到", "96"),
]


@pytest.mark.parametrize("text, code", SHORT_SHAPES)
def test_short_codes_in_other_shapes_are_read(recogniser, text, code):
    assert recogniser.recognise(text).code == code, text


@pytest.mark.parametrize("text", [
    "5-1那天开门吗",
    "都是5-1放假的时候人多",
    "like you tell me fifty one dollars for the lamp",
    "sold twenty five on the machine today",
    "we did one or two on the till before lunch",
    "一个5一个1块的 找零",
])
def test_dashed_dates_and_sums_stay_no_code(recogniser, text):
    assert recogniser.recognise(text).code not in ("51",), text


# -- 3. numbers that are no code -----------------------------------------------------------------

COLD = [
    "left the card machine in the van, it was 30 below last night, now it won't turn on",
    "pos sat in my truck overnight at 20 below, screen stays black",
    "it was like 40 below out there and the reader is dead this morning",
    "brought it in from 15 below zero and nothing comes on",
    "terminal froze in the car, 25 degrees below, won't power up",
    "we were at 10 below overnight at the market, the machine won't start",
    "the pos froze, it got to 35 below last night",
    "it was 20 under zero in the stall, now the screen is blank",
]


@pytest.mark.parametrize("text", COLD)
def test_a_temperature_below_zero_is_no_code(recogniser, text):
    assert recogniser.recognise(text).code is None, text


WAITED_NOW_WORKS = [
    ("en", "i waited like you said, 15 minutes, now the card goes"),
    ("en", "waited like you say, 20 mins, it passes now, thanks"),
    ("en", "like you said I gave it 10 minutes and now payments go through"),
    ("en", "did like you say, 5 minutes later card pass ok"),
    ("en", "waited 10 minutes like u say, now it works"),
    ("zh-hans", "照你说的等了10分钟 现在可以刷了"),
    ("zh-hant", "等咗15分鐘 而家碌得喇"),
    ("en", "ok waited the 30 minutes, all good now"),
]


@pytest.mark.parametrize("lang, reply", WAITED_NOW_WORKS)
def test_minutes_waited_then_it_works_closes(recogniser, engine, lang, reply):
    assert recogniser.recognise(reply).code is None, reply
    first = {"en": "terminal says code 96 for every customer", "zh-hans": "机器显示96 每个客人都不行",
             "zh-hant": "部機顯示96 個個客都唔得"}[lang]
    results = converse(engine, [first, reply], lang)
    assert "resolved" in _names(results), _names(results)


NOT_CODES = [
    "老王 今晚先烤51串 不够再说",
    "再来61串腰子 一桌的",
    "今天卖了96串 累死了",
    "地铁A7出口出来往左走",
    "从B2出口出来就是我们店",
    "你在C1出口等我",
    "D3入口进来第二家",
    "走A1口出来右拐",
]


@pytest.mark.parametrize("text", NOT_CODES)
def test_counts_and_exits_are_no_code(recogniser, text):
    assert recogniser.recognise(text).code is None, text


@pytest.mark.parametrize("lang, first, fix", [
    ("en", "card machine showing 00200000 since this morning, every sale", "sorry, I put a zero too many, it's 0020000"),
    ("en", "it says 00200000 whenever a card goes in", "sorry i typed one zero extra, its 0020000"),
    ("en", "terminal error 00200000 all day", "my bad, i added an extra zero, 0020000"),
    ("en", "pos showing 00200000 at every customer", "oops I put too many zeros, it is 0020000"),
    ("zh-hans", "刷卡报00200000 每笔都这样", "不好意思 我多打了一个0 是0020000"),
    ("zh-hans", "机器显示00200000 刷不了", "我刚才多打了个零 应该是0020000"),
    ("zh-hant", "部機出00200000 碌唔到卡", "唔好意思 我多打咗個0 係0020000"),
    ("en", "card machine says 00200000 on every card", "I wrote one 0 too many, 0020000 it is"),
])
def test_the_merchants_own_typo_of_the_code_is_no_wrong_amount(engine, lang, first, fix):
    results = converse(engine, [first, fix], lang)
    problems = _problems(results)
    assert problems and problems[0]["code"] == "0020000", problems
    facts = results[-1].session["facts"]
    assert "obs_amount_wrong" not in facts["noted"], facts["noted"]
    fixes = [e.data.get("fix") for e in results[-1].events if e.name == "fix_suggested"]
    assert "fix_reenter_amount" not in fixes, fixes
