"""A case or cover put on the terminal is its own fact (obs_case_put_on), clear for both the
screen protector and the tap area and decisive for neither: with "only tapping fails" the tap
area is the cause and its fix comes; with a touch screen that misses, the protector's. A film
on the screen stays the protector's decisive fact. Sentences written for these tests."""

from tests.tables import fact_not_read, fact_read, told_fact_leads_to_fix

CASES = [
    "上个礼拜给机器套了个带指环的硅胶壳",
    "老闆娘幫部機買咗個新殼套住",
    "we put it in a rugged case with a metal plate on the back",
]
test_a_case_is_told = fact_read(CASES, "obs_case_put_on", plain=True)
test_a_case_is_no_film = fact_not_read(CASES, "obs_screen_protector", plain=True)

FILMS = ["昨天屏幕刚贴了钢化膜", "螢幕貼咗張防爆膜", "just put a tempered glass on the screen"]
test_a_film_is_the_protector = fact_read(FILMS, "obs_screen_protector", plain=True)

TAP_WITH_CASE = [
    (["0020000 拍卡的时候报", "只有拍卡不行 插卡可以", "前几天刚给它套了个厚壳 后面有个金属指环"],
     "zh-hans", "fix_remove_sticker"),
    (["拍卡先彈0020000", "插卡冇問題 淨係拍卡唔得", "個仔早幾日幫部機套咗個厚殼 後面有個鐵環"],
     "zh-hant", "fix_remove_sticker"),
    (["tap payments give 0020000", "only tap fails, chip is fine", "we put a thick case with a metal ring on it"],
     "en", "fix_remove_sticker"),
]
test_a_case_on_a_terminal_whose_tap_fails_comes_off_the_tap_area = told_fact_leads_to_fix(TAP_WITH_CASE, within=3)


# -- the fault told again as a contrast after a fix is no success --------------------------------

import pytest  # noqa: E402

from tests.conversation import converse  # noqa: E402
from tests.tables import events  # noqa: E402


@pytest.mark.parametrize("lang, opening, told", [
    ("en", "tap payments give 0020000", "tap still fails, chip is fine"),
    ("zh-hans", "拍卡的时候报0020000", "拍卡还是不行 插卡倒是可以"),
    ("zh-hant", "拍卡就彈0020000", "拍卡仲係唔得 插卡就冇問題"),
])
def test_the_fault_restated_as_a_contrast_is_no_success(engine, lang, opening, told):
    """After the tap fix, "tap still fails, chip is fine": the chip's "fine" restates "only
    tapping fails" (a clause of the fact read by its structure), no scene of the fault that
    works now. It had closed the chat as fixed."""
    results = converse(engine, [opening, told], lang)
    assert not events(results[-1:], "resolved")

# (the near miss, a clause naming where it failed and saying it works there now, is the fix
# working: tests/stories/d15_reading.yaml keeps it)


# -- a phone number asked for is answered, not taken for a number given ---------------------------

def _said(results):
    return " ".join(r.text for res in results for r in res.replies)


def _payloads(results):
    return [b.payload for res in results for r in res.replies for b in (r.buttons or [])]


@pytest.mark.parametrize("lang, text", [
    ("en", "which number should i phone for the bank that set up my terminal"),
    ("zh-hans", "装机那家支付公司的电话号码是多少"),
    ("zh-hant", "收單行嘅電話號碼喺邊度搵"),
])
def test_a_number_asked_for_is_told_where_to_find_it(engine, lang, text):
    """The merchant asks for a number: where the numbers are, and a person here - not "that
    looks like a phone number, not an error code" (the message holds none)."""
    results = converse(engine, [text], lang)
    said = _said(results)
    assert "looks like" not in said and "看起来是" not in said and "看起來是" not in said, said
    assert "h" in _payloads(results)


@pytest.mark.parametrize("lang, text", [
    ("en", "my mobile 0412 555 019"),
    ("zh-hans", "我手机 13912345678"),
])
def test_a_number_given_is_still_a_detail(engine, lang, text):
    """Near miss: a number given is still answered as a detail (no error code)."""
    said = _said(converse(engine, [text], lang))
    assert "looks like" in said or "看起来是" in said, said


def test_a_metal_ring_is_no_phone_matter(engine):
    """"ring" without a number or a word of calling is no phone question."""
    said = _said(converse(engine, ["we put a thick case with a metal ring on it"], "en"))
    assert "Where to find the numbers" not in said and "looks like" not in said, said


# -- code or markup during a fix is no outcome ---------------------------------------------------

@pytest.mark.parametrize("text", ["'; DROP TABLE users;--", "<script>alert('x')</script>",
                                  "{{7*7}} ${jndi:ldap://x}"])
def test_code_during_a_fix_is_no_outcome(engine, text):
    """An injection string during a fix ("drop" is a dropped connection's word) is not read as
    "it did not work": nothing is read, the pending fix stays and is asked about again."""
    results = converse(engine, ["my card machine tap cards fail, chip works", text], "en")
    assert not events(results[-1:], "fix_outcome")
    assert results[-1].session["state"] == "fixing"


@pytest.mark.parametrize("lang, opening, asked", [
    ("zh-hant", "部機彈0020000 點算", "收單行嘅電話號碼喺邊度搵"),
    ("en", "my terminal shows 0020000", "what number do i call for the bank that gave me the machine"),
])
def test_a_number_asked_for_instead_of_details_is_answered(engine, lang, opening, asked):
    """Asked "when does it happen?" after 0020000, the merchant asks for a phone number: it is
    answered and the details asked again, not taken as the details ("got it, thanks")."""
    results = converse(engine, [opening, asked], lang)
    assert not events(results[-1:], "details")
    assert "h" in _payloads(results[-1:])


# -- "dead slow" is very slow, no terminal without power (English only: the idiom) ----------------

test_dead_slow_is_no_power_cut = fact_not_read(
    ["the internet is dead slow today", "wifi dead slow, card payments take ages",
     "this new connection is dead slow"], "obs_no_power", plain=True)
test_a_dead_terminal_is_still_without_power = fact_read(
    ["machine is dead since morning", "the terminal is dead, nothing on the screen"], "obs_no_power", plain=True)
