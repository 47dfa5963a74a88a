"""rec50: how the sale is done, the printer's paper, the cold, the card's PIN. Each a class of
merchant language with sentences of our own in zh, zh-hant (Cantonese) and en (none copied from
an eval file, none a phrasing of the knowledge base), played through the real engine:

1. the on-screen signature box (a white box after the card, closed with X or left to time out):
   op_signature_box_dismissed, fix_sign_on_screen, by obs_signature_box;
2. keys pressed while it works (green or red again and again) and the card pulled at the beep,
   told of a helper: the existing "don't press Cancel" / "leave the card in" fixes first
   (obs_pressed_again_while_busy, obs_card_pulled_early, obs_one_operator);
3. a paper roll too big (forced in, receipts crumpled): fix_right_paper_size; the printer that
   clicks with no paper coming out, or a scrap torn off crooked: the jam cleared
   (obs_paper_wrong_size, obs_receipt_crumpled, obs_printer_clicks_no_paper, obs_paper_scrap_stuck);
4. the terminal left overnight in the freezing cold that will not switch on: warmed to room
   temperature before it is charged (env_cold_soaked, obs_left_in_cold);
5. the PIN typed wrong three times, now the right one refused: the card locked by its bank
   (card_pin_tries_exceeded, obs_pin_tries_used_up, s_pin_tries_exceeded); only the foreign cards
   failing while the home cards pass: the terminal is not enabled for them
   (mer_foreign_cards_not_enabled, obs_only_foreign_fail);
6. chat-style: the till program and another app fighting is software."""

import pytest

from tests.conversation import converse
from tests.tables import EACH, STILL, cause_has_fact_and_fix, first_fix, fixes, recognised_as

test_new_causes_have_their_fact_and_fix = cause_has_fact_and_fix({
    "op_signature_box_dismissed": ("obs_signature_box", "fix_sign_on_screen"),
    "env_cold_soaked": ("obs_left_in_cold", "fix_warm_up_before_power"),
    "mer_foreign_cards_not_enabled": ("obs_only_foreign_fail", "fix_card_kind_not_enabled"),
    "card_pin_tries_exceeded": ("obs_pin_tries_used_up", "fix_pin_locked_call_bank"),
})


def _first(engine, lang, text):
    return first_fix(converse(engine, [text], lang))


# -- 1. the on-screen signature box -----------------------------------------------------------------

SIGNATURE_BOX = [
    ("zh-hans", "客人插完卡 屏幕上弹出个白框 店员不懂 直接点了叉 就报0020000"),
    ("zh-hans", "每次刷信用卡都跳出一个白色的框 我们等它自己消失 然后交易就失败了"),
    ("zh-hans", "机器上出来签名框 收银的小妹以为是广告 按取消了 钱没收到"),
    ("zh-hant", "客人嘟完卡之後出咗個白色框 我哋唔知係乜 撳咗個叉 就出0020000"),
    ("zh-hant", "碌卡之後螢幕有個空白框 等咗一陣自己冇咗 交易失敗"),
    ("en", "after the customer taps a white box shows on the display, my girl hits X and we get 0020000"),
    ("en", "theres a blank box comes up after the card, we just wait and it goes away, then the sale fails"),
    ("en", "the machine wants a signature box filled in on screen, staff did not know and cancelled it"),
    ("en", "card goes in, then a white square appears, nobody touches it, it times out, sale declined"),
]


@pytest.mark.parametrize("lang, text", SIGNATURE_BOX)
def test_the_white_box_after_the_card_is_the_signature_to_give(engine, lang, text):
    assert _first(engine, lang, text) == "fix_sign_on_screen"


def test_the_signature_fix_says_sign_with_a_finger_and_confirm(kb):
    fix = kb.fixes["fix_sign_on_screen"]
    assert "finger" in " ".join(fix.steps.en) and "手指" in "".join(fix.steps.zh)
    assert len(fix.steps.zh) == len(fix.steps.en) >= 3


# -- 2. keys pressed while it works, the card pulled at the beep --------------------------------------

KEYS_WHILE_BUSY = [
    ("zh-hans", "店里一忙 收银员就在它转圈的时候一直按绿键 报0020000"),
    ("zh-hans", "小妹嫌慢 机器还在处理就连按绿键 然后出0020000"),
    ("zh-hans", "人一多 伙计就在转圈的时候不停按确认 结果0020000"),
    ("en", "on market days the cashier keeps hitting the green key while it's still processing, 0020000"),
    ("en", "my staff keep pressing the green button while its thinking and the sale fails 0020000"),
    ("en", "my son mashes the buttons while it is still working, then 0020000 comes"),
    ("en", "the girl keeps pressing the red one while it's loading and it shows 0020000"),
    ("en", "0020000 when we are busy, cashier kept pressing the green again while it was still processing"),
]


@pytest.mark.parametrize("lang, text", KEYS_WHILE_BUSY)
def test_keys_pressed_while_it_works_bring_the_wait_fix_first(engine, lang, text):
    assert _first(engine, lang, text) == "fix_wait_for_result"


PULLED_BY_A_HELPER = [
    ("zh-hans", "帮工一听到嘀一声就把卡拔走 报0020000 老板自己收钱就没事"),
    ("zh-hans", "小工插卡嘀一下就抽出来 出0020000 我自己收钱就正常"),
    ("zh-hant", "個伙記一聽到嘟一聲就即刻抽卡 跟住出0020000 我自己收就冇事"),
    ("en", "only when my helper takes the payment: he pulls the card out as soon as it beeps, 0020000"),
    ("en", "my assistant yanks the card at the beep and we get 0020000, when i do the sale myself it goes through"),
    ("en", "the new boy takes the card out the moment it beeps, 0020000, my own sales are fine"),
    ("en", "0020000 only with my helper, she pulls the card out fast at the beep"),
    ("zh-hans", "只有伙计刷的时候 嘀一声就拔卡 然后0020000"),
]


@pytest.mark.parametrize("lang, text", PULLED_BY_A_HELPER)
def test_the_card_pulled_at_the_beep_by_a_helper_is_left_in(engine, lang, text):
    assert _first(engine, lang, text) == "fix_leave_card_in"


# (the helper alone, nothing said of how: the steps of the sale - Cancel pressed, the card pulled -
# are asked or fixed before the menu item or the amount)
HELPER_ONLY = [
    ("en", "0020000 but only when my helper does the sale, when i do it myself no problem"),
    ("en", "it only fails when my worker rings it up, 0020000, mine work fine"),
    ("zh-hans", "0020000 只有小工收就会报 我自己收钱就没事"),
    ("zh-hant", "淨係伙記收錢先會出0020000 我自己收就冇事"),
]


@pytest.mark.parametrize("lang, text", HELPER_ONLY)
def test_a_helper_alone_is_the_sale_steps_not_the_menu(engine, lang, text):
    results = converse(engine, [text], lang)
    first = first_fix(results)
    asked = [e.data["question"] for r in results for e in r.events if e.name == "question_asked"]
    assert first in ("fix_wait_for_result", "fix_leave_card_in") or (
        first is None and asked[:1] == ["q_sale_steps"]), (first, asked)


# -- 3. the paper roll too big; the printer clicks, no paper ---------------------------------------------

ROLL_TOO_BIG = [
    ("zh-hans", "新进的纸卷比旧的粗一圈 要用力压才盖上 小票出来皱巴巴还卡住"),
    ("zh-hans", "菜市场买的打印纸比原来的大 硬塞进去以后一打就卡纸"),
    ("zh-hant", "新買嘅紙卷大過以前嗰啲 要迫先入 啲單出嚟皺晒又卡紙"),
    ("en", "new rolls from the wholesaler are bigger than the old ones, i squeeze it in and the receipt jams"),
    ("en", "receipts come out scrunched and stuck, the roll is thicker than the old one, had to force it in"),
    ("en", "bought paper at the market, the roll is fatter than the old roll and now it crumples and jams"),
    ("en", "the lid is hard to close since the new rolls, they're wider than the old ones, slips come out crumpled"),
    ("zh-hans", "换了新买的纸 比以前的大 盖子好不容易盖上 打出来都皱了还卡"),
]


@pytest.mark.parametrize("lang, text", ROLL_TOO_BIG)
def test_a_roll_too_big_is_the_right_size_roll(engine, lang, text):
    results = converse(engine, [text, STILL[lang]], lang)
    assert "fix_right_paper_size" in fixes(results)[:2], fixes(results)


CLICKS_NO_PAPER = [
    ("zh-hans", "出小票的时候一直咔咔咔地响 纸就是出不来"),
    ("zh-hans", "打印的时候嗒嗒响 但是没有小票出来 纸还有很多"),
    ("zh-hant", "打單嗰陣得得聲 但係一張紙都冇出"),
    ("zh-hans", "昨天撕小票撕歪了 今天打印没纸出来"),
    ("en", "it clicks away when printing but nothing comes out, plenty of paper in it"),
    ("en", "printer is making a noise but no receipt comes out"),
    ("en", "i ripped the slip off crooked last night and now no paper comes out"),
    ("en", "the printer rattles and no paper comes out, roll is half full"),
    ("zh-hant", "上次斜住撕單 而家打印有聲但冇紙出"),
]


@pytest.mark.parametrize("lang, text", CLICKS_NO_PAPER)
def test_a_printer_that_clicks_without_paper_is_a_jam(engine, lang, text):
    assert _first(engine, lang, text) == "fix_clear_paper_jam"


# -- 4. left in the cold overnight ----------------------------------------------------------------------

COLD_SOAKED = [
    ("zh-hans", "机器昨晚忘在车里了 外面零下二十度 早上怎么都开不了机"),
    ("zh-hans", "收摊后机器放在三轮车上过夜 零下十几度 今天按开机没反应"),
    ("zh-hant", "部機成晚留咗喺車度 零下幾度 今朝著唔返"),
    ("en", "card machine is dead this morning, i left it in the truck overnight and it was 30 below"),
    ("en", "left the terminal in the car all night at minus 25, now it won't power on"),
    ("en", "the eftpos sat in the ute overnight in the frost and it won't turn on"),
    ("en", "terminal wont switch on after a night in the van, it was 20 below"),
    ("en", "we left it outside overnight in the snow and now no lights at all"),
]


@pytest.mark.parametrize("lang, text", COLD_SOAKED)
def test_left_in_the_cold_overnight_is_warmed_before_charging(engine, lang, text):
    assert _first(engine, lang, text) == "fix_warm_up_before_power"


def test_the_warm_up_fix_says_an_hour_before_charging(kb):
    fix = kb.fixes["fix_warm_up_before_power"]
    assert "hour" in fix.steps.en[0] and "charge" in fix.steps.en[0]
    assert "一个小时" in fix.steps.zh[0]


# -- 5. the PIN tries used up; only foreign cards fail ---------------------------------------------------

PIN_LOCKED = [
    ("zh-hans", "有个客人密码打错了三次 现在他说输对的密码也刷不过去"),
    ("zh-hans", "大爷按错三次密码 后来按对了也过不了 是不是我机器坏了"),
    ("zh-hant", "個客人按錯咗三次密碼 跟住啱嘅密碼都碌唔到"),
    ("en", "a customer keyed the wrong pin three times, now even the correct pin is declined"),
    ("en", "lady tried her old pin three times, now with the right pin its refused too, is the terminal broken?"),
    ("en", "3 wrong pins and now his right pin is refused as well"),
    ("en", "he typed his pin three times wrong and now the correct pin is refused"),
    ("zh-hans", "客人试了三次密码都错 这会儿正确的密码也被拒了"),
]


@pytest.mark.parametrize("lang, text", PIN_LOCKED)
def test_pin_tries_used_up_is_the_card_locked(engine, lang, text):
    # (or the code it is, PIN tries exceeded, explained: "contact your bank, use another card")
    results = converse(engine, [text], lang)
    explained = [e.data.get("code") for r in results for e in r.events if e.name == "explained"]
    assert first_fix(results) == "fix_pin_locked_call_bank" or explained == ["75"], (
        first_fix(results), explained)


def test_the_pin_locked_fix_says_the_terminal_is_fine(kb):
    fix = kb.fixes["fix_pin_locked_call_bank"]
    assert fix.explains and "terminal is not broken" in fix.steps.en[0] and "机器没有坏" in fix.steps.zh[0]


ONLY_FOREIGN = [
    ("zh-hans", "外国游客的卡一刷就0020000 银联卡都可以"),
    ("zh-hans", "只有老外的卡刷不了 国内的卡都没问题 报0020000"),
    ("zh-hant", "啲遊客張卡碌唔到 出0020000 本地卡冇問題"),
    ("en", "tourists cards keep failing with 0020000, local cards are fine"),
    ("en", "we get 0020000 only on foreign cards, local ones work"),
    ("en", "0020000 for the european visitors cards, local cards go through"),
    ("en", "only the overseas cards fail, 0020000 every time"),
    ("zh-hans", "中国的卡都可以 就外国人的卡刷不过 0020000"),
]


@pytest.mark.parametrize("lang, text", ONLY_FOREIGN)
def test_only_foreign_cards_failing_is_the_terminal_not_enabled(engine, lang, text):
    assert _first(engine, lang, text) == "fix_card_kind_not_enabled"


# -- 6. chat-style categories -------------------------------------------------------------------------------

# (the till program and another app fighting, read as software; chip cards' "power-up failed" and a
# neighbour's appliance or thunder were tried as symptom phrasings and dropped: each moved an
# unrelated card message of the released chat files to "unknown")
test_chat_style_categories = recognised_as([
    ("超市 收银程序同新装的会员app打交 开一个另一个就关", "software"),
    ("the till program and the new membership app fight, one kicks the other out", "software"),
    ("奶茶店 新装的会员系统跟收款软件冲突 老是闪退", "software"),
], category=EACH)


# ---------------------------------------------------------------- end to end (simulator)
@pytest.mark.parametrize("path,merchant_id", [
    ("knowledge/eval/typed_merchants_holdout43.yaml", "c12"),
    ("knowledge/eval/typed_merchants_holdout43.yaml", "c18"),
    ("knowledge/eval/typed_merchants_holdout43.yaml", "s37"),
    ("knowledge/eval/typed_merchants_holdout43.yaml", "s38"),
    ("knowledge/eval/typed_merchants_holdout43.yaml", "s40"),
    ("knowledge/eval/typed_merchants_holdout44.yaml", "s32"),
])
def test_released_merchants_resolve(engine, path, merchant_id):
    import yaml

    from dialogs.typed_simulate import play

    with open(path, encoding="utf-8") as handle:
        merchant = next(m for m in yaml.safe_load(handle)["merchants"] if m["id"] == merchant_id)
    assert play(engine, merchant).resolved
