"""How much of the typed merchants' gap is the questions asked, and how much what is read.

Each unresolved merchant of the given files is played again with every scripted reply (`answers`'
`say`) told up front in the opening. Resolved then: the bot reads those facts but never asked for
them (the questions); still failing: the facts are not read, misread, or the knowledge base lacks
the cause (the reading). Prints aggregates only, so it may be run on held-out files.

Usage: PYTHONPATH=. .venv/bin/python bench/told_up_front.py [--which] FILE [FILE ...]
--which also names each rescued merchant (id, cause, file): for dev and released files only, never
for a held-out file (it refuses a file whose name says holdout unless it is a released one named in
RELEASED).
(eighteenth round: released holdout21 and holdout22 at the round's start, 33 unresolved, 10
resolved when told up front; the fresh holdout23 and holdout24, 28 unresolved, 7. Nineteenth
round, dlg54: released holdout19-24 and dev21-24, 41 unresolved and 14 resolved when told at the
round's start; 39 and 12 after a told lead is followed up and a question that tells the two
likeliest causes apart comes before giving up. Twentieth round, dlg59: released holdout23-26 and
dev21-24, 35 unresolved and 8 resolved when told at the round's start; 33 and 5 once the daily
routine - sign-in, settlement, the provider's notice - is asked, q_routine. Twenty-second
round, dlg66: released holdout19-30 and dev21-24, 46 unresolved and 18 resolved when told at the
round's start; 43 and 15 once success words in the reply to a question after a failed fix are
asked about rather than taken as fixed, and a told fact's last lead is asked (is the date right?).
Twenty-third round, dlg70: released holdout19-32 and dev21-24, 49 unresolved and 24 resolved when
told at the round's start; 46 and 21 once "did anything change?" follows the first failed fix on a
named fault too, and a question comes before a last fix that is no sure thing. Twenty-fourth round,
dlg74: released holdout19-34 and dev21-24, 62 unresolved and 28 resolved when told at the round's
start; 61 and 27 once the question before the last fix is asked once per problem and may be worth
less (LAST_CHANCE_GAIN).)
"""

import copy
import glob
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dialogs.prepared import prepared_engine
from dialogs.typed_simulate import play


# held-out files released as dev material (they may be named one merchant at a time); the one
# list every bench that reads them uses (by_family.py, reply_kinds.py)
RELEASED_NUMBERS = range(19, 63)
RELEASED = {f"typed_merchants_holdout{n}.yaml" for n in RELEASED_NUMBERS}


def dev_and_released_files() -> list[str]:
    """Every dev typed file and every released held-out one (never a still-held-out file)."""
    return sorted(glob.glob("knowledge/eval/typed_merchants_dev*.yaml")) + [
        f"knowledge/eval/typed_merchants_holdout{n}.yaml" for n in RELEASED_NUMBERS]


def told_up_front(merchant: dict) -> dict:
    """The merchant with every scripted reply (`answers`' `say`) told in its opening."""
    told = copy.deepcopy(merchant)
    joiner = ". " if merchant["lang"] == "en" else "，"
    told["opening"] = joiner.join([merchant["opening"], *(a["say"] for a in merchant.get("answers") or [])])
    return told


def main(paths: list[str], which: bool = False) -> None:
    if which:
        for path in paths:
            name = path.rsplit("/", 1)[-1]
            if "holdout" in name and name not in RELEASED:
                sys.exit(f"--which names merchants: not on a held-out file ({name})")
    engine = prepared_engine()
    unresolved = rescued = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            merchants = yaml.safe_load(f)["merchants"]
        for merchant in merchants:
            if play(engine, merchant).resolved:
                continue
            unresolved += 1
            saved = play(engine, told_up_front(merchant)).resolved
            rescued += saved
            if which and saved:
                print(f"rescued {merchant['id']} ({merchant.get('truth', '?')[:90]}) {path.rsplit('/', 1)[-1]}")
    print(f"unresolved {unresolved}; resolved when every reply is told up front {rescued}")


if __name__ == "__main__":
    args = sys.argv[1:]
    main([a for a in args if a != "--which"], which="--which" in args)
