"""How the engine reads typed merchants' own outcome words, one message at a time.

Each merchant of a typed-merchant file (knowledge/eval/typed_merchants_*.yaml) is played to
its first pending fix or explanation (its opening, then "不知道" / "dunno" to questions); there
its `fixed` text must end the problem (resolved; for a cause with no self-fix, a handoff counts
too); none of its `not_fixed` texts ("still the same", but also "the customer is waiting",
"where is that menu?") may be read as "it worked", and each should be understood (no re-ask). The simulator measures
whole conversations; this isolates the one reading that decides them, per message.

    .venv/bin/python bench/outcome_words.py FILE... [--show]

Held-out files: figures only (--show is refused for them, as by `posbot simulate`).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml  # noqa: E402

from dialogs.engine import Engine  # noqa: E402
from dialogs.messages import Incoming  # noqa: E402
from knowledge.loader import load_kb  # noqa: E402
from knowledge.matcher import Recogniser  # noqa: E402

HINT = {"zh": "zh-hans", "zh-hant": None, "en": "en"}
DONT_KNOW = {"zh": "不知道", "zh-hant": "唔知", "en": "dunno"}
PENDING = ("fixing", "explained")


def _to_pending(engine: Engine, merchant: dict):
    lang = merchant["lang"]
    session = engine.handle(None, Incoming(text=merchant["opening"], language_hint=HINT[lang])).session
    for _ in range(4):
        if session["state"] in PENDING:
            return session
        session = engine.handle(session, Incoming(text=DONT_KNOW[lang], language_hint=HINT[lang])).session
    return session if session["state"] in PENDING else None


def measure(engine: Engine, merchants: list[dict], show: bool) -> dict:
    played = fixed_ok = failed_n = failed_worked = failed_lost = 0
    for m in merchants:
        session = _to_pending(engine, m)
        if session is None:
            continue
        played += 1
        hint = HINT[m["lang"]]
        result = engine.handle(session, Incoming(text=m["fixed"], language_hint=hint))
        names = [e.name for e in result.events]
        ok = "resolved" in names or (not m["self_fixable"] and result.session["state"] == "handoff")
        fixed_ok += ok
        if show and not ok:
            print(f"fixed not read as fixed  {m['id']}: {m['fixed']}  {names}")
        for text in m["not_fixed"]:
            result = engine.handle(session, Incoming(text=text, language_hint=hint))
            names = [e.name for e in result.events]
            worked = "resolved" in names or any(
                e.name == "fix_outcome" and e.data.get("worked") for e in result.events)
            lost = "reask" in names or "not_understood" in names
            failed_n += 1
            failed_worked += worked
            failed_lost += lost
            if show and (worked or lost):
                print(f"not_fixed {'READ AS WORKED' if worked else 'not understood'}  {m['id']}: {text}  {names}")
    return {"merchants": len(merchants), "reached_a_fix": played,
            "fixed_read_as_fixed": f"{fixed_ok}/{played}",
            "not_fixed_read_as_worked": f"{failed_worked}/{failed_n}",
            "not_fixed_not_understood": f"{failed_lost}/{failed_n}"}


def main() -> int:
    show = "--show" in sys.argv
    files = [a for a in sys.argv[1:] if a != "--show"]
    if show and any("holdout" in Path(f).name for f in files):
        print("refusing to show held-out messages", file=sys.stderr)
        return 2
    kb = load_kb()
    engine = Engine(kb, Recogniser(kb))
    for f in files:
        merchants = yaml.safe_load(Path(f).read_text(encoding="utf-8"))["merchants"]
        print(Path(f).name, measure(engine, merchants, show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
