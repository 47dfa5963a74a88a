"""Round thirty-seven's lead class, from my walks with the reply shapes of docs/WRITERS.md: an
opening that corrects itself ("刷卡没反应 哦不是刷卡 是插卡没反应", "the printer, sorry not the
printer, the screen stays black"). The slip was read as the fault (the printer's fix offered for a
dark screen), or its words were read as facts ("swiping fails": "use the chip instead" offered to a
merchant whose chip reads fail). The words after the merchant's own correction are the message;
the slip is no fact. Sentences written for these tests, not taken from any eval file.
"""

import pytest

from tests.conversation import converse
from tests.tables import after_first_fix, events, fact_read, fixes, names, read_kinds


@pytest.mark.parametrize("text, meant", [
    ("打印机不出纸 说错了 是屏幕不亮", "屏幕不亮"),
    ("打印機唔出紙 唔係打印機 係個螢幕黑咗", "個螢幕黑咗"),
    ("the printer is dead, sorry not the printer, the screen stays black", "the screen stays black"),
    ("printer wont print, sorry not the printer, the card reader wont read chips",
     "the card reader wont read chips"),
])
def test_the_fault_after_the_correction_is_the_message(recogniser, text, meant):
    whole, alone = recogniser.recognise(text), recogniser.recognise(meant)
    assert alone.symptom and whole.symptom == alone.symptom, (whole.symptom, alone.symptom)


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "刷卡没反应 哦不是刷卡 是插卡没反应"),
    ("en", "swipe does nothing, sorry no, i mean inserting does nothing"),
])
def test_the_slip_is_no_fact(engine, lang, text):
    """Chip reads fail: the first step is not "use the chip instead of the stripe" (what a
    failing swipe would get), and a step is offered at all."""
    offered = fixes(converse(engine, [text], lang))
    assert offered and offered[0] != "fix_insert_chip", offered


@pytest.mark.parametrize("text, code, category, symptom", [
    # the correction says what a code is, not which fault: the code stays
    ("转账失败 显示A3 不是A3纸那个A3啊 是屏幕上的", "A3", "card", None),
    # the words after the correction name no fault of their own clearly: the whole message
    ("no signal on it, i mean the printer jams every slip", None, "network", "s_no_signal"),
    ("it's broken, i mean totally dead", None, "hardware", None),
    # a correction of the same fault in other words
    ("刷不了卡 哦我说错了 是打印机卡纸", None, "hardware", "s_paper_jam"),
    # no fault before the negation: nothing was corrected
    ("不是wifi的问题 刷卡一直超时", None, "network", None),
])
def test_what_no_slip_between_faults_keeps(recogniser, text, code, category, symptom):
    rec = recogniser.recognise(text)
    assert (rec.code, rec.category, rec.symptom) == (code, category, symptom)



@pytest.mark.parametrize("lang, reply", [
    ("en", "did as you said, what now"),
    ("en", "did it, what next?"),
    ("en", "ok did it. ran a card"),
    ("zh-hans", "照你说的做了 然后呢"),
    ("zh-hans", "重启了 然后呢？"),
])
def test_the_step_done_and_what_next_asked_is_done(engine, lang, reply):
    """The step said done with only "what now?" asked, or a sale run with no result told: the
    step is done and how it went is asked; not "sorry, I didn't catch that", not the step
    explained again."""
    last = after_first_fix(engine, lang, reply)
    kinds = read_kinds(last)
    assert "done" in kinds and "reask" not in names(last) and "explain_step" not in names(last), (kinds, names(last))
    assert not events([last], "fix_outcome"), names(last)


@pytest.mark.parametrize("lang, reply, worked", [
    ("en", "did it. failed again", False),
    ("en", "ok done. still no", False),
    ("zh-hans", "弄好了 刷了一张卡", True),
    # a success taken back with "no wait" and the fault told by its tone ("blank again"), and
    # the mirror, a failure corrected with "no wait" to a success
    ("en", "printed! ah no wait, blank again", False),
    ("en", "went through! no wait, declined", False),
    ("en", "still no. no wait, it printed", True),
    ("en", "nope. no wait, it went through", True),
])
def test_the_step_done_with_how_it_went_is_an_outcome(engine, lang, reply, worked):
    last = after_first_fix(engine, lang, reply)
    assert [e["worked"] for e in events([last], "fix_outcome")] == [worked], names(last)


@pytest.mark.parametrize("lang, reply", [("en", "how do i do that?"), ("zh-hans", "这个怎么弄？")])
def test_a_question_about_the_step_still_gets_it_explained(engine, lang, reply):
    assert "explain_step" in names(after_first_fix(engine, lang, reply))


# Cards named by their kind with "ones" for "cards" ("not all of them, just the foreign ones"):
# the fact was not read, and the merchant was told "now try a sale" for a sign-in step.
test_cards_named_ones_are_read = fact_read([
    ("not all of them, just the foreign ones", "obs_only_foreign_fail"),
    ("only the overseas ones get declined", "obs_only_foreign_fail"),
    ("only the chip ones", "obs_only_chip"),
    ("the tap ones dont work", "obs_only_contactless"),
    ("just the amex ones", "obs_one_brand_refused"),
], plain=True)


def test_a_kind_of_card_told_at_a_step_is_a_fact(engine):
    last = converse(engine, ["every card fails today, says declined",
                             "yes. no wait, not all of them, just the foreign ones"], "en")[-1]
    assert [e["observation"] for e in events([last], "observation")] == ["obs_only_foreign_fail"], names(last)


@pytest.mark.parametrize("lang, reply", [
    ("en", "it beeped twice then the logo"),
    ("en", "screen went black then came back with the bank logo"),
    ("zh-hans", "嘀了两声 出来银行的标志"),
])
def test_what_the_terminal_did_coming_back_is_the_restart_done(engine, lang, reply):
    """After "restart the terminal", what it did as it came back (beeps, the logo) instead of how
    a sale went: the restart done, a sale asked for; not "sorry, I didn't catch that", and the
    screen going dark while it restarts is no fact ("switches off by itself")."""
    last = after_first_fix(engine, lang, reply)
    kinds = read_kinds(last)
    assert kinds == ["done"] and "reask" not in names(last), (kinds, names(last))
    assert not events([last], "observation") and not events([last], "fix_outcome"), names(last)


@pytest.mark.parametrize("lang, reply", [
    ("en", "stuck on the logo"),
    ("zh-hans", "卡在开机画面不动了"),
    ("en", "beeped, logo, then frozen again"),
])
def test_a_restart_that_did_not_come_back_is_no_restart_done(engine, lang, reply):
    last = after_first_fix(engine, lang, reply)
    assert events([last], "observation") or [e["worked"] for e in events([last], "fix_outcome")] == [False], \
        names(last)
