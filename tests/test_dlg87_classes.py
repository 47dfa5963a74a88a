"""dlg87: typed replies the dialog did not hear - a fix's success told as what the part did at once,
a daily routine (sign-in, settlement) answered as never done, a thanks before "I still don't know
how" (no how-to of a fix), and a long story read as a goodbye. Each class is merchant language of
our own (none copied from an eval file) in zh, zh-hant (Cantonese) and other Englishes, with
near-misses, played through the real engine."""

import pytest

from tests.conversation import converse

# -- 1. the part answering at once after the step is success -------------------------------------

TAP_IN_STAND = {"en": "contactless stopped working, chip and swipe ok. we put the terminal in a steel holder on monday",
                "zh-hans": "挥卡不行了 插卡可以 前几天给机器装了个铁支架",
                "zh-hant": "部機拍卡冇反應 插卡得 上個禮拜裝咗個鐵架"}

AT_ONCE_WORKED = [
    ("en", "took it out of the holder to try and the tap beeps straight off, holder's going in the bin"),
    ("en", "unscrewed the cradle, phones tap first go now. sending the cradle back"),
    ("en", "lifted it out of the stand for a test, customer tapped and it beeped right off"),
    ("en", "pulled it off the bracket n tap went thru straight off, bracket is going back"),
    ("en", "we moved it off the steel stand and now the taps are going through, no dramas"),
    ("en", "removed dat metal stand, now card tap and it beep quick quick"),
    ("en", "teken it oot the bracket and the tap works fine noo"),
    ("zh-hans", "把支架拆了试了一下 一挥马上就响 支架拿去退了"),
    ("zh-hans", "拆下来试了 闪付一下就过了 铁架退回去"),
    ("zh-hans", "把机器拿出来放柜台上 挥卡立马滴一声 付款成功"),
    ("zh-hant", "拆咗個鐵架試吓 一拍即刻嘟 個架攞返去退"),
    ("zh-hant", "攞咗出嚟試 拍卡即時過咗 啲架唔要喇"),
]


@pytest.mark.parametrize("lang, text", AT_ONCE_WORKED)
def test_the_part_answering_at_once_is_success(engine, lang, text):
    first = converse(engine, [TAP_IN_STAND[lang]], lang)[-1]
    assert first.session["facts"]["fix"] == "fix_remove_sticker", [r.text for r in first.replies]
    result = converse(engine, [TAP_IN_STAND[lang], text], lang)[-1]
    names = [e.name for e in result.events]
    assert result.session["state"] == "rating", (names, [r.text for r in result.replies])


AT_ONCE_NOT = [
    ("en", "took it out of the bracket, still no beep"),
    ("en", "out of the stand but it doesn't beep straight off, nothing"),
    ("zh-hans", "拿下来了 还是没反应"),
    ("zh-hans", "拆了 一挥马上又不响了"),
]


@pytest.mark.parametrize("lang, text", AT_ONCE_NOT)
def test_no_answer_at_once_is_no_success(engine, lang, text):
    result = converse(engine, [TAP_IN_STAND[lang], text], lang)[-1]
    assert result.session["state"] != "rating", [r.text for r in result.replies]


# -- 2. a routine answered as never done is the routine not done ---------------------------------

ROUTINE_UNDONE = [
    ("zh-hans", "签到没弄 不知道在哪 以前都是我老公搞的", "obs_not_signed_in"),
    ("zh-hans", "签到？那个我不会弄 以前是店长弄的", "obs_not_signed_in"),
    ("zh-hant", "簽到？唔知喺邊度 以前係我老公搞", "obs_not_signed_in"),
    ("en", "sign in? never did it, no idea where it is, my daughter used to do that", "obs_not_signed_in"),
    ("en", "log on? dunno where that is, my husband used to do it", "obs_not_signed_in"),
    ("zh-hans", "日结没搞过 以为是自动的", "obs_not_settled"),
    ("zh-hans", "结算这个从来没做过 卖机器的说它自己会弄", "obs_not_settled"),
    ("zh-hant", "結算？從來冇搞過 裝機嗰個話自動嘅", "obs_not_settled"),
    ("en", "settlement? never done one. the installer said its automatic", "obs_not_settled"),
    ("en", "settle? dont know where that is, my husband used to do it", "obs_not_settled"),
]

CODE_OPENING = {"en": "card machine keeps saying 0020000 on every sale",
                "zh-hans": "刷卡机每笔都报0020000",
                "zh-hant": "部機每單都出0020000"}


@pytest.mark.parametrize("lang, text, fact", ROUTINE_UNDONE)
def test_a_routine_never_done_is_noted(engine, lang, text, fact):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    assert fact in result.session["facts"]["noted"], ([e.name for e in result.events], [r.text for r in result.replies])


@pytest.mark.parametrize("lang, text, fix", [
    ("zh-hans", "签到？那个我不会弄 以前是店长弄的", "fix_sign_in"),
    ("zh-hant", "簽到？唔知喺邊度 以前係我老公搞", "fix_sign_in"),
    ("zh-hans", "日结没搞过 以为是自动的", "fix_settle_batch"),
    ("zh-hans", "结算这个从来没做过 卖机器的说它自己会弄", "fix_settle_batch"),
    ("zh-hant", "結算？從來冇搞過 裝機嗰個話自動嘅", "fix_settle_batch"),
])
def test_the_routine_is_the_next_fix(engine, lang, text, fix):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    assert result.session["facts"]["fix"] == fix, [r.text for r in result.replies]


ROUTINE_KEPT = [
    "签到每天都做 别的没有做",
    "sign in is done every morning, never did anything else",
    "I sign in every morning, dont know what else",
]


@pytest.mark.parametrize("text", ROUTINE_KEPT)
def test_a_routine_kept_is_not_undone(engine, text):
    assert "obs_not_signed_in" not in engine.interpreter.observed(text)


def test_signed_in_settlement_not_done(engine):
    observed = engine.interpreter.observed("签到了 结算没做")
    assert "obs_not_settled" in observed and "obs_not_signed_in" not in observed


# -- 3. thanks, then "I still don't know how": no how-to of the broadband fix ---------------------

@pytest.mark.parametrize("text", [
    "谢谢 但是我还是不知道怎么弄",
    "亚克西 可是我还是不知道怎么搞",
    "好的谢谢 我还是不知道要怎么做",
    "多謝 但係我都係唔知點搞",
])
def test_thanks_then_still_lost_names_no_fix(engine, text):
    assert engine.interpreter.step_asked_how(text, {}) != "fix_renew_broadband"


# -- 4. a long story is no goodbye ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "过年回老家一个多月 机子搁柜子里没人管 回来充上电就这样了",
    "放了一个寒假 柜子里没动 插上电开机就这样了",
    "关店装修了两个月 今天一开机 就这样了",
])
def test_a_story_ending_like_this_is_no_goodbye(engine, text):
    readings = engine.interpreter.read("diagnosing", {"question": "q_recent_change", "asked": [], "tried": []}, text)
    assert not any(r.kind == "intent" and r.value == "bye" for r in readings), readings


@pytest.mark.parametrize("text", ["好的 先这样 拜拜", "ok thats all, bye", "好 就这样吧", "bye"])
def test_a_goodbye_stays_a_goodbye(engine, text):
    readings = engine.interpreter.read("diagnosing", {"question": "q_recent_change", "asked": [], "tried": []}, text)
    assert any(r.kind == "intent" and r.value == "bye" for r in readings), readings


# ---------------------------------------------------------------- end to end (simulator)
@pytest.mark.parametrize("path,merchant_id", [
    ("knowledge/eval/typed_merchants_holdout43.yaml", "c11"),
    ("knowledge/eval/typed_merchants_holdout43.yaml", "c12"),
    ("knowledge/eval/typed_merchants_holdout44.yaml", "c10"),
    ("knowledge/eval/typed_merchants_holdout44.yaml", "s31"),
])
def test_released_merchants_resolve(engine, path, merchant_id):
    import yaml

    from dialogs.typed_simulate import play

    with open(path, encoding="utf-8") as handle:
        merchant = next(m for m in yaml.safe_load(handle)["merchants"] if m["id"] == merchant_id)
    assert play(engine, merchant).resolved


# -- 5. the hour it began today is no rush hour ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "今天中午开始 上午还好好的",
    "今天中午起就不行了 上午刷了很多笔",
    "今日中午開始 朝早冇事",
    "从今天中午到现在一直报",
    "从中午开始的 早上都好好的",
    "started at lunch today, this morning was fine",
    "since about noon, all morning it was ok",
    "it started around lunch, morning no problem",
])
def test_the_hour_it_began_is_no_rush(engine, text):
    assert "obs_busy_hours" not in engine.interpreter.observed(text)


@pytest.mark.parametrize("text", ["中午人多的时候就报", "every day at lunch it fails", "每天中午就卡"])
def test_a_rush_stays_a_rush(engine, text):
    assert "obs_busy_hours" in engine.interpreter.observed(text)


# near misses of class 2 from earlier rounds' shapes: a routine done, or named after the denial
@pytest.mark.parametrize("text", ["签到了 不知道为什么还是不行", "signed in this morning, still fails"])
def test_signed_in_then_still_failing_is_no_missing_sign_in(engine, text):
    assert "obs_not_signed_in" not in engine.interpreter.observed(text)


# -- 3. a menu item named for the sale is the wrong transaction type --------------------------------

@pytest.mark.parametrize("text", [
    "my girl goes menu, picks offline sale, then keys the amount",
    "she use the offline purchase option",
    "staff tap QR collection then ask the customer to insert the card",
    "店员点的离线消费 再输金额",
    "她每次按菜单第一个 离线什么的",
    "伙计点了扫码收款 然后让客人插卡",
    "佢撳咗掃碼收款 再叫客人插卡",
    "the young fella opens the menu and picks the first item on the list, then the amount",
])
def test_a_menu_item_named_is_the_wrong_type(engine, text):
    assert "obs_wrong_type" in engine.interpreter.observed(text)


@pytest.mark.parametrize("text", ["screen says offline", "终端离线了"])
def test_offline_alone_is_no_menu_item(engine, text):
    assert "obs_wrong_type" not in engine.interpreter.observed(text)
