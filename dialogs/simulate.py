"""Scripted merchants with a hidden true cause, talking to the real engine.

Each merchant opens with a phrasing of a symptom (or a code), answers every question
truthfully for its cause (the answer that supports the cause, else the first answer that
does not rule it out), says a fix worked only when the fix is one of its cause's fixes,
and never asks for a human. Compared with a baseline that lists the problem's fixes in a
fixed order without asking anything.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from dialogs.diagnosis import likelihood, merchant_fixes
from dialogs.engine import Engine
from dialogs.messages import Incoming, Reply
from knowledge.loader import KnowledgeBase

MAX_TURNS = 30


@dataclass
class Merchant:
    opening: str
    lang: str
    cause: str
    source: tuple[str, str]  # ("symptom", id) or ("code", code)


@dataclass
class Outcome:
    merchant: Merchant
    resolved: bool
    turns: int  # merchant turns after the opening message until the fix worked
    diagnosed: bool  # the first fix suggested addresses the true cause's fixes
    handoff: bool
    baseline_turns: int | None


def truthful_answer(kb: KnowledgeBase, question_id: str, cause: str) -> str:
    """The answer most likely for the cause (supports, observations and rules_out all
    counted, as the diagnosis counts them); "?" when every answer rules the cause out."""
    question = kb.questions[question_id]
    best = max(question.answers, key=lambda a: likelihood(kb, question, a.id, cause))
    return best.id if likelihood(kb, question, best.id, cause) > 0 else "?"


def merchants(kb: KnowledgeBase) -> list[Merchant]:
    """One merchant per (symptom or diagnosable code, cause with a fix, language)."""
    out = []
    for symptom in kb.symptoms.values():
        if symptom.handling != "diagnose":
            continue
        for cause in symptom.causes:
            if merchant_fixes(kb, cause):
                out.append(Merchant(symptom.phrasings.zh[0], "zh", cause, ("symptom", symptom.id)))
                out.append(Merchant(symptom.phrasings.en[0], "en", cause, ("symptom", symptom.id)))
    for code in kb.codes.values():
        if code.handling != "diagnose":
            continue
        for cause in code.causes:
            if merchant_fixes(kb, cause):
                out.append(Merchant(f"终端提示错误码 {code.code}", "zh", cause, ("code", code.code)))
                out.append(Merchant(f"terminal shows code {code.code}", "en", cause, ("code", code.code)))
    return out


def baseline_turns(kb: KnowledgeBase, merchant: Merchant) -> int | None:
    """Turns a fixed-order list of the problem's fixes needs (None: no listed fix works)."""
    kind, target = merchant.source
    causes = kb.symptoms[target].causes if kind == "symptom" else kb.code(target).causes
    order: list[str] = []
    for cause_id in kb.causes:  # knowledge-base order, not the problem's weights
        if cause_id in causes:
            order += [f for f in merchant_fixes(kb, cause_id) if f not in order]
    good = set(kb.causes[merchant.cause].fixes)
    for n, fix in enumerate(order, 1):
        if fix in good:
            return n
    return None


def _respond(kb: KnowledgeBase, merchant: Merchant, replies: list[Reply], session: dict) -> Incoming | None:
    facts, state = session["facts"], session["state"]
    if state == "diagnosing":
        answer = truthful_answer(kb, facts["question"], merchant.cause)
        return Incoming(button=f"a:{facts['question']}:{answer}")
    if state == "fixing":
        worked = facts["fix"] in kb.causes[merchant.cause].fixes
        return Incoming(button=f"fix:{facts['fix']}:{'y' if worked else 'n'}")
    if state == "clarifying":
        for n, (kind, target) in enumerate(facts["clarify"]):
            if (kind, target) == merchant.source:
                return Incoming(button=f"pick:{n}")
        return Incoming(button="pick:none")
    if state == "details":
        return Incoming(button="skip")
    return None


def run_one(engine: Engine, merchant: Merchant) -> Outcome:
    kb = engine.kb
    result = engine.handle(None, Incoming(text=merchant.opening))
    session, turns, first_fix = result.session, 0, None
    resolved = False
    while turns < MAX_TURNS:
        for event in result.events:
            if event.name == "fix_suggested" and first_fix is None:
                first_fix = event.data["fix"]
            if event.name == "resolved":
                resolved = True
        if resolved or session["state"] in ("handoff", "rating", "closed", "awaiting_problem"):
            break
        incoming = _respond(kb, merchant, result.replies, session)
        if incoming is None:
            break
        result = engine.handle(session, incoming)
        session = result.session
        turns += 1
    for event in result.events:
        resolved = resolved or event.name == "resolved"
    return Outcome(
        merchant=merchant,
        resolved=resolved,
        turns=turns,
        diagnosed=first_fix in kb.causes[merchant.cause].fixes if first_fix else False,
        handoff=session["state"] == "handoff",
        baseline_turns=baseline_turns(kb, merchant),
    )


@dataclass
class Summary:
    merchants: int = 0
    resolved: int = 0
    diagnosed: int = 0
    turns: list[int] = field(default_factory=list)
    baseline: list[int] = field(default_factory=list)

    def row(self) -> dict:
        def p90(values):
            return sorted(values)[max(0, int(round(0.9 * len(values))) - 1)] if values else None

        return {
            "merchants": self.merchants,
            "resolved_by_bot": round(self.resolved / self.merchants, 3) if self.merchants else None,
            "diagnosed_correctly": round(self.diagnosed / self.merchants, 3) if self.merchants else None,
            "mean_turns": round(statistics.mean(self.turns), 2) if self.turns else None,
            "p90_turns": p90(self.turns),
            "baseline_mean_turns": round(statistics.mean(self.baseline), 2) if self.baseline else None,
            "baseline_p90_turns": p90(self.baseline),
        }


def simulate(engine: Engine) -> dict[str, dict]:
    """Per true-cause category and overall ('all')."""
    groups: dict[str, Summary] = {}
    for merchant in merchants(engine.kb):
        outcome = run_one(engine, merchant)
        category = engine.kb.causes[merchant.cause].category
        for key in (category, "all"):
            s = groups.setdefault(key, Summary())
            s.merchants += 1
            s.resolved += outcome.resolved
            s.diagnosed += outcome.diagnosed
            if outcome.resolved:
                s.turns.append(outcome.turns)
            if outcome.baseline_turns is not None:
                s.baseline.append(outcome.baseline_turns)
    return {k: groups[k].row() for k in sorted(groups, key=lambda k: (k == "all", k))}
