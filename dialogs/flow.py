"""The dialog's states and transitions, as data, run by `transitions`.

One Machine serves every conversation: a conversation is a small model object added for the
turn and removed after it, holding only plain data (state name and facts), so it can be
saved as JSON and restored. `auto_transitions` is off: no code can jump to a state the
table does not allow. `docs/dialog.md` is drawn from this table (`posbot diagram`).
"""

from __future__ import annotations

from transitions import Machine

STATES = [
    "start",  # nothing said yet
    "awaiting_problem",  # asked the merchant to describe the fault
    "clarifying",  # several faults fit: offered the candidates as buttons
    "details",  # collecting brand / model / when it happens (codes like 0020000)
    "diagnosing",  # asked a diagnostic question, waiting for the answer
    "fixing",  # suggested a fix, waiting to hear whether it worked
    "offering_human",  # fixes ran out or stopped being likely: offered a person or one more try
    "explained",  # explained a code in one turn (card declines), waiting for what next
    "rating",  # resolved: asked for a 1-5 rating
    "handoff",  # handed to a human agent; the bot stays quiet
    "closed",  # conversation over; the next message starts a new problem
]

_OPEN = ["start", "awaiting_problem", "clarifying", "explained", "closed", "rating"]
_ANY_BUT_HANDOFF = [s for s in STATES if s != "handoff"]

TRANSITIONS = [
    {"trigger": "greet", "source": "start", "dest": "awaiting_problem"},
    {"trigger": "ask_problem", "source": _OPEN, "dest": "awaiting_problem"},
    {"trigger": "clarify", "source": _OPEN, "dest": "clarifying"},
    {"trigger": "ask_details", "source": _OPEN, "dest": "details"},
    {"trigger": "ask_question", "source": [*_OPEN, "details", "diagnosing", "fixing", "offering_human"],
     "dest": "diagnosing"},
    {"trigger": "suggest_fix", "source": [*_OPEN, "details", "diagnosing", "fixing", "offering_human"],
     "dest": "fixing"},
    {"trigger": "offer_human", "source": [*_OPEN, "details", "diagnosing", "fixing"],
     "dest": "offering_human"},
    {"trigger": "explain", "source": [*_OPEN, "details"], "dest": "explained"},
    {"trigger": "resolve", "source": ["fixing", "explained", "offering_human", "diagnosing", "details"], "dest": "rating"},
    {"trigger": "rate", "source": "rating", "dest": "closed"},
    {"trigger": "escalate", "source": _ANY_BUT_HANDOFF, "dest": "handoff"},
    {"trigger": "agent_resolved", "source": "handoff", "dest": "rating"},
    {"trigger": "agent_released", "source": "handoff", "dest": "handoff"},
    {"trigger": "cancel_handoff", "source": "handoff", "dest": "closed"},
    {"trigger": "switch_problem", "source": ["details", "diagnosing", "fixing", "offering_human"],
     "dest": "awaiting_problem"},
    {"trigger": "restart", "source": STATES, "dest": "awaiting_problem"},
    {"trigger": "cancel", "source": _ANY_BUT_HANDOFF, "dest": "closed"},
]


class Conversation:
    """The model transitions drives: state plus the session's plain data."""

    def __init__(self, session: dict):
        self.session = session
        self.state = session["state"]


def build_machine() -> Machine:
    return Machine(
        model=None,
        states=STATES,
        transitions=TRANSITIONS,
        initial="start",
        auto_transitions=False,
        send_event=False,
    )


def diagram_markdown() -> str:
    """docs/dialog.md: the table above drawn by transitions' own Mermaid backend."""
    from transitions.extensions import GraphMachine

    class _Drawing:
        pass

    model = _Drawing()
    GraphMachine(model=model, states=STATES, transitions=TRANSITIONS, initial="start",
                 auto_transitions=False, graph_engine="mermaid")
    chart = model.get_graph().draw(None)
    return (
        "# Dialog state machine\n\n"
        "Generated from `dialogs/flow.py` by `posbot diagram -o docs/dialog.md`; "
        "a test fails when this file is stale.\n\n"
        f"```mermaid\n{chart.strip()}\n```\n"
    )
