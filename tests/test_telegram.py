"""The Telegram channel end to end: the real python-telegram-bot Application talking HTTP to
the fake Bot API server, the real engine, and a real SQLite file."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys

import pytest

from bot.replies import split_text
from dialogs.diagnosis import merchant_fixes
from tests.fakebotapi import running_fake_api, tiny_png
from tests.harness import (
    AGENT_GROUP,
    answer_text,
    buttons_of,
    next_reply,
    press,
    running_bot,
    sends_to,
    settle,
    walk_to_fix,
)

MERCHANT = 5550001


@pytest.fixture
async def api():
    async with running_fake_api() as server:
        yield server


async def test_full_diagnosis_by_buttons_zh(api, tmp_path, engine, kb):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        api.push_text(MERCHANT, "小票打出来是白纸，什么字都没有", language_code="zh-hans")
        first = await next_reply(api, MERCHANT, with_buttons=True)
        symptom = runner.store.open_conversation("telegram", str(MERCHANT))["session"]["facts"]["problem"]["symptom"]
        cause = max(kb.symptoms[symptom].causes, key=kb.symptoms[symptom].causes.get)
        last = await walk_to_fix(api, MERCHANT, kb, cause, first)
        assert "解决" in last.text and any(b["callback_data"].startswith("rate:") for b in buttons_of(last))
        await press(api, MERCHANT, last, "rate:5")
        thanks = await next_reply(api, MERCHANT, contains="谢谢")
        assert thanks.ok
        # One message for the whole walk: every press was acknowledged and turned the question
        # into its answer (✔ and the label, then what comes next, with the next buttons only).
        assert len(sends_to(api, MERCHANT)) == 1
        message_id = first.message["message_id"]
        assert len(api.callback_answers) == len(api.edits) >= 2
        for edit in api.edits:
            assert edit.params["message_id"] == message_id and answer_text(edit)
            assert edit.text.startswith(first.text) and "\n\n✔ " in edit.text
        assert thanks is api.edits[-1] and thanks.text.endswith(answer_text(thanks))
        shown = api.message(MERCHANT, message_id)
        assert shown["text"] == thanks.text and "reply_markup" not in shown  # nothing left to press
        assert len(shown["text"]) <= 4096
        names = [e["name"] for e in runner.store.events()]
        assert "fix_outcome" in names and "resolved" in names and "rating" in names


async def test_full_diagnosis_by_buttons_en(api, tmp_path, engine, kb):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        api.push_text(MERCHANT, "the terminal shows code A0", language_code="en")
        first = await next_reply(api, MERCHANT, with_buttons=True)
        assert "A0" in "".join(c.text or "" for c in sends_to(api, MERCHANT))
        code = kb.code("A0")
        cause = max((c for c in code.causes if merchant_fixes(kb, c)), key=code.causes.get)
        last = await walk_to_fix(api, MERCHANT, kb, cause, first)
        assert "fixed" in last.text.lower()
        session = runner.store.open_conversation("telegram", str(MERCHANT))["session"]
        assert session["lang"] == "en" and session["state"] == "rating"


async def test_rate_limited_then_success(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine):
        api.fail_next("sendMessage", status=429, retry_after=1)
        api.push_text(MERCHANT, "51")
        reply = await next_reply(api, MERCHANT, contains="51", timeout=8)
        assert reply.ok
        failed = [c for c in api.sent if c.method == "sendMessage" and c.status == 429]
        assert len(failed) == 1


async def test_bad_gateway_is_retried(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine):
        api.fail_next("sendMessage", status=502, count=2)
        api.push_text(MERCHANT, "code 96")
        reply = await next_reply(api, MERCHANT, contains="96", timeout=8)
        assert reply.ok


async def test_restart_mid_conversation(api, tmp_path, engine, kb):
    db = tmp_path / "bot.db"
    async with running_bot(api, db, engine):
        api.push_text(MERCHANT, "机器连不上网，一直显示通讯失败")
        first = await next_reply(api, MERCHANT, with_buttons=True)
    # a new process on the same database continues where the merchant left off
    async with running_bot(api, db, engine) as runner:
        row = runner.store.open_conversation("telegram", str(MERCHANT))
        assert row["state"] in ("diagnosing", "fixing", "clarifying")
        cause = max(row["session"]["facts"]["candidates"], key=row["session"]["facts"]["candidates"].get)
        if merchant_fixes(kb, cause):
            last = await walk_to_fix(api, MERCHANT, kb, cause, first)
            assert any(b["callback_data"].startswith("rate:") for b in buttons_of(last))


async def test_non_text_messages_and_edits(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        api.push_photo(MERCHANT, tiny_png())
        await next_reply(api, MERCHANT, contains="文字")
        api.push_sticker(MERCHANT)
        await next_reply(api, MERCHANT)
        api.push_voice(MERCHANT)
        await next_reply(api, MERCHANT)
        api.push_location(MERCHANT)
        await next_reply(api, MERCHANT)
        sent = api.push_text(MERCHANT, "你好")
        await next_reply(api, MERCHANT)
        api.push_edited_text(MERCHANT, sent["message"]["message_id"], "你好呀")
        await next_reply(api, MERCHANT, contains="新消息")
        conversation = runner.store.open_conversation("telegram", str(MERCHANT))
        kinds = [m["kind"] for m in runner.store.transcript(conversation["id"]) if m["direction"] == "in"]
        assert {"photo", "sticker", "voice", "location", "text", "edited"} <= set(kinds)


async def test_unknown_group_is_ignored(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        api.add_chat(-555, "group", title="Random group")
        api.push_group_text(-555, "51 余额不足", user_id=1234)
        api.push_text(MERCHANT, "51")
        await next_reply(api, MERCHANT)
        await settle()
        assert sends_to(api, -555) == []
        assert runner.store.pending_updates() == []


async def test_commands_registered_in_both_languages(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine):
        scopes = {key for key in api.commands}
        assert ("all_private_chats", "zh") in scopes and ("all_private_chats", "") in scopes
        for command in ("/start", "/help", "/lang", "/human", "/restart"):
            api.push_text(MERCHANT, command)
            reply = await next_reply(api, MERCHANT)
            assert reply.ok, command


async def test_duplicate_update_is_processed_once(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        update = api.push_text(MERCHANT, "51")
        await next_reply(api, MERCHANT)
        assert runner.bot.ingest([update]) == 0  # delivered again (e.g. webhook retry)
        await settle()
        assert len([c for c in sends_to(api, MERCHANT) if "51" in (c.text or "")]) == 1


async def test_chats_are_served_concurrently_in_order(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        chats = [MERCHANT + n for n in range(20)]
        for chat in chats:
            api.push_text(chat, "你好")
            api.push_text(chat, "51")
        for chat in chats:
            await api.wait_for_count(chat, 2, timeout=10)
        await runner.bot.drain()
        for chat in chats:
            texts = [m.get("text", "") for m in api.messages_to(chat)]
            assert "错误码 51" not in texts[0] and "错误码 51" in texts[1], texts


def test_long_replies_are_split():
    parts = split_text("\n".join(["行" * 100] * 100))
    assert len(parts) == 3 and all(len(p) <= 4096 for p in parts)
    assert "".join(p.replace("\n", "") for p in parts) == "行" * 10000
    assert split_text("x" * 9000) == ["x" * 4096, "x" * 4096, "x" * 808]


async def test_kill_dash_nine_loses_no_update(api, tmp_path):
    """A real `posbot run` process is killed with SIGKILL while updates are queued; the next
    process answers every one of them and processes none twice. A reply that was in flight
    at the kill (Telegram had it, we had not recorded it) may be sent again: at most one
    per chat, and the test holds that bound."""
    from bot.store import Store

    env = {**os.environ, "TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_BASE_URL": api.api_url,
           "POSBOT_DB": str(tmp_path / "kill.db")}
    chats = [MERCHANT + n for n in range(5)]
    codes = ["51", "55", "54", "96", "14", "05"]
    for chat in chats:
        api.add_chat(chat, "private")
    proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "run"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        await api.wait_for(lambda c: c.method == "setMyCommands", timeout=30)
        api.delay_next("sendMessage", 0.4, count=1000)  # slow replies: updates pile up
        for code in codes:
            for chat in chats:
                api.push_text(chat, f"错误码 {code}")
        await api.wait_for(lambda c: c.method == "sendMessage", timeout=10)
        await asyncio.sleep(0.6)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        answered = len([c for c in api.sent if c.method == "sendMessage"])
        assert answered < len(chats) * len(codes), "the kill came too late to prove anything"
        api.delay_next("sendMessage", 0.0, count=1000)
        proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "run"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        def all_answered() -> bool:
            return all(
                any(f"错误码 {code}" in (m.get("text") or "") for m in api.messages_to(chat))
                for chat in chats for code in codes
            )

        for _ in range(300):
            if all_answered():
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.5)
    finally:
        proc.kill()
        proc.wait(timeout=10)
    duplicates = 0
    for chat in chats:
        texts = [m.get("text") or "" for m in api.messages_to(chat)]
        for code in codes:
            count = sum(1 for t in texts if f"错误码 {code}" in t)
            assert count >= 1, (chat, code)
            duplicates += count - 1
    assert duplicates <= len(chats)
    with Store(tmp_path / "kill.db") as store:
        assert store.pending_updates() == []
        processed = store.db.execute(
            "select count(*) from messages where direction = 'in'").fetchone()[0]
        assert processed == len(chats) * len(codes)  # every update became exactly one turn


async def test_webhook_mode_stores_before_acknowledging(api, tmp_path, engine):
    from tests.fakebotapi import free_port

    port = free_port()
    env = {"POSBOT_WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram/hook",
           "POSBOT_WEBHOOK_LISTEN": "127.0.0.1", "POSBOT_WEBHOOK_PORT": str(port),
           "POSBOT_WEBHOOK_SECRET": "s3cret-token-0123456789"}
    async with running_bot(api, tmp_path / "bot.db", engine, **env) as runner:
        hook = await api.wait_for(lambda c: c.method == "setWebhook")
        assert hook.params["secret_token"] == "s3cret-token-0123456789"
        api.push_text(MERCHANT, "错误码 51")
        reply = await next_reply(api, MERCHANT, contains="51", timeout=10)
        assert reply.ok
        assert runner.store.pending_updates() == []
        # a request without the secret is refused and stores nothing
        import aiohttp

        async with aiohttp.ClientSession() as http:
            bad = await http.post(f"http://127.0.0.1:{port}/telegram/hook",
                                  json={"update_id": 999999, "message": {}})
            assert bad.status == 403
        assert runner.store.max_update_id() < 999999


async def test_an_update_costs_two_commits(api, tmp_path, engine):
    """The update, its turn, its outbox and "done" in one commit; its delivery mark in one more
    (which under load rides along with the next update's commit)."""
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        store = runner.store
        # The first answer from Telegram is also written to the heartbeat (bot/health.py, then
        # at most every 15 s): count from the second update, the steady state.
        api.push_text(MERCHANT, "你好")
        await next_reply(api, MERCHANT)
        await runner.bot.drain()
        await settle(0.3)
        before = store.commits
        api.push_text(MERCHANT, "错误码 51")
        await next_reply(api, MERCHANT, contains="51")
        await runner.bot.drain()
        await settle(0.3)
        assert store.commits - before == 2
        assert {r[0] for r in store.db.execute("select status from updates")} == {"done"}
        assert {r[0] for r in store.db.execute("select status from outbox")} == {"sent"}


async def test_a_refused_edit_still_delivers_the_answer(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine):
        api.push_text(MERCHANT, "小票打出来是白纸，什么字都没有")
        first = await next_reply(api, MERCHANT, with_buttons=True)
        api.fail_next("editMessageText", status=400, description="Bad Request: message can't be edited")
        payload = buttons_of(first)[0]["callback_data"]
        await press(api, MERCHANT, first, payload)
        answer = await next_reply(api, MERCHANT)
        assert answer.method == "sendMessage" and "✔" not in answer.text  # a message of its own
        refused = [c for c in api.sent if c.method == "editMessageText" and not c.ok]
        assert len(refused) == 1 and answer.text in refused[0].text


async def test_a_button_on_an_older_message_is_marked_and_answered_below(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        api.push_text(MERCHANT, "小票打出来是白纸，什么字都没有")
        first = await next_reply(api, MERCHANT, with_buttons=True)
        api.push_text(MERCHANT, "还在吗")  # the merchant wrote since: the question is not the latest
        await next_reply(api, MERCHANT)
        await runner.bot.drain()
        button = buttons_of(first)[0]
        await press(api, MERCHANT, first, button["callback_data"])
        answer = await next_reply(api, MERCHANT)
        assert answer.method == "sendMessage"
        (mark,) = [c for c in api.edits if c.params["message_id"] == first.message["message_id"]]
        assert mark.text == f"{first.text}\n\n✔ {button['text']}" and not mark.reply_markup
