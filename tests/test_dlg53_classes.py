"""dlg53: classes behind the released holdout24's unresolved merchants, with sentences of our own
in zh, zh-hant and en (none copied from an eval file), and near-misses that keep their old
reading."""

from knowledge.observations import cause_factors
from knowledge.text import looks_like_code
from tests.conversation import converse
from tests.tables import (EACH, cause_has_fact_and_fix, events, fact_not_read, fact_read,
                          look_alikes_not_read, recognised_as, reply_to_first_fix_resolves,
                          told_fact_leads_to_fix)

# -- an update still on the screen after days is stuck, not running -----------------------------

# Its figure or notice that never moves on, or stands there for days: the update never finished
# (switched off every night, on weak data), and running it again on stable Wi-Fi is the remedy.
test_update_stuck_for_days = fact_read([
    "the software update has been sitting on the screen for many days",
    "the update is at 45 percent and never moves",
    "屏幕上那个升级一直停在一半 一个星期了",
    "部機個更新卡咗喺一半 好多天都唔郁",
], "obs_update_interrupted", plain=True)

test_update_look_alikes = look_alikes_not_read([
    ("update available for days, i keep pressing later", ["obs_update_interrupted"], "obs_old_version"),
    ("updated it a week ago, worked fine for days", ["obs_update_interrupted"], None),
    ("客人说卡在机器里拔不出来", ["obs_update_interrupted"], None),
    ("升级后就不行了 机器没动过", ["obs_update_interrupted"], "obs_after_update"),
])

test_stuck_update_leads_to_rerun = told_fact_leads_to_fix([
    (["机器报0020000", "屏幕上那个升级一直停在一半 一个星期了"], "zh-hans", "fix_retry_update"),
    (["部機出0020000", "部機個更新卡咗喺一半 好多天都唔郁"], "zh-hant", "fix_retry_update"),
    (["terminal says 0020000 on every sale", "the update is at 45 percent and never moves"], "en",
     "fix_retry_update"),
])


# -- the bank moved payments to a new app; the old one is still opened -------------------------

test_new_cause_has_fact_and_fix = cause_has_fact_and_fix(
    {"sw_old_app_after_migration": ("obs_old_payment_app", "fix_use_new_payment_app")})

# Two payment apps, one of them old, or the bank's word of a new app: told in many words
test_old_payment_app_read = fact_read([
    "桌面上有两个收款的图标 一个新的一个旧的 我们一直点旧的",
    "收到银行短信说要换新的收款app 我们没理 还是点原来那个",
    "銀行上個月寄信話要轉新嘅收款app 我哋仲係用緊舊嗰個",
    "銀行話換咗新嘅收款軟件 屏幕有兩個圖標",
    "the bank emailed us about a new app, since then there are 2 apps and the girls open the old one",
    "there are two pay apps now and staff still tap the old one",
], "obs_old_payment_app", plain=True)

# An app of one's own installed is still a conflicting app; an old version is still old; two
# of something else is no app
test_old_payment_app_look_alikes = look_alikes_not_read([
    ("i installed a new app for music and now it fails", ["obs_old_payment_app"], "obs_new_app"),
    ("装了个新的app 之后就刷不了", ["obs_old_payment_app"], "obs_new_app"),
    ("桌面上多了几个游戏图标", ["obs_old_payment_app"], "obs_new_app"),
    ("my app is old, there is a new version", ["obs_old_payment_app"], "obs_old_version"),
    ("two customers both had cards declined", ["obs_old_payment_app"], None),
])

test_old_payment_app_leads_to_new_app = told_fact_leads_to_fix([
    (["机器报0020000", "桌面上有两个收款的图标 一个新的一个旧的 我们一直点旧的"], "zh-hans",
     "fix_use_new_payment_app"),
    (["部機出0020000", "銀行上個月寄信話要轉新嘅收款app 我哋仲係用緊舊嗰個"], "zh-hant",
     "fix_use_new_payment_app"),
    (["card machine shows 0020000 for every guest",
      "there are two pay apps now and staff still tap the old one"], "en", "fix_use_new_payment_app"),
], within=1)


# -- "delete ... from" in a sentence is words, not SQL ------------------------------------------

def test_english_verbs_and_from_are_not_sql():
    """A merchant's sentence with an SQL verb and "from" after it is words; an SQL statement by
    its own shape is still code."""
    for text in ["we deleted the old icon from the home screen and it took the card",
                 "i select sale from the menu then it fails",
                 "the update from the bank came into the machine"]:
        assert not looks_like_code(text), text
    for text in ["'; DROP TABLE users; --", "SELECT * FROM merchants WHERE 1=1",
                 "1' UNION SELECT password FROM users", "UPDATE users SET admin=1"]:
        assert looks_like_code(text), text


def test_success_told_with_delete_from_resolves(engine):
    """The fix done and the sale through, told with "deleted ... from": resolved, not ignored
    as code."""
    results = converse(engine, [
        "card machine shows 0020000 for every guest",
        "there are two pay apps now and staff still tap the old one",
        "opened the new one, logged in with the bank's code, sale went through. deleted the old "
        "one from the screen",
    ], "en")
    assert events(results[-1:], "resolved"), [(e.name, e.data) for r in results for e in r.events]


# -- a key pressed again while the sale still spins ----------------------------------------------

# OK pressed again, back and start over, or many presses while it processes: the sale in
# progress interrupted or sent twice (op_cancel_while_sending), whichever key it was
test_pressed_again_while_busy_read = fact_read([
    "收银员看它一直转圈 就又按了几次确认",
    "机器还在处理中 客人自己伸手按了好几下",
    "收銀員見佢轉圈轉咗好耐 就撳多幾次確認",
    "it was still processing so she kept pressing the green button",
    "the wheel was going for ages, my girl hit OK again and again",
], "obs_pressed_again_while_busy", plain=True)

# Tries repeated (no key pressed during one sale), waiting told, or the next sale started while
# the last prints: not this
test_pressed_again_look_alikes = fact_not_read([
    "机器在转圈 我试了好几次都不行",
    "we tried again and again, still fails",
    "机器转圈的时候我们没有乱按 一直等",
    "还在打小票 就再按消费收下一个客人",
], "obs_pressed_again_while_busy", plain=True)

test_pressed_again_leads_to_waiting = told_fact_leads_to_fix([
    (["刷卡机报0020000 晚上人多的时候", "收银员看它一直转圈 就又按了几次确认"], "zh-hans", "fix_wait_for_result"),
    (["部機成日出0020000", "收銀員見佢轉圈轉咗好耐 就撳多幾次確認"], "zh-hant", "fix_wait_for_result"),
    (["we get 0020000 at the busy times",
      "it was still processing so she kept pressing the green button"], "en", "fix_wait_for_result"),
], within=2)


# -- an hour with o'clock is when, not a code ---------------------------------------------------

test_oclock_hour_is_no_code = recognised_as([
    "checked the bank app at 10 o'clock, the money isn't in",
    "since 9 oclock this morning every card fails",
    "the terminal dies at 4 o clock every day",
    "早上10点钟看了银行app 钱还没到",
    "朝早10點鐘睇過 啲錢仲未到",
], code=None)

# ... and a code announced beside an hour is still the code
test_code_beside_oclock_kept = recognised_as([
    ("error 10 at twelve o'clock", "10"),
    ("code 96 at 3 o'clock", "96"),
], code=EACH)


# -- a weekend's takings that "never reached" the bank -----------------------------------------

# Not reached, said with nothing or never, in plain and Caribbean English: the payout missing,
# and with the weekend named, the weekend's roll-over
test_weekend_takings_not_reached = fact_read([
    "saturday takings never reached my account",
    "the sunday sales, nothing reached the bank",
    "sold plenty saturday but nothing reach mi bank yet",
    "星期六刷的钱 一分钱都没到",
    "禮拜六碌卡啲錢 到而家都未到賬",
], "obs_holiday_before_payout", plain=True)

test_never_reached_not_money = fact_not_read([
    "the signal never reached the back room",
    "saturday the wifi never reached the stall",
], "obs_holiday_before_payout", plain=True)


# -- a tap the terminal answers at once is the fix working --------------------------------------

# After the step, the customer's tap told with the terminal's beep or the sale at once: worked;
# the beep beside a failure on the screen is no success
test_tap_beeps_at_once_resolves = reply_to_first_fix_resolves([
    ("zh-hans", "挥卡没反应 上周在感应区贴了张收款码贴纸", "撕掉了 客人手机一碰就嘀了", True),
    ("zh-hant", "拍卡冇反應 上個禮拜喺感應區貼咗張貼紙", "撕咗張貼紙 客人張卡一拍就嘀", True),
    ("en", "tap doesn't work, we put a sticker over the contactless logo last week",
     "took the sticker off, customer tapped and it beeped", True),
    ("zh-hans", "挥卡没反应 上周在感应区贴了张收款码贴纸", "客人一碰就嘀 但是屏幕显示交易失败", False),
])


# -- the bank's word to fetch new settings, in mixed words or as the host's changeover ----------

# An SMS "sent" in the English word, "update参数", or the host's changeover announced: the bank
# asked for the parameter download (obs_bank_sent_settings), which comes first
test_bank_word_of_settings_read = fact_read([
    "银行有send个sms来讲要update参数",
    "银行发短信说主机转换 要我们在机器上操作一下",
    "銀行send咗個SMS話要update參數 我冇理",
    "the bank texted us last week about a host change, something to do on the terminal",
    "the bank emailed that the host is changing on monday",
], "obs_bank_sent_settings", plain=True)

test_bank_word_look_alikes = fact_not_read([
    "the bank sent an sms about my statement",
    "银行发短信说我的卡消费了500",
    "the bank called, their host is down today",
], "obs_bank_sent_settings", plain=True)

test_bank_word_leads_to_download = told_fact_leads_to_fix([
    (["刷卡机报0020000", "银行发短信说主机转换 要我们在机器上操作一下"], "zh-hans", "fix_download_params"),
    (["部機出0020000", "銀行send咗個SMS話要update參數 我冇理"], "zh-hant", "fix_download_params"),
    (["0020000 on the terminal all morning",
      "the bank texted us last week about a host change, something to do on the terminal"], "en",
     "fix_download_params"),
], within=1)


# -- "back" alone is returned, not the back of a place -------------------------------------------

# "when he's back" (returned) is no spot away from the router; the back of the shop still is
test_back_returned_is_no_place = fact_not_read([
    "the owner will check the router when he's back from the market",
    "he'll look at the router when he's back aff the boat",
    "老板回来再看路由器",
    "路由器等佢返嚟先睇",
], "obs_wifi_weak", plain=True)

test_back_of_the_shop_kept = fact_read([
    "the router is at the back, terminal at the till",
    "router is in the back office, the terminal on the counter",
], "obs_wifi_weak", plain=True)

test_changed_password_leads_to_reconnect = told_fact_leads_to_fix([
    (["刷卡机每笔都报0020000", "连的wifi 我儿子上周改了wifi密码 他回来再看路由器"], "zh-hans", "fix_reconnect_wifi"),
    (["部機次次都出0020000", "用緊wifi 個仔上個禮拜改咗wifi密碼 佢返嚟先睇路由器"], "zh-hant", "fix_reconnect_wifi"),
    (["0020000 on every sale",
      "it's on the wifi. my son changed the wifi password last week, he'll look at the router when he's back"],
     "en", "fix_reconnect_wifi"),
], within=1)


# -- the broadband provider asking for its renewal -----------------------------------------------

# The provider's counter or people chasing the renewal or the bill, unheeded: the broadband lapsed
# (a SIM's plan named is the SIM's)
test_provider_chasing_renewal_read = fact_read([
    "营业厅那些人上个月打电话催我续费 我没理",
    "装宽带的师傅打电话催我续费 我没管",
    "營業廳嗰班人成日打嚟催續費 我冇理佢哋",
    "the internet company kept calling about renewal, i ignored them",
], "obs_broadband_lapsed", plain=True)

test_provider_renewal_look_alikes = fact_not_read([
    "移动营业厅说我流量卡要续费",
    "营业厅说手机卡欠费了",
    "the phone company sent me a bill for my mobile",
], "obs_broadband_lapsed", plain=True)

# Its bars said full in words ("格子满的"), with a failure after: the signal full, not weak
test_bars_said_full = look_alikes_not_read([
    ("wifi格子满的 但是手机连上去也刷不出网页", ["obs_weak_signal"], "obs_full_signal"),
    ("信號格子滿嘅 但係收唔到錢", ["obs_weak_signal"], "obs_full_signal"),
])


# -- a heavy machine running, or a vehicle's inverter, on the terminal's supply -------------------

# The fault only while a motor runs ("when the hoover's on"), or power from a van's inverter or
# lighter socket: the supply sags (env_unstable_power), told by the machine, not a sentence
test_heavy_machine_or_inverter_read = fact_read([
    "when the hoover's on it plays up, otherwise fine",
    "when the pressure washer starts up the card machine errors",
    "it's plugged into an inverter in the van",
    "吸尘器一开 刷卡机就报错",
    "机器插在车上的逆变器上充电",
    "隔離個抽濕機一開 部機就出錯",
    "部機插喺架車個點煙器度",
], "obs_shared_power", plain=True)

# Machines sold or broken, or running out of battery, are no supply drawn down
test_heavy_machine_look_alikes = fact_not_read([
    "we sell vacuum cleaners, the card reader fails",
    "the terminal keeps running out of battery",
    "my lighter is broken",
    "我们是卖吸尘器的 刷卡机读不了卡",
], "obs_shared_power", plain=True)

test_heavy_machine_leads_to_stable_power = told_fact_leads_to_fix([
    (["刷卡机老是报0020000", "吸尘器一开 刷卡机就报错"], "zh-hans", "fix_stable_power"),
    (["部機成日出0020000", "隔離個抽濕機一開 部機就出錯"], "zh-hant", "fix_stable_power"),
    (["card machine errors on the doorstep, I work out of my van",
      "it's plugged into an inverter in the van, and when the pressure washer starts up it goes wrong"],
     "en", "fix_stable_power"),
], within=2)


# -- the cable to the till computer lengthened ----------------------------------------------------

test_till_link_cause_has_fact_and_fix = cause_has_fact_and_fix(
    {"hw_till_link_cable": ("obs_till_link_extended", "fix_till_link_direct")})

# A USB extension, hub or adapter on the cable to the till computer, in many words
test_till_link_extended_read = fact_read([
    "收银电脑那边的usb线不够长 接了根延长线",
    "驳电脑嗰条USB线买咗条延长线驳长咗",
    "the usb lead to the till pc is on an extension now",
    "we put a usb hub between the till and the card machine",
], "obs_till_link_extended", plain=True)

# A power strip shared, or the charger's extension lead, is still the supply's
test_till_link_look_alikes = look_alikes_not_read([
    ("冰柜和刷卡机插在同一个延长线上", ["obs_till_link_extended"], "obs_shared_power"),
    ("the charger is on an extension lead", ["obs_till_link_extended"], "obs_shared_power"),
])

# The terminal and the till computer moved apart: its cable stretched or lengthened (a phone
# further from the router is the Wi-Fi's distance, not this)
test_till_pc_apart_read = fact_read([
    "上个月搬了柜台 机器和电脑隔远了",
    "搬咗櫃枱之後 部機同電腦隔遠咗",
    "since we moved the counter the till pc is further away from the terminal",
], "obs_till_pc_apart", plain=True)

test_till_pc_apart_look_alikes = fact_not_read([
    "my phone is further away from the router",
    "我手机离路由器远了 网不好",
], "obs_till_pc_apart", plain=True)

test_till_link_leads_to_direct_cable = told_fact_leads_to_fix([
    (["刷卡机连着收银电脑 一按收款就报0020000", "收银电脑那边的usb线不够长 接了根延长线"], "zh-hans",
     "fix_till_link_direct"),
    (["收銀電腦一撳收款部機就彈0020000", "驳电脑嗰条USB线买咗条延长线驳长咗"], "zh-hant", "fix_till_link_direct"),
    (["the till software sends the sale and the terminal shows 0020000",
      "the usb lead to the till pc is on an extension now"], "en", "fix_till_link_direct"),
], within=1)


# -- a nail on the paper is the thermal scratch test, not a finger on the screen ------------------

test_nail_scratch_is_no_touch = fact_not_read([
    "the man gave me the one that turns black when you scratch with nail",
    "scratch it with your nail, it should go dark",
    "用指甲刮一下纸 会变黑的才是热敏纸",
    "用指甲刮一下張紙 會變黑嗰啲先係熱敏紙",
], "obs_touch_with_gloves", plain=True)

test_nail_on_screen_kept = fact_read([
    "pressing the screen with my nail does nothing",
    "tap it with my nail, no reaction",
    "i tap the screen with my fingernail and nothing happens",
    "用指甲点屏幕没反应",
], "obs_touch_with_gloves", plain=True)


# -- the one who usually runs the terminal away today ---------------------------------------------

# Told of that person ("Ntate who runs it is away", "老板今天出门了"): the opening routine they do,
# the sign-in, may be left out (weighed, not decided: context)
test_usual_opener_away_read = fact_read([
    "老板今天出门了 我来收钱 刷卡机报0020000",
    "老闆今日唔喺度 我幫手收錢 部機出0020000",
    "the boss is away so i am doing the till, every card fails",
    "the manager who runs it is away in town today",
], "obs_usual_opener_away", plain=True)

test_usual_opener_look_alikes = fact_not_read([
    "the owner said the card was declined",
    "老板说这张卡刷不了",
    "the customer is away from the counter",
], "obs_usual_opener_away", plain=True)


def test_opener_away_weighs_the_sign_in(kb):
    """The fact weighs the sign-in clearly (2), not decisively: an absent owner says only that
    the opening routine may be left out."""
    assert cause_factors(kb, "obs_usual_opener_away").get("mer_not_signed_in") == 2
    assert kb.observations["obs_usual_opener_away"].context
