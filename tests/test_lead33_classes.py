"""Round thirty-two's lead classes, found walking `posbot chat` as a shop owner types. Sentences
written for these tests, not taken from any eval file.

- A reply typed as it happened, with a correction in it ("still no. wait now it printed", "不行 哦等等
  好了"): read as "better but not fixed" and the next question asked, though the merchant's last
  word was that it works. The success after the correction word is the verdict.
- A polite no to the step ("rather not open it", "不想拆 怕弄坏", "唔敢開佢"): "didn't catch that",
  the step asked about again. It is set aside like a step out of reach (not tried, so not failed).
- The blame laid on someone who pressed buttons ("my nephew pressed something yesterday", "昨天孩子
  按了什么"): not understood during a step. It is the fact that someone changed the settings.
"""

import pytest

from tests.conversation import converse
from tests.tables import events, names
from tests.test_lead32_classes import _at_router_step  # the scene: the router restart pending


@pytest.mark.parametrize("lang, reply", [
    ("en", "ok done. still no. wait now it works"),
    ("en", "still no, oh wait it went through"),
    ("en", "nope… hang on, approved!"),
    ("zh-hans", "不行 哦等等 好了"),
    ("zh-hans", "还是不行…诶 可以了"),
    ("zh-hans", "没反应 等等 刷过去了"),
    ("zh-hant", "唔得 咦 得咗喇"),
])
def test_a_success_after_a_correction_is_the_verdict(engine, lang, reply):
    result = _at_router_step(engine, lang, reply)
    outcome = events([result], "fix_outcome")
    assert outcome and outcome[0]["worked"] and not outcome[0]["partly"], (names(result), outcome)


@pytest.mark.parametrize("lang, reply", [
    ("en", "works now. wait no, failed again"),  # near miss: the correction is to a failure
    ("en", "it worked once then failed again"),  # no correction: partly, as before
    ("zh-hans", "好了 哦不对 又不行了"),
    ("zh-hans", "一开始可以 后来又不行了"),
])
def test_near_misses_are_no_corrected_success(engine, lang, reply):
    result = _at_router_step(engine, lang, reply)
    outcome = events([result], "fix_outcome")
    assert outcome and not outcome[0]["worked"], (names(result), outcome)


@pytest.mark.parametrize("lang, reply", [
    ("en", "rather not open it"),
    ("en", "id rather not, its new and i dont want to break it"),
    ("en", "i'd prefer not to mess with it"),
    ("en", "scared i'll break it tbh"),
    ("zh-hans", "不想拆 怕弄坏"),
    ("zh-hans", "这个我不敢动 怕搞坏了"),
    ("zh-hant", "唔想開佢 驚整壞"),
    ("zh-hans", "不好意思去麻烦人家"),
])
def test_a_polite_no_to_the_step_sets_it_aside(engine, lang, reply):
    result = _at_router_step(engine, lang, reply)
    said = " ".join(r.text for r in result.replies)
    assert events([result], "fix_not_doable"), (names(result), said)
    assert not events([result], "fix_outcome"), "not tried, so not failed"
    assert events([result], "fix_suggested") or events([result], "question_asked") or \
        events([result], "handoff_offered"), ("the next step comes", names(result))


@pytest.mark.parametrize("lang, reply", [
    ("en", "rather not wait, it still fails"),  # near miss: a failure, not a refusal
    ("en", "how do i open it without breaking it?"),  # a question how, not a no
    ("zh-hans", "不想等了 还是不行"),
    ("zh-hans", "拆了 还是不行"),
])
def test_near_misses_are_no_refusal(engine, lang, reply):
    result = _at_router_step(engine, lang, reply)
    assert not events([result], "fix_not_doable"), names(result)


@pytest.mark.parametrize("lang, reply", [
    ("en", "my nephew pressed something yesterday"),
    ("en", "the kids pushed some buttons on it this morning"),
    ("zh-hans", "昨天孩子按了什么"),
    ("zh-hant", "個仔亂撳咗啲嘢"),
    ("zh-hant", "我阿仔今朝撳過啲嘢"),
])
def test_someone_pressing_buttons_is_settings_changed(engine, lang, reply):
    result = _at_router_step(engine, lang, reply)
    assert "obs_settings_changed" in [e["observation"] for e in events([result], "observation")], names(result)
    assert not events([result], "not_understood"), names(result)


@pytest.mark.parametrize("lang, reply", [
    ("en", "i pressed the power button, still nothing"),  # near miss: the step's own button
    ("zh-hans", "按了电源键 还是不行"),
])
def test_pressing_the_step_is_no_settings_change(engine, lang, reply):
    result = _at_router_step(engine, lang, reply)
    assert "obs_settings_changed" not in [e["observation"] for e in events([result], "observation")]


async def test_the_agents_card_lists_a_declined_step_as_not_done(tmp_path, engine):
    """Real application over HTTP against the fake Bot API, a real SQLite file: the step the
    merchant would rather not do reaches the agent as not done (and why), never as tried."""
    from tests.fakebotapi import running_fake_api
    from tests.harness import AGENT_GROUP, next_reply, running_bot

    merchant = 6660133
    async with running_fake_api() as api, running_bot(api, tmp_path / "bot.db", engine):
        for text in ("card machine not connecting since morning", "wifi", "rather not, the router is the landlord's"):
            api.push_text(merchant, text, first_name="Dee")
            await next_reply(api, merchant)
        api.push_text(merchant, "just get me a person", first_name="Dee")
        card = await next_reply(api, AGENT_GROUP, contains="#", with_buttons=True)
        assert "Not done:" in card.text and "Restart the router (merchant preferred not to)" in card.text, card.text
        assert "Restart the router ❌" not in card.text and "Restart the router ✅" not in card.text


@pytest.mark.parametrize("text, symptom", [
    ("card machine timing out", "s_timeout"),
    ("card machine timed out again", "s_timeout"),
    ("our card machine keeps timing out", "s_timeout"),
    ("card machine battery flat", "s_battery_drain"),
    ("card machine keeps restarting", "s_app_crash"),
])
def test_the_terminals_name_does_not_pull_a_fault_to_an_enquiry(engine, text, symptom):
    """"card machine timing out" was a sales enquiry ("how do i get a card machine"), "card
    machine timed out" a vague complaint: the name says nothing of which fault it is."""
    result = engine.recogniser.recognise(text)
    assert result.intent is None and result.decision == "confident", (result.intent, result.decision)
    assert result.symptom == symptom, (result.symptom, result.candidates[:2])


@pytest.mark.parametrize("text, intent", [
    ("how do i get a card machine", "sales"),  # near misses: the name with no fault
    ("how much is a card machine", "sales"),
    ("i want a second card machine for the bar", "sales"),
    ("card machine not working", "vague"),
    ("机器坏了", "vague"),
])
def test_the_name_alone_stays_an_enquiry_or_a_vague_complaint(engine, text, intent):
    assert engine.recogniser.recognise(text).intent == intent


CHIP_STEP = {"zh-hans": ["插卡读不出来"], "zh-hant": ["插卡讀唔到"], "en": ["chip cards not reading"]}


@pytest.mark.parametrize("lang, reply", [
    ("en", "visa ones work, the local bank ones dont"),
    ("en", "mastercard goes through but the credit union cards fail"),
    ("zh-hans", "就农行的卡不行"),
    ("zh-hans", "建行卡可以 工行卡刷不了"),
    ("zh-hant", "淨係郵政卡唔得"),
])
def test_one_banks_cards_failing_is_one_kind_of_card_not_a_fix_that_worked(engine, lang, reply):
    results = converse(engine, [*CHIP_STEP[lang], reply], lang)
    assert events(results[:1], "fix_suggested"), "the scene: a step is pending"
    result = results[-1]
    assert "obs_foreign_card" in [e["observation"] for e in events([result], "observation")], names(result)
    assert not events([result], "resolved"), "one kind of card still fails: not fixed"


@pytest.mark.parametrize("lang, reply", [
    ("en", "all cards work now"),  # near miss: every card, the step worked
    ("zh-hans", "农行卡也可以了 都好了"),
])
def test_every_card_working_is_still_a_fix_that_worked(engine, lang, reply):
    results = converse(engine, [*CHIP_STEP[lang], reply], lang)
    assert events(results[-1:], "resolved"), names(results[-1])


@pytest.mark.parametrize("lang, opening, reply", [
    ("en", "customer's card declined", "tried 3 different cards, all declined"),
    ("en", "one lady's card keeps getting declined", "every card does it now, mine too"),
    ("zh-hans", "客人的卡被拒了", "换了三张卡 所有卡都被拒"),
    ("zh-hant", "客人的卡被拒絕了", "換了幾張卡 張張卡都唔得"),
])
def test_every_card_told_during_a_card_fault_is_no_card_fault(engine, lang, opening, reply):
    """The card fault's steps went on ("charge in the local currency") after the merchant said
    every card is refused: then it is the terminal's or the account's fault."""
    results = converse(engine, [opening, reply], lang)
    first = events(results[:1], "problem")
    assert first and engine.kb.symptoms[first[0]["symptom"]].category == "card", ("the scene", first)
    result = results[-1]
    assert events([result], "every_card_rescoped"), names(result)
    assert events([result], "problem")[0]["symptom"] == "s_all_declined"


@pytest.mark.parametrize("lang, opening, reply", [
    ("en", "customer's card declined", "other cards work fine, just hers"),  # near miss: one card
    ("zh-hans", "客人的卡被拒了", "别的卡都可以 就他这张不行"),
])
def test_one_card_failing_stays_a_card_fault(engine, lang, opening, reply):
    results = converse(engine, [opening, reply], lang)
    assert not events(results[-1:], "every_card_rescoped"), names(results[-1])


@pytest.mark.parametrize("text", ["declined even on my own card", "even my own card gets declined",
                                  "我自己的卡也被拒"])
def test_the_merchants_own_card_refused_too_is_every_card(engine, text):
    result = engine.recogniser.recognise(text)
    assert result.symptom == "s_all_declined", (result.symptom, result.category, result.candidates[:2])


@pytest.mark.parametrize("lang, reply", [
    ("zh-hans", "路由器在房东家"),
    ("en", "the router's at the landlord's, he's out"),
    ("zh-hant", "個router喺房東度"),
])
def test_the_thing_at_someone_elses_place_is_out_of_reach(engine, lang, reply):
    result = _at_router_step(engine, lang, reply)
    assert events([result], "fix_not_doable"), names(result)
    assert not events([result], "fix_outcome"), "not tried, so not failed"


@pytest.mark.parametrize("reply", ["when the card goes in", "soon as the card goes in it comes up",
                                   "when they put the card in"])
def test_the_card_going_in_answers_which_way_fails(engine, reply):
    """It was "Noted: chip cards not read", then "which way of reading the card fails?" asked."""
    results = converse(engine, ["0020000 again ffs", reply], "en")
    result = results[-1]
    assert "obs_only_chip" in [e["observation"] for e in events([result], "observation")], names(result)
    assert "q_entry_method" not in [e["question"] for e in events([result], "question_asked")]
