"""Sending at Telegram's pace: the bot's overall limit plus a per-chat one, each chat on its own.

Telegram allows a bot about 30 messages/s overall, about one message per second in one chat
(short bursts tolerated) and 20 per minute in one group. python-telegram-bot's AIORateLimiter
knows the overall and group limits but not the per-chat one, and when Telegram answers one
chat with 429 it pauses *every* request for the retry-after: one flooding merchant made all the
others wait 7-9 s. Here a chat waits for its own pace and its own retry-after only; the overall
limit is taken after the chat's turn has come, so a chat that must wait never holds a slot
the others could use.
"""

from __future__ import annotations

import asyncio
import logging
import time
import warnings
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

log = logging.getLogger("posbot.pacing")

# Telegram's documented flood limits (core.telegram.org/bots/faq#my-bot-is-hitting-limits).
PRIVATE_BURST = 3          # messages a private chat may get at once
PRIVATE_PER_SECOND = 1.0   # then about one per second
GROUP_BURST = 20           # 20 messages per minute in a group
GROUP_PER_SECOND = 20 / 60
MAX_IDLE_LANES = 2048      # full, idle buckets beyond this many are forgotten


class ChatBucket:
    """A token bucket for one chat, plus that chat's own retry-after pause."""

    __slots__ = ("capacity", "rate", "tokens", "stamp", "paused_until", "lock")

    def __init__(self, capacity: float, rate: float):
        self.capacity = capacity
        self.rate = rate
        self.tokens = capacity
        self.stamp = time.monotonic()
        self.paused_until = 0.0
        self.lock = asyncio.Lock()  # first come, first served within the chat

    def _refill(self, now: float) -> None:
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now

    def idle(self) -> bool:
        now = time.monotonic()
        self._refill(now)
        return self.tokens >= self.capacity and now >= self.paused_until and not self.lock.locked()

    def pause(self, seconds: float) -> None:
        self.paused_until = max(self.paused_until, time.monotonic() + seconds)

    async def take(self) -> None:
        async with self.lock:
            while True:
                now = time.monotonic()
                if now < self.paused_until:
                    await asyncio.sleep(self.paused_until - now)
                    continue
                self._refill(now)
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                await asyncio.sleep((1 - self.tokens) / self.rate)


def _retry_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that retry_after will become a timedelta
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return float(value.total_seconds() if hasattr(value, "total_seconds") else value)


class ChatPacer(BaseRateLimiter):
    """python-telegram-bot rate limiter: overall limit, per-chat pacing, per-chat retry-after,
    and retries of 5xx and time-outs (a reply still arrives when the Bot API hiccups; bad
    requests are not retried, they cannot succeed).

    `chat_rate` 0 turns per-chat pacing off (benchmarks measuring the pipeline flat out)."""

    def __init__(self, overall_max_rate: float = 30, chat_rate: float = PRIVATE_PER_SECOND,
                 chat_burst: float = PRIVATE_BURST, max_retries: int = 5, network_retries: int = 5):
        self.overall = AsyncLimiter(overall_max_rate, 1) if overall_max_rate else None
        self.chat_rate = chat_rate
        self.chat_burst = chat_burst
        self.max_retries = max_retries
        self.network_retries = network_retries
        self._buckets: dict[int | str, ChatBucket] = {}

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    def bucket(self, chat_id: int | str) -> ChatBucket | None:
        group = isinstance(chat_id, str) or chat_id < 0
        if not group and not self.chat_rate:
            return None
        bucket = self._buckets.get(chat_id)
        if bucket is None:
            if len(self._buckets) > MAX_IDLE_LANES:
                for key in [k for k, b in self._buckets.items() if b.idle()]:
                    del self._buckets[key]
            bucket = (ChatBucket(GROUP_BURST, GROUP_PER_SECOND) if group
                      else ChatBucket(self.chat_burst, self.chat_rate))
            self._buckets[chat_id] = bucket
        return bucket

    async def process_request(self, callback, args, kwargs, endpoint: str, data: dict[str, Any],
                              rate_limit_args: Any) -> Any:
        chat_id = data.get("chat_id")
        if isinstance(chat_id, str) and chat_id.lstrip("-").isdigit():
            chat_id = int(chat_id)
        bucket = self.bucket(chat_id) if chat_id is not None else None
        rate_limited = 0
        failures = 0
        delay = 0.2
        while True:
            if bucket is not None:
                await bucket.take()
            try:
                if chat_id is not None and self.overall is not None:
                    async with self.overall:
                        return await callback(*args, **kwargs)
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if rate_limited == self.max_retries:
                    raise
                rate_limited += 1
                seconds = _retry_seconds(exc) + 0.1
                log.info("Bot API %s: 429 for chat %s, that chat waits %.1fs", endpoint, chat_id, seconds)
                if bucket is not None:
                    bucket.pause(seconds)  # this chat only; the others carry on
                else:
                    await asyncio.sleep(seconds)  # this request only
            except (BadRequest, Forbidden):
                raise
            except (TimedOut, NetworkError):
                if endpoint in ("getUpdates", "getMe") or failures == self.network_retries:
                    raise
                failures += 1
                log.warning("Bot API %s failed (attempt %d), retrying", endpoint, failures)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)
