"""Charts of a statistics report (bot.stats.compute), rendered on the server to PNG.

matplotlib is imported lazily so the bot starts fast; a font with Chinese glyphs is looked
up among the installed ones, because category and code names are Chinese.
"""

from __future__ import annotations

import io
from functools import lru_cache

CJK_FAMILIES = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans SC",
                "Source Han Sans SC", "SimHei", "Microsoft YaHei")
CATEGORY_NAMES = {
    "zh": {"hardware": "硬件", "software": "软件", "network": "网络", "card": "卡片", "merchant": "商户",
           "host": "收单/银联", "operation": "操作", "environment": "环境"},
    "en": {},
}
LABELS = {
    "zh": {"trend": "每日趋势", "conversations": "会话", "bot_resolved": "机器人解决", "handoffs": "转人工",
           "codes": "高频错误码", "categories": "故障类别"},
    "en": {"trend": "Per day", "conversations": "Conversations", "bot_resolved": "Resolved by bot",
           "handoffs": "Handoffs", "codes": "Top codes", "categories": "Categories"},
}


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The first installed font family that has Chinese glyphs, or None."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    return next((family for family in CJK_FAMILIES if family in installed), None)


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    font = cjk_font()
    if font:
        plt.rcParams["font.sans-serif"] = [font, "DejaVu Sans"]
    plt.rcParams["axes.unicode_minus"] = False
    return plt


def overview_png(report: dict, lang: str = "zh") -> bytes:
    """Daily trend and the top categories, side by side."""
    plt = _pyplot()
    words = LABELS[lang]
    fig, (trend, bars) = plt.subplots(1, 2, figsize=(10, 3.8), dpi=100)
    days = [d["day"][5:] for d in report["daily"]]
    for key, color in (("conversations", "#4c78a8"), ("bot_resolved", "#54a24b"), ("handoffs", "#e45756")):
        trend.plot(days, [d[key] for d in report["daily"]], marker="o", ms=3, label=words[key], color=color)
    trend.set_title(words["trend"])
    trend.legend(fontsize=8)
    trend.tick_params(axis="x", labelrotation=60, labelsize=7)
    names = CATEGORY_NAMES[lang]
    top = report["top_categories"][:8]
    bars.barh([names.get(c, c) for c, _ in top][::-1], [n for _, n in top][::-1], color="#72b7b2")
    bars.set_title(words["categories"])
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png")
    plt.close(fig)
    return out.getvalue()
