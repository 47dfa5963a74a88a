"""dlg81: the charging base's family behind 0020000. Dust, grease, fluff or sand said of the base
(cradle, dock, stand, 座充, 底座) is its pins', not the shop's dust in the slots; a battery told
low or draining leans on the base's pins too.
And last round's left-alone list: "isnt switching on" (no power, not the host's switch), a code
copied with one zero too many ("00200000"), a trainer's or the bank's visit (training mode).
Sentences of our own in zh, zh-hant (Cantonese) and en (none copied from an eval file)."""

import pytest

from tests.conversation import converse
from tests.tables import (EACH, STILL, fact_not_read, fact_read, fixes, not_recognised_as, recognised_as,
                          told_fact_leads_to_fix)

# -- 1. grime said of the charging base ----------------------------------------------------------

BASE_GRIMY = [
    "the cradle is full of flour from the bakery",
    "the charging dock is covered in grease from the grill",
    "there's sawdust all over the cradle",
    "its base is dusty, we never wipe it",
    "the little stand it sits in is full of cat hair and fluff",
    "sand gets into the dock at the beach kiosk",
    "the wind blows red dust over the counter, the stand too",
    "lint from the dry cleaning racks, dust on everything, the base too",
    "底座积了好多灰",
    "座充上面油油的 黑黑的",
    "底座上都是毛絮",
    "個座度好多灰塵",
    "放在充电座上 充电座上全是面粉",
]
test_grime_on_the_base_is_read = fact_read(BASE_GRIMY, "obs_base_grimy", plain=True)
test_grime_on_the_base_is_not_the_shops_dust = fact_not_read(BASE_GRIMY, "obs_dusty", plain=True)

# ... while a market stand, or a dusty slot, keeps its old reading
NOT_THE_BASE = [
    "dust everywhere at my fruit stand",
    "the huckleberry stand is dusty",
    "the chip slot is dusty",
    "工地旁边 到处都是灰",
]
test_a_market_stand_is_no_base = fact_not_read(NOT_THE_BASE, "obs_base_grimy", plain=True)
test_a_market_stand_is_still_dusty = fact_read(NOT_THE_BASE, "obs_dusty", plain=True)


# -- 2. the code, a low battery, a dirty base: clean the base's pins -----------------------------

test_low_battery_and_a_dirty_base_get_the_pins = told_fact_leads_to_fix([
    (["card machine says 0020000", "the battery is red even though it sat on the cradle",
      "the cradle is full of flour"], "en", "fix_clean_base_contacts"),
    (["terminal error 0020000 again", "battery low", "sand everywhere in the kiosk, the dock too"],
     "en", "fix_clean_base_contacts"),
    (["刷卡机报0020000", "电量很低", "底座积了好多灰"], "zh-hans", "fix_clean_base_contacts"),
])


@pytest.mark.parametrize("lang, lines", [
    ("en", ["0020000 on the card machine", "battery is low", "dust on everything, the stand too"]),
    ("zh-hans", ["一直报0020000", "电量只剩一格", "底座上都是毛絮"]),
])
def test_dirty_base_comes_before_the_slots_dust(engine, lang, lines):
    results = converse(engine, [*lines, *[STILL[lang]] * 3], lang)
    offered = fixes(results)
    assert "fix_clean_base_contacts" in offered, offered
    assert "fix_clean_dust" not in offered[:offered.index("fix_clean_base_contacts")], offered


# -- 4. the negation run into its verb before switching on: no power, not the host's switch -----

NOT_SWITCHING_ON = [
    "my pos isnt switching on",
    "my pos isn't switching on",
    "my machine isnt switching on",
    "the terminal isnt switching on today",
    "our pos isnt turning on",
    "terminal wasnt powering up after the storm",
    "machine isn't starting up",
    "my eftpos is no switching on lah",
    "the pos ain't coming on at all",
]
test_not_switching_on_is_no_power = recognised_as(NOT_SWITCHING_ON, symptom="s_no_power")
test_not_switching_on_is_no_switch_error = not_recognised_as(NOT_SWITCHING_ON, symptom="s_switch_error")
# ... while the bank's switch keeps its reading
test_the_banks_switch_is_kept = recognised_as(["switch error on the terminal"], symptom="s_switch_error")


# -- 5. one zero too many, shown without an error word: 0020000 ---------------------------------

ONE_ZERO_TOO_MANY = [
    "it says 00200000",
    "the screen shows 00200000 and beeps",
    "显示00200000",
    "machine keeps saying 00200000 when i tap",
    "屏幕显示00200000 刷不了",
    "the reader is showing 00200000 every sale",
    "the terminal displays 00200000",
    "keeps showing 00200000",
]
test_one_zero_too_many_is_the_code = recognised_as(ONE_ZERO_TOO_MANY, code="0020000")
# ... while a sum shown, or a number with one zero in front, is no code
test_a_sum_shown_is_no_code = not_recognised_as(["it says 20000", "我输了20000 显示20000"], code="0020000")


# -- 6. a trainer's or the bank's visit before it began: a practice mode left on -----------------

TRAINER_VISIT = [
    "a trainer from the bank came on monday and since then the sales don't go through",
    "the bank lady came in to show us the new menu, after that nothing reaches our account",
    "someone from the provider came to train the staff last week",
    "we had a training session on the terminal yesterday",
    "the rep gave us a demo on the machine and now receipts look strange",
    "the ANZ guy walked us through the new features on friday",
    "银行的人上礼拜来培训过 之后就不到账",
    "服务商派人过来教我们用新机器",
    "上个星期银行嘅人嚟示范过点用",
    "业务员来演示了一下 然后就这样了",
]
test_a_trainers_visit_is_read = fact_read(TRAINER_VISIT, "obs_staff_taught_on_it", plain=True)


# -- 7. a code's letter with its digit said as a number word, in any language the tables know ---

LETTER_AND_WORD = [
    ("card terminal gives A seitse error", "A7"),
    ("terminal says A seitse", "A7"),
    ("error A seven", "A7"),
    ("it shows A sieben", "A7"),
    ("the machine says A sette", "A7"),
    ("code a seitse", "A7"),
    ("machine say A sept", "A7"),
    ("code A zero then it beeps", "A0"),
    ("terminal says A nulla", "A0"),
]
test_letter_and_number_word_is_the_code = recognised_as(LETTER_AND_WORD, code=EACH)
# ... while an article before a number word, a count or a measure, is no code
test_an_article_and_a_count_is_no_code = not_recognised_as([
    "the screen shows a six digit number",
    "got a seven percent discount",
    "it says a zero balance on the report",
], code="A6")
test_the_article_before_a_zero_is_no_code = not_recognised_as(["it says a zero balance on the report",
                                                               "the screen shows a one, then a two"], code="A0")
