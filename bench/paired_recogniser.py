"""Recogniser latency of this tree and another checkout, measured in the same minutes: one
worker process per tree, taking turns round by round (this tree first in odd rounds, the other
in even ones), each round every dev message of the bench's set (the dev split of
labelled.jsonl and chatstyle_dev.jsonl, as `bench/bench_recogniser.py --dev-only`) recognised
once, CPU time of the thread per message. On a machine shared with other jobs the two trees
then see the same load; compare them, not either with a figure measured at another time.

    .venv/bin/python bench/paired_recogniser.py /tmp/base [--rounds 12]

The other tree is run with its own `.venv/bin/python` when it has one (else this Python with
the tree on PYTHONPATH). Prints, per tree: p50 / p99 / mean over all rounds, and the same over
each message's fastest round ("best of rounds": what the code costs, less the machine's noise).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from bench_recogniser import percentile  # bench/ is on sys.path when this script runs

ROOT = Path(__file__).resolve().parents[1]

WORKER = """
import json, sys, time
from knowledge.evaluation import CHATSTYLE_SETS, DEFAULT_SET, load_labelled
from knowledge.loader import load_kb
from knowledge.matcher import Recogniser
from knowledge.text import fuzzy_key
recogniser = Recogniser(load_kb())
texts = [row["text"] for row in load_labelled(DEFAULT_SET, "dev")]
texts += [row["text"] for row in load_labelled(CHATSTYLE_SETS[0])]
for text in texts[:50]:  # warm the way a running bot is warm
    recogniser.recognise(text)
print(len(texts), flush=True)
for _ in sys.stdin:
    spent = []
    for text in texts:
        fuzzy_key.cache_clear()  # every message is new to the bot
        start = time.thread_time()
        recogniser.recognise(text)
        spent.append((time.thread_time() - start) * 1000)
    print(json.dumps(spent), flush=True)
"""


def worker(tree: Path) -> subprocess.Popen:
    python = tree / ".venv" / "bin" / "python"
    env = dict(os.environ, PYTHONPATH=str(tree))
    return subprocess.Popen([str(python) if python.exists() else sys.executable, "-c", WORKER],
                            cwd=tree, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("other", help="another checkout (e.g. git worktree add --detach /tmp/base main)")
    parser.add_argument("--rounds", type=int, default=12)
    args = parser.parse_args()
    trees = [ROOT, Path(args.other).resolve()]
    procs = [worker(tree) for tree in trees]
    counts = [int(p.stdout.readline()) for p in procs]
    if counts[0] != counts[1]:
        sys.exit(f"the trees have different message sets ({counts[0]} and {counts[1]})")
    spent: list[list[float]] = [[], []]
    best: list[list[float]] = [[float("inf")] * counts[0] for _ in trees]
    loads = [os.getloadavg()[0]]
    for n in range(args.rounds):
        for k in ((0, 1) if n % 2 == 0 else (1, 0)):
            procs[k].stdin.write("go\n")
            procs[k].stdin.flush()
            times = json.loads(procs[k].stdout.readline())
            spent[k] += times
            best[k] = [min(a, b) for a, b in zip(best[k], times)]
        loads.append(os.getloadavg()[0])
    for p in procs:
        p.stdin.close()
        p.wait()
    result = {"messages": counts[0], "rounds": args.rounds,
              "load_average": [round(min(loads), 1), round(max(loads), 1)]}
    for name, tree, all_rounds, fastest in zip(("this", "other"), trees, spent, best):
        result[name] = {
            "tree": str(tree),
            "cpu_p50_ms": round(percentile(all_rounds, 0.5), 3),
            "cpu_p99_ms": round(percentile(all_rounds, 0.99), 3),
            "cpu_mean_ms": round(statistics.mean(all_rounds), 3),
            "best_of_rounds_p50_ms": round(percentile(fastest, 0.5), 3),
            "best_of_rounds_p99_ms": round(percentile(fastest, 0.99), 3),
            "best_of_rounds_mean_ms": round(statistics.mean(fastest), 3),
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
