"""Never dying silently (issue 12): every fault of the polling task is either ridden out
(logged once, retried with backoff, serving resumes with nothing lost) or fatal (the process
is told to stop with one line and a non-zero status). The real application on the fake Bot
API; the database faults are SQLite's own (a full database via max_page_count, a write lock
held by a second connection, a read-only connection)."""

from __future__ import annotations

import asyncio
import logging
import sqlite3

import pytest

from bot.faults import Fatal, FaultPolicy
from bot.runner import Runner
from bot.store import Store
from tests.fakebotapi import DEFAULT_TOKEN, running_fake_api
from tests.harness import AGENT_GROUP, next_reply, running_bot, settings_for

MERCHANT = 7770001
FAST = FaultPolicy(backoff_first=0.01, backoff_most=0.05, conflict_attempts=4, update_attempts=3)


@pytest.fixture
async def api():
    async with running_fake_api() as server:
        yield server


def robust_bot(api, db, engine, store=None, **env):
    """The harness's running bot with short backoffs (no timed tests)."""
    return running_bot(api, db, engine, store=store, faults=FAST, **env)


def warnings_about(caplog, word):
    return [r for r in caplog.records if word in r.getMessage()]


async def test_transient_conflict_is_logged_once_and_serving_resumes(api, tmp_path, engine, caplog):
    caplog.set_level(logging.WARNING)
    async with robust_bot(api, tmp_path / "bot.db", engine) as runner:
        api.fail_next("getUpdates", status=409, count=3,
                      description="Conflict: terminated by other getUpdates request")
        api.push_text(MERCHANT, "错误码 51")
        reply = await next_reply(api, MERCHANT, contains="51", timeout=10)
        assert reply.ok and not runner.failed.is_set()
        failing = [r for r in warnings_about(caplog, "409 Conflict") if "retrying" in r.getMessage()]
        assert len(failing) == 1  # once, not per retry
        assert warnings_about(caplog, "recovered")


async def test_persistent_conflict_is_fatal_with_one_line(api, tmp_path, engine):
    async with robust_bot(api, tmp_path / "bot.db", engine) as runner:
        api.fail_next("getUpdates", status=409, count=50)
        await asyncio.wait_for(runner.failed.wait(), 10)
        assert runner.fatal.status == 1 and "409 Conflict" in runner.fatal.line
        assert "\n" not in runner.fatal.line


async def test_token_revoked_mid_run_is_fatal_exit_2_without_the_token(api, tmp_path, engine):
    async with robust_bot(api, tmp_path / "bot.db", engine) as runner:
        api.fail_next("getUpdates", status=401)
        await asyncio.wait_for(runner.failed.wait(), 10)
        assert runner.fatal.status == 2 and "TELEGRAM_BOT_TOKEN" in runner.fatal.line
        assert DEFAULT_TOKEN not in runner.fatal.line and "TEST-TOKEN" not in runner.fatal.line


async def test_polling_task_that_crashes_is_never_silent(api, tmp_path, engine):
    async with robust_bot(api, tmp_path / "bot.db", engine) as runner:
        def broken(*args, **kwargs):
            raise RuntimeError("a bug in ingest")

        runner.bot.ingest = broken
        api.push_text(MERCHANT, "51")
        await asyncio.wait_for(runner.failed.wait(), 10)
        assert runner.fatal.status == 1 and "a bug in ingest" in runner.fatal.line


class DiskFull:
    """The store's connection on a full disk: every write fails as SQLite's does (SQLITE_FULL,
    "database or disk is full") until the space is freed."""

    def __init__(self, conn):
        self.conn = conn
        self.full = True

    def __getattr__(self, name):
        return getattr(self.conn, name)

    def _check(self, sql: str) -> None:
        if self.full and sql.lstrip().split()[0].lower() in ("insert", "update", "delete", "replace"):
            exc = sqlite3.OperationalError("database or disk is full")
            exc.sqlite_errorcode, exc.sqlite_errorname = 13, "SQLITE_FULL"
            raise exc

    def execute(self, sql, *args):
        self._check(sql)
        return self.conn.execute(sql, *args)

    def executemany(self, sql, *args):
        self._check(sql)
        return self.conn.executemany(sql, *args)


async def test_disk_full_is_ridden_out_and_nothing_is_lost(api, tmp_path, engine, caplog):
    caplog.set_level(logging.WARNING)
    async with robust_bot(api, tmp_path / "bot.db", engine) as runner:
        api.push_text(MERCHANT, "你好")
        await next_reply(api, MERCHANT)
        store = runner.store
        real = store.conn
        store.conn = store.db.conn = disk = DiskFull(real)
        for text in ("错误码 51", "错误码 05"):
            api.push_text(MERCHANT, text)
        full = await _until(lambda: warnings_about(caplog, "disk full"))
        assert len([r for r in full if "retrying" in r.getMessage()]) == 1  # once, not per retry
        assert not runner.failed.is_set()
        disk.full = False  # space freed
        for code in ("51", "05"):  # both messages answered, in order: nothing was lost
            reply = await next_reply(api, MERCHANT, contains=engine.kb.code(code).title.zh, timeout=10)
            assert reply.ok
        store.conn = store.db.conn = real


async def test_write_lock_held_by_another_program(api, tmp_path, engine, caplog):
    caplog.set_level(logging.WARNING)
    db = tmp_path / "bot.db"
    async with robust_bot(api, db, engine) as runner:
        runner.store.conn.execute("pragma busy_timeout=20")  # the real one is 5 s
        other = sqlite3.connect(db, isolation_level=None)
        other.execute("begin immediate")  # another program holds the write lock
        try:
            api.push_text(MERCHANT, "错误码 51")
            await _until(lambda: warnings_about(caplog, "locked by another program"))
            assert not runner.failed.is_set()
        finally:
            other.execute("commit")
            other.close()
        reply = await next_reply(api, MERCHANT, contains="51", timeout=10)
        assert reply.ok


async def test_database_turned_read_only_mid_run(api, tmp_path, engine, caplog):
    caplog.set_level(logging.WARNING)
    async with robust_bot(api, tmp_path / "bot.db", engine) as runner:
        runner.store.conn.execute("pragma query_only=1")
        api.push_text(MERCHANT, "错误码 51")
        await _until(lambda: warnings_about(caplog, "read-only"))
        runner.store.conn.execute("pragma query_only=0")
        reply = await next_reply(api, MERCHANT, contains="51", timeout=10)
        assert reply.ok and not runner.failed.is_set()


async def test_database_that_cannot_be_written_at_start_up_is_fatal(api, tmp_path, engine):
    db = tmp_path / "bot.db"
    store = Store(db)
    store.conn.execute("pragma query_only=1")
    runner = Runner(settings_for(api, db), store=store, engine=engine)
    try:
        with pytest.raises(Fatal) as err:
            await runner.start()
        assert err.value.status == 2 and "cannot be written" in err.value.line
    finally:
        await runner.stop()
        store.close()


async def test_update_that_cannot_be_stored_is_set_aside_with_an_apology(api, tmp_path, engine):
    async with robust_bot(api, tmp_path / "bot.db", engine) as runner:
        api.push_text(MERCHANT, "你好")
        await next_reply(api, MERCHANT)
        # Text with a broken character (a lone surrogate escape in Telegram's JSON): SQLite
        # cannot store it as UTF-8.
        bad = api.push_text(MERCHANT, "机器坏了 \ud800")
        sorry = await next_reply(api, MERCHANT, contains="抱歉", timeout=10)
        assert sorry.ok
        aside = runner.store.set_aside_updates()
        assert [row["update_id"] for row in aside] == [bad["update_id"]] and aside[0]["error"]
        api.push_text(MERCHANT, "错误码 51")  # the offset moved on: the next message is served
        assert (await next_reply(api, MERCHANT, contains="51", timeout=10)).ok
        assert not runner.failed.is_set()


async def test_update_that_fails_every_time_is_set_aside(api, tmp_path, engine, caplog):
    caplog.set_level(logging.WARNING)
    async with robust_bot(api, tmp_path / "bot.db", engine) as runner:
        handle = runner.bot.service.handle
        tries = []

        def buggy(chat_key, incoming, **kwargs):
            if incoming.text == "boom":
                tries.append(1)
                raise KeyError("a bug the message triggers")
            return handle(chat_key, incoming, **kwargs)

        runner.bot.service.handle = buggy
        poison = api.push_text(MERCHANT, "boom")
        sorry = await next_reply(api, MERCHANT, contains="抱歉", timeout=10)
        assert sorry.ok and len(tries) == FAST.update_attempts
        row = runner.store.db.execute("select status, error from updates where update_id = ?",
                                      [poison["update_id"]]).fetchone()
        assert row[0] == "set_aside" and "KeyError" in row[1]
        assert warnings_about(caplog, "set aside")
        api.push_text(MERCHANT, "错误码 51")
        assert (await next_reply(api, MERCHANT, contains="51", timeout=10)).ok


async def test_the_apology_for_a_set_aside_update_is_in_the_merchants_script(api, tmp_path, engine):
    """A Hong Kong merchant whose message fails is apologised to in traditional characters."""
    async with robust_bot(api, tmp_path / "bot.db", engine) as runner:
        handle = runner.bot.service.handle

        def buggy(chat_key, incoming, **kwargs):
            if incoming.text == "boom":
                raise KeyError("a bug the message triggers")
            return handle(chat_key, incoming, **kwargs)

        runner.bot.service.handle = buggy
        api.push_text(MERCHANT, "部機成日斷線，點算好")
        await next_reply(api, MERCHANT)
        api.push_text(MERCHANT, "boom")
        sorry = await next_reply(api, MERCHANT, contains="抱歉", timeout=10)
        assert "您剛才的消息我們沒能處理" in sorry.text, sorry.text


async def _until(check, timeout: float = 10.0):
    """Wait for a condition the bot reaches by itself (not a timed test: no sleep decides)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        found = check()
        if found:
            return found
        await asyncio.sleep(0.02)
    raise AssertionError("condition not reached")


async def test_write_lock_held_at_start_up_is_waited_out(api, tmp_path, engine, caplog):
    caplog.set_level(logging.WARNING)
    db = tmp_path / "bot.db"
    store = Store(db)
    store.conn.execute("pragma busy_timeout=20")
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("begin immediate")
    api.add_chat(AGENT_GROUP, "supergroup", title="Agents")
    runner = Runner(settings_for(api, db), store=store, engine=engine)
    runner.bot.faults = FAST
    starting = asyncio.create_task(runner.start())
    try:
        await _until(lambda: warnings_about(caplog, "locked by another program"))
        assert not starting.done()
        other.execute("commit")
        await asyncio.wait_for(starting, 10)
        api.push_text(MERCHANT, "错误码 51")
        assert (await next_reply(api, MERCHANT, contains="51", timeout=10)).ok
    finally:
        other.close()
        starting.cancel()
        await runner.stop()
        store.close()
