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


def test_outcomes_are_a_partition(history):
    """By hand: A fixed by the bot; B fixed, rated 2, then handed to a person (counted once, as
    handed off, without a ticket: reason low rating); C handed off with ticket #1; D abandoned;
    E had no problem. 1 + 2 + 1 + 0 + 0 = 4 conversations with a problem = 100%."""
    r = compute(history, period_start("7d", NOW), now=NOW)
    assert r["conversations"] == 5 and r["with_problem"] == 4 and r["without_problem"] == 1
    assert r["outcomes"] == {
        "bot_resolved": {"count": 1, "share": 0.25}, "handed_off": {"count": 2, "share": 0.5},
        "abandoned": {"count": 1, "share": 0.25}, "ended": {"count": 0, "share": 0.0},
        "in_progress": {"count": 0, "share": 0.0}}
    assert sum(o["count"] for o in r["outcomes"].values()) == r["with_problem"]
    assert sum(o["share"] for o in r["outcomes"].values()) == pytest.approx(1.0)
    assert r["bot_resolved"] == 1 and r["bot_resolution_rate"] == 0.25
    assert r["handoffs"] == 2 and r["handoff_rate"] == 0.5
    assert r["handoffs_with_ticket"] == 1 and r["handoffs_without_ticket"] == {"low_rating": 1}
    assert r["abandoned"] == 1 and r["abandonment_rate"] == 0.25
    assert r["bot_fixes_confirmed"] == 2  # A and B: the merchant said the fix worked


def test_a_recent_silence_is_in_progress_and_a_cancel_has_ended(history):
    # D's last activity was 11:30; at 11:50 it is still in progress, not yet abandoned
    r = compute(history, period_start("7d", NOW), now=datetime(2026, 11, 24, 11, 50, tzinfo=timezone.utc))
    assert r["outcomes"]["in_progress"]["count"] == 1 and r["outcomes"]["abandoned"]["count"] == 0
    history.clock.value = "2026-11-24T11:55:00.000Z"
    history.save_turn(4, {"state": "closed", "lang": "zh", "facts": {}}, "closed", "zh", None, [], [], close=True)
    r = compute(history, period_start("7d", NOW), now=NOW)
    assert r["outcomes"]["ended"]["count"] == 1 and r["outcomes"]["abandoned"]["count"] == 0


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
    # 7d at NOW (25 Nov) is 19-25 Nov: every day is there, zeros included; 25 Nov is partial
    zero = {"conversations": 0, "with_problem": 0, "bot_resolved": 0, "handed_off": 0, "abandoned": 0,
            "ended": 0, "in_progress": 0, "partial": 0}
    assert r["daily"] == [
        {"day": "2026-11-19", **zero}, {"day": "2026-11-20", **zero}, {"day": "2026-11-21", **zero},
        {"day": "2026-11-22", **zero},
        {"day": "2026-11-23", **zero, "conversations": 1},
        {"day": "2026-11-24", **zero, "conversations": 4, "with_problem": 4, "bot_resolved": 1,
         "handed_off": 2, "abandoned": 1},
        {"day": "2026-11-25", **zero, "partial": 1},
    ]


def test_period_excludes_older_conversations(history):
    r = compute(history, datetime(2026, 11, 24, 0, 0, tzinfo=timezone.utc), now=NOW)
    assert r["conversations"] == 4 and r["gaps"] == []


def test_gaps_are_grouped(history):
    r = compute(history, period_start("7d", NOW), now=NOW)
    assert r["gaps"] == [{"key": "机器怪怪的", "text": "机器怪怪的", "count": 2, "examples": ["机器怪怪的", "机器怪怪的啊"],
                          "conversations": [5], "last_seen": "2026-11-23T08:01:00.000Z"}]
    grouped = group_gaps(["help", "help!", "打印机", "HELP", "help!"])
    assert [(g["count"], g["text"], g["key"]) for g in grouped] == [(4, "help!", "help"), (1, "打印机", "打印机")]


def test_windows_are_calendar_days_in_the_desk_time_zone():
    shanghai = ZoneInfo("Asia/Shanghai")
    at = datetime(2026, 11, 25, 3, 0, tzinfo=timezone.utc)  # 25 Nov 11:00 in Shanghai
    assert period_start("7d", at, tz=shanghai) == datetime(2026, 11, 19, 0, 0, tzinfo=shanghai)
    assert period_start("30d", at, tz=shanghai) == datetime(2026, 10, 27, 0, 0, tzinfo=shanghai)
    # the window does not slide while a manager looks at it
    assert period_start("7d", at.replace(hour=15), tz=shanghai) == period_start("7d", at, tz=shanghai)
    assert period_start("12h", at) == datetime(2026, 11, 24, 15, 0, tzinfo=timezone.utc)  # hours roll
    # across a daylight-saving change the window still starts at local midnight
    berlin = ZoneInfo("Europe/Berlin")
    start = period_start("7d", datetime(2026, 11, 2, 12, 0, tzinfo=timezone.utc), tz=berlin)
    assert (start.year, start.month, start.day, start.hour) == (2026, 10, 27, 0)


def test_an_empty_window_still_has_every_day(tmp_path):
    with Store(tmp_path / "empty.db") as store:
        r = compute(store, period_start("today", NOW), now=NOW)
    assert r["conversations"] == 0 and r["outcomes"]["bot_resolved"] == {"count": 0, "share": None}
    assert r["daily"] == [{"day": "2026-11-25", "conversations": 0, "with_problem": 0, "bot_resolved": 0,
                           "handed_off": 0, "abandoned": 0, "ended": 0, "in_progress": 0, "partial": 1}]


def test_bad_period():
    with pytest.raises(ValueError):
        period_start("forever")


def test_days_and_today_follow_the_desk_time_zone(history):
    shanghai = ZoneInfo("Asia/Shanghai")  # UTC+8: 23 Nov 08:00 UTC is 23 Nov 16:00 there
    history.clock.value = "2026-11-24T17:30:00.000Z"  # 25 Nov 01:30 in Shanghai
    history.start_conversation("telegram", "night", "u", "n", "zh", {"state": "start", "lang": "zh", "facts": {}})
    r = compute(history, period_start("7d", NOW), now=NOW, tz=shanghai)
    assert [(d["day"], d["conversations"]) for d in r["daily"]][-3:] == [
        ("2026-11-23", 1), ("2026-11-24", 4), ("2026-11-25", 1)]
    utc = compute(history, period_start("7d", NOW), now=NOW)
    assert [(d["day"], d["conversations"]) for d in utc["daily"]][-3:] == [
        ("2026-11-23", 1), ("2026-11-24", 5), ("2026-11-25", 0)]
    # "today" at NOW (25 Nov 20:00 in Shanghai) began at Shanghai's midnight, 24 Nov 16:00 UTC
    start = period_start("today", NOW, tz=shanghai)
    assert start.astimezone(timezone.utc) == datetime(2026, 11, 24, 16, 0, tzinfo=timezone.utc)
    assert compute(history, start, now=NOW, tz=shanghai)["conversations"] == 1


def test_demo_data_includes_today_up_to_now(tmp_path):
    from bot.demo import generate

    shanghai = ZoneInfo("Asia/Shanghai")
    now = datetime(2026, 11, 25, 7, 30, tzinfo=timezone.utc)  # 15:30 in Shanghai
    generate(str(tmp_path / "demo.db"), days=2, seed=5, tz=shanghai, now=now)
    with Store(tmp_path / "demo.db") as store:
        today = compute(store, period_start("today", now, tz=shanghai), now=now, tz=shanghai)
        latest = store.db.execute("select max(at) from messages").fetchone()[0]
        r = compute(store, period_start("7d", now, tz=shanghai), now=now, tz=shanghai)
    assert today["conversations"] > 0 and today["daily"][0]["partial"] == 1
    assert latest <= "2026-11-25T07:30:00.000Z"  # nothing after now
    assert [d["day"] for d in r["daily"] if d["conversations"]] == ["2026-11-23", "2026-11-24", "2026-11-25"]


def test_first_message_is_the_earliest_not_the_smallest(tmp_path):
    from bot.stats import conversation_facts

    clock = Clock()
    with Store(tmp_path / "first.db", clock=clock) as store:
        cid = store.start_conversation("telegram", "c", "u", "n", "zh", {"state": "start", "lang": "zh", "facts": {}})["id"]
        for hhmm, text in (("09:01", "打印机不出纸"), ("09:02", "A 还是不行")):  # "A…" sorts first
            at(clock, hhmm)
            store.add_message(cid, "in", "text", text)
        [facts] = conversation_facts(store, period_start("7d", NOW), now=NOW)
    assert facts["first_text"] == "打印机不出纸" and facts["turns"] == 2


def test_managers_may_name_the_period_in_their_own_words():
    from bot.stats_telegram import PERIODS, period_of

    assert [period_of(w) for w in ("week", "本周", "7天", "Month", "本月", "今天", "7d")] == [
        "7d", "7d", "7d", "30d", "30d", "today", "7d"]
    assert period_of("yesterday") not in PERIODS  # still answered with the usage line


def test_a_fix_that_did_not_hold_is_no_bot_resolution(tmp_path):
    """"It's fixed!", then "又不行了" (the engine's `reopened`) and no new resolution: the
    conversation is not counted as resolved by the bot, nor its fix as one that worked."""
    clock = Clock()
    store = Store(tmp_path / "stats.db", clock=clock)
    session = {"state": "start", "lang": "zh", "facts": {}}
    at(clock, "09:00")
    cid = store.start_conversation("telegram", "r1", "u", "n", "zh", session)["id"]
    for hhmm, state, events in (
            ("09:00", "fixing", [("problem", {"symptom": "s_printer", "category": "hardware"})]),
            ("09:02", "rating", [("fix_outcome", {"fix": "fix_load_paper", "worked": True}),
                                 ("resolved", {"by": "bot"})]),
            ("09:05", "fixing", [("reopened", {"fix": "fix_load_paper"})])):
        at(clock, hhmm)
        store.save_turn(cid, {**session, "state": state}, state, "zh", {"kind": "text", "text": "x"},
                        [], [{"name": n, "data": d} for n, d in events])
    r = compute(store, period_start("7d", NOW), now=NOW)
    assert r["bot_resolved"] == 0 and r["bot_fixes_confirmed"] == 0
