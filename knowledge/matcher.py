"""Recognise what a merchant's message is about: a code, a symptom, or nothing we handle.

Codes are found exactly (knowledge.codes). Everything else is matched against every phrasing,
terminal display text and standard code wording in the knowledge base (weighted n-gram overlap
from knowledge.features, typos corrected and near-verbatim matches rewarded with rapidfuzz),
and against the off-topic intents (greetings, sales, ...), so that "我想申请一台POS机" is
recognised as a sales enquiry rather than forced onto the nearest fault.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Literal

import numpy as np
from rapidfuzz import fuzz

from knowledge.codes import CodeFinder
from knowledge.features import FeatureSpace, raw_features
from knowledge.loader import KnowledgeBase
from knowledge.text import fuzzy_key, normalise

Decision = Literal["confident", "ambiguous", "unknown"]

# Thresholds on the 0-1 score, set from the dev split of knowledge/eval/labelled.jsonl
# (docs/ACCURACY.md); the holdout split is never used to choose them.
CONFIDENT = 0.55
AMBIGUOUS = 0.40
MARGIN = 0.05
CATEGORY_MARGIN = 0.03
# A code's standard wording counts as the code when this share of it is in the message.
CODE_WORDING_COVER = 0.9
MIN_QUERY_COVER = 0.25  # share of the message a candidate must explain
# A vague complaint must explain most of the message: "contactless not working" contains
# the vague "not working", but "contactless" says which fault it is. (Thanks and greetings
# stand even when they name a fault: "thanks, the printer works now" is not a new problem.)
INTENT_QUERY_COVER = 0.7
ENTRY_WEIGHT = 0.6  # share of the phrasing found vs share of the message explained
FUZZ_WEIGHT = 0.25  # weight of rapidfuzz's partial_ratio in the final score
SHORTLIST = 12  # candidates re-scored with rapidfuzz


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
    learned = None  # knowledge.learned.LearnedPhrasings: what support leads taught (set by the bot)

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        index: dict[str, str] = {}
        for code in kb.codes.values():
            for spelling in (code.code, *code.aliases):
                index[spelling] = code.code
        self.codes = CodeFinder(index)
        entries: list[_Entry] = []
        for code in kb.codes.values():
            for text in (*code.shows, *code.wordings.zh, *code.wordings.en):
                entries.append(_Entry("code", code.code, code.category, text))
        for symptom in kb.symptoms.values():
            for text in (*symptom.display, *symptom.phrasings.zh, *symptom.phrasings.en):
                entries.append(_Entry("symptom", symptom.id, symptom.category, text))
        for intent in kb.intents.values():
            for text in (*intent.phrasings.zh, *intent.phrasings.en):
                entries.append(_Entry("intent", intent.id, None, text))
        raw = [raw_features(fuzzy_key(e.text)) for e in entries]
        self.space = FeatureSpace([(f"{e.kind}:{e.target}", feats) for e, feats in zip(entries, raw)])
        self._entries: list[_Entry] = []
        self._keys: list[str] = []
        mass: list[float] = []
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for entry, feats in zip(entries, raw):
            weighted = self.space.weigh(feats)
            if not weighted:
                continue
            i = len(self._entries)
            self._entries.append(entry)
            self._keys.append(fuzzy_key(entry.text))
            mass.append(sum(weighted.values()))
            for f, w in weighted.items():
                postings[f].append((i, w))
        # Posting lists as arrays: a query's overlap with every entry is one bincount.
        self._mass = np.array(mass)
        self._postings = {
            f: (np.array([i for i, _ in items], dtype=np.int32), np.array([w for _, w in items]))
            for f, items in postings.items()
        }

    @property
    def size(self) -> int:
        return len(self._entries)

    def recognise(self, text: str) -> Recognition:
        if self.learned is not None and (taught := self.learned.recognise(text)) is not None:
            return taught  # a lead's lesson outranks the knowledge base
        result = Recognition(text=text)
        norm = normalise(text or "")
        if not norm:
            return result
        hits = self.codes.find(norm, normalised=True)
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
        scored = self._score(fuzzy_key(norm))
        if not scored:
            return result
        top = scored[0]
        if top[0].kind == "intent" and top[0].target == "vague" and top[3] < INTENT_QUERY_COVER:
            # Only faults that explain what the intent leaves unexplained may take over.
            faults = [row for row in scored if row[0].kind != "intent" and row[3] > top[3]]
            if faults and faults[0][1] >= AMBIGUOUS:
                scored = faults
        (top_entry, top_score, top_cover, _), *rest = scored
        if top_entry.kind == "intent":
            result.confidence = top_score
            if top_score >= AMBIGUOUS:
                result.intent = top_entry.target
            return result
        candidates = [
            Candidate(e.kind, e.target, e.category, round(s, 4), e.text)
            for e, s, _, _ in scored
            if e.kind != "intent"
        ][:5]
        result.candidates = candidates
        result.confidence = top_score
        second = next((s for e, s, _, _ in rest if e.kind != "intent"), 0.0)
        if top_score >= CONFIDENT and top_score - second >= MARGIN:
            result.decision = "confident"
        elif top_score >= AMBIGUOUS:
            result.decision = "ambiguous"
        else:
            return result
        if top_entry.kind == "code" and top_cover >= CODE_WORDING_COVER:
            # the standard wording of a code, (almost) verbatim: 余额不足 -> 51
            result.code = top_entry.target
            result.decision = "confident"
        elif top_entry.kind == "symptom" and result.decision == "confident":
            result.symptom = top_entry.target
        # The category is decided even when the exact fault is not: the best score per
        # category must lead the next category by a margin.
        by_category: dict[str | None, float] = {}
        for e, s, _, _ in scored:
            if e.kind != "intent" and e.category not in by_category:
                by_category[e.category] = s
        ranked = sorted(by_category.values(), reverse=True)
        runner_up = ranked[1] if len(ranked) > 1 else 0.0
        if result.decision == "confident" or top_score - runner_up >= CATEGORY_MARGIN:
            result.category = top_entry.category
        return result

    def _score(self, key: str) -> list[tuple[_Entry, float, float, float]]:
        """(best entry, score 0-1, share of the entry found, share of the message it
        explains) per target, best first.

        An entry scores by how much of it the message contains (IDF-weighted) and how much
        of the message it explains; rapidfuzz's partial_ratio then rewards near-verbatim
        matches of the best candidates, which n-gram overlap alone under-rates."""
        query = self.space.query(key)
        if not query:
            return []
        query_mass = sum(query.values())
        hits = [self._postings[f] for f in query if f in self._postings]
        if not hits:
            return []
        # Each feature has one weight wherever it occurs (its IDF times a fixed multiplicity),
        # so the shared weight of query and entry is the sum of the entry's matching postings.
        overlap = np.bincount(np.concatenate([i for i, _ in hits]),
                              weights=np.concatenate([w for _, w in hits]),
                              minlength=len(self._entries))
        cover = overlap / self._mass
        explained = overlap / query_mass
        scores = ENTRY_WEIGHT * cover + (1 - ENTRY_WEIGHT) * explained
        scores[explained < MIN_QUERY_COVER] = 0.0  # a shared word in a long message
        top = np.argsort(-scores)[:SHORTLIST * 8]
        best: dict[tuple[str, str], tuple[int, float, float]] = {}
        for i in top:
            score = float(scores[i])
            if score <= 0:
                break
            entry = self._entries[i]
            slot = (entry.kind, entry.target)
            if slot not in best:
                best[slot] = (int(i), score, float(cover[i]), float(explained[i]))
        ranked = sorted(best.values(), key=lambda t: -t[1])[:SHORTLIST]
        out = []
        for i, score, cover, share in ranked:
            verbatim = fuzz.partial_ratio(self._keys[i], key) / 100
            out.append((self._entries[i], (1 - FUZZ_WEIGHT) * score + FUZZ_WEIGHT * verbatim, cover, share))
        out.sort(key=lambda t: -t[1])
        return out
