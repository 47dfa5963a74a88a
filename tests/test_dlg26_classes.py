"""Fifteenth round (dlg26), classes found in typed dev14's and dev11's misses. Sentences
written for these tests (zh, traditional zh, en); none is taken from an evaluation set.

- An update seen under way and the power gone, told in clauses far apart, is an update cut
  short (not a terminal that will not switch on).
- Facts already noted weigh on a cause a later fact lets in: the cut-short update keeps "no
  power" told afterwards from taking the lead; "on the cable" keeps a weak Wi-Fi out.
- On a code of many causes, a fact that points clearly (none decisively) at causes listed
  nowhere lets them in: "only in the daytime" brings the switched socket beside the heat.
"""

import pytest

from dialogs import diagnosis
from tests.conversation import converse


def _events(results, name):
    return [e.data for r in results for e in r.events if e.name == name]


def _observed(engine, text):
    reader = engine.interpreter
    return reader.observed(reader.plain(text))


# ------------------------------------------------ an update cut short, told in far-apart clauses

@pytest.mark.parametrize("text", [
    "关门的时候屏幕上写着正在升级 我就锁门回家了 第二天来一看关机了",
    "它昨晚还在更新 我没管 结果半夜没电了",
    "昨晚螢幕顯示正在更新 我就先走了 今天早上來已經關機了",
    "it was updating when we locked up, next morning the battery had run out",
    "the screen said updating so i left it, came back and it had switched off",
])
def test_update_under_way_then_power_gone_is_cut_short(engine, text):
    assert "obs_update_interrupted" in _observed(engine, text)


@pytest.mark.parametrize("text", [
    "昨天更新完了 晚上我自己关机了",
    "正在更新的时候我一直插着电 更新好了",
    "it finished updating and then I switched it off for the night",
])
def test_update_finished_or_powered_is_not_cut_short(engine, text):
    """Near-miss: an update that finished (更新完, finished updating) or kept its power."""
    assert "obs_update_interrupted" not in _observed(engine, text)


# ------------------------------------------------ facts already noted weigh on causes let in later

@pytest.mark.parametrize("lang, texts", [
    ("zh-hans", ["刷卡机报0020000", "昨晚它升级到一半就停电了", "早上来的时候开不了机 充了一会才开"]),
    ("zh-hant", ["刷卡機顯示0020000", "昨晚升級到一半就停電了", "早上來的時候開不了機 充了一下才開"]),
    ("en", ["terminal says 0020000", "last night the update got interrupted, power cut",
            "this morning it was completely dead, had to charge it"]),
])
def test_no_power_told_after_a_cut_short_update_does_not_lead(engine, lang, texts):
    results = converse(engine, texts, lang)
    facts = results[-1].session["facts"]
    candidates = facts["candidates"]
    assert max(candidates, key=candidates.get) == "sw_failed_update"
    assert candidates.get("hw_no_power", 0) < candidates["sw_failed_update"] / 2
    assert not [e for e in _events(results[-1:], "fix_suggested") if e["cause"] == "hw_no_power"]


@pytest.mark.parametrize("lang, texts", [
    ("zh-hans", ["刷卡机报0020000", "早上来的时候开不了机 屏幕全黑"]),
    ("en", ["terminal says 0020000", "this morning it was completely dead, black screen"]),
])
def test_no_power_alone_still_leads(engine, lang, texts):
    """Near-miss: with no update told before it, a dead terminal is the power."""
    candidates = converse(engine, texts, lang)[-1].session["facts"]["candidates"]
    assert max(candidates, key=candidates.get) == "hw_no_power"


def test_admitted_cause_weighed_by_a_fact_naming_it(kb):
    candidates = {"sw_failed_update": 0.5, "net_no_signal": 0.5}
    alone = diagnosis.admit(kb, candidates, "obs_no_power", [])
    after = diagnosis.admit(kb, candidates, "obs_no_power", [], noted=["obs_update_interrupted"])
    assert after["hw_no_power"] < alone["hw_no_power"] / 3


def test_admitted_cause_not_weighed_by_a_category_lean(kb):
    """Near-miss: a fact that only leans on a whole category ("the card came out early":
    software less likely) does not weaken a cause only its own fact brings in (a VPN)."""
    candidates = {"card_not_supported": 0.5, "net_no_signal": 0.5}
    alone = diagnosis.admit(kb, candidates, "obs_vpn_on", [])
    after = diagnosis.admit(kb, candidates, "obs_vpn_on", [], noted=["obs_card_pulled_early"])
    assert after["sw_vpn_on"] == pytest.approx(alone["sw_vpn_on"])


def test_admitted_cause_weakened_not_ruled_out_by_a_category_rule_out(kb):
    """A fact that rules a whole category out ("only foreign cards fail": no software) weakens
    a cause of it let in later by a decisive fact of its own, but does not keep it out: one
    of the two facts was misread or beside the point."""
    candidates = {"card_not_supported": 0.5, "net_no_signal": 0.5}
    alone = diagnosis.admit(kb, candidates, "obs_vpn_on", [])
    after = diagnosis.admit(kb, candidates, "obs_vpn_on", [], noted=["obs_foreign_card"])
    assert 0 < after["sw_vpn_on"] < alone["sw_vpn_on"] / 3


def test_admitted_cause_kept_out_by_a_contradicted_requirement(kb):
    """"On the cable" told first: weak Wi-Fi (which requires Wi-Fi) is not let in later."""
    candidates = {"net_ethernet": 0.5, "hw_cable_loose": 0.5}
    assert "net_wifi_weak" in diagnosis.admit(kb, candidates, "obs_wifi_weak", [])
    assert "net_wifi_weak" not in diagnosis.admit(kb, candidates, "obs_wifi_weak", [],
                                                  noted=["obs_on_ethernet"])


# ------------------------------------------------ a clear fact lets its causes in on 0020000

@pytest.mark.parametrize("lang, texts", [
    ("zh-hans", ["pos一直跳0020000", "晚上都没事 只有白天才出"]),
    ("zh-hant", ["刷卡機一直跳0020000", "晚上都沒事 只有白天才出"]),
    ("en", ["machine keeps showing 0020000", "it's fine at night, only in the daytime"]),
])
def test_daytime_only_brings_in_the_switched_socket(engine, lang, texts):
    candidates = converse(engine, texts, lang)[-1].session["facts"]["candidates"]
    assert "env_switched_socket" in candidates
    assert candidates["env_switched_socket"] > 0.05


@pytest.mark.parametrize("lang, texts", [
    ("zh-hans", ["pos一直跳0020000", "晚上都没事 只有白天才出", "这个机器是插着网线用的",
                 "柜台在阴凉的地方 一点都不热"]),
])
def test_daytime_with_the_sun_ruled_out_leads_to_the_socket(engine, lang, texts):
    candidates = converse(engine, texts, lang)[-1].session["facts"]["candidates"]
    assert "env_overheat" not in candidates or candidates["env_switched_socket"] > candidates["env_overheat"]


def test_clear_fact_on_a_fault_of_its_own_lets_nothing_in(kb):
    """Near-miss: a fault with its own list of causes (not a code of many causes) keeps it:
    a clear fact lets no cause in there, only a decisive one does."""
    candidates = {"net_no_signal": 0.5, "net_sim_no_data": 0.5}
    assert "env_switched_socket" not in diagnosis.admit(kb, candidates, "obs_daytime_only", [])
    assert "env_switched_socket" in diagnosis.admit(kb, candidates, "obs_daytime_only", [],
                                                    spans=True)


# ------------------------------------------------ contactless: a fact picks the fault, NFC off, the tap area

@pytest.mark.parametrize("lang, text", [
    ("en", "hi, tapping a card is not working on my terminal, insert card still can"),
    ("en", "tapping does nothing at all, insert card is ok though"),
    ("zh-hans", "闪付全都不行了 插卡还是可以的"),
    ("zh-hant", "拍卡全部都唔得 插卡就冇問題"),
])
def test_only_tapping_fails_is_the_tap_fault(engine, lang, text):
    """The tap fault, or its causes diagnosed from the facts: never the chip reader."""
    results = converse(engine, [text], lang)
    problems = _events(results, "problem")
    assert problems and problems[-1]["symptom"] in ("s_tap_not_work", None)
    candidates = results[-1].session["facts"]["candidates"]
    assert max(candidates, key=candidates.get) in TAP_CAUSES
    assert "hw_chip_reader_dirty" not in candidates


TAP_CAUSES = {"hw_nfc_reader", "env_interference", "sw_nfc_off", "hw_nfc_covered", "op_wrong_entry_method"}


@pytest.mark.parametrize("text", [
    "boss, card tap no good on the terminal today, insert card still can",
    "tapping the card fails on our terminal, inserting the card still can",
    "customers tap card nothing happens, insert card can",
])
def test_a_fact_picks_the_close_fault_it_points_to(engine, text):
    """Words close to "chip not read" ("insert card") with the fact that only tapping fails:
    the tap fault, not the chip."""
    results = converse(engine, [text], "en")
    assert _events(results, "problem")[-1]["symptom"] == "s_tap_not_work"
    assert _events(results, "fact_picked_fault")


@pytest.mark.parametrize("lang, text, fact", [
    ("en", "every customer, tourists and locals, their cards fail", "obs_foreign_card"),
    ("zh-hans", "每个客人都刷不了 游客的卡也不行", "obs_foreign_card"),
])
def test_every_card_with_tourists_among_them_is_no_foreign_card_fault(engine, lang, text, fact):
    assert fact not in _observed(engine, text)


def test_only_foreign_cards_still_read(engine):
    """Near-miss: only the tourists' cards failing is the foreign-card fact."""
    assert "obs_foreign_card" in _observed(engine, "only the tourists cards fail, local cards are fine")


@pytest.mark.parametrize("lang, text", [
    ("en", "chip cards are not read when inserted, tapping is fine"),
    ("zh-hans", "插卡总是读不了 挥卡倒是可以"),
])
def test_only_the_chip_failing_stays_the_chip_fault(engine, lang, text):
    """Near-miss: the other way round is still the chip."""
    problems = _events(converse(engine, [text], lang), "problem")
    assert problems and problems[-1]["symptom"] == "s_chip_not_read"


@pytest.mark.parametrize("text", [
    "my son went into settings and turned off the NFC",
    "nfc was switched off, i found it in the settings",
    "儿子把设置里的NFC关了",
    "設定裡面的NFC被關掉了",
    "闪付被关了",
])
def test_nfc_switched_off_is_read(engine, text):
    assert "obs_nfc_off" in _observed(engine, text)


@pytest.mark.parametrize("text", [
    "nfc is on, i checked",
    "the phone's nfc works fine",
    "NFC是开着的",
])
def test_nfc_on_is_not_nfc_off(engine, text):
    """Near-miss: NFC said on, or working."""
    assert "obs_nfc_off" not in _observed(engine, text)


@pytest.mark.parametrize("lang, texts", [
    ("en", ["tap payments fail for every card, chip is ok", "still not working", "no",
            "my nephew opened the settings on sunday and turned off many things"]),
    ("zh-hans", ["挥卡全都不行 插卡可以", "还是不行", "没有", "礼拜天我侄子进过设置 乱按了一通"]),
    ("zh-hant", ["拍卡全部都唔得 插卡就得", "都係唔得", "冇", "禮拜日我個姪仔入過設定"]),
])
def test_taps_failing_lead_to_the_tap_area_and_nfc(engine, lang, texts):
    results = converse(engine, texts, lang)
    asked = [e["question"] for e in _events(results, "question_asked")]
    fixes = [e["fix"] for e in _events(results, "fix_suggested")]
    assert "q_tap_area" in asked
    assert "fix_insert_chip" not in fixes  # they insert already: no remedy for the taps
    assert fixes[-1] == "fix_nfc_on", fixes


@pytest.mark.parametrize("lang, texts", [
    ("en", ["tap payments fail for every card, chip is ok", "still not working", "no",
            "oh there is our shop sticker on the round symbol, a gold foil one"]),
    ("zh-hans", ["挥卡全都不行 插卡可以", "还是不行", "没有", "挥卡标志上面贴了我们店的金色贴纸"]),
])
def test_a_sticker_on_the_tap_sign_is_its_remedy(engine, lang, texts):
    fixes = [e["fix"] for e in _events(converse(engine, texts, lang), "fix_suggested")]
    assert fixes[-1] == "fix_remove_sticker", fixes


@pytest.mark.parametrize("lang, texts", [
    ("en", ["swiping fails on every card, chip and tap are fine"]),
    ("zh-hans", ["刷磁条每张卡都不行 插卡挥卡都可以", "还是不行", "还是不行"]),
])
def test_insert_chip_stays_a_remedy_for_swipes(engine, lang, texts):
    """Near-miss: only swiping failing keeps "insert the chip instead" among its remedies."""
    fixes = [e["fix"] for e in _events(converse(engine, texts, lang), "fix_suggested")]
    assert "fix_insert_chip" in fixes


@pytest.mark.parametrize("lang, texts, outcome", [
    ("en", ["tap payments fail for every card, chip is ok", "tried, now it beep and pass"], "resolved"),
    ("en", ["tap payments fail for every card, chip is ok", "i did it, now card pass"], "resolved"),
    ("en", ["tap payments fail for every card, chip is ok", "did that, now it still doesnt pass"], "fix_outcome"),
])
def test_now_it_passes_is_the_fix_working(engine, lang, texts, outcome):
    results = converse(engine, texts, lang)
    names = [e.name for e in results[-1].events]
    if outcome == "resolved":
        assert "resolved" in names
    else:
        assert "resolved" not in names and "fix_outcome" in names


# ------------------------------------------------ a touch screen touched with gloves on

@pytest.mark.parametrize("text", [
    "我一直戴着手套点的",
    "冬天冷 我戴著手套按螢幕",
    "I poke it with a pen",
])
def test_gloves_on_the_touch_screen_are_read(engine, text):
    assert "obs_touch_with_gloves" in _observed(engine, text)


@pytest.mark.parametrize("text", ["i had my work gloves on the whole time", "我干活一直戴着劳保手套"])
def test_gloves_worn_told_alone_are_context(engine, text):
    """Gloves told without the screen are gloves worn at work (obs_wears_gloves, context): they
    weigh a touch screen that does not respond, and start nothing alone (kb30's "戴着手套刷卡刷不了"
    is no touch-screen fact)."""
    observed = _observed(engine, text)
    assert "obs_wears_gloves" in observed and "obs_touch_with_gloves" not in observed


@pytest.mark.parametrize("text", [
    "took off my gloves, still nothing",
    "手套脱了还是点不动",
])
def test_gloves_taken_off_are_not_gloves_on(engine, text):
    """Near-miss: the gloves taken off are no gloves on the screen."""
    assert "obs_touch_with_gloves" not in _observed(engine, text)


@pytest.mark.parametrize("lang, texts", [
    ("zh-hans", ["收款机的屏幕怎么点都点不动", "重启了还是不行", "我干活一直戴着劳保手套 我老婆点就可以"]),
    ("zh-hant", ["收款機的觸控螢幕點都點不動", "重開了還是一樣", "我一直戴著手套在用 我女兒點就可以"]),
    ("en", ["the touch screen on my card machine won't respond", "restarted it, same",
            "I always have my rubber gloves on, it works for my wife though"]),
])
def test_touch_screen_with_gloves_leads_to_a_bare_finger(engine, lang, texts):
    results = converse(engine, texts, lang)
    fixes = [e["fix"] for e in _events(results, "fix_suggested")]
    assert "fix_touch_bare_finger" in fixes, fixes


@pytest.mark.parametrize("lang, texts", [
    ("zh-hans", ["收款机的屏幕怎么点都点不动", "重启了还是不行", "就是用手指点的 谁点都不行"]),
    ("en", ["the touch screen on my card machine won't respond", "restarted it, same",
            "bare finger, no one can get it to respond"]),
])
def test_bare_fingers_failing_is_no_glove_matter(engine, lang, texts):
    """Near-miss: a bare finger failing for everyone keeps gloves out."""
    results = converse(engine, texts, lang)
    fixes = [e["fix"] for e in _events(results, "fix_suggested")]
    assert "fix_touch_bare_finger" not in fixes
    assert "env_gloves_touch" not in results[-1].session["facts"]["candidates"]


# ------------------------------------------------ settled sales gone from the terminal's list

@pytest.mark.parametrize("lang, text", [
    ("en", "all of last night's sales vanished off the card machine, did it get wiped?"),
    ("zh-hans", "机器上昨天的交易记录全不见了 是不是被删了"),
    ("zh-hant", "機器上昨天的交易紀錄全部不見了 是不是被刪了"),
])
def test_sales_gone_from_the_list_are_found_where_settled(engine, lang, text):
    results = converse(engine, [text], lang)
    assert _events(results, "problem")[-1]["symptom"] == "s_data_lost"
    assert _events(results, "fix_suggested")[0]["fix"] == "fix_find_settled_sales"


@pytest.mark.parametrize("lang, text", [
    ("en", "a customer wants her money back for yesterday's sale, how do I do it"),
    ("zh-hans", "客人要退昨天买的东西 怎么退款"),
])
def test_a_refund_asked_for_stays_a_refund(engine, lang, text):
    """Near-miss: a refund said in its own words is still the refund."""
    assert _events(converse(engine, [text], lang), "problem")[-1]["symptom"] == "s_refund_how"


@pytest.mark.parametrize("text", [
    "we settle every night at close", "每天晚上都结算的", "結算完就沒了",
])
def test_settling_every_night_is_read(engine, text):
    assert "obs_settled_since" in _observed(engine, text)


@pytest.mark.parametrize("text", ["settlement failed last night", "昨晚结算失败了"])
def test_a_failed_settlement_is_not_settled(engine, text):
    """Near-miss: a settlement that failed cleared nothing."""
    assert "obs_settled_since" not in _observed(engine, text)


def test_not_settled_rules_the_settlement_out(engine):
    results = converse(engine, ["机器上昨天的交易记录全不见了 是不是被删了", "找不到 我们根本没有结算过"], "zh-hans")
    assert "mer_settled_cleared" not in results[-1].session["facts"]["candidates"]


# ------------------------------------------------ takings short or late: the payout explained

@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "周六周日收了不少卡 到今天礼拜一卡里一分钱都没到 机器是不是坏了"),
    ("zh-hant", "週末刷了很多筆 今天禮拜一帳戶一分錢都沒到 機器是不是壞了"),
    ("en", "took lots of card payments over the weekend, on monday nothing has arrived in my account, is the machine broken"),
])
def test_weekend_takings_not_arrived_are_the_payout_calendar(engine, lang, text):
    fixes = [e["fix"] for e in _events(converse(engine, [text], lang), "fix_suggested")]
    assert fixes and fixes[0] == "fix_explain_holiday_payout"


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "钱好几天都没到账 是不是被冻结了"),
])
def test_money_late_for_days_is_not_the_weekend(engine, lang, text):
    """Near-miss: money late for days with no weekend or holiday named is not explained away."""
    fixes = [e["fix"] for e in _events(converse(engine, [text], lang), "fix_suggested")]
    assert "fix_explain_holiday_payout" not in fixes[:1]


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "今天到账的钱比流水少了一百九十九 是不是被人扣了"),
    ("zh-hant", "今天結算款比流水少了199 是誰扣的"),
    ("en", "today's payout is 99 dollars less than my takings, where did it go"),
])
def test_payout_short_of_the_takings_is_the_fees(engine, lang, text):
    fixes = [e["fix"] for e in _events(converse(engine, [text], lang), "fix_suggested")]
    assert fixes and fixes[0] == "fix_explain_fee_deducted"


@pytest.mark.parametrize("text", [
    "客人说他卡里的钱少了", "the customer says less money is on his card now",
])
def test_a_customers_money_is_not_the_payout(engine, text):
    """Near-miss: a customer's balance is no payout short of the takings."""
    assert "obs_payout_short" not in _observed(engine, text)


@pytest.mark.parametrize("lang, texts", [
    ("zh-hans", ["周六周日收了不少卡 到今天礼拜一卡里一分钱都没到 机器是不是坏了", "哦 原来要等工作日 那我下午再看看"]),
    ("zh-hant", ["週末刷了很多筆 今天禮拜一帳戶一分錢都沒到 機器是不是壞了", "喔 要等工作日 那我晚上再看看"]),
    ("en", ["took lots of card payments over the weekend, on monday nothing has arrived in my account, is the machine broken",
            "ah ok, I'll check again this afternoon"]),
])
def test_an_explanation_taken_on_board_settles_it(engine, lang, texts):
    results = converse(engine, texts, lang)
    assert "resolved" in [e.name for e in results[-1].events]


@pytest.mark.parametrize("lang, texts", [
    ("zh-hans", ["打印机不出纸了", "等一下 我下午再看看"]),
    ("en", ["printer won't print", "I'll check again this afternoon"]),
])
def test_waiting_on_a_fix_to_try_is_no_resolution(engine, lang, texts):
    """Near-miss: a step still to try (not an explanation) waits; nothing is resolved."""
    results = converse(engine, texts, lang)
    assert "resolved" not in [e.name for e in results[-1].events]


@pytest.mark.parametrize("text", ["那我下午再看看", "晚上再说吧"])
def test_a_later_look_is_no_fault_of_certain_hours(engine, text):
    assert "obs_certain_hours" not in _observed(engine, text)


def test_afternoon_faults_are_still_read(engine):
    """Near-miss: a fault said of the afternoon is still a fault of certain hours."""
    assert "obs_certain_hours" in _observed(engine, "一到下午就报错")


@pytest.mark.parametrize("lang, text", [
    ("en", "insert card no good, tap card also no good"),
    ("zh-hans", "插卡不行 挥卡也不行"),
])
def test_no_fact_against_the_fault_picks_nothing(engine, lang, text):
    """Near-miss: every way of reading failing rules out no reader fault: nothing is picked
    over the recognised one."""
    assert not _events(converse(engine, [text], lang), "fact_picked_fault")
