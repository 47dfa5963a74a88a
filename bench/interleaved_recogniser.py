"""Recogniser latency of this tree and another checkout in ONE process, message by message:
each dev message (the set of `bench/bench_recogniser.py --dev-only`) is recognised by both
recognisers back to back, in alternating order, CPU time of the thread each. Two processes
taking turns (bench/paired_recogniser.py) still see different moments of a shared machine;
here both see the same few milliseconds, so the pair holds even when the load moves fast.

    .venv/bin/python bench/interleaved_recogniser.py /tmp/base [--rounds 6]

The other tree's `knowledge` package is copied to a temporary folder as `knowledge_other`
(its imports of itself renamed), so both versions load side by side; its knowledge base is
its own data folder. Both must recognise every message alike (code, category, intent,
symptom, confidence), or the script stops. Prints, per tree: p50 / p99 / mean over all
rounds, and over each message's fastest round.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_recogniser import percentile  # bench/ is on sys.path when this script runs

from knowledge.evaluation import CHATSTYLE_SETS, DEFAULT_SET, load_labelled
from knowledge.loader import load_kb
from knowledge.matcher import Recogniser
from knowledge.text import fuzzy_key


def other_knowledge(tree: Path, folder: Path):
    """The other tree's knowledge package, importable as `knowledge_other`."""
    copy = folder / "knowledge_other"
    shutil.copytree(tree / "knowledge", copy, ignore=shutil.ignore_patterns("__pycache__"))
    for path in copy.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"\b(from|import) knowledge\.", r"\1 knowledge_other.", source),
                        encoding="utf-8")
    sys.path.insert(0, str(folder))
    return (importlib.import_module("knowledge_other.loader"),
            importlib.import_module("knowledge_other.matcher"),
            importlib.import_module("knowledge_other.text"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("other", help="another checkout (e.g. git worktree add --detach /tmp/base main)")
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    texts = [row["text"] for row in load_labelled(DEFAULT_SET, "dev")]
    texts += [row["text"] for row in load_labelled(CHATSTYLE_SETS[0])]
    with tempfile.TemporaryDirectory() as folder:
        loader, matcher, text = other_knowledge(Path(args.other).resolve(), Path(folder))
        trees = {"this": (Recogniser(load_kb()), fuzzy_key),
                 "other": (matcher.Recogniser(loader.load_kb()), text.fuzzy_key)}
        for t in texts:  # the same answers (and warm, the way a running bot is warm)
            a, b = (recogniser.recognise(t) for recogniser, _ in trees.values())
            if (a.code, a.category, a.intent, a.symptom, a.confidence) != (
                    b.code, b.category, b.intent, b.symptom, b.confidence):
                sys.exit(f"the trees recognise a dev message differently ({len(t)} characters)")
        spent = {name: [] for name in trees}
        best = {name: [float("inf")] * len(texts) for name in trees}
        names = list(trees)
        for n in range(args.rounds):
            for i, t in enumerate(texts):
                for name in (names if (n + i) % 2 == 0 else names[::-1]):
                    recogniser, key_cache = trees[name]
                    key_cache.cache_clear()  # every message is new to the bot
                    start = time.thread_time()
                    recogniser.recognise(t)
                    ms = (time.thread_time() - start) * 1000
                    spent[name].append(ms)
                    best[name][i] = min(best[name][i], ms)
    result = {"messages": len(texts), "rounds": args.rounds}
    for name in names:
        result[name] = {
            "cpu_p50_ms": round(percentile(spent[name], 0.5), 3),
            "cpu_p99_ms": round(percentile(spent[name], 0.99), 3),
            "cpu_mean_ms": round(statistics.mean(spent[name]), 3),
            "best_of_rounds_p50_ms": round(percentile(best[name], 0.5), 3),
            "best_of_rounds_p99_ms": round(percentile(best[name], 0.99), 3),
            "best_of_rounds_mean_ms": round(statistics.mean(best[name]), 3),
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
