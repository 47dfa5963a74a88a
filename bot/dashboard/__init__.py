"""The managers' web dashboard: overview with charts, tickets, transcripts, knowledge gaps, CSV.

Server-rendered HTML from aiohttp; every merchant text is escaped; no CDN, no inline script
(a strict Content-Security-Policy says so); access needs POSBOT_DASHBOARD_TOKEN, exchanged at
login for a random session id in an HttpOnly, SameSite=Strict cookie.
"""

from __future__ import annotations

import csv
import hmac
import io
import secrets
import sys
import time
from datetime import timezone
from html import escape
from pathlib import Path

from aiohttp import web

from bot.charts import overview_png
from bot.stats import compute, local_clock, parse_time, period_start

HERE = Path(__file__).parent
COOKIE = "posbot_session"
SESSION_SECONDS = 12 * 3600
PERIODS = {"today": "今天 Today", "7d": "7天 7 days", "30d": "30天 30 days"}
CSP = "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'none'; frame-ancestors 'none'; form-action 'self'"

TOKEN_KEY = web.AppKey("token", str)
STORE_KEY = web.AppKey("store", object)
SESSIONS_KEY = web.AppKey("sessions", dict)
SLA_KEY = web.AppKey("sla", int)
TZ_KEY = web.AppKey("tz", object)
KB_KEY = web.AppKey("kb", object)


class Html(str):
    """Markup the dashboard built itself (teach links, forms): tables do not escape it again."""


def _title(kb, key) -> str:
    """What a code, symptom or fix id means, in both languages: managers read titles, not ids."""
    if key is None:
        return "–"
    item = kb.code(str(key)) or kb.symptoms.get(key) or kb.fixes.get(key)
    return f"{item.title.zh} · {item.title.en}" if item else str(key)


def make_app(token: str, store, sla_minutes: int = 5, kb=None, tz=timezone.utc) -> web.Application:
    from knowledge.loader import load_kb

    app = web.Application(middlewares=[_security])
    app[KB_KEY] = kb or load_kb()
    app[TOKEN_KEY] = token
    app[STORE_KEY] = store
    app[SESSIONS_KEY] = {}
    app[SLA_KEY] = sla_minutes
    app[TZ_KEY] = tz
    app.router.add_get("/login", login_page)
    app.router.add_post("/login", login)
    app.router.add_get("/logout", logout)
    app.router.add_get("/static/style.css", style)
    app.router.add_get("/favicon.ico", no_icon)
    app.router.add_get("/", overview)
    app.router.add_get("/chart.png", chart)
    app.router.add_get("/tickets", tickets)
    app.router.add_get("/conversations", conversations)
    app.router.add_get("/conversation/{id:\\d+}", transcript)
    app.router.add_get("/gaps", gaps)
    app.router.add_get("/export/conversations.csv", export_conversations)
    app.router.add_get("/export/daily.csv", export_daily)
    from bot.dashboard import teach

    teach.add_routes(app)
    return app


async def start_dashboard(settings, store) -> web.AppRunner:
    host, _, port = settings.dashboard_listen.rpartition(":")
    runner = web.AppRunner(make_app(settings.dashboard_token, store, settings.sla_minutes, tz=settings.timezone))
    await runner.setup()
    await web.TCPSite(runner, host or "127.0.0.1", int(port)).start()
    return runner


# -- security -------------------------------------------------------------------------------

PUBLIC = {"/login", "/static/style.css", "/favicon.ico"}


@web.middleware
async def _security(request: web.Request, handler):
    if request.path not in PUBLIC and not _signed_in(request):
        if request.method == "POST" or request.path.startswith("/export/") or request.path.endswith(".png"):
            raise web.HTTPUnauthorized(text="login required")
        raise web.HTTPFound("/login")
    response = await handler(request)
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def _signed_in(request: web.Request) -> bool:
    sessions = request.app[SESSIONS_KEY]
    sid = request.cookies.get(COOKIE, "")
    expires = sessions.get(sid)
    return bool(expires and expires > time.time())


async def login_page(request: web.Request, error: str = "") -> web.Response:
    message = f'<p class="error">{escape(error)}</p>' if error else ""
    body = f"""<div class="login"><h2>posbot</h2>{message}
<form method="post" action="/login"><p><label>令牌 Token<br><input type="password" name="token" id="token" autofocus></label></p>
<button type="submit" id="login">登录 Sign in</button></form></div>"""
    return _html("Sign in", body, status=401 if error else 200, nav=False)


async def login(request: web.Request) -> web.Response:
    form = await request.post()
    given = str(form.get("token", ""))
    if not hmac.compare_digest(given.encode(), request.app[TOKEN_KEY].encode()):
        return await login_page(request, "令牌不对 Wrong token")
    sid = secrets.token_urlsafe(32)
    request.app[SESSIONS_KEY][sid] = time.time() + SESSION_SECONDS
    response = web.HTTPFound("/")
    response.set_cookie(COOKIE, sid, httponly=True, samesite="Strict", max_age=SESSION_SECONDS)
    raise response


async def logout(request: web.Request) -> web.Response:
    request.app[SESSIONS_KEY].pop(request.cookies.get(COOKIE, ""), None)
    response = web.HTTPFound("/login")
    response.del_cookie(COOKIE)
    raise response


async def no_icon(request: web.Request) -> web.Response:
    return web.Response(status=204)


async def style(request: web.Request) -> web.Response:
    return web.Response(text=(HERE / "style.css").read_text(encoding="utf-8"), content_type="text/css")


# -- pages -----------------------------------------------------------------------------------

def _html(title: str, body: str, status: int = 200, nav: bool = True, active: str = "") -> web.Response:
    links = [("/", "概览 Overview"), ("/tickets", "工单 Tickets"), ("/conversations", "会话 Conversations"),
             ("/gaps", "知识缺口 Gaps")]
    header = ""
    if nav:
        items = "".join(f'<a href="{href}"{" class=active" if href == active else ""}>{label}</a>' for href, label in links)
        header = f'<header><span class="brand">posbot</span>{items}<a href="/logout">退出 Sign out</a></header>'
    page = f"""<!doctype html><html lang="zh"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)} · posbot</title>
<link rel="stylesheet" href="/static/style.css"></head>
<body>{header}<main>{body}</main></body></html>"""
    return web.Response(text=page, content_type="text/html", status=status)


def _period(request: web.Request) -> str:
    period = request.query.get("period", "7d")
    return period if period in PERIODS else "7d"


def _report(request: web.Request) -> dict:
    tz = request.app[TZ_KEY]
    return compute(request.app[STORE_KEY], period_start(_period(request), tz=tz),
                   sla_minutes=request.app[SLA_KEY], tz=tz)


def _when(request: web.Request, value: str | None) -> str:
    """A stored UTC time as the desk reads it: YYYY-MM-DD HH:MM in POSBOT_TIMEZONE."""
    if not value:
        return ""
    return parse_time(value).astimezone(request.app[TZ_KEY]).strftime("%Y-%m-%d %H:%M")


def _pct(value) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def _minutes(seconds) -> str:
    return "–" if seconds is None else f"{seconds / 60:.1f} min"


def _table(headers: list[str], rows: list[list], row_links: list[str] | None = None, table_id: str = "") -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = []
    for n, row in enumerate(rows):
        cells = "".join(f"<td>{c if isinstance(c, Html) else escape(str(c))}</td>" for c in row)
        if row_links:
            cells = cells.replace("<td>", f'<td><a href="{row_links[n]}">', 1).replace("</td>", "</a></td>", 1)
            body.append(f'<tr class="link">{cells}</tr>')
        else:
            body.append(f"<tr>{cells}</tr>")
    ident = f' id="{table_id}"' if table_id else ""
    return f"<table{ident}><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


async def overview(request: web.Request) -> web.Response:
    period = _period(request)
    r = _report(request)
    cards = [
        ("会话 Conversations", r["conversations"]),
        ("机器人解决率 Bot resolution", _pct(r["bot_resolution_rate"])),
        ("转人工率 Handoff rate", _pct(r["handoff_rate"])),
        ("放弃率 Abandonment", _pct(r["abandonment_rate"])),
        ("机器人解决用时 Bot time to fix (median / p90)",
         f"{_minutes(r['bot_time_to_resolution_s']['median'])} / {_minutes(r['bot_time_to_resolution_s']['p90'])}"),
        ("客服解决用时 Agent time to resolve (median / p90)",
         f"{_minutes(r['agent_time_to_resolution_s']['median'])} / {_minutes(r['agent_time_to_resolution_s']['p90'])}"),
        ("客服首次响应 First reply (median / p90)",
         f"{_minutes(r['agent_first_response_s']['median'])} / {_minutes(r['agent_first_response_s']['p90'])}"),
        ("当前等待工单 Waiting now", r["tickets_waiting_now"]),
        ("超时 SLA breaches", r["sla_breaches"]),
        ("评分 Rating", r["rating"]["average"] if r["rating"]["average"] is not None else "–"),
        ("4-5星 Share 4-5", _pct(r["rating"]["share_4_5"])),
        ("评价率 Rating response", _pct(r["rating"]["response_rate"])),
    ]
    card_html = "".join(
        f'<div class="card"><div class="label">{escape(label)}</div><div class="value">{escape(str(value))}</div></div>'
        for label, value in cards
    )
    periods = " · ".join(
        f'<a href="/?period={p}">{escape(label)}</a>' if p != period else f"<b>{escape(label)}</b>"
        for p, label in PERIODS.items()
    )
    kb = request.app[KB_KEY]
    fixes = [[_title(kb, f["fix"]), f["tried"], f["worked"], _pct(f["success_rate"]),
              ", ".join(f"{p if kb.code(str(p)) else _title(kb, p)} ({n})" for p, n in f["problems"])]
             for f in r["fixes"][:15]]
    codes = [[code, _title(kb, code), n] for code, n in r["top_codes"]]
    symptoms = [[_title(kb, symptom), n] for symptom, n in r["top_symptoms"]]
    agents = [[a["name"] or a["agent_id"], a["tickets"], _minutes(a["median_handling_s"]), a["rating"] or "–"]
              for a in r["agents"]]
    body = f"""<p>{periods}</p><div class="cards" id="metrics">{card_html}</div>
<img class="chart" id="chart" src="/chart.png?period={period}" alt="trend and categories" width="1000" height="380">
<h3>高频错误码 Top codes</h3>{_table(["code", "meaning", "count"], codes, table_id="codes")}
<h3>高频故障 Top symptoms</h3>{_table(["symptom", "count"], symptoms, table_id="symptoms")}
<h3>修复效果 Fix success</h3>{_table(["fix", "tried", "worked", "success", "problems"], fixes, table_id="fixes")}
<h3>客服 Agents</h3>{_table(["agent", "tickets", "median handling", "rating"], agents, table_id="agents")}
<p><a href="/export/conversations.csv?period={period}" id="csv-conversations">CSV: 每个会话 one row per conversation</a> ·
<a href="/export/daily.csv?period={period}" id="csv-daily">CSV: 每天 one row per day</a></p>"""
    return _html("Overview", body, active="/")


async def chart(request: web.Request) -> web.Response:
    lang = "en" if request.query.get("lang") == "en" else "zh"
    return web.Response(body=overview_png(_report(request), lang), content_type="image/png")


async def tickets(request: web.Request) -> web.Response:
    store = request.app[STORE_KEY]
    q = {k: request.query.get(k, "").strip() for k in ("status", "code", "category", "agent", "text")}
    rows, links = [], []
    for t in reversed(store.tickets()):
        if q["status"] and t["status"] != q["status"]:
            continue
        if q["code"] and (t["code"] or "") != q["code"].upper():
            continue
        if q["category"] and (t["category"] or "") != q["category"]:
            continue
        if q["agent"] and q["agent"].lower() not in (t["agent_name"] or "").lower():
            continue
        if q["text"] and q["text"].lower() not in ((t["summary"] or "") + (t["user_name"] or "")).lower():
            continue
        rows.append([f"#{t['id']}", t["status"], t["code"] or "–", t["category"] or "–", t["user_name"] or t["user_id"],
                     t["agent_name"] or "–", _when(request, t["created_at"]), t["reason"] or ""])
        links.append(f"/conversation/{t['conversation_id']}")
    statuses = "".join(f'<option value="{s}"{" selected" if q["status"] == s else ""}>{s or "all"}</option>'
                       for s in ("", "waiting", "assigned", "resolved", "cancelled"))
    form = f"""<form class="filters" method="get" action="/tickets" id="ticket-filter">
<select name="status">{statuses}</select>
<input name="code" placeholder="code" value="{escape(q['code'])}">
<input name="category" placeholder="category" value="{escape(q['category'])}">
<input name="agent" placeholder="agent" value="{escape(q['agent'])}">
<input name="text" placeholder="search" value="{escape(q['text'])}"><button type="submit">筛选 Filter</button></form>"""
    table = _table(["ticket", "status", "code", "category", "merchant", "agent", f"created ({request.app[TZ_KEY]})", "reason"],
                   rows[:500], links[:500], table_id="tickets")
    return _html("Tickets", f"<h2>工单 Tickets ({len(rows)})</h2>{form}{table}", active="/tickets")


def _conversation_rows(store, since_iso: str | None = None) -> list[dict]:
    """One row per conversation with its problem, outcome and rating, from events."""
    where = "where started_at >= ?" if since_iso else ""
    convs = store._rows(f"select id, channel, lang, state, started_at, user_name from conversations {where} order by id",
                        [since_iso] if since_iso else [])
    info = {c["id"]: {**c, "code": "", "symptom": "", "category": "", "resolved_by": "", "handoff": 0,
                      "rating": "", "turns": 0, "first_text": ""} for c in convs}
    for event in store.events(since=since_iso):
        row = info.get(event["conversation_id"])
        if row is None:
            continue
        data = event["data"] or {}
        if event["name"] == "problem":
            row.update(code=data.get("code") or "", symptom=data.get("symptom") or "", category=data.get("category") or "")
        elif event["name"] == "resolved":
            row["resolved_by"] = data.get("by") or ""
        elif event["name"] == "handoff":
            row["handoff"] = 1
        elif event["name"] == "rating":
            row["rating"] = data.get("stars")
    for r in store._rows("select conversation_id, count(*) n, min(case when kind = 'text' then text end) t "
                         "from messages where direction = 'in' group by conversation_id"):
        if r["conversation_id"] in info:
            info[r["conversation_id"]]["turns"] = r["n"]
            info[r["conversation_id"]]["first_text"] = r["t"] or ""
    return list(info.values())


async def conversations(request: web.Request) -> web.Response:
    store = request.app[STORE_KEY]
    text = request.query.get("text", "").strip().lower()
    rows = [r for r in reversed(_conversation_rows(store)) if not text or text in r["first_text"].lower()][:300]
    table = _table(["id", f"started ({request.app[TZ_KEY]})", "lang", "state", "code / symptom", "category", "resolved by", "rating", "first message"],
                   [[r["id"], _when(request, r["started_at"]), r["lang"], r["state"], r["code"] or r["symptom"],
                     r["category"], r["resolved_by"] or ("handoff" if r["handoff"] else ""), r["rating"], r["first_text"][:80]]
                    for r in rows], [f"/conversation/{r['id']}" for r in rows], table_id="conversations")
    form = f"""<form class="filters" method="get" action="/conversations"><input name="text" placeholder="search" value="{escape(text)}">
<button type="submit">筛选 Filter</button></form>"""
    return _html("Conversations", f"<h2>会话 Conversations</h2>{form}{table}", active="/conversations")


async def transcript(request: web.Request) -> web.Response:
    store = request.app[STORE_KEY]
    conversation_id = int(request.match_info["id"])
    conv = store.conversation(conversation_id)
    if conv is None:
        raise web.HTTPNotFound(text="no such conversation")
    lines = []
    for m in store.transcript(conversation_id):
        who = {"in": "商户 Merchant", "out": "机器人 Bot"}.get(m["direction"], m["direction"])
        css = "msg-in" if m["direction"] == "in" else "msg-out"
        if m["kind"] == "agent":
            who, css = "客服 Agent", "msg-agent"
        text = m["text"] if m["text"] is not None else f"[{m['kind']}]"
        lines.append(f'<tr><td>{escape(local_clock(m["at"], request.app[TZ_KEY]))}</td><td class="{css}">{escape(who)}</td>'
                     f'<td class="pre">{escape(text)}</td></tr>')
    events = ", ".join(escape(e["name"]) for e in store.events(conversation_id=conversation_id))
    body = f"""<h2>会话 Conversation #{conversation_id}</h2>
<p>{escape(conv['user_name'] or '')} · {escape(conv['lang'] or '')} · {escape(conv['state'] or '')} · {escape(_when(request, conv['started_at']))}</p>
<table id="transcript"><thead><tr><th>time ({escape(str(request.app[TZ_KEY]))})</th><th>who</th><th>text</th></tr></thead><tbody>{''.join(lines)}</tbody></table>
<p class="label">events: {events}</p>"""
    return _html(f"Conversation {conversation_id}", body)


async def gaps(request: web.Request) -> web.Response:
    from bot.dashboard import teach

    r = _report(request)
    overlay = teach._overlay(request)
    rows = [[g["count"], g["text"], " | ".join(g["examples"][1:]), teach.gap_action(request, overlay, g["text"])]
            for g in r["gaps"]]
    body = ("<h2>知识缺口 Knowledge gaps</h2><p>机器人没看懂的消息，按相似度分组：知识库的待办清单。"
            " Messages the bot did not understand, grouped: the knowledge base's to-do list.</p>"
            + _table(["count", "message", "similar", "teach"], rows, table_id="gaps") + teach.gap_panel(request))
    return _html("Gaps", body, active="/gaps")


def _csv(rows: list[dict], fields: list[str], name: str) -> web.Response:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return web.Response(body=out.getvalue().encode("utf-8"), content_type="text/csv",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})


CONVERSATION_FIELDS = ["id", "started_at", "lang", "channel", "state", "code", "symptom", "category",
                       "resolved_by", "handoff", "rating", "turns"]


async def export_conversations(request: web.Request) -> web.Response:
    from bot.stats import iso

    rows = _conversation_rows(request.app[STORE_KEY], iso(period_start(_period(request))))
    return _csv(rows, CONVERSATION_FIELDS, "posbot-conversations.csv")


async def export_daily(request: web.Request) -> web.Response:
    return _csv(_report(request)["daily"], ["day", "conversations", "bot_resolved", "handoffs"], "posbot-daily.csv")


# -- command line ----------------------------------------------------------------------------

def add_commands(sub) -> None:
    dash = sub.add_parser("dashboard", help="serve the managers' web dashboard")
    dash.add_argument("--listen", help="host:port (default: $POSBOT_DASHBOARD_LISTEN or 127.0.0.1:8080)")
    dash.add_argument("--db", help="SQLite file (default: $POSBOT_DB or ./posbot.db)")
    dash.set_defaults(func=_cmd)


def _cmd(args) -> int:
    import os

    from bot.config import SettingsError, default_db_path, timezone_from_env
    from bot.store import Store

    token = os.environ.get("POSBOT_DASHBOARD_TOKEN", "").strip()
    if not token:
        print("posbot: cannot start: POSBOT_DASHBOARD_TOKEN: not set (managers sign in with it)", file=sys.stderr)
        return 2
    listen = args.listen or os.environ.get("POSBOT_DASHBOARD_LISTEN", "").strip() or "127.0.0.1:8080"
    host, _, port = listen.rpartition(":")
    if not port.isdigit():
        print(f"posbot: cannot start: dashboard address {listen!r}: expected host:port", file=sys.stderr)
        return 2
    sla = os.environ.get("POSBOT_SLA_MINUTES", "5").strip() or "5"
    if not sla.isdigit() or int(sla) < 1:
        print("posbot: cannot start: POSBOT_SLA_MINUTES: expected whole minutes, at least 1", file=sys.stderr)
        return 2
    try:
        tz = timezone_from_env()
    except SettingsError as exc:
        print(f"posbot: cannot start: {exc}", file=sys.stderr)
        return 2
    with Store(args.db or default_db_path()) as store:
        print(f"dashboard on http://{host or '127.0.0.1'}:{port}/ (sign in with POSBOT_DASHBOARD_TOKEN)")
        web.run_app(make_app(token, store, int(sla), tz=tz), host=host or "127.0.0.1", port=int(port), print=None)
    return 0
