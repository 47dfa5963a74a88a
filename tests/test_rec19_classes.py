"""Tenth round (rec19): the classes behind chat-style dev10's misses, each with sentences of our
own (zh, traditional zh, en; not from an eval file, not from the knowledge base)."""

import pytest

from tests.recognition import recognised


# --- code forms --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, code", [
    ("付款的时候弹出error0020000 然后就没反应了", "0020000"),   # "error" glued to the code
    ("屏幕一直跳ERROR51出来", "51"),
    ("螢幕出現 零零二零零零零 點算", "0020000"),               # a long code read digit by digit
    ("上面写着 零零贰零零零零", "0020000"),                    # ... in banker's numerals
    ("伍伍 客人说密码没错啊", "55"),                            # banker's numerals standing alone
    ("玖壹 啥意思", "91"),
    ("ti shi jiu liu 咋办", "96"),                            # pinyin announcing, Chinese after
    ("xian shi wu yi 客人卡里有钱的", "51"),
    ("it gave a ninety-one just now", "91"),                  # an English number after "a"
    ("terminal shows a fifty-five after the pin", "55"),
    ("弹出来个午舞", "55"),                                     # a digit's two homophones
    ("出来个流留 不知道啥意思", "66"),
])
def test_codes_in_more_forms(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


@pytest.mark.parametrize("text", [
    "陆陆续续有客人来",                    # banker's digits inside a phrase stay words
    "got a twenty five dollar tip today",  # an amount after "a"
    "显示巴巴的 看不清",                    # homophones of one digit said twice, no numeral
    "jiu shi 刷不了",                       # pinyin that is no number
])
def test_words_like_numbers_stay_words(recogniser, text):
    assert recognised(recogniser, text)[0] is None


@pytest.mark.parametrize("text, category", [
    ("外面零下30度 机器屏幕反应特别慢", "environment"),
    ("零下二十多度 摆摊的机器开不了机", "environment"),
])
def test_below_zero_is_the_cold_not_a_code(recogniser, text, category):
    assert recognised(recogniser, text) == (None, category)


def test_minus_before_a_number_is_no_code(recogniser):
    assert recognised(recogniser, "it was minus 30 at the market this morning, card machine froze")[0] is None


# --- an approval code with words of success ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "屏幕出了00 交易成功 应该没事吧",
    "螢幕顯示00 交易成功 冇問題啩",
    "machine shows 00 approved, that's fine right?",
])
def test_an_approval_code_told_as_a_success_is_the_success(recogniser, text):
    rec = recogniser.recognise(text)
    assert (rec.code, rec.category, rec.intent) == (None, None, "sale_ok"), rec


@pytest.mark.parametrize("text, code", [
    ("屏幕上是00 是成功了吗", "00"),        # asked only: the code is explained
    ("pos显示00", "00"),
    ("got a 10 and only part went through", "10"),  # a code with something to do
])
def test_an_approval_code_asked_about_stays_the_code(recogniser, text, code):
    assert recognised(recogniser, text)[0] == code


def test_an_approval_code_with_a_fault_beside_it_is_the_fault(recogniser):
    code, category = recognised(recogniser, "显示00 交易成功 但是小票一直出不来")
    assert code is None and category == "hardware"


@pytest.mark.parametrize("text", [
    "刚才那笔显示交易成功 客人说短信还没来 是成功了吧",
    "簽購單印咗出嚟 交易成功 係咪得咗",
])
def test_success_then_asked_to_be_told_it_went_through(recogniser, text):
    rec = recogniser.recognise(text)
    assert (rec.code, rec.category, rec.intent) == (None, None, "sale_ok"), rec


# --- non-fault questions about a detail (no number given) ----------------------------------------
@pytest.mark.parametrize("text, intent", [
    ("一笔最多能收多少钱", "amount"),
    ("單筆限額係幾多", "amount"),
    ("今日收咗幾多錢 喺邊度睇", "amount"),
    ("签购单上哪个是参考号", "order_number"),
    ("凭证号在小票什么位置", "order_number"),
    ("where is the trace number on the receipt", "order_number"),
    ("你们客服热线多少", "phone"),
    ("你哋客服電話幾多號", "phone"),
    ("what's your hotline", "phone"),
    ("结算的款还没到我卡里", "payout"),
    ("闪付标志贴纸掉了 能再寄一张吗", "supplies"),
])
def test_questions_about_a_detail_get_their_intent(recogniser, text, intent):
    rec = recogniser.recognise(text)
    assert (rec.code, rec.category, rec.intent) == (None, None, intent), rec


@pytest.mark.parametrize("text", [
    "金额输错了 多输了一个零",                 # names the amount, gives none: a fault
    "单笔超过限额了 刷不了",
])
def test_a_detail_named_in_a_fault_is_still_the_fault(recogniser, text):
    code, category = recognised(recogniser, text)
    assert category is not None or code is not None


# --- off-topic and other enquiries -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "推荐一个记账的app",
    "記帳軟件有冇推介",
    "新领的pos机怎么激活",
])
def test_enquiries_that_are_no_fault(recogniser, text):
    rec = recogniser.recognise(text)
    assert (rec.code, rec.category) == (None, None), rec


# --- screen texts of an unknown shop or terminal ---------------------------------------------
@pytest.mark.parametrize("text", [
    "刷卡提示商户不存在",
    "終端機顯示未註冊 刷唔到",
    "screen says merchant does not exist",
])
def test_the_host_not_knowing_the_shop_is_a_merchant_fault(recogniser, text):
    assert recognised(recogniser, text) == (None, "merchant")


# --- everyday faults: a cracked screen, frozen after an update, no signal bars ------------------
@pytest.mark.parametrize("text, category", [
    ("ping mu lie le", "hardware"),                 # typed in pinyin
    ("螢幕碎咗", "hardware"),
    ("更新完系统之后卡住不动了", "software"),
    ("昇級之後成部機卡死咗", "software"),
    ("terminal froze after it updated last night", "software"),
    ("signal bar is at zero, nothing connects", "network"),
    ("信號格冇晒 連唔到", "network"),
])
def test_everyday_faults_in_few_words(recogniser, text, category):
    assert recognised(recogniser, text) == (None, category)


# --- a part's fault said only with the part's words ----------------------------------------------
@pytest.mark.parametrize("text, category", [
    ("the machine keeps saying comms error", "network"),   # no pin pad named: the connection
    ("外接的密码键盘连不上", "hardware"),
    ("external keypad not responding", "hardware"),
])
def test_the_part_or_place_named_decides(recogniser, text, category):
    assert recognised(recogniser, text) == (None, category)


# --- a goodbye's words inside a question about a success -----------------------------------------
@pytest.mark.parametrize("text", [
    "小票出来了 就想问这样算不算成功",            # 就…这样 of "就这样吧" (that's all)
])
def test_a_social_word_inside_a_success_question_gives_way_to_it(recogniser, text):
    rec = recogniser.recognise(text)
    assert (rec.code, rec.category, rec.intent) == (None, None, "sale_ok"), rec


def test_a_social_word_inside_a_fault_still_gives_way_to_the_fault(recogniser):
    assert recognised(recogniser, "还是这样 小票一张都打不出来")[1] == "hardware"
