"""What the lead's walkthrough of 2026-12-03 (sixth round) found misread, as classes: a
don't-know that begins with "no", an indirect question ("asking if he was charged", "扣了没有")
stating nothing, signal bars counted, a state ("屏幕是亮的") against a change ("亮了"). Every
sentence was written for these tests; each runs through the real engine."""

from __future__ import annotations

import pytest

from dialogs.engine import Engine
from dialogs.messages import Incoming

EVERY_CARD_THEN_OTHERS_Q = ["machine keep saying declined for every card since morning",
                            "did it. still declined"]  # then "are other terminals failing too?"


def play(engine: Engine, opening: list[str], reply: str):
    session = None
    for text in opening:
        session = engine.handle(session, Incoming(text=text)).session
    pending = session["facts"].get("question")
    return pending, engine.handle(session, Incoming(text=reply))


@pytest.mark.parametrize("reply", ["no idea", "no clue lah", "no idea, didnt ask them"])
def test_a_dont_know_that_begins_with_no_is_no_answer_no(engine: Engine, reply):
    question, result = play(engine, EVERY_CARD_THEN_OTHERS_Q, reply)
    assert question == "q_others_down"
    answers = [(e.data["question"], e.data["answer"]) for e in result.events
               if e.name == "question_answered"]
    assert answers == [("q_others_down", "?")], result.events


@pytest.mark.parametrize("text, observation", [
    ("signal got 2 bar only", "obs_weak_signal"), ("信号就一格", "obs_weak_signal"),
    ("0格", "obs_weak_signal"), ("4 bars on it", "obs_full_signal"), ("got 3 bar", "obs_full_signal"), ("五格信号", "obs_full_signal"),
])
def test_signal_bars_are_counted(engine: Engine, text, observation):
    assert observation in engine.interpreter.observed(text)


@pytest.mark.parametrize("text", ["今天刷了3笔都不行", "收了2块钱", "2 customers"])
def test_other_counts_state_no_signal(engine: Engine, text):
    observed = engine.interpreter.observed(text)
    assert "obs_weak_signal" not in observed and "obs_full_signal" not in observed


@pytest.mark.parametrize("text, debited", [
    ("扣了 短信都收到了", True), ("he got charged already", True), ("不知道扣了没有", False),
    ("customer asking if he was charged", False), ("not sure whether she got debited", False),
])
def test_an_indirect_question_states_no_debit(engine: Engine, text, debited):
    assert ("obs_customer_debited" in engine.interpreter.observed(text)) is debited


@pytest.mark.parametrize("text, tone", [
    ("屏幕是亮的", None), ("screen is on", None), ("亮了亮了", "worked"), ("还是不亮", "failed"),
])
def test_a_lit_screen_is_a_state_and_lighting_up_a_change(engine: Engine, text, tone):
    assert engine.interpreter.tone(text) == tone


@pytest.mark.parametrize("text, charged_twice", [
    ("客人刷了两次都不行", False), ("he tried twice", False), ("customer tried twice still fail", False),
    ("顾客被扣了两次钱", True), ("同一單碌咗兩次卡", True), ("customer paid twice for one coffee", True),
])
def test_tried_twice_is_no_double_charge(recogniser, text, charged_twice):
    assert (recogniser.recognise(text).symptom == "s_charged_twice") is charged_twice


@pytest.mark.parametrize("text, observation", [
    ("其他人手機上網都得", "obs_network_fine"), ("别人的手机都能上网", "obs_network_fine"),
    ("别人的卡都能刷", "obs_one_card"),
])
def test_other_peoples_phones_are_no_other_cards(engine: Engine, text, observation):
    observed = engine.interpreter.observed(text)
    assert observation in observed
    assert ("obs_one_card" in observed) is (observation == "obs_one_card")


def test_only_stays_only_in_traditional_script():
    from dialogs.script import convert
    assert convert("别的也不行还是只有我这台？", "hant-hk") == "別的也不行還是只有我這台？"
    assert convert("一只猫", "hant-hk") == "一隻貓"  # the measure word is still converted
