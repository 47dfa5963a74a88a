"""Replies read in context (lead walkthrough, ninth round): a "don't know" that goes on to say
what they do know."""

from __future__ import annotations

import pytest

from tests.conversation import converse


def _talk(engine, lang, *texts):
    return converse(engine, texts, lang)[-1]


@pytest.mark.parametrize("lang,reply", [
    ("zh-hans", "不知道 就是输完金额按确定就跳出来"),
    ("zh-hans", "不清楚啊，输完金额就报了"),
    ("en", "idk, after i key in the amount"),
    ("en", "no idea, it comes when i press enter after the amount"),
])
def test_dont_know_then_the_step_answers_the_step(engine, lang, reply):
    """Asked when the code shows, "don't know" first and then the step: the step counts."""
    result = _talk(engine, lang, "0020000", reply)
    answered = [e.data["question"] for e in result.events if e.name == "question_answered"]
    asked = [e.data["question"] for e in result.events if e.name == "question_asked"]
    assert "q_sale_stage" in answered and "q_sale_stage" not in asked, result.events


@pytest.mark.parametrize("lang,reply", [("zh-hans", "不知道"), ("en", "dunno"), ("zh-hans", "唔知")])
def test_a_bare_dont_know_skips_to_the_questions(engine, lang, reply):
    result = _talk(engine, lang, "0020000", reply)
    assert result.session["state"] == "diagnosing"
    assert not [e for e in result.events if e.name in ("details", "question_answered")], result.events


@pytest.mark.parametrize("text", ["不知道", "不知道啊 我也不懂 反正刷不了", "我不清楚", "i dont know"])
def test_dont_know_answers_no_question_by_echoing_it(engine, text):
    """"不知道" shares 知 with "通知过…吗" (has the acquirer told you…?): no "no" to it."""
    assert engine.interpreter.volunteered(text, {"q_host_changed", "q_recent_change"}) == {}


@pytest.mark.parametrize("lang,text", [
    ("en", "ok just get me someone"), ("en", "pls someone help"), ("en", "need a technician"),
    ("en", "can i talk to ur boss"), ("en", "ring me pls"), ("zh-hans", "给我打电话"),
    ("zh-hans", "我要投诉"), ("zh-hans", "叫你们经理来"),
])
def test_a_person_asked_for_in_busy_words_is_a_handoff(engine, lang, text):
    opening, failed = (("every card declined since 10am", "still same") if lang == "en"
                       else ("所有卡都刷不了", "还是不行"))
    assert _talk(engine, lang, opening, failed, text).session["state"] == "handoff"


@pytest.mark.parametrize("text", ["ok found it, works now. thanks boss", "i will call back later if it happens again"])
def test_thanks_boss_or_calling_back_is_no_request_for_a_person(engine, text):
    assert not engine.interpreter.wants_person(text)


# "Keeps failing" with nothing of how: the faults named by one attribute (dust, dial-up, a
# timeout, an update, sign-in, settlement, midnight, a payout, a void…) need their own word.
@pytest.mark.parametrize("text", [
    "收银机刷卡老是失败 都三天了", "刷卡一直失败", "交易一直失败", "付款一直不行", "收款一直出错",
    "读卡一直失败", "pos刷卡一直失败", "the reader keeps failing", "transactions keeps failing",
    "the terminal fails every time", "payments fails every time",
])
def test_keeps_failing_names_no_fault_of_one_attribute(recogniser, text):
    result = recogniser.recognise(text)
    assert result.decision != "confident", result


@pytest.mark.parametrize("text,symptom", [
    ("工地灰大 刷卡老是失败", "s_dusty"), ("升级一直失败", "s_update_failed"),
    ("签到一直失败", "s_signin_fail"), ("每天晚上结算都失败", "s_settle_fail"),
    ("jiesuan bu liao", "s_settle_fail"), ("void keeps failing", "s_void_fail"),
])
def test_the_attribute_said_keeps_its_fault(recogniser, text, symptom):
    assert recogniser.recognise(text).symptom == symptom


@pytest.mark.parametrize("lang,text", [
    ("zh-hans", "交易不成功"), ("zh-hans", "交易总是不成功"), ("en", "payment not successful"),
    ("en", "payment was not approved"), ("zh-hant", "交易唔成功"),
])
def test_success_denied_is_no_success(engine, lang, text):
    """"交易不成功" offered "00 交易成功"; "payment was not approved" was told 00 means approved."""
    result = _talk(engine, lang, text)
    said = " ".join(r.text + " ".join(b.label for b in r.buttons) for r in result.replies)
    assert result.session["state"] not in ("explained", "rating", "closed"), said
    assert "00" not in said and "成功" not in said.replace("不成功", "") and "approved" not in said, said


@pytest.mark.parametrize("text,plain", [("sale unsuccessful", "sale failed"), ("same same", "same same"),
                                        ("mei you", "没有"), ("haishi buxing", "还是不行")])
def test_an_english_word_of_the_phrases_is_not_read_as_pinyin(engine, text, plain):
    """"sale" split as sa-le was 撒了 (spilled): a wet terminal, dried out as the first fix."""
    assert engine.interpreter.plain(text) == plain


@pytest.mark.parametrize("lang,text", [
    ("zh-hans", "还是一直失败"), ("zh-hans", "试过了还是交易失败"), ("zh-hans", "还是没有成功"),
    ("en", "same thing, keeps failing"), ("en", "nope still not approved"), ("en", "still failing every time"),
])
def test_still_failing_to_a_question_is_said_back_not_misunderstood(engine, lang, text):
    """"还是一直失败" to "which step does it fail at?" is how things stand: no "didn't catch
    that", and no made-up answer (it was "拨号失败", "Haven't tried", "也读不了")."""
    # (the Chinese opening names the step of the sale, so its question comes at once)
    steps = ("刷卡报0020000",) if lang == "zh-hans" else ("terminal shows 0020000", "skip")
    result = _talk(engine, lang, *steps, text)
    names = [e.name for e in result.events]
    assert "still_failing" in names and "reask" not in names and "question_answered" not in names, names
    assert result.session["state"] == "diagnosing"


def test_still_failing_twice_skips_the_question(engine):
    result = _talk(engine, "en", "terminal shows 0020000", "skip", "still failing", "same thing, keeps failing")
    answered = [e.data for e in result.events if e.name == "question_answered"]
    assert answered and answered[0]["answer"] == "?", result.events


@pytest.mark.parametrize("lang,skip", [("zh-hans", "跳过"), ("en", "skip"), ("en", "next question")])
def test_skip_typed_at_a_question_skips_it(engine, lang, skip):
    """跳过 has the 跳 of 跳出来 (an error popping up) but is no failure, and no message we
    cannot read: the question is skipped, as with the button."""
    result = _talk(engine, lang, "刷卡报0020000", skip)
    names = [e.name for e in result.events]
    assert "still_failing" not in names and "reask" not in names, names
    assert [e.data["answer"] for e in result.events if e.name == "question_answered"][:1] == ["?"]


@pytest.mark.parametrize("lang,opening,reply", [
    ("en", "receipts coming out blank", "ok flipped it, printing fine now thanks!!"),
    ("zh-hans", "小票打出来是白的", "翻过来了 打印正常了"),
    ("en", "no signal on terminal", "full bars now"),
])
def test_the_faulty_part_working_now_is_the_fix_working(engine, lang, opening, reply):
    """It was "Noted: Printing works" and "does it work now?" again."""
    result = _talk(engine, lang, opening, reply)
    assert "resolved" in [e.name for e in result.events], result.events


@pytest.mark.parametrize("lang,opening,reply", [
    ("en", "receipts coming out blank", "printer is fine, the problem is the card reader"),
    ("zh-hans", "小票打出来是白的", "打印机没问题啊"),
])
def test_the_part_said_fine_without_now_is_no_fix_outcome(engine, lang, opening, reply):
    assert "resolved" not in [e.name for e in _talk(engine, lang, opening, reply).events]


@pytest.mark.parametrize("text", ["我問問隔籬舖先", "我去问问隔壁", "i will check with the shop next door",
                                  "问问隔壁是不是一样", "隔壁是不是也这样"])
def test_asking_the_neighbours_states_nothing_about_them(engine, text):
    """"I'll ask next door" was "other shops fail too" (a host outage, decisively)."""
    reader = engine.interpreter
    assert not {"obs_neighbours_down", "obs_only_mine"} & set(reader.observed(reader.plain(text)))


@pytest.mark.parametrize("text", ["隔籬都係咁喎", "隔壁也是这样", "other shops in the mall also down",
                                  "the shop next door has the same problem"])
def test_the_neighbours_failing_too_is_still_read(engine, text):
    reader = engine.interpreter
    assert "obs_neighbours_down" in reader.observed(reader.plain(text))


@pytest.mark.parametrize("text", ["paper dey inside", "paper is inside", "the paper is there"])
def test_paper_inside_is_paper_loaded(engine, text):
    reader = engine.interpreter
    assert "obs_paper_loaded" in reader.observed(reader.plain(text))


def test_taiwan_network_cable_is_the_cable(engine):
    """網路線 (OpenCC: 网络线) was not read: "用網路線的" during a fix was "didn't catch that"."""
    reader = engine.interpreter
    assert "obs_on_ethernet" in reader.observed(reader.plain("用網路線的"))


@pytest.mark.parametrize("text", ["刷卡一直顯示連線失敗", "一直显示连接失败"])
def test_showing_connection_failed_is_no_spinning_timeout(engine, text):
    reader = engine.interpreter
    assert "obs_timeout" not in reader.observed(reader.plain(text))


def test_unplugged_and_replugged_is_the_cables_reseated(engine):
    """Not offered next as "push all cables in firmly"."""
    result = _talk(engine, None, "刷卡一直顯示連線失敗", "用網路線的", "線我拔掉重插了 還是一樣")
    suggested = [e.data["fix"] for e in result.events if e.name == "fix_suggested"]
    assert "fix_reseat_cables" not in suggested


@pytest.mark.parametrize("text", ["你們這什麼爛機器 每天都在壞", "你们这破机器怎么天天坏", "this stupid machine always broken"])
def test_anger_at_the_terminal_naming_no_fault_is_vague(recogniser, text):
    """It offered "invalid merchant / communication failure / settlement" as the choices."""
    assert recogniser.recognise(text).intent == "vague"


@pytest.mark.parametrize("text,code", [("stupid machine keeps showing 51", "51"), ("破机器又显示余额不足", "51")])
def test_anger_beside_a_code_keeps_the_code(recogniser, text, code):
    assert recogniser.recognise(text).code == code


@pytest.mark.parametrize("text,question,answer", [("it finished the update fine", "q_connection", None),
                                                  ("wifii", "q_connection", "wifi"),
                                                  ("using mobile date", "q_connection", "sim"),
                                                  ("contactles", "q_entry_method", "tap")])
def test_a_known_english_word_is_no_typo_of_an_answer(engine, text, question, answer):
    """"fine" was a typo of "line" (phone line): "it finished the update fine" answered dial-up.
    A known word that keeps the first letter may still be a slip ("date" for "data")."""
    assert engine.interpreter.near_answer(question, text) == answer


@pytest.mark.parametrize("text,outcome", [
    ("ok i remove the points app and now payment working again, thank you so much", "worked"),
    ("I take alcohol and a little paper in the slot like you say, now is reading the swipe. Gracias amigo", "worked"),
    ("now payment not working", "failed"), ("now it didn't work", "failed"),
])
def test_a_word_ending_in_nt_negates_nothing(engine, text, outcome):
    """"payment" ends in nt as "didnt" does: "now payment working again" was read as "not working"."""
    assert engine.interpreter.outcome(text) == outcome


@pytest.mark.parametrize("text", ["有客人用手機感應付款一直不行 嗶不到 實體卡都可以", "收款一直失败"])
def test_a_payout_needs_the_money_or_its_arrival_named(recogniser, text):
    """"嗶不到" (the phone's tap does not beep) has the 不到 of "没到账": it was "funds not
    arrived" and a handoff at once."""
    assert recogniser.recognise(text).symptom != "s_funds_not_arrived"


def test_money_not_arrived_is_still_a_payout(recogniser):
    assert recogniser.recognise("钱几天都没到").symptom == "s_funds_not_arrived"


@pytest.mark.parametrize("text", ["nobody changed the router", "noone changed the wifi password"])
def test_nobody_negates(engine, text):
    """"nobody changed the router" was "the router was changed"."""
    reader = engine.interpreter
    assert "obs_router_changed" not in reader.observed(reader.plain(text))


@pytest.mark.parametrize("text,outcome", [
    ("现在不用重启也好了", "worked"), ("现在不知道为什么又好了", "worked"),
    ("现在还没完全好了", "failed"), ("现在还是刷不到了", "failed"),
    ("now no problem", "worked"), ("no error anymore", "worked"),
])
def test_a_chinese_negation_in_a_gap_turns_it_round_only_near_its_end(engine, text, outcome):
    """"现在不用重启也好了" (fine now, without even a restart) was read as "not fixed"."""
    assert engine.interpreter.outcome(text) == outcome


@pytest.mark.parametrize("lang,text", [
    ("en", "card machine says declined but customer bank app shows money deducted"),
    ("zh-hans", "刷卡被拒 客人说钱扣了"),
])
def test_a_refusal_with_the_customer_charged_is_a_sale_to_check(engine, lang, text):
    """It was "Customer's card declined: ask for another card", which charges them twice."""
    result = _talk(engine, lang, text)
    suggested = [e.data["fix"] for e in result.events if e.name == "fix_suggested"]
    assert "fix_ask_other_card" not in suggested and suggested[:1] == ["fix_check_reversal"], result.events


def test_a_refusal_alone_is_still_the_card(engine):
    result = _talk(engine, "en", "customer card declined")
    assert [e.data["fix"] for e in result.events if e.name == "fix_suggested"][:1] == ["fix_ask_other_card"]


def test_how_old_the_terminal_is_is_no_step_done(engine):
    """"用了三年了" (three years in use) during the charging fix was "now try a sale"."""
    assert not engine.interpreter.did_step("用了三年了", "fix_charge_battery")


def test_changed_it_is_the_step_done(engine):
    """"换了" during "load a new paper roll" was "didn't catch that"."""
    assert engine.interpreter.did_step("换了", "fix_load_paper")
