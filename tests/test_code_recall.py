"""Code recall as a class (issue 11, seventh round): a code however a merchant types it —
Chinese numerals of every form, pinyin numbers, look-alike letters, context words, full-width,
spaced, at the end of a long run-on — and the numbers beside it that are no code. Sentences
written for this file, in no evaluation set and not from the knowledge base."""

import pytest

from knowledge.codes import chinese_numerals

from tests.recognition import recognised


@pytest.mark.parametrize("text, code", [
    ("机器上显示五十一 客人说卡里有钱的", "51"),   # tens
    ("又出五一了", "51"),                           # digit by digit
    ("刷卡报伍拾壹", "51"),                         # the banker's forms
    ("报错玖拾陆", "96"),
    ("屏幕出来个幺四 咋整", "14"),                   # 幺 for one
    ("提示零五 客人卡不能用吗", "05"),
    ("报了一个零五", "05"),                         # 一个 before the code
    ("九十六 又是九十六 烦死了", "96"),
    ("刷卡時顯示伍拾伍", "55"),                     # traditional
    ("部機出咗個零五", "05"),                       # Cantonese
    ("一直显示零零二 零零零零 上不了网", "0020000"),  # the long code in numerals, spaced
    ("出个A零", "A0"),                              # a letter and a zero said
    ("显示 A〇", "A0"),
])
def test_codes_in_chinese_numerals(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


def test_bankers_numerals_read_only_as_tens():
    assert chinese_numerals("伍拾壹") == "51"
    assert chinese_numerals("陆陆续续有客人刷不了") == "陆陆续续有客人刷不了"  # one after another
    assert chinese_numerals("app一直闪退") == "app一直闪退"  # no A1 out of 一直


@pytest.mark.parametrize("text, code", [
    ("shua ka xian shi wu shi yi", "51"),
    ("ti shi ling wu", "05"),
    ("xianshi wushiwu", "55"),   # glued syllables after an announcing word
    ("baocuo jiuliu", "96"),
])
def test_codes_in_pinyin_numbers(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


@pytest.mark.parametrize("text", ["ta jiu shi bu xing", "wo jiu shi xiang wen yi xia", "shi yi shi",
                                  "zhe ge yi si shi"])
def test_pinyin_words_that_sound_like_numbers_are_no_code(recogniser, text):
    # 就是, 试一试, 意思: numeral syllables with no word announcing a code before them
    assert recognised(recogniser, text)[0] is None


@pytest.mark.parametrize("text, code", [
    ("屏幕显示AO 签到没用", "A0"), ("AO again", "A0"), ("又AO了", "A0"),
    ("显示O5", "05"), ("报了个O1", "01"), ("O5 customer card", "05"), ("it keep showing O5", "05"),
    ("0O20000 又来了", "0020000"), ("OO2OOOO", "0020000"), ("屏幕显示0O2000O", "0020000"),
    ("machine show 5l", "51"), ("it says l4", "14"), ("shows 6I", "61"),
    ("显示 S1", "51"), ("code 5S", "55"), ("显示Z5", "25"),  # S, B, Z only when announced
])
def test_lookalike_letters(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


@pytest.mark.parametrize("text", ["my iphone 5s cant pair", "ao ao ao", "AI 助手", "OK la", "take b2 vitamins"])
def test_lookalikes_without_a_code_stay_words(recogniser, text):
    assert recognised(recogniser, text)[0] is None


@pytest.mark.parametrize("text, code", [
    ("response code is 57 customer angry", "57"), ("错误码为：05", "05"), ("返回码是A0", "A0"),
    ("RC=14 wat", "14"), ("51 error", "51"), ("96报错", "96"), ("故障码 96", "96"),
    ("显示５１", "51"), ("错误码：Ａ０", "A0"), ("Ｏ５", "05"),
    ("显示 0 5", "05"), ("报 9 6", "96"), ("code: 9 6", "96"), ("5 1", "51"), ("00 20000", "0020000"),
    ("96!!!", "96"), ("【96】", "96"), ("“51”", "51"),
])
def test_codes_with_context_fullwidth_and_spaced(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


@pytest.mark.parametrize("text, code", [
    ("老板不在我一个人看店 来了个客人要刷卡 刷了好几次都不行 我也不懂这些 机器上一直跳出来一个东西写着05", "05"),
    ("we open at 9am then first sale ok second sale ok third one customer visa card tap tap tap "
     "nothing then insert then finally screen say 05 do not honour", "05"),
    ("今天客人多 有个客人刷卡一直不成功 换了好几次 后来屏幕上出了个五十五 我也不知道什么意思", "55"),
    ("收了客人58块 结果显示51", "51"), ("流水号000123 显示55", "55"), ("刚才那笔 128元 出了个61", "61"),
])
def test_a_code_at_the_end_of_a_long_message(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


@pytest.mark.parametrize("text", [
    "收了五十一块", "退了伍拾元给他", "今天36度", "temperature 38 degrees today", "temp 35",
    "机器放在35°的地方", "my number 96 123 456", "五一放假开门吗", "十一国庆", "五一那天到账吗",
    "买了51卷纸", "room 14 guest", "table 14 customer card cannot", "sold 96 coffees",
    "about 40 people today", "等了五十五分钟了", "显示是12点", "一二楼都不行", "我们九六年开的店",
])
def test_numbers_that_stay_no_code(recogniser, text):
    assert recognised(recogniser, text)[0] is None


@pytest.mark.parametrize("text, code", [("小票上印着 R C 0 5", "05"), ("e 5 1 again", "51"),
                                        ("打出来的单子写 交易失败 R C 6 1", "61")])
def test_a_code_spelled_out_a_character_at_a_time(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


@pytest.mark.parametrize("text", ["基金又跌到51了 亏死", "油价涨到96了", "订单编号 AB20251101-0051 帮查一下",
                                  "my order no is 77196"])
def test_levels_and_order_numbers_stay_no_code(recogniser, text):
    assert recognised(recogniser, text)[0] is None


@pytest.mark.parametrize("text", ["店员把58打成580了 怎么退", "keyed 2000 instead of 200 by mistake", "五十刷成五百了"])
def test_an_amount_keyed_as_another_is_a_wrong_amount(recogniser, text):
    """Neither number is a code: the message is an amount keyed wrong (operation)."""
    got = recogniser.recognise(text)
    assert (got.code, got.category) == (None, "operation"), got


@pytest.mark.parametrize("text", ["在不在在不在", "在吗 在吗 在吗"])
def test_a_greeting_said_twice_is_a_greeting(recogniser, text):
    assert recogniser.recognise(text).intent == "greeting"


def test_a_code_at_the_end_of_a_run_on_longer_than_what_is_matched(recogniser):
    """Voice typing runs on: the first part is matched, the code at the end is still found."""
    story = ("so we opened at eight like always and the first few customers paid fine with cards and "
             "phones, then after the lunch rush one of the regulars tried her card twice and it beeped "
             "at her, then another lady tried and same thing, so I turned it off and on again and waited "
             "a while and tried a small one myself with my own card and it still would not go, and my "
             "husband says it is the bank again like last month when the whole street had trouble, ")
    assert len(story) > 400
    assert recognised(recogniser, story + "and the little screen says 91")[0] == "91"
    assert recognised(recogniser, story + "跟着屏幕就出了个九十六")[0] == "96"


@pytest.mark.parametrize("text, code", [("error five one", "51"), ("machine says fifty one lah", "51"),
                                        ("it says ninety-six again", "96"), ("code oh five", "05"),
                                        ("the screen got double zero, did it go through", "00")])
def test_a_code_in_english_number_words_after_an_announcing_word(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


@pytest.mark.parametrize("text", ["it shows ten transactions", "customer says thirty five dollars",
                                  "it says one moment please", "code one two three four", "we sold fifty one cups"])
def test_english_number_words_that_are_no_code(recogniser, text):
    assert recognised(recogniser, text)[0] is None


@pytest.mark.parametrize("text, code", [("一直出个什么零五零五的", "05"), ("O5O5O5 烦死", "05"), ("E-O5", "05")])
def test_a_code_said_over_and_over_or_prefixed_with_a_lookalike(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


@pytest.mark.parametrize("text", ["零零星星有几个客人", "五十五公斤的货到了", "零零散散的单子"])
def test_words_of_zero_and_weights_are_no_code(recogniser, text):
    assert recognised(recogniser, text)[0] is None


@pytest.mark.parametrize("text, code", [("AO error pls help", "A0"), ("AO错误", "A0")])
def test_a_lookalike_with_the_announcing_word_after_it(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


def test_io_error_is_no_code(recogniser):
    assert recognised(recogniser, "io error on printer")[0] is None  # O for zero only after the token


@pytest.mark.parametrize("text", [
    "房租我们跟隔壁五五开", "利润三七开 你觉得行吗", "我们55开", "提成按28分成", "账我一一对过了",
    "卡一一试过了还是不行", "孩子在背九九乘法表", "柜台乱七八糟的", "等个一二天再说", "老板今年五十五了",
    "今天卖了五十一杯奶茶",
])
def test_numerals_inside_everyday_phrases_are_no_code(recogniser, text):
    """Fifty-fifty, one by one, counting, ages, counts of things: a numeral glued into a phrase
    is a word; only a marker word before it, or standing as a word of its own, makes it a code."""
    assert recognised(recogniser, text)[0] is None


@pytest.mark.parametrize("text, code", [
    ("刷卡老是九六", "96"), ("插卡零五", "05"), ("机子写的五十一", "51"), ("又跳了个什么六十八", "68"),
    ("三十八，客人说就输错两次", "38"), ("烦死 九九", "99"), ("又是五五啦", "55"), ("显示55开不了机", "55"),
])
def test_numerals_where_a_code_stands_are_still_codes(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


@pytest.mark.parametrize("text", [
    "那个400电话 95开头的 老打不通", "卡号是62开头的吗", "尾数不记得了 开头是96", "his card number starts with 51",
    "应收58 客人给了100 找零42", "实际只收39的 多收了", "号码55开头",
])
def test_a_number_read_as_part_of_another_or_as_money_is_no_code(recogniser, text):
    """What a number begins or ends with, and money collected, paid or given back without a
    unit, are no codes; a word announcing a code still makes one ("收了96 然后显示51")."""
    assert recognised(recogniser, text)[0] is None


@pytest.mark.parametrize("text, code", [
    ("收了96 然后显示51", "51"), ("提示酒六 点算", "96"), ("显示午一 客人说卡里有钱", "51"),
    ("错误码 ling wu 是什么", "05"), ("报错 jiu shi liu", "96"),
])
def test_a_code_typed_in_sounds_after_a_chinese_word_announcing_it(recogniser, text, code):
    """A pinyin keyboard's characters for the digits (酒 for 九, 午 for 五), or the digits in
    pinyin, after 提示 / 显示 / 错误码: the code."""
    assert recognised(recogniser, text)[0] == code


@pytest.mark.parametrize("text", ["提示就是不行", "显示时间不对", "报错酒酒"])
def test_words_that_only_sound_like_numbers_stay_words(recogniser, text):
    assert recognised(recogniser, text)[0] is None
