"""Cost of the teach loop: recogniser latency with 0 to 10,000 taught phrasings, and the
per-message check the bot makes against SQLite for new lessons. Figures go to docs/PERFORMANCE.md.

    .venv/bin/python bench/bench_learned.py
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_recogniser import measure, percentile  # noqa: E402
from bot.learned import refresh, teach  # noqa: E402
from bot.store import Store  # noqa: E402
from knowledge.evaluation import DEFAULT_SET, load_labelled  # noqa: E402
from knowledge.learned import LearnedPhrasings, check_lesson, lesson_key  # noqa: E402
from knowledge.loader import load_kb  # noqa: E402
from knowledge.matcher import Recogniser  # noqa: E402

FILLERS = ["老板", "今天", "又", "那个", "机器", "一直", "怎么办", "啊", "呢", "please", "again", "today"]


def lesson_texts(kb, count: int, seed: int = 11) -> list[str]:
    """Distinct messages in the shape of merchants' (knowledge-base phrasings with chat filler
    around them): what leads would teach, without touching the labelled set."""
    rng = random.Random(seed)
    phrasings = [p for s in kb.symptoms.values() for p in (*s.phrasings.zh, *s.phrasings.en)]
    texts: set[str] = set()
    while len(texts) < count:
        texts.add(f"{rng.choice(FILLERS)} {rng.choice(phrasings)} {rng.choice(FILLERS)} {rng.randrange(10_000)}")
    return sorted(texts)


def main() -> None:
    kb = load_kb()
    symptoms = list(kb.symptoms)
    queries = [row["text"] for row in load_labelled(DEFAULT_SET)]
    recogniser = Recogniser(kb)
    result = {}
    for count in (0, 100, 1_000, 10_000):
        texts = lesson_texts(kb, count)
        recogniser.learned = LearnedPhrasings(kb, [check_lesson(kb, t, "symptom", symptoms[i % len(symptoms)])
                                                   for i, t in enumerate(texts)])
        result[f"recognise_with_{count}_lessons"] = measure(recogniser, queries)
        keys = [lesson_key(q) for q in queries]
        lookups = []
        for _ in range(5):
            for key in keys:
                start = time.perf_counter()
                recogniser.learned.find(key)
                lookups.append((time.perf_counter() - start) * 1000)
        result[f"lookup_alone_{count}_lessons"] = {"p50_ms": round(percentile(lookups, 0.5), 4),
                                                   "p99_ms": round(percentile(lookups, 0.99), 4)}

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        for i, text in enumerate(lesson_texts(kb, 1_000)):
            teach(store, kb, text, "symptom", symptoms[i % len(symptoms)])
        recogniser.learned = None
        start = time.perf_counter()
        refresh(store, recogniser)
        reload_ms = (time.perf_counter() - start) * 1000
        samples = []
        for _ in range(20_000):  # nothing new: what every merchant message pays
            start = time.perf_counter()
            refresh(store, recogniser)
            samples.append((time.perf_counter() - start) * 1000)
        result["per_message_check_unchanged"] = {"p50_ms": round(percentile(samples, 0.5), 4),
                                                 "p99_ms": round(percentile(samples, 0.99), 4)}
        result["reload_1000_lessons_ms"] = round(reload_ms, 1)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
