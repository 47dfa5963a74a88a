"""lead15: classes found by using posbot as merchants type (the round's walkthrough), with
sentences of our own in zh, zh-hant and en, and near-misses that keep their old reading."""

from tests.tables import fact_not_read, fact_read, reply_to_first_fix_resolves

# -- a crowded shop as the reason for hurry is not "it fails at busy times" ---------------------

# "the shop is rammed" tells why the merchant is in a hurry; alone it says nothing of when the
# terminal fails (it had sent a busy-hours merchant to "move for a better signal" at once)
HURRY = [
    "POS says 0020000, the shop is rammed, help",
    "we're packed out here and the card machine keeps declining everything",
    "the go-kart track is slammed today and the reader just says error",
    "店里挤满了人 刷卡机一直报0020000 快点",
    "店入面逼滿人 部機一直報錯 快啲",
]
test_a_crowd_in_a_hurry_is_no_busy_hour = fact_not_read(HURRY, "obs_busy_hours")

BUSY_WHEN = [
    "it only fails when the bar is packed",
    "0020000 whenever we get busy, quiet times it's fine",
    "every time it gets busy at the weekend it drops the sale",
    "when we're rammed on a friday it just spins",
    "一到中午人多就报错",
    "午市人多嘅時候就報錯",
]
test_failing_at_busy_times_is_still_read = fact_read(BUSY_WHEN, "obs_busy_hours")

# -- a yes that agrees the fault is the same for all is no fix ----------------------------------

# "对 每张卡都这样" after "did that fix it?": the yes agrees the fault is as told (every card,
# the same), in words of sameness; it had been read as the fix working
test_yes_the_same_for_all_is_no_fix = reply_to_first_fix_resolves([
    ("zh-hans", "刷卡机报0020000 插卡的时候报", "对 每张卡都这样", False),
    ("zh-hant", "部機報0020000 插卡先會報", "係呀 張張卡都係咁", False),
    ("en", "terminal shows 0020000 when the chip goes in", "yeah every card does it", False),
    ("en", "terminal shows 0020000 when the chip goes in", "yes they all do it, chip only", False),
    # near misses: a yes with the cards going through now is still the fix working
    ("zh-hans", "刷卡机报0020000 插卡的时候报", "对 好了 每张卡都能刷了", True),
    ("en", "terminal shows 0020000 when the chip goes in", "yes that worked", True),
])
