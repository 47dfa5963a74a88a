"""The same message gets the same diagnosis in every process. Python salts string hashes per
process, so a set of cause ids iterates in a different order each run; where that order leaked
into the candidates (engine._causes_around), the probabilities were summed in another order, two
tied causes came out one rounding step apart, and which fix came first changed with each restart
of the bot (a dev merchant, "ADD TIP? … old people … press 15 by mistake", got the PIN reminder
first in some processes and the tip setting in others)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Facts only, no fault named: the candidates are built around them (every card, the tip
# screen, slow PINs), with the rest of each fact's kind at a small weight.
OPENING = "tip screen on every sale since this week, old people slow at the pin, never asked for it"

PROBE = """
import json, sys
from dialogs.engine import Engine, Incoming
from knowledge.loader import load_kb
result = Engine(load_kb()).handle(None, Incoming(text=sys.argv[1], language_hint="en"))
facts = result.session["facts"]
print(json.dumps({"candidates": list(facts["candidates"].items()), "fix": facts.get("fix")}))
"""


def _diagnosis_in_a_process(hash_seed: int) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", PROBE, OPENING], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout)


def test_candidates_and_first_fix_do_not_change_with_the_hash_seed():
    first, *others = [_diagnosis_in_a_process(seed) for seed in (1, 2, 3)]
    assert len(first["candidates"]) > 10  # the facts' kin at a small weight, not only the leads
    assert first["fix"]
    for other in others:
        assert other == first
