"""dlg79: last round's left-alone list (dialog), each a class of merchant language with sentences of our
own in zh, zh-hant and en (none copied from an eval file), and near-misses that keep their old reading."""

import pytest

from tests.conversation import converse
from tests.tables import events, fact_not_read, fact_read, fixes


def _names(results):
    return [e.name for e in results[-1].events]


# -- 1a. a battery that goes dead at an hour of the day no longer lasts the day ------------------

DEAD_AT_AN_HOUR = [
    "charged overnight and by 2pm it is dead",
    "full in the morning, dead at lunchtime",
    "full charge in the morning but by 3 pm it switches off",
    "100% when we open, by noon it's dead",
    "it's dead by eleven even though it charged all night",
    "morning full battery, at 2 o'clock it just dies",
    "the battery finish very quick, by midday it's flat",
    "batt goes flat so fast, now its dead",
    "the battery runs out so quickly, dead again",
    "早上充满电 到下午两点就没电了",
    "电池很快就没电 现在开不了机",
]
test_dead_at_an_hour_is_a_draining_battery = fact_read(DEAD_AT_AN_HOUR, "obs_battery_drains", plain=True)
test_dead_at_an_hour_is_no_dead_terminal = fact_not_read(DEAD_AT_AN_HOUR[:7], "obs_no_power", plain=True)

# ... but dead since an hour is when it began: it will not switch on
DEAD_SINCE = [
    "the machine is dead since 1 oclock",
    "it's been dead since lunch",
    "dead since noon, won't turn on",
]
test_dead_since_an_hour_is_no_drain = fact_not_read(DEAD_SINCE, "obs_battery_drains", plain=True)
test_dead_since_an_hour_is_no_power = fact_read(DEAD_SINCE, "obs_no_power", plain=True)


@pytest.mark.parametrize("lang, opening", [
    ("en", "the card machine battery is full in the morning and at 1 o clock is dead"),
    ("en", "charged all night, by 2pm the terminal is dead again"),
    ("zh-hans", "早上充满电 到中午十二点就没电关机了"),
])
def test_dead_at_an_hour_gets_the_battery_not_the_socket(engine, lang, opening):
    results = converse(engine, [opening], lang)
    assert "obs_no_power" not in [o for d in events(results, "observation") for o in [d.get("observation")]]
    assert fixes(results) and fixes(results)[0] != "fix_check_power_supply", fixes(results)


# -- 1b. a battery taken out while the terminal was off is no hang forced off --------------------

PULLED_WHILE_OFF = [
    "i took the battery out while it was switched off and put it back",
    "it was off, I pulled the battery and put it back in",
    "switched it off first then removed the battery and put it back, still the same",
    "had the battery out with it switched off, no change",
    "took the battery out when it was already dead",
    "turned it off and took the battery out for a minute",
    "关机以后拔了电池又装回去",
    "先关机 再把电池拿出来装回去 还是不行",
    "關咗機先除咗粒電池 再裝返",
]
test_battery_pulled_while_off_is_read = fact_read(PULLED_WHILE_OFF, "obs_battery_pulled_off", plain=True)
test_battery_pulled_while_off_is_no_forced_off = fact_not_read(PULLED_WHILE_OFF, "obs_battery_pulled_on",
                                                               plain=True)
# ... while a hang ended by pulling the battery still is
test_hang_ended_by_the_battery_is_kept = fact_read([
    "it froze so i pulled the battery out",
    "死机了 我直接拔了电池",
], "obs_battery_pulled_on", plain=True)


# -- 1c. a frozen terminal that won't switch off: the forced power-off with the restart ------------

FROZEN_WONT_GO_OFF = [
    ("en", "my terminal is frozen and it wont turn off"),
    ("en", "screen froze, holding the power button it won't switch off"),
    ("en", "the app is stuck and I cant turn it off"),
    ("en", "its hung, can't switch it off at all"),
    ("zh-hans", "机器死机了 长按也关不掉"),
    ("zh-hans", "卡死了 关机键没反应"),
    ("zh-hant", "部機定咗 熄唔到機"),
    ("zh-hant", "個mon定咗 關機鍵冇反應"),
]


@pytest.mark.parametrize("lang, opening", FROZEN_WONT_GO_OFF)
def test_frozen_and_wont_go_off_gets_the_forced_power_off(engine, lang, opening):
    results = converse(engine, [opening], lang)
    assert fixes(results)[:1] == ["fix_restart_terminal"], fixes(results)
    offered = results[-1].replies[-1].text
    assert ("20" in offered and "30" in offered), offered  # hold 20 to 30 seconds, not the plain 10


def test_plain_restart_keeps_its_steps(engine):
    results = converse(engine, ["my terminal keeps freezing"], "en")
    assert fixes(results)[:1] == ["fix_restart_terminal"]
    assert "20 to 30" not in results[-1].replies[-1].text


# -- 2. no fault since the step, then it came back: partly, not fixed -------------------------------

CAME_BACK = [
    ("en", "it hasn't happened since yesterday but now it's back"),
    ("en", "hasn't come up since lunch, but it's back now"),
    ("en", "no errors since the restart but now it came back"),
    ("en", "not once since yesterday, but this morning it came back"),
    ("en", "been fine since tuesday but the error is back"),
    ("en", "hasnt happened since, oh wait, it just did it again"),
    ("zh-hans", "没再报了 刚才又出现了"),
    ("zh-hans", "一下午没出过错 现在又来了"),
    ("zh-hant", "成個下晝冇出過錯 而家又嚟"),
]


@pytest.mark.parametrize("lang, reply", CAME_BACK)
def test_fault_back_after_a_stretch_is_not_fixed(engine, lang, reply):
    opening = {"en": "my terminal keeps freezing", "zh-hans": "刷卡机老是死机", "zh-hant": "部機成日死機"}[lang]
    results = converse(engine, [opening, reply], lang)
    assert "resolved" not in _names(results), _names(results)
    outcome = events(results[-1:], "fix_outcome")
    assert outcome and outcome[0]["worked"] is False, _names(results)


@pytest.mark.parametrize("lang, reply", [
    ("en", "hasn't happened since, thanks again"),
    ("en", "not once since, all good"),
    ("zh-hans", "没再报了 又能刷了"),
])
def test_no_fault_since_is_still_fixed(engine, lang, reply):
    opening = {"en": "my terminal keeps freezing", "zh-hans": "刷卡机老是死机"}[lang]
    results = converse(engine, [opening, reply], lang)
    assert "resolved" in _names(results), _names(results)


# -- 3. a question about the takings lost is the payout, no lost card (code 41) --------------------

MONEY_LOST = [
    "is the money lost?",
    "so my money is lost or what?",
    "have I lost the money?",
    "the money lost??",
    "did the payment money get lost",
    "钱是不是丢了？",
    "卖的钱会不会丢",
    "啲錢係咪唔見咗",
]


@pytest.mark.parametrize("text", MONEY_LOST)
def test_money_lost_is_the_payout_question(engine, text):
    results = converse(engine, [text])
    assert [d.get("intent") for d in events(results, "intent")] == ["payout"], _names(results)
    assert not any(d.get("code") == "41" for d in events(results, "problem"))


@pytest.mark.parametrize("text", ["the customer's card is lost", "lost card", "41"])
def test_a_lost_card_is_still_41(engine, text):
    results = converse(engine, [text])
    assert any(d.get("code") == "41" for d in events(results, "problem")), _names(results)
