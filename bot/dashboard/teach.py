"""Teaching the bot from the knowledge-gaps page: a lead says what a message meant.

A gap links to /teach, which shows the message, what the bot makes of it now, and one list of
every code, symptom and "not a fault" intent (the bot's best guesses first). The lesson is
stored (bot.learned) and used by the bot from the next merchant message on. Writes are POSTs
carrying a per-session anti-forgery token: HMAC of the session id under a key made at start-up,
so nothing extra is kept per session and a token from another session never fits.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from html import escape
from urllib.parse import urlencode

from aiohttp import web

from bot import dashboard as dash
from bot.learned import forget, lessons_from_rows, lessons_in_force, teach
from knowledge.learned import LearnedPhrasings, LessonError, lesson_key

CSRF_KEY = web.AppKey("csrf_key", bytes)
RECOGNISER_KEY = web.AppKey("kb_recogniser", list)  # [Recogniser] built on first use
# The lessons in force as the latest gaps page read them (what each gap was taught to mean).
LEARNED_KEY = web.AppKey("learned", LearnedPhrasings)
# "Not a fault" and the other intents the knowledge base has, as a lead reads them.
INTENT_LABELS = {
    "greeting": "问候 Greeting", "thanks": "感谢 Thanks", "sales": "咨询购买 Sales enquiry",
    "chitchat": "闲聊 Chit-chat", "human": "找人工 Wants a person", "bye": "再见 Goodbye",
    "vague": "笼统的故障 Vague complaint, nothing to go on",
}
SUGGESTIONS = 3


def add_routes(app: web.Application) -> None:
    app[CSRF_KEY] = secrets.token_bytes(32)
    app[RECOGNISER_KEY] = []
    app[LEARNED_KEY] = LearnedPhrasings(app[dash.KB_KEY])
    app.router.add_get("/teach", teach_page)
    app.router.add_post("/teach", teach_post)
    app.router.add_post("/teach/forget", forget_post)
    app.router.add_get("/export/learned.yaml", export_learned)
    if gap_action not in dash.GAP_ACTIONS:
        dash.GAP_ACTIONS.append(gap_action)


def csrf_token(request: web.Request) -> str:
    sid = request.cookies.get(dash._cookie_name(request), "")
    return hmac.new(request.app[CSRF_KEY], sid.encode(), hashlib.sha256).hexdigest()


def _check_csrf(request: web.Request, form) -> None:
    given = str(form.get("csrf", ""))
    if not given or not hmac.compare_digest(given.encode(), csrf_token(request).encode()):
        raise web.HTTPForbidden(text="表单已过期，请刷新页面 The form is stale or forged: reload the page")


def _hidden_csrf(request: web.Request) -> str:
    return f'<input type="hidden" name="csrf" value="{csrf_token(request)}">'


def _meaning(kb, kind: str, target: str) -> str:
    if kind == "code":
        code = kb.code(target)
        return f"{target} · {code.title.zh} · {code.title.en}" if code else target
    if kind == "symptom":
        symptom = kb.symptoms.get(target)
        return f"{symptom.title.zh} · {symptom.title.en}" if symptom else target
    label = INTENT_LABELS.get(target, target)
    return label if target == "vague" else f"不是故障 Not a fault · {label}"


def _options(kb) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group label, [(value, label)]) for every target a lesson may name."""
    codes = [(f"code:{c.code}", _meaning(kb, "code", c.code)) for c in kb.codes.values()]
    symptoms = sorted(((f"symptom:{s.id}", _meaning(kb, "symptom", s.id)) for s in kb.symptoms.values()),
                      key=lambda o: o[1])
    intents = [(f"intent:{i}", INTENT_LABELS.get(i, i)) for i in kb.intents]
    return [("不是故障 Not a fault", intents), ("错误码 Codes", codes), ("故障 Symptoms", symptoms)]


def _recogniser(app: web.Application):
    """The knowledge base's own recogniser (no lessons): the bot's guesses shown to the lead."""
    if not app[RECOGNISER_KEY]:
        from knowledge.matcher import Recogniser

        app[RECOGNISER_KEY].append(Recogniser(app[dash.KB_KEY]))
    return app[RECOGNISER_KEY][0]


async def _lessons(request: web.Request) -> list[dict]:
    """The stored lessons in force, read in the dashboard's reads thread; the app's overlay
    is brought up to date with them."""
    rows = await dash._read(request, lessons_in_force)
    request.app[LEARNED_KEY].replace(lessons_from_rows(rows, request.app[dash.KB_KEY]))
    return rows


def gap_action(request: web.Request, gap: dict) -> str:
    """A gap's action cell: what its text was taught to mean, or a link to teach it."""
    found = request.app[LEARNED_KEY].find(lesson_key(gap["text"]))
    if found:
        lesson = found[0]
        return f'<span class="taught">已教 Taught: {escape(_meaning(request.app[dash.KB_KEY], lesson.kind, lesson.target))}</span>'
    return f'<a class="teach" href="/teach?{escape(urlencode({"text": gap["text"]}))}">教机器人 Teach</a>'


async def gap_panel(request: web.Request) -> str:
    """Under the gaps table: the outcome of the last action and the lessons in force, each
    with an undo button, plus how to move them into the knowledge base (called before the
    gap rows are built, so gap_action sees the lessons just read)."""
    kb = request.app[dash.KB_KEY]
    stored = await _lessons(request)
    notice = ""
    if "taught" in request.query:
        notice = '<p class="notice" id="notice">已教会，下一条消息起生效 Taught: the bot uses it from the next message on.</p>'
    elif "forgot" in request.query:
        notice = '<p class="notice" id="notice">已撤销 Lesson withdrawn.</p>'
    rows = []
    for row in reversed(stored):
        undo = dash.Raw(f'<form method="post" action="/teach/forget" class="inline">{_hidden_csrf(request)}'
                        f'<input type="hidden" name="id" value="{row["id"]}"><button type="submit">撤销 Undo</button></form>')
        rows.append([row["text"], _meaning(kb, row["kind"], row["target"]), dash._when(request, row["at"]), undo])
    headers = ["消息 Message", "意思 Means", f"时间 When ({request.app[dash.TZ_KEY]})", ""]
    table = dash._table(headers, rows, table_id="learned") if rows else "<p>还没有 None yet.</p>"
    return f"""{notice}<h3>已教的说法 Taught phrasings</h3>{table}
<p class="label">合并进知识库 To merge into the knowledge base: <code>posbot kb export-learned</code> or
<a href="/export/learned.yaml" id="export-learned">learned.yaml</a> (README: Teaching the bot).</p>"""


def _form(request: web.Request, text: str, error: str = "", status: int = 200) -> web.Response:
    kb = request.app[dash.KB_KEY]
    rec = _recogniser(request.app).recognise(text)
    guesses = []
    if rec.intent:
        guesses.append(f"intent:{rec.intent}")
    if rec.code:
        guesses.append(f"code:{rec.code}")
    guesses += [f"{c.kind}:{c.id}" for c in rec.candidates]
    guesses = list(dict.fromkeys(guesses))[:SUGGESTIONS]
    labels = {value: label for _, options in _options(kb) for value, label in options}
    groups = []
    if guesses:
        suggested = "".join(f'<option value="{escape(v)}">{escape(labels.get(v, v))}</option>' for v in guesses if v in labels)
        groups.append(f'<optgroup label="机器人的猜测 The bot\'s guesses">{suggested}</optgroup>')
    for label, options in _options(kb):
        items = "".join(f'<option value="{escape(v)}">{escape(l)}</option>' for v, l in options)
        groups.append(f'<optgroup label="{escape(label)}">{items}</optgroup>')
    verdict = {"confident": "认出 recognised", "ambiguous": "不确定 unsure"}.get(rec.decision, "没看懂 not understood")
    if rec.intent:
        verdict = "认出 recognised"
    now = f"{verdict}" + (f" — 最接近 closest: {escape(labels.get(guesses[0], guesses[0]))} ({rec.confidence:.2f})"
                          if guesses else "")
    message = f'<p class="error" id="teach-error">{escape(error)}</p>' if error else ""
    body = f"""<h2>教机器人 Teach the bot</h2>{message}
<p>商户写的 The merchant wrote:</p><blockquote class="pre" id="teach-text">{escape(text)}</blockquote>
<p class="label">机器人现在的理解 What the bot makes of it now: {now}</p>
<form method="post" action="/teach" id="teach-form">{_hidden_csrf(request)}
<input type="hidden" name="text" value="{escape(text)}">
<p><label>它的意思是 It means<br><select name="target" id="target" required>
<option value="">— 请选择 choose —</option>{"".join(groups)}</select></label></p>
<button type="submit" id="teach">教会 Teach</button> <a href="/gaps">取消 Cancel</a></form>
<p class="label">同样的消息和只差一两个字的消息都会按这个意思理解。The same message, and ones a typo or two away, will be understood this way.</p>"""
    return dash._html("Teach", body, status=status, active="/gaps")


async def teach_page(request: web.Request) -> web.Response:
    text = request.query.get("text", "").strip()
    if not text:
        raise web.HTTPFound("/gaps")
    return _form(request, text[:2000])


async def teach_post(request: web.Request) -> web.Response:
    form = await request.post()
    _check_csrf(request, form)
    text = str(form.get("text", ""))
    kind, _, target = str(form.get("target", "")).partition(":")
    if not kind:
        return _form(request, text[:2000] or "–", "请选择它的意思 Choose what it means", status=400)
    try:
        lesson_id = teach(request.app[dash.STORE_KEY], request.app[dash.KB_KEY], text, kind, target, by="dashboard")
    except LessonError as exc:
        return _form(request, text[:2000] or "–", str(exc), status=400)
    raise web.HTTPSeeOther(f"/gaps?taught={lesson_id}")


async def forget_post(request: web.Request) -> web.Response:
    form = await request.post()
    _check_csrf(request, form)
    lesson_id = str(form.get("id", ""))
    if not lesson_id.isdigit() or not forget(request.app[dash.STORE_KEY], int(lesson_id), by="dashboard"):
        raise web.HTTPNotFound(text="没有这条已教的说法 No such lesson")
    raise web.HTTPSeeOther("/gaps?forgot=1")


async def export_learned(request: web.Request) -> web.Response:
    await _lessons(request)
    return web.Response(text=request.app[LEARNED_KEY].to_yaml(), content_type="text/yaml",
                        headers={"Content-Disposition": 'attachment; filename="learned.yaml"'})
