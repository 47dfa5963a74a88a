"""dlg98: what typing merchants said that the dialog did not hear - their place lost after serving a
customer, asked for in words of their own ("sorry, what were we on about?", "where we was?", "what was
your question?", "剛剛說到哪裡", "我哋講到邊呀"), at a question and at the person offer: the pending step
said again, not "didn't catch that" nor a person put through unasked. Each class is merchant language of
our own (none copied from an eval file) in zh (simplified and traditional) and English, with near misses,
played through the real engine."""

import pytest

from tests.conversation import converse
from tests.tables import (CODE_OPENING, event_pairs as _events, names, said as _said, noted_after,
                          to_state as _to_state)


# -- 1. their place lost after serving a customer, asked for in their own words ----------------------

LOST_PLACE = [
    ("zh-hans", "不好意思 刚刚说到哪了？来了个客人"),
    ("zh-hans", "我们讲到哪一步了"),
    ("zh-hant", "歹勢 剛剛說到哪裡？"),
    ("zh-hant", "吓？我哋講到邊呀？"),
    ("en", "sorry, what were we on about? had a customer in"),
    ("en", "sorry where we was? got busy"),
    ("en", "sorry, what was your question? i was serving"),
    ("en", "ok where did we leave off"),
]


# (at a question "刚刚说到哪了" and "what was your question?" were read before this round: asked back)
AT_A_QUESTION = [
    ("zh-hans", "我们讲到哪一步了"),
    ("zh-hans", "刚才聊到哪了 忙了一下"),
    ("zh-hant", "吓？我哋講到邊呀？"),
    ("zh-hant", "唔好意思 講到邊度啦"),
    ("en", "sorry, what were we on about? had a customer in"),
    ("en", "sorry where we was? got busy"),
    ("en", "ok where did we leave off"),
]


@pytest.mark.parametrize("lang, text", AT_A_QUESTION)
def test_place_lost_at_a_question_gets_the_question_again(engine, lang, text):
    texts, before = _to_state(engine, lang, "diagnosing")
    question = before.session["facts"]["question"]
    result = converse(engine, [*texts, text], lang)[-1]
    # (said word for word as the last turn, the loop guard may go on to the likeliest fix: lead34's)
    assert ("question_reasked", {"question": question, "why": "asked_back"}) in _events(result), \
        (_events(result), _said(result))
    assert "reask" not in names(result)


@pytest.mark.parametrize("lang, text", LOST_PLACE)
def test_place_lost_at_the_person_offer_gets_the_offer_again(engine, lang, text):
    texts, _ = _to_state(engine, lang, "offering_human")
    result = converse(engine, [*texts, text], lang)[-1]
    assert result.session["state"] == "offering_human", (_events(result), _said(result))
    assert "offer_reshown" in names(result) and "reask" not in names(result), (_events(result), _said(result))


NOT_LOST_PLACE = [
    ("zh-hans", "不好意思 刚刚说到哪了？不用了 转人工吧"),
    ("zh-hant", "講到邊都唔明 你講簡單啲"),
    ("en", "where were we? just put me through to a person"),
    ("en", "lost my place, talk plain please"),
]


@pytest.mark.parametrize("lang, text", NOT_LOST_PLACE)
def test_place_lost_beside_a_request_or_confusion_is_that_request(engine, lang, text):
    texts, _ = _to_state(engine, lang, "offering_human")
    result = converse(engine, [*texts, text], lang)[-1]
    assert "offer_reshown" not in names(result), (_events(result), _said(result))


# -- 2. the chip card taken out before the end, said without its object or as believed done ---------

def _noted(engine, lang, text, opening=None):
    return noted_after(engine, lang, opening or CODE_OPENING[lang], text)


PULLED_EARLY = [
    ("zh-hans", "客人插进去马上就拿出来了"),
    ("zh-hans", "他们以为好了就把卡拔出来"),
    ("zh-hant", "客人以為好了就拔出來"),
    ("zh-hant", "佢哋一插就拔，以為搞掂"),
    ("en", "the tourists put it in then take out quick"),
    ("en", "customers pull out too early, they think finish already"),
    ("en", "my helper took it out fast before the slip"),
]


@pytest.mark.parametrize("lang, text", PULLED_EARLY)
def test_card_taken_out_before_the_end_is_pulled_early(engine, lang, text):
    result, noted = _noted(engine, lang, text)
    assert "obs_card_pulled_early" in noted, (_events(result), _said(result))


NOT_PULLED_EARLY = [
    ("zh-hans", "以为好了 结果又报错了"),
    ("zh-hant", "客人等到出單先拔卡"),
    ("en", "i think it's finished now, it went through"),
    ("en", "they leave the card in until the slip prints"),
    ("en", "i take out the paper quick and put a new roll"),
]


@pytest.mark.parametrize("lang, text", NOT_PULLED_EARLY)
def test_a_card_left_in_or_a_sale_believed_done_is_no_early_pull(engine, lang, text):
    result, noted = _noted(engine, lang, text)
    assert "obs_card_pulled_early" not in noted, (_events(result), _said(result))


# -- 3. we went too fast for them: the same in plainer words --------------------------------------

TOO_FAST = [
    ("zh-hans", "你说的太快了 我跟不上"),
    ("zh-hans", "慢点说 我跟不上你"),
    ("zh-hant", "你講得太快 我跟唔上"),
    ("zh-hant", "講慢啲啦 跟唔上你"),
    ("en", "hold on, you're going too fast for me"),
    ("en", "you type too fast, can't keep up with you"),
]


@pytest.mark.parametrize("lang, text", TOO_FAST)
def test_too_fast_for_them_is_said_plainer(engine, lang, text):
    texts, _ = _to_state(engine, lang, "diagnosing")
    result = converse(engine, [*texts, text], lang)[-1]
    assert "simplified" in names(result) and "reask" not in names(result), (_events(result), _said(result))


NOT_TOO_FAST = [
    ("zh-hans", "网速跟不上 一直转圈"),
    ("zh-hant", "網速跟唔上 成日轉圈"),
    ("en", "the network can't keep up, it spins forever"),
]


@pytest.mark.parametrize("lang, text", NOT_TOO_FAST)
def test_a_network_that_cannot_keep_up_is_not_us_too_fast(engine, lang, text):
    texts, _ = _to_state(engine, lang, "diagnosing")
    result = converse(engine, [*texts, text], lang)[-1]
    assert "simplified" not in names(result), (_events(result), _said(result))


# -- 4. "so what now?" in short Cantonese beside a step: the step explained again --------------------
# (English "so now how?" and "then how lah", and "咁又點？" with its question mark, were read before this
# round: kept as controls, not cases)

CHIP_OPENING = {"en": "the card reader won't read chip cards", "zh-hans": "插卡读不到", "zh-hant": "插卡讀唔到"}
SO_WHAT_NOW = [
    ("zh-hans", "咁点呀"),
    ("zh-hans", "咁点好"),
    ("zh-hant", "咁點呀"),
    ("zh-hant", "咁點好"),
]
SO_WHAT_NOW_READ_BEFORE = [("en", "so now how?"), ("en", "then how lah"), ("zh-hant", "咁又點？")]


@pytest.mark.parametrize("lang, text", SO_WHAT_NOW + SO_WHAT_NOW_READ_BEFORE)
def test_so_what_now_beside_a_step_explains_the_step(engine, lang, text):
    before = converse(engine, [CHIP_OPENING[lang]], lang)[-1]
    assert before.session["state"] == "fixing", _said(before)
    result = converse(engine, [CHIP_OPENING[lang], text], lang)[-1]
    assert "explain_step" in names(result) and "reask" not in names(result), (_events(result), _said(result))


NOT_SO_WHAT_NOW = [
    ("zh-hant", "咁好喇 搞掂"),
    ("zh-hans", "咁就得喇 多谢"),
]


@pytest.mark.parametrize("lang, text", NOT_SO_WHAT_NOW)
def test_done_or_why_is_no_so_what_now(engine, lang, text):
    result = converse(engine, [CHIP_OPENING[lang], text], lang)[-1]
    assert "explain_step" not in names(result), (_events(result), _said(result))


# -- 5. an English hedge of another thing beside a clear success: the step worked ------------------
# (Chinese "好了 有點不好意思" was read as worked before this round: kept as controls, not cases)

TOUCH_OPENING = {"en": "the touch screen won't take my taps", "zh-hans": "触摸屏点不动", "zh-hant": "觸控屏撳唔郁"}


def _outcome(engine, lang, text):
    before = converse(engine, [TOUCH_OPENING[lang]], lang)[-1]
    assert before.session["state"] == "fixing", _said(before)
    result = converse(engine, [TOUCH_OPENING[lang], text], lang)[-1]
    return result, next((e.data for e in result.events if e.name == "fix_outcome"), None)


HEDGE_ASIDE = [
    ("en", "took the glove off and tapped bare, works like a charm. feel kinda dumb eh"),
    ("en", "yep that sorted it, kinda embarrassing really"),
    ("en", "all good now, sort of silly of me"),
    ("en", "working fine now. somewhat red faced here"),
]
HEDGE_ASIDE_READ_BEFORE = [
    ("zh-hans", "好了，手套摘了就能点，我有点傻"),
    ("zh-hant", "得咗 除咗手套就得 有啲尷尬"),
]


@pytest.mark.parametrize("lang, text", HEDGE_ASIDE + HEDGE_ASIDE_READ_BEFORE)
def test_a_hedge_of_another_thing_beside_a_success_is_worked(engine, lang, text):
    result, outcome = _outcome(engine, lang, text)
    assert outcome and outcome["worked"] and not outcome["partly"], (_events(result), _said(result))


HEDGE_OF_THE_OUTCOME = [
    ("en", "it kinda works now"),
    ("en", "no more beeping, it just kinda sits on the home screen"),
    ("en", "works now, kind of"),
    ("en", "sort of"),
]


@pytest.mark.parametrize("lang, text", HEDGE_OF_THE_OUTCOME)
def test_a_hedge_of_the_outcome_stays_partly(engine, lang, text):
    result, outcome = _outcome(engine, lang, text)
    assert outcome and outcome["partly"], (_events(result), _said(result))


def test_a_hedge_beside_a_failure_is_no_success(engine):
    result, outcome = _outcome(engine, "en", "still dead. sort of annoying")
    assert outcome and not outcome["worked"], (_events(result), _said(result))
