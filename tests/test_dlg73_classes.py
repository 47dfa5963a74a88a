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


# -- the provider's parameter update offered on the screen, put off (obs_params_prompt) -------------

test_parameter_update_put_off = fact_read([
    "a parameter update window pops up every day and I skip it",
    "every day there's a params update box, staff hit cancel",
    "there's a parameter message in the morning and we press later",
    "something about parameters popping up, I cancel it",
    "每天早上弹个参数更新 我都点取消",
    "开机就有个更新参数的提示 伙计都按取消",
    "部機朝朝彈個參數更新 我都㩒取消",
    "參數更新嗰個窗口 我成日撳跳過",
], "obs_params_prompt")

test_parameters_elsewhere_not_prompt = fact_not_read([
    "I changed the parameters of the report",
    "the update of the app went fine",
], "obs_params_prompt")

test_parameter_update_leads_to_download = told_fact_leads_to_fix([
    (["card terminal shows 0020000", "a parameter update window comes every morning and I press cancel"], "en",
     "fix_download_params"),
    (["机器报0020000", "每天早上弹个参数更新 我都点取消"], "zh-hans", "fix_download_params"),
], within=2)


# -- the battery found flat after the shop was shut for days: the clock gone back (obs_flat_after_closure)

test_flat_after_closure = fact_read([
    "the terminal went dead over the christmas break",
    "we were closed four days and it was completely dead",
    "battery ran flat over the bank holiday",
    "it was flat after the holidays",
    "over easter the battery ran flat",
    "連假回來部機冇晒電",
    "关门五天 回来完全没电",
    "我们关了一个星期 机器一点电都没有",
], "obs_flat_after_closure")

# a battery empty every morning, or a busy weekend, is no closure
test_flat_every_morning_not_closure = fact_not_read([
    "早上来看电都是零",
    "周末生意好 机器没电了",
    "the battery went flat at lunch",
    "it's dead every morning though I charge it",
], "obs_flat_after_closure")

test_flat_after_closure_leads_to_date = told_fact_leads_to_fix([
    (["terminal shows 0020000 on every card", "it went completely dead over the long weekend, we were shut"], "en",
     "fix_set_datetime"),
    (["机器一直报0020000", "我们关门五天 回来完全没电"], "zh-hans", "fix_set_datetime"),
    (["部機成日彈0020000", "連假回來部機冇晒電"], "zh-hant", "fix_set_datetime"),
], within=2)


# -- static told by the touch and its snap or spark; dry air by a heated room said dry ---------------

test_static_by_touch_and_spark = fact_read([
    "customers touch it and there's a little spark, then it freezes",
    "when the cashier touches the terminal there's a tiny spark",
    "every time I reach for it, zap, and it restarts",
    "客人手一碰 就电一下",
    "部機一摸就啪一下 有火星",
    "客人一摸机器 啪的一下 屏幕就卡了",
    "伸手去按 冒个火星",
    "small spark when she touches the reader",
], "obs_static_shock")

test_electrical_spark_not_static = fact_not_read([
    "the socket gave a spark and smells burnt",
    "sparks came out of the charger",
    "插座冒火星子",
], "obs_static_shock")

test_heated_room_said_dry = fact_read([
    "屋里烧的暖气 干得很",
    "店里开着暖气 屋里特别干",
    "屋里生着炉子 干得很",
], "obs_dry_air")


# -- a stretch of time since the step without the fault: success ------------------------------------

@pytest.mark.parametrize("text", [
    "一下午没出过错",
    "一上午都没出过错",
    "一下午没报过错",
    "一整天没出过错",
    "到现在都没出过问题",
    "成個下晝冇出過錯",
    "hasn't happened all day",
    "hasn't happened all afternoon",
    "bought a humidifier and it hasn't done it all day",
])
def test_span_without_fault_worked(engine, text):
    assert engine.interpreter.outcome(text) == "worked"


@pytest.mark.parametrize("text", [
    "以前从来没出过错",
    "以前一整天都没出过错 现在老报",
    "一下午没出过错 刚才又报了",
])
def test_past_without_fault_no_success(engine, text):
    assert engine.interpreter.outcome(text) != "worked"


# -- the SIM's bars shown and nothing gets out; the SIM paid once a year (net_sim_no_data) ----------

test_bars_but_offline = fact_read([
    "信号有四个格 可就是连不上",
    "signal shows four bars but it can't connect",
    "信号满格 就是上不了网",
    "signal is full but it can't connect",
    "信號滿格 但係連唔到",
    "信号格都是满的 就是连不上网",
], "obs_bars_but_offline")

test_wifi_bars_not_sim = fact_not_read([
    "wifi signal is full but it can't connect",
    "信号很好 刷卡也正常",
], "obs_bars_but_offline")

test_sim_paid_once_a_year = fact_read([
    "里头有个卡 一年交一回钱 去年这时候交的",
    "the sim is a yearly plan, paid last year around this time",
    "机器里的卡每年交一次钱",
    "the data on the sim is paid once a year",
    "部機張卡每年交一次錢",
    "流量卡一年一交",
], "obs_sim_unpaid")

test_yearly_fee_elsewhere_not_sim = fact_not_read([
    "我们年费去年交过了",
    "I pay the terminal rental once a year",
], "obs_sim_unpaid")

test_bars_offline_leads_to_sim_data = told_fact_leads_to_fix([
    (["机器报0020000", "用的是机器里的流量卡 信号有四个格 可就是连不上"], "zh-hans", "fix_check_sim_data"),
    (["terminal shows 0020000", "it's on its sim, signal shows four bars but it can't connect"], "en",
     "fix_check_sim_data"),
], within=2)


# -- settlement asked back in dialect, never done (obs_not_settled) ----------------------------------

test_settlement_never_done_in_dialect = fact_read([
    "哪样结算 没整过",
    "结算？啥子结算 从来没整过",
    "不是自动到账的吗",
    "结算？哪样结算 我们从来没整过",
    "結算？乜嘢結算 從來冇搞過",
    "不是会自动结算吗",
], "obs_not_settled")

test_whole_afternoon_not_settlement = fact_not_read([
    "我整个下午都在店里",
    "你说哪样",
], "obs_not_settled")


# -- the screen film by its Taiwan and Hong Kong names, and a bubble under it (obs_screen_protector) --

test_protector_regional_names = fact_read([
    "上禮拜店員幫我貼了一張保護貼",
    "店員幫我貼咗張芒貼",
    "貼了玻璃貼之後按鍵常常沒反應",
    "霧面貼右下角起泡",
    "新贴的防窥贴边上有点气泡",
    "we put a screen sticker on it last week",
    "the new matte film has an air bubble under the corner",
    "put a privacy filter on the screen",
], "obs_screen_protector")

test_protector_bubble_not_elsewhere = fact_not_read([
    "the customer's receipt has a bubble",
    "他贴了个店名贴纸在挥卡那里",
], "obs_screen_protector")
