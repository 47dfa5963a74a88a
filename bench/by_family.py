"""0020000 by family: how the typed merchants of 0020000 resolve, per family of causes.

The seed article (shared/seeds/pos-error-0020000.zh.txt) groups 0020000's causes in six
families: hardware, software, network, transaction data / merchant setup, environment, operator
error. Over every dev and released typed file (typed_merchants_dev*, holdout19 ... holdout36)
this prints, per family, the 0020000 merchants resolved / total and how many of the family's
unresolved resolve when every scripted reply is told up front (bench/told_up_front.py's
machinery: the question gap against the reading gap).

A merchant's family is that of the cause it is resolved by, found without playing it: a fix of
the knowledge base is the merchant's when one of its `fixed_when` word lists is all in the fix's
own text (title, steps, findings' advice, both languages; the words the simulator requires in
the offered fix, dialogs/typed_simulate.py). The causes that list such a fix vote with their
category (a vote of 1/k for each such fix k causes list, so a fix many causes share - restart,
call the provider - says little; a cause of 0020000's own list counts twice), the categories fold into the
six families (network and host = network; merchant and card = transaction data / merchant setup),
and the family of most votes wins (ties: the order of FAMILIES). A merchant whose right fix is
in no cause of the knowledge base is "none" (a missing cause, not a family's).

Usage: PYTHONPATH=. .venv/bin/python bench/by_family.py [--which] [FILE ...]
(no FILE: every dev and released typed file; --which names the unresolved by family.)
Never run on a held-out file that is not released (it refuses one).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.told_up_front import RELEASED, dev_and_released_files, told_up_front  # noqa: E402
from dialogs.prepared import prepared_engine  # noqa: E402
from dialogs.typed_simulate import _simplified, play  # noqa: E402

FAMILIES = ("hardware", "software", "network", "transaction data / merchant setup",
            "environment", "operator error")
FAMILY_OF = {"hardware": FAMILIES[0], "software": FAMILIES[1], "network": FAMILIES[2],
             "host": FAMILIES[2], "merchant": FAMILIES[3], "card": FAMILIES[3],
             "environment": FAMILIES[4], "operation": FAMILIES[5]}


def fix_texts(kb) -> dict[str, str]:
    texts = {}
    for fix in kb.fixes.values():
        parts = [fix.title.zh, fix.title.en, *fix.steps.zh, *fix.steps.en]
        parts += [t for f in fix.findings for t in (f.says.zh, f.says.en)]
        texts[fix.id] = _simplified("\n".join(parts))
    return texts


def family_of(kb, texts: dict[str, str], merchant: dict) -> tuple[str, list[str]]:
    """The merchant's family and the causes whose fixes are its right fix."""
    lists = [[_simplified(w) for w in words] for words in merchant["fixed_when"]]
    right = {fid for fid, text in texts.items() if any(all(w in text for w in ws) for ws in lists)}
    listed = set(kb.codes["0020000"].causes)
    votes: Counter[str] = Counter()
    causes = []
    sharing = Counter(fid for cause in kb.causes.values() for fid in set(cause.fixes))
    scores: Counter[str] = Counter()
    for cause in kb.causes.values():
        if mine := right & set(cause.fixes):
            # a fix many causes share (restart, call the provider) says little of the family
            scores[cause.id] = sum(1 / sharing[fid] for fid in mine) * (2 if cause.id in listed else 1)
            votes[FAMILY_OF[cause.category]] += scores[cause.id]
    causes = sorted(scores, key=lambda c: -scores[c])
    if not votes:
        return "none", []
    best = max(votes.values())
    return next(f for f in FAMILIES if votes[f] == best), causes


def main(paths: list[str], which: bool = False) -> None:
    for path in paths:
        name = path.rsplit("/", 1)[-1]
        if "holdout" in name and name not in RELEASED:
            sys.exit(f"not on a held-out file ({name})")
    engine = prepared_engine()
    kb = engine.kb
    texts = fix_texts(kb)
    total: Counter[str] = Counter()
    resolved: Counter[str] = Counter()
    rescued: Counter[str] = Counter()
    missed: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        with open(path, encoding="utf-8") as f:
            merchants = yaml.safe_load(f)["merchants"]
        short = path.rsplit("/", 1)[-1].replace("typed_merchants_", "").replace(".yaml", "")
        for merchant in merchants:
            if merchant.get("code") != "0020000":
                continue
            family, causes = family_of(kb, texts, merchant)
            total[family] += 1
            if play(engine, merchant).resolved:
                resolved[family] += 1
                continue
            saved = play(engine, told_up_front(merchant)).resolved
            rescued[family] += saved
            missed[family].append(f"{short} {merchant['id']}{' (told: R)' if saved else ''} {','.join(causes[:3])}")
    print(f"{'family':36} resolved/total  unresolved  told-up-front resolves")
    for family in (*FAMILIES, "none"):
        if total[family]:
            n, r = total[family], resolved[family]
            print(f"{family:36} {r:3}/{n:<3} {100 * r / n:5.1f}%  {n - r:10}  {rescued[family]:5}")
    n, r = sum(total.values()), sum(resolved.values())
    print(f"{'all 0020000':36} {r:3}/{n:<3} {100 * r / n:5.1f}%  {n - r:10}  {sum(rescued.values()):5}")
    if which:
        for family in (*FAMILIES, "none"):
            for line in missed[family]:
                print(f"unresolved [{family}] {line}")


if __name__ == "__main__":
    args = sys.argv[1:]
    files = [a for a in args if a != "--which"]
    main(files or dev_and_released_files(), which="--which" in args)
