"""Load through the fake Bot API server: posbot (full dialog, durable SQLite) against a plain
python-telegram-bot echo bot measured in the same run as the yardstick.

(a) flat out: N merchants each send their next message as soon as the previous is answered;
(b) realistic: 500 merchants with about 5 s between messages.
Reports updates/s, p50/p99 update-to-reply time, and lost / duplicated replies.

    .venv/bin/python bench/bench_telegram.py [--seconds 15] [--realistic-seconds 40] [--same-process]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from telegram import Update  # noqa: E402
from telegram.ext import ApplicationBuilder, MessageHandler, filters  # noqa: E402

from bot.config import Settings  # noqa: E402
from bot.runner import Runner  # noqa: E402
from dialogs.engine import Engine  # noqa: E402
from knowledge.loader import load_kb  # noqa: E402
from tests.fakebotapi import DEFAULT_TOKEN, FakeBotAPI  # noqa: E402

# What a merchant says, in turn: every message gets exactly one reply from posbot.
# A merchant waits this long for each reply before counting it unanswered: long enough that
# a backlog at the end of a flat-out run drains instead of being counted as lost.
REPLY_TIMEOUT = 120

SCRIPT = ["错误码 51", "错误码 55", "code 96", "刷卡提示54", "error 14", "返回码 05"]


class ReplyWatcher:
    """Turns the fake server's call log into per-chat reply events and timings."""

    def __init__(self, api: FakeBotAPI):
        self.api = api
        self.seen = 0
        self.replies: dict[int, int] = {}
        self.waiters: dict[int, asyncio.Future] = {}

    async def run(self) -> None:
        while True:
            calls = self.api.sent
            while self.seen < len(calls):
                call = calls[self.seen]
                self.seen += 1
                if call.method == "sendMessage" and call.ok:
                    chat = call.chat_id
                    self.replies[chat] = self.replies.get(chat, 0) + 1
                    waiter = self.waiters.pop(chat, None)
                    if waiter and not waiter.done():
                        waiter.set_result(call.time)
            await asyncio.sleep(0.001)

    def expect(self, chat: int) -> asyncio.Future:
        future = asyncio.get_running_loop().create_future()
        self.waiters[chat] = future
        return future


async def merchant(api, watcher, chat, stop_at, latencies, pause=None, rng=None):
    sent = 0
    while time.monotonic() < stop_at:
        if pause:
            await asyncio.sleep(rng.uniform(pause * 0.5, pause * 1.5))
            if time.monotonic() >= stop_at:
                break
        waiter = watcher.expect(chat)
        start = time.time()
        api.push_text(chat, SCRIPT[sent % len(SCRIPT)])
        sent += 1
        try:
            replied_at = await asyncio.wait_for(waiter, timeout=REPLY_TIMEOUT)
        except asyncio.TimeoutError:
            latencies.append(None)
            continue
        latencies.append(replied_at - start)
    return sent


def summary(latencies, sent, seconds, replies, chats):
    done = [x for x in latencies if x is not None]
    ordered = sorted(done)
    pick = lambda q: round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 1) if ordered else None  # noqa: E731
    total_replies = sum(replies.get(c, 0) for c in chats)
    return {
        "updates": sent,
        "updates_per_second": round(sent / seconds, 1),
        "p50_ms": pick(0.50),
        "p99_ms": pick(0.99),
        "mean_ms": round(statistics.mean(done) * 1000, 1) if done else None,
        "unanswered": sum(1 for x in latencies if x is None),
        "replies": total_replies,
        "duplicated": max(0, total_replies - sent),
    }


async def drive(api, chats, seconds, pause=None):
    watcher = ReplyWatcher(api)
    watch = asyncio.create_task(watcher.run())
    for chat in chats:
        api.add_chat(chat, "private")
    stop_at = time.monotonic() + seconds
    latencies: list = []
    rng = random.Random(7)
    start = time.monotonic()
    counts = await asyncio.gather(*(merchant(api, watcher, c, stop_at, latencies, pause, rng) for c in chats))
    elapsed = time.monotonic() - start
    await asyncio.sleep(1.0)  # late duplicates would show up here
    watch.cancel()
    return summary(latencies, sum(counts), elapsed, watcher.replies, chats)


async def start_echo(api_url: str, file_url: str):
    async def echo(update: Update, context) -> None:
        await update.message.reply_text(update.message.text)

    app = (ApplicationBuilder().token(DEFAULT_TOKEN).base_url(api_url)
           .base_file_url(file_url).concurrent_updates(True).build())
    app.add_handler(MessageHandler(filters.TEXT, echo))
    await app.initialize()
    await app.start()
    await app.updater.start_polling(poll_interval=0, timeout=1)

    async def stop():
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
    return stop


def posbot_starter(engine, max_rate: int):
    async def start(api_url: str, file_url: str):
        tmp = tempfile.TemporaryDirectory()
        settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN,
                                      "TELEGRAM_API_BASE_URL": api_url,
                                      "POSBOT_MAX_RATE": str(max_rate),
                                      "POSBOT_DB": str(Path(tmp.name) / "bench.db")})
        runner = Runner(settings, engine=engine)
        await runner.start()

        async def stop():
            await runner.stop()
            runner.store.close()
            tmp.cleanup()
        return stop
    return start


async def measure(start_bot, chats: list[int], seconds: float, pause: float | None, separate: bool) -> dict:
    """Run the fake server and the merchants, by default in a child process so that the bot
    under test has this process's core to itself (in one process the fake server and 500
    simulated merchants took much of the CPU the bot needed, for the echo bot as well)."""
    if not separate:
        async with FakeBotAPI() as api:
            stop = await start_bot(api.api_url, api.file_url)
            try:
                return await drive(api, chats, seconds, pause)
            finally:
                await stop()
    command = [sys.executable, __file__, "--drive", str(chats[0]), str(len(chats)), str(seconds),
               str(pause or 0)]
    child = await asyncio.create_subprocess_exec(*command, stdin=asyncio.subprocess.PIPE,
                                                 stdout=asyncio.subprocess.PIPE)
    _, api_url, file_url = (await child.stdout.readline()).decode().split()
    stop = await start_bot(api_url, file_url)
    try:
        line = (await child.stdout.readline()).decode()
    finally:
        await stop()
        child.stdin.close()
        await child.wait()
    return json.loads(line.split(" ", 1)[1])


async def serve_and_drive(first_chat: int, count: int, seconds: float, pause: float) -> None:
    """The child process: fake Bot API server plus merchants; results on stdout."""
    async with FakeBotAPI() as api:
        print("READY", api.api_url, api.file_url, flush=True)
        while api.calls["getUpdates"] == 0:  # the bot under test is polling
            await asyncio.sleep(0.01)
        chats = list(range(first_chat, first_chat + count))
        result = await drive(api, chats, seconds, pause or None)
        print("RESULT", json.dumps(result), flush=True)
        # keep serving until the parent has shut its bot down (it closes our stdin)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)


async def run(args) -> dict:
    engine = Engine(load_kb())
    separate = not args.same_process
    results: dict = {"fake_server": "same process" if args.same_process else "own process"}
    for n in args.merchants:
        results[f"echo_flat_{n}"] = await measure(
            start_echo, list(range(10_000, 10_000 + n)), args.seconds, None, separate)
        results[f"posbot_flat_{n}"] = await measure(
            posbot_starter(engine, args.max_rate), list(range(20_000, 20_000 + n)), args.seconds, None, separate)
    # The yardstick under the realistic load too: what python-telegram-bot alone achieves.
    results["echo_realistic_500"] = await measure(
        start_echo, list(range(40_000, 40_500)), args.realistic_seconds, 5.0, separate)
    results["posbot_realistic_500"] = await measure(
        posbot_starter(engine, args.max_rate), list(range(30_000, 30_500)), args.realistic_seconds, 5.0, separate)
    return results


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--drive":
        first, count, seconds, pause = sys.argv[2:6]
        asyncio.run(serve_and_drive(int(first), int(count), float(seconds), float(pause)))
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--realistic-seconds", type=float, default=40)
    parser.add_argument("--merchants", type=int, nargs="+", default=[100, 500])
    parser.add_argument("--max-rate", type=int, default=30,
                        help="POSBOT_MAX_RATE for posbot (Telegram's own limit is about 30/s)")
    parser.add_argument("--same-process", action="store_true",
                        help="run the fake server and merchants in the bot's process (the old setup)")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args)), indent=2))


if __name__ == "__main__":
    main()
