"""dlg42: classes behind typed dev23's unresolved merchants (c01-s38), with sentences of our own
in zh, zh-hant and en (none copied from an eval file), and near-misses that keep their old
reading."""

from tests.conversation import converse
from tests.tables import EACH, events, fact_not_read, fact_read, fixes, outcome_is, recognised_as, told_fact_leads_to_fix

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


# -- an update cut short, told as a story -------------------------------------------------------

# the plug pulled while it updated is the update cut short, not a loose plug or cable
test_update_cut_short_is_no_loose_plug = fact_not_read([
    "晚上它在升级 转着圈 我老公嫌它亮 就把电拔了关了",
    "佢喺度更新緊 個清潔阿姐拔咗電關咗佢",
    "it was updating at closing, the cleaner pulled the plug and switched it off",
], "obs_loose_power", plain=True)

# ... told beside words that fit two steps of the sale ("spinning", "switched on"), and after an
# update offered ("有个红点 有新版本"): redoing the update comes first, the fact not dropped for
# "which of these?", an update still offered not ruling out one cut short
test_update_cut_short_leads_to_redo = told_fact_leads_to_fix([
    (["0020000 下面写交易失败", "昨晚它一直转圈 写着系统升级中 我急着关门 就把电拔了 今天一开机就这样"],
     "zh-hans", "fix_retry_update"),
    (["0020000 交易失敗", "昨晚它在更新 一直轉圈圈 阿姨把電拔掉了 今天開機就這樣"],
     "zh-hant", "fix_retry_update"),
    (["my terminal shows 0020000 since this morning",
      "last night it was updating, spinning, my son pulled the plug, since this morning it does this"],
     "en", "fix_retry_update"),
], within=1)

# ... and after the update offered ("有个红点 说有新版本"): updating the app comes first (it is
# the same update), redoing the update it next, never ruled out by the offer
test_update_offered_then_cut_short = told_fact_leads_to_fix([
    (["0020000 交易失敗", "設定裡面有個紅點 說有新版本", "昨晚它在更新 一直轉圈圈 阿姨把電拔掉了 今天開機就這樣"],
     "zh-hant", "fix_retry_update"),
    (["0020000", "关于里面有个红点 提示有新版本", "昨天晚上在升级 我老公嫌慢直接关机了"], "zh-hans", "fix_retry_update"),
    (["my terminal shows 0020000 since this morning", "settings shows a red dot, a new version is available",
      "last night it was updating, spinning, my son pulled the plug, since this morning it does this"],
     "en", "fix_retry_update"),
], within=2)


def test_decisive_story_beside_two_stages_is_not_asked_which(engine):
    """The stage question answered with a story whose words fit two steps and that names the
    cause: no "which of these?" (the fact is noted, the fix follows)."""
    results = converse(engine, ["0020000 下面写交易失败",
                                "昨晚它一直转圈 写着系统升级中 我急着关门 就把电拔了 今天一开机就这样"], "zh-hans")
    assert not events(results[-1:], "confirm_offered")
    assert "obs_update_interrupted" in results[-1].session["facts"]["noted"]
