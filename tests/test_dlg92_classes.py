"""dlg92: what typing merchants said that the dialog did not hear - a spare part "like the old one"
put in and working (一样的电池: the part's kind, not "still the same"); a question whether the
network is broken, with web pages named, taken for a remedy asked by its title's words; a receipt that stops half printed and goes on after a rest (the print head hot);
an update cut off at the wall, whose fix did not say to let it run to its end; and an explanation
taken on board in words that lie near a card code's wording ("not counted ... check" near "no
checking account"), read as a new problem; the screen's first words quoted, the rest unread
("'请先'啥子 后面糊了"); and a hot-water urn or boiler switched on, on the terminal's supply. Each class is merchant language of our own (none
copied from an eval file) in zh, zh-hant and English, with near misses, played through the real
engine."""

import pytest

from dialogs.script import to_simplified
from tests.conversation import converse

CODE_OPENING = {"en": "card machine keeps saying 0020000",
                "zh-hans": "刷卡机每笔都报0020000",
                "zh-hant": "刷卡機每筆都出0020000"}
BATTERY_FACT = {"en": "battery is done, full in the morning and nearly flat by lunch",
                "zh-hans": "电池不行了 早上充满 用到中午就剩一格",
                "zh-hant": "電池不行了 早上充滿 用到中午就剩一格"}


def _said(result):
    return [r.text for r in result.replies]


def _names(result):
    return [e.name for e in result.events]


# -- 1. a spare part "like the old one" put in, and it works ---------------------------------------

SAME_PART_WORKED = [
    ("zh-hans", "我弟有块一样的电池 拿来换上 好了"),
    ("zh-hans", "找了个一样的电池装上去 刷了两笔 都好了"),
    ("zh-hans", "邻居有一块一样的电池 换上去试了 好了"),
    ("zh-hant", "鄰居有一塊一樣的電池 換上去試了 好了"),
    ("zh-hant", "拿了一塊一樣的電池裝上 刷了三筆 都好了"),
]


@pytest.mark.parametrize("lang, text", SAME_PART_WORKED)
def test_a_spare_part_like_the_old_one_that_works_is_success(engine, lang, text):
    results = converse(engine, [CODE_OPENING[lang], BATTERY_FACT[lang], text], lang)
    assert results[1].session["state"] == "fixing", _said(results[1])
    assert results[-1].session["state"] == "rating", (_names(results[-1]), _said(results[-1]))


SAME_STILL = [
    ("zh-hans", "换了块一样的电池 还是一样"),
    ("zh-hans", "还是一样的报错"),
    ("zh-hans", "一样的 还是不行"),
    ("zh-hant", "換了一塊一樣的電池 還是一樣報"),
]


@pytest.mark.parametrize("lang, text", SAME_STILL)
def test_the_same_fault_stays_no_success(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], BATTERY_FACT[lang], text], lang)[-1]
    assert result.session["state"] != "rating", (_names(result), _said(result))


# (the English "same battery" was read as a determiner before dlg92: kept as a guard)
def test_the_same_battery_in_english_stays_success(engine):
    result = converse(engine, [CODE_OPENING["en"], BATTERY_FACT["en"],
                               "the shop next door had the same battery, popped it in, works now"], "en")[-1]
    assert result.session["state"] == "rating", (_names(result), _said(result))


# -- 2. "is the network broken?", web pages named: a question on the fault, no remedy named ---------

BROKEN_ASKED = [
    ("zh-hans", "wifi满格 手机连店里wifi网页也打不开 网络坏了吗"),
    ("zh-hans", "wifi是连上的 我手机连同一个wifi也开不了网页 是不是网络坏了？"),
    ("zh-hant", "WiFi有連上 格子滿的 我手機連同一個WiFi也開不了網頁 是網路壞了嗎？"),
    ("zh-hant", "WiFi有連上 手機連同一個WiFi網頁也開不了 是不是網路壞了？"),
]


@pytest.mark.parametrize("lang, text", BROKEN_ASKED)
def test_is_the_network_broken_names_no_login_page_remedy(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    facts = result.session["facts"]
    assert "named_fix" not in str(result.events), (_names(result), _said(result))
    assert facts.get("fix") != "fix_avoid_login_wifi", (facts.get("noted"), _said(result))


def test_a_remedy_asked_by_name_is_still_named(engine):
    # near miss: the remedy itself asked for ("should I ...?") is still read as a remedy named
    results = converse(engine, [CODE_OPENING["en"], "it's on the shopping centre wifi, the one with a login page",
                                "should I use a network with no login page then?"], "en")
    assert results[1].session["facts"].get("fix") != "fix_avoid_login_wifi" or \
        results[-1].session["state"] in ("fixing", "diagnosing"), _said(results[-1])


# -- 4. a receipt that stops half printed, and goes on after a rest: the print head hot -----------

HALF_STOPPED = [
    ("zh-hans", "今天客人多 小票打到一半就不打了 嘀嘀响"),
    ("zh-hans", "你好 卖布的 单子打到一半停住了"),
    ("zh-hant", "今天客人多 小票打到一半就不打了 一直嗶嗶叫"),
    ("en", "busy lunch, the slip stops half way through and the machine beeps"),
]


@pytest.mark.parametrize("lang, text", HALF_STOPPED)
def test_a_slip_stopping_half_printed_is_a_printer_fault(engine, lang, text):
    result = converse(engine, [text], lang)[-1]
    facts = result.session["facts"]
    assert (facts.get("problem") or {}).get("symptom") in ("s_printer_no_output", "s_printer_hot"), \
        (_names(result), _said(result))


RESTED = [
    ("zh-hans", "小票机打一半就停 歇一会儿又打一点"),
    ("zh-hans", "打小票老是停 停一会儿又能打 然后又停"),
    ("zh-hant", "小票機打一半就停 歇一會兒又打一點"),
    ("en", "receipt printer keeps stopping mid slip, after a little break it prints a bit more"),
    ("en", "the slip printer stops and then carries on after a rest, over and over"),
]


@pytest.mark.parametrize("lang, text", RESTED)
def test_printing_again_after_a_rest_cools_the_printer(engine, lang, text):
    result = converse(engine, [text], lang)[-1]
    facts = result.session["facts"]
    assert "obs_prints_after_rest" in facts["noted"], (facts["noted"], _said(result))
    assert facts.get("fix") in ("fix_cool_printer", "fix_move_cool_place"), (facts["noted"], _said(result))


HALF_JAMMED = [
    ("zh-hans", "小票打到一半纸卡住了"),
    ("zh-hant", "小票打到一半紙卡住了"),
    ("en", "the slip stops halfway, paper stuck in the slot"),
]


@pytest.mark.parametrize("lang, text", HALF_JAMMED)
def test_a_slip_stuck_half_way_is_a_jam_not_heat(engine, lang, text):
    result = converse(engine, [text], lang)[-1]
    assert (result.session["facts"].get("problem") or {}).get("symptom") == "s_paper_jam", (_names(result), _said(result))


NO_REST = [
    ("zh-hans", "歇了一会儿还是打不出来"),
    ("en", "left it to rest for a while, still nothing prints"),
]


@pytest.mark.parametrize("lang, text", NO_REST)
def test_a_rest_that_did_not_help_is_no_print_after_rest(engine, lang, text):
    opening = {"en": "the receipt printer keeps stopping", "zh-hans": "小票打不出来"}[lang]
    result = converse(engine, [opening, text], lang)[-1]
    assert "obs_prints_after_rest" not in result.session["facts"]["noted"], result.session["facts"]["noted"]


# -- 5. an update cut off at the wall: the fix says to let it run to its end ------------------------

UPDATE_CUT = [
    ("en", "there was an update bar going across last night and I switch it off at the wall when I close, so maybe it never finished"),
    ("zh-hans", "昨晚屏幕上有个升级的进度条 我关门就拔了电 可能没升级完"),
    ("zh-hant", "昨晚螢幕上有個升級的進度條 我關門就拔了電 可能沒升級完"),
]


@pytest.mark.parametrize("lang, text", UPDATE_CUT)
def test_an_update_cut_off_is_run_again_to_its_end(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    assert result.session["facts"].get("fix") == "fix_retry_update", (_names(result), _said(result))
    said = " ".join(_said(result))
    assert ("let it finish" in said) if lang == "en" else ("升级完成" in to_simplified(said)), said


# -- 6. an explanation taken on board in words near a card code's wording ---------------------------

HOLIDAY_OPENING = "card money from friday night is not in my account yet, today is monday morning"

TAKEN_ON_BOARD = [
    "ah so the weekend is not counted, I will wait and check",
    "right, weekend not counted then. I'll wait and check tomorrow",
    "ok so saturday and sunday are not counted, I'll wait and check then",
]


@pytest.mark.parametrize("text", TAKEN_ON_BOARD)
def test_an_explanation_taken_on_board_is_no_new_card_code(engine, text):
    results = converse(engine, [HOLIDAY_OPENING, text], "en")
    assert results[0].session["facts"].get("fix") == "fix_explain_holiday_payout", _said(results[0])
    assert results[-1].session["state"] == "rating", (_names(results[-1]), _said(results[-1]))
    assert not results[-1].session["facts"].get("problem", {}).get("code"), _said(results[-1])


CODE_MID_DIALOG = [
    ("en", "now it says no checking account"),
    ("en", "now it shows 51"),
    ("zh-hans", "现在又跳51了"),
]


@pytest.mark.parametrize("lang, text", CODE_MID_DIALOG)
def test_a_code_said_plainly_mid_dialog_is_still_a_new_problem(engine, lang, text):
    # near miss: the code typed, or its wording said whole, is still the new problem
    result = converse(engine, [CODE_OPENING[lang], BATTERY_FACT[lang], text], lang)[-1]
    code = (result.session["facts"].get("problem") or {}).get("code")
    assert code in ("52", "51"), (_names(result), _said(result))


# -- 7. the screen's first words quoted, the rest unread ("'请先'啥子 后面糊了") ----------------------

QUOTED_FIRST = [
    ("zh-hans", "上面还有一行 '请先'啥子 后面被油糊住看不清"),
    ("zh-hans", "小字写着'请先'什么的 后面模糊了"),
    ("zh-hans", "下面一行“请先”什么 后面的看不清"),
    ("zh-hant", "上面還有一行 “請先”什麼 後面被油蓋住看不清"),
    ("zh-hant", "小字寫著'請先'什麼的 後面模糊了"),
]


@pytest.mark.parametrize("lang, text", QUOTED_FIRST)
def test_quoted_first_words_of_an_unread_prompt_are_heard(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    assert "obs_prompt_first_unread" in result.session["facts"]["noted"], \
        (result.session["facts"]["noted"], _said(result))


# (the English was read before dlg92: kept as a guard)
def test_quoted_first_words_in_english_stay_heard(engine):
    result = converse(engine, [CODE_OPENING["en"], "there's a line above, says 'please' something, the rest is smudged"], "en")[-1]
    assert "obs_prompt_first_unread" in result.session["facts"]["noted"], result.session["facts"]["noted"]


QUOTED_WHOLE = [
    ("zh-hans", "小字写着'请先签到'"),
    ("zh-hans", "上面写着“交易失败”什么的"),
]


@pytest.mark.parametrize("lang, text", QUOTED_WHOLE)
def test_a_prompt_quoted_whole_is_no_unread_prompt(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    assert "obs_prompt_first_unread" not in result.session["facts"]["noted"], result.session["facts"]["noted"]


# -- 8. a hot-water urn or boiler switched on, on the same supply -----------------------------------

URN_ON = [
    ("en", "it seems to happen whenever my wife puts the urn on"),
    ("en", "every time the tea urn comes on, the reader resets"),
    ("en", "the hot water boiler kicks in and then it fails"),
    ("zh-hans", "我老婆一开开水器它就报"),
    ("zh-hans", "烧水的桶一插上电 它就重启"),
    ("zh-hant", "開水機一開就出錯"),
]


@pytest.mark.parametrize("lang, text", URN_ON)
def test_an_urn_switched_on_is_the_shared_supply(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    facts = result.session["facts"]
    assert "obs_shared_power" in facts["noted"], (facts["noted"], _said(result))
    assert facts.get("fix") == "fix_stable_power", (facts["noted"], _said(result))


URN_STANDS = [
    "the urn is on the other table",
    "we sell coffee from an urn, card machine on the counter",
]


@pytest.mark.parametrize("text", URN_STANDS)
def test_an_urn_standing_there_is_no_shared_supply(engine, text):
    result = converse(engine, [CODE_OPENING["en"], text], "en")[-1]
    assert "obs_shared_power" not in result.session["facts"]["noted"], result.session["facts"]["noted"]
