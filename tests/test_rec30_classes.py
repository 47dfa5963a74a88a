"""rec30: codes in the forms a writer of round sixteen may use, as classes, with sentences of our
own in zh, zh-hant and en (none copied from an eval file), and near-misses that keep their old
reading."""

import pytest

from knowledge import codes
from tests.tables import EACH, recognised_as

# -- number words of more languages, read from one table (knowledge/numbers/number_words.yaml) ----

# two-digit codes said in the number words of the round's languages, after a word announcing a
# code: tens and unit with the language's "and" (Icelandic og, Albanian e, Bulgarian и), in
# Cyrillic and in Latin letters, the teens alone after "says"
test_number_words_of_more_languages = recognised_as([
    ("pos machine display fimmtíu og fimm and card comes back", "55"),
    ("the reader show niutiu og atta when I swipe", "98"),
    ("card terminal shows pesëdhjetë e katër since morning", "54"),
    ("it say nentedhjete e nje, what is it", "91"),
    ("терминалът показва петдесет и седем", "57"),
    ("the machine says devetdeset i shest", "96"),
    ("the screen say четиринадесет when customer tap", "14"),
    ("терминал пишет шестьдесят два", "62"),
    ("машинка показывает пятнадцать", "15"),
    ("kassa shows тавин тав", "55"),
    ("the pos shows yeren naim", "98"),
    ("my machine says anu haya for the tourist card", "96"),
    ("it show panas hathara again", "54"),
    ("it says konton iyo shan after the pin", "55"),
    ("the screen shows hisun yot", "57"),
    ("机器显示 toqsan bir 刷不了", "91"),
    ("刷卡機顯示 ellik besh 點算", "55"),
    ("顯示 тоқсан алты", "96"),
], code=EACH)

# a unit said before its tens with the language's "and" (Somali: six and ninety is 96)
test_unit_before_its_tens = recognised_as([
    ("the machine shows lix iyo sagaashan", "96"),
    ("pos says afar iyo konton every time", "54"),
    ("显示 kow iyo konton", "51"),
], code=EACH)

# a number written as one word (Hungarian, Armenian, Khmer, Burmese, Korean), after a word
# announcing a code
test_glued_number_words = recognised_as([
    ("the terminal shows ötvenöt for all cards", "55"),
    ("it says kilencvenegy, what does that mean", "91"),
    ("hibakód tizenkettő on the little screen", "12"),
    ("the machine show իննսունութ", "98"),
    ("screen shows hisunhing", "55"),
    ("card machine show កៅសិបប្រាំមួយ", "96"),
    ("the reader show ငါးဆယ့်တစ်", "51"),
    ("机器显示오십사", "54"),
    ("螢幕顯示 구십일", "91"),
    ("显示 공오", "05"),
], code=EACH)

# English as the round's places type it (Tok Pisin, Bislama, Krio, Caribbean, Irish): fifti wan,
# tree for three, fo for four, the teens and tens with their th a t
test_english_number_words_as_typed = recognised_as([
    ("masin i soim fifti faiv", "55"),
    ("the box say nainti wan", "91"),
    ("card ting say fifty fo", "54"),
    ("the screen say tirteen", "13"),
    ("it showin tirty tree", "33"),
    ("machine say sebenty sebm", "77"),
], code=EACH)

test_number_words_stay_no_code = recognised_as([
    "the customer says this one is broken",                     # this: no Sinhala thirty
    "it shows hat and scarf prices wrong on the receipt",        # hat alone: no Hungarian six
    "the app says tree shop is closed today",
    "the screen says lay the card flat",
    "the man says fo real the machine is dead",
    "masin i tok em i no wok",                                   # said, no number
    "the terminal says ein fehler",
    "display says tizen os update",                              # a tens word alone, no ten
    "it got wan customers today, slow day",
    "他说 hat 也可以 刷卡机没反应",
], code=None)


def test_number_words_table_is_one_source():
    """Every word of the table has one value, and none is also a word of codes.py's own tables
    with another (the module would not load): the merged tables hold each table word once."""
    data = codes._NUMBER_DATA
    for part, target in (("units", codes._EN_UNITS), ("teens", codes._EN_TEENS), ("tens", codes._EN_TENS)):
        for word, value in data[part].items():
            assert target[word] == value, (part, word)
    assert "this" not in codes._EN_TENS and "shit" not in codes._EN_UNITS


@pytest.mark.parametrize("broken", [{"x": {"units": {"tolv": 12}}},
                                    {"x": {"units": {"wan": 1}}, "y": {"units": {"wan": 2}}}])
def test_number_words_table_is_checked(tmp_path, monkeypatch, broken):
    """A unit out of 0-9, or a word with two values, stops the load with the word named."""
    import yaml
    path = tmp_path / "number_words.yaml"
    path.write_text(yaml.safe_dump(broken, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(codes, "_NUMBER_WORDS_FILE", path)
    with pytest.raises(ValueError, match="tolv|wan"):
        codes._number_words()


# -- Chinese digits by their sounds ----------------------------------------------------------------

# a pair of digit sounds where the screen's words are named (跳出来酒吧两个字, 写着...字样), what the
# screen or slip has written, the code's word before 是, and 两 among the sounds
test_digit_sounds_as_the_screen_shows = recognised_as([
    ("刷卡的时候屏幕跳出来酒吧两个字", "98"),
    ("螢幕顯示酒吧兩個字 係咪壞咗", "98"),
    ("屏幕上写着酒吧", "98"),
    ("小票上写的酒吧 刷卡失败", "98"),
    ("终端提示码是无私", "54"),
    ("刷卡機報洞兩", "02"),
    ("刚刚又报洞两 客人走了", "02"),
    # the pair said twice, as a voice keyboard writes a code read out twice
    ("刷卡机屏幕显示无把无把 咋整", "58"),
    ("部機顯示酒六 酒六 係乜嘢", "96"),
    ("the machine 报午一午一 again", "51"),
], code=EACH)

test_digit_sounds_stay_words = recognised_as([
    "店门口写着酒吧 晚上人多信号差",                  # a shop's sign
    "招牌上写着酒吧 刷卡机没电了",
    "我们隔壁是酒吧两个字的招牌",
    "显示就是这样的",
    "显示无私奉献几个字 是广告吗",
    "刷卡机旁边放了两个字的牌子",
    "显示巴巴巴巴 是乱码",                               # one sound said four times: noise
    "我对这个机器无把握 显示屏很暗",
], code=None)


# -- look-alikes ---------------------------------------------------------------------------------

# a display's lower-case b for 6 and q for 9 beside a digit after a word announcing a code (an
# upper-case B stays an 8); the Greek and Cyrillic i for a 1
test_segment_letters = recognised_as([
    ("the card machine shows 9b on every card", "96"),
    ("code 9B", "98"),
    ("pos machine displays b1 after the pin", "61"),
    ("刷卡机显示q1 怎么办", "91"),
    ("部機顯示 9b 點算", "96"),
    ("screen shows 5Ι", "51"),
    ("显示і4", "14"),
], code=EACH)

test_segment_letters_stay_as_typed = recognised_as([
    "take b2 vitamins",
    "my iphone 5s cant pair",
    "I parked in bay q1 and the terminal is in the car",
    "买了9b铅笔 刷卡机没反应",
], code=None)


# -- a code corrected in the message, and a display's letter beside the code -----------------------

# the code denied ("not 15", "不是15") or said before a correction with the code meant close after
# it ("sorry I mean", "*51", "不对 是", "唔係 係") goes last; a spaced pair before its denial is read
test_code_corrected_in_the_message = recognised_as([
    ("the terminal says 19 oops I mean 91", "91"),
    ("code 68 no wait its 86... no sorry 58", "58"),
    ("error 45\n*54", "54"),
    ("its 9 1 not 19 on the screen", "91"),
    ("not 31, it's 13 the screen shows", "13"),
    ("机器显示65 不对 是56 不是 是57", "57"),
    ("报了个14 看错了 应该是41", "41"),
    ("顯示45 唔係 係54", "54"),
    ("部機顯示唔係51 係15", "15"),
], code=EACH)

test_two_codes_not_corrected = recognised_as([
    ("code 51, sorry for my english. yesterday it was 05", "51"),   # an apology, no correction
    ("first it showed 05 then 51", "05"),
    ("error 05 and not 51 like yesterday", "05"),
    ("its not 51, the screen just says 05", "05"),
    ("显示14 我不是很懂 昨天是41", "14"),
], code=EACH)

test_one_code_denied_stays = recognised_as([
    ("its not 51 it's something else", "51"),        # nothing else said: the code named
], code=EACH)

# the letter a display shows beside a host code, after a word announcing it
test_display_letter_beside_code = recognised_as([
    ("the screen says H51 and beeps", "51"),
    ("pos shows r05 for the amex", "05"),
    ("显示：91E 刷不了", "91"),
    ("display: 55-A after pin", "55"),
    ("屏幕显示F14", "14"),
], code=EACH)

test_display_letter_near_misses = recognised_as([
    ("the timer shows 30s", None),                    # seconds
    ("it says 15m left on the update", None),
    ("the screen shows c1", "C1"),                    # a code of its own
    ("显示A0", "A0"),
], code=EACH)


# -- the long code and the creoles ---------------------------------------------------------------

# 0020000 read digit by digit in the table's languages, spaced or (Korean) written as one word
test_long_code_in_number_words = recognised_as([
    ("the pos show nulla nulla kettő nulla nulla nulla nulla", "0020000"),
    ("касса показывает ноль ноль два ноль ноль ноль ноль", "0020000"),
    ("機器顯示 eber eber laba eber eber eber eber", "0020000"),
    ("屏幕显示공공이공공공공", "0020000"),
], code=EACH)

# the tens of the French creoles of the Caribbean and the Indian Ocean (katwiven 80, katrevin)
test_creole_tens = recognised_as([
    ("di machine say katwiven-sèz", "96"),
    ("it show katrevin onz", "91"),
    ("the card ting say senkantéyen", "51"),
], code=EACH)


# -- number words placed on the screen after them, or announced by the screen flashing them --------

test_number_words_on_the_screen = recognised_as([
    ("fifty-four on the screen when I swipe", "54"),
    ("fitty fo on di screen again", "54"),
    ("nainti sikis i kamap long skrin", "96"),
    ("kilencvennyolc on the little display", "98"),
    ("it keep flashin ninety one", "91"),
    ("machine came up with fifty one", "51"),
    ("the code be fitty-four", "54"),
    ("screen: sixty one", "61"),
    ("экранда тоқсан алты", "96"),
    ("на экране пятьдесят один", "51"),
    ("i get nineteen error", "19"),
], code=EACH)

test_number_words_counted_stay_no_code = recognised_as([
    "sold twenty five on the machine today",          # sales counted
    "we did fifty one sales on the terminal",
    "twenty five customers came up to pay and it froze",
    "the kids put one two stickers on the screen",
    "I have thirty two in the machine batch",
], code=None)


# -- Chinese numerals split or mixed ----------------------------------------------------------------

# a numeral split by a voice keyboard's space ("五十 一"), typed half in digits with its ten
# ("5十1"), and a code followed by what it is counted as ("九六两个数")
test_chinese_numerals_split = recognised_as([
    ("刷卡机显示九十 一 怎么办", "91"),
    ("部機顯示五十 五", "55"),
    ("屏幕上是5十4", "54"),
    ("机器显示九六两个数 然后就退出了", "96"),
    ("螢幕出咗五一兩個字", "51"),
], code=EACH)

test_chinese_numerals_split_stay = recognised_as([
    "五十 一个人排队 刷卡机坏了",                 # fifty, one person: counted
    "卖了5十1块 刷卡机没反应",
    "他买了两个字画 刷卡没反应",
], code=None)


# Uyghur in its Arabic script (Kashgar), Taiwanese Hokkien in Tâi-lô (Hsinchu, Changhua, Yilan)
test_more_scripts_of_number_words = recognised_as([
    ("刷卡机显示 ئەللىك بەش", "55"),
    ("the pos show توقسان بىر", "91"),
    ("刷卡機顯示 gōo-tsa̍p-sì", "54"),
    ("機器講 káu tsa̍p la̍k 係咩意思", "96"),
], code=EACH)

test_count_off_is_no_code = recognised_as([
    "我讲 one two three 你听懂吗",                   # counting, its first two words no code
    "the screen shows eka eka eka nothing else",
], code=None)
