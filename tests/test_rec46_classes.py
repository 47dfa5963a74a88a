"""rec46: cables to the till and the base, a menu moved by an update, something over the tap area.
Each a class of merchant language with sentences of our own in zh, zh-hant (Cantonese) and en
(none copied from an eval file), played through the real engine:

1. the till (cash register, EPOS) and the terminal: sales the till sends fail while amounts keyed on
   the terminal go through, or the lead between the two is loose -> the till cable reseated or
   replaced (hw_till_link_cable's broadened fix, or the reseat of every cable, the till's named);
2. a cable (to the base, the dock) trapped under something heavy, often when the shop was
   rearranged -> the trapped cable freed, checked and replaced (hw_cable_crushed);
3. after an update the menu's items moved (Sale no longer first) -> the transaction type first,
   not the update redone;
4. taps of every card and phone dead while the chip works -> the bot asks early what is over the
   tap area (or offers to take it off), before interference and restarts."""

import pytest

from tests.conversation import converse
from tests.tables import STILL, asked, events, fact_not_read, fact_read, fixes

# -- 1. the till's lead --------------------------------------------------------------------------

TILL_SENT_FAILS = [
    ("en", "card machine fails only when the till pushes the amount across, if i type it on the machine itself it goes through"),
    ("en", "when the register sends the total to the terminal it errors, manual entry on the terminal works fine"),
    ("en", "payments started from the cash register fail every time but keying the sale straight into the pdq is ok"),
    ("en", "fails evrytime the till send amout to the machine, manualy keyed in is ok"),
    ("zh-hans", "收银机把金额传过去就报错，直接在刷卡机上输金额就能刷"),
    ("zh-hans", "电脑那边发金额过去就失败 手动在pos上输金额就可以"),
    ("zh-hant", "收銀機傳個銀碼過去就出錯，喺部機度手打就得"),
    ("zh-hant", "點餐系統傳金額過去就唔得，喺機度手打就冇問題"),
]

TILL_LEAD_LOOSE = [
    ("en", "getting 0020000, the lead between the till and the card machine is loose, connector wobbles"),
    ("en", "the cable from our epos to the card reader got yanked, plug at the reader end is hanging half out"),
    ("zh-hans", "收银电脑和刷卡机中间那根线松了 插头快掉出来了"),
    ("zh-hant", "收銀機同刷卡機之間條線鬆咗，成日報錯"),
]

TILL_CABLE_FIXES = {"fix_till_link_direct", "fix_reseat_cables"}


test_till_sent_fails_is_read = fact_read([(t, "obs_till_sent_fails") for _, t in TILL_SENT_FAILS])
test_till_lead_loose_is_read = fact_read([(t, "obs_till_lead_loose") for _, t in TILL_LEAD_LOOSE])


@pytest.mark.parametrize("lang, text", TILL_SENT_FAILS + TILL_LEAD_LOOSE)
def test_the_till_cable_is_the_first_fix(engine, lang, text):
    results = converse(engine, [text, STILL[lang]], lang)
    assert fixes(results)[:1] and fixes(results)[0] in TILL_CABLE_FIXES, fixes(results)


# ... near-misses: something sent over that is no amount, a loose lead that is no till's
test_sent_over_is_no_till_sale = fact_not_read([
    ("截图发过去了 还是报错", "obs_till_sent_fails"),
    ("i sent the photo over to the bank and it still fails", "obs_till_sent_fails"),
    ("the power cable at the counter is loose", "obs_till_lead_loose"),
    ("电源线有点松", "obs_till_lead_loose"),
])


# -- 2. a cable trapped under something heavy ----------------------------------------------------

CABLE_UNDER_WEIGHT = [
    ("en", ["card machine gives 0020000 since we moved the furniture around, the cable to its base runs under the display shelf now"]),
    ("en", ["the lead going to the dock got squashed under a heavy cabinet and now sales fail"]),
    ("en", ["after we re-did the shop layout payments keep failing, the base cable is pinched under the fridge"]),
    ("en", ["pos showing 0020000 since last week", "we shifted the big shelf with the rice sacks, the machine cable goes under it now"]),
    ("en", ["card machine fails with 0020000 now, the dock lead got trapped under the display unit when we moved stock around"]),
    ("zh-hans", ["上周店里重新摆了一下 机器连底座那根线压在柜子下面 一直报错"]),
    ("zh-hans", ["底座的线被货架压扁了 刷卡老失败"]),
    ("zh-hans", ["机器一直报0020000", "前几天搬了个大货架过来 机器底座那根线从它下面过"]),
    ("zh-hant", ["舖頭執過位之後 座充條線俾個重嘢壓住 成日出錯"]),
    ("zh-hant", ["底座那條線被櫃子壓著，之後刷卡一直失敗"]),
]


@pytest.mark.parametrize("lang, lines", CABLE_UNDER_WEIGHT)
def test_a_trapped_cable_is_freed_and_replaced(engine, lang, lines):
    results = converse(engine, [*lines, *[STILL[lang]] * 2], lang)
    noted = results[-1].session["facts"]["noted"]
    assert "obs_cable_under_weight" in noted, noted
    assert "fix_free_replace_cable" in fixes(results)[:2], fixes(results)


# ... the shop rearranged, nothing said of a cable: the cables are looked at among the first fixes
@pytest.mark.parametrize("lang, text", [
    ("en", "shows 0020000 since we rearranged the shop"),
    ("en", "Good day, 0020000 on the card machine ever since we moved the furniture around for the holidays"),
    ("zh-hans", "店里重新摆放以后机器就老报0020000"),
])
def test_a_rearranged_shop_gets_its_cables_looked_at(engine, lang, text):
    results = converse(engine, [text, *[STILL[lang]] * 3], lang)
    assert "obs_shop_rearranged" in results[-1].session["facts"]["noted"]
    assert {"fix_reseat_cables", "fix_free_replace_cable"} & set(fixes(results)[:3]), fixes(results)


# ... near-misses: a cable run under the counter, or something heavy with no cable under it
test_a_cable_under_the_counter_is_not_trapped = fact_not_read([
    ("the network cable runs under the counter to the router", "obs_cable_under_weight"),
    ("we put a heavy shelf next to the terminal", "obs_cable_under_weight"),
    ("网线从柜台下面走到路由器", "obs_cable_under_weight"),
])


# -- 3. the menu moved by an update --------------------------------------------------------------

MENU_MOVED = [
    ("zh-hans", "机器升级后菜单变了 位置换了 老是报错"),
    ("zh-hans", "更新完界面顺序不一样了 店员按错了 一直失败"),
    ("zh-hans", "前两天系统自动更新 选项的位置全变了 新来的收银员照以前那样按 就出错"),
    ("en", "after the update the menu moved around and my staff keep pressing the wrong option, getting errors"),
    ("en", "since the software update the options are in a different order and sales fail"),
    ("en", "update changed the menu, the first button isn't sale anymore, keeps giving 0020000"),
    ("en", "after teh upgrade menu items got rearranged, new girl keeps hitting the top one like before and it errors"),
    ("zh-hant", "更新咗之後個menu次序變咗 啲伙記成日撳錯 報錯"),
    ("zh-hant", "升級後選單位置換了，員工按錯就出錯"),
]


@pytest.mark.parametrize("lang, text", MENU_MOVED)
def test_a_menu_moved_by_an_update_is_the_transaction_type(engine, lang, text):
    results = converse(engine, [text, STILL[lang]], lang)
    assert fixes(results)[:1] == ["fix_choose_transaction_type"], fixes(results)
    assert "fix_retry_update" not in fixes(results)[:1]


def test_the_menu_moved_in_a_code_story_is_the_transaction_type(engine):
    results = converse(engine, ["pos keeps saying 0020000", "the update last week moved the menu around, sale isn't where it was",
                                STILL["en"]], "en")
    assert fixes(results)[:1] == ["fix_choose_transaction_type"], fixes(results)


# ... near-misses: the menu's language changed, an update that failed
test_a_menu_language_or_a_failed_update_is_no_menu_moved = fact_not_read([
    ("升级后菜单变成英文了", "obs_menu_moved"),
    ("after the update the menu changed to spanish", "obs_menu_moved"),
    ("升级失败了 一直报错", "obs_menu_moved"),
    ("the software update failed halfway", "obs_menu_moved"),
])


# -- 4. taps dead on every card and phone: what covers the tap area ------------------------------

# (cards and phones named together; "every card fails on tap" alone, or a tap and a phone each in a
# clause of their own, keep the tap's lead as before: dlg26, dlg70)
TAP_DEAD_ALL = [
    ("zh-hans", "插卡能用 挥卡和手机碰一下都没反应"),
    ("zh-hans", "客人用卡或者手机靠上去都没反应，插卡正常"),
    ("zh-hant", "客人拍卡同用手機拍都冇反應 插卡就得"),
    ("zh-hant", "卡同手機拍落去都冇反應，插卡冇問題"),
    ("en", "chip works but tapping does nothing at all, cards or phones, no beep"),
    ("en", "tap dont work for nobody, cards nor phones, but dip the card work fine"),
    ("en", "no beep when they tap, card or phone, the chip and pin is fine"),
    ("en", "Contactless is dead for cards and phones alike, chip works."),
]


@pytest.mark.parametrize("lang, text", TAP_DEAD_ALL)
def test_taps_dead_for_all_ask_what_covers_the_reader_early(engine, lang, text):
    results = converse(engine, [text, *[STILL[lang]] * 3], lang)
    early = results[:3]
    # the tap area's question (sticker, QR plate, case, NFC off), or the change question that names a
    # sticker, or the fix that takes the cover off, within the first three turns
    assert {"q_tap_area", "q_recent_change"} & set(asked(early)) or "fix_remove_sticker" in fixes(early), [
        (e.name, e.data) for r in early for e in r.events]
    assert "fix_remove_sticker" in fixes(results)[:3] or "q_tap_area" in asked(results)[:2], (fixes(results), asked(results))


test_taps_dead_for_all_are_read = fact_read([
    ("插卡能用 挥卡和手机碰一下都没反应", "obs_tap_dead_all"),
    ("chip works but tapping does nothing at all, cards or phones, no beep", "obs_tap_dead_all"),
    ("客人用卡或者手机靠上去都没反应，插卡正常", "obs_tap_dead_all"),
    ("tap dont work for nobody, cards nor phones, but dip the card work fine", "obs_tap_dead_all"),
])

# ... near-miss: one customer's phone failing to tap is no dead reader
test_one_phone_is_no_dead_reader = fact_not_read([
    ("one lady's apple pay didn't work, other cards tap fine", "obs_tap_dead_all"),
    ("有个客人手机付不了 别人挥卡都可以", "obs_tap_dead_all"),
])


# -- end to end (simulator): the released merchants of these classes -----------------------------
@pytest.mark.parametrize("path,merchant_id", [
    ("knowledge/eval/typed_merchants_holdout42.yaml", "c01"),
    ("knowledge/eval/typed_merchants_holdout42.yaml", "c17"),
    ("knowledge/eval/typed_merchants_holdout41.yaml", "c02"),
    ("knowledge/eval/typed_merchants_holdout41.yaml", "s32"),
])
def test_released_merchants_resolve(engine, path, merchant_id):
    import yaml

    from dialogs.typed_simulate import play

    with open(path, encoding="utf-8") as handle:
        merchant = next(m for m in yaml.safe_load(handle)["merchants"] if m["id"] == merchant_id)
    assert play(engine, merchant).resolved
