"""Cost of reading facts in a message: the listed phrasings (PhraseFinder) and the concept
patterns (ConceptReader), per message with every cache emptied, on the dev messages of the
labelled and chat-style sets. Figures go to docs/PERFORMANCE.md ("Reading facts").

    .venv/bin/python bench/bench_observations.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from dialogs.engine import Engine
from knowledge.evaluation import CHATSTYLE_SETS, DEFAULT_SET, load_labelled
from knowledge.loader import load_kb


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timed(messages: list[str], read, caches, clock) -> list[float]:
    """Milliseconds per message by `clock`, the finders' caches emptied before each."""
    out = []
    for text in messages:
        for cache in caches:
            cache.clear()
        start = clock()
        read(text)
        out.append((clock() - start) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5, help="best of this many rounds")
    args = parser.parse_args()
    reader = Engine(load_kb()).interpreter
    rows = load_labelled(DEFAULT_SET, "dev") + load_labelled(CHATSTYLE_SETS[0], "dev")
    # Prepared as the dialog prepares them before reading facts (plain() is cached there too).
    messages = [reader.plain(r["text"]) for r in rows if r.get("text")]
    found = reader.observations
    results = {}
    for name, read, caches in (
            ("phrasings", found.find, [found.finder._cache]),
            ("patterns", found.by_pattern, [found.concepts._cache, found.concepts.finder._cache])):
        # Wall time, and CPU time (what to compare on a machine shared with other work).
        for clock_name, clock in (("wall", time.perf_counter), ("cpu", time.process_time)):
            rounds = [timed(messages, read, caches, clock) for _ in range(args.rounds)]
            best = min(rounds, key=statistics.mean)
            results[f"{name} {clock_name}"] = {
                "mean_ms": round(statistics.mean(best), 4),
                "p50_ms": round(percentile(best, 0.5), 4),
                "p99_ms": round(percentile(best, 0.99), 4)}
    print(json.dumps({"messages": len(messages), **results}, indent=2))


if __name__ == "__main__":
    main()
