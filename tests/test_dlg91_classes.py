"""dlg91: the dialog listens to what merchants type - a terminal left unused "a couple of months" or
"a while" (and "丢抽屉头", in the drawer said the south-western way), full signal bars with the little
data arrows idle, a steaming vat or big pot beside the terminal, the card out at the beep told as a
scene, the training word typed off the slip with spaces and a new helper practising on the terminal;
and three ways a fix's success was misheard: a "still" inside what the terminal was found to believe
("原来它以为还在两千年"), "same as the customer's SMS" (records agreeing), and the morning found charged
("今早一来满电 开机就用"). Each class is merchant language of our own (none copied from an eval file)
in zh (simplified and traditional) and other Englishes, with near-misses, played through the real engine."""

import pytest

from tests.conversation import converse, reply_after
from tests.tables import noted_after

CODE_OPENING = {"en": "card machine keeps saying 0020000",
                "zh-hans": "刷卡机每笔都报0020000",
                "zh-hant": "部機每單都出0020000"}


def _said(result):
    return [r.text for r in result.replies]


def _noted(engine, lang, text):
    return noted_after(engine, lang, CODE_OPENING[lang], text)


def _events(result):
    return [(e.name, e.data) for e in result.events]


# -- 1. a terminal left unused, said in other words ------------------------------------------------

LONG_UNUSED = [
    ("zh-hans", "机器放了三个多月嘛 一直搁在那里 今天才充起电"),
    ("zh-hans", "有段时间没用了 今天充上电一刷就报这个"),
    ("zh-hans", "收了摊就丢抽屉头 好久都莫动过它"),
    ("zh-hans", "这台机子放了一段时间 今天拿出来用就这样"),
    ("zh-hant", "部機有段時間沒用 今日叉返電就係咁"),
    ("zh-hant", "淡季完咗 部機擱了四個多月"),
]


@pytest.mark.parametrize("lang, text", LONG_UNUSED)
def test_a_terminal_left_unused_said_otherwise(engine, lang, text):
    result, noted = _noted(engine, lang, text)
    assert "obs_long_unused" in noted, (noted, _said(result))


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "用了一段时间就开始报错"),
    ("zh-hans", "备用的纸卷都放在抽屉里面"),
    ("zh-hant", "用咗一段時間先開始出錯"),
])
def test_used_for_a_while_is_no_terminal_left_unused(engine, lang, text):
    result, noted = _noted(engine, lang, text)
    assert "obs_long_unused" not in noted, (noted, _said(result))


# -- 2. the signal bars up, the data arrows idle: the SIM's data ----------------------------------

ARROWS_IDLE = [
    ("en", "bars are full but the little arrows next to them never blink"),
    ("en", "4 bars showing, but the up and down arrows are not moving at all"),
    ("en", "signal ok, 3 bars, the arrows don't flash though"),
    ("zh-hans", "信号有四格 但是旁边那个小箭头一直不动"),
    ("zh-hans", "信号满的 上下箭头都不闪"),
    ("zh-hant", "訊號滿格 但係旁邊啲箭頭唔郁"),
]


@pytest.mark.parametrize("lang, text", ARROWS_IDLE)
def test_bars_up_and_the_data_arrows_idle_is_the_sims_data(engine, lang, text):
    result, noted = _noted(engine, lang, text)
    assert "obs_data_arrows_idle" in noted, (noted, _said(result))
    assert result.session["facts"]["fix"] == "fix_check_sim_data", (noted, _said(result))


@pytest.mark.parametrize("lang, text", [
    ("en", "4 bars and the little arrows are blinking away"),
    ("zh-hans", "信号满格 箭头一直在闪"),
])
def test_arrows_moving_is_no_idle_data(engine, lang, text):
    # (the reading itself: the dialog's nearest-fact guess may still offer the idle arrows to confirm)
    reader = engine.interpreter
    assert "obs_data_arrows_idle" not in reader.observed(reader.plain(text))


# -- 3. a steaming vat or big pot beside the terminal ----------------------------------------------

STEAMING_VESSEL = [
    ("en", "it lives beside the jam pan, and the vapour rolls over it all day"),
    ("en", "it sits right by the dye vat, the vapour never stops coming up"),
    ("zh-hans", "机器就摆在染缸旁边 那缸一天到晚冒热气"),
    ("zh-hans", "挨着熬糖的大锅放的 那个锅一直冒热气"),
    ("zh-hant", "部機擺喺大鍋隔籬 成日都冒熱氣"),
]


@pytest.mark.parametrize("lang, text", STEAMING_VESSEL)
def test_a_steaming_vat_beside_it_is_the_damp(engine, lang, text):
    result, noted = _noted(engine, lang, text)
    assert "obs_by_steaming_vessel" in noted or "obs_wet" in noted, (noted, _said(result))
    assert result.session["facts"]["fix"] == "fix_dry_terminal", (noted, _said(result))


@pytest.mark.parametrize("lang, text", [
    ("en", "the big pot on the counter is where we keep the cash"),
    ("zh-hans", "机器放在大锅旁边 那锅早就不用了"),
])
def test_a_pot_without_steam_is_no_damp(engine, lang, text):
    result, noted = _noted(engine, lang, text)
    assert "obs_by_steaming_vessel" not in noted, (noted, _said(result))


# -- 4. the card out at the beep, told as a scene --------------------------------------------------

CARD_OUT_AT_BEEP = [
    ("en", "they put the card in and when it beeps out it comes, quick as anything"),
    ("en", "soon as it beeps out it pops, straight back in her purse"),
    ("zh-hans", "嘀一声我就叫客人把卡拿出来 一直都是这样"),
    ("zh-hans", "客人刚插进去 哔一声我就叫他把卡拿出来"),
    ("zh-hant", "嘀一聲我就叫佢將張卡攞出來"),
]


@pytest.mark.parametrize("lang, text", CARD_OUT_AT_BEEP)
def test_the_card_out_at_the_beep_is_pulled_early(engine, lang, text):
    result, noted = _noted(engine, lang, text)
    assert "obs_card_out_at_beep" in noted or "obs_card_pulled_early" in noted, (noted, _said(result))
    assert result.session["facts"]["fix"] == "fix_leave_card_in", (noted, _said(result))


@pytest.mark.parametrize("lang, text", [
    ("en", "once it beeps, the receipt prints and out it comes"),
    ("zh-hans", "嘀一声小票就出来了"),
])
def test_the_slip_out_at_the_beep_is_no_card_pulled(engine, lang, text):
    result, noted = _noted(engine, lang, text)
    assert "obs_card_out_at_beep" not in noted, (noted, _said(result))


# -- 5. the training word typed off the slip with spaces; a new helper practising ----------------

TRAINING_SPACED = [
    ("zh-hans", "小票最上面有 练习 两个字"),
    ("zh-hans", "打出来的单子 顶上有 演示 两个字"),
    ("zh-hant", "張單頂頭有 培訓 兩個字"),
]


@pytest.mark.parametrize("lang, text", TRAINING_SPACED)
def test_the_training_word_spaced_on_the_slip(engine, lang, text):
    result, noted = _noted(engine, lang, text)
    assert "obs_training_mode" in noted, (noted, _said(result))
    assert result.session["facts"]["fix"] == "fix_exit_training_mode", (noted, _said(result))


STAFF_PRACTISED = [
    ("en", "the new girl was practising on the terminal all last week"),
    ("en", "I was showing the new lad how it works on Monday"),
    ("zh-hans", "新来的学着收银 在机器上练手练了一下午"),
    ("zh-hant", "新嚟嗰個學著收錢 佢話練手"),
]


@pytest.mark.parametrize("lang, text", STAFF_PRACTISED)
def test_a_new_helper_practising_on_it(engine, lang, text):
    result, noted = _noted(engine, lang, text)
    assert "obs_staff_practised" in noted or "obs_staff_taught_on_it" in noted, (noted, _said(result))
    assert "sw_training_mode" in result.session["facts"]["candidates"], _said(result)


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "小票上有 谢谢惠顾 几个字"),
    ("en", "the new girl is good, she knows the terminal well"),
])
def test_no_training_read_from_other_words(engine, lang, text):
    result, noted = _noted(engine, lang, text)
    assert not {"obs_training_mode", "obs_staff_practised", "obs_staff_taught_on_it"} & set(noted), (noted, _said(result))


# -- 6. a success told as a story, misheard --------------------------------------------------------

DATE_PRIOR = {"en": [CODE_OPENING["en"], "the date on screen went back to 2000"],
              "zh-hans": [CODE_OPENING["zh-hans"], "屏幕上面的时间变成了二零零零年"],
              "zh-hant": [CODE_OPENING["zh-hant"], "收據印到 不過日期好怪 變咗2000年"]}


def _success(engine, lang, reply):
    prior = DATE_PRIOR[lang]
    before = converse(engine, prior, lang)[-1]
    assert before.session["facts"]["fix"] == "fix_set_datetime", _said(before)
    _, result = reply_after(engine, prior, reply, lang)
    return result


SUCCESS_STORIES = [
    ("zh-hans", "改了时间 再刷就过了 原来它以为还在一九七零年"),
    ("zh-hans", "改好日期 一刷就成功 原来机器当成还在一九七零年"),
    ("zh-hant", "改咗時間 再碌就得咗 原來佢以為還在二千年"),
    ("en", "fixed the clock, sale approved, turns out it thought it was still 2000 lol"),
    ("en", "set the date, ran a sale, approved, same as the customer's text message"),
    ("en", "date fixed, approved now, same as her bank app shows"),
    ("zh-hans", "时间改了 刷了一笔 成功了 跟客人短信上的一样"),
    ("zh-hant", "改咗日期 再碌 成功咗 同客人手機銀行一樣"),
]


@pytest.mark.parametrize("lang, text", SUCCESS_STORIES)
def test_a_success_story_is_heard(engine, lang, text):
    result = _success(engine, lang, text)
    outcomes = [d for n, d in _events(result) if n == "fix_outcome"]
    assert outcomes and outcomes[-1]["worked"], (_events(result), _said(result))


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "以为改好了 结果还是不行"),
    ("en", "I thought it was sorted but still the same as before"),
    ("zh-hans", "改了 跟之前一样 还是报"),
    ("en", "did it, same as before, still 0020000"),
])
def test_a_failure_beside_the_same_words_stays_a_failure(engine, lang, text):
    result = _success(engine, lang, text)
    outcomes = [d for n, d in _events(result) if n == "fix_outcome"]
    assert not (outcomes and outcomes[-1]["worked"]), (_events(result), _said(result))


MORNING_CHARGED = [
    ("zh-hans", "插到一直有电的那个插座 今早一来满电 开机就用"),
    ("zh-hans", "换了个插座 早上满电了 开机就能用"),
    ("zh-hant", "轉咗個插蘇 今朝滿電 開機就用"),
    ("en", "moved the plug to the always-on socket, came in to a full battery this morning"),
    ("en", "moved it to the other socket, came in to full battery"),
]

DEAD_MORNINGS = {"en": "the terminal is dead every morning, black screen, won't switch on though it was on charge",
                 "zh-hans": "机器每天早上都黑屏 开不了机 晚上明明插着电",
                 "zh-hant": "部機每朝都黑晒 開唔到機 夜晚明明叉住電"}


@pytest.mark.parametrize("lang, text", MORNING_CHARGED)
def test_the_morning_found_charged_is_success(engine, lang, text):
    prior = [DEAD_MORNINGS[lang]]
    before = converse(engine, prior, lang)[-1]
    if before.session["state"] != "fixing":
        prior = prior + ["不知道" if lang != "en" else "no idea"]
        before = converse(engine, prior, lang)[-1]
    assert before.session["state"] == "fixing", _said(before)
    _, result = reply_after(engine, prior, text, lang)
    outcomes = [d for n, d in _events(result) if n == "fix_outcome"]
    assert outcomes and outcomes[-1]["worked"], (_events(result), _said(result))


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "换了插座 早上还是没满电"),
    ("en", "moved the plug, still not fully charged this morning"),
])
def test_the_morning_not_charged_is_no_success(engine, lang, text):
    prior = [DEAD_MORNINGS[lang]]
    before = converse(engine, prior, lang)[-1]
    if before.session["state"] != "fixing":
        prior = prior + ["不知道" if lang != "en" else "no idea"]
    _, result = reply_after(engine, prior, text, lang)
    outcomes = [d for n, d in _events(result) if n == "fix_outcome"]
    assert not (outcomes and outcomes[-1]["worked"]), (_events(result), _said(result))


# -- 7. the overcharged part given back: a refund how-to ------------------------------------------

DIFFERENCE_BACK = [
    ("en", "sold him a basket for too much yesterday, how do I give him the difference back"),
    ("en", "took too much off her card this morning, how do I give her back the difference"),
    ("en", "overcharged a couple by ten bucks, how do I give them the difference back"),
    ("zh-hans", "多收了顾客的钱 怎么把差价还给她"),
    ("zh-hant", "琴日多收咗客人錢 點樣退返差價俾佢"),
]


@pytest.mark.parametrize("lang, text", DIFFERENCE_BACK)
def test_the_difference_back_is_a_refund(engine, lang, text):
    result = converse(engine, [text], lang)[-1]
    assert result.session["facts"].get("fix") == "fix_refund_procedure", _said(result)


@pytest.mark.parametrize("lang, text", [
    ("en", "no difference after the restart, still says 0020000"),
    ("zh-hans", "这两台机器有什么差别"),
])
def test_a_difference_asked_about_is_no_refund(engine, lang, text):
    result = converse(engine, [text], lang)[-1]
    assert result.session["facts"].get("fix") != "fix_refund_procedure", _said(result)
