"""dlg97: what typing merchants said that the dialog did not hear - the mains named electricity (and a
power cut over the whole street taken for the neighbours' terminals failing); the mark through the print
said gone ("杠没了") and the print said whole again; how it has gone since the step told as the story's
end ("been good all morning") and mist under the screen's own glass taken for a windscreen; the antenna's
stick said gone, only its screw socket left; the fault told as it stands beside other ways that work
taken for a late success of the last fix; the router's internet light red; the payout account already
changed by the bank (the terminal needs the new parameters), not a change still wanted. Each class is
merchant language of our own (none copied from an eval file) in zh (simplified and traditional) and
English, with near misses, played through the real engine."""

import pytest

from tests.conversation import converse
from tests.tables import event_pairs as _events, events, fact_not_read, fact_read, fixes, \
    reply_to_first_fix_resolves, STILL, told_fact_leads_to_fix


# -- 1. the mains named electricity; a power cut over the whole street ------------------------------

POWER_CUT = [
    "yesterday evening the electricity was cut in the whole street",
    "electricity went off last night, since then 0020000",
    "the electricity is gone in the whole block since the storm",
    "昨晚整条街的电都断了",
    "整條街的電都斷了 今朝就報錯",
    "昨晚成條街冇電",
]

test_the_street_without_electricity_is_a_power_cut = fact_read(POWER_CUT, "obs_mains_cut", plain=True)
test_the_street_without_electricity_is_no_neighbours_down = fact_not_read([
    "yesterday evening the electricity was cut in the whole street",
    "昨晚整条街的电都断了",
    "整條街的電都斷了 今朝就報錯",
], "obs_neighbours_down", plain=True)

# near misses: the street's shops failing is the neighbours' terminals; no socket at a stall is the battery
test_the_street_that_cannot_take_cards_is_still_the_neighbours = fact_read([
    "the whole street can't take cards, the shop next door too",
    "整条街都刷不了卡 隔壁也一样",
], "obs_neighbours_down", plain=True)
test_no_electricity_at_the_stall_is_no_power_cut = fact_not_read([
    "no electricity at the stall, it runs on battery",
], "obs_mains_cut", plain=True)

test_an_update_cut_by_the_electricity_is_redone = told_fact_leads_to_fix([
    (["card machine shows 0020000 on every sale since this morning",
      "it was updating, around 40 percent, then the electricity went off"], "en", "fix_retry_update"),
    (["card machine shows 0020000 since this morning, yesterday evening was electricity cut in the whole street",
      "there was an update running at the time, it stopped halfway when the electricity went"], "en", "fix_retry_update"),
], within=3, still=1)


# -- 2. the mark through the print gone, the print whole again ---------------------------------------

STRIPE = {"zh-hans": "小票中间有一道白杠 字缺了一块",
          "zh-hant": "小票中間有一條白線 字缺一塊",
          "en": "receipts have a white stripe down the middle, letters missing"}

test_the_mark_gone_after_the_print_step_resolves = reply_to_first_fix_resolves([
    ("zh-hans", STRIPE["zh-hans"], "擦了打印头 再打一张 杠没了 字全了", True),
    ("zh-hans", STRIPE["zh-hans"], "酒精棉擦完 晾了一会 白杠没了", True),
    ("zh-hant", STRIPE["zh-hant"], "擦咗打印頭 白線沒了 字都齊了", True),
    ("zh-hant", STRIPE["zh-hant"], "擦完再印 條紋沒了 不缺字了", True),
    ("en", STRIPE["en"], "swabbed it and ran a slip, letters all there", True),
    # near misses: the mark still there; the paper gone; the antenna gone
    ("zh-hans", STRIPE["zh-hans"], "擦了 杠还在 字还是缺", False),
    ("zh-hans", STRIPE["zh-hans"], "擦了 纸没了", False),
    ("zh-hant", STRIPE["zh-hant"], "擦咗 白線仲喺度", False),
    ("en", STRIPE["en"], "wiped it, still a white stripe", False),
])


# -- 3. the hours since told as the story's end; mist under the screen's own glass --------------------

FOGGY = {"en": "screen fogs up inside and the card machine keeps giving 0020000",
         "zh-hans": "屏幕里面起雾 刷卡老报0020000",
         "zh-hant": "螢幕裡面起霧 刷卡一直報0020000"}

test_the_hours_since_told_last_resolve = reply_to_first_fix_resolves([
    ("en", FOGGY["en"], "Moved it off the shelf by the kettle and let it dry. Fog's gone from the screen and it's been good all morning", True),
    ("en", FOGGY["en"], "took it off the shelf by the urn, the fog cleared from under the glass and it's been good all day", True),
    ("en", FOGGY["en"], "moved it away from the steam. mist's gone from inside and it's been working all morning", True),
    ("zh-hans", FOGGY["zh-hans"], "挪开了 屏幕玻璃下面的雾没了 一上午都好好的", True),
    ("zh-hant", FOGGY["zh-hant"], "搬開咗 螢幕玻璃下面啲霧冇咗 成個朝早都冇事", True),
    # near misses: good for a while, then the fault back; a wish
    ("en", FOGGY["en"], "moved it, fog's gone but the error came back after lunch", False),
    ("zh-hans", FOGGY["zh-hans"], "挪开了 一上午都没事 下午又报了", False),
])

# (English only: no Chinese phrasing of the windscreen is a bare "glass")
MIST_UNDER_GLASS = [
    "little droplets under the glass of the screen",
    "there's fog under the glass, it fails all morning",
    "condensation under the glass since we put the steamer there",
]
test_mist_under_the_screen_glass_is_no_windscreen = fact_not_read(MIST_UNDER_GLASS, "obs_in_vehicle_sun", plain=True)
test_the_windscreen_glass_is_still_the_vehicle = fact_read([
    "left it on the dash under the glass all day",
], "obs_in_vehicle_sun", plain=True)


# -- 4. the antenna's stick said gone, only its screw socket left ------------------------------------

ANTENNA_GONE = [
    "后头那根小棍子不见了 只剩个螺丝口",
    "机器背后光剩个螺丝口 估计让人撞掉了",
    "後面嗰支小棍冇咗 淨係剩個螺絲口",
    "後面只剩個螺絲口",
    "there's only the screw left where the little stick was",
    "only the thread left at the back where the aerial screwed on",
]
test_the_stick_gone_is_the_antenna_off = fact_read(ANTENNA_GONE, "obs_antenna_off", plain=True)
test_the_antenna_in_place_is_no_antenna_off = fact_not_read([
    "螺丝刀找不到了",
    "充电口旁边的螺丝松了",
    "the antenna is there, screwed on tight",
], "obs_antenna_off", plain=True)

WEAK = {"zh-hans": "刷卡机老报0020000 信号就一格", "zh-hant": "刷卡機一直報0020000 訊號得一格",
        "en": "card machine keeps saying 0020000, signal is one bar"}


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "天线？哦 后头原来有根黑的小棍子 拧上去的 现在没了 只剩个螺丝口"),
    ("zh-hans", "后头原来有根黑的小棍子 现在没了 光剩个螺丝口"),
])
def test_the_antenna_said_gone_is_refitted_not_taken_for_the_fault_gone(engine, lang, text):
    results = converse(engine, [WEAK[lang], STILL[lang], text, STILL[lang]], lang)
    assert not events(results, "resolved"), [_events(r) for r in results]
    assert "fix_refit_antenna" in fixes(results), [_events(r) for r in results]


# -- 5. the fault told as it stands, other ways working: no late success -----------------------------

CHIP = {"en": "chip cards won't read, CARD READ ERROR when they go in, tapping is fine",
        "zh-hans": "插卡读不了 一插就报读卡错误 挥卡没问题",
        "zh-hant": "插卡讀唔到 一插就報讀卡錯誤 拍卡冇問題"}


# (after the "insert" fix, the fault said in the fix's own word; the other tellings, in Chinese too, were read
# right before and stay guards beside them)
@pytest.mark.parametrize("lang, text", [
    ("en", "Insert is the problem. Tap works. I tried swipe now, swipe works too"),
    ("en", "Insert is the problem, tap works"),
    ("en", "inserting is the problem, contactless works fine"),
    ("en", "the chip slot is the problem, swiping works"),
    ("en", "insert still fails. tapping works, swiping works"),
    ("zh-hans", "问题在插卡 挥卡好使 磁条也好使"),
    ("zh-hant", "問題係插卡 拍卡得 刷磁條都得"),
])
def test_the_fault_told_beside_ways_that_work_is_no_late_success(engine, lang, text):
    results = converse(engine, [CHIP[lang], STILL[lang], text], lang)
    assert not events(results[-1:], "resolved"), [_events(r) for r in results]


@pytest.mark.parametrize("lang, text", [
    ("en", "ok I cleaned the chip again and inserted it properly, works now"),
    ("zh-hans", "又擦了一下芯片 插好 现在可以了"),
])
def test_the_last_fix_named_and_said_to_work_is_still_a_late_success(engine, lang, text):
    results = converse(engine, [CHIP[lang], STILL[lang], text], lang)
    assert events(results[-1:], "resolved"), [_events(r) for r in results]


# -- 6. the router's internet light red ---------------------------------------------------------------

ROUTER_RED = [
    "路由器上有个红灯在闪 下面写着internet",
    "路由器那排灯 internet那个灯是红的 别的都绿",
    "路由器internet那個燈是紅的",
    "the internet light on the router is red",
    "router has a red light blinking on the internet one, the rest are green",
]
test_the_router_internet_light_red_is_the_shop_offline = fact_read(ROUTER_RED, "obs_shop_offline", plain=True)
test_the_terminal_red_light_is_no_shop_offline = fact_not_read([
    "刷卡机亮红灯",
    "the terminal's red light is on",
], "obs_shop_offline", plain=True)


# -- 7. the payout account already changed by the bank: the terminal needs the new parameters ---------

CHANGED_BY_BANK = [
    "银行前几天打电话说结算账户换了 换成对公账户了",
    "上个月银行通知结算卡换了",
    "銀行打電話說結算卡換了 改成公司賬戶了",
    "the bank rang to say they switched us to the business account",
    "bank rang, they switched us over to the business account",
]
test_the_account_changed_by_the_bank_is_read = fact_read(CHANGED_BY_BANK, "obs_account_changed_by_bank", plain=True)
test_a_change_still_wanted_is_not_changed_by_the_bank = fact_not_read([
    "我想把结算卡换成公司账户",
    "我想把结算卡换成公司账户 银行说要填表",
    "I want to change the bank account the money goes to",
], "obs_account_changed_by_bank", plain=True)

test_the_account_changed_by_the_bank_leads_to_the_parameters = told_fact_leads_to_fix([
    (["刷卡机这两天老报0020000", "上礼拜银行打电话说结算卡换了 换成公司账户了"], "zh-hans", "fix_download_params"),
    (["刷卡機這兩天一直報0020000", "銀行打電話說結算卡換了 改成公司賬戶了"], "zh-hant", "fix_download_params"),
    (["terminal keeps giving 0020000 since Monday", "the bank rang to say they switched us to the business account"], "en", "fix_download_params"),
], within=3, still=1)
