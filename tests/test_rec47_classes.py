"""rec47: merchants asking about money or the service, not a fault, and chat-style intents. Each a
class of merchant language with sentences of our own in zh, zh-hant (Cantonese) and en (none copied
from an eval file), played through the real engine:

1. less money arrived than was taken, asked as who took it: the fee deducted before the payout,
   explained (obs_payout_short); "so where did the money go?" after it explains it again;
2. a refund wanted on another card than the one that paid: only the paying card can get it back
   (obs_refund_other_card, fix_explain_refund_original_card);
3. card money late over a public holiday: the working-day rule explained; "I'll wait and check
   after the holiday" closes, and said while another step is pending brings the explanation;
4. chat-style intents: supplies asked as stock or used-up rolls, a sale through in Cantonese, the
   payout's card changed, and a storm's signal or an export's paper that is no fault (a capability
   asked before a plan, "can it take foreign cards? we plan tours", is still read as the card fault:
   the sales phrasings tried for it moved unrelated readings, so they were left out)."""

import pytest

from knowledge.evaluation import NAMED_INTENTS
from tests.conversation import converse
from tests.tables import events


def _fixes(results) -> list[str]:
    return [d["fix"] for d in events(results, "fix_suggested")]


# -- 1. less money in than taken: the fee, explained -----------------------------------------------

FEE_SHORT = [
    ("zh-hans", "昨天卖了九千多 进我卡里的少了几十块 是谁拿走了"),
    ("zh-hans", "我刷了一万块 到我银行卡上只有九千九百多 差的钱去哪了"),
    ("zh-hans", "老师 今天刷卡卖了一万八 到账少了一百来块 谁扣了我的钱"),
    ("zh-hant", "上個禮拜碌咗五萬幾 入到我戶口少咗三百幾 啲錢去咗邊"),
    ("zh-hant", "今日碌卡收咗兩萬 入到戶口少咗百幾蚊 邊個食咗我啲錢"),
    ("zh-hant", "刷卡收了三萬塊 帳戶只進來兩萬九千多 少的錢跑去哪"),
    ("en", "Total on the terminal report is 23500 but what landed in my acount is like 150 short"),
    ("en", "sold 23k on cards this week, about 120 short when it reached my account. who took it?"),
    ("en", "sold 12,000 on card today but bank only got 11,900 something, who took my money"),
]


@pytest.mark.parametrize("lang, text", FEE_SHORT)
def test_money_short_is_the_fee_explained(engine, lang, text):
    results = converse(engine, [text], lang)
    assert _fixes(results)[:1] == ["fix_explain_fee_deducted"], _fixes(results)


@pytest.mark.parametrize("lang, text, again", [
    ("zh-hans", "我刷了一万块 到我银行卡上只有九千九百多 差的钱去哪了", "那钱到底去哪了"),
    ("zh-hant", "上個禮拜碌咗五萬幾 入到我戶口少咗三百幾 啲錢去咗邊", "咁啲錢去咗邊"),
    ("en", "sold 23k on cards this week, about 120 short when it reached my account. who took it?", "so who took it then"),
])
def test_where_did_it_go_after_the_explanation_explains_again(engine, lang, text, again):
    results = converse(engine, [text, again], lang)
    assert events(results[-1:], "explain_step"), [e.name for e in results[-1].events]
    assert results[-1].session["facts"]["fix"] == "fix_explain_fee_deducted"


# -- 2. a refund wanted on another card: only the card that paid -----------------------------------

REFUND_OTHER_CARD = [
    ("zh-hans", "客人退货 想把钱退到他另外一张卡上 机器不让 怎么退"),
    ("zh-hans", "顾客要退款 但是要退到别的银行卡 刷另一张卡退不了"),
    ("zh-hans", "退款能退到别的卡吗 客人原来那张卡不用了"),
    ("zh-hant", "客人退貨要退去佢另一張卡 部機唔俾 點搞"),
    ("en", "customer return the shoes, he want refund to a different card, terminal says no"),
    ("en", "Can I refund to another card? The guy paid with his Visa but wants it back on his debit card"),
    ("en", "customr lost the card he paid with, wants refund on new card, machine wont do it"),
    ("en", "how to refund on other card than the one used for payment"),
]


@pytest.mark.parametrize("lang, text", REFUND_OTHER_CARD)
def test_refund_to_another_card_is_explained(engine, lang, text):
    results = converse(engine, [text], lang)
    assert _fixes(results)[:1] == ["fix_explain_refund_original_card"], _fixes(results)


@pytest.mark.parametrize("lang, text", [
    ("en", "how do i refund a customer"),
    ("zh-hans", "隔天的单子怎么退"),
])
def test_a_plain_refund_keeps_its_steps(engine, lang, text):
    results = converse(engine, [text], lang)
    assert _fixes(results)[:1] == ["fix_refund_procedure"], _fixes(results)


# -- 3. card money late over a holiday: explained, and "I'll check after it" closes ---------------

HOLIDAY_THEN_WAIT = [
    ("zh-hans", "放了五天假 这几天刷卡的钱都没到账 是不是机器坏了", "好 那我等上班第一天再看看 还没到就打电话 谢谢"),
    ("zh-hans", "春节期间刷卡的钱一直没到卡里 钱去哪了", "行 那等节后再查"),
    ("zh-hans", "国庆七天刷卡的钱都没进账", "那我等放完假再看"),
    ("zh-hant", "聖誕假期收嘅卡數一直未入賬 係咪部機壞咗", "好 咁我等假期完再睇"),
    ("en", "its eid holidays, 4 days of card sales not in my account. where is my money", "alright ill check after the holiday, thank you"),
]


@pytest.mark.parametrize("lang, text, wait", HOLIDAY_THEN_WAIT)
def test_holiday_payout_explained_and_the_wait_closes(engine, lang, text, wait):
    results = converse(engine, [text, wait], lang)
    assert _fixes(results[:1])[:1] == ["fix_explain_holiday_payout"], _fixes(results)
    assert results[-1].session["state"] == "rating", results[-1].session["state"]


@pytest.mark.parametrize("lang, wait", [
    ("zh-hans", "好 那我等放完假第一个上班日再看 没到再打电话"),
    ("zh-hans", "国庆放假 钱没到账 那我等节后再看"),
    ("zh-hant", "而家放緊長假 咁我等放完假再睇"),
])
def test_a_holiday_told_with_a_wait_brings_the_explanation(engine, lang, wait):
    results = converse(engine, ["我这几天刷卡的钱都没到卡上 是不是机器坏了", wait], lang)
    assert _fixes(results[:1]) == ["fix_settle_batch_now"], _fixes(results)
    assert _fixes(results[1:]) == ["fix_explain_holiday_payout"], _fixes(results)


def test_still_not_in_without_a_holiday_is_no_explanation(engine):
    results = converse(engine, ["我这几天刷卡的钱都没到卡上 是不是机器坏了", "还没到"], "zh-hans")
    assert "fix_explain_holiday_payout" not in _fixes(results)


# -- 4. chat-style intents -------------------------------------------------------------------------

INTENTS = [
    ("打印纸你们那还有货吗 要三联的", "supplies"),
    ("三联的签购单纸还有货吗", "supplies"),
    ("小票纸还有没 要那种多联的", "supplies"),
    ("pls send paper rolls for the pos, ours are finished", "supplies"),
    ("the receipt rolls are finished, please bring some", "supplies"),
    ("paper rolls finished, can you supply more", "supplies"),
    ("啱啱嗰單過咗 收據都出咗", "sale_ok"),
    ("頭先嗰筆搞掂咗 單都印埋", "sale_ok"),
    ("嗰單碌到啦 張收據出咗嚟", "sale_ok"),
    ("過咗喇 單都打出嚟咗", "sale_ok"),
    ("收款的卡想改成新开的那张", "payout"),
    ("changed my bank, how do i update which card the settlement goes to", "payout"),
    ("where does my settlement go, i got a new bank account", "payout"),
    # lead17's line stays the payout's
    ("its wednesday today and mondays card money still isnt in", "payout"),
]


@pytest.mark.parametrize("text, intent", INTENTS)
def test_chat_style_intent_is_read(recogniser, text, intent):
    got = recogniser.recognise(text)
    assert (got.intent, got.category, got.code) == (intent, None, None), (got.intent, got.category, got.code)


NOT_A_FAULT = [
    # a storm's signal, an export's paper
    "is typhoon signal no. 3 raised in our area, should we close today",
    "signal number 1 hoisted in Cebu already? open the shop or not",
    "八号风球挂了没有 要不要关门",
    "打风挂咗幾號風球 今日開唔開舖",
    "how many kilos per carton for the shipping papers",
    "need the customs paper for export, what weight to write",
    "出口报关的单子上要填多少箱",
]


@pytest.mark.parametrize("text", NOT_A_FAULT)
def test_no_fault_is_read_in_a_question_of_another_kind(recogniser, text):
    got = recogniser.recognise(text)
    assert (got.category, got.code) == (None, None) and got.intent not in NAMED_INTENTS, \
        (got.intent, got.category, got.code)


@pytest.mark.parametrize("text, category", [
    ("外国人的卡刷不了", "card"),
    ("the paper is finished in the machine, it shows paper out", "hardware"),
    ("no signal on the terminal since morning", "network"),
])
def test_the_faults_stay_faults(recogniser, text, category):
    assert recogniser.recognise(text).category == category
