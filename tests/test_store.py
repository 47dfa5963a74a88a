"""The SQLite store on real files: migrations, atomic turns, resume, updates, tickets, backup."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from bot.store import Store, StoreError


def _clock(times):
    it = iter(times)
    return lambda: next(it)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "posbot.db") as s:
        yield s


def _conversation(store, key="chat-1"):
    return store.start_conversation("telegram", key, "u1", "Ms Li", "zh", {"state": "start", "lang": "zh", "facts": {}})


def test_migrations_run_once_and_wal_is_on(tmp_path):
    from bot.migrations import migrations

    shipped = len(migrations._migrations)
    assert shipped >= 2
    path = tmp_path / "posbot.db"
    from bot.migrations import migrations

    shipped = len(migrations._migrations)  # every migration defined in bot/migrations.py
    with Store(path) as first:
        assert first.schema_version() == shipped
        assert first.db.execute("pragma journal_mode").fetchone()[0] == "wal"
    with Store(path) as second:
        assert second.schema_version() == shipped
        applied = second.db.execute("select count(*) from _sqlite_migrations").fetchone()[0]
        assert applied == shipped


def test_a_new_migration_is_applied_exactly_once(tmp_path, monkeypatch):
    from bot import migrations as m

    path = tmp_path / "posbot.db"
    Store(path).close()
    shipped = len(m.migrations._migrations)

    @m.migrations(name="9999_test_column")
    def add_column(db):
        db.execute("alter table tickets add column priority integer")

    try:
        with Store(path) as s:
            assert s.schema_version() == shipped + 1
            assert "priority" in s.db["tickets"].columns_dict
        with Store(path) as s:
            assert s.schema_version() == shipped + 1
    finally:
        m.migrations._migrations.pop()


def test_save_turn_is_atomic(store):
    conv = _conversation(store)
    with pytest.raises(TypeError):
        store.save_turn(conv["id"], {"state": "x", "lang": "zh", "facts": {}}, "x", "zh",
                        {"kind": "text", "text": "hi"}, [{"text": "ok", "payload": {"bad": object()}}], [])
    assert store.transcript(conv["id"]) == []
    assert store.conversation(conv["id"])["state"] == "start"


def test_conversations_resume_after_reopen(tmp_path):
    path = tmp_path / "posbot.db"
    with Store(path) as s:
        conv = _conversation(s)
        s.save_turn(conv["id"], {"state": "diagnosing", "lang": "zh", "facts": {"question": "q1"}},
                    "diagnosing", "zh", {"kind": "text", "text": "通讯失败"}, [{"text": "信号图标有吗？"}],
                    [{"name": "question_asked", "data": {"question": "q1"}}])
    with Store(path) as s:
        [row] = s.open_conversations()
        assert row["state"] == "diagnosing" and row["session"]["facts"]["question"] == "q1"
        assert [m["text"] for m in s.transcript(row["id"])] == ["通讯失败", "信号图标有吗？"]
        assert s.events(name="question_asked")[0]["data"] == {"question": "q1"}


def test_closing_a_conversation(store):
    conv = _conversation(store)
    store.save_turn(conv["id"], {"state": "closed", "lang": "zh", "facts": {}}, "closed", "zh", None, [], [], close=True)
    assert store.open_conversation("telegram", "chat-1") is None
    assert store.conversation(conv["id"])["closed_at"]


def test_updates_are_recorded_once(store):
    assert store.record_update(10, "chat-1", {"update_id": 10}) is True
    assert store.record_update(10, "chat-1", {"update_id": 10}) is False
    assert store.record_update(11, "chat-2", {"update_id": 11}) is True
    store.mark_update_done(10)
    assert [u["update_id"] for u in store.pending_updates()] == [11]
    assert store.max_update_id() == 11


def test_outbox_keeps_order_per_lane(store):
    store.add_outbox("a", {"op": "send", "text": "1"})
    store.add_outbox("b", {"op": "send", "text": "x"})
    store.add_outbox("a", {"op": "send", "text": "2"})
    assert [r["op"]["text"] for r in store.unsent_outbox("a")] == ["1", "2"]
    first = store.unsent_outbox("a")[0]
    store.mark_outbox(first["id"], "sent", message_id=99)
    assert [r["op"]["text"] for r in store.unsent_outbox()] == ["x", "2"]


def test_take_race_has_exactly_one_winner(tmp_path):
    path = tmp_path / "posbot.db"
    with Store(path) as s:
        conv = _conversation(s)
        ticket = s.create_ticket(conversation_id=conv["id"], chat_key="chat-1", lang="zh")
    results = []
    barrier = threading.Barrier(2)

    def take(agent):
        with Store(path) as mine:
            barrier.wait()
            results.append(mine.take_ticket(ticket["id"], agent, f"Agent {agent}"))

    threads = [threading.Thread(target=take, args=(a,)) for a in ("7001", "7002")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    winners = [r for r in results if r[0]]
    assert len(winners) == 1
    loser = next(r for r in results if not r[0])
    assert loser[1]["agent_id"] == winners[0][1]["agent_id"]


def test_queue_positions_and_reminders(tmp_path):
    times = [f"2026-11-25T08:0{i}:00.000Z" for i in range(10)]
    with Store(tmp_path / "q.db", clock=_clock(times)) as s:  # migration uses no clock
        conv = _conversation(s)  # 08:00
        a = s.create_ticket(conversation_id=conv["id"], chat_key="a")  # 08:01
        b = s.create_ticket(conversation_id=conv["id"], chat_key="b")  # 08:02
        assert s.queue_position(a["id"]) == 1 and s.queue_position(b["id"]) == 2
        due = s.due_reminders(5, now="2026-11-25T08:06:30.000Z")
        assert [t["id"] for t in due] == [a["id"]]
        s.mark_reminded(a["id"])  # 08:03
        assert s.due_reminders(5, now="2026-11-25T08:07:30.000Z") == [s.ticket(b["id"])]


def test_backup_while_writing(tmp_path):
    with Store(tmp_path / "live.db") as s:
        conv = _conversation(s)
        for n in range(50):
            s.add_message(conv["id"], "in", "text", f"m{n}")
        s.backup(tmp_path / "copy.db")
        s.add_message(conv["id"], "in", "text", "after")
    copy = sqlite3.connect(tmp_path / "copy.db")
    assert copy.execute("select count(*) from messages").fetchone()[0] == 50


@pytest.mark.parametrize("bad", ["/proc/posbot.db", "DIR"])
def test_unusable_path_fails_loudly(tmp_path, bad):
    path = tmp_path if bad == "DIR" else bad
    with pytest.raises(StoreError, match=str(path)):
        Store(path)
