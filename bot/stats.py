"""Support statistics computed from stored events and tickets (definitions: docs/METRICS.md).

Everything here reads the store; nothing is kept in memory between calls, so the numbers
in Telegram, on the dashboard and from `posbot stats` are the same numbers.
"""

from __future__ import annotations

import json
import re
import statistics
from collections import Counter
from datetime import datetime, timedelta, timezone, tzinfo

from rapidfuzz import fuzz

from knowledge.text import fuzzy_key

# A conversation with an unresolved problem and no handoff counts as abandoned once the
# merchant has been silent this long.
ABANDON_AFTER = timedelta(minutes=30)
GAP_SIMILARITY = 85  # not-understood messages this similar are one knowledge-base gap
_PERIOD = re.compile(r"^(\d+)([dh])$")


def parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def local_day(value: str, tz: tzinfo = timezone.utc) -> str:
    """The desk's calendar day (YYYY-MM-DD) of a stored UTC timestamp."""
    return parse_time(value).astimezone(tz).strftime("%Y-%m-%d")


def local_clock(value: str, tz: tzinfo = timezone.utc) -> str:
    """HH:MM:SS of a stored UTC timestamp in the desk's time zone."""
    return parse_time(value).astimezone(tz).strftime("%H:%M:%S")


def period_start(period: str, now: datetime | None = None, tz: tzinfo = timezone.utc) -> datetime:
    """'today', '7d', '30d', '12h' -> the start of that window.

    Day windows are calendar days in the desk's time zone, today included: "7d" begins at
    midnight six days before today, so the window does not slide while a manager looks at it.
    Hour windows ("12h") are rolling."""
    now = now or datetime.now(timezone.utc)
    midnight = now.astimezone(tz).replace(hour=0, minute=0, second=0, microsecond=0)
    if period == "today":
        return midnight
    match = _PERIOD.match(period or "")
    if not match or int(match.group(1)) < 1:
        raise ValueError(f"period must be today, Nd or Nh (like 7d), got {period!r}")
    amount, unit = int(match.group(1)), match.group(2)
    if unit == "h":
        return now - timedelta(hours=amount)
    # Wall-clock midnight N-1 days earlier (timedelta on a ZoneInfo datetime keeps the wall clock).
    return (midnight - timedelta(days=amount - 1)).replace(fold=0)


def _median(values):
    return round(statistics.median(values), 1) if values else None


def _p90(values):
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))], 1)


def _share(part, whole):
    return round(part / whole, 4) if whole else None


# What became of a conversation with a problem: exactly one of these, so they add up to 100%.
OUTCOMES = ("bot_resolved", "handed_off", "abandoned", "ended", "in_progress")


def _outcome(conv: dict, resolved_by_bot: bool, handed_off: bool, now: datetime) -> str:
    if handed_off:  # a person took over, even after a fix the merchant then rated low
        return "handed_off"
    if resolved_by_bot:
        return "bot_resolved"
    if conv.get("resolved_by") == "merchant":
        return "ended"  # it went away while we asked: ended, and no fix of ours to credit
    if conv["status"] == "closed":
        return "ended"  # the merchant cancelled or started again without a fix
    if conv["state"] != "rating" and now - parse_time(conv["updated_at"]) >= ABANDON_AFTER:
        return "abandoned"
    return "in_progress"


def conversation_facts(store, since: datetime | None, now: datetime | None = None,
                       tz: tzinfo = timezone.utc, conversation_id: int | None = None,
                       messages: bool = True) -> list[dict]:
    """One row per conversation started in [since, now] (or just `conversation_id`): what it
    was about and what became of it.

    Every figure on the overview is a count of these rows (or of tickets), and the dashboard's
    conversation list filters the same rows, so a number and the list behind it always agree.
    `messages=False` skips the first message and the turn count (the figures do not need them)."""
    now = now or datetime.now(timezone.utc)
    columns = "id, channel, lang, state, status, user_name, started_at, updated_at"
    if conversation_id is not None:
        rows = store._rows(f"select {columns} from conversations where id = ?", [conversation_id])
        since_iso = rows[0]["started_at"] if rows else iso(now)
    else:
        since_iso = iso(since)
        rows = store._rows(f"select {columns} from conversations where started_at >= ? and started_at <= ? "
                           "order by id", [since_iso, iso(now)])
    facts = {c["id"]: {**c, "day": local_day(c["started_at"], tz), "codes": [], "symptoms": [],
                       "categories": [], "problem": False, "outcome": None, "resolved_by": None,
                       "handoff_reason": None, "ticket": None, "fixes": {}, "rating": None,
                       "bot_seconds": None, "gaps": [], "first_text": "", "turns": 0}
             for c in rows}
    if not facts:
        return []
    first_id = min(facts)
    handed = set()
    # Only the events a figure needs (a window holds many more), parsed here.
    names = ("problem", "resolved", "ticket_resolved", "handoff", "fix_outcome", "rating", "not_understood",
             "reopened")
    where = "conversation_id = ?" if conversation_id is not None else "at >= ?"
    events = store._rows(
        f"select conversation_id, name, data, at from events where {where} and name in ({', '.join('?' * len(names))}) "
        "order by id", [conversation_id if conversation_id is not None else since_iso, *names])
    for event in events:
        f = facts.get(event["conversation_id"])
        if f is None:
            continue
        name, data = event["name"], json.loads(event["data"]) if event["data"] else {}
        if name == "problem":
            if not f["problem"]:
                f["problem"], f["_problem_at"] = True, parse_time(event["at"])
            for key, field in (("code", "codes"), ("symptom", "symptoms"), ("category", "categories")):
                if data.get(key) and data[key] not in f[field]:
                    f[field].append(data[key])
        elif name in ("resolved", "ticket_resolved"):
            # Each resolution asks for a rating. An agent's shows as ticket_resolved, and (in
            # some histories) also as resolved by "agent": counted once.
            by = data.get("by", "bot") if name == "resolved" else "ticket"
            counts = f.setdefault("_resolutions", Counter())
            counts[by] += 1
            if f["resolved_by"] != "bot":
                f["resolved_by"] = "agent" if by in ("agent", "ticket") else by
            if data.get("by") == "bot" and f["bot_seconds"] is None and f.get("_problem_at"):
                f["bot_seconds"] = (parse_time(event["at"]) - f["_problem_at"]).total_seconds()
        elif name == "handoff":
            handed.add(f["id"])
            f["handoff_reason"] = f["handoff_reason"] or data.get("reason")
        elif name == "fix_outcome" and data.get("fix"):
            f["fixes"][data["fix"]] = bool(data.get("worked")) or f["fixes"].get(data["fix"], False)
        elif name == "reopened":
            # "又不行了" after "it's fixed": that resolution did not hold, nor did its fix (a
            # later resolution counts again)
            if f["resolved_by"] == "bot":
                f["resolved_by"], f["bot_seconds"] = None, None
            if data.get("fix"):
                f["fixes"][data["fix"]] = False
        elif name == "rating":
            f["rating"] = int(data.get("stars", 0)) or None
        elif name == "not_understood" and data.get("text"):
            f["gaps"].append((data["text"], event["at"]))
    for t in store._rows("select id, conversation_id from tickets where conversation_id >= ? order by id",
                         [first_id]):
        if t["conversation_id"] in facts and facts[t["conversation_id"]]["ticket"] is None:
            facts[t["conversation_id"]]["ticket"] = t["id"]
    # The merchant's earliest message (by arrival), and how many they sent.
    for m in [] if not messages else store._rows(
            "select conversation_id, count(*) n, min(id) first from messages "
            "where direction = 'in' and conversation_id >= ? group by conversation_id", [first_id]):
        if m["conversation_id"] in facts:
            facts[m["conversation_id"]]["turns"] = m["n"]
            facts[m["conversation_id"]]["_first_message"] = m["first"]
    firsts = {f["_first_message"]: f for f in facts.values() if f.get("_first_message")}
    for chunk in range(0, len(firsts), 500):
        ids = list(firsts)[chunk:chunk + 500]
        for m in store._rows(f"select id, text from messages where id in ({', '.join('?' * len(ids))})", ids):
            firsts[m["id"]]["first_text"] = m["text"] or ""
    for f in facts.values():
        if f["problem"]:
            f["outcome"] = _outcome(f, f["resolved_by"] == "bot", f["id"] in handed, now)
        resolutions = f.pop("_resolutions", Counter())
        f["rating_requests"] = resolutions["bot"] + max(resolutions["agent"], resolutions["ticket"])
        for private in ("_problem_at", "_first_message"):
            f.pop(private, None)
    return list(facts.values())


def sla_breached(ticket: dict, now: datetime, sla_minutes: int) -> bool:
    """Waited longer than the SLA before an agent took it (or, still waiting, until now)."""
    created = parse_time(ticket["created_at"])
    picked = parse_time(ticket["assigned_at"]) if ticket["assigned_at"] else (
        now if ticket["status"] == "waiting" else None)
    return bool(picked and picked - created > timedelta(minutes=sla_minutes))


def window_days(since: datetime, now: datetime, tz: tzinfo) -> list[str]:
    """Every calendar day of the window in the desk's time zone, oldest first."""
    first = since.astimezone(tz).date()
    last = now.astimezone(tz).date()
    return [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


DAILY_FIELDS = ["day", "conversations", "with_problem", *OUTCOMES, "partial"]


def compute(store, since: datetime, now: datetime | None = None, sla_minutes: int = 5,
            tz: tzinfo = timezone.utc) -> dict:
    now = now or datetime.now(timezone.utc)
    since_iso = iso(since)
    facts = conversation_facts(store, since, now, tz, messages=False)
    problems = [f for f in facts if f["problem"]]
    outcomes = Counter(f["outcome"] for f in problems)
    handed = [f for f in problems if f["outcome"] == "handed_off"]
    without_ticket = Counter(f["handoff_reason"] or "unknown" for f in handed if f["ticket"] is None)
    bot_times = [f["bot_seconds"] for f in facts if f["bot_seconds"] is not None]
    codes, symptoms, categories = Counter(), Counter(), Counter()
    fixes: dict[str, dict] = {}
    for f in facts:
        codes.update(f["codes"])
        symptoms.update(f["symptoms"])
        categories.update(f["categories"])
        for fix, worked in f["fixes"].items():
            row = fixes.setdefault(fix, {"fix": fix, "tried": 0, "worked": 0, "problems": Counter()})
            row["tried"] += 1
            row["worked"] += worked
            row["problems"][(f["codes"] or f["symptoms"] or ["-"])[0]] += 1
    ratings = [f["rating"] for f in facts if f["rating"]]
    rating_requests = sum(f["rating_requests"] for f in facts)

    daily = {day: Counter() for day in window_days(since, now, tz)}
    for f in facts:
        daily[f["day"]]["conversations"] += 1
        if f["problem"]:
            daily[f["day"]]["with_problem"] += 1
            daily[f["day"]][f["outcome"]] += 1
    today = now.astimezone(tz).date().isoformat()

    tickets = [t for t in store.tickets() if since_iso <= t["created_at"] <= iso(now)]
    first_response, agent_resolution = [], []
    per_agent: dict[str, dict] = {}
    for t in tickets:
        created = parse_time(t["created_at"])
        if t["first_agent_reply_at"]:
            first_response.append((parse_time(t["first_agent_reply_at"]) - created).total_seconds())
        if t["resolved_at"] and t["status"] == "resolved":
            agent_resolution.append((parse_time(t["resolved_at"]) - created).total_seconds())
        if t["agent_id"]:
            agent = per_agent.setdefault(t["agent_id"], {"agent_id": t["agent_id"], "name": t["agent_name"],
                                                         "tickets": 0, "handling": [], "ratings": []})
            agent["tickets"] += 1
            if t["resolved_at"] and t["assigned_at"]:
                agent["handling"].append((parse_time(t["resolved_at"]) - parse_time(t["assigned_at"])).total_seconds())
            if t["rating"]:
                agent["ratings"].append(t["rating"])
    waiting_now = sum(1 for t in store.tickets(["waiting"]))

    total = len(problems)
    return {
        "since": since_iso,
        "timezone": str(tz),
        "since_local_day": since.astimezone(tz).strftime("%Y-%m-%d"),
        "until": iso(now),
        "conversations": len(facts),
        "with_problem": total,
        "without_problem": len(facts) - total,
        "outcomes": {name: {"count": outcomes[name], "share": _share(outcomes[name], total)} for name in OUTCOMES},
        "handoffs_with_ticket": len(handed) - sum(without_ticket.values()),
        "handoffs_without_ticket": dict(without_ticket.most_common()),
        "bot_resolved": outcomes["bot_resolved"],
        "bot_resolution_rate": _share(outcomes["bot_resolved"], total),
        "handoffs": outcomes["handed_off"],
        "handoff_rate": _share(outcomes["handed_off"], total),
        "abandoned": outcomes["abandoned"],
        "abandonment_rate": _share(outcomes["abandoned"], total),
        "bot_fixes_confirmed": len(bot_times),
        "bot_time_to_resolution_s": {"median": _median(bot_times), "p90": _p90(bot_times)},
        "agent_time_to_resolution_s": {"median": _median(agent_resolution), "p90": _p90(agent_resolution)},
        "agent_first_response_s": {"median": _median(first_response), "p90": _p90(first_response)},
        "tickets": len(tickets),
        "tickets_waiting_now": waiting_now,
        "sla_breaches": sum(sla_breached(t, now, sla_minutes) for t in tickets),
        "rating": {
            "average": round(statistics.mean(ratings), 2) if ratings else None,
            "share_4_5": _share(sum(1 for r in ratings if r >= 4), len(ratings)),
            "response_rate": _share(len(ratings), rating_requests),
            "count": len(ratings),
            "count_4_5": sum(1 for r in ratings if r >= 4),
            "requests": rating_requests,
        },
        "top_codes": codes.most_common(10),
        "top_symptoms": symptoms.most_common(10),
        "top_categories": categories.most_common(8),
        "fixes": sorted(
            ({"fix": f["fix"], "tried": f["tried"], "worked": f["worked"],
              "success_rate": _share(f["worked"], f["tried"]), "problems": f["problems"].most_common(5)}
             for f in fixes.values()),
            key=lambda f: -f["tried"],
        ),
        "gaps": group_gaps([(text, at, f["id"]) for f in facts for text, at in f["gaps"]]),
        "agents": [
            {"agent_id": a["agent_id"], "name": a["name"], "tickets": a["tickets"],
             "median_handling_s": _median(a["handling"]),
             "rating": round(statistics.mean(a["ratings"]), 2) if a["ratings"] else None}
            for a in per_agent.values()
        ],
        "daily": [{"day": day, "conversations": daily[day]["conversations"],
                   "with_problem": daily[day]["with_problem"], **{k: daily[day][k] for k in OUTCOMES},
                   "partial": int(day == today)} for day in daily],
    }


def group_gaps(said: list, limit: int = 20) -> list[dict]:
    """Not-understood messages grouped by similarity: the knowledge base's to-do list.

    `said` holds texts, or (text, at, conversation_id) triples. A group's `key` is the
    normalised text of its most frequent wording: stable while the group exists, and what a
    support lead would teach the bot."""
    groups: list[dict] = []
    for item in said:
        text, at, conversation = (item, None, None) if isinstance(item, str) else item
        key = fuzzy_key(text)
        if not key:
            continue
        for group in groups:
            if fuzz.ratio(key, group["first_key"]) >= GAP_SIMILARITY:
                break
        else:
            group = {"first_key": key, "wordings": Counter(), "conversations": set(), "last": None}
            groups.append(group)
        group["wordings"][text] += 1
        if conversation is not None:
            group["conversations"].add(conversation)
        group["last"] = max(filter(None, (group["last"], at)), default=None)
    result = []
    for g in groups:
        wordings = [text for text, _ in g["wordings"].most_common()]
        result.append({"key": fuzzy_key(wordings[0]), "text": wordings[0], "count": sum(g["wordings"].values()),
                       "examples": wordings[:4], "conversations": sorted(g["conversations"]),
                       "last_seen": g["last"]})
    result.sort(key=lambda g: -g["count"])
    return result[:limit]


_SUMMARY = [
    ("📊 客服统计（{since} 至今，{tz}）", "📊 Support since {since} ({tz})"),
    ("会话：{conversations}（含故障：{with_problem}，无故障：{without_problem}）",
     "Conversations: {conversations} (with a problem: {with_problem}, without: {without_problem})"),
    ("故障会话去向（合计100%）：机器人解决 {bot_resolved} · 转人工 {handed_off} · 放弃 {abandoned} · "
     "未解决即结束 {ended} · 进行中 {in_progress}",
     "Problems, adding up to 100%: fixed by the bot {bot_resolved} · to a person {handed_off} · "
     "abandoned {abandoned} · ended unfixed {ended} · in progress {in_progress}"),
    ("机器人解决用时（中位）：{bot_time} · 客服首次响应（中位）：{first_reply}",
     "Bot time to fix (median): {bot_time} · agent first reply (median): {first_reply}"),
    ("当前等待工单：{waiting} · 超时（SLA）：{breaches}", "Tickets waiting now: {waiting} · SLA breaches: {breaches}"),
    ("评分：{rating}（4-5星 {share45}，评价率 {response}）",
     "Rating: {rating} (4-5★ {share45}, response {response})"),
]


def summary_text(report: dict, lang: str = "zh") -> str:
    """The short text /stats sends before the chart."""
    def pct(value):
        return "-" if value is None else f"{value * 100:.0f}%"

    def minutes(value):
        return "-" if value is None else f"{value / 60:.1f} min"

    r = report
    values = {
        "since": r.get("since_local_day") or r["since"][:10], "tz": r["timezone"],
        "conversations": r["conversations"], "with_problem": r["with_problem"],
        "without_problem": r["without_problem"],
        **{name: f"{pct(o['share'])} ({o['count']})" for name, o in r["outcomes"].items()},
        "bot_time": minutes(r["bot_time_to_resolution_s"]["median"]),
        "first_reply": minutes(r["agent_first_response_s"]["median"]),
        "waiting": r["tickets_waiting_now"], "breaches": r["sla_breaches"],
        "rating": r["rating"]["average"] or "-", "share45": pct(r["rating"]["share_4_5"]),
        "response": pct(r["rating"]["response_rate"]),
    }
    column = 0 if lang == "zh" else 1
    lines = [templates[column].format(**values) for templates in _SUMMARY]
    sep = "、" if lang == "zh" else ", "
    if r["top_codes"]:
        codes = sep.join(f"{c} ({n})" for c, n in r["top_codes"][:5])
        lines.append(("高频错误码：" if lang == "zh" else "Top codes: ") + codes)
    if r["gaps"]:
        count, groups = sum(g["count"] for g in r["gaps"]), len(r["gaps"])
        lines.append(f"未能理解：{count} 条，{groups} 类" if lang == "zh"
                     else f"Not understood: {count} messages in {groups} groups")
    return "\n".join(lines)
