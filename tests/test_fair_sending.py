"""Fair to every merchant (issue 12) and at Telegram's pace (issue 15), through the real
application on the fake Bot API: a 429 for one chat pauses that chat only, a chat is never sent
messages faster than Telegram allows, and a flooding chat is throttled."""

from __future__ import annotations

import pytest

from bot.flood import FloodGuard, Verdict
from dialogs.texts import say
from tests.fakebotapi import running_fake_api
from tests.harness import answers_to, next_reply, running_bot

FLOODED = 5560001
OTHER = 5560002


@pytest.fixture
async def api():
    async with running_fake_api() as server:
        yield server


async def test_retry_after_pauses_only_that_chat(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine):
        api.fail_next("sendMessage", status=429, retry_after=3, chat_id=FLOODED)
        api.push_text(FLOODED, "51")
        refused = await api.wait_for(lambda c: c.method == "sendMessage" and c.status == 429)
        assert refused.chat_id == FLOODED
        api.push_text(OTHER, "51")
        # The other merchant is answered while the refused chat still waits out its 3 s
        # (before, every chat waited for the refused one's retry-after).
        other = await next_reply(api, OTHER, contains="51", timeout=2)
        flooded = await next_reply(api, FLOODED, contains="51", timeout=10)
        assert other.time < flooded.time
        assert flooded.time - refused.time >= 3  # the refused chat kept Telegram's retry-after
        assert len(answers_to(api, FLOODED)) == len(answers_to(api, OTHER)) == 1


async def test_a_chat_is_never_sent_faster_than_telegram_allows(api, tmp_path, engine):
    api.enforce_chat_pace(burst=5, per_second=1)  # Telegram: short bursts, then ~1/s per chat
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        codes = ["51", "55", "96", "14", "05", "54", "A0", "61"]
        for code in codes:
            api.push_text(FLOODED, f"错误码 {code}")
        api.push_text(OTHER, "错误码 51")
        other = await next_reply(api, OTHER, contains="51", timeout=5)
        for code in codes:
            await next_reply(api, FLOODED, contains=code, timeout=15)
        await runner.bot.drain()
        refused = [c for c in api.sent if c.status == 429]
        assert refused == [], [(c.method, c.chat_id) for c in refused]
        flooded = answers_to(api, FLOODED)
        assert len(flooded) == len(codes)
        assert other.time < flooded[-1].time  # the other chat did not queue behind the paced one


async def test_a_flooding_chat_gets_one_notice_and_is_recorded(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine) as runner:
        texts = [f"51 第{i}条" for i in range(40)]
        for text in texts:
            api.push_text(FLOODED, text)
        api.push_text(OTHER, "51")
        other = await next_reply(api, OTHER, contains="51", timeout=5)
        notice = await next_reply(api, FLOODED, contains=say("flood_notice", "zh"), timeout=20)
        await runner.bot.drain()
        answers = answers_to(api, FLOODED)
        # ten answered as usual, then one notice, and nothing for the other thirty
        assert len(answers) == 11 and answers[-1] is notice
        assert other.time < notice.time
        store = runner.store
        conversation = store.open_conversation("telegram", str(FLOODED))
        incoming = [m for m in store.transcript(conversation["id"]) if m["direction"] == "in"]
        assert [m["text"] for m in incoming] == texts  # every message kept, in order
        assert sum(1 for m in incoming if (m["payload"] or {}).get("throttled")) == 30
        assert len(store.events(name="flood_throttled")) == 1


def test_flood_guard_lets_a_calm_chat_speak_again():
    guard = FloodGuard(messages=10, window=10)
    verdicts = [guard.check("c", 100.0 + i * 0.1) for i in range(13)]
    assert verdicts == [Verdict.ANSWER] * 10 + [Verdict.NOTICE, Verdict.QUIET, Verdict.QUIET]
    assert guard.check("other", 101.0) is Verdict.ANSWER  # chats are counted apart
    assert guard.check("c", 112.0) is Verdict.ANSWER  # ten seconds later: answered again
    assert [guard.check("c", 112.1 + i * 0.01) for i in range(10)][-1] is Verdict.NOTICE
