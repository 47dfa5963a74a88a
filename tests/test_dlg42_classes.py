"""dlg42: classes behind typed dev23's unresolved merchants (c01-s38), with sentences of our own
in zh, zh-hant and en (none copied from an eval file), and near-misses that keep their old
reading."""

from tests.conversation import converse
from tests.tables import EACH, events, fact_not_read, fact_read, fixes, outcome_is, recognised_as, told_fact_leads_to_fix

# -- Krio "no di" (is not) ---------------------------------------------------------------------

# "di" marks what is going on in Krio ("i di wok"), so "no di work again" is "is not working any
# more": the fault told, never a fix that worked
test_krio_not_working_is_no_success = outcome_is([
    ("di machine no di work again since morning", "failed"),
    ("the printer no di print again", None),
    ("e no di take card again", None),
], EACH)

test_krio_tap_failing_is_the_fault = fact_read([
    "di tap no di work again, chip card fine",
    "tap no di beep again but chip di work",
], "obs_only_contactless")


def test_krio_opening_is_not_fixed(engine):
    """The opening "the tap is not working any more" is a fault to diagnose, not "good to hear
    it's working again"."""
    results = converse(engine, ["my pos tap no di work again, insert card fine"], "en")
    assert not events(results, "resolved"), [e.name for e in results[0].events]
    assert fixes(results) or events(results, "question_asked")


# -- the part that answers at once after the fix ------------------------------------------------

# the touch screen that "moves" at a touch, the tap that beeps straight away: the fix worked
test_part_answers_at_once = outcome_is([
    "手套脱了 手指一点就动",
    "擦乾淨螢幕之後 點一下就動",
    "現在點得動了 謝謝",
    "took the cover off and the tap beeps straight away",
    "moved it out of the stand, card tap beeped right away",
    "wiped the screen, it responds straight away now",
], "worked")

# ... near-misses: the screen still not moving, a beep that never comes, a touch that sets off the
# fault ("一碰就断") stay the fault
test_part_still_dead_is_not_success = outcome_is([
    ("还是点不动", "failed"),
    ("點極都唔郁 仲係點不動", "failed"),
    ("tap still no beep, nothing", "failed"),
], EACH)


# -- an update cut short, told as a story -------------------------------------------------------

# the plug pulled while it updated is the update cut short, not a loose plug or cable
test_update_cut_short_is_no_loose_plug = fact_not_read([
    "晚上它在升级 转着圈 我老公嫌它亮 就把电拔了关了",
    "佢喺度更新緊 個清潔阿姐拔咗電關咗佢",
    "it was updating at closing, the cleaner pulled the plug and switched it off",
], "obs_loose_power", plain=True)

# ... told beside words that fit two steps of the sale ("spinning", "switched on"), and after an
# update offered ("有个红点 有新版本"): redoing the update comes first, the fact not dropped for
# "which of these?", an update still offered not ruling out one cut short
test_update_cut_short_leads_to_redo = told_fact_leads_to_fix([
    (["0020000 下面写交易失败", "昨晚它一直转圈 写着系统升级中 我急着关门 就把电拔了 今天一开机就这样"],
     "zh-hans", "fix_retry_update"),
    (["0020000 交易失敗", "昨晚它在更新 一直轉圈圈 阿姨把電拔掉了 今天開機就這樣"],
     "zh-hant", "fix_retry_update"),
    (["my terminal shows 0020000 since this morning",
      "last night it was updating, spinning, my son pulled the plug, since this morning it does this"],
     "en", "fix_retry_update"),
], within=1)

# ... and after the update offered ("有个红点 说有新版本"): updating the app comes first (it is
# the same update), redoing the update it next, never ruled out by the offer
test_update_offered_then_cut_short = told_fact_leads_to_fix([
    (["0020000 交易失敗", "設定裡面有個紅點 說有新版本", "昨晚它在更新 一直轉圈圈 阿姨把電拔掉了 今天開機就這樣"],
     "zh-hant", "fix_retry_update"),
    (["0020000", "关于里面有个红点 提示有新版本", "昨天晚上在升级 我老公嫌慢直接关机了"], "zh-hans", "fix_retry_update"),
    (["my terminal shows 0020000 since this morning", "settings shows a red dot, a new version is available",
      "last night it was updating, spinning, my son pulled the plug, since this morning it does this"],
     "en", "fix_retry_update"),
], within=2)


def test_decisive_story_beside_two_stages_is_not_asked_which(engine):
    """The stage question answered with a story whose words fit two steps and that names the
    cause: no "which of these?" (the fact is noted, the fix follows)."""
    results = converse(engine, ["0020000 下面写交易失败",
                                "昨晚它一直转圈 写着系统升级中 我急着关门 就把电拔了 今天一开机就这样"], "zh-hans")
    assert not events(results[-1:], "confirm_offered")
    assert "obs_update_interrupted" in results[-1].session["facts"]["noted"]


# -- a holiday closure: days counted, the battery found flat ------------------------------------

# closed or left for days counted, or back after the New Year: unused for long (the clock and
# the day's sign-in gone stale)
test_days_closed_is_long_unused = fact_read([
    "过年关了十天 今天开门就报错",
    "店里放年假 机器放了七八天没碰",
    "過完年開機就一直跳0020000",
    "我們休息了十來天 機器一直關著",
    "the shop was switched off for two weeks over new year",
], "obs_long_unused", plain=True)

# found flat on coming back, then charged and switched on: a battery run flat then (its clock
# reset), not a terminal without power now
test_found_flat_then_charged = fact_read([
    "回来没电 充电开机就报0020000",
    "回來整個沒電 充了一個早上才開得了機",
], "obs_battery_ran_flat", plain=True)

test_found_flat_is_not_dead_now = fact_not_read([
    "回来没电 充电开机就报0020000",
    "回來整個沒電 充了一個早上才開得了機",
], "obs_no_power", plain=True)

# ... near-misses: a shop closed (关了) is no power cut, switched off at night no long closure,
# and a battery that will not charge stays no power
test_closed_is_no_power_cut = fact_not_read([
    "过年关了十天 今天开门就报错",
    "晚上关了 早上开机就报错",
], "obs_loose_power", plain=True)

test_overnight_is_not_long_unused = fact_not_read([
    "晚上关了 早上开机就报错",
    "纸放了进去 还是打不出来",
    "这个礼拜机器自己关了三次",
    "it switched off twice this week",
], "obs_long_unused", plain=True)

test_flat_and_not_charging_stays_no_power = fact_read([
    "没电了 充了电还是开不了机",
], "obs_no_power", plain=True)

test_holiday_flat_leads_to_the_clock = told_fact_leads_to_fix([
    (["刷卡机 0020000", "过年关了十天 回来都没电了 充电开机就这样"], "zh-hans", "fix_set_datetime"),
    (["刷卡機 0020000", "沒動過 就是過年放了十天 回來沒電 充電開機就這樣"], "zh-hant", "fix_set_datetime"),
    (["terminal says 0020000", "we were closed for two weeks, battery was dead when we came back, charged it and now this"],
     "en", "fix_set_datetime"),
], still=6)


# -- the bank sent word to fetch new settings ---------------------------------------------------

# a call or a message from the bank's side about new settings or a download (done or not, or
# half heard): the terminal is on the old parameters, whose fix is the parameter download
test_bank_sent_settings = fact_read([
    "上个月银行打电话来 说要我们在菜单里下载参数 一直没弄",
    "服务商发了短信 说参数要更新",
    "業務員上禮拜打電話 說要更新設定 我們沒理他",
    "the bank rang us last week about new settings, my staff forgot",
    "the bank phoned on friday, she mentioned parameters, nobody did anything",
], "obs_bank_sent_settings", plain=True)

# ... near-misses: the bank on the phone about something else (an address, the money), or the
# merchant calling the bank, tells nothing of settings to fetch
test_bank_call_about_else = fact_not_read([
    "银行打电话问我们店的地址",
    "the bank called to ask our new address",
    "the bank called to say the money went in",
    "I called the bank, they said the card is fine",
    "服务商打电话说 设置里的wifi要改",
], "obs_bank_sent_settings", plain=True)

test_bank_settings_lead_to_download = told_fact_leads_to_fix([
    (["0020000 每笔都这样", "上礼拜银行打电话来 说参数要更新 我们以为是骗子没理"], "zh-hans", "fix_download_params"),
    (["0020000 每筆都這樣", "業務員上禮拜打電話 說要更新設定 我們沒理他"], "zh-hant", "fix_download_params"),
    (["0020000 on every sale since yesterday", "nothing changed, only the bank rang last week about new settings, we ignored it"],
     "en", "fix_download_params"),
], within=2)


# -- the network name shown is not the home operator --------------------------------------------

# near a border the name at the top is another operator's, and it works once it changes back
# to the home one: the SIM roaming on the other side's network
test_not_the_home_operator = fact_read([
    "左上角写的不是中国联通 是一串英文 有时候又变回中国联通",
    "上面寫住另一個名 唔係中國移動 變返中國移動先得",
    "the top says some other name, not china mobile, then it goes back to china mobile and works",
], "obs_foreign_operator", plain=True)

# ... near-misses: a home operator named as the SIM's, the bars changing, something else put back
test_home_operator_named_is_no_border = fact_not_read([
    "中国移动的卡 信号一直变来变去",
    "我用的是中国移动的流量卡",
    "換回原來的紙就好了",
    "we use a china mobile sim, the bars keep changing",
], "obs_foreign_operator", plain=True)

test_foreign_operator_leads_to_manual_choice = told_fact_leads_to_fix([
    (["0020000 时好时坏", "左上角写的不是中国联通 是一串英文 有时候又变回中国联通 变回来就能刷"], "zh-hans", "fix_manual_operator"),
    (["0020000 時好時壞", "上面寫住另一個名 唔係中國移動 變返中國移動先得"], "zh-hant", "fix_manual_operator"),
    (["0020000 on and off", "the top says some other name, not china mobile, then it goes back to china mobile and works"],
     "en", "fix_manual_operator"),
], within=1)


# -- settlement never done, said in Shanxi speech; the screen's "full" half read ----------------

# 甚 for 什么 ("甚是结算": what is settlement) and the step never done
test_never_settled_in_shanxi_speech = fact_read([
    "结算？甚是结算 俺们从来没弄过",
    "結算？甚是結算 沒弄過",
], "obs_not_settled", plain=True)

# only the word "full" made out in the small line under the code
test_full_word_glimpsed = fact_read([
    "下面一行小字看不清 好像有个满字",
    "下面細字寫住滿 什麼的",
    "the small line says something full",
], "obs_storage_word", plain=True)

# ... near-misses: full of customers, a full battery, a storeroom
test_full_of_something_else = fact_not_read([
    "客人坐满了 刷卡排队",
    "电量满格 信号也满格",
    "仓库满了",
], "obs_storage_word", plain=True)

# the people from a building site are customers, not the terminal's dusty place
test_site_workers_are_customers = fact_not_read([
    "劳保店 工地上的人来买手套 刷不了卡",
    "工地的師傅來買安全帽 刷卡刷不過",
], "obs_dusty", plain=True)

test_site_beside_stays_dusty = fact_read([
    "我们店在工地旁边 灰大",
    "the terminal sits in the site office on the building site, very dusty",
], "obs_dusty", plain=True)
