"""kb25: success told by what came back to normal (the language changed back, the screen bright
and readable again, the copy printed and the customer very happy), also after "found it", which
alone is "found it, trying now". Sentences of our own (zh, traditional zh, en); near-misses
that must keep reading as a failure."""

from __future__ import annotations

import pytest

from dialogs.engine import Engine
from tests.conversation import reply_after as _play
from tests.tables import names

LANG_ZH = ["机器菜单突然全是英文了 看不懂"]
LANG_HK = ["部機啲字突然變晒英文 睇唔明"]
DIM_EN = ["the screen is so dim i can barely read the amount"]
PAPER_EN = ["receipts wont print"]
TWICE_ZH = ["客人说他被扣了两次钱"]
TWICE_EN = ["customer says she was charged twice"]


def _outcome(result) -> dict | None:
    return next((e.data for e in result.events if e.name == "fix_outcome"), None)


@pytest.mark.parametrize("prior, reply", [
    (LANG_ZH, "找到了 设置里面有个地球 点了中文 全变回来了"),
    (LANG_ZH, "按图标找到语言那项 改回来了 谢谢"),
    (LANG_HK, "搵到喇 揀返中文 全部變回來了"),
    (DIM_EN, "found the slider and pushed it up, now it nice and bright"),
    (DIM_EN, "turned it up in settings, can read it now"),
    (PAPER_EN, "found it, did the reprint, it printed the copy and the lady very happy"),
    # the customer settled ("消停了") or the merchant reassured ("那我放心了"): done
    (TWICE_ZH, "给他看了冲正那条记录 人总算消停了"),
    (TWICE_EN, "showed her the reversal on the list, she settled down"),
    (TWICE_ZH, "哦 原来是这样 那我放心了"),
])
def test_back_to_normal_is_success(engine: Engine, prior, reply):
    session, result = _play(engine, prior, reply)
    outcome = _outcome(result)
    assert outcome is not None and outcome["worked"], [(e.name, e.data) for e in result.events]
    assert "resolved" in names(result)


@pytest.mark.parametrize("prior, reply", [
    (LANG_ZH, "找了半天 还是没变回来"),
    (LANG_HK, "改咗 都係冇變回來"),
    (DIM_EN, "pushed it up but still not bright now"),
    (TWICE_ZH, "给他看了 人还没消停 还在闹"),
])
def test_not_back_is_never_success(engine: Engine, prior, reply):
    session, result = _play(engine, prior, reply)
    assert "resolved" not in names(result), [(e.name, e.data) for e in result.events]


def test_found_it_alone_still_waits(engine: Engine):
    session, result = _play(engine, LANG_ZH, "找到了")
    assert "resolved" not in names(result)
