"""Twelfth round (kb21): button-pressing merchants whose cause the dialog never reached.
Classes: a question whose answers never separated a cause (the step question silent about the
shop's cable, a 5 GHz-only router, a login-page Wi-Fi and the swipe head; "does it start?"
with no answer for a terminal that starts and then restarts by itself; "no bars at all" the
only answer left for faults past the connection), and a handoff too early (code 63, where
the merchant signs in again first). Typed sentences written for these tests (zh, traditional
zh, en); none is taken from an evaluation set or the knowledge base."""

import pytest

from dialogs.diagnosis import likelihood
from dialogs.messages import Incoming
from dialogs.simulate import Merchant, run_one, truthful_answer
from tests.conversation import converse


def _events(results, name):
    return [e.data for r in results for e in r.events if e.name == name]


@pytest.mark.parametrize("cause", [
    "env_unstable_power", "hw_weak_charger", "hw_battery_low", "hw_magstripe_reader",
    "net_ethernet", "net_wifi_5ghz",
])
@pytest.mark.parametrize("lang, opening", [
    ("zh", "终端提示错误码 0020000"), ("en", "terminal shows code 0020000")])
def test_a_button_merchant_reaches_the_hidden_cause_of_0020000(engine, cause, lang, opening):
    """Answering truthfully with the buttons, the merchant gets their cause's own fix."""
    outcome = run_one(engine, Merchant(opening, lang, cause, ("code", "0020000")))
    assert outcome.resolved, cause
    assert not outcome.handoff


@pytest.mark.parametrize("cause, question, answer", [
    ("net_ethernet", "q_sale_stage", "sending"),
    ("net_wifi_5ghz", "q_sale_stage", "sending"),
    ("net_wifi_login_page", "q_sale_stage", "sending"),
    ("hw_magstripe_reader", "q_sale_stage", "reading"),
    ("env_unstable_power", "q_boot", "restarts"),
    ("hw_weak_charger", "q_boot", "restarts"),
    ("net_wifi_login_page", "q_signal", "full"),
    ("hw_battery_low", "q_signal", "full"),
    ("host_outage", "q_signal", "full"),
    ("sw_wrong_datetime", "q_signal", "full"),
])
def test_each_cause_has_an_answer_that_is_its_own(kb, cause, question, answer):
    """The answer a merchant with the cause gives is one that speaks for it, not the first
    button of those that say nothing about it."""
    assert truthful_answer(kb, question, cause) == answer


def test_no_bars_at_all_still_speaks_for_the_way_online(kb):
    q = kb.questions["q_signal"]
    for cause in ("net_no_signal", "net_wifi_down", "net_ethernet", "hw_sim_not_seated"):
        assert likelihood(kb, q, "none", cause) >= 0.5, cause
    for cause in ("host_outage", "net_wifi_login_page", "op_duplicate_charge"):
        assert likelihood(kb, q, "none", cause) == 0, cause


@pytest.mark.parametrize("lang, opening, reply", [
    ("zh-hans", "终端报0020000", "能开机 但是隔一会儿就自己重启"),
    ("zh-hant", "部機成日彈0020000", "開到機 不過成日自己關機"),
    ("en", "getting 0020000 on the terminal", "it starts fine but every so often it reboots by itself"),
])
def test_restarting_by_itself_typed_answers_does_it_start(engine, lang, opening, reply):
    """Typed, the restart answers "does it start?" with its own answer, and the fact told
    (a loose lead first) still leads, as before."""
    session = None
    for step in (Incoming(text=opening, language_hint=lang), Incoming(button="skip"),
                 Incoming(button="a:q_sale_stage:opening")):
        session = engine.handle(session, step).session
    assert session["facts"]["question"] == "q_boot"
    result = engine.handle(session, Incoming(text=reply, language_hint=lang))
    answered = {(d["question"], d["answer"]) for d in _events([result], "question_answered")}
    assert ("q_boot", "restarts") in answered
    assert ("q_boot", "ok") not in answered


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "收款机显示63"),
    ("zh-hant", "部機顯示63 點算"),
    ("en", "terminal says 63 on every sale"),
])
def test_code_63_signs_in_again_before_a_person(engine, lang, text):
    results = converse(engine, [text], lang)
    assert [d["fix"] for d in _events(results, "fix_suggested")] == ["fix_sign_in"]
    assert not _events(results, "handoff")


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "0020000 隔壁那家超市用的机器都这样"),
    ("zh-hant", "0020000 別的店用同款機都這樣"),
    ("en", "0020000 and the shop next door gets the same"),
])
def test_the_neighbours_all_the_same_is_their_failure_too(engine, lang, text):
    results = converse(engine, [text], lang)
    assert "obs_neighbours_down" in [d["observation"] for d in _events(results, "observation")]


def test_an_answer_is_found_by_its_id_and_an_unknown_id_is_none(kb):
    """Answer ids come from buttons and stored conversations: "?" (not sure) or an id the
    question no longer has is no answer, not an error."""
    q = kb.questions["q_boot"]
    assert q.answer_by_id("restarts").supports == ["env_unstable_power", "hw_weak_charger", "hw_cable_loose", "sw_scheduled_restart"]
    assert q.answer_by_id("?") is None
    assert q.answer_by_id("no_such_answer") is None
