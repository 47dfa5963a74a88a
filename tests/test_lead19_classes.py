"""lead19's classes: a merchant who asks whether to do a short remedy by its name while a
question is pending ("要不要重启一下", "係咪要重新開機", "should I restart it?") is offered that
remedy next, not told why the bot is asking (walked in round 19)."""

import pytest

from dialogs.engine import Engine
from tests.conversation import converse
from tests.tables import fixes

OPENING = {"zh": ["机器一直报0020000", "没动过"], "en": ["terminal keeps showing 0020000 since this morning", "nothing changed"]}


@pytest.mark.parametrize("lang, text", [
    ("zh", "要不要重启一下"),
    ("zh", "係咪要重新開機"),
    ("zh", "是不是要重啟一下機器"),
    ("en", "should i restart it?"),
    ("en", "do I need to restart the terminal"),
])
def test_a_short_remedy_asked_for_by_name_is_offered(engine: Engine, lang, text):
    results = converse(engine, OPENING[lang] + [text], "zh-hans" if lang == "zh" else "en")
    assert fixes(results[-1:]) == ["fix_restart_terminal"], [r.text for r in results[-1].replies]


@pytest.mark.parametrize("lang, text", [
    ("zh", "重启过了 还是一样"),          # what they did, not a remedy asked for
    ("zh", "要不要重启路由器"),           # the router's restart: its own title, not the terminal's
    ("en", "i restarted it already"),
    ("en", "should i restart the router"),
])
def test_near_misses_are_not_the_terminal_restart_asked_for(engine: Engine, lang, text):
    results = converse(engine, OPENING[lang] + [text], "zh-hans" if lang == "zh" else "en")
    assert "fix_restart_terminal" not in fixes(results[-1:])


def test_the_whole_title_rule_wants_every_remedy_word(engine: Engine):
    interpreter = engine.interpreter
    assert interpreter._names_whole_title("fix_restart_terminal", "should i restart it")
    assert not interpreter._names_whole_title("fix_restart_router", "should i restart it")
    assert interpreter._names_whole_title("fix_restart_router", "should i restart the router")
