"""Fourteenth round (dlg34), classes from the typed dev20 merchants c01-c18 (code 0020000), each
tested with sentences written for these tests (zh, traditional zh, en; none taken from an
evaluation set or the knowledge base), beside near misses that keep their old reading:

- words that only look like a fact: a sticker that carries something (the new Wi-Fi password
  on the router's sticker) is no sticker over the tap sign; a bar that is the trade ("we run
  the snack bar") is no signal bar; a greeting naming the time of day ("evening.", "中午好")
  is no hours the fault comes at, nor a time marked by coming back in ("中午一回店里就…",
  "since I got back from lunch"); "the one the bank sent" is no card of one bank; "typed the
  reference number" is no emoji in the note field;
- a slip put right in the same breath ("in the printer, I mean the slot", "我是说") reads as
  what was meant;
- the code coming at the print step ("at the print bit", "一到打印就跳"), a little paper then a
  stop, and a paper cover that does not sit flat are the printer's facts;
- a big motor or a generator on the terminal's supply (the lights dim as it starts) is the
  supply shared with a big appliance, and the stable-power fix says what to do about a
  generator; the terminal going back to its logo by itself is it restarting by itself;
- the card taken out at the beep, whoever takes it ("they take it out", "嘀一声就把卡拿走");
- 跳 for 报 after inserting ("插进去就跳"); a place under dust or powder ("整个店都是灰");
- the money being given back to a customer ("帮客人退一晚的房钱") is a refund under way; a void
  keyed with that day's sale number is a void of an older sale;
- after a fix, what holds now ("now the wifi icon is normal", "payment is go") is the fix
  working, unless the fault is said to be still there; "didn't do a lick of good" is no fix
  that worked;
- the sign-in nobody knows of ("什么签到？没人签过") is decisive for not signed in;
- the touch screen pressing by itself (ghost touches) is the screen's panel (failing, or its
  glass cracked: people replace it); a terminal
  asking at switch-on for its merchant and terminal numbers has lost its setup and keys;
- the bars said to fall to a count ("bars go down to one or nothing"; Cantonese 跌 is the signal
  falling, no terminal dropped) and a learner's "it use the sim".
"""

from tests.tables import (EACH, fact_not_read, fact_read, look_alikes_not_read, outcome_is,
                          told_fact_leads_to_fix)

# -- (1) look-alikes: words that only look like a fact -------------------------------------------

LOOK_ALIKES = [
    # a sticker that carries the password, not one over the tap sign
    ("the cable guy left a new router, the password is on the sticker underneath", ["obs_sticker_on_reader"], "obs_router_changed"),
    ("换了新路由器 密码在路由器背面的贴纸上", ["obs_sticker_on_reader"], "obs_router_changed"),
    ("換了新的路由器 密碼寫在貼紙上面", ["obs_sticker_on_reader"], "obs_router_changed"),
    # a bar as the trade
    ("I look after the wine bar at a hotel, the card reader keeps giving 0020000", ["obs_weak_signal", "obs_no_bars"], None),
    ("our little juice bar by the beach, terminal shows an error", ["obs_weak_signal", "obs_no_bars"], None),
    ("我们是个小酒吧 机器一直报0020000", ["obs_weak_signal", "obs_no_bars"], None),
    ("我哋間水吧部機成日報0020000", ["obs_weak_signal", "obs_no_bars"], None),
    # a greeting with the time of day
    ("evening. the card reader at the front desk says 0020000", ["obs_busy_hours"], None),
    ("good afternoon all, our terminal keeps throwing an error", ["obs_busy_hours"], None),
    ("中午好 店里的收款机一直报0020000", ["obs_busy_hours"], None),
    ("午安，店裡的刷卡機一直跳錯誤", ["obs_busy_hours"], None),
    # "the one the bank sent" is the terminal
    ("the terminal is the one the bank sent us last year", ["obs_foreign_card"], None),
    ("it's the one the bank gave us, error 0020000 on every sale", ["obs_foreign_card"], None),
    # the sale's reference number is no note field
    ("I chose void and typed the reference number off the slip", ["obs_symbols_typed"], None),
]
test_look_alikes_are_not_read = look_alikes_not_read(LOOK_ALIKES)

# Near misses: the facts themselves are still read.
STILL_READ = [
    ("we stuck our shop sticker right over the tap sign", "obs_sticker_on_reader"),
    ("感应区上面贴了一张店名的贴纸", "obs_sticker_on_reader"),
    ("感應區貼了貼紙", "obs_sticker_on_reader"),
    ("the signal is only one bar out here", "obs_weak_signal"),
    ("it fails in the evenings when the place is packed", "obs_busy_hours"),
    ("every evening around eight it starts failing", "obs_busy_hours"),
    ("中午就报0020000 其他时候好好的", "obs_busy_hours"),
    ("only cards from one bank fail, the rest go through", "obs_foreign_card"),
    ("she typed hearts into the reference", "obs_symbols_typed"),
]
test_the_facts_themselves_are_still_read = fact_read(STILL_READ)

# -- (2) a slip put right in the same breath -----------------------------------------------------

SLIPS = [
    ("the customer pushes the card into the printer, I mean the slot at the bottom, then it fails", "obs_printer_fault"),
    ("客人把卡插到打印机 我是说下面的插卡口 一插就报错", "obs_printer_fault"),
    ("客人把卡插落打印機，我是說下面個插卡口，跟住就報錯", "obs_printer_fault"),
]
test_a_slip_put_right_is_not_read = fact_not_read(SLIPS)

# Near misses: "I mean" that starts the message, or restates the same part, takes nothing away.
NOT_SLIPS = [
    ("I mean, the printer has been acting up all week", "obs_printer_fault"),
    ("the printer, I mean the receipt printer, won't print anything", "obs_printer_fault"),
    ("我是说打印机打不出小票", "obs_printer_fault"),
]
test_i_mean_alone_takes_nothing_away = fact_read(NOT_SLIPS)

# -- (3) the printer's facts ---------------------------------------------------------------------

PRINTER = [
    ("the sale goes fine and then it errors out at the printing step", "obs_printer_fault"),
    ("it only goes wrong once it gets to printing the slip", "obs_printer_fault"),
    ("一到打印就跳0020000 钱是扣了的", "obs_printer_fault"),
    ("打小票那一步就報錯", "obs_printer_fault"),
    ("a wee bit of paper feeds out then it stops", "obs_paper_stuck_halfway"),
    ("出一小截纸就停了 然后报错", "obs_paper_stuck_halfway"),
    ("紙出一點點就卡住", "obs_paper_stuck_halfway"),
    ("the paper lid doesn't sit flat since I changed the roll", "obs_cover_pops_up"),
    ("the cover is sitting proud on the left side", "obs_cover_pops_up"),
    ("换了纸以后盖子不平 有一边高出来", "obs_cover_pops_up"),
    ("換紙之後蓋子不平", "obs_cover_pops_up"),
]
test_the_printers_facts_are_read = fact_read(PRINTER)

PRINTER_NEAR = [
    ("receipts print fine, it fails when the card goes in", "obs_printer_fault"),
    ("the lid sits flat and clicks shut", "obs_cover_pops_up"),
]
test_the_printers_near_misses_keep_their_reading = fact_not_read(PRINTER_NEAR)

PRINT_STORIES = [
    (["terminal gives 0020000 every sale", "it goes wrong at the print bit, the card part is fine",
      "a bit of paper comes out then stops and the paper cover isn't sitting flat"], "en", "fix_latch_printer_cover"),
    (["机器每笔都报0020000", "一到打小票那一步就跳", "出一小截纸就停了 纸仓盖子不平"], "zh-hans", "fix_latch_printer_cover"),
]
test_the_print_step_leads_to_the_cover = told_fact_leads_to_fix(PRINT_STORIES)

# -- (4) a motor or a generator on the terminal's supply -----------------------------------------

POWER = [
    ("when the compressor motor starts the lights go dim and the terminal beeps", "obs_shared_power"),
    ("we charge it off the generator during the power cuts", "obs_shared_power"),
    ("碾米机的电机一开 灯都暗了 刷卡机就报错", "obs_shared_power"),
    ("停電嘅時候我哋用發電機", "obs_shared_power"),
    ("it goes back to the logo by itself now and then", "obs_loose_power"),
]
test_a_motor_or_generator_on_the_supply_is_read = fact_read(POWER)

POWER_NEAR = [
    ("the lights in here are dim so I can't read the screen", "obs_shared_power"),
    ("我們這邊燈光比較暗", "obs_shared_power"),
]
test_dim_lights_alone_are_no_supply_fault = fact_not_read(POWER_NEAR)

POWER_STORIES = [
    (["our card terminal keeps saying 0020000",
      "it happens when the big grinder motor kicks in, the lights go dim and then the error"], "en", "fix_stable_power"),
    (["收款机一直报0020000", "停电了我们用发电机 机器也插在发电机上充电 电机一转灯就暗"], "zh-hans", "fix_stable_power"),
]
test_a_motor_on_the_supply_leads_to_stable_power = told_fact_leads_to_fix(POWER_STORIES)


def test_the_stable_power_fix_says_what_to_do_about_a_generator(kb):
    fix = kb.fixes["fix_stable_power"]
    assert "generator" in " ".join(fix.steps.en) and "stabiliser" in " ".join(fix.steps.en)
    assert "发电机" in "".join(fix.steps.zh) and "稳压" in "".join(fix.steps.zh)
    assert len(fix.steps.zh) == len(fix.steps.en)

# -- (5) the card taken out at the beep ----------------------------------------------------------

PULLED = [
    "it beeps once and they take it out and leave",
    "it beeped and the kids pulled the card straight away",
    "客人插卡 嘀一声就把卡拿走了",
    "嗶一聲就把卡拿走",
]
test_the_card_taken_at_the_beep_is_read = fact_read(PULLED, "obs_card_pulled_early")

PULLED_NEAR = [
    "it beeps, says approved, then they take the card out",
    "插卡 嘀一声 显示交易成功 然后把卡拿走",
]
test_the_card_taken_after_approval_is_not = fact_not_read(PULLED_NEAR, "obs_card_pulled_early")

# -- (6) the chip, dust, refunds, voids ----------------------------------------------------------

OTHER_FACTS = [
    ("卡插进去就跳0020000", "obs_only_chip"),
    ("一插卡就跳錯誤碼", "obs_only_chip"),
    ("整个店都是灰 我们做石材的", "obs_dusty"),
    ("成間舖都係灰", "obs_dusty"),
    ("the whole workshop is covered in powder from the grout", "obs_dusty"),
    ("我要帮客人退两晚的房钱 机器报错", "obs_doing_refund"),
    ("幫客人退房錢 一直失敗", "obs_doing_refund"),
    ("I need to refund a guest who checked out early", "obs_doing_refund"),
    ("我按了撤销 然后输入他那天的凭证号", "obs_void_old_sale"),
    ("按咗撤銷 再輸入佢嗰日嘅參考號", "obs_void_old_sale"),
    ("I pressed void, then typed that day's reference number", "obs_void_old_sale"),
]
test_the_chip_dust_refund_and_void_facts_are_read = fact_read(OTHER_FACTS)

OTHER_NEAR = [
    ("屏幕弹出来一个都是粉色的框", "obs_dusty"),
    ("客人说退款还没到账", "obs_doing_refund"),
    ("我按撤销 输入今天的凭证号", "obs_void_old_sale"),
    ("I voided it and typed the reference number", "obs_void_old_sale"),
]
test_their_near_misses_keep_their_reading = fact_not_read(OTHER_NEAR)

# -- (7) what holds now after a fix --------------------------------------------------------------

OUTCOMES = [
    ("went into settings, typed the new password, now the wifi icon is normal", "worked"),
    ("now payment is go, thank you", "worked"),
    ("现在wifi图标正常了", "worked"),
    ("現在wifi正常了", "worked"),
    ("now the wifi is fine but still 0020000", "failed"),
    ("现在wifi正常了 但还是报0020000", "failed"),
    ("the wifi is fine", None),
    # no good done, however much
    ("did all that, didn't do a lick of good", "failed"),
    ("cleaned it like you said, did no good", "failed"),
    ("照做了 没起一点作用", "failed"),
    ("試過了 一點作用都沒有", "failed"),
    ("that did the trick", "worked"),
]
test_what_holds_now_is_how_the_fix_went = outcome_is(OUTCOMES)

# -- (8) the touch screen pressing by itself; a terminal asking for its merchant numbers ---------

GHOST = [
    "the screen keeps tapping by itself, it cancels the sale halfway",
    "nobody pressed cancel, it just went back to the main screen by itself",
    "屏幕自己乱点 客人输到一半就取消了",
    "我根本沒按取消 它自己跑回主畫面",
    "畫面自己點來點去 好像有鬼在按",
]
test_the_screen_pressing_by_itself_is_read = fact_read(GHOST, "obs_ghost_touch")

GHOST_NEAR = [
    "我自己点的取消",
    "nobody touched it, it just died",
    "the cashier pressed cancel by mistake",
]
test_a_press_someone_made_is_no_ghost = fact_not_read(GHOST_NEAR, "obs_ghost_touch")

CRACKED_STORIES = [
    (["terminal shows 0020000 and the sale cancels on its own", "the screen taps by itself since it fell",
      "yes there's a crack in the corner of the glass"], "en", "fix_contact_service"),
    (["刷卡机报0020000", "屏幕自己乱点 上礼拜摔过", "右下角裂了一条"], "zh-hans", "fix_contact_service"),
    (["刷卡機報0020000", "螢幕自己亂點 上禮拜摔過", "有 右下角裂了一條"], "zh-hant", "fix_contact_service"),
]
test_ghost_touches_lead_to_the_screen = told_fact_leads_to_fix(CRACKED_STORIES, handoff=True)

IDS = [
    "after the reset it asks for the merchant ID and terminal ID when it starts",
    "开机叫我输商户号和终端号 我哪知道",
    "開機要我輸入商戶號 終端號",
]
test_the_terminal_asking_for_its_ids_is_read = fact_read(IDS, "obs_asks_merchant_ids")

# Near miss: a factory reset alone is the settings it blanks (typed back in), not the IDs.
RESET_ALONE = [
    ("my son did a factory reset, now every sale fails", "obs_settings_changed"),
    ("恢复出厂以后每笔都失败", "obs_settings_changed"),
]
test_a_factory_reset_alone_is_the_settings = fact_read(RESET_ALONE)
test_a_factory_reset_alone_is_not_the_ids = fact_not_read([t for t, _ in RESET_ALONE], "obs_asks_merchant_ids")

# -- (9) the sign-in nobody knows of -------------------------------------------------------------

NOT_SIGNED = [
    "签到？什么签到 没人签过",
    "簽到？啥簽到 我們沒人簽過到",
    "sign in? what sign in? nobody signs in here",
    "no one signs in in the morning, the old girl used to",
]
test_the_sign_in_nobody_knows_is_read = fact_read(NOT_SIGNED, "obs_not_signed_in")

SIGNED = [
    "签到签过了 还是不行",
    "簽到做咗 都係一樣",
    "we signed in this morning like always",
]
test_a_sign_in_done_is_not = fact_not_read(SIGNED, "obs_not_signed_in")

SIGN_IN_STORIES = [
    (["收款机每笔都报0020000", "什么签到？我们没人签过 以前的店员每天早上按一下"], "zh-hans", "fix_sign_in"),
    (["card machine says 0020000 on every sale", "what sign in? nobody signs in here, the old manager did something each morning"], "en", "fix_sign_in"),
]
test_the_sign_in_nobody_knows_leads_to_signing_in = told_fact_leads_to_fix(SIGN_IN_STORIES, still=5)

# -- (10) a time marked by coming back in --------------------------------------------------------

BACK_IN = [
    "中午一回店里就报0020000 烦死了",
    "下午回來就一直跳錯誤",
    "since I got back from lunch it keeps showing 0020000",
]
test_a_time_marked_by_coming_back_is_no_busy_hour = fact_not_read(BACK_IN, "obs_busy_hours")

BUSY = [
    "一到中午人多就报0020000",
    "中午最忙嗰陣就報錯",
    "it fails at lunchtime when we are slammed",
]
test_busy_hours_are_still_read = fact_read(BUSY, "obs_busy_hours")

# -- (11) the bars said to fall to a count; a learner's "it use the sim" -------------------------

BARS_FALL = [
    ("out at sea the bars go down to one or nothing", "obs_weak_signal"),
    ("below deck the bars drop to nothing", "obs_no_bars"),
    ("信号掉到一格 有时候一格都没有", "obs_weak_signal"),
    ("訊號跌到得一格", "obs_weak_signal"),
    ("it use the sim from the bank", "obs_on_sim"),
    ("we using the sim card, not wifi", "obs_on_sim"),
]
test_the_bars_falling_to_a_count_are_read = fact_read(BARS_FALL)

BARS_NEAR = [
    ("the queue goes down to one customer and then it works", "obs_weak_signal"),
    ("訊號跌到得一格", "obs_dropped_moved"),
    ("I use the sim in my own phone for that", "obs_on_sim"),
]
test_their_near_misses_are_not = fact_not_read(BARS_NEAR)
