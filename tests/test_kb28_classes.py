"""kb28: classes behind typed dev14's symptom merchants, with sentences of our own (zh,
traditional zh, en; none taken from an evaluation set)."""

import pytest

STRIPE = [
    "小票边上有一条红红的 是不是要坏了",
    "單子邊邊有一條粉紅的 怎麼回事",
    "there is a pink line down the side of every receipt",
    "the slips have a red streak on the edge now",
]


@pytest.mark.parametrize("text", STRIPE)
def test_end_of_roll_stripe_is_paper_out(engine, text):
    assert "obs_paper_out" in engine.interpreter.observed(text)


@pytest.mark.parametrize("text", [
    "小票上的字是红色的吗 打得很清楚",      # a colour asked about, no stripe
    "the red light is on but receipts are fine",
])
def test_no_stripe_no_paper_out(engine, text):
    assert "obs_paper_out" not in engine.interpreter.observed(text)


def test_loading_paper_explains_the_stripe(kb):
    fix = kb.fixes["fix_load_paper"]
    assert "纸卷快用完" in " ".join(fix.steps.zh) and "end of the roll" in " ".join(fix.steps.en)
