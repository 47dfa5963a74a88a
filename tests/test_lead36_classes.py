"""Round thirty-five's lead classes, found walking `posbot chat` as a shop owner types the reply
shapes docs/WRITERS.md asks this round's writers for. Sentences written for these tests, not taken
from any eval file.

- A yes or no hedged ("prob not", "i don't think so", "guess not", "think so", "looks like it")
  to "did that fix it?": "Sorry, I didn't catch that" and the step asked again, though the
  merchant had answered. A hedged yes is a yes, a hedged no a no, as a person hears them (the
  Chinese hedges, "应该不行", "好像好了", already read so). They are read as typed: the word map
  drops "probably", "i think", "looks like", which would leave a bare "not", "so" or "it".
- The stage a sale fails at said short ("when card inserted", "at the card", "插卡那步", "碌卡嗰阵")
  to "when exactly does it fail?": "Sorry, I didn't catch that".
- A count of part told for an answer ("like 2 out of 5 fail", "五张有两张不行"): nothing was
  read; it is "some sales go through, some fail" (a count of signal bars is not).
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


@pytest.mark.parametrize("reply", ["i dont think so", "prob not", "probably not", "not that i know of"])  # (the last a guard: a no before)
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


@pytest.mark.parametrize("reply", ["seems so", "probably", "i think so"])
def test_a_hedged_yes_answers_a_yes_no_question(engine, reply):
    results = converse(engine, [NO_POWER, "no", "no", reply], "en")
    answered = events(results[-1:], "question_answered")
    assert answered and answered[0]["question"] == "q_dropped" and answered[0]["answer"] == "yes", names(results[-1])


CODE_OPENING = {"en": "0020000 on the machine", "zh-hans": "机器报0020000", "zh-hant": "部機出0020000"}
SKIP = {"en": "skip", "zh-hans": "跳过", "zh-hant": "跳过"}


def _answer_to(results, question):
    return next((e["answer"] for e in events(results[-1:], "question_answered") if e["question"] == question), None)


@pytest.mark.parametrize("lang, reply", [
    ("en", "when card inserted"),
    ("en", "at the card"),
    ("en", "card stage i think"),
    ("zh-hans", "插卡那步"),
    ("zh-hant", "碌卡嗰阵"),
])
def test_the_stage_said_short_answers_when_it_fails(engine, lang, reply):
    results = converse(engine, [CODE_OPENING[lang], SKIP[lang], reply], lang)
    assert results[1].session["facts"]["question"] == "q_sale_stage", "the scene"
    assert _answer_to(results, "q_sale_stage") == "reading", names(results[-1])


@pytest.mark.parametrize("lang, reply", [
    ("en", "like 2 out of 5 fail"),
    ("en", "3 out of 10 go thru"),
    ("zh-hans", "五张有两张不行"),
    ("zh-hans", "十张里面三张刷不过"),
])
def test_a_count_of_part_is_some_sales_failing(engine, lang, reply):
    results = converse(engine, [CODE_OPENING[lang], SKIP[lang], reply], lang)
    assert "obs_some_sales_fail" in {e["observation"] for e in events(results[-1:], "observation")}, names(results[-1])
    assert not events(results[-1:], "reask"), names(results[-1])


@pytest.mark.parametrize("lang, reply", [
    ("en", "3 out of 4 bars"),  # near misses: a count of bars, a count with no sale in it
    ("en", "2 out of 5 stars for this machine"),
])
def test_a_count_of_other_things_is_no_sales(engine, lang, reply):
    results = converse(engine, [CODE_OPENING[lang], SKIP[lang], reply], lang)
    assert "obs_some_sales_fail" not in {e["observation"] for e in events(results[-1:], "observation")}, names(results[-1])
