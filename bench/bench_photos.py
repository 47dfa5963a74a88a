"""Do photos hold up merchants who type? Text merchants' reply times while photos arrive
continuously, side by side with the same text load and no photos.

posbot runs as `posbot run` does (photos read in its one-worker OCR process, model loaded at
start-up); the fake Bot API server and all merchants run in a child process (as in
bench_telegram.py). Text merchants each send a code about every `--pause` seconds; photo
merchants each send a photo of a terminal screen (bench/ocr_images.py, kind "photo") as soon
as the previous one is answered, so the reader is never idle.

    .venv/bin/python bench/bench_photos.py [--merchants 200] [--pause 5] [--seconds 40] [--photo-merchants 2]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_telegram import ReplyWatcher, merchant, summary  # noqa: E402
from bench.ocr_images import generate  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.runner import Runner  # noqa: E402
from dialogs.engine import Engine  # noqa: E402
from knowledge.loader import load_kb  # noqa: E402
from tests.fakebotapi import DEFAULT_TOKEN, FakeBotAPI  # noqa: E402

PHOTO_CHATS = 90_000


async def photographer(api: FakeBotAPI, chat: int, photos: list[bytes], stop_at: float, waits: list) -> None:
    """Send a photo, wait for the bot to say what it read, send the next one."""
    seen = len(api.sent)
    n = 0
    while time.monotonic() < stop_at:
        start = time.time()
        api.push_photo(chat, photos[n % len(photos)])
        n += 1
        while True:
            calls = api.sent
            hit = next((c for c in calls[seen:] if c.method == "sendMessage" and c.chat_id == chat
                        and ("照片" in (c.text or "") or "photo" in (c.text or ""))), None)
            seen = len(calls) if hit is None else calls.index(hit, seen) + 1
            if hit is not None:
                waits.append(hit.time - start)
                break
            if time.time() - start > 120:
                waits.append(None)
                break
            await asyncio.sleep(0.05)


async def drive(api: FakeBotAPI, chats: list[int], photo_chats: list[int], seconds: float, pause: float) -> dict:
    photos = [s.jpeg() for s in generate(seed=5, per_kind=6, kinds=("photo",))]
    watcher = ReplyWatcher(api)
    watch = asyncio.create_task(watcher.run())
    for chat in chats + photo_chats:
        api.add_chat(chat, "private")
    stop_at = time.monotonic() + seconds
    latencies: list = []
    waits: list = []
    rng = random.Random(7)
    start = time.monotonic()
    jobs = [merchant(api, watcher, c, stop_at, latencies, pause, rng) for c in chats]
    jobs += [photographer(api, c, photos, stop_at, waits) for c in photo_chats]
    counts = await asyncio.gather(*jobs)
    elapsed = time.monotonic() - start
    await asyncio.sleep(1.0)
    watch.cancel()
    text = summary(latencies, sum(c for c in counts if c), elapsed, watcher.replies, chats)
    done = sorted(w for w in waits if w is not None)
    text["photos"] = len(waits)
    text["photo_reply_p50_ms"] = round(done[len(done) // 2] * 1000) if done else None
    text["photo_reply_max_ms"] = round(done[-1] * 1000) if done else None
    return text


async def serve_and_drive(count: int, photo_count: int, seconds: float, pause: float) -> None:
    async with FakeBotAPI() as api:
        print("READY", api.api_url, api.file_url, flush=True)
        while api.calls["getUpdates"] == 0:
            await asyncio.sleep(0.01)
        await asyncio.sleep(3)  # the bot's OCR worker loads its model meanwhile (as at start-up)
        chats = list(range(20_000, 20_000 + count))
        photo_chats = list(range(PHOTO_CHATS, PHOTO_CHATS + photo_count))
        result = await drive(api, chats, photo_chats, seconds, pause)
        print("RESULT", json.dumps(result), flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)


async def measure(engine, count: int, photo_count: int, seconds: float, pause: float) -> dict:
    command = [sys.executable, __file__, "--drive", str(count), str(photo_count), str(seconds), str(pause)]
    child = await asyncio.create_subprocess_exec(*command, stdin=asyncio.subprocess.PIPE,
                                                 stdout=asyncio.subprocess.PIPE)
    _, api_url, _file_url = (await child.stdout.readline()).decode().split()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN, "TELEGRAM_API_BASE_URL": api_url,
                                      "POSBOT_DB": str(Path(tmp) / "bench.db")})
        runner = Runner(settings, engine=engine)
        await runner.start()
        asyncio.get_running_loop().run_in_executor(None, runner.bot.photos.reader.warm_up)  # loaded before photos come
        try:
            line = (await child.stdout.readline()).decode()
        finally:
            await runner.stop()
            runner.store.close()
            child.stdin.close()
            await child.wait()
    return json.loads(line.split(" ", 1)[1])


async def run(args) -> dict:
    engine = Engine(load_kb())
    results = {}
    for round_ in range(args.rounds):
        results[f"text_only_{round_ + 1}"] = await measure(engine, args.merchants, 0, args.seconds, args.pause)
        results[f"with_photos_{round_ + 1}"] = await measure(engine, args.merchants, args.photo_merchants,
                                                             args.seconds, args.pause)
    return results


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--drive":
        count, photo_count, seconds, pause = sys.argv[2:6]
        asyncio.run(serve_and_drive(int(count), int(photo_count), float(seconds), float(pause)))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--merchants", type=int, default=200, help="text merchants")
    parser.add_argument("--pause", type=float, default=5.0, help="seconds between a text merchant's messages")
    parser.add_argument("--seconds", type=float, default=40)
    parser.add_argument("--photo-merchants", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2, help="alternating runs without and with photos")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args)), indent=2))


if __name__ == "__main__":
    main()
