"""The fake Bot API server works with the real python-telegram-bot, over real HTTP."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import aiohttp
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from tests.fakebotapi import FakeBotAPI, free_port, running_fake_api, tiny_png

TOKEN = "123456:TEST-TOKEN"
ALICE, BOB = 1001, 1002


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with running_fake_api(TOKEN) as server:
        yield server


@pytest.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=api.api_url, base_file_url=api.file_url) as client:
        yield client


async def echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(update.effective_message.text)


async def on_button(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await query.answer(f"got {query.data}")
    await query.edit_message_reply_markup(
        InlineKeyboardMarkup([[InlineKeyboardButton(f"✓ {query.data}", callback_data="done")]]))


def echo_app(api: FakeBotAPI, rate_limiter: AIORateLimiter | None = None) -> Application:
    builder = ApplicationBuilder().token(TOKEN).base_url(api.api_url).base_file_url(api.file_url)
    if rate_limiter:
        builder = builder.rate_limiter(rate_limiter)
    app = builder.build()
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.add_handler(CallbackQueryHandler(on_button))
    return app


@contextlib.asynccontextmanager
async def polling(app: Application) -> AsyncIterator[Application]:
    await app.initialize()
    await app.start()
    await app.updater.start_polling(poll_interval=0, timeout=1)
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


async def test_polling_echo_two_chats(api: FakeBotAPI) -> None:
    async with polling(echo_app(api)):
        api.push_text(ALICE, "你好")
        api.push_text(BOB, "POS 机坏了", first_name="Bob")
        api.push_text(ALICE, "第二条")
        alice = await api.wait_for_count(ALICE, 2)
        bob = await api.wait_for_count(BOB, 1)
    assert [m["text"] for m in alice] == ["你好", "第二条"]
    assert bob[0]["text"] == "POS 机坏了"
    assert bob[0]["chat"] == {"id": BOB, "type": "private", "first_name": "Bob"}
    assert bob[0]["from"]["is_bot"] and bob[0]["from"]["username"] == "posbot_test_bot"
    assert [m["message_id"] for m in alice] == [3, 4]  # per-chat ids; the user had 1 and 2
    assert not api.pending  # every update was confirmed with offset
    assert api.calls["getMe"] == 1 and api.calls["getUpdates"] >= 1


async def test_callback_answered_and_markup_edited(api: FakeBotAPI) -> None:
    api.add_chat(ALICE)
    async with polling(echo_app(api)) as app:
        button = InlineKeyboardButton("终端黑屏", callback_data="sym:blank")
        keyboard = InlineKeyboardMarkup([[button]])
        sent = await app.bot.send_message(ALICE, "请选择故障", reply_markup=keyboard)
        assert sent.reply_markup == keyboard  # echoed back as an object, parsed by PTB
        api.push_callback(ALICE, sent.message_id, "sym:blank")
        edit = await api.wait_for(lambda c: c.method == "editMessageReplyMarkup")
    answer = api.callback_answers[0]
    assert answer.params["text"] == "got sym:blank"
    assert edit.params["reply_markup"]["inline_keyboard"][0][0]["text"] == "✓ sym:blank"
    assert api.message(ALICE, sent.message_id)["reply_markup"]["inline_keyboard"][0][0][
        "callback_data"] == "done"
    assert api.edits == [edit]
    with pytest.raises(ValueError, match="no button"):
        api.push_callback(ALICE, sent.message_id, "sym:blank")  # that button is gone now


# AIORateLimiter reads RetryAfter.retry_after, which PTB 22 flags as changing type in v23.
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_429_is_retried_by_aio_rate_limiter(api: FakeBotAPI) -> None:
    api.fail_next("sendMessage", status=429, retry_after=1)
    async with polling(echo_app(api, AIORateLimiter(max_retries=3))):
        api.push_text(ALICE, "重试")
        messages = await api.wait_for_count(ALICE, 1, timeout=4)
    assert messages[0]["text"] == "重试"
    attempts = [c for c in api.sent if c.method == "sendMessage"]
    assert [c.status for c in attempts] == [429, 200]
    assert attempts[0].error == "Too Many Requests: retry after 1"


async def test_webhook_delivery_with_secret_token(api: FakeBotAPI) -> None:
    app = echo_app(api)
    port = free_port()
    await app.initialize()
    await app.start()
    await app.updater.start_webhook(listen="127.0.0.1", port=port, url_path="hook",
                                    webhook_url=f"http://127.0.0.1:{port}/hook",
                                    secret_token="s3cret")
    try:
        api.push_text(ALICE, "webhook 你好")
        messages = await api.wait_for_count(ALICE, 1)
        info = await app.bot.get_webhook_info()
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
    assert messages[0]["text"] == "webhook 你好"
    assert info.url == f"http://127.0.0.1:{port}/hook" and info.pending_update_count == 0
    assert info.last_error_message is None  # a wrong secret would have got a 403


async def test_webhook_retries_until_the_hook_answers(api: FakeBotAPI) -> None:
    port = free_port()
    received: list[dict] = []

    async def hook(request: aiohttp.web.Request) -> aiohttp.web.Response:
        received.append(await request.json())
        status = 500 if len(received) == 1 else 200
        return aiohttp.web.Response(status=status)

    app = aiohttp.web.Application()
    app.router.add_post("/hook", hook)
    runner = aiohttp.web.AppRunner(app)
    await runner.setup()
    await aiohttp.web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        async with aiohttp.ClientSession() as http:
            await http.post(f"{api.api_url}{TOKEN}/setWebhook",
                            data={"url": f"http://127.0.0.1:{port}/hook"})
            update = api.push_text(ALICE, "hi")
            for _ in range(50):
                if not api.pending:
                    break
                await asyncio.sleep(0.05)
            info = await (await http.get(f"{api.api_url}{TOKEN}/getWebhookInfo")).json()
            conflict = await http.post(f"{api.api_url}{TOKEN}/getUpdates")
            assert conflict.status == 409
    finally:
        await runner.cleanup()
    assert [u["update_id"] for u in received] == [update["update_id"]] * 2
    assert info["result"]["pending_update_count"] == 0
    assert "500" in info["result"]["last_error_message"]


async def test_documents_and_photos_are_recorded(api: FakeBotAPI, bot: Bot) -> None:
    api.add_chat(ALICE)
    doc = await bot.send_document(ALICE, document=b"a,b\n1,2\n", filename="report.csv",
                                  caption="<b>报表</b>", parse_mode="HTML")
    png = tiny_png(40, 30)
    photo = await bot.send_photo(ALICE, photo=png, caption="图表")
    doc_call, photo_call = [c for c in api.sent if c.method in ("sendDocument", "sendPhoto")]
    assert doc_call.files["document"].filename == "report.csv"
    assert doc_call.files["document"].content == b"a,b\n1,2\n"
    assert doc_call.params["caption"] == "<b>报表</b>"
    assert doc.document.file_name == "report.csv" and doc.document.mime_type == "text/csv"
    assert doc.caption == "报表" and doc.caption_entities[0].type == "bold"
    assert photo_call.files["photo"].content == png
    assert (photo.photo[-1].width, photo.photo[-1].height) == (40, 30)
    assert photo.caption == "图表"
    # Files sent by the bot or by users can be fetched back through getFile + file URL.
    assert await (await bot.get_file(doc.document.file_id)).download_as_bytearray() == \
        b"a,b\n1,2\n"
    user_photo = api.push_photo(BOB, png, caption="小票")["message"]["photo"][-1]
    assert await (await bot.get_file(user_photo["file_id"])).download_as_bytearray() == png
    with pytest.raises(BadRequest, match="Image_process_failed"):
        await bot.send_photo(ALICE, photo=b"not an image")


async def test_too_long_and_empty_messages_are_rejected(api: FakeBotAPI, bot: Bot) -> None:
    api.add_chat(ALICE)
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(ALICE, "长" * 4097)
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(ALICE, "<b> </b>", parse_mode="HTML")
    await bot.send_message(ALICE, "<b>长</b>" * 4096, parse_mode="HTML")  # 4096 after parsing
    rejected = next(c for c in api.sent if c.method == "sendMessage")
    assert (rejected.status, rejected.error) == (400, "Bad Request: message is too long")
    assert len(api.messages_to(ALICE)) == 1


async def test_telegram_validation_errors(api: FakeBotAPI, bot: Bot) -> None:
    api.add_chat(ALICE)
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(999, "hi")
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(ALICE, "x", reply_markup=InlineKeyboardMarkup(
            [[InlineKeyboardButton("b", callback_data="x" * 65)]]))
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query("12345")
    with pytest.raises(BadRequest, match='unsupported start tag "br" at byte offset 1'):
        await bot.send_message(ALICE, "a<br>b", parse_mode="HTML")
    with pytest.raises(BadRequest, match="(?i)character '.' is reserved"):
        await bot.send_message(ALICE, "1.5", parse_mode="MarkdownV2")
    sent = await bot.send_message(ALICE, "*粗体* 1\\.5", parse_mode="MarkdownV2")
    assert sent.text == "粗体 1.5" and sent.entities[0].type == "bold"
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("粗体 1.5", ALICE, sent.message_id,
                                    entities=sent.entities)
    with pytest.raises(BadRequest, match="Message to be replied not found"):
        await bot.send_message(ALICE, "x", reply_to_message_id=77)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", ALICE, 77)
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(ALICE, 77)


async def test_messages_replies_topics_and_misc_methods(api: FakeBotAPI, bot: Bot) -> None:
    question = api.push_text(ALICE, "/start")["message"]
    assert question["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    reply = await bot.send_message(ALICE, "欢迎", reply_to_message_id=question["message_id"])
    assert reply.reply_to_message.text == "/start"
    edited = await bot.edit_message_text("欢迎光临", ALICE, reply.message_id)
    assert edited.edit_date is not None
    assert api.message(ALICE, reply.message_id)["text"] == "欢迎光临"
    api.add_chat(BOB)
    copied = await bot.copy_message(BOB, ALICE, reply.message_id)
    assert api.message(BOB, copied.message_id)["text"] == "欢迎光临"
    forwarded = await bot.forward_message(BOB, ALICE, question["message_id"])
    assert forwarded.forward_origin.sender_user.id == ALICE
    assert await bot.delete_message(ALICE, reply.message_id)
    assert api.deleted == [(ALICE, reply.message_id)]
    assert await bot.send_chat_action(ALICE, "typing")
    assert (await bot.get_chat(ALICE)).first_name == "Tester"

    forum = -1001234
    api.push_group_text(forum, "hello group", is_forum=True, title="Merchants")
    topic = await bot.create_forum_topic(forum, "商户 #42")
    in_topic = await bot.send_message(forum, "ticket", message_thread_id=topic.message_thread_id)
    assert in_topic.message_thread_id == topic.message_thread_id and in_topic.is_topic_message
    assert in_topic.chat.type == "supergroup" and in_topic.chat.is_forum
    with pytest.raises(BadRequest, match="Message thread not found"):
        await bot.send_message(forum, "x", message_thread_id=9999)
    said = api.push_group_text(forum, "in topic", message_thread_id=topic.message_thread_id)
    assert said["message"]["reply_to_message"]["forum_topic_created"]["name"] == "商户 #42"
    assert await bot.close_forum_topic(forum, topic.message_thread_id)
    with pytest.raises(BadRequest, match="Topic_not_modified"):
        await bot.close_forum_topic(forum, topic.message_thread_id)
    with pytest.raises(BadRequest, match="Message thread not found"):
        await bot.close_forum_topic(forum, 9999)

    await bot.set_my_commands([BotCommand("start", "开始")], language_code="zh",
                              scope=BotCommandScopeAllPrivateChats())
    assert api.commands[("all_private_chats", "zh")] == [{"command": "start",
                                                          "description": "开始"}]
    assert [c.command for c in await bot.get_my_commands(
        scope=BotCommandScopeAllPrivateChats(), language_code="zh")] == ["start"]
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Start", "x")])


async def test_faults_and_delays(api: FakeBotAPI, bot: Bot) -> None:
    api.add_chat(ALICE)
    api.fail_next("sendMessage", status=502)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.send_message(ALICE, "x")
    api.delay_next("sendMessage", 0.6)
    with pytest.raises(TimedOut):
        await bot.send_message(ALICE, "slow", read_timeout=0.2)
    # As on Telegram, the slow call still took effect after the client gave up.
    late = await api.wait_for(lambda c: c.method == "sendMessage" and c.ok)
    assert late.message["text"] == "slow"
    assert api.calls["sendMessage"] == 2


async def test_wire_level_semantics(api: FakeBotAPI) -> None:
    async with aiohttp.ClientSession() as http:
        unknown = await http.post(f"{api.api_url}{TOKEN}/fooBar")
        assert unknown.status == 404
        assert await unknown.json() == {"ok": False, "error_code": 404,
                                        "description": "Not Found: method not found"}
        unauthorized = await http.post(f"{api.api_url}654321:WRONG/getMe")
        assert unauthorized.status == 401

        first = api.push_text(ALICE, "one")["update_id"]
        api.push_text(ALICE, "two")

        async def get_updates(**params: object) -> list[dict]:
            response = await http.post(f"{api.api_url}{TOKEN}/getUpdates", json=params)
            return (await response.json())["result"]

        assert [u["update_id"] for u in await get_updates(limit=1)] == [first]
        assert len(await get_updates()) == 2  # unconfirmed updates stay available
        assert [u["message"]["text"] for u in await get_updates(offset=first + 1)] == ["two"]
        assert await get_updates(offset=first + 2, timeout=0) == []
        poll = asyncio.create_task(get_updates(offset=first + 2, timeout=2))
        await asyncio.sleep(0.1)
        api.push_location(ALICE)
        assert "location" in (await asyncio.wait_for(poll, 1))[0]["message"]

        api.push_text(ALICE, "three")
        assert [u["message"]["text"] for u in await get_updates(offset=-1)] == ["three"]
        assert len(api.pending) == 1  # a negative offset forgets all earlier updates

        api.push_edited_text(ALICE, 1, "one (edited)")
        last = api.pending[0]["update_id"]
        # edited_message is not allowed: dropped, as Telegram would never send it.
        assert await get_updates(offset=last + 1, allowed_updates=["message"]) == []
        assert not api.pending
