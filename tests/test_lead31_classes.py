"""Round thirty-one's lead classes, found walking "which of these?" menus as a shop owner types.
Sentences written for these tests, not taken from any eval file.

- "都不是" typed to "which of these?" was read as nothing the first time (the choices again, with
  "say 都不是 if none fits"), because its leading word is 都: the no list lacked "都不是", "都唔係",
  "一个都不是". It is the "none of these" button typed.
- "none of these" (button or typed) was answered "Sorry, I didn't understand": we did understand.
  It is said back as that, then the screen's words or their own asked for.
- "不是 是打印不出来", "nope, its the printer not printing": a no, then another fault named, was
  "none of these" and "Sorry, I didn't understand", with "打印不出来" among the examples. The fault
  named after the no is the problem.
"""

import pytest

from dialogs.messages import Incoming
from tests.conversation import converse
from tests.tables import events, names

# a vague opening that gets "which of these?" (its options are checked in each test)
VAGUE = {"zh-hans": "刷卡老是失败", "zh-hant": "部機成日刷唔到卡", "en": "terminal says transaction failed please retry"}


def _menu_then(engine, lang, reply):
    results = converse(engine, [VAGUE[lang], reply], lang)
    assert events(results[:1], "clarify_offered"), "the scene: a menu is offered"
    return results[-1]


@pytest.mark.parametrize("lang, reply", [
    ("zh-hans", "都不是"), ("zh-hans", "一个都不是"), ("zh-hans", "哪个都不是啊"), ("zh-hans", "不是 都不对"),
    ("zh-hant", "都唔係"), ("zh-hant", "都唔係喎"),
    ("en", "nope none of those"), ("en", "none of them"),
])
def test_none_typed_is_the_none_button(engine, lang, reply):
    result = _menu_then(engine, lang, reply)
    said = " ".join(r.text for r in result.replies)
    assert "clarify_reshown" not in names(result), said
    assert result.session["state"] == "awaiting_problem", (names(result), said)
    assert "没看懂" not in said and "沒看懂" not in said and "didn't understand" not in said, said
    assert ("都不是" in said) if lang != "en" else ("none of those" in said), said


def test_the_none_button_is_said_back_as_none(engine):
    first = converse(engine, [VAGUE["en"]], "en")[-1]
    assert events([first], "clarify_offered")
    result = engine.handle(first.session, Incoming(button="pick:none"))
    said = " ".join(r.text for r in result.replies)
    assert "none of those" in said and "didn't understand" not in said, said


@pytest.mark.parametrize("lang, reply", [
    ("zh-hans", "不是 是打印不出来"), ("zh-hans", "都不是 是小票打不出来"),
    ("zh-hant", "都唔係 係打唔到單"),
    ("en", "nope none of those, its the printer not printing"), ("en", "no, the printer wont print"),
])
def test_a_fault_named_after_the_no_is_the_problem(engine, lang, reply):
    result = _menu_then(engine, lang, reply)
    problem = events([result], "problem")
    assert problem and problem[0]["category"] == "hardware", (names(result), [r.text for r in result.replies])
    assert "not_understood" not in names(result)


# a near miss: "not sure" to the menu is no "none of these"
def test_not_sure_to_the_menu_is_not_none(engine):
    result = _menu_then(engine, "zh-hans", "不知道")
    assert "都不是" not in " ".join(r.text for r in result.replies)


def test_none_to_a_question_is_its_no(engine):
    """("都不是" to a question after the code's details: was not understood)"""
    results = converse(engine, ["0020000", "跳过", "都不是"], "zh-hans")
    assert not events(results[2:], "not_understood"), [r.events for r in results[2:]]

