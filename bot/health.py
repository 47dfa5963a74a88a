"""Liveness: what `posbot health` prints and /healthz answers, from what the running process
records in the database.

The running process writes a heartbeat row: when it started, when its loop last ran
(`alive_at`), when Telegram was last heard from (a successful getUpdates, or a webhook post:
`contact_at`), and the fault it is riding out, if any. The check reads that row, the outbox
backlog and the oldest update still waiting, and says healthy or not in one line.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timezone

from aiohttp import web

from bot.lock import holder_pid
from bot.store import now_iso

# A long poll returns at least every 20 s; the heartbeat is written every HEARTBEAT_SECONDS.
HEARTBEAT_SECONDS = 15
STALE_SECONDS = 120  # no poll (polling) / no heartbeat for this long: not healthy
STUCK_SECONDS = 300  # an update or a reply waiting this long: not healthy


class Heartbeat:
    """The running process's side: cheap to call on every poll (writes at most every few s)."""

    def __init__(self, store, mode: str, every: float = HEARTBEAT_SECONDS):
        self.store = store
        self.mode = mode
        self.every = every
        self._written = 0.0
        self._contact: str | None = None
        self.fault: str | None = None

    def start(self) -> None:
        """The start-up write: also proves the database can be written (raises if not)."""
        now = now_iso()
        with self.store.transaction():
            self.store.conn.execute(
                "insert or replace into heartbeat (id, pid, mode, started_at, alive_at, contact_at, fault) "
                "values (1, ?, ?, ?, ?, null, null)", [os.getpid(), self.mode, now, now])
        self._written = time.monotonic()

    def contact(self) -> None:
        """Telegram answered (a poll, or a webhook post arrived)."""
        news = self._contact is None or self.fault is not None  # first contact, or recovered
        self._contact = now_iso()
        self.fault = None
        self.beat(force=news)

    def failing(self, reason: str) -> None:
        self.fault = reason
        self.beat(force=True)

    def beat(self, force: bool = False) -> None:
        if not force and time.monotonic() - self._written < self.every:
            return
        try:
            with self.store.transaction():
                self.store.conn.execute(
                    "update heartbeat set alive_at = ?, contact_at = coalesce(?, contact_at), fault = ? "
                    "where id = 1", [now_iso(), self._contact, self.fault])
            self._written = time.monotonic()
        except Exception:  # disk full, locked: the stale heartbeat is itself the signal
            pass


def _age(value: str | None, now: datetime) -> float | None:
    if not value:
        return None
    return (now - datetime.fromisoformat(value.replace("Z", "+00:00"))).total_seconds()


def _ago(seconds: float | None) -> str:
    return "never" if seconds is None else f"{seconds:.0f}s ago"


def check(store, now: datetime | None = None, running: bool | None = None) -> tuple[bool, str]:
    """(healthy, one line). `running`: whether a posbot process holds the database's lock
    (looked up when not given)."""
    now = now or datetime.now(timezone.utc)
    if running is None:
        running = holder_pid(store.path) is not None
    rows = store._rows("select * from heartbeat where id = 1")
    beat = rows[0] if rows else {}
    outbox = store._rows("select count(*) n, min(created_at) oldest from outbox where status = 'pending'")[0]
    waiting = store._rows("select count(*) n, min(received_at) oldest from updates where status = 'pending'")[0]
    mode = beat.get("mode") or "-"
    contact = _age(beat.get("contact_at"), now)
    alive = _age(beat.get("alive_at"), now)
    outbox_age = _age(outbox["oldest"], now)
    waiting_age = _age(waiting["oldest"], now)
    facts = (f"{mode}, last contact with Telegram {_ago(contact)}, outbox {outbox['n']} waiting"
             f"{f' (oldest {outbox_age:.0f}s)' if outbox_age is not None else ''}, "
             f"oldest waiting update {_ago(waiting_age) if waiting_age is not None else 'none'}")
    problems = []
    if not running:
        problems.append("no posbot process is running on this database")
    elif alive is None or alive > STALE_SECONDS:
        problems.append(f"the bot's loop last ran {_ago(alive)}")
    if running and mode == "polling" and (contact is None or contact > STALE_SECONDS):
        problems.append("no successful poll for too long")
    if beat.get("fault"):
        problems.append(beat["fault"])
    if outbox_age is not None and outbox_age > STUCK_SECONDS:
        problems.append("replies are not leaving")
    if waiting_age is not None and waiting_age > STUCK_SECONDS:
        problems.append("updates are not being processed")
    if problems:
        return False, "unhealthy: " + "; ".join(problems) + " | " + facts
    return True, "ok: " + facts


def healthz_handler(store):
    """GET /healthz: 200 "ok: ..." or 503 "unhealthy: ...", the line `posbot health` prints."""

    async def healthz(request: web.Request) -> web.Response:
        try:
            ok, line = check(store)
        except Exception as exc:
            ok, line = False, f"unhealthy: cannot read the database ({exc})"
        return web.Response(status=200 if ok else 503, text=line + "\n")

    return healthz
