"""The Telegram channel: python-telegram-bot for the Bot API, our own durable update pipeline.

Why not PTB's Updater: it confirms a batch of updates with the next getUpdates call while
they may still sit in memory, so a kill -9 loses them, and its webhook answers 200 before
anything is stored. Here every update is written to SQLite before it is confirmed (polling)
or acknowledged (webhook), processed once (the turn, its replies and "update done" commit in
one transaction), and replies leave through a stored outbox, so a restart resends what was
not yet delivered and never re-runs a finished turn.

Concurrency: one asyncio worker per chat with pending updates, so chats are served in
parallel and each chat's messages in order.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging

from telegram import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import Application, ApplicationBuilder

from bot.aiohttp_request import AiohttpRequest
from bot.config import Settings
from bot.faults import (
    EXIT_CONFIG,
    EXIT_RESTART,
    Fatal,
    FaultPolicy,
    Outage,
    is_transient_store_error,
    store_reason,
)
from bot.health import Heartbeat
from bot.ids import valid_id
from bot.photos import agents_note, photo_turn
from bot.delivery import DeliveryMarks
from bot.flood import FloodGuard, Verdict
from bot.pacing import ChatPacer
from bot.replies import PARAGRAPH, TELEGRAM_TEXT_LIMIT, join_turn, message_op
from bot.service import Service
from bot.store import Store
from dialogs.engine import Engine
from dialogs.messages import Incoming
from dialogs.texts import say_to


log = logging.getLogger("posbot.telegram")

ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
COMMANDS = {
    "zh": [("start", "开始"), ("help", "帮助"), ("lang", "切换语言 / English"),
           ("human", "转人工客服"), ("restart", "重新开始")],
    "en": [("start", "Start"), ("help", "Help"), ("lang", "Switch language / 中文"),
           ("human", "Talk to a person"), ("restart", "Start again")],
}
SLASH = {"/start": "cmd:start", "/help": "cmd:help", "/lang": "lang:toggle", "/human": "h",
         "/restart": "restart"}
NON_TEXT = ("photo", "sticker", "voice", "audio", "video", "video_note", "document", "location",
            "contact", "animation", "venue", "poll", "dice")


# httpcore scans every pooled connection for every waiting request, so with hundreds of chats
# answering at once python-telegram-bot's default of 256 connections cost more CPU than the
# requests (bench_telegram, 500 merchants flat out: 62-85 updates/s with 256, 99-133 with 16).
# 16 connections at Telegram's 100-300 ms round trips carry 50-160 requests/s, above the
# ~30 messages/s Telegram allows a bot.
HTTP_CONNECTIONS = 16
# Every message to the agents' group goes through this one ordered lane (cards before their
# relays), delivered in the background: the group's 20 messages a minute then never holds up
# a merchant's next answer.
AGENTS_LANE = "agents"
STOP_GRACE_SECONDS = 5.0
MAX_REMEMBERED_CHATS = 100_000


# Which HTTP client python-telegram-bot's requests use: "aiohttp" (bot/aiohttp_request.py) or
# python-telegram-bot's own "httpx". Chosen by bench/bench_telegram.py --compare-http.
HTTP_CLIENT = "aiohttp"


def build_application(settings: Settings) -> Application:
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.api_base_url)
        .base_file_url(settings.file_base_url)
        .rate_limiter(ChatPacer(overall_max_rate=settings.max_rate, chat_rate=settings.chat_rate))
        .updater(None)
    )
    if HTTP_CLIENT == "aiohttp":
        timeouts = {"connect_timeout": 10, "read_timeout": 15, "write_timeout": 15}
        builder = (builder.request(AiohttpRequest(HTTP_CONNECTIONS, **timeouts))
                   .get_updates_request(AiohttpRequest(1, **timeouts)))
    else:
        builder = (builder.connect_timeout(10).read_timeout(15).write_timeout(15)
                   .connection_pool_size(HTTP_CONNECTIONS))
    return builder.build()


def keyboard(buttons) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    rows: list[list[InlineKeyboardButton]] = []
    short = all(len(b["label"]) <= 8 for b in buttons)
    for b in buttons:
        button = InlineKeyboardButton(b["label"], callback_data=b["payload"])
        if short and rows and len(rows[-1]) < 2:
            rows[-1].append(button)
        else:
            rows.append([button])
    return InlineKeyboardMarkup(rows)


def chat_key_of(update: dict) -> str:
    for key in ("message", "edited_message", "channel_post"):
        if key in update:
            return str(update[key]["chat"]["id"])
    if "callback_query" in update:
        message = update["callback_query"].get("message")
        if message:
            return str(message["chat"]["id"])
        return f"user:{update['callback_query']['from']['id']}"
    return "other"


class TelegramBot:
    """Wires the PTB Application, the store and the dialog engine together."""

    def __init__(self, settings: Settings, store: Store, engine: Engine):
        self.settings = settings
        self.store = store
        self.engine = engine
        self.service = Service(store, engine, channel="telegram")
        self.app = build_application(settings)
        self._queues: dict[str, asyncio.Queue] = {}
        self._workers: dict[str, asyncio.Task] = {}
        self._tasks: list[asyncio.Task] = []
        self._delivering: set[str] = set()
        self._redeliver: set[str] = set()
        self._background: set[asyncio.Task] = set()
        self._stopping = asyncio.Event()
        self.marks = DeliveryMarks(store)
        self.flood = FloodGuard()
        # chat id -> the bot's message that is the latest in that private chat (None once the
        # merchant has written since): a button pressed on it can turn it into the answer.
        self._latest_message: dict[int, int] = {}
        self.agents = None  # bot.agents.AgentDesk, plugged in by the handoff feature
        self.photos = None  # bot.photos.TelegramPhotos, plugged in to read photos
        self.on_turn = []  # hooks(conversation_id, chat_id, result, ops) -> more ops
        self.faults = FaultPolicy()
        self.heartbeat = Heartbeat(store, "polling")
        # A fatal fault in a background task: the runner stops the process with its line.
        self.fatal: Fatal | None = None
        self.failed = asyncio.Event()
        self._store_outage = Outage("database")
        self._side_tasks: set[asyncio.Task] = set()
        self._ingest_failures: set[int] = set()  # updates whose turn already failed once at ingest
        self.stats = None  # bot.stats_telegram.StatsDesk, made at the first /stats

    @property
    def bot(self):
        return self.app.bot

    # -- life cycle ------------------------------------------------------------------------

    async def start(self, polling: bool = True) -> None:
        await self.connect()
        await self.app.start()
        await self._register_commands()
        if self.agents is not None:  # before any ticket op is made or delivered
            await self.agents.check_group(self.bot)
        await self.deliver_all()
        for row in self.store.pending_updates():
            self._enqueue(row["update_id"], row["chat_key"], row["payload"])
        if polling:
            await self.bot.delete_webhook(drop_pending_updates=False)
            task = asyncio.create_task(self._poll(), name="posbot-poll")
            task.add_done_callback(self._poll_ended)
            self._tasks.append(task)

    async def connect(self) -> None:
        """getMe until Telegram answers: one line per failed attempt, never a traceback. A
        rejected token is fatal (retrying cannot help)."""
        backoff = self.faults.backoff()
        while True:
            try:
                await self.app.initialize()
                return
            except InvalidToken:
                # PTB opened its HTTP sessions before getMe failed and only closes them for an
                # initialised bot: close them here, or the exit prints "Unclosed client session".
                await asyncio.gather(*(request.shutdown() for request in getattr(self.app.bot, "_request", ())))
                raise Fatal("TELEGRAM_BOT_TOKEN: rejected by Telegram (401 Unauthorized); "
                            "copy the current token from @BotFather", EXIT_CONFIG) from None
            except (TimedOut, NetworkError) as exc:
                delay = backoff.next()
                log.warning("Telegram unreachable at %s (%s); retrying in %.1fs",
                            self.settings.api_base_url, _one_line(exc), delay)
                await asyncio.sleep(delay)

    def fail(self, fatal: Fatal) -> None:
        """A background task cannot go on: the runner ends the process with this line."""
        if self.fatal is None:
            self.fatal = fatal
        self.failed.set()

    def _poll_ended(self, task: asyncio.Task) -> None:
        """The polling task must never end quietly while the process stays up."""
        if task.cancelled() or self._stopping.is_set():
            return
        exc = task.exception() or RuntimeError("the polling loop returned")
        if isinstance(exc, Fatal):
            self.fail(exc)
            return
        log.error("polling stopped", exc_info=exc)
        self.fail(Fatal(f"polling stopped unexpectedly: {_one_line(exc)}", EXIT_RESTART))

    async def stop(self) -> None:
        self._stopping.set()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        while self._workers:  # every stored update becomes its turn and merchant's answer
            await asyncio.gather(*self._workers.values(), return_exceptions=True)
        # The agents' group takes 20 messages a minute: a backlog there could hold a stop for
        # minutes. It stays in the outbox and is sent after the restart.
        if self._background:
            _, late = await asyncio.wait(self._background, timeout=STOP_GRACE_SECONDS)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
        self.marks.flush()
        if self.app.running:
            await self.app.stop()
        await self.app.shutdown()

    async def drain(self) -> None:
        """Wait until every queued update has been processed and its messages delivered."""
        while self._workers or self._background:
            await asyncio.gather(*self._workers.values(), *self._background, return_exceptions=True)

    async def _register_commands(self) -> None:
        scope = BotCommandScopeAllPrivateChats()
        for lang, commands in COMMANDS.items():
            await self.bot.set_my_commands(
                [BotCommand(c, d) for c, d in commands], scope=scope,
                language_code=None if lang == "en" else lang,
            )

    # -- ingest ----------------------------------------------------------------------------

    async def _poll(self) -> None:
        """Long polling that outlives every transient fault (see bot/faults.py): each is
        logged once, retried with backoff, and serving resumes by itself. Updates are
        confirmed to Telegram (the next offset) only once stored, so a fault loses nothing."""
        offset = (self.store.max_update_id() or 0) + 1
        backoff = self.faults.backoff()
        outage = Outage("polling Telegram")
        conflicts = 0
        while not self._stopping.is_set():
            try:
                updates = await self.bot.get_updates(
                    offset=offset, timeout=20, allowed_updates=ALLOWED_UPDATES,
                    read_timeout=30,
                )
                conflicts = 0
            except RetryAfter as exc:
                await asyncio.sleep(float(exc.retry_after if isinstance(exc.retry_after, (int, float)) else exc.retry_after.total_seconds()))
                continue
            except InvalidToken:
                # PTB opened its HTTP sessions before getMe failed and only closes them for an
                # initialised bot: close them here, or the exit prints "Unclosed client session".
                await asyncio.gather(*(request.shutdown() for request in getattr(self.app.bot, "_request", ())))
                raise Fatal("TELEGRAM_BOT_TOKEN: rejected by Telegram while running (401 Unauthorized; "
                            "revoked in @BotFather?)", EXIT_CONFIG) from None
            except Conflict:
                conflicts += 1
                if conflicts >= self.faults.conflict_attempts:
                    raise Fatal("another program is polling with this bot token (409 Conflict, "
                                f"{conflicts} times in a row); stop it or give this bot its own token",
                                EXIT_RESTART) from None
                await self._pause(outage, backoff, "409 Conflict: another program is polling with this token")
                continue
            except TelegramError as exc:  # network, time-out, 5xx, anything Telegram says
                await self._pause(outage, backoff, _one_line(exc))
                continue
            try:
                if updates:
                    # Stored before the next getUpdates confirms them to Telegram.
                    self.ingest([u.to_dict() for u in updates], parsed=updates)
            except Exception as exc:
                if not is_transient_store_error(exc):
                    raise
                # Not confirmed: Telegram hands the same updates over again next time.
                await self._pause(outage, backoff, f"cannot store updates: database {store_reason(exc)}")
                continue
            if updates:
                offset = updates[-1].update_id + 1
            outage.cleared()
            backoff.reset()
            self.heartbeat.contact()

    async def _pause(self, outage: Outage, backoff, reason: str) -> None:
        delay = backoff.next()
        outage.failed(reason, delay)
        self.heartbeat.failing(reason)
        await asyncio.sleep(delay)

    def ingest(self, updates: list[dict], parsed: list[Update] | None = None) -> int:
        """Store and queue raw updates; an update seen before is ignored. Returns new ones.

        A batch is stored in one commit before any of it is confirmed or queued. An update of
        an idle chat (nothing of it queued or being sent) has its turn taken inside that same
        commit: one commit stores the update, the turn, its outbox and "done". Any failure
        there is rolled back to a savepoint and the update goes the queued way instead.
        `parsed` are the same updates as python-telegram-bot objects, not parsed twice."""
        actions: list[tuple] = []  # in arrival order: ("deliver", chat, to_agents) | ("queue", item)
        taken: set[str] = set()
        with self.marks.commit():
            for i, payload in enumerate(updates):
                update_id = payload.get("update_id")
                if not valid_id(update_id):
                    log.warning("ignored an update without a valid update_id")
                    continue
                chat_key = None
                try:
                    chat_key = chat_key_of(payload)
                    if not self.store.record_update(update_id, chat_key, payload):
                        continue
                except Exception as exc:
                    if is_transient_store_error(exc):
                        raise
                    # This update cannot be stored as it is (e.g. text Telegram sent with a
                    # broken character): set it aside so the ones after it still flow.
                    self._set_aside(update_id, chat_key, payload, exc)
                    continue
                item = (update_id, chat_key, payload, parsed[i] if parsed else None)
                # A photo is read (OCR, off the loop) before its turn: the chat's worker does it.
                if (chat_key in taken or chat_key in self._queues or chat_key in self._workers
                        or _has_image(payload)):
                    actions.append(("queue", item))
                    taken.add(chat_key)
                    continue
                taken.add(chat_key)
                try:
                    with self.store.savepoint():
                        to_agents = self._take_turn(*item)
                except Exception as exc:  # retried by the chat's worker, which records a failure
                    if is_transient_store_error(exc):
                        raise
                    log.warning("update %s failed (attempt 1): %s", update_id, _one_line(exc))
                    self._ingest_failures.add(update_id)  # counts towards faults.update_attempts
                    actions.append(("queue", item))
                    continue
                actions.append(("deliver", chat_key, to_agents))
        for action in actions:
            if action[0] == "queue":
                self._enqueue(*action[1])
            else:
                _, chat_key, to_agents = action
                if to_agents:
                    self.deliver_later(AGENTS_LANE)
                self._enqueue(None, chat_key, {})  # a worker delivers, later updates wait behind
        return len(actions)

    def _enqueue(self, update_id: int | None, chat_key: str, payload: dict, update: Update | None = None) -> None:
        """Queue an update for the chat's worker; update_id None: only deliver the chat's lane."""
        queue = self._queues.setdefault(chat_key, asyncio.Queue())
        queue.put_nowait((update_id, payload, update))
        if chat_key not in self._workers:
            self._workers[chat_key] = asyncio.create_task(self._work(chat_key))

    async def _work(self, chat_key: str) -> None:
        queue = self._queues[chat_key]
        try:
            while not queue.empty():
                update_id, payload, update = queue.get_nowait()
                if update_id is None:
                    await self.deliver(chat_key)
                else:
                    await self._process(update_id, chat_key, payload, update)
        finally:
            del self._workers[chat_key]
            if queue.empty():
                self._queues.pop(chat_key, None)
            else:  # raced with an enqueue: keep serving
                self._workers[chat_key] = asyncio.create_task(self._work(chat_key))

    async def _process(self, update_id: int, chat_key: str, payload: dict, update: Update | None = None) -> None:
        """One update, until it is done. A database fault (busy, disk full, read-only) is
        waited out: the update stays pending and nothing is lost. Any other failure is tried
        `faults.update_attempts` times, then the update is set aside (recorded, logged, the
        merchant gets an apology) so the chat's next messages are served."""
        backoff = self.faults.backoff()
        failures = 1 if update_id in self._ingest_failures else 0
        self._ingest_failures.discard(update_id)
        photo, photo_read = None, False
        while True:
            try:
                if update is None:  # recovered from the store, or delivered by webhook
                    update = Update.de_json(payload, self.bot)
                if not photo_read:  # OCR once, outside the transaction, even when the turn is retried
                    photo, photo_read = await self._read_photo(update), True
                # The turn, its replies, "update done" and earlier deliveries' marks: one commit.
                with self.marks.commit():
                    to_agents = self._take_turn(update_id, chat_key, payload, update, photo)
                if to_agents:
                    self.deliver_later(AGENTS_LANE)
                break
            except Exception as exc:
                if is_transient_store_error(exc):
                    if self._stopping.is_set():
                        return  # still pending in the store: served after the restart
                    reason = f"database {store_reason(exc)}"
                    delay = backoff.next()
                    self._store_outage.failed(reason, delay)
                    self.heartbeat.failing(reason)
                    await self._nap(delay)
                    continue
                failures += 1
                if failures < self.faults.update_attempts:
                    log.warning("update %s failed (attempt %d): %s", update_id, failures, _one_line(exc))
                    await self._nap(backoff.next())
                    continue
                log.error("update %s failed %d times; set aside", update_id, failures, exc_info=exc)
                self._set_aside(update_id, chat_key, payload, exc)
                break
        if self._store_outage.reason is not None:
            self._store_outage.cleared()
            self.heartbeat.fault = None
        await self._deliver_quietly(chat_key)

    async def _nap(self, seconds: float) -> None:
        """A pause between retries that a shutdown cuts short (SIGTERM gives us 30 s)."""
        try:
            await asyncio.wait_for(self._stopping.wait(), seconds)
        except asyncio.TimeoutError:
            pass

    async def _deliver_quietly(self, lane: str) -> None:
        try:
            await self.deliver(lane)
        except Exception as exc:  # stays in the outbox; sent at the next delivery or start
            log.warning("delivery to %s postponed: %s", lane, _one_line(exc))

    def _set_aside(self, update_id: int, chat_key: str | None, payload: dict, exc: BaseException) -> None:
        """Record an update that cannot be processed, and apologise to the merchant."""
        reason = _one_line(exc)
        log.error("update %s set aside: %s", update_id, reason)
        try:
            with self.store.transaction():
                self.store.set_aside_update(update_id, chat_key, payload, reason)
                if chat_key and chat_key.isdigit():  # a private chat: a merchant is waiting
                    merchant = {"lang": self.store.last_language("telegram", chat_key) or _language_of(payload),
                                "variant": self.store.last_variant("telegram", chat_key)}
                    self.store.add_outbox(chat_key, {"op": "send", "chat_id": int(chat_key),
                                                     "text": say_to(merchant, "update_set_aside")})
        except Exception:
            log.exception("update %s could not even be recorded as set aside", update_id)
            return
        if chat_key and chat_key not in self._workers:  # a worker delivers it otherwise
            task = asyncio.get_running_loop().create_task(self._deliver_quietly(chat_key))
            self._side_tasks.add(task)
            task.add_done_callback(self._side_tasks.discard)

    async def _read_photo(self, update: Update):
        """The text of a merchant's photo or image file (bot/photos.py), read before the turn;
        None for anything else. This chat's later messages wait: one photo at a time per chat."""
        chat = update.effective_chat
        if self.photos is None or update.message is None or chat is None or chat.type != "private":
            return None
        return await self.photos.read(self.bot, chat.id, update.message)

    def _take_turn(self, update_id: int, chat_key: str, payload: dict, update: Update | None,
                   photo=None) -> bool:
        """Route one update and write its outbox and "done" (inside the caller's transaction).
        Returns whether anything is for the agents' lane. `photo`: what OCR read, if any."""
        if update is None:  # recovered from the store, or delivered by webhook
            update = Update.de_json(payload, self.bot)
        to_agents = False
        for op in join_turn(self.route(update, photo)):
            lane = self._lane_of(op, chat_key)
            to_agents |= lane == AGENTS_LANE
            self.store.add_outbox(lane, op)
        self.store.mark_update_done(update_id)
        return to_agents

    def _lane_of(self, op: dict, chat_key: str) -> str:
        if self.agents is not None and op.get("chat_id") == self.settings.agent_chat_id:
            return AGENTS_LANE
        return chat_key

    # -- routing ---------------------------------------------------------------------------

    def route(self, update: Update, photo=None) -> list[dict]:
        """Decide what to do with one update; writes the turn, returns outbox operations.
        `photo` is what was read from the message's image (bot.photos.PhotoRead)."""
        chat = update.effective_chat
        if chat is None:
            return []
        if chat.type != "private":
            if self.agents is not None and chat.id == self.settings.agent_chat_id:
                return self.agents.route_group(update)
            return []  # unknown groups and channels are ignored
        user = update.effective_user
        if update.callback_query is not None:
            return self._route_button(update)
        if update.edited_message is not None:
            message = update.edited_message
            if self.agents is not None:
                relayed = self.agents.relay_edit(update)
                if relayed is not None:
                    return relayed
            return self._turn(chat.id, user, Incoming(kind="edited", language_hint=user.language_code),
                              {"kind": "edited", "text": message.text or message.caption, "payload": None})
        message = update.message
        if message is None:
            return []
        self._latest_message.pop(chat.id, None)  # the merchant's message is the latest now
        throttled = self._throttle(chat.id, user, message)
        if throttled is not None:
            return throttled
        if self.agents is not None:
            note = agents_note(photo, self.photos.vocabulary) if photo is not None else None
            relayed = self.agents.relay_from_merchant(update, note=note)
            if relayed is not None:
                return relayed
        if photo is not None:
            return self._turn(chat.id, user, None, photo=photo)
        if message.text is not None:
            text = message.text
            if text.startswith("/"):
                command = text.split()[0].split("@")[0].lower()
                if command == "/stats":
                    return self._stats(chat.id, user, text)
                return self._turn(chat.id, user, Incoming(button=SLASH.get(command, "cmd:unknown"),
                                                          language_hint=user.language_code),
                                  {"kind": "text", "text": text, "payload": None})
            return self._turn(chat.id, user, Incoming(text=text, language_hint=user.language_code))
        kind = _kind_of(message)
        record = {"kind": kind, "text": message.caption, "payload": _attachment(message, kind)}
        return self._turn(chat.id, user, Incoming(kind=kind, language_hint=user.language_code), record)

    def _throttle(self, chat_id: int, user, message) -> list[dict] | None:
        """None when the message is to be answered; for a flooding chat, the message is only
        recorded, and the first one over the limit gets a polite notice (bot.flood)."""
        verdict = self.flood.check(str(chat_id), message.date.timestamp())
        if verdict is Verdict.ANSWER:
            return None
        row = self.service.conversation_for(str(chat_id), str(user.id) if user else "",
                                            language_hint=user.language_code if user else None)
        kind = "text" if message.text is not None else _kind_of(message)
        self.store.add_message(row["id"], "in", kind, message.text or message.caption,
                               {"throttled": True})
        if verdict is Verdict.QUIET:
            return []
        self.store.add_event(row["id"], "flood_throttled")
        return [{"op": "send", "chat_id": chat_id, "text": say_to(row["session"], "flood_notice")}]

    def _stats(self, chat_id: int, user, text: str) -> list[dict]:
        """/stats [today|7d|30d] for managers; everyone else is refused (nothing computed).
        The figures are computed off the event loop and sent when ready (bot.stats_telegram)."""
        from bot.stats_telegram import StatsDesk

        parts = text.split()
        period = parts[1] if len(parts) > 1 else "7d"
        row = self.store.open_conversation("telegram", str(chat_id))
        lang = row["lang"] if row else ("en" if (user.language_code or "").startswith("en") else "zh")
        variant = (row["session"] or {}).get("variant") if row else None  # traditional in, traditional out
        if self.stats is None:
            self.stats = StatsDesk(self)
        return self.stats.request(chat_id, user.id, lang, period, variant)

    def _route_button(self, update: Update) -> list[dict]:
        """A pressed button is acknowledged and marked ✔ on its message. When that message is
        still the latest in the chat, the answer goes into it (the question becomes its answer,
        with the next buttons) instead of a new message below."""
        query = update.callback_query
        chat_id = update.effective_chat.id
        ops: list[dict] = [{"op": "answer", "callback_id": query.id}]
        message = query.message
        label = _label_of(message, query.data) if message is not None else None
        incoming = Incoming(button=query.data or "", language_hint=query.from_user.language_code)
        # The transcript shows what the merchant pressed, as they saw it.
        turn = join_turn(self._turn(chat_id, query.from_user, incoming,
                                    {"kind": "button", "text": label or query.data,
                                     "payload": {"data": query.data}}))
        message_id = getattr(message, "message_id", None) if message is not None else None
        if not message_id:
            return ops + turn
        text = getattr(message, "text", None)
        pressed = f"{text}{PARAGRAPH}✔ {label}" if text and label else None
        answers = [op for op in turn if op["op"] == "send" and op["chat_id"] == chat_id
                   and not op.get("reply_to")]
        if (pressed and len(answers) == 1 and self._latest_message.get(chat_id) == message_id
                and len(pressed) + len(PARAGRAPH) + len(answers[0]["text"]) <= TELEGRAM_TEXT_LIMIT):
            answer = answers[0]
            in_place = {"op": "edit", "chat_id": chat_id, "message_id": message_id,
                        "text": pressed + PARAGRAPH + answer["text"], "buttons": answer.get("buttons"),
                        "fallback": answer}  # sent as a new message if the edit is refused
            return ops + [in_place if op is answer else op for op in turn]
        ops.append({"op": "edit", "chat_id": chat_id, "message_id": message_id, "text": pressed})
        return ops + turn

    def _turn(self, chat_id: int, user, incoming: Incoming | None, record: dict | None = None,
              photo=None) -> list[dict]:
        # Without a reachable agents' group the engine must not promise a person.
        desk_open = self.agents is None or self.agents.reachable
        if incoming is not None and not desk_open:
            incoming = dataclasses.replace(incoming, desk_open=False)
        name = " ".join(filter(None, [user.first_name, user.last_name])) if user else ""
        if user and user.username:
            name = f"{name} (@{user.username})"
        if photo is not None:
            turn = photo_turn(self.service, str(chat_id), photo, self.photos.vocabulary,
                              user_id=str(user.id) if user else "", user_name=name,
                              language_hint=user.language_code if user else None,
                              desk_open=desk_open)
        else:
            turn = self.service.handle(str(chat_id), incoming, user_id=str(user.id) if user else "",
                                       user_name=name, record=record)
        ops = [message_op(chat_id, reply) for reply in turn.replies]
        for hook in self.on_turn:
            ops += hook(turn.conversation_id, chat_id, turn.result, user) or []
        return ops

    # -- delivery --------------------------------------------------------------------------

    async def deliver_all(self) -> None:
        lanes = {row["lane"] for row in self.store.unsent_outbox()}
        for lane in lanes:
            await self.deliver(lane)

    def deliver_later(self, lane: str) -> None:
        task = asyncio.create_task(self.deliver(lane))
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def deliver(self, lane: str) -> None:
        """Send a lane's waiting operations in order. One delivery per lane at a time: a call
        while one runs makes it go round once more instead of sending the same rows twice."""
        if lane in self._delivering:
            self._redeliver.add(lane)
            return
        self._delivering.add(lane)
        try:
            while True:
                self._redeliver.discard(lane)
                await self._deliver_lane(lane)
                if lane not in self._redeliver:
                    break
        finally:
            self._delivering.discard(lane)

    async def _deliver_lane(self, lane: str) -> None:
        for row in self.store.unsent_outbox(lane):
            if row["id"] in self.marks:  # delivered; its mark is written with the next commit
                continue
            # A ticket's topic id is only known once createForumTopic has answered: look it up now.
            op = self.agents.resolve_topic(row["op"]) if self.agents is not None else row["op"]
            try:
                result = await self._execute(op)
            except (BadRequest, Forbidden) as exc:
                # Cannot succeed by retrying (message gone, bot blocked): record and move on.
                log.warning("outbox %s %s failed: %s", row["id"], row["op"]["op"], exc)
                self.marks.add(row["id"], "failed", error=str(exc))
                if self.agents is not None:  # e.g. the bot was removed from the agents' group
                    with self.store.transaction():
                        self.agents.delivery_failed(op, exc)
                continue
            except (TimedOut, NetworkError) as exc:
                log.error("outbox %s not delivered yet: %s", row["id"], exc)
                return  # keep order: the rest of this lane waits for the next delivery
            self._note_latest(op, result)
            if op.get("track") and self.agents is not None:
                # "sent" and what it taught us (card, topic id) together, before the next op
                # of the lane needs it
                with self.marks.commit():
                    self.store.mark_outbox(row["id"], "sent", message_id=result)
                    self.agents.after_delivery(op, result)
            else:
                self.marks.add(row["id"], "sent", message_id=result)

    def _note_latest(self, op: dict, message_id: int | None) -> None:
        chat_id = op.get("chat_id")
        if message_id is None or not isinstance(chat_id, int) or chat_id < 0:
            return
        if op["op"] in ("send", "copy", "document", "photo", "edit"):
            if len(self._latest_message) > MAX_REMEMBERED_CHATS:
                self._latest_message.clear()  # at worst a press then adds a message
            self._latest_message[chat_id] = message_id

    async def _execute(self, op: dict) -> int | None:
        kind = op["op"]
        bot = self.bot
        if kind == "send":
            message = await bot.send_message(
                op["chat_id"], op["text"], reply_markup=keyboard(op.get("buttons")),
                reply_to_message_id=op.get("reply_to"), message_thread_id=op.get("thread_id"),
                allow_sending_without_reply=True,
            )
            return message.message_id
        if kind == "answer":
            try:
                await bot.answer_callback_query(op["callback_id"], text=op.get("text"))
            except BadRequest:
                pass  # the button was pressed long ago; nothing to acknowledge
            return None
        if kind == "edit":
            try:
                if op.get("text"):
                    await bot.edit_message_text(op["text"][:TELEGRAM_TEXT_LIMIT], op["chat_id"],
                                                op["message_id"],
                                                reply_markup=keyboard(op.get("buttons")))
                else:
                    await bot.edit_message_reply_markup(op["chat_id"], op["message_id"],
                                                        reply_markup=None)
            except BadRequest:
                if op.get("fallback"):  # the answer must arrive: as a message of its own
                    return await self._execute(op["fallback"])
                return None  # already edited, or too old to edit
            return op["message_id"] if op.get("fallback") else None
        if kind == "document":
            message = await bot.send_document(
                op["chat_id"], document=op["content"].encode("utf-8"), filename=op["filename"],
                caption=op.get("caption"), reply_to_message_id=op.get("reply_to"),
                message_thread_id=op.get("thread_id"), allow_sending_without_reply=True,
            )
            return message.message_id
        if kind == "photo":
            import base64

            message = await bot.send_photo(
                op["chat_id"], photo=base64.b64decode(op["png_b64"]), caption=op.get("caption"),
                message_thread_id=op.get("thread_id"),
            )
            return message.message_id
        if kind == "copy":
            message_id = await bot.copy_message(
                op["chat_id"], op["from_chat_id"], op["message_id"], caption=op.get("caption"),
                reply_to_message_id=op.get("reply_to"), message_thread_id=op.get("thread_id"),
                allow_sending_without_reply=True,
            )
            return message_id.message_id
        if kind == "topic":
            topic = await bot.create_forum_topic(op["chat_id"], op["name"])
            return topic.message_thread_id
        if kind == "close_topic":
            if op.get("thread_id"):  # no topic was made (e.g. no right to manage topics)
                await bot.close_forum_topic(op["chat_id"], op["thread_id"])
            return None
        raise ValueError(f"unknown outbox operation {kind!r}")


def _one_line(exc: BaseException) -> str:
    """An exception as one log-friendly line: its type and first line."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _language_of(payload: dict) -> str:
    for key in ("message", "edited_message", "callback_query"):
        sender = (payload.get(key) or {}).get("from") or {}
        if sender.get("language_code"):
            return "en" if sender["language_code"].startswith("en") else "zh"
    return "zh"


def _has_image(payload: dict) -> bool:
    """A merchant's photo or file, which OCR may read before its turn."""
    message = payload.get("message") or {}
    return "photo" in message or "document" in message


def _kind_of(message) -> str:
    """What a message without text is: photo, sticker, voice, ... or "other"."""
    return next((k for k in NON_TEXT if getattr(message, k, None)), "other")


def _label_of(message, payload: str | None) -> str | None:
    markup = getattr(message, "reply_markup", None)
    if not markup or payload is None:
        return None
    for row in markup.inline_keyboard:
        for button in row:
            if button.callback_data == payload:
                return button.text
    return None


def _attachment(message, kind: str) -> dict | None:
    item = getattr(message, kind, None)
    if item is None:
        return None
    if isinstance(item, tuple):  # photo sizes: keep the largest
        item = item[-1] if item else None
    file_id = getattr(item, "file_id", None)
    if kind == "location":
        return {"latitude": item.latitude, "longitude": item.longitude}
    return {"file_id": file_id} if file_id else None


