"""Typed replies read in context (ninth round of issue 10, dlg17): outcomes in regional words,
a step told as a story with a wait inside it, "just tell me what to do" at a question, a code
that went through after all, bars counted beside "there is signal", the question's word echoed
back and denied, "some cards work, some don't", "the net is good". Each is read as what it
means, never as nothing and never as another fact. Sentences written for this test (not taken
from any evaluation set), in zh, traditional Chinese and English."""

from __future__ import annotations

import pytest

from dialogs.engine import Engine
from dialogs.interpret import Interpreter
from tests.conversation import reply_after as _play

FIX_EN = ["receipts wont print"]
FIX_ZH = ["小票打不出来"]
FIX_HK = ["部機冇訊號 碌唔到咭"]
STAGE_EN = ["my pos shows 0020000", "Ingenico"]  # "at which step does it fail?"
STAGE_ZH = ["机器一直报0020000", "新大陆"]
STAGE_HK = ["部機成日彈0020000", "百富"]


def _names(result) -> list[str]:
    return [e.name for e in result.events]


def _outcome(result) -> dict | None:
    return next((e.data for e in result.events if e.name == "fix_outcome"), None)


@pytest.fixture(scope="module")
def reader(kb, recogniser) -> Interpreter:
    return Interpreter(kb, recogniser)


# -- how a fix went, in regional words and as a story -------------------------------------------

@pytest.mark.parametrize("prior, reply, worked", [
    (FIX_ZH, "照做了 白整", False),            # Dongbei: done it, for nothing
    (FIX_ZH, "弄了半天 白忙", False),
    (FIX_ZH, "莫得用哦", False),               # Sichuan: no use
    (FIX_ZH, "还系噉 冇变", False),            # Hakka: still so
    (FIX_HK, "仲系噉", False),
    (FIX_HK, "試過 都係袂用", False),          # Minnan: cannot be used
    (FIX_ZH, "装好纸 打了一张 一次就过", True),
    (FIX_HK, "重新插好 三單都成功", True),
    (FIX_EN, "swapped the roll and it printed first try", True),
    (FIX_HK, "叫佢攞晒啲卡出嚟 淨係拍一張 一次過", True),
    (FIX_HK, "原來係張卡放反咗 而家得", True),
])
def test_an_outcome_in_regional_words(engine: Engine, prior, reply, worked):
    _, result = _play(engine, prior, reply)
    outcome = _outcome(result)
    assert outcome is not None, [(e.name, e.data) for e in result.events]
    assert outcome["worked"] is worked, outcome
    assert "reask" not in _names(result)


@pytest.mark.parametrize("prior, reply", [
    (FIX_ZH, "按住电源关掉 等一会再开机 连着做了三笔都成功"),
    (FIX_HK, "熄咗機 等一陣先再開 三單都成功"),
    (FIX_EN, "switched off, waited a bit, turned it back on, both cards went through first try"),
])
def test_a_wait_inside_the_story_of_the_step_is_no_wait(engine: Engine, prior, reply):
    """"等一会再开" is part of the restart told back, not "give me a moment"."""
    _, result = _play(engine, prior, reply)
    outcome = _outcome(result)
    assert outcome is not None and outcome["worked"] is True, [(e.name, e.data) for e in result.events]


@pytest.mark.parametrize("prior, reply", [
    (FIX_ZH, "等一下 我先去试试"),
    (FIX_EN, "hang on, trying it now"),
])
def test_a_real_wait_still_waits(engine: Engine, prior, reply):
    _, result = _play(engine, prior, reply)
    assert _outcome(result) is None and result.state == "fixing", _names(result)


@pytest.mark.parametrize("prior, reply", [
    (FIX_EN, "waited a few minutes, then it printed fine"),
    (FIX_EN, "took some time but it went through"),
])
def test_a_while_is_how_long_not_part_of_it(engine: Engine, prior, reply):
    """"a few minutes", "some time": a duration, not "only some of it worked"."""
    _, result = _play(engine, prior, reply)
    outcome = _outcome(result)
    assert outcome is not None and outcome["worked"] is True and not outcome["partly"], outcome


# -- "just tell me what to do", or "say it simpler", at a question ------------------------------

@pytest.mark.parametrize("prior, reply", [
    (STAGE_EN, "mate please just tell me what to do, why does it keep happening"),
    (STAGE_EN, "sorry my english no so good, can you say more easy"),
    (STAGE_ZH, "我也讲不来 你就说咋整吧"),
    (STAGE_ZH, "那我现在该怎么办 顾客还站着呢"),
    (STAGE_ZH, "啥子意思哦 听不明白"),
    (STAGE_HK, "你講嘅我聽無 要按怎弄"),
])
def test_wanting_the_next_step_moves_on(engine: Engine, prior, reply):
    """No answer to give: the question is skipped, never asked again, and no fix's steps are
    shown for a word like "顾客" that only shares a fix's title."""
    session, result = _play(engine, prior, reply)
    names = _names(result)
    assert "reask" not in names and "not_understood" not in names, names
    assert "steps_shown" not in names, names
    assert "fix_suggested" in names or "question_asked" in names, names


# -- an explained decline that went through after all ------------------------------------------

@pytest.mark.parametrize("opening, reply", [
    ("客人刷卡出来个91", "隔了几分钟再刷 过了 客人都挺高兴"),
    ("部機頭先刷卡出咗九一", "等咗一陣再碌 過咗 啲客都好開心"),
    ("card machine just gave 91 on a customer's card", "waited a few minutes, went through, all the customers were happy"),
])
def test_it_went_through_after_all_is_not_every_card(engine: Engine, opening, reply):
    """"客人都" beside a success is no "every card fails": the code stays explained."""
    _, result = _play(engine, [opening], reply)
    names = _names(result)
    assert "code_on_every_card" not in names, names
    assert "resolved" in names, names


# -- facts read in context -----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("信号有 就两格", "obs_weak_signal"),
    ("訊號有 得一格", "obs_weak_signal"),
    ("signal is there, 2 bars only", "obs_weak_signal"),
    ("信号有 满格", "obs_full_signal"),
])
def test_counted_bars_say_how_strong_the_signal_is(reader: Interpreter, text, expected):
    observed = reader.observed(text)
    assert expected in observed, observed
    assert not {"obs_full_signal", "obs_weak_signal", "obs_no_bars"} - {expected} & set(observed), observed


@pytest.mark.parametrize("text", ["摔过？没有啊 一直放柜台", "摔過？冇呀", "dropped? no never, it sits on the counter"])
def test_the_questions_word_echoed_and_denied_states_nothing(reader: Interpreter, text):
    assert "obs_dropped_moved" not in reader.observed(text)


@pytest.mark.parametrize("text", ["摔？对 上周从桌上摔下来了", "dropped? yes, it fell off the counter"])
def test_the_questions_word_echoed_and_confirmed_keeps_the_fact(reader: Interpreter, text):
    assert "obs_dropped_moved" in reader.observed(text)


@pytest.mark.parametrize("text, answer", [
    ("不是张张都这样 有的客人可以", "one"),
    ("唔係張張都係咁 有啲得有啲唔得", "one"),
    ("nah some cards work, some don't", "one"),
    ("张张都刷不过", "all"),
])
def test_some_cards_or_every_card(reader: Interpreter, text, answer):
    plain = reader.plain(text)
    readings = reader.answers("q_all_cards", plain, reader.observed(plain), raw=text)
    assert readings and readings[0].kind == "answer" and readings[0].value == answer, readings


@pytest.mark.parametrize("text", ["the network is good", "net's fine here", "internet is good, phone works"])
def test_the_net_is_good(reader: Interpreter, text):
    """"net", "is good": the shop's internet works (as "wifi is fine" always did)."""
    assert "obs_network_fine" in reader.observed(text)


def test_good_morning_is_no_time_of_day(reader: Interpreter):
    assert reader.observed("good morning, the card machine says 0020000") == []


def test_the_script_check_does_not_convert_traditional_text_again():
    """干擾 is traditional (干 stays in this word); 干扰 or 扰 in a traditional reply is not."""
    from dialogs.typed_simulate import _wrong_script

    assert not _wrong_script("請把終端遠離干擾源", "zh-hant")
    assert _wrong_script("請把終端遠離干扰源", "zh-hant")
    assert _wrong_script("请把终端远离干扰源", "zh-hant")


@pytest.mark.parametrize("text", ["房間門一關 連手機都冇得信號", "入到去冇得訊號"])
def test_no_signal_in_cantonese_is_no_signal(reader: Interpreter, text):
    """冇得 before a thing is "there is none" (冇得信號), not "cannot"."""
    assert "obs_no_bars" in reader.observed(text)


@pytest.mark.parametrize("text", ["the bill was $1,240 and the hold only $500", "it is 4500 rupees only", "total 380 dollars"])
def test_money_with_its_currency_is_talk_of_the_amount(reader: Interpreter, text):
    assert reader.talks_amount(text)


def test_the_cantonese_word_for_the_adapter(reader: Interpreter):
    """火牛 is the mains adapter: "個火牛唔見咗" is a lost charger."""
    assert "obs_wrong_charger" in reader.observed("個火牛唔見咗 而家用緊個手機火牛")


@pytest.mark.parametrize("text, answer", [
    ("wifi连不上 只搜到一个名字带5G的", "wifi"),
    ("連緊wifi 5G嗰個", "wifi"),
    ("the 5ghz wifi, cant join it", "wifi"),
    ("插的5G流量卡", "sim"),
])
def test_5g_beside_wifi_is_the_wifi_band(reader: Interpreter, text, answer):
    """"5G" in a Wi-Fi's name is its band; alone or with a SIM it is mobile data."""
    plain = reader.plain(text)
    readings = reader.answers("q_connection", plain, reader.observed(plain), raw=text)
    assert [r.value for r in readings if r.kind == "answer"] == [answer], readings


@pytest.mark.parametrize("text", [
    "used the charger from the back office, battery at full bars by lunch",
    "換咗個充電器 電池滿格",
])
def test_bars_of_the_battery_are_no_signal(reader: Interpreter, text):
    assert not {"obs_full_signal", "obs_weak_signal", "obs_no_bars"} & set(reader.observed(text))


@pytest.mark.parametrize("prior, reply", [
    (["机器放在底座上充不进电"], "用酒精把底座那几个触点擦了 放上去屏幕显示充电了"),
    (["terminal wont charge on its base"], "wiped the pins on the cradle, it shows charging now"),
    (["terminal wont charge on its base"], "swapped in the spare charger, full bars by noon and it's been great since"),
])
def test_charging_again_is_a_success(engine: Engine, prior, reply):
    _, result = _play(engine, prior, reply)
    outcome = _outcome(result)
    assert outcome is not None and outcome["worked"] is True, [(e.name, e.data) for e in result.events]


@pytest.mark.parametrize("reply", ["那这样客人会被扣两次吧", "噉樣個客會唔會俾人扣兩次㗎 會吧"])
def test_a_worried_tag_question_is_no_finding(engine: Engine, reply):
    """"…会被扣两次吧" during the duplicate check asks; it reports no two entries."""
    session, result = _play(engine, ["刷卡机转圈好久 客人说扣了两次钱", "没用", "扣了两次"], reply)
    assert session["facts"]["fix"] == "fix_check_duplicate"
    names = _names(result)
    assert "fix_outcome" not in names and "reask" not in names, [(e.name, e.data) for e in result.events]
    assert "explain_step" in names, names


def test_lets_try_is_no_question(reader: Interpreter):
    assert not reader.asks("好 那我试试吧") and reader.asks("客人会被扣两次吧")
