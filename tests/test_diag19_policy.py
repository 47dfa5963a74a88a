"""The policy after a failed fix on a code of many causes (issue 10 §2): "did anything change?"
comes before another blind fix, unless a narrower question tells far more or a told fact still
leads; the three-failed-fixes stop is unchanged."""

import pytest

from dialogs import diagnosis
from dialogs.messages import Incoming


def _prior(kb):
    return diagnosis.normalised(dict(kb.code("0020000").causes))


def _after_restart_failed(kb):
    return diagnosis.after_failed_fix(kb, _prior(kb), "fix_restart_terminal", ["fix_restart_terminal"])


def test_after_a_failed_generic_fix_the_open_question_comes_first(kb):
    candidates = _after_restart_failed(kb)
    question = diagnosis.choose_question(kb, candidates, [], (), ["fix_restart_terminal"], 2,
                                         failed=1, known=False, spans=True)
    assert question is not None and question.id == "q_recent_change"


def test_the_open_question_is_asked_once(kb):
    candidates = _after_restart_failed(kb)
    assert diagnosis.change_question(kb, candidates, ["q_recent_change"], ()) is None
    assert diagnosis.change_question(kb, candidates, [], ("q_recent_change",)) is None


def test_a_lead_that_still_stands_is_followed_not_a_new_search(kb):
    """One cause three times as likely as the next: what the merchant told still leads."""
    candidates = _after_restart_failed(kb)
    top = "hw_chip_reader_dirty"
    led = diagnosis.normalised({c: (p * 40 if c == top else p) for c, p in candidates.items()})
    ordered = sorted(led.values(), reverse=True)
    assert ordered[0] >= diagnosis.LEAD_STANDS * ordered[1]
    assert diagnosis.change_question(kb, led, [], ()) is None


def test_only_for_a_code_of_many_causes(kb):
    """A named fault keeps its own questions: without `spans` the rule does not apply."""
    candidates = _after_restart_failed(kb)
    question = diagnosis.choose_question(kb, candidates, ["q_recent_change"], (),
                                         ["fix_restart_terminal"], 2, failed=1, spans=False)
    assert question is None or not question.open


def _talk(engine, lang, lines):
    session, results = None, []
    for line in lines:
        result = engine.handle(session, Incoming(text=line, language_hint=lang))
        session = result.session
        results.append(result)
    return session, results


def _events(result, name):
    return [e.data for e in result.events if e.name == name]


@pytest.mark.parametrize("lang, lines", [
    ("zh-hans", ["店里的收款机一到傍晚就蹦0020000", "试了 不管用", "前几天给它装了个会员积分的软件"]),
    (None, ["我哋間舖部收錢機一到下晝就彈0020000", "試過 唔掂", "前幾日幫佢裝咗個積分app"]),
    ("en", ["the till's card reader throws 0020000 most afternoons", "tried that, no good",
            "we put a loyalty points app on it a few days ago"]),
])
def test_a_failed_hunch_is_followed_by_what_changed_and_its_answer_by_its_remedy(engine, lang, lines):
    """A time-of-day hunch (heat) fails; the bot asks what changed rather than guessing a
    second fix, and the change named (a new app) is followed by its own remedy."""
    session, results = _talk(engine, lang, lines)
    assert _events(results[0], "fix_suggested"), "the hunch's fix comes first, as before"
    assert [e["question"] for e in _events(results[1], "question_asked")] == ["q_recent_change"]
    assert not _events(results[1], "fix_suggested")
    assert [e["fix"] for e in _events(results[2], "fix_suggested")] == ["fix_remove_conflicting_app"]


def test_three_failed_fixes_still_end_in_a_person(engine):
    """The stop after MAX_FAILED_FIXES is unchanged: questions in between do not add fixes."""
    lines = ["店里的收款机一到傍晚就蹦0020000", "没用", "没什么变化", "还是不行", "不知道",
             "还是一样", "不知道", "没有用"]
    session, results = _talk(engine, "zh-hans", lines)
    fixes = sum(len(_events(r, "fix_suggested")) for r in results)
    assert fixes == diagnosis.MAX_FAILED_FIXES
    assert _events(results[-1], "person_offered")
    assert session["facts"]["failed_fixes"] == diagnosis.MAX_FAILED_FIXES
