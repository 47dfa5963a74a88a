"""Round thirty-four's lead classes, found walking `posbot chat` as a shop owner types. Sentences
written for these tests, not taken from any eval file.

- A kind of card said to fail "even" or "too" while every card is refused ("all of them yes even
  amex", "visa too", "连银联卡都不行"): the scheme's name read it as "only some kinds of card
  fail" (a foreign card's fault), against what the merchant had said, and the next fix asked the
  customer for another card. It is every card.
- "all of them" / "none of them" told unasked: answered "which way of reading the card fails?" with
  "every way" (a cryptic "Noted: Every way."). Said unasked, it is the cards or customers as often as
  the ways; it answers that question only as the reply to it.
- How long the fault has lasted told as a time ("since 9", "since about lunch", "20 mins maybe",
  "九点多开始的", "个几钟"): "Sorry, I didn't catch that", or the label's "开始" read as "it just
  began". A span under half an hour is "just began"; half an hour, hours or a time of day it began is
  longer.
"""

import pytest

from tests.conversation import converse
from tests.tables import events, names

ALL_DECLINED = {"en": "hi every card gets declined on my machine since this morning",
                "zh-hans": "今天早上开始每张卡都刷不过 都说拒绝",
                "zh-hant": "今朝開始每張卡都俾拒 全部唔得"}


def _observed(result) -> set[str]:
    return {e["observation"] for e in events([result], "observation")}


@pytest.mark.parametrize("lang, reply", [
    ("en", "all of them yes even amex"),
    ("en", "yes even the jcb ones"),
    ("en", "amex too"),
    ("en", "yeah even foreign cards"),
    ("en", "even diners"),
    ("zh-hans", "连运通都不行"),
    ("zh-hans", "运通也不行"),
    ("zh-hans", "连jcb都不行"),
    ("zh-hant", "連運通都唔得"),
])
def test_a_kind_of_card_failing_too_is_every_card(engine, lang, reply):
    results = converse(engine, [ALL_DECLINED[lang], reply], lang)
    first = events(results[:1], "observation")
    assert "obs_every_card" in {e["observation"] for e in first}, names(results[0])
    last = results[-1]
    assert "obs_foreign_card" not in _observed(last), names(last)
    assert "obs_one_brand_refused" not in _observed(last), names(last)
    assert not events([last], "fix_suggested"), names(last)  # (the step asked about stays)


@pytest.mark.parametrize("lang, text", [
    ("en", "only amex cards fail, visa fine"),  # near misses: one kind alone
    ("en", "just the amex ones get declined"),
    ("en", "even my visa is fine, only amex fails"),
    ("zh-hans", "只有运通卡刷不了"),
])
def test_one_kind_alone_stays_a_kind_of_card(engine, lang, text):
    observed = set(engine.interpreter.observed(text))
    assert "obs_every_card" not in observed, (text, observed)
    assert observed & {"obs_foreign_card", "obs_one_brand_refused"}, (text, observed)


@pytest.mark.parametrize("text", ["all of them yes", "none of them mate", "yeah all of them"])
def test_all_of_them_unasked_names_no_way_of_reading(engine, text):
    assert "q_entry_method" not in engine.interpreter.volunteered(text, {"q_entry_method"})


@pytest.mark.parametrize("text", ["all of them", "none of them work"])
def test_all_of_them_asked_is_every_way(engine, text):
    best = engine.interpreter.answers("q_entry_method", text, [])
    assert best and best[0].value == "every", best


@pytest.mark.parametrize("reply, lasting", [
    ("since 9", "yes"),
    ("since about lunch", "yes"),
    ("from 8 oclock", "yes"),
    ("since opening", "yes"),
    ("about 3 hrs", "yes"),
    ("an hour or so", "yes"),
    ("45 min", "yes"),
    ("20 mins maybe", "no"),
    ("bout 15 min", "no"),
    ("从九点多开始", "yes"),
    ("开门就这样", "yes"),
    ("九点多开始就刷不了", "yes"),
    ("十五分钟", "no"),
    ("个几钟", "yes"),
    ("5 mins ago", "no"),
])
def test_a_time_told_answers_how_long(engine, reply, lasting):
    best = engine.interpreter.answers("q_lasting", reply, [])
    assert best and best[0].value == lasting, (reply, best)


@pytest.mark.parametrize("text", [
    "the customer waited 10 minutes",  # near misses: a span of something else, a time with no fault
    "we close at 9",
    "lunch rush is crazy",
    "九点关门",
    "0020000 on every sale since 2pm. guy next door same bank same error",  # the hour, not how long ago
    "九点多开始就刷不了",
])
def test_another_time_answers_nothing_unasked(engine, text):
    assert "q_lasting" not in engine.interpreter.volunteered(text, {"q_lasting"})


@pytest.mark.parametrize("lang, opening, reply", [
    ("en", "all cards declined, other shops same", "since 9"),
    ("en", "all cards declined, other shops same", "since about lunch"),
    ("zh-hans", "所有卡都刷不了 隔壁也一样", "九点多开始的"),
])
def test_a_time_told_at_a_step_is_noted(engine, lang, opening, reply):
    results = converse(engine, [opening, reply], lang)
    last = results[-1]
    assert ("q_lasting", "yes") in {(e["question"], e["answer"]) for e in events([last], "question_answered")}, names(last)
    assert not events([last], "not_understood"), names(last)


@pytest.mark.parametrize("lang, opening, reply", [
    ("zh-hans", "小票出来一片空白 啥字都没有", "你问的什么 没看懂"),
    ("zh-hans", "小票出来一片空白 啥字都没有", "你刚才说啥 我没懂"),
    ("en", "receipts come out blank", "what u asking, dont get it"),
    ("en", "receipts come out blank", "sorry what was that? i dont get it"),
])
def test_asked_back_and_not_followed_is_said_plainer(engine, lang, opening, reply):
    """Our step asked back and not understood: in plainer words, not the same words again."""
    results = converse(engine, [opening, reply], lang)
    assert events(results[-1:], "simplified"), names(results[-1])


@pytest.mark.parametrize("lang, opening, reply", [
    ("zh-hans", "小票出来一片空白 啥字都没有", "好了 刚才你说啥来着"),  # near misses: only asked back
    ("en", "receipts come out blank", "sorry where were we"),
])
def test_only_asked_back_is_said_again(engine, lang, opening, reply):
    results = converse(engine, [opening, reply], lang)
    assert not events(results[-1:], "simplified"), names(results[-1])


WIFI_DOWN = {"en": "terminal keeps saying no connection, we on wifi", "zh-hans": "机器一直提示网络连接失败 用的wifi"}


@pytest.mark.parametrize("lang, reply", [
    ("en", "ok restarted router. wait let me try"),
    ("en", "router restarted, give me a sec to try"),
    ("zh-hans", "路由器重启了 等下我试试"),
])
def test_a_wait_with_the_step_done_asks_for_the_sale(engine, lang, reply):
    """The step reported done while they wait to try a sale (after a first "hang on"): the sale
    is what comes next, not the same step shown again."""
    results = converse(engine, [WIFI_DOWN[lang], "hang on" if lang == "en" else "等一下", reply], lang)
    last = results[-1]
    assert events([last], "step_done_waiting"), names(last)
    assert not events([last], "fix_suggested") and not events([last], "fix_outcome"), names(last)


@pytest.mark.parametrize("lang, reply", [
    ("en", "hmm still waiting"),
    ("en", "router still booting up"),
    ("zh-hans", "路由器还在重启"),
    ("zh-hans", "还在等它起来"),
])
def test_still_waiting_on_the_step_is_no_failure(engine, lang, reply):
    results = converse(engine, [WIFI_DOWN[lang], reply], lang)
    last = results[-1]
    assert not events([last], "fix_outcome"), names(last)
    assert not events([last], "question_answered"), names(last)


@pytest.mark.parametrize("lang, reply", [
    ("en", "still not working"),  # near misses: the step done, the fault still there
    ("en", "restarted router, still no connection"),
    ("zh-hans", "还是连不上"),
])
def test_still_failing_is_still_a_failure(engine, lang, reply):
    results = converse(engine, [WIFI_DOWN[lang], reply], lang)
    assert [e["worked"] for e in events(results[-1:], "fix_outcome")] == [False], names(results[-1])


@pytest.mark.parametrize("reply, outcome", [
    ("nope. actually yes! went thru", "worked"),  # the correction's yes agrees with the success after it
    ("nope sorry my bad it worked", "worked"),  # one breath: the correction starts the last part
    ("不行 搞错了 好了", "worked"),
    ("works. wait no, declined again", "failed"),  # a success taken back
    ("went through. oh wait no it didnt", "failed"),
    ("打出来了 哦不对 没有", "failed"),
])
def test_the_last_word_after_a_correction(engine, reply, outcome):
    assert engine.interpreter.outcome(reply) == outcome, reply


@pytest.mark.parametrize("reply, outcome", [
    ("yes fixed, sorry no more questions", "worked"),  # near misses: an apology, no retraction
    ("fixed thanks, no need for agent", "worked"),
    ("好了 等等 又不行了", "partly"),  # the fault back, not the success denied
])
def test_no_retraction_keeps_the_outcome(engine, reply, outcome):
    assert engine.interpreter.outcome(reply) == outcome, reply


@pytest.mark.parametrize("lang, opening, reply", [
    ("en", "hi every card declined since this morning", "since 9"),
    ("en", "hi every card declined since this morning", "bout 3 hrs now"),
    ("zh-hans", "所有卡都刷不了 一上午了", "九点多开始的"),  # (a guard: the round start read it as "still failing")
])
def test_an_answer_told_again_is_known(engine, lang, opening, reply):
    """How long, told at the first message and again in other words at the step: known, not
    "didn't catch that"."""
    results = converse(engine, [opening, reply], lang)
    assert ("q_lasting", "yes") in engine_answers(results[0]), "the scene"
    assert not events(results[-1:], "not_understood"), names(results[-1])


def engine_answers(result) -> set[tuple[str, str]]:
    return {(e["question"], e["answer"]) for e in events([result], "question_answered")}


@pytest.mark.parametrize("lang, opening, choice, correction, meant", [
    ("en", "card machine not reading cards", "tap", "sorry i meant chip not tap", "s_chip_not_read"),
    ("en", "card machine not reading cards", "tap", "wrong one, its the chip ones that dont read", "s_chip_not_read"),
    ("zh-hans", "机器读不了卡", "3", "我说错了 是插芯片读不了", "s_chip_not_read"),
])
def test_a_choice_taken_back_starts_the_option_meant(engine, lang, opening, choice, correction, meant):
    results = converse(engine, [opening, choice, correction], lang)
    assert results[0].session["state"] == "clarifying", "the scene"
    chosen = events(results[1:2], "clarified")
    assert chosen and chosen[0]["id"] != meant, ("the scene", chosen)
    again = events(results[-1:], "clarified")
    assert again and again[0]["id"] == meant and again[0]["by"] == "corrected", names(results[-1])


@pytest.mark.parametrize("lang, opening, choice, reply", [
    ("zh-hans", "机器读不了卡", "2", "我说错了 是插卡读不了"),  # near misses: the same option named again
    ("en", "card machine not reading cards", "tap", "i mean it still doesnt work"),  # no option named
])
def test_no_other_option_named_keeps_the_problem(engine, lang, opening, choice, reply):
    results = converse(engine, [opening, choice, reply], lang)
    assert not events(results[-1:], "clarified"), names(results[-1])


@pytest.mark.parametrize("lang, opening, wait, reply", [
    ("en", "card machine not reading cards", "hang on customer", "ok where were we"),
    ("en", "card machine not reading cards", "one sec", "back. what did you say?"),
    ("zh-hans", "机器读不了卡", "等一下", "好了 刚才你说啥来着"),
])
def test_choices_asked_for_again_are_shown_again(engine, lang, opening, wait, reply):
    results = converse(engine, [opening, wait, reply], lang)
    assert results[0].session["state"] == "clarifying", "the scene"
    last = results[-1]
    assert events([last], "options_reshown") and last.session["state"] == "clarifying", names(last)
    assert not events([last], "clarified"), names(last)


@pytest.mark.parametrize("lang, opening, reply", [
    ("en", "card machine not reading cards", "dunno, just tell me what to do"),  # near miss: advice asked
])
def test_advice_asked_at_the_choices_starts_the_likeliest(engine, lang, opening, reply):
    results = converse(engine, [opening, reply], lang)
    assert events(results[-1:], "clarified"), names(results[-1])


@pytest.mark.parametrize("lang, opening, reply", [
    # the bot asks which step fails (q_sale_stage); the merchant quotes it back
    ("en", "terminal shows 0020000 on every card", "which step it fails? when card goes in, nothing else"),
    ("en", "terminal shows 0020000 on every card", "when exactly does it fail?? right at the card. that's all"),
    ("zh-hans", "机器显示0020000 每张卡都这样", "哪一步报错？插卡的时候 没别的了"),
])
def test_our_question_quoted_back_is_no_goodbye(engine, lang, opening, reply):
    """The question quoted before the answer: the answer is read; "nothing else" is no goodbye.
    (Round thirty-five: the quoted question must repeat words of ours; the first cases quoted a
    question the bot had not asked at that step.)"""
    results = converse(engine, [opening, reply], lang)
    last = results[-1]
    assert events([last], "question_echo_dropped"), names(last)
    assert not [e for e in events([last], "intent") if e.get("intent") == "bye"], names(last)
    assert last.session["state"] in ("diagnosing", "fixing"), names(last)


@pytest.mark.parametrize("lang, opening, reply", [
    ("en", "card reader not reading chip cards", "why is it doing this?"),  # near misses: a question only,
    ("en", "card reader not reading chip cards", "did you mean the slot? or the card?"),  # or two
    ("en", "card reader not reading chip cards", "0020000? what is that"),  # a code asked about
])
def test_a_question_alone_is_not_dropped(engine, lang, opening, reply):
    results = converse(engine, [opening, reply], lang)
    assert not events(results[-1:], "question_echo_dropped"), names(results[-1])


@pytest.mark.parametrize("lang, opening, reply", [
    ("en", "terminal shows 0020000 on every card", "where were we at? shop got busy"),
    ("en", "terminal shows 0020000 on every card", "Is it Verifone? V200 i think"),
    ("zh-hans", "机器显示0020000 每张卡都这样", "刚才说到哪了？来客人了"),
])
def test_the_merchants_own_question_is_no_echo(engine, lang, opening, reply):
    """Round thirty-five (holdout55's released c04, c12): a question of the merchant's own, not
    ours quoted, is read with the rest; dropped, "where were we" went unheard and was re-asked."""
    results = converse(engine, [opening, reply], lang)
    assert not events(results[-1:], "question_echo_dropped"), names(results[-1])


def test_a_topic_echoed_alone_stays(engine):
    """"Settlement? never pressed that one": the echo names what the answer is about (near miss)."""
    results = converse(engine, ["0020000 on every sale", "skip", "Settlement? Hmm I have never pressed that one"], "en")
    assert not events(results[-1:], "question_echo_dropped"), names(results[-1])
