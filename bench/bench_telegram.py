"""Load through the fake Bot API server: posbot (full dialog, durable SQLite) against a plain
python-telegram-bot echo bot measured in the same run as the yardstick.

(a) flat out, limits lifted: N merchants each send their next message as soon as the previous
    is answered; posbot on aiohttp and on httpx beside the echo bot. CPU per update is the bot
    process's CPU time over the updates it served (the fake server runs in another process).
(b) realistic: 500 merchants with about 5 s between messages.
(c) at Telegram's real limits: posbot's default send limits (30 messages/s, ~1/s per chat),
    merchants acting every ~5 s, a mix of codes, symptoms and button presses; the latency is
    to the LAST message of each answer, and messages per turn are counted (an answer edited
    into the pressed message counts as one message).
Reports updates/s, p50/p99, lost / duplicated replies, CPU per update, commits per update.

    .venv/bin/python bench/bench_telegram.py [--scenarios flat realistic limits]
        [--seconds 40] [--realistic-seconds 40] [--limits-seconds 60]
        [--merchants 100 500] [--limits-merchants 100 125 150 175] [--http aiohttp httpx]
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

from bot import telegram_app  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.flood import FloodGuard  # noqa: E402
from bot.runner import Runner  # noqa: E402
from dialogs.engine import Engine  # noqa: E402
from knowledge.loader import load_kb  # noqa: E402
from tests.fakebotapi import DEFAULT_TOKEN, FakeBotAPI  # noqa: E402

# What a merchant says, in turn: every message gets exactly one reply from posbot.
# A merchant waits this long for each reply before counting it unanswered: long enough that
# a backlog at the end of a flat-out run drains instead of being counted as lost.
REPLY_TIMEOUT = 120

SCRIPT = ["错误码 51", "错误码 55", "code 96", "刷卡提示54", "error 14", "返回码 05"]
# At the real limits: what merchants write (codes and faults in their own words), and they
# press the buttons they are shown. Pressing "h" would hand them to a person (no agents here).
LIMITS_TEXTS = ["错误码 51", "小票打出来是白纸", "code 96", "机器连不上网，一直显示通讯失败",
                "the terminal won't print", "刷卡没反应", "屏幕显示A0", "error 14", "打印机卡纸了",
                "返回码 05", "card reader not working", "0020000"]
NEVER_PRESS = {"h", "unhandoff"}
AGENT_GROUP = -1009999999999
PRESSED = "\n\n✔ "


class CallLogWatcher:
    """Reads the fake server's call log as it grows; subclasses see each new call once."""

    def __init__(self, api: FakeBotAPI):
        self.api = api
        self.seen = 0

    async def run(self) -> None:
        while True:
            calls = self.api.sent
            while self.seen < len(calls):
                call = calls[self.seen]
                self.seen += 1
                self.see(call)
            await asyncio.sleep(0.001)

    def see(self, call) -> None:
        raise NotImplementedError


class ReplyWatcher(CallLogWatcher):
    """Turns the fake server's call log into per-chat reply events and timings."""

    def __init__(self, api: FakeBotAPI):
        super().__init__(api)
        self.replies: dict[int, int] = {}
        self.waiters: dict[int, asyncio.Future] = {}

    def see(self, call) -> None:
        if call.method == "sendMessage" and call.ok:
            chat = call.chat_id
            self.replies[chat] = self.replies.get(chat, 0) + 1
            waiter = self.waiters.pop(chat, None)
            if waiter and not waiter.done():
                waiter.set_result(call.time)

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


def watch_chats(api, watcher: CallLogWatcher, chats: list[int]) -> asyncio.Task:
    for chat in chats:
        api.add_chat(chat, "private")
    return asyncio.create_task(watcher.run())


async def drive(api, chats, seconds, pause=None):
    watcher = ReplyWatcher(api)
    watch = watch_chats(api, watcher, chats)
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
    return stop, dict


def posbot_starter(engine, max_rate: int, chat_rate: int, http: str = "aiohttp", lifted: bool = False):
    """posbot with an agents' group (handed-off merchants are relayed and told their place in
    the queue, as in production). `lifted`: no per-chat limits at all (flat out)."""
    async def start(api_url: str, file_url: str):
        tmp = tempfile.TemporaryDirectory()
        telegram_app.HTTP_CLIENT = http
        settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN,
                                      "TELEGRAM_API_BASE_URL": api_url,
                                      "POSBOT_MAX_RATE": str(max_rate),
                                      "POSBOT_CHAT_RATE": str(chat_rate),
                                      "POSBOT_AGENT_CHAT_ID": str(AGENT_GROUP),
                                      "POSBOT_AGENT_IDS": "7001",
                                      "POSBOT_DB": str(Path(tmp.name) / "bench.db")})
        runner = Runner(settings, engine=engine)
        if lifted:  # a flat-out merchant writes faster than the flood guard allows anyone
            runner.bot.flood = FloodGuard(messages=10**9)
        await runner.start()
        commits_at_start = runner.store.commits

        async def stop():
            await runner.stop()
            runner.store.close()
            tmp.cleanup()

        def info():
            agents = runner.store.db.execute(
                "select count(*), sum(status = 'pending') from outbox where lane = 'agents'").fetchone()
            return {"commits": runner.store.commits - commits_at_start,
                    "agents_messages": agents[0], "agents_unsent": agents[1] or 0}
        return stop, info
    return start


async def measure(start_bot, chats: list[int], seconds: float, pause: float | None, separate: bool,
                  mode: str = "flat") -> dict:
    """Run the fake server and the merchants, by default in a child process so that the bot
    under test has this process's core to itself (in one process the fake server and 500
    simulated merchants took much of the CPU the bot needed, for the echo bot as well)."""
    if not separate:
        async with FakeBotAPI() as api:
            api.add_chat(AGENT_GROUP, "supergroup", title="Agents")
            stop, info = await start_bot(api.api_url, api.file_url)
            try:
                result = await DRIVERS[mode](api, chats, seconds, pause)
            finally:
                await stop()
            return result
    command = [sys.executable, __file__, "--drive", mode, str(chats[0]), str(len(chats)), str(seconds),
               str(pause or 0)]
    child = await asyncio.create_subprocess_exec(*command, stdin=asyncio.subprocess.PIPE,
                                                 stdout=asyncio.subprocess.PIPE)
    _, api_url, file_url = (await child.stdout.readline()).decode().split()
    stop, info = await start_bot(api_url, file_url)
    cpu = time.process_time()
    try:
        line = (await child.stdout.readline()).decode()
        cpu = time.process_time() - cpu
        extra = info()
    finally:
        await stop()
        child.stdin.close()
        await child.wait()
    result = json.loads(line.split(" ", 1)[1])
    served = result.get("turns") or result["updates"]
    result["cpu_ms_per_update"] = round(cpu / max(1, served) * 1000, 2)
    if "commits" in extra:
        result["commits_per_update"] = round(extra["commits"] / max(1, served), 2)
    if mode == "limits":  # what the agents' group was given (queued, sent or not) per turn
        per_turn = extra["agents_messages"] / max(1, served)
        result["agent_group_messages_per_turn"] = round(per_turn, 3)
        result["all_messages_per_turn"] = round(result["messages_per_turn"] + per_turn, 3)
        result["agents_group_backlog_at_end"] = extra["agents_unsent"]
    return result


class LimitsWatcher(CallLogWatcher):
    """Every answer the merchants get, per chat: new messages, and pressed messages edited into
    their answer (a bare ✔ on a pressed button is not an answer)."""

    def __init__(self, api: FakeBotAPI):
        super().__init__(api)
        self.answers: dict[int, list[float]] = {}
        self.calls: dict[int, list[float]] = {}
        self.latest: dict[int, int] = {}
        self.events: dict[int, asyncio.Event] = {}

    def see(self, call) -> None:
        chat = call.chat_id
        if not call.ok or not isinstance(chat, int):
            return
        self.calls.setdefault(chat, []).append(call.time)
        text = call.text or ""
        if call.method == "editMessageText" and PRESSED in text and "\n\n" not in text.rsplit(PRESSED, 1)[1]:
            return  # only marked the pressed button
        if call.method not in ("sendMessage", "editMessageText", "copyMessage", "sendDocument"):
            return
        if chat < 0:
            return  # the agents' group: counted from posbot's outbox
        self.answers.setdefault(chat, []).append(call.time)
        if call.message and call.reply_markup:
            self.latest[chat] = call.message["message_id"]
        self.events.setdefault(chat, asyncio.Event()).set()

    def event(self, chat: int) -> asyncio.Event:
        return self.events.setdefault(chat, asyncio.Event())


async def limits_merchant(api, watcher, chat, stop_at, turns, pause, rng):
    """Acts every ~pause seconds: presses one of the buttons it was last shown, or writes."""
    while time.monotonic() < stop_at:
        await asyncio.sleep(rng.uniform(pause * 0.5, pause * 1.5))
        if time.monotonic() >= stop_at:
            break
        message = api.message(chat, watcher.latest.get(chat, 0)) if chat in watcher.latest else None
        payloads = [b.get("callback_data") for row in (message or {}).get("reply_markup", {}).get(
            "inline_keyboard", []) for b in row if b.get("callback_data") not in NEVER_PRESS]
        event = watcher.event(chat)
        event.clear()
        start = time.time()
        if payloads and rng.random() < 0.6:
            api.push_callback(chat, message["message_id"], rng.choice(payloads))
            kind = "button"
        else:
            api.push_text(chat, rng.choice(LIMITS_TEXTS))
            kind = "text"
        try:
            await asyncio.wait_for(event.wait(), timeout=REPLY_TIMEOUT)
        except asyncio.TimeoutError:
            turns.append((chat, start, kind, False))
            continue
        turns.append((chat, start, kind, True))


async def drive_limits(api, chats, seconds, pause):
    watcher = LimitsWatcher(api)
    watch = watch_chats(api, watcher, chats)
    stop_at = time.monotonic() + seconds
    turns: list = []
    rng = random.Random(11)
    await asyncio.gather(*(limits_merchant(api, watcher, c, stop_at, turns, pause or 5.0, random.Random(rng.random()))
                           for c in chats))
    await asyncio.sleep(3.0)  # the last answers' remaining messages
    watch.cancel()
    by_chat: dict[int, list] = {}
    for turn in sorted(turns, key=lambda t: t[1]):
        by_chat.setdefault(turn[0], []).append(turn)
    latencies, messages, calls, unanswered = [], 0, 0, 0
    for chat, chat_turns in by_chat.items():
        answers = watcher.answers.get(chat, [])
        chat_calls = watcher.calls.get(chat, [])
        for i, (_, start, _, answered) in enumerate(chat_turns):
            end = chat_turns[i + 1][1] if i + 1 < len(chat_turns) else float("inf")
            mine = [t for t in answers if start <= t < end]
            messages += len(mine)
            calls += sum(1 for t in chat_calls if start <= t < end)
            if not answered or not mine:
                unanswered += 1
                continue
            latencies.append(max(mine) - start)
    ordered = sorted(latencies)
    pick = lambda q: round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 1) if ordered else None  # noqa: E731
    return {
        "merchants": len(chats),
        "turns": len(turns),
        "turns_per_second": round(len(turns) / seconds, 1),
        "button_presses": sum(1 for t in turns if t[2] == "button"),
        "last_message_p50_ms": pick(0.50),
        "last_message_p99_ms": pick(0.99),
        "last_message_max_ms": round(ordered[-1] * 1000, 1) if ordered else None,
        "messages_per_turn": round(messages / max(1, len(turns)), 3),
        "chat_api_calls_per_turn": round(calls / max(1, len(turns)), 3),
        "unanswered": unanswered,
        "updates": len(turns),
    }


DRIVERS = {"flat": drive, "limits": drive_limits}


async def serve_and_drive(mode: str, first_chat: int, count: int, seconds: float, pause: float) -> None:
    """The child process: fake Bot API server plus merchants; results on stdout."""
    async with FakeBotAPI() as api:
        api.add_chat(AGENT_GROUP, "supergroup", title="Agents")
        print("READY", api.api_url, api.file_url, flush=True)
        while api.calls["getUpdates"] == 0:  # the bot under test is polling
            await asyncio.sleep(0.01)
        chats = list(range(first_chat, first_chat + count))
        result = await DRIVERS[mode](api, chats, seconds, pause or None)
        print("RESULT", json.dumps(result), flush=True)
        # keep serving until the parent has shut its bot down (it closes our stdin)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)


async def run(args) -> dict:
    engine = Engine(load_kb())
    separate = not args.same_process
    results: dict = {"fake_server": "same process" if args.same_process else "own process"}
    if "flat" in args.scenarios:
        # limits lifted: the pipeline, not Telegram's pace, is measured
        for n in args.merchants:
            results[f"echo_flat_{n}"] = await measure(
                start_echo, list(range(10_000, 10_000 + n)), args.seconds, None, separate)
            for http in args.http:
                results[f"posbot_{http}_flat_{n}"] = await measure(
                    posbot_starter(engine, 10_000, 0, http, lifted=True), list(range(20_000, 20_000 + n)),
                    args.seconds, None, separate)
            echo = results[f"echo_flat_{n}"]
            for http in args.http:
                mine = results[f"posbot_{http}_flat_{n}"]
                mine["throughput_vs_echo"] = round(mine["updates_per_second"] / echo["updates_per_second"], 2)
                mine["cpu_vs_echo"] = round(mine["cpu_ms_per_update"] / echo["cpu_ms_per_update"], 2)
    if "realistic" in args.scenarios:
        # The yardstick under the realistic load too: what python-telegram-bot alone achieves.
        results["echo_realistic_500"] = await measure(
            start_echo, list(range(40_000, 40_500)), args.realistic_seconds, 5.0, separate)
        results["posbot_realistic_500"] = await measure(
            posbot_starter(engine, args.max_rate, 1, args.http[0]), list(range(30_000, 30_500)),
            args.realistic_seconds, 5.0, separate)
    if "limits" in args.scenarios:
        for n in args.limits_merchants:
            results[f"posbot_limits_{n}"] = await measure(
                posbot_starter(engine, args.max_rate, 1, args.http[0]), list(range(50_000, 50_000 + n)),
                args.limits_seconds, args.limits_pause, separate, mode="limits")
        under = [n for n in args.limits_merchants
                 if (results[f"posbot_limits_{n}"]["last_message_p99_ms"] or 1e9) <= 1000
                 and not results[f"posbot_limits_{n}"]["unanswered"]]
        results["limits_most_merchants_under_p99_1s"] = max(under) if under else None
    return results


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--drive":
        mode, first, count, seconds, pause = sys.argv[2:7]
        asyncio.run(serve_and_drive(mode, int(first), int(count), float(seconds), float(pause)))
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--scenarios", nargs="+", default=["flat", "realistic", "limits"],
                        choices=["flat", "realistic", "limits"])
    parser.add_argument("--seconds", type=float, default=40, help="length of each flat-out run")
    parser.add_argument("--realistic-seconds", type=float, default=40)
    parser.add_argument("--limits-seconds", type=float, default=60,
                        help="length of each run at Telegram's limits")
    parser.add_argument("--limits-pause", type=float, default=5.0,
                        help="mean seconds between a merchant's actions at Telegram's limits")
    parser.add_argument("--merchants", type=int, nargs="+", default=[100, 500])
    parser.add_argument("--limits-merchants", type=int, nargs="+", default=[100, 125, 150, 175])
    parser.add_argument("--http", nargs="+", default=["aiohttp", "httpx"], choices=["aiohttp", "httpx"],
                        help="posbot's HTTP client(s) flat out; the first is used elsewhere")
    parser.add_argument("--max-rate", type=int, default=30,
                        help="POSBOT_MAX_RATE in the realistic and limits scenarios (Telegram: ~30/s)")
    parser.add_argument("--same-process", action="store_true",
                        help="run the fake server and merchants in the bot's process (the old setup)")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args)), indent=2))


if __name__ == "__main__":
    main()
