"""The embedded store: SQLite through sqlite-utils, WAL mode, one writer, migrations.

Conversations (state and facts as JSON), the transcript, dialog events (statistics are
computed from them), Telegram updates (exactly-once processing), the outbox (replies that
survive a crash), tickets and the relay map of the human handoff. There is no in-memory
fallback: if the file cannot be opened or written, start-up fails naming the path.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

import orjson
import sqlite_utils

from bot.migrations import migrations


class StoreError(RuntimeError):
    """The database cannot be used; the message names the path."""


def now_iso() -> str:
    # isoformat, not strftime: the same text (2026-12-03T07:01:02.345Z) in half the time.
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")[:-6] + "Z"


# One encoder for every row: json.dumps with options builds a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
# What orjson would write otherwise than the encoder above, it is made to refuse (then the
# encoder writes it): dataclasses, dates and subclasses of str, int, dict and list.
_ORJSON_AS_JSON = (orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME
                   | orjson.OPT_PASSTHROUGH_SUBCLASS)


def _json(value) -> str | None:
    """JSON text of a row's field, as the standard encoder writes it (compact, not ASCII-only),
    by orjson: every turn writes the session and its lines (~8% of a turn's CPU with the
    standard encoder). Where orjson refuses (keys that are not strings, integers beyond 64
    bits, lone surrogates, the types above), the standard encoder writes it as before. The
    text differs only in how a float below 1e-4 is written (0.00001 for 1e-05: the same
    number read back) and in NaN, written null (no stored value is one)."""
    if value is None:
        return None
    try:
        return orjson.dumps(value, option=_ORJSON_AS_JSON).decode()
    except TypeError:  # (orjson.JSONEncodeError is one)
        return _ENCODER.encode(value)


# Nineteen digits in a row: a number that may not fit 64 bits, which orjson would read as a float.
_LONG_NUMBER = re.compile(r"[0-9]{19}")


def _loads(text: str):
    """json.loads by orjson (the session is read at every turn): the same values, but where a
    run of digits might be an integer past 64 bits (orjson reads those as floats) or orjson
    refuses the text (NaN, Infinity), json.loads reads it."""
    if _LONG_NUMBER.search(text) is None:
        try:
            return orjson.loads(text)
        except orjson.JSONDecodeError:
            pass
    return json.loads(text)


def _parse(row: dict | None, *fields: str) -> dict | None:
    if row is None:
        return None
    for name in fields:
        if row.get(name) is not None:
            row[name] = _loads(row[name])
    return row


class Store:
    def __init__(self, path: str | Path, clock: Callable[[], str] | None = None):
        self.path = Path(path)
        self.clock = clock or now_iso
        self._lock = threading.RLock()
        self._depth = 0
        self.commits = 0  # transactions committed by this process (benchmarks: commits per update)
        try:
            if self.path.is_dir():
                raise StoreError(f"{self.path}: is a directory, not a database file")
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
            self.conn = conn  # raw connection for the hot path; sqlite-utils for the rest
            self.db = sqlite_utils.Database(conn)
            mode = self.db.execute("pragma journal_mode=wal").fetchone()[0]
            if mode != "wal":
                raise StoreError(f"{self.path}: cannot use WAL mode (got {mode})")
            self.db.execute("pragma synchronous=normal")
            self.db.execute("pragma foreign_keys=on")
            self.db.execute("pragma busy_timeout=5000")
            self._migrate()
        except (sqlite3.Error, OSError) as exc:
            from bot.faults import is_damaged_database

            if is_damaged_database(exc):
                raise StoreError(f"{self.path}: the database is damaged ({exc}); restore the latest "
                                 "`posbot backup` copy (docs/DEPLOY.md, Backups)") from exc
            raise StoreError(f"{self.path}: cannot open the database: {exc}") from exc

    # -- plumbing -------------------------------------------------------------------------

    @classmethod
    def read_only(cls, path: str | Path) -> "Store":
        """A second connection that can only read: managers' queries run on it in their own
        thread, so they never hold the writer's lock nor wait for it (WAL readers see the last
        commit)."""
        self = cls.__new__(cls)
        self.path, self.clock, self._lock, self._depth = Path(path), now_iso, threading.RLock(), 0
        try:
            self.conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                                        check_same_thread=False, isolation_level=None)
            self.conn.execute("pragma query_only=1")
            self.conn.execute("pragma busy_timeout=5000")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the database for reading: {exc}") from exc
        self.db = sqlite_utils.Database(self.conn)
        return self


    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit; nested calls join the outer transaction."""
        with self._lock:
            outer = self._depth == 0
            if outer:
                self.conn.execute("begin immediate")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if outer:
                    self.conn.execute("rollback")
                raise
            self._depth -= 1
            if outer:
                self.conn.execute("commit")
                self.commits += 1

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """Inside a transaction: undo only this block if it fails; the transaction goes on."""
        with self._lock:
            if self._depth == 0:
                raise RuntimeError("savepoint outside a transaction")
            self.conn.execute("savepoint part")
            try:
                yield
            except BaseException:
                self.conn.execute("rollback to part")
                self.conn.execute("release part")
                raise
            self.conn.execute("release part")

    def _migrate(self) -> None:
        with self._lock:
            migrations.apply(self.db)

    def schema_version(self) -> int:
        return len(migrations.applied(self.db))

    def _rows(self, sql: str, params=()) -> list[dict]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def _one(self, sql: str, params=(), *json_fields: str) -> dict | None:
        rows = self._rows(sql, params)
        return _parse(rows[0], *json_fields) if rows else None

    def _all(self, sql: str, params=(), *json_fields: str) -> list[dict]:
        return [_parse(row, *json_fields) for row in self._rows(sql, params)]

    # -- conversations --------------------------------------------------------------------

    def open_conversation(self, channel: str, chat_key: str) -> dict | None:
        return self._one(
            "select * from conversations where channel = ? and chat_key = ? and status = 'open' "
            "order by id desc limit 1", [channel, chat_key], "session")

    def start_conversation(self, channel, chat_key, user_id, user_name, lang, session) -> dict:
        now = self.clock()
        with self.transaction():
            cursor = self.db.execute(
                "insert into conversations (channel, chat_key, user_id, user_name, lang, state, session, "
                "status, started_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)",
                [channel, chat_key, user_id, user_name, lang, session["state"], _json(session), now, now])
            conversation_id = cursor.lastrowid
            self.db.execute("insert into events (conversation_id, name, data, at) values (?, 'conversation_started', ?, ?)",
                            [conversation_id, _json({"channel": channel}), now])
        return self.conversation(conversation_id)

    def last_language(self, channel: str, chat_key: str) -> str | None:
        """The language of the chat's latest conversation, so a new problem keeps it."""
        row = self.db.execute("select lang from conversations where channel = ? and chat_key = ? "
                              "order by id desc limit 1", [channel, chat_key]).fetchone()
        return row[0] if row else None

    def last_variant(self, channel: str, chat_key: str) -> str | None:
        """The Chinese script the chat's merchant wrote in its latest conversation ("hant-hk",
        "hant-tw", "hans"), so a new problem opened without telling characters keeps it."""
        row = self._one("select session from conversations where channel = ? and chat_key = ? "
                        "order by id desc limit 1", [channel, chat_key], "session")
        session = (row or {}).get("session")
        return session.get("variant") if isinstance(session, dict) else None

    def conversation(self, conversation_id: int) -> dict | None:
        return self._one("select * from conversations where id = ?", [conversation_id], "session")

    def open_conversations(self) -> list[dict]:
        return self._all("select * from conversations where status = 'open' order by id", (), "session")

    def save_turn(self, conversation_id, session, state, lang, incoming, outgoing, events, close=False) -> None:
        """The hot path: the turn's new session, transcript lines and events, atomically."""
        now = self.clock()
        session_json = _json(session)
        rows = []
        if incoming is not None:
            rows.append((conversation_id, "in", incoming.get("kind", "text"), incoming.get("text"),
                         _json(incoming.get("payload")), now))
        for out in outgoing:
            rows.append((conversation_id, "out", out.get("kind", "text"), out.get("text"),
                         _json(out.get("payload")), now))
        event_rows = [(conversation_id, e["name"], _json(e.get("data")), now) for e in events]
        with self.transaction():
            self.conn.execute(
                "update conversations set session = ?, state = ?, lang = ?, updated_at = ?, "
                "status = case when ? then 'closed' else status end, "
                "closed_at = case when ? then ? else closed_at end where id = ?",
                [session_json, state, lang, now, close, close, now, conversation_id])
            if rows:
                self.conn.executemany(
                    "insert into messages (conversation_id, direction, kind, text, payload, at) values (?, ?, ?, ?, ?, ?)", rows)
            if event_rows:
                self.conn.executemany(
                    "insert into events (conversation_id, name, data, at) values (?, ?, ?, ?)", event_rows)

    def add_message(self, conversation_id, direction, kind, text, payload=None) -> None:
        with self.transaction():
            self.db.execute(
                "insert into messages (conversation_id, direction, kind, text, payload, at) values (?, ?, ?, ?, ?, ?)",
                [conversation_id, direction, kind, text, _json(payload), self.clock()])

    def add_event(self, conversation_id, name, data=None) -> None:
        with self.transaction():
            self.db.execute("insert into events (conversation_id, name, data, at) values (?, ?, ?, ?)",
                            [conversation_id, name, _json(data), self.clock()])

    def transcript(self, conversation_id: int) -> list[dict]:
        return self._all("select * from messages where conversation_id = ? order by id", [conversation_id], "payload")

    def events(self, conversation_id=None, name=None, since=None, until=None) -> list[dict]:
        where, params = [], []
        for column, op, value in (("conversation_id", "=", conversation_id), ("name", "=", name),
                                  ("at", ">=", since), ("at", "<", until)):
            if value is not None:
                where.append(f"{column} {op} ?")
                params.append(value)
        sql = "select * from events" + (" where " + " and ".join(where) if where else "") + " order by id"
        return self._all(sql, params, "data")

    # -- Telegram updates: stored before processing, done after ---------------------------

    def record_update(self, update_id: int, chat_key: str, payload: dict) -> bool:
        with self.transaction():
            cursor = self.db.execute(
                "insert or ignore into updates (update_id, chat_key, payload, status, received_at, attempts) "
                "values (?, ?, ?, 'pending', ?, 0)", [update_id, chat_key, _json(payload), self.clock()])
        return cursor.rowcount == 1

    def mark_update_done(self, update_id: int) -> None:
        with self.transaction():
            self.db.execute("update updates set status = 'done', done_at = ?, attempts = attempts + 1 "
                            "where update_id = ?", [self.clock(), update_id])

    def set_aside_update(self, update_id: int, chat_key: str | None, payload: dict, error: str) -> None:
        """An update that cannot be processed (or stored as it is): kept with the reason, so
        it is not retried forever and the offset moves on. The payload is stored as ASCII
        JSON, which any text survives (even a broken character)."""
        raw = json.dumps(payload, ensure_ascii=True, default=repr)
        now = self.clock()
        with self.transaction():
            self.db.execute(
                "insert into updates (update_id, chat_key, payload, status, received_at, done_at, attempts, error) "
                "values (?, ?, ?, 'set_aside', ?, ?, 1, ?) on conflict(update_id) do update set "
                "status = 'set_aside', done_at = excluded.done_at, attempts = attempts + 1, error = excluded.error",
                [update_id, chat_key, raw, now, now, error])

    def set_aside_updates(self) -> list[dict]:
        return self._all("select update_id, chat_key, received_at, error from updates "
                         "where status = 'set_aside' order by update_id")

    def pending_updates(self) -> list[dict]:
        return self._all("select * from updates where status = 'pending' order by update_id", (), "payload")

    def max_update_id(self) -> int | None:
        return self.db.execute("select max(update_id) from updates").fetchone()[0]

    # -- outbox: replies leave from here, so a crash cannot lose them ---------------------

    def add_outbox(self, lane: str, op: dict) -> None:
        with self.transaction():
            self.db.execute("insert into outbox (lane, op, status, created_at) values (?, ?, 'pending', ?)",
                            [lane, _json(op), self.clock()])

    def unsent_outbox(self, lane: str | None = None) -> list[dict]:
        if lane is None:
            return self._all("select * from outbox where status = 'pending' order by id", (), "op")
        return self._all("select * from outbox where status = 'pending' and lane = ? order by id", [lane], "op")

    def mark_outbox(self, outbox_id: int, status: str, message_id: int | None = None, error: str | None = None) -> None:
        with self.transaction():
            self.db.execute("update outbox set status = ?, message_id = ?, error = ?, sent_at = ? where id = ?",
                            [status, message_id, error, self.clock(), outbox_id])

    def mark_outbox_many(self, marks: dict[int, tuple[str, int | None, str | None]]) -> None:
        """Several rows' delivery results {id: (status, message_id, error)} in one statement."""
        now = self.clock()
        with self.transaction():
            self.conn.executemany(
                "update outbox set status = ?, message_id = ?, error = ?, sent_at = ? where id = ?",
                [(status, message_id, error, now, outbox_id)
                 for outbox_id, (status, message_id, error) in marks.items()])

    # -- tickets ---------------------------------------------------------------------------

    def create_ticket(self, **fields) -> dict:
        fields = {**fields, "status": "waiting", "created_at": self.clock()}
        columns = ", ".join(fields)
        with self.transaction():
            cursor = self.db.execute(f"insert into tickets ({columns}) values ({', '.join('?' * len(fields))})",
                                     list(fields.values()))
        return self.ticket(cursor.lastrowid)

    def ticket(self, number: int) -> dict | None:
        return self._one("select * from tickets where id = ?", [number])

    def tickets(self, status=None) -> list[dict]:
        if status is None:
            return self._all("select * from tickets order by id")
        statuses = [status] if isinstance(status, str) else list(status)
        marks = ", ".join("?" * len(statuses))
        return self._all(f"select * from tickets where status in ({marks}) order by id", statuses)

    def unposted_tickets(self) -> list[dict]:
        return self._all("select * from tickets where unposted = 1 order by id")

    def take_over_ticket(self, number: int, agent_id: str, agent_name: str, from_agent_id: str) -> bool:
        """Compare-and-set: the ticket moves to `agent_id` only if `from_agent_id` still holds it."""
        with self.transaction():
            cursor = self.db.execute(
                "update tickets set agent_id = ?, agent_name = ? "
                "where id = ? and status = 'assigned' and agent_id = ?",
                [agent_id, agent_name, number, from_agent_id])
        return cursor.rowcount == 1

    def open_ticket_for_chat(self, chat_key: str) -> dict | None:
        return self._one("select * from tickets where chat_key = ? and status in ('waiting', 'assigned') "
                         "order by id desc limit 1", [chat_key])

    def take_ticket(self, number: int, agent_id: str, agent_name: str) -> tuple[bool, dict | None]:
        """Compare-and-set: of two agents taking at once, exactly one wins."""
        with self.transaction():
            cursor = self.db.execute(
                "update tickets set status = 'assigned', agent_id = ?, agent_name = ?, assigned_at = ? "
                "where id = ? and status = 'waiting'", [agent_id, agent_name, self.clock(), number])
        return cursor.rowcount == 1, self.ticket(number)

    def release_ticket(self, number: int, agent_id: str) -> bool:
        with self.transaction():
            cursor = self.db.execute(
                "update tickets set status = 'waiting', agent_id = null, agent_name = null, assigned_at = null, "
                "last_reminded_at = ? where id = ? and status = 'assigned' and agent_id = ?",
                [self.clock(), number, agent_id])
        return cursor.rowcount == 1

    def resolve_ticket(self, number: int, note: str | None = None) -> dict | None:
        with self.transaction():
            self.db.execute("update tickets set status = 'resolved', resolved_at = ?, note = ? "
                            "where id = ? and status in ('waiting', 'assigned')", [self.clock(), note, number])
        return self.ticket(number)

    def cancel_ticket(self, number: int) -> bool:
        with self.transaction():
            cursor = self.db.execute("update tickets set status = 'cancelled', resolved_at = ? "
                                     "where id = ? and status = 'waiting'", [self.clock(), number])
        return cursor.rowcount == 1

    def set_ticket_fields(self, number: int, **fields) -> None:
        assignments = ", ".join(f"{name} = ?" for name in fields)
        with self.transaction():
            self.db.execute(f"update tickets set {assignments} where id = ?", [*fields.values(), number])

    def queue_position(self, number: int) -> int:
        ticket = self.ticket(number)
        return self.db.execute(
            "select count(*) from tickets where status = 'waiting' and (created_at < ? or (created_at = ? and id <= ?))",
            [ticket["created_at"], ticket["created_at"], number]).fetchone()[0]

    def due_reminders(self, sla_minutes: int, now: str | None = None) -> list[dict]:
        """Waiting tickets not announced for sla_minutes: derived from stored times, so a
        restart neither forgets nor repeats a reminder."""
        moment = datetime.fromisoformat((now or self.clock()).replace("Z", "+00:00"))
        cutoff = (moment.timestamp() - sla_minutes * 60)
        cutoff_iso = datetime.fromtimestamp(cutoff, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        return self._all("select * from tickets where status = 'waiting' and coalesce(last_reminded_at, created_at) <= ? "
                         "order by id", [cutoff_iso])

    def mark_reminded(self, number: int) -> None:
        self.set_ticket_fields(number, last_reminded_at=self.clock())

    def mark_first_agent_reply(self, number: int) -> None:
        with self.transaction():
            self.db.execute("update tickets set first_agent_reply_at = ? where id = ? and first_agent_reply_at is null",
                            [self.clock(), number])

    def add_relay(self, ticket_id: int, group_message_id: int, direction: str, merchant_message_id: int | None = None) -> None:
        with self.transaction():
            self.db.execute("insert into relay (ticket_id, group_message_id, direction, merchant_message_id, at) "
                            "values (?, ?, ?, ?, ?)", [ticket_id, group_message_id, direction, merchant_message_id, self.clock()])

    def ticket_for_group_message(self, group_message_id: int) -> dict | None:
        return self._one("select t.* from relay r join tickets t on t.id = r.ticket_id "
                         "where r.group_message_id = ? order by r.id desc limit 1", [group_message_id])

    # -- backups ---------------------------------------------------------------------------

    def backup(self, dest: str | Path) -> None:
        """SQLite's online backup: a consistent copy while the bot keeps writing."""
        target = sqlite3.connect(str(dest))
        try:
            with self._lock:
                self.db.conn.backup(target)
        finally:
            target.close()
