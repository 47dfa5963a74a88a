"""Database size per 1,000 conversations, before and after pruning, with the history
`posbot demo-data` writes (the real engine and store; tickets, transcripts, events).

    .venv/bin/python bench/bench_db_size.py [--days 60]

Raw Telegram updates and the outbox are not part of demo data: live, each message adds one
update row (its JSON, ~0.5-1 KB) and each reply one outbox row until pruned; see docs/DEPLOY.md.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
from pathlib import Path

from bot.demo import generate
from bot.prune import prune
from bot.store import Store


def size_after_vacuum(path: Path) -> int:
    conn = sqlite3.connect(path)
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.execute("vacuum")
    conn.close()
    return path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.db"
        counts = generate(str(path), args.days, seed=7)
        with Store(path) as store:
            rows = {t: store.db.execute(f"select count(*) from {t}").fetchone()[0]
                    for t in ("conversations", "messages", "events", "tickets")}
        full = size_after_vacuum(path)
        with Store(path) as store:
            removed = prune(store, 1)  # everything but today's transcripts
        pruned = size_after_vacuum(path)
    per_k = 1000 / counts["conversations"]
    print(json.dumps({
        "days": args.days, **rows,
        "bytes": full, "kb_per_1000_conversations": round(full * per_k / 1024),
        "after_prune_bytes": pruned, "kb_per_1000_conversations_after_prune": round(pruned * per_k / 1024),
        "pruned": removed,
    }, indent=2))


if __name__ == "__main__":
    main()
