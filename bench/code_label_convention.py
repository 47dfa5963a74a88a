"""Code accuracy under the two label conventions the chat-style sets meet (aggregates only).

The writers of chat-style dev6 onward (and of holdout3 to holdout5) label a code only when the
merchant typed it ("余额不足" with no number: code null, category card). Issue 11 (class 5)
asks the opposite of the recogniser: "a confidently matched screen text returns its code", so
posbot answers 51 there, and `posbot eval` counts it as a code miss (the category is right).

This script prints, per file, code accuracy as labelled (the figure `posbot eval` reports) and
under the issue's convention: a returned code also counts when the label has no code, its
category is that code's category, and the message names no number (the code came from the
screen's words). Nothing else changes, and only counts are printed (safe for held-out files):

    .venv/bin/python bench/code_label_convention.py knowledge/eval/chatstyle_dev8.jsonl ...
"""

from __future__ import annotations

import json
import re
import sys

from knowledge.evaluation import load_labelled
from knowledge.loader import load_kb
from knowledge.matcher import Recogniser

# A number in any form a code could be typed in: digits (full-width too) or Chinese numerals.
NUMBER = re.compile(r"[0-9０-９零〇一二三四五六七八九十幺两]")


def convention_counts(recogniser: Recogniser, kb, rows: list[dict]) -> dict:
    total = as_labelled = screen_code = 0
    for row in rows:
        got = recogniser.recognise(row["text"])
        total += 1
        if got.code == row.get("code"):
            as_labelled += 1
        elif (row.get("code") is None and got.code is not None and row.get("category")
              and kb.code(got.code).category == row["category"] and not NUMBER.search(row["text"])):
            screen_code += 1
    return {"messages": total, "code_as_labelled": round(as_labelled / total, 4) if total else 1.0,
            "screen_text_codes": screen_code,
            "code_issue_convention": round((as_labelled + screen_code) / total, 4) if total else 1.0}


def main(paths: list[str]) -> None:
    kb = load_kb()
    recogniser = Recogniser(kb)
    for path in paths:
        print(path, json.dumps(convention_counts(recogniser, kb, load_labelled(path, "all"))))


if __name__ == "__main__":
    main(sys.argv[1:])
