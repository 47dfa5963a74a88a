"""Reading by mechanism, seventh round of issue 10 (dlg15): a yes or no leading a reply to a
question whose answers are not named yes / no (the charging light: on / off) is that answer.
Sentences written for this test, in zh, traditional Chinese and English."""

from __future__ import annotations

import pytest

from dialogs.engine import Engine


@pytest.mark.parametrize("reply, answer", [
    ("yes original charger", "on"),
    ("yeah with the proper one it lights up", "on"),
    ("no, stays dark even with the original", "off"),
    ("是的 原装的", "on"),
    ("係呀 原裝嗰個", "on"),
    ("不亮 原装的也不亮", "off"),
])
def test_a_leading_yes_or_no_answers_an_on_off_question(engine: Engine, reply, answer):
    reader = engine.interpreter
    readings = reader.answers("q_charging_light", reply, reader.observed(reader.plain(reply)))
    assert readings and readings[0].kind == "answer" and readings[0].value == answer, readings
