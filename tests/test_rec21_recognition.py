"""Eleventh round (rec21): the classes behind chat-style dev11's misses, each with sentences of our
own (zh, traditional zh, en; not from an eval file, not from the knowledge base)."""

import pytest

from tests.recognition import recognised


# --- code forms --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, code", [
    ("机器报五1 怎么回事", "51"),                               # half Chinese numeral, half digit
    ("螢幕顯示9六 唔知點算", "96"),
    ("代码是零5", "05"),
    ("就是零零两万那个错 收不了钱", "0020000"),                  # leading zeros, then a round number
    ("显示俩零后面跟着两万 怎么弄", "0020000"),
    ("部機寫住〇〇二〇〇〇〇 做唔到生意", "0020000"),             # a long code in 〇, after 写
    ("開機就〇〇二〇〇〇〇", "0020000"),                         # ... standing anywhere
    ("the screen says double zero two and four zeros", "0020000"),  # zeros counted in English
    ("it shows zero zero two followed by four zeros", "0020000"),
])
def test_codes_in_more_forms(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


@pytest.mark.parametrize("text", [
    "收银员打了两个零 金额变成一千多了",      # zeros keyed into an amount: no approval code 00
    "店員多按咗兩個零 客人已經簽咗名",
    "买了3两茶叶 刷卡没反应",                  # a weight, not a code
])
def test_numbers_that_stay_no_code(recogniser, text):
    assert recognised(recogniser, text)[0] is None


@pytest.mark.parametrize("text", [
    "昨天大乐透开的 05 12 33 你中了没",
    "彩票開獎號碼 07 19 26 係咪真嘅",
    "did you see the lotto numbers, 04 11 25?",
])
def test_lottery_numbers_are_off_topic(recogniser, text):
    rec = recogniser.recognise(text)
    assert (rec.code, rec.category) == (None, None), rec


def test_a_code_at_a_lottery_stand_is_still_a_code(recogniser):
    assert recognised(recogniser, "彩票店的 刷卡机显示51")[0] == "51"
