"""The dashboard in a real headless Chromium (Debian's, driven by Playwright; no download)."""

from __future__ import annotations

import csv
import re
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


async def serve(store) -> tuple[web.AppRunner, str]:
    """The dashboard on a free local port: its runner (to clean up) and base URL."""
    runner = web.AppRunner(make_app(TOKEN, store))
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner, f"http://127.0.0.1:{port}"


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
    runner, base = await serve(store)
    yield base, injected
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
    assert "Fixed by the bot" in await page.inner_text("#partition")
    assert "Bot time to fix" in await page.inner_text("#metrics")
    await page.wait_for_load_state("load")  # the chart is drawn in the reads thread
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
    assert statuses and set(statuses) == {"已解决 resolved"}
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
    assert rows and set(rows[0]) >= {"id", "day", "started_at", "outcome", "code", "resolved_by", "rating", "turns"}
    async with page.expect_download() as info:
        await page.click("#csv-daily")
    daily = list(csv.DictReader(io.StringIO(open(await (await info.value).path(), encoding="utf-8").read())))
    assert daily and list(daily[0]) == ["day", "conversations", "with_problem", "bot_resolved", "handed_off",
                                        "abandoned", "ended", "in_progress", "partial"]

    await page.click("text=知识缺口 Gaps")
    assert await page.locator("#gaps tbody tr").count() > 0
    assert page.problems == []


# -- numbers that add up, each a link to the conversations behind it ---------------------------

async def test_partition_adds_up_and_every_number_opens_its_list(dashboard, page):
    base, _ = dashboard
    await login(page, base)
    await page.goto(f"{base}/?period=7d")
    rows = await page.locator("#partition tbody tr").all()
    counts, shares = {}, []
    for row in rows:
        cells = await row.locator("td").all_inner_texts()
        counts[cells[0]] = int(cells[1])
        if cells[2].endswith("%") and not cells[0].startswith("合计"):
            shares.append(int(cells[2][:-1]))
    total = next(n for label, n in counts.items() if label.startswith("合计"))
    main = [n for label, n in counts.items() if not label.startswith(("合计", "　└"))]
    assert total > 0 and sum(main) == total  # five outcomes, each conversation in exactly one
    assert abs(sum(shares) - 100) <= len(shares)  # whole percentages, rounded
    subs = [n for label, n in counts.items() if label.startswith("　└")]
    handed = next(n for label, n in counts.items() if "Handed to a person" in label)
    assert sum(subs) == handed  # with a ticket + without one, by reason
    links = await page.eval_on_selector_all(
        "a.drill[data-count]", "links => links.map(a => [a.getAttribute('href'), +a.dataset.count])")
    assert len(links) > 30
    for href, expected in dict(links).items():  # each distinct list once
        await page.goto(base + href)
        assert int(await page.inner_text("#count")) == expected, href
        if expected:
            assert await page.locator("#conversations tbody tr, #tickets tbody tr").count() == min(expected, 500)
    assert page.problems == []


RAW = re.compile(r"\b(?:fix|a|rate|pick|take|lang|cmd|h|skip|ok):[\w?]+|\b[a-z]+_[a-z0-9_]+\b")
CATEGORY_IDS = {"hardware", "software", "network", "card", "merchant", "host", "operation", "environment"}


async def test_pages_show_names_and_labels_never_payloads_or_ids(dashboard, page):
    base, injected = dashboard
    await login(page, base)
    await page.goto(f"{base}/tickets")
    categories = await page.locator("#tickets tbody tr td:nth-child(4)").all_inner_texts()
    assert categories and not CATEGORY_IDS & set(categories)
    reasons = set(await page.locator("#tickets tbody tr td:nth-child(8)").all_inner_texts())
    assert reasons and all(" " in r for r in reasons), reasons  # in words, both languages
    pages = ["/?period=30d", "/tickets", "/gaps?period=30d", "/conversations?period=30d&problem=yes"]
    # every transcript with a ticket or a button press
    for link in (await page.eval_on_selector_all("#tickets tbody tr a", "as => as.map(a => a.getAttribute('href'))"))[:8]:
        pages.append(link)
    for path in pages:
        await page.goto(base + path)
        text = await page.inner_text("main")
        assert not RAW.findall(text), (path, RAW.findall(text)[:5])
    # a transcript: the ticket number, button labels as pressed, the reason in words. Which
    # tickets the demo day holds depends on the time of day it is generated (today's part runs
    # up to now), so the transcript is the first ticket's that has a rating among those listed.
    shown = []
    for path in pages[4:]:
        await page.goto(base + path)
        assert "工单 Ticket #" in await page.inner_text("#tickets")
        assert "What they saw" in await page.inner_text("#transcript thead")
        facts = await page.inner_text("#facts")
        assert "问题 Problem" in facts and "结果 Outcome" in facts
        shown.append(await page.inner_text("#transcript"))
    rated = [t for t in shown if "⭐" in t]
    assert rated, "no ticket transcript shows a rating"
    assert "按了 pressed: [" in rated[0]


async def test_days_are_zero_filled_today_partial_and_an_empty_today_says_so(tmp_path, engine, page):
    from datetime import datetime, timedelta, timezone

    from bot.stats import iso

    now = datetime.now(timezone.utc)
    clock = {"at": iso(now - timedelta(days=4))}
    store = Store(tmp_path / "days.db", clock=lambda: clock["at"])
    service = Service(store, engine, channel="telegram")
    service.handle("m1", Incoming(text="51"))  # four days ago, then nothing until two days ago
    clock["at"] = iso(now - timedelta(days=2))
    service.handle("m2", Incoming(text="51"))
    service.handle("m3", Incoming(text="A0"))
    runner, base = await serve(store)
    try:
        await login(page, base)
        await page.goto(f"{base}/?period=7d")
        await page.click("details.days summary")  # the per-day numbers open under the chart
        days = [await row.locator("td").all_inner_texts() for row in await page.locator("#daily tbody tr").all()]
        assert len(days) == 7  # every calendar day of the window, newest first
        assert days[0][0].startswith(now.strftime("%Y-%m-%d")) and "today so far" in days[0][0]
        assert [d[1] for d in days] == ["0", "0", "2", "0", "1", "0", "0"]
        async with page.expect_download() as info:
            await page.click("#csv-daily")
        rows = list(csv.DictReader(io.StringIO(open(await (await info.value).path(), encoding="utf-8").read())))
        assert [(r["conversations"], r["partial"]) for r in rows] == [
            ("0", "0"), ("0", "0"), ("1", "0"), ("0", "0"), ("2", "0"), ("0", "0"), ("0", "1")]
        assert rows[-1]["day"] == now.strftime("%Y-%m-%d")
        await page.goto(f"{base}/?period=today")
        assert "No conversations in this period yet" in await page.inner_text("#empty")
        assert await page.locator("#chart").count() == 0
        assert page.problems == []
    finally:
        await runner.cleanup()
        store.close()


async def test_phone_width_navigation_wraps_on_the_dark_bar(dashboard):
    base, _ = dashboard
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = await browser.new_page(viewport={"width": 390, "height": 844})
        await login(page, base)
        for path in ("/", "/tickets", "/conversations", "/gaps"):
            await page.goto(base + path)
            bar = await page.locator("header").bounding_box()
            for link in await page.locator("header a").all():
                box = await link.bounding_box()
                # inside the dark bar (not white on the light page) and on screen
                assert box["y"] >= bar["y"] and box["y"] + box["height"] <= bar["y"] + bar["height"], path
                assert box["x"] >= 0 and box["x"] + box["width"] <= 390, path
            assert await page.evaluate("document.documentElement.scrollWidth") <= 390, path
        await browser.close()


async def test_gaps_page_has_a_period_and_groups_wordings(tmp_path, engine, page):
    store = Store(tmp_path / "gaps.db")
    service = Service(store, engine, channel="telegram")
    for chat, text in (("g1", "我表姐下周过来"), ("g2", "我表姐下周过来"), ("g3", "我表姐下周过来啊")):
        service.handle(chat, Incoming(text=text))
    runner, base = await serve(store)
    try:
        await login(page, base)
        await page.goto(f"{base}/gaps")
        assert "7天 7 days" in await page.inner_text("#periods")
        row = page.locator("#gaps tbody tr").first
        assert await row.get_attribute("data-gap-key") == "我表姐下周过来"
        cells = await row.locator("td").all_inner_texts()
        assert cells[0] == "3" and cells[1].startswith("我表姐下周过来") and "“我表姐下周过来啊”" in cells[1]
        assert cells[2] == "3"
        await row.locator("td:nth-child(3) a").click()
        assert await page.inner_text("#count") == "3"
        await page.goto(f"{base}/gaps?period=today")
        assert "<b>今天 Today</b>" in await page.inner_html("#periods")
    finally:
        await runner.cleanup()
        store.close()
