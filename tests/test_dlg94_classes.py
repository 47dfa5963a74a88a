"""dlg94: what typing merchants said that the dialog did not hear - the step done and a success told
the way people tell it: the trouble said gone and a test sale through ("the screen stays still now
and the payment went", "屏幕上的雾冇得了 刷了一个 过了"), and a count of sales through whose first
words a fact's shares ("two payment go straight through" is no "two payment apps"). Each class is
merchant language of our own (none copied from an eval file) in zh, zh-hant and English, with near
misses, played through the real engine. (dlg94's first step, the matcher's stable tie-break, is held
by tests/test_stories.py's listening story and test_a_tie_keeps_one_order below.)"""

import pytest

from tests.conversation import converse

OPENING = {"en": "the card machine shows 0020000 on every sale",
           "zh-hans": "收款机刷卡老是报0020000",
           "zh-hant": "收款機刷卡一直出0020000"}
FACT = {"en": "the battery dies fast, charged full at opening and almost flat by noon",
        "zh-hans": "电池不经用 早上充满 中午就快没电了",
        "zh-hant": "電池不耐用 早上充滿 中午就快沒電了"}


def _said(result):
    return [r.text for r in result.replies]


def _names(result):
    return [e.name for e in result.events]


def _after_a_step(engine, lang, text):
    results = converse(engine, [OPENING[lang], FACT[lang], text], lang)
    assert results[1].session["state"] == "fixing", _said(results[1])
    return results[-1]


# -- 1. the step done, the trouble said gone and a test sale through: success ---------------------

TOLD_GONE_AND_THROUGH = [
    ("en", "took the plastic film off and dried it, now the display stays still and the payment went"),
    ("en", "done that, the screen keeps still now and the sale went fine"),
    ("en", "wiped it, it sits still now. payment went"),
    ("en", "put it on the shelf by the window. two payment went straight"),
    ("en", "dried it off, the payment went"),
    ("zh-hans", "屏幕上的雾冇得了 刷了一笔 过了"),
    ("zh-hans", "晾了半天 雾冇得了 刷了一单 过了"),
    ("zh-hans", "屏幕上的雾冇得了 试了一张卡 过了"),
    ("zh-hant", "螢幕上的霧冇得了 刷了一筆 過了"),
    ("zh-hant", "晾了半天 水氣冇得了 試了一張 過了"),
]


@pytest.mark.parametrize("lang, text", TOLD_GONE_AND_THROUGH)
def test_the_trouble_gone_and_a_test_sale_through_is_success(engine, lang, text):
    result = _after_a_step(engine, lang, text)
    assert result.session["state"] == "rating", (_names(result), _said(result))


STILL_THERE = [
    ("en", "did it, the screen is still jumping about"),
    ("en", "kept it on the ledge, still failing"),
    ("en", "held it still and it still declined"),
    ("en", "the card went in and declined again"),
    ("en", "there are two payment apps on it, which one do I open?"),
    ("zh-hans", "刷了一笔 过了一会又报0020000"),
    ("zh-hans", "屏幕上的雾冇得了 但是刷卡还是报"),
    ("zh-hans", "刷了一个 过了十分钟又不行了"),
    ("zh-hant", "刷了一筆 過了幾秒又出0020000"),
    ("zh-hant", "螢幕上的霧冇得了 刷卡還是一樣"),
]


@pytest.mark.parametrize("lang, text", STILL_THERE)
def test_the_trouble_still_there_is_no_success(engine, lang, text):
    result = _after_a_step(engine, lang, text)
    assert result.session["state"] != "rating", (_names(result), _said(result))


# -- the matcher's tie-break (re-landing dlg92): equal scores in one fixed order ------------------

def test_a_tie_keeps_one_order(recogniser):
    """A screen text that a code and a symptom both show scores the same for both: the code's
    wording comes first, whatever order numpy's selection left them in."""
    from knowledge.matcher import _ranked

    result = recogniser.recognise("terminal says no connection since this morning")
    kinds = [(c.kind, c.id) for c in result.candidates]
    assert ("code", "97") in kinds and ("symptom", "s_invalid_merchant") not in kinds, kinds
    rows = recogniser._score(recogniser.prepare("terminal not registered")[1])
    assert _ranked(list(reversed(rows))) == _ranked(rows)
    tied = [r for r in _ranked(rows) if r[1] == _ranked(rows)[0][1]]
    assert [r[0].kind for r in tied] == sorted((r[0].kind for r in tied), key=["code", "shared", "symptom",
                                                                                "intent"].index)
