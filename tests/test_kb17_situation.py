"""Ninth round (kb17): what a support agent asks about a code of many causes (0020000): the
power source, the place and the weather, the sale itself; the facts a merchant tells about
them, and the policy that follows. Sentences written for these tests, not taken from any
evaluation set or from the knowledge base."""

import pytest

from dialogs import diagnosis
from tests.conversation import converse


# -- facts read as merchants type them ---------------------------------------------------------
FACTS = [
    # the power source
    ("摊位上没有插座，机器全靠电池撑着", "obs_battery_low"),
    ("we have no socket at the stall so it runs on battery all day", "obs_battery_low"),
    ("原来那个充电器搬店的时候丢了", "obs_wrong_charger"),
    ("we lost the adapter it came with and use a random charger now", "obs_wrong_charger"),
    ("它跟两个电暖器插在同一个插线板上", "obs_shared_power"),
    ("it sits on the same power strip as the heaters", "obs_shared_power"),
    ("早上开门的时候好好的，用了几个小时就开始报", "obs_worse_later"),
    ("works fine at first, then after a couple of hours it starts failing", "obs_worse_later"),
    # the place
    ("服务员拿到包间里刷就不行，在前台刷就没事", "obs_fails_away_from_counter"),
    ("fine at the counter but it fails when we take it to the table", "obs_fails_away_from_counter"),
    ("机器的信号格一会儿有一会儿没", "obs_weak_signal"),
    ("the bars on the terminal come and go all day", "obs_weak_signal"),
    ("机器从车上的支架飞下来了", "obs_dropped_moved"),
    ("it flew off the dashboard holder when I braked", "obs_dropped_moved"),
    # the sale itself
    ("退房的时候做预授权完成，金额比预授权多", "obs_preauth_over"),
    ("I'm completing the pre-auth for more than the hold", "obs_preauth_over"),
    ("顾客拿着别的分店买的小票来退货", "obs_original_elsewhere"),
    ("屏幕下面一行写着原交易不存在", "obs_original_elsewhere"),
    ("trying to refund something bought at our other branch", "obs_original_elsewhere"),
    ("收银员看它转圈太久就按了取消键", "obs_cancel_pressed"),
    ("the cashier hits cancel while it is still connecting", "obs_cancel_pressed"),
    ("店员一急就出这个错", "obs_in_a_hurry"),
    ("it only happens when the staff rush", "obs_in_a_hurry"),
    ("the new girl takes it out fast once the PIN is in", "obs_card_pulled_early"),
    # storage filled with photos
    ("平时用它拍商品照片 拍了几千张", "obs_storage_full"),
    ("there are thousands of photos on it from the shop's instagram", "obs_storage_full"),
    # a dial-up line in use
    ("家里人一打电话，机器就显示占线", "obs_line_busy"),
    ("it says line busy whenever someone is on the phone", "obs_line_busy"),
]


@pytest.mark.parametrize("text,obs", FACTS)
def test_fact_is_read(engine, text, obs):
    assert obs in engine.interpreter.observed(text)


NOT_FACTS = [
    # a hair dryer's cool air used to clean the slot is not the weather, nor a shared socket
    ("用吹风机的冷风把卡槽吹干净了", ("obs_cold", "obs_shared_power")),
    # the terminal's bars that come and go are not "the signal is full"
    ("信号格一会儿有一会儿没有", ("obs_full_signal",)),
    # a busy afternoon is the rush, not the afternoon sun
    ("下午人多的时候就容易出", ("obs_certain_hours",)),
]


@pytest.mark.parametrize("text,wrong", NOT_FACTS)
def test_look_alike_is_not_read_as_the_fact(engine, text, wrong):
    found = engine.interpreter.observed(text)
    assert not set(wrong) & set(found), found


# -- the situation questions: only for a code of many causes ------------------------------------
def test_situation_questions_are_asked_only_for_a_code_of_many_causes(kb):
    situation = [q for q in kb.questions.values() if q.situation]
    assert {q.id for q in situation} >= {"q_power_source", "q_place", "q_sale_steps"}
    for q in situation:
        assert not diagnosis._askable(q, [], (), False, True, spans=False)
        assert diagnosis._askable(q, [], (), False, True, spans=True)


def test_every_new_cause_of_0020000_has_a_telling_fact_and_a_shop_owner_fix(kb):
    from knowledge.observations import cause_factors

    code = kb.code("0020000")
    for cause in ("hw_battery_low", "hw_weak_charger", "hw_sim_not_seated",
                  "op_refund_other_terminal", "op_preauth_over", "op_cancel_while_sending"):
        assert cause in code.causes
        assert any(cause_factors(kb, o).get(cause, 0) == 3 for o in kb.observations), cause
        fixes = diagnosis.merchant_fixes(kb, cause)
        assert fixes and not kb.causes[cause].needs_human, cause
        steps = kb.fixes[fixes[0]].steps
        assert len(steps.zh) == len(steps.en) >= 3


# -- a fact told after a failed fix leads to its cause's remedy --------------------------------
def test_fresh_decisive_fact_leads_to_its_remedy(kb):
    candidates = {"net_no_signal": 0.10, "sw_outdated_firmware": 0.08, "env_overheat": 0.05,
                  "hw_cable_loose": 0.05}
    lead = diagnosis.fresh_lead(kb, candidates, ["obs_old_version"], tried=[])
    assert lead == (diagnosis.merchant_fixes(kb, "sw_outdated_firmware")[0], "sw_outdated_firmware")
    # already tried, or far behind the leader: no lead
    assert diagnosis.fresh_lead(kb, candidates, ["obs_old_version"], tried=[lead[0]]) is None
    far = {**candidates, "sw_outdated_firmware": 0.01}
    assert diagnosis.fresh_lead(kb, far, ["obs_old_version"], tried=[]) is None


def test_fresh_lead_waits_for_the_way_online(kb):
    """A new router points to the Wi-Fi password, but on the cable there is none: the way
    online is asked first, unless it is known."""
    candidates = {"net_wrong_wifi_password": 0.3, "net_wifi_down": 0.2, "hw_cable_loose": 0.1}
    assert diagnosis.fresh_lead(kb, candidates, ["obs_router_changed"], tried=[]) is None
    lead = diagnosis.fresh_lead(kb, candidates, ["obs_router_changed"], tried=[],
                                noted=["obs_on_wifi"])
    assert lead and lead[1] == "net_wrong_wifi_password"


def _talk(engine, lines, lang="zh-hans"):
    """(last session, every turn's events as (name, data) pairs)."""
    results = converse(engine, lines, lang)
    return results[-1].session, [[(e.name, e.data) for e in r.events] for r in results]


def test_after_failed_fixes_the_update_prompt_told_leads_to_the_update(engine):
    session, events = _talk(engine, [
        "0020000", "跳过", "不清楚", "试了 还是不行",
        "对了 开机老是跳出来说有新版本 我们一直点以后再说"])
    assert ("fix_suggested", {"fix": "fix_update_app", "cause": "sw_outdated_firmware"}) in [
        (n, {k: d.get(k) for k in ("fix", "cause")}) for n, d in events[-1]], events[-1]


def test_named_fault_gets_no_situation_question(engine):
    session, events = _talk(engine, ["晚上结算的时候提示结算不平"])
    asked = [d.get("question") for turn in events for n, d in turn if n == "question_asked"]
    assert not {"q_place", "q_power_source", "q_sale_steps"} & set(asked)
