"""Which category a message is about, voted by every phrasing of every category at once.

The phrase matcher (knowledge.matcher) looks for the ONE knowledge-base text closest to a
message. Merchants' own wording often matches no single text well ("夏天摆摊在外面 机器晒得
黑屏" is closest to the hardware symptom 黑屏), yet its words, taken one by one, belong to one
category: 夏天 and 晒 are said in environment phrasings and almost nowhere else. This vote
sums that evidence over all texts of each class (the eight categories and "no fault", from
the intents' phrasings), like a naive Bayes classifier over the knowledge base's own data:

- features are those the matcher uses (character pairs and single characters, English stems,
  homophones repaired, pinyin read as characters), plus what a pair SOUNDS like (so a typo
  nobody listed still votes: 闪腿 sounds like 闪退) and the words of a segmenter (rjieba's
  dictionary), which knows that 收银 程序 打不开 are three words, not the pairs 银程 序打;
- a feature votes for each class by how often the class's texts contain it, against the
  other classes (per text, so a class with many phrasings does not win by size), weighted by
  how rare it is in the knowledge base.

The recogniser asks the vote only where the phrase match is weak or split between categories
and decides what to trust (knowledge.matcher); nothing here is a threshold on messages.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict

import numpy as np
import rjieba

from knowledge.features import STOP_CHARS, _sounds

NO_FAULT = "none"
PRIOR_TEXTS = 1.0
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")


def extra_features(key: str) -> dict[str, float]:
    """What the phrase matcher does not compare: the sound of each character pair (p:zu bu)
    and segmented Chinese words of three or more characters (s:打不开) or of two that are not
    already a pair feature."""
    out: dict[str, float] = {}
    for run in _CJK_RUN.findall(key):
        for a, b in zip(run, run[1:]):
            if a in STOP_CHARS and b in STOP_CHARS:
                continue
            for sa in _sounds(a)[:1]:
                for sb in _sounds(b)[:1]:
                    out[f"p:{sa} {sb}"] = 1.0
        for word in rjieba.cut(run):
            if len(word) >= 3:
                out["s:" + word] = 1.0
    return out


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
        n = len(documents)
        self._row = {f: i for i, f in enumerate(counts)}
        matrix = np.array(list(counts.values())) if counts else np.zeros((0, len(classes)))
        # Each class's texts counted as if every class had the average number of texts, so a
        # class with many phrasings does not win by size.
        counted = matrix / size.clip(min=1) * size.mean()
        # P(class | feature), shrunk towards "no idea" by PRIOR_TEXTS imaginary texts spread
        # evenly: a feature seen in one text (到现 in 从早上到现在一直不行) is a hint, not a verdict.
        share = (counted + PRIOR_TEXTS / len(classes)) / (
            counted.sum(axis=1, keepdims=True) + PRIOR_TEXTS)
        rarity = np.log1p(n / matrix.sum(axis=1).clip(min=1))
        self._evidence = share * rarity[:, None]

    def vote(self, features: dict[str, float]) -> list[tuple[str, float]]:
        """(class, share of the evidence) best first; the shares add up to 1 ([] if no
        feature is known)."""
        rows = [(self._row[f], m) for f, m in features.items() if f in self._row]
        if not rows:
            return []
        idx = np.array([r for r, _ in rows])
        weights = np.array([m for _, m in rows])
        totals = weights @ self._evidence[idx]
        total = totals.sum()
        if total <= 0:
            return []
        order = np.argsort(-totals)
        return [(self.classes[i], float(totals[i] / total)) for i in order]
