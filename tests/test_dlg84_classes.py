"""dlg84: a terminal that was put away, went flat or was not used for a while (0020000), each a
class of merchant language with sentences of our own in zh, zh-hant (Cantonese) and en (none
copied from an eval file), and near-misses that keep their old reading."""

import pytest

from tests.conversation import converse
from tests.tables import STILL, fact_not_read, fact_read, fixes

# -- 1. put away for a season, in a box, out of storage: the terminal long unused ----------------

PUT_AWAY = [
    "it sat in a crate in the storeroom for five months",
    "we got it back out of storage this week, it was in there since october",
    "the reader was in the shed all winter",
    "haven't switched it on since last summer",
    "first day of the season today at the ferry kiosk",
    "it was in a tote all summer, just pulled it out",
    "before winter closing was working fine",
    "仓库里拿出来就报这个",
    "收了一个夏天 今天拿出来用",
    "冬休后开门就这样",
    "部机喺柜桶拎出嚟 好耐冇用",
]

test_put_away_is_long_unused = fact_read(PUT_AWAY, "obs_long_unused", plain=True)

# a summer spent in a box is no heat
test_summer_put_away_is_no_heat = fact_not_read([
    "it was in a tote all summer, just pulled it out",
    "it sat in a drawer all summer and now every sale fails",
], "obs_when_hot", plain=True)

# ... while a hot summer still is
test_summer_heat_stays = fact_read(["in the summer it overheats by noon"], "obs_when_hot", plain=True)


# -- 2. flat once, charged since: a battery run flat, not a terminal that won't switch on ---------

FLAT_THEN_CHARGED = [
    "it died completely while the shop was shut, charged it this morning",
    "the battery went totally flat over the holidays, it's charged now",
    "it was dead flat when we came in, charged it back up",
    "battery died on us over the long weekend, recharged it overnight",
    "it went dead, nobody charged it all week",
    "the machine went dead over the weekend, I charged it this morning",
    "机器电池耗尽自己关机了 现在充满电了",
    "放了一个礼拜 完全没电 充了电才开",
    "部機冇晒電 今朝叉返電",
]

test_flat_then_charged_is_a_flat_battery = fact_read(FLAT_THEN_CHARGED, "obs_battery_ran_flat", plain=True)
test_flat_then_charged_is_no_dead_terminal = fact_not_read(FLAT_THEN_CHARGED, "obs_no_power", plain=True)

# near-misses: still dead after the charge is a terminal without power now
test_still_dead_after_charge_stays_no_power = fact_read([
    "it went dead, charged it for an hour and it still won't turn on",
    "没电了 充了电还是开不了机",
], "obs_no_power", plain=True)


# -- 3. an update's banner or pop-up kept dismissed -----------------------------------------------

BANNER_DISMISSED = [
    "theres a banner at the top, the girls keep swiping it away",
    "a popup shows every time I turn it on and I just close it",
    "there's a notification bar at the top I keep dismissing",
    "a box pops up when it starts, I always hit later",
    "there's a pop up window, we just x it out",
    "每次开机都弹个框 我都点稍后",
    "屏幕上面有个框 伙计一直按以后再说",
    "開機彈個框出嚟 我次次都撳稍後",
]

test_banner_dismissed_is_the_update_put_off = fact_read(BANNER_DISMISSED, "obs_old_version", plain=True)

# near-misses: the sign-in prompt or the printer's notice put away is no update
test_other_prompts_put_off_are_no_update = fact_not_read([
    "a popup asks me to sign in and I pressed cancel",
    "开机跳了个签到 看不懂 按了取消",
    "the printer banner says paper low, I swipe it away",
], "obs_old_version", plain=True)


# -- 4. "sign in? the technician does that": nobody signs in day by day ---------------------------

SOMEONE_ELSE_SIGNS_IN = [
    ("en", "sign in? I never do that, the technician does it"),
    ("en", "the technician does all that when he comes"),
    ("en", "the guy from the bank did it when he installed it, not me"),
    ("en", "sign in? no idea, the installer set it all up"),
    ("en", "we don't do any of that, the engineer handles it"),
    ("en", "never heard of it, the rep does that stuff"),
    ("en", "log on? never done it myself, the tech does it"),
    ("zh-hans", "签到？我从来不弄 都是师傅来弄的"),
    ("zh-hant", "簽到？我唔識 係技術員搞嘅"),
]


@pytest.mark.parametrize("lang, reply", SOMEONE_ELSE_SIGNS_IN)
def test_someone_else_signing_in_is_the_routine_skipped(engine, lang, reply):
    reader = engine.interpreter
    values = [a.value for a in reader.answers("q_routine", reply, reader.observed(reply))]
    assert "skipped" in values, values


@pytest.mark.parametrize("reply", ["the technician came last month and we sign in every morning",
                                   "we sign in every morning, no texts"])
def test_signing_in_daily_stays_usual(engine, reply):
    reader = engine.interpreter
    values = [a.value for a in reader.answers("q_routine", reply, reader.observed(reply))]
    assert "skipped" not in values, values


# -- 5. through the dialog: the stored terminal's causes before power and network fixes ----------

POWER_AND_NETWORK = {"fix_check_power_supply", "fix_charge_battery", "fix_power_bank", "fix_restart_router", "fix_reconnect_wifi",
                     "fix_switch_network", "fix_improve_signal"}

STORED_STORIES = [
    ("en", ["0020000 on every card", "it died completely while we were shut for the winter, charged it this morning"],
     {"fix_set_datetime", "fix_sign_in"}),
    ("en", ["card machine says 0020000 every sale", "the battery went totally flat over the holidays, it's charged now"],
     {"fix_set_datetime", "fix_sign_in"}),
    ("zh-hant", ["每單都報0020000", "放咗成個冬天 部機冇晒電 今朝叉返電"], {"fix_set_datetime", "fix_sign_in"}),
    ("en", ["0020000 on every sale since we opened", "it was in a tote all summer. there's a banner at the top I keep swiping away"],
     {"fix_update_app"}),
    ("zh-hans", ["每笔都报0020000", "收了一个夏天 每次开机都弹个框 我都点稍后"], {"fix_update_app"}),
]


@pytest.mark.parametrize("lang, story, wanted", STORED_STORIES)
def test_stored_terminal_gets_its_own_fix_early(engine, lang, story, wanted):
    results = converse(engine, [*story, *[STILL[lang]] * 5], lang)
    tried = fixes(results)
    # its own fix among the first two (a restart may come first), no power or network fix before it
    assert wanted & set(tried[:2]), tried
    first_own = min(tried.index(f) for f in wanted if f in tried)
    assert not POWER_AND_NETWORK & set(tried[:first_own]), tried


# -- 7. the date told with its month, or the year said of the date or the clock ---------------------

DATE_SHOWN = [
    "it shows 1 january 2000",
    "shows jan 1st 1970",
    "the date says 2000",
    "the year is 1980 on it",
    "clock reads dec 31 1999",
    "date on the receipt is march 3 2001",
    "top corner says 1 jan 2000 00:12",
    "the clock on it says 2009",
]

test_date_shown_in_the_past_is_a_wrong_date = fact_read(DATE_SHOWN, "obs_wrong_date", plain=True)

# near-misses: an amount of 2000 is no date
test_amounts_are_no_date = fact_not_read([
    "the screen shows 2000 then declines",
    "every time 2000 rupees fails",
], "obs_wrong_date", plain=True)
