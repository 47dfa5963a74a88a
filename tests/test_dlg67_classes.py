"""dlg67: loose ends found walking the bot as a busy merchant, each a class of merchant language,
with sentences of our own in zh, zh-hant and en (none copied from an eval file), and near-misses
that keep their old reading."""

import pytest

from tests.conversation import converse
from tests.tables import EACH, events, fact_not_read, fact_read, fixes, look_alikes_not_read

# Openings that leave the router's restart pending (the shop's Wi-Fi, a communication error).
ROUTER_PENDING = {
    "zh-hans": "刷卡机一直显示通讯失败 连的是店里的wifi",
    "zh-hant": "刷卡機一直顯示通訊失敗 連嘅係舖頭wifi",
    "en": "terminal says comms error, it's on the shop wifi",
}


def _router_pending(engine, lang, reply):
    results = converse(engine, [ROUTER_PENDING[lang], reply], lang)
    assert fixes(results[:1]) == ["fix_restart_router"], lang  # (the opening still leads there)
    return results


# -- 1. an outcome with no object belongs to the pending fix's object ---------------------------

@pytest.mark.parametrize("lang,reply", [
    ("zh-hans", "重开了 还是老样子"),
    ("zh-hant", "重開咗喇 都係一樣"),
    ("zh-hant", "重開過 仲係咁"),
    ("en", "rebooted it, no change"),
    # its power cut and put back, the device unnamed: the pending device's restart
    ("zh-hans", "拔了电再插上 还是老样子"),
    ("zh-hant", "拔咗電再插返 都係咁"),
    ("en", "unplugged it and plugged it back in, no change"),
])
def test_restart_without_object_is_the_pending_routers(engine, lang, reply):
    """"重開咗 都係咁" while "restart the router" is pending: the restart said with no object is
    the one just asked for, which failed - not the terminal's restart, tried."""
    results = _router_pending(engine, lang, reply)
    assert [(d["fix"], d["worked"]) for d in events(results, "fix_outcome")] == [("fix_restart_router", False)], (
        lang, [(e.name, e.data) for e in results[-1].events])
    assert not events(results, "already_tried"), lang


@pytest.mark.parametrize("lang,reply", [
    ("zh-hans", "机器关机重开过 也是一样"),          # 机 of the machine switched off
    ("zh-hant", "部機熄咗再開過 都係咁"),
    ("en", "rebooted the terminal, no change"),
])
def test_restart_of_the_terminal_named_stays_the_terminals(engine, lang, reply):
    """... but the terminal named ("部機", "the terminal") is the terminal's restart, tried."""
    results = _router_pending(engine, lang, reply)
    assert [d["fix"] for d in events(results, "already_tried")] == ["fix_restart_terminal"], (
        lang, [(e.name, e.data) for e in results[-1].events])
    assert not events(results, "fix_outcome"), lang


# -- 2. an "ok" that opens a report is a nod, not a word of it ----------------------------------

@pytest.mark.parametrize("lang,vague,reply,symptom", [
    ("en", "the terminal keeps rejecting cards", "ok the machine says comms failed", "s_comm_fail"),
    ("en", "the terminal keeps rejecting cards", "ok now it says communication failed", "s_comm_fail"),
    # (Chinese: 好的 / 好 weighed nothing before either; kept as guards)
    ("zh-hans", "刷卡一直失败", "好的 屏幕上写着通讯失败", "s_comm_fail"),
    ("zh-hant", "碌卡一直唔得", "好 個螢幕寫住通訊失敗", "s_comm_fail"),
])
def test_ok_opening_a_report_is_no_vote(engine, lang, vague, reply, symptom):
    """"ok it says communication failed" to the choices: the fault it reports, not a second
    round of choices where "ok" counted for a fault whose phrasing says "other cards ok", nor
    "ok now" read as the sale going through."""
    results = converse(engine, [vague, reply], lang)
    problems = [d["symptom"] for d in events(results[1:], "problem")]
    assert problems == [symptom], (lang, [(e.name, e.data) for e in results[-1].events])


def test_ok_alone_or_with_thanks_reports_nothing(engine):
    """Near-miss: "ok" alone, or "ok thanks", after the choices starts no problem."""
    reader = engine.interpreter
    assert reader.after_acknowledgement("ok") is None
    assert reader.after_acknowledgement("好的") is None
    assert reader.after_acknowledgement("okay the screen says no signal") == "the screen says no signal"
    assert reader.after_acknowledgement("好的 显示通讯失败") == "显示通讯失败"
    assert reader.after_acknowledgement("okinawa card not reading") is None  # no "ok" word opens it
    results = converse(engine, ["the terminal keeps rejecting cards", "ok thanks"], "en")
    assert not events(results[1:], "problem")


# -- 3. a power-cycle of a named device is that device's restart, tried -------------------------

@pytest.mark.parametrize("lang,text", [
    ("zh-hans", "刷卡机通讯失败 路由器拔了电又插回去 还是一样"),
    ("zh-hant", "部機連唔到網 個路由器熄咗再開過 都係咁"),
    ("en", "terminal can't connect, comms error. unplugged the router for a minute and back, no luck"),
])
def test_router_power_cycled_is_its_restart_tried(engine, lang, text):
    """The router's power cut and put back, told with the fault: the router's restart already
    tried, not cables knocked loose by a cleaner (the "unplugged" is the restart's)."""
    results = converse(engine, [text], lang)
    assert "fix_restart_router" in [d["fix"] for d in events(results, "already_tried")], (
        lang, [(e.name, e.data) for e in results[0].events])
    assert ("q_recent_change", "cleaned") not in [
        (d["question"], d["answer"]) for d in events(results, "question_answered")], lang
    assert "fix_restart_router" not in fixes(results), lang


# Near-miss: an unplugging with no putting back is still the cables disturbed
test_unplugged_alone_still_cables_disturbed = fact_read([
    "the cleaner unplugged it last night",
    "someone unplugged the cables while tidying",
], "obs_cables_disturbed")


def test_cleaner_unplugging_keeps_its_reading(engine):
    """Near-miss: the cleaner unplugging the cables is still cables disturbed, answered as such."""
    results = converse(engine, ["terminal offline since the cleaner unplugged stuff last night"], "en")
    assert ("q_recent_change", "cleaned") in [
        (d["question"], d["answer"]) for d in events(results, "question_answered")]


# -- 4. a step said done earlier today, before it was offered: tried, without help --------------

FROZEN = {"zh-hans": "机器死机了 卡在付款界面", "zh-hant": "部機死咗機 定喺付款畫面", "en": "terminal frozen on the payment screen"}


@pytest.mark.parametrize("lang,reply", [
    ("zh-hans", "重启过了 今天早上"),
    ("zh-hans", "今天早上就重启过了"),
    ("zh-hant", "今朝已經熄咗再開過"),
    ("en", "did the restart this morning"),
    ("en", "had restarted it earlier this morning"),
])
def test_restart_done_this_morning_failed(engine, lang, reply):
    """The pending restart said done "this morning": before we asked, and it brought them here
    anyway - a restart that did not help (not "worked" by the 过了 / 就…过了 of the restart's own
    words, and not a message nobody understood)."""
    results = converse(engine, [FROZEN[lang], reply], lang)
    assert fixes(results[:1]) == ["fix_restart_terminal"], lang
    assert [(d["fix"], d["worked"]) for d in events(results, "fix_outcome")] == [("fix_restart_terminal", False)], (
        lang, [(e.name, e.data) for e in results[-1].events])


@pytest.mark.parametrize("lang,reply,worked", [
    ("zh-hans", "早上重启过了 现在好了", True),       # how it goes now, said: that stands
    ("en", "restarted it this morning and now it works", True),
])
def test_restart_this_morning_with_an_outcome_keeps_it(engine, lang, reply, worked):
    results = converse(engine, [FROZEN[lang], reply], lang)
    assert [d["worked"] for d in events(results, "fix_outcome")] == [worked], lang


def test_restart_said_done_now_is_the_step_done(engine):
    """Near-miss: "重启过了" alone, no time before now: the step done, how it went asked."""
    results = converse(engine, [FROZEN["zh-hans"], "重启过了"], "zh-hans")
    assert not events(results, "fix_outcome")


# -- 5. a new terminal said in Cantonese with a measure word ("部新機") is a new terminal ----------
# (the hand-off on a new terminal alone is left: making its setup likelier put a new terminal
# whose screen says "not registered" through a parameter download first)

test_new_terminal_with_a_measure_word = fact_read([
    "換咗部新機 碌唔到卡",
    "今日先到嘅新機到了",
    "老板刚买了台新机",
], "obs_new_terminal", plain=True)


# -- 6. a word of another thing read as a fault of the terminal ---------------------------------

# a light said on is no screen report (a black screen beside it stays black)
test_light_on_is_no_screen_report = look_alikes_not_read([
    ("灯也亮着 就是刷不了", ["obs_screen_on"], "obs_light_on"),
    ("機頂個燈都著緊", ["obs_screen_on"], None),
    ("the little lights are on but nothing else happens", ["obs_screen_on"], "obs_light_on"),
    ("屏幕黑的 但是灯还亮着", ["obs_screen_on"], "obs_light_on"),
])
test_screen_on_still_read = fact_read([
    "屏幕亮着 就是没反应",
    "個mon仲係亮著嘅",
    "screen is on but frozen",
], "obs_screen_on")

# a thing hanging over something is where it is, not the app hanging
test_hanging_over_is_no_freeze = fact_not_read([
    "there's a shelf that hangs over it",
    "the power lead is hanging off the back of the counter",
    "a heat lamp hanging above the till",
], "obs_app_frozen")
test_hangs_still_a_freeze = fact_read([
    "the app hangs after I enter the amount",
    "it hangs on payment every time",
], "obs_app_frozen")

# zeros typed one time too many are the amount keyed wrong, not keys dead
test_extra_zeros_typed_is_the_amount = look_alikes_not_read([
    ("收银员多按了两个零 客人被扣了两万", ["obs_keys_dead"], "obs_amount_wrong"),
    ("佢多按咗兩個零", ["obs_keys_dead"], "obs_amount_wrong"),
    ("我按多了一个零", ["obs_keys_dead"], "obs_amount_wrong"),
])
test_keys_still_dead = fact_read([
    "数字键按了没反应",
    "some keys don't respond",
], "obs_keys_dead")

# the business account moved to another bank is no terminal moved
test_account_moved_is_no_terminal_moved = look_alikes_not_read([
    ("we moved our business account to another bank last month", ["obs_moved"], "obs_settlement_account_change"),
    ("moved the bank account, where do the takings go now", ["obs_moved"], "obs_settlement_account_change"),
])
test_terminal_moved_still_read = fact_read([
    "we moved the terminal to the front counter",
    "收银台挪到门口以后就老断网",
], "obs_moved")


# -- 7. the customer's card disabled by its bank's app is no app of the terminal's ---------------

test_card_disabled_is_the_cards = look_alikes_not_read([
    ("her bank app said card disabled", ["obs_apps_disabled"], "obs_card_disabled"),
    ("銀行app話佢張卡停用咗", ["obs_apps_disabled"], "obs_card_disabled"),
    ("客人说手机银行显示卡被冻结了", ["obs_apps_disabled"], "obs_card_disabled"),
    ("he checked, card was deactivated by the bank", ["obs_apps_disabled"], "obs_card_disabled"),
])
test_terminal_apps_disabled_still_read = fact_read([
    "someone disabled a few apps in the settings",
    "收款应用显示已禁用",
    "把好几个图标都点了停用",
], "obs_apps_disabled")


def test_card_disabled_leads_to_the_card(engine):
    """A card said disabled by its bank: the card's own matter (blocked), told to the customer."""
    results = converse(engine, ["customer's card got refused, her bank app says the card is disabled"], "en")
    assert not fixes(results) or fixes(results)[0] in (
        "fix_decline_card_politely", "fix_customer_call_bank", "fix_ask_other_card"), fixes(results)
