"""dlg77 (twenty-fifth round): 0020000's network family, the weakest by bench/by_family.py.

Three classes, each read by what the words are about, with other merchants' phrasings (other
trades, Englishes, Cantonese, typos); none is a sentence of an eval file.
"""

import pytest

from tests.conversation import converse
from tests.tables import events, fact_not_read, fact_read, fixes

# -- a signal said weak is no bars-up: "no Wi-Fi out here" beside it is the weak signal's -----------
# (obs_bars_but_offline's patterns leave out a message whose signal is said weak: concept few_bars)

test_weak_signal_no_wifi_is_weak = fact_read([
    "Signal? one bar on a good day, sometimes none. There's no wifi in the shed either",
    "reception is one bar if we're lucky, no wifi at the stall",
    "hardly any bars, and no internet from the cafe next door reaches here",
    "signal is poor, like one or two bars, we got no wifi out back",
    "信号就一格 有时候一格都没 那边也没有wifi",
    "信号很差 只有一格 仓库里没网",
    "信號好差 得一格 嗰邊冇wifi",
    "signal weak weak, one bar, no wifi for the market",
    "1 bar if im lucky. the wifi dont reach the garden",
], "obs_weak_signal")

test_weak_signal_no_wifi_not_bars_up = fact_not_read([
    "Signal? one bar on a good day, sometimes none. There's no wifi in the shed either",
    "reception is one bar if we're lucky, no wifi at the stall",
    "signal is poor, like one or two bars, we got no wifi out back",
    "信号就一格 有时候一格都没 那边也没有wifi",
    "信号很差 只有一格 仓库里没网",
    "信號好差 得一格 嗰邊冇wifi",
    "1 bar if im lucky. the wifi dont reach the garden",
], "obs_bars_but_offline")

# the SIM's full bars and no data are still read (dlg73's class stands)
test_full_bars_offline_still_read = fact_read([
    "信号有四个格 可就是连不上",
    "signal shows four bars but it can't connect",
    "信号满格 就是上不了网",
], "obs_bars_but_offline")

@pytest.mark.parametrize("lines, lang", [
    (["terminal keeps showing 0020000", "signal is one bar if I'm lucky, sometimes nothing. no wifi out in the yard"], "en"),
    (["刷卡机报0020000", "信号就一格 有时候没有 后院也没wifi"], "zh-hans"),
])
def test_weak_signal_leads_to_moving(engine, lines, lang):
    results = converse(engine, lines, lang)
    assert "fix_improve_signal" in fixes(results)[:1], fixes(results)


# -- another device of the shop spinning too: the shop's internet, not the sale timing out -----------

test_other_device_spinning_shop_offline = fact_read([
    "电脑上的会员系统今天也一直转圈",
    "收银电脑也转圈圈 打不开",
    "店里电脑那个点餐系统也在转圈",
    "部電腦個系統亦都係轉圈",
    "the booking laptop just keeps spinning too",
    "the pc at the till is stuck loading as well",
    "my tablet's stock app is spinning too",
    "even the computer's doing the spinning wheel thing, the same",
    "the ipad with the menu is loading forever too",
], "obs_shop_offline")

test_other_device_spinning_not_timeout = fact_not_read([
    "电脑上的会员系统今天也一直转圈",
    "the booking laptop just keeps spinning too",
    "收银电脑也转圈圈 打不开",
], "obs_timeout")

# a customer's phone on a payment code, or the terminal alone spinning, is not the shop offline
test_spinning_not_shop_offline = fact_not_read([
    "顾客手机扫码也一直转圈",
    "customer's phone spins too when scanning the qr code",
    "刷卡一直转圈然后超时",
    "the card machine just keeps spinning",
], "obs_shop_offline")


# -- the long code said again by its head: "still 002" is 0020000, not the issuer's 02 ---------------

HEAD_REPLIES = [
    ("zh-hans", "不行 还是002"),
    ("zh-hans", "没用 又报002了"),
    ("zh-hans", "还是那个0020"),
    ("zh-hant", "都係00200 冇用"),
    ("en", "nope, still 002"),
    ("en", "same thing, 0020 again"),
    ("en", "no luck mate still says 00200"),
    ("en", "didnt work, 002 again innit"),
    ("en", "still the 002 error"),
]


@pytest.mark.parametrize("lang, reply", HEAD_REPLIES)
def test_code_head_is_the_same_code(engine, lang, reply):
    opening = "刷卡机报错0020000" if lang != "en" else "card machine says 0020000"
    if lang == "zh-hant":
        opening = "部機報0020000"
    results = converse(engine, [opening, "都试过了" if lang != "en" else "tried everything", reply, reply], lang)
    recognised = [d.get("code") for d in events(results, "recognised")]
    assert "02" not in recognised, recognised
    assert all(r.session["facts"]["problem"]["code"] == "0020000" for r in results), \
        [r.session["facts"]["problem"] for r in results]


def test_code_head_leaves_amounts(engine):
    """Only a run with the leading zero that heads the open problem's code: an amount is no code."""
    results = converse(engine, ["刷卡机报错0020000", "金额是20.05"], "zh-hans")
    assert results[-1].session["facts"]["problem"]["code"] == "0020000"
    results = converse(engine, ["card machine says 0020000", "it was 002.50 for a coffee"], "en")
    assert "0020000" == results[-1].session["facts"]["problem"]["code"]


@pytest.mark.parametrize("text, heads", [
    ("不行 还是002", ["002"]),
    ("still 0020 mate", ["0020"]),
    ("又係00200", ["00200"]),
    ("002-0000, and underneath host not available", []),  # the code in parts is the code's own
    ("it was 002.50 for a coffee", []),
    ("at 0930 it failed", ["0930"]),  # a head only where the open code starts with it (not 0020000)
])
def test_code_head_runs(text, heads):
    from dialogs.engine import _CODE_HEAD
    assert _CODE_HEAD.findall(text) == heads
