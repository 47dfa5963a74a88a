"""Fifteenth round (rec27): the classes behind chat-style dev15's misses, each with sentences of
our own (zh, traditional zh, en; not from an eval file, not from the knowledge base), and near
misses that keep their old reading."""

from tests.tables import EACH, recognised_as

# --- code forms ---------------------------------------------------------------------------------
# Numbers typed in zhuyin (bopomofo) on a Taiwanese keyboard: each syllable its numeral.
ZHUYIN = [
    ("機器螢幕跳出ㄐㄧㄡˇ ㄌㄧㄡˋ 怎麼辦", "96"),
    ("我阿嬤用注音打給我 上面寫ㄨˇ ㄕˊ ㄧ", "51"),
    ("刷卡顯示ㄌㄧㄥˊ ㄨˇ", "05"),
]
test_zhuyin_numerals_are_the_code = recognised_as(ZHUYIN, code=EACH)
# ... a zhuyin word that is no numeral stays a word
test_zhuyin_words_stay_words = recognised_as(["我不會打字 只會ㄓㄨˋ ㄧㄣ 機器壞了"], code=None)

# A long code copied with dots between its groups, as a number is grouped in thousands.
DOTTED = [
    ("开机就是 0.020.000 是啥", "0020000"),
    ("螢幕寫 0.020.000 開不了機", "0020000"),
    ("the screen reads 0.020.000 when it boots", "0020000"),
]
test_a_long_code_grouped_with_dots = recognised_as(DOTTED, code=EACH)
test_dotted_amounts_and_dates_stay_numbers = recognised_as(
    ["昨天转了1.020.000给供应商", "2026.11.05 那天的账"], code=None)

# A long code said as its digits counted (两个零 一个二 四个零), in characters and in pinyin;
# and drawn by shapes (蛋 0, 鸭 2) as a child reads a screen.
COUNTED = [
    ("屏幕上就是两个零 一个二 然后四个零", "0020000"),
    ("部機顯示兩個零一個二四個零 開唔到", "0020000"),
    ("xian shi liang ge ling, yi ge er, ran hou si ge ling", "0020000"),
    ("孙女说机器上是 蛋蛋鸭蛋蛋蛋蛋 开不了机", "0020000"),
]
test_a_long_code_counted_or_drawn = recognised_as(COUNTED, code=EACH)
test_zeros_keyed_stay_an_amount = recognised_as(
    ["打了两个零 四个九", "wo yao liang ge ling yi ge er", "鸡蛋鸭蛋都卖完了"], code=None)

# Hakka numbers read out (ng sip yit: 5 10 1), after the Cantonese 系 ("is").
HAKKA = [
    ("阿婆念俾我听 屏幕上系 ng sip yit", "51"),
    ("客家阿伯話部機寫着 kiu sip liuk", "96"),
    ("my Hakka auntie read the screen, it shows ng sip ng", "55"),
]
test_hakka_numbers_read_out = recognised_as(HAKKA, code=EACH)

# "码也是62" (also, again): a code announced with a word between; the card's 62 prefix beside it
# is no code, the announced one is.
ALSO = [
    ("银联卡62开头的 刷了报的码也是62 受限制", "62"),
    ("客人卡號62開頭 部機報嘅碼又是62", "62"),
]
test_a_code_announced_with_also = recognised_as(ALSO, code=EACH)
test_a_card_prefix_alone_stays_no_code = recognised_as(["银联卡都是62开头的吗"], code=None)

# The hour said in Chinese, its minutes as digits: a time, so the same digits announced later are
# the code.
CLOCK = [
    ("早上八点零五分开始 一直报05", "05"),
    ("晚上九點十四分 機器跳出14", "14"),
]
test_a_chinese_hour_then_the_code = recognised_as(CLOCK, code=EACH)
test_the_chinese_hour_alone_is_no_code = recognised_as(["三点零五分刷了5次"], code=None)
