"""Managers' statistics never hold up merchants: /stats and the dashboard served by `posbot run`
compute in their own thread on a read-only connection. Shown by ordering, not timing: while a
statistics query is held inside its computation, a merchant's turn is answered (and written),
and only then the figures arrive."""

from __future__ import annotations

import asyncio
import threading

import aiohttp
import pytest

import bot.dashboard
import bot.stats_telegram
from tests.fakebotapi import free_port, running_fake_api
from tests.harness import MANAGER, next_reply, running_bot

MERCHANT = 6660002
TOKEN = "dashboard-token-0123456789"


@pytest.fixture
async def api():
    async with running_fake_api() as server:
        yield server


class Gate:
    """Holds a statistics computation until released, and notes where it ran."""

    def __init__(self, real):
        self.real = real
        self.entered = threading.Event()
        self.release = threading.Event()
        self.read_only = None
        self.on_thread = None

    def __call__(self, store, *args, **kwargs):
        self.read_only = store.conn.execute("pragma query_only").fetchone()[0] == 1
        self.on_thread = threading.current_thread().name
        self.entered.set()
        if not self.release.wait(30):  # on the event loop this would block everything
            raise TimeoutError("statistics were never released")
        return self.real(store, *args, **kwargs)


def index_of(api, call) -> int:
    return next(n for n, c in enumerate(api.sent) if c is call)


async def test_merchant_is_answered_while_stats_compute(api, tmp_path, engine, monkeypatch):
    gate = Gate(bot.stats_telegram.compute)
    monkeypatch.setattr(bot.stats_telegram, "compute", gate)
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        api.push_text(MANAGER, "/stats 7d", language_code="en")
        assert await asyncio.to_thread(gate.entered.wait, 20)
        api.push_text(MERCHANT, "51")
        answer = await next_reply(api, MERCHANT, contains="51")
        assert not [c for c in api.sent if c.chat_id == MANAGER]  # the figures are still being computed
        gate.release.set()
        summary = await next_reply(api, MANAGER, contains="Conversations", timeout=15)
        assert index_of(api, answer) < index_of(api, summary)
        assert gate.read_only and gate.on_thread.startswith("posbot-reads")
        # the merchant's turn was written while the statistics read: no write lock was held
        assert runner.store.open_conversation("telegram", str(MERCHANT)) is not None


async def test_merchant_is_answered_while_the_dashboard_computes(api, tmp_path, engine, monkeypatch):
    gate = Gate(bot.dashboard.compute)
    monkeypatch.setattr(bot.dashboard, "compute", gate)
    port = free_port()
    async with running_bot(api, tmp_path / "bot.db", engine, POSBOT_DASHBOARD_LISTEN=f"127.0.0.1:{port}",
                           POSBOT_DASHBOARD_TOKEN=TOKEN):
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as manager:  # an IP host
            async with manager.post(f"http://127.0.0.1:{port}/login", data={"token": TOKEN},
                                    allow_redirects=False) as response:
                assert response.status == 302
            overview = asyncio.create_task(manager.get(f"http://127.0.0.1:{port}/?period=30d"))
            assert await asyncio.to_thread(gate.entered.wait, 20)
            api.push_text(MERCHANT, "51")
            await next_reply(api, MERCHANT, contains="51")
            assert not overview.done()  # the merchant was answered first
            gate.release.set()
            response = await overview
            assert response.status == 200 and "Fixed by the bot" in await response.text()
            assert gate.read_only and gate.on_thread.startswith("posbot-reads")
