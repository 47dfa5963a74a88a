"""rec54: money, scams and "nothing is broken" explanations. Each a class of merchant language with
sentences of our own in zh, zh-hant (Cantonese) and en (none copied from an eval file), played through the
real engine or read by the recogniser:

1. the payout set beside the day's sales as smaller or not matching, in any words and asked too ("my bank
   deposit is always a little less than what the terminal says I sold", "每日入數都少過部機嘅營業額"): the fee
   taken before the payout, explained (concepts paid_in_money / less_than_sold / sold_total); and payout
   intents (the fee per sale, the payout card changed, a payout missing from the statement, paid in parts);
2. a call (not only a text) from someone claiming to be the bank or offering a lower rate, asking for the admin
   password, to scan a code or install an app: the scam explained, never a sign-in or a scanner fault; "he
   called again, what do I say" is that explanation again, no failed fix;
3. two charges of one sale pending on the customer's side, one on the terminal's: the failed try's hold,
   dropped by her bank in days; explained, nothing refunded (card_pending_hold);
4. the screen's language taken over by another after an update: the language setting, not a failed update;
5. chat intents: a cover for the terminal used outdoors is supplies (read already); a day of sales told
   as fixed (sale_ok) and a bare sum as the whole of it (amount) are not read yet (strict xfail): intent
   phrasings of our own moved older lines and were dropped.
"""

import pytest

from tests.conversation import converse
from tests.tables import events


def _fixes(results) -> list[str]:
    return [d["fix"] for d in events(results, "fix_suggested")]


# -- 1. the payout smaller than the sales: the fee, explained -------------------------------------

PAYOUT_SMALLER = [
    ("en", "my bank deposit is always a little less than what the terminal says I sold, is it dropping sales?"),
    ("en", "the payout never equals the card sales on the end of day report, always few dollars short"),
    ("en", "why is the money in my account always lower than my terminal batch total? every single day"),
    ("en", "deposits r always short of the daily total, like 2% less, whats going on"),
    ("en", "Hi, the amount that lands in my account never matches the machine's sales. Always a bit short."),
    ("zh-hans", "每天到账的钱都比机器上刷的少一点 是不是漏单了"),
    ("zh-hans", "银行入账的总是比结算单少那么一两个点 咋回事"),
    ("zh-hant", "每日入數都少過部機嘅營業額 係咪漏咗單"),
    ("zh-hant", "每天撥款都比刷卡總額少一點點 是不是機器有問題"),
]


@pytest.mark.parametrize("lang, text", PAYOUT_SMALLER)
def test_payout_smaller_than_the_sales_is_the_fee_explained(engine, lang, text):
    results = converse(engine, [text], lang)
    assert _fixes(results)[:1] == ["fix_explain_fee_deducted"], _fixes(results)


@pytest.mark.parametrize("text", [
    "每笔手续费是怎么扣的 我刷了八千 到账少了四十多",
    "到账的银行卡我想换成我老公的 可以换吗",
    "can i change the bank account the money goes into to my wife's",
])
def test_payout_intent_is_read(recogniser, text):
    got = recogniser.recognise(text)
    assert (got.intent, got.code) == ("payout", None), (got.intent, got.category, got.code)


@pytest.mark.parametrize("text", [
    "对账发现少到账了一笔钱",
    "结算款分成几笔进来 怎么不是一次性",
    "結算嘅錢分開幾次入 點解唔一次過",
    "why does the settlement come in several bits instead of one payment",
    "how is the fee on each swipe worked out, i took 5200 and got 26 less",
])
@pytest.mark.xfail(strict=True, reason="rec54: not read as the payout by the recogniser (payout phrasings of our own "
                   "moved a swipe fault of dev2 to ambiguous and a time-out of the released chat-style holdout15 out of "
                   "the faults, under its fault-recall floor)")
def test_payout_intent_not_yet_read(recogniser, text):
    assert recogniser.recognise(text).intent == "payout"


# -- 2. a scam call --------------------------------------------------------------------------------

SCAM_CALLS = [
    ("zh-hans", "刚才有人打电话说是银联的 要帮我降费率 让我把机器的管理员密码告诉他"),
    ("en", "Got a call from a guy saying he's with the card company, offered me a cheaper rate if I give him the admin password"),
    ("en", "A man rang me, says he is from the bank, wants me to scan a QR code to install new software for lower fees"),
    ("zh-hant", "頭先有人打電話嚟話係銀行 話可以減手續費 叫我講主管密碼俾佢"),
    ("zh-hant", "有個自稱收單行嘅人打俾我 叫我掃個二維碼裝新軟件"),
    ("zh-hans", "一个电话打过来 说能把我的费率降到千分之三 就是要我扫码下个app"),
    ("en", "someone call me say from payment company, tell me give password for cheaper rate. is ok?"),
    ("en", "bloke on the phone reckons he's from the bank, wants the manager pin to \"lower my fees\", legit?"),
    ("zh-hans", "有个客服打电话来叫我把pos的主管密码念给他 说要升级降费率 我给不给"),
]


@pytest.mark.parametrize("lang, text", SCAM_CALLS)
def test_a_scam_call_is_explained(engine, lang, text):
    """The scam explained first: no sign-in, no scanner fix, no person handed the "call" as a request."""
    results = converse(engine, [text], lang)
    assert _fixes(results)[:1] == ["fix_explain_impostor_caller"], _fixes(results)
    assert not events(results, "handoff")


@pytest.mark.parametrize("lang, text, follow", [
    ("zh-hant", SCAM_CALLS[3][1], "佢又打嚟喇 點答佢"),
    ("zh-hans", SCAM_CALLS[8][1], "他又打来了 咋个回他"),
    ("zh-hans", SCAM_CALLS[5][1], "他又打电话来了 我怎么跟他讲"),
    ("en", SCAM_CALLS[2][1], "he rang again, what should i say"),
    ("en", SCAM_CALLS[7][1], "he's calling again now, what do i say"),
])
def test_the_caller_again_keeps_to_the_scam(engine, lang, text, follow):
    """The caller back on the phone, what to say asked: the explanation again, no failed fix, no handoff."""
    results = converse(engine, [text, follow], lang)
    assert _fixes(results) == ["fix_explain_impostor_caller"], _fixes(results)
    last = {e.name for e in results[-1].events}
    assert "explain_step" in last and "fix_outcome" not in last and "handoff" not in last, last


# -- 3. two pending charges ------------------------------------------------------------------------

TWO_PENDING = [
    ("en", "customer says her bank app shows two charges for one coffee but my report only has one sale, both say pending"),
    ("en", "lady come back say she see 2 pending payments same amount on her card, my machine only got one transaction"),
    ("en", "first attempt said declined, second approved, now customer sees two pending charges on her card, what do i tell her"),
    ("zh-hans", "顾客说被扣了两次 银行app里两笔都是待处理 我这边流水只有一笔"),
    ("zh-hant", "客人說銀行app有兩筆一樣的款項 都顯示待入帳 我機器只有一筆交易"),
]


@pytest.mark.parametrize("lang, text", TWO_PENDING)
def test_two_pending_charges_are_the_failed_tries_hold(engine, lang, text):
    results = converse(engine, [text], lang)
    assert _fixes(results)[:1] == ["fix_explain_pending_hold"], _fixes(results)


@pytest.mark.parametrize("lang, text", [
    ("en", "my customer's online banking has my shop on it twice for the same meal, both marked pending. machine history shows one"),
    ("en", "customer rang, her card shows two pending transactions of 45.00 from us, we only see one in the batch"),
    ("zh-hant", "客人話佢網銀見到扣咗兩次 兩筆都係處理中 但我部機得一單"),
])
@pytest.mark.xfail(strict=True, reason="rec54: 'two' said alone or '处理中' (also the terminal's own spinning) read "
                   "a time-out's retry as pending (dev18 s28, holdout42 s29): the pattern needs the charges named")
def test_two_pending_not_yet_read(engine, lang, text):
    assert _fixes(converse(engine, [text], lang))[:1] == ["fix_explain_pending_hold"]


def test_charged_twice_with_nothing_pending_is_still_checked(engine):
    """Two debits said without "pending": a duplicate is possible, the check stays first."""
    results = converse(engine, ["客人说她手机银行显示扣了两笔 一模一样的钱 可我机器上只有一笔成功的"], "zh-hans")
    assert _fixes(results)[:1] != ["fix_explain_pending_hold"], _fixes(results)


# -- 4. the screen's language ----------------------------------------------------------------------

LANGUAGE = [
    ("en", "After update my terminal speaks only Chinese on the screen. Payments maybe work, I cannot read anything"),
    ("en", "since the update last night all the menus are in spanish, how do I get english back"),
    ("en", "terminal updated itself and now everything on the display is in german, can't read it"),
    ("en", "screen language changed to arabic after the software update, help"),
    ("en", "the machine did an update and now its all in french, cannot understand the menu"),
    ("zh-hans", "升级完以后屏幕上全变成英文了 看不懂"),
    ("zh-hans", "机器更新之后菜单都是英文 怎么调回中文"),
    ("zh-hant", "部機更新完之後成個畫面變晒英文 睇唔明"),
    ("zh-hant", "更新後螢幕都變成英文了 要怎麼改回中文"),
]


@pytest.mark.parametrize("lang, text", LANGUAGE)
def test_the_screen_in_another_language_is_the_setting(engine, lang, text):
    results = converse(engine, [text], lang)
    assert _fixes(results)[:1] == ["fix_set_language"], _fixes(results)


# -- 5. chat intents -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, intent", [
    ("有没有pos机的硅胶套卖 出摊怕摔", "supplies"),
    ("do you sell a cover or case for the terminal, i use it outdoors at the market", "supplies"),
    ("部機有冇保護套買 開檔日曬雨淋", "supplies"),
    ("想给刷卡机买个防水套 有吗", "supplies"),
    ("just letting you know, did about 30 sales today and all went through fine, its sorted", "sale_ok"),
    ("今日碌咗成廿單都冇問題 同你講聲搞掂咗", "sale_ok"),
])
def test_chat_intents(recogniser, text, intent):
    got = recogniser.recognise(text)
    assert (got.intent, got.code) == (intent, None), (got.intent, got.category, got.code)


@pytest.mark.parametrize("text, intent", [
    ("跟你讲一下 今天一上午刷了十几单都没问题 好了", "sale_ok"),
    ("一千二百五十 就这个数", "amount"),
])
@pytest.mark.xfail(strict=True, reason="rec54: not read without intent phrasings (ours moved older chat-style lines)")
def test_chat_intents_not_yet_read(recogniser, text, intent):
    assert recogniser.recognise(text).intent == intent


# ---------------------------------------------------------------- end to end (simulator)
@pytest.mark.parametrize("path,merchant_id", [
    ("knowledge/eval/typed_merchants_holdout45.yaml", "s34"),
    ("knowledge/eval/typed_merchants_holdout45.yaml", "s37"),
    ("knowledge/eval/typed_merchants_holdout45.yaml", "s40"),
])
def test_released_merchants_resolve(engine, path, merchant_id):
    import yaml

    from dialogs.typed_simulate import play

    with open(path, encoding="utf-8") as handle:
        merchant = next(m for m in yaml.safe_load(handle)["merchants"] if m["id"] == merchant_id)
    assert play(engine, merchant).resolved
