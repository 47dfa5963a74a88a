"""/stats in Telegram: a short summary and a chart, for managers only.

The figures are computed off the event loop (bot.reads) and sent when ready, so merchants'
turns are answered meanwhile; they leave through the outbox lane "stats", one delivery at a time.
"""

from __future__ import annotations

import asyncio
import base64
import logging

from bot.charts import overview_png, pyplot
from bot.reads import ReadPool
from bot.stats import compute, period_start, summary_text
from dialogs import script

log = logging.getLogger("posbot.stats")
PERIODS = ("today", "7d", "30d")
# What managers type besides the canonical names ("/stats week", "/stats 本月").
PERIOD_ALIASES = {
    "day": "today", "今天": "today", "今日": "today", "当天": "today", "當天": "today",
    "week": "7d", "7": "7d", "7days": "7d", "7天": "7d", "本周": "7d", "本週": "7d", "一周": "7d", "一週": "7d", "周": "7d",
    "month": "30d", "30": "30d", "30days": "30d", "30天": "30d", "本月": "30d", "一个月": "30d", "一個月": "30d", "月": "30d",
}


def period_of(argument: str) -> str:
    """The period a manager asked for, canonical or in their words; unknown words stay as typed."""
    word = argument.strip().lower().replace(" ", "")
    return PERIOD_ALIASES.get(word, word)
LANE = "stats"
REFUSED = {"zh": "抱歉，只有管理人员可以查看统计。", "en": "Sorry, statistics are for managers only."}
USAGE = {"zh": "用法：/stats today、/stats 7d 或 /stats 30d", "en": "Usage: /stats today, /stats 7d or /stats 30d"}


def stats_ops(store, settings, chat_id: int, lang: str, period: str, kb) -> list[dict]:
    """The summary and the chart as outbox operations (runs in the reads thread)."""
    tz = settings.timezone
    report = compute(store, period_start(period, tz=tz), sla_minutes=settings.sla_minutes, tz=tz)
    png = overview_png(report, lang, kb)
    return [
        {"op": "send", "chat_id": chat_id, "text": summary_text(report, lang)},
        {"op": "photo", "chat_id": chat_id, "png_b64": base64.b64encode(png).decode("ascii"),
         "caption": f"posbot {period}"},
    ]


class StatsDesk:
    """Answers /stats for a TelegramBot without blocking its event loop."""

    def __init__(self, bot):
        self.bot = bot
        self.reads: ReadPool | None = None
        self._jobs: set[asyncio.Task] = set()
        self._delivering = asyncio.Lock()

    def request(self, chat_id: int, user_id: int, lang: str, period: str,
                variant: str | None = None) -> list[dict]:
        """Immediate answers (refusal, usage) as ops, in the chat's script (a Hong Kong merchant
        who types /stats is refused in traditional); a manager's figures follow when computed."""
        if user_id not in self.bot.settings.manager_ids:
            return [{"op": "send", "chat_id": chat_id, "text": script.convert(REFUSED[lang], variant)}]
        period = period_of(period)
        if period not in PERIODS:
            return [{"op": "send", "chat_id": chat_id, "text": script.convert(USAGE[lang], variant)}]
        job = asyncio.get_running_loop().create_task(self._answer(chat_id, lang, period))
        self._jobs.add(job)
        job.add_done_callback(self._jobs.discard)
        return []

    def warm_up(self) -> None:
        """Load matplotlib and the chart font in the reads thread now, not at a manager's first
        /stats (about a second on a small machine); the event loop does not wait for it."""
        self.reads = self.reads or ReadPool(self.bot.store.path)
        self.reads.submit(lambda store: pyplot())

    async def _answer(self, chat_id: int, lang: str, period: str) -> None:
        self.reads = self.reads or ReadPool(self.bot.store.path)
        try:
            ops = await self.reads.run(stats_ops, self.bot.settings, chat_id, lang, period, self.bot.engine.kb)
            with self.bot.store.transaction():
                for op in ops:
                    self.bot.store.add_outbox(LANE, op)
            async with self._delivering:  # two deliveries of one lane at once could send twice
                await self.bot.deliver(LANE)
        except Exception:  # a failed report must not take the bot down
            log.exception("/stats for chat %s failed", chat_id)

    async def close(self) -> None:
        for job in list(self._jobs):
            job.cancel()
        await asyncio.gather(*self._jobs, return_exceptions=True)
        if self.reads is not None:
            await asyncio.get_running_loop().run_in_executor(None, self.reads.close)
