"""CPU time of the dialog engine on the typed dev merchants (every typed_merchants_dev*.yaml,
never a held-out file), played as `posbot simulate --typed` plays them, in one process: the
first pass reads every message anew (the phrase finders' per-text memories empty), the second
finds them there. The engine's turns on typed text (reading answers, outcomes and observations)
rather than bench_engine.py's buttons and SQLite.

    .venv/bin/python bench/bench_typed.py    # in each tree, alternately, on a shared machine
"""

from __future__ import annotations

import json
import time

import yaml

from dialogs.engine import Engine
from dialogs.typed_simulate import play
from knowledge.evaluation import EVAL_DIR
from knowledge.loader import load_kb


def main() -> None:
    engine = Engine(load_kb())
    merchants = [m for path in sorted(EVAL_DIR.glob("typed_merchants_dev*.yaml")) if "holdout" not in path.name
                 for m in yaml.safe_load(path.read_text(encoding="utf-8"))["merchants"]]
    result: dict = {"merchants": len(merchants)}
    for name in ("first", "second"):
        start, turns = time.thread_time(), 0
        for m in merchants:
            turns += play(engine, m).turns
        result[f"{name}_pass_cpu_s"] = round(time.thread_time() - start, 3)
    result["turns_played"] = turns
    print(json.dumps(result))


if __name__ == "__main__":
    main()
