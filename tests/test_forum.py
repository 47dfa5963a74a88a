"""Human handoff in a forum agents' group: one topic per ticket, through the fake Bot API
with the real application. The fake refuses a message_thread_id that is not a topic of the
forum, so an op aimed at a wrong or not-yet-known topic fails and the waits here time out."""

from __future__ import annotations

import logging

import pytest
from telegram.error import NetworkError

from bot.agents import AgentDesk
from tests.fakebotapi import running_fake_api, tiny_png
from tests.harness import AGENT_GROUP, AGENTS, next_reply, running_bot, settle
from tests.test_handoff import MERCHANT, ask_for_human, take

OTHER_MERCHANT = 6660002


@pytest.fixture
async def api():
    async with running_fake_api() as server:
        server.add_chat(AGENT_GROUP, "supergroup", title="Agents", is_forum=True)
        yield server


async def new_topic(api) -> tuple[int, str]:
    created = await api.wait_for(lambda c: c.method == "createForumTopic")
    assert created.ok, created.error
    return created.result["message_thread_id"], created.params["name"]


def in_group(api, message_id: int) -> dict:
    return api.message(AGENT_GROUP, message_id)


async def copied_to_group(api):
    call = await api.wait_for(lambda c: c.method == "copyMessage" and c.chat_id == AGENT_GROUP)
    assert call.ok, call.error
    return in_group(api, call.result["message_id"])


async def test_topic_per_ticket_with_card_relays_and_plain_agent_messages(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        card = await ask_for_human(api)
        topic, name = await new_topic(api)
        assert name == "#1 王老板 · A0"
        assert card.message["message_thread_id"] == topic and card.message["is_topic_message"]
        doc = await api.wait_for(lambda c: c.method == "sendDocument" and c.chat_id == AGENT_GROUP)
        assert doc.message["message_thread_id"] == topic
        assert runner.store.ticket(1)["topic_id"] == topic

        await take(api, card, AGENTS[0])
        taken = await next_reply(api, AGENT_GROUP, contains="taken by")
        assert taken.message["message_thread_id"] == topic and "topic" in taken.text
        await next_reply(api, MERCHANT, contains="已接入")

        # merchant -> the ticket's topic: text and a photo, not replies to the card
        api.push_text(MERCHANT, "屏幕上还显示请重新签到")
        text = await copied_to_group(api)
        api.push_photo(MERCHANT, tiny_png(), caption="照片")
        photo = await copied_to_group(api)
        assert text["message_thread_id"] == topic and text["text"] == "屏幕上还显示请重新签到"
        assert photo["message_thread_id"] == topic and photo["photo"] and "reply_to_message" not in photo

        # agents -> merchant: a plain message in the topic (no reply), and /reply from General
        api.push_group_text(AGENT_GROUP, "请重启一下终端", user_id=AGENTS[0], message_thread_id=topic)
        said = await next_reply(api, MERCHANT, contains="请重启一下终端")
        assert "客服" in said.text
        api.push_group_text(AGENT_GROUP, "/reply 1 已经帮您重置了密钥", user_id=AGENTS[0])
        await next_reply(api, MERCHANT, contains="重置了密钥")
        # someone who is not an agent chatting in the topic is not relayed, nor an agents' note
        api.push_group_text(AGENT_GROUP, "路过", user_id=31337, message_thread_id=topic)
        api.push_group_text(AGENT_GROUP, "// 老客户，上周也报过A0", user_id=AGENTS[1], message_thread_id=topic)

        # a second ticket gets its own topic, and its agent talks to its merchant only
        card2 = await ask_for_human(api, chat=OTHER_MERCHANT, text="刷卡显示51")
        topic2, name2 = await new_topic(api)
        assert topic2 != topic and name2.startswith("#2 王老板")
        assert card2.message["message_thread_id"] == topic2
        await take(api, card2, AGENTS[1])
        await next_reply(api, OTHER_MERCHANT, contains="已接入")
        api.push_group_text(AGENT_GROUP, "余额不足，请换卡", user_id=AGENTS[1], message_thread_id=topic2)
        await next_reply(api, OTHER_MERCHANT, contains="请换卡")
        api.push_text(OTHER_MERCHANT, "好的")
        assert (await copied_to_group(api))["message_thread_id"] == topic2

        texts = [m.get("text") or "" for m in api.messages_to(MERCHANT)]
        assert not any("路过" in t or "老客户" in t for t in texts)
        # resolving in the topic answers there and closes the topic
        api.push_group_text(AGENT_GROUP, "/resolve 1", user_id=AGENTS[0], message_thread_id=topic)
        resolved = await next_reply(api, AGENT_GROUP, contains="resolved by")
        assert resolved.message["message_thread_id"] == topic
        closed = await api.wait_for(lambda c: c.method == "closeForumTopic")
        assert closed.ok and closed.params["message_thread_id"] == topic
        await settle()
        texts = [m.get("text") or "" for m in api.messages_to(MERCHANT)]
        assert not any("路过" in t or "请换卡" in t for t in texts)
        assert not any("请重启一下终端" in (m.get("text") or "") for m in api.messages_to(OTHER_MERCHANT))


async def test_topic_known_only_after_restart_still_holds_card_and_reminder(api, tmp_path, engine):
    """The topic is created, then Telegram is unreachable and the bot restarts: the card,
    queued before the topic's id existed, still lands in the topic."""
    db = tmp_path / "bot.db"
    async with running_bot(api, db, engine) as runner:
        execute = runner.bot._execute

        async def unreachable_after_topic(op):
            if op["op"] == "send" and op.get("buttons") and op["chat_id"] == AGENT_GROUP:
                raise NetworkError("Bad Gateway")
            return await execute(op)

        runner.bot._execute = unreachable_after_topic
        api.push_text(MERCHANT, "机器报错A0，签到了也不行", first_name="王老板")
        await next_reply(api, MERCHANT, with_buttons=True)
        api.push_text(MERCHANT, "转人工", first_name="王老板")
        topic, _ = await new_topic(api)
        await settle()
        assert not [c for c in api.sent if c.chat_id == AGENT_GROUP and c.method == "sendMessage"]
    async with running_bot(api, db, engine) as runner:  # a new process: the outbox resumes
        card = await next_reply(api, AGENT_GROUP, contains="#1", with_buttons=True)
        assert card.message["message_thread_id"] == topic
        doc = await api.wait_for(lambda c: c.method == "sendDocument" and c.chat_id == AGENT_GROUP)
        assert doc.message["message_thread_id"] == topic
        runner.store.set_ticket_fields(1, created_at="2020-01-01T00:00:00.000Z")
        await runner.remind_once()
        reminder = await next_reply(api, AGENT_GROUP, contains="SLA")
        assert reminder.message["message_thread_id"] == topic
        # the merchant gives up: said in the topic, and the topic is closed
        api.push_text(MERCHANT, "取消")
        cancelled = await next_reply(api, AGENT_GROUP, contains="cancelled")
        assert cancelled.message["message_thread_id"] == topic
        closed = await api.wait_for(lambda c: c.method == "closeForumTopic")
        assert closed.ok and closed.params["message_thread_id"] == topic
    assert api.calls["createForumTopic"] == 1


async def test_no_right_to_create_topics_falls_back_to_replies_to_the_card(api, tmp_path, engine):
    api.fail_next("createForumTopic", status=400,
                  description="Bad Request: not enough rights to create a topic")
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        card = await ask_for_human(api)
        assert "message_thread_id" not in card.message
        await take(api, card, AGENTS[0])
        await next_reply(api, MERCHANT, contains="已接入")
        api.push_text(MERCHANT, "还在吗")
        relayed = await copied_to_group(api)
        assert relayed["reply_to_message"]["message_id"] == card.message["message_id"]
        api.push_group_text(AGENT_GROUP, "在的", user_id=AGENTS[0],
                            reply_to_message_id=relayed["message_id"])
        await next_reply(api, MERCHANT, contains="在的")
        assert runner.store.ticket(1)["topic_id"] is None


async def test_failed_forum_detection_keeps_replies_to_the_card(api, tmp_path, engine, caplog):
    # A network failure says nothing about the group (a "chat not found" does: see
    # test_robustness.py, honest handoffs): handoffs go on, by replies to the card.
    api.fail_next("getChat", status=502, count=6)
    with caplog.at_level(logging.WARNING, logger="posbot.agents"):
        async with running_bot(api, tmp_path / "bot.db", engine):
            card = await ask_for_human(api)
            await api.wait_for(lambda c: c.method == "sendDocument" and c.chat_id == AGENT_GROUP)
    assert "message_thread_id" not in card.message and api.calls["createForumTopic"] == 0
    assert [r for r in caplog.records if "getChat failed" in r.getMessage()]


def test_topic_name_fits_telegram_limit_and_keeps_the_code():
    ticket = {"id": 12, "user_name": "王" * 300, "user_id": "1", "code": "51", "category": None}
    name = AgentDesk.topic_name(ticket)
    assert len(name) == 128 and name.startswith("#12 王") and name.endswith(" · 51")
    assert AgentDesk.topic_name({**ticket, "user_name": "", "code": None}) == "#12 1"
