"""dlg57: classes behind the released typed holdout26's unresolved merchants, with sentences of
our own in zh, zh-hant and en (none copied from an eval file), and near-misses that keep their
old reading."""

from tests.tables import (EACH, cause_has_fact_and_fix, fact_not_read, fact_read, outcome_is, recognised_as,
                          reply_to_first_fix_resolves, told_fact_leads_to_fix)

# -- (a) the shop's daily total limit reached: a big day's takings, then every sale refused ----

test_daily_limit_cause = cause_has_fact_and_fix(
    {"mer_daily_limit_reached": ("obs_daily_total_reached", "fix_daily_limit_reached")},
    no_person=True, no_escalation=True)

test_big_day_then_small_fails = fact_read([
    "今天一上午刷了三万多 现在连几十块的也刷不了",
    "今日刷咗成十萬 而家連幾十蚊嘅都碌唔到",
    "we have taken thousands on card today at the fair and now even the small sales fail",
    "机器有日累计限额吗 今天刷了三万多 后面小额也不行",
], "obs_daily_total_reached")

# (only the big ones failing is the per-sale limit; a card's own daily limit is the card's; a big
# day told with everything working, or failing "sometimes", is no limit reached)
test_not_the_daily_limit = fact_not_read([
    "小的能刷 大的刷不了",
    "her card hit its daily limit",
    "今天刷了三万 都没问题",
    "今天刷了三万 有时候不行",
], "obs_daily_total_reached")

test_daily_limit_leads_to_its_explanation = told_fact_leads_to_fix([
    (["刷卡机报0020000", "今天一上午刷了三万多 现在连几十块的也刷不了"], "zh-hans", "fix_daily_limit_reached"),
    (["部機出0020000", "今日刷咗成十萬 而家連幾十蚊嘅都碌唔到"], "zh-hant", "fix_daily_limit_reached"),
    (["card machine says 0020000", "we have taken thousands on card today at the fair and now even the small sales fail"],
     "en", "fix_daily_limit_reached"),
], within=1)

# -- (b) the payout in Taiwan's words: 撥款 / 撥進來, 對不起來 ----------------------------------

test_taiwan_payout_short = fact_read([
    "上週的撥款比結帳單少了兩百多 怎麼回事",
    "钱拨进来跟小票总数对不起来 少了一点",
    "昨天撥進來的錢跟結帳單兜不攏 少咗啲",
], "obs_payout_short")

test_sorry_late_is_no_payout = fact_not_read([
    "对不起来晚了 机器刷不了卡",
], "obs_payout_short")

test_taiwan_payout_leads_to_the_fees = told_fact_leads_to_fix([
    (["上週的撥款比結帳單少了兩百多 怎麼回事"], "zh-hant", "fix_explain_fee_deducted"),
    (["钱拨进来跟小票总数对不起来 少了一点"], "zh-hans", "fix_explain_fee_deducted"),
], within=1)

# -- (b) the weekend's money not in the account named by its bank -----------------------------

test_account_named_by_its_bank = fact_read([
    "weekend takings still not in our Barclays account, is it lost",
    "禮拜六日刷卡的錢 到今天還沒入我中信的帳戶",
    "周末刷的钱还没到我工行卡上 是不是丢了",
], "obs_holiday_before_payout")

test_weekend_money_that_came_is_no_delay = fact_not_read([
    "sold on saturday, the money came into my Barclays account fine",
    "周末刷的钱已经到我工行卡上了",
], "obs_holiday_before_payout")

test_weekend_payout_leads_to_the_calendar = told_fact_leads_to_fix([
    (["weekend takings still not in our Barclays account, is it lost"], "en", "fix_explain_holiday_payout"),
    (["禮拜六日刷卡的錢 到今天還沒入我中信的帳戶"], "zh-hant", "fix_explain_holiday_payout"),
    (["周末刷的钱还没到我工行卡上 是不是丢了"], "zh-hans", "fix_explain_holiday_payout"),
], within=1)

# -- (f) a charge by a name the customer does not know: the registered name, not fraud ---------

test_unknown_company_on_the_charge = fact_read([
    "a customer rang, says she was charged by some company she never heard of, it was our shop",
    "客人说账上被一家没听过的公司扣了三百 以为是骗子 其实是在我们店买的",
    "個客話俾一間唔識嘅公司扣咗錢 話係呃人 其實係喺我哋度買",
    "the sale went fine, it just shows up as TKM TRADING LTD in his bank app",
    "客人說帳單上是一間什麼有限公司 佢唔知係我哋",
], "obs_statement_other_name")

test_unheard_of_things_are_no_statement = fact_not_read([
    "I have never heard of this error code",
    "客人不认识这个牌子的卡",
    "我没听过这个公司的刷卡机",
], "obs_statement_other_name")

test_unknown_company_leads_to_the_name = told_fact_leads_to_fix([
    (["客人说账上被一家没听过的公司扣了三百 以为是骗子 其实是在我们店买的"], "zh-hans", "fix_explain_statement_name"),
    (["個客話俾一間唔識嘅公司扣咗錢 話係呃人 其實係喺我哋度買"], "zh-hant", "fix_explain_statement_name"),
    (["a customer rang, says she was charged by some company she never heard of, it was our shop"],
     "en", "fix_explain_statement_name"),
], within=2)

# -- (b) the small line's word glimpsed, hedged: "something like BATCH" -----------------------

test_batch_word_glimpsed = fact_read([
    "under the code there is something like BATCH, could not read the rest",
    "下面小字好像有 批次 什么的",
    "下面有行細字 寫住批次 乜嘢",
], "obs_storage_word")

test_batch_talk_is_no_glimpse = fact_not_read([
    "we did the batch yesterday",
    "the bank transfer does not tally with the batch report, it is a bit less",
], "obs_storage_word")

# -- (d) "the same as yesterday" beside a success word: the comparison, not the verdict --------

test_same_as_that_day_with_success = reply_to_first_fix_resolves([
    ("zh-hans", "机器报92 刷不了", "好 等了十分钟再刷就过了 跟上次一样", True),
    ("zh-hant", "部機出92 碌唔到卡", "等咗十分鐘再碌 過咗 同上次一樣", True),
    ("en", "terminal says 92 on every card", "waited ten minutes and it went through, same as last time", True),
    # alone, or after "still", it is the fault as it was
    ("zh-hans", "机器报92 刷不了", "还是跟昨天一样", False),
    ("zh-hant", "部機出92 碌唔到卡", "仲係同尋日一樣", False),
    ("en", "terminal says 92 on every card", "same as yesterday", False),
])

test_same_as_that_day_outcome = outcome_is([
    ("ok waited a while and it went through, same as yesterday", "worked"),
    ("跟昨天一样", "failed"),
    ("still same as yesterday", "failed"),
    ("刷不了 跟昨天一样", "failed"),
])

# -- (d) a count of none before a fault word, and the payment said to "go" ---------------------

test_zero_errors_is_success = outcome_is([
    "told the staff, since then twenty sales and zero errors",
    "刷了十几笔 零报错",
    "之後碌咗十幾單 零失敗",
    "moved it inside, payment goes now",
], "worked")

test_errors_still_there_are_no_success = outcome_is([
    "no payment goes through",
    "still errors on every sale",
    "还是报错",
], "failed")

# -- (d) "又来了" with people after it: customers came, not the fault back ------------------------

test_customers_came_is_no_fault_back = outcome_is([
    ("跟收银员说了 转圈的时候别按 下午又来了一拨客人 全过了", "worked"),
    ("又來咗幾個客 全部過咗", "worked"),
    ("又来了", "failed"),
    ("又来了一拨客人 还是刷不了", "failed"),
])

# -- (b) the red (cancel) key said 红的, and the cashier finding it slow -------------------------

test_red_key_said_red = fact_read([
    "收银员嫌它慢 转圈的时候就一个劲按那个红的键",
    "部機轉圈嗰陣 個伙記成日撳嗰個紅嘅掣",
    "the cashier gets impatient and hits the red one while it is spinning",
], "obs_cancel_pressed")

test_red_key_broken_is_no_cancel = fact_not_read([
    "红的键坏了 按不下去",
], "obs_cancel_pressed")

test_cancel_pressed_leads_to_waiting = told_fact_leads_to_fix([
    (["刷卡机老报0020000", "收银员嫌它慢 转圈的时候就一个劲按那个红的键"], "zh-hans", "fix_wait_for_result"),
], within=2)

# -- (e) a code announced by Caribbean "seh" / "sey" (says) ------------------------------------

test_code_after_seh = recognised_as([
    ("the little screen sey fifty five when she put pin", "55"),
    ("di machine seh ninety-six again", "96"),
    ("机器 seh fifty-wan 刷不了", "51"),
    ("部機 sey ninety-six 碌唔到", "96"),
], code=EACH)

test_seh_without_a_number_is_no_code = recognised_as([
    "she seh she have money",
    "mi seh tree ting fi di customer",
], code=None)

# -- (b) the charging base wet, its contacts named as little metal bits ------------------------

test_base_wet = fact_read([
    "摊子漏雨 充电底座那边经常湿湿的",
    "個座成日俾雨淋 座度濕晒",
    "the roof leaks right onto the cradle, it gets wet most days",
], "obs_base_wet")

test_a_wet_terminal_is_not_its_base = fact_not_read([
    "机器被雨淋湿了",
    "the terminal got wet in the rain",
], "obs_base_wet")

test_metal_bits_gone_green = fact_read([
    "底座上那几个小铁片有点发绿",
    "the little metal bits on the cradle have gone green",
    "座度嗰幾粒銅點黑咗",
], "obs_contacts_corroded")

test_wet_base_leads_to_its_contacts = told_fact_leads_to_fix([
    (["刷卡机老跳0020000", "摊子漏雨 充电底座那边经常湿湿的"], "zh-hans", "fix_clean_base_contacts"),
    (["部機成日出0020000", "個座成日俾雨淋 座度濕晒"], "zh-hant", "fix_clean_base_contacts"),
    (["terminal keeps giving 0020000", "the roof leaks right onto the cradle, it gets wet most days"],
     "en", "fix_clean_base_contacts"),
], within=2)

# -- (b) foreign and home customers failing alike: every card, not a foreign card --------------

test_foreign_and_home_customers_alike = fact_read([
    "俄罗斯客人本地客人都刷不了",
    "外國客同本地客都碌唔到",
    "foreign customers and local customers both fail",
], "obs_every_card")

test_only_foreigners_failing_is_still_foreign = fact_read([
    "外国客人的卡刷不了",
    "外國客張卡碌唔到",
    "中国人开的店 外国客人的卡刷不了",
], "obs_foreign_card")

test_all_customers_near_a_border_is_no_card = told_fact_leads_to_fix([
    (["我这个POS机时好时坏 老是出0020000 俄罗斯客人本地客人都刷不了",
      "信号有 不过上面显示的不是移动 是俄罗斯的运营商 店就在边境上"], "zh-hans", "fix_manual_operator"),
], within=2)
