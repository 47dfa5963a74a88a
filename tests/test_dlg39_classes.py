"""dlg39: classes behind typed dev22's host-code and symptom merchants (h19-s40), with sentences
of our own in zh, zh-hant and en (none copied from an eval file), and near-misses that keep
their old reading."""

from tests.conversation import converse
from tests.tables import events, fact_not_read, fact_read, first_fix, outcome_is

# -- a refund told with what was refunded between the verb and the money; "not on the card yet"
# -- said as 卡上没得 (Southwest Mandarin) or 张卡仲未有: the issuer's working days ---------------

test_refund_not_back_told_loosely = fact_read([
    "上礼拜给客人退了三百块钱 他说卡上还没有",
    "前两天帮一个老太太退了一双鞋的钱 她讲卡里到现在都没得",
    "前日幫個客退咗件衫嘅錢 佢話張卡仲未有",
    "we refunded a jacket on the card last week and the man says it's not back on his card",
], "obs_refund_not_back")

test_no_refund_no_refund_not_back = fact_not_read([
    "客人卡上没得钱 刷不了",                 # an empty card, no refund
    "退货的时候卡上没有反应",                 # a refund being done, the card not read
    "部機退貨嘅時候張卡冇反應",
    "the refund button is not on the menu",
], "obs_refund_not_back")


def test_refund_not_back_gets_the_working_days_first(engine):
    for lang, text in [("zh-hans", "前两天帮一个老太太退了一双鞋的钱 她讲卡里到现在都没得 天天打电话"),
                       ("zh-hant", "前日幫個客退咗件衫嘅錢 佢話張卡仲未有 點算"),
                       ("en", "we refunded a jacket on the card last week and the man says it's not back on his card")]:
        results = converse(engine, [text], lang)
        assert first_fix(results) == "fix_explain_refund_days", (
            lang, [(e.name, e.data) for r in results for e in r.events])


# -- the payout short, said with "only" after the verb or by the statement's deduction ---------

test_payout_short_only_after_the_verb = fact_read([
    "we took 3 000 on cards but the bank paid only 2 900",
    "cards were 700 on friday and they paid only 640 into my account",
    "the statement has one line MSC minus and I don't know what it is",
    "对账单上有一行扣了手续费 这是什么钱",
    "月結單上面有一行扣咗手續費 係咩嚟",
], "obs_payout_short")

test_only_of_other_things_is_no_payout = fact_not_read([
    "we put only one roll into the printer and it jams",
    "the customer paid only 20 into the tip jar, the rest by card",
    "I got only a beep in my ear when I tap",
    "we received only one terminal from the bank",
    "手续费是多少 想问一下费率",             # the rate asked, nothing taken
], "obs_payout_short")


def test_payout_short_gets_the_fee_first(engine):
    for lang, text in [("zh-hans", "对账单上有一行扣了手续费 这是什么钱 是不是有人拿了"),
                       ("zh-hant", "月結單上面有一行扣咗手續費 係咩嚟"),
                       ("en", "we took 3 000 on cards last week but the bank paid only 2 900, who took it?")]:
        results = converse(engine, [text], lang)
        assert first_fix(results) == "fix_explain_fee_deducted", (
            lang, [(e.name, e.data) for r in results for e in r.events])


# -- understanding said as now reached, thanks in the merchant's own language, the working-day
# -- rule said back: the explanation taken on board ---------------------------------------------

def test_understanding_now_closes_the_explanation(engine):
    opening = {"zh-hans": "周六刷的钱礼拜一还没到账 机器是不是坏了",
               "zh-hant": "禮拜六碌嘅錢到禮拜一都未入數 部機係咪壞咗",
               "en": "our saturday card money is still not in the bank this monday morning, is the machine broken"}
    for lang, reply in [("zh-hans", "哦 这下明白了 谢了"),
                        ("zh-hant", "哦 明白晒"),
                        ("en", "right, so it comes on the next working day. I understand now"),
                        ("en", "ok now i get it, ngiyabonga"),
                        ("en", "dankie, that's clear")]:
        results = converse(engine, [opening[lang], reply], lang)
        assert events(results[-1:], "resolved"), (lang, reply, [(e.name, e.data) for r in results for e in r.events])


def test_not_understanding_stays_unresolved(engine):
    """Near-misses: understanding denied, or a "thanks" with the money still missing."""
    opening = "our saturday card money is still not in the bank this monday morning, is the machine broken"
    for reply in ["I don't understand now, where is the money", "I still don't understand",
                  "dankie but the money is still not in"]:
        results = converse(engine, [opening, reply], "en")
        assert not events(results[-1:], "resolved"), (reply, [(e.name, e.data) for r in results for e in r.events])


# -- the slip coming again, with a bare verb and "ticket" for the receipt -------------------------

test_slip_coming_now_worked = outcome_is([
    "I closed it hard, click, now the ticket come",
    "now receipt is coming, thank you",
    "ticket come now, very good",
], "worked")

test_slip_not_coming_is_no_success = outcome_is([
    "the ticket not come",
    "ticket come out blank",
], None)

test_still_no_ticket_failed = outcome_is(["still no ticket", "now the ticket still not come"], "failed")
