"""The aiohttp request class keeps python-telegram-bot's behaviour: errors by status code,
time-outs, network errors and file uploads, against the fake Bot API over HTTP."""

from __future__ import annotations

import pytest
from telegram import Bot
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from bot.aiohttp_request import AiohttpRequest
from tests.fakebotapi import DEFAULT_TOKEN, free_port, running_fake_api

CHAT = 5570001


@pytest.fixture
async def api():
    async with running_fake_api() as server:
        server.add_chat(CHAT, "private")
        yield server


def bot_on(url: str, **timeouts) -> Bot:
    return Bot(DEFAULT_TOKEN, base_url=url, request=AiohttpRequest(4, **timeouts))


async def test_messages_documents_and_errors(api):
    async with bot_on(api.api_url) as bot:
        message = await bot.send_message(CHAT, "你好 👋", reply_markup=None)
        assert api.message(CHAT, message.message_id)["text"] == "你好 👋"
        document = await bot.send_document(CHAT, document="第一行\n".encode() * 3000,
                                           filename="ticket-1-transcript.txt", caption="#1")
        upload = api.sent[-1]
        assert upload.method == "sendDocument" and document.document.file_name == "ticket-1-transcript.txt"
        (sent,) = upload.files.values()
        assert sent.content == "第一行\n".encode() * 3000 and upload.text == "#1"
        api.fail_next("sendMessage", status=429, retry_after=7)
        with pytest.raises(RetryAfter) as refused:
            await bot.send_message(CHAT, "x")
        assert "Retry in 7" in str(refused.value)
        with pytest.raises(BadRequest):
            await bot.edit_message_text("y", CHAT, 999_999)


async def test_read_time_out_and_unreachable_server(api):
    async with bot_on(api.api_url, read_timeout=0.3) as bot:
        api.delay_next("sendMessage", 1.0)
        with pytest.raises(TimedOut):
            await bot.send_message(CHAT, "slow")
        assert (await bot.send_message(CHAT, "fast")).text == "fast"  # the pool recovered
    with pytest.raises(NetworkError):  # getMe at start-up: nobody listens on that port
        async with bot_on(f"http://127.0.0.1:{free_port()}/bot", connect_timeout=1):
            pass
