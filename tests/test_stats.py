"""Metric computations against a small history computed by hand (docs/METRICS.md)."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.stats import compute, group_gaps, period_start
from bot.store import Store

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self):
        self.value = "2026-11-24T09:00:00.000Z"

    def __call__(self):
        return self.value


def at(clock, hhmm: str, day: str = "2026-11-24"):
    clock.value = f"{day}T{hhmm}:00.000Z"


@pytest.fixture
def history(tmp_path):
    """Four conversations on 24 Nov and one on 23 Nov:
    A  problem 51 at 09:00, resolved by the bot at 09:02 (120 s), rated 5
    B  problem s_printer at 10:00, fix fails, fix works at 10:06 (360 s), rated 2, handoff (low rating)
    C  problem A0 at 11:00, handoff at 11:01; ticket created 11:01, taken 11:03 (agent 7001),
       first reply 11:04, resolved 11:21; rated 4 by agent
    D  problem s_comm at 11:30, then silent (abandoned: state diagnosing, last update 11:30)
    E  (23 Nov) greeting only, two messages not understood
    """
    clock = Clock()
    store = Store(tmp_path / "stats.db", clock=clock)
    session = {"state": "start", "lang": "zh", "facts": {}}

    def conv(hhmm, day="2026-11-24"):
        at(clock, hhmm, day)
        return store.start_conversation("telegram", f"c{hhmm}{day}", "u", "n", "zh", session)["id"]

    def turn(cid, hhmm, state, events, day="2026-11-24", close=False):
        at(clock, hhmm, day)
        store.save_turn(cid, {**session, "state": state}, state, "zh", {"kind": "text", "text": "x"},
                        [], [{"name": n, "data": d} for n, d in events], close=close)

    a = conv("09:00")
    turn(a, "09:00", "fixing", [("problem", {"code": "51", "category": "card"})])
    turn(a, "09:02", "rating", [("fix_outcome", {"fix": "fix_ask_other_card", "worked": True}),
                                ("resolved", {"by": "bot"})])
    turn(a, "09:03", "closed", [("rating", {"stars": 5, "by": "bot"})], close=True)
    b = conv("10:00")
    turn(b, "10:00", "fixing", [("problem", {"symptom": "s_printer", "category": "hardware"})])
    turn(b, "10:03", "fixing", [("fix_outcome", {"fix": "fix_load_paper", "worked": False})])
    turn(b, "10:06", "rating", [("fix_outcome", {"fix": "fix_clean_print_head", "worked": True}),
                                ("resolved", {"by": "bot"})])
    turn(b, "10:07", "handoff", [("rating", {"stars": 2, "by": "bot"}), ("handoff", {"reason": "low_rating"})])
    c = conv("11:00")
    turn(c, "11:00", "diagnosing", [("problem", {"code": "A0", "category": "merchant"})])
    turn(c, "11:01", "handoff", [("handoff", {"reason": "asked"})])
    at(clock, "11:01")
    ticket = store.create_ticket(conversation_id=c, chat_key="c", code="A0", category="merchant")
    at(clock, "11:03")
    store.take_ticket(ticket["id"], "7001", "Li Min")
    at(clock, "11:04")
    store.mark_first_agent_reply(ticket["id"])
    at(clock, "11:21")
    store.resolve_ticket(ticket["id"])
    turn(c, "11:21", "rating", [("resolved", {"by": "agent"})])
    turn(c, "11:22", "closed", [("rating", {"stars": 4, "by": "agent"})], close=True)
    store.set_ticket_fields(ticket["id"], rating=4)
    d = conv("11:30")
    turn(d, "11:30", "diagnosing", [("problem", {"symptom": "s_comm", "category": "network"})])
    e = conv("08:00", day="2026-11-23")
    turn(e, "08:00", "awaiting_problem", [("not_understood", {"text": "机器怪怪的"})], day="2026-11-23")
    turn(e, "08:01", "awaiting_problem", [("not_understood", {"text": "机器怪怪的啊"})], day="2026-11-23")
    yield store
    store.close()


def test_rates(history):
    r = compute(history, period_start("7d", NOW), now=NOW)
    assert r["conversations"] == 5 and r["with_problem"] == 4
    assert r["bot_resolved"] == 2 and r["bot_resolution_rate"] == 0.5
    assert r["handoffs"] == 2 and r["handoff_rate"] == 0.5
    assert r["abandoned"] == 1 and r["abandonment_rate"] == 0.25


def test_times(history):
    r = compute(history, period_start("7d", NOW), now=NOW)
    assert r["bot_time_to_resolution_s"] == {"median": 240.0, "p90": 360.0}  # 120 s and 360 s
    assert r["agent_time_to_resolution_s"] == {"median": 1200.0, "p90": 1200.0}  # 11:01 -> 11:21
    assert r["agent_first_response_s"] == {"median": 180.0, "p90": 180.0}  # 11:01 -> 11:04
    assert r["tickets_waiting_now"] == 0 and r["sla_breaches"] == 0  # taken after 2 min


def test_sla_breach_counts_waiting_tickets(history):
    history.clock.value = "2026-11-25T11:00:00.000Z"
    history.create_ticket(conversation_id=1, chat_key="late", code="96", category="host")
    r = compute(history, period_start("7d", NOW), now=NOW)  # waiting for 60 min at NOW
    assert r["tickets_waiting_now"] == 1 and r["sla_breaches"] == 1


def test_rating(history):
    r = compute(history, period_start("7d", NOW), now=NOW)["rating"]
    assert r["average"] == pytest.approx(11 / 3, abs=0.01)  # 5, 2, 4
    assert r["share_4_5"] == pytest.approx(2 / 3, abs=1e-4)
    assert r["response_rate"] == 1.0  # three resolutions asked for a rating, three ratings


def test_codes_fixes_agents_and_trend(history):
    r = compute(history, period_start("7d", NOW), now=NOW)
    assert dict(r["top_codes"]) == {"51": 1, "A0": 1}
    assert dict(r["top_categories"]) == {"card": 1, "hardware": 1, "merchant": 1, "network": 1}
    fixes = {f["fix"]: f for f in r["fixes"]}
    assert fixes["fix_load_paper"]["success_rate"] == 0.0 and fixes["fix_clean_print_head"]["success_rate"] == 1.0
    assert fixes["fix_ask_other_card"]["problems"] == [("51", 1)]
    [agent] = r["agents"]
    assert agent == {"agent_id": "7001", "name": "Li Min", "tickets": 1, "median_handling_s": 1080.0, "rating": 4.0}
    assert r["daily"] == [
        {"day": "2026-11-23", "conversations": 1, "bot_resolved": 0, "handoffs": 0},
        {"day": "2026-11-24", "conversations": 4, "bot_resolved": 2, "handoffs": 2},
    ]


def test_period_excludes_older_conversations(history):
    r = compute(history, datetime(2026, 11, 24, 0, 0, tzinfo=timezone.utc), now=NOW)
    assert r["conversations"] == 4 and r["gaps"] == []


def test_gaps_are_grouped(history):
    r = compute(history, period_start("7d", NOW), now=NOW)
    assert r["gaps"] == [{"text": "机器怪怪的", "count": 2, "examples": ["机器怪怪的", "机器怪怪的啊"]}]
    assert [g["count"] for g in group_gaps(["help", "help!", "打印机", "HELP"])] == [3, 1]


def test_bad_period():
    with pytest.raises(ValueError):
        period_start("forever")


def test_days_and_today_follow_the_desk_time_zone(history):
    shanghai = ZoneInfo("Asia/Shanghai")  # UTC+8: 23 Nov 08:00 UTC is 23 Nov 16:00 there
    history.clock.value = "2026-11-24T17:30:00.000Z"  # 25 Nov 01:30 in Shanghai
    history.start_conversation("telegram", "night", "u", "n", "zh", {"state": "start", "lang": "zh", "facts": {}})
    r = compute(history, period_start("7d", NOW), now=NOW, tz=shanghai)
    assert [(d["day"], d["conversations"]) for d in r["daily"]] == [
        ("2026-11-23", 1), ("2026-11-24", 4), ("2026-11-25", 1)]
    utc = compute(history, period_start("7d", NOW), now=NOW)
    assert [(d["day"], d["conversations"]) for d in utc["daily"]] == [("2026-11-23", 1), ("2026-11-24", 5)]
    # "today" at NOW (25 Nov 20:00 in Shanghai) began at Shanghai's midnight, 24 Nov 16:00 UTC
    start = period_start("today", NOW, tz=shanghai)
    assert start.astimezone(timezone.utc) == datetime(2026, 11, 24, 16, 0, tzinfo=timezone.utc)
    assert compute(history, start, now=NOW, tz=shanghai)["conversations"] == 1
