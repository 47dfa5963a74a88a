"""dlg83: what the twenty-fifth round's walks found at a fix, each a class of merchant language with
sentences of our own in zh, zh-hant (Cantonese) and en (none copied from an eval file), and
near-misses that keep their old reading."""

import pytest

from tests.conversation import converse, reply_after
from tests.tables import events

# A network fix pending: the Wi-Fi reconnect (en), the router restart (zh, zh-hant).
AT_A_FIX = {
    "en": ["terminal says no connection", "wifi"],
    "zh-hans": ["刷卡机连不上网", "wifi"],
    "zh-hant": ["部機上唔到網", "wifi"],
}


def _at_fix(engine, lang, reply):
    session, result = reply_after(engine, AT_A_FIX[lang], reply, lang)
    assert session["state"] == "fixing", session["state"]
    return [e.name for e in result.events], result


# -- 1. a question back at a fix: the step explained again, the outcome still awaited ------------

QUESTIONS_BACK = [
    ("en", "is that the round button?"),
    ("en", "the green key or the red one?"),
    ("en", "is it the button on the side?"),
    ("en", "hold it for how long"),
    ("en", "the one with the gear icon?"),
    ("en", "wich button u mean"),
    ("en", "the big round one?"),
    ("en", "do you mean the power key"),
    ("zh-hant", "邊個掣呀"),
    ("zh-hant", "撳邊粒"),
    ("zh-hant", "要撳幾耐"),
    ("zh-hant", "係咪側邊嗰粒掣"),
    ("zh-hant", "係咪嗰個圓形嘅掣"),
    ("zh-hans", "哪个按钮啊"),
    ("zh-hans", "拔哪根线"),
    ("zh-hans", "要按多久"),
    ("zh-hans", "圆的那个按钮吗"),
]


@pytest.mark.parametrize("lang, reply", QUESTIONS_BACK)
def test_a_question_back_at_a_fix_is_answered_not_a_verdict(engine, lang, reply):
    names, result = _at_fix(engine, lang, reply)
    assert "explain_step" in names, names
    assert "fix_outcome" not in names and "not_understood" not in names, names
    assert result.session["state"] == "fixing"


# -- 2. the step beyond them: explained again (then a person), not a failed fix -----------------

CANNOT = [
    ("zh-hant", "我唔識撳喎"),
    ("zh-hant", "唔識整"),
    ("zh-hant", "我唔會弄"),
    ("zh-hans", "我不会按"),
    ("zh-hans", "不会弄"),
    ("zh-hans", "这个我弄不了"),
    ("zh-hans", "我不懂怎么弄"),
    ("en", "dunno how to do that"),
    ("en", "i cant do that myself"),
    ("en", "no clue how"),
]


@pytest.mark.parametrize("lang, reply", CANNOT)
def test_cannot_do_the_step_is_no_failed_fix(engine, lang, reply):
    names, _ = _at_fix(engine, lang, reply)
    assert "fix_outcome" not in names, names
    assert "explain_step" in names, names


# -- 3. a count of part is partly, not a success -------------------------------------------------

PART_COUNTED = [
    ("en", "yeah most of them, maybe 3 out of 4"),
    ("en", "about half of them work now"),
    ("en", "9 out of 10 ok"),
    ("en", "mostly, 2 of 3 went"),
    ("en", "most cards ok now but a few still fail"),
    ("zh-hans", "十张里面有八张能过"),
    ("zh-hans", "五张过了四张"),
    ("zh-hans", "大部分可以了 还有一两张不行"),
    ("zh-hant", "多數得咗 仲有啲唔得"),
    ("zh-hant", "大部份都得"),
]


@pytest.mark.parametrize("lang, reply", PART_COUNTED)
def test_a_count_of_part_is_partly(engine, lang, reply):
    names, result = _at_fix(engine, lang, reply)
    outcomes = events([result], "fix_outcome")
    assert outcomes and outcomes[0]["partly"] and not outcomes[0]["worked"], names
    assert "resolved" not in names


@pytest.mark.parametrize("lang, reply", [
    ("en", "all of them go through now"),
    ("en", "5 out of 5 went through"),
    ("zh-hans", "十张都过了"),
    ("zh-hant", "全部都得咗"),
])
def test_every_one_through_is_still_a_success(engine, lang, reply):
    names, _ = _at_fix(engine, lang, reply)
    assert "resolved" in names, names


# -- 4. something else fine on the same network: a fact, not the step's verdict ------------------

ELSEWHERE_FINE = [
    ("zh-hant", "隔離鋪同一個網 佢哋冇事"),
    ("zh-hant", "我手機連同一個wifi都上到網"),
    ("zh-hans", "旁边店跟我们共用一个wifi 他们好好的"),
    ("zh-hans", "同一个wifi 我手机上网正常"),
    ("zh-hans", "隔壁也用这个网 都正常"),
    ("en", "next door is on the same wifi and they're fine"),
    ("en", "the shop beside us shares our wifi, no problems there"),
    ("en", "my phone is on the same wifi and works"),
]


@pytest.mark.parametrize("lang, reply", ELSEWHERE_FINE)
def test_the_network_fine_elsewhere_is_a_fact_not_a_verdict(engine, lang, reply):
    names, result = _at_fix(engine, lang, reply)
    assert "fix_outcome" not in names and "resolved" not in names, names
    assert "obs_network_fine" in [d["observation"] for d in events([result], "observation")], names
    if lang != "en":  # the router restart is pointless when the network works: the next step
        assert "fix_withdrawn" in names, names


@pytest.mark.parametrize("lang, reply", [
    ("zh-hans", "重启路由器以后 我这台能刷了 隔壁也正常"),
    ("en", "router restarted, my terminal works now"),
    ("zh-hans", "试了 还是不行"),
])
def test_our_own_verdict_beside_it_still_counts(engine, lang, reply):
    names, _ = _at_fix(engine, lang, reply)
    assert "fix_outcome" in names, names


# -- 5. the socket has power, to "which of these?": the power option, by the step done -----------

SOCKET_HAS_POWER = [
    ("zh-hant", "部機今朝開唔到", "個插座有電"),
    ("zh-hant", "部機今朝開唔到", "插座係有電嘅"),
    ("zh-hant", "部機今朝開唔到", "拖板有電㗎"),
    ("zh-hant", "部機今朝開唔到", "插座有电的"),
    ("zh-hant", "部機今朝開唔到", "插板有电"),
    ("en", "the terminal wont start", "the plug point is fine"),
    ("en", "the terminal wont start", "power point is working"),
    ("en", "the terminal wont start", "socket works, checked with a lamp"),
]


@pytest.mark.parametrize("lang, opening, reply", SOCKET_HAS_POWER)
def test_socket_has_power_chooses_the_power_option(engine, lang, opening, reply):
    results = converse(engine, [opening, reply], lang)
    assert events(results[:1], "clarify_offered"), [e.name for e in results[0].events]
    clarified = events(results[-1:], "clarified")
    assert clarified and clarified[0]["by"] == "tried", [e.name for e in results[-1].events]
    assert "fix_check_power_supply" in [d["fix"] for d in events(results[-1:], "already_tried")]
    assert "fix_restart_terminal" not in [d["fix"] for d in events(results[-1:], "fix_suggested")]


# -- 6. the fault back after the rating: the step that worked recalled ---------------------------

RELAPSE = [
    ("zh-hant", "拍卡冇反應", "好咗", "又唔得啦"),
    ("zh-hant", "拍卡冇反應", "好咗", "又係咁 拍卡又冇反應"),
    ("zh-hans", "挥卡没反应", "好了", "又不行了"),
    ("zh-hans", "挥卡没反应", "好了", "唉 又来了"),
    ("zh-hans", "挥卡没反应", "好了", "又坏了"),
    ("en", "tap not working on my terminal", "fixed", "its not working again"),
    ("en", "tap not working on my terminal", "fixed", "same problem again"),
    ("en", "tap not working on my terminal", "fixed", "back to not working"),
]


@pytest.mark.parametrize("lang, opening, fixed, back", RELAPSE)
def test_the_fault_back_after_the_rating_recalls_the_step(engine, lang, opening, fixed, back):
    results = converse(engine, [opening, fixed, "5", back], lang)
    assert events(results[1:2], "resolved"), [e.name for e in results[1].events]
    worked = events(results[1:2], "resolved")[0]["fix"]
    assert [d["fix"] for d in events(results[-1:], "reopened")] == [worked], [e.name for e in results[-1].events]


@pytest.mark.parametrize("lang, opening, fixed, other", [
    ("zh-hant", "拍卡冇反應", "好咗", "打印唔到"),
    ("en", "tap not working on my terminal", "fixed", "ok thanks"),
])
def test_after_the_rating_other_messages_reopen_nothing(engine, lang, opening, fixed, other):
    results = converse(engine, [opening, fixed, "5", other], lang)
    assert not events(results[-1:], "reopened")
