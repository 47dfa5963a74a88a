"""kb28: code forms of typed dev14's host-code merchants, as classes, with sentences of our own
(zh, traditional zh, en; not from an eval file): digits of other scripts (Thai ๙๑, Arabic-Indic
٥١, Devanagari ५१) and keycap emoji digits (5️⃣1️⃣) read as the ASCII digits they are; numbers in
them that are amounts, times or counts stay what they were as ASCII digits."""

import pytest

from knowledge.text import normalise
from tests.tables import EACH, recognised_as

test_code_forms = recognised_as([
    ("the terminal says ๕๑ when customers pay", "51"),      # Thai digits
    ("card declined with code ๙๖ again", "96"),
    ("机器显示 ๕๕ 刷不了", "55"),
    ("刷卡機一直跳 ๙๑ 怎麼辦", "91"),
    ("error ٥١ on the screen", "51"),                        # Arabic-Indic digits
    ("screen shows ५१ for every card", "51"),                # Devanagari digits
    ("机器一直出 5️⃣1️⃣ 刷不过去", "51"),                    # keycap emoji digits
    ("螢幕顯示 9️⃣6️⃣ 客人在等", "96"),
    ("it keeps saying 5️⃣5️⃣ when they enter the pin", "55"),
], code=EACH)


@pytest.mark.parametrize("text, plain", [
    ("๙๐", "90"), ("٠١٢", "012"), ("6️⃣3️⃣", "63"), ("#️⃣", "#"), ("５１", "51"), ("abc 51", "abc 51"),
])
def test_normalised_digits(text, plain):
    assert normalise(text) == plain


test_numbers_that_stay_no_code = recognised_as([
    "customer paid ๕๐๐ baht and wants the receipt again",     # an amount stays an amount
    "客人刷了 ๕๐๐ 块 要发票",
    "we open at ๙ o'clock, the terminal is fine",
    "今天賣了 1️⃣0️⃣ 筆 都正常",                               # a count in keycaps
    "thanks 👍 all good now",
], code=None)
