"""Issue 11, fourth round: mechanisms that make the recogniser generalise to merchants' own
wording (docs/ACCURACY.md "Fourth round"). One test per class, with sentences written for
these tests, in neither the knowledge base nor the evaluation files."""

from __future__ import annotations

import pytest

from knowledge.text import WordMap

from tests.recognition import recognised


@pytest.mark.parametrize("text, category", [
    ("打印头那里有一道白线 印出来的字缺一截", "hardware"),
    ("电池用了两年 鼓起来了 后盖合不上", "hardware"),
    ("进度条一直不动 升级不下去", "software"),
])
def test_a_weak_match_and_the_vote_that_agree_give_the_category(recogniser, text, category):
    assert recognised(recogniser, text) == (None, category)


@pytest.mark.parametrize("text", [
    "天太热了 街上都没人",  # heat words, but the weather and the street
    "it's raining so hard today, no customers",
    "今天生意不好 没什么客人",
    "今日啲客走晒 好靜",  # Cantonese 晒 (all gone), not the sun
])
def test_small_talk_that_names_no_terminal_is_no_fault(recogniser, text):
    assert recognised(recogniser, text) == (None, None)


def test_a_fault_without_a_trouble_word_about_the_terminal_keeps_its_category(recogniser):
    assert recognised(recogniser, "机器一摸很热") == (None, "environment")


@pytest.mark.parametrize("text, category", [
    ("部機個芒黑晒", "hardware"),  # verb + 晒: all black, a screen fault, not sunshine
    ("个app又闪退", "software"),  # a terminal word right after a Chinese character
    ("屏幕上有几条横线", "hardware"),  # 横线 is in no phrasing: the synonyms say screen
    ("路由器换了以后就连不上", "network"),
])
def test_merchants_words_and_cantonese(recogniser, text, category):
    assert recognised(recogniser, text) == (None, category)


@pytest.mark.parametrize("text", ["小票打印了出来", "机器能开机了 谢谢"])
def test_the_opposite_of_a_negative_phrasing_is_no_fault(recogniser, text):
    assert recognised(recogniser, text) == (None, None)


def test_a_lookalike_code_is_confirmed_by_the_category_of_the_message(recogniser):
    assert recognised(recogniser, "AO 重新签到还是不行") == ("A0", "merchant")
    # A0 is a sign-in code: beside a broken screen "AO" is not confirmed
    assert recognised(recogniser, "AO 屏幕碎了") == (None, "hardware")


def test_a_greeting_word_inside_a_complaint_is_the_complaint(recogniser):
    assert recognised(recogniser, "settlement keeps failing every evening") == (None, "merchant")


def test_a_success_with_thanks_is_no_code(recogniser):
    rec = recogniser.recognise("it shows approved now, thank you so much")
    assert (rec.code, rec.category, rec.intent) == (None, None, "thanks")


@pytest.mark.parametrize("text", ["批次已满", "交易已经满了"])
def test_a_state_said_with_already_is_read(recogniser, text):
    assert recognised(recogniser, text) == (None, "merchant")


def test_money_not_yet_arrived_is_a_payout_question(recogniser):
    rec = recogniser.recognise("上周五的款怎么还没到账")
    assert (rec.code, rec.category, rec.intent) == (None, None, "payout")


@pytest.mark.parametrize("text", ["机器不行了", "这台机器有点问题"])
def test_the_terminal_alone_says_no_category(recogniser, text):
    """机器 is said of every category; the vote must not read heat into it."""
    rec = recogniser.recognise(text)
    assert (rec.code, rec.category, rec.intent) == (None, None, "vague")


def test_a_vague_complaint_with_a_clear_subject_gets_its_category(recogniser):
    assert recognised(recogniser, "客人的卡有问题 换一张就好了") == (None, "card")


def test_word_map_matches_the_longest_word_and_latin_words_whole():
    words = WordMap({"冇": "没有", "冇嘢": "没有东西", "mon": "屏幕", "黑晒": "全黑了",
                     "屏幕全黑": "黑屏"})
    assert words.rewrite("冇嘢") == "没有东西"
    assert words.rewrite("冇电") == "没有电"
    assert words.rewrite("monday mon") == "monday 屏幕"
    # a second pass: Cantonese into Mandarin, then the everyday variant into the KB's word
    assert words.rewrite("mon黑晒") == "黑屏了"


def test_each_merchant_synonym_belongs_to_one_category(kb):
    """knowledge/data/synonyms.yaml: a word said of two categories cannot vote for either."""
    categories: dict[str, set[str]] = {}
    for category, words in kb.synonyms:
        for word in words:
            categories.setdefault(word, set()).add(category)
    assert kb.synonyms and not {w: c for w, c in categories.items() if len(c) > 1}


@pytest.mark.parametrize("text, code, category", [
    ("升级完以后一开机就黑屏", None, "software"),  # the upgrade came first: software
    ("停电以后机器开不了机", None, "environment"),
    ("系统升级完以后一直报0020000", "0020000", "software"),  # a code of no one category
    ("搬了店以后机器说商户信息不对", None, "merchant"),  # moving names no category's cause
])
def test_what_came_before_a_fault_says_its_category(recogniser, text, code, category):
    assert recognised(recogniser, text) == (code, category)


def test_a_code_of_no_one_category_stays_so_without_a_cause(recogniser):
    assert recognised(recogniser, "0020000 又来了") == ("0020000", None)


@pytest.mark.parametrize("text, category", [
    ("部機冇晒反應", "hardware"),
    ("落雨 部機入咗水", "environment"),
    ("今天网卡得不行 一笔要等好久", "network"),
])
def test_more_cantonese_and_colloquial_words(recogniser, text, category):
    assert recognised(recogniser, text) == (None, category)
