"""dlg49: classes behind the released holdout21's unresolved merchants, with sentences of our own
in zh, zh-hant and en (none copied from an eval file), and near-misses that keep their old
reading."""

from tests.tables import (EACH, fact_not_read, fact_read, outcome_is, recognised_as,
                          told_fact_leads_to_fix)

# -- fine while it stands on its lead, failing once unplugged and carried: the battery ----------

# the spell on the lead said by where it stands or how long ("插着电搁柜台上那会儿"), and the lead
# pulled as the first thing before carrying it ("一拔了电拿到门口")
test_fine_on_lead_fails_unplugged = fact_read([
    "插着电放在收银台那会儿都好好的 一拔了电拿到门口就报错",
    "機器插着電擺喺櫃面嗰陣冇問題 一拔電拎出去就出錯",
    "while it sat plugged in by the till it was fine, as soon as we unplug it and walk to the car it fails",
    "as long as it's plugged in it works, once we unplug it and carry it out it says error",
], "obs_battery_low")

# a lead pulled and put back (a restart's story) or pulled during an update is no battery
test_lead_pulled_in_restart_not_battery = fact_not_read([
    "拔了电源 重新插上 开机还是报错",
    "更新到一半拔了电源 现在开不了机",
    "we unplugged the router and plugged it back in, still failing",
], "obs_battery_low")

# ... and with the place said too, the battery leads the place's signal
test_unplugged_and_carried_leads_to_battery = told_fact_leads_to_fix([
    (["刷卡报0020000", "插着电放柜台上那会儿没事 一拔了电拿到客人车边就报"], "zh-hans", "fix_power_bank"),
    (["刷卡報0020000", "插着電擺喺櫃面嗰陣冇事 一拔電拎去客人枱邊就報"], "zh-hant", "fix_power_bank"),
    (["card machine gives 0020000", "while it sat plugged in by the till it was fine, as soon as we unplug it and walk it to the tables it fails"], "en", "fix_power_bank"),
], within=1, after_opening=True)

# Henan and Shandong 中 for "it works" said of a count of sales or this time; 不中 stays a failure
test_zhong_is_success = outcome_is([
    ("把电插上以后连着收了五笔都中", "worked"),
    ("这回中了 谢谢", "worked"),
    ("換咗之後刷咗幾張都中了", "worked"),
    ("不中 还是报那个", "failed"),
    ("都中午了 还是不中", "failed"),
])


# -- a press on the touch screen landing on another key: the touch offset ----------------------

test_touch_offset_read = fact_read([
    "触屏点不准 点7出来的是8",
    "按确认老是按到取消上去 点哪儿都不对",
    "觸屏點唔準 點確認變成取消",
    "the touch is way off, i press 2 and get another number",
    "every time i tap ok it cancels, taps land on the key next to the one i want",
], "obs_touch_offset")

test_touch_offset_look_alikes = fact_not_read([
    "不小心按到取消了 交易没了",                       # a slip of the cashier's finger
    "按了确认以后 交易被取消了",                       # the host's no, after the press
    "the customer pressed cancel by mistake",
    "we tapped ok and the bank cancelled the sale",
], "obs_touch_offset")

test_touch_offset_recognised = recognised_as([
    "刷卡机的触摸屏点偏了 点这个出那个",
    "touch screen is off, pressing 3 brings up a different number",
], symptom="s_touch_dead")

# a film put on from a phone, or bubbles under it: the protector
test_phone_film_is_protector = fact_read([
    "我给它贴了一张手机膜",
    "屏上貼咗張手機膜 膜下面有气泡",
    "my son put a phone screen protector on it last week",
], "obs_screen_protector")

test_touch_offset_leads_to_protector = told_fact_leads_to_fix([
    (["刷卡机触屏点偏了 按确认按到取消"], "zh-hans", "fix_remove_protector"),
    (["部機觸屏點唔準 點確認變成取消"], "zh-hant", "fix_remove_protector"),
    (["touch screen is off, i press ok and it cancels"], "en", "fix_remove_protector"),
], within=1)
