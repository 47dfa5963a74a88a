"""Thirteenth round (issue 10 item 5): the merchant's script. Traditional in, traditional out;
English in, English out - and a short answer in the other script is an answer, not a change
of language. The rules (dialogs.engine._followed_language, dialogs.script.variant_of):

- a chat whose merchant has written words in its language is switched only by a full sentence
  in the other language (four Chinese characters, four English words); "不行", "係", "ok啦",
  "no", "still the same", "same lah" keep it;
- a chat not yet settled by words (it opened with a bare code) follows the first words;
- a language the merchant chose with a command is settled;
- a client set to English that opens mostly in English with one Chinese word is answered in
  English ("my POS 显示 0020000");
- a chat set simplified by a character or two (部机) turns traditional on Cantonese written
  without simplified characters; one with many simplified characters keeps simplified;
- a client set to Hong Kong or Taiwan Chinese is answered in traditional before any character
  tells;
- the rating asked after an agent closes the ticket is in the merchant's script.

Sentences written for these tests; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from dialogs.engine import language_of
from dialogs.typed_simulate import _wrong_script
from tests.conversation import converse
from tests.tables import events

HINT = {"zh": "zh-hans", "zh-hant": None, "en": "en"}


def _texts(result) -> list[str]:
    return [r.text + " ".join(b.label for b in r.buttons) for r in result.replies]


def _in_script(result, lang: str) -> bool:
    """Every reply of the turn in the merchant's script (the typed simulation's own measure)."""
    return not any(_wrong_script(t, lang) for t in _texts(result))


def _switches(results) -> list[str]:
    return [d["lang"] for d in events(results, "language")]


# -- a short answer in the other script keeps the chat's language ---------------------------------

SHORT_ANSWERS = [
    # (merchant's script, opening, short answers in the other script)
    ("en", "the card reader on my terminal stopped reading cards today", ["唔係", "冇", "好啦", "still 唔得"]),
    ("en", "receipt printer gives out blank paper since this morning", ["没有", "对", "ok啦", "still 不行"]),
    ("zh", "收款机今天一直读不了卡", ["nope", "same lah", "still the same", "ok"]),
    ("zh", "打印出来的小票是白纸", ["yes", "not yet", "still no good", "cannot leh"]),
    ("zh-hant", "部機今日成日讀唔到卡", ["no leh", "same same", "still the same", "ok lor"]),
    ("zh-hant", "收據印出嚟係白紙", ["yup", "not working", "still cannot lah", "ok"]),
]


@pytest.mark.parametrize("lang, opening, answers", SHORT_ANSWERS)
def test_a_short_answer_in_the_other_script_keeps_the_chats_language(engine, lang, opening, answers):
    results = converse(engine, [opening] + answers, HINT[lang])
    assert _switches(results) == [], [(a, r.session["lang"]) for a, r in zip(answers, results[1:])]
    for text, result in zip([opening] + answers, results):
        assert _in_script(result, lang), (text, _texts(result))


FULL_SENTENCES = [
    # near-misses: a full sentence in the other language still switches
    ("en", "the card reader on my terminal stopped reading cards today", "我睇唔明英文 可唔可以講中文", "zh"),
    ("en", "receipt printer gives out blank paper since this morning", "机器还是打出白纸", "zh"),
    ("zh", "收款机今天一直读不了卡", "it still cannot read any card at all", "en"),
    ("zh-hant", "部機今日成日讀唔到卡", "sorry can we talk in english please thanks", "en"),
]


@pytest.mark.parametrize("lang, opening, sentence, switched", FULL_SENTENCES)
def test_a_full_sentence_in_the_other_language_switches(engine, lang, opening, sentence, switched):
    results = converse(engine, [opening, sentence], HINT[lang])
    assert results[-1].session["lang"] == switched
    assert _switches(results) == [switched]


# -- a chat not yet settled by words follows the first words --------------------------------------

UNSETTLED = [
    # (client's hint, opening without words, first words, the language they give, their script)
    ("zh-hans", "0020000", "card cannot read", "en", "en"),
    ("en", "0020000", "唔得", "zh", "zh-hant"),
    ("en", "0020000", "不行", "zh", "zh"),
]


@pytest.mark.parametrize("hint, opening, words, switched, script", UNSETTLED)
def test_a_chat_opened_without_words_follows_the_first_words(engine, hint, opening, words, switched, script):
    results = converse(engine, [opening, words], hint)
    assert results[-1].session["lang"] == switched
    assert _in_script(results[-1], script), _texts(results[-1])


@pytest.mark.parametrize("lang, command, answer", [
    ("zh", "English please", "好"),
    ("zh-hant", "English please", "係"),
    ("en", "中文", "no"),
])
def test_a_chosen_language_is_settled(engine, lang, command, answer):
    opening = {"zh": "收款机读不了卡", "zh-hant": "部機讀唔到卡", "en": "terminal cannot read cards"}[lang]
    results = converse(engine, [opening, command, answer], HINT[lang])
    chosen = results[1].session["lang"]
    assert chosen != results[0].session["lang"]
    assert results[-1].session["lang"] == chosen


# -- a client set to English, an opening mostly English with one Chinese word ---------------------

@pytest.mark.parametrize("text, hint, lang", [
    ("my POS 显示 0020000", "en", "en"),
    ("my terminal 顯示 0020000", "en", "en"),
    ("card machine keep 死机", "en", "en"),
    # near-misses: no client setting, a Chinese client, or more Chinese than English
    ("my POS 显示 0020000", None, "zh"),
    ("my POS 顯示 0020000", "zh-hk", "zh"),
    ("我部POS error 咗 點算好", "en", "zh"),
    ("pos 出 0020000", "en", "zh"),
])
def test_a_client_set_to_english_reads_a_mostly_english_opening_as_english(text, hint, lang):
    assert language_of(text, hint) == lang


def test_a_mostly_english_opening_is_answered_in_english_throughout(engine):
    results = converse(engine, ["my POS 显示 0020000", "still cannot", "no"], "en")
    assert all(_in_script(r, "en") for r in results), [_texts(r) for r in results]


# -- the Chinese script: a slip of simplified, then Cantonese ------------------------------------

@pytest.mark.parametrize("lines, script", [
    (["部机0020000", "刷唔到卡"], "zh-hant"),
    (["部机出0020000", "入唔到卡 點算"], "zh-hant"),
    # near-misses: a Cantonese writer of simplified script writes many simplified characters
    (["我部机坏咗 点算", "唔得"], "zh"),
    (["部机0020000", "刷不到卡 怎么办"], "zh"),
    (["刷卡机显示0020000 怎么处理", "刷唔到"], "zh"),
])
def test_cantonese_after_a_slip_of_simplified_turns_traditional(engine, lines, script):
    results = converse(engine, lines, None)
    assert _in_script(results[-1], script), _texts(results[-1])


def test_an_english_chat_stays_english_through_cantonese_answers(engine):
    results = converse(engine, ["my terminal shows 0020000 at every sale", "唔得", "冇"], "en")
    assert all(_in_script(r, "en") for r in results), [_texts(r) for r in results]


@pytest.mark.parametrize("hint, script", [
    ("zh-HK", "zh-hant"), ("zh-TW", "zh-hant"), ("zh-hant", "zh-hant"),
    ("zh-hans", "zh"), ("zh-CN", "zh"), ("en", "en"),
])
def test_the_clients_script_answers_a_bare_code(engine, hint, script):
    result = converse(engine, ["0020000"], hint)[0]
    assert _in_script(result, script), _texts(result)


@pytest.mark.parametrize("hint, lines, script", [
    ("zh-HK", ["刷卡机显示0020000"], "zh"),
    ("zh-TW", ["0020000", "刷不了卡 怎么办"], "zh"),
    ("zh-hans", ["0020000", "刷唔到卡 點算"], "zh-hant"),
    ("zh-HK", ["0020000", "card cannot read"], "en"),
])
def test_the_clients_script_gives_way_to_the_merchants_characters(engine, hint, lines, script):
    results = converse(engine, lines, hint)
    assert _in_script(results[-1], script), _texts(results[-1])


# -- the rating after an agent closes the ticket ---------------------------------------------------

@pytest.mark.parametrize("lang, lines", [
    ("zh-hant", ["部機讀唔到卡", "搵真人"]),
    ("zh", ["收款机读不了卡", "转人工"]),
    ("en", ["terminal cannot read cards", "talk to a human"]),
])
def test_the_rating_after_an_agent_is_in_the_merchants_script(engine, lang, lines):
    results = converse(engine, lines, HINT[lang])
    assert results[-1].session["state"] == "handoff"
    rating = engine.agent_resolved(results[-1].session)
    assert rating.replies and _in_script(rating, lang), _texts(rating)


# -- small talk does not settle the language --------------------------------------------------------

@pytest.mark.parametrize("hint, lines, lang", [
    (None, ["hello", "壞咗"], "zh-hant"),
    ("en", ["hi", "不行"], "zh"),
    ("zh-hans", ["你好", "card cannot read"], "en"),
    # near-misses: a problem told in the chat's language settles it
    (None, ["hello my terminal cannot read cards", "壞咗"], "en"),
    ("zh-hans", ["你好 刷卡机读不了卡", "card cannot read"], "zh"),
])
def test_a_greeting_does_not_settle_the_language(engine, hint, lines, lang):
    results = converse(engine, lines, hint)
    assert results[-1].session["lang"] == ("en" if lang == "en" else "zh")
    assert _in_script(results[-1], lang), _texts(results[-1])


# -- pinyin: a short answer keeps an English chat, a sentence switches it ---------------------------

@pytest.mark.parametrize("lang, lines, switched", [
    ("en", ["the terminal will not read any card", "bu xing"], "en"),
    ("en", ["the terminal will not read any card", "shuaka haishi meiyou fanying"], "zh"),
    # the same rule in the Chinese scripts: pinyin is Chinese, the chat stays Chinese
    ("zh", ["收款机读不了卡", "bu xing"], "zh"),
    ("zh-hant", ["部機讀唔到卡", "haishi buxing a"], "zh"),
])
def test_pinyin_answers_follow_the_sentence_rule(engine, lang, lines, switched):
    results = converse(engine, lines, HINT[lang])
    assert results[-1].session["lang"] == switched


# -- a new problem keeps the script of the chat's last one ----------------------------------------

@pytest.mark.parametrize("lang, first, done, new, script", [
    ("zh-hant", ["打印機印唔到嘢"], ["得咗", "5"], "0020000", "zh-hant"),
    ("zh", ["收银机打印不出小票"], ["好了", "5"], "0020000", "zh"),
    ("en", ["receipt printer prints nothing"], ["yes fixed", "5"], "0020000", "en"),
    # near-miss: a new problem written in simplified is answered in simplified
    ("zh-hant", ["打印機印唔到嘢"], ["得咗", "5"], "刷卡机显示0020000 怎么办", "zh"),
])
def test_a_new_problem_keeps_the_chats_script(tmp_path, engine, lang, first, done, new, script):
    from bot.service import Service
    from bot.store import Store
    from dialogs.messages import Incoming

    with Store(str(tmp_path / "t.db")) as store:
        service = Service(store, engine, channel="test")
        for text in first + done:
            turn = service.handle("m", Incoming(text=text, language_hint=HINT[lang]))
        assert turn.result.session["state"] == "closed"
        turn = service.handle("m", Incoming(text=new, language_hint=HINT[lang]))
        assert turn.result.session["facts"]["problem"], _texts(turn.result)
        assert _in_script(turn.result, script), _texts(turn.result)


# -- sentence particles and thanks are no characters of a sentence ---------------------------------------------

@pytest.mark.parametrize("lang, lines, kept", [
    ("en", ["the card machine keeps saying declined for every card", "係呀", "唔得呀"], True),
    ("en", ["the card machine keeps saying declined for every card", "不行啊啊", "好啦"], True),
    ("en", ["receipt paper comes out with nothing on it", "得咗 多謝", "好了 谢谢"], True),
    # near-misses: four characters beside the particles are a sentence
    ("en", ["the card machine keeps saying declined for every card", "仲係唔得呀"], False),
    ("en", ["the card machine keeps saying declined for every card", "还是不行啊"], False),
    # a Chinese chat's particles are its own: the chat and its script stay
    ("zh-hant", ["部機刷咩卡都話拒絕", "係呀", "唔得呀"], False),
    ("zh", ["收款机刷什么卡都说拒绝", "是啊", "不行啊"], False),
    ("zh-hant", ["收據印出嚟係白紙", "得咗 多謝"], False),
    ("en", ["receipt paper comes out with nothing on it", "好咗啲 但係仲有啲淡 唔該"], False),
])
def test_particles_do_not_make_a_chinese_answer_a_sentence(engine, lang, lines, kept):
    results = converse(engine, lines, HINT[lang])
    assert (results[-1].session["lang"] == "en") == kept
    if kept or lang != "en":
        assert all(_in_script(r, lang) for r in results), [_texts(r) for r in results]


# -- the screen's Chinese typed alone is a quote ------------------------------------------------

SCREEN = "the terminal beeps and the sale fails, what does that mean"


@pytest.mark.parametrize("lang, lines, kept", [
    ("en", [SCREEN, "交易失败 请重试"], True),
    ("en", [SCREEN, "A0 請重新簽到"], True),
    ("en", [SCREEN, "通讯失败"], True),
    # near-misses: the merchant's own Chinese around the screen's words is a sentence
    ("en", [SCREEN, "交易失败 怎么办"], False),
    ("en", [SCREEN, "机器一直显示请重新签到"], False),
])
def test_the_screens_chinese_typed_alone_keeps_an_english_chat(engine, lang, lines, kept):
    results = converse(engine, lines, HINT[lang])
    assert (results[-1].session["lang"] == "en") == kept
    if kept:
        assert _in_script(results[-1], "en"), _texts(results[-1])


@pytest.mark.parametrize("lines, script", [
    # a traditional writer copying a simplified screen: the screen tells the terminal's script
    (["0020000", "交易失败，请联系发卡行", "唔得"], "zh-hant"),
    (["0020000", "交易失败 请重试"], None),
    # near-misses: the merchant's own simplified words decide; a short word a screen also
    # has ("沒有" of "没有原始交易") is the merchant's, and tells their script
    (["0020000", "请重新签到", "签了还是不行"], "zh"),
    (["部机出0020000", "沒有"], "zh-hant"),
    (["0020000", "發卡方"], "zh-hant"),
])
def test_the_screens_chinese_does_not_tell_the_merchants_script(engine, lines, script):
    results = converse(engine, lines, None)
    if script:
        assert _in_script(results[-1], script), _texts(results[-1])
    else:
        assert results[-1].session["variant"] is None
