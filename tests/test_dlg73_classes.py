"""dlg73: classes behind the released typed holdout34's reading gap (merchants c08, c15, h21, h24
and the ones named below), with sentences of our own in en, zh and zh-hant (none copied from an
eval file), and near-misses that keep their old reading."""

import pytest

from tests.conversation import converse
from tests.tables import EACH, events, fact_not_read, fact_read, not_recognised_as, recognised_as, told_fact_leads_to_fix

# -- a long code said as the number it looks like: "oh oh twenty thousand" (0020000) ---------------

test_code_said_with_thousand = recognised_as([
    "card machine keeps flashing oh oh twenty thousand",
    "it says zero zero twenty thousand on every card",
    "screen shows double oh twenty thousand",
    "error nought nought twenty thousand",
    "keeps flashin oh-oh-twenty-thousand",
    "it comes up zero zero twenty thousand",
    "the display says oh oh twenty thousand, transaction failed",
    "terminal gave me double zero twenty thousand",
], code="0020000")

# a sum or a count of thousands is no code
test_thousands_counted_no_code = not_recognised_as([
    "we did twenty thousand in sales today",
    "customer paid two thousand",
    "the machine says a thousand things",
], code="0020000")


# -- what a sale "comes back" with from the bank announces its code ("coming back niner six") -------

test_code_coming_back = recognised_as([
    ("Card reader coming back niner six on every card", "96"),
    ("every card keeps coming back fifty one", "51"),
    ("came back with five one", "51"),
    ("every card comes back ninety six", "96"),
    ("it's comin back oh five", "05"),
    ("came back niner one on the big sale", "91"),
    ("the cards are coming back fife one", "51"),
    ("came back sixty five", "65"),
], code=EACH)

test_came_back_counts_no_code = not_recognised_as([
    "power came back twenty five minutes later",
    "he came back two times",
], code="25")


# -- the Polynesian (and Fijian) numbers a code is read in: "lima fa" (54) ---------------------------

test_polynesian_numbers = recognised_as([
    ("machine says lima fa for the tourist", "54"),        # Samoan
    ("it shows rima whā", "54"),                            # Maori
    ("the screen says nima fā", "54"),                      # Tongan
    ("code is elima eha", "54"),                            # Hawaiian
    ("machine says iva ono, every card", "96"),             # Samoan
    ("it shows lima tasi", "51"),
    ("terminal says iwa ono", "96"),                        # Maori
    ("it shows rima tahi", "51"),
    ("screen says hiva ono", "96"),                         # Tongan
    ("machine shows ciwa ono", "96"),                       # Fijian
], code=EACH)

test_polynesian_words_alone_no_code = not_recognised_as([
    "it says fa",
    "we have lua customers waiting",
    "the lua script failed",
    "ono, the machine is broken",
], code="54")


# -- after a card's refusal was explained, the customer paid with another card: the advice taken ---

ANOTHER_CARD = [
    ("she used her other card", "en"),
    ("he paid with another card, thanks", "en"),
    ("she swapped to her debit card", "en"),
    ("he pulled out another card", "en"),
    ("used his other card, vinaka", "en"),
    ("ok the lady gave me a different card", "en"),
    ("she said it ran out last month and used her other card, mahalo", "en"),
    ("客人拿了另一张卡", "zh-hans"),
    ("佢用咗第二張卡", "zh-hant"),
    ("客人换了张卡", "zh-hans"),
]


@pytest.mark.parametrize("reply, lang", ANOTHER_CARD)
def test_other_card_used_after_explanation_resolves(engine, reply, lang):
    opening = "the machine shows 54" if lang == "en" else "机器显示54"
    results = converse(engine, [opening, reply], lang)
    assert events([results[-1]], "resolved"), [(e.name, e.data) for e in results[-1].events]


@pytest.mark.parametrize("reply", [
    "she tried another card, same thing",
    "she used her other card and that failed too",
    "she says her card is fine",
])
def test_other_card_failing_is_no_success(engine, reply):
    results = converse(engine, ["the machine shows 54", reply], "en")
    assert not events([results[-1]], "resolved")


# thanks in the Pacific's languages is the explanation taken on board, as thanks elsewhere
@pytest.mark.parametrize("reply", ["fa'afetai", "faafetai lava", "malo aupito", "vinaka vakalevu", "mahalo",
                                   "kia ora", "meitaki maata", "mauruuru"])
def test_pacific_thanks_after_explanation(engine, reply):
    results = converse(engine, ["the machine shows 54", reply], "en")
    assert events([results[-1]], "resolved")


# -- the terminal still on the old network, its name not the router's now (obs_router_changed) ------

test_old_network_name_is_router_changed = fact_read([
    "the terminal keeps looking for the old wifi",
    "wifi is searching, the name is still the old one",
    "the wifi name on the machine is different from the router label",
    "the network name on the terminal is not the same any more",
    "it keeps trying the old wifi, the new one has another name",
    "机器上的wifi还是旧的名字",
    "机器还在找以前的wifi",
    "部機仲係搵緊舊嘅wifi",
    "wifi名字对不上 路由器背面的贴纸写的不一样",
], "obs_router_changed")

# the router's own label is no sticker on the terminal's tap area
test_router_label_no_tap_sticker = fact_not_read([
    "the password is on the sticker on the router",
    "the name on the router sticker is different",
    "路由器背面的贴纸上有密码",
    "光猫上的贴纸写着wifi名字",
    "wifi名字对不上 路由器背面的贴纸写的不一样",
], "obs_sticker_on_reader")

test_tap_sticker_still_read = fact_read([
    "there's a sticker over the tap logo",
    "we put a sticker on the card machine",
    "贴了个店名贴纸在挥卡的地方",
], "obs_sticker_on_reader")

test_old_name_elsewhere_not_router = fact_not_read([
    "wifi is fine, the receipt shows my old shop name",
    "wifi好好的 小票上还是以前的店名",
], "obs_router_changed")

test_old_network_leads_to_reconnect = told_fact_leads_to_fix([
    (["terminal shows 0020000 on every sale", "wifi keeps searching, the name is still the old one"], "en",
     "fix_reconnect_wifi"),
    (["机器一直报0020000", "机器还在找以前的wifi 路由器标签上的名字不一样"], "zh-hans", "fix_reconnect_wifi"),
    (["部機成日彈0020000", "部機仲係搵緊舊嘅wifi"], "zh-hant", "fix_reconnect_wifi"),
], within=2)
