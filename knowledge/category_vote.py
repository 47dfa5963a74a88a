"""Which category a message is about, voted by every phrasing of every category at once.

The phrase matcher (knowledge.matcher) looks for the ONE knowledge-base text closest to a
message. Merchants' own wording often matches no single text well ("在烧烤摊旁边 机器热到黑屏"
is closest to the hardware symptom 黑屏), yet its words, taken one by one, belong to one
category: 烧烤 and 热 are said mostly in environment phrasings. This vote
sums that evidence over all texts of each class (the eight categories and "no fault", from
the intents' phrasings), like a naive Bayes classifier over the knowledge base's own data:

- features are those the matcher uses (character pairs and single characters, English stems,
  homophones repaired, pinyin read as characters), plus what each pair SOUNDS like, so a
  typo nobody listed still votes (闪腿 sounds like 闪退). Word segmentation (rjieba) was tried
  here, as whole words and as a discount on pairs that straddle two words: it changed no dev
  figure and cost ~0.2 s of start-up (its dictionary loads at import), so it is not used;
- a feature votes for each class by how often the class's texts contain it, against the
  other classes (per text, so a class with many phrasings does not win by size), weighted by
  how sure it is (one minus the entropy of its votes): 机器 is said of every category, 晒 of
  heat. Weighting by rarity in the knowledge base instead (IDF) was tried: it under-weights
  the words that define a category because they are common in it (闪退).

The recogniser asks the vote only where the phrase match is weak, split between categories
or loose, and decides what to trust (knowledge.matcher); nothing here is a threshold on
messages.
"""

from __future__ import annotations

import math
from collections import defaultdict
from functools import lru_cache
from operator import itemgetter

import numpy as np

from knowledge.features import STOP_CHARS, sounds
from knowledge.text import CJK_RUN

NO_FAULT = "none"
PRIOR_TEXTS = 1.0
# Evidence a message needs for a vote: about half a word said of one category only (words for
# the terminal as a whole, 机器, do not count: "机器一摸很热" votes on 一摸很热).
MIN_EVIDENCE = 0.6


def vote_features(key: str, feats: dict[str, float], known=None) -> dict[str, float]:
    """The matcher's features of a prepared key (character pairs and characters, English
    stems, repairs) and, as the vote sees them, the sound of each character pair (p:shan
    tui), so that a homophone typo nobody listed still votes (闪腿 for 闪退). Given `known`
    (the pairs the knowledge base has), only unknown pairs add their sound: a known pair
    already votes as itself, and half the features keep the vote fast."""
    out = dict(feats)
    for run in CJK_RUN.findall(key):
        for a, b in zip(run, run[1:]):
            if (a in STOP_CHARS and b in STOP_CHARS) or (known is not None and a + b in known):
                continue
            out[f"p:{_sound_of(a)} {_sound_of(b)}"] = 1.0
    return out


@lru_cache(maxsize=None)
def _sound_of(ch: str) -> str:
    readings = sounds(ch)
    return readings[0] if readings else ch


class CategoryVote:
    """Built once from the knowledge base's texts, each with its class (category or
    NO_FAULT) and its features; `vote` is called per message."""

    def __init__(self, documents: list[tuple[str, dict[str, float]]]):
        classes = sorted({c for c, _ in documents})
        self.classes = classes
        index = {c: i for i, c in enumerate(classes)}
        size = np.zeros(len(classes))
        counts: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(len(classes)))
        for cls, feats in documents:
            size[index[cls]] += 1
            for f, m in feats.items():
                counts[f][index[cls]] += m
        self._row = {f: i for i, f in enumerate(counts)}
        self.knows = self._row.__contains__  # (asked of every feature of a message: no method call)
        matrix = np.array(list(counts.values())) if counts else np.zeros((0, len(classes)))
        # Each class's texts counted as if every class had the average number of texts, so a
        # class with many phrasings does not win by size.
        counted = matrix / size.clip(min=1) * size.mean()
        # P(class | feature), shrunk towards "no idea" by PRIOR_TEXTS imaginary texts spread
        # evenly: a feature seen in one text (到现 in 从早上到现在一直不行) is a hint, not a verdict.
        share = (counted + PRIOR_TEXTS / len(classes)) / (
            counted.sum(axis=1, keepdims=True) + PRIOR_TEXTS)
        # A feature votes by how sure it is: one spread over every class (机器) says nothing;
        # one said of one class's faults (晒, 闪退) says a lot however common it is there.
        entropy = -(share * np.log(share)).sum(axis=1)
        weight = 1 - entropy / math.log(len(classes))
        self._evidence = share * weight[:, None]

    def knows(self, feature: str) -> bool:
        return feature in self._row

    def vote(self, features: dict[str, float]) -> list[tuple[str, float]]:
        """(class, share of the evidence) best first; the shares add up to 1 ([] if the
        message says too little the knowledge base knows)."""
        rows, weights = [], []
        row_of = self._row.get
        for f, m in features.items():
            row = row_of(f)
            if row is not None:
                rows.append(row)
                weights.append(m)
        if not rows:
            return []
        totals = np.dot(weights, self._evidence.take(rows, axis=0))  # take: the same rows, sooner
        total = np.add.reduce(totals)  # (what totals.sum() calls, without its Python wrapper)
        if total < MIN_EVIDENCE:
            return []  # one word ("same", "hot") is too little to vote on
        # (best first; equal shares in the classes' order: a reversed sort keeps it)
        return sorted(zip(self.classes, (totals / total).tolist()), key=itemgetter(1), reverse=True)
