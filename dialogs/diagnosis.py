"""Choosing the next question and the next fix from the candidate causes.

The candidates are a probability distribution over causes. Each answer of a question supports
some causes, rules some out, or reports an observation weighted towards or away from causes
(observations.yaml); its factors per cause, normalised over the answers, are P(answer | cause).
An observation the merchant states unasked weighs the causes by the same factors. A cause with
factor 0 is ruled out: it leaves the candidates, and its fixes are no longer offered.
The next question is the one with the largest expected information gain (entropy reduction);
we stop asking once one cause dominates or no question helps, then suggest fixes ordered by
the probability of the causes they address.
A code of many causes (0020000) with nothing known yet also has an open question, "did
anything change before this started?" (questions.yaml `open`): its answers are the changes
a shop owner remembers (dropped, cleaned round the till, a new router or appliance, someone in
the settings, an update, a new app or paper roll), each an observation. It is asked while
nothing is known or once a fix has failed, so that a failed generic fix is followed by the
question that finds the cause rather than by another blind fix: after a failed fix it comes
first (change_question), unless a narrower question tells far more or a told fact still leads.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from knowledge.loader import KnowledgeBase
from knowledge.schema import Question

# An answer that supports a cause makes it this much more likely than a neutral answer.
SUPPORTS = 8.0
# An observation's weight (observations.yaml) as a likelihood factor: 3 towards nearly proves
# a cause, 3 away rules it out (factor 0: the cause leaves the candidates, with its fixes).
TOWARDS = {1: 2.0, 2: 4.0, 3: 10.0}
AWAY = {1: 0.5, 2: 0.2, 3: 0.0}
# Stop asking when the most likely cause has at least this probability...
DOMINANT = 0.7
# ...or when the best question would remove less uncertainty than this (bits)...
MIN_GAIN = 0.4
# ...or after this many questions for one problem.
MAX_QUESTIONS = 5
# Before giving up for want of a likely fix, a question is still worth this many bits.
LAST_RESORT_GAIN = 0.2
# After a question the merchant could not answer, a fix worth trying comes first (a merchant
# who could not tell is helped by doing), then only questions at least this easy
# (questions.yaml `ease`) or open ones ("did anything change?", told from memory); after this
# many unanswered, no question until a fix has been tried: a failed fix is new ground, and the
# question that splits what is left may beat another blind fix.
MAX_UNANSWERED = 2
EASY = 0.85
# States whose next question is remembered.
MEMO_SIZE = 4096
# Suggest the best fix straight away when it works with at least this probability. For a
# code of many causes in every category (0020000), "works" counts only the causes the fix is
# the own remedy of (remedy_probability): there a generic step listed beside dozens of causes
# (restart) would always pass on their summed share, and a question that tells the leading
# causes apart would never come first.
FIX_FIRST = 0.4
# A fix that did not work makes the causes it addresses this much less likely. One that
# helped partly ("好了一会儿 又报了", "sometimes works now") is evidence FOR them: the cause is
# probably among them and this fix was not enough, so their other remedies come next.
FAILED_FIX_FACTOR = 0.25
PARTLY_FIXED_FACTOR = 1.5
SIDE_FIX_FACTOR = 0.7
# After this many fixes that did not work, offer a person.
MAX_FAILED_FIXES = 3
# A fix is worth the merchant's time only when it works with at least this probability;
# below it, a person is offered instead. A minute's harmless fix (effort 1: restart, reseat
# the cables, look at the paper) is worth trying on a slimmer chance than a long or risky
# one: a skilled agent does not hand over while a cheap, plausible self-fix is untried.
WORTH_TRYING_BY_EFFORT = {1: 0.04, 2: 0.08, 3: 0.12}
# A cause is "supported" in the agent's summary only at this probability and with evidence.
SUPPORTED = 0.5


def leading_cause(kb: KnowledgeBase, symptom_id: str | None) -> str | None:
    """The cause a fault's own weights put first (None for no fault, or one without causes)."""
    causes = kb.symptoms[symptom_id].causes if symptom_id else {}
    return max(causes, key=causes.get) if causes else None


def normalised(weights: dict[str, float]) -> dict[str, float]:
    total = sum(weights.values())
    if total <= 0:
        return {c: 1 / len(weights) for c in weights} if weights else {}
    return {c: w / total for c, w in weights.items()}


def signed_factor(weight: int) -> float:
    """Likelihood factor of an observation's signed weight (+3 towards ... -3 away)."""
    if weight > 0:
        return TOWARDS[weight]
    if weight < 0:
        return AWAY[-weight]
    return 1.0


def observation_factor(kb: KnowledgeBase, observation_id: str, cause: str) -> float:
    from knowledge.observations import cause_factors

    return signed_factor(cause_factors(kb, observation_id).get(cause, 0))


# How often an answer that reports an unusual observation (one pointing towards causes) is
# given when the observation says nothing about the cause (its base rate, against 1 for plain
# answers and normal states like "not hot"): "I installed a new app" is unusual, so hearing it
# is strong evidence for the causes it points to. When the observation does not point to
# the cause, the rate is for all of a question's unusual answers together: asked "what
# changed lately?", a merchant whose fault no change explains names some change about as
# often as one asked "did you install an app?" says yes, so each particular change (a new
# router, a new roll) far less often; one whose fault the change explains names it as
# readily as they would say yes.
OBSERVED_BASE = 0.1


def _unusual(kb: KnowledgeBase, answer) -> bool:
    return bool(answer.observation and kb.observations[answer.observation].towards)


def _factor(kb: KnowledgeBase, question: Question, answer, cause: str) -> float:
    factor = 1.0
    if _unusual(kb, answer):
        points_to = cause in answer.supports or observation_factor(kb, answer.observation, cause) > 1
        factor = OBSERVED_BASE if points_to else OBSERVED_BASE / sum(
            _unusual(kb, a) for a in question.answers)
    if cause in answer.supports:
        factor *= SUPPORTS
    if cause in answer.rules_out:
        factor = 0.0
    if answer.observation:
        factor *= observation_factor(kb, answer.observation, cause)
    return factor


def _row(kb: KnowledgeBase, question: Question, cause: str) -> tuple[float, ...]:
    """P(each answer | cause), in answer order: the answers' factors for the cause,
    normalised (cached per knowledge base: the information-gain search needs it for every
    candidate of every relevant question on every turn)."""
    rows = kb.__dict__.setdefault("_likelihood_rows", {})
    row = rows.get((question.id, cause))
    if row is None:
        factors = [_factor(kb, question, a, cause) for a in question.answers]
        total = sum(factors)
        row = tuple(f / total for f in factors) if total > 0 else tuple(
            1 / len(factors) for _ in factors)
        rows[(question.id, cause)] = row
    return row


def likelihood(kb: KnowledgeBase, question: Question, answer_id: str, cause: str) -> float:
    """P(answer | cause); "!x" is "not answer x" (1 - P(x | cause)); unknown ids say nothing."""
    negated = answer_id.startswith("!")
    wanted = answer_id[1:] if negated else answer_id
    for answer, p in zip(question.answers, _row(kb, question, cause)):
        if answer.id == wanted:
            return 1 - p if negated else p
    return 1.0


def _reweigh(candidates: dict[str, float], factor) -> tuple[dict[str, float], list[str]]:
    """(updated candidates, causes ruled out); evidence that would rule out every candidate
    contradicts itself and changes nothing."""
    weighed = {c: p * factor(c) for c, p in candidates.items()}
    kept = {c: p for c, p in weighed.items() if p > 0}
    if not kept:
        return candidates, []
    return normalised(kept), [c for c in candidates if c not in kept]


# A cause outside the problem's candidates that a stated observation points to decisively
# joins them with this prior (before the observation's factor): the merchant's facts outrank
# the first guess at what the problem is.
ADMITTED_PRIOR = 0.05
# ... and a cause a fact points to clearly (2), where none of its pointers is decisive, with
# this share of it (its factor, TOWARDS[2], then brings it to about a listed cause's weight).
CLEAR_SHARE = 0.25


def admit(kb: KnowledgeBase, candidates: dict[str, float], observation_id: str,
          ruled_out: list[str], noted=(), spans: bool = False, cap: int | None = None) -> dict[str, float]:
    """Candidates with the causes the observation points to decisively and that are not
    candidates yet. The facts already `noted` weigh on a cause admitted now as they weighed on
    the candidates when they were told: "正在更新 ... 没电了" told the update was cut short
    (away from a terminal that will not switch on) before "没电了" admits that cause, which
    then enters weakened by it; a fact that contradicts what the cause requires ("网是插网线的":
    on the cable, then "路由器在仓库里" read as weak Wi-Fi) keeps it out. Otherwise a fact counts
    that weighs the cause by name, or rules its whole category out ("only tapping fails": no
    network cause, though "someone was in the settings" names the host address); one that
    only leans on the category ("the card came out early": software less likely) was not
    written with a cause in mind that only its own fact brings in (a VPN's key icon). And a
    fact that would rule the cause out only weakens it (AWAY[2]): two decisive facts at odds
    mean one of them was misread or beside the point, and the one that names a cause
    outright is not thrown away. `cap`: as observe's (a fact read by nearness alone is never
    decisive, so it lets in only what a clear fact would).

    And from a fact that proves nothing by itself, a cause that another noted fact points to
    clearly as well (2 each) comes in as a decisive fact's would (dlg28): "winter" and "a dry
    heated room with a carpet" together make static worth a look, though neither proves it. A
    fact that names its own cause decisively ("the receipt is from another branch") lets in no
    second guess beside it."""
    from knowledge.observations import cause_factors

    factors = cause_factors(kb, observation_id)
    if cap is not None:
        factors = {c: max(-cap, min(cap, w)) for c, w in factors.items()}
    # On a code of many causes (`spans`: 0020000, whose rarer causes are listed nowhere and
    # come in by the facts told), a fact whose strongest pointers are clear (2), none decisive
    # ("only in the daytime": the sun, or a socket switched off by day), leads to each cause
    # it names alike: they are let in too, though less likely than a decisive fact's cause.
    # A fact with a decisive lead has its clear pointers as side notes, which the lead's
    # questions reach; one that leans on a whole category ("only this customer's card": card
    # causes) names no cause to let in. (A fault of its own, "printer not printing", lists its
    # causes: a fact restating it lets in none it left out.)
    clear = spans and max(factors.values(), default=0) == 2
    named = kb.observations[observation_id].towards
    decisive = any(w == 3 for w in factors.values())
    corroborated = set() if decisive else {
        c for other in noted if other != observation_id
        for c, w in cause_factors(kb, other).items() if w >= 2}
    new = {}
    for c, w in factors.items():
        confirmed = w == 3 or (w == 2 and c in corroborated)
        if not (confirmed or clear and w == 2 and c in named) or c in candidates or c in ruled_out:
            continue
        weight = ADMITTED_PRIOR if confirmed else ADMITTED_PRIOR * CLEAR_SHARE
        requires = kb.causes[c].requires
        for told in noted:
            fact = kb.observations[told]
            if told == observation_id:
                continue
            if requires and kb.contradicts(told, requires):
                weight = 0.0
            elif c in fact.towards or c in fact.away or fact.away.get(kb.causes[c].category) == 3:
                weight *= max(observation_factor(kb, told, c), AWAY[2])
        if weight > 0:
            new[c] = weight
    if not new or not candidates:
        return candidates
    return normalised({**candidates, **new})


# How far a fault described beside a code ("keys sticky ... 0020000") leans the code's causes
# towards the described fault's: a cause the symptom names at full weight gets this factor.
SYMPTOM_LEAN = 4.0


def lean_towards(candidates: dict[str, float], symptom_causes: dict[str, float],
                 sureness: float) -> dict[str, float]:
    """Candidates after a described fault: the causes it shares with them weigh more, by the
    symptom's own weight for each cause and how surely the symptom was recognised (0-1)."""
    top = max(symptom_causes.values(), default=0) or 1
    shared = [c for c in candidates if c in symptom_causes]
    if not shared:
        return candidates
    return normalised({c: w * (1 + SYMPTOM_LEAN * sureness * symptom_causes.get(c, 0) / top)
                       for c, w in candidates.items()})


def update(kb: KnowledgeBase, candidates: dict[str, float], question: Question,
           answer_id: str) -> tuple[dict[str, float], list[str]]:
    """Candidates after the answer, and the causes it ruled out."""
    return _reweigh(candidates, lambda c: likelihood(kb, question, answer_id, c))


def observe(kb: KnowledgeBase, candidates: dict[str, float],
            observation_id: str, cap: int | None = None) -> tuple[dict[str, float], list[str]]:
    """Candidates after a stated observation no question asked for, and the causes it ruled out.
    `cap`: the strongest signed weight it may count with (dlg48: a fact read by nearness alone
    counts as "clearly", 2, at most: a wrong guess neither proves nor rules out a cause)."""
    from knowledge.observations import cause_factors

    if cap is None:
        return _reweigh(candidates, lambda c: observation_factor(kb, observation_id, c))
    factors = cause_factors(kb, observation_id)
    return _reweigh(candidates, lambda c: signed_factor(max(-cap, min(cap, factors.get(c, 0)))))


def entropy(dist: dict[str, float]) -> float:
    return -sum(p * math.log2(p) for p in dist.values() if p > 0)


def information_gain(kb: KnowledgeBase, candidates: dict[str, float], question: Question,
                     before: float | None = None) -> float:
    """Expected drop in entropy over the candidates from asking the question.

    Per answer, with joint weights j = P(cause) P(answer | cause) summing to S, the entropy
    of the updated distribution is log2 S - (1/S) sum j log2 j, so expected entropy is
    sum over answers of (S log2 S - sum j log2 j): no per-answer dictionaries needed."""
    if before is None:
        before = entropy(candidates)
    totals = [0.0] * len(question.answers)
    plogp = [0.0] * len(question.answers)
    # (_row's table read here, _row asked only for a row not yet in it: this loop runs for
    # every candidate of every relevant question on every turn)
    rows, qid = kb.__dict__.setdefault("_likelihood_rows", {}), question.id
    for cause, p in candidates.items():
        row = rows.get((qid, cause))
        for i, like in enumerate(_row(kb, question, cause) if row is None else row):
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
                if a.observation:
                    from knowledge.observations import cause_factors

                    for cause in cause_factors(kb, a.observation):
                        index.setdefault(cause, set()).add(q.id)
        kb.__dict__["_questions_by_cause"] = index
    return index


def relevant_questions(kb: KnowledgeBase, candidates: dict[str, float]) -> list[Question]:
    """Questions whose answers mention at least one candidate cause, in knowledge-base order.
    (Asked several times a turn for the same causes: remembered per set of causes.)"""
    memo = kb.__dict__.setdefault("_relevant_questions", {})
    key = frozenset(candidates)
    found = memo.get(key)
    if found is None:
        index = _questions_by_cause(kb)
        ids = set().union(*(index.get(c, ()) for c in candidates))
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        found = memo[key] = tuple(q for q in kb.questions.values() if q.id in ids)
    return list(found)


def _askable(question: Question, asked, answered, easy_only: bool, broad: bool,
             spans: bool = False) -> bool:
    """Not asked or answered yet; easy enough after a "not sure" (an open question, "did
    anything change?", is answered from memory in their own words, so a merchant who could
    not tell the step may still tell what happened); and an open question only while `broad`
    (nothing is known yet, or a fix has failed): once the merchant has told us something,
    the question that follows it up comes first. A situation question (the power source,
    the place, the sale's steps) only while `spans` (a code of many causes, 0020000)."""
    if question.situation and not spans:
        return False
    if question.open:
        return broad and question.id not in asked and question.id not in answered
    return (question.id not in asked and question.id not in answered
            and not (easy_only and question.ease < EASY and not question.memory))


def next_question(
    kb: KnowledgeBase, candidates: dict[str, float], asked: list[str], answered: tuple[str, ...] = (),
    last_resort: bool = False, easy_only: bool = False, broad: bool = True, spans: bool = False,
    follow_lead: bool = False, least: float | None = None,
) -> Question | None:
    """The most useful question not asked yet: of those that remove at least MIN_GAIN bits
    (LAST_RESORT_GAIN when the alternative is giving up), the one whose gain weighed by how
    often shop owners can answer it (`ease`) is largest: a question they cannot answer costs
    a turn and tells nothing.
    `answered` also covers answers the merchant volunteered, which do not count against
    MAX_QUESTIONS. `easy_only`: after a "not sure", only questions answered by looking.
    `follow_lead`: a fact the merchant told singled out the leading cause (_of_near_tie)."""
    if not candidates or len(asked) >= MAX_QUESTIONS:
        return None
    if max(candidates.values()) >= DOMINANT:
        return None
    # Many conversations pass through the same state (every "0020000" starts alike): the
    # choice is pure, so it is remembered.
    memo = kb.__dict__.setdefault("_next_question", {})
    key = (tuple(sorted((c, round(p, 9)) for c, p in candidates.items())),
           tuple(sorted(set(asked) | set(answered))), last_resort, easy_only, broad, spans, follow_lead,
           least)
    if key in memo:
        return memo[key]
    least = least if least is not None else LAST_RESORT_GAIN if last_resort else MIN_GAIN
    before = entropy(candidates)
    valued = []
    for question in relevant_questions(kb, candidates):
        if not _askable(question, asked, answered, easy_only, broad, spans):
            continue
        gain = information_gain(kb, candidates, question, before)
        if gain > least:
            valued.append((gain * question.ease, question))
    best = _of_near_tie(kb, candidates, valued, follow_lead)
    if len(memo) >= MEMO_SIZE:
        memo.clear()
    memo[key] = best
    return best


# Questions whose weighed gains differ by less than this share of the best are a tie: which
# one the numbers pick is an accident of rounding (0.4283 against 0.4274).
NEAR_TIE = 0.01
# dlg54: while a fact the merchant told has made one cause the clear leader (LEADS times the
# next), a question within this share of the best is as good: the one that confirms or rules
# out the leader comes first ("the battery went completely flat": is the date on the screen
# right?), not the broad splitter of every cause ("at which step does it fail?"), which
# leaves the told lead where it was and is the one merchants most often cannot answer.
LEAD_TIE = 0.15
LEADS = 2.0


def _of_near_tie(kb: KnowledgeBase, candidates: dict[str, float],
                 valued: list[tuple[float, Question]], follow_lead: bool = False) -> Question | None:
    """The question of the largest weighed gain; of questions tied with it (NEAR_TIE; LEAD_TIE
    when `follow_lead` and the leader LEADS), the one that tells most about the likeliest cause
    (its gain on "that cause or another"), as an agent follows up what points furthest ("my
    phone works on the shop wifi": has the Wi-Fi changed?)."""
    if not valued:
        return None
    top = max(value for value, _ in valued)
    best = next(q for value, q in valued if value == top)
    first, second = (sorted(candidates.values(), reverse=True) + [0.0, 0.0])[:2]
    margin = LEAD_TIE if follow_lead and first >= LEADS * second else NEAR_TIE
    tied = [q for value, q in valued if value >= top * (1 - margin)]
    if len(tied) < 2:
        return best
    leader = max(candidates, key=candidates.get)
    return max(tied, key=lambda q: (_leader_gain(kb, candidates, q, leader), q is best))


def _leader_gain(kb: KnowledgeBase, candidates: dict[str, float], question: Question,
                 leader: str) -> float:
    """Expected drop in entropy of "the leader or another cause" from asking the question."""
    p = candidates[leader]
    if not 0 < p < 1:
        return 0.0
    mine = _row(kb, question, leader)
    others = [0.0] * len(question.answers)
    for cause, q in candidates.items():
        if cause != leader:
            for i, like in enumerate(_row(kb, question, cause)):
                others[i] += q * like
    expected = 0.0
    for i, like in enumerate(mine):
        joint = {"leader": p * like, "other": others[i]}
        total = sum(joint.values())
        if total > 0:
            expected += total * entropy({k: v / total for k, v in joint.items()})
    return entropy({"leader": p, "other": 1 - p}) - expected


# P(fix works | cause), as after_failed_fix assumes: a cause's first untried remedy usually
# does it (it fails with FAILED_FIX_FACTOR), its other remedies less often (SIDE_FIX_FACTOR).
MAIN_REMEDY = 1 - FAILED_FIX_FACTOR
SIDE_REMEDY = 1 - SIDE_FIX_FACTOR
# A fix's effort (fixes.yaml, 1-3) discounts its promise when choosing what to suggest first:
# among fixes about equally likely to work, the quick and harmless one goes first.
EFFORT_DISCOUNT = {1: 1.0, 2: 0.85, 3: 0.6}
# A question is worth a turn when its answer is expected to raise the chance that one of the
# fixes left in the budget works by at least this much (absolute)...
ASK_WORTH = 0.06
# ...weighed by how often merchants can answer it at all (questions.yaml `ease`; they say
# "not sure" otherwise).
# A justified handoff told early counts this much of a fix that works (the merchant is not
# helped yet, but is spared fixes that cannot work).
EARLY_HANDOFF = 0.5
# Only the questions most informative in bits are weighed this way (the search stays cheap).
VALUE_SHORTLIST = 4
# Causes less likely than this are left out of the fix plan (they cannot change its order).
NEGLIGIBLE = 0.003


def fix_plan(kb: KnowledgeBase, candidates: dict[str, float], tried, budget: int
             ) -> tuple[list[tuple[str, str]], float]:
    """The next `budget` fixes to suggest, each the most promising (for its effort) given that
    the ones before it failed, with the cause it is meant for; and the chance that one of
    them works. Greedy: the same choice the dialog makes turn by turn. A cause's first fix
    not yet in the plan works with MAIN_REMEDY, its others with SIDE_REMEDY.

    Pure, and asked for the same states again and again (each turn, and for every answer of
    every question weighed): remembered per knowledge base, keyed by the candidates exactly
    as given (their order too: the plan's chance is summed in it)."""
    memo = kb.__dict__.setdefault("_fix_plan", {})
    key = (tuple(candidates.items()), frozenset(tried), budget)
    found = memo.get(key)
    if found is None:
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        found = memo[key] = _fix_plan(kb, candidates, tried, budget)
    return list(found[0]), found[1]


def _fix_plan(kb: KnowledgeBase, candidates: dict[str, float], tried, budget: int
              ) -> tuple[list[tuple[str, str]], float]:
    # Causes below NEGLIGIBLE cannot change which fix is best; leaving them out keeps the
    # plan cheap enough to weigh every shortlisted question's answers.
    # Causes that need people are left out too: their merchant "fixes" are workarounds (take
    # another payment method) that do not end the fault; a justified handoff serves them
    # (outlook), not a fix from the merchant's budget.
    remaining = {c: p for c, p in candidates.items()
                 if p > NEGLIGIBLE and not kb.causes[c].needs_human}
    fixes_of = {c: merchant_fixes(kb, c) for c in remaining}
    skip = set(tried)
    plan: list[tuple[str, str]] = []
    success = 0.0
    for _ in range(max(budget, 0)):
        score: dict[str, float] = {}
        cause_of: dict[str, tuple[float, str]] = {}
        for cause_id, p in remaining.items():
            works = MAIN_REMEDY
            for fix_id in fixes_of[cause_id]:
                if fix_id in skip:
                    continue
                value = p * works
                works = SIDE_REMEDY
                score[fix_id] = score.get(fix_id, 0.0) + value
                if value > cause_of.get(fix_id, (0.0, ""))[0]:
                    cause_of[fix_id] = (value, cause_id)
        if not score:
            break
        best = max(score, key=lambda f: (score[f] * EFFORT_DISCOUNT[kb.fixes[f].effort], f))
        success += score[best]
        plan.append((best, cause_of[best][1]))
        for cause_id, p in remaining.items():
            if best in fixes_of[cause_id]:
                main = next(f for f in fixes_of[cause_id] if f not in skip)
                remaining[cause_id] = p * (1 - (MAIN_REMEDY if main == best else SIDE_REMEDY))
        skip.add(best)
    return plan, success


def handoff_now(kb: KnowledgeBase, candidates: dict[str, float]) -> str | None:
    """The cause to hand over for at once, without walking fixes: the likeliest cause needs
    people (acquirer, bank, technician) and is at least SUPPORTED likely. (The dialog also
    wants evidence pointing to it, so that the agent's card can name it.)"""
    if not candidates:
        return None
    top = max(candidates, key=candidates.get)
    return top if candidates[top] >= SUPPORTED and needs_human(kb, top) else None


def outlook(kb: KnowledgeBase, candidates: dict[str, float], tried, budget: int,
            success: float | None = None) -> float:
    """How well the merchant is served from here: the chance that a fix left in the budget
    works, plus, when the likeliest cause needs people, the chance that telling them so now
    is right (a justified handoff early beats walking fixes that cannot work)."""
    if success is None:
        success = fix_plan(kb, candidates, tried, budget)[1]
    human = handoff_now(kb, candidates)
    return success + (candidates[human] * EARLY_HANDOFF if human else 0.0)


def question_value(kb: KnowledgeBase, candidates: dict[str, float], question: Question,
                   tried, budget: int, base: float) -> float:
    """How much hearing the answer improves the outlook (expected over the answers, each as
    likely as the candidates make it), minus `base`."""
    rows = {c: _row(kb, question, c) for c in candidates}
    expected = 0.0
    for i in range(len(question.answers)):
        joint = {c: p * rows[c][i] for c, p in candidates.items()}
        total = sum(joint.values())
        if total <= 0:
            continue
        expected += total * outlook(kb, {c: j / total for c, j in joint.items() if j > 0},
                                    tried, budget)
    return question.ease * (expected - base)


def worth_asking(kb: KnowledgeBase, candidates: dict[str, float], asked: list[str],
                 answered: tuple[str, ...], tried, budget: int, success: float | None = None,
                 easy_only: bool = False, broad: bool = True, spans: bool = False) -> Question | None:
    """A question whose answer would change which fixes to try enough to be worth a turn
    (ASK_WORTH), or None. Of the most informative questions, the one that helps the fixes
    most (or that would show early that people must act); a skilled agent asks before a fix
    that is a long shot."""
    if not candidates or len(asked) >= MAX_QUESTIONS or budget <= 0:
        return None
    memo = kb.__dict__.setdefault("_worth_asking", {})
    key = (tuple(sorted((c, round(p, 9)) for c, p in candidates.items())),
           tuple(sorted(set(asked) | set(answered))), tuple(sorted(set(tried))), budget, easy_only,
           broad, spans)
    if key in memo:
        return memo[key]
    before = entropy(candidates)
    gains = []
    for question in relevant_questions(kb, candidates):
        if not _askable(question, asked, answered, easy_only, broad, spans):
            continue
        gain = information_gain(kb, candidates, question, before)
        if gain > 0.05:
            gains.append((gain, question.id, question))
    gains.sort(key=lambda g: (-g[0], g[1]))
    base = outlook(kb, candidates, tried, budget, success)
    best, best_value = None, ASK_WORTH
    for _, _, question in gains[:VALUE_SHORTLIST]:
        value = question_value(kb, candidates, question, tried, budget, base)
        if value > best_value:
            best, best_value = question, value
    if len(memo) >= MEMO_SIZE:
        memo.clear()
    memo[key] = best
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


def remedy_probability(kb: KnowledgeBase, candidates: dict[str, float], fix_id: str) -> float:
    """Chance that fix_id is the remedy: the probability of the causes whose own remedy (first
    listed merchant fix) it is. A generic step (restart) listed as a side remedy of many
    causes does not count them: a loose cable being possible does not make a restart likely
    to work."""
    return sum(p for c, p in candidates.items() if merchant_fixes(kb, c)[:1] == [fix_id])


# A fact told after a failed fix leads to its cause's remedy when the cause is at least this
# share of the leader's probability (engine: on a code of many causes).
FRESH_SHARE = 0.5


def fresh_lead(kb: KnowledgeBase, candidates: dict[str, float], fresh: list[str],
               tried, noted=()) -> tuple[str, str] | None:
    """(own remedy, cause) for the likeliest cause a just-told fact points to decisively
    (weight 3), when the merchant can fix it, its own first remedy is untried, and it is at
    least FRESH_SHARE as likely as the leader; else None. A cause or remedy that only makes
    sense one way online (`requires`: "Wi-Fi password" after a new router) waits for the
    question that says which way, unless a `noted` fact already did."""
    from knowledge.observations import cause_factors

    if not candidates or not fresh:
        return None
    best = max(candidates.values())
    pointed = {c for o in fresh for c, w in cause_factors(kb, o).items() if w >= 3}
    for cause in sorted(pointed & set(candidates), key=lambda c: -candidates[c]):
        own = merchant_fixes(kb, cause)
        if not (candidates[cause] >= FRESH_SHARE * best and own and own[0] not in tried
                and not kb.causes[cause].needs_human):
            continue
        needs = [r for r in (kb.causes[cause].requires, kb.fixes[own[0]].requires) if r]
        if all(set(r) & set(noted) for r in needs):
            return own[0], cause
    return None


def merchant_fixes(kb: KnowledgeBase, cause_id: str) -> list[str]:
    """The fixes a merchant can do; escalating ones (call the acquirer) are a human's job.
    (Cached per knowledge base: the fix plan asks for them many times a turn.)"""
    cache = kb.__dict__.setdefault("_merchant_fixes", {})
    fixes = cache.get(cause_id)
    if fixes is None:
        fixes = cache[cause_id] = [f for f in kb.causes[cause_id].fixes
                                   if not kb.fixes[f].escalates]
    return fixes


def fixes_for(kb: KnowledgeBase, candidates: dict[str, float]) -> list[str]:
    """Every merchant fix of the candidate causes, each once."""
    return list(dict.fromkeys(f for c in candidates for f in merchant_fixes(kb, c)))


def needs_human(kb: KnowledgeBase, cause_id: str, tried=()) -> bool:
    """People must act: the cause says so, or the merchant has no fix for it (left: every one
    in `tried` has failed; "the keys still don't respond after cleaning and a restart" is a
    repair)."""
    return kb.causes[cause_id].needs_human or not [
        f for f in merchant_fixes(kb, cause_id) if f not in tried]


def repairable_by_people(kb: KnowledgeBase, cause_id: str) -> bool:
    """The cause lists a fix that hands it to people (send for repair, call the acquirer)."""
    return any(kb.fixes[f].escalates for f in kb.causes[cause_id].fixes)


def after_failed_fix(kb: KnowledgeBase, candidates: dict[str, float], fix_id: str,
                     tried: list[str], partly: bool = False) -> dict[str, float]:
    """Causes whose every fix has now failed drop out; others addressed by the fix weaken
    (when it helped partly they strengthen: the cause is probably right, the fix not enough)."""
    updated = {}
    for cause_id, p in candidates.items():
        fixes = merchant_fixes(kb, cause_id)
        if fix_id in fixes:
            remaining = [f for f in fixes if f not in tried]
            if partly:
                p *= PARTLY_FIXED_FACTOR
            elif not remaining:
                # The merchant's fixes are used up: the cause is ruled out, unless people can
                # still fix it (repair, the acquirer): then it stays, for a justified handoff.
                p = p * FAILED_FIX_FACTOR if repairable_by_people(kb, cause_id) else 0.0
            else:
                # The cause's own first remedy failing says much; a side remedy (restart, for
                # overheating) failing says little.
                main = next((f for f in fixes if f == fix_id or f not in tried), None)
                p *= FAILED_FIX_FACTOR if main == fix_id else SIDE_FIX_FACTOR
        updated[cause_id] = p
    kept = {c: p for c, p in updated.items() if p > 0}
    return normalised(kept) if kept else {}


def worth_a_try(kb: KnowledgeBase, candidates: dict[str, float],
                fixes: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The first (fix, cause) of `fixes` (best first) likely enough for its effort to be worth
    the merchant's time (WORTH_TRYING_BY_EFFORT), or None: then a person is offered."""
    for fix_id, cause_id in fixes:
        if fix_probability(kb, candidates, fix_id) >= WORTH_TRYING_BY_EFFORT[kb.fixes[fix_id].effort]:
            return fix_id, cause_id
    return None


# How much more a narrower question must tell (bits, weighed by `ease`) than the open one to
# go before it after a failed fix on a code of many causes (change_question).
CHANGE_EDGE = 2.0
# ...and it waits while one cause is still this many times as likely as the next: what the
# merchant told ("only when the chip goes in") still leads, though its first fix failed.
LEAD_STANDS = 3.0


def change_question(kb: KnowledgeBase, candidates: dict[str, float], asked, answered,
                    easy_only: bool = False, broad: bool = True) -> Question | None:
    """The open question ("did anything change before this started?") while it is unasked and
    tells the candidates apart at all (LAST_RESORT_GAIN), unless a narrower question tells
    CHANGE_EDGE times as much (the merchant's own lead: "only the new cashier gets it" is
    followed by how she does the sale).

    For a code of many causes, once a fix has failed: the failed fix was the likeliest guess
    on what little was known, and what changed (a new router or password, a fall, someone in
    the settings, an update cut short) is told from memory and most often names a hidden cause
    outright. Expected gain undervalues it: each particular change is rare a priori, but one
    named leads to its own remedy at once (fresh_lead), where a situation answer mostly only
    reorders the fixes."""
    memo = kb.__dict__.setdefault("_change_question", {})
    key = (tuple(sorted((c, round(p, 9)) for c, p in candidates.items())),
           tuple(sorted(set(asked) | set(answered))), easy_only, broad)
    if key in memo:
        return memo[key]
    if len(memo) >= MEMO_SIZE:
        memo.clear()
    memo[key] = found = _change_question(kb, candidates, asked, answered, easy_only, broad)
    return found


def _change_question(kb, candidates, asked, answered, easy_only, broad) -> Question | None:
    first, second = (sorted(candidates.values(), reverse=True) + [0.0, 0.0])[:2]
    if first >= LEAD_STANDS * second:
        return None  # a lead still stands: its own next step, not a new search
    before = entropy(candidates)
    opener, opener_value, best_other = None, 0.0, 0.0
    for question in relevant_questions(kb, candidates):
        if question.open:
            if _askable(question, asked, answered, False, True, True):
                gain = information_gain(kb, candidates, question, before)
                if gain > LAST_RESORT_GAIN and gain * question.ease > opener_value:
                    opener, opener_value = question, gain * question.ease
        elif _askable(question, asked, answered, easy_only, broad, True):
            best_other = max(best_other, information_gain(kb, candidates, question, before)
                             * question.ease)
    if opener is None or best_other >= CHANGE_EDGE * opener_value:
        return None
    return opener


def routine_question(kb: KnowledgeBase, candidates: dict[str, float], asked, answered
                     ) -> Question | None:
    """dlg59: on a code of many causes, once a fix has failed, the open question is spent and
    no other question is worth a turn, the question answered from memory (`memory`) before the
    next guess: what the shop does every day and was told (the sign-in, the settlement, the
    provider's notice to download parameters). Its causes are each rare, so its expected gain
    is small (0.04 bits on a bare 0020000) and it never won on gain, but they are the
    merchant's own to undo at no cost, and a shop owner who skipped the routine or took the
    notice for a scam does not call it a change, yet says so when asked. Not while a lead
    stands (LEAD_STANDS; pick_question also waits while a told fact points to the likeliest
    cause), nor before the open question."""
    if len(asked) >= MAX_QUESTIONS:
        return None  # as many questions as any conversation gets
    first, second = (sorted(candidates.values(), reverse=True) + [0.0, 0.0])[:2]
    if first >= LEAD_STANDS * second:
        return None
    relevant = relevant_questions(kb, candidates)
    if any(q.open and _askable(q, asked, answered, False, True, True) for q in relevant):
        return None
    before = entropy(candidates)
    best, best_value = None, 0.0
    for question in relevant:
        if question.memory and _askable(question, asked, answered, False, True, True):
            value = information_gain(kb, candidates, question, before) * question.ease
            if value > best_value:
                best, best_value = question, value
    return best


# dlg66: a told fact's other lead. A fact the merchant told points clearly (2) to more than one
# cause ("一个多月没用": not signed in, or the clock lost with the battery); the first one's remedy
# failed; once the open question is spent, the question a shop owner answers by looking (EASY)
# that settles whether the fact's last pointed-to cause is it comes before the routine question
# and the next guess, as an agent follows the merchant's own story to its end ("is the date on
# the screen right?"). It must settle that cause: remove at least this share of the uncertainty
# about "that cause or another".
LEAD_SETTLES = 0.5


def told_lead_question(kb: KnowledgeBase, candidates: dict[str, float], noted, asked, answered,
                       tried) -> Question | None:
    """The easy question that best settles a cause a told fact points to clearly (2 or more),
    whose own remedy is untried, when it is the last such cause of that fact: the remedies of
    the others the same fact points to were tried (and failed), or None."""
    from knowledge.observations import cause_factors

    if len(asked) >= MAX_QUESTIONS:
        return None
    if any(q.open and _askable(q, asked, answered, False, True, True)
           for q in relevant_questions(kb, candidates)):
        return None  # what changed comes first after a failed fix (change_question)

    def first_fix(cause):
        own = merchant_fixes(kb, cause)
        return own[0] if own else None

    leads = set()
    for told in noted:
        pointed = [c for c, w in cause_factors(kb, told).items() if w >= 2 and c in kb.causes]
        left = [c for c in pointed if first_fix(c) and first_fix(c) not in tried]
        if len(left) == 1 and len(left) < len(pointed) and 0 < candidates.get(left[0], 0) < 1:
            # the story's other leads were followed and failed: one is left ("busy on Friday
            # nights" after the signal fix still means interference or a crowded Wi-Fi: no
            # single lead, so the broad question comes)
            leads.add(left[0])
    best, best_value = None, 0.0
    for cause in sorted(leads):
        p = candidates[cause]
        before = entropy({"lead": p, "other": 1 - p})
        for question in relevant_questions(kb, {cause: p}):
            if question.open or question.ease < EASY or not _askable(
                    question, asked, answered, False, True, True):
                continue
            gain = _leader_gain(kb, candidates, question, cause)
            if gain >= LEAD_SETTLES * before and gain * question.ease > best_value:
                best, best_value = question, gain * question.ease
    return best


# dlg70: what follows a failed fix on a named fault ("tapping doesn't work", "the screen needs a
# hard press"), not only on a code of many causes: the open question ("did anything change?"),
# once, when it tells the candidates apart at all (this many bits). The first fix was the
# likeliest guess on the symptom alone; what changed (a sticker or a QR plate put over the tap
# area, a thick screen protector, someone in the settings) is told from memory and names a
# hidden cause outright, where the narrower questions only reorder the usual suspects.
NAMED_CHANGE_GAIN = 0.1


def named_fault_change_question(kb: KnowledgeBase, candidates: dict[str, float], asked, answered
                                ) -> Question | None:
    """The open question after the first failed fix on a named fault, while unasked and worth
    NAMED_CHANGE_GAIN bits; None otherwise (a card declined by its bank: what changed in the
    shop tells nothing)."""
    if len(asked) >= MAX_QUESTIONS:
        return None
    before = entropy(candidates)
    for question in relevant_questions(kb, candidates):
        if (question.open and _askable(question, asked, answered, False, True)
                and information_gain(kb, candidates, question, before) > NAMED_CHANGE_GAIN):
            return question
    return None


# dlg70: before the last fix the budget allows, one more question, unless that fix is about as
# sure as a leading cause gets (DOMINANT), or it is the first own remedy of a cause a fact the
# merchant told points to (`plan_told`: "it flew off the dashboard" - reseat the SIM - is their
# story followed, not a guess): a third guess on thin evidence costs the merchant a
# handoff when it fails, where one answer ("only at rush hour, when the boy presses keys";
# "where do customers tap?") often names the cause the guesses missed.
# dlg74: the question before a last fix that is no sure thing is worth this many bits (less than
# LAST_RESORT_GAIN: the alternative is a third guess on thin evidence, whose failure ends in a
# handoff; a question answered from memory - "does anyone do the end-of-day settlement?" - often
# names the cause the guesses missed though it splits the candidates little)
LAST_CHANCE_GAIN = 0.05


def last_chance_question(kb: KnowledgeBase, candidates: dict[str, float], asked, answered,
                         plan, easy_only: bool, broad: bool, spans: bool,
                         plan_told: bool = False) -> Question | None:
    """The most useful question still worth LAST_RESORT_GAIN bits, when the planned last fix
    is less likely than DOMINANT to work and is not the first own remedy of a cause the
    merchant's told facts point to (`plan_told`: they point to the planned fix's cause); None
    otherwise."""
    if plan[0]:
        fix_id, cause_id = plan[0][0]
        sure = (remedy_probability if spans else fix_probability)(kb, candidates, fix_id)
        if sure >= DOMINANT:
            return None
        own = merchant_fixes(kb, cause_id)
        if plan_told and own and own[0] == fix_id:
            return None
    return next_question(kb, candidates, asked, answered, last_resort=True, easy_only=easy_only,
                         broad=broad, spans=spans, least=LAST_CHANCE_GAIN)


class Choice(NamedTuple):
    """pick_question's answer: the question to ask (None: a fix, or stop) and the rule that
    chose it: "change" (the open question after a failed fix; dlg70: on a named fault too,
    after the first, named_fault_change_question), "last_chance" (dlg70: before a last fix
    that is no sure thing, last_chance_question), "next" (the most useful),
    "worth" (it would change which fixes to try), "routine" (routine_question), "pair" (it
    tells the two likeliest apart before giving up; once per conversation), "last_resort";
    with no question, "fix" (a fix goes first), "unsure" (they could not tell: no more
    questions now) or "none"."""
    question: Question | None
    why: str


def choose_question(*args, **kwargs) -> Question | None:
    """The question to ask before the next fix, or None (pick_question, without the rule)."""
    return pick_question(*args, **kwargs).question


def pick_question(kb: KnowledgeBase, candidates: dict[str, float], asked: list[str],
                    answered: tuple[str, ...], tried, budget: int, walk: bool = False,
                    unanswered: int = 0, failed: int = 0,
                    plan: tuple[list[tuple[str, str]], float] | None = None,
                    just_unsure: bool = False, known: bool = True, spans: bool = False,
                    follow_lead: bool = False, pair: bool = True, told: bool = False,
                    plan_told: bool = False, last_chance: bool = True) -> Choice:
    """The question to ask before the next fix, or None to suggest one (or stop). A fix
    likely to work (FIX_FIRST) goes first unless `walk` (a code with no category of its own,
    nothing known yet); otherwise ask the most useful question while one helps, then
    one whose answer would change which fixes to try (worth_asking); and when no fix is
    likely enough to be worth the merchant's time, one more question before giving up.
    Once a fix has `failed`, even a likely next fix is weighed against a question first.
    `unanswered`: questions the merchant could not answer ("not sure", or skipped): after
    one, only easy or open questions are asked; `just_unsure`: the last step was such a
    question, so a fix worth trying comes first (and after MAX_UNANSWERED, no question at all
    until a fix has been tried); `plan`: fix_plan's answer for these candidates, when the
    caller has it already; `known`: the merchant has told us something (an answer or a fact):
    an open question ("did anything change?") is asked before that, or after a fix failed;
    `spans`: the problem is a code of many causes in every category (0020000), where a fix
    goes first only on the share of the causes it is the own remedy of; `follow_lead`: a told
    fact points to the leading cause (next_question); `pair`: the question that tells the two
    likeliest apart may still come before giving up (pair_question; once per conversation).
    On `spans`, once a fix has failed and the open question is spent, the routine question
    (routine_question) comes before the next guess, unless `told`: a fact the merchant told
    points to the likeliest cause (its fixes come first, as after "we moved the counter").
    Returns the question with the rule that chose it (Choice.why), so the caller learns from
    here whether the pair question was asked, not by computing the rule again."""
    if unanswered >= MAX_UNANSWERED and just_unsure:
        return Choice(None, "unsure")  # they cannot tell: more questions in a row only cost them time
    if plan is None:
        plan = fix_plan(kb, candidates, tried, budget)
    easy_only = unanswered > 0
    broad = not known or failed > 0
    if just_unsure and worth_a_try(kb, candidates, plan[0]):
        return Choice(None, "unsure")  # they could not tell: doing beats asking another hard question
    if spans and failed:
        opener = change_question(kb, candidates, asked, answered, easy_only, broad)
        if opener is not None:
            return Choice(opener, "change")
    elif failed == 1 and not follow_lead:
        opener = named_fault_change_question(kb, candidates, asked, answered)
        if opener is not None:
            return Choice(opener, "change")
    first = 0.0
    if plan[0]:
        first = (remedy_probability if spans else fix_probability)(kb, candidates, plan[0][0][0])
    if first >= FIX_FIRST and not walk and not failed:
        return Choice(None, "fix")
    question = None if first >= FIX_FIRST and not walk else next_question(
        kb, candidates, asked, answered, easy_only=easy_only, broad=broad, spans=spans,
        follow_lead=follow_lead)
    if question is not None:
        return Choice(question, "next")
    question = worth_asking(kb, candidates, asked, answered, tried, budget, plan[1],
                            easy_only=easy_only, broad=broad, spans=spans)
    if question is not None:
        return Choice(question, "worth")
    # The routine question comes before the next guess; with no guess worth the merchant's
    # time, after the pair question, which tells the two likeliest apart.
    routine = spans and failed and not (follow_lead or told) and routine_question(kb, candidates, asked, answered)
    if worth_a_try(kb, candidates, plan[0]):
        if failed and budget == 1 and not routine and not follow_lead and last_chance:
            # dlg70: the last fix is no sure thing: one more question first (last_chance_question;
            # with no fix worth a try, the pair question below is that question)
            question = last_chance_question(kb, candidates, asked, answered, plan, easy_only, broad,
                                            spans, plan_told=plan_told)
            if question is not None:
                return Choice(question, "last_chance")
        return Choice(routine, "routine") if routine else Choice(None, "fix")
    question = pair and pair_question(kb, candidates, asked, answered, broad=broad, spans=spans)
    if question:
        return Choice(question, "pair")
    if routine:
        return Choice(routine, "routine")
    question = next_question(kb, candidates, asked, answered, last_resort=True, easy_only=easy_only,
                             broad=broad, spans=spans, follow_lead=follow_lead)
    return Choice(question, "last_resort" if question else "none")


# dlg54: before giving up for want of a likely fix, the question that tells the two likeliest
# causes apart is asked when it does so by at least this much (bits, of the one bit there is).
PAIR_SPLIT = 0.5


def pair_question(kb: KnowledgeBase, candidates: dict[str, float], asked, answered,
                  broad: bool = True, spans: bool = False) -> Question | None:
    """The question that best tells the two likeliest causes apart (its gain over those two
    alone, weighed by `ease`), when it tells them apart by PAIR_SPLIT bits: asked before a
    person is offered for want of a likely fix. A merchant who could not answer an earlier
    question may still answer this one (the battery icon, after "at which step?"), and a
    person is the alternative; one more question costs less than a handoff that a fact the
    merchant can see would have spared ("0020000" with the host and a flat battery left)."""
    ranked = sorted(candidates, key=candidates.get, reverse=True)[:2]
    if len(ranked) < 2:
        return None
    pair = normalised({c: candidates[c] for c in ranked})
    best, best_value = None, 0.0
    for question in relevant_questions(kb, pair):
        if not _askable(question, asked, answered, False, broad, spans):
            continue
        gain = information_gain(kb, pair, question)
        if gain >= PAIR_SPLIT and gain * question.ease > best_value:
            best, best_value = question, gain * question.ease
    return best
