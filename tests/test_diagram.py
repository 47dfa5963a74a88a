"""The committed diagram is drawn from the machine definition and must be current."""

from pathlib import Path

from dialogs.flow import STATES, TRANSITIONS, diagram_markdown

DOC = Path(__file__).parent.parent / "docs" / "dialog.md"


def test_diagram_is_current():
    assert DOC.read_text(encoding="utf-8") == diagram_markdown(), (
        "docs/dialog.md is stale: run `posbot diagram -o docs/dialog.md`"
    )


def test_every_state_is_reachable_and_no_auto_transitions():
    reachable = {"start"}
    for t in TRANSITIONS:
        reachable.add(t["dest"])
    assert reachable == set(STATES)
    assert not any(t["trigger"].startswith("to_") for t in TRANSITIONS)
