"""How many generic "keeps failing" complaints (our own words, naming no fault) the recogniser
reads as a fault, and which. Every head × tail pair below says only that payments fail.

    .venv/bin/python bench/generic_complaints.py [--show]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.loader import load_kb  # noqa: E402
from knowledge.matcher import Recogniser  # noqa: E402

HEADS_ZH = ["刷卡", "收款", "交易", "读卡", "付款", "收银机刷卡", "机器刷卡", "pos刷卡", "今天刷卡", ""]
TAILS_ZH = ["老是失败", "一直失败", "总是失败", "经常失败", "老出错", "一直出错", "总是不成功", "老是不行",
            "一直不行", "老是出问题", "失败了好几次", "又失败了"]
HEADS_EN = ["card payment", "transactions", "the terminal", "payments", "my pos", "card machine"]
TAILS_EN = ["keeps failing", "always fails", "fails again and again", "keep getting errors",
            "fails every time", "not going through", "failing all day"]


def main() -> None:
    recogniser = Recogniser(load_kb())
    messages = [h + t for h in HEADS_ZH for t in TAILS_ZH] + [
        f"{h} {t}" for h in HEADS_EN for t in TAILS_EN]
    read = Counter()
    confident = []
    for text in messages:
        got = recogniser.recognise(text)
        if got.decision in ("confident", "ambiguous") and (got.symptom or got.code or got.category):
            read[(got.decision, got.symptom or got.code or got.category)] += 1
            if got.decision == "confident":
                confident.append((text, got.symptom or got.code))
    print(f"{len(messages)} generic complaints; read as a fault: {sum(read.values())} "
          f"(confidently: {len(confident)})")
    if "--show" in sys.argv:
        for (decision, target), n in read.most_common():
            print(f"  {n:3d} {decision:9s} {target}")
        for text, target in confident:
            print(f"  confident: {text} -> {target}")


if __name__ == "__main__":
    main()
