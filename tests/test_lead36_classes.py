"""Round thirty-five's lead classes, found walking `posbot chat` as a shop owner types the reply
shapes docs/WRITERS.md asks this round's writers for. Sentences written for these tests, not taken
from any eval file.

- A yes or no hedged ("prob not", "i don't think so", "guess not", "think so", "looks like it")
  to "did that fix it?": "Sorry, I didn't catch that" and the step asked again, though the
  merchant had answered. A hedged yes is a yes, a hedged no a no, as a person hears them (the
  Chinese hedges, "应该不行", "好像好了", already read so).
"""

import pytest

from tests.conversation import converse
from tests.tables import events, names

PRINTER = {"en": "receipts not printing", "zh-hans": "小票打不出来"}
NO_POWER = "the terminal wont turn on"


def _outcome(result):
    found = events([result], "fix_outcome")
    return found[-1]["worked"] if found else None


@pytest.mark.parametrize("lang, reply, worked", [
    ("en", "prob not", False),
    ("en", "probably not", False),
    ("en", "i dont think so", False),
    ("en", "hmm i don't think so", False),
    ("en", "guess not", False),
    ("en", "maybe not", False),
    ("en", "doesn't look like it", False),
    ("en", "think so", True),
    ("en", "seems so", True),
    ("en", "looks like it", True),
    ("en", "i guess so", True),
])
def test_a_hedged_yes_or_no_answers_the_fix(engine, lang, reply, worked):
    results = converse(engine, [PRINTER[lang], reply], lang)
    assert not events(results[-1:], "reask"), names(results[-1])
    assert _outcome(results[-1]) is worked, names(results[-1])


@pytest.mark.parametrize("lang, reply, worked", [
    ("zh-hans", "应该不行", False),  # guards: the Chinese hedges read so before this round
    ("zh-hans", "好像好了", True),
    ("en", "i don't think so, still blank", False),
])
def test_hedges_already_heard_stay_heard(engine, lang, reply, worked):
    results = converse(engine, [PRINTER[lang], reply], lang)
    assert _outcome(results[-1]) is worked, names(results[-1])


@pytest.mark.parametrize("reply", ["i dont think so", "prob not", "not that i know of"])  # (the last a guard: a no before)
def test_a_hedged_no_answers_a_yes_no_question(engine, reply):
    """After two fixes failed the bot asks whether the terminal was dropped: a hedged no answers it."""
    results = converse(engine, [NO_POWER, "no", "no", reply], "en")
    answered = events(results[-1:], "question_answered")
    assert answered and answered[0]["question"] == "q_dropped" and answered[0]["answer"] == "no", names(results[-1])


@pytest.mark.parametrize("reply", [
    "probably the paper",  # near misses: a hedge that names a thing, no yes
    "i think the roll is in wrong",
])
def test_a_hedge_before_a_fact_is_no_verdict(engine, reply):
    results = converse(engine, [PRINTER["en"], reply], "en")
    assert _outcome(results[-1]) is not True, names(results[-1])
