"""dlg89: facts a merchant volunteers, followed to the cause they point to - the clock reset after weeks
put away (a factory year on the slip), a power cut while a sale ran, the new router's password label
under it (no card tapped at the bottom), two payment apps after the card payments moved to another bank,
a black screen with the power key already held, electricity called light or current and a cheap
inverter, and a battery dead by mid-morning after a night's charge. Each class is merchant language
of our own (none copied from an eval file) in zh, zh-hant (Cantonese) and other Englishes, with
near-misses, played through the real engine."""

import pytest

from tests.conversation import converse

CODE_OPENING = {"en": "card machine keeps saying 0020000",
                "zh-hans": "刷卡机每笔都报0020000",
                "zh-hant": "部機每單都出0020000"}


def _top(result):
    candidates = result.session["facts"]["candidates"]
    return max(candidates, key=candidates.get)


def _said(result):
    return [r.text for r in result.replies]


# -- 1. put away for weeks, the battery run down: the clock reset, no metal box -------------------

PUT_AWAY = [
    ("zh-hans", "放假回老家两个礼拜 机器扔在抽屉里 电都耗完了 充起电以后就报这个"),
    ("zh-hans", "过中秋回家 半个月莫开门 机器丢在柜子里 电放光了 充起电就这样"),
    ("zh-hans", "我们关店半个月 机器丢在柜子里 电都放完了 充上电就开始报"),
    ("zh-hans", "回家过节十几天 机器塞在抽屉里 电池耗完了 回来充起电就这样了"),
    ("zh-hant", "過年返鄉下 兩個禮拜冇開舖 部機擺喺櫃桶 冇晒電 叉返電之後就係咁"),
    ("en", "we went home for three weeks, left it in the drawer, battery went completely flat, charged it and now this"),
    ("en", "shop was shut two weeks for the festival, machine sat in a drawer, dead flat, charged it this morning"),
    ("en", "we closed for 3 weeks, the terminal was in the drawer the whole time, totally dead when we came back, now charged"),
]


@pytest.mark.parametrize("lang, text", PUT_AWAY)
def test_put_away_and_run_flat_is_the_clock(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    facts = result.session["facts"]
    assert "obs_long_unused" in facts["noted"] or "obs_flat_after_closure" in facts["noted"], (facts["noted"], _said(result))
    assert "obs_in_metal_box" not in facts["noted"], facts["noted"]
    assert facts["fix"] == "fix_set_datetime", (facts["noted"], _said(result))


FACTORY_YEAR = [
    ("zh-hans", "小票出得来 但是上面日期是两千年一月一号"),
    ("zh-hans", "单子能打 日期怪得很 二零零零年"),
    ("zh-hans", "打出来的单子日期不对劲 一九七零年"),
    ("zh-hans", "屏幕上面的时间变成了二零零零年"),
    ("zh-hant", "收據印到 不過日期好怪 變咗2000年"),
    ("en", "receipt prints ok but the date is weird, says 2000"),
    ("en", "slip comes out fine but it say year 1970"),
    ("en", "the date on screen went back to 2000"),
    ("en", "the receipt prints but shows 01/01/2000"),
]


@pytest.mark.parametrize("lang, text", FACTORY_YEAR)
def test_a_factory_year_is_the_wrong_date(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    facts = result.session["facts"]
    assert "obs_wrong_date" in facts["noted"], (facts["noted"], _said(result))
    assert facts["fix"] == "fix_set_datetime", _said(result)


@pytest.mark.parametrize("text", ["小票打得出来 就是日期怪得很 二千年", "单子印得出来 就是日期还是两千年"])
def test_prints_but_the_date_still_wrong_is_no_success(engine, text):
    story = "前头过年关了三个礼拜 机器放柜子里 电都放完了 充起电就这样了"
    first = converse(engine, [CODE_OPENING["zh-hans"], story], "zh-hans")[-1]
    assert first.session["facts"]["fix"] == "fix_set_datetime", _said(first)
    result = converse(engine, [CODE_OPENING["zh-hans"], story, text], "zh-hans")[-1]
    assert result.session["state"] != "rating", _said(result)


@pytest.mark.parametrize("text", ["机器锁在铁柜里用", "we keep it in the metal cabinet under the counter"])
def test_a_metal_cabinet_stays_a_metal_cabinet(engine, text):
    assert "obs_in_metal_box" in engine.interpreter.observed(text)


# -- 2. the power cut while a sale ran, any way of paying ------------------------------------------

CUT_MID_SALE = [
    ("zh-hans", "停电那会儿客人正在付钱 之后就一直报错"),
    ("zh-hans", "昨晚跳闸 那时候有个客人正在付款 之后就一直这样"),
    ("zh-hans", "停电了 刷卡刷到一半 来电后就不行"),
    ("zh-hant", "成條街停電 嗰陣有個客插緊卡 跟住就係咁"),
    ("zh-hant", "跳掣嗰陣個客人正在俾錢 之後次次都係咁"),
    ("en", "the power went off when a customer was paying, since then every sale fails"),
    ("en", "blackout came right when the lady was paying, after that nothing works"),
    ("en", "we had a blackout mid-transaction yesterday and it's been like this since"),
    ("en", "power cut during a sale yesterday and now 0020000 every time"),
]


@pytest.mark.parametrize("lang, text", CUT_MID_SALE)
def test_a_cut_while_a_sale_ran_is_the_data(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    facts = result.session["facts"]
    assert "obs_cut_mid_sale" in facts["noted"], (facts["noted"], _said(result))
    assert _top(result) == "sw_corrupt_data", (facts["candidates"], _said(result))


@pytest.mark.parametrize("text", ["昨天停电 今天刷卡就报错", "the power went off yesterday, today it fails"])
def test_a_cut_alone_is_no_sale_cut_in_half(engine, text):
    observed = engine.interpreter.observed(text)
    assert "obs_mains_cut" in observed and "obs_cut_mid_sale" not in observed, observed


# -- 3. the new router's password label under it: no card tapped at the bottom --------------------

ROUTER_LABEL = [
    ("zh-hans", "手机能上网 昨天电信的人来换了个新路由器 黑色的 密码贴在背面 机器我没动"),
    ("zh-hans", "移动公司的人把光猫换了 新密码贴在下面"),
    ("zh-hans", "师傅把路由器换成新的了 底下贴着密码"),
    ("zh-hant", "寬頻公司換咗部新路由器 密碼貼喺底"),
    ("en", "phone has internet. the internet guy put in a new router yesterday, the password is on a sticker underneath"),
    ("en", "they swapped the router on monday, new one, password stuck on the bottom"),
    ("en", "Telkom came and replaced the modem, new password at the back of it"),
    ("en", "router changed by the isp, the password is on the back"),
]


@pytest.mark.parametrize("lang, text", ROUTER_LABEL)
def test_a_password_label_is_no_tap_at_the_bottom(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    facts = result.session["facts"]
    assert "obs_router_changed" in facts["noted"], (facts["noted"], _said(result))
    assert "obs_tap_wrong_spot" not in facts["noted"], facts["noted"]
    assert facts["fix"] == "fix_reconnect_wifi", (facts["noted"], _said(result))


@pytest.mark.parametrize("text", ["customers tap at the bottom of the terminal", "顾客都贴在底下"])
def test_tapping_at_the_bottom_stays(engine, text):
    assert "obs_tap_wrong_spot" in engine.interpreter.observed(text)


# -- 4. two payment apps, the card payments moved to another bank ---------------------------------

TWO_APPS = [
    ("zh-hans", "屏幕上有两个收钱的图标 一个绿一个橙 不知道为什么有两个"),
    ("zh-hans", "手机屏上有两个刷卡的软件 不知道点哪个"),
    ("zh-hans", "上个月换了一家银行 他们来装过软件"),
    ("zh-hans", "前阵子转了收单银行 银行的人来弄过机器"),
    ("zh-hant", "屏幕有兩個收錢嘅app 一個藍一個白"),
    ("zh-hant", "上個月轉咗另一間銀行 佢哋嚟裝過嘢"),
    ("en", "there are two payment icons on the screen, a blue one and a green one"),
    ("en", "there's 2 apps for taking cards now, dunno which one"),
    ("en", "we changed banks last month and their guy installed something on it"),
]


@pytest.mark.parametrize("lang, text", TWO_APPS)
def test_two_payment_apps_after_a_bank_change(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    facts = result.session["facts"]
    assert {"obs_old_payment_app", "obs_acquirer_switched"} & set(facts["noted"]), (facts["noted"], _said(result))
    assert "sw_old_app_after_migration" in facts["candidates"], facts["candidates"]
    assert "obs_settlement_account_change" not in facts["noted"], facts["noted"]


@pytest.mark.parametrize("text", ["we switched banks, need to update the bank details",
                                  "we changed banks, how do I get the card money paid into the new bank account"])
def test_a_payout_account_change_stays(engine, text):
    assert "obs_settlement_account_change" in engine.interpreter.observed(text)


# -- 5. a black screen, the power key already held: no power, no keypad ---------------------------

BLACK_HELD = [
    "the card machine not start, screen black. i press the button long time already",
    "machine no on, black screen, i press the button long long and change socket",
    "my pos not start since morning, i press power long time already",
    "card machine dead, I press the button long time nothing",
    "i press the button long time but the screen stay black",
    "terminal won't switch on, screen stays black, I held the power button for a long time already",
    "the machine not start anymore, screen all black",
    "it no start, screen dark, i push the button long time",
]


@pytest.mark.parametrize("text", BLACK_HELD)
def test_a_black_screen_with_the_key_held_is_no_power(engine, text):
    result = converse(engine, [text], "en")[-1]
    facts = result.session["facts"]
    assert facts["fix"] in ("fix_check_power_supply", "fix_charge_battery"), (facts["fix"], _said(result))
    assert "Keys not working" not in " ".join(_said(result))


@pytest.mark.parametrize("text", ["the green button I press long time for the pin, nothing",
                                  "buttons need pressing many times before they work"])
def test_keys_that_need_pressing_stay_keys(engine, text):
    result = converse(engine, [text], "en")[-1]
    assert result.session["facts"]["fix"] not in ("fix_check_power_supply", "fix_charge_battery"), _said(result)


# -- 6. electricity called light or current; a cheap inverter; a battery dead by mid-morning ------

MAINS_WORDS = [
    "when the light go off the machine start to show error",
    "light go at 11 and from there it start",
    "we had load shedding at 2 and after that the terminal is failing",
    "no current since morning, we are on generator",
    "when current go, we switch to inverter, then the pos start the error",
    "the current went at noon and since then it fails",
    "light don go since morning, the pos dey show error",
    "power go off at 3 and after that it no connect",
]


@pytest.mark.parametrize("text", MAINS_WORDS)
def test_light_or_current_gone_is_the_mains(engine, text):
    observed = engine.interpreter.observed(text)
    assert {"obs_mains_cut", "obs_shared_power"} & set(observed), observed
    assert "obs_time_of_day" not in observed, observed


DIRTY_SUPPLY = [
    "our inverter is a cheap one, it makes noise",
    "when light go we switch to inverter, a small china one",
    "it charges from the ups, a cheap one that beeps",
    "we run the shop on a small generator during outages",
    "停电就用逆变器 便宜的那种 嗡嗡响",
    "停電就開油機 部機就出事",
    "the inverter is buzzing and the pos keeps dropping",
    "on the inverter the machine keeps failing",
]


@pytest.mark.parametrize("text", DIRTY_SUPPLY)
def test_a_cheap_inverter_is_unstable_power(engine, text):
    observed = engine.interpreter.observed(text)
    assert "obs_shared_power" in observed, observed


DRAINS_BY_MORNING = [
    ("en", "the card machine dies on me by about ten every morning, charged all night"),
    ("en", "charged it overnight and it's dead by 11 every day"),
    ("en", "terminal on charge all night, flat by noon"),
    ("en", "its on charge all night and dies by ten every morning"),
    ("zh-hans", "充了一晚上 十点就没电了"),
    ("zh-hans", "每天晚上充满 不到中午就没电"),
    ("zh-hant", "部機叉咗成晚電 十一點就冇電"),
    ("en", "plugged in all night and still dead by eleven"),
]


@pytest.mark.parametrize("lang, text", DRAINS_BY_MORNING)
def test_dead_by_mid_morning_is_the_battery(engine, lang, text):
    result = converse(engine, [text], lang)[-1]
    facts = result.session["facts"]
    assert "obs_battery_drains" in facts["noted"], (facts["noted"], _said(result))
    assert "obs_first_sale_of_day" not in facts["noted"], facts["noted"]
    # (the merge's repair: fix_run_plugged_in stays only for obs_fails_on_battery - a draining battery is
    # charged, then the charger checked, as the earlier stories kb15, l14 and d14 hold; this case no
    # longer asks for the plugged-in offer, only for the battery's own first fix)
    assert facts["fix"] in ("fix_charge_battery", "fix_check_charger"), (facts["fix"], _said(result))


# -- end to end: the released merchants (simulator) ------------------------------------------------

@pytest.mark.parametrize("path,merchant_id", [
    ("knowledge/eval/typed_merchants_holdout46.yaml", "c05"),
    ("knowledge/eval/typed_merchants_holdout46.yaml", "s34"),
    ("knowledge/eval/typed_merchants_holdout45.yaml", "c06"),
    ("knowledge/eval/typed_merchants_holdout45.yaml", "c08"),
    ("knowledge/eval/typed_merchants_holdout45.yaml", "c14"),
    ("knowledge/eval/typed_merchants_holdout45.yaml", "s30"),
])
def test_released_merchants_resolve(engine, path, merchant_id):
    import yaml

    from dialogs.typed_simulate import play

    with open(path, encoding="utf-8") as handle:
        merchant = next(m for m in yaml.safe_load(handle)["merchants"] if m["id"] == merchant_id)
    assert play(engine, merchant).resolved
