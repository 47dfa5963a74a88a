"""Round twelve (dlg27), classes found in typed dev15's 0020000 misses (c03-c18): facts the
knowledge base had, told in another writer's words, were not read; one weak volunteered fact
("after our renovation") sent a code of many causes straight to a fix; context ("tourists are
waiting") was taken as a fact; answers were read from a noun ("...the pavilion router") or a
one-letter slip in a long reply; "no card is working" was taken for "it works"; and three
causes of 0020000 a shop owner meets were missing (the terminal's own nightly settlement, the
supervisor's number used to sign in, a card tapped before the amount is keyed).
Sentences written for these tests (zh, traditional zh, en); none is taken from an evaluation
set. Each class has near-misses that must keep their old reading."""

import pytest

from tests.conversation import converse
from tests.tables import asked as _asked, events as _events, fixes as _fixes, observed_plain as _observed


# ------------------------------------------------ one way of reading contrasted with another

@pytest.mark.parametrize("text", [
    "插卡的那几个会报 挥卡的都没问题",
    "插卡嗰啲會出事 拍卡嘅冇問題",
    "it's the customers who insert. the tappers go through fine",
])
def test_a_way_contrasted_with_one_that_works_is_the_one_failing(engine, text):
    assert "obs_only_chip" in _observed(engine, text)


@pytest.mark.parametrize("text", [
    "插卡 挥卡都没事", "插卡同拍卡都冇問題", "I inserted it and tapped it, both fine",
])
def test_ways_that_all_work_are_no_contrast(engine, text):
    assert "obs_only_chip" not in _observed(engine, text)


# ------------------------------------------------ a start-up that never reaches the sale screen

@pytest.mark.parametrize("text", [
    "开机后一直进不去主界面 就跳0020000",
    "開機之後入唔到主畫面",
    "it never gets to the sale screen, just 0020000 after the logo",
])
def test_never_reaching_the_main_screen_is_a_stuck_start(engine, text):
    assert "obs_boot_stuck" in _observed(engine, text)


@pytest.mark.parametrize("text", [
    "the sale screen shows 0020000 after I tap", "主界面上输完金额就报0020000", "主畫面顯示0020000",
])
def test_the_main_screen_named_is_no_stuck_start(engine, text):
    assert "obs_boot_stuck" not in _observed(engine, text)


# ------------------------------------------------ "no card is working" is no success

@pytest.mark.parametrize("text", [
    "none of the cards are working", "no card is working, it won't even get there",
    "no payment goes through",
])
def test_a_negated_subject_makes_the_outcome_a_failure(engine, text):
    assert engine.interpreter.outcome(text) == "failed"


@pytest.mark.parametrize("text", ["没有一张卡刷得过", "冇一張卡過到"])
def test_no_card_going_through_in_chinese_is_a_failure(engine, text):
    assert engine.interpreter.outcome(engine.interpreter.plain(text)) != "worked"


@pytest.mark.parametrize("text", ["the card is working now", "现在卡能刷了", "而家張卡過到喇"])
def test_a_card_that_works_now_still_worked(engine, text):
    assert engine.interpreter.outcome(engine.interpreter.plain(text)) == "worked"


def test_no_card_working_mid_question_is_not_a_success(engine):
    results = converse(engine, ["my machine shows 0020000 since morning", "same problem",
                                "no card is working at all"], "en")
    assert not any(e.get("by") for e in _events(results, "resolved"))
    assert results[-1].session["state"] != "rating"


# ------------------------------------------------ failing away from the till, fine at it

@pytest.mark.parametrize("text", [
    "端到桌边收款就报错 在前台都好好的",
    "攞去枱邊收錢就出錯 喺收銀台冇事",
    "works fine at the till but fails when I take it to the tables",
])
def test_fine_at_the_till_failing_elsewhere_is_a_place_fault(engine, text):
    assert "obs_fails_away_from_counter" in _observed(engine, text)


@pytest.mark.parametrize("text", ["在收银台刷就报错", "收銀台嗰度都係出錯", "it fails right at the till"])
def test_failing_at_the_till_is_no_place_fault(engine, text):
    assert "obs_fails_away_from_counter" not in _observed(engine, text)


def test_a_place_fault_reaches_interference(kb):
    from knowledge.observations import cause_factors

    assert cause_factors(kb, "obs_fails_away_from_counter").get("env_interference", 0) >= 2


# ------------------------------------------------ dry heated air is static, not cold

@pytest.mark.parametrize("text", [
    "冬天暖气开得很足 屋里空气特别干燥",
    "冬天開住暖氣 空氣好乾燥",
    "it's winter but the heating is on full and the air is very dry",
])
def test_dry_heated_air_is_no_cold(engine, text):
    observed = _observed(engine, text)
    assert "obs_dry_air" in observed and "obs_cold" not in observed


@pytest.mark.parametrize("text", ["冬天在外面摆摊 冻得手都僵了", "冬天喺出面擺檔 凍到手都硬", "it's winter and cold at my outdoor stall"])
def test_a_cold_stall_is_still_cold(engine, text):
    observed = _observed(engine, text)
    assert "obs_cold" in observed and "obs_dry_air" not in observed


@pytest.mark.parametrize("lang, texts, fix", [
    ("en", ["terminal shows 0020000 a few times a day", "screen goes black for a second, then menu again",
            "no luck", "the shop is heated, the air is very dry in winter"], "fix_discharge_static"),
    ("zh-hans", ["刷卡机一天报好几次0020000", "屏幕黑一下 又回到主界面", "不行",
                 "冬天暖气开得很足 空气特别干燥"], "fix_discharge_static"),
    ("zh-hant", ["部機一日彈幾次0020000", "個螢幕黑一黑 又回到主畫面", "唔得",
                 "冬天開住暖氣 舖頭空氣好乾燥"], "fix_discharge_static"),
])
def test_a_terminal_resetting_in_dry_air_gets_the_static_fix(engine, lang, texts, fix):
    assert fix in _fixes(converse(engine, texts, lang))


# ------------------------------------------------ the operator name switching near a border

@pytest.mark.parametrize("text", [
    "信号满的 就是左上角的运营商名字老在变",
    "左上角啲字成日變嚟變去",
    "the network name at the top keeps changing",
])
def test_a_changing_operator_name_is_a_foreign_network(engine, text):
    assert "obs_foreign_operator" in _observed(engine, text)


@pytest.mark.parametrize("text", ["左上角显示中国移动", "左上角寫住中國移動", "the top corner says Vodafone"])
def test_an_operator_name_shown_is_no_foreign_network(engine, text):
    assert "obs_foreign_operator" not in _observed(engine, text)


# ------------------------------------------------ an update offered and put off

@pytest.mark.parametrize("text", [
    "每次开机都弹出更新的提示 我们一直点稍后",
    "成日彈個更新通知 我哋都撳稍後",
    "it keeps offering an update and staff always hit remind me later",
])
def test_an_update_put_off_is_an_old_version(engine, text):
    assert "obs_old_version" in _observed(engine, text)


@pytest.mark.parametrize("text", [
    "点了更新就失败 点稍后过一会儿又弹出来",
    "撳更新就失敗 撳稍後又彈",
    "the update failed so we pressed later",
])
def test_an_update_that_fails_is_no_put_off(engine, text):
    assert "obs_old_version" not in _observed(engine, text)


# ------------------------------------------------ the paper cover that will not stay shut

@pytest.mark.parametrize("text", [
    "换了纸以后盖子合不上 一按又弹起来",
    "換咗紙之後蓋子合唔上",
    "since the new rolls the cover won't close properly, it springs back up",
])
def test_a_lid_that_will_not_close_is_read(engine, text):
    assert "obs_cover_pops_up" in _observed(engine, text)


@pytest.mark.parametrize("text", ["盖子盖好了", "蓋子已經蓋好", "the lid closes fine"])
def test_a_shut_lid_is_no_popped_cover(engine, text):
    assert "obs_cover_pops_up" not in _observed(engine, text)


# ------------------------------------------------ who the customers are is no fact of the cards

@pytest.mark.parametrize("text", [
    "外国游客多 机器老报0020000", "tourists are queueing to pay and it shows 0020000",
    "外國遊客好多 部機成日彈0020000",
])
def test_tourist_customers_are_no_foreign_card_fact(engine, text):
    observed = _observed(engine, text)
    assert "obs_foreign_card" not in observed


@pytest.mark.parametrize("text", [
    "only the tourists' cards fail, local cards are fine", "只有外国人的卡刷不了 本地卡都可以",
    "淨係外國人嘅卡唔得",
])
def test_foreign_cards_failing_is_still_read(engine, text):
    assert "obs_foreign_card" in _observed(engine, text)


# ------------------------------------------------ a renovation, and a terminal long put away

@pytest.mark.parametrize("text", [
    "店里装修停业了两个星期", "we had builders in for three weeks and the shop was closed",
    "店舖裝修停業咗兩個禮拜",
])
def test_a_renovation_with_the_shop_closed_is_long_unused(engine, text):
    observed = _observed(engine, text)
    assert "obs_renovation" in observed and "obs_long_unused" in observed
    assert "obs_moved" not in observed


@pytest.mark.parametrize("text", ["装修完把收银台挪到门口了", "we moved the till to the window after the refit"])
def test_a_move_in_a_renovation_is_still_a_move(engine, text):
    assert "obs_moved" in _observed(engine, text)


@pytest.mark.parametrize("text", ["the app closed twice in a few days", "收款应用这几天关了两次"])
def test_an_app_that_closed_is_no_shop_closed(engine, text):
    assert "obs_long_unused" not in _observed(engine, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "after our renovation the card machine only shows 0020000"),
    ("zh-hans", "店里装修完以后刷卡机只报0020000"),
    ("zh-hant", "裝修完之後部刷卡機淨係彈0020000"),
])
def test_one_vague_fact_on_a_code_of_many_causes_asks_before_fixing(engine, lang, text):
    results = converse(engine, [text], lang)
    assert _asked(results) and not _fixes(results)


@pytest.mark.parametrize("lang, text", [
    ("en", "0020000 only when the card is inserted, tapping works fine"),
    ("zh-hans", "只有插卡的时候报0020000 挥卡没事"),
    ("zh-hant", "淨係插卡先彈0020000 拍卡冇事"),
])
def test_a_decisive_fact_still_goes_to_its_fix(engine, lang, text):
    """Near-miss: a fact that singles a cause out still gets its remedy first."""
    assert _fixes(converse(engine, [text], lang))


@pytest.mark.parametrize("lang, texts", [
    ("en", ["after the refit our terminal gives 0020000 on every card", "it's on the wifi, that works",
            "we were closed for a month, the machine sat unplugged in a box and was completely dead, then we charged it"]),
    ("zh-hans", ["装修以后刷卡机每笔都报0020000", "连的wifi 网没问题",
                 "我们停业了一个月 机器收在箱子里没插电 拿出来完全没电 充了电才开机"]),
    ("zh-hant", ["裝修完之後部機每單都彈0020000", "用緊wifi 網絡冇問題",
                 "我哋停業咗一個月 部機收埋喺箱入面冇插電 攞出嚟完全冇電 充咗電先開到機"]),
])
def test_a_terminal_long_put_away_gets_the_clock_fix(engine, lang, texts):
    assert "fix_set_datetime" in _fixes(converse(engine, texts, lang))


# ------------------------------------------------ around midnight: the terminal's own settlement

@pytest.mark.parametrize("text", [
    "每天晚上十二点左右就报错 其他时间都正常",
    "夜晚十二點前後就出錯 其他時間冇問題",
    "it only fails around midnight, the rest of the day it's fine",
])
def test_failing_around_midnight_is_read(engine, text):
    observed = _observed(engine, text)
    assert "obs_midnight_fails" in observed and "obs_date_right" not in observed


@pytest.mark.parametrize("text", ["昨晚十二点开始一直报错", "since midnight yesterday it fails", "琴晚十二點開始一直出錯"])
def test_failing_since_midnight_is_no_midnight_fault(engine, text):
    assert "obs_midnight_fails" not in _observed(engine, text)


@pytest.mark.parametrize("text", [
    "早上看到机器自己打了一张结算单", "半夜部機自己印咗張長紙出嚟", "the slip it printed said batch close",
])
def test_a_settlement_report_printed_by_itself_is_read(engine, text):
    assert "obs_auto_settle_slip" in _observed(engine, text)


@pytest.mark.parametrize("text", ["纸自己卡住了", "the paper jammed by itself", "張紙自己卡住咗"])
def test_paper_that_jams_by_itself_is_no_settlement(engine, text):
    assert "obs_auto_settle_slip" not in _observed(engine, text)


@pytest.mark.parametrize("lang, texts", [
    ("en", ["our bar's card machine shows 0020000 around midnight, the rest of the day it's fine",
            "yes, there's a long batch close report it prints by itself"]),
    ("zh-hans", ["每天晚上十二点左右刷卡机就报0020000 其他时间都正常", "有 早上看到它自己打了一张结算单"]),
    ("zh-hant", ["夜晚十二點前後部機就彈0020000 其他時間冇問題", "有 朝早見到佢自己印咗張結算單"]),
])
def test_midnight_failures_with_a_settlement_report_get_the_settlement_fix(engine, lang, texts):
    results = converse(engine, texts, lang)
    assert "q_auto_settle" in _asked(results)
    assert "fix_auto_settle_time" in _fixes(results)


# ------------------------------------------------ signed in by staff, as the supervisor

@pytest.mark.parametrize("text", [
    "今天是新来的店员签的到", "今日係新嚟嘅店員簽到", "the new assistant logged in this morning",
])
def test_staff_signing_in_is_read(engine, text):
    assert "obs_staff_signed_in" in _observed(engine, text)


@pytest.mark.parametrize("text", ["我自己签到的", "I signed in myself", "我自己簽到"])
def test_signing_in_oneself_is_no_staff_sign_in(engine, text):
    assert "obs_staff_signed_in" not in _observed(engine, text)


@pytest.mark.parametrize("text", ["她签到输的是00", "佢簽到用00", "she keyed 00 at the sign-in"])
def test_the_supervisor_number_is_read(engine, text):
    assert "obs_supervisor_number" in _observed(engine, text)


def test_the_code_itself_is_no_supervisor_number(engine):
    """Near-miss: 0020000 holds "00" and "02"; neither is an operator number."""
    assert "obs_supervisor_number" not in _observed(engine, "机器报0020000")


@pytest.mark.parametrize("lang, texts", [
    ("zh-hans", ["刷卡机今天一直报0020000", "不知道", "还是不行", "今天是新来的店员开机签的到"]),
    ("en", ["card machine shows 0020000 on every sale today", "no idea", "still the same",
            "the new girl signed in this morning"]),
    ("zh-hant", ["部刷卡機今日一直彈0020000", "唔知", "都係唔得", "今日係新嚟嘅店員開機簽到"]),
])
def test_staff_sign_in_leads_to_the_cashier_sign_in(engine, lang, texts):
    assert "fix_sign_in_as_operator" in _fixes(converse(engine, texts, lang))


# ------------------------------------------------ the card tapped before the amount

@pytest.mark.parametrize("text", [
    "客人都是还没输金额就先拍卡", "客人未入錢就拍咗卡", "they tap before the amount is keyed",
])
def test_a_card_before_the_amount_is_read(engine, text):
    assert "obs_card_before_amount" in _observed(engine, text)


@pytest.mark.parametrize("text", ["我们都是先输金额再让客人拍卡", "我哋先入錢再畀客人拍卡", "we key the amount first, then they tap"])
def test_the_amount_first_is_no_early_tap(engine, text):
    assert "obs_card_before_amount" not in _observed(engine, text)


@pytest.mark.parametrize("lang, texts", [
    ("zh-hant", ["部機成日出0020000 有時得有時唔得", "出事嗰啲都係未入錢就拍咗卡"]),
    ("en", ["terminal gives 0020000 on and off", "the ones that fail, they tapped before the amount was keyed"]),
    ("zh-hans", ["刷卡机时不时报0020000", "出错的那几笔都是还没输金额就先拍卡了"]),
])
def test_an_early_tap_gets_the_amount_first_fix(engine, lang, texts):
    assert "fix_amount_first" in _fixes(converse(engine, texts, lang))


# ------------------------------------------------ a chip card pulled out too soon

@pytest.mark.parametrize("text", [
    "输完密码马上把卡拔出来", "入完密碼好快就抽咗張卡出嚟", "they pull the card out quick as soon as the PIN's in",
])
def test_a_card_pulled_out_quickly_is_read(engine, text):
    assert "obs_card_pulled_early" in _observed(engine, text)


@pytest.mark.parametrize("text", ["等屏幕说请拔卡才拔卡", "等佢話請拔卡先拔", "we leave the card in until it says remove card"])
def test_a_card_left_in_is_not_pulled_early(engine, text):
    assert "obs_card_pulled_early" not in _observed(engine, text)


def test_only_chip_says_little_against_a_card_pulled_early(kb):
    """Only a chip sale needs the card left in: "only the chip fails" is no evidence against
    it (as it is against other operator slips), and half the sales failing points to it."""
    from knowledge.observations import cause_factors

    assert cause_factors(kb, "obs_only_chip").get("op_card_removed_early", 0) >= -1
    assert cause_factors(kb, "obs_some_sales_fail").get("op_card_removed_early", 0) >= 2


@pytest.mark.parametrize("text", [
    "有的能过有的不行 一半一半", "一半能過一半唔得", "half the payments go through, half don't",
])
def test_half_the_sales_failing_is_read(engine, text):
    assert "obs_some_sales_fail" in _observed(engine, text)


@pytest.mark.parametrize("text", ["每一笔都报错", "次次都唔得", "every single sale fails"])
def test_every_sale_failing_is_not_half(engine, text):
    assert "obs_some_sales_fail" not in _observed(engine, text)


@pytest.mark.parametrize("lang, texts", [
    ("en", ["card machine says 0020000, half the payments go through, half don't",
            "the ones who insert the card get it, tapping is fine", "still the same",
            "they punch in the pin and take the card out quick"]),
    ("zh-hans", ["刷卡机报0020000 有的能过有的不行", "插卡的会报 挥卡的都没事", "还是不行",
                 "输完密码马上就把卡拔出来了"]),
    ("zh-hant", ["部機彈0020000 一半能過一半唔得", "插卡嗰啲會出事 拍卡嘅冇問題", "都係唔得",
                 "入完密碼即刻拔卡"]),
])
def test_half_failing_chip_sales_reach_the_card_left_in(engine, lang, texts):
    assert "fix_leave_card_in" in _fixes(converse(engine, texts, lang))


# ------------------------------------------------ "still ... sometimes" is no partial fix

@pytest.mark.parametrize("text", ["did that, still 0020000 sometimes", "弄了 还是时不时报", "試咗 仲係有時出"])
def test_still_failing_now_and_then_is_a_failure(engine, text):
    assert engine.interpreter.outcome(engine.interpreter.plain(text)) == "failed"


@pytest.mark.parametrize("text", ["some cards go through now, some don't", "现在有的卡可以有的不行", "而家有啲卡得有啲唔得"])
def test_some_working_now_is_still_partly(engine, text):
    assert engine.interpreter.outcome(engine.interpreter.plain(text)) == "partly"


# ------------------------------------------------ "what changed?" answered with a thing, no change

@pytest.mark.parametrize("lang, texts", [
    ("en", ["terminal shows 0020000", "no idea", "no", "the wifi's fine, it comes off the office router"]),
    ("zh-hans", ["刷卡机报0020000", "不知道", "不行", "wifi没问题 连的是办公室那个路由器"]),
    ("zh-hant", ["部機彈0020000", "唔知", "唔得", "wifi冇問題 連緊寫字樓嗰部路由器"]),
])
def test_a_router_named_without_a_change_is_no_new_router(engine, lang, texts):
    results = converse(engine, texts, lang)
    answers = [(e["question"], e["answer"]) for e in _events(results, "question_answered")]
    assert ("q_recent_change", "router") not in answers


@pytest.mark.parametrize("lang, texts", [
    ("en", ["terminal shows 0020000", "no idea", "no", "we got a new router last week"]),
    ("zh-hans", ["刷卡机报0020000", "不知道", "不行", "上周换了个新路由器"]),
])
def test_a_new_router_is_still_the_change(engine, lang, texts):
    results = converse(engine, texts, lang)
    assert "obs_router_changed" in _events(results, "observation") or any(
        e.get("observation") == "obs_router_changed" for e in _events(results, "observation"))


# ------------------------------------------------ a slip of one letter only in a short reply

def test_a_long_reply_is_not_read_by_one_letter_slips(engine):
    reader = engine.interpreter
    long = "the terminal sits on a pile of rugs near the till, customers love touching them"
    assert reader.near_answer("q_connection", long) is None


def test_a_short_typo_is_still_read(engine):
    assert engine.interpreter.near_answer("q_entry_method", "contactles") == "tap"


# ------------------------------------------------ the terminal named by its use, and "hang on"

@pytest.mark.parametrize("lang, text", [
    ("en", "our swipe machine at the booth shows 0020000"),
    ("en", "the pin machine gives 0020000 when customers want to pin"),
])
def test_a_swipe_or_pin_machine_is_the_terminal(engine, lang, text):
    results = converse(engine, [text], lang)
    answers = [(e["question"], e["answer"]) for e in _events(results, "question_answered")]
    assert ("q_entry_method", "swipe") not in answers
    assert not [o for o in _events(results, "observation") if o["observation"] in ("obs_only_swipe", "obs_fails_at_pin")]


@pytest.mark.parametrize("text", ["hang on, let me look at the screen", "hold on a sec, it says 0020000"])
def test_hang_on_is_no_frozen_app(engine, text):
    assert "obs_app_frozen" not in _observed(engine, text)


def test_an_app_that_hangs_is_still_frozen(engine):
    assert "obs_app_frozen" in _observed(engine, "the payment app hangs on every sale")


# ------------------------------------------------ a success told as a story

@pytest.mark.parametrize("text", [
    "pressed update, it restarted by itself and now payment accepted",
    "set the clock right and the first customer could pay directly",
])
def test_a_story_ending_in_a_sale_accepted_worked(engine, text):
    reader = engine.interpreter
    assert reader.outcome(reader.plain(text)) == "worked"


@pytest.mark.parametrize("text", ["card not accepted", "the payment was not accepted again"])
def test_not_accepted_is_no_success(engine, text):
    reader = engine.interpreter
    assert reader.outcome(reader.plain(text)) != "worked"


# ------------------------------------------------ the SIM named by where it sits, a far router

@pytest.mark.parametrize("text", ["它用自己肚子里那张卡上网", "佢用機入面嗰張卡上網", "it uses the sim inside it"])
def test_the_sim_inside_is_the_sim(engine, text):
    assert "obs_on_sim" in _observed(engine, text)


@pytest.mark.parametrize("text", ["路由器放在楼上", "路由器喺樓上", "our router sits upstairs in the office"])
def test_a_router_far_away_is_weak_wifi(engine, text):
    assert "obs_wifi_weak" in _observed(engine, text)


@pytest.mark.parametrize("text", ["路由器就在收银台旁边", "the router is right next to the till"])
def test_a_router_by_the_till_is_no_weak_wifi(engine, text):
    assert "obs_wifi_weak" not in _observed(engine, text)
