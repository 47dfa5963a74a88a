"""Screenshots of the dashboard for docs/METRICS.md, as a manager sees it (desktop and phone).

    .venv/bin/python docs/make_screenshots.py [--out docs/img]

Fills a temporary database with `posbot demo-data --days 30` history, serves the dashboard on
a free local port and photographs it with Debian's Chromium through Playwright.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import tempfile
from pathlib import Path

from aiohttp import web
from playwright.async_api import async_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.dashboard import make_app  # noqa: E402
from bot.demo import generate  # noqa: E402
from bot.store import Store  # noqa: E402
from tests.fakebotapi import free_port  # noqa: E402

TOKEN = "screenshot-token-0123456789"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PAGES = [("overview", "/?period=30d"), ("transcript", None), ("gaps", "/gaps?period=30d"), ("today", "/?period=today")]


async def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        generate(str(db), days=30, seed=7)
        store = Store(db)
        # a conversation a manager would open: handed to a person, with buttons pressed
        ticket = next(t for t in reversed(store.tickets(["resolved"]))
                      if any(m["kind"] == "button" for m in store.transcript(t["conversation_id"])))
        runner = web.AppRunner(make_app(TOKEN, store))
        await runner.setup()
        port = free_port()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        base = f"http://127.0.0.1:{port}"
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox"])
            for suffix, viewport in (("", {"width": 1280, "height": 900}), ("-390", {"width": 390, "height": 844})):
                page = await browser.new_page(viewport=viewport)
                await page.goto(f"{base}/login")
                await page.fill("#token", TOKEN)
                await page.click("#login")
                for name, path in PAGES:
                    await page.goto(base + (path or f"/conversation/{ticket['conversation_id']}"))
                    await page.wait_for_load_state("networkidle")
                    await page.screenshot(path=str(out / f"{name}{suffix}.png"), full_page=name == "transcript" or (not suffix and name != "today"))
                await page.close()
            await browser.close()
        await runner.cleanup()
        store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(Path(__file__).parent / "img"))
    asyncio.run(main(Path(parser.parse_args().out)))
