"""Honest handoffs (issue 12): no agents' group, or one Telegram says the bot cannot reach,
is said out loud; tickets are kept and posted once the group answers; only the agent holding
a ticket talks to the merchant or resolves it (/take takes it over); long replies are split;
edits reach the agent; outside ids are bounds-checked. Real application, fake Bot API."""

from __future__ import annotations

import logging

import pytest
from aiohttp import ClientSession, CookieJar, web

from bot.dashboard import make_app
from bot.runner import Runner
from tests.fakebotapi import free_port, running_fake_api
from tests.harness import (
    AGENT_GROUP,
    AGENTS,
    buttons_of,
    next_reply,
    running_bot,
    settings_for,
)
from tests.test_handoff import ask_for_human, take
from tests.test_unattended import _until

MERCHANT = 6660042
HUGE = "9" * 30


@pytest.fixture
async def api():
    async with running_fake_api() as server:
        yield server


async def merchant_asks_for_a_person(api, chat=MERCHANT):
    api.push_text(chat, "机器报错A0，签到了也不行", first_name="王老板")
    await next_reply(api, chat, with_buttons=True)
    api.push_text(chat, "转人工", first_name="王老板")
    return await next_reply(api, chat, contains="转接")


async def test_no_agents_group_configured_tells_the_merchant_the_truth(api, tmp_path, engine, caplog):
    caplog.set_level(logging.WARNING)
    async with running_bot(api, tmp_path / "bot.db", engine, POSBOT_AGENT_CHAT_ID="") as runner:
        told = await merchant_asks_for_a_person(api)
        assert "没有人工客服" in told.text and "会在这里直接回复您" not in told.text
        assert "#1" in told.text and "记录" in told.text  # the ticket number, in the same message
        ticket = runner.store.ticket(1)
        assert ticket["status"] == "waiting" and ticket["unposted"] == 1
        names = [e["name"] for e in runner.store.events(conversation_id=ticket["conversation_id"])]
        assert "handoff_unstaffed" in names  # recorded for managers
    assert [r for r in caplog.records if "NO HUMAN HANDOFF" in r.getMessage() and r.levelno >= logging.ERROR]


@pytest.mark.parametrize("why", ["chat not found", "bot not a member", "positive id"])
async def test_unreachable_group_then_reachable_posts_the_waiting_tickets(api, tmp_path, engine, caplog, why):
    caplog.set_level(logging.WARNING)
    group = AGENT_GROUP
    env = {}
    if why == "chat not found":
        api.fail_next("getChat", status=400, description="Bad Request: chat not found")
    elif why == "bot not a member":
        api.add_chat(AGENT_GROUP, "supergroup", title="Agents")
        api.remove_bot(AGENT_GROUP)
    else:
        group = 424242
        env = {"POSBOT_AGENT_CHAT_ID": str(group)}
    async with running_bot(api, tmp_path / "bot.db", engine, **env) as runner:
        assert not runner.bot.agents.reachable
        warning = [r for r in caplog.records if "NO HUMAN HANDOFF" in r.getMessage()]
        assert len(warning) == 1
        told = await merchant_asks_for_a_person(api)
        assert "没有人工客服" in told.text
        assert not [c for c in api.sent if c.chat_id == group and c.ok]
        if why == "positive id":
            return  # stays unreachable until the setting is fixed
        api.add_bot(AGENT_GROUP)  # someone adds the bot to the group
        await runner.maintain_once()
        card = await next_reply(api, AGENT_GROUP, contains="#1", with_buttons=True)
        assert "A0" in card.text and runner.store.ticket(1)["unposted"] == 0
        await runner.maintain_once()  # posted once only
        cards = [c for c in api.sent if c.chat_id == AGENT_GROUP and c.method == "sendMessage" and c.ok]
        assert len(cards) == 1


async def take_ticket(api, runner, agent=AGENTS[0]):
    card = await ask_for_human(api, chat=MERCHANT)
    await take(api, card, agent)
    await next_reply(api, MERCHANT, contains="已接入")
    return card


async def test_only_the_holder_replies_or_resolves_and_take_over_is_explicit(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        card = await take_ticket(api, runner)
        other = AGENTS[1]
        api.push_group_text(AGENT_GROUP, "/reply 1 我来回答", user_id=other)
        await next_reply(api, AGENT_GROUP, contains="is held by")
        api.push_group_text(AGENT_GROUP, "我也来回答", user_id=other, reply_to_message_id=card.message["message_id"])
        await next_reply(api, AGENT_GROUP, contains="is held by")
        api.push_group_text(AGENT_GROUP, "/resolve 1", user_id=other)
        await next_reply(api, AGENT_GROUP, contains="is held by")
        # the Take button does not take a held ticket over
        api.push_callback(AGENT_GROUP, card.message["message_id"], "take:1", user_id=other, check=False)
        await api.wait_for(lambda c: c.method == "answerCallbackQuery" and "already taken" in (c.params.get("text") or ""))
        assert runner.store.ticket(1)["agent_id"] == str(AGENTS[0])
        texts = [m.get("text") or "" for m in api.messages_to(MERCHANT)]
        assert not [t for t in texts if "回答" in t]
        # /take does, openly
        api.push_group_text(AGENT_GROUP, "/take 1", user_id=other)
        await next_reply(api, AGENT_GROUP, contains="taken over")
        await next_reply(api, MERCHANT, contains="接手")
        assert runner.store.ticket(1)["agent_id"] == str(other)
        api.push_group_text(AGENT_GROUP, "/reply 1 旧的客服", user_id=AGENTS[0])
        await next_reply(api, AGENT_GROUP, contains="is held by")
        api.push_group_text(AGENT_GROUP, "/reply 1 我是新的客服", user_id=other)
        await next_reply(api, MERCHANT, contains="我是新的客服")
        api.push_group_text(AGENT_GROUP, "/resolve 1", user_id=other)
        await next_reply(api, MERCHANT, contains="打个分")
        assert runner.store.ticket(1)["status"] == "resolved"
        assert "旧的客服" not in "".join(m.get("text") or "" for m in api.messages_to(MERCHANT))


async def test_resolve_a_waiting_ticket_needs_taking_it_first(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        await ask_for_human(api, chat=MERCHANT)
        api.push_group_text(AGENT_GROUP, "/resolve 1", user_id=AGENTS[0])
        await next_reply(api, AGENT_GROUP, contains="take it first")
        assert runner.store.ticket(1)["status"] == "waiting"


async def test_long_agent_reply_is_split_not_dropped(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        await take_ticket(api, runner)
        body = "".join(f"第{i}步：检查线路并重新签到。\n" for i in range(400))  # ~6,000 characters
        assert len(body) > 4096
        api.push_group_text(AGENT_GROUP, "/reply 1 " + body.strip(), user_id=AGENTS[0])
        await next_reply(api, MERCHANT, contains="第0步")
        last = await next_reply(api, MERCHANT, contains="第399步")
        assert last.ok
        received = "".join(m.get("text") or "" for m in api.messages_to(MERCHANT))
        assert all(f"第{i}步" in received for i in range(400))


async def test_edited_merchant_message_reaches_the_agent(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        await take_ticket(api, runner)
        sent = api.push_text(MERCHANT, "终端号是 12345678")
        await api.wait_for(lambda c: c.method == "copyMessage" and c.chat_id == AGENT_GROUP)
        api.push_edited_text(MERCHANT, sent["message"]["message_id"], "终端号是 87654321")
        edited = await next_reply(api, AGENT_GROUP, contains="87654321")
        assert "edited" in edited.text
        # the agent's reply to the edit notice reaches the merchant
        api.push_group_text(AGENT_GROUP, "收到，已更正", user_id=AGENTS[0],
                            reply_to_message_id=edited.message["message_id"])
        await next_reply(api, MERCHANT, contains="已更正")


async def test_thirty_digit_ids_are_stale_buttons_or_no_such_ticket(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        card = await ask_for_human(api, chat=MERCHANT)
        api.push_callback(AGENT_GROUP, card.message["message_id"], f"take:{HUGE}", user_id=AGENTS[0], check=False)
        stale = await api.wait_for(lambda c: c.method == "answerCallbackQuery" and "stale" in (c.params.get("text") or ""))
        assert stale.ok
        for command in (f"/take {HUGE}", f"/reply {HUGE} hi", f"/resolve #{HUGE}", f"/transcript {HUGE}"):
            api.push_group_text(AGENT_GROUP, command, user_id=AGENTS[0])
            await next_reply(api, AGENT_GROUP, contains="No ticket")
        # a merchant's forged button payloads get the dialog's usual answer
        api.push_text(MERCHANT + 1, "你好")
        greeting = await next_reply(api, MERCHANT + 1)
        for payload in (f"pick:{HUGE}", f"rate:{HUGE}", f"fix:{HUGE}:y", f"a:{HUGE}:{HUGE}"):
            api.push_callback(MERCHANT + 1, greeting.message["message_id"], payload, check=False)
            await api.wait_for(lambda c: c.method == "answerCallbackQuery")
        await _until(lambda: not runner.store.pending_updates() and not runner.bot._workers)
        assert runner.store.set_aside_updates() == []  # nothing failed


async def test_dashboard_healthz_is_public_and_huge_ids_are_404(tmp_path, engine):
    from bot.store import Store

    store = Store(tmp_path / "d.db")
    runner = web.AppRunner(make_app("manager-secret-1", store))
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        async with ClientSession(cookie_jar=CookieJar(unsafe=True)) as http:
            health = await http.get(f"http://127.0.0.1:{port}/healthz", allow_redirects=False)
            assert health.status == 503 and (await health.text()).startswith("unhealthy: no posbot process")
            await http.post(f"http://127.0.0.1:{port}/login", data={"token": "manager-secret-1"})
            page = await http.get(f"http://127.0.0.1:{port}/conversation/{HUGE}", allow_redirects=False)
            assert page.status == 404
    finally:
        await runner.cleanup()
        store.close()


async def test_bot_removed_from_the_group_mid_run_keeps_the_ticket_for_later(api, tmp_path, engine, caplog):
    caplog.set_level(logging.WARNING)
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        assert runner.bot.agents.reachable
        api.remove_bot(AGENT_GROUP)  # someone removed the bot from the agents' group
        api.push_text(MERCHANT, "机器报错A0，签到了也不行", first_name="王老板")
        await next_reply(api, MERCHANT, with_buttons=True)
        api.push_text(MERCHANT, "转人工", first_name="王老板")
        await _until(lambda: not runner.bot.agents.reachable)
        assert runner.store.ticket(1)["unposted"] == 1
        assert [r for r in caplog.records if "NO HUMAN HANDOFF" in r.getMessage()]
        # the next merchant is told the truth at once
        api.push_text(MERCHANT + 7, "转人工")
        told = await next_reply(api, MERCHANT + 7, contains="没有人工客服")
        assert told.ok
        api.add_bot(AGENT_GROUP)
        await runner.maintain_once()
        card = await next_reply(api, AGENT_GROUP, contains="#1", with_buttons=True)
        assert "A0" in card.text


async def test_no_sla_reminders_into_the_void(api, tmp_path, engine):
    api.fail_next("getChat", status=400, description="Bad Request: chat not found")
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        await merchant_asks_for_a_person(api)
        runner.store.set_ticket_fields(1, created_at="2020-01-01T00:00:00.000Z")
        await runner.remind_once()
        assert not [r for r in runner.store.unsent_outbox() if r["op"].get("chat_id") == AGENT_GROUP]
        assert not [c for c in api.sent if c.chat_id == AGENT_GROUP and c.method != "getChat"]
        await runner.maintain_once()  # reachable again: the card, and no reminder on top of it
        await runner.remind_once()
        await next_reply(api, AGENT_GROUP, contains="#1", with_buttons=True)
        assert not [c for c in api.sent if c.chat_id == AGENT_GROUP and "SLA" in (c.text or "")]


def test_card_labels_the_merchants_extra_words_as_theirs_not_as_the_terminal():
    """What the merchant added (brand, when it happens, or words the bot could not read) is
    shown as their words: the card must not present "擦了" as the terminal's model."""
    import json

    from bot.agents import AgentDesk

    ticket = {"id": 3, "status": "waiting", "user_name": "王", "user_id": "1", "lang": "zh",
              "reason": "asked", "created_at": "2026-12-03T07:00:00+00:00",
              "summary": json.dumps({"text": "刷卡报0020000", "details": "擦了"})}
    card = AgentDesk.card_text(object.__new__(AgentDesk), ticket)
    assert "商户补充 Also said: 擦了" in card and "Terminal" not in card
