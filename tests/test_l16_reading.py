"""Replies read in context (lead walkthrough, eighth round): a leading yes / no that only
acknowledges, the rest of the message being about something else."""

from __future__ import annotations

import pytest

# engine and recogniser: the session fixtures of tests/conftest.py ("reader" there is the
# photo reader, so the interpreter has its own name here)


@pytest.fixture
def interpreter(engine):
    return engine.interpreter


def _values(readings):
    return [r.value for r in readings if r.kind == "answer"]


@pytest.mark.parametrize("text", [
    "yes sir my son installed one cleaner app yesterday",
    "yes, the power cable was loose this morning",
    "是的 昨天摔了一下",
])
def test_a_yes_followed_by_another_fact_is_no_yes_to_the_router_question(interpreter, text):
    readings = interpreter.answers("q_wifi_changed", text, interpreter.observed(interpreter.plain(text)), raw=text)
    assert "yes" not in _values(readings), readings


@pytest.mark.parametrize("text,answer", [
    ("yes the router is new", "yes"),
    ("yes, new wifi password since monday", "yes"),
    ("no, same router as always", "no"),
    ("yes", "yes"),
])
def test_a_yes_about_the_question_itself_still_answers_it(interpreter, text, answer):
    readings = interpreter.answers("q_wifi_changed", text, interpreter.observed(interpreter.plain(text)), raw=text)
    assert _values(readings)[:1] == [answer], readings


@pytest.mark.parametrize("text", ["机器连不上网", "card machine not connecting to internet",
                                  "pos cannot connect internet", "终端上不了网了"])
def test_no_way_online_named_is_no_wifi_or_mobile_data_fault(recogniser, text):
    """The Wi-Fi and mobile-data faults need their own words; the question asks the rest."""
    result = recogniser.recognise(text)
    assert result.category == "network" and result.symptom not in ("s_wifi_fail", "s_sim_data"), result


@pytest.mark.parametrize("text,symptom", [("wifi connect cannot", "s_wifi_fail"),
                                          ("4g got but no internet", "s_sim_data"),
                                          ("流量卡上不了网", "s_sim_data")])
def test_a_way_online_named_keeps_its_fault(recogniser, text, symptom):
    assert recogniser.recognise(text).symptom == symptom
