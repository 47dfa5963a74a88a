"""Turning text into weighted features for matching merchants' words to the knowledge base.

Chinese has no spaces, so Chinese runs become character bigrams (and unigrams at half
weight, so a two-character message still matches); English becomes words with light
stemming. English words the knowledge base does not know are corrected to the nearest
known word with rapidfuzz ("termnal" -> "terminal", "printr" -> "printer"), so typos
cost little. Weights are inverse document frequencies over knowledge-base targets.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from functools import lru_cache

from rapidfuzz import fuzz, process

_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[a-z][a-z']+")
STOP_WORDS = frozenset(
    "a an the is are was were be been being it its it's this that these those to of in on at for "
    "with and or but my our your i i'm im we you he she they me him her them do does did have has "
    "had can could will would should please what how why when where which who there here just so "
    "very really too also then than now get got keep keeps kept say says said show shows showing "
    "again any all some one after before from by as if about into out up down off over still even "
    "like know need want tried try time times today".split()
)
# Nearly every fault is said with a negation ("won't print", "terminal wont turn on"). All
# spellings count as one word, "not", so IDF sees how common negation is: as separate rare
# words, "terminal wont print" matched "terminal wont turn on" better than "it won't print
# the slip".
NEGATIONS = frozenset(
    "not no dont doesnt wont cant cannot isnt didnt wasnt arent never nothing "
    "don't doesn't won't can't isn't didn't wasn't aren't".split()
)
STOP_CHARS = frozenset("了的吗呢啊吧呀哦嘛么我你他她它们是在就也还又和与跟给这那个一些么啦")
UNIGRAM_WEIGHT = 0.5
TYPO_SCORE = 82  # rapidfuzz ratio needed to read an unknown English word as a known one


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix) and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def raw_features(text: str) -> dict[str, float]:
    """Feature -> multiplicity weight, before IDF (text is already normalised)."""
    feats: dict[str, float] = defaultdict(float)
    for run in _CJK_RUN.findall(text):
        for i, ch in enumerate(run):
            if ch not in STOP_CHARS:
                feats[ch] = max(feats[ch], UNIGRAM_WEIGHT)
            if i + 1 < len(run):
                pair = run[i : i + 2]
                if not (pair[0] in STOP_CHARS and pair[1] in STOP_CHARS):
                    feats[pair] = 1.0
    for word in _WORD.findall(text):
        if word in NEGATIONS:
            feats["w:not"] = 1.0
        elif word not in STOP_WORDS:
            feats["w:" + _stem(word)] = 1.0
    return feats


class FeatureSpace:
    """IDF weights learnt from the knowledge base, and typo correction for queries."""

    def __init__(self, documents: list[tuple[str, dict[str, float]]]):
        """documents: (target key, raw features) for every knowledge-base text."""
        df: dict[str, set[str]] = defaultdict(set)
        for target, feats in documents:
            for f in feats:
                df[f].add(target)
        targets = {t for t, _ in documents}
        n = max(1, len(targets))
        self.idf = {f: math.log(1 + n / len(ts)) for f, ts in df.items()}
        ordered = sorted(self.idf.values())
        self.median_idf = ordered[len(ordered) // 2] if ordered else 1.0
        self.vocabulary = sorted(f[2:] for f in self.idf if f.startswith("w:"))
        self._known = set(self.vocabulary)
        self._correct = lru_cache(maxsize=8192)(self._correct_uncached)

    def _correct_uncached(self, stem: str) -> str | None:
        if len(stem) < 4:
            return None
        best = process.extractOne(stem, self.vocabulary, scorer=fuzz.ratio, score_cutoff=TYPO_SCORE)
        return best[0] if best else None

    def weigh(self, feats: dict[str, float]) -> dict[str, float]:
        return {f: m * self.idf.get(f, 0.0) for f, m in feats.items() if f in self.idf}

    def query(self, text: str) -> dict[str, float]:
        """Weighted features of a merchant's message, English typos corrected."""
        feats = raw_features(text)
        fixed: dict[str, float] = {}
        for f, m in feats.items():
            if f.startswith("w:") and f[2:] not in self._known:
                corrected = self._correct(f[2:])
                if corrected:
                    f = "w:" + corrected
            fixed[f] = max(fixed.get(f, 0.0), m)
        return self.weigh(fixed)
