"""Charts of a statistics report (bot.stats.compute), rendered on the server to PNG.

matplotlib is imported lazily so the bot starts fast. Category and code names are Chinese, so
a font with Chinese glyphs is found by family name or, when matplotlib's font cache predates
the font's installation, by file; without one, one warning names the package to install.
"""

from __future__ import annotations

import io
import logging
from functools import lru_cache
from pathlib import Path

log = logging.getLogger("posbot.charts")

CJK_FAMILIES = ("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Noto Sans CJK JP",
                "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "SimHei", "Microsoft YaHei")
# Files of the fonts above as Debian, Alpine, Fedora and Windows install them.
CJK_FILES = ("wqy-microhei.ttc", "wqy-zenhei.ttc", "NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf",
             "NotoSansSC-Regular.otf", "NotoSansSC-Regular.ttf", "SourceHanSansSC-Regular.otf",
             "SourceHanSansCN-Regular.otf", "simhei.ttf", "msyh.ttc")
FONT_DIRS = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts",
             Path.home() / ".local/share/fonts", Path("C:/Windows/Fonts")]
FONT_PACKAGE = "fonts-wqy-microhei (Debian/Ubuntu: apt-get install fonts-wqy-microhei; or fonts-noto-cjk)"

LABELS: dict[str, dict[str, str]] = {
    "zh": {"trend": "每日会话", "conversations": "会话", "bot_resolved": "机器人解决", "handed_off": "转人工",
           "categories": "故障类别", "partial": "今天（截至现在）", "empty": "这段时间还没有会话"},
    "en": {"trend": "Conversations per day", "conversations": "Conversations", "bot_resolved": "Fixed by the bot",
           "handed_off": "To a person", "categories": "Categories", "partial": "today so far",
           "empty": "No conversations in this period yet"},
}
# The dashboard is bilingual, like its tables.
LABELS["both"] = {key: f"{LABELS['zh'][key]} {LABELS['en'][key]}" for key in LABELS["zh"]}


def _font_files():
    for folder in FONT_DIRS:
        if folder.is_dir():
            for name in CJK_FILES:
                yield from sorted(folder.rglob(name))


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """A font family with Chinese glyphs: known to matplotlib, or added from its file."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    family = next((family for family in CJK_FAMILIES if family in installed), None)
    if family:
        return family
    for path in _font_files():
        try:
            font_manager.fontManager.addfont(str(path))
            return font_manager.FontProperties(fname=str(path)).get_name()
        except (OSError, RuntimeError, ValueError):
            continue
    log.warning("no font with Chinese glyphs: charts will show boxes for Chinese; install %s", FONT_PACKAGE)
    return None


def category_names(kb, lang: str) -> dict[str, str]:
    """Category id -> its name in the knowledge base, in the chart's language (or both)."""
    if lang == "both":
        return {cid: f"{c.name.zh} {c.name.en}" for cid, c in kb.categories.items()}
    return {cid: getattr(c.name, lang) for cid, c in kb.categories.items()}


def pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    font = cjk_font()
    if font:
        plt.rcParams["font.sans-serif"] = [font, "DejaVu Sans"]
    plt.rcParams["axes.unicode_minus"] = False
    return plt


def overview_png(report: dict, lang: str = "zh", kb=None) -> bytes:
    """Conversations per day (today marked as partial) and the top categories, side by side;
    a plain sentence instead of empty axes when the period has no conversations."""
    from knowledge.loader import load_kb

    plt = pyplot()
    words = LABELS[lang]
    if not report["conversations"]:
        fig, ax = plt.subplots(figsize=(10, 1.6), dpi=100)
        ax.axis("off")
        ax.text(0.5, 0.5, words["empty"], ha="center", va="center", fontsize=16, color="#5b6b7a")
        return _png(plt, fig)
    fig, (trend, bars) = plt.subplots(1, 2, figsize=(10, 3.8), dpi=100, gridspec_kw={"width_ratios": [3, 2]})
    daily = report["daily"]
    days = [d["day"][5:] + ("*" if d["partial"] else "") for d in daily]
    series = (("conversations", "#4c78a8"), ("bot_resolved", "#54a24b"), ("handed_off", "#e45756"))
    if len(daily) == 1:  # one day (today): bars, a line needs two points
        trend.bar([words[k] for k, _ in series], [daily[0][k] for k, _ in series], color=[c for _, c in series])
        trend.set_xlabel(days[0].replace("*", "") + (f" ({words['partial']})" if daily[0]["partial"] else ""))
    else:
        for key, color in series:
            trend.plot(days, [d[key] for d in daily], marker="o", ms=3, label=words[key], color=color)
        if daily[-1]["partial"]:
            trend.axvspan(len(days) - 1.5, len(days) - 0.5, color="#eeeeee", zorder=0, label="* " + words["partial"])
        trend.legend(fontsize=7, loc="upper left", bbox_to_anchor=(0, -0.2), ncol=2, frameon=False)
        trend.tick_params(axis="x", labelrotation=60, labelsize=7)
        step = max(1, len(days) // 15)  # a readable number of day labels
        ticks = list(range(len(days) - 1, -1, -step))[::-1]  # today always labelled
        trend.set_xticks(ticks, [days[n] for n in ticks])
    trend.set_ylim(bottom=0)
    trend.yaxis.get_major_locator().set_params(integer=True)
    trend.set_title(words["trend"])
    names = category_names(kb or load_kb(), lang)
    top = report["top_categories"][:8]
    bars.barh([names.get(c, c).replace(" ", "\n", 1) if lang == "both" else names.get(c, c) for c, _ in top][::-1],
              [n for _, n in top][::-1], color="#72b7b2")
    bars.tick_params(axis="y", labelsize=7 if lang == "both" else 9)
    bars.xaxis.get_major_locator().set_params(integer=True)
    bars.set_title(words["categories"])
    fig.tight_layout()
    return _png(plt, fig)


def _png(plt, fig) -> bytes:
    out = io.BytesIO()
    fig.savefig(out, format="png")
    plt.close(fig)
    return out.getvalue()
