"""dlg90: what typing merchants said that the dialog did not hear - a long code read in the zeros of
another language or with a digit said three or four times, or given only roughly; a success told with
the time since ("worked the rest of the afternoon", "now it goes"); an update named and the power cut
after it, told as a story; a screen hung on "connecting" that no key moves; a terminal fine on its
charging cradle and failing once carried to the queue (a worn battery); a terminal in the steam of a
pot or a pool; a camp with no mains, or failing while every appliance runs; the old network "it was
still looking for", found and changed; and the provider's man named another way. Each class is
merchant language of our own (none copied from an eval file) in zh, zh-hant and several Englishes,
with near misses, played through the real engine."""

import pytest

from tests.conversation import converse

CODE_OPENING = {"en": "card machine keeps saying 0020000",
                "zh-hans": "刷卡机每笔都报0020000",
                "zh-hant": "刷卡機每筆都出0020000"}
HOT_OPENING = {"en": "the machine sits on the dashboard in the sun and shows 0020000 every afternoon",
               "zh-hans": "刷卡机放在太阳底下晒 下午就报0020000",
               "zh-hant": "部機放喺太陽底 下晝就出0020000"}


def _said(result):
    return [r.text for r in result.replies]


def _names(result):
    return [e.name for e in result.events]


# -- 1. a long code in other languages' zeros, said three or four times, or roughly ---------------

LONG_CODE = [
    "the screen says null null to null null null null, it is the norwegian way, sorry",
    "display shows nul nul to nul nul nul nul every sale",
    "it says noll noll två noll noll noll noll on the terminal",
    "terminal keeps giving double zero two quadruple zero",
    "error double zero, two, quadruple zero on every card",
    "terminal shows double oh two quadruple oh",
    "the machine keeps throwing up 002000 or so",
    "screen shows 002000 or thereabouts when we pay",
    "它显示的是002000 几个零记不清",
    "機器一直顯示002000 幾個零記不清",
]


@pytest.mark.parametrize("text", LONG_CODE)
def test_a_long_code_said_in_other_words_is_the_long_code(recogniser, text):
    assert recognised_code(recogniser, text) == "0020000"


NOT_LONG = [
    ("terminal shows null null", "00"),
    ("it says double zero", "00"),
    ("the screen shows 96, sorry i went to the shop to buy milk", "96"),
]


@pytest.mark.parametrize("text, code", NOT_LONG)
def test_a_short_code_stays_short(recogniser, text, code):
    assert recognised_code(recogniser, text) == code


def test_no_code_in_an_amount_said_roughly(recogniser):
    assert recognised_code(recogniser, "we sold about 200 or so today") is None


def recognised_code(recogniser, text):
    return recogniser.recognise(text).code


# -- 2. a success told with the time since, "now it goes" -----------------------------------------

SINCE_FIX = [
    ("en", "parked it by the fan for a while, kept it in the glovebox after. worked the rest of the arvo"),
    ("en", "moved it inside, fine for the rest of the shift"),
    ("en", "moved it under the awning, no error the rest of the afternoon"),
    ("en", "took it off the dash, ten minutes later now it goes"),
]


@pytest.mark.parametrize("lang, text", SINCE_FIX)
def test_a_success_with_the_time_since_is_success(engine, lang, text):
    results = converse(engine, [HOT_OPENING[lang], text], lang)
    assert results[0].session["facts"]["fix"] == "fix_move_cool_place", _said(results[0])
    assert results[-1].session["state"] == "rating", (_names(results[-1]), _said(results[-1]))


# (the Chinese of this class was read before dlg90; kept as a guard beside the English)
SINCE_FIX_ZH = [
    ("zh-hans", "挪到阴凉地方 后半天都正常"),
    ("zh-hans", "放到树荫底下 下半天一笔都没报"),
    ("zh-hant", "搬咗入舖頭 剩下的半天都冇再報"),
]


@pytest.mark.parametrize("lang, text", SINCE_FIX_ZH)
def test_a_success_with_the_time_since_stays_success_in_chinese(engine, lang, text):
    result = converse(engine, [HOT_OPENING[lang], text], lang)[-1]
    assert result.session["state"] == "rating", (_names(result), _said(result))


STILL_FAILING_SINCE = [
    ("en", "moved it into the shade, still did it the rest of the afternoon"),
    ("en", "put it in the shade, now it goes straight to the same error"),
    ("zh-hans", "挪到阴凉地方 后来一下午还是报"),
    ("zh-hant", "搬咗入陰涼位 剩下的半天都仲係報"),
]


@pytest.mark.parametrize("lang, text", STILL_FAILING_SINCE)
def test_a_failure_with_the_time_since_is_no_success(engine, lang, text):
    result = converse(engine, [HOT_OPENING[lang], text], lang)[-1]
    assert result.session["state"] != "rating", (_names(result), _said(result))


def test_now_it_goes_after_an_explained_code_is_success(engine):
    results = converse(engine, ["terminal says code 96, system error", "had a cup of tea and tried again, now it goes. bank side I guess"], "en")
    assert results[-1].session["state"] == "rating", (_names(results[-1]), _said(results[-1]))


# -- 3. an update named, then the power cut, told as a story --------------------------------------

UPDATE_THEN_CUT = [
    ("zh-hans", "昨天半夜它在那自己弄 说是升级 后来停电了 今天开机就这样"),
    ("zh-hans", "前两天晚上屏幕上说要升级 结果村里停了电 早上就一直报"),
    ("zh-hant", "尋晚佢話要升級 跟住成條街停電 今朝開機就係咁"),
    ("en", "last night it said update, then we had a power cut, this morning it's like this"),
    ("en", "there was an update on it overnight. then a power cut. since then every sale fails"),
]


@pytest.mark.parametrize("lang, text", UPDATE_THEN_CUT)
def test_an_update_then_a_power_cut_is_the_update_cut_short(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    facts = result.session["facts"]
    assert "obs_update_interrupted" in facts["noted"], (facts["noted"], _said(result))
    assert facts["fix"] == "fix_retry_update", (facts["noted"], _said(result))


UPDATE_NO_CUT = [
    ("zh-hans", "上个月升级过一次 一直好好的"),
    ("en", "it updated last month and was fine after"),
    ("zh-hans", "昨天停电了 今天开机就这样"),
    ("zh-hans", "升级早就弄好了 都正常 前天停过一次电"),
    ("en", "the update went fine on monday, then tuesday we had a power cut"),
]


@pytest.mark.parametrize("lang, text", UPDATE_NO_CUT)
def test_an_update_or_a_cut_alone_is_no_update_cut_short(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    assert "obs_update_interrupted" not in result.session["facts"]["noted"], result.session["facts"]["noted"]


# -- 4. hung on "connecting", no key moves it ------------------------------------------------------

HUNG = [
    ("zh-hans", "刷卡机一直停在连接中 按什么键都没反应 好几分钟了"),
    ("zh-hans", "屏幕定在正在连接 按取消也没反应"),
    ("zh-hant", "畫面停在連線中 按什麼鍵都沒反應"),
    ("zh-hant", "部機卡喺連接中 按乜都冇反應"),
    ("en", "it's been stuck on connecting for five minutes, no key works"),
    ("en", "screen frozen on connecting, even cancel does nothing"),
]


@pytest.mark.parametrize("lang, text", HUNG)
def test_hung_on_connecting_is_restarted_first(engine, lang, text):
    result = converse(engine, [text], lang)[-1]
    facts = result.session["facts"]
    assert "obs_hung_on_connecting" in facts["noted"], (facts["noted"], _said(result))
    assert "obs_timeout" not in facts["noted"], facts["noted"]
    assert facts["fix"] == "fix_restart_terminal", (facts["noted"], _said(result))


SPIN_TIMEOUT = [
    ("zh-hans", "刷卡一直转圈 连接中 过了一分钟就超时了"),
    ("en", "it spins on connecting for ages then says timed out"),
]


@pytest.mark.parametrize("lang, text", SPIN_TIMEOUT)
def test_a_sale_that_times_out_is_no_hang(engine, lang, text):
    result = converse(engine, [text], lang)[-1]
    assert "obs_hung_on_connecting" not in result.session["facts"]["noted"], result.session["facts"]["noted"]


# -- 5. fine on the charging cradle, failing once carried off: a worn battery ----------------------

OFF_THE_CRADLE = [
    ("en", "sitting on the cradle by the register it's fine, when i walk it down the line to folks it plays up"),
    ("en", "on the dock it works every time, carry it to the tables and it fails"),
    ("zh-hans", "放在座充上好好的 一拿到排队的客人那边就报"),
    ("zh-hant", "放喺座充上面冇事 拿到客人面前就出"),
]


@pytest.mark.parametrize("lang, text", OFF_THE_CRADLE)
def test_fine_on_the_cradle_failing_carried_off_is_the_battery(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    facts = result.session["facts"]
    assert "obs_fails_on_battery" in facts["noted"], (facts["noted"], _said(result))
    assert facts["fix"] == "fix_run_plugged_in", (facts["noted"], _said(result))


def test_the_rest_of_the_cards_is_no_cradle(engine):
    result = converse(engine, [CODE_OPENING["en"], "the cradle is clean, the machine is charged"], "en")[-1]
    assert "obs_fails_on_battery" not in result.session["facts"]["noted"]


# -- 6. in the steam of a pot or a pool ------------------------------------------------------------

STEAM = [
    ("zh-hans", "机器搁在煮玉米的汤锅旁边 锅一开热气就往上冒"),
    ("zh-hans", "挂在温泉池子上面 热气一直熏着它"),
    ("zh-hant", "部機擺喺湯鍋隔籬 一滾就熱氣直衝上嚟"),
    ("en", "it hangs over the pasta boiler, all the vapour rolls up onto it"),
    ("en", "we keep it right above the noodle pot, the vapour drifts over it all morning"),
]


@pytest.mark.parametrize("lang, text", STEAM)
def test_in_the_steam_is_damp(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    facts = result.session["facts"]
    assert "obs_wet" in facts["noted"], (facts["noted"], _said(result))


NO_STEAM = [
    ("zh-hans", "早上熬汤那会儿报得最多"),
    ("en", "the kettle is in the back room, nowhere near it"),
]


@pytest.mark.parametrize("lang, text", NO_STEAM)
def test_a_pot_alone_is_no_steam(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    assert "obs_wet" not in result.session["facts"]["noted"], result.session["facts"]["noted"]


# -- 7. no mains at the camp, or failing while every appliance runs --------------------------------

LOADED_SUPPLY = [
    ("zh-hans", "牧场上没有电网 都是柴油机发的电 插在那个排插上"),
    ("zh-hant", "營地沒有電網 插排上面仲有個電水壺"),
    ("zh-hans", "电器全开的时候就报 平时还好"),
    ("en", "we're off grid out here, it charges off a battery box"),
    ("en", "only happens at lunch when everything is running, fryer, blender, the lot"),
]


@pytest.mark.parametrize("lang, text", LOADED_SUPPLY)
def test_no_mains_or_everything_on_is_the_supply(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    facts = result.session["facts"]
    assert "obs_shared_power" in facts["noted"], (facts["noted"], _said(result))
    assert "obs_no_power" not in facts["noted"], facts["noted"]


def test_no_power_is_still_no_power(engine):
    result = converse(engine, ["机器没电了 开不了机"], "zh-hans")[-1]
    assert "obs_no_power" in result.session["facts"]["noted"]


# -- 8. the old one it was still looking for, found and changed ------------------------------------

WIFI_OPENING = {"en": "new router went in yesterday and now the card machine gives 0020000",
                "zh-hans": "昨天换了新路由器 刷卡机就报0020000",
                "zh-hant": "尋日換咗新路由器 部機就出0020000"}
OLD_ONE_FIXED = [
    ("en", "it was still looking for the old one, picked the new name, typed the key, first sale went straight through"),
    ("en", "turns out it was still trying to join the old one. switched it over and it's working"),
    ("zh-hans", "设置里一看 还在连原来那个 换成新的 输了密码 马上就过了"),
    ("zh-hant", "設置裡一看 還在連原來那個 換成新的 馬上就過了"),
]


@pytest.mark.parametrize("lang, text", OLD_ONE_FIXED)
def test_the_old_one_found_and_changed_is_success(engine, lang, text):
    results = converse(engine, [WIFI_OPENING[lang], text], lang)
    assert results[0].session["facts"]["fix"] == "fix_reconnect_wifi", _said(results[0])
    assert results[-1].session["state"] == "rating", (_names(results[-1]), _said(results[-1]))


OLD_ONE_FAILED = [
    ("en", "it is still the old one, same error"),
    ("zh-hans", "还在连原来那个 还是不行"),
]


@pytest.mark.parametrize("lang, text", OLD_ONE_FAILED)
def test_the_old_one_still_failing_is_no_success(engine, lang, text):
    result = converse(engine, [WIFI_OPENING[lang], text], lang)[-1]
    assert result.session["state"] != "rating", (_names(result), _said(result))


# -- 9. the provider's man named another way, a new box put in -------------------------------------

ISP_BOX = [
    ("en", "the lad from the broadband came monday and put in a new box"),
    ("en", "fella from the broadband crowd swapped the box last week"),
    ("zh-hans", "宽带的师傅周一来换了个新的盒子"),
    ("zh-hant", "寬頻那邊的人上禮拜來換了新的盒子"),
]


@pytest.mark.parametrize("lang, text", ISP_BOX)
def test_the_providers_man_with_a_new_box_is_a_new_router(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    assert "obs_router_changed" in result.session["facts"]["noted"], (result.session["facts"]["noted"], _said(result))


def test_the_providers_man_who_changed_nothing_is_no_new_router(engine):
    result = converse(engine, [CODE_OPENING["en"], "the lad from the broadband was in to check the line, nothing changed"], "en")[-1]
    assert "obs_router_changed" not in result.session["facts"]["noted"]


# -- 10. the morning step someone else did at opening, they away: the sign-in not done -----------

ROUTINE_AWAY = [
    ("zh-hans", "以前都是我老公早上开门弄 他今天不在"),
    ("zh-hans", "早上开门都是她搞 她出远门了"),
    ("zh-hans", "签到？都是我媳妇早上开门弄 她去看孙子了"),
    ("zh-hant", "以前都是我老婆早上開門弄 她這幾天回娘家了"),
]


@pytest.mark.parametrize("lang, text", ROUTINE_AWAY)
def test_the_opener_away_is_the_sign_in_not_done(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    facts = result.session["facts"]
    assert "obs_not_signed_in" in facts["noted"], (facts["noted"], _said(result))
    assert facts["fix"] == "fix_sign_in", (facts["noted"], _said(result))


def test_the_opener_there_is_no_sign_in_missed(engine):
    result = converse(engine, [CODE_OPENING["zh-hans"], "早上开门弄的 一直好好的"], "zh-hans")[-1]
    assert "obs_not_signed_in" not in result.session["facts"]["noted"]


# -- 11. the terminal's SIM a phone card the merchant bought ---------------------------------------

OWN_SIM = [
    ("zh-hans", "信号四格 卡是我自己买的电话卡 插在机器里"),
    ("zh-hans", "里面插的是我自己办的手机卡"),
    ("zh-hant", "信號滿格 卡是我自己買的電話卡"),
    ("en", "four bars, the sim is one i bought myself at the corner shop"),
    ("en", "it runs on a sim we bought ourselves"),
]


@pytest.mark.parametrize("lang, text", OWN_SIM)
def test_a_sim_the_merchant_bought_may_have_lapsed(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    facts = result.session["facts"]
    assert "obs_sim_unpaid" in facts["noted"], (facts["noted"], _said(result))


NOT_OWN_SIM = [
    ("zh-hans", "卡是银行给的 我自己没买过"),
    ("en", "the sim came with it from the bank, i bought the paper rolls myself"),
]


@pytest.mark.parametrize("lang, text", NOT_OWN_SIM)
def test_a_sim_from_the_provider_is_no_own_sim(engine, lang, text):
    result = converse(engine, [CODE_OPENING[lang], text], lang)[-1]
    assert "obs_sim_unpaid" not in result.session["facts"]["noted"], result.session["facts"]["noted"]


# ---------------------------------------------------------------- end to end (simulator)
@pytest.mark.parametrize("path,merchant_id", [
    ("knowledge/eval/typed_merchants_holdout47.yaml", m) for m in ("c01", "c04", "c08", "c14", "c15", "h23", "s30")
] + [
    ("knowledge/eval/typed_merchants_holdout48.yaml", m) for m in ("c04", "c07", "c11", "c13", "c14", "c15", "c18")
])
def test_released_merchants_resolve(engine, path, merchant_id):
    import yaml

    from dialogs.typed_simulate import play

    with open(path, encoding="utf-8") as handle:
        merchant = next(m for m in yaml.safe_load(handle)["merchants"] if m["id"] == merchant_id)
    assert play(engine, merchant).resolved
