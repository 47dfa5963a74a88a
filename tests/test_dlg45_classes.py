"""dlg45: classes behind the released holdout19's unresolved merchants, with sentences of our own
in zh, zh-hant and en (none copied from an eval file), and near-misses that keep their old
reading."""

from tests.tables import EACH, fact_not_read, fact_read, recognised_as, reply_to_first_fix_resolves, told_fact_leads_to_fix

# -- the screen dark a few seconds after use, woken each time: the sleep setting -----------------

test_screen_dark_seconds_after_use_is_sleep = fact_read([
    "the card machine display turns black after about ten seconds, we keep waking it up",
    "our terminal goes to a black screen after 20 seconds or so, is that normal",
    "刷卡机放十几秒不用就变黑 每次都要唤醒它",
    "部機放低二十秒就黑屏 次次都要撳醒佢",
], "obs_screen_dim")

test_screen_sleep_leads_to_the_setting = told_fact_leads_to_fix([
    (["the card reader goes to black after maybe half a minute, every time I have to wake it for the customer"],
     "en", "fix_screen_settings"),
    (["收银机旁边的刷卡机十几秒就变黑了 每次都要叫醒它 客人以为坏了"], "zh-hans", "fix_screen_settings"),
    (["部刷卡機十幾秒就黑屏 次次都要撳醒佢 啲客以為壞咗"], "zh-hant", "fix_screen_settings"),
], within=1)

# ... but off seconds after switching on, or never waking, is no sleep timer
test_off_after_switching_on_is_no_sleep = fact_not_read([
    "the terminal turns off 10 seconds after switching on, even on the charger",
    "it shuts down a few seconds after starting up",
    "I can't wake it up, the screen stays black",
    "刷卡机黑屏了 怎么按都叫不醒",
], "obs_screen_dim")


# -- the settlement done by itself, nobody touching it: the automatic nightly settlement ---------

test_settlement_by_itself_is_auto_settle = fact_read([
    "every evening at ten the terminal prints a long printout and says settlement ok, nobody touched it",
    "每天晚上十一点多 刷卡机自己打出一长条纸 上面写着结算成功 没人动它",
    "部機每晚自己印一張好長嘅單 話結算完成 冇人撳過",
], "obs_auto_settle_slip")

test_auto_settle_leads_to_its_fix = told_fact_leads_to_fix([
    (["each night our card machine spits out a long paper saying settlement complete, no one touched it, are we hacked?"],
     "en", "fix_auto_settle_time"),
    (["每天夜里刷卡机自己打一长条纸 写着结算成功 我们都没按 是不是中毒了"], "zh-hans", "fix_auto_settle_time"),
    (["部機每晚自己印一張好長嘅紙 寫住結算成功 我哋冇人撳過 係咪俾人黑咗"], "zh-hant", "fix_auto_settle_time"),
], within=1)

test_settlement_failing_is_no_auto_settle = fact_not_read([
    "the terminal won't settle, I press settle and it fails every night",
    "结算不了 每天晚上按结算都失败",
    "the machine settles fine when I press settle, but today it gave an error",
], "obs_auto_settle_slip")

# ... and recognised as that, not as a settlement failing
test_settling_by_itself_is_its_own_fault = recognised_as([
    "our terminal closes the batch by itself every night and prints a report, nobody pressed anything",
    "没人按结算 机器半夜自己结算了 还打了一张单",
    "部機半夜自己結算 印咗張單出嚟 冇人撳過",
], symptom="s_settles_by_itself")

test_settlement_failing_stays_a_failure = recognised_as([
    "settlement failed again tonight, it says batch upload error",
    "今晚结算又失败了 显示批上送失败",
    "結算唔到 成日話失敗",
], symptom="s_settle_fail")


# -- the terminal asking for the sign-in at every switch-on, fine once signed in: the daily sign-in

test_sign_in_asked_each_morning_is_not_signed_in = fact_read([
    "every morning when I switch it on it asks me to sign in, after that it works all day",
    "each day the card machine says please sign in first, then it is fine",
    "每天早上开机都要签到 签了才能用",
    "部機朝朝一開機就要簽到 簽完先用得",
], "obs_not_signed_in")

test_daily_sign_in_leads_to_signing_in = told_fact_leads_to_fix([
    (["why does my terminal ask me to sign in every single morning? once I sign in it works, is it faulty"],
     "en", "fix_sign_in"),
    (["我家的刷卡机天天早上开机就提示签到 签完才能刷 是不是有毛病"], "zh-hans", "fix_sign_in"),
    (["間舖部機每朝開機都要簽到 簽咗先碌到卡 係咪有問題"], "zh-hant", "fix_sign_in"),
], within=1)

# ... but a sign-in that fails, or is done each morning and the sales still fail, is no sign-in
# merely not done
test_sign_in_failing_is_not_unsigned = fact_not_read([
    "签到了还是提示签到失败",
    "I signed in but it still says sign-in failed",
    "簽到話失敗 簽極都唔得",
    # the routine told, signed in and still failing
    "i sign in every morning and it still declines",
    "我每天都要签到的 签了还是报错",
    "我朝朝都有簽到 簽完都係碌唔到",
], "obs_not_signed_in")


# -- the explanation found to square with what they saw, or a plan it leaves them with: taken on
# board (after a fee's explanation, or a foreign card's advice)

test_explanation_squared_or_planned_is_resolved = reply_to_first_fix_resolves([(*row, True) for row in [
    ("zh-hans", "昨天刷了两千 今天到账一千九百八十八 少了十二块 怎么回事", "哦 原来扣的是手续费 千分之六 那就对了"),
    ("zh-hant", "尋日碌咗五千蚊 今日入數少咗三十蚊 點解會咁", "哦 係手續費 咁就啱喇"),
    ("en", "took 500 on cards yesterday but only 497 landed in my account, where did 3 go", "oh it's the processing fee, that adds up then"),
    ("zh-hans", "外国游客的卡刷不了 国内的卡都好好的", "哦 那我叫他去取现金 以后去银行问问开外卡"),
    ("zh-hant", "外國遊客張卡碌唔到 本地卡就得", "哦 咁我叫佢去櫃員機攞現金 遲啲去銀行問下"),
    ("en", "a tourist's foreign card keeps failing, our local cards all work", "ok, I'll send him to the ATM and ask my bank later about foreign cards"),
]])

# ... but found not to square, or asked whether it squares, is no success
test_explanation_not_squared_is_not_resolved = reply_to_first_fix_resolves([(*row, False) for row in [
    ("zh-hans", "昨天刷了两千 今天到账一千九百八十八 少了十二块 怎么回事", "那就不对了 我的费率是千分之三"),
    ("zh-hant", "尋日碌咗五千蚊 今日入數少咗三十蚊 點解會咁", "咁就唔啱喇 我哋費率係千分之三"),
    ("en", "took 500 on cards yesterday but only 497 landed in my account, where did 3 go", "that doesn't add up, my rate is 0.3 percent"),
    # the same words asked, not said
    ("en", "took 500 on cards yesterday but only 497 landed in my account, where did 3 go", "so it's correct then? I don't think so"),
    ("zh-hans", "外国游客的卡刷不了 国内的卡都好好的", "那我叫他去哪里换？"),
    ("zh-hant", "尋日碌咗五千蚊 今日入數少咗三十蚊 點解會咁", "咁就啱喇？我唔覺得喎"),
]])

# the smaller sum said to have landed is the payout short
test_only_the_smaller_sum_landed = fact_read([
    "took 500 on cards yesterday but only 497 landed in my account",
    "we swiped 2000 and only 1988 showed up in our account",
    "昨天刷了两千 到账只有一千九百八十八",
    "尋日碌咗兩千 入數得返一千九百八十八",
], "obs_payout_short")


# -- a new hand on the till in other words, or the sale type the owner always presses: the type --

test_new_hand_or_usual_type_is_the_wrong_type = fact_read([
    "it only fails since our new guy started on the till",
    "she's new, two days only; when I do it I always press sale and it goes",
    "店里新招的小妹一收就报错 我平时都是点消费的",
    "新請嘅收銀一收就出錯 我平時都係撳消費",
], "obs_wrong_type")

test_new_hand_leads_to_the_type = told_fact_leads_to_fix([
    (["terminal shows 0020000 ever since the new girl started on the till, when I ring it up I always press purchase"],
     "en", "fix_choose_transaction_type"),
    (["刷卡机报0020000 新请的收银员收才这样 我一直按消费都没事"], "zh-hans", "fix_choose_transaction_type"),
    (["部機報0020000 新請嘅姐姐收先咁 我平時都係撳消費就冇事"], "zh-hant", "fix_choose_transaction_type"),
], within=1)

test_new_things_are_no_new_hand = fact_not_read([
    "a new girl customer card declined",
    "the new printer roll jammed",
    "机器刚来的时候好好的 现在刷不了",
    "部機啱嚟嗰陣好地地 而家碌唔到",
], "obs_wrong_type")


# -- a code said in Malagasy number words, the unit first and joined by amby --------------------

test_malagasy_numbers = recognised_as([
    ("terminal shows dimy amby sivifolo when the card goes in", "95"),
    ("the screen say kaody roa amby dimampolo for the tourist card", "52"),
    ("刷卡机显示 efatra amby dimampolo 是什么意思", "54"),
    ("部機顯示 iraika amby dimampolo 點算", "51"),
], code=EACH)

test_malagasy_words_unannounced_are_no_code = recognised_as([
    "I sold roa kilos of vanilla today",
    "we have telo shops in Tana and one terminal each",
    "客人买了 dimy 包香草 刷卡很顺利",
], code=None)
