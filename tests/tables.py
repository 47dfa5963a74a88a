"""The round tests' tables, run. A round's test file keeps its tables - rows of a sentence and
what it must (or must not) be read as, which document what that round added - and takes the
parametrised test that runs each table from a runner here:

    FACTS = [("前天给它贴了一张防爆膜", "obs_screen_protector"), ...]
    test_fact_is_read = fact_read(FACTS)

A runner returns a test function parametrised over the rows; the name the test file binds it to
is the test's name (and its node id). Rows are (text, expected) pairs; or bare texts, where the
expected value is given once for the whole table (`fact_read(TEXTS, "obs_paper_out")`).

Read by the engine's interpreter (the `engine` fixture):
- fact_read(rows, obs=EACH, plain=False): the fact is among those the text tells
  (plain: the text made plain first, as the dialog reads a message); fact_not_read: it is not.
- look_alikes_not_read(rows): rows (text, wrong facts[, fact kept]): none of the wrong facts is
  read, and the kept one (when not None) still is.
- outcome_is(rows, outcome=EACH): how the text tells a fix went (interpreter.outcome).
- answer_read(texts, question, value) / answer_not_read: a reading of the text as an answer to
  the question has (has not) that value.
- told_fact_leads_to_fix(rows): rows (lines, lang, fix), a merchant's story: told, then every
  fix answered with "still not", the fix is among the first ones offered.

Of the knowledge base (the `kb` fixture):
- cause_has_fact_and_fix(new_causes): a table {cause: (its decisive fact, its first fix)}: the
  fact is decisive for the cause (factor 3), the cause has a source, the fix comes first and has
  as many steps in zh as in en, three or more.

Read by the recogniser (the `recogniser` fixture):
- recognised_as(rows, **fields): the Recognition's fields (code, category, intent, symptom,
  decision, or top: the first candidate's id) are as given; a field given as EACH takes the
  row's value. not_recognised_as(rows, **fields): each field differs from the one given.

What a conversation's results say: events, names, fixes, asked, first_fix, observed_plain; and
STILL, "still not working" in each language; to_state(engine, lang, wanted), the messages that
lead from CODE_OPENING to a state."""

from __future__ import annotations

import pytest

from dialogs import diagnosis
from knowledge.observations import cause_factors
from tests.conversation import converse

STILL = {"zh-hans": "试了 还是不行", "zh-hant": "試咗 仲係唔得", "en": "tried it, still not working"}

# lead37 / lead38: an opening whose first step is a restart, and the reply to that step
FROZEN = {"en": "machine screen frozen wont do anything", "zh-hans": "机器卡死了 按什么都没反应"}


def after_first_fix(engine, lang, reply):
    """The bot's answer to `reply`, sent to the first step offered for FROZEN."""
    results = converse(engine, [FROZEN[lang], reply], lang)
    assert events(results[:1], "fix_suggested"), names(results[0])
    return results[-1]


def read_kinds(result) -> list[str]:
    """The kinds of reading the engine made of the message (its "read" event)."""
    return [kind for e in events([result], "read") for kind, _ in e["readings"]]


# dlg98 / dlg100: the long code's opening, and the bare replies that walk a dialog on (to_state)
CODE_OPENING = {"en": "card machine shows 0020000 on most sales",
                "zh-hans": "刷卡机老是报0020000",
                "zh-hant": "刷卡機一直出0020000"}
_NOT_SURE = {"en": "not sure", "zh-hans": "不知道", "zh-hant": "不知道"}
_STILL_BARE = {"en": "still not working", "zh-hans": "还是不行", "zh-hant": "還是不行"}


class _Each:
    def __repr__(self):
        return "EACH"


EACH = _Each()  # the expected value is each row's own: rows are (text, expected)


# -- what a conversation's results say --------------------------------------------------------

def events(results, name) -> list[dict]:
    """The data of every event of that name, in the order the turns gave them."""
    return [e.data for r in results for e in r.events if e.name == name]


def to_state(engine, lang, wanted):
    """The code's opening, then "not sure" to every question and "still not" to every fix, until the
    dialog is in `wanted`: the messages that led there, and the last turn's result."""
    texts = [CODE_OPENING[lang]]
    for _ in range(14):
        result = converse(engine, texts, lang)[-1]
        state = result.session["state"]
        if state == wanted:
            return texts, result
        texts.append(_STILL_BARE[lang] if state == "fixing" else _NOT_SURE[lang])
    raise AssertionError(f"never reached {wanted}: {said(result)}")


def said(result) -> list[str]:
    """The texts of one turn's replies."""
    return [r.text for r in result.replies]


def event_pairs(result) -> list[tuple[str, dict]]:
    """One turn's events as (name, data), for an assertion's message."""
    return [(e.name, e.data) for e in result.events]


def noted(result) -> list[str]:
    """The facts one turn's session holds as noted."""
    return result.session["facts"].get("noted") or []


def noted_after(engine, lang, opening, text):
    """The last turn of an opening and one reply, with the facts it holds as noted."""
    result = converse(engine, [opening, text], lang)[-1]
    return result, noted(result)


def names(result) -> list[str]:
    """The names of one turn's events."""
    return [e.name for e in result.events]


def fixes(results) -> list[str]:
    """The fixes suggested, in order."""
    return [d["fix"] for d in events(results, "fix_suggested")]


def first_fix(results) -> str | None:
    return next(iter(fixes(results)), None)


def asked(results) -> list[str]:
    """The questions asked, in order."""
    return [d["question"] for d in events(results, "question_asked")]


def observed_plain(engine, text) -> list[str]:
    """The facts the text tells, the text made plain first (as the dialog reads a message)."""
    reader = engine.interpreter
    return reader.observed(reader.plain(text))


def _observed(engine, text, plain):
    return observed_plain(engine, text) if plain else engine.interpreter.observed(text)


# -- the runners --------------------------------------------------------------------------------

def _table(fixture, rows, expected, check):
    """A test running check(the fixture's value, text, expected) on each row: rows of
    (text, expected) when expected is EACH, else texts, each with that one expected value."""
    if expected is EACH:
        @pytest.mark.parametrize("text, expected", rows)
        def test(request, text, expected):
            check(request.getfixturevalue(fixture), text, expected)
    else:
        @pytest.mark.parametrize("text", rows)
        def test(request, text):
            check(request.getfixturevalue(fixture), text, expected)
    return test


def fact_read(rows, obs=EACH, *, plain=False):
    def check(engine, text, fact):
        observed = _observed(engine, text, plain)
        assert fact in observed, observed
    return _table("engine", rows, obs, check)


def fact_not_read(rows, obs=EACH, *, plain=False):
    def check(engine, text, fact):
        observed = _observed(engine, text, plain)
        assert fact not in observed, observed
    return _table("engine", rows, obs, check)


def look_alikes_not_read(rows):
    def check(engine, text, wrong, kept=None):
        observed = engine.interpreter.observed(text)
        assert not set(wrong) & set(observed), observed
        if kept:
            assert kept in observed, observed

    if all(len(row) == 2 for row in rows):
        @pytest.mark.parametrize("text, wrong", rows)
        def test(engine, text, wrong):
            check(engine, text, wrong)
    else:
        @pytest.mark.parametrize("text, wrong, kept", rows)
        def test(engine, text, wrong, kept):
            check(engine, text, wrong, kept)
    return test


def outcome_is(rows, outcome=EACH):
    def check(engine, text, expected):
        assert engine.interpreter.outcome(text) == expected
    return _table("engine", rows, outcome, check)


def _answer_values(engine, question, text):
    reader = engine.interpreter
    return [r.value for r in reader.answers(question, text, reader.observed(text))]


def answer_read(texts, question, value):
    def check(engine, text, value):
        values = _answer_values(engine, question, text)
        assert value in values, values
    return _table("engine", texts, value, check)


def answer_not_read(texts, question, value):
    def check(engine, text, value):
        values = _answer_values(engine, question, text)
        assert value not in values, values
    return _table("engine", texts, value, check)


def told_fact_leads_to_fix(rows, *, within=3, still=3, after_opening=False, handoff=False):
    """Rows (lines, lang, fix): the lines played, then `still` times "still not working"; the fix
    is among the first `within` fixes suggested - after the opening only, with after_opening (all
    of them when the story is one line) - or, with handoff, among the fixes of the cause the first
    handoff names (a remedy that is people's is the handoff's advice)."""
    @pytest.mark.parametrize("lines, lang, fix", rows)
    def test(engine, lines, lang, fix):
        results = converse(engine, [*lines, *[STILL[lang]] * still], lang)
        suggested = fixes((results[1:] or results) if after_opening else results)
        handed_to = [engine.kb.causes[h["cause"]].fixes for h in events(results, "handoff")
                     if h.get("cause")] if handoff else []
        assert fix in suggested[:within] or (handed_to and fix in handed_to[0]), [
            (e.name, e.data) for r in results for e in r.events]
    return test


def reply_to_first_fix_resolves(rows):
    """Rows (lang, opening, reply, resolved): the opening, then the merchant's reply to the fix it
    brings; the chat is resolved by that reply, or not."""
    @pytest.mark.parametrize("lang, opening, reply, resolved", rows)
    def test(engine, lang, opening, reply, resolved):
        results = converse(engine, [opening, reply], lang)
        assert bool(events(results[-1:], "resolved")) is resolved, [e.name for e in results[-1].events]
    return test


def cause_has_fact_and_fix(new_causes, *, merchant=False, no_person=False, no_escalation=False):
    """merchant: the fix is the first of the fixes a merchant is offered (diagnosis.merchant_fixes)
    rather than the cause's first; no_person: the cause needs no person; no_escalation: nor does
    its fix escalate."""
    @pytest.mark.parametrize("cause", sorted(new_causes))
    def test(kb, cause):
        fact, fix = new_causes[cause]
        assert cause_factors(kb, fact).get(cause) == 3
        assert kb.causes[cause].source
        first = diagnosis.merchant_fixes(kb, cause) if merchant else kb.causes[cause].fixes
        assert first[0] == fix
        if no_person:
            assert not kb.causes[cause].needs_human
        if no_escalation:
            assert not kb.fixes[fix].escalates
        steps = kb.fixes[fix].steps
        assert len(steps.zh) == len(steps.en) >= 3
    return test


def _field(rec, name):
    if name == "top":
        return rec.candidates[0].id if rec.candidates else None
    return getattr(rec, name)


def _expected(fields, row_value):
    return {name: row_value if value is EACH else value for name, value in fields.items()}


def recognised_as(rows, **fields):
    """e.g. recognised_as(CODES, code=EACH); recognised_as(TEXTS, code=None, category="hardware")."""
    def check(recogniser, text, row_value):
        rec = recogniser.recognise(text)
        expected = _expected(fields, row_value)
        assert {name: _field(rec, name) for name in expected} == expected, rec
    return _table("recogniser", rows, EACH if EACH in fields.values() else None, check)


def not_recognised_as(rows, **fields):
    def check(recogniser, text, row_value):
        rec = recogniser.recognise(text)
        for name, value in _expected(fields, row_value).items():
            assert _field(rec, name) != value, rec
    return _table("recogniser", rows, EACH if EACH in fields.values() else None, check)
