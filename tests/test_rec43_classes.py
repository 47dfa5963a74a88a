"""rec43: merchants who ask something that is no terminal fault, and card-tap habits. Each a class
of merchant language with sentences of our own in zh, zh-hant (Cantonese) and en (none copied
from an eval file), played through the real engine:

1. an old receipt faded since it printed (thermal paper), explained, not diagnosed as a printer;
2. a phishing text or call (a link to click, details to give, or the terminal is stopped): a scam,
   explained; "is it real?", "do I click?" answered with it;
3. taps failing now and then, or customers lifting the card at once: a tap's trouble, never the
   chip's; the lifting noted (not read as impatience);
4. "so is it broken or not?" asked back mid-dialog: answered from what is known, then the pending
   question or step again; "I'm not asking about the machine" reads the problem again."""

import pytest

from tests.conversation import converse, reply_after
from tests.tables import events, names


def _fixes(results) -> list[str]:
    return [d["fix"] for d in events(results, "fix_suggested")]


# -- 1. an old receipt gone white since: thermal paper fades, the terminal is fine -----------------

OLD_SLIP_FADED = [
    ("zh-hans", "客人拿半年前的小票来 字都没了 是不是机器有问题"),
    ("zh-hans", "去年打的签购单现在一片空白 现在打的很清楚"),
    ("zh-hans", "前几个月的小票客人拿回来 字都褪色了"),
    ("zh-hans", "顾客说三个月前的收据放钱包里 字都消失了"),
    ("zh-hant", "有個顧客三個月前嘅收據啲字冇晒 係咪部機有問題"),
    ("zh-hant", "舊客人拿了幾個月前的單據回來，上面的字都不見了"),
    ("en", "customer brought back a receipt from half a year ago and it is totally blank, new ones print fine"),
    ("en", "a lady came back with her receipt from 3 months ago, the writing is gone, can't read anything"),
    ("en", "recipt from few months back gone all white, is my printer faulty?"),
    ("en", "Customer came in with a reciept from last year, totally faded, he says my machine prints rubbish"),
    ("en", "new slips print fine but they fade after a few weeks, customer complained"),
]


@pytest.mark.parametrize("lang, text", OLD_SLIP_FADED)
def test_an_old_receipt_faded_since_is_explained(engine, lang, text):
    results = converse(engine, [text], lang)
    assert _fixes(results)[:1] == ["fix_explain_receipt_fading"], _fixes(results)


# ... near-misses: slips printing pale or white now stay the printer's
@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "新换的纸卷放久了 打出来很淡"),
    ("zh-hans", "以前的小票还清楚 现在打出来是白的"),
    ("en", "the receipts come out blank since this morning"),
    ("en", "print is very faint on every receipt today"),
])
def test_slips_printing_pale_now_are_no_old_slip(engine, lang, text):
    results = converse(engine, [text], lang)
    assert "fix_explain_receipt_fading" not in _fixes(results), _fixes(results)


# -- 2. a phishing text or call: a scam, explained -------------------------------------------------

SCAM_MESSAGES = [
    ("zh-hans", "收到一条短信说刷卡机要升级 让我点链接登记 不然停机 是真的吗"),
    ("zh-hans", "有人打电话说要给我的机器降费率 让我报一下验证码"),
    ("zh-hans", "微信消息说我商户要年审 点开网址填资料 否则冻结"),
    ("zh-hant", "有个短信话我部pos机要年审 要撳条link填资料 唔填就停用 系咪真㗎"),
    ("zh-hant", "剛收到簡訊說費率調整，要點連結更新資料，不然下個月停用"),
    ("en", "got a text saying my card machine rate is changing and i need to click a link to upgrade or it gets shut off next month, is this real?"),
    ("en", "I received an SMS from 'the bank' with a link to update my terminal details, otherwise they suspend it. Legit?"),
    ("en", "someone texted me a link says pos must be verified before friday or blocked"),
    ("en", "got a message on whatsapp saying my merchant account is frozen, click here to unfreeze"),
    ("en", "bro got sms say my pos fee go up, must click link confirm, else machine stop. true or not"),
]


@pytest.mark.parametrize("lang, text", SCAM_MESSAGES)
def test_a_phishing_message_is_explained_as_a_scam(engine, lang, text):
    results = converse(engine, [text], lang)
    assert _fixes(results)[:1] == ["fix_explain_impostor_caller"], _fixes(results)
    assert any(d["observation"] == "obs_scam_message" for d in events(results, "observation")) or \
        "obs_scam_message" in results[-1].session["facts"]["noted"]


# ... near-misses: a bank's text about settings, a customer's bank text, a disabled app stay theirs
@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "银行发短信叫我们下载参数 下载完还是刷不了"),
    ("zh-hans", "客人说收到扣款短信了 但是机器显示失败"),
    ("zh-hans", "店里小伙子把好几个图标点了停用 现在刷卡报错"),
    ("en", "customer got a text from his bank saying declined"),
])
def test_other_texts_are_no_scam(engine, lang, text):
    results = converse(engine, [text], lang)
    assert "fix_explain_impostor_caller" not in _fixes(results), _fixes(results)


SCAM_FOLLOW_UPS = [
    ("zh-hans", "那我到底点还是不点嘛", "诈骗"),
    ("zh-hans", "这个链接要不要点", "诈骗"),
    ("zh-hans", "到底是不是诈骗啊", "诈骗"),
    ("zh-hant", "係咪真㗎", "詐騙"),
    ("en", "so should i click it or not?", "scam"),
    ("en", "is it real or fake??", "scam"),
    ("en", "so is this a scam or what", "scam"),
    ("en", "legit or not bro", "scam"),
]


@pytest.mark.parametrize("lang, reply, word", SCAM_FOLLOW_UPS)
def test_do_i_click_is_answered_with_the_explanation(engine, lang, reply, word):
    opening = {"en": "got a text saying my terminal will be blocked unless i click the link to verify",
               "zh-hans": "收到短信说机器要升级 点链接登记 不然停用",
               "zh-hant": "收到短信话部机要升级 撳条link登记 唔系就停用"}[lang]
    session, result = reply_after(engine, [opening], reply, lang)
    assert "verdict_asked" in names(result), names(result)
    assert "fix_outcome" not in names(result)
    assert word in result.replies[0].text
    assert result.session["state"] == "fixing" and result.session["facts"]["fix"] == "fix_explain_impostor_caller"


# -- 3. taps failing now and then, customers lifting the card at once: never the chip -------------

TAP_TROUBLE = [
    ("en", "contactless is hit and miss on our machine, chip always ok"),
    ("en", "tap payments are hit and miss, customers tap and lift straight away"),
    ("en", "paywave keeps giving error on first try, 2nd time goes, chip always fine"),
    ("en", "our contactless works like 50/50, customers tap and it says error"),
    ("en", "tap card gives read error half the time"),
    ("zh-hant", "客人拍卡成日讀唔到卡 要拍兩三次 插卡就冇事"),
    ("zh-hans", "挥卡经常读卡错误 再挥一次就好了 客人都是碰一下就拿开"),
    ("zh-hans", "感应收款一半一半 客人碰一下马上拿开"),
    ("zh-hans", "闪付时好时坏 插卡一直没问题"),
]


@pytest.mark.parametrize("lang, text", TAP_TROUBLE)
def test_tap_trouble_never_goes_to_the_chip(engine, lang, text):
    results = converse(engine, [text], lang)
    problems = events(results, "problem")
    assert not any(p.get("symptom") == "s_chip_not_read" for p in problems), problems
    causes = [d["cause"] for d in events(results, "fix_suggested")]
    assert causes and not any(c and c.startswith("hw_chip") for c in causes), causes
    assert "fix_clean_chip" not in _fixes(results)


LIFTED_AT_ONCE = [
    ("en", "customers touch the card quick and take away"),
    ("en", "they tap and lift straight away, like the card is hot"),
    ("en", "people just flash the card at it"),
    ("en", "they tap too quick and pull it away"),
    ("zh-hans", "客人都是碰一下马上拿开"),
    ("zh-hans", "顾客拍完马上拿走 停都不停"),
    ("zh-hant", "啲客拍一下就走"),
    ("zh-hans", "他们放一下就拿开了"),
]


@pytest.mark.parametrize("lang, reply", LIFTED_AT_ONCE)
def test_a_card_lifted_at_once_is_noted_not_impatience(engine, lang, reply):
    opening = {"en": "contactless fails half the time, chip is fine",
               "zh-hans": "挥卡一半一半 插卡没问题", "zh-hant": "拍卡一半一半 插卡冇問題"}[lang]
    session, result = reply_after(engine, [opening], reply, lang)
    assert session["state"] == "fixing"
    assert "obs_tap_flicked" in result.session["facts"]["noted"], names(result)
    assert result.session["facts"].get("waited") != session["facts"]["fix"], "read as a wait"


# -- 4. "so is it broken or not?": answered from what is known, then the pending step -------------

VERDICT_ASKED = [
    ("en", "So is the machine broken or not"),
    ("en", "just tell me, broken or not?"),
    ("en", "is something wrong with the machine or not"),
    ("en", "is it faulty or what"),
    ("en", "ok or not ah?"),
    ("zh-hans", "到底坏没坏"),
    ("zh-hans", "机器到底有没有问题"),
    ("zh-hans", "那到底是机器的问题还是卡的问题"),
    ("zh-hant", "係咪部機壞咗"),
    ("zh-hant", "部機有冇問題㗎"),
]

AT_A_QUESTION = {"en": ["the terminal won't switch on at all"], "zh-hans": ["刷卡机老是自己关机"],
                 "zh-hant": ["部機成日自己熄機"]}


@pytest.mark.parametrize("lang, reply", VERDICT_ASKED)
def test_is_it_broken_is_answered_then_the_step_again(engine, lang, reply):
    session, result = reply_after(engine, AT_A_QUESTION[lang], reply, lang)
    assert session["state"] in ("diagnosing", "fixing")
    assert "verdict_asked" in names(result), names(result)
    assert "fix_outcome" not in names(result) and "not_understood" not in names(result), names(result)
    assert result.session["state"] == session["state"]
    assert result.session["facts"].get("fix") == session["facts"].get("fix")
    said = result.replies[0].text
    assert any(w in said for w in ("can't tell yet", "isn't broken", "说不准", "說不準", "不是机器坏了", "不是機器壞了")), said


def test_is_it_broken_after_the_lifting_is_most_likely_not(engine):
    results = converse(engine, ["contactless fails half the time, chip is fine", "still the same",
                                "customers tap and lift it straight away", "so is it broken or not?"], "en")
    assert "verdict_asked" in names(results[-1])
    assert "most likely the terminal isn't broken" in results[-1].replies[0].text


def test_is_it_broken_at_an_explanation_says_no(engine):
    results = converse(engine, ["客人拿半年前的小票来 字都没了", "那到底是机器的问题还是纸的问题"], "zh-hans")
    assert "verdict_asked" in names(results[-1])
    assert results[-1].replies[0].text.startswith("不是机器坏了")
    assert results[-1].session["state"] == "fixing"


def test_asked_a_third_time_it_goes_the_usual_way(engine):
    results = converse(engine, AT_A_QUESTION["en"] + ["is it broken or not?"] * 4, "en")
    assert len(events(results, "verdict_asked")) <= 4
    assert results[-1].session["state"] in ("diagnosing", "fixing", "offering_human", "handoff")


@pytest.mark.parametrize("lang, reply", [
    ("zh-hans", "我不是问机器 是问那个短信"),
    ("zh-hant", "我唔係問部機呀"),
    ("en", "i'm not asking about the machine"),
    ("en", "that's not what i asked"),
])
def test_not_asking_about_the_machine_reads_again(engine, lang, reply):
    opening = {"en": ["terminal says no connection", "wifi"], "zh-hans": ["刷卡机连不上网", "wifi"],
               "zh-hant": ["部機上唔到網", "wifi"]}[lang]
    session, result = reply_after(engine, opening, reply, lang)
    assert session["state"] in ("diagnosing", "fixing")
    assert "reread" in names(result), names(result)
    assert "fix_outcome" not in names(result)
