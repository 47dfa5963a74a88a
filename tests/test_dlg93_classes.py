"""dlg93: the dialog listens to what merchants type - a step's success told as the fault never once seen
since ("下午刷了五笔 一回都没黑") or the printer answering at once ("用力壓 喀一聲 馬上就印了"); an amount in a
currency the recogniser did not know ("APPROVED 35 lari") read as a new code; the supervisor's code a step
used read as asking for a person; an accessory to be replaced once it works read as the fault taken to
people; the power strip's master switch cut during an update; the charging socket switched off with the
lights; the training word read off the screen; the terminal forced onto its charging base; the winter's
closing told without "the"; a phone "dead in here"; "thru"; tourists handing over a card; 收了 that puts
something away. Each class is merchant language of our own (none copied from an eval file) in zh
(simplified and traditional) and English, with near-misses, played through the real engine."""

import pytest

from tests.conversation import converse, reply_after
from tests.tables import event_pairs as _events, said as _said, noted_after

CODE_OPENING = {"en": "card machine keeps saying 0020000",
                "zh-hans": "刷卡机每笔都报0020000",
                "zh-hant": "部機每單都出0020000"}

# openings that reach a fix at once (a printer that says it has no paper)
FIX_OPENING = {"en": "the printer says no paper but a new roll is in",
               "zh-hans": "打印机一直说缺纸 可是纸刚换的",
               "zh-hant": "部機一直話冇紙 但係啱啱換咗紙"}


def _noted(engine, lang, text, opening=None):
    return noted_after(engine, lang, opening or CODE_OPENING[lang], text)


def _after_fix(engine, lang, text):
    prior = [FIX_OPENING[lang]]
    before = converse(engine, prior, lang)[-1]
    assert before.session["state"] == "fixing", _said(before)
    return reply_after(engine, prior, text, lang)[1]


def _worked(result):
    outcomes = [d for n, d in _events(result) if n == "fix_outcome"]
    return bool(outcomes and outcomes[-1]["worked"])


# -- 1. the fault never once seen since the step: success ----------------------------------------

NEVER_ONCE = [
    ("zh-hans", "挪到木头桌子上了 一上午收了七八笔 一次都没黑"),
    ("zh-hans", "换了个地方放 到现在一下都没重启"),
    ("zh-hant", "搬咗去張木枱度 碌咗幾單 一次都冇黑過"),
    ("zh-hant", "照做咗 下晝收咗十幾單 一回都冇復位"),
    ("en", "moved it off the rug, did six sales, didn't go black once"),
    ("en", "touched the door handle first like you said, not a single reset since"),
]


@pytest.mark.parametrize("lang, text", NEVER_ONCE)
def test_the_fault_never_once_seen_is_success(engine, lang, text):
    result = _after_fix(engine, lang, text)
    assert _worked(result), (_events(result), _said(result))


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "刷了几笔 一笔都没过"),
    ("zh-hans", "试了一下午 一次都没成功"),
    ("zh-hant", "碌咗幾單 一單都冇過"),
    ("en", "did six sales, not one went through"),
])
def test_not_once_through_stays_a_failure(engine, lang, text):
    result = _after_fix(engine, lang, text)
    assert not _worked(result), (_events(result), _said(result))


# -- 2. the printer (or the link) answering at once after the step: success ----------------------

AT_ONCE = [
    ("zh-hans", "把盖子用力按下去 咔一声 马上就印了"),
    ("zh-hans", "重新装了一下纸 盖好 立马就印了"),
    ("zh-hant", "打開蓋子擺正張紙 用力壓落去 即刻就印咗"),
    ("zh-hant", "蓋子壓實咗 馬上就印了 補咗張單俾客"),
    ("en", "typed the new password, it found the wifi right away"),
]


@pytest.mark.parametrize("lang, text", AT_ONCE)
def test_the_printer_answering_at_once_is_success(engine, lang, text):
    result = _after_fix(engine, lang, text)
    assert _worked(result), (_events(result), _said(result))


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "盖子压好了 马上又不印了"),
    ("zh-hant", "壓好蓋 都係印唔到"),
    ("en", "pressed the lid down, still didn't print straight away, nothing"),
])
def test_the_printer_not_answering_stays_a_failure(engine, lang, text):
    result = _after_fix(engine, lang, text)
    assert not _worked(result), (_events(result), _said(result))


# -- 3. an amount in more countries' money is no code ----------------------------------------------

AMOUNT_AFTER = [
    ("en", "checked the last transaction, it says APPROVED 35 lari, so I won't charge him again"),
    ("en", "found it in the list, approved 51 dalasi, not charging again"),
]


@pytest.mark.parametrize("lang, text", AMOUNT_AFTER)
def test_an_amount_in_other_money_is_no_new_code(engine, lang, text):
    result = _after_fix(engine, lang, text)
    problems = [d for n, d in _events(result) if n == "problem"]
    assert not problems, (_events(result), _said(result))


@pytest.mark.parametrize("lang, text", [
    ("en", "now it says 35"),
    ("en", "error 51 now, customer waiting"),
])
def test_a_code_said_alone_is_still_a_code(engine, lang, text):
    result = _after_fix(engine, lang, text)
    problems = [d for n, d in _events(result) if n == "problem"]
    assert problems and problems[-1]["code"] in ("35", "51"), (_events(result), _said(result))


# -- 4. the supervisor's code a step used is no request for a person -----------------------------

CREDENTIAL = [
    ("en", "Found it in the admin menu, switched it off with the supervisor code, and a sale went through"),
    ("en", "used the supervisor password, turned it off, works now"),
    ("en", "needed the supervisor pin but done, payment approved"),
]


@pytest.mark.parametrize("lang, text", CREDENTIAL)
def test_a_staff_credential_is_no_request_for_a_person(engine, lang, text):
    result = _after_fix(engine, lang, text)
    assert result.session["state"] != "handoff", (_events(result), _said(result))
    assert _worked(result), (_events(result), _said(result))


@pytest.mark.parametrize("lang, text", [
    ("en", "still no good, I want a supervisor"),
    ("en", "this is useless, supervisor please"),
])
def test_asking_for_a_supervisor_still_asks_for_a_person(engine, lang, text):
    result = _after_fix(engine, lang, text)
    names = [n for n, _ in _events(result)]
    assert result.session["state"] in ("handoff", "offering_human") or "handoff" in names, \
        (_events(result), _said(result))


# -- 5. an accessory replaced later, once it works: aftercare, no hand-on ------------------------
# (English said it with a success word the outcome reads, "sale went through, send a replacement cradle",
# and was heard already; the Chinese told as a story, its success only by tone, was handed on)

BASE_OPENING = {"zh-hans": "机器放在充电底座上也不充电", "zh-hant": "部機放喺座度都唔叉電",
                "en": "it does not charge when it sits on its cradle"}

AFTERCARE = [
    ("zh-hans", "不放座上了 直接插线 电量开始涨了 刷一笔过了 底座再叫他们来换"),
    ("zh-hant", "唔用個座 直接叉線 碌咗一單過咗 個座再叫佢哋嚟換"),
    ("zh-hant", "拎落嚟直接叉線 電開始上 啱啱碌咗一單過咗 座充等陣叫佢哋嚟換"),
]


def _after_base_fix(engine, lang, text):
    prior = [BASE_OPENING[lang]]
    before = converse(engine, prior, lang)[-1]
    assert before.session["state"] == "fixing", _said(before)
    return reply_after(engine, prior, text, lang)[1]


@pytest.mark.parametrize("lang, text", AFTERCARE)
def test_an_accessory_replaced_later_is_aftercare(engine, lang, text):
    result = _after_base_fix(engine, lang, text)
    names = [n for n, _ in _events(result)]
    assert "handed_on" not in names and result.session["state"] != "handoff", (_events(result), _said(result))


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "还是不行 叫他们来换底座吧"),
    ("zh-hant", "都係唔叉電 叫佢哋嚟換個座"),
    ("en", "still dead, send a replacement charger"),
])
def test_a_failure_with_a_replacement_stays_handed_on(engine, lang, text):
    result = _after_base_fix(engine, lang, text)
    assert not _worked(result), (_events(result), _said(result))


# -- 6. observations told in other words -----------------------------------------------------------

OBSERVED = [
    # the power strip's master switch during an update
    ("zh-hans", "昨晚它在升级中 伙计把插板总开关一按就下班了", "obs_update_interrupted"),
    ("en", "it was updating last night and my helper hit the main switch on the power strip", "obs_update_interrupted"),
    # the charging socket switched off with the lights
    ("zh-hans", "晚上走的时候连灯带插座一起关", "obs_switched_socket"),
    ("zh-hant", "收舖嗰陣插蘇同電燈一齊閂", "obs_switched_socket"),
    ("en", "the charger is near the light switch, we switch off everything at night, lights and all", "obs_switched_socket"),
    # the training word read off the screen
    ("zh-hans", "屏幕角落有个小字training", "obs_training_mode"),
    ("en", "there's a small word TRAINING at the top of the screen", "obs_training_mode"),
    ("en", "noticed DEMO in the corner of the screen", "obs_training_mode"),
    # the terminal forced onto its charging base
    ("zh-hans", "我儿子把机器压到座上的时候卡了一下", "obs_base_forced"),
    ("zh-hant", "個座嘅針好似壓歪咗", "obs_base_forced"),
    ("en", "my lad slammed it down on the cradle yesterday", "obs_base_forced"),
    ("en", "one of the pins on the base is bent", "obs_base_forced"),
    # the winter's closing told without "the", or with the shop between
    ("zh-hans", "冬天之前都好好的 过完冬重新开门就这样", "obs_long_unused"),
    ("zh-hant", "冬天之前都好好的 開春先開舖", "obs_long_unused"),
    ("en", "we open shop again after winter and now this", "obs_long_unused"),
    ("en", "before winter all was working fine", "obs_long_unused"),
]


@pytest.mark.parametrize("lang, text, obs", OBSERVED)
def test_a_fact_told_in_other_words_is_heard(engine, lang, text, obs):
    result, noted = _noted(engine, lang, text)
    assert obs in noted, (noted, _said(result))


@pytest.mark.parametrize("lang, text, obs", [
    ("zh-hans", "它在升级中 我没动它", "obs_update_interrupted"),
    ("en", "the light switch by the door is broken", "obs_switched_socket"),
    ("en", "we did the staff training last week", "obs_training_mode"),
    ("zh-hans", "底座好好的 机器放上去就充", "obs_base_forced"),
    ("zh-hans", "卡槽里的针歪了", "obs_base_forced"),
    ("en", "the pin is bent on the card", "obs_base_forced"),
    ("zh-hans", "上面写着 交易失败 请重试", "obs_training_mode"),
    ("zh-hans", "角落写着 网络异常", "obs_training_mode"),
    ("en", "it's cold here in winter", "obs_long_unused"),
])
def test_near_misses_are_not_those_facts(engine, lang, text, obs):
    result, noted = _noted(engine, lang, text)
    assert obs not in noted, (noted, _said(result))


# -- 7. another device, or the customers, are not the terminal's fault ------------------------------

@pytest.mark.parametrize("lang, text", [
    ("en", "runs on its own sim, one bar at most, big steel shed, my phone's dead in here too"),
    ("en", "only a bar or none on it, and my mobile is dead in here too"),
])
def test_a_phone_dead_in_here_is_no_terminal_without_power(engine, lang, text):
    result, noted = _noted(engine, lang, text)
    assert "obs_no_power" not in noted, (noted, _said(result))


def test_a_phone_dead_of_its_battery_is_still_dead(engine):
    from dialogs.engine import Engine  # noqa: F401 (the engine fixture is the real one)
    plain = engine.interpreter.plain("my phone is dead, the battery ran out")
    assert "no power" in plain


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "码头的游客要给卡 给不了"),
    ("zh-hant", "碼頭啲遊客要俾卡 俾唔到"),
    ("zh-hant", "好多遊客都要用卡 用唔到"),
])
def test_tourists_handing_over_a_card_are_no_foreign_card(engine, lang, text):
    result, noted = _noted(engine, lang, text)
    assert "obs_foreign_card" not in noted, (noted, _said(result))
    assert "obs_tourist_customers" in noted, (noted, _said(result))


@pytest.mark.parametrize("lang, text", [
    ("zh-hans", "只有游客的卡刷不了 本地卡都可以"),
])
def test_only_the_tourists_cards_failing_is_still_foreign(engine, lang, text):
    result, noted = _noted(engine, lang, text)
    assert {"obs_foreign_card", "obs_only_foreign_fail"} & set(noted), (noted, _said(result))


# -- 8. "thru"; 收了 that puts away -------------------------------------------------------------------

@pytest.mark.parametrize("lang, text", [
    ("en", "carried it to the door, got bars, sale went right thru"),
    ("en", "moved it by the window, tapped her card, went straight thru"),
])
def test_thru_is_through(engine, lang, text):
    result = _after_fix(engine, lang, text)
    assert _worked(result), (_events(result), _said(result))


def test_not_going_thru_is_a_failure(engine):
    result = _after_fix(engine, "en", "moved it, still not going thru")
    assert not _worked(result), (_events(result), _said(result))


@pytest.mark.parametrize("text", ["旧的那部他们收了回去", "师傅把旧路由收了返去", "机器收了起来"])
def test_put_away_is_no_amount(engine, text):
    interpreter = engine.interpreter
    assert not interpreter.talks_amount(interpreter.plain(text)), text


@pytest.mark.parametrize("text", ["收了五百块", "收了一千二 多按了个零"])
def test_an_amount_charged_is_still_an_amount(engine, text):
    interpreter = engine.interpreter
    assert interpreter.talks_amount(interpreter.plain(text)), text
