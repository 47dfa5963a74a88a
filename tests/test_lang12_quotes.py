"""Twelfth round: an English sentence that quotes the screen's Chinese ("it says 通讯失败") is
written by someone who reads English, so the bot answers in English; Chinese with a few English
words in it ("我的POS机 error 了") stays Chinese, and a client set to Chinese keeps Chinese.
Sentences written for these tests; none is taken from an evaluation set or the knowledge base."""

import re

import pytest

from dialogs.engine import english_with_a_quote, language_of
from tests.conversation import converse

_HAN = re.compile(r"[\u4e00-\u9fff]")


def _han_in_replies(result) -> bool:
    return any(_HAN.search(r.text + "".join(b.label for b in r.buttons)) for r in result.replies)


@pytest.mark.parametrize("text", [
    "the screen says 通讯失败 what do i do",
    "customer card got 余额不足 on the machine",
    "it shows 0020000 and under it 交易失败, please help",
    "our machine keep saying 請插卡 even when we tap",
])
def test_an_english_sentence_quoting_the_screen_is_answered_in_english(engine, text):
    for hint in ("en", None):
        first = converse(engine, [text], hint)[0]
        assert first.session["lang"] == "en", (text, hint)
        assert not _han_in_replies(first), (text, hint, [r.text for r in first.replies])


@pytest.mark.parametrize("text", [
    "我的POS机 error 了 怎么办",
    "刷卡机一直 connecting 然后失败",
    "部機 keep 彈 error 點搞",
    "pos 出 0020000",
])
def test_chinese_with_english_words_stays_chinese(engine, text):
    assert not english_with_a_quote(text)
    assert converse(engine, [text], None)[0].session["lang"] == "zh"


def test_a_client_set_to_chinese_keeps_chinese_for_a_quote():
    assert language_of("the screen says 通讯失败", "zh-hans") == "zh"


def test_pinyin_is_not_english_around_a_quote():
    assert not english_with_a_quote("shuaka meiyou fanying 通讯失败")


def test_an_english_chat_stays_english_when_the_merchant_quotes_the_screen(engine):
    results = converse(engine, ["card machine not working since this morning",
                                "now it says 通讯失败 on the screen"], "en")
    assert results[-1].session["lang"] == "en"
    assert not _han_in_replies(results[-1])


def test_an_english_chat_turns_chinese_when_the_merchant_writes_chinese(engine):
    results = converse(engine, ["card machine not working since this morning",
                                "我看不懂英文 可以说中文吗"], "en")
    assert results[-1].session["lang"] == "zh"
