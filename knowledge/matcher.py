"""Recognise what a merchant's message is about: a code, a symptom, or nothing we handle.

Codes are found exactly (knowledge.codes). Everything else is matched fuzzily with rapidfuzz
against every phrasing, terminal display text and standard code wording in the knowledge base,
and against the off-topic intents (greetings, sales, ...), so that "我想申请一台POS机" is
recognised as a sales enquiry rather than forced onto the nearest fault.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

from rapidfuzz import fuzz, process

from knowledge.codes import CodeFinder
from knowledge.loader import KnowledgeBase
from knowledge.text import fuzzy_key, normalise

Decision = Literal["confident", "ambiguous", "unknown"]

# Thresholds on the 0-100 fuzzy score, set from the dev split of knowledge/eval/labelled.jsonl
# (see docs/ACCURACY.md); the holdout split is never used to choose them.
CONFIDENT = 78.0
AMBIGUOUS = 62.0
MARGIN = 6.0
# Shortest phrasing length (characters) allowed to win by partial alignment: a two-character
# phrasing like "黑屏" aligned inside a long message is strong evidence, one character is not.
SHORTLIST = 40


@dataclass(frozen=True)
class Candidate:
    kind: Literal["code", "symptom"]
    id: str  # code string or symptom id
    category: str | None
    score: float  # 0-1
    matched: str  # the knowledge base text that matched


@dataclass
class Recognition:
    text: str
    code: str | None = None
    category: str | None = None
    confidence: float = 0.0
    decision: Decision = "unknown"
    intent: str | None = None  # greeting, thanks, sales, chitchat, human, bye
    symptom: str | None = None
    candidates: list[Candidate] = field(default_factory=list)

    def to_json(self) -> dict:
        data = asdict(self)
        data["confidence"] = round(self.confidence, 3)
        data["candidates"] = [
            {**asdict(c), "score": round(c.score, 3)} for c in self.candidates
        ]
        return data


@dataclass(frozen=True)
class _Entry:
    kind: Literal["code", "symptom", "intent"]
    target: str
    category: str | None
    text: str  # original wording, for explanations


class Recogniser:
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        index: dict[str, str] = {}
        for code in kb.codes.values():
            for spelling in (code.code, *code.aliases):
                index[spelling] = code.code
        self.codes = CodeFinder(index)
        self._entries: list[_Entry] = []
        self._keys: list[str] = []
        for code in kb.codes.values():
            for text in (*code.shows, *code.wordings.zh, *code.wordings.en):
                self._add("code", code.code, code.category, text)
        for symptom in kb.symptoms.values():
            for text in (*symptom.display, *symptom.phrasings.zh, *symptom.phrasings.en):
                self._add("symptom", symptom.id, symptom.category, text)
        for intent in kb.intents.values():
            for text in (*intent.phrasings.zh, *intent.phrasings.en):
                self._add("intent", intent.id, None, text)

    def _add(self, kind, target, category, text: str) -> None:
        key = fuzzy_key(text)
        if len(key) >= 2:
            self._entries.append(_Entry(kind, target, category, text))
            self._keys.append(key)

    @property
    def size(self) -> int:
        return len(self._keys)

    def recognise(self, text: str) -> Recognition:
        result = Recognition(text=text)
        norm = normalise(text or "")
        if not norm:
            return result
        hits = self.codes.find(norm, normalised=True)
        scored = self._score(fuzzy_key(norm))
        if hits:
            best = self.kb.code(hits[0].code)
            result.code = best.code
            result.category = best.category
            result.decision = "confident"
            result.confidence = 0.99 if hits[0].strong else 0.9
            result.candidates = [
                Candidate("code", h.code, self.kb.code(h.code).category, result.confidence, h.code)
                for h in hits
            ]
            return result
        if not scored:
            return result
        top_kind, top_target, top_score = scored[0][0].kind, scored[0][0].target, scored[0][1]
        if top_kind == "intent":
            result.intent = top_target if top_score >= AMBIGUOUS else None
            result.confidence = top_score / 100
            return result
        candidates = [
            Candidate(e.kind, e.target, e.category, s / 100, e.text)
            for e, s in scored
            if e.kind != "intent"
        ][:5]
        result.candidates = candidates
        top = candidates[0]
        result.confidence = top.score
        second = candidates[1].score * 100 if len(candidates) > 1 else 0.0
        if top_score >= CONFIDENT and top_score - second >= MARGIN:
            result.decision = "confident"
        elif top_score >= AMBIGUOUS:
            result.decision = "ambiguous"
        else:
            return result
        if top.kind == "code" and result.decision == "confident":
            result.code = top.id
        elif top.kind == "symptom":
            result.symptom = top.id if result.decision == "confident" else None
        close = [c for c in candidates if c.score * 100 >= top_score - MARGIN]
        if result.decision == "confident" or len({c.category for c in close}) == 1:
            result.category = top.category
        return result

    def _score(self, key: str) -> list[tuple[_Entry, float]]:
        """Best score per target (code / symptom / intent), best first."""
        if not key:
            return []
        shortlist = process.extract(
            key, self._keys, scorer=fuzz.WRatio, limit=SHORTLIST, score_cutoff=40
        )
        best: dict[tuple[str, str], tuple[_Entry, float]] = {}
        for _, score, i in shortlist:
            entry = self._entries[i]
            slot = (entry.kind, entry.target)
            if slot not in best or score > best[slot][1]:
                best[slot] = (entry, score)
        return sorted(best.values(), key=lambda pair: -pair[1])
