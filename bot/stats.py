"""Support statistics computed from stored events and tickets (definitions: docs/METRICS.md).

Everything here reads the store; nothing is kept in memory between calls, so the numbers
in Telegram, on the dashboard and from `posbot stats` are the same numbers.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
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
    """'today', '7d', '30d', '12h' -> the start of that window; "today" begins at midnight
    in the desk's time zone."""
    now = now or datetime.now(timezone.utc)
    if period == "today":
        return now.astimezone(tz).replace(hour=0, minute=0, second=0, microsecond=0)
    match = _PERIOD.match(period or "")
    if not match:
        raise ValueError(f"period must be today, Nd or Nh (like 7d), got {period!r}")
    amount, unit = int(match.group(1)), match.group(2)
    return now - (timedelta(days=amount) if unit == "d" else timedelta(hours=amount))


def _median(values):
    return round(statistics.median(values), 1) if values else None


def _p90(values):
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))], 1)


def _share(part, whole):
    return round(part / whole, 4) if whole else None


def compute(store, since: datetime, now: datetime | None = None, sla_minutes: int = 5,
            tz: tzinfo = timezone.utc) -> dict:
    now = now or datetime.now(timezone.utc)
    since_iso = iso(since)
    conversations = [
        c for c in store.db.query(
            "select id, lang, state, status, started_at, updated_at from conversations "
            "where started_at >= ? order by id", [since_iso])
    ]
    ids = {c["id"] for c in conversations}
    events = [e for e in store.events(since=since_iso) if e["conversation_id"] in ids]
    by_conv: dict[int, list[dict]] = defaultdict(list)
    for event in events:
        by_conv[event["conversation_id"]].append(event)

    with_problem, bot_resolved, handed_off, abandoned = set(), set(), set(), set()
    bot_times, codes, categories, symptoms = [], Counter(), Counter(), Counter()
    fixes: dict[str, dict] = {}
    ratings, rating_requests = [], 0
    gaps: list[str] = []
    daily: dict[str, Counter] = defaultdict(Counter)
    for conv in conversations:
        day = local_day(conv["started_at"], tz)
        daily[day]["conversations"] += 1
        problem_at = None
        for event in by_conv.get(conv["id"], []):
            name, data = event["name"], event["data"] or {}
            if name == "problem":
                with_problem.add(conv["id"])
                problem_at = problem_at or parse_time(event["at"])
                if data.get("code"):
                    codes[data["code"]] += 1
                if data.get("symptom"):
                    symptoms[data["symptom"]] += 1
                if data.get("category"):
                    categories[data["category"]] += 1
            elif name == "resolved":
                rating_requests += 1
                if data.get("by") == "bot" and conv["id"] not in bot_resolved:
                    bot_resolved.add(conv["id"])
                    daily[day]["bot_resolved"] += 1
                    if problem_at:
                        bot_times.append((parse_time(event["at"]) - problem_at).total_seconds())
            elif name == "handoff" and conv["id"] not in handed_off:
                handed_off.add(conv["id"])
                daily[day]["handoffs"] += 1
            elif name == "fix_outcome":
                key = data.get("fix")
                row = fixes.setdefault(key, {"fix": key, "tried": 0, "worked": 0, "codes": Counter()})
                row["tried"] += 1
                row["worked"] += bool(data.get("worked"))
            elif name == "rating":
                ratings.append(int(data.get("stars", 0)))
            elif name == "not_understood" and data.get("text"):
                gaps.append(data["text"])
        if (conv["id"] in with_problem and conv["id"] not in bot_resolved
                and conv["id"] not in handed_off and conv["state"] not in ("closed", "rating")
                and now - parse_time(conv["updated_at"]) >= ABANDON_AFTER):
            abandoned.add(conv["id"])
    # Which problem each fix was tried on: the conversation's code or symptom.
    problem_of = {}
    for event in events:
        if event["name"] == "problem":
            data = event["data"] or {}
            problem_of[event["conversation_id"]] = data.get("code") or data.get("symptom")
    for event in events:
        if event["name"] == "fix_outcome":
            row = fixes[(event["data"] or {}).get("fix")]
            row["codes"][problem_of.get(event["conversation_id"]) or "-"] += 1

    tickets = [t for t in store.tickets() if t["created_at"] >= since_iso]
    first_response, agent_resolution = [], []
    breaches = 0
    per_agent: dict[str, dict] = {}
    for t in tickets:
        created = parse_time(t["created_at"])
        if t["first_agent_reply_at"]:
            first_response.append((parse_time(t["first_agent_reply_at"]) - created).total_seconds())
        if t["resolved_at"] and t["status"] == "resolved":
            agent_resolution.append((parse_time(t["resolved_at"]) - created).total_seconds())
        picked = parse_time(t["assigned_at"]) if t["assigned_at"] else (now if t["status"] == "waiting" else None)
        if picked and (picked - created) > timedelta(minutes=sla_minutes):
            breaches += 1
        if t["agent_id"]:
            agent = per_agent.setdefault(t["agent_id"], {"agent_id": t["agent_id"], "name": t["agent_name"],
                                                         "tickets": 0, "handling": [], "ratings": []})
            agent["tickets"] += 1
            if t["resolved_at"] and t["assigned_at"]:
                agent["handling"].append((parse_time(t["resolved_at"]) - parse_time(t["assigned_at"])).total_seconds())
            if t["rating"]:
                agent["ratings"].append(t["rating"])
    waiting_now = sum(1 for t in store.tickets(["waiting"]))

    problems = len(with_problem)
    return {
        "since": since_iso,
        "timezone": str(tz),
        "since_local_day": since.astimezone(tz).strftime("%Y-%m-%d"),
        "until": iso(now),
        "conversations": len(conversations),
        "with_problem": problems,
        "bot_resolved": len(bot_resolved),
        "bot_resolution_rate": _share(len(bot_resolved), problems),
        "handoffs": len(handed_off),
        "handoff_rate": _share(len(handed_off), problems),
        "abandoned": len(abandoned),
        "abandonment_rate": _share(len(abandoned), problems),
        "bot_time_to_resolution_s": {"median": _median(bot_times), "p90": _p90(bot_times)},
        "agent_time_to_resolution_s": {"median": _median(agent_resolution), "p90": _p90(agent_resolution)},
        "agent_first_response_s": {"median": _median(first_response), "p90": _p90(first_response)},
        "tickets": len(tickets),
        "tickets_waiting_now": waiting_now,
        "sla_breaches": breaches,
        "rating": {
            "average": round(statistics.mean(ratings), 2) if ratings else None,
            "share_4_5": _share(sum(1 for r in ratings if r >= 4), len(ratings)),
            "response_rate": _share(len(ratings), rating_requests),
            "count": len(ratings),
        },
        "top_codes": codes.most_common(10),
        "top_symptoms": symptoms.most_common(10),
        "top_categories": categories.most_common(8),
        "fixes": sorted(
            ({"fix": f["fix"], "tried": f["tried"], "worked": f["worked"],
              "success_rate": _share(f["worked"], f["tried"]), "problems": f["codes"].most_common(5)}
             for f in fixes.values()),
            key=lambda f: -f["tried"],
        ),
        "gaps": group_gaps(gaps),
        "agents": [
            {"agent_id": a["agent_id"], "name": a["name"], "tickets": a["tickets"],
             "median_handling_s": _median(a["handling"]),
             "rating": round(statistics.mean(a["ratings"]), 2) if a["ratings"] else None}
            for a in per_agent.values()
        ],
        "daily": [{"day": day, **{k: daily[day][k] for k in ("conversations", "bot_resolved", "handoffs")}}
                  for day in sorted(daily)],
    }


def group_gaps(texts: list[str], limit: int = 20) -> list[dict]:
    """Not-understood messages grouped by similarity: the knowledge base's to-do list."""
    groups: list[dict] = []
    for text in texts:
        key = fuzzy_key(text)
        if not key:
            continue
        for group in groups:
            if fuzz.ratio(key, group["key"]) >= GAP_SIMILARITY:
                group["count"] += 1
                if len(group["examples"]) < 3 and text not in group["examples"]:
                    group["examples"].append(text)
                break
        else:
            groups.append({"key": key, "count": 1, "examples": [text]})
    groups.sort(key=lambda g: -g["count"])
    return [{"text": g["examples"][0], "count": g["count"], "examples": g["examples"]} for g in groups[:limit]]


_SUMMARY = [
    ("📊 客服统计（自 {since}）", "📊 Support since {since}"),
    ("会话：{conversations}（含故障：{with_problem}）",
     "Conversations: {conversations} (with a problem: {with_problem})"),
    ("机器人解决率：{bot_rate} · 转人工：{handoff_rate} · 放弃：{abandon_rate}",
     "Resolved by the bot: {bot_rate} · handoffs: {handoff_rate} · abandoned: {abandon_rate}"),
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
        "since": r.get("since_local_day") or r["since"][:10], "conversations": r["conversations"], "with_problem": r["with_problem"],
        "bot_rate": pct(r["bot_resolution_rate"]), "handoff_rate": pct(r["handoff_rate"]),
        "abandon_rate": pct(r["abandonment_rate"]),
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
