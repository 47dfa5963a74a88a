"""Round thirty-three's lead classes, found walking `posbot chat` as a shop owner types. Sentences
written for these tests, not taken from any eval file.

- A bare "no" opening a reply before a quantifier ("nah every card does it now"): the facts'
  reader took the "no" as negating "every card" ("not every card": only one card fails) and the
  card fault's step went on. English says "not every", never "no every": the "no" answers the
  step, and every card refused now is no card fault.
"""

import pytest

from tests.conversation import converse
from tests.tables import events, names


@pytest.mark.parametrize("lang, opening, reply", [
    ("en", "card machine says declined for some customers", "nah every card does it now"),
    ("en", "customer's card got declined", "nah all cards fail now"),
    ("en", "one man's card keeps declining", "nah every single card does it now"),
    ("en", "customer card refused", "no all cards get declined now"),
])
def test_no_before_every_card_is_every_card(engine, lang, opening, reply):
    results = converse(engine, [opening, reply], lang)
    first = events(results[:1], "problem")
    assert first and engine.kb.symptoms[first[0]["symptom"]].category == "card", ("the scene", first)
    result = results[-1]
    answered = {(e["question"], e["answer"]) for e in events([result], "question_answered")}
    assert ("q_all_cards", "one") not in answered, (names(result), answered)
    assert events([result], "every_card_rescoped"), names(result)


@pytest.mark.parametrize("lang, opening, reply", [
    ("en", "customer's card got declined", "no, not every card, just hers"),  # near miss: "not every"
    ("en", "customer's card got declined", "nope other cards are fine"),
])
def test_not_every_card_stays_a_card_fault(engine, lang, opening, reply):
    results = converse(engine, [opening, reply], lang)
    assert not events(results[-1:], "every_card_rescoped"), names(results[-1])
