"""Twelfth round (out24): classes of typed replies the dialog did not read, found in the dev
typed merchants' misses. A success told as a story or as a count of good sales ("一下午一笔都没
坏", "现在刷都会过", "now it bright bright"), with a relief or a false fear beside it ("好加在",
"还以为坏了"); a regret that ends in 嘛 / 吗 ("早晓得嘛"), which asks nothing; "I don't follow"
then "just tell me what to do" at a question, the negation of the first clause not reaching the
second; a dialect's "just tell me" ("你就讲我要搞么斯", "你直接講啦"), "听不大懂"; a leading
"ja" (yes). Near misses keep their old reading: "一笔都没过", "only the first one went
through", "又变回来了" are no success. Sentences written for these tests (zh, traditional zh,
en); none is taken from an evaluation set or the knowledge base."""

from __future__ import annotations

import pytest

from dialogs.engine import Engine
from dialogs.messages import Incoming
from tests.conversation import converse, reply_after

PAPER_ZH = ["小票打不出来"]
PAPER_EN = ["receipts wont print"]
SIGNAL_HK = ["部機冇訊號 碌唔到咭"]


@pytest.fixture
def interp(engine: Engine):
    return engine.interpreter


def _names(result) -> list[str]:
    return [e.name for e in result.events]


def _outcome(result) -> dict | None:
    return next((e.data for e in result.events if e.name == "fix_outcome"), None)


# -- a success told as a story or as a count of good sales ----------------------------------

@pytest.mark.parametrize("prior, reply", [
    (PAPER_ZH, "换了卷纸 又把盖子按紧了 一下午一笔都没坏 亚克西"),        # a count of good sales; Uyghur "good"
    (PAPER_ZH, "照你说的重新装了纸 现在打都会过 好加在"),                # 都会过: every one goes; Taiwanese relief
    (PAPER_ZH, "重新装了纸 一下子全变回来了 吓死我了 还以为坏了"),        # a false fear is an aside
    (PAPER_ZH, "我查了一下 原来是纸装反了 翻过来再打 出来了 早晓得嘛"),    # a regret in 嘛 asks nothing
    (SIGNAL_HK, "重新插好條線 而家碌咭都能過 好家在"),
    (PAPER_EN, "found it in de settings, now it bright bright"),          # reduplication: very bright
])
def test_a_success_told_as_a_story_or_a_count_is_success(engine: Engine, prior, reply):
    _, result = reply_after(engine, prior, reply)
    outcome = _outcome(result)
    assert outcome is not None and outcome["worked"], [(e.name, e.data) for e in result.events]
    assert "resolved" in _names(result)
    assert "reask" not in _names(result)


@pytest.mark.parametrize("prior, reply", [
    (PAPER_ZH, "换了卷纸 一下午一笔都没过"),                 # not one went through
    (PAPER_ZH, "照你说的弄了 一笔都没成功"),
    (PAPER_ZH, "又变回来了 还是那样"),                       # it changed back again: the fault
    (PAPER_ZH, "现在打还是不会过"),
    (PAPER_ZH, "你早说嘛 我弄了半天还是不行"),               # a regret beside a failure
    (SIGNAL_HK, "試咗 一笔都冇過"),
    (PAPER_EN, "only the first one went through"),            # only the first: not fixed
    (PAPER_EN, "still fails"),
    (PAPER_EN, "turned it up, now it still not bright"),
])
def test_near_misses_are_no_success(engine: Engine, prior, reply):
    _, result = reply_after(engine, prior, reply)
    assert "resolved" not in _names(result), [(e.name, e.data) for e in result.events]
    outcome = _outcome(result)
    assert outcome is None or not outcome["worked"], [(e.name, e.data) for e in result.events]


def test_a_success_tied_to_a_condition_is_not_plain_success(interp):
    assert interp.outcome("人多的时候都会过 人少反而不行") != "worked"


# -- a regret or exclamation in 嘛 / 吗 is no question ----------------------------------------

@pytest.mark.parametrize("text", ["再刷 过了 早晓得嘛", "我就說嘛", "搞半天就这么个事嘛", "难怪嘛"])
def test_a_regret_in_ma_asks_nothing(interp, text):
    assert not interp.asks(text)


@pytest.mark.parametrize("text", ["机器坏了吗", "是不是坏了嘛", "那我要重新签到吗", "早知道的话要怎么弄?"])
def test_a_real_question_still_asks(interp, text):
    assert interp.asks(text)


# -- "I don't follow", then "just tell me what to do", at a question -------------------------

def _at_question(engine: Engine, lang: str):
    opening = {"en": "terminal keeps giving 0020000", "zh-hant": "部機成日出0020000"}.get(lang, "刷卡机报0020000")
    unsure = {"en": "not sure", "zh-hant": "唔知"}.get(lang, "不清楚")
    session = converse(engine, [opening, unsure], lang)[-1].session
    assert session["state"] == "diagnosing" and session["facts"].get("question")
    return session


@pytest.mark.parametrize("lang, reply", [
    ("en", "sorry i dont get, what should i do exactly"),      # the "dont" is the not-following's
    ("zh-hans", "我听不大懂 你就讲我要搞么斯"),                  # Wuhan: what do I do
    ("zh-hans", "你说的这个我弄不来 你说咋办"),
    ("zh-hant", "我唔係好明 你直接講啦"),
])
def test_not_following_then_asking_what_to_do_moves_on(engine: Engine, lang, reply):
    session = _at_question(engine, lang)
    result = engine.handle(session, Incoming(text=reply, language_hint=lang))
    assert "reask" not in _names(result), [(e.name, e.data) for e in result.events]
    assert "fix_suggested" in _names(result), [(e.name, e.data) for e in result.events]


@pytest.mark.parametrize("text", ["don't tell me what to do", "不用你直接讲"])
def test_a_request_negated_in_its_own_clause_stays_negated(interp, text):
    assert not interp.wants_action(text)


@pytest.mark.parametrize("text, unsure", [
    ("我听不大懂", True), ("看不太清楚", True), ("记不太清", True),
    ("听得懂", False), ("看得很清楚", False),
])
def test_a_degree_word_inside_cannot_tell(interp, text, unsure):
    assert interp.unsure(text) is unsure


def _offering_person(engine: Engine, lang: str):
    opening = {"en": "receipts wont print", "zh-hant": "部機冇訊號 碌唔到咭"}.get(lang, "小票打不出来")
    failed = {"en": "still the same", "zh-hant": "仲係咁"}.get(lang, "还是不行")
    unsure = {"en": "not sure", "zh-hant": "唔知"}.get(lang, "不清楚")
    results = converse(engine, [opening], lang)
    session = results[-1].session
    for _ in range(12):
        if session["state"] == "offering_human":
            return session
        text = failed if session["state"] in ("fixing", "explained") else unsure
        session = engine.handle(session, Incoming(text=text, language_hint=lang)).session
    return None


@pytest.mark.parametrize("lang, reply", [
    ("zh-hant", "吓 咁即係點 你直接講啦"),
    ("zh-hans", "啥意思 你直接说吧"),
    ("en", "sorry i dont get, what should i do now"),
])
def test_not_following_a_person_offered_is_put_through(engine: Engine, lang, reply):
    session = _offering_person(engine, lang)
    assert session is not None
    result = engine.handle(session, Incoming(text=reply, language_hint=lang))
    assert "reask" not in _names(result), [(e.name, e.data) for e in result.events]
    assert result.session["state"] == "handoff"


# -- a yes in another language leads the reply ----------------------------------------------

@pytest.mark.parametrize("text, verdict", [
    ("ja my cousin opened the back yesterday", "yes"),
    ("haan, it fell from the counter", "yes"),
    ("nahi, nothing like that", "no"),
    ("jammed again", None),          # no "ja" inside a word
    ("just the update", None),
])
def test_a_yes_in_another_language_leads(interp, text, verdict):
    assert interp.leading_verdict(text) == verdict
