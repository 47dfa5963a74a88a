"""rec41: codes typed broken up or said in words, codes that share one meaning, and a signature asked
instead of the PIN: each a class of merchant language with sentences of our own in zh, zh-hant
(Cantonese) and en (none copied from an eval file), and near-misses that keep their old reading."""

import pytest

from tests.conversation import converse

# -- 1. the long code typed broken up, its zeros first: 0020000, never 00 ("approved") ----------

LONG_SPLIT = [
    "machine keeps showing 00,20000",
    "error 00 then 20000",
    "it's 00 and 20000 on the eftpos",
    "card machine says 0 then 020000",
    "the reader keeps coming up with 00 20 000",
    "00.20000 flashing on the terminal",
    "keeps giving 00 followed by 20000 like twenty thousand",
    "一直跳00,20000 咋整",
    "机器一刷卡就显示00后面是20000",
    "屏幕上00跟住20000",
    "收钱的时候报00 然后20000",
    "師傅 部機成日出 00，20000 點算",
    "部機彈個00 跟住20000出嚟",
]


@pytest.mark.parametrize("text", LONG_SPLIT)
def test_long_code_typed_broken_up_is_the_long_code(recogniser, text):
    rec = recogniser.recognise(text)
    assert rec.code == "0020000", (text, rec.code, rec.candidates[:3])


# ... and a zero short or one too many, two zeros in front, where a sale or a card fails
LONG_SLIPPED = [
    "Card reader's telling me 002000 every time a card goes in",
    "002000 every time we tap",
    "00200000 when customers put the card in",
    "the eftpos keeps saying 002000 on chip cards",
    "every sale fails with 00200000",
    "客人插卡就报002000",
    "一刷卡就显示00200000",
    "部機次次插卡都係00200000",
    "交易失败 屏幕上002000",
]


@pytest.mark.parametrize("text", LONG_SLIPPED)
def test_long_code_a_zero_out_beside_a_failing_sale(recogniser, text):
    rec = recogniser.recognise(text)
    assert rec.code == "0020000", (text, rec.code, rec.candidates[:3])


# near-misses: a number named as something else, a phone number's groups, a sum
NOT_THE_LONG_CODE = [
    "凭证号002000 交易失败",
    "trace no 002000 declined",
    "call me 0044 20000 1234",
    "00 20000 1234 is my number",
    "customer paid 20000 fine",
]


@pytest.mark.parametrize("text", NOT_THE_LONG_CODE)
def test_numbers_of_other_things_stay_no_long_code(recogniser, text):
    assert recogniser.recognise(text).code != "0020000", text


def test_the_split_code_answer_is_the_terminal_error_not_approved(engine):
    results = converse(engine, ["the card machine keeps giving error 00 then 20000, customers waiting"], "en")
    problems = [e.data for e in results[-1].events if e.name == "problem"]
    assert problems and problems[0]["code"] == "0020000", problems


# -- 2. a code given again in words, or by its meaning, after "I didn't understand" -------------

SAID_AGAIN = [
    ("Sorry, ninety one. Issuer unavailable or something", "91"),
    ("sorry I meant ninety-one", "91"),
    ("Oops, ninety six", "96"),
    ("I mean fifty-five", "55"),
    ("my bad, it's fifty one", "51"),
    ("Sorry, nine one. issuer not there", "91"),
    ("the machine's after saying nócha a haon, declined", "91"),
    ("it says caoga a haon as gaeilge", "51"),
    ("screen says issuer inoperative", "91"),
    ("发卡行不可用", "91"),
    ("屏幕说发卡行暂时用不了", "91"),
    ("發卡行用唔到", "91"),
    ("拒绝承兑", "05"),
    ("it says not enough funds", "51"),
    ("sorry, fifty one. not enough money or something", "51"),
]


@pytest.mark.parametrize("text, code", SAID_AGAIN)
def test_code_said_in_words_or_by_its_meaning(recogniser, text, code):
    rec = recogniser.recognise(text)
    assert rec.code == code, (text, rec.code, rec.candidates[:3])


NOT_SAID_AGAIN = [
    "sorry, fifty one customers were waiting",
    "sorry twenty minutes late",
]


@pytest.mark.parametrize("text", NOT_SAID_AGAIN)
def test_a_count_after_sorry_is_no_code(recogniser, text):
    assert recogniser.recognise(text).code is None, text


@pytest.mark.parametrize("first, again, code", [
    ("the yoke is at it again", "Sorry, ninety-one. issuer unavailable or the like", "91"),
    ("it's doing that thing again", "it says do not honour", "05"),
    ("it's doing that thing again", "sorry I meant fifty one, not enough funds", "51"),
    ("又来了", "发卡行不可用", "91"),
])
def test_a_code_said_again_after_not_understood_is_read(engine, first, again, code):
    results = converse(engine, [first, again])
    problems = [e.data for r in results for e in r.events if e.name == "problem"]
    assert problems and problems[-1]["code"] == code, problems


@pytest.mark.parametrize("lang, again, code", [
    ("en", "Sorry, ninety-one. Issuer unavailable I think", "91"),
    ("en", "sorry I meant fifty one", "51"),
    ("en", "oops, ninety six", "96"),
    ("zh-hans", "不好意思 我是说九十一", "91"),
    ("zh-hans", "打错了 是51", "51"),
])
def test_a_code_corrected_at_a_fix_is_a_new_problem(engine, lang, again, code):
    first = {"en": "Hi, a customer's card was declined", "zh-hans": "客人的卡被拒了"}[lang]
    results = converse(engine, [first, again], lang)
    problems = [e.data for e in results[-1].events if e.name == "problem"]
    assert problems and problems[-1]["code"] == code, [(e.name, e.data) for e in results[-1].events]


def test_an_amount_after_sorry_at_a_fix_is_no_code(engine):
    results = converse(engine, ["Hi, a customer's card was declined", "sorry, 45 dollars was the amount"], "en")
    assert not [e for e in results[-1].events if e.name == "problem"]


# -- 3. codes that share one screen text and one meaning: answered at once, both named ----------

ONE_MEANING = [
    ("en", "customer put his pin 3 times and now machine say pin tries exceeded, is it my machine?"),
    ("en", "PIN tries exceeded on the screen"),
    ("en", "it says exceeded pin tries"),
    ("en", "terminal showing pin tries exceeded for one customer"),
    ("zh-hans", "客人密码错误次数超限了 是不是机器坏了"),
    ("zh-hans", "显示密码错误次数超限"),
    ("zh-hant", "部機話密碼錯誤次數超限"),
    ("zh-hant", "個客入錯密碼三次 出咗密碼錯誤次數超限"),
]


@pytest.mark.parametrize("lang, text", ONE_MEANING)
def test_codes_of_one_meaning_are_answered_not_asked(engine, lang, text):
    result = converse(engine, [text], lang)[-1]
    names = [e.name for e in result.events]
    assert "clarify_offered" not in names, names
    problems = [e.data for e in result.events if e.name == "problem"]
    assert problems and problems[0]["code"] in ("38", "75"), problems
    assert "38" in result.replies[0].text and "75" in result.replies[0].text


def test_codes_of_different_meanings_are_still_asked(engine):
    # 33 (expired, the bank wants the card kept) and 54 (expired): not one meaning
    names = [e.name for e in converse(engine, ["expired card"], "en")[-1].events]
    assert "shared_one_meaning" not in names, names


# -- 4. a signature asked instead of the PIN: no fault, explained; never "incorrect PIN" --------

SIGNATURE = [
    ("en", "the terminal wants the customer to sign the slip, not enter PIN"),
    ("en", "customer didn't need a PIN, it printed a line to sign"),
    ("zh-hans", "有些卡刷了不用输密码 直接让签字"),
    ("zh-hant", "啲外國卡唔使入密碼 要簽名喎"),
    ("zh-hant", "有啲客嘅卡唔使打密碼 出張單叫佢簽名"),
    # (int29: passes since rec50; folded back from the strict list below, as its comment asks)
    ("en", "a few cards the till asks signature on the receipt, not pin. wrong setting?"),
]


# (int27: rec41's symptom for these, s_signature_asked, moved the matcher's statistics so that
# lead17's "its wednesday today and mondays card money still isnt in" lost its payout reading;
# the symptom is not shipped, and these four openings stay unexplained until it can be: strict,
# so that the day they pass this list is folded back into SIGNATURE)
SIGNATURE_NEEDING_ITS_SYMPTOM = [
    ("en", "some american cards ask for a signature instead of a pin"),
    ("en", "Why are a few visitors' cards asking for a signature on the slip rather than the PIN number?"),
    ("zh-hans", "外国客人的卡不用输密码 要在小票上签名 是不是设置错了"),
]


@pytest.mark.parametrize("lang, text", SIGNATURE + [
    pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="s_signature_asked not shipped"))
    for case in SIGNATURE_NEEDING_ITS_SYMPTOM])
def test_a_signature_instead_of_the_pin_is_explained(engine, lang, text):
    result = converse(engine, [text], lang)[-1]
    problems = [e.data for e in result.events if e.name == "problem"]
    assert problems and problems[0]["code"] != "55", problems
    fixes = [e.data["fix"] for e in result.events if e.name == "fix_suggested"]
    assert fixes[:1] == ["fix_signature_cvm"], (problems, fixes)


@pytest.mark.parametrize("text", ["PIN", "customer forgot his PIN", "pin pad"])
def test_a_pin_named_alone_is_no_incorrect_pin_code(recogniser, text):
    assert recogniser.recognise(text).code != "55", text


def test_a_slip_signed_after_the_pin_is_no_signature_card(engine):
    # the PIN entered, then the slip signed: a routine step, not a card verified by signature
    result = converse(engine, ["the customer entered the pin and then signed the slip, then it said declined"], "en")[-1]
    assert "fix_signature_cvm" not in [e.data.get("fix") for e in result.events if e.name == "fix_suggested"]


def test_a_wrong_pin_stays_a_wrong_pin(recogniser):
    rec = recogniser.recognise("the customer put the PIN wrong")
    assert rec.code == "55" or rec.symptom == "s_pin_wrong", (rec.code, rec.symptom)


# ---------------------------------------------------------------- end to end (simulator)
@pytest.mark.parametrize("path,merchant_id", [
    ("knowledge/eval/typed_merchants_holdout39.yaml", "c03"),
    ("knowledge/eval/typed_merchants_holdout39.yaml", "c14"),
    ("knowledge/eval/typed_merchants_holdout39.yaml", "c18"),
    ("knowledge/eval/typed_merchants_holdout39.yaml", "s33"),
    ("knowledge/eval/typed_merchants_holdout40.yaml", "h21"),
])
def test_released_merchants_resolve(engine, path, merchant_id):
    import yaml

    from dialogs.typed_simulate import play

    with open(path, encoding="utf-8") as handle:
        merchant = next(m for m in yaml.safe_load(handle)["merchants"] if m["id"] == merchant_id)
    assert play(engine, merchant).resolved
