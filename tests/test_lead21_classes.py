"""Round twenty-one's lead classes, each with its near misses. Sentences written for these
tests, not taken from any eval file.

- Asked what the screen says after a code, "等一下 我去看看" / "稍等 有客人" / "hang on,
  customer here" is a wait: the question stays open (not "got it, thanks" and on to the next
  question, nor "hang" read as the app hanging); the words told next are the details. Asked
  to wait a second time, the bot goes on without them. A fact or code told with the wait is
  the details, as before.
"""

import pytest

from dialogs.texts import say
from tests.conversation import converse
from tests.tables import events

CODE_FIRST = {"zh-hans": "刷卡机出0020000了", "zh-hant": "部機又出0020000", "en": "card machine says 0020000"}
WAITS = [("zh-hans", "等一下 我去看看"), ("zh-hans", "稍等 有客人"), ("zh-hant", "等陣 我睇下"),
         ("en", "hang on, customer here"), ("en", "one sec")]


def _texts(result):
    return " ".join(r.text for r in result.replies)


@pytest.mark.parametrize("lang, text", WAITS)
def test_a_wait_at_the_screen_question_keeps_it_open(engine, lang, text):
    results = converse(engine, [CODE_FIRST[lang], text], lang)
    wait_ok = say("wait_ok", "en" if lang == "en" else "zh")
    assert not events(results[1:], "details"), "a wait is not the details"
    assert not events(results[1:], "described_fault"), "'hang on' is no app hanging"
    assert not events(results[1:], "question_asked")
    assert _texts(results[1]).replace("結", "结").replace("訴", "诉")[:6] == wait_ok[:6]


@pytest.mark.parametrize("lang, wait, told, symptom", [
    ("zh-hans", "等一下 我去看看", "写着通讯失败", "s_comm_fail"),
    ("en", "hang on, customer here", "it says communication failed", "s_comm_fail"),
])
def test_the_words_after_the_wait_are_the_details(engine, lang, wait, told, symptom):
    results = converse(engine, [CODE_FIRST[lang], wait, told], lang)
    assert events(results[2:], "details")
    assert any(e.get("symptom") == symptom for e in events(results[2:], "described_fault"))


@pytest.mark.parametrize("lang, wait", [("zh-hans", "等一下"), ("en", "hang on")])
def test_a_second_wait_goes_on_without_the_details(engine, lang, wait):
    results = converse(engine, [CODE_FIRST[lang], wait, wait], lang)
    assert events(results[2:], "question_asked"), "asked to wait twice, the bot goes on"


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "等一下 屏幕下面写着通讯失败"),   # the wait and what it says: details
    ("en", "let me check... it says no connection under it"),
    ("zh-hans", "不知道"),                      # unsure skips, as before
])
def test_a_wait_with_words_or_unsure_is_not_held(engine, lang, text):
    results = converse(engine, [CODE_FIRST[lang], text], lang)
    assert events(results[1:], "question_asked") or events(results[1:], "details")
    assert _texts(results[1])[:4] != say("wait_ok", "en" if lang == "en" else "zh")[:4]
