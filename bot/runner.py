"""`posbot run`: the Telegram bot, by long polling or behind a webhook, plus its timers."""

from __future__ import annotations

import asyncio
import hmac
import logging
import signal
from urllib.parse import urlparse

from aiohttp import web

from bot.agents import AgentDesk
from bot.config import Settings
from bot.ocr import Reader
from bot.photos import TelegramPhotos
from bot.store import Store
from bot.telegram_app import ALLOWED_UPDATES, TelegramBot
from dialogs.engine import Engine
from knowledge.loader import load_kb

log = logging.getLogger("posbot")
REMINDER_EVERY_SECONDS = 30
OCR_WARM_UP_DELAY = 10  # seconds after start-up


class Runner:
    """Owns the bot's background jobs so tests can start and stop it in-process."""

    def __init__(self, settings: Settings, store: Store | None = None, engine: Engine | None = None,
                 reader: Reader | None = None):
        self.settings = settings
        self.store = store or Store(settings.db)
        self.engine = engine or Engine(load_kb())
        self.bot = TelegramBot(settings, self.store, self.engine)
        # Photos are read in a worker process (bot/ocr.py); the model loads there on first use.
        self.bot.photos = TelegramPhotos(reader or Reader(process=True), self.engine.kb)
        if settings.agent_chat_id is not None:
            desk = AgentDesk(settings, self.bot.service)
            self.bot.agents = desk
            self.bot.on_turn.append(desk.on_turn)
        self._web_runners: list[web.AppRunner] = []
        self._timers: list[asyncio.Task] = []

    async def start(self, webhook: bool | None = None) -> None:
        use_webhook = bool(self.settings.webhook_url) if webhook is None else webhook
        await self.bot.start(polling=not use_webhook)
        if use_webhook:
            await self._start_webhook()
        if self.bot.agents is not None:
            self._timers.append(asyncio.create_task(self._remind_forever()))
        if self.settings.dashboard_listen:
            from bot.dashboard import start_dashboard

            self._web_runners.append(await start_dashboard(self.settings, self.store))

    async def stop(self) -> None:
        for task in self._timers:
            task.cancel()
        await asyncio.gather(*self._timers, return_exceptions=True)
        for runner in self._web_runners:
            await runner.cleanup()
        await self.bot.stop()
        self.bot.photos.reader.close()

    async def remind_once(self) -> None:
        ops = self.bot.agents.reminders()
        if ops:
            with self.store.transaction():
                for op in ops:
                    self.store.add_outbox("agents", op)
            await self.bot.deliver("agents")

    async def _remind_forever(self) -> None:
        while True:
            try:
                await self.remind_once()
            except Exception:  # a failed reminder must not stop the next one
                log.exception("SLA reminder failed")
            await asyncio.sleep(REMINDER_EVERY_SECONDS)

    async def _start_webhook(self) -> None:
        """Our own webhook endpoint: the update is stored before Telegram gets its 200."""
        path = urlparse(self.settings.webhook_url).path or "/"
        secret = self.settings.webhook_secret

        async def receive(request: web.Request) -> web.Response:
            if secret and not hmac.compare_digest(
                request.headers.get("X-Telegram-Bot-Api-Secret-Token", ""), secret
            ):
                return web.Response(status=403)
            try:
                payload = await request.json()
                if not isinstance(payload, dict) or "update_id" not in payload:
                    raise ValueError("not an update")
            except ValueError:
                return web.Response(status=400)
            self.bot.ingest([payload])
            return web.Response(text="ok")

        app = web.Application(client_max_size=2 * 1024 * 1024)
        app.router.add_post(path, receive)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, self.settings.webhook_listen, self.settings.webhook_port)
        await site.start()
        self._web_runners.append(runner)
        await self.bot.bot.set_webhook(self.settings.webhook_url, secret_token=secret,
                                       allowed_updates=ALLOWED_UPDATES)
        log.info("webhook listening on %s:%s%s", self.settings.webhook_listen,
                 self.settings.webhook_port, path)


async def run_forever(settings: Settings, webhook: bool | None = None) -> None:
    runner = Runner(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await runner.start(webhook=webhook)
    # The OCR worker starts and loads its model once the bot is up and serving: start-up does
    # not share the CPU with it (measured: +1.5 s to the first getUpdates on a busy 2-core
    # machine when both ran at once), and a photo after that does not wait for the model. A
    # photo sooner simply loads it. Starting a worker process blocks for a moment: on a thread.
    loop.call_later(OCR_WARM_UP_DELAY, loop.run_in_executor, None, runner.bot.photos.reader.warm_up)
    log.info("posbot is running (%s); Ctrl+C to stop", "webhook" if (webhook or settings.webhook_url) else "polling")
    await stop.wait()
    await runner.stop()
