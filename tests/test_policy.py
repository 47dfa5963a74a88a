"""The diagnosis policy for a code of many causes (issue 10, items 3-4): how an open question's
answers are weighed, and when it may be asked."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs import diagnosis


def _p(kb, question_id, answer_id, cause):
    return diagnosis.likelihood(kb, kb.questions[question_id], answer_id, cause)


def test_a_change_is_named_by_the_causes_it_explains_and_rarely_by_others(kb):
    """"A new router" is what a merchant with a new Wi-Fi password problem tells; one whose
    app crashes names some change (any of them) no more often than it says yes to a single
    yes/no question about an unusual fact."""
    changes = [a.id for a in kb.questions["q_recent_change"].answers if a.id != "nothing"]
    assert _p(kb, "q_recent_change", "router", "net_wrong_wifi_password") >= 0.4
    assert _p(kb, "q_recent_change", "router", "sw_app_crash") < 0.02
    # A yes/no question about one unusual fact: its base rate against 1 for the plain answer.
    base = diagnosis.OBSERVED_BASE
    said_yes = _p(kb, "q_new_app", "yes", "net_no_signal")
    assert abs(said_yes - base / (1 + base)) < 1e-9
    some_change = sum(_p(kb, "q_recent_change", a, "sw_app_crash") for a in changes)
    assert some_change <= said_yes + 1e-9


def test_the_open_question_splits_a_bare_many_cause_code_well(kb):
    """For 0020000 with nothing known, "what changed?" removes more uncertainty than any
    yes/no question about one change."""
    candidates = diagnosis.normalised(dict(kb.code("0020000").causes))
    gain = diagnosis.information_gain(kb, candidates, kb.questions["q_recent_change"])
    for narrow in ("q_wifi_changed", "q_new_app", "q_dropped", "q_after_update", "q_near_devices"):
        assert gain > diagnosis.information_gain(kb, candidates, kb.questions[narrow])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_open_question_waits_while_a_told_fact_is_followed_up(kb, data):
    """Once the merchant has told us something and no fix has failed, the question that
    follows it up comes first, never the open one; before anything is known, or after a
    failed fix, it may be asked."""
    causes = sorted(kb.code("0020000").causes)
    chosen = data.draw(st.lists(st.sampled_from(causes), min_size=2, max_size=12, unique=True))
    weights = data.draw(st.lists(st.floats(0.01, 1.0), min_size=len(chosen), max_size=len(chosen)))
    candidates = diagnosis.normalised(dict(zip(chosen, weights)))
    question = diagnosis.choose_question(kb, candidates, [], (), [], 3, walk=True, known=True)
    assert question is None or not question.open
