"""kb32: money and "is this normal?" questions answered at the first message - the payout
calendar over a holiday, the fees taken off a payout, a refund not back on the card yet, a refund
keyed for the wrong amount, the customer offered their own currency (DCC), a deposit's hold, the
list emptied by a settlement, a reprint, the tip prompt - each with sentences of our own in zh,
zh-hant and en (none copied from an eval file), the explanation taken on board in the merchant's
words, and near-misses (faults that mention money) that keep their old reading."""

from tests.conversation import converse
from tests.tables import (EACH, cause_has_fact_and_fix, events, fact_not_read, fact_read,
                          told_fact_leads_to_fix)

# -- a holiday named with when (or whether late) its takings are paid, asked -----------------------
# (a question clause says nothing, unless a unit is itself the question: payout_when is `asked`)

test_holiday_payout_asked = fact_read([
    "清明节放假那三天的刷卡款 几号能到",
    "国庆长假刷卡的钱会延迟吗",
    "復活節假期碌卡嘅錢幾時到？",
    "we were open over the bank holiday, when do we get paid for those card sales?",
    "is the payout delayed because of hari raya",
], "obs_holiday_before_payout", plain=True)

test_holiday_payout_asked_is_explained = told_fact_leads_to_fix([
    (["元旦放假期间刷的卡 钱什么时候能到账"], "zh-hans", "fix_explain_holiday_payout"),
    (["聖誕假期嗰幾日碌卡嘅錢 幾時先過數"], "zh-hant", "fix_explain_holiday_payout"),
    (["good friday we had a busy night at the bar, when will the card money be credited"], "en",
     "fix_explain_holiday_payout"),
], within=1)

# near-misses: a holiday with a fault, a question about the terminal on a holiday, a payout asked
# with no day off named (the general payout reply), a question of another unit (nothing said)
test_holiday_without_payout_question = fact_not_read([
    "放假回来以后刷卡机连不上网",
    "周末可以刷卡吗",
    "after the long weekend the terminal keeps saying comm error",
    "钱什么时候到账",
    "插卡可以吗?",
], "obs_holiday_before_payout", plain=True)


def test_a_question_says_no_outcome(engine):
    """An asked unit lets the clause's other units stand, never an outcome: "插卡可以吗?" is
    still no "chip works", with or without a payout asked beside it."""
    for text in ["插卡可以吗?", "插卡可以吗 钱什么时候到"]:
        assert "obs_only_chip" not in engine.interpreter.observed(engine.interpreter.plain(text)), text


# -- the fee taken off the takings: a rate, what reached the account, a charge out of a payout ------

test_fee_asked = fact_read([
    "为什么刷一千块每笔都被扣了6块",
    "每笔都被扣0.38% 这是什么费",
    "每次入數都扣咗0.8% 點解",
    "why does the bank take 2.5% off every card payment?",
    "the clinic ran 3,400 on cards and only 3,366 reached our account",
    "a 199 charge was taken out of friday's payout, no idea what it is",
], "obs_payout_short", plain=True)

test_fee_asked_is_explained = told_fact_leads_to_fix([
    (["每笔都被扣了0.6% 手续费怎么这么算"], "zh-hans", "fix_explain_fee_deducted"),
    (["點解每次入數都少咗少少 手續費係咪扣咗0.55%"], "zh-hant", "fix_explain_fee_deducted"),
    (["my stall took 800 on the card machine but only 786 reached the account"], "en", "fix_explain_fee_deducted"),
], within=1)

# near-misses: the customer's card charged (twice, or by a failed sale), not the payout
test_customer_debit_is_no_fee = fact_not_read([
    "客人说他卡里被扣了两次",
    "the customer's bank deducted the money but the terminal said declined",
], "obs_payout_short", plain=True)


# -- a refund done, its money not back yet: in Cantonese (见返), by the card's brand ----------------

test_refund_not_back = fact_read([
    "上個禮拜幫個客退咗貨 佢話張卡仲未見返",
    "退了款已经一个星期 客人的卡上还没见到",
    "the refund we did on tuesday is still not on his mastercard",
    "refund went through days ago but the lady still never see the money",
], "obs_refund_not_back", plain=True)

test_refund_not_back_is_no_failing_refund = fact_not_read([
    "上個禮拜幫個客退咗貨 佢話張卡仲未見返",
], "obs_doing_refund", plain=True)

test_refund_not_back_is_explained = told_fact_leads_to_fix([
    (["帮客人退了钱三天了 他说卡里还没见到"], "zh-hans", "fix_explain_refund_days"),
    (["前幾日幫個客退咗錢 佢話張卡仲未見返"], "zh-hant", "fix_explain_refund_days"),
    (["refunded a guest on monday, she says it's still not on her visa"], "en", "fix_explain_refund_days"),
], within=1)

# how long a refund's money takes to reach the card, asked before anyone says it is missing
test_refund_days_asked = told_fact_leads_to_fix([
    (["做了退货以后 钱要几天能回到客人的卡上"], "zh-hans", "fix_explain_refund_days"),
    (["幫客退咗錢 要幾耐先返到佢張卡"], "zh-hant", "fix_explain_refund_days"),
    (["how many days does a refund take to reach the customer's card"], "en", "fix_explain_refund_days"),
], within=1)

# ... but how to do a refund, or how long the operation takes at the counter, is no money asked after
test_refund_how_is_no_refund_days = fact_not_read([
    "怎么给客人退款",
    "退款要多久才能做完 客人在等",
    "how do i do a refund on this machine",
], "obs_refund_not_back", plain=True)

# the customer's bank showing two pending, one sale at the shop: the failed try's hold (reversal)
test_two_pending_one_sale = fact_read([
    "客人的手机银行显示两笔待处理 我这边只成功一笔",
    "her banking app has two pending but only one went through at my end",
], "obs_one_received_two_debited", plain=True)

# near-miss: a refund that fails stays a refund that fails
test_failing_refund_stays = fact_read([
    "给客人退款的时候一直报错",
    "trying to refund a customer and it keeps failing",
], "obs_doing_refund", plain=True)


# -- a refund keyed for the wrong amount (a new cause and its fix) ---------------------------------

test_refund_wrong_amount_cause = cause_has_fact_and_fix(
    {"op_refund_wrong_amount": ("obs_refund_wrong_amount", "fix_refund_wrong_amount")},
    no_person=True, no_escalation=True)

test_refund_wrong_amount_read = fact_read([
    "退款金额输错了 本来退45 退成了450",
    "幫個客退錢 退多咗一百蚊",
    "we refunded the wrong amount to a guest, 90 instead of 9",
    "my cashier refunded too much on a return this morning",
], "obs_refund_wrong_amount", plain=True)

test_refund_wrong_amount_is_put_right = told_fact_leads_to_fix([
    (["给客人退货的时候金额按错了 多退了200"], "zh-hans", "fix_refund_wrong_amount"),
    (["退錢俾個客嗰陣打錯數 退少咗"], "zh-hant", "fix_refund_wrong_amount"),
    (["i refunded 120 instead of 12, can i fix it"], "en", "fix_refund_wrong_amount"),
], within=1)

# near-misses: a sale keyed wrong is the sale's (void and charge again), a failing refund is no
# wrong amount
test_sale_keyed_wrong_is_no_refund = fact_not_read([
    "收款的时候多打了一个零 收了客人500",
    "charged the customer 300 instead of 30",
    "做退货的时候提示交易不允许",
], "obs_refund_wrong_amount", plain=True)


# -- the customer's own currency offered (DCC), in plain words --------------------------------------

test_own_currency_offered = fact_read([
    "外国游客刷卡 机器问他要不要用他们国家的钱付",
    "有個客碌卡 部機問佢要唔要用美金俾",
    "the terminal offered an australian lady to pay in her own currency, is that a scam?",
], "obs_card_currency", plain=True)

test_own_currency_is_explained = told_fact_leads_to_fix([
    (["外国客人刷卡的时候 机器问他用自己国家的货币付还是用人民币付 正常吗"], "zh-hans", "fix_charge_local_currency"),
    (["個遊客碌卡 部機問佢要唔要用美金俾 係咪有問題"], "zh-hant", "fix_charge_local_currency"),
    (["a tourist asked why the machine wanted to charge him in his own currency"], "en", "fix_charge_local_currency"),
], within=1)

test_foreign_card_refused_is_no_currency = fact_not_read([
    "外国客人的卡刷不了 提示拒绝",
    "a tourist's card got declined twice",
], "obs_card_currency", plain=True)


# -- a deposit's hold said frozen or not let go ------------------------------------------------------

test_deposit_frozen = fact_read([
    "按金做咗預授權 個客話佢張卡啲錢俾凍結咗",
    "民宿押金做的预授权 客人退房好几天了钱还没放",
    "the bond was a pre-auth and the guest says the money is still on hold",
], "obs_preauth_hold_seen", plain=True)

test_app_frozen_stays = fact_read([
    "收款app冻结了 点哪里都没反应",
], "obs_app_frozen", plain=True)

test_deposit_frozen_is_released = told_fact_leads_to_fix([
    (["押金做的预授权 客人说卡里的钱被冻结了"], "zh-hans", "fix_release_preauth"),
    (["按金做咗預授權 個客話張卡啲錢俾凍結咗"], "zh-hant", "fix_release_preauth"),
], within=1)


# -- the settlement, then the list empty ------------------------------------------------------------

test_settled_then_gone = fact_read([
    "结算之后机器里的交易明细全部没了",
    "after we settled last night all the sales disappeared from the machine",
], "obs_settled_since", plain=True)

test_gone_without_settling = fact_not_read([
    "机器重启以后交易记录全没了",
    "after the update all the transactions disappeared",
], "obs_settled_since", plain=True)

test_settled_then_gone_is_explained = told_fact_leads_to_fix([
    (["昨晚做完结算 今天机器里的交易明细全没了 钱会不会丢"], "zh-hans", "fix_find_settled_sales"),
    (["after closing the batch yesterday every transaction vanished from the list"], "en", "fix_find_settled_sales"),
], within=1)


# -- a reprint, the tip prompt: asked in words the lists lacked -------------------------------------

test_reprint_asked = fact_read([
    "客人把小票丢了 公司要报销 可以补打吗",
], "obs_receipt_copy_wanted", plain=True)

test_tip_prompt_asked = fact_read([
    "why does it ask my patients for a tip, we're a dental clinic",
], "obs_tip_prompt_asks", plain=True)


# -- the explanation taken on board in the merchant's words ------------------------------------------

def test_passing_it_on_or_waiting_closes_the_explanation(engine):
    """What the merchant will tell the customer, or have them do, or the wait after the holiday:
    the explanation taken on board."""
    for lang, opening, reply in [
        ("zh-hans", "退货做了四天了 顾客说信用卡上还看不到", "行 我跟客人说再等几天"),
        ("zh-hans", "退货做了四天了 顾客说信用卡上还看不到", "好的 那我让他问银行"),
        ("zh-hant", "幾日前幫個客退咗錢 佢話張卡仲未見返", "好 咁我叫佢等多幾日"),
        ("zh-hant", "聖誕假期碌卡嘅錢幾時先過數", "明白 等開工先"),
        ("zh-hans", "国庆放假 刷卡的钱会延迟到账吗", "好 那我节后再看"),
        ("en", "the refund i did on friday is still not on her visa, the lady says", "ok i'll tell her to wait a few more days"),
        ("en", "the refund i did on friday is still not on her visa, the lady says", "ok i tell her"),
        ("en", "a patient complained we charged her twice, the machine only shows one", "ok i'll tell her"),
        ("en", "is my payout delayed because of deepavali", "ok can"),
    ]:
        results = converse(engine, [opening, reply], lang)
        assert events(results[:1], "fix_suggested"), (lang, opening)
        assert events(results[-1:], "resolved"), (lang, reply, [(e.name, e.data) for r in results for e in r.events])


def test_the_customers_complaint_is_no_request_for_a_person(engine):
    """One customer's complaint, told with a bare verb ("tourist complain the terminal charged him in
    his own currency"): what happened at the counter, explained, not a person asked for; the
    merchant's own "I want to complain" still is."""
    for text in ["tourist complain the terminal charged him in his own currency with a bad rate",
                 "a patient complained her card was charged in pounds not euros", "住客投诉刷卡的时候被问要不要用外币付"]:
        assert not engine.interpreter.wants_person(text), text
    for text in ["i want to complain, the terminal broke again", "我要投诉 你们的机器又坏了"]:
        assert engine.interpreter.wants_person(text), text


def test_asking_how_or_a_customer_unconvinced_is_no_taking_on_board(engine):
    """Near-misses: asking what to say, or the customer not believing it, settles nothing."""
    for lang, reply in [("zh-hans", "那我跟客人怎么说"), ("zh-hans", "我跟客人说了 他还是不信"),
                        ("en", "i told her but she doesn't believe me")]:
        opening = {"zh-hans": "退货做了四天了 顾客说信用卡上还看不到",
                   "en": "the refund i did on friday is still not on her visa, the lady says"}[lang]
        results = converse(engine, [opening, reply], lang)
        assert not events(results[-1:], "resolved"), (lang, reply)


# -- an explanation is told as how it works, not as a fix to try -----------------------------------

def _said(result) -> str:
    return " ".join(r.text for r in result.replies)


def test_an_explanation_is_told_as_how_it_works(engine):
    """A non-fault's explanation (the payout calendar, the fees, a refund's days) is no "try this
    (fix 1) ... did that fix it?", and taking it on board is no "it's fixed"."""
    for lang, opening, reply, offer, fixed in [
        ("zh-hans", "中秋放假刷卡的钱什么时候能到账", "好的 明白了", "这不是机器的故障", "问题解决了"),
        ("zh-hant", "幫客退咗錢 要幾耐先返到佢張卡", "明白 唔該", "這不是機器的故障", "問題解決了"),
        ("en", "why does the bank take 1.8% off every card payment", "ok got it", "here's how it works", "it's fixed"),
    ]:
        results = converse(engine, [opening, reply], lang)
        assert events(results[:1], "fix_suggested"), (lang, opening)
        assert offer in _said(results[0]) and "fix 1" not in _said(results[0]), _said(results[0])
        assert events(results[-1:], "resolved") and fixed not in _said(results[-1]), _said(results[-1])


def test_a_fix_to_try_is_still_one(engine):
    """Near-miss: a fault's fix keeps "try this", and its success "it's fixed"."""
    results = converse(engine, ["the receipt paper jammed and nothing prints", "ok works now"], "en")
    assert "Please try this" in _said(results[0]), _said(results[0])
    assert "it's fixed" in _said(results[-1]), _said(results[-1])
