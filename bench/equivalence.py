"""Equivalence of a speed-up: everything the recogniser and the dialog decide on the dev sets,
dumped to JSON, so that a change meant to make them faster can be shown to change no result.

    .venv/bin/python bench/equivalence.py --out /tmp/before.json      # on the starting code
    .venv/bin/python bench/equivalence.py --compare /tmp/before.json  # after the change

What is dumped: the recogniser's full result (code, category, intent, decision, confidence,
symptom, shared codes, candidates with scores rounded to 1e-6) for every dev text — the dev
split of labelled.jsonl, every chatstyle_dev*.jsonl, and the opening, every answer, `fixed`
and `not_fixed` of every typed_merchants_dev*.yaml; each typed dev merchant's turns (what it
said, the bot's replies and buttons, the engine's events with their data) as
`posbot simulate --typed` plays them; and the button simulator's table and per-merchant
outcomes (`posbot simulate`). Held-out files and the holdout split are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

import yaml

from dialogs.engine import Engine
from dialogs.simulate import merchants as button_merchants
from dialogs.simulate import run_one, simulate
from dialogs.typed_simulate import play
from knowledge.evaluation import DEFAULT_SET, EVAL_DIR, load_labelled
from knowledge.loader import load_kb


def dev_files(pattern: str) -> list[Path]:
    return sorted(p for p in EVAL_DIR.glob(pattern) if "holdout" not in p.name)


def rounded(value):
    """Floats to 1e-6 (enough to see any change of a score, not the last bit of arithmetic)."""
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, dict):
        return {str(k): rounded(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [rounded(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(map(str, value))
    return value


def typed_texts() -> list[str]:
    texts = []
    for path in dev_files("typed_merchants_dev*.yaml"):
        for m in yaml.safe_load(path.read_text(encoding="utf-8"))["merchants"]:
            texts.append(m["opening"])
            texts += [a["say"] for a in m.get("answers") or []]
            texts += [m["otherwise"], m["fixed"], *m["not_fixed"]]
    return texts


def dev_texts() -> list[str]:
    texts = [row["text"] for row in load_labelled(DEFAULT_SET, "dev")]
    for path in dev_files("chatstyle_dev*.jsonl"):
        texts += [row["text"] for row in load_labelled(path)]
    return list(dict.fromkeys(texts + typed_texts()))


def recognitions(engine: Engine, texts: list[str]) -> dict:
    out = {}
    for text in texts:
        r = engine.recogniser.recognise(text)
        data = asdict(r)
        data["candidates"] = [asdict(c) for c in r.candidates]
        out[text] = rounded(data)
    return out


class Recorder:
    """Wraps engine.handle to keep every turn's events and replies."""

    def __init__(self, engine: Engine):
        self.engine, self.turns = engine, []
        self._handle = engine.handle

    def __call__(self, session, incoming, *args, **kwargs):
        result = self._handle(session, incoming, *args, **kwargs)
        self.turns.append({
            "in": incoming.text if incoming.button is None else "button:" + incoming.button,
            "state": result.session["state"],
            "replies": [[r.text, [[b.label, b.payload] for b in r.buttons]] for r in result.replies],
            "events": [[e.name, rounded(e.data)] for e in result.events],
        })
        return result


def typed_dialogs(engine: Engine) -> dict:
    recorder = Recorder(engine)
    engine.handle = recorder
    out = {}
    try:
        for path in dev_files("typed_merchants_dev*.yaml"):
            for m in yaml.safe_load(path.read_text(encoding="utf-8"))["merchants"]:
                recorder.turns = []
                p = play(engine, m)
                out[f"{path.name}:{m['id']}"] = {
                    "played": rounded({k: v for k, v in asdict(p).items() if k != "transcript"}),
                    "turns": recorder.turns}
    finally:
        del engine.handle
    return out


def button_dialogs(engine: Engine) -> dict:
    outcomes = []
    for m in button_merchants(engine.kb):
        o = run_one(engine, m)
        outcomes.append([m.opening, m.lang, m.cause, o.resolved, o.turns, o.diagnosed, o.handoff,
                         o.baseline_turns])
    return {"summary": rounded(simulate(engine)), "outcomes": outcomes}


def dump(reverse: bool = False) -> dict:
    engine = Engine(load_kb())
    texts = dev_texts()[::-1] if reverse else dev_texts()
    return {"recognitions": recognitions(engine, texts), "typed": typed_dialogs(engine),
            "buttons": button_dialogs(engine)}


def differences(before: dict, after: dict, limit: int = 20) -> list[str]:
    found = []
    for part in before:
        for key in before[part].keys() | after.get(part, {}).keys():
            if before[part].get(key) != after.get(part, {}).get(key):
                found.append(f"{part}: {key}\n  before: {json.dumps(before[part].get(key), ensure_ascii=False)[:600]}"
                             f"\n  after:  {json.dumps(after.get(part, {}).get(key), ensure_ascii=False)[:600]}")
    return found[:limit] + ([f"... {len(found) - limit} more"] if len(found) > limit else [])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", help="write the dump here")
    parser.add_argument("--compare", help="a dump of the starting code to compare with")
    parser.add_argument("--reverse", action="store_true",
                        help="recognise the texts in reverse order (a cache that leaks from one "
                             "message into the next shows up as a difference)")
    args = parser.parse_args()
    result = dump(args.reverse)
    if args.out:
        Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True),
                                  encoding="utf-8")
    sizes = {"texts": len(result["recognitions"]), "typed_merchants": len(result["typed"]),
             "typed_turns": sum(len(t["turns"]) for t in result["typed"].values()),
             "button_merchants": len(result["buttons"]["outcomes"])}
    print(json.dumps(sizes))
    if args.compare:
        before = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        found = differences(before, json.loads(json.dumps(result, ensure_ascii=False)))
        print("\n".join(found) if found else "identical to " + args.compare)
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
