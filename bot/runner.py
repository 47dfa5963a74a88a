"""`posbot run`: the Telegram bot, by long polling or behind a webhook, plus its timers.

Start-up either serves or stops with one line (bot/faults.py): the database's lock (one
process per file), a write to the database, Telegram (retried while unreachable), the
webhook and dashboard servers' addresses.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import signal
from urllib.parse import urlparse

from aiohttp import web

from bot import health
from bot.agents import AgentDesk
from bot.config import Settings
from bot.faults import Fatal, sqlite_code, store_reason
from bot.ids import valid_id
from bot.lock import DatabaseLock
from bot.store import Store, StoreError
from bot.ocr import Reader
from bot.photos import TelegramPhotos
from bot.telegram_app import ALLOWED_UPDATES, TelegramBot
from dialogs.engine import Engine
from dialogs.prepared import prepared_engine

log = logging.getLogger("posbot")
REMINDER_EVERY_SECONDS = 30
# The webhook server's access log: no request line, which would name the secret path.
ACCESS_LOG_FORMAT = '%a "POST <webhook>" %s %b %Tf'
DAY_SECONDS = 24 * 3600
OCR_WARM_UP_DELAY = 10  # seconds after start-up


class Runner:
    """Owns the bot's background jobs so tests can start and stop it in-process."""

    def __init__(self, settings: Settings, store: Store | None = None, engine: Engine | None = None,
                 reader: Reader | None = None):
        self.settings = settings
        self.lock = DatabaseLock(settings.db).acquire()  # before anything touches the file
        try:
            self.store = store or Store(settings.db)
        except BaseException:
            self.lock.release()
            raise
        self.engine = engine or prepared_engine()
        self.bot = TelegramBot(settings, self.store, self.engine)
        # Photos are read in a worker process (bot/ocr.py); the model loads there on first use.
        self.bot.photos = TelegramPhotos(reader or Reader(process=True), self.engine.kb)
        # Always a desk: without a reachable agents' group it tells merchants the truth.
        desk = AgentDesk(settings, self.bot.service)
        self.bot.agents = desk
        self.bot.on_turn.append(desk.on_turn)
        self._web_runners: list[web.AppRunner] = []
        self._timers: list[asyncio.Task] = []
        self.tick_seconds = float(REMINDER_EVERY_SECONDS)
        self._last_prune: float | None = None

    @property
    def failed(self) -> asyncio.Event:
        return self.bot.failed

    @property
    def fatal(self) -> Fatal | None:
        return self.bot.fatal

    async def start(self, webhook: bool | None = None) -> None:
        use_webhook = bool(self.settings.webhook_url) if webhook is None else webhook
        self.bot.heartbeat.mode = "webhook" if use_webhook else "polling"
        backoff = self.bot.faults.backoff()
        while True:
            try:
                self.bot.heartbeat.start()  # proves the database can be written
                break
            except Exception as exc:
                if sqlite_code(exc) not in (5, 6):  # busy: another program's transaction ends
                    raise Fatal(f"{self.settings.db}: the database cannot be written ({store_reason(exc)})") from None
                delay = backoff.next()
                log.warning("%s: %s; retrying in %.3gs", self.settings.db, store_reason(exc), delay)
                await asyncio.sleep(delay)
        # Ports first: a busy port or a bad address is found before anything else is said.
        if use_webhook:
            await self._listen_webhook()
        if self.settings.dashboard_listen:
            from bot.dashboard import start_dashboard

            self._web_runners.append(await _serving("POSBOT_DASHBOARD_LISTEN", self.settings.dashboard_listen,
                                                    start_dashboard(self.settings, self.store, self.engine.kb)))
        if self.settings.manager_ids:
            from bot.stats_telegram import StatsDesk

            self.bot.stats = StatsDesk(self.bot)
            self.bot.stats.warm_up()
        await self.bot.start(polling=not use_webhook)
        if use_webhook:
            await self.bot.bot.set_webhook(self.settings.webhook_url, secret_token=self.settings.webhook_secret,
                                           allowed_updates=ALLOWED_UPDATES)
        self._timers.append(asyncio.create_task(self._remind_forever()))
        self._timers.append(asyncio.create_task(self._maintain_forever()))

    async def stop(self) -> None:
        for task in self._timers:
            task.cancel()
        await asyncio.gather(*self._timers, return_exceptions=True)
        for runner in self._web_runners:
            await runner.cleanup()
        if self.bot.stats is not None:
            await self.bot.stats.close()
        await self.bot.stop()
        self.lock.release()
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

    async def maintain_once(self) -> None:
        """Housekeeping: the heartbeat, the agents' group while it is unreachable (its
        waiting tickets are posted once it answers), retention once a day."""
        self.bot.heartbeat.beat()
        desk = self.bot.agents
        if desk.group is not None and not desk.reachable and await desk.check_group(self.bot.bot):
            with self.store.transaction():
                for op in desk.post_waiting():
                    self.store.add_outbox("agents", op)
            await self.bot.deliver("agents")
        days = self.settings.retention_days
        loop_time = asyncio.get_running_loop().time()
        if days and (self._last_prune is None or loop_time - self._last_prune >= DAY_SECONDS):
            from bot.prune import prune, summary

            self._last_prune = loop_time
            log.info(summary(prune(self.store, days), days))

    async def _maintain_forever(self) -> None:
        while True:  # start-up has just done all of it
            await asyncio.sleep(self.tick_seconds)
            try:
                await self.maintain_once()
            except Exception as exc:  # logged; the next round tries again
                log.warning("housekeeping failed: %s", exc)

    async def _listen_webhook(self) -> None:
        """Our own webhook endpoint: the update is stored before Telegram gets its 200.
        Telegram is told about it (setWebhook) once the bot has started."""
        path = urlparse(self.settings.webhook_url).path or "/"
        secret = (self.settings.webhook_secret or "").encode()

        async def receive(request: web.Request) -> web.Response:
            given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
            # Compared as bytes: a non-ASCII header is simply wrong, not a server error.
            if not hmac.compare_digest(given.encode("utf-8", "surrogateescape"), secret):
                return web.Response(status=403)
            try:
                payload = await request.json()
                if not isinstance(payload, dict) or not valid_id(payload.get("update_id")):
                    raise ValueError("not an update")
            except ValueError:
                return web.Response(status=400)
            try:
                self.bot.ingest([payload])
            except Exception as exc:  # not stored: Telegram keeps it and posts it again
                log.warning("webhook update not stored yet (%s); Telegram will retry", store_reason(exc))
                return web.Response(status=503)
            self.bot.heartbeat.contact()
            return web.Response(text="ok")

        app = web.Application(client_max_size=2 * 1024 * 1024)
        app.router.add_post(path, receive)
        app.router.add_get("/healthz", health.healthz_handler(self.store))
        runner = web.AppRunner(app, access_log_format=ACCESS_LOG_FORMAT)
        await runner.setup()
        site = web.TCPSite(runner, self.settings.webhook_listen, self.settings.webhook_port)
        await _serving("POSBOT_WEBHOOK_LISTEN/POSBOT_WEBHOOK_PORT",
                       f"{self.settings.webhook_listen}:{self.settings.webhook_port}", site.start(), runner)
        self._web_runners.append(runner)
        # The path is a secret: not logged.
        log.info("webhook listening on %s:%s", self.settings.webhook_listen, self.settings.webhook_port)


async def _serving(setting: str, address: str, starting, runner: web.AppRunner | None = None):
    """Start a server; a busy port or an address that is not this machine's is one line."""
    try:
        return await starting
    except OSError as exc:
        if runner is not None:
            await runner.cleanup()
        raise Fatal(f"{setting}: cannot listen on {address}: {exc.strerror or exc}") from None


async def run_forever(settings: Settings, webhook: bool | None = None) -> None:
    """Run until SIGTERM/SIGINT (then return) or a fatal fault (then raise it)."""
    try:
        runner = Runner(settings)
    except StoreError as exc:
        raise Fatal(str(exc)) from None
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    stopping = asyncio.create_task(stop.wait())
    starting = asyncio.create_task(runner.start(webhook=webhook))
    try:
        await asyncio.wait({starting, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if not starting.done():  # stopped while still connecting to Telegram
            starting.cancel()
            await asyncio.gather(starting, return_exceptions=True)
        else:
            starting.result()  # a start-up failure: its one line
            log.info("posbot is running (%s); Ctrl+C to stop", runner.bot.heartbeat.mode)
            # The OCR worker starts and loads its model once the bot is up and serving: start-up
            # does not share the CPU with it (measured: +1.5 s to the first getUpdates on a busy
            # 2-core machine when both ran at once), and a photo after that does not wait for the
            # model. A photo sooner simply loads it. Starting a worker process blocks for a
            # moment: on a thread.
            loop.call_later(OCR_WARM_UP_DELAY, loop.run_in_executor, None, runner.bot.photos.reader.warm_up)
            failed = asyncio.create_task(runner.failed.wait())
            await asyncio.wait({stopping, failed}, return_when=asyncio.FIRST_COMPLETED)
            failed.cancel()
    finally:
        stopping.cancel()
        try:
            await runner.stop()
        except Exception as exc:  # the fault that stopped us is what the operator needs
            log.warning("stopping: %s", exc)
        runner.store.close()
    if runner.fatal is not None:
        raise runner.fatal
