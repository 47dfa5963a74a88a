"""Start-up time with the photo reader in place (the issue's limit: 2 s when no photo is sent).

- `posbot chat`: a new process until it has answered nothing and exited (stdin closed);
- `posbot run`: a new process until its first getUpdates reaches the fake Bot API (the OCR
  worker starts and loads its model in the background meanwhile);
- the OCR model: loading it, and the first photo read in a fresh process.
Median of `--runs` runs each; `--compare DIR` measures another checkout alternately (e.g. the
commit before photos: `git worktree add /tmp/before <commit>`), as the machine may be shared.

    .venv/bin/python bench/bench_startup.py [--runs 5] [--compare DIR] [--no-ocr] [--as-is]

Wall and CPU seconds are both printed: on a shared machine the CPU figure moves less. Each
tree's bytecode is compiled first (`--as-is` skips that), so both are measured as installed.
Each tree gets an empty cache folder of its own (POSBOT_CACHE_DIR, knowledge/cache.py); its
first `posbot chat` builds the engine's prepared tables and is reported apart ("first start":
what a start after an edit of the knowledge base costs); the timed runs find them there.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fakebotapi import DEFAULT_TOKEN, FakeBotAPI  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


CACHES: dict[Path, Path] = {}  # tree -> its prepared-tables cache folder for this run


def env_of(tree: Path, **extra) -> dict:
    return {**os.environ, **({"POSBOT_CACHE_DIR": str(CACHES[tree])} if tree in CACHES else {}), **extra}


def chat_seconds(db: Path, tree: Path = ROOT) -> tuple[float, float]:
    """(wall, CPU) seconds of one `posbot chat` with no input."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "bot.cli", "chat", "--db", str(db)], stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, check=True, cwd=tree, env=env_of(tree))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return time.perf_counter() - started, cpu


def cpu_seconds_of(pid: int) -> float:
    """User + system CPU seconds a running process has used so far (/proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def run_seconds(db: Path, tree: Path = ROOT) -> tuple[float, float]:
    """(wall, CPU) seconds of `posbot run` until its first getUpdates."""
    async with FakeBotAPI() as api:
        env = env_of(tree, TELEGRAM_BOT_TOKEN=DEFAULT_TOKEN, TELEGRAM_API_BASE_URL=api.api_url,
                     POSBOT_DB=str(db))
        started = time.perf_counter()
        child = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot.cli", "run", env=env, cwd=tree,
                                                     stderr=asyncio.subprocess.DEVNULL)
        while api.calls["getUpdates"] == 0:
            await asyncio.sleep(0.005)
        elapsed = time.perf_counter() - started
        cpu = cpu_seconds_of(child.pid)
        child.send_signal(signal.SIGTERM)
        await child.wait()
        return elapsed, cpu


FIRST_PHOTO = """
import time, sys
sys.path.insert(0, {root!r})
from bench.ocr_images import generate
data = next(generate(3, 1, ("photo",))).jpeg()
t = time.perf_counter()
from bot.ocr import warm_up, read_image
warm_up()
load = time.perf_counter() - t
t = time.perf_counter()
read_image(data)
print(load, time.perf_counter() - t)
"""


def first_photo() -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", FIRST_PHOTO.format(root=str(ROOT))], capture_output=True,
                         text=True, check=True).stdout.split()
    return float(out[0]), float(out[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compare", type=Path, help="another checkout (e.g. before photos), measured "
                        "alternately with this one under the same machine load")
    parser.add_argument("--no-ocr", action="store_true", help="skip the OCR model timings")
    parser.add_argument("--as-is", action="store_true",
                        help="measure with whatever bytecode the trees hold (default: compile it first)")
    args = parser.parse_args()
    trees = {"this": ROOT, **({"compare": args.compare} if args.compare else {})}
    if not args.as_is:
        # As `pip install` leaves it: bytecode for every module. Without it (an editable checkout
        # under PYTHONDONTWRITEBYTECODE, or sources newer than their .pyc) every start compiles
        # posbot's own modules again: ~0.2-0.3 s on this machine, which is not posbot's cost.
        for tree in trees.values():
            subprocess.run([sys.executable, "-m", "compileall", "-q", "bot", "dialogs", "knowledge"],
                           cwd=tree, check=True, stdout=subprocess.DEVNULL)
    chat: dict[str, list] = {name: [] for name in trees}
    run: dict[str, list] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory() as tmp:
        first = {}
        for name, tree in trees.items():
            CACHES[tree] = Path(tmp) / f"{name}-cache"
            first[name] = chat_seconds(Path(tmp) / f"{name}-first.db", tree)
        for i in range(args.runs):
            for name, tree in trees.items():
                chat[name].append(chat_seconds(Path(tmp) / f"{name}-chat.db", tree))
                run[name].append(asyncio.run(run_seconds(Path(tmp) / f"{name}-run{i}.db", tree)))
    photos = [] if args.no_ocr else [first_photo() for _ in range(max(1, args.runs // 2))]
    print(f"cpus {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}")
    for name in trees:
        print(f"[{name}] first posbot chat (empty cache folder): {first[name][0]:.2f} s wall, "
              f"{first[name][1]:.2f} s CPU")
        walls = [w for w, _ in chat[name]]
        cpus = [c for _, c in chat[name]]
        print(f"[{name}] posbot chat start-up (to exit, no input): median {statistics.median(walls):.2f} s wall, "
              f"{statistics.median(cpus):.2f} s CPU  (wall: {', '.join(f'{x:.2f}' for x in walls)})")
        walls = [w for w, _ in run[name]]
        cpus = [c for _, c in run[name]]
        print(f"[{name}] posbot run start-up (to first getUpdates): median {statistics.median(walls):.2f} s wall, "
              f"{statistics.median(cpus):.2f} s CPU  (wall: {', '.join(f'{x:.2f}' for x in walls)})")
    if photos:
        print(f"OCR model load: median {statistics.median(p[0] for p in photos):.2f} s; "
              f"first photo after it: median {statistics.median(p[1] for p in photos):.2f} s")


if __name__ == "__main__":
    main()
