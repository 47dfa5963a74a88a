"""dlg42: classes behind typed dev23's unresolved merchants (c01-s38), with sentences of our own
in zh, zh-hant and en (none copied from an eval file), and near-misses that keep their old
reading."""

from tests.conversation import converse
from tests.tables import EACH, events, fact_not_read, fact_read, fixes, outcome_is, recognised_as

# -- Krio "no di" (is not) ---------------------------------------------------------------------

# "di" marks what is going on in Krio ("i di wok"), so "no di work again" is "is not working any
# more": the fault told, never a fix that worked
test_krio_not_working_is_no_success = outcome_is([
    ("di machine no di work again since morning", "failed"),
    ("the printer no di print again", None),
    ("e no di take card again", None),
], EACH)

test_krio_tap_failing_is_the_fault = fact_read([
    "di tap no di work again, chip card fine",
    "tap no di beep again but chip di work",
], "obs_only_contactless")


def test_krio_opening_is_not_fixed(engine):
    """The opening "the tap is not working any more" is a fault to diagnose, not "good to hear
    it's working again"."""
    results = converse(engine, ["my pos tap no di work again, insert card fine"], "en")
    assert not events(results, "resolved"), [e.name for e in results[0].events]
    assert fixes(results) or events(results, "question_asked")


# -- the part that answers at once after the fix ------------------------------------------------

# the touch screen that "moves" at a touch, the tap that beeps straight away: the fix worked
test_part_answers_at_once = outcome_is([
    "手套脱了 手指一点就动",
    "擦乾淨螢幕之後 點一下就動",
    "現在點得動了 謝謝",
    "took the cover off and the tap beeps straight away",
    "moved it out of the stand, card tap beeped right away",
    "wiped the screen, it responds straight away now",
], "worked")

# ... near-misses: the screen still not moving, a beep that never comes, a touch that sets off the
# fault ("一碰就断") stay the fault
test_part_still_dead_is_not_success = outcome_is([
    ("还是点不动", "failed"),
    ("點極都唔郁 仲係點不動", "failed"),
    ("tap still no beep, nothing", "failed"),
], EACH)
