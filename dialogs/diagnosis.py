"""Choosing the next question and the next fix from the candidate causes.

The candidates are a probability distribution over causes. Each answer of a question either
supports some causes, rules some out, or says nothing about them; that defines P(answer | cause).
The next question is the one with the largest expected information gain (entropy reduction);
we stop asking once one cause dominates or no question helps, then suggest fixes ordered by
the probability of the causes they address.
"""

from __future__ import annotations

import math

from knowledge.loader import KnowledgeBase
from knowledge.schema import Question

# A merchant may answer wrongly: an answer that rules a cause out leaves it this much weight.
SLIP = 0.03
# Stop asking when the most likely cause has at least this probability...
DOMINANT = 0.7
# ...or when the best question would remove less uncertainty than this (bits)...
MIN_GAIN = 0.4
# ...or after this many questions for one problem.
MAX_QUESTIONS = 5
# Suggest the best fix straight away when it works with at least this probability.
FIX_FIRST = 0.4
# A fix that did not work makes the causes it addresses this much less likely.
FAILED_FIX_FACTOR = 0.25


def normalised(weights: dict[str, float]) -> dict[str, float]:
    total = sum(weights.values())
    if total <= 0:
        return {c: 1 / len(weights) for c in weights} if weights else {}
    return {c: w / total for c, w in weights.items()}


# question id(...) -> (question, {cause: (P(answer 1 | cause), P(answer 2 | cause), ...)}).
# Holding the question keeps its id unique.
_LIKELIHOODS: dict[int, tuple[Question, dict[str, tuple[float, ...]]]] = {}


def _row(question: Question, cause: str) -> tuple[float, ...]:
    """P(each answer | cause), in answer order (cached: it is pure, and the information-gain
    search needs it for every candidate of every relevant question on every turn)."""
    entry = _LIKELIHOODS.get(id(question))
    if entry is None or entry[0] is not question:
        entry = _LIKELIHOODS[id(question)] = (question, {})
    row = entry[1].get(cause)
    if row is None:
        row = entry[1][cause] = tuple(_likelihood(question, a.id, cause) for a in question.answers)
    return row


def likelihood(question: Question, answer_id: str, cause: str) -> float:
    """P(answer | cause) under the question's supports / rules_out data."""
    for answer, p in zip(question.answers, _row(question, cause)):
        if answer.id == answer_id:
            return p
    return _likelihood(question, answer_id, cause)  # "?" and unknown ids


def _likelihood(question: Question, answer_id: str, cause: str) -> float:
    supporting = [a.id for a in question.answers if cause in a.supports]
    excluding = {a.id for a in question.answers if cause in a.rules_out}
    if supporting:
        return (1 - SLIP) / len(supporting) if answer_id in supporting else SLIP
    if answer_id in excluding:
        return SLIP
    open_answers = [a.id for a in question.answers if a.id not in excluding]
    return 1 / len(open_answers) if open_answers else SLIP


def update(candidates: dict[str, float], question: Question, answer_id: str) -> dict[str, float]:
    return normalised(
        {c: p * likelihood(question, answer_id, c) for c, p in candidates.items()}
    )


def entropy(dist: dict[str, float]) -> float:
    return -sum(p * math.log2(p) for p in dist.values() if p > 0)


def information_gain(candidates: dict[str, float], question: Question, before: float | None = None) -> float:
    """Expected drop in entropy over the candidates from asking the question.

    Per answer, with joint weights j = P(cause) P(answer | cause) summing to S, the entropy
    of the updated distribution is log2 S - (1/S) sum j log2 j, so expected entropy is
    sum over answers of (S log2 S - sum j log2 j): no per-answer dictionaries needed."""
    if before is None:
        before = entropy(candidates)
    totals = [0.0] * len(question.answers)
    plogp = [0.0] * len(question.answers)
    for cause, p in candidates.items():
        for i, like in enumerate(_row(question, cause)):
            j = p * like
            if j > 0:
                totals[i] += j
                plogp[i] += j * math.log2(j)
    expected = sum(t * math.log2(t) - q for t, q in zip(totals, plogp) if t > 0)
    return before - expected


def _questions_by_cause(kb: KnowledgeBase) -> dict[str, set[str]]:
    """cause id -> ids of the questions whose answers mention it; built once per knowledge base."""
    index = kb.__dict__.get("_questions_by_cause")
    if index is None:
        index = {}
        for q in kb.questions.values():
            for a in q.answers:
                for cause in (*a.supports, *a.rules_out):
                    index.setdefault(cause, set()).add(q.id)
        kb.__dict__["_questions_by_cause"] = index
    return index


def relevant_questions(kb: KnowledgeBase, candidates: dict[str, float]) -> list[Question]:
    """Questions whose answers mention at least one candidate cause, in knowledge-base order."""
    index = _questions_by_cause(kb)
    ids = set().union(*(index.get(c, ()) for c in candidates))
    return [q for q in kb.questions.values() if q.id in ids]


def next_question(
    kb: KnowledgeBase, candidates: dict[str, float], asked: list[str], answered: tuple[str, ...] = ()
) -> Question | None:
    """The most informative question not asked yet; `answered` also covers answers the
    merchant volunteered, which do not count against MAX_QUESTIONS."""
    if not candidates or len(asked) >= MAX_QUESTIONS:
        return None
    if max(candidates.values()) >= DOMINANT:
        return None
    best, best_gain = None, MIN_GAIN
    before = entropy(candidates)
    for question in relevant_questions(kb, candidates):
        if question.id in asked or question.id in answered:
            continue
        gain = information_gain(candidates, question, before)
        if gain > best_gain:
            best, best_gain = question, gain
    return best


def ranked_fixes(kb: KnowledgeBase, candidates: dict[str, float], tried: list[str]) -> list[tuple[str, str]]:
    """(fix id, cause id) pairs, most promising first; fixes already tried are skipped.

    A fix's promise is the total probability of the causes it addresses, discounted by its
    position in each cause's list (the first fix of a cause is tried before the third)."""
    score: dict[str, float] = {}
    cause_of: dict[str, tuple[float, str]] = {}
    for cause_id, p in candidates.items():
        cause = kb.causes[cause_id]
        for rank, fix_id in enumerate(merchant_fixes(kb, cause_id)):
            if fix_id in tried:
                continue
            value = p / (1 + rank)
            score[fix_id] = score.get(fix_id, 0.0) + value
            if fix_id not in cause_of or value > cause_of[fix_id][0]:
                cause_of[fix_id] = (value, cause_id)
    order = sorted(score, key=lambda f: -score[f])
    return [(f, cause_of[f][1]) for f in order]


def fix_probability(kb: KnowledgeBase, candidates: dict[str, float], fix_id: str) -> float:
    """Chance that fix_id works: the probability of the causes it addresses."""
    return sum(p for c, p in candidates.items() if fix_id in merchant_fixes(kb, c))


def merchant_fixes(kb: KnowledgeBase, cause_id: str) -> list[str]:
    """The fixes a merchant can do; escalating ones (call the acquirer) are a human's job."""
    return [f for f in kb.causes[cause_id].fixes if not kb.fixes[f].escalates]


def fixes_for(kb: KnowledgeBase, candidates: dict[str, float]) -> list[str]:
    """Every merchant fix of the candidate causes, each once."""
    return list(dict.fromkeys(f for c in candidates for f in merchant_fixes(kb, c)))


def needs_human(kb: KnowledgeBase, cause_id: str) -> bool:
    return kb.causes[cause_id].needs_human or not merchant_fixes(kb, cause_id)


def after_failed_fix(kb: KnowledgeBase, candidates: dict[str, float], fix_id: str, tried: list[str]) -> dict[str, float]:
    """Causes whose every fix has now failed drop out; others addressed by the fix weaken."""
    updated = {}
    for cause_id, p in candidates.items():
        fixes = merchant_fixes(kb, cause_id)
        if fix_id in fixes:
            remaining = [f for f in fixes if f not in tried]
            p = p * FAILED_FIX_FACTOR if remaining else 0.0
        updated[cause_id] = p
    return normalised({c: p for c, p in updated.items() if p > 0})
