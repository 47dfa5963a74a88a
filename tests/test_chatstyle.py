"""Merchants as they really write (issue 11): one test per class of message, with sentences
that are in neither the knowledge base nor the evaluation files."""

import pytest

from knowledge.codes import chinese_numerals
from knowledge.evaluation import CHATSTYLE_SETS, EVAL_DIR, evaluate, load_labelled
from knowledge.pinyin import split_in_two, split_syllables
from knowledge.text import WordMap

from tests.recognition import recognised


@pytest.mark.parametrize("text, category", [
    ("网落老是断", "network"),          # 网络
    ("打映机打不出字", "hardware"),      # 打印机
    ("签倒失败了", "merchant"),          # 签到
    ("屏幕黑平 开不了", "hardware"),     # 黑屏
])
def test_homophone_typos_match_by_sound(recogniser, text, category):
    assert recognised(recogniser, text)[1] == category


def test_homophone_of_a_code_wording_is_the_code(recogniser):
    assert recognised(recogniser, "卡里余额不租") == ("51", "card")  # 不足


@pytest.mark.parametrize("text, want", [
    ("dayinji buchu zhi le", (None, "hardware")),
    ("mima cuowu", ("55", "card")),
    ("shuaka shi yu e bu zu", ("51", "card")),
    ("wangluo lianbushang", (None, "network")),
])
def test_messages_typed_in_pinyin(recogniser, text, want):
    assert recognised(recogniser, text) == want


@pytest.mark.parametrize("text, want", [
    ("shua ka mei you fan ying", (None, "hardware")),  # a space after every syllable
    ("da yin ji bu chu zhi le", (None, "hardware")),
    ("wang luo lian bu shang", (None, "network")),
])
def test_pinyin_typed_a_syllable_at_a_time(recogniser, text, want):
    assert recognised(recogniser, text) == want


def test_pinyin_function_words_are_syllables_in_a_pinyin_message(recogniser):
    # "shen me" is 什么 there, not the English "me": the payout question stays whole
    assert recogniser.recognise("qian shen me shi hou dao").intent == "payout"


@pytest.mark.parametrize("text, code", [("chu le ling wu zen me ban", "05"), ("bao jiu liu le", "96"),
                                        ("shua ka ti shi yi si", "14")])
def test_a_code_said_in_pinyin_numerals(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


@pytest.mark.parametrize("text", ["shi shi kan ba", "wo yi ba shua le"])
def test_pinyin_numerals_that_are_no_code_stay_words(recogniser, text):
    assert recognised(recogniser, text)[0] is None


@pytest.mark.parametrize("text, intent", [("ni hao a", "greeting"), ("xie xie ni", "thanks"),
                                          ("bai bai", "bye")])
def test_greetings_and_thanks_typed_in_pinyin(recogniser, text, intent):
    assert recogniser.recognise(text).intent == intent


def test_a_pinyin_greeting_before_a_fault_is_the_fault(recogniser):
    assert recognised(recogniser, "nihao shuaka meiyou fanying") == (None, "hardware")


def test_english_is_not_read_as_pinyin(recogniser):
    assert split_syllables("printer") is None and split_syllables("no") is None
    assert split_syllables("xinhao") == ("xin", "hao")
    assert split_in_two("yue") == ("yu", "e")
    assert recognised(recogniser, "pin wrong again") == ("55", "card")


@pytest.mark.parametrize("text, want", [
    ("部機冇反應 撳極都唔郁", (None, "hardware")),
    ("個app成日彈走", (None, "software")),
    ("出咗個55喎", ("55", "card")),
    ("點解成日出61㗎", ("61", "card")),
])
def test_cantonese_and_traditional(recogniser, text, want):
    assert recognised(recogniser, text) == want


def test_word_map_keeps_protected_words():
    words = WordMap({"话": "说", "电话": "电话", "mon": "屏幕"})
    assert words.rewrite("客人话打电话") == "客人说打电话"
    assert words.rewrite("mon cracked, money gone") == "屏幕 cracked, money gone"


@pytest.mark.parametrize("text, code", [
    ("提示五十五", "55"), ("报幺四", "14"), ("刷卡显示零三", "03"), ("又係九十六啊", "96"),
    ("出了一个零五", "05"), ("屏幕显示AO", "A0"), ("O3 on screen", "03"), ("出现6l", "61"),
    ("应答码：57", "57"), ("resp code 14", "14"), ("RC: 61", "61"),
])
def test_codes_in_words_with_context_and_lookalikes(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


@pytest.mark.parametrize("text, code", [("出咗96，點搞", "96"), ("報61啦！", "61"), ("又係A0囉，點算", "A0")])
def test_a_code_before_a_particle_or_fullwidth_comma_is_a_code(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


@pytest.mark.parametrize("text", ["两三天了", "等了三十分钟", "三十多块", "十一月的账", "下午3点", "收了九十六块"])
def test_numerals_that_are_not_codes(recogniser, text):
    assert recognised(recogniser, text)[0] is None


def test_chinese_numerals_become_digits():
    assert chinese_numerals("报九十七") == "报97"
    assert chinese_numerals("显示零五") == "显示05"
    assert chinese_numerals("一下") == "一下"  # a lone numeral is a word


@pytest.mark.parametrize("text, code", [
    ("屏幕上写着 交易金额超限", "61"), ("显示无效商户", "03"), ("MAC 校验错", "A0"), ("提示 系统日切", "90"),
])
def test_screen_text_without_the_code_is_the_code(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


@pytest.mark.parametrize("text, category, codes", [
    ("机器上写 交易失败,请联系发卡行", "card",
     {"01", "02", "05", "06", "39", "42", "44", "52", "53", "56", "93"}),
    ("请 重新签到", "merchant", {"77", "99", "A0"}),
    ("提示密码错误次数超限了", "card", {"38", "75"}),
    ("没收卡", "card", {"04", "07", "35", "36", "37", "67"}),
])
def test_shared_screen_text_gives_candidates_not_a_code(recogniser, text, category, codes):
    rec = recogniser.recognise(text)
    assert rec.code is None and rec.category == category
    assert set(rec.shared) == codes
    assert codes <= {c.id for c in rec.candidates if c.kind == "code"}


def test_a_code_and_a_symptom_meaning_the_same_prefer_the_code(recogniser):
    assert recognised(recogniser, "it says use chip card") == ("45", "operation")


@pytest.mark.parametrize("text, intent", [
    ("想订两箱打印纸 80*80的", "supplies"),
    ("再给我们店加一台机器", "supplies"),
    ("这周的款几时到账", "payout"),
    ("when does the money land in my account", "payout"),
    ("一共收了300块", "amount"),
    ("流水号 004521", "order_number"),
    ("3月8号的", "date"),
    ("我手机13712345678", "phone"),
    ("刚才那笔刷成功了", "sale_ok"),
])
def test_non_faults_get_their_intent_not_a_fault(recogniser, text, intent):
    rec = recogniser.recognise(text)
    assert (rec.code, rec.category, rec.intent) == (None, None, intent)


@pytest.mark.parametrize("text", ["收了50块 00", "一共38元 然后00"])
def test_cents_beside_an_amount_are_not_approved(recogniser, text):
    """Beside an amount, a bare "00" is its cents, not code 00 ("approved")."""
    assert recogniser.recognise(text).code is None


@pytest.mark.parametrize("text, code", [("输入密码后显示55", "55"), ("金额输错了 报0020000", "0020000"),
                                        ("she keyed 4500 then error 13", "13")])
def test_a_code_announced_beside_a_keyed_amount_stays_a_code(recogniser, text, code):
    assert recogniser.recognise(text).code == code


@pytest.mark.parametrize("text", ["我手机是5g的", "连的我手机热点 我手机是5g的"])
def test_a_network_generation_is_not_a_number(recogniser, text):
    """"5g" is the network, not five grams; "手机是5g" is no phone number."""
    assert recogniser.recognise(text).intent not in ("order_number", "phone", "amount")


def test_a_detail_with_a_fault_is_the_fault(recogniser):
    rec = recogniser.recognise("客人刚付了300元 打印机就不出纸了")
    assert rec.category == "hardware" and rec.intent is None


@pytest.mark.parametrize("text, category", [
    ("网速超级慢 付款老转圈", "network"),
    ("电池一会儿就没电了", "hardware"),
    ("工厂里粉尘多 卡老是读不出来", "environment"),
    ("printer no working, paper is have", "hardware"),
    ("machine cannot connect internet today", "network"),
])
def test_everyday_and_broken_english_faults(recogniser, text, category):
    assert recognised(recogniser, text)[1] == category


@pytest.mark.parametrize("text, want", [
    ("报95 对不上账", ("95", "merchant")), ("显示FF", ("FF", "network")), ("code 39 declined", ("39", "card")),
    ("出来个10", ("10", None)), ("终端返回56", ("56", "card")), ("RC 60", ("60", "merchant")),
    ("又跳C1了", ("C1", "host")),
])
def test_new_codes(recogniser, kb, text, want):
    assert recognised(recogniser, text) == want
    assert kb.code(want[0]).source  # every added code names where its meaning comes from


# Measured on the chat-style set (docs/ACCURACY.md, fourth round merged: holdout code 0.975,
# category 0.920, off-topic 1.0; dev 1.0 / 0.984 / 1.0); floors just under the figures, so
# recognition cannot quietly get worse.
CHATSTYLE_FLOORS = {
    "dev": {"code_accuracy": 0.99, "category_accuracy": 0.97, "offtopic_precision": 0.98},
    "holdout": {"code_accuracy": 0.97, "category_accuracy": 0.91, "offtopic_precision": 0.98},
}
# The second held-out set (written 2026-12-03, never tuned on): code 0.983, category 0.905,
# off-topic 0.939 when first run on the merged fourth round.
HOLDOUT2_FLOORS = {"code_accuracy": 0.975, "category_accuracy": 0.895, "offtopic_precision": 0.93}


@pytest.mark.parametrize("split", sorted(CHATSTYLE_FLOORS))
def test_chatstyle_accuracy_holds(recogniser, split):
    report = evaluate(recogniser, load_labelled(CHATSTYLE_SETS, split))
    for metric, floor in CHATSTYLE_FLOORS[split].items():
        assert getattr(report, metric) >= floor, (metric, report.summary())
    if split == "dev":
        assert report.shared_ok == report.shared


def test_second_chatstyle_holdout_holds(recogniser):
    report = evaluate(recogniser, load_labelled(EVAL_DIR / "chatstyle_holdout2.jsonl", "holdout"))
    assert report.total == 240  # the whole set was read
    for metric, floor in HOLDOUT2_FLOORS.items():
        assert getattr(report, metric) >= floor, (metric, report.summary())


# The later chat-style dev sets (docs/ACCURACY.md, issue 11 fourth round: dev2 0.995 / 0.981 /
# 0.967, dev3 0.991 / 0.964 / 1.0, dev4 1.0 / 0.968 / 1.0; fifth round: dev2 1.0 / 0.987 /
# 0.967, dev4 1.0 / 0.973 / 1.0, dev5 1.0 / 0.971 / 0.959; sixth round: dev5 1.0 / 0.978 /
# 0.959, dev6 0.988 / 0.937 / 1.0; seventh round: dev7 0.979 / 0.935 / 0.964; eighth round:
# dev8 0.95 / 0.967 / 0.926, first run 0.933 / 0.918 / 0.852; ninth round: dev5 1.0 / 0.985 /
# 0.959, dev6 0.996 / 0.961 / 1.0, dev7 0.983 / 0.968 / 0.964, dev8 0.954 / 0.967 / 0.926, dev9
# 0.979 / 0.966 / 1.0, first run 0.946 / 0.907 / 0.909), floors just under the figures.
DEV_SET_FLOORS = {
    "chatstyle_dev2.jsonl": {"code_accuracy": 0.99, "category_accuracy": 0.98, "offtopic_precision": 0.96},
    "chatstyle_dev3.jsonl": {"code_accuracy": 0.98, "category_accuracy": 0.96, "offtopic_precision": 0.97},
    "chatstyle_dev4.jsonl": {"code_accuracy": 0.99, "category_accuracy": 0.97, "offtopic_precision": 0.97},
    "chatstyle_dev5.jsonl": {"code_accuracy": 0.99, "category_accuracy": 0.98, "offtopic_precision": 0.95},
    "chatstyle_dev6.jsonl": {"code_accuracy": 0.99, "category_accuracy": 0.95, "offtopic_precision": 0.97},
    "chatstyle_dev7.jsonl": {"code_accuracy": 0.98, "category_accuracy": 0.96, "offtopic_precision": 0.96},
    "chatstyle_dev8.jsonl": {"code_accuracy": 0.95, "category_accuracy": 0.96, "offtopic_precision": 0.92},
    "chatstyle_dev9.jsonl": {"code_accuracy": 0.97, "category_accuracy": 0.96, "offtopic_precision": 0.98},
    "chatstyle_dev10.jsonl": {"code_accuracy": 0.97, "category_accuracy": 0.99, "offtopic_precision": 0.99},
    # eleventh round (rec21): 0.925 / 0.975 / 0.983, first run 0.90 / 0.892 / 0.948; every code
    # miss left is a single-code screen text typed without its number (the label convention)
    "chatstyle_dev11.jsonl": {"code_accuracy": 0.92, "category_accuracy": 0.97, "offtopic_precision": 0.98},
    # twelfth round (rec23): 0.896 / 1.0 / 0.983, first run 0.867 / 0.938 / 0.966; every code
    # miss left is a single-code screen text typed without its number (the label convention),
    # or -1013 / 100001 (terminal-local numbers the file labels by category)
    "chatstyle_dev12.jsonl": {"code_accuracy": 0.89, "category_accuracy": 0.99, "offtopic_precision": 0.98},
    # thirteenth round (rec25): 0.921 / 0.991 / 1.0, intents 42/46, first run 0.896 / 0.892 / 0.948
    # (intents 32/46); every code miss left (19) is a single-code screen text typed without its
    # number, answered with its code and its category right (the label convention)
    "chatstyle_dev13.jsonl": {"code_accuracy": 0.91, "category_accuracy": 0.97, "offtopic_precision": 0.98},
    # fourteenth round (rec26): 0.954 / 0.938 / 0.966, intents 41/46, first run 0.896 / 0.894 / 0.862
    # (intents 35/46); every code miss left (11) is a single-code screen text typed without its
    # number, answered with its code and its category right (the label convention)
    "chatstyle_dev14.jsonl": {"code_accuracy": 0.95, "category_accuracy": 0.93, "offtopic_precision": 0.96},
    # fifteenth round (rec27): 0.938 / 0.982 / 0.983, intents 44/46, first run 0.904 / 0.956 / 0.897
    # (intents 35/46); of the code misses left (15), 14 are a single-code screen text typed
    # without its number, answered with its code and its category right (the label convention),
    # and one a slip's 00 asked about (explained as the code, by design: matcher._recognise)
    "chatstyle_dev15.jsonl": {"code_accuracy": 0.93, "category_accuracy": 0.98, "offtopic_precision": 0.98},
    # sixteenth round (rec28): 0.958 / 0.983 / 1.0, intents 44/46, first run 0.896 / 0.870 / 0.966
    # (intents 42/46); of the code misses left (10), 7 are a single-code screen text typed
    # without its number (or its homophone, 鱼额不足), answered with its code and its category
    # right (the label convention), 3 riddles (996少一个9, 第三位是2, 58同城 described)
    "chatstyle_dev16.jsonl": {"code_accuracy": 0.95, "category_accuracy": 0.98, "offtopic_precision": 1.0},
    # sixteenth round (rec29): 0.908 / 0.973 / 0.983, intents 42/46, first run 0.908 / 0.893 / 0.948
    # (intents 37/46); of the code misses left (22), 12 are a code's form (foreign number words,
    # riddles, 0,020,000, 零零二后面跟四个圈: rec30's) and 10 a single-code screen text typed
    # without its number, answered with its code and its category right (the label convention)
    "chatstyle_dev17.jsonl": {"code_accuracy": 0.90, "category_accuracy": 0.97, "offtopic_precision": 0.98},
}


@pytest.mark.parametrize("name", sorted(DEV_SET_FLOORS))
def test_later_chatstyle_dev_sets_hold(recogniser, name):
    report = evaluate(recogniser, load_labelled(EVAL_DIR / name, "dev"))
    for metric, floor in DEV_SET_FLOORS[name].items():
        assert getattr(report, metric) >= floor, (metric, report.summary())


# chatstyle_holdout13.jsonl was held out in the sixteenth round (85.8 / 92.8 / 93.0, intents
# 38/45) and released as dev in round seventeen; rec31 tuned on it: 0.896 / 1.0 / 1.0, fault
# recall 1.0, intents 44/45. Of the 25 code misses left, all are a single-code screen text typed
# without its number (or in pinyin), answered with its code and its category right (the label
# convention; one holds 04's own 此卡为无效卡 beside the shared 没收卡). Floors: the figures
# reached, rounded down to two decimals (a floor documents what is reached; every line of the
# file is labelled split "holdout").
HOLDOUT13_FLOORS = {"code_accuracy": 0.89, "category_accuracy": 1.0, "offtopic_precision": 1.0,
                    "fault_recall": 1.0}



# chatstyle_holdout14.jsonl was held out in the seventeenth round (86.7 / 91.4 / 96.6, intents
# 38/46) and released as dev in round eighteen; rec32 tuned on it (classes, not its sentences:
# tests/test_rec32_classes.py): 0.933 / 0.983 / 1.0, fault recall 0.994, intents 43/46. Of the 16
# code misses left, all are a single-code screen text typed without its number (or in pinyin),
# answered with its code and its category right (the label convention). Floors: the figures
# reached, rounded down to two decimals (every line of the file is labelled split "holdout").
HOLDOUT14_FLOORS = {"code_accuracy": 0.93, "category_accuracy": 0.98, "offtopic_precision": 1.0,
                    "fault_recall": 0.99}

# chatstyle_holdout15.jsonl was held out in the eighteenth round (87.9 / 88.4 / 94.7, intents
# 38/45) and released as dev in round nineteen; rec33 tuned on it (classes, not its sentences:
# tests/test_rec33_classes.py): 0.933 / 0.964 / 1.0, fault recall 0.994, intents 44/45. Of the 16
# code misses left, 15 are a single-code screen text typed without its number (or in pinyin),
# answered with its code and its category right (the label convention), and one 就爱 read as 92.
# Floors: the figures reached, rounded down to two decimals (every line is labelled "holdout").
HOLDOUT15_FLOORS = {"code_accuracy": 0.93, "category_accuracy": 0.96, "offtopic_precision": 1.0,
                    "fault_recall": 0.99}

# chatstyle_holdout16.jsonl was held out in the nineteenth round (90.4 / 90.3 / 91.4, intents
# 40/46) and released as dev in round twenty; rec34 tuned on it (classes, not its sentences:
# tests/test_rec34_classes.py): 0.9625 / 1.0 / 0.983, fault recall 1.0, intents 45/46 (打返俾我 with a
# number stays ux14's call-back to a person, not the phone intent its label wants). Of the 9
# code misses left, 4 are a single code's screen text typed without its number (the label
# convention), 4 riddles (一百减四, 码比五十多一, 香港回归那一年, 跟01差不多…尾巴是个2) and one a
# playing card's 尖 for A; the off-topic miss is a guest's Wi-Fi password asked for a phone.
# Floors: the figures reached, rounded down to two decimals (every line is labelled "holdout").
HOLDOUT16_FLOORS = {"code_accuracy": 0.96, "category_accuracy": 1.0, "offtopic_precision": 0.98,
                    "fault_recall": 1.0}

# chatstyle_holdout17.jsonl was held out in the twentieth round (81.7 / 92.9 / 98.3, intents
# 40/46) and released as dev in round twenty-one; rec35 tuned on it (classes, not its sentences:
# tests/test_rec35_classes.py): 0.871 / 0.965 / 1.0, fault recall 0.984, intents 42/46. Of the 31
# code misses left, 23 are a single code's screen text typed without its number (the label
# convention), one a shared text labelled with no codes, 6 riddles (hand signs, 老K, an age,
# 一百减三十二, blackjack's 二十一点, 两只鸭子) and one 重整 (a company's restructuring, left unread).
# Floors: the figures reached, rounded down to two decimals (every line is labelled "holdout").
HOLDOUT17_FLOORS = {"code_accuracy": 0.87, "category_accuracy": 0.96, "offtopic_precision": 1.0,
                    "fault_recall": 0.98}

# chatstyle_holdout18.jsonl was held out in the twenty-first round (87.9 / 88.4 / 94.8, intents
# 41/46) and released as dev in round twenty-two; rec36 tuned on it (classes, not its sentences:
# tests/test_rec36_classes.py): 0.95 / 0.929 / 0.983, fault recall 0.978, intents 44/46. Of the 12
# code misses left, 9 are a single code's screen text typed without its number (or a homophone
# of it, 系统日茄) answered with its code and its category right (the label convention), one a
# merchant's own paraphrase of a shared text (card expired: 54), and 2 riddles (六十差一,
# 乘法口诀八八). Floors: the figures reached, rounded down to two decimals (every line is
# labelled "holdout").
HOLDOUT18_FLOORS = {"code_accuracy": 0.95, "category_accuracy": 0.92, "offtopic_precision": 0.98,
                    "fault_recall": 0.97}
# rec37: the nineteenth, released as dev in round twenty-three (tuned on by rec37: code 0.9208,
# category 0.9826, off-topic 1.0, recall 0.9945, intents 46/46 at its end)
HOLDOUT19_FLOORS = {"code_accuracy": 0.92, "category_accuracy": 0.98, "offtopic_precision": 0.98,
                    "fault_recall": 0.99}
# rec38: the twentieth, released as dev in round twenty-four (tuned on by rec38: code 0.8917,
# category 0.9823, off-topic 1.0, recall 0.9891, intents 44/45 at the round's end; 24 of its 29 misses
# are a screen text typed without its number, the label convention)
HOLDOUT20_FLOORS = {"code_accuracy": 0.89, "category_accuracy": 0.98, "offtopic_precision": 0.98,
                    "fault_recall": 0.98}
# The twenty-fourth round's held-out set, released to dev in the twenty-fifth round (rec39): 87.5 / 94.6 /
# 91.4, fault recall 95.6, 38/46 intents at that round's end.
HOLDOUT21_FLOORS = {"code_accuracy": 0.87, "category_accuracy": 0.94, "offtopic_precision": 0.91,
                    "fault_recall": 0.95}
# The twenty-fifth round's held-out set, released to dev in the twenty-sixth round (rec40): 85.4 / 93.75 /
# 98.3, fault recall 97.8, 43/46 intents at that round's end (21 of its 44 misses quote a code's
# screen text without its number, the label convention).
HOLDOUT22_FLOORS = {"code_accuracy": 0.85, "category_accuracy": 0.93, "offtopic_precision": 0.98,
                    "fault_recall": 0.97}
# The twenty-sixth round's held-out set, released to dev in the twenty-seventh round (lead27): 92.5 /
# 86.61 / 96.55, fault recall 96.15, 37/46 intents at that round's end (92.08 / 86.61 / 94.83, 36/46
# at its start: the code floor fails the start).
HOLDOUT23_FLOORS = {"code_accuracy": 0.925, "category_accuracy": 0.86, "offtopic_precision": 0.96,
                    "fault_recall": 0.96}
# The twenty-seventh round's held-out set, released to dev in the twenty-eighth round (rec44, rec45,
# rec47): 89.58 / 100 / 94.83, fault recall 100, 42/46 intents at that round's end (88.33 / 97.35 /
# 89.66, recall 98.35, 41/46 at its start: the code, category and off-topic floors fail the start).
HOLDOUT24_FLOORS = {"code_accuracy": 0.895, "category_accuracy": 0.99, "offtopic_precision": 0.94,
                    "fault_recall": 0.99}
# The twenty-eighth round's held-out set, released to dev in the twenty-ninth round (rec48, rec51):
# 90.83 / 95.50 / 94.83, fault recall 99.45, 38/46 intents at that round's end (86.67 / 95.50 / 91.38,
# recall 96.15, 36/46 at its start: the code, off-topic and recall floors fail the start).
HOLDOUT25_FLOORS = {"code_accuracy": 0.905, "category_accuracy": 0.95, "offtopic_precision": 0.945,
                    "fault_recall": 0.99}

# The twenty-ninth round's held-out set, released to dev in the thirtieth round (rec52, rec53):
# 90.83 / 90.91 / 98.28, fault recall 97.25, 39/46 intents at that round's end (89.17 / 88.18 / 96.55,
# recall 94.51, 39/46 at its start: the code, category, off-topic and recall floors fail the start).
HOLDOUT26_FLOORS = {"code_accuracy": 0.905, "category_accuracy": 0.905, "offtopic_precision": 0.98,
                    "fault_recall": 0.97}

# The thirtieth round's held-out set, released to dev in the thirty-first round (rec55): 95.42 / 97.30 /
# 100, fault recall 100, 44/46 intents at that round's end (95.00 / 94.59 / 100, recall 98.35, 41/46 at
# its start: the category and recall floors and the intents fail the start).
HOLDOUT27_FLOORS = {"code_accuracy": 0.95, "category_accuracy": 0.97, "offtopic_precision": 0.98,
                    "fault_recall": 0.995}

# The thirty-first round's held-out set, released to dev in the thirty-second round (rec57): 93.75 /
# 90.99 / 98.28, fault recall 97.25, 38/46 intents at that round's end (90.00 / 90.09 / 89.66, recall
# 96.70, 36/46 at its start: the code, off-topic and recall floors and the intents fail the start).
HOLDOUT28_FLOORS = {"code_accuracy": 0.935, "category_accuracy": 0.905, "offtopic_precision": 0.98,
                    "fault_recall": 0.97}

# The thirty-second round's held-out set, released to dev in the thirty-third round (rec58): 92.08 /
# 91.67 / 100, fault recall 94.51, 44/46 intents at that round's end (91.25 / 92.59 / 93.10, recall
# 95.05, 39/46 at its start: the code and off-topic floors and the intents fail the start).
HOLDOUT29_FLOORS = {"code_accuracy": 0.92, "category_accuracy": 0.915, "offtopic_precision": 0.98,
                    "fault_recall": 0.94}

# The thirty-third round's held-out set, released to dev in the thirty-fourth round (rec59): 96.25 /
# 96.46 / 98.28, fault recall 97.80, 43/46 intents at that round's end (95.83 / 91.15 / 98.28, recall
# 96.15, 43/46 at its start: the code, category and recall floors fail the start).
HOLDOUT30_FLOORS = {"code_accuracy": 0.96, "category_accuracy": 0.96, "offtopic_precision": 0.98,
                    "fault_recall": 0.975}

# The thirty-fourth round's held-out set, released to dev in the thirty-fifth round (rec60): 93.75 /
# 92.04 / 96.55, fault recall 97.25, 43/46 intents at that round's end (90.83 / 92.04 / 96.55, recall
# 95.60, 43/46 at its start: the code and recall floors fail the start).
HOLDOUT31_FLOORS = {"code_accuracy": 0.935, "category_accuracy": 0.92, "offtopic_precision": 0.965,
                    "fault_recall": 0.97}

# The thirty-fifth round's held-out set, released to dev in the thirty-sixth round (rec61): 93.75 /
# 91.07 / 98.28, fault recall 96.70, 38/46 intents at that round's end (92.92 / 90.18 / 96.55, recall
# 95.60, 38/46 at its start: the code, category, off-topic and recall floors fail the start).
HOLDOUT32_FLOORS = {"code_accuracy": 0.935, "category_accuracy": 0.91, "offtopic_precision": 0.98,
                    "fault_recall": 0.965}

# The thirty-sixth round's held-out set, released to dev in the thirty-seventh round (rec62): 93.75 /
# 92.86 / 100.00, fault recall 98.90, 45/46 intents at that round's end (91.67 / 91.96 / 98.28, recall
# 97.80, 42/46 at its start: the code, category, off-topic, recall and intent floors fail the start).
HOLDOUT33_FLOORS = {"code_accuracy": 0.935, "category_accuracy": 0.925, "offtopic_precision": 1.0,
                    "fault_recall": 0.985}

# The thirty-seventh round's held-out set, released to dev in the thirty-eighth round (rec63): 92.50 /
# 99.12 / 100.00, fault recall 99.45, 44/46 intents at that round's end, after the keypad phrasing was
# dropped at the merge (92.08 / 94.69 / 93.10, recall 97.80, 37/46 at its start: every floor fails the start).
HOLDOUT34_FLOORS = {"code_accuracy": 0.925, "category_accuracy": 0.99, "offtopic_precision": 1.0,
                    "fault_recall": 0.99}

# The released held-out sets: (file, its floors, the intents it reaches).
RELEASED = [("chatstyle_holdout13.jsonl", HOLDOUT13_FLOORS, 44),
            ("chatstyle_holdout14.jsonl", HOLDOUT14_FLOORS, 43),
            ("chatstyle_holdout15.jsonl", HOLDOUT15_FLOORS, 44),
            ("chatstyle_holdout16.jsonl", HOLDOUT16_FLOORS, 45),
            ("chatstyle_holdout17.jsonl", HOLDOUT17_FLOORS, 42),
            ("chatstyle_holdout18.jsonl", HOLDOUT18_FLOORS, 44),
            ("chatstyle_holdout19.jsonl", HOLDOUT19_FLOORS, 46),
            ("chatstyle_holdout20.jsonl", HOLDOUT20_FLOORS, 44),
            ("chatstyle_holdout21.jsonl", HOLDOUT21_FLOORS, 38),
            ("chatstyle_holdout22.jsonl", HOLDOUT22_FLOORS, 43),
            ("chatstyle_holdout23.jsonl", HOLDOUT23_FLOORS, 37),
            ("chatstyle_holdout24.jsonl", HOLDOUT24_FLOORS, 42),
            ("chatstyle_holdout25.jsonl", HOLDOUT25_FLOORS, 38),
            ("chatstyle_holdout26.jsonl", HOLDOUT26_FLOORS, 39),
            ("chatstyle_holdout27.jsonl", HOLDOUT27_FLOORS, 44),
            ("chatstyle_holdout28.jsonl", HOLDOUT28_FLOORS, 38),
            ("chatstyle_holdout29.jsonl", HOLDOUT29_FLOORS, 44),
            ("chatstyle_holdout30.jsonl", HOLDOUT30_FLOORS, 43),
            ("chatstyle_holdout31.jsonl", HOLDOUT31_FLOORS, 43),
            ("chatstyle_holdout32.jsonl", HOLDOUT32_FLOORS, 38),
            ("chatstyle_holdout33.jsonl", HOLDOUT33_FLOORS, 45),
            ("chatstyle_holdout34.jsonl", HOLDOUT34_FLOORS, 44)]


@pytest.mark.parametrize("name, floors, intents", RELEASED)
def test_released_holdout_holds(recogniser, name, floors, intents):
    report = evaluate(recogniser, load_labelled(EVAL_DIR / name, "holdout"))
    assert report.total == 240  # the whole set was read
    for metric, floor in floors.items():
        assert getattr(report, metric) >= floor, (metric, report.summary())
    assert report.intents_ok >= intents, report.summary()


@pytest.mark.parametrize("text", ["card machine not printing receipts, sales go thru tho",
                                  "刷卡成功了 但是不出小票", "the sale went thru but no receipt printed"])
def test_a_sale_that_went_through_beside_a_fault_is_context(recogniser, text):
    """Merchants say what still works ("sales go thru tho"): the fault is the message."""
    got = recogniser.recognise(text)
    assert got.intent is None and got.category == "hardware", got


@pytest.mark.parametrize("text", ["ok it worked now, printed the receipt", "sale went through, thanks"])
def test_a_sale_that_went_through_without_a_fault_stays_good_news(recogniser, text):
    assert recogniser.recognise(text).intent == "sale_ok"


# Fifth round: classes behind typed merchants' openings and the fresh dev5 set, each with
# sentences of its own.
@pytest.mark.parametrize("text, code", [("一直报51 周末人多的时候", "51"), ("刚才又是05 下午开始的", "05")])
def test_a_code_then_a_space_then_a_time_word_is_the_code(recogniser, text, code):
    """Chat writers space instead of punctuating: the 周/下 after the space begins the next
    word (周末, 下午), it is no unit of the number before it."""
    assert recognised(recogniser, text)[0] == code


@pytest.mark.parametrize("text", ["收款成功 但是客人要退货", "payment went through but customer wants a refund now"])
def test_good_news_that_turns_to_a_clear_request_is_the_request(recogniser, text):
    assert recognised(recogniser, text) == (None, "operation")


@pytest.mark.parametrize("text", ["谢谢 但是明天还会这样吗", "thanks, but I still have a question about fees"])
def test_good_news_that_turns_to_a_question_stays_no_fault(recogniser, text):
    assert recognised(recogniser, text) == (None, None)


def test_a_number_spaced_on_both_sides_keeps_its_unit(recogniser):
    assert recognised(recogniser, "试了 10 次 都不行")[0] is None  # ten tries, not code 10


@pytest.mark.parametrize("text", ["支付成功了 可是没出小票", "thanks but the printer is still jammed",
                                  "payment approved but no slip printed"])
def test_good_news_that_turns_on_but_to_a_fault_is_the_fault(recogniser, text):
    rec = recogniser.recognise(text)
    assert (rec.code, rec.category, rec.intent) == (None, "hardware", None), rec


@pytest.mark.parametrize("text, category", [
    ("terminal offline since this morning", "network"),  # a time, not a greeting
    ("terminal cannot connect since we open the shop", "network"),  # not an app that won't open
    ("付款转着转着就超时了", "network"),  # a verb said twice keeps going: 一直转
    ("new machine very hot in the sun and turns off by itself", "environment"),  # no sales enquiry
    ("按确认键要用力按好几下", "hardware"),  # effort is trouble
    ("电量只剩一格了 才用了两个小时", "hardware"),  # so is a shortfall
])
def test_the_fault_beside_time_words_enquiries_and_effort(recogniser, text, category):
    assert recognised(recogniser, text)[1] == category


def test_a_code_wording_said_of_another_party_is_its_meaning_not_the_code(recogniser):
    assert recognised(recogniser, "收单行那边说系统故障 什么时候能好") == (None, "host")
    assert recognised(recogniser, "提示系统故障")[0] == "96"  # read off the screen, it is the code


@pytest.mark.parametrize("text", ["好了 没问题了 谢谢", "printing ok now"])
def test_reassurance_and_now_are_no_trouble(recogniser, text):
    rec = recogniser.recognise(text)
    assert (rec.code, rec.category) == (None, None) and rec.intent is not None, rec


def test_a_four_letter_word_is_not_corrected_into_another(recogniser):
    assert "w:cut" not in recogniser.space.query("so cute")[0]


@pytest.mark.parametrize("text, category", [
    ("网络时有时无", "network"),  # 电源时有时无 says this of the power
    ("信号时有时无 可以用吗", "network"),  # with the question tail gone, as without it
    ("wifi信号时有时无的", "network"),
    ("刚才手机信号时有时无", "network"),
    ("打印机时好时坏", "hardware"),  # 网络时好时坏 says it of the network
    ("屏幕时好时坏", "hardware"),
])
def test_the_same_behaviour_of_another_part_is_that_part(recogniser, text, category):
    assert recognised(recogniser, text) == (None, category)


@pytest.mark.parametrize("text, category", [
    ("电源时有时无", "environment"),  # the phrasing's own subject
    ("插座时有时无", "environment"),  # the power again, in other words
    ("打印不出来 一直滴滴响", "hardware"),  # adds to a phrasing, replaces nothing of it
    ("升级完开机一直转圈进不去", "software"),  # the rest of it says software, as the phrasing
])
def test_a_phrasing_extended_or_said_of_its_own_subject_keeps_its_category(recogniser, text, category):
    assert recognised(recogniser, text) == (None, category)


@pytest.mark.parametrize("text, category", [
    ("为啥打印不能用吗", "hardware"),  # "can't it be used?" keeps its negation
    ("电池鼓起来了 还能用吗", "hardware"),  # "can it still be used?" is a question tail
])
def test_can_it_be_used_is_a_tail_and_cant_it_a_complaint(recogniser, text, category):
    assert recognised(recogniser, text) == (None, category)


# Sixth round (rec14): numbers that are not codes, by what stands around them.
@pytest.mark.parametrize("text, intent", [
    ("call me on +65 9123 4567", "phone"),  # a country code and groups of digits
    ("my whatsapp 012 345 6705", "phone"),  # a number given to call
    ("座机 021-6123 4567", "phone"),  # a landline with its area code, not a date
    ("price was RM 51", "amount"),  # a currency before the number
    ("HK$ 96 收咗", "amount"),
    ("合计 2,051.00元", "amount"),  # cents, not the date 051.00
    ("total 68 only", "amount"),  # the total said
    ("单号 000512 帮我看看", "order_number"),  # a number given with "please look"
])
def test_numbers_that_are_details_not_codes(recogniser, text, intent):
    rec = recogniser.recognise(text)
    assert (rec.code, rec.category, rec.intent) == (None, None, intent), rec


def test_a_sum_is_no_code(recogniser):
    assert recognised(recogniser, "9乘以6等于多少") == (None, None)


@pytest.mark.parametrize("text, code", [("code 51", "51"), ("报错 96 总金额 300", "96")])
def test_a_code_beside_an_amount_word_stays_a_code(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


def test_just_now_is_a_time_not_a_shortfall(recogniser):
    # 才 says too little ("才用了两个小时"); 刚才 says when
    rec = recogniser.recognise("刚才那笔过了 没事了")
    assert (rec.code, rec.category) == (None, None) and rec.intent is not None, rec


@pytest.mark.parametrize("text", ["就是上个礼拜三那笔", "the one on march 3rd", "上个月12号的"])
def test_a_date_said_in_words_is_a_date(recogniser, text):
    rec = recogniser.recognise(text)
    assert (rec.code, rec.category, rec.intent) == (None, None, "date"), rec


@pytest.mark.parametrize("text, want", [
    ("前天的货款几点入帐", (None, None, "payout")),  # 入帐 is 到账
    ("terminal cannot on since morning", (None, "hardware", None)),  # Singlish "cannot on"
    ("bank cut money two time for same customer", (None, "operation", None)),  # charged twice
    ("收银机屏幕全黑了 按什么都没反应", (None, "hardware", None)),  # 全黑 says what is wrong
])
def test_everyday_wording_of_payouts_and_faults(recogniser, text, want):
    rec = recogniser.recognise(text)
    assert (rec.code, rec.category, rec.intent) == want, rec


@pytest.mark.parametrize("text, category", [
    ("刷不了卡 前天刚换了宽带 会不会是这个原因", "network"),  # a suspected cause, said before
    ("ever since the upgrade yesterday it keeps rebooting by itself at night", "software"),
    ("收银机自从装了个新软件就老是报错", "software"),  # 自从 ... 就: what follows came first
    ("no connection since morning, we are on the shop wifi", "network"),  # "since morning" says when
])
def test_what_came_first_says_the_category(recogniser, text, category):
    assert recognised(recogniser, text)[1] == category


@pytest.mark.parametrize("text, intent", [
    ("ok paid 38.00 this time, approved", "amount"),  # 38.00 is a price, not a date
    ("second time it was approved lah", "sale_ok"),
])
def test_approved_inside_a_message_about_the_sale_is_no_code_00(recogniser, text, intent):
    rec = recogniser.recognise(text)
    assert (rec.code, rec.category, rec.intent) == (None, None, intent), rec


@pytest.mark.parametrize("text, category", [
    ("tap the card cannot go through, screen say connection timeout", "network"),
])
def test_what_the_screen_says_is_the_fault(recogniser, text, category):
    assert recognised(recogniser, text)[1] == category


def test_what_a_person_says_is_not_the_screen(recogniser):
    # the customer's bank said it; the merchant's own words decide
    rec = recogniser.recognise("customer says her bank shows the money gone")
    assert rec.category != "network", rec


@pytest.mark.parametrize("text, intent", [
    ("唔該送三箱熱敏紙過嚟", "supplies"),  # 唔該 is please here: an order
    ("试了一下 收款成功了 谢谢", "sale_ok"),  # the news, with thanks around it
])
def test_politeness_around_a_request_or_news_is_not_the_message(recogniser, text, intent):
    rec = recogniser.recognise(text)
    assert (rec.code, rec.category, rec.intent) == (None, None, intent), rec


@pytest.mark.parametrize("text", [
    "小票上打的时间是下午三点 是北京时间还是当地时间", "这个商户号是不是就是我们店的编号",
    "刚才那笔收了45块 没错吧",
])
def test_a_question_about_a_detail_with_nothing_wrong_is_no_fault(recogniser, text):
    """Asking which, or whether a detail is this or that, with nothing said to
    be wrong ("没错" is "right"), is no fault however close a negative phrasing is."""
    assert recognised(recogniser, text) == (None, None)
