"""kb28: classes behind typed dev14's symptom merchants, with sentences of our own (zh,
traditional zh, en; none taken from an evaluation set)."""

import pytest

from tests.tables import EACH, fact_not_read, fact_read, recognised_as

STRIPE = [
    "小票边上有一条红红的 是不是要坏了",
    "單子邊邊有一條粉紅的 怎麼回事",
    "there is a pink line down the side of every receipt",
    "the slips have a red streak on the edge now",
]

test_end_of_roll_stripe_is_paper_out = fact_read(STRIPE, "obs_paper_out")

test_no_stripe_no_paper_out = fact_not_read([
    "小票上的字是红色的吗 打得很清楚",      # a colour asked about, no stripe
    "the red light is on but receipts are fine",
], "obs_paper_out")


def test_loading_paper_explains_the_stripe(kb):
    fix = kb.fixes["fix_load_paper"]
    assert "纸卷快用完" in " ".join(fix.steps.zh) and "end of the roll" in " ".join(fix.steps.en)


# A PIN keypad whose digits move (shuffled for security) and a restart at the same hour every
# night (scheduled maintenance): not faults, explained.
test_not_a_fault_symptoms = recognised_as([
    ("密码键盘的数字每次都在不同位置 客人一直按错", "s_pin_pad_shuffled"),
    ("輸密碼的時候數字每次都亂跳", "s_pin_pad_shuffled"),
    ("the digits on the pin pad are in a different place for every customer", "s_pin_pad_shuffled"),
    ("机器每天凌晨三点自己重启一下", "s_restarts_on_schedule"),
    ("部機每晚固定時間自己重啟", "s_restarts_on_schedule"),
    ("my terminal reboots itself every night at the same time", "s_restarts_on_schedule"),
], top=EACH)


@pytest.mark.parametrize("text", [
    "机器一直在重启 进不了系统",          # a boot loop, no time that comes back
    "the terminal keeps restarting",
    "密码忘了 怎么改",                    # the operator's password, not the PIN pad
])
def test_restart_and_password_near_misses(recogniser, text):
    rec = recogniser.recognise(text)
    assert not rec.candidates or rec.candidates[0].id not in ("s_restarts_on_schedule", "s_pin_pad_shuffled")


test_same_time_daily_is_read = fact_read(
    ["每天凌晨三点左右都会这样", "每晚固定時間就會重啟", "it happens every night at the same time, like clockwork"],
    "obs_same_time_daily")


def test_explanations_say_it_is_normal(kb):
    pin = kb.fixes["fix_explain_shuffled_pin_pad"]
    assert "随机" in pin.steps.zh[0] and "安全" in pin.steps.zh[0] and "random" in pin.steps.en[0]
    restart = kb.fixes["fix_explain_scheduled_restart"]
    assert "自动重启" in restart.steps.zh[0] or "定时重启" in restart.steps.zh[0]
    assert "scheduled automatic restart" in restart.steps.en[0]
