"""The operator's commands (issue 12): `posbot health`, `posbot prune` (statistics unchanged),
and commands that read a database refusing a path that does not exist; demo-data and backup
refusing to damage real data. Real processes on real SQLite files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

from bot import health
from bot.demo import generate
from bot.lock import DatabaseLock
from bot.prune import prune
from bot.service import Service
from bot.stats import compute
from bot.store import Store
from dialogs.messages import Incoming
from tests.home import warmed_home


def posbot(*args, db=None, timeout=120):
    env = {"PATH": "/usr/bin:/bin", "HOME": warmed_home()}
    if db:
        env["POSBOT_DB"] = str(db)
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


def one_line(proc) -> str:
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    return lines[0]


def test_commands_that_read_a_database_refuse_a_missing_one(tmp_path):
    missing = tmp_path / "typo.db"
    for args in (["stats"], ["backup", str(tmp_path / "copy.db")], ["health"], ["prune", "--older-than", "30"]):
        proc = posbot(*args, db=missing)
        assert proc.returncode == 2 and "no such database" in one_line(proc), args
    env = {"PATH": "/usr/bin:/bin", "HOME": warmed_home(), "POSBOT_DB": str(missing), "POSBOT_DASHBOARD_TOKEN": "t" * 20}
    dash = subprocess.run([sys.executable, "-m", "bot.cli", "dashboard", "--listen", "127.0.0.1:1"],
                          capture_output=True, text=True, timeout=60, env=env)
    assert dash.returncode == 2 and "no such database" in one_line(dash)
    assert not missing.exists()  # no empty database was created
    ev = posbot("eval", str(tmp_path / "nope.jsonl"))
    assert ev.returncode == 2 and "no such file" in one_line(ev)


def test_backup_refuses_its_own_source_and_a_missing_directory(tmp_path):
    db = tmp_path / "live.db"
    Store(db).close()
    same = posbot("backup", str(db), db=db)
    assert same.returncode == 2 and "the database itself" in one_line(same)
    nowhere = posbot("backup", str(tmp_path / "no" / "dir" / "x.db"), db=db)
    assert nowhere.returncode == 2 and "does not exist" in one_line(nowhere)
    ok = posbot("backup", str(tmp_path / "copy.db"), db=db)
    assert ok.returncode == 0 and (tmp_path / "copy.db").exists()


def test_damaged_database_is_one_line_with_a_pointer_to_backups(tmp_path):
    db = tmp_path / "bad.db"
    db.write_bytes(b"\x00garbage" * 1000)
    proc = posbot("stats", db=db)
    line = one_line(proc)
    assert proc.returncode == 2 and "damaged" in line and "posbot backup" in line


def test_demo_data_refuses_real_conversations_unless_forced(tmp_path, engine):
    db = tmp_path / "real.db"
    with Store(db) as store:
        Service(store, engine, channel="telegram").handle("5550001", Incoming(text="51"))
    refused = posbot("demo-data", "--days", "1", db=db)
    assert refused.returncode == 2 and "real conversations" in one_line(refused)
    with Store(db) as store:
        assert store.db.execute("select count(*) from conversations").fetchone()[0] == 1
    forced = posbot("demo-data", "--days", "1", "--force", db=db)
    assert forced.returncode == 0, forced.stderr
    again = posbot("demo-data", "--days", "1", db=tmp_path / "demo.db")
    assert again.returncode == 0 and posbot("demo-data", "--days", "1", db=tmp_path / "demo.db").returncode == 0


def test_health_says_one_line_and_exit_status(tmp_path):
    db = tmp_path / "bot.db"
    Store(db).close()
    stopped = posbot("health", db=db)
    assert stopped.returncode == 1 and stopped.stdout.startswith("unhealthy: no posbot process")
    with DatabaseLock(db), Store(db) as store:
        from bot.health import Heartbeat

        beat = Heartbeat(store, "polling")
        beat.start()
        beat.contact()
        running = posbot("health", db=db)
        assert running.returncode == 0 and running.stdout.startswith("ok: polling"), running.stdout
        assert len(running.stdout.strip().splitlines()) == 1
        # an old update nobody processes, and replies that do not leave: not healthy
        old = (datetime.now(timezone.utc) - timedelta(minutes=10)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        store.db.execute("insert into updates (update_id, chat_key, payload, status, received_at) "
                         "values (1, '1', '{}', 'pending', ?)", [old])
        store.db.execute("insert into outbox (lane, op, status, created_at) values ('1', '{}', 'pending', ?)", [old])
        ok, line = health.check(store)
        assert not ok and "updates are not being processed" in line and "replies are not leaving" in line
        stuck = posbot("health", db=db)
        assert stuck.returncode == 1


def test_health_notices_a_poll_loop_gone_quiet(tmp_path):
    with DatabaseLock(tmp_path / "bot.db"), Store(tmp_path / "bot.db") as store:
        from bot.health import Heartbeat

        Heartbeat(store, "polling").start()
        later = datetime.now(timezone.utc) + timedelta(minutes=5)
        ok, line = health.check(store, now=later)
        assert not ok and "no successful poll" in line


def test_prune_keeps_every_statistic_and_removes_old_transcripts(tmp_path):
    db = tmp_path / "demo.db"
    generate(str(db), days=30, seed=11)
    now = datetime.now(timezone.utc)
    with Store(db) as store:
        old = (now - timedelta(days=20)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        for n in range(5):
            store.db.execute("insert into updates (update_id, chat_key, payload, status, received_at) "
                             "values (?, '1', '{\"text\": \"merchant words\"}', 'done', ?)", [n + 1, old])
        store.db.execute("insert into updates (update_id, chat_key, payload, status, received_at) "
                         "values (99, '1', '{}', 'pending', ?)", [old])
        since = now - timedelta(days=60)
        before = compute(store, since, now=now)
        messages_before = store.db.execute("select count(*) from messages").fetchone()[0]
    proc = posbot("prune", "--older-than", "7", db=db)
    assert proc.returncode == 0 and "pruned" in proc.stdout, proc.stderr
    with Store(db) as store:
        after = compute(store, since, now=now)
        assert json.dumps(after, sort_keys=True) == json.dumps(before, sort_keys=True)
        cutoff = (now - timedelta(days=7)).strftime("%Y-%m-%dT%H:%M:%S")
        stale = store.db.execute(
            "select count(*) from messages m join conversations c on c.id = m.conversation_id where c.updated_at < ? "
            "and c.id not in (select conversation_id from tickets where status in ('waiting', 'assigned'))",
            [cutoff]).fetchone()[0]
        kept_for_open_tickets = store.db.execute(
            "select count(*) from messages where conversation_id in "
            "(select conversation_id from tickets where status = 'waiting')").fetchone()[0]
        left = store.db.execute("select count(*) from messages").fetchone()[0]
        assert stale == 0 and 0 < left < messages_before and kept_for_open_tickets > 0
        statuses = [r[0] for r in store.db.execute("select status from updates")]
        assert statuses == ["pending"]  # an update still waiting is never pruned
        assert prune(store, 7) == {"messages": 0, "dialog_states": 0, "updates": 0, "outbox": 0, "relay": 0}
    refused = posbot("prune", "--older-than", "0", db=db)
    assert refused.returncode == 2 and "at least 1 day" in one_line(refused)


async def test_retention_is_applied_by_the_running_bot_once_a_day(tmp_path, engine):
    from tests.fakebotapi import running_fake_api
    from tests.test_unattended import robust_bot

    async with running_fake_api() as api:
        async with robust_bot(api, tmp_path / "bot.db", engine, POSBOT_RETENTION_DAYS="30") as runner:
            store = runner.store
            assert runner.settings.retention_days == 30
            old = "2020-01-01T00:00:00.000Z"
            conv = store.start_conversation("telegram", "42", "42", "x", "zh", {"state": "start", "lang": "zh", "facts": {}})
            store.add_message(conv["id"], "in", "text", "old words")
            store.db.execute("update conversations set updated_at = ? where id = ?", [old, conv["id"]])
            await runner.maintain_once()
            assert store.transcript(conv["id"]) == []
            store.add_message(conv["id"], "in", "text", "written after today's pruning")
            await runner.maintain_once()  # not again within the day
            assert len(store.transcript(conv["id"])) == 1
