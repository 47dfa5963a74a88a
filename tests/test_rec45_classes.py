"""rec45: connectivity that is there on the surface while the service behind it lapsed (the shop's
broadband or the terminal's SIM data paid by the year, that year over), the clock reset after the
battery ran completely flat, a SIM paid with its signal icon still crossed, and two ways a code
is typed (a hash before 0020000, a voice keyboard's 无疑 for 51). Each class is merchants' language
in sentences of our own (none copied from an eval file) in zh, zh-hant (Cantonese) and other
Englishes, with near-misses that keep their old reading; each is played through the real engine
after a 0020000 (or read by the recogniser) and asserts what the bot does next."""

import pytest

from tests.conversation import converse
from tests.recognition import recognised

OPEN = {"en": "the card machine shows 0020000", "zh-hans": "刷卡机报0020000", "zh-hant": "部機出0020000"}


def _after(engine, lang, *texts):
    result = converse(engine, [OPEN[lang], *texts], lang)[-1]
    return result.session["facts"], [e.name for e in result.events]


# -- 1. the shop's broadband on a yearly plan, begun a year or more back: it ran out ------------

BROADBAND_YEAR_UP = [
    ("zh-hans", "宽带是前年装的 办的两年套餐"),
    ("zh-hans", "网是去年五月拉的 一次交了一年的钱"),
    ("zh-hans", "宽带一年一交 今年好像还没人去交"),
    ("zh-hans", "店里宽带是包年的 去年春节前开通的"),
    ("zh-hant", "寬頻係上年裝嘅 簽咗一年"),
    ("zh-hant", "上網個plan係一年嘅 舊年八月開始"),
    ("en", "the broadband was put in last year on a 12 month plan"),
    ("en", "we paid the internet for one year upfront, that was may last year"),
    ("en", "our wifi plan is yearly and we signed up around this time last year"),
    ("en", "internet subscription was for a year, started in january last year"),
    ("en", "wifi shows full but nothing loads, the broadband package was one year and it began two years ago"),
]


@pytest.mark.parametrize("lang, text", BROADBAND_YEAR_UP)
def test_a_yearly_broadband_begun_a_year_back_is_renewed(engine, lang, text):
    facts, names = _after(engine, lang, text)
    assert "obs_broadband_lapsed" in facts["noted"], facts["noted"]
    assert "obs_sim_unpaid" not in facts["noted"], facts["noted"]
    assert facts.get("fix") == "fix_renew_broadband", facts.get("fix")


# ... after the router was restarted for a shop offline, the plan told next is the renewal
@pytest.mark.parametrize("lang, wifi, plan", [
    ("zh-hans", "wifi是连着的 满格 可手机连上也打不开网页", "宽带是前年装的 办的两年套餐"),
    ("en", "wifi shows full bars but my phone on it can't open any website either", "the broadband was put in last year on a 12 month plan"),
])
def test_the_plan_told_after_the_router_restart_gives_the_renewal(engine, lang, wifi, plan):
    facts, _ = _after(engine, lang, wifi)
    assert facts.get("fix") == "fix_restart_router", facts.get("fix")
    facts, _ = _after(engine, lang, wifi, "不行 还是一样" if lang == "zh-hans" else "no, still the same", plan)
    assert "obs_broadband_lapsed" in facts["noted"], facts["noted"]
    assert facts.get("fix") == "fix_renew_broadband", facts.get("fix")


BROADBAND_NOT_LAPSED = [
    ("zh-hans", "宽带是去年装的 一直挺好"),        # installed last year, no plan said
    ("zh-hans", "机器年费是去年交的"),             # the terminal's fee, no broadband
    ("en", "we got the terminal last year on a yearly rental"),
    ("en", "the broadband is paid for a year, we renewed it last week"),
]


@pytest.mark.parametrize("lang, text", BROADBAND_NOT_LAPSED)
def test_a_year_without_a_lapsed_broadband_plan_says_no_lapse(engine, lang, text):
    facts, _ = _after(engine, lang, text)
    assert "obs_broadband_lapsed" not in facts["noted"], facts["noted"]


# -- 2. the terminal's SIM data on a yearly plan, begun a year or more back ---------------------

SIM_YEAR_UP = [
    ("zh-hans", "机器里是流量卡 买机器时送了一年流量 那是前年的事了"),
    ("zh-hans", "用的是机器自带的卡 流量包年 去年三月办的"),
    ("zh-hans", "流量卡是一年的套餐 去年这时候开的"),
    ("zh-hans", "里面的物联网卡交了一年的费 去年年初交的"),
    ("zh-hant", "部機用自己張sim卡 數據計劃一年 舊年三月買嘅"),
    ("zh-hant", "張流量卡係包年嘅 上年開嘅"),
    ("en", "it works on its own sim, the data plan was for 12 months and we got it in april last year"),
    ("en", "the sim inside came with one year of data, that was two years ago"),
    ("en", "the terminal has a vodacom sim, they said the data is good for one year, we bought it last year"),
    ("en", "own sim card in the machine, we paid the data yearly, last paid over a year ago"),
]


@pytest.mark.parametrize("lang, text", SIM_YEAR_UP)
def test_a_yearly_sim_data_plan_begun_a_year_back_is_topped_up(engine, lang, text):
    facts, _ = _after(engine, lang, text)
    assert "obs_sim_unpaid" in facts["noted"], facts["noted"]
    assert "obs_broadband_lapsed" not in facts["noted"], facts["noted"]
    # ("paid for one year", "last year": no date said to be right)
    assert "obs_date_right" not in facts["noted"], facts["noted"]
    assert facts.get("fix") == "fix_check_sim_data", facts.get("fix")


def test_the_sim_data_fix_says_to_use_the_wifi_meanwhile(kb):
    steps = kb.fixes["fix_check_sim_data"].steps
    assert "Wi-Fi" in steps.en[-1] and "Wi-Fi" in steps.zh[-1]


ITS_OWN_SIM = [
    ("en", "the terminal runs on its own sim inside"),
    ("en", "the machine has its own sim card, vodacom"),
    ("en", "It's on its own sim, we never put it on the wifi"),
    ("en", "it runs off its own sim card, orange"),
]


@pytest.mark.parametrize("lang, text", ITS_OWN_SIM)
def test_its_own_sim_is_the_terminals_not_the_owners(engine, lang, text):
    facts, _ = _after(engine, lang, text)
    assert "obs_on_sim" in facts["noted"], facts["noted"]
    assert "obs_own_phone_sim" not in facts["noted"], facts["noted"]


# ... and the sale that went through once it was put on the Wi-Fi meanwhile: fixed
WORKED_ON_WIFI = [
    ("en", "we joined the shop's wifi and the sale went through"),
    ("en", "connected it to the hotel wifi and the sale went through, I'll call the provider"),
    ("en", "we joined the cafe wifi and the card payment worked"),
    ("zh-hans", "我们连上店里的wifi 交易就过了"),
    ("zh-hans", "连了wifi以后刷卡就成功了"),
]


@pytest.mark.parametrize("lang, reply", WORKED_ON_WIFI)
def test_a_sale_through_on_the_wifi_is_fixed(engine, lang, reply):
    opening = "the terminal is on its own sim, the data plan ran out" if lang == "en" else "用的流量卡 流量包到期了"
    facts, names = _after(engine, lang, opening, reply)
    assert "resolved" in names, names
    assert "obs_network_fine" not in facts["noted"], facts["noted"]


@pytest.mark.parametrize("lang, text", [("en", "wifi is working fine"), ("en", "the wifi works and payment fails")])
def test_the_wifi_said_to_work_is_still_the_network_fine(engine, lang, text):
    facts, _ = _after(engine, lang, "the terminal is on its own sim, the data plan ran out", text)
    assert "obs_network_fine" in facts["noted"], facts["noted"]


# -- 3. the clock: a wrong year on top, or the battery run flat once and failing since ----------

WRONG_YEAR_ON_TOP = [
    ("zh-hans", "上面的时间显示2019年 怪怪的"),
    ("zh-hans", "屏幕顶上日期是2000年1月1号"),
    ("zh-hant", "屏幕上面嘅時間變咗2019年"),
    ("en", "the time at the top says 2019, weird"),
    ("en", "the date on the screen went back to 2000"),
    ("en", "the clock on the top shows january 2000"),
    ("en", "the time up top looks odd, it reads 2019"),
    ("en", "time in the corner is wrong, it says 2000"),
]


@pytest.mark.parametrize("lang, text", WRONG_YEAR_ON_TOP)
def test_a_wrong_year_on_screen_gives_the_date_fix(engine, lang, text):
    facts, _ = _after(engine, lang, text)
    assert "obs_wrong_date" in facts["noted"], facts["noted"]
    assert facts.get("fix") == "fix_set_datetime", facts.get("fix")


FLAT_ONCE_FAILING_SINCE = [
    ("zh-hans", "前阵子没电了一回 充好以后就老报错"),
    ("zh-hans", "没人碰过 就是电池彻底没电过一次 充上之后就一直这样"),
    ("zh-hans", "上个月电池没电过一次 充上后就开始报这个"),
    ("zh-hant", "部機冇電咗一次 充返電之後就係咁"),
    ("en", "battery died completely once, since I charged it again it shows this"),
    ("en", "it ran out of charge one time and ever since we charged it it does this"),
    ("en", "the battery ran out over the weekend, since i charged it it throws this code"),
]


@pytest.mark.parametrize("lang, text", FLAT_ONCE_FAILING_SINCE)
def test_a_battery_flat_once_then_failing_gives_the_date_fix_not_no_power(engine, lang, text):
    facts, _ = _after(engine, lang, text)
    assert "obs_no_power" not in facts["noted"], facts["noted"]
    assert facts.get("fix") == "fix_set_datetime", facts.get("fix")


STILL_DEAD = [
    ("zh-hans", "电池完全没电了 充了电还是开不了机"),
    ("en", "battery went flat, charged it an hour, still won't turn on"),
]


@pytest.mark.parametrize("lang, text", STILL_DEAD)
def test_a_battery_charged_and_still_dead_is_no_date_fix(engine, lang, text):
    facts, _ = _after(engine, lang, text)
    assert "obs_flat_then_failing" not in facts["noted"], facts["noted"]
    assert facts.get("fix") != "fix_set_datetime", facts.get("fix")


# -- 4. a code typed with a hash before it, or by a voice keyboard --------------------------------

HASHED_CODE = [
    "开机自检完就跳 #0020000",
    "刷卡机 #0020000",
    "一刷卡就弹 #0020000",
    "部機成日彈 #0020000",
    "it pops up #0020000 every time",
    "terminal says #0020000 then nothing",
    "#0020000 again on the card machine",
    "machine keeps throwing #0020000",
]


@pytest.mark.parametrize("text", HASHED_CODE)
def test_a_hash_before_the_long_code_is_the_code(recogniser, text):
    assert recognised(recogniser, text)[0] == "0020000"


@pytest.mark.parametrize("text", ["order #12345678", "流水号 #000123", "receipt #00123 please check"])
def test_a_hash_before_another_number_stays_a_number(recogniser, text):
    assert recognised(recogniser, text)[0] is None


VOICE_51 = [
    "屏幕上显示个无疑 余额不足那个",
    "报个无疑 客人说卡里有钱",
    "显示无疑 我是语音打的",
    "机器上写着无疑 刷不过",
    "出了个无疑 交易失败",
    "刷卡回了个无疑",
    "提示码是无疑",
    "跳出个无疑 客人换了张卡就好了",
]


@pytest.mark.parametrize("text", VOICE_51)
def test_wu_yi_voice_typed_is_51(recogniser, text):
    assert recognised(recogniser, text)[0] == "51"


@pytest.mark.parametrize("text", ["这个无疑是机器的问题", "机器显示的无疑是错误", "毫无疑问是网络问题"])
def test_wu_yi_as_a_word_is_no_code(recogniser, text):
    assert recognised(recogniser, text)[0] != "51"


# -- 2b. the SIM paid or topped up, and the signal icon still crossed: the SIM's data (network) ---

PAID_STILL_CROSSED = [
    "流量卡交了钱 信号格上还是一个叉",
    "張流量卡啱啱交咗錢 信號嗰度仲係個交叉",
    "paid the sim bill this morning, signal icon still shows an x",
    "topped up the data yesterday but there's still a cross on the signal bars",
]


@pytest.mark.parametrize("text", PAID_STILL_CROSSED)
def test_a_sim_paid_and_still_crossed_is_the_network(recogniser, text):
    assert recognised(recogniser, text)[1] == "network"
