"""The managers' web dashboard: overview with charts, tickets, transcripts, knowledge gaps, CSV.

Server-rendered HTML from aiohttp; every merchant text is escaped; no CDN, no inline script
(a strict Content-Security-Policy says so); access needs POSBOT_DASHBOARD_TOKEN, exchanged at
login for a random session id in an HttpOnly, SameSite=Strict cookie (`Secure` and
`__Host-`-prefixed over HTTPS). Failed logins are throttled per client address.

Every number on the overview is a count of `bot.stats.conversation_facts` rows or of tickets,
and links to the list of exactly those rows. All queries and charts run in `bot.reads`' worker
thread on a read-only connection, never on the event loop that answers merchants.
"""

from __future__ import annotations

import csv
import hmac
import io
import json
import secrets
import sys
import time
from collections import OrderedDict
from datetime import datetime, timezone
from html import escape
from pathlib import Path
from typing import Callable
from urllib.parse import urlencode

from aiohttp import web

from bot.agents import REASONS
from bot.charts import overview_png
from bot.health import healthz_handler
from bot.ids import parse_id
from bot.reads import ReadPool
from bot.stats import (DAILY_FIELDS, OUTCOMES, compute, conversation_facts, iso, local_clock, parse_time,
                       period_start, sla_breached)

HERE = Path(__file__).parent
COOKIE = "posbot_session"
SECURE_COOKIE = "__Host-posbot_session"  # only over HTTPS: the browser refuses it otherwise
SESSION_SECONDS = 12 * 3600
PERIODS = {"today": "今天 Today", "7d": "7天 7 days", "30d": "30天 30 days"}
CSP = "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'none'; frame-ancestors 'none'; form-action 'self'"
MAX_ROWS = 500

TOKEN_KEY = web.AppKey("token", str)
STORE_KEY = web.AppKey("store", object)
READS_KEY = web.AppKey("reads", ReadPool)
SESSIONS_KEY = web.AppKey("sessions", dict)
SLA_KEY = web.AppKey("sla", int)
TZ_KEY = web.AppKey("tz", object)
KB_KEY = web.AppKey("kb", object)
PROXY_KEY = web.AppKey("trust_proxy", bool)
THROTTLE_KEY = web.AppKey("throttle", object)

OUTCOME_WORDS = {
    "bot_resolved": "机器人解决 Fixed by the bot",
    "handed_off": "转人工 Handed to a person",
    "abandoned": "放弃 Abandoned (silent 30+ min)",
    "ended": "未解决即结束 Ended without a fix",
    "in_progress": "进行中 Still in progress",
}
STATUS_WORDS = {"waiting": "等待中 waiting", "assigned": "处理中 taken", "resolved": "已解决 resolved",
                "cancelled": "已取消 cancelled"}
LANG_WORDS = {"zh": "中文", "en": "English"}
# Per-row actions on the knowledge-gaps page: functions (request, gap) -> HTML (escaped by the
# action). A column appears when one is registered; rows carry data-gap-key, the group's normalised text.
GAP_ACTIONS: list[Callable[[web.Request, dict], str]] = []


class Raw(str):
    """HTML built here (links), put into a table cell without escaping."""


def _title(kb, key) -> str:
    """What a code, symptom or fix id means, in both languages: managers read titles, not ids."""
    if key is None or key == "":
        return "–"
    item = kb.code(str(key)) or kb.symptoms.get(key) or kb.fixes.get(key)
    return f"{item.title.zh} · {item.title.en}" if item else str(key)


def _problem(kb, codes, symptoms) -> str:
    if codes:
        return f"{codes[0]} {_title(kb, codes[0])}"
    return _title(kb, symptoms[0]) if symptoms else "–"


def _ticket_problem(kb, ticket: dict) -> str:
    """The code and what it means, or the symptom the ticket's card named."""
    if ticket["code"]:
        return f"{ticket['code']} {_title(kb, ticket['code'])}"
    try:
        symptom = json.loads(ticket["summary"] or "{}").get("symptom")
    except (ValueError, AttributeError):
        symptom = None
    return _title(kb, symptom) if symptom in kb.symptoms else "–"


def _category(kb, category) -> str:
    item = kb.categories.get(category) if category else None
    return f"{item.name.zh} · {item.name.en}" if item else (category or "–")


def _reason(reason) -> str:
    return REASONS.get(reason, reason or "–")


def make_app(token: str, store, sla_minutes: int = 5, kb=None, tz=timezone.utc, trust_proxy: bool = False,
             clock: Callable[[], float] = time.monotonic) -> web.Application:
    from knowledge.loader import load_kb

    app = web.Application(middlewares=[_security])
    app[KB_KEY] = kb or load_kb()
    app[TOKEN_KEY] = token
    app[STORE_KEY] = store
    app[READS_KEY] = ReadPool(store.path)
    app[SESSIONS_KEY] = {}
    app[SLA_KEY] = sla_minutes
    app[TZ_KEY] = tz
    app[PROXY_KEY] = trust_proxy
    app[THROTTLE_KEY] = LoginThrottle(clock)
    app.on_cleanup.append(_close_reads)
    app.router.add_get("/login", login_page)
    app.router.add_post("/login", login)
    app.router.add_get("/logout", logout)
    app.router.add_get("/static/style.css", style)
    app.router.add_get("/favicon.ico", no_icon)
    app.router.add_get("/healthz", healthz_handler(store))
    app.router.add_get("/", overview)
    app.router.add_get("/chart.png", chart)
    app.router.add_get("/tickets", tickets)
    app.router.add_get("/conversations", conversations)
    app.router.add_get("/conversation/{id:\\d{1,12}}", transcript)
    app.router.add_get("/gaps", gaps)
    app.router.add_get("/export/conversations.csv", export_conversations)
    app.router.add_get("/export/daily.csv", export_daily)
    from bot.dashboard import teach

    teach.add_routes(app)
    return app


async def _close_reads(app: web.Application) -> None:
    import asyncio

    await asyncio.get_running_loop().run_in_executor(None, app[READS_KEY].close)


async def start_dashboard(settings, store, kb=None) -> web.AppRunner:
    host, _, port = settings.dashboard_listen.rpartition(":")
    runner = web.AppRunner(make_app(settings.dashboard_token, store, settings.sla_minutes, kb=kb,
                                    tz=settings.timezone, trust_proxy=settings.dashboard_trust_proxy))
    await runner.setup()
    await web.TCPSite(runner, host or "127.0.0.1", int(port)).start()
    return runner


def _read(request: web.Request, work, *args):
    """Run work(read_only_store, *args) in the reads thread (awaitable)."""
    return request.app[READS_KEY].run(work, *args)


# -- security -------------------------------------------------------------------------------

PUBLIC = {"/login", "/static/style.css", "/favicon.ico", "/healthz"}


class LoginThrottle:
    """Failed logins per client address: the first FREE are free, then each further failure
    makes the address wait twice as long as the last (1 s, 2 s, 4 s ... up to 15 minutes).
    A success clears the address. At most MAX_ADDRESSES are remembered (oldest dropped)."""

    FREE = 3
    LONGEST = 15 * 60
    MAX_ADDRESSES = 10_000

    def __init__(self, clock: Callable[[], float]):
        self.clock = clock
        self._failures: OrderedDict[str, tuple[int, float]] = OrderedDict()

    def wait_for(self, address: str) -> float:
        """Seconds this address must still wait before it may try again (0: may try now)."""
        _, until = self._failures.get(address, (0, 0.0))
        return max(0.0, until - self.clock())

    def failed(self, address: str) -> float:
        count = self._failures.pop(address, (0, 0.0))[0] + 1
        delay = 0.0 if count <= self.FREE else float(min(2 ** (count - self.FREE - 1), self.LONGEST))
        self._failures[address] = (count, self.clock() + delay)
        while len(self._failures) > self.MAX_ADDRESSES:
            self._failures.popitem(last=False)
        return delay

    def succeeded(self, address: str) -> None:
        self._failures.pop(address, None)


def _client(request: web.Request) -> str:
    """The client's address; behind a trusted proxy, the one the proxy appended last to
    X-Forwarded-For (entries before it are whatever the client sent, so not trusted)."""
    if request.app[PROXY_KEY]:
        forwarded = [part.strip() for part in request.headers.get("X-Forwarded-For", "").split(",") if part.strip()]
        if forwarded:
            return forwarded[-1]
    return request.remote or "?"


def _https(request: web.Request) -> bool:
    if request.secure:
        return True
    return request.app[PROXY_KEY] and request.headers.get("X-Forwarded-Proto", "").strip().lower() == "https"


def _cookie_name(request: web.Request) -> str:
    return SECURE_COOKIE if _https(request) else COOKIE


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
    if _https(request):
        response.headers["Strict-Transport-Security"] = "max-age=31536000"
    return response


def _signed_in(request: web.Request) -> bool:
    sessions = request.app[SESSIONS_KEY]
    sid = request.cookies.get(_cookie_name(request), "")
    expires = sessions.get(sid)
    return bool(expires and expires > time.time())


async def login_page(request: web.Request, error: str = "", status: int | None = None) -> web.Response:
    message = f'<p class="error" id="login-error">{escape(error)}</p>' if error else ""
    body = f"""<div class="login"><h2>posbot</h2>{message}
<form method="post" action="/login"><p><label>令牌 Token<br><input type="password" name="token" id="token" autofocus></label></p>
<button type="submit" id="login">登录 Sign in</button></form></div>"""
    return _html("Sign in", body, status=status or (401 if error else 200), nav=False)


async def login(request: web.Request) -> web.Response:
    throttle: LoginThrottle = request.app[THROTTLE_KEY]
    address = _client(request)
    wait = throttle.wait_for(address)
    if wait:
        response = await login_page(request, f"尝试次数过多，请 {wait:.0f} 秒后再试 "
                                              f"Too many attempts: try again in {wait:.0f} s", status=429)
        response.headers["Retry-After"] = str(int(wait + 0.999))
        return response
    form = await request.post()
    given = str(form.get("token", ""))
    if not hmac.compare_digest(given.encode(), request.app[TOKEN_KEY].encode()):
        throttle.failed(address)
        return await login_page(request, "令牌不对 Wrong token")
    throttle.succeeded(address)
    sessions = request.app[SESSIONS_KEY]
    for old in [sid for sid, expires in sessions.items() if expires <= time.time()]:
        del sessions[old]  # expired sessions are forgotten, so the table does not grow for ever
    sid = secrets.token_urlsafe(32)
    sessions[sid] = time.time() + SESSION_SECONDS
    response = web.Response(status=302, headers={"Location": "/"})  # returned, so _security adds its headers
    response.set_cookie(_cookie_name(request), sid, httponly=True, samesite="Strict", max_age=SESSION_SECONDS,
                        path="/", secure=_https(request))
    return response


async def logout(request: web.Request) -> web.Response:
    request.app[SESSIONS_KEY].pop(request.cookies.get(_cookie_name(request), ""), None)
    response = web.HTTPFound("/login")
    # a __Host- cookie is only replaced (here: expired) by one that is Secure too
    response.del_cookie(_cookie_name(request), path="/", secure=_https(request), httponly=True, samesite="Strict")
    raise response


async def no_icon(request: web.Request) -> web.Response:
    return web.Response(status=204)


async def style(request: web.Request) -> web.Response:
    return web.Response(text=(HERE / "style.css").read_text(encoding="utf-8"), content_type="text/css")


# -- page helpers ----------------------------------------------------------------------------

def _html(title: str, body: str, status: int = 200, nav: bool = True, active: str = "") -> web.Response:
    links = [("/", "概览 Overview"), ("/tickets", "工单 Tickets"), ("/conversations", "会话 Conversations"),
             ("/gaps", "知识缺口 Gaps")]
    header = ""
    if nav:
        items = "".join(f'<a href="{href}"{" class=active" if href == active else ""}>{label}</a>' for href, label in links)
        header = (f'<header><nav><span class="brand">posbot</span>{items}'
                  f'<a href="/logout" class="signout">退出 Sign out</a></nav></header>')
    page = f"""<!doctype html><html lang="zh"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)} · posbot</title>
<link rel="stylesheet" href="/static/style.css"></head>
<body>{header}<main>{body}</main></body></html>"""
    return web.Response(text=page, content_type="text/html", status=status)


def _period(request: web.Request, default: str = "7d") -> str:
    period = request.query.get("period", default)
    return period if period in PERIODS else default


def _since(request: web.Request, period: str) -> datetime:
    return period_start(period, tz=request.app[TZ_KEY])


def _period_links(path: str, period: str, query: dict | None = None) -> str:
    def href(p):
        return f"{path}?{urlencode({**(query or {}), 'period': p})}"

    return '<p class="periods" id="periods">' + " · ".join(
        f'<a href="{escape(href(p))}">{escape(label)}</a>' if p != period else f"<b>{escape(label)}</b>"
        for p, label in PERIODS.items()) + "</p>"


def _when(request: web.Request, value: str | None) -> str:
    """A stored UTC time as the desk reads it: YYYY-MM-DD HH:MM in POSBOT_TIMEZONE."""
    if not value:
        return ""
    return parse_time(value).astimezone(request.app[TZ_KEY]).strftime("%Y-%m-%d %H:%M")


def _pct(value) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def _minutes(seconds) -> str:
    return "–" if seconds is None else f"{seconds / 60:.1f} min"


def _link(path: str, query: dict, text, count: int | None = None) -> Raw:
    """A number that opens the list behind it; data-count is what that list must show."""
    href = escape(f"{path}?{urlencode({k: v for k, v in query.items() if v not in (None, '')})}")
    data = f' data-count="{count}"' if count is not None else ""
    return Raw(f'<a class="drill" href="{href}"{data}>{escape(str(text))}</a>')


def _cell(value) -> str:
    return value if isinstance(value, Raw) else escape(str(value))


def _table(headers: list[str], rows: list[list], row_links: list[str] | None = None, table_id: str = "",
           row_attrs: list[str] | None = None) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = []
    for n, row in enumerate(rows):
        cells = [_cell(c) for c in row]
        if row_links:
            cells[0] = f'<a href="{escape(row_links[n])}">{cells[0]}</a>'
        attrs = (row_attrs[n] if row_attrs else "") + (' class="link"' if row_links else "")
        body.append(f"<tr{attrs}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    if not rows:
        body.append(f'<tr><td colspan="{len(headers)}" class="none">没有记录 Nothing here</td></tr>')
    ident = f' id="{table_id}"' if table_id else ""
    return f"<div class=\"scroll\"><table{ident}><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"


# -- overview --------------------------------------------------------------------------------

def _overview_data(store, since, sla, tz):
    return compute(store, since, sla_minutes=sla, tz=tz)


async def overview(request: web.Request) -> web.Response:
    period = _period(request)
    tz = request.app[TZ_KEY]
    r = await _read(request, _overview_data, _since(request, period), request.app[SLA_KEY], tz)
    kb = request.app[KB_KEY]
    conv = {"period": period}

    partition_rows = []
    for name in OUTCOMES:
        o = r["outcomes"][name]
        partition_rows.append([OUTCOME_WORDS[name], _link("/conversations", {**conv, "outcome": name}, o["count"], o["count"]),
                               _pct(o["share"])])
        if name == "handed_off" and o["count"]:
            partition_rows.append(["　└ 有工单 with a ticket",
                                   _link("/conversations", {**conv, "handoff": "ticket"}, r["handoffs_with_ticket"],
                                         r["handoffs_with_ticket"]), ""])
            for reason, n in r["handoffs_without_ticket"].items():
                partition_rows.append([f"　└ 无工单 no ticket: {_reason(reason)}",
                                       _link("/conversations", {**conv, "handoff": "no_ticket", "reason": reason}, n, n), ""])
    partition_rows.append([Raw("<b>合计 Total: 有故障的会话 conversations with a problem</b>"),
                           _link("/conversations", {**conv, "problem": "yes"}, r["with_problem"], r["with_problem"]),
                           "100%" if r["with_problem"] else "–"])
    partition = _table(["去向 What became of it", "会话 Conversations", "占比 Share"], partition_rows, table_id="partition")

    rating = r["rating"]
    cards = [
        ("会话 Conversations", _link("/conversations", conv, r["conversations"], r["conversations"]),
         Raw(f'有故障 with a problem {_link("/conversations", {**conv, "problem": "yes"}, r["with_problem"], r["with_problem"])}'
             f' · 无 without {_link("/conversations", {**conv, "problem": "no"}, r["without_problem"], r["without_problem"])}')),
        ("机器人解决用时 Bot time to fix (median / p90)",
         _link("/conversations", {**conv, "fixed_by_bot": "yes"},
               f"{_minutes(r['bot_time_to_resolution_s']['median'])} / {_minutes(r['bot_time_to_resolution_s']['p90'])}"),
         Raw(f'商户确认修好 merchant confirmed the fix: '
             f'{_link("/conversations", {**conv, "fixed_by_bot": "yes"}, r["bot_fixes_confirmed"], r["bot_fixes_confirmed"])}')),
        ("工单 Tickets", _link("/tickets", conv, r["tickets"], r["tickets"]), "本期创建 created in this period"),
        ("客服解决用时 Agent time to resolve (median / p90)",
         _link("/tickets", {**conv, "status": "resolved"},
               f"{_minutes(r['agent_time_to_resolution_s']['median'])} / {_minutes(r['agent_time_to_resolution_s']['p90'])}"),
         "工单创建 → 解决 ticket created → resolved"),
        ("客服首次响应 First reply (median / p90)",
         _link("/tickets", {**conv, "replied": "yes"},
               f"{_minutes(r['agent_first_response_s']['median'])} / {_minutes(r['agent_first_response_s']['p90'])}"),
         "工单创建 → 客服第一条回复 ticket created → first agent message"),
        ("当前等待工单 Waiting now", _link("/tickets", {"status": "waiting"}, r["tickets_waiting_now"], r["tickets_waiting_now"]),
         "不论何时创建 whenever created"),
        ("超时 SLA breaches", _link("/tickets", {**conv, "sla": "breached"}, r["sla_breaches"], r["sla_breaches"]),
         f"等待超过 waited over {request.app[SLA_KEY]} min"),
        ("评分 Rating", _link("/conversations", {**conv, "rated": "yes"},
                             rating["average"] if rating["average"] is not None else "–", rating["count"]),
         Raw(f'{_link("/conversations", {**conv, "rated": "yes"}, rating["count"], rating["count"])} 个评分 ratings')),
        ("4-5星 Share 4-5", _link("/conversations", {**conv, "stars": "4-5"}, _pct(rating["share_4_5"]), rating["count_4_5"]),
         Raw(f'{_link("/conversations", {**conv, "stars": "4-5"}, rating["count_4_5"], rating["count_4_5"])}'
             f' / {rating["count"]}')),
        ("评价率 Rating response", _link("/conversations", {**conv, "rated": "yes"}, _pct(rating["response_rate"]), rating["count"]),
         f"{rating['count']} / {rating['requests']} 次邀请 asked"),
    ]
    card_html = "".join(
        f'<div class="card"><div class="label">{escape(label)}</div><div class="value">{_cell(value)}</div>'
        f'<div class="sub">{_cell(sub)}</div></div>'
        for label, value, sub in cards)

    fixes = [[_title(kb, f["fix"]),
              _link("/conversations", {**conv, "fix": f["fix"]}, f["tried"], f["tried"]),
              _link("/conversations", {**conv, "fix": f["fix"], "worked": "yes"}, f["worked"], f["worked"]),
              _pct(f["success_rate"]),
              ", ".join(f"{p if kb.code(str(p)) else _title(kb, p)} ({n})" for p, n in f["problems"])]
             for f in r["fixes"][:15]]
    codes = [[code, _title(kb, code), _link("/conversations", {**conv, "code": code}, n, n)] for code, n in r["top_codes"]]
    symptoms = [[_title(kb, symptom), _link("/conversations", {**conv, "symptom": symptom}, n, n)]
                for symptom, n in r["top_symptoms"]]
    categories = [[_category(kb, c), _link("/conversations", {**conv, "category": c}, n, n)] for c, n in r["top_categories"]]
    agents = [[a["name"] or a["agent_id"], _link("/tickets", {**conv, "agent_id": a["agent_id"]}, a["tickets"], a["tickets"]),
               _minutes(a["median_handling_s"]), a["rating"] or "–"] for a in r["agents"]]
    now_local = datetime.now(timezone.utc).astimezone(tz).strftime("%H:%M")
    days = [[d["day"] + (f" 今天（截至 {now_local}）today so far" if d["partial"] else ""),
             _link("/conversations", {**conv, "day": d["day"]}, d["conversations"], d["conversations"]),
             _link("/conversations", {**conv, "day": d["day"], "outcome": "bot_resolved"}, d["bot_resolved"], d["bot_resolved"]),
             _link("/conversations", {**conv, "day": d["day"], "outcome": "handed_off"}, d["handed_off"], d["handed_off"]),
             _link("/conversations", {**conv, "day": d["day"], "outcome": "abandoned"}, d["abandoned"], d["abandoned"])]
            for d in reversed(r["daily"])]
    if r["conversations"]:
        chart_html = (f'<img class="chart" id="chart" src="/chart.png?period={period}" '
                      f'alt="每日会话与故障类别 conversations per day and categories" width="1000" height="380">')
    else:
        chart_html = (f'<p class="empty" id="empty">{escape(PERIODS[period])}：还没有会话。 '
                      f'No conversations in this period yet.</p>')
    body = f"""{_period_links("/", period)}
<p class="window">从 From {escape(r["since_local_day"])} 00:00 到现在 to now ({escape(r["timezone"])})</p>
<h3>有故障的会话去向（合计 100%） What became of conversations with a problem (adds up to 100%)</h3>
{partition}
<div class="cards" id="metrics">{card_html}</div>
{chart_html}
<details class="days"><summary>每天的数字 Numbers per day ({len(days)} 天 days)</summary>
{_table(["日期 Day", "会话 Conversations", "机器人解决 Fixed by bot", "转人工 To a person", "放弃 Abandoned"], days, table_id="daily")}</details>
<h3>故障类别 Categories</h3>{_table(["类别 Category", "会话 Conversations"], categories, table_id="categories")}
<h3>高频错误码 Top codes</h3>{_table(["错误码 Code", "含义 Meaning", "会话 Conversations"], codes, table_id="codes")}
<h3>高频故障 Top symptoms</h3>{_table(["故障 Symptom", "会话 Conversations"], symptoms, table_id="symptoms")}
<h3>修复效果 Fix success</h3>{_table(["修复方法 Fix", "尝试 Tried", "有效 Worked", "成功率 Success", "用于 Tried on"], fixes, table_id="fixes")}
<h3>客服 Agents</h3>{_table(["客服 Agent", "工单 Tickets", "处理用时中位 Median handling", "评分 Rating"], agents, table_id="agents")}
<p><a href="/export/conversations.csv?period={period}" id="csv-conversations">CSV：每个会话一行 one row per conversation</a> ·
<a href="/export/daily.csv?period={period}" id="csv-daily">CSV：每天一行 one row per day</a></p>"""
    return _html("Overview", body, active="/")


def _chart_png(store, since, sla, tz, lang, kb):
    return overview_png(compute(store, since, sla_minutes=sla, tz=tz), lang, kb)


async def chart(request: web.Request) -> web.Response:
    lang = request.query.get("lang") if request.query.get("lang") in ("zh", "en") else "both"
    png = await _read(request, _chart_png, _since(request, _period(request)), request.app[SLA_KEY],
                      request.app[TZ_KEY], lang, request.app[KB_KEY])
    return web.Response(body=png, content_type="image/png")


# -- tickets ---------------------------------------------------------------------------------

def _ticket_rows(store, query: dict, since, sla: int) -> list[dict]:
    now = datetime.now(timezone.utc)
    since_iso, now_iso = (iso(since), iso(now)) if since else ("", "~")
    rows = []
    for t in reversed(store.tickets()):
        if not since_iso <= t["created_at"] <= now_iso:
            continue
        if query["status"] and t["status"] != query["status"]:
            continue
        if query["code"] and (t["code"] or "") != query["code"].upper():
            continue
        if query["category"] and (t["category"] or "") != query["category"]:
            continue
        if query["agent_id"] and (t["agent_id"] or "") != query["agent_id"]:
            continue
        if query["agent"] and query["agent"].lower() not in (t["agent_name"] or "").lower():
            continue
        if query["text"] and query["text"].lower() not in ((t["summary"] or "") + (t["user_name"] or "")).lower():
            continue
        if query["sla"] == "breached" and not sla_breached(t, now, sla):
            continue
        if query["replied"] == "yes" and not t["first_agent_reply_at"]:
            continue
        rows.append(t)
    return rows


async def tickets(request: web.Request) -> web.Response:
    q = {k: request.query.get(k, "").strip()
         for k in ("status", "code", "category", "agent", "agent_id", "text", "sla", "replied", "period")}
    period = q["period"] if q["period"] in PERIODS else ""
    since = _since(request, period) if period else None
    found = await _read(request, _ticket_rows, q, since, request.app[SLA_KEY])
    kb = request.app[KB_KEY]
    rows = [[f"#{t['id']}", STATUS_WORDS.get(t["status"], t["status"]), _ticket_problem(kb, t), _category(kb, t["category"]),
             t["user_name"] or t["user_id"], t["agent_name"] or "–", _when(request, t["created_at"]), _reason(t["reason"])]
            for t in found[:MAX_ROWS]]
    links = [f"/conversation/{t['conversation_id']}" for t in found[:MAX_ROWS]]
    statuses = "".join(f'<option value="{s}"{" selected" if q["status"] == s else ""}>{escape(STATUS_WORDS.get(s, "全部 all"))}</option>'
                       for s in ("", "waiting", "assigned", "resolved", "cancelled"))
    periods = "".join(f'<option value="{p}"{" selected" if period == p else ""}>{escape(label)}</option>'
                      for p, label in {"": "全部时间 all time", **PERIODS}.items())
    kept = "".join(f'<input type="hidden" name="{k}" value="{escape(q[k])}">' for k in ("agent_id", "sla", "replied") if q[k])
    form = f"""<form class="filters" method="get" action="/tickets" id="ticket-filter">{kept}
<select name="period" aria-label="period">{periods}</select>
<select name="status" aria-label="status">{statuses}</select>
<input name="code" placeholder="错误码 code" value="{escape(q['code'])}">
<input name="agent" placeholder="客服 agent" value="{escape(q['agent'])}">
<input name="text" placeholder="搜索 search" value="{escape(q['text'])}"><button type="submit">筛选 Filter</button></form>"""
    notes = []
    if q["sla"] == "breached":
        notes.append(f"超时 SLA breached (> {request.app[SLA_KEY]} min)")
    if q["replied"] == "yes":
        notes.append("客服已回复 agent replied")
    if q["agent_id"]:
        notes.append(f"客服 agent {q['agent_id']}")
    note = f'<p class="filter-note">{escape(" · ".join(notes))} · <a href="/tickets">清除 clear</a></p>' if notes else ""
    table = _table(["工单 Ticket", "状态 Status", "问题 Problem", "类别 Category", "商户 Merchant", "客服 Agent",
                    f"创建 Created ({request.app[TZ_KEY]})", "原因 Reason"], rows, links, table_id="tickets")
    return _html("Tickets", f'<h2>工单 Tickets (<span id="count">{len(found)}</span>)</h2>{form}{note}{table}',
                 active="/tickets")


# -- conversations ---------------------------------------------------------------------------

CONVERSATION_FILTERS = ("outcome", "problem", "code", "symptom", "category", "fix", "worked", "rated", "stars",
                        "fixed_by_bot", "day", "gap", "handoff", "reason", "text")


def _matches(f: dict, q: dict, gap_members: set | None) -> bool:
    checks = (
        (q["outcome"], lambda: f["outcome"] == q["outcome"]),
        (q["problem"], lambda: f["problem"] == (q["problem"] == "yes")),
        (q["code"], lambda: q["code"].upper() in f["codes"]),
        (q["symptom"], lambda: q["symptom"] in f["symptoms"]),
        (q["category"], lambda: q["category"] in f["categories"]),
        (q["fix"], lambda: q["fix"] in f["fixes"] and (q["worked"] != "yes" or f["fixes"][q["fix"]])),
        (q["rated"], lambda: bool(f["rating"])),
        (q["stars"], lambda: bool(f["rating"]) and f["rating"] >= 4),
        (q["fixed_by_bot"], lambda: f["bot_seconds"] is not None),
        (q["day"], lambda: f["day"] == q["day"]),
        (q["handoff"], lambda: f["outcome"] == "handed_off" and (f["ticket"] is not None) == (q["handoff"] == "ticket")
         and (not q["reason"] or (f["handoff_reason"] or "unknown") == q["reason"])),
        (q["text"], lambda: q["text"].lower() in f["first_text"].lower()),
        (gap_members is not None, lambda: f["id"] in gap_members),
    )
    return all(check() for wanted, check in checks if wanted)


def _conversation_list(store, q: dict, since, tz) -> list[dict]:
    from bot.stats import group_gaps

    facts = conversation_facts(store, since, tz=tz)
    members = None
    if q["gap"]:
        groups = group_gaps([(text, at, f["id"]) for f in facts for text, at in f["gaps"]], limit=10**6)
        members = set(next((g["conversations"] for g in groups if g["key"] == q["gap"]), []))
    return [f for f in reversed(facts) if _matches(f, q, members)]


def _describe(q: dict, kb) -> str:
    """The filter in words, so a manager knows which number the list is behind."""
    words = []
    if q["outcome"]:
        words.append(OUTCOME_WORDS.get(q["outcome"], q["outcome"]))
    if q["problem"]:
        words.append("有故障 with a problem" if q["problem"] == "yes" else "无故障 without a problem")
    if q["code"]:
        words.append(f"错误码 code {q['code']}")
    if q["symptom"]:
        words.append(_title(kb, q["symptom"]))
    if q["category"]:
        words.append(_category(kb, q["category"]))
    if q["fix"]:
        words.append(("有效的 worked: " if q["worked"] == "yes" else "尝试 tried: ") + _title(kb, q["fix"]))
    if q["rated"]:
        words.append("有评分 rated")
    if q["stars"]:
        words.append("4-5星 rated 4-5")
    if q["fixed_by_bot"]:
        words.append("商户确认机器人修好 merchant confirmed the bot's fix")
    if q["day"]:
        words.append(q["day"])
    if q["handoff"]:
        words.append("转人工，有工单 handed off with a ticket" if q["handoff"] == "ticket"
                     else f"转人工，无工单 handed off without a ticket: {_reason(q['reason'])}")
    if q["gap"]:
        words.append(f"没看懂 not understood: “{q['gap']}”")
    if q["text"]:
        words.append(f"第一条消息含 first message contains “{q['text']}”")
    return " · ".join(words)


async def conversations(request: web.Request) -> web.Response:
    q = {k: request.query.get(k, "").strip() for k in CONVERSATION_FILTERS}
    period = _period(request)
    tz = request.app[TZ_KEY]
    found = await _read(request, _conversation_list, q, _since(request, period), tz)
    kb = request.app[KB_KEY]
    shown = found[:MAX_ROWS]
    rows = [[f["id"], _when(request, f["started_at"]), LANG_WORDS.get(f["lang"], f["lang"] or "–"),
             _problem(kb, f["codes"], f["symptoms"]), _category(kb, (f["categories"] or [None])[0]),
             OUTCOME_WORDS.get(f["outcome"], "无故障 no problem"), f"{f['rating']}★" if f["rating"] else "–",
             f["first_text"][:80]] for f in shown]
    filters = {k: v for k, v in q.items() if v and k != "text"}
    kept = "".join(f'<input type="hidden" name="{escape(k)}" value="{escape(v)}">' for k, v in filters.items())
    form = f"""<form class="filters" method="get" action="/conversations"><input type="hidden" name="period" value="{period}">{kept}
<input name="text" placeholder="第一条消息 first message" value="{escape(q['text'])}">
<button type="submit">筛选 Filter</button></form>"""
    described = _describe(q, kb)
    note = (f'<p class="filter-note" id="filter">{escape(described)} · <a href="/conversations?period={period}">清除 clear</a></p>'
            if described else "")
    more = f'<p class="label">显示最新 {MAX_ROWS} 个 showing the latest {MAX_ROWS}</p>' if len(found) > MAX_ROWS else ""
    table = _table(["会话 #", f"开始 Started ({tz})", "语言 Language", "问题 Problem", "类别 Category", "结果 Outcome",
                    "评分 Rating", "第一条消息 First message"], rows,
                   [f"/conversation/{f['id']}" for f in shown], table_id="conversations")
    body = (f'<h2>会话 Conversations (<span id="count">{len(found)}</span>)</h2>'
            f'{_period_links("/conversations", period, filters)}{note}{form}{more}{table}')
    return _html("Conversations", body, active="/conversations")


# -- one conversation, as the merchant saw it ------------------------------------------------

def _transcript_data(store, conversation_id: int):
    conv = store.conversation(conversation_id)
    if conv is None:
        return None
    tickets = store._rows("select * from tickets where conversation_id = ? order by id", [conversation_id])
    [facts] = conversation_facts(store, None, conversation_id=conversation_id)
    return conv, store.transcript(conversation_id), facts, tickets


def _pressed_label(message: dict, offered: dict[str, str]) -> str:
    """A button press as the merchant saw it: the button's label, never its payload."""
    payload = (message["payload"] or {}).get("data") if isinstance(message["payload"], dict) else None
    pressed = payload or message["text"] or ""
    if pressed in offered:
        return offered[pressed]
    if message["text"] and message["text"] != pressed:
        return message["text"]  # Telegram stored the label it showed
    return "（一个旧按钮 an earlier button）"


async def transcript(request: web.Request) -> web.Response:
    conversation_id = parse_id(request.match_info["id"])
    data = await _read(request, _transcript_data, conversation_id) if conversation_id is not None else None
    if data is None:
        raise web.HTTPNotFound(text="no such conversation")
    conv, messages, facts, tickets = data
    kb, tz = request.app[KB_KEY], request.app[TZ_KEY]
    offered: dict[str, str] = {}
    lines = []
    for m in messages:
        buttons = ""
        if m["direction"] == "in":
            who, css = "商户 Merchant", "msg-in"
            text = (f"按了 pressed: [{_pressed_label(m, offered)}]" if m["kind"] == "button"
                    else m["text"] if m["text"] is not None else f"[{m['kind']}]")
        elif m["kind"] == "agent":
            name = (m["payload"] or {}).get("agent") if isinstance(m["payload"], dict) else None
            who, css, text = f"客服 Agent{' · ' + name if name else ''}", "msg-agent", m["text"] or ""
        else:
            who, css, text = "机器人 Bot", "msg-out", m["text"] or ""
            offered_now = (m["payload"] or {}).get("buttons") if isinstance(m["payload"], dict) else None
            if offered_now:
                offered = {b["payload"]: b["label"] for b in offered_now}
                buttons = '<div class="buttons">' + "".join(
                    f'<span class="button">{escape(b["label"])}</span>' for b in offered_now) + "</div>"
        lines.append(f'<tr><td>{escape(local_clock(m["at"], tz))}</td><td class="{css}">{escape(who)}</td>'
                     f'<td class="pre">{escape(text)}{buttons}</td></tr>')
    ticket_html = "".join(
        f'<li id="ticket-{t["id"]}"><b>工单 Ticket #{t["id"]}</b> · {escape(STATUS_WORDS.get(t["status"], t["status"]))}'
        f' · 原因 reason: {escape(_reason(t["reason"]))} · 客服 agent: {escape(t["agent_name"] or "–")}'
        f' · 创建 created {escape(_when(request, t["created_at"]))}</li>' for t in tickets)
    details = [
        ("商户 Merchant", conv["user_name"] or conv["chat_key"]),
        ("语言 Language", LANG_WORDS.get(conv["lang"], conv["lang"] or "–")),
        ("开始 Started", f"{_when(request, conv['started_at'])} ({tz})"),
        ("问题 Problem", _problem(kb, facts["codes"], facts["symptoms"])),
        ("类别 Category", _category(kb, (facts["categories"] or [None])[0])),
        ("结果 Outcome", OUTCOME_WORDS.get(facts["outcome"], "无故障 no problem recognised")
         + (f" · {_reason(facts['handoff_reason'])}" if facts["handoff_reason"] else "")
         + (" · 客服已解决 resolved by an agent" if facts["resolved_by"] == "agent" else "")),
        ("评分 Rating", f"{facts['rating']}★" if facts["rating"] else "–"),
    ]
    dl = "".join(f"<dt>{escape(k)}</dt><dd>{escape(str(v))}</dd>" for k, v in details)
    body = f"""<h2>会话 Conversation #{conversation_id}</h2>
{f'<ul class="tickets" id="tickets">{ticket_html}</ul>' if ticket_html else ''}
<dl class="facts" id="facts">{dl}</dl>
<div class="scroll"><table id="transcript"><thead><tr><th>时间 Time ({escape(str(tz))})</th><th>谁 Who</th><th>内容 What they saw</th></tr></thead>
<tbody>{''.join(lines)}</tbody></table></div>"""
    return _html(f"Conversation {conversation_id}", body)


# -- knowledge gaps --------------------------------------------------------------------------

async def gaps(request: web.Request) -> web.Response:
    period = _period(request)
    r = await _read(request, _overview_data, _since(request, period), request.app[SLA_KEY], request.app[TZ_KEY])
    from bot.dashboard import teach

    taught = await teach.gap_panel(request)  # also what each gap was taught to mean, for its action
    rows, attrs = [], []
    for g in r["gaps"]:
        others = g["examples"][1:]
        message = Raw(escape(g["text"]) + (
            '<div class="wordings">也这样说 also written as: ' + " · ".join(f"“{escape(o)}”" for o in others) + "</div>"
            if others else ""))
        row = [_link("/conversations", {"period": period, "gap": g["key"]}, g["count"]), message,
               _link("/conversations", {"period": period, "gap": g["key"]}, len(g["conversations"]), len(g["conversations"])),
               _when(request, g["last_seen"])]
        row += [Raw(action(request, g)) for action in GAP_ACTIONS]
        rows.append(row)
        attrs.append(f' data-gap-key="{escape(g["key"])}"')
    headers = ["次数 Times", "消息 Message", "会话 Conversations", f"最近 Last seen ({request.app[TZ_KEY]})"]
    headers += ["操作 Action"] * bool(GAP_ACTIONS)
    body = (f"<h2>知识缺口 Knowledge gaps</h2>{_period_links('/gaps', period)}"
            "<p>机器人没看懂的消息，相似的归为一组，最常见的写法在前：知识库的待办清单。"
            " Messages the bot did not understand, similar ones grouped, most frequent wording first:"
            " the knowledge base's to-do list.</p>" + _table(headers, rows, table_id="gaps", row_attrs=attrs) + taught)
    return _html("Gaps", body, active="/gaps")


# -- CSV -------------------------------------------------------------------------------------

def _csv(rows: list[dict], fields: list[str], name: str) -> web.Response:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return web.Response(body=out.getvalue().encode("utf-8"), content_type="text/csv",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})


CONVERSATION_FIELDS = ["id", "day", "started_at", "started_local", "lang", "channel", "outcome", "code", "symptom",
                       "category", "resolved_by", "handoff_reason", "ticket", "rating", "turns"]


def _conversation_csv_rows(store, since, tz) -> list[dict]:
    return [{**f, "code": ",".join(f["codes"]), "symptom": ",".join(f["symptoms"]),
             "category": ",".join(f["categories"]), "outcome": f["outcome"] or "no_problem",
             "started_local": parse_time(f["started_at"]).astimezone(tz).strftime("%Y-%m-%d %H:%M:%S")}
            for f in conversation_facts(store, since, tz=tz)]


async def export_conversations(request: web.Request) -> web.Response:
    tz = request.app[TZ_KEY]
    rows = await _read(request, _conversation_csv_rows, _since(request, _period(request)), tz)
    return _csv(rows, CONVERSATION_FIELDS, "posbot-conversations.csv")


async def export_daily(request: web.Request) -> web.Response:
    r = await _read(request, _overview_data, _since(request, _period(request)), request.app[SLA_KEY], request.app[TZ_KEY])
    return _csv(r["daily"], DAILY_FIELDS, "posbot-daily.csv")


# -- command line ----------------------------------------------------------------------------

def serve(args) -> int:
    """`posbot dashboard` (its flags are in bot/cli.py, so the CLI starts without this module)."""
    import os

    from bot.config import (SettingsError, dashboard_token_from_env, default_db_path, timezone_from_env,
                            trust_proxy_from_env)
    from bot.store import Store

    try:
        token = dashboard_token_from_env()
        trust_proxy = trust_proxy_from_env()
    except SettingsError as exc:
        print(f"posbot: cannot start: {exc}", file=sys.stderr)
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
    from bot.cli import _existing_db

    with Store(_existing_db(args.db)) as store:
        print(f"dashboard on http://{host or '127.0.0.1'}:{port}/ (sign in with POSBOT_DASHBOARD_TOKEN)")
        try:
            web.run_app(make_app(token, store, int(sla), tz=tz, trust_proxy=trust_proxy),
                        host=host or "127.0.0.1", port=int(port), print=None)
        except OSError as exc:  # port in use, not this machine's address: one line
            from bot.faults import Fatal

            raise Fatal(f"dashboard: cannot listen on {listen}: {exc.strerror or exc}") from None
    return 0
