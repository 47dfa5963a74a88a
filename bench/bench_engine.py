"""Dialog throughput and memory: turns per second through the engine plus the SQLite store
in one process, and resident memory with 10,000 open conversations.

    .venv/bin/python bench/bench_engine.py [--turns 20000] [--open 10000]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from bot.service import Service
from bot.store import Store
from dialogs.engine import Engine
from dialogs.messages import Incoming
from dialogs.simulate import merchants, truthful_answer
from knowledge.loader import load_kb


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def next_incoming(kb, session, cause) -> Incoming:
    facts, state = session["facts"], session["state"]
    if state == "diagnosing":
        return Incoming(button=f"a:{facts['question']}:{truthful_answer(kb, facts['question'], cause)}")
    if state == "fixing":
        worked = facts["fix"] in kb.causes[cause].fixes
        return Incoming(button=f"fix:{facts['fix']}:{'y' if worked else 'n'}")
    if state == "details":
        return Incoming(button="skip")
    if state == "rating":
        return Incoming(button="rate:5")
    return None


def throughput(service: Service, kb, turns: int) -> dict:
    """Many merchants talking at once (round robin), each walking to a fix and rating it."""
    cast = merchants(kb)
    active: dict[str, tuple] = {}
    done = 0
    n = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    while done < turns:
        if len(active) < 200:
            m = cast[n % len(cast)]
            key = f"bench-{n}"
            n += 1
            turn = service.handle(key, Incoming(text=m.opening, language_hint=m.lang))
            active[key] = (m, turn.result.session)
            done += 1
            continue
        for key in list(active):
            m, session = active[key]
            incoming = next_incoming(kb, session, m.cause)
            if incoming is None:
                del active[key]
                continue
            turn = service.handle(key, incoming)
            active[key] = (m, turn.result.session)
            done += 1
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    # Per CPU second as well: on a shared machine it moves less than the wall-clock figure.
    return {"turns": done, "seconds": round(elapsed, 2), "turns_per_second": round(done / elapsed),
            "cpu_seconds": round(cpu, 2), "turns_per_cpu_second": round(done / cpu)}


def open_conversations(service: Service, kb, count: int) -> dict:
    cast = merchants(kb)
    before = rss_mb()
    for i in range(count):
        m = cast[i % len(cast)]
        service.handle(f"open-{i}", Incoming(text=m.opening, language_hint=m.lang))
    open_rows = service.store.open_conversations()
    return {"open_conversations": len(open_rows), "rss_before_mb": round(before, 1),
            "rss_after_mb": round(rss_mb(), 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=20000)
    parser.add_argument("--open", type=int, default=10000)
    args = parser.parse_args()
    kb = load_kb()
    engine = Engine(kb)
    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "bench.db") as store:
            service = Service(store, engine, channel="bench")
            result = {"throughput": throughput(service, kb, args.turns)}
        with Store(Path(tmp) / "open.db") as store:
            service = Service(store, engine, channel="bench")
            result["memory"] = open_conversations(service, kb, args.open)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
