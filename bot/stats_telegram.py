"""/stats in Telegram: a short summary and a chart, for managers only."""

from __future__ import annotations

import base64

from bot.charts import overview_png
from bot.config import Settings
from bot.stats import compute, period_start, summary_text

PERIODS = ("today", "7d", "30d")
REFUSED = {"zh": "抱歉，只有管理人员可以查看统计。", "en": "Sorry, statistics are for managers only."}
USAGE = {"zh": "用法：/stats today、/stats 7d 或 /stats 30d", "en": "Usage: /stats today, /stats 7d or /stats 30d"}


def stats_ops(store, settings: Settings, chat_id: int, user_id: int, lang: str, period: str) -> list[dict]:
    if user_id not in settings.manager_ids:
        return [{"op": "send", "chat_id": chat_id, "text": REFUSED[lang]}]
    if period not in PERIODS:
        return [{"op": "send", "chat_id": chat_id, "text": USAGE[lang]}]
    tz = settings.timezone
    report = compute(store, period_start(period, tz=tz), sla_minutes=settings.sla_minutes, tz=tz)
    png = overview_png(report, lang)
    return [
        {"op": "send", "chat_id": chat_id, "text": summary_text(report, lang)},
        {"op": "photo", "chat_id": chat_id, "png_b64": base64.b64encode(png).decode("ascii"),
         "caption": f"posbot {period}"},
    ]
