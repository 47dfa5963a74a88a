"""Round twenty-five's lead classes, each with its near misses. Sentences written for these
tests, not taken from any eval file.

- A reply to a question that names a step already done and says the fault goes on ("试咗 重启咗
  路由器 都係咁", "rebooted the modem, still the same") tells how things stand, not an answer. The
  step was noted as tried and then the same long question came back bare, as if nothing had been
  said; now it is said back ("understood, it still fails") like a bare "still the same", and a
  second time the question is skipped.
- Blank slips and paper that darkens on no side when scratched: not thermal paper, so turning the
  roll over cannot help and cleaning the head is not next: the thermal-paper fix is.
- The step worked, then the fault came back a while later, said in clauses of their own ("签到成功
  的 过一会又要签", "signed in ok but few mins later its asking again"): the clause of the success
  alone decided, and the ticket was closed as fixed. Now it helped for a while only ("partly").
  Not when the success is the story's end ("下了一会儿 然后又签了个到 现在能刷了").
- "Which of these: won't switch on, the app won't open, it asks to sign in?" answered with a step
  done that belongs to one option only ("插住電㗎", "换了插座也不行", "its plugged in"): that
  option, and the step not suggested again. It was "pick one by its number", then "I still
  don't understand", then a person, for a merchant who had said exactly what was wrong.
- "card machine not starting up", "the pos is not coming on": switching on said as starting,
  coming on, turning on was a card not read, code 56 or a vague complaint. As phrasings of the
  symptom they moved the fuzzy readings of other English messages (eight earlier tests); as words
  of the fact "won't switch on" (read exactly) they start the power dialog and move nothing else.
- A tried phrase with "another" in the data ("tried another socket") was never found: the word
  was rewritten to "other" in the phrases only. Each word for "other" now stands in the phrase.
"""

import pytest

from tests.conversation import converse
from tests.tables import events

DROPPING = {"zh-hans": ["刷卡机老掉线", "wifi", "没用"], "zh-hant": ["部機成日斷線 收唔到卡", "用wifi嘅", "冇用"],
            "en": ["card machine keeps dropping connection", "wifi", "didnt help"]}
STILL_AFTER_A_STEP = [
    ("zh-hans", "路由器重启过了 还是一样"), ("zh-hans", "重启了路由 照样掉"), ("zh-hans", "机器也关机重开过 还是不行"),
    ("zh-hans", "网线拔了重插 还那样"), ("zh-hans", "路由器我拔了插了好几次 没用"),
    ("zh-hant", "試咗 重啟咗路由器 都係咁"), ("zh-hant", "部機都熄咗再開過 仲係唔得"), ("zh-hant", "路由器拔咗再插 一樣"),
    ("en", "i restarted the router already, same thing"), ("en", "already turned it off and on, still dropping"),
    ("en", "rebooted the modem, still the same"),
]


@pytest.mark.parametrize("lang, text", STILL_AFTER_A_STEP)
def test_a_step_done_and_still_failing_is_said_back_not_a_bare_reask(engine, lang, text):
    results = converse(engine, [*DROPPING[lang], text], lang)
    question = results[2].session["facts"].get("question")
    assert question, "the scene asks a question after the failed fix"
    assert [e["question"] for e in events(results[3:], "still_failing")] == [question], \
        f"{text!r}: it still fails, said back"
    assert not [e for e in events(results[3:], "question_reasked") if e.get("why") == "unclear"], \
        "not the question bare again"


@pytest.mark.parametrize("lang, text", STILL_AFTER_A_STEP[::3])
def test_said_twice_the_question_is_skipped(engine, lang, text):
    results = converse(engine, [*DROPPING[lang], text, text], lang)
    question = results[2].session["facts"].get("question")
    assert [a for q, a in results[-1].session["facts"]["answers"] if q == question] == ["?"], \
        "a second time: they want to get on, the question is skipped"


@pytest.mark.parametrize("lang, text", [("zh-hans", "重启了路由 照样掉"), ("zh-hans", "重启咗路由 都系咁")])
def test_the_router_named_short_is_the_router_not_the_terminal(engine, lang, text):
    results = converse(engine, ["刷卡机老掉线", "4G的卡", text], lang)
    done = [e["fix"] for e in events(results[2:], "already_tried")]
    assert "fix_restart_terminal" not in done


BLANK_SLIPS = {"zh-hans": "小票打出来是白的", "zh-hant": "張單印出嚟係白紙", "en": "printer not printing the receipts, paper comes out blank"}


@pytest.mark.parametrize("lang, text", [
    ("en", "ok scratched, nothing shows"), ("en", "did the nail thing, stays white"),
    ("en", "scratched both sides, no mark"), ("en", "neither side goes dark"),
    ("zh-hans", "用指甲刮了一下 没变黑"), ("zh-hans", "两面都划了 不变黑"), ("zh-hans", "刮过了 两边都是白的"),
    ("zh-hant", "用指甲划咗 冇黑到"), ("zh-hant", "兩面都刮咗 都係白"),
])
def test_paper_that_does_not_darken_goes_to_thermal_paper_next(engine, lang, text):
    """Blank slips, and the scratch test shows no side darkens: the roll is not thermal paper.
    The pending "turn the roll over" cannot help, and the head is not what to clean: the
    thermal-paper fix comes next (it came after the head cleaning)."""
    results = converse(engine, [BLANK_SLIPS[lang], text], lang)
    assert events(results[:1], "fix_suggested")[0]["fix"] == "fix_paper_orientation", "the scene"
    assert [e["observation"] for e in events(results[1:], "observation")] == ["obs_paper_not_thermal"]
    assert [e["fix"] for e in events(results[1:], "fix_suggested")] == ["fix_thermal_paper_test"]


SIGN_IN_PROMPT = {"zh-hans": "机器一直提示请签到", "zh-hant": "部機成日話要簽到", "en": "terminal keeps asking me to sign on"}


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "签到成功的 过一会又要签"), ("zh-hans", "签上了 没多久又让签"), ("zh-hans", "签到是成功了 可是十分钟后又跳出来"),
    ("zh-hans", "签好了 几分钟后又提示签到"), ("zh-hant", "簽到成功 但係過一陣又要簽"), ("zh-hant", "得咗一陣 又唔得"),
    ("en", "signed in ok but few mins later its asking again"), ("en", "sign in worked, half an hour later same thing again"),
    ("en", "fine for 10 minutes then the same message"), ("en", "logged on fine, an hour later it wants it again"),
])
def test_a_success_that_ended_a_while_later_is_partly(engine, lang, text):
    results = converse(engine, [SIGN_IN_PROMPT[lang], text], lang)
    outcome = events(results[1:], "fix_outcome")
    assert outcome and not outcome[0]["worked"] and outcome[0]["partly"], f"{text!r}: helped for a while only"
    assert not events(results[1:], "resolved")


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "签到成功了 好了"), ("zh-hans", "等了一会儿 又签了一次 现在能刷了"),
    ("en", "after a while i signed in again and now its going through"), ("en", "signed in ok, working now, ill check again later"),
])
def test_a_success_that_ends_the_story_closes_it(engine, lang, text):
    results = converse(engine, [SIGN_IN_PROMPT[lang], text], lang)
    assert events(results[1:], "resolved"), f"{text!r}: it works now"


WONT_START = {"zh-hans": "机器今天早上打不开", "zh-hant": "部機今朝開唔到", "en": "cant get the terminal going"}


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "换了插座也不行"), ("zh-hans", "电源插好了的"), ("zh-hans", "插头插紧了 还是那样"), ("zh-hans", "插座是好的"),
    ("zh-hant", "插住電㗎"), ("zh-hant", "換咗個插蘇都係咁"),
    ("en", "its plugged in"), ("en", "already plugged in mate"), ("en", "tried another socket same"),
    ("en", "socket works fine, i tested it with my phone charger"),
])
def test_a_step_done_of_one_option_chooses_it(engine, lang, text):
    results = converse(engine, [WONT_START[lang], text], lang)
    assert events(results[:1], "clarify_offered"), "the scene offers options"
    chosen = events(results[1:], "clarified")
    # (a fact told with it may choose first: "socket works fine" is also the power fine)
    assert [e["id"] for e in chosen] == ["s_no_power"] and chosen[0]["by"] in ("tried", "fact")
    assert "fix_check_power_supply" not in [e["fix"] for e in events(results[1:], "fix_suggested")]


@pytest.mark.parametrize("lang, text", [("en", "restarted it twice"), ("en", "nope"), ("zh-hans", "不是")])
def test_a_step_of_every_option_or_none_chooses_nothing(engine, lang, text):
    results = converse(engine, [WONT_START[lang], text], lang)
    assert not [e for e in events(results[1:], "clarified") if e["by"] == "tried"]


@pytest.mark.parametrize("text", ["tried another socket", "tried a different socket", "tried other socket also",
                                  "tried different socket"])
def test_each_word_for_other_reads_the_tried_phrase(engine, text):
    assert engine.interpreter.tried_fixes(text) == ["fix_check_power_supply"]



@pytest.mark.parametrize("text", [
    "card machine not starting up", "the pos is not coming on", "my eftpos wont come on",
    "the payment terminal is not turning on today", "terminal not powering up", "machine won't start up this morning",
    "the till terminal isn't turning on", "my card machine is not powering on", "handheld wont power up",
])
def test_switching_on_said_as_starting_is_no_power(engine, text):
    results = converse(engine, [text], "en")
    assert "obs_no_power" in [e["observation"] for e in events(results, "observation")], text
    assert [e["fix"] for e in events(results, "fix_suggested")][:1] == ["fix_check_power_supply"]


@pytest.mark.parametrize("text", ["the printer is not starting to print", "the card machine is not coming online"])
def test_other_starts_are_not_no_power(engine, text):
    results = converse(engine, [text], "en")
    assert "obs_no_power" not in [e["observation"] for e in events(results, "observation")], text
