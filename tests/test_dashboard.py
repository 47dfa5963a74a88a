"""The dashboard in a real headless Chromium (Debian's, driven by Playwright; no download)."""

from __future__ import annotations

import csv
import io
import shutil

import pytest
from aiohttp import web
from playwright.async_api import async_playwright

from bot.dashboard import make_app
from bot.demo import generate
from bot.service import Service
from bot.store import Store
from dialogs.messages import Incoming
from tests.fakebotapi import free_port

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
TOKEN = "manager-secret-1"
INJECTION = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
async def dashboard(tmp_path, engine):
    if not shutil.which("chromium") and not shutil.os.path.exists(CHROMIUM):
        pytest.fail("Debian's chromium is required: apt-get install chromium (.ci/run installs it)")
    db = tmp_path / "dash.db"
    generate(str(db), days=3, seed=3)
    store = Store(db)
    service = Service(store, engine, channel="telegram")
    service.handle("attacker", Incoming(text=INJECTION), user_id="666", user_name=INJECTION)
    injected = store.open_conversation("telegram", "attacker")["id"]
    runner = web.AppRunner(make_app(TOKEN, store))
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    yield f"http://127.0.0.1:{port}", injected
    await runner.cleanup()
    store.close()


@pytest.fixture
async def page():
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = await browser.new_context(accept_downloads=True)
        page = await context.new_page()
        problems: list[str] = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.problems = problems
        yield page
        await browser.close()


async def login(page, base, token=TOKEN):
    await page.goto(f"{base}/")
    assert page.url.endswith("/login")
    await page.fill("#token", token)
    await page.click("#login")


async def test_refused_without_login_and_with_a_wrong_token(dashboard, page):
    base, _ = dashboard
    response = await page.goto(f"{base}/export/conversations.csv")
    assert response.status == 401
    await login(page, base, token="wrong")
    assert "Wrong token" in await page.content()
    response = await page.goto(f"{base}/tickets")
    assert page.url.endswith("/login")


async def test_overview_tickets_transcript_and_csv(dashboard, page):
    base, injected = dashboard
    await login(page, base)
    await page.wait_for_selector("#metrics")
    assert "Bot resolution" in await page.inner_text("#metrics")
    width = await page.eval_on_selector("#chart", "img => img.complete && img.naturalWidth")
    assert width and width > 100  # the chart really loaded
    assert await page.locator("#codes tbody tr").count() > 0
    # managers read what a code or fault means, not an internal id
    meanings = await page.locator("#codes tbody tr td:nth-child(2)").all_inner_texts()
    assert all(" · " in m for m in meanings), meanings
    symptoms = await page.inner_text("#symptoms")
    assert "s_" not in symptoms and " · " in symptoms

    await page.click("text=工单 Tickets")
    rows = page.locator("#tickets tbody tr")
    total = await rows.count()
    assert total > 0
    await page.select_option("select[name=status]", "resolved")
    await page.click("text=筛选 Filter")
    statuses = await page.locator("#tickets tbody tr td:nth-child(2)").all_inner_texts()
    assert statuses and set(statuses) == {"resolved"}
    await page.locator("#tickets tbody tr a").first.click()
    await page.wait_for_selector("#transcript")
    assert await page.locator("#transcript tbody tr").count() > 1

    # merchant text is shown as text, never run
    await page.goto(f"{base}/conversation/{injected}")
    assert INJECTION in await page.inner_text("#transcript")
    assert await page.evaluate("window.__pwned") is None

    await page.goto(f"{base}/")
    async with page.expect_download() as info:
        await page.click("#csv-conversations")
    download = await info.value
    text = open(await download.path(), encoding="utf-8").read()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and set(rows[0]) >= {"id", "started_at", "code", "resolved_by", "rating", "turns"}
    async with page.expect_download() as info:
        await page.click("#csv-daily")
    daily = list(csv.DictReader(io.StringIO(open(await (await info.value).path(), encoding="utf-8").read())))
    assert daily and set(daily[0]) == {"day", "conversations", "bot_resolved", "handoffs"}

    await page.click("text=知识缺口 Gaps")
    assert await page.locator("#gaps tbody tr").count() > 0
    assert page.problems == []
