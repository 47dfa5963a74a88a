"""Reading the text in a photo (offline OCR), off the event loop.

The engine is RapidOCR (`rapidocr_onnxruntime`): PaddleOCR's PP-OCRv4 detection and
recognition models converted to ONNX, shipped inside the wheel and read from site-packages, so
nothing is downloaded at run time. It reads Chinese and Latin text, which is what terminals show.

One OCR call takes a CPU core for about a second, so it never runs on the event loop: the
Telegram bot hands images to a one-process pool (a crash or a memory spike in the native code
cannot take the bot down, and the model's Python code does not contend for the bot's GIL) at a
lower CPU priority than the bot, with a bounded number of photos waiting; past that bound the
merchant is told to wait or type. (As with any multiprocessing, a script that starts the bot
must guard its entry point with `if __name__ == "__main__":`.)
Images are downscaled first. `posbot chat` and `posbot match --image` read in their own process.

The model is loaded once per process, lazily on the first image; `posbot run` also starts the
worker and loads it in the background 10 s after start-up, so start-up does not wait for it
(or share the CPU with it) and a photo after that does not either.
"""

from __future__ import annotations

import asyncio
import io
import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

log = logging.getLogger("posbot.ocr")

# Longest side fed to OCR: Telegram's usual largest photo size. Bigger only costs time.
MAX_SIDE = 1280
# A photo or image file larger than this is refused with a reply (Telegram sends photos as
# JPEGs well under 1 MB; files up to 20 MB can be fetched, and decoding one costs memory).
MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000  # a decompression bomb is refused before it is decoded
# Photos waiting for the reader at once (all chats); one more is told to try again shortly.
QUEUE_LIMIT = 8
# Threads the ONNX runtime may use per call: one, so a core stays free for the bot itself.
OCR_THREADS = 1
# Boxes the detector found but the recogniser is unsure of are noise.
MIN_SCORE = 0.5
# The OCR worker's scheduling priority (nice): below the bot's, so on a busy machine a photo
# waits a little longer rather than every typed message waiting.
WORKER_NICENESS = 10
MIN_TEXT_SIDE = 24  # pixels; a smaller image cannot hold a legible line of text


class ImageError(ValueError):
    """The bytes are not an image we can read, or too large a one (too_big)."""

    def __init__(self, message: str, too_big: bool = False):
        super().__init__(message)
        self.too_big = too_big

    def __reduce__(self):  # raised in the worker process, re-raised here: keep too_big
        return ImageError, (str(self), self.too_big)


class ReaderBusy(RuntimeError):
    """Too many photos are waiting already."""


@dataclass(frozen=True)
class Reading:
    lines: tuple[str, ...]  # text lines in reading order (top to bottom, left to right)
    ms: float  # time spent reading, decoding included

    @property
    def text(self) -> str:
        return " ".join(self.lines)


_engine = None
_engine_lock = threading.Lock()


def _load_engine():
    """The OCR engine of this process, loaded on first use."""
    global _engine
    with _engine_lock:
        if _engine is None:
            from rapidocr_onnxruntime import RapidOCR

            _engine = RapidOCR(
                intra_op_num_threads=OCR_THREADS, inter_op_num_threads=1,
                use_cls=False,  # text upside down is rare on a counter; saves ~10% per photo
                det_limit_side_len=960, det_limit_type="max",  # detection at most 960 px
                text_score=MIN_SCORE,
            )
            logging.getLogger("RapidOCR").setLevel(logging.WARNING)
        return _engine


def warm_up() -> bool:
    """Load the model (in whichever process runs this)."""
    _load_engine()
    return True


def decode(data: bytes, max_side: int = MAX_SIDE):
    """The image as a BGR array for OCR, upright (EXIF) and at most max_side on its longest side."""
    import numpy as np
    from PIL import Image, ImageOps

    if len(data) > MAX_BYTES:
        raise ImageError(f"image larger than {MAX_BYTES // (1024 * 1024)} MB", too_big=True)
    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > MAX_PIXELS:
            raise ImageError("image has too many pixels", too_big=True)
        image = ImageOps.exif_transpose(image).convert("RGB")
    except Image.DecompressionBombError:
        raise ImageError("image has too many pixels", too_big=True) from None
    except (OSError, SyntaxError) as exc:
        raise ImageError(f"not a readable image: {exc}") from None
    longest = max(image.size)
    if longest > max_side:
        image = image.resize((max(1, image.width * max_side // longest),
                              max(1, image.height * max_side // longest)), Image.LANCZOS)
    return np.asarray(image)[:, :, ::-1].copy()


def read_image(data: bytes) -> Reading:
    """OCR one image (runs in the worker). Single characters (keypad keys, icons) are dropped."""
    started = time.perf_counter()
    array = decode(data)
    if min(array.shape[:2]) < MIN_TEXT_SIDE:  # an icon or a thumbnail: nothing legible
        return Reading((), (time.perf_counter() - started) * 1000)
    result, _ = _load_engine()(array)
    boxes = []
    for box, text, score in result or []:
        text = text.strip()
        if float(score) < MIN_SCORE or len(text) < 2:
            continue
        top = min(p[1] for p in box)
        bottom = max(p[1] for p in box)
        left = min(p[0] for p in box)
        boxes.append((top, bottom, left, text))
    lines = [text for *_, text in _reading_order(boxes)]
    return Reading(tuple(lines), (time.perf_counter() - started) * 1000)


def _reading_order(boxes):
    """Boxes top to bottom; boxes on the same text line (overlapping vertically) left to right."""
    boxes = sorted(boxes)
    rows: list[list] = []
    for box in boxes:
        top, bottom = box[0], box[1]
        if rows:
            last = rows[-1]
            last_top, last_bottom = min(b[0] for b in last), max(b[1] for b in last)
            overlap = min(bottom, last_bottom) - max(top, last_top)
            if overlap > 0.5 * min(bottom - top, last_bottom - last_top):
                last.append(box)
                continue
        rows.append([box])
    return [b for row in rows for b in sorted(row, key=lambda b: b[2])]


def _lower_priority() -> None:
    """The worker yields the CPU to the bot: typed messages first, photos with what is left."""
    try:
        os.nice(WORKER_NICENESS)
    except OSError:
        pass  # not permitted here: run at normal priority


class Reader:
    """Reads images off the event loop, at most `QUEUE_LIMIT` waiting.

    process=True (the Telegram bot): a one-worker process pool; process=False (tests, the
    terminal): a thread of this process, sharing the process's loaded model."""

    def __init__(self, process: bool = True, workers: int = 1, queue_limit: int = QUEUE_LIMIT):
        self.process = process
        self.workers = workers
        self.queue_limit = queue_limit
        self._pool: Executor | None = None
        self._waiting = 0

    def _executor(self) -> Executor:
        if self._pool is None:
            if self.process:
                # forkserver: a clean child, not a fork of a process with threads and sockets.
                context = multiprocessing.get_context("forkserver")
                self._pool = ProcessPoolExecutor(self.workers, mp_context=context,
                                                 initializer=_lower_priority)
            else:
                self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="posbot-ocr")
        return self._pool

    def warm_up(self) -> None:
        """Start the worker and load the model in it, without waiting for either."""
        future = self._executor().submit(warm_up)
        future.add_done_callback(lambda f: f.exception() and log.error("OCR warm-up failed: %s", f.exception()))

    @property
    def full(self) -> bool:
        """As many photos wait as may: the next one would be refused."""
        return self._waiting >= self.queue_limit

    async def read(self, data: bytes) -> Reading:
        """The text in the image. Raises ReaderBusy when too many wait, ImageError for bad bytes."""
        if self.full:
            raise ReaderBusy(f"{self._waiting} photos are waiting")
        self._waiting += 1
        try:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._executor(), read_image, bytes(data))
        except BrokenProcessPool:  # the worker died (out of memory?): a new one next time
            self._pool = None
            raise
        finally:
            self._waiting -= 1

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
