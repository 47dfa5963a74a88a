"""Finding known phrases inside a merchant's message, negation-aware.

Used for observations ("只有插卡不行", "only in the afternoon"), the typed words of answers and
fixes, and the dialog's outcome words. A phrase is found as a substring of the normalised
message (knowledge.text.fuzzy_key: traditional -> simplified, lower case, no punctuation);
Latin phrases only at word boundaries ("hot" is not inside "shot"); "换…路由器" allows a few
characters where the mark stands ("换了新的路由器"). Longer phrases win over the
shorter ones inside them. A negation just before a phrase ("不是wifi", "没扣钱", "not on wifi")
marks the hit as negated; inside an A-not-A question ("扣没扣钱", "有没有升级") it is no statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Generic, Iterable, TypeVar

from knowledge.loader import KnowledgeBase
from knowledge.schema import Negations
from knowledge.text import fuzzy_key, has_cjk

T = TypeVar("T")

# Default negation words, for finders built without a knowledge base (tests, tools).
DEFAULT_NEGATIONS = Negations(zh=["不是", "不", "没有", "没"], en=["not", "no", "never", "t"])
# How far back (characters) a Chinese negation may stand before the phrase.
_ZH_WINDOW = 6
_EN_WINDOW = 4  # words
CACHE_SIZE = 2048  # messages whose hits are remembered
# A phrasing "换…路由器" allows up to GAP characters where the mark stands.
GAP_MARK = "…"
GAP = 5
LATIN_GAP = 20  # "changed the old router", "only happens when i insert"


@dataclass(frozen=True)
class Hit(Generic[T]):
    target: T
    phrase: str
    start: int
    negated: bool


class Negation:
    """Decides whether the text just before a position negates what follows."""

    def __init__(self, negations: Negations | None):
        negations = negations or DEFAULT_NEGATIONS
        zh = sorted((fuzzy_key(w) for w in negations.zh if w.strip()), key=len, reverse=True)
        between = sorted((re.escape(fuzzy_key(w)) for w in negations.zh_between if w.strip()),
                         key=len, reverse=True)
        filler = f"(?:{'|'.join(between)})*" if between else ""
        # "不是用wifi": a negation, then at most a few filler words, then the phrase.
        self._zh = re.compile(f"(?:{'|'.join(map(re.escape, zh))}){filler} ?$")
        self._en = {fuzzy_key(w) for w in negations.en}
        self._en_between = {fuzzy_key(w) for w in negations.en_between}

    def is_negation(self, word: str) -> bool:
        """An English negation word ("not", "didnt")."""
        return word in self._en

    def may_stand_between(self, word: str) -> bool:
        """An English word that may stand between a negation and what it negates ("the")."""
        return word in self._en_between

    def before(self, key: str, start: int) -> bool:
        head = key[max(0, start - _ZH_WINDOW):start]
        if head and self._zh.search(head):
            return True
        words = key[:start].split()[-_EN_WINDOW:]
        for word in reversed(words):
            if word in self._en:
                return True
            if word not in self._en_between:
                return False
        return False


# "扣没扣钱", "有没有升级", "是不是wifi": an A-not-A question states nothing.
_A_NOT_A = re.compile(r"(.)[不没]\1$")


def _asks(key: str, start: int, phrase: str) -> bool:
    if phrase[0] in "不没" and len(phrase) > 1 and start > 0 and key[start - 1] == phrase[1]:
        return True
    return _A_NOT_A.search(key[max(0, start - 3):start]) is not None


# "能不能帮我派人", "可不可以转人工": an A-not-A a few characters before a request.
_REQUEST_WINDOW = 6


def _requested(key: str, start: int) -> bool:
    return re.search(r"(.)[不没]\1", key[max(0, start - _REQUEST_WINDOW):start]) is not None


def _with_long_negation(key: str) -> list[str]:
    """A Chinese phrase with "没" also as "没有" ("没分别" / "没有分别", "没再报" / "没有再报"):
    merchants write either, and a list need not spell both. An English phrase also with its
    plurals dropped ("all cards" / "all card same", "it works" / "it work already"): many
    merchants write English without them."""
    if not key:
        return []
    variants = [key]
    if "没" in key and not key.isascii():
        variants.append(re.sub("没(?!有)", "没有", key))
    if _PLURAL.search(key):
        variants.append(_PLURAL.sub(r"\1", key))
    return list(dict.fromkeys(variants))


# An English word's plural -s (the word without it at least four letters, not "-ss").
_PLURAL = re.compile(r"\b([a-z]{3,}[^s\W])s\b")


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class PhraseFinder(Generic[T]):
    """Every known phrase found in a message, each text position used by one phrase."""

    def __init__(self, phrases: Iterable[tuple[str, T]], negation: Negation,
                 prepare: Callable[[str], str] = str, requests: bool = False):
        """`prepare` rewrites each phrase as messages are rewritten before `find` (the
        recogniser's word map), so both sides read the same words. With `requests` the phrases
        are things asked for: an A-not-A just before one ("能不能派人来", "可不可以转人工") is a
        polite request, neither a question to drop nor a negation."""
        self.requests = requests
        entries: dict[str, T] = {}
        # "换…路由器": the two parts with at most GAP characters between them.
        self.gapped: list[tuple[re.Pattern, T]] = []
        for phrase, target in phrases:
            if GAP_MARK in phrase:
                parts = [re.escape(fuzzy_key(prepare(p))) for p in phrase.split(GAP_MARK)]
                latin = phrase.isascii() or not any(map(has_cjk, phrase))
                # A Chinese gap stays inside its clause: "只有挥卡不行 插卡没问题" is not "只有…插卡".
                gap = f".{{0,{LATIN_GAP}}}?" if latin else f"[^ ]{{0,{GAP}}}?"
                self.gapped.append((re.compile(gap.join(parts)), target))
                continue
            key = fuzzy_key(prepare(phrase))
            for variant in _with_long_negation(key):
                entries.setdefault(variant, target)
        # Phrases by their first character: a message is scanned once, position by position,
        # trying only the phrases that can start there (a thousand phrases, short messages).
        self.by_first: dict[str, list[tuple[str, T]]] = {}
        for key, target in sorted(entries.items(), key=lambda e: -len(e[0])):
            self.by_first.setdefault(key[0], []).append((key, target))
        self.negation = negation
        self._cache: dict[str, list[Hit[T]]] = {}

    def find(self, text: str) -> list[Hit[T]]:
        """Hits in text order (cached: a turn reads the same message several times)."""
        hits = self._cache.get(text)
        if hits is None:
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            hits = self._cache[text] = self._find(text)
        return hits

    def _find(self, text: str) -> list[Hit[T]]:
        key = fuzzy_key(text)
        found = []
        for start, ch in enumerate(key):
            for phrase, target in self.by_first.get(ch, ()):
                if key.startswith(phrase, start):
                    found.append((start, phrase, target))
        for pattern, target in self.gapped:
            for match in pattern.finditer(key):
                found.append((match.start(), match.group(), target))
        # Longer phrases first; each text position belongs to one phrase.
        found.sort(key=lambda f: (-len(f[1]), f[0]))
        taken = [False] * len(key)
        hits: list[Hit[T]] = []
        for start, phrase, target in found:
            end = start + len(phrase)
            if _is_latin(phrase[-1]) and key[end:end + 1] == "s" and not _is_latin(
                    key[end + 1:end + 2] or " "):
                end += 1  # a plural: "afternoons", "cards"
            bounded = not (_is_latin(phrase[0]) and start > 0 and _is_latin(key[start - 1])) \
                and not (_is_latin(phrase[-1]) and end < len(key) and _is_latin(key[end]))
            if bounded and not any(taken[start:end]) and (
                    self.requests or not _asks(key, start, phrase)):
                taken[start:end] = [True] * (end - start)
                negated = self.negation.before(key, start) and not (
                    self.requests and _requested(key, start))
                hits.append(Hit(target, phrase, start, negated))
        return sorted(hits, key=lambda h: h.start)


class ObservationFinder:
    """The observations a message states, with "not X" turned into X's `negated` observation."""

    def __init__(self, kb: KnowledgeBase, prepare: Callable[[str], str] = str):
        self.kb = kb
        self.negation = Negation(kb.negations)
        self.finder: PhraseFinder[str] = PhraseFinder(
            ((p, o.id) for o in kb.observations.values() for p in (*o.phrasings.zh, *o.phrasings.en)),
            self.negation, prepare)

    def find(self, text: str) -> list[str]:
        """Observation ids stated in the message, in order, each once."""
        found: list[str] = []
        for hit in self.finder.find(text):
            obs_id = hit.target
            if hit.negated:
                obs_id = self.kb.observations[obs_id].negated
            if obs_id and obs_id not in found:
                found.append(obs_id)
        return found


def cause_factors(kb: KnowledgeBase, observation_id: str) -> dict[str, int]:
    """cause id -> signed weight (+1..+3 towards, -1..-3 away), categories expanded."""
    cached = kb.__dict__.setdefault("_observation_factors", {})
    if observation_id not in cached:
        obs = kb.observations[observation_id]
        signed: dict[str, int] = {}
        weights = [(k, -w) for k, w in obs.away.items()] + list(obs.towards.items())
        # Categories first, so a named cause overrides its category's weight.
        for key, weight in sorted(weights, key=lambda kw: kw[0] in kb.causes):
            for cause in [key] if key in kb.causes else kb.causes_of_category(key):
                signed[cause] = weight
        cached[observation_id] = signed
    return cached[observation_id]
