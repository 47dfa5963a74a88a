"""Human handoff through the fake Bot API server with the real application."""

from __future__ import annotations

import asyncio

import pytest

from dialogs.texts import say
from tests.fakebotapi import running_fake_api, tiny_png
from tests.harness import AGENT_GROUP, AGENTS, answers_to, buttons_of, next_reply, press, running_bot, settle

MERCHANT = 6660001


@pytest.fixture
async def api():
    async with running_fake_api() as server:
        yield server


async def ask_for_human(api, chat=MERCHANT, text="机器报错A0，签到了也不行"):
    api.push_text(chat, text, first_name="王老板")
    await next_reply(api, chat, with_buttons=True)
    api.push_text(chat, "转人工", first_name="王老板")
    card = await next_reply(api, AGENT_GROUP, contains="#", with_buttons=True)
    return card


async def take(api, card, agent):
    take_payload = next(b["callback_data"] for b in buttons_of(card) if b["callback_data"].startswith("take:"))
    api.push_callback(AGENT_GROUP, card.message["message_id"], take_payload, user_id=agent, check=False)


async def test_handoff_posts_card_and_transcript(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        card = await ask_for_human(api)
        assert "A0" in card.text and "王老板" in card.text and "zh" in card.text
        doc = await api.wait_for(lambda c: c.method == "sendDocument" and c.chat_id == AGENT_GROUP)
        content = next(iter(doc.files.values())).content.decode("utf-8")
        assert "机器报错A0" in content and "转人工" in content
        told = await next_reply(api, MERCHANT, contains="#1")
        assert say("queue_next", "zh") in told.text  # nobody ahead in the queue
        # one message for the turn: the dialog's words and the ticket notice joined
        assert told.text.startswith(say("handoff_reason_asked", "zh")) and told.reply_markup
        assert told.text.endswith(say("ticket_created", "zh", ticket=1, queue=say("queue_next", "zh")))
        assert len(answers_to(api, MERCHANT)) == 2  # one per turn: the code, the handoff
        ticket = runner.store.ticket(1)
        assert ticket["status"] == "waiting" and ticket["code"] == "A0" and ticket["lang"] == "zh"
        # what the merchant said they already did is on the card, so nobody asks again
        assert "重新签到 ❌" in card.text
        # writing again while waiting: relayed, and told where they stand (not a new ticket)
        api.push_text(MERCHANT, "快点啊", first_name="王老板")
        status = await next_reply(api, MERCHANT, contains="正在排队")
        assert "#1" in status.text and "创建" not in status.text
        assert runner.store.ticket(2) is None


async def test_take_race_has_one_winner(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        card = await ask_for_human(api)
        await take(api, card, AGENTS[0])
        await take(api, card, AGENTS[1])
        await next_reply(api, MERCHANT, contains="已接入")
        await settle(0.5)
        ticket = runner.store.ticket(1)
        assert ticket["status"] == "assigned" and ticket["agent_id"] == str(AGENTS[0])
        answers = [c.params.get("text") or "" for c in api.callback_answers]
        assert any("taken" in a for a in answers) and any("already taken" in a for a in answers)
        joined = [m for m in api.messages_to(MERCHANT) if "已接入" in (m.get("text") or "")]
        assert len(joined) == 1


async def test_unauthorised_take_is_refused(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        card = await ask_for_human(api)
        await take(api, card, 31337)
        answer = await api.wait_for(lambda c: c.method == "answerCallbackQuery" and "Only agents" in (c.params.get("text") or ""))
        assert answer.ok
        api.push_group_text(AGENT_GROUP, "/take 1", user_id=31337)
        await next_reply(api, AGENT_GROUP, contains="Only agents")
        assert runner.store.ticket(1)["status"] == "waiting"


async def test_relay_both_ways_resolve_and_rate(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        card = await ask_for_human(api)
        await take(api, card, AGENTS[0])
        taken = await next_reply(api, AGENT_GROUP, contains="taken by")
        await next_reply(api, MERCHANT, contains="已接入")
        # merchant -> agents: text and a photo, as replies to the card
        api.push_text(MERCHANT, "屏幕上还显示请重新签到")
        relayed = await api.wait_for(lambda c: c.method == "copyMessage" and c.chat_id == AGENT_GROUP)
        api.push_photo(MERCHANT, tiny_png(), caption="照片")
        relayed_photo = await api.wait_for(lambda c: c.method == "copyMessage" and c.chat_id == AGENT_GROUP)
        assert relayed.ok and relayed_photo.ok
        # the bot stays silent in the merchant's chat meanwhile
        assert not [m for m in api.messages_to(MERCHANT) if "没看懂" in (m.get("text") or "")]
        # agent -> merchant: a reply to the relayed message, and /reply
        group_msg = relayed.result["message_id"]
        api.push_group_text(AGENT_GROUP, "请先做一次签到再试", user_id=AGENTS[0], reply_to_message_id=group_msg)
        said = await next_reply(api, MERCHANT, contains="请先做一次签到再试")
        assert "客服" in said.text
        api.push_group_text(AGENT_GROUP, "/reply 1 好的，已经帮您重置了密钥", user_id=AGENTS[0])
        await next_reply(api, MERCHANT, contains="重置了密钥")
        api.push_group_text(AGENT_GROUP, "/resolve 1 重置主密钥", user_id=AGENTS[0])
        rating = await next_reply(api, MERCHANT, contains="打个分", with_buttons=True)
        assert any(b["callback_data"] == "rate:4" for b in buttons_of(rating))
        await press(api, MERCHANT, rating, "rate:4")
        await next_reply(api, MERCHANT, contains="谢谢")
        await settle()
        ticket = runner.store.ticket(1)
        assert ticket["status"] == "resolved" and ticket["rating"] == 4
        assert ticket["first_agent_reply_at"] and ticket["resolved_at"]
        transcript = [m["text"] for m in runner.store.transcript(ticket["conversation_id"])]
        assert "请先做一次签到再试" in transcript and "屏幕上还显示请重新签到" in transcript
        assert taken.ok


async def test_release_returns_ticket_to_queue(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        card = await ask_for_human(api)
        await take(api, card, AGENTS[0])
        await next_reply(api, MERCHANT, contains="已接入")
        api.push_group_text(AGENT_GROUP, "/release 1", user_id=AGENTS[1])
        await next_reply(api, AGENT_GROUP, contains="not assigned to you")
        api.push_group_text(AGENT_GROUP, "/release 1", user_id=AGENTS[0])
        await next_reply(api, MERCHANT, contains="回到队列")
        assert runner.store.ticket(1)["status"] == "waiting"
        api.push_group_text(AGENT_GROUP, "/queue", user_id=AGENTS[1])
        queue = await next_reply(api, AGENT_GROUP, contains="Open tickets")
        assert "waiting" in queue.text


async def test_merchant_cancels_waiting_ticket(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        await ask_for_human(api)
        api.push_text(MERCHANT, "取消")
        await next_reply(api, MERCHANT, contains="已取消")
        await next_reply(api, AGENT_GROUP, contains="cancelled")
        assert runner.store.ticket(1)["status"] == "cancelled"


async def test_sla_reminder_survives_restart(api, tmp_path, engine):
    db = tmp_path / "bot.db"
    async with running_bot(api, db, engine) as runner:
        await ask_for_human(api)
        runner.store.set_ticket_fields(1, created_at="2020-01-01T00:00:00.000Z")
    async with running_bot(api, db, engine) as runner:  # a restarted process
        await runner.remind_once()
        reminder = await next_reply(api, AGENT_GROUP, contains="SLA")
        assert "#1" in reminder.text
        await runner.remind_once()  # not again before another SLA period
        await settle()
        assert len([c for c in api.sent if c.chat_id == AGENT_GROUP and "SLA" in (c.text or "")]) == 1


async def test_restart_while_assigned_keeps_relay(api, tmp_path, engine):
    db = tmp_path / "bot.db"
    async with running_bot(api, db, engine):
        card = await ask_for_human(api)
        await take(api, card, AGENTS[0])
        await next_reply(api, MERCHANT, contains="已接入")
    async with running_bot(api, db, engine):
        api.push_text(MERCHANT, "还在吗")
        relayed = await api.wait_for(lambda c: c.method == "copyMessage" and c.chat_id == AGENT_GROUP)
        api.push_group_text(AGENT_GROUP, "在的", user_id=AGENTS[0],
                            reply_to_message_id=relayed.result["message_id"])
        await next_reply(api, MERCHANT, contains="在的")


async def test_acquirer_code_escalates_by_itself(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        api.push_text(MERCHANT, "刷卡提示97 终端号未登记")
        card = await next_reply(api, AGENT_GROUP, contains="97", with_buttons=True)
        assert "acquirer" in card.text
        await asyncio.sleep(0)
        assert runner.store.ticket(1)["reason"] == "acquirer"


async def test_stats_for_managers_only(api, tmp_path, engine):
    from tests.harness import MANAGER

    async with running_bot(api, tmp_path / "bot.db", engine):
        api.push_text(MERCHANT, "51")
        await next_reply(api, MERCHANT, contains="51")
        api.push_text(MERCHANT, "/stats 7d")
        refused = await next_reply(api, MERCHANT, contains="管理人员")
        assert refused.ok
        api.push_text(MANAGER, "/stats 7d", language_code="en")
        summary = await next_reply(api, MANAGER, contains="Conversations")
        photo = await api.wait_for(lambda c: c.method == "sendPhoto" and c.chat_id == MANAGER, timeout=15)
        assert summary.ok and photo.ok and next(iter(photo.files.values())).content[:4] == b"\x89PNG"
        api.push_text(MANAGER, "/stats forever", language_code="en")
        await next_reply(api, MANAGER, contains="Usage")


async def test_transcript_times_in_the_desk_time_zone(api, tmp_path, engine):
    from bot.stats import local_clock
    from zoneinfo import ZoneInfo

    async with running_bot(api, tmp_path / "bot.db", engine, POSBOT_TIMEZONE="Asia/Shanghai") as runner:
        await ask_for_human(api)
        doc = await api.wait_for(lambda c: c.method == "sendDocument" and c.chat_id == AGENT_GROUP)
        content = next(iter(doc.files.values())).content.decode("utf-8")
        first = runner.store.transcript(runner.store.ticket(1)["conversation_id"])[0]
        local = local_clock(first["at"], ZoneInfo("Asia/Shanghai"))
        assert content.startswith("posbot #1 · ") and "Asia/Shanghai" in content.splitlines()[0]
        assert f"[{local}] 商户: 机器报错A0" in content
        assert local != first["at"][11:19]  # eight hours from UTC, so the test can tell


def test_queue_words_say_where_the_merchant_stands():
    from bot.agents import queue_words

    en, zh = {"lang": "en"}, {"lang": "zh"}
    assert queue_words(en, 0) == "You're next." and queue_words(zh, 0) == "您排在第一位。"
    assert queue_words(en, 1) == "1 merchant is ahead of you."
    assert queue_words(en, 3) == "3 merchants are ahead of you." and "3 位" in queue_words(zh, 3)
    assert queue_words({"lang": "zh", "variant": "hant-hk"}, 3) == "您前面還有 3 位商户。"


async def test_handoff_texts_in_the_merchants_script(api, tmp_path, engine):
    """Traditional in, traditional out, for what the Telegram layer says too (the ticket, the
    queue, the agent joining) and for the agent's words: an agent typing simplified reaches a
    Hong Kong merchant in traditional, and the transcript keeps what the agent typed."""
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        card = await ask_for_human(api, text="部機出A0，簽到咗都唔得")
        created = await next_reply(api, MERCHANT, contains="#1")
        assert "為您創建" in created.text and "为您创建" not in created.text
        await take(api, card, AGENTS[0])
        joined = await next_reply(api, MERCHANT, contains="Tester")
        assert "已接入，請直接在這裏" in joined.text, joined.text
        api.push_group_text(AGENT_GROUP, "/reply 1 你好 我们看一下", user_id=AGENTS[0])
        said = await next_reply(api, MERCHANT, contains="我們看一下")
        assert said.text.startswith("👤 客服") and "我们" not in said.text
        await settle()
        typed = [m["text"] for m in runner.store.transcript(runner.store.ticket(1)["conversation_id"])
                 if m["kind"] == "agent"]
        assert typed == ["你好 我们看一下"], typed


async def test_agents_habits_close_works_and_an_unknown_command_gets_the_list(api, tmp_path, engine):
    """"/close 1" (other help desks' word) resolves like /resolve; "/closee 1" gets the list of
    commands instead of silence; someone else's bot command and a non-agent's get nothing."""
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        card = await ask_for_human(api)
        await take(api, card, AGENTS[0])
        await next_reply(api, MERCHANT, contains="已接入")
        api.push_group_text(AGENT_GROUP, "/closee 1", user_id=AGENTS[0])
        helped = await next_reply(api, AGENT_GROUP, contains="/resolve")
        assert "/take" in helped.text and "/reply" in helped.text
        api.push_group_text(AGENT_GROUP, "/start@someotherbot", user_id=AGENTS[0])
        api.push_group_text(AGENT_GROUP, "/whatever", user_id=31337)
        api.push_group_text(AGENT_GROUP, "/close 1 换了新机器", user_id=AGENTS[0])
        await next_reply(api, MERCHANT, contains="打个分", with_buttons=True)
        await settle()
        assert runner.store.ticket(1)["status"] == "resolved"
        lists = [m for m in api.messages_to(AGENT_GROUP) if "/transcript" in (m.get("text") or "")]
        assert len(lists) == 1, lists


async def test_card_names_the_fix_left_unanswered(api, tmp_path, engine):
    """A merchant who asks for a person while a fix is on screen: the card shows that fix as
    suggested but unanswered, apart from the fixes tried, so the agent neither offers it as new
    nor counts it as failed."""
    chip = engine.kb.fixes["fix_clean_chip"].title.zh
    async with running_bot(api, tmp_path / "bot.db", engine):
        for text in ("刷卡报0020000", "插卡的时候报 挥卡没事", "擦了 还是不行"):
            api.push_text(MERCHANT, text, first_name="王老板")
            shown = await next_reply(api, MERCHANT, with_buttons=True)
        pending = next(f for f in engine.kb.fixes.values() if f.title.zh in shown.text)
        assert pending.id != "fix_clean_chip"
        api.push_text(MERCHANT, "找人吧", first_name="王老板")
        card = await next_reply(api, AGENT_GROUP, contains="#", with_buttons=True)
        tried = card.text.split("已尝试 Tried:")[1].split("等待")[0]
        assert f"{chip} ❌" in tried
        assert f"Last suggested, no answer: {pending.title.zh}" in card.text
        assert f"{pending.title.zh} ❌" not in card.text
