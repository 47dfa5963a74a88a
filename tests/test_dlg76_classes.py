"""dlg76: classes behind the released holdout35 / holdout36 misses, each with sentences of our own
(other trades, regions, Englishes, Cantonese; none copied from an eval file), asserted through the
real engine, and near-misses that keep their old reading."""

import pytest

from tests.conversation import converse
from tests.tables import STILL, fact_not_read, fact_read, fixes


def _last(results):
    return [e.name for e in results[-1].events]


# -- 1. the step's part said possible now with a potential complement (V得起 / V得到 / 收得到钱) ----
# South-western Mandarin "刷得起" is "can swipe"; "收得到钱" is "the money comes in": the fix worked.

CHIP_ZH = {"zh-hans": "我们店的POS插卡老是报0020000", "zh-hant": "我哋舖頭部POS插卡成日報0020000"}
DONE_STILL = {"zh-hans": "弄了 还是不行", "zh-hant": "試咗 仲係唔得"}

CAN_NOW = [
    ("zh-hans", "现在插卡刷得起了"),
    ("zh-hans", "刷得起了"),
    ("zh-hans", "吹了吹卡口 插进去刷得起走了"),
    ("zh-hans", "弄完以后插卡收得到钱了"),
    ("zh-hans", "收得到款了 谢谢哈"),
    ("zh-hans", "清了一下 读得起了"),
    ("zh-hans", "擦干净以后 刷卡刷得走了"),
    ("zh-hans", "用清洁卡搞了几下 现在插卡刷得到了"),
    ("zh-hans", "现在刷得进去了"),
    ("zh-hant", "清完卡槽 拍得到喇"),
    ("zh-hant", "而家收得到錢喇 唔該"),
    ("zh-hant", "抹完張卡 插得到卡喇"),
]


@pytest.mark.parametrize("lang, reply", CAN_NOW)
def test_potential_complement_is_the_fix_working(engine, lang, reply):
    results = converse(engine, [CHIP_ZH[lang], DONE_STILL[lang], reply], lang)
    assert "resolved" in _last(results), _last(results)


@pytest.mark.parametrize("lang, reply", [
    ("zh-hans", "还是刷不起"),
    ("zh-hans", "刷不起 还是一样"),
    ("zh-hans", "收不到钱 还是报"),
    ("zh-hant", "都係拍唔到"),
])
def test_cannot_said_so_stays_a_failure(engine, lang, reply):
    results = converse(engine, [CHIP_ZH[lang], DONE_STILL[lang], reply], lang)
    assert "resolved" not in _last(results) and "fix_outcome" in _last(results), _last(results)


# -- 2. sales counted since the step, with no error: the count is no code, the step worked -------

PULLED = ["card reader keeps erroring 0020000", "the kid yanks the card out when it beeps"]

COUNTED_SINCE = [
    "he's done like 15 since with no error",
    "she's taken 10 payments since without an error",
    "ran 12 through since, not one error",
    "we did 8 in a row and no error",
    "took 6 since, all good",
    "the lad's put 20 through since with no bother",
    "processed 30 since this morning without an error",
    "done about 25 sales since and no problems",
    "my girl did 9 more since, no errors lol",
    "she's done maybe 40 so far without a problem",
]


@pytest.mark.parametrize("reply", COUNTED_SINCE)
def test_sales_counted_since_resolve(engine, reply):
    results = converse(engine, [*PULLED, reply], "en")
    names = _last(results)
    assert "resolved" in names and "problem" not in names, names


@pytest.mark.parametrize("reply", ["done that, still says 15", "did it, now it shows 51", "tried, it says 05 now"])
def test_a_code_said_after_the_step_is_still_a_code(engine, reply):
    results = converse(engine, [*PULLED, reply], "en")
    assert "resolved" not in _last(results), _last(results)


# -- 3. a terminal put away for a year or a season, said otherwise --------------------------------
# (Cantonese 成年 a whole year, 柜桶 a drawer, 收埋 put away; the season's first day): the long-unused
# fact, and its sign-in / clock causes come first.

LONG_UNUSED = [
    ("zh-hant", "部機放咗成年冇用 今日先攞出嚟 一碌就報0020000"),
    ("zh-hant", "我哋間糖水舖部pos收埋喺櫃桶 成年冇開過 而家報0020000"),
    ("zh-hant", "舊年收埋咗 今年先拎出來用 報0020000"),
    ("zh-hans", "刷卡机搁了一年 今天拿出来就报0020000"),
    ("zh-hans", "去年秋天就收起来了 今年才拿出来 一刷报0020000"),
    ("zh-hans", "这机器一年多没用了 今天开张刷卡报0020000"),
    ("en", "first day of the season at the ice cream hut and the terminal says 0020000 on every sale"),
    ("en", "reopening for the season today, card machine gives 0020000 on every card"),
    ("en", "the card reader wasn't used since last season, now 0020000 on everything"),
    ("en", "back open after the winter, beach cafe, the pos says 0020000 every time"),
    ("en", "it was put away for the winter in the office, first week of the season now and it shows 0020000"),
]

test_long_unused_said_otherwise_is_read = fact_read([t for _, t in LONG_UNUSED], "obs_long_unused")


@pytest.mark.parametrize("lang, opening", LONG_UNUSED)
def test_long_unused_brings_its_causes_first(engine, lang, opening):
    """Its sign-in or its clock among the first three fixes, or the sign-in routine or the date asked
    on the way (a restart may come first). (A weight of 3 on its sign-in and clock was tried and
    dropped: test_dlg54_classes' told lead to the date question broke.)"""
    results = converse(engine, [opening, *[STILL[lang]] * 6], lang)
    first = fixes(results)[:3]
    asked_ = [e.data.get("question") for r in results for e in r.events if e.name == "question_asked"]
    assert {"fix_sign_in", "fix_set_datetime"} & set(first) or {"q_routine", "q_date", "q_signed_in"} & set(asked_), (
        first, asked_)


# -- 4. the routine's sign-in not done since the shop reopened ("not this year", "今年冇做过") ----

ROUTINE_OPEN = {"en": "0020000 on every sale since this morning", "zh-hans": "每笔都报0020000",
                "zh-hant": "每單都報0020000"}

NOT_THIS_YEAR = [
    ("en", "sign in? hmm, my husband did that last spring I think. haven't done it this year"),
    ("en", "not this year, no"),
    ("en", "not since last season to be honest"),
    ("en", "nobody's done it since we reopened"),
    ("en", "haven't signed in this season, didn't know I had to"),
    ("en", "I don't think so, not since we opened in May"),
    ("zh-hans", "签到？去年开业的时候弄过 今年还没做"),
    ("zh-hans", "今年没签过"),
    ("zh-hans", "开门以后还没签过"),
    ("zh-hant", "今年冇做過喎"),
    ("zh-hant", "開檔之後冇簽過"),
]


@pytest.mark.parametrize("lang, reply", NOT_THIS_YEAR)
def test_not_since_reopening_is_the_routine_skipped(engine, lang, reply):
    reader = engine.interpreter
    values = [a.value for a in reader.answers("q_routine", reply, reader.observed(reply))]
    assert "skipped" in values, values


@pytest.mark.parametrize("lang, reply", [
    ("en", "we sign in every morning, no texts"),
    ("zh-hans", "每天都签到 没收到通知"),
])
def test_routine_done_stays_usual(engine, lang, reply):
    reader = engine.interpreter
    values = [a.value for a in reader.answers("q_routine", reply, reader.observed(reply))]
    assert "skipped" not in values, values


# -- 5. a key pressed during the spin said as its time or its wish ("转的时候就按", "想它快点") -----

PRESSED_IN_SPIN = [
    ("zh-hans", "转的时候她就按确认 想让它快点"),
    ("zh-hans", "机器在那转 收银的就按返回 想让它快点"),
    ("zh-hans", "它转圈的时候伙计老是按确认键"),
    ("zh-hans", "连银行的时候那个小伙子不停按 催它"),
    ("zh-hant", "部機喺度轉緊 個夥計成日撳OK掣"),
    ("zh-hant", "部機喺度轉緊 佢就撳返回想快啲"),
    ("en", "while it's thinking she presses the green button to hurry it along"),
    ("en", "when it's connecting to the bank the new girl keeps hitting the buttons to speed it up"),
    ("en", "it spins for a bit and my son keeps jabbing the OK key"),
    ("en", "it says please wait and the waiter keeps hitting enter to make it quicker"),
]

test_pressed_in_the_spin_is_read = fact_read([t for _, t in PRESSED_IN_SPIN], "obs_pressed_again_while_busy", plain=True)

CODE_OPEN = {"zh-hans": "收钱那个机子动不动就报0020000", "zh-hant": "部卡機成日彈0020000", "en": "the card machine keeps showing 0020000 a few times a day"}


# (left alone: the confirm key named beside the spin, "就按确认", "撳OK掣", also answers the stage question
# as keying the amount, and that answer sends the dialog to the amount first; those two rows are read
# above but not played here)
KEYING_TOO = {"转的时候她就按确认 想让它快点", "部機喺度轉緊 個夥計成日撳OK掣"}


@pytest.mark.parametrize("lang, told", [row for row in PRESSED_IN_SPIN if row[1] not in KEYING_TOO])
def test_pressed_in_the_spin_leads_to_waiting(engine, lang, told):
    results = converse(engine, [CODE_OPEN[lang], told, STILL[lang], STILL[lang]], lang)
    assert "fix_wait_for_result" in fixes(results[1:])[:2], fixes(results)


test_the_sale_keyed_then_spinning_is_no_press = fact_not_read(
    ["收银员输金额按确认 然后转圈很久就报错", "按确认以后它转的时候就报错了", "it spins for ages and then says declined",
     "we key the amount, press OK, it says please wait, then 0020000"], "obs_pressed_again_while_busy", plain=True)


# -- 6. the door's anti-theft gate said with 的 or by its two posts ------------------------------

GATE = [
    "门口有那个防盗的门 机器就在旁边",
    "刷卡机挨着门口那两根柱子 就是防盗用的",
    "收银台旁边是防盗那种门 两根柱子那种",
    "部機擺喺門口嗰兩條柱隔籬",
    "部機就喺防盜嘅門側邊",
    "the till is right by the two posts at the door, the ones that beep if you nick something",
    "terminal sits a foot from the tag alarm at the entrance",
    "we moved the counter next to the pillars at the entrance",
    "it's beside the beeping posts by the door",
    "card reader is next to the sensor pillars",
]

test_gate_said_otherwise_is_read = fact_read(GATE, "obs_near_devices", plain=True)


@pytest.mark.parametrize("told", GATE)
def test_gate_said_otherwise_leads_to_moving_it(engine, told):
    lang = "en" if told.isascii() else ("zh-hant" if any(c in told for c in "機喺嗰嘅") else "zh-hans")
    results = converse(engine, [CODE_OPEN[lang], told, STILL[lang], STILL[lang]], lang)
    assert "fix_reduce_interference" in fixes(results[1:])[:2], fixes(results)


# -- 7. a cover with a metal plate for a magnetic mount: metal behind the tap area, and the fix
#       that says to remove it names the cover ------------------------------------------------

TAP_OPEN = {"zh-hans": "挥卡不行了 插卡可以", "zh-hant": "拍卡唔得 插卡得", "en": "tap stopped working, chip and pin is fine"}

MAGNET = [
    ("zh-hans", "新买了个保护套 后面有块铁片 吸在磁吸支架上"),
    ("zh-hans", "老公给它背后贴了块铁片 好吸在磁吸架上"),
    ("zh-hans", "换了个磁吸底座"),
    ("zh-hant", "部機套咗個新套 後面有塊鐵片 吸喺磁石架度"),
    ("zh-hant", "買咗個磁吸支架俾部機"),
    ("en", "my wife got a magnetic mount for it off amazon"),
    ("en", "new cover has a metal plate on the back so it sticks to the magnet stand"),
    ("en", "put it on one of those magnetic holders like for phones"),
    ("en", "the case has a steel plate on the back for the magnetic dock"),
]


@pytest.mark.parametrize("lang, told", MAGNET)
def test_magnetic_mount_leads_to_removing_it(engine, lang, told):
    results = converse(engine, [TAP_OPEN[lang], told, STILL[lang], STILL[lang]], lang)
    assert "fix_remove_sticker" in fixes(results)[:3], fixes(results)


def test_the_fix_names_the_cover_and_says_remove(kb):
    fix = kb.fixes["fix_remove_sticker"]
    assert "remove" in fix.title.en.lower() and "cover" in fix.title.en.lower()
    assert "保护套" in fix.title.zh and "取下" in fix.title.zh
