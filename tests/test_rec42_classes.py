"""rec42: screen and power symptoms misrouted at the first message, each a class with sentences of
our own in zh, zh-hant, Cantonese and Englishes (none copied from an eval file), and near-misses
that keep their old routes:

1. stuck on the start-up logo, its circle turning (not a sale spinning): a forced restart first;
2. the screen going off when left alone a short while, back at a key: sleep, explained, and how
   to make the timeout longer (the display settings; not a terminal without power);
3. the screen dim (brightness turned down, power saving): the brightness fixes (not faint print);
4. a heat warning, then off by itself: cool it in the shade (not the power); a spot in a vehicle
   the sun bakes (windscreen, dashboard) answers "is it hot?" with a yes.
"""

import pytest

from tests.conversation import converse
from tests.tables import STILL, answer_read, events, fact_not_read, fact_read, first_fix, fixes, outcome_is


def _opening(engine, lang, text):
    results = converse(engine, [text], lang)
    return results, [(e.name, e.data) for r in results for e in r.events]


# -- 1. stuck at start-up: the forced restart, never a sale's time-out -----------------------

BOOT_STUCK = [
    ("zh-hans", "开机一直卡在品牌logo那里转圈圈 进不去"),
    ("zh-hans", "早上开机 屏幕就停在那个标志上 转啊转的"),
    ("zh-hans", "昨晚自动更新后 机器一直在启动画面转圈"),
    ("zh-hans", "开机画面一直在加载 进不了收款界面"),
    ("zh-hans", "一开机就在那转圈 转了半个钟还没好"),
    ("zh-hans", "收银机停在开机那个 logo 圈圈转个不停"),
    ("zh-hant", "部機開極都停喺個logo度 個圈一直轉"),
    ("zh-hant", "開機後一直卡在LOGO畫面 圈圈轉不停"),
    ("en", "my terminal is stuck on the logo with the circle spinning since this morning"),
    ("en", "after last nights update it just shows the brand logo and a loading wheel, never gets to the sale screen"),
    ("en", "the machine boot up and stay on the logo screen, the round thing keep turning"),
    ("en", "termnal stuck on start up screen loading forevr"),
]


@pytest.mark.parametrize("lang, text", BOOT_STUCK)
def test_stuck_on_the_logo_is_a_forced_restart(engine, lang, text):
    results, seen = _opening(engine, lang, text)
    assert "obs_boot_stuck" in results[0].session["facts"]["noted"], seen
    assert first_fix(results) == "fix_force_restart", seen
    assert not events(results, "handoff"), seen


@pytest.mark.parametrize("lang, text", BOOT_STUCK[:3] + BOOT_STUCK[6:9])
def test_stuck_on_the_logo_then_a_person(engine, lang, text):
    """The forced restart failing, no menu fix follows (none can be reached): a person."""
    results = converse(engine, [text, *[STILL[lang]] * 4], lang)
    offered = fixes(results)
    assert offered[0] == "fix_force_restart", offered
    assert not {"fix_retry_update", "fix_reinstall_app", "fix_clear_app_cache", "fix_download_params",
                "fix_restart_terminal"} & set(offered), offered
    assert events(results, "handoff") or any(e.name == "person_offered" for r in results for e in r.events)


# a sale that spins keeps its time-out reading
test_a_sale_spinning_is_still_a_timeout = fact_read([
    "客人刷卡后一直转圈 最后说超时",
    "刷卡机一直转圈 半天出不来结果",
    "card payment keeps spinning then times out",
], "obs_timeout", plain=True)

test_a_sale_spinning_is_no_stuck_start = fact_not_read([
    "客人刷卡后一直转圈 最后说超时",
    "付款的时候一直转圈圈",
    "card payment keeps spinning then times out",
], "obs_boot_stuck", plain=True)


# -- 2. the screen off when idle: sleep, explained --------------------------------------------

IDLE_SLEEP = [
    ("en", "the screen goes black when I leave it for a minute, press a button and its back"),
    ("en", "If I dont touch it for a bit the display switches off"),
    ("en", "machine keep off by itself when i not using, press the key it come back"),
    ("en", "it keeps going to sleep between customers"),
    ("en", "display shuts off after 30 secs of not using"),
    ("en", "every time I set it down on the counter it switches itself off"),
    ("zh-hans", "放着不用一会儿屏幕就黑了 按一下又亮"),
    ("zh-hans", "一放下没多久就自己黑屏 是不是坏了"),
    ("zh-hans", "机器不碰它就自己灭屏 要按键才亮"),
    ("zh-hant", "唔用一陣部機個mon就黑咗"),
    ("zh-hant", "放著不用就自動熄螢幕"),
]


@pytest.mark.parametrize("lang, text", IDLE_SLEEP)
def test_screen_off_when_idle_is_sleep_explained(engine, lang, text):
    results, seen = _opening(engine, lang, text)
    assert first_fix(results) == "fix_screen_settings", seen
    assert "obs_screen_dim" in results[0].session["facts"]["noted"], seen


def test_the_sleep_fix_says_sleep_and_how_to_lengthen_it(kb):
    steps = kb.fixes["fix_screen_settings"].steps
    assert "休眠" in "".join(steps.zh) and "超时" in "".join(steps.zh)
    assert "sleep" in " ".join(steps.en).lower() and "screen timeout" in " ".join(steps.en).lower()


# a terminal that will not switch on is still the power's
NO_POWER = [
    ("zh-hans", "按电源键完全没反应 开不了机"),
    ("zh-hans", "充了一晚上电还是开不了机"),
    ("en", "pressing the power button does nothing at all, totally dead"),
    ("en", "it switched off during a sale and wont come back on"),
]


@pytest.mark.parametrize("lang, text", NO_POWER)
def test_wont_switch_on_keeps_its_power_fixes(engine, lang, text):
    results, seen = _opening(engine, lang, text)
    assert first_fix(results) != "fix_screen_settings", seen
    assert "obs_screen_dim" not in results[0].session["facts"]["noted"], seen


# -- 3. the screen dim: brightness and power saving -------------------------------------------

DIM = [
    ("zh-hans", "屏幕好暗 看不太清楚"),
    ("zh-hans", "刷卡机屏幕变得很暗 字都看不清"),
    ("zh-hans", "屏幕暗暗的 在外面根本看不见"),
    ("zh-hant", "螢幕變很暗 客人看不到金額"),
    ("zh-hant", "個mon好暗 睇唔清"),
    ("en", "the screen is really dim, customers cant read the amount"),
    ("en", "display gone very dark, hard to see anything, but it still works"),
    ("en", "screen brightness very low since yesterday"),
    ("en", "the screen so dim cannot see the numbers"),
]


@pytest.mark.parametrize("lang, text", DIM)
def test_a_dim_screen_is_its_brightness(engine, lang, text):
    results, seen = _opening(engine, lang, text)
    assert first_fix(results) in ("fix_screen_brightness", "fix_screen_settings"), seen
    assert not events(results, "clarify_offered"), seen


@pytest.mark.parametrize("fix", ["fix_screen_brightness", "fix_screen_settings"])
def test_the_brightness_fixes_name_power_saving(kb, fix):
    steps = kb.fixes[fix].steps
    assert "亮度" in "".join(steps.zh) and "省电模式" in "".join(steps.zh)
    assert "power saving" in " ".join(steps.en)


# the picture there, only dark: the dim screen told in a reply
test_picture_there_but_dark_is_dim = fact_read([
    "有字 就是很暗",
    "能看到字 只是暗",
    "字有的 就是太暗看不清",
    "everything shows, just dim",
    "the screen is dim but everything is on it",
], "obs_screen_dim")

# faint print and a black screen keep their routes
OTHER_SCREEN_AND_PRINT = [
    ("zh-hans", "小票打出来字很淡 几乎看不见", "s_print_faint"),
    ("en", "the receipts are printing very faint", "s_print_faint"),
    ("zh-hans", "开机有声音 可是屏幕全是黑的", "s_screen_dark"),
    ("en", "the display has lines all over it and flickers", "s_screen_dark"),
]


@pytest.mark.parametrize("lang, text, symptom", OTHER_SCREEN_AND_PRINT)
def test_faint_print_and_black_screen_keep_their_symptoms(recogniser, lang, text, symptom):
    assert recogniser.recognise(text).symptom == symptom


# -- 4. a heat warning, then off: the heat --------------------------------------------------

HEAT_WARNING = [
    ("zh-hans", "机器提示温度太高 然后就关机了"),
    ("zh-hans", "屏幕跳出过热警告 接着自动关机"),
    ("zh-hans", "提示高温 自动关机了 开不起来"),
    ("zh-hant", "機器顯示溫度過高 之後自己關機"),
    ("zh-hant", "部機話溫度過高 跟住自己熄咗"),
    ("en", "it showed a high temperature warning and then turned itself off"),
    ("en", "got an overheating message and the terminal shut down"),
    ("en", "the machine say temperature too high then off by itself"),
    ("en", "temp warning popped up then it switched off"),
]


@pytest.mark.parametrize("lang, text", HEAT_WARNING)
def test_a_heat_warning_then_off_is_the_heat(engine, lang, text):
    results, seen = _opening(engine, lang, text)
    assert first_fix(results) == "fix_move_cool_place", seen


def test_the_cooling_fix_says_shade_and_the_windscreen(kb):
    steps = kb.fixes["fix_move_cool_place"].steps
    assert "阴凉" in "".join(steps.zh) and "挡风玻璃" in "".join(steps.zh)
    assert "shade" in " ".join(steps.en) and "dashboard" in " ".join(steps.en)


# where it sits in a vehicle, told when asked whether it is hot: a yes
test_a_baking_spot_answers_hot = answer_read([
    "放在仪表台上 挡风玻璃下面",
    "就在车头那里 对着挡风玻璃",
    "在车里晒着",
    "放喺車頭度",
    "放在中控台上",
    "left it on the dashboard",
    "it sits behind the windscreen all day",
    "on the dash under the windshield",
    "it was in the car",
], "q_hot", "yes")

# a printer that warns of heat keeps its printer symptom
def test_printer_overheat_keeps_its_symptom(recogniser):
    assert recogniser.recognise("打印机提示过热 打不出小票").symptom == "s_printer_hot"
    assert recogniser.recognise("printer says overheat after a lot of receipts").symptom == "s_printer_hot"


# -- the fix's outcome in the merchant's words ------------------------------------------------

# the screen bright again, the start-up reaching the sale screen: the fix worked
test_bright_again_or_started_is_worked = outcome_is([
    "调完以后亮堂堂的了",
    "亮度拉满了 现在很亮",
    "個mon而家好光 睇得好清楚",
    "turned it up, nice and bright now",
    "bright again, can read it fine",
    "长按了十几秒 重新开机 进到收款界面了",
    "按住电源键十秒 终于开起来了",
    "撳住個掣十秒 入返去喇",
    "held the power key and it booted up fine",
], "worked")

test_still_dim_or_stuck_is_failed = outcome_is([
    "调了还是很暗",
    "still dim after that",
    "还是卡在logo那里",
    "still stuck on the logo",
], "failed")

def test_got_in_then_stuck_again_is_no_success(engine):
    assert engine.interpreter.outcome("进去了又卡住") != "worked"


# -- end to end: the released merchants of these classes (simulator) --------------------------

@pytest.mark.parametrize("path, merchant_id", [
    ("knowledge/eval/typed_merchants_holdout40.yaml", "s31"),
    ("knowledge/eval/typed_merchants_holdout40.yaml", "s36"),
    ("knowledge/eval/typed_merchants_holdout40.yaml", "s38"),
    ("knowledge/eval/typed_merchants_holdout39.yaml", "s39"),
])
def test_released_merchants_resolve(engine, path, merchant_id):
    import yaml

    from dialogs.typed_simulate import play

    with open(path, encoding="utf-8") as handle:
        merchant = next(m for m in yaml.safe_load(handle)["merchants"] if m["id"] == merchant_id)
    assert play(engine, merchant).resolved
