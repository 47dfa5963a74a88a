"""Round thirty-six's lead classes, found walking `posbot chat` as a shop owner types the reply
shapes docs/WRITERS.md asks this round's writers for. Sentences written for these tests, not taken
from any eval file.

- A step refused, often with its reason ("can't unplug it, the till runs off it", "no way im
  opening that", "这个我不敢弄", "不敢乱拆 机器是银行的"): "Sorry, I didn't catch that" and the
  step asked again, or a reason read as a fact ("rush hour"). It is now a no to the step, set
  aside like one declined; beside a hurry ("现在不能关机 客人排队") it stays "take your time".
- The step told by what they did, not by how it went ("pressed and held power like u said",
  "held the power button 10 secs", "照你讲嘅做咗"): read as a new fault ("won't switch on") or
  not understood. It is the step done, and "now try a sale" asks how it went.
"""

import pytest

from tests.tables import after_first_fix, events, names, read_kinds


@pytest.mark.parametrize("lang, reply", [
    ("en", "can't unplug it, the till is on it"),
    ("en", "cant restart now, rush hour"),
    ("en", "no way im opening that"),
    ("en", "won't do that, scared to lose the day's sales"),
    ("en", "im not doing that"),
    ("en", "boss not here"),
    ("zh-hans", "这个我不敢弄"),
    ("zh-hans", "不敢乱拆 机器是银行的"),
    ("zh-hans", "怕数据没了 不敢重启"),
    ("zh-hans", "唔敢閂機啊 老細會鬧"),
])
def test_a_refused_step_is_set_aside(engine, lang, reply):
    last = after_first_fix(engine, lang, reply)
    assert "fix_not_doable" in names(last) and "reask" not in names(last), names(last)
    assert not events([last], "fix_outcome"), names(last)


@pytest.mark.parametrize("lang, reply", [
    ("zh-hans", "现在不能关机，客人在排队"),  # not now: take your time, the step still pending
    ("en", "can't, customers waiting"),
])
def test_a_step_put_off_for_a_queue_waits(engine, lang, reply):
    last = after_first_fix(engine, lang, reply)
    assert "fix_not_doable" not in names(last) and "reask" not in names(last), names(last)
    assert "wait" in read_kinds(last), names(last)


@pytest.mark.parametrize("lang, reply, worked", [
    ("zh-hans", "长按了还是不能关机", False),  # the step done and failing: no refusal
    ("en", "tried, it won't do it", False),
    ("en", "held it, nothing happened", False),
])
def test_a_failure_told_with_refusal_words_is_a_failure(engine, lang, reply, worked):
    last = after_first_fix(engine, lang, reply)
    assert "fix_not_doable" not in names(last), names(last)
    found = events([last], "fix_outcome")
    assert found and found[-1]["worked"] is worked, names(last)


@pytest.mark.parametrize("lang, reply", [
    ("en", "pressed and held power like u said"),
    ("en", "held the power button 10 secs"),
    ("en", "switched it off n on"),
    ("en", "did what u said"),
    ("en", "turned it off, waited, on again, tried a card"),
    ("zh-hans", "按你说的按住电源键了"),
    ("zh-hans", "照你讲嘅做咗"),
    ("zh-hans", "照做了"),
])
def test_the_step_told_by_its_deed_is_done(engine, lang, reply):
    last = after_first_fix(engine, lang, reply)
    assert "done" in read_kinds(last), names(last)
    assert "reask" not in names(last) and "problem" not in names(last), names(last)
    assert not events([last], "fix_outcome"), names(last)


@pytest.mark.parametrize("lang, reply, worked", [
    ("en", "pressed power, screen still frozen", False),  # how it went is said: no bare "done"
    ("zh-hans", "按了电源键 还是卡", False),
    ("en", "held the button, works now", True),
])
def test_a_deed_with_its_result_is_the_result(engine, lang, reply, worked):
    last = after_first_fix(engine, lang, reply)
    found = events([last], "fix_outcome")
    assert found and found[-1]["worked"] is worked, names(last)
