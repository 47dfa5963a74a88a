"""The teach loop: a lead says what a not-understood message meant; the bot uses it at once.

Lessons are validated against the knowledge base, stored in SQLite, picked up by the running
bot from the next message on (also when the dashboard is another connection or process), and
exported as knowledge-base YAML that merges into knowledge/data.
"""

from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
import sys

import aiohttp
import pytest
import yaml
from aiohttp import web

from bot.dashboard import make_app
from bot.learned import forget, lessons_in_force, revision, teach
from bot.service import Service
from bot.store import Store
from dialogs.engine import Engine
from dialogs.messages import Incoming
from knowledge.learned import MAX_TEXT_CHARS, LearnedPhrasings, LessonError, check_lesson, lesson_key
from knowledge.loader import DATA_DIR, load_kb
from knowledge.matcher import Recogniser
from tests.fakebotapi import free_port
from tests.test_dashboard import ARGS, CHROMIUM, TOKEN, login
from tests.home import warmed_home

# Written for these tests, in a merchant's words; the knowledge base does not know them.
CHIRPING = "那台小灰盒子整天叽叽喳喳"  # "that little grey box chirps all day"
CHIRPING_WORDY = "那台小灰盒子整天叽叽喳喳的啊"  # the same, said a little differently
CHIRPING_TYPO = "那台小灰和子，整天叽叽喳喳！"  # 盒 -> 和 (same sound), punctuation added
STRIPES = "the till screen went all stripey after lunch"
INJECTION = "<script>window.__pwned=1</script>'; drop table learned_phrasings; --"


@pytest.fixture
def fresh_engine(kb):
    """An engine of its own: lessons must not leak into the session-wide recogniser."""
    return Engine(kb, Recogniser(kb))


def problem_of(turn) -> dict | None:
    return next((e.data for e in turn.result.events if e.name == "problem"), None)


def not_understood(turn) -> bool:
    return any(e.name == "not_understood" for e in turn.result.events)


# -- the overlay (knowledge.learned) --------------------------------------------------------

def test_lessons_are_checked_against_the_knowledge_base(kb):
    for text, kind, target, why in [
        ("", "code", "51", "empty"), ("   ", "code", "51", "empty"), ("？！。", "code", "51", "no words"),
        ("x" * (MAX_TEXT_CHARS + 1), "code", "51", "too long"),
        (CHIRPING, "code", "XX", "No such code"), (CHIRPING, "symptom", "s_nope", "No such symptom"),
        (CHIRPING, "intent", "party", "No such intent"), (CHIRPING, "drop table", "51", "Unknown kind"),
    ]:
        with pytest.raises(LessonError, match=why):
            check_lesson(kb, text, kind, target)
    assert check_lesson(kb, " 余额不够了吧 ", "code", "51").text == "余额不够了吧"
    # a code's alias names the code itself
    alias_owner = next(c for c in kb.codes.values() if c.aliases)
    assert check_lesson(kb, CHIRPING, "code", alias_owner.aliases[0].lower()).target == alias_owner.code


def test_overlay_matches_the_taught_text_and_near_duplicates_only(kb):
    overlay = LearnedPhrasings(kb, [check_lesson(kb, CHIRPING, "symptom", "s_tamper"),
                                    check_lesson(kb, "打印机坏了", "symptom", "s_printer_no_output"),
                                    check_lesson(kb, STRIPES, "code", "51")])
    assert overlay.find(lesson_key(CHIRPING))[1] == 1.0
    lesson, similarity = overlay.find(lesson_key(CHIRPING_TYPO))
    assert lesson.target == "s_tamper" and 0.85 <= similarity < 1
    assert overlay.find(lesson_key("the till screen went all stripy after lunch"))[0].target == "51"
    assert overlay.find(lesson_key("打印机好了")) is None  # one word apart in a short message is another message
    assert overlay.find(lesson_key("老板娘说今天生意很好")) is None
    recognition = overlay.recognise(STRIPES)
    assert (recognition.code, recognition.category, recognition.decision) == ("51", "card", "confident")


def test_recogniser_consults_the_lessons_first(kb):
    recogniser = Recogniser(kb)
    assert recogniser.recognise(CHIRPING).symptom is None
    recogniser.learned = LearnedPhrasings(kb, [check_lesson(kb, CHIRPING, "symptom", "s_tamper"),
                                               check_lesson(kb, "收了96块 顾客说很满意", "intent", "chitchat")])
    rec = recogniser.recognise(CHIRPING_TYPO)
    assert (rec.symptom, rec.decision, rec.category) == ("s_tamper", "confident", "hardware")
    rec = recogniser.recognise("收了96块，顾客说很满意")
    assert rec.intent == "chitchat" and rec.code is None
    assert recogniser.recognise("余额不足").code == "51"  # everything else as before


def test_export_is_knowledge_base_yaml_that_merges_and_validates(kb, tmp_path):
    overlay = LearnedPhrasings(kb, [check_lesson(kb, CHIRPING, "symptom", "s_tamper"),
                                    check_lesson(kb, STRIPES, "code", "51"),
                                    check_lesson(kb, "多谢晒", "intent", "thanks")])
    text = overlay.to_yaml()
    assert "knowledge/data/symptoms/hardware.yaml" in text and "knowledge/data/intents.yaml" in text
    exported = yaml.safe_load(text)
    assert exported == {
        "codes": [{"code": "51", "wordings": {"en": [STRIPES]}}],
        "symptoms": [{"id": "s_tamper", "phrasings": {"zh": [CHIRPING]}}],
        "intents": [{"id": "thanks", "phrasings": {"zh": ["多谢晒"]}}],
    }
    # Merged as the README says (each line onto the same list of the same entry), the
    # knowledge base still validates and holds the phrasings.
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    for section, entries in exported.items():
        name = "code" if section == "codes" else "id"
        for entry in entries:
            path = data / kb.origin[(section, str(entry[name]))].split("knowledge/data/")[1]
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
            target = next(e for e in raw[section] if str(e[name]) == str(entry[name]))
            field = "wordings" if section == "codes" else "phrasings"
            for lang, lines in entry[field].items():
                target.setdefault(field, {}).setdefault(lang, []).extend(lines)
            path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    merged = load_kb(data)
    assert CHIRPING in merged.symptoms["s_tamper"].phrasings.zh
    assert STRIPES in merged.code("51").wordings.en
    assert LearnedPhrasings(kb).to_yaml().startswith("#")  # nothing taught: a comment, valid YAML


# -- the store and the running bot ------------------------------------------------------------

def test_store_keeps_history_and_the_latest_lesson_wins(tmp_path, kb):
    with Store(tmp_path / "t.db") as store:
        assert revision(store) is None
        first = teach(store, kb, CHIRPING, "symptom", "s_tamper", by="lead")
        second = teach(store, kb, CHIRPING_TYPO, "symptom", "s_interference")
        assert [r["target"] for r in lessons_in_force(store)] == ["s_tamper", "s_interference"]  # two keys
        third = teach(store, kb, CHIRPING, "code", "51")
        assert [(r["id"], r["target"]) for r in lessons_in_force(store)] == [(second, "s_interference"), (third, "51")]
        assert not forget(store, first)  # superseded already
        assert forget(store, third) and not forget(store, third)
        assert [r["id"] for r in lessons_in_force(store)] == [second]
        assert revision(store) == third + 1
        with pytest.raises(LessonError):
            teach(store, kb, INJECTION, "code", "'; drop table codes; --")
        teach(store, kb, INJECTION, "intent", "chitchat")  # stored as text, harmless
        assert lessons_in_force(store)[-1]["text"] == INJECTION.strip()


def test_bot_uses_a_lesson_from_the_next_message_when_another_connection_teaches(tmp_path, kb, fresh_engine):
    db = tmp_path / "bot.db"
    with Store(db) as bot_store, Store(db) as dashboard_store:  # two connections, as two processes
        service = Service(bot_store, fresh_engine, channel="telegram")
        assert not_understood(service.handle("m1", Incoming(text=CHIRPING)))
        lesson = teach(dashboard_store, kb, CHIRPING, "symptom", "s_tamper")
        assert problem_of(service.handle("m2", Incoming(text=CHIRPING)))["symptom"] == "s_tamper"
        assert problem_of(service.handle("m3", Incoming(text=CHIRPING_TYPO)))["symptom"] == "s_tamper"
        forget(dashboard_store, lesson)
        assert not_understood(service.handle("m4", Incoming(text=CHIRPING)))


def test_chat_and_export_learned_commands(tmp_path, kb):
    db = tmp_path / "chat.db"
    with Store(db) as store:
        teach(store, kb, STRIPES, "code", "51")
    env = {"PATH": "/usr/bin:/bin", "HOME": warmed_home(), "POSBOT_DB": str(db)}
    chat = subprocess.run([sys.executable, "-m", "bot.cli", "chat", "--lang", "en"], input=STRIPES + "\n",
                          capture_output=True, text=True, timeout=120, env=env)
    assert chat.returncode == 0, chat.stderr
    assert "Insufficient funds" in chat.stdout
    export = subprocess.run([sys.executable, "-m", "bot.cli", "kb", "export-learned"], capture_output=True,
                            text=True, timeout=120, env=env)
    assert export.returncode == 0, export.stderr
    assert yaml.safe_load(export.stdout) == {"codes": [{"code": "51", "wordings": {"en": [STRIPES]}}]}


# -- the dashboard over HTTP: managers only, anti-forgery token ---------------------------------

@pytest.fixture
async def teach_site(tmp_path, kb):
    db = tmp_path / "dash.db"
    store = Store(db)
    runner = web.AppRunner(make_app(TOKEN, store, kb=kb))
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    yield f"http://127.0.0.1:{port}", store
    await runner.cleanup()
    store.close()


async def signed_in(base: str) -> aiohttp.ClientSession:
    session = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))  # cookies on 127.0.0.1
    async with session.post(f"{base}/login", data={"token": TOKEN}) as response:
        assert response.status == 200 and str(response.url).endswith("/")
    return session


async def csrf_of(session: aiohttp.ClientSession, base: str) -> str:
    async with session.get(f"{base}/teach", params={"text": CHIRPING}) as response:
        return re.search(r'name="csrf" value="([0-9a-f]+)"', await response.text()).group(1)


async def test_posts_need_a_manager_and_the_sessions_token(teach_site):
    base, store = teach_site
    lesson = {"text": CHIRPING, "target": "symptom:s_tamper"}
    async with aiohttp.ClientSession() as stranger:
        for path in ("/teach", "/teach/forget"):
            async with stranger.post(f"{base}{path}", data={**lesson, "id": "1"}, allow_redirects=False) as response:
                assert response.status == 401
        async with stranger.get(f"{base}/export/learned.yaml") as response:
            assert response.status == 401
    first, second = await signed_in(base), await signed_in(base)
    try:
        token, other_token = await csrf_of(first, base), await csrf_of(second, base)
        assert token != other_token
        for data in (lesson, {**lesson, "csrf": ""}, {**lesson, "csrf": other_token}, {**lesson, "csrf": token[:-1] + "0"}):
            if data.get("csrf") == token:
                continue
            async with first.post(f"{base}/teach", data=data, allow_redirects=False) as response:
                assert response.status == 403
                assert "reload the page" in await response.text()
        async with first.post(f"{base}/teach/forget", data={"id": "1"}, allow_redirects=False) as response:
            assert response.status == 403
        assert lessons_in_force(store) == []
        async with first.post(f"{base}/teach", data={**lesson, "csrf": token}, allow_redirects=False) as response:
            assert response.status == 303 and response.headers["Location"].startswith("/gaps?taught=")
        assert [r["target"] for r in lessons_in_force(store)] == ["s_tamper"]
        async with first.get(f"{base}/export/learned.yaml") as response:
            assert yaml.safe_load(await response.text()) == {"symptoms": [{"id": "s_tamper", "phrasings": {"zh": [CHIRPING]}}]}
        # signing out makes the token worthless
        async with first.get(f"{base}/logout"):
            pass
        async with first.post(f"{base}/teach", data={**lesson, "csrf": token}, allow_redirects=False) as response:
            assert response.status == 401
    finally:
        await first.close()
        await second.close()


async def test_bad_lessons_get_a_clear_answer_and_nothing_is_stored(teach_site):
    base, store = teach_site
    session = await signed_in(base)
    try:
        token = await csrf_of(session, base)
        for data, says in [
            ({"text": CHIRPING, "target": ""}, "Choose what it means"),
            ({"text": "", "target": "code:51"}, "The message is empty"),
            ({"text": "好" * 5000, "target": "code:51"}, "too long"),
            ({"text": CHIRPING, "target": "code:ZZ"}, "No such code"),
            ({"text": CHIRPING, "target": "symptom:<script>"}, "No such symptom"),
            ({"text": CHIRPING, "target": "nonsense"}, "Unknown kind"),
        ]:
            async with session.post(f"{base}/teach", data={**data, "csrf": token}) as response:
                assert response.status == 400, data
                page = await response.text()
                assert says in page and "<script>" not in page
        async with session.get(f"{base}/teach", params={"text": INJECTION}) as response:  # shown, never run
            page = await response.text()
            assert response.status == 200 and "<script>window" not in page and "&lt;script&gt;window" in page
        async with session.post(f"{base}/teach", data={"text": INJECTION, "target": "intent:chitchat", "csrf": token},
                                allow_redirects=False) as response:
            assert response.status == 303  # an odd message is still a message; stored as text
        async with session.get(f"{base}/gaps") as response:
            page = await response.text()
            assert "<script>window" not in page and "&lt;script&gt;window" in page
        forget(store, lessons_in_force(store)[0]["id"])
        async with session.post(f"{base}/teach/forget", data={"id": "999", "csrf": token}) as response:
            assert response.status == 404
        async with session.post(f"{base}/teach/forget", data={"id": "1; drop", "csrf": token}) as response:
            assert response.status == 404
        assert lessons_in_force(store) == []
    finally:
        await session.close()


async def test_posbot_run_uses_what_a_separate_dashboard_process_taught(tmp_path, fresh_engine):
    """`posbot run` (real python-telegram-bot over the fake Bot API) serving merchants while
    `posbot dashboard`, another process on the same database file, takes a lesson."""
    from tests.fakebotapi import running_fake_api
    from tests.harness import next_reply, running_bot

    db, port = tmp_path / "run.db", free_port()
    base = f"http://127.0.0.1:{port}"
    async with running_fake_api() as api, running_bot(api, db, fresh_engine):
        api.push_text(5550001, CHIRPING, language_code="zh-hans")
        await next_reply(api, 5550001, contains="没看懂")
        dashboard = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "dashboard", "--db", str(db), "--listen", f"127.0.0.1:{port}"],
            env={"PATH": "/usr/bin:/bin", "HOME": warmed_home(), "POSBOT_DASHBOARD_TOKEN": TOKEN, "PYTHONUNBUFFERED": "1"},
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            # printed once it is about to serve (read in a thread: the bot keeps serving meanwhile)
            assert "dashboard on" in await asyncio.to_thread(dashboard.stdout.readline)
            session = None
            for _ in range(100):  # the listening socket follows the line within moments
                try:
                    session = await signed_in(base)
                    break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.1)
            assert session is not None, "posbot dashboard did not start"
            async with session:
                token = await csrf_of(session, base)
                async with session.post(f"{base}/teach", data={"text": CHIRPING, "target": "symptom:s_tamper",
                                                               "csrf": token}, allow_redirects=False) as response:
                    assert response.status == 303
            api.push_text(5550002, CHIRPING_TYPO, language_code="zh-hans")
            assert await next_reply(api, 5550002, contains="拆机保护")
        finally:
            dashboard.terminate()
            dashboard.wait(timeout=30)


# -- the whole loop in a real browser ---------------------------------------------------------

async def test_a_lead_teaches_a_gap_and_the_next_merchant_is_understood(tmp_path, kb, fresh_engine):
    if not shutil.which("chromium") and not shutil.os.path.exists(CHROMIUM):
        pytest.fail("Debian's chromium is required: apt-get install chromium (.ci/run installs it)")
    from playwright.async_api import async_playwright

    db = tmp_path / "live.db"
    bot_store, dashboard_store = Store(db), Store(db)  # the bot and `posbot dashboard`: two connections
    service = Service(bot_store, fresh_engine, channel="telegram")
    assert not_understood(service.handle("merchant-1", Incoming(text=CHIRPING)))
    assert not_understood(service.handle("merchant-2", Incoming(text=CHIRPING_WORDY)))
    runner = web.AppRunner(make_app(TOKEN, dashboard_store, kb=kb))
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    base = f"http://127.0.0.1:{port}"
    try:
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = await browser.new_page()
            problems: list[str] = []
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            await login(page, base)
            await page.goto(f"{base}/gaps")
            row = page.locator("#gaps tbody tr", has_text=CHIRPING)
            assert await row.count() == 1
            assert "2" in await row.locator("td").first.inner_text()  # both wordings, one gap
            await row.locator("a.teach").click()
            assert CHIRPING in await page.inner_text("#teach-text")
            await page.select_option("#target", "symptom:s_tamper")
            await page.click("#teach")
            await page.wait_for_selector("#notice")
            assert "Taught" in await page.inner_text("#gaps")
            assert CHIRPING in await page.inner_text("#learned")

            # the very next merchant messages, through the real engine and its own connection
            turn = service.handle("merchant-3", Incoming(text=CHIRPING))
            assert problem_of(turn)["symptom"] == "s_tamper"
            assert "拆机保护" in " ".join(r.text for r in turn.replies)  # the tamper answer, not "didn't get that"
            assert problem_of(service.handle("merchant-4", Incoming(text=CHIRPING_TYPO)))["symptom"] == "s_tamper"

            await page.click("#learned button")  # undo
            await page.wait_for_selector("#notice")
            assert await page.locator("#learned").count() == 0
            assert not_understood(service.handle("merchant-5", Incoming(text=CHIRPING)))
            assert problems == []
            await browser.close()
    finally:
        await runner.cleanup()
        bot_store.close()
        dashboard_store.close()


def test_a_lesson_whose_target_left_the_knowledge_base_is_skipped(tmp_path, kb, caplog):
    from dataclasses import replace

    from bot.learned import load_lessons

    with Store(tmp_path / "k.db") as store:
        teach(store, kb, CHIRPING, "symptom", "s_tamper")
        teach(store, kb, STRIPES, "code", "51")
        smaller = replace(kb, symptoms={k: v for k, v in kb.symptoms.items() if k != "s_tamper"})
        assert [lesson.target for lesson in load_lessons(store, smaller)] == ["51"]
    assert "No such symptom" in caplog.text and "s_tamper" in caplog.text
