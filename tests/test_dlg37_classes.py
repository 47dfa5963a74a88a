"""dlg37: classes behind typed dev22's 0020000 merchants c01-c09, with sentences of our own in
zh, zh-hant and en (none copied from an eval file), and near-misses that keep their old reading."""

from tests.tables import (fact_not_read, fact_read, look_alikes_not_read, outcome_is,
                          reply_to_first_fix_resolves, told_fact_leads_to_fix)

# -- "still" said of a setting found at its old value is what was changed, not the fault ------

test_still_on_the_old_setting_then_success = outcome_is([
    "进设置一看 还是连的原来那个wifi 改成新的 输了密码 就刷过了",
    "入去設定睇 仲係連住舊嗰個wifi 揀返新嘅 入咗密碼 再碌卡就成功咗",
    "it was still on the previous network, switched it over and the sale was approved",
    "checked the settings, it was still trying the old router name, picked ours and it went through",
], "worked")

test_still_the_fault_stays_a_failure = outcome_is([
    "still the same old error",
    "还是老样子",
    "还是跟以前一样没网",
    "still failing on the old wifi",
    "仲係舊嗰個錯誤",
], "failed")

test_reply_finding_the_old_network_resolves = reply_to_first_fix_resolves([
    ("zh-hans", "机器报0020000 wifi图标打叉 宽带前天换了新的路由器",
     "进设置一看 还是连的原来那个wifi 改成新的 输了密码 就刷过了", True),
    ("en", "terminal shows 0020000, wifi icon crossed, we changed the router on monday",
     "it was still on the previous network, switched it over and the sale was approved", True),
    ("en", "terminal shows 0020000, wifi icon crossed, we changed the router on monday",
     "still failing on the old wifi", False),
])

# -- the Wi-Fi icon told by its shape, with a slash through it ---------------------------------

test_fan_icon_with_a_slash_is_wifi_off = fact_read([
    "右上角那个扇形图标上有条斜杠",
    "屏幕角落嗰個扇形圖標畫咗一條斜線",
    "there's a little fan icon up top with a line across it",
], "obs_wifi_disconnected")

test_a_fan_is_still_an_appliance = fact_not_read([
    "the fan next to the terminal is new",
    "扇形图标是满的",
], "obs_wifi_disconnected")

# -- the internet company's technician put in a new box: the router changed --------------------

test_isp_technician_new_box_is_router_changed = fact_read([
    "宽带师傅昨天来装了个新的盒子",
    "電信師傅琴日嚟換咗個新嘅",
    "the comcast guy swapped in a new box on tuesday",
], "obs_router_changed")

test_isp_technician_nothing_new = fact_not_read([
    "the cable guy came, nothing new",
    "宽带师傅来看过 说线路没问题",
], "obs_router_changed")

# -- fine on the lead, failing off it: the battery cannot carry a sale -------------------------

test_fine_on_the_lead_is_the_battery = fact_read([
    "插着线的时候没得事 一拔线拿到桌上就报",
    "插住電嗰陣冇問題 攞去客人面前就唔得",
    "plugged into the wall it works, on battery it fails",
    "plugged into the socket it works fine, carried to the table it errors",
    "边充边用就可以 一拔充电器就报错",
    "充電嗰陣碌就冇事",
    "as soon as I take it off the charger it fails",
    "插着电就能刷 用电池就不行",
    "用電池就唔得 插住電就得",
    "battery mode it fails, on the cord it works",
], "obs_battery_low")

test_lead_look_alikes_not_battery = fact_not_read([
    "插着线也不行",
    "插着线的时候也报错",
    "网线插着的时候没事 用wifi就不行",
    "拔了充电器 再插上 还是报错",           # a restart's story
    "升级的时候拔了电源 现在开不了机",       # an update cut short
    "拔了线就连不上网",                     # the network cable
    "off the base it fails, on the base it works",   # the base is its link (obs_off_base)
    "用电池也不行 插着电也不行",                     # both ways
    "插电就开机了",                                 # it switches on, no sale said
], "obs_battery_low")

# -- put away for days without a charge: the battery ran flat (its clock with it) ---------------

test_uncharged_over_a_closure_ran_flat = fact_read([
    "放了两个星期 一直没充电 今天一开就报错",
    "舖頭休息咗兩個禮拜 部機冇充電 今日開返就咁",
    "we were closed for two weeks over easter and nobody charged it, now every sale fails",
], "obs_battery_ran_flat")

test_uncharged_today_is_no_long_flat = fact_not_read([
    "没充电 所以关机了",
    "charged it this morning, works fine",
    "今天忘了充电 电量只剩一格",
], "obs_battery_ran_flat")

# -- the owner's own phone SIM on a cheap plan: the data runs out -------------------------------

test_own_sim_on_a_cheap_plan = fact_read([
    "机器里插的是我自己手机的卡 最便宜的套餐",
    "部機入面係我自己部手機嘅卡 十八蚊個月嗰種plan",
    "it runs on my own phone sim, the cheapest pay as you go plan",
], "obs_sim_unpaid")

test_a_set_meal_is_no_plan = fact_not_read([
    "客人点了个38块钱的套餐 刷卡报错",
    "買咗個最便宜嘅套餐 張卡碌唔到",
    "the customer paid for the cheap plan with his card and it declined",
], "obs_sim_unpaid")

test_own_phone_sim_is_on_sim = fact_read([
    "卡是我自己的联通卡 插在机器后面",
    "it runs on my own phone sim",
], "obs_on_sim")

# -- a fixed address said without "IP" ---------------------------------------------------------

test_fixed_address_is_the_ip_setting = fact_read([
    "装机的时候技术员给它手动设的地址 一直没改过",
    "網絡設定入面個IP係手動設定嘅",
    "the IT man set it up on a static address years ago",
], "obs_ip_conflict")

test_same_address_is_the_ip_conflict = fact_read([
    "两台机器的ip地址一样",
    "部新電視同部機用咗同一個地址",
    "the screen and the terminal both got the same address",
], "obs_ip_conflict")

test_a_postal_address_is_no_ip = fact_not_read([
    "ship it to the same address as last time",
    "send the receipt to a fixed address",
    "please post the new roll to our shop address",
    "收据寄到我们固定的收货人那里",
], "obs_ip_conflict")

# -- a network switch is no wall switch; a new device on it shares the terminal's network -------

test_network_switch_is_no_wall_switch = look_alikes_not_read([
    ("the new signage screen has a cable to the same switch as the terminal", ["obs_switched_socket"],
     "obs_new_device_same_network"),
    ("all the cables go into the network switch under the counter", ["obs_switched_socket"], None),
    ("the plug is on the same switch as the shop sign", [], "obs_switched_socket"),
])

test_new_device_on_the_same_network = fact_read([
    "上周新装了一台广告屏 网线也插在同一个交换机上",
    "上個禮拜新裝咗部廣告屏 都係插喺同一個交換機",
    "we put a new CCTV recorder in last week, it's on the same router as the card machine",
], "obs_new_device_same_network")

test_no_new_device_on_the_network = fact_not_read([
    "新买的冰箱插在同一个插座上",
    "my phone is on the same network and works",
    "the router is new, the terminal is on it",
], "obs_new_device_same_network")

# -- the stories: each fact leads to its fix ---------------------------------------------------

test_stories_lead_to_the_fix = told_fact_leads_to_fix([
    (["刷卡机报0020000", "插着线的时候没得事 一拔线拿到桌上就报"], "zh-hans", "fix_power_bank"),
    (["部機出0020000", "插住電嗰陣冇問題 攞去客人面前就唔得"], "zh-hant", "fix_power_bank"),
    (["0020000 on the card machine", "plugged into the wall it works, on battery it fails"], "en", "fix_power_bank"),
    (["刷卡机报0020000", "放了两个星期 一直没充电 今天一开就报错"], "zh-hans", "fix_set_datetime"),
    (["部機出0020000", "舖頭休息咗兩個禮拜 部機冇充電 今日開返就咁"], "zh-hant", "fix_set_datetime"),
    (["0020000 on every sale", "we were closed for two weeks over easter and nobody charged it"], "en", "fix_set_datetime"),
    (["刷卡机报0020000", "信号满格 机器里插的是我自己手机的卡 最便宜的套餐"], "zh-hans", "fix_check_sim_data"),
    (["部機出0020000", "訊號滿格 部機入面係我自己部手機嘅卡 十八蚊個月嗰種plan"], "zh-hant", "fix_check_sim_data"),
    (["0020000 on the card machine", "full bars, it runs on my own phone sim, the cheapest pay as you go plan"], "en",
     "fix_check_sim_data"),
    (["刷卡机报0020000", "机器插网线的 装机的时候技术员给它手动设的地址"], "zh-hans", "fix_ip_automatic"),
    (["部機出0020000", "部機用網線 上個禮拜新裝咗部廣告屏 都係插喺同一個交換機"], "zh-hant", "fix_ip_automatic"),
    (["0020000 on the card machine", "it's on a network cable, the IT man set it up on a static address years ago"],
     "en", "fix_ip_automatic"),
    (["0020000 on the card machine", "the comcast guy swapped in a new box on tuesday, the fan icon has a slash"],
     "en", "fix_reconnect_wifi"),
])

# -- charged full in the morning, the last bar by midday: the battery drains --------------------

test_last_bar_by_midday_drains = fact_read([
    "早上充满中午就只剩一格",
    "早上充滿 晏晝就得返一格",
    "charged full in the morning, by lunch it's down to one bar",
], "obs_battery_drains")

test_the_signals_last_bar_is_no_battery = fact_not_read([
    "充满电了 信号只剩一格",
    "fully charged, signal down to one bar",
    "電充滿咗 訊號得返一格",
], "obs_battery_drains")

# (the worn battery's first fix, before people replace it)
test_battery_drains_leads_to_the_battery = told_fact_leads_to_fix([
    (["刷卡机老是报0020000", "早上充满中午就只剩一格"], "zh-hans", "fix_charge_battery"),
    (["部機成日出0020000", "早上充滿 晏晝就得返一格"], "zh-hant", "fix_charge_battery"),
    (["0020000 again and again", "charged full in the morning, by lunch it's down to one bar"], "en",
     "fix_charge_battery"),
], within=1)

# -- the terminal still on the old network, a new one there: the router changed -----------------

test_still_on_the_old_wifi_is_router_changed = fact_read([
    "机器上显示的wifi还是原来那个 我们换了新的",
    "機器wifi入面仲係舊嗰個名 我哋換咗新嘅",
    "the terminal still shows the old wifi name, the new router has another name",
], "obs_router_changed")

test_old_wifi_without_a_new_one = fact_not_read([
    "wifi是原来的 没换过",
    "the old terminal had wifi, the new one uses a sim",
], "obs_router_changed")

# -- the rush named as now is the hurry, not a fault of the busy hours --------------------------

test_rush_now_is_no_busy_hours = fact_not_read([
    "现在正是饭点 刷卡机报错 急死了",
    "而家正係飯市 部機出0020000",
    "it's the lunch rush right now and the terminal shows 0020000",
], "obs_busy_hours")

test_busy_hours_as_a_pattern_stay = fact_read([
    "正是饭点的时候就报错 平时没事",
    "一到晚市就碌唔到卡",
    "only fails at lunchtime when it's busy",
], "obs_busy_hours")

# -- back after the holidays is the terminal long unused; another device took its address -------

test_after_the_holidays_is_long_unused = fact_read([
    "switched it on after the holidays and it does this",
    "since we got back from vacation every sale fails",
], "obs_long_unused")

test_another_device_took_its_address = fact_read([
    "新装的电视占了机器的ip",
    "部新電視搶咗部機嘅IP",
    "the new TV took the terminal's address",
], "obs_ip_conflict")

test_an_address_taken_off_a_slip_is_no_ip = fact_not_read([
    "he took the ip address off the receipt",
    "客人占了我们的位置",
], "obs_ip_conflict")
