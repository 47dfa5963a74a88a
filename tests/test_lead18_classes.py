"""lead18: classes found by using posbot as merchants type, with sentences of our own in zh,
zh-hant and en, and near-misses that keep their old reading."""

import pytest

from dialogs.messages import Incoming
from tests.tables import events, fixes

STILL_NOT = {"zh-hans": "不行", "zh-hant": "唔得", "en": "no still not working"}


def _at_the_offer(engine, lang, opening):
    """The session where a person is first offered: every question and fix answered 'still no'."""
    result = engine.handle(None, Incoming(text=opening, language_hint=lang))
    for _ in range(12):
        if result.session["state"] == "offering_human":
            return result.session
        result = engine.handle(result.session, Incoming(text=STILL_NOT[lang], language_hint=lang))
    raise AssertionError("no person was offered after twelve 'still no'")


OPENING = {"zh-hans": "刷卡机一直报0020000", "zh-hant": "部機成日出0020000", "en": "terminal keeps saying 0020000"}

# -- "is there another way?" at the person offer is the offer's other choice ------------------

# "还有别的办法吗" to "shall I put you through to a person?": a question, which at the offer was
# read as "not sure" (a person is the safe choice), so the bot handed over saying it had tried
# every fix it knew. Asking for another way is the "try one more thing" beside the offer.
ANOTHER_WAY = [("zh-hans", "还有别的办法吗"), ("zh-hans", "那换个办法试试？"),
               ("zh-hans", "有没有其他办法啊"), ("en", "is there another way"),
               ("zh-hant", "仲有冇其他辦法試吓？"), ("zh-hant", "還有其他辦法嗎"),
               ("en", "anything else i can try?"), ("en", "got another idea?")]


@pytest.mark.parametrize("lang, reply", ANOTHER_WAY)
def test_another_way_at_the_offer_is_one_more(engine, lang, reply):
    session = _at_the_offer(engine, lang, OPENING[lang])
    result = engine.handle(session, Incoming(text=reply, language_hint=lang))
    assert events([result], "one_more"), result.events
    assert not events([result], "handoff"), result.events
    assert fixes([result]), "one more fix must be offered"


# near misses: a plain question or "huh?" at the offer still puts a person through (the safe
# choice), and "no more, get me a person" is a person
@pytest.mark.parametrize("lang, reply", [("zh-hans", "啥意思"), ("en", "huh what you mean"),
                                         ("zh-hans", "不用再试了 找个人吧"),
                                         ("zh-hans", "不要别的办法了 找人吧"),
                                         ("en", "no more tries, get me a human")])
def test_a_bare_question_or_a_person_at_the_offer_hands_over(engine, lang, reply):
    session = _at_the_offer(engine, lang, OPENING[lang])
    result = engine.handle(session, Incoming(text=reply, language_hint=lang))
    assert events([result], "handoff"), result.events
    assert not events([result], "one_more"), result.events


# -- a handoff after the fix limit never claims every fix was tried ----------------------------

# After three failed fixes the person offer stops the guessing; more fixes are left. Put through
# from there ("huh what you mean"), the bot said "we've tried every fix I know": untrue.
@pytest.mark.parametrize("lang, reply, said", [
    ("zh-hans", "啥意思", "试了3个方法"),
    ("en", "huh what you mean", "3 fixes didn't solve it"),
])
def test_handoff_after_the_limit_says_how_many_failed(engine, lang, reply, said):
    session = _at_the_offer(engine, lang, OPENING[lang])
    result = engine.handle(session, Incoming(text=reply, language_hint=lang))
    text = " ".join(r.text for r in result.replies)
    assert said in text, text
    assert "都试过了" not in text and "every fix I know" not in text, text
