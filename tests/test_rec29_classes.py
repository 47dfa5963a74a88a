"""Sixteenth round (rec29): the classes behind chat-style dev17's misses, each with sentences of
our own (zh, traditional zh, en; not from an eval file, not from the knowledge base), and near
misses that keep their old reading."""

from tests.tables import EACH, not_recognised_as, recognised_as

# --- off-topic ---------------------------------------------------------------------------------
# Another device's part told run on from the device ("手机屏幕摔碎了": the phone's screen, then
# dropped), or the device without its part ("电视没信号": the TV's signal): that device's fault,
# not the terminal's, when nothing of the terminal or a payment is said.
ANOTHER_DEVICES_PARTS = [
    "平板屏幕摔裂了 附近哪里能换",
    "我家電視冇信號 係咪壞咗",
    "my laptop screen cracked when it fell, who fixes those",
    "笔记本电池鼓包了 能自己换吗",
]
test_another_devices_part_is_no_fault = recognised_as(ANOTHER_DEVICES_PARTS, category=None, code=None)
# ... a part said apart from the other device stays the terminal's, and with the terminal named
# the other device is context
THE_TERMINALS_PART = [
    ("手机掉水里了 屏幕也不亮了", "hardware"),
    ("电视都没信号 刷卡机也连不上", "network"),
]
test_a_part_apart_from_another_device_stays = recognised_as(THE_TERMINALS_PART, category=EACH)

# --- non-fault details --------------------------------------------------------------------------
# A date or a sum with the part of the day it was and nothing else: the detail (下午 is no 下午好).
DETAIL_AND_DAY_PART = [
    ("十二月二号上午", "date"),
    ("12月5號晚上", "date"),
    ("it was the 4th, in the evening", "date"),
]
test_a_detail_with_the_part_of_its_day = recognised_as(DETAIL_AND_DAY_PART, intent=EACH)
test_the_part_of_a_day_alone_or_greeting_stays = recognised_as(
    [("下午好", "greeting"), ("晚上好 在吗", "greeting")], intent=EACH)
test_a_date_and_a_fault_stays_the_fault = recognised_as(["12月2号下午开始刷卡一直失败"], intent=None)
