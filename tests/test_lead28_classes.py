"""Round twenty-eight's lead classes, each with its near misses. Sentences written for these tests,
not taken from any eval file.

- A code not remembered, told by its tens ("六十几", "五十多", "sixty-something", "fifty odd"), was
  read as the round number (60, 50): a code that exists and means something else. It is no code;
  the one said after it ("好像六十四", "maybe 64") is the code. A round tens told plainly ("报六十",
  "code sixty") keeps its reading.
- Found walking: "路由器也重启了 没用" at a "switch to another network" step was noted as "the
  router was changed": the step's English title ("Switch to another network") lent its verb (换了)
  to a Chinese message. A state said after a step takes its subject from the step's title in the
  message's own language only.
- Found walking: "刚才我老公说他把wifi密码改了" was noted as "the communication settings were
  changed" (a person changed something) beside "the Wi-Fi password was changed": a person who
  changed the router or its password is the router changed.
- Found walking: "ok just put me to someone", "transfer me pls" and "帮我转给客服吧" during a
  question were not understood; they ask for a person.
- Found walking: "all of them, every chip card" at a chip-only fix was not understood, and the bot
  later asked whether other customers' cards go through: every card of the way that fails is
  every card.
- Found walking: "找到了 退好了" after the refund how-to was answered "now try a sale": a procedure
  asked for (void, refund, reprint: fixes.yaml `done_is_solved`) told done is the task done.
- Found walking: "customer wants a copy of yesterdays receipt" and "客人要昨天的小票 怎么补打" went to
  the printer's paper: an earlier day's slip named is a copy wanted. (Left: "之前的小票还能打出来吗
  客人要" is still not read, and in English a question clause with "print" in it still voids the
  fact: "customer wants a copy of yesterdays receipt how do i print it".)
- Found walking: "得喇 佢用八達通俾咗" after the answer to a 51 was not understood: a local wallet
  named (Octopus, FPS, GCash, M-Pesa, PayNow) is the payment taken another way.
"""

import pytest

from tests.conversation import converse
from tests.tables import events

ROUGH_THEN_CODE = [
    ("部分退款报了个六十几 好像是六十四", "64"), ("显示五十几 应该是五十一 客人说有钱", "51"),
    ("报个九十多的 我看是九十六", "96"), ("partial refund gave sixty something, maybe 64", "64"),
    ("error fifty odd, i think 51", "51"), ("code was ninety-something, 96 maybe", "96"),
    ("退货出个六十多的码 好像六十一", "61"), ("it said fortyish no wait 41", "41"),
]
ROUGH_ONLY = ["报了个六十几 记不清了", "显示五十多 没看清", "九十几的码 一闪就没了", "code was sixty something, didnt catch it",
              "error fifty odd i forget", "some code in the nineties", "屏幕上六十来个字"]
ROUND_TENS = [("报六十", "60"), ("机器显示九十", "90"), ("code sixty please help", "60")]


@pytest.mark.parametrize("text, code", ROUGH_THEN_CODE)
def test_a_rough_tens_then_the_code_reads_the_code(recogniser, text, code):
    assert recogniser.recognise(text).code == code, text


@pytest.mark.parametrize("text", ROUGH_ONLY)
def test_a_rough_tens_alone_is_no_round_code(recogniser, text):
    got = recogniser.recognise(text).code
    assert got not in {"60", "50", "90", "40"}, (text, got)


@pytest.mark.parametrize("text, code", ROUND_TENS)
def test_a_round_tens_told_plainly_stays_a_code(recogniser, text, code):
    assert recogniser.recognise(text).code == code, text


NETWORK_STEP = ["老板 机器一直说通讯失败 急", "用的店里wifi", "手机连wifi能上网啊"]


@pytest.mark.parametrize("text", ["路由器也重启了 没用", "路由器重启过了 还是不行", "猫也重启了 没用"])
def test_a_router_restart_told_at_another_step_is_no_router_changed(engine, text):
    results = converse(engine, [*NETWORK_STEP, text], "zh-hans")
    assert results[2].session["facts"]["fix"] == "fix_switch_network", "the scene: switching networks pending"
    noted = [e["observation"] for e in events(results[3:], "observation")]
    assert "obs_router_changed" not in noted, (text, noted)


@pytest.mark.parametrize("text, observed", [
    ("刚刚我老公说他把wifi密码改了", "obs_router_changed"), ("我儿子把wifi密码改了", "obs_router_changed"),
    ("my husband changed the wifi password", "obs_router_changed"),
    ("my son changed the router password last night", "obs_router_changed"),
    ("我儿子乱改了机器的设置", "obs_settings_changed"), ("someone changed the settings on it", "obs_settings_changed")])
def test_a_person_who_changed_the_wifi_password_changed_the_router_not_the_settings(engine, text, observed):
    found = engine.interpreter.observed(text)
    assert observed in found, (text, found)
    if observed == "obs_router_changed":
        assert "obs_settings_changed" not in found, (text, found)


@pytest.mark.parametrize("lang, text", [
    ("en", "ok just put me to someone"), ("en", "put me onto someone"), ("en", "transfer me pls"),
    ("en", "can you pass me to someone"), ("en", "just connect me to someone please"),
    ("en", "hand me over to a person"), ("zh-hans", "帮我转给客服吧"), ("zh-hans", "算了 转接人工"),
    ("zh-hant", "轉俾人工啦")])
def test_asking_to_be_passed_on_hands_over(engine, lang, text):
    opening = "hey card machine wont take chip cards, tap is ok" if lang == "en" else "插卡读不了 挥卡可以"
    results = converse(engine, [opening, text], lang)
    assert events(results[1:], "handoff"), (text, [r.text for r in results[1].replies])


@pytest.mark.parametrize("text", ["all of them, every chip card", "every chip card", "all chip cards mate",
                                  "all the chip ones", "所有芯片卡都不行", "每张芯片卡都这样"])
def test_every_card_of_the_failing_way_is_every_card(engine, text):
    assert "obs_every_card" in engine.interpreter.observed(text), text


# Found walking: "找到了 退好了" after the refund how-to was read as the step done and answered "now
# try a sale": a procedure the merchant asked how to do (void, refund, reprint; fixes.yaml
# `done_is_solved`) told done is the task done. Its failure, a question about it, or its error
# stay what they were.
REFUND_HOW = {"zh-hans": "昨天刷错了金额 多刷了一百 怎么退给客人", "en": "need to refund a customer for yesterday, how"}


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "找到了 退好了"), ("zh-hans", "退完了"), ("zh-hans", "已经退了"), ("zh-hans", "退款成功"),
    ("zh-hans", "好了 退给客人了"), ("zh-hant", "退咗喇"), ("en", "ok refunded him"), ("en", "did the refund, all good"),
    ("en", "refund went through thanks"), ("en", "found it and refunded it")])
def test_a_procedure_told_done_is_the_task_done(engine, lang, text):
    opening = REFUND_HOW["en" if lang == "en" else "zh-hans"]
    results = converse(engine, [opening, text], lang)
    assert results[0].session["facts"]["fix"] == "fix_refund_procedure", "the scene: the refund how-to"
    assert events(results[1:], "resolved"), (text, [r.text for r in results[1].replies])


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "按了退货 它说没有原始交易"), ("zh-hans", "退款失败"), ("zh-hans", "退了 还是不行"), ("zh-hans", "退了吗？"),
    ("zh-hans", "退货那里要输什么"), ("en", "refund failed, says no original"), ("en", "tried the refund, didnt work")])
def test_a_procedure_failed_or_asked_about_is_not_done(engine, lang, text):
    opening = REFUND_HOW["en" if lang == "en" else "zh-hans"]
    results = converse(engine, [opening, text], lang)
    assert not events(results[1:], "resolved"), text


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "客人要昨天的小票 怎么补打"), ("zh-hans", "有个客人要上周的小票报销"),
    ("en", "customer needs yesterdays receipt again"), ("en", "lady lost her receipt from last week, needs another copy"),
    ("en", "can i print another copy for a customer, its from monday")])
def test_an_earlier_days_receipt_wanted_is_the_reprint_not_the_printer(engine, lang, text):
    assert "obs_receipt_copy_wanted" in engine.interpreter.observed(text), text


# Found walking: "得喇 佢用八達通俾咗" after the answer to a 51 was not understood: the customer paid
# with a local wallet named (Octopus, GCash, M-Pesa, PayNow ...), the payment taken another way.
@pytest.mark.parametrize("lang, text", [
    ("zh-hant", "得喇 佢用八達通俾咗"), ("zh-hant", "佢轉數快俾咗"), ("zh-hans", "算了 改用现金了"),
    ("en", "ok he pay gcash for now"), ("en", "she paid by mpesa, fine"), ("en", "paynow instead, sorted"),
    ("en", "he paid with octopus")])
def test_paid_with_a_local_wallet_after_a_decline_is_understood(engine, lang, text):
    opening = {"zh-hant": "部機又出咗個五十一 客人話佢張卡有錢喎", "zh-hans": "机器显示51 客人说卡里有钱",
               "en": "machine says 51, customer swears he has money"}[lang]
    results = converse(engine, [opening, text], lang)
    assert not events(results[1:], "not_understood"), (text, [r.text for r in results[1].replies])
    assert not events(results[1:], "handoff"), text
