"""dlg94: what typing merchants said that the dialog did not hear - the step done and a success told
the way people tell it: the trouble said gone and a test sale through ("the screen stays still now
and the payment went", "屏幕上的雾冇得了 刷了一个 过了"), and a count of sales through whose first
words a fact's shares ("two payment go straight through" is no "two payment apps"). Each class is
merchant language of our own (none copied from an eval file) in zh, zh-hant and English, with near
misses, played through the real engine. (dlg94's first step, the matcher's stable tie-break, is held
by tests/test_stories.py's listening story and test_a_tie_keeps_one_order below.)"""

import pytest

from tests.conversation import converse

OPENING = {"en": "the card machine shows 0020000 on every sale",
           "zh-hans": "收款机刷卡老是报0020000",
           "zh-hant": "收款機刷卡一直出0020000"}
FACT = {"en": "the battery dies fast, charged full at opening and almost flat by noon",
        "zh-hans": "电池不经用 早上充满 中午就快没电了",
        "zh-hant": "電池不耐用 早上充滿 中午就快沒電了"}


def _said(result):
    return [r.text for r in result.replies]


def _names(result):
    return [e.name for e in result.events]


def _after_a_step(engine, lang, text):
    results = converse(engine, [OPENING[lang], FACT[lang], text], lang)
    assert results[1].session["state"] == "fixing", _said(results[1])
    return results[-1]


# -- 1. the step done, the trouble said gone and a test sale through: success ---------------------

TOLD_GONE_AND_THROUGH = [
    ("en", "took the plastic film off and dried it, now the display stays still and the payment went"),
    ("en", "done that, the screen keeps still now and the sale went fine"),
    ("en", "wiped it, it sits still now. payment went"),
    ("en", "put it on the shelf by the window. two payment went straight"),
    ("en", "dried it off, the payment went"),
    ("zh-hans", "屏幕上的雾冇得了 刷了一笔 过了"),
    ("zh-hans", "晾了半天 雾冇得了 刷了一单 过了"),
    ("zh-hans", "屏幕上的雾冇得了 试了一张卡 过了"),
    ("zh-hant", "螢幕上的霧冇得了 刷了一筆 過了"),
    ("zh-hant", "晾了半天 水氣冇得了 試了一張 過了"),
]


@pytest.mark.parametrize("lang, text", TOLD_GONE_AND_THROUGH)
def test_the_trouble_gone_and_a_test_sale_through_is_success(engine, lang, text):
    result = _after_a_step(engine, lang, text)
    assert result.session["state"] == "rating", (_names(result), _said(result))


STILL_THERE = [
    ("en", "did it, the screen is still jumping about"),
    ("en", "kept it on the ledge, still failing"),
    ("en", "held it still and it still declined"),
    ("en", "the card went in and declined again"),
    ("en", "there are two payment apps on it, which one do I open?"),
    ("zh-hans", "刷了一笔 过了一会又报0020000"),
    ("zh-hans", "屏幕上的雾冇得了 但是刷卡还是报"),
    ("zh-hans", "刷了一个 过了十分钟又不行了"),
    ("zh-hant", "刷了一筆 過了幾秒又出0020000"),
    ("zh-hant", "螢幕上的霧冇得了 刷卡還是一樣"),
]


@pytest.mark.parametrize("lang, text", STILL_THERE)
def test_the_trouble_still_there_is_no_success(engine, lang, text):
    result = _after_a_step(engine, lang, text)
    assert result.session["state"] != "rating", (_names(result), _said(result))


# -- the matcher's tie-break (re-landing dlg92): equal scores in one fixed order ------------------

def test_a_tie_keeps_one_order(recogniser):
    """A screen text that a code and a symptom both show scores the same for both: the code's
    wording comes first, whatever order numpy's selection left them in."""
    from knowledge.matcher import _ranked

    result = recogniser.recognise("terminal says no connection since this morning")
    kinds = [(c.kind, c.id) for c in result.candidates]
    assert ("code", "97") in kinds and ("symptom", "s_invalid_merchant") not in kinds, kinds
    rows = recogniser._score(recogniser.prepare("terminal not registered")[1])
    assert _ranked(list(reversed(rows))) == _ranked(rows)
    tied = [r for r in _ranked(rows) if r[1] == _ranked(rows)[0][1]]
    assert [r[0].kind for r in tied] == sorted((r[0].kind for r in tied), key=["code", "shared", "symptom",
                                                                                "intent"].index)


# -- 2. the clock told gone strange in everyday words: the wrong date and time --------------------

CLOCK_STRANGE = [
    ("en", "the time up in the corner has gone funny as well"),
    ("en", "also the clock on it has gone haywire"),
    ("en", "and the time on the screen is all over the place"),
    ("zh-hans", "还有 机器上的钟乱了"),
    ("zh-hans", "角上的时间乱套了"),
    ("zh-hans", "屏幕上的时间差好远"),
    ("zh-hant", "個鐘亂晒 唔知點解"),
    ("zh-hant", "角落的時間亂套了"),
    ("zh-hant", "螢幕上的時間差好遠"),
]


def _observed(result):
    return [e.data.get("observation") for e in result.events if e.name == "observation"]


@pytest.mark.parametrize("lang, text", CLOCK_STRANGE)
def test_the_clock_gone_strange_is_the_wrong_date(engine, lang, text):
    result = converse(engine, [OPENING[lang], text], lang)[-1]
    assert "obs_wrong_date" in _observed(result), (_names(result), _said(result))


CLOCK_FINE_OR_OTHER = [
    ("en", "the screen has gone funny as well"),
    ("en", "customers are all over the place today"),
    ("en", "the time is right, it is just the payments"),
    ("zh-hans", "这个机器怪怪的"),
    ("zh-hans", "时间是对的 就是刷不了"),
    ("zh-hant", "部機怪怪的"),
]


@pytest.mark.parametrize("lang, text", CLOCK_FINE_OR_OTHER)
def test_other_strangeness_is_no_wrong_date(engine, lang, text):
    result = converse(engine, [OPENING[lang], text], lang)[-1]
    assert "obs_wrong_date" not in _observed(result), (_names(result), _said(result))


# -- 3. the Wi-Fi's web login told by what it asks: the login page ---------------------------------

LOGIN_TOLD = [
    ("en", "we changed internet company, now you get a page to tick before you are on the wifi"),
    ("en", "the new wifi makes you tick the box and agree to the terms first"),
    ("en", "on the free wifi from the landlord now, it wants an email to get on"),
    ("zh-hans", "店里换了新的wifi 连上去要先点同意才能上网"),
    ("zh-hans", "新wifi要填邮箱才能上网"),
    ("zh-hant", "店裡換了新的WiFi 連上去要先勾同意"),
    ("zh-hant", "新的WiFi要填郵箱才能上網"),
]


@pytest.mark.parametrize("lang, text", LOGIN_TOLD)
def test_the_web_login_told_by_what_it_asks_is_the_login_page(engine, lang, text):
    result = converse(engine, [OPENING[lang], text], lang)[-1]
    assert "obs_wifi_login_page" in _observed(result), (_names(result), _said(result))


NO_LOGIN = [
    ("en", "customer wanted to put his email in for the receipt"),
    ("en", "the wifi is ours, password only, nothing to tick"),
    ("zh-hans", "客人要我填邮箱发电子小票"),
    ("zh-hans", "我同意 你说吧"),
    ("zh-hant", "客人要填郵箱收電子收據"),
]


@pytest.mark.parametrize("lang, text", NO_LOGIN)
def test_an_email_or_an_agreement_elsewhere_is_no_login_page(engine, lang, text):
    result = converse(engine, [OPENING[lang], text], lang)[-1]
    assert "obs_wifi_login_page" not in _observed(result), (_names(result), _said(result))


# -- 4. a customer who has only a card to pay with: the means of paying, not one card failing -----

ONLY_MEANS = [
    ("en", "the tourist want to pay for the basket and he have only card"),
    ("en", "customer has only card no cash"),
    ("en", "he got only card, no cash"),
    ("en", "the man brought only card today"),
]


@pytest.mark.parametrize("lang, text", ONLY_MEANS)
def test_a_customer_with_only_a_card_is_no_one_card_fact(engine, lang, text):
    result = converse(engine, [OPENING[lang], text], lang)[-1]
    assert "obs_one_card" not in _observed(result), (_names(result), _said(result))


ONE_CARD_STILL = [
    ("en", "only his card fails, others fine"),
    ("en", "only one card does it"),
    ("zh-hans", "只有这张卡不行 别的卡可以"),
    ("zh-hant", "只有這張卡不行 別的卡可以"),
]


@pytest.mark.parametrize("lang, text", ONE_CARD_STILL)
def test_one_card_failing_keeps_its_fact(engine, lang, text):
    result = converse(engine, [OPENING[lang], text], lang)[-1]
    assert "obs_one_card" in _observed(result), (_names(result), _said(result))


# -- 5. the customer's copy said not coming, or only the merchant's out: one copy printed ---------

ONE_COPY_TOLD = [
    ("en", "hello, the customer copy is not coming after the sale"),
    ("en", "slip printer gives only the merchant copy now"),
    ("en", "customer's copy not coming since this morning"),
    ("zh-hans", "刷完卡客户联打不出 怎么回事"),
    ("zh-hans", "现在只出商户联 客人那张没有"),
    ("zh-hant", "刷完卡客戶聯打不出"),
    ("zh-hant", "現在只打商戶聯"),
]


@pytest.mark.parametrize("lang, text", ONE_COPY_TOLD)
def test_the_customer_copy_not_coming_is_one_copy_printed(engine, lang, text):
    result = converse(engine, [text], lang)[-1]
    assert "obs_one_receipt_copy" in _observed(result), (_names(result), _said(result))


OTHER_SLIP_TROUBLE = [
    ("en", "the slip comes out blank, both copies"),
    ("en", "customer says he paid twice but I only have one slip"),
    ("zh-hans", "小票打出来是白的"),
    ("zh-hant", "客人說扣了兩次 但是只有一張單"),
]


@pytest.mark.parametrize("lang, text", OTHER_SLIP_TROUBLE)
def test_other_slip_trouble_is_no_one_copy_fact(engine, lang, text):
    result = converse(engine, [text], lang)[-1]
    assert "obs_one_receipt_copy" not in _observed(result), (_names(result), _said(result))


# -- 6. a furnace, kiln or welder on the same supply: the shared power -----------------------------

HEAVY_LOAD = [
    ("en", "it only fails when the furnace is on out the back"),
    ("en", "mostly fine, but when he welds in the yard it goes wrong"),
    ("en", "the kiln is firing today and it keeps failing"),
    ("zh-hans", "后面电炉一开就报"),
    ("zh-hans", "开窑的时候就刷不了"),
    ("zh-hant", "後面電爐一開就報"),
    ("zh-hant", "後面燒焊的時候就出錯"),
]


@pytest.mark.parametrize("lang, text", HEAVY_LOAD)
def test_a_furnace_kiln_or_welder_on_is_the_shared_supply(engine, lang, text):
    result = converse(engine, [OPENING[lang], text], lang)[-1]
    assert "obs_shared_power" in _observed(result), (_names(result), _said(result))


NO_HEAVY_LOAD = [
    ("en", "it's hot as a furnace in the shop today"),
    ("en", "we sell pottery from our own kiln"),
    ("zh-hans", "天热得像火炉一样"),
    ("zh-hant", "我們賣自己窯燒的陶瓷"),
]


@pytest.mark.parametrize("lang, text", NO_HEAVY_LOAD)
def test_a_furnace_or_kiln_only_named_is_no_shared_supply(engine, lang, text):
    result = converse(engine, [OPENING[lang], text], lang)[-1]
    assert "obs_shared_power" not in _observed(result), (_names(result), _said(result))
