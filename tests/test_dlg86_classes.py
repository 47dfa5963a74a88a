"""dlg86: reading the merchant's typed answers - outcomes told as a story, a customer-side step
taken on board, a note that answers the question (never the same question again word for word),
and notes read from words that speak of something else. Each class is merchant language of our
own (none copied from an eval file) in zh, zh-hant (Cantonese) and other Englishes, with
near-misses that keep their old reading, played through the real engine."""

import pytest

from tests.conversation import converse

# -- 1. success told as a story: the end state is that it works ---------------------------------

BOOT = {"en": "terminal stuck on the logo with the circle spinning, it won't start",
        "zh-hans": "机器卡在开机画面 一直转圈 进不去",
        "zh-hant": "部機卡咗喺開機畫面 個圈一直轉 入唔到"}

STORY_WORKED = [
    ("zh-hans", "按着电源键数了十五秒 屏幕黑了 再开机 这回进去了 收款软件也能打开了"),
    ("zh-hans", "长按关机了 等了一会再开 终于进去了"),
    ("zh-hans", "按住不放它就灭了 再按开机 能进去了 收款的app也打开了"),
    ("zh-hant", "㩒住個掣十幾秒 黑咗再開 今次入到去喇 收款個app都開到"),
    ("zh-hant", "強制關咗機再開 好返喇"),
    ("en", "held the button for ages, it went black, turned it back on and it got in this time, payment app opens"),
    ("en", "did the long press, screen died, powered it up again and now it's up and running"),
    ("en", "kept my finger on power till it went off, switched it on, got past the logo now"),
    ("en", "held power 15 sec, screen went dark, restarted and its back up and running"),
    ("en", "pressed and held, it shut down, started it again and we're in, sales app opened"),
]


@pytest.mark.parametrize("lang, text", STORY_WORKED)
def test_a_story_that_ends_with_it_working_is_success(engine, lang, text):
    result = converse(engine, [BOOT[lang], text], lang)[-1]
    names = [e.name for e in result.events]
    assert result.session["state"] == "rating", (names, [r.text for r in result.replies])
    assert "fix_suggested" not in names


STORY_NOT_WORKED = [
    ("zh-hans", "按住十几秒黑了 再开 这次进去了 然后又卡住了"),
    ("en", "held it down, it went off, turned on and it got in this time, then froze again"),
    ("zh-hans", "卡插进去了 还是转圈"),
    ("zh-hant", "㩒咗十幾秒 開返都係卡喺個logo度"),
]


@pytest.mark.parametrize("lang, text", STORY_NOT_WORKED)
def test_a_story_that_ends_in_the_fault_is_no_success(engine, lang, text):
    result = converse(engine, [BOOT[lang], text], lang)[-1]
    assert result.session["state"] != "rating", [r.text for r in result.replies]


# -- 2. a customer-side step taken on board and passed on: settled for now ----------------------

DECLINED = {"en": "a customer's card keeps getting declined, screen says contact your card issuer, every other card goes through",
            "zh-hans": "有个客人的卡一直被拒 显示请联系发卡行 别人的卡都能刷",
            "zh-hant": "有個客張卡成日被拒 話請聯絡發卡銀行 其他人張卡冇問題"}

PASSED_ON = [
    ("en", "alright I'll let him know to ring his bank, he paid cash for now, cheers"),
    ("en", "ok will tell her call her bank. she pay with maya for now. thanks po"),
    ("en", "told him to call the number on the back, he paid by paynow instead, thank you"),
    ("en", "he will call his bank tomorrow, paid cash today. ta"),
    ("en", "me tell him call him bank, him pay cash fi now"),
    ("en", "ok i tell him call bank lah, he pay by grabpay first. thks"),
    ("zh-hans", "好的 我叫他打银行问问 先扫码付了 谢谢"),
    ("zh-hans", "行 我跟她说了让她找银行 今天先付现金"),
    ("zh-hant", "好 我同佢講咗叫佢打去銀行 佢今日先用八達通俾 唔該"),
    ("zh-hant", "明白 叫佢搵銀行 佢俾咗現金先"),
]


@pytest.mark.parametrize("lang, text", PASSED_ON)
def test_a_customer_side_step_passed_on_is_settled_for_now(engine, lang, text):
    first = converse(engine, [DECLINED[lang]], lang)[-1]
    assert first.session["facts"]["fix"] in engine.interpreter.card_side_fixes
    result = converse(engine, [DECLINED[lang], text], lang)[-1]
    names = [e.name for e in result.events]
    assert result.session["state"] == "rating", (names, [r.text for r in result.replies])
    assert "fix_suggested" not in names
    said = " ".join(r.text for r in result.replies)
    assert "sorted for now" in said or "先这样处理" in said or "先這樣處理" in said, said


@pytest.mark.parametrize("lang, text", [
    ("en", "ok i tell him call his bank. he pay gcash for now. salamat"),
    ("zh-hans", "好 我让他打银行问问 先微信扫码付了"),
])
def test_the_bank_call_advice_passed_on_reads_as_worked(engine, lang, text):
    facts = {"fix": "fix_customer_call_bank", "noted": [], "tried": []}
    readings = engine.interpreter.read("fixing", facts, text)
    assert [r.value for r in readings if r.kind == "outcome"][:1] == ["worked"], readings


NOT_PASSED_ON = [
    ("en", "what do I tell him to say to his bank?"),
    ("en", "I told him to call his bank but he says the card works everywhere else"),
    ("zh-hans", "我跟他说了 可是他说卡里有钱 不肯走"),
]


@pytest.mark.parametrize("lang, text", NOT_PASSED_ON)
def test_a_question_or_a_dispute_is_not_settled(engine, lang, text):
    result = converse(engine, [DECLINED[lang], text], lang)[-1]
    assert result.session["state"] != "rating", [r.text for r in result.replies]


def test_wallet_words_are_no_failure_of_a_terminal_fix(engine):
    """The wallets named only here: "微信转了六十块续上" tops up a SIM, it is no sale paid otherwise."""
    facts = {"fix": "fix_check_sim_data", "noted": [], "tried": []}
    text = "给代理商打电话 流量卡到期了 微信转了六十块续上 等了五分钟4G出来了 一刷就过"
    readings = engine.interpreter.read("fixing", facts, text)
    assert [r.value for r in readings if r.kind == "outcome"][:1] == ["worked"], readings


# -- 3. a note in reply to a question: never the same question again word for word ---------------

# (openings after which a question is pending)
OPEN_STAGE = {"en": "the terminal says 0020000 when I try a sale", "zh-hans": "刷卡机报0020000 从昨天起",
              "zh-hant": "部機一碌卡就出0020000"}

FACT_REPLIES = [
    ("en", "the wifi is fine, my phone is on it and works"),
    ("en", "it's plugged in and the battery shows full"),
    ("en", "nobody moved it, it sits where it always sits"),
    ("en", "signal is full bars, it runs on a sim"),
    ("zh-hans", "wifi是好的 手机连着能上网"),
    ("zh-hans", "插着电的 电是满的"),
    ("zh-hans", "信号满格 用的流量卡"),
    ("zh-hant", "部機插住電 電池係滿嘅"),
    ("zh-hant", "wifi冇問題 手機用緊都上到網"),
]


@pytest.mark.parametrize("lang, text", FACT_REPLIES)
def test_a_noted_fact_never_brings_the_same_question_back_word_for_word(engine, lang, text):
    results = converse(engine, [OPEN_STAGE[lang], text], lang)
    first, after = results[0], results[1]
    pending = first.session["facts"]["question"]
    if not pending:
        pytest.skip("no question pending after the opening")
    asked = first.replies[-1].text
    said = [r.text for r in after.replies]
    assert asked not in said, said  # never the question card alone again
    again = [e for e in after.events if e.name == "question_reasked"]
    assert all(e.data.get("why") == "unclear" for e in again), again  # the one re-ask, in short
    if again:
        assert any("And what I asked" in t or "我刚才问的" in t or "我剛才問的" in t for t in said), said


def test_a_note_that_bears_on_the_question_moves_on(engine):
    """"power fine, charging on its base" to "is a cable loose or damaged?": answered as far as
    they can; the dialog moves on (the cables question is not asked again)."""
    # the cables question reached as a merchant reaches it: the way online told, a fix failed, the
    # place question denied (the merge: rec46 reads "rearranged the shop" as a cable to check, so
    # the scene's first path no longer came to this question, and a skip made the test unable to fail)
    lines = ["our card machine shows 00 20 000 since we rearranged the shop last week",
             "wifi", "tried that, still showing the error", "no"]
    results = converse(engine, lines, "en")
    assert results[-1].session["facts"]["question"] == "q_cables", "the scene: the cables question pending"
    result = converse(engine, [*lines, "power's ok, it's charging on its stand"], "en")[-1]
    assert result.session["facts"]["question"] != "q_cables"
    assert "question_left" in [e.name for e in result.events]


def test_a_tried_note_keeps_the_short_reask(engine):
    """A fix named as done already is no answer to the question: once more in short, not word for word."""
    results = converse(engine, ["刷卡机报0020000 大单刷不了 小单可以", "还是报", "换了张卡也不行"], "zh-hans")
    names = [e.name for e in results[-1].events]
    assert "question_reasked" not in names or all(
        e.data.get("why") == "unclear" for e in results[-1].events if e.name == "question_reasked")


# -- 4. no note read from words that speak of something else -------------------------------------

HABIT_ALL_DAY = [
    ("en", "the delivery van parks right outside all day"),
    ("en", "kids play with the trolley near the counter all day"),
    ("en", "there's a fridge next to it that runs all day"),
    ("en", "the cable runs under the mat, people walk on it all day"),
    ("zh-hans", "门口一整天都有车停着"),
    ("zh-hans", "机器一上午都放在太阳底下"),
    ("zh-hant", "個雪櫃成日喺隔離開住 一整天都開"),
    ("en", "the shop door is open all morning, it's windy"),
]


@pytest.mark.parametrize("lang, text", HABIT_ALL_DAY)
def test_a_habit_all_day_is_no_outage_lasting(engine, lang, text):
    questions = set(engine.kb.questions)
    said = engine.interpreter.volunteered(text, questions)
    assert said.get("q_lasting") != "yes", said


LASTING = [
    ("en", "it's been down all day"),
    ("en", "been like this since this morning"),
    ("en", "all day"),
    ("en", "error all afternoon, can't take cards"),
    ("zh-hans", "一整天都刷不了"),
    ("zh-hans", "从昨天到现在一直这样"),
    ("zh-hant", "成個下晝都係咁 一整天都唔得"),
]


@pytest.mark.parametrize("lang, text", LASTING)
def test_the_fault_lasting_still_answers(engine, lang, text):
    said = engine.interpreter.volunteered(text, {"q_lasting"})
    assert said.get("q_lasting") == "yes", said


MOOT_BROADBAND = [
    ("zh-hans", ["刷卡机报0020000 连的店里wifi", "宽带是包年的"]),
    ("zh-hans", ["刷卡机报0020000 用的店里的wifi", "网费包年的 去年交的"]),
    ("en", ["card machine 0020000, it's on the shop wifi", "broadband is paid for the year, topped up"]),
    ("zh-hant", ["部機出0020000 用舖頭wifi", "寬頻包年嘅 啱啱交咗"]),
]


@pytest.mark.parametrize("lang, lines", MOOT_BROADBAND)
def test_no_sim_plan_answer_on_the_wifi(engine, lang, lines):
    session = converse(engine, lines, lang)[-1].session
    assert "q_data_plan" not in [q for q, _ in session["facts"]["answers"]], session["facts"]["answers"]


# ---------------------------------------------------------------- end to end (simulator)
@pytest.mark.parametrize("path,merchant_id", [
    ("knowledge/eval/typed_merchants_holdout41.yaml", "s36"),
    ("knowledge/eval/typed_merchants_holdout41.yaml", "s37"),
])
def test_released_merchants_resolve(engine, path, merchant_id):
    import yaml

    from dialogs.typed_simulate import play

    with open(path, encoding="utf-8") as handle:
        merchant = next(m for m in yaml.safe_load(handle)["merchants"] if m["id"] == merchant_id)
    assert play(engine, merchant).resolved
