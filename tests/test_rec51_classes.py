"""rec51: money questions and chat-style intents. Each a class of merchant language with sentences of
our own in zh, zh-hant (Cantonese) and en (none copied from an eval file), played through the real
engine or read by the recogniser:

1. less money reached the bank than the day's total, the total named by the terminal's other names
   or the slips added up (POS total, the settle slip, 小票加起来, 部機總數), with thousands separators,
   currencies and a sum's hidden digits ("36,1xx"): the fee deducted before the payout, explained;
   "so where is the balance going?" explains it again, and "still I am not getting" / "还是没明白"
   is the explanation not understood (the step again, or a person), never the next fix;
2. payout intents: a payout short of the slips added up, paid out by itself every evening, paid in
   two parts, the rate on the statement above the one agreed said per mille; lead17's weekday line
   stays the payout's;
3. supplies (the slip paper's size, a PIN-pad privacy shield bought alone), a sale through on a
   second card, a sale's sum paid on two cards, whether the terminal takes foreign cards (a
   capability asked before a tour group, no card fault);
4. the home Wi-Fi password asked of the family: no network fault.
"""

import pytest

from knowledge.evaluation import NAMED_INTENTS
from tests.conversation import converse
from tests.tables import events


def _fixes(results) -> list[str]:
    return [d["fix"] for d in events(results, "fix_suggested")]


# -- 1. less money in than the day's total: the fee, explained --------------------------------------

TOTAL_SHORT = [
    ("en", "Terminal day total 18,720 but only 18,590 credited in my bank, where did the rest go?"),
    ("en", "settle slip says 9,850.00 but account got 9,780 only. who cut my money"),
    ("en", "yesterday's total was $4,210 and the deposit is short by 30 something"),
    ("en", "POS total was Rs 41,600 but in bank only 41,2xx came, who is cutting"),
    ("zh-hans", "昨天机器上总数是一万二千三 到账才一万二千二 少了的钱去哪了"),
    ("zh-hans", "小票加起来八千六 到账只有八千五百多 是扣了手续费吗"),
    ("zh-hans", "结算单总数3,560元 银行只入了3,540 差了二十块"),
    ("zh-hant", "今日部機總數兩萬三 入到戶口少咗百幾蚊 係咪扣咗手續費"),
    ("zh-hant", "簽購單加起來一萬五 撥款只有一萬四千九 差了八十幾"),
]


@pytest.mark.parametrize("lang, text", TOTAL_SHORT)
def test_less_than_the_days_total_is_the_fee_explained(engine, lang, text):
    results = converse(engine, [text], lang)
    assert _fixes(results)[:1] == ["fix_explain_fee_deducted"], _fixes(results)


@pytest.mark.parametrize("lang, text, follow", [
    ("en", TOTAL_SHORT[0][1], "so where is the balance going?"),
    ("en", TOTAL_SHORT[0][1], "still i am not getting"),
    ("en", TOTAL_SHORT[3][1], "i m not getting what you say"),
    ("zh-hans", TOTAL_SHORT[4][1], "还是没明白"),
    ("zh-hans", TOTAL_SHORT[5][1], "搞不明白 钱到底去哪了"),
])
def test_asked_again_after_the_fee_is_no_fix(engine, lang, text, follow):
    """The explanation asked after again or not understood: explained again or a person, never
    the next fix (a chargeback's slip, a refund, a sign-in)."""
    results = converse(engine, [text, follow], lang)
    assert _fixes(results) == ["fix_explain_fee_deducted"], _fixes(results)
    last = {e.name for e in results[-1].events}
    assert last & {"explain_step", "person_offered", "verdict_asked"}, last


def test_a_sum_with_hidden_digits_is_no_code(recogniser):
    got = recogniser.recognise("in bank only 36,1xx came")
    assert got.code is None, got.code


# -- 2. payout intents ----------------------------------------------------------------------------

PAYOUT = [
    "the settlement landed but its 85 less than the slips total",
    "能不能每天打烊后自动把钱转到我卡上",
    "可以设置成每天晚上自动提现到银行卡吗",
    "对账单上扣的是千分之六 合同写的千分之五点五",
    "you charged 0.6% on the statement but the agreed rate was 0.55%",
    "费率签的千分之五 流水里扣了千分之六",
    # lead17's line stays the payout's
    "its wednesday today and mondays card money still isnt in",
]


@pytest.mark.parametrize("text", PAYOUT)
def test_payout_intent_is_read(recogniser, text):
    got = recogniser.recognise(text)
    assert (got.intent, got.category, got.code) == ("payout", None, None), (got.intent, got.category, got.code)


@pytest.mark.parametrize("text", [
    "钱进来了 跟小票加一起对不上 少了五十几",
    "结算款到了 但是比签购单合计少了七十块",
    "今日筆錢入咗戶口 同啲單加埋差咗六十幾",
])
def test_a_payout_short_of_the_slips_is_the_fee_in_the_dialog(engine, text):
    """Short of the slips added up, the money said come in: the fee explained (through the engine;
    the recogniser alone may give no intent)."""
    assert _fixes(converse(engine, [text]))[:1] == ["fix_explain_fee_deducted"]


@pytest.mark.parametrize("text", [
    "钱进来了 跟小票加一起对不上 少了五十几",
    "每晚可唔可以自動提款入我張卡",
    "my money came as two payments instead of one, normal?",
    "今天钱分了两笔进来 一笔三千 一笔六百",
    "筆錢分兩次入咗戶口 正唔正常",
    "can you make it pay out to my account by itself every evening",
])
@pytest.mark.xfail(strict=True, reason="rec51: not read as the payout by the recogniser (the phrasings that would read "
                   "them moved unrelated dev lines: card faults, lead17's neighbours, a sign-on line)")
def test_payout_intent_not_yet_read(recogniser, text):
    assert recogniser.recognise(text).intent == "payout"


# -- 3. supplies, sale_ok, amount, a capability asked --------------------------------------------

INTENTS = [
    ("签购单用的纸卷是什么尺寸 我自己去买", "supplies"),
    ("what size paper rolls fit the card machine, going to buy some", "supplies"),
    ("張單紙要買幾闊嘅", "supplies"),
    ("打印小票的纸要买多宽的", "supplies"),
    ("密码键盘的防偷窥罩能单买吗", "supplies"),
    ("can i buy just the privacy shield for the pin pad", "supplies"),
    ("想另外买个密码键盘的遮挡罩", "supplies"),
    ("换了张卡 刷过了", "sale_ok"),
    ("客人换了另一张卡 成功了", "sale_ok"),
    ("used her other card and it went through", "sale_ok"),
    ("swapped to another card, approved", "sale_ok"),
    ("总共2,380元 客人用两张卡分开付的", "amount"),
    ("合计3,105块 客人两张卡各刷一部分", "amount"),
    ("total 1,240, customer split it over two cards", "amount"),
]


@pytest.mark.parametrize("text, intent", INTENTS)
def test_chat_style_intent_is_read(recogniser, text, intent):
    got = recogniser.recognise(text)
    assert (got.intent, got.category, got.code) == (intent, None, None), (got.intent, got.category, got.code)


@pytest.mark.parametrize("text", [
    # whether the terminal takes foreign cards, asked before they come: no card fault
    "你们的机器能刷国外的卡吗 下周有外宾团",
    "does your terminal take foreign cards? a tour group is coming next month",
    "外国游客的信用卡你们机子支持吗 我们要接团",
    # 4. the home Wi-Fi's password asked of the family: no network fault
    "老婆 家里wifi密码多少 儿子要上网课",
    "honey whats the wifi password at home, the kids need it for school online",
    "老公 屋企wifi密碼係咩 個仔要上網堂",
])
def test_no_fault_is_read_in_a_question_of_another_kind(recogniser, text):
    got = recogniser.recognise(text)
    assert (got.category, got.code) == (None, None) and got.intent not in NAMED_INTENTS, \
        (got.intent, got.category, got.code)


@pytest.mark.parametrize("text, intent", [
    ("換咗第二張卡 過咗", "sale_ok"),
    ("一共986元 分两张卡刷的", "amount"),
    ("機器收唔收到外國人嘅卡 下個月有旅行團", None),
    ("家里路由器密码忘了 孩子网课要用 你记得吗", "chitchat"),
])
@pytest.mark.xfail(strict=True, reason="rec51: not read yet; the phrasings tried for them (sale_ok on another card, a "
                   "sum on two cards, sales and chitchat words of cards and Wi-Fi) moved card, network and payout lines")
def test_intents_not_yet_read(recogniser, text, intent):
    got = recogniser.recognise(text)
    assert (got.intent, got.category, got.code) == (intent, None, None)


@pytest.mark.parametrize("text, category", [
    ("外国人的卡刷不了", "card"),
    ("foreign customer card keeps getting declined", "card"),
    ("wifi keeps dropping and the terminal says no connection", "network"),
    ("密码键盘按了没反应", "hardware"),
])
def test_the_faults_stay_faults(recogniser, text, category):
    assert recogniser.recognise(text).category == category
