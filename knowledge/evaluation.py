"""Accuracy of the recogniser on a labelled JSONL set.

Definitions (also in docs/ACCURACY.md):
- code accuracy: share of all messages whose predicted code equals the label (null included);
- category accuracy: share of messages labelled with a category whose predicted category
  equals it;
- off-topic precision: share of off-topic messages (code and category both null in the label)
  that the recogniser leaves alone (no code, no category): the bot must not guess a fault;
- fault recall: share of fault messages (code or category labelled) recognised as something.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.matcher import Recogniser

DEFAULT_SET = Path(__file__).parent / "eval" / "labelled.jsonl"


@dataclass
class Report:
    total: int = 0
    code_ok: int = 0
    with_category: int = 0
    category_ok: int = 0
    offtopic: int = 0
    offtopic_ok: int = 0
    faults: int = 0
    faults_found: int = 0
    misses: list[dict] = field(default_factory=list)

    @staticmethod
    def _share(ok: int, n: int) -> float:
        return ok / n if n else 1.0

    @property
    def code_accuracy(self) -> float:
        return self._share(self.code_ok, self.total)

    @property
    def category_accuracy(self) -> float:
        return self._share(self.category_ok, self.with_category)

    @property
    def offtopic_precision(self) -> float:
        return self._share(self.offtopic_ok, self.offtopic)

    @property
    def fault_recall(self) -> float:
        return self._share(self.faults_found, self.faults)

    def summary(self) -> dict:
        return {
            "messages": self.total,
            "code_accuracy": round(self.code_accuracy, 4),
            "category_accuracy": round(self.category_accuracy, 4),
            "offtopic_precision": round(self.offtopic_precision, 4),
            "fault_recall": round(self.fault_recall, 4),
            "misses": len(self.misses),
        }


def load_labelled(path: Path | str, split: str | None = None) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                if split in (None, "all") or row.get("split") == split:
                    rows.append(row)
    return rows


def evaluate(recogniser: Recogniser, rows: list[dict]) -> Report:
    report = Report()
    for row in rows:
        got = recogniser.recognise(row["text"])
        want_code, want_cat = row.get("code"), row.get("category")
        report.total += 1
        code_ok = got.code == want_code
        report.code_ok += code_ok
        cat_ok = True
        if want_cat is not None:
            report.with_category += 1
            cat_ok = got.category == want_cat
            report.category_ok += cat_ok
        if want_code is None and want_cat is None:
            report.offtopic += 1
            left_alone = got.code is None and got.category is None
            report.offtopic_ok += left_alone
            cat_ok = left_alone
        else:
            report.faults += 1
            report.faults_found += got.code is not None or got.category is not None
        if not (code_ok and cat_ok):
            report.misses.append(
                {
                    "text": row["text"],
                    "want": [want_code, want_cat],
                    "got": [got.code, got.category],
                    "decision": got.decision,
                    "top": got.candidates[0].matched if got.candidates else got.intent,
                    "split": row.get("split"),
                }
            )
    return report
