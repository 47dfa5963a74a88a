"""dlg60: classes behind the released typed holdout27's unresolved merchants, with sentences of
our own in zh, zh-hant and en (none copied from an eval file), and near-misses that keep their
old reading."""

from tests.tables import (EACH, cause_has_fact_and_fix, fact_not_read, fact_read, outcome_is, recognised_as,
                          told_fact_leads_to_fix)

# -- a heat source above the terminal, not beside it (obs_when_hot) ----------------------------------

# a lamp or heater hanging over it, shining on it: as much the heat's fact as one standing beside it
test_heat_above_is_hot = fact_read([
    "刷卡机放在熟食柜上 加热灯就在它头顶",
    "收银那里头上挂着个红外灯 一直照着机器",
    "熱燈吊喺部機頭頂 成日照住",
    "部機擺喺燒臘櫃 個保溫燈正頭頂",
    "the warming lamp is right over it all day",
    "there's an infrared lamp shining on the card machine at the carvery",
], "obs_when_hot")

test_lamp_or_fan_above_not_hot = fact_not_read([
    "收银台头顶有个吊扇",                        # a fan overhead: no heat
    "the light over the till is flickering",     # a lamp, no heat
    "头顶的灯坏了 看不清屏幕",
    "我头上有个风扇 机器老报错",
], "obs_when_hot")

test_heat_above_leads_to_cooling = told_fact_leads_to_fix([
    (["刷卡机老是报0020000", "机器就在保温灯头顶下面 照着一整天"], "zh-hans", "fix_move_cool_place"),
    (["部機成日彈0020000", "熱燈吊喺部機頭頂 成日照住"], "zh-hant", "fix_move_cool_place"),
    (["the terminal keeps giving 0020000", "there's a warming lamp right over it all day"], "en",
     "fix_move_cool_place"),
], within=2)


# -- a long code's digits typed, its leading zeros told after them -----------------------------------

test_zeros_told_after_digits = recognised_as([
    "刷卡就出20000 前头好像还有两个零",
    "屏幕显示20000，前面应该还有俩零",
    "部機出20000 前面好似仲有兩個零",
    "一碌卡就跳20000 前頭還有兩個0",
    "it shows 20000 with two zeros in front",
    "error 20000, I think there are 2 more zeros before it",
], code="0020000")

# the zeros at the code's front are no amount keyed with too many zeros
test_code_zeros_not_amount = fact_not_read([
    "刷卡就出20000 前头好像还有两个零",
    "部機出20000 前面好似仲有兩個零",
    "it shows 20000 with two zeros in front",
], "obs_amount_wrong")

test_amount_zeros_still_amount = fact_read([
    "she typed two extra zeros on the sale",
    "收银员多打了两个零 金额变成两万",
    "收款嗰陣多按咗兩個0",
], "obs_amount_wrong")

test_sums_stay_no_code = recognised_as([
    "我收了20000块 前面的客人刷了两个",
    "we took 20000 today, two customers before lunch",
], code=None)


# -- the device moved away from still running, the sales going through -----------------------------

# "the stove still on full" is the stove the terminal left, not the fault still there
test_source_still_on_worked = outcome_is([
    "挪到门口了 离炉子好几步 炉子照样开大火 刷了两个客人都过了",
    "挪开了 电磁炉还是开着 刷卡都过了",
    "搬走咗 個電磁爐照樣開住 而家刷卡都過咗",
    "moved it off the counter, the hob still running full blast, cards all go through",
], "worked")

test_still_failing_after_move = outcome_is([
    "挪开了 电磁炉还是开着 刷卡还是不行",
    "挪开了 还是开不了机",
    "电磁炉关了 还是报错",
    "moved it away from the hob, still not working",
], "failed")


# -- an app floating over the screen (sw_screen_overlay, new) ------------------------------------------

test_new_cause_overlay = cause_has_fact_and_fix({
    "sw_screen_overlay": ("obs_screen_overlay", "fix_remove_overlay"),
})

# told by its Android name, or by what floats (a ball, a dot, a bubble) and where (the screen)
test_floating_thing_is_overlay = fact_read([
    "我前几天装了个悬浮球 点一下能回桌面",
    "屏幕边上一直飘着一个小圆点",
    "装了个app 有个小泡泡浮在上面",
    "個芒邊度有粒小圓球浮住 我自己裝嘅",
    "上個禮拜裝咗個懸浮窗 方便截圖",
    "my nephew put an app on it, a little bubble floats at the side of the screen",
    "there's a grey dot hovering over the screen since I installed a recorder",
    "I turned on a blue light filter so the screen is easier on my eyes",
], "obs_screen_overlay")

test_floating_elsewhere_not_overlay = fact_not_read([
    "浮在水面上的泡泡",                       # no screen, no app
    "费率浮动是多少",
    "the ball went under the counter",
    "屏幕右上角有个按钮不灵",                  # a button, nothing floating
    "the screen has a crack near the icon",
], "obs_screen_overlay")

test_overlay_leads_to_removing_it = told_fact_leads_to_fix([
    (["刷卡机一直报0020000", "我前几天装了个悬浮球 点一下能回桌面"], "zh-hans", "fix_remove_overlay"),
    (["部機成日彈0020000", "個芒邊度有粒小圓球浮住 我自己裝嘅"], "zh-hant", "fix_remove_overlay"),
    (["every card gives 0020000", "my nephew put an app on it, a little bubble floats at the side of the screen"],
     "en", "fix_remove_overlay"),
], within=1)


# -- a code's letter written by a voice keyboard as its name ("hey zero": A0) ---------------------

test_voice_letter_name_is_code = recognised_as([
    ("the terminal keeps saying hey zero when they tap", "A0"),
    ("screen shows ay three on every card", "A3"),
    ("it shows see one and beeps at me", "C1"),
    ("部機一直顯示 hey zero 點算", "A0"),
    ("屏幕显示 ay zero 然后就退出了", "A0"),
], code=EACH)

test_greeting_and_counts_stay_no_code = recognised_as([
    "hey zero customers today lol",
    "it says a zero balance on the report",
    "she said hey, one more coffee please",
    "hey there, nothing wrong, just asking about fees",
], code=None)


# -- the sales said going through by what the shop sees (the cards going, the queue moving) ---------

test_queue_moving_is_worked = outcome_is([
    "did the sign on from the admin menu, slip printed ok. now the queue moving, cards going through",
    "logged on again, line is moving, cards going through. thanks",
    "签到了 打出来一张写着成功 现在排队的走得动了 卡都刷得过",
    "簽到咗 而家排隊嘅人走得郁 卡都刷得過",
], "worked")

test_queue_or_cards_still_stuck_failed = outcome_is([
    "no cards going through",
    "still no cards going through",
    "line moving but cards still declined",
], "failed")


# -- another device's network fine is no news that the terminal works ----------------------------

# the owner's phone on 4G / LTE where the terminal stands: a fact of the place's coverage
test_phone_on_lte_is_phone_signal = fact_read([
    "my phone gets LTE out the back fine",
    "my phone has 4G here no bother",
    "我手机是4G 满格的",
    "我部手機喺度有4G 冇問題",
], "obs_phone_signal_fine")

test_phone_lte_is_no_success = outcome_is([
    "my phone gets LTE out the back fine",
    "我手机是4G 满格的",
], None)

# the terminal's own bars with 3G beside them, or the 3G greyed out
test_terminal_shows_3g = fact_read([
    "the terminal has full bars, 3G beside them",
    "bars are up but that little 3G is greyed out",
    "信号满格 旁边一个小3G 是灰的",
    "訊號格旁邊寫住3G 灰色嘅",
], "obs_terminal_shows_3g")

test_phone_3g_or_no_3g_not_terminal_3g = fact_not_read([
    "my phone only has 3G here",
    "我手机3g信号不好",
    "the terminal shows 4G and full bars",
    "信号满格 显示4G",
], "obs_terminal_shows_3g")

test_3g_shown_leads_to_network_mode = told_fact_leads_to_fix([
    (["every sale gives 0020000 since Monday", "bars are up but that little 3G is greyed out, my phone gets LTE fine"],
     "en", "fix_wifi_instead_of_3g"),
    (["刷卡机这几天都报0020000", "信号满格 旁边一个小3G 是灰的 我手机4G好好的"], "zh-hans", "fix_wifi_instead_of_3g"),
    (["部機呢幾日都彈0020000", "訊號格旁邊寫住3G 灰色嘅"], "zh-hant", "fix_wifi_instead_of_3g"),
], within=1)


def test_3g_fix_sets_network_mode_first(kb):
    """The 3G fix checks the network-mode setting (4G / LTE or auto) before the Wi-Fi: terminals
    left on "3G only" are fixed in the menu."""
    steps = kb.fixes["fix_wifi_instead_of_3g"].steps
    assert "4G" in steps.zh[1] and steps.zh[1].index("4G") < steps.zh[1].index("Wi-Fi")
    assert "LTE" in steps.en[1] and steps.en[1].index("Network mode") < steps.en[1].index("Wi-Fi")


# -- Jianghuai / Hunan / Wuhan "what" (么事, 么子) before the step never done -----------------------

test_what_settlement_never_done = fact_read([
    "结算？么事结算 我冇按过",
    "结算? 么子结算 从来冇搞过",
    "么事叫结算 我从来没按过结算",
], "obs_not_settled")


# -- a phone wallet's token digits on the receipt (card_wallet_token_digits, new) ---------------------

test_new_cause_wallet_token = cause_has_fact_and_fix({
    "card_wallet_token_digits": ("obs_wallet_digits_differ", "fix_explain_wallet_token"),
}, no_person=True)

# paid by phone (or watch), the card's last digits, and their not matching, in any clauses
test_wallet_digits_differ_read = fact_read([
    "客人用手机付的 小票上卡号后四位跟她的卡对不上 说我们偷她卡号",
    "顾客手机支付 小票尾号和卡不一样",
    "客人用手機拍卡 單上尾號同佢張卡唔一樣 佢話我哋偷咗佢卡號",
    "客人用 Apple Pay 付咗 張單嘅尾號同佢張卡唔一樣",
    "paid with her apple watch and the slip's last 4 don't match her card",
    "he paid with his phone, now the receipt says card ending 1234 but his card is 8812",
], "obs_wallet_digits_differ")

# a plastic card, or a phone payment with nothing compared: no token digits
test_card_digits_without_phone_not_token = fact_not_read([
    "客人刷卡 小票尾号和卡不一样",
    "用手机付款很方便 小票打出来了",
    "the card number on the receipt is different from the one on her card",
    "she paid with her phone and it was approved",
], "obs_wallet_digits_differ")

test_wallet_digits_explained_first = told_fact_leads_to_fix([
    (["客人用手机付的 小票上卡号后四位跟她的卡对不上 说我们偷她卡号"], "zh-hans", "fix_explain_wallet_token"),
    (["客人用手機拍卡 單上尾號同佢張卡唔一樣 佢話我哋偷咗佢卡號"], "zh-hant", "fix_explain_wallet_token"),
    (["he paid with his phone, now the receipt says card ending 1234 but his card is 8812. did my terminal copy it?"],
     "en", "fix_explain_wallet_token"),
], within=1, still=0)


# -- the takings to go to a new bank account (mer_settlement_account_change, new) ---------------------

test_new_cause_settlement_account = cause_has_fact_and_fix({
    "mer_settlement_account_change": ("obs_settlement_account_change", "fix_change_settlement_account"),
})

# the account the money is paid into, and its change, in any words
test_account_change_read = fact_read([
    "我换了个对公账户 刷卡的钱怎么打到新的",
    "收款的结算卡要换成另一张 在哪弄",
    "收款嘅銀行戶口換咗 點樣改",
    "我哋轉咗銀行 刷卡啲錢點樣入新戶口",
    "we switched banks, how do I get the payouts into the new account",
    "need to change my bank details so the card money goes to the new account",
], "obs_settlement_account_change")

# a customer's new bank card, an account frozen, a payout that arrived: no change of account
test_account_look_alikes_not_change = fact_not_read([
    "客人换了银行卡 刷不了",
    "账户被冻结了",
    "my bank account got a new card",
    "the money went into my bank account fine",
    "the customer's new card won't go through",
], "obs_settlement_account_change")


def test_account_change_goes_to_a_person_with_what_to_prepare(engine):
    """Nothing on the terminal changes it: a person at once, with the form and the proof to get
    ready (the fix's steps), never a fix to try or the payout schedule alone."""
    from tests.conversation import converse
    from tests.tables import events
    for lang, text in [("zh-hans", "我换了个对公账户 刷卡的钱怎么打到新的"),
                       ("zh-hant", "收款嘅銀行戶口換咗 點樣改"),
                       ("en", "we switched banks, how do I get the payouts into the new account")]:
        results = converse(engine, [text], lang)
        handoffs = events(results, "handoff")
        assert handoffs and handoffs[0].get("cause") == "mer_settlement_account_change", [
            (e.name, e.data) for r in results for e in r.events]
        assert not events(results, "fix_suggested")


# -- the battery said to charge fine, then empty later in the day --------------------------------------

# the charging's "fine" / 满 is the charger's fact, no success; the emptying by a meal or an hour
# is the draining battery's
test_charges_full_then_empty_read = fact_read([
    ("charges overnight fine, 100 in the morning, by teatime it's at nothing", "obs_charges_full"),
    ("charges overnight fine, 100 in the morning, by teatime it's at nothing", "obs_battery_drains"),
    ("充电充得满 早上100 到下午就没电了", "obs_charges_full"),
    ("充電充得滿 朝早100 下晝就冇電", "obs_battery_drains"),
    ("the card machine is dead by two every day now", "obs_battery_drains"),
])

test_charges_full_is_no_success = outcome_is([
    "charges overnight fine, 100 in the morning, by teatime it's at nothing",
    "充电充得满 早上100 到下午就没电了",
    "充電充得滿 朝早100 下晝就冇電",
], None)

test_charged_and_working_still_worked = outcome_is([
    "charged it, works fine now",
    "充好电了 现在能刷了",
    "叉完電 而家用得返",
], "worked")


# -- a part's fact said again and again before any fault -------------------------------------------

def test_part_fact_said_again_does_not_loop(engine):
    """A fact about a part with no fault in it ("the wifi is fine"), sent again word for word
    before any fault is told: noted once; again, it is a message our reply did not help (the
    way to a person), never the same "noted" for ever."""
    from tests.conversation import converse
    from tests.tables import events
    for lang, text in [("zh-hans", "连的店里wifi 网速可以"),
                       ("zh-hant", "連緊店舖個wifi 網速可以"),
                       ("en", "the screen is on and looks normal, works fine, it's about the money")]:
        results = converse(engine, [text] * 3, lang)
        assert len(events(results, "observation_before_problem")) == 1, [
            (e.name, e.data) for r in results for e in r.events]
        assert len(events(results, "not_understood")) == 2
