"""Charts never show boxes for Chinese: the CJK font is found by family or by file, and its
absence is one warning naming the package to install."""

from __future__ import annotations

import logging
import warnings

import pytest

from bot import charts
from bot.stats import compute, period_start
from bot.store import Store


@pytest.fixture
def fresh_font_lookup():
    charts.cjk_font.cache_clear()
    yield
    charts.cjk_font.cache_clear()


def chinese_report():
    return {"conversations": 3, "daily": [
        {"day": "2026-11-24", "conversations": 2, "bot_resolved": 1, "handed_off": 1, "partial": 0},
        {"day": "2026-11-25", "conversations": 1, "bot_resolved": 0, "handed_off": 0, "partial": 1}],
        "top_categories": [("hardware", 2), ("host", 1)]}


def render_warnings(kb, lang):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        png = charts.overview_png(chinese_report(), lang, kb)
    assert png[:4] == b"\x89PNG"
    return [str(w.message) for w in caught if "missing from" in str(w.message)]


def test_chinese_labels_have_every_glyph(kb, fresh_font_lookup):
    assert charts.cjk_font(), "install fonts-wqy-microhei (or fonts-noto-cjk) for these tests"
    for lang in ("zh", "both", "en"):
        assert render_warnings(kb, lang) == [], lang


def test_without_a_cjk_font_a_glyph_is_missing(kb, fresh_font_lookup, monkeypatch, tmp_path):
    """The check above can fail: with no CJK font, matplotlib reports the missing glyphs."""
    from matplotlib import font_manager

    monkeypatch.setattr(font_manager.fontManager, "ttflist",
                        [f for f in font_manager.fontManager.ttflist if f.name not in charts.CJK_FAMILIES])
    monkeypatch.setattr(charts, "FONT_DIRS", [tmp_path])
    monkeypatch.setattr(charts, "CJK_FAMILIES", ())
    charts.pyplot().rcParams["font.sans-serif"] = ["DejaVu Sans"]
    try:
        assert render_warnings(kb, "zh")
    finally:
        charts.pyplot().rcParams["font.sans-serif"] = ["DejaVu Sans"]


def test_a_font_installed_after_the_cache_was_built_is_found_by_file(kb, fresh_font_lookup, monkeypatch):
    from matplotlib import font_manager

    stale = [f for f in font_manager.fontManager.ttflist if f.name not in charts.CJK_FAMILIES]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", stale)  # as if cached before installing
    family = charts.cjk_font()
    assert family in charts.CJK_FAMILIES
    assert render_warnings(kb, "zh") == []


def test_no_cjk_font_logs_one_line_naming_the_package(fresh_font_lookup, monkeypatch, tmp_path, caplog):
    from matplotlib import font_manager

    monkeypatch.setattr(font_manager.fontManager, "ttflist",
                        [f for f in font_manager.fontManager.ttflist if f.name not in charts.CJK_FAMILIES])
    monkeypatch.setattr(charts, "FONT_DIRS", [tmp_path])
    with caplog.at_level(logging.WARNING, logger="posbot.charts"):
        assert charts.cjk_font() is None
        assert charts.cjk_font() is None  # asked again: still one warning
    [record] = caplog.records
    assert "fonts-wqy-microhei" in record.getMessage() and "\n" not in record.getMessage()


def test_an_empty_period_is_a_sentence_not_empty_axes(kb, tmp_path):
    with Store(tmp_path / "empty.db") as store:
        report = compute(store, period_start("today"))
    png = charts.overview_png(report, "en", kb)
    assert png[:4] == b"\x89PNG"
    assert charts.LABELS["en"]["empty"] == "No conversations in this period yet"


def test_categories_are_named_in_each_language(kb):
    assert charts.category_names(kb, "en")["host"] == "Acquirer / switch"
    assert charts.category_names(kb, "en")["card"] == "Card / cardholder / issuer"
    assert charts.category_names(kb, "zh")["host"] == "收单/银联系统"
    assert charts.category_names(kb, "both")["network"] == "网络/通讯 Network"
