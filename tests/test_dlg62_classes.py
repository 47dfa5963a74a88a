"""dlg62: English clause scope. A phrase's gap ("only…tap") and a negation ("no", "没有") stay in
their clause: a clause mark (comma, full stop, dash, ellipsis, tilde, emoji, line break, "but")
survives normalisation as knowledge.text.clause_key's CLAUSE_STOP, and nothing reaches across
it. A message without marks reads as before (a busy typist's "only chip fails tap ok"). Sentences
of our own in zh, zh-hant and en (none copied from an eval file), with near-misses that keep their
old reading."""

import pytest

from knowledge.text import CLAUSE_STOP, clause_key, fuzzy_key
from tests.conversation import converse
from tests.tables import EACH, events, fact_not_read, fact_read, fixes, outcome_is

# -- the clause key ------------------------------------------------------------------------------


@pytest.mark.parametrize("text, clauses", [
    ("only chip fails, tap fine", ["only chip fails", "tap fine"]),
    ("No. The modem is fine.", ["no", "the modem is fine"]),
    ("chip dead — tap ok", ["chip dead", "tap ok"]),
    ("chip dead - tap ok", ["chip dead", "tap ok"]),
    ("chip dead... tap ok", ["chip dead", "tap ok"]),
    ("chip dead 😤 tap ok", ["chip dead", "tap ok"]),
    ("chip dead\ntap ok", ["chip dead", "tap ok"]),
    ("chip dead but tap ok", ["chip dead", "but tap ok"]),
    ("插卡不行，挥卡可以", ["插卡不行", "挥卡可以"]),
    ("插卡唔得～拍卡得", ["插卡唔得", "拍卡得"]),
    # no mark: one clause, as a busy typist writes
    ("only chip fails tap ok", ["only chip fails tap ok"]),
    # a number's dot, a word's hyphen and an apostrophe end nothing
    ("version 3.5 e-wallet didn't work", ["version 3 5 e wallet didn t work"]),
    ("ran 2,150 on cards today", ["ran 2 150 on cards today"]),
    ("tap and chip both fail", ["tap and chip both fail"]),
])
def test_clause_key_marks_clause_ends(text, clauses):
    """The key keeps fuzzy_key's characters and positions, with CLAUSE_STOP for a clause's end."""
    key = clause_key(text)
    assert len(key) == len(fuzzy_key(text))
    assert key.replace(CLAUSE_STOP, " ") == fuzzy_key(text)
    assert [c.strip() for c in key.split(CLAUSE_STOP)] == [fuzzy_key(c) for c in clauses]


# -- a gap stays in its clause -----------------------------------------------------------------

# "only … tap" reached across the comma: the first clause's failing way was read as tapping
test_gap_stays_in_clause = fact_not_read([
    "only when the card slides in, tap is ok",
    "fails only once the card goes in, tap is ok",
    "only since the update, tap",
    "只有插。挥卡可以",
], "obs_only_contactless", plain=True)

# ... and the contrast: the same words with the failing way said in its own clause
test_gap_contrast_kept = fact_read([
    ("only chip fails, tap fine", "obs_only_chip"),
    ("only tap fails, chip fine", "obs_only_contactless"),
    ("only chip fails — tap fine", "obs_only_chip"),
    ("only when inserting 🙄 tap works", "obs_only_chip"),
    ("only insert fails but tap works", "obs_only_chip"),
    ("只有插卡不行，挥卡可以", "obs_only_chip"),
    ("只有挥卡不行，插卡可以", "obs_only_contactless"),
    ("只有拍卡唔得，插卡冇問題", "obs_only_contactless"),
    # no punctuation at all: a gap still crosses words
    ("only chip fails tap ok", "obs_only_chip"),
    ("only tap fails chip ok", "obs_only_contactless"),
    ("只有插卡不行挥卡可以", "obs_only_chip"),
], plain=True)

# -- a negation stays in its clause ------------------------------------------------------------

# the "no" answers; the next clause says the part is fine
test_negation_stays_in_clause = fact_read([
    ("No, the modem is fine", "obs_network_fine"),
    ("没有，网络正常", "obs_network_fine"),
    ("沒有，網路正常", "obs_network_fine"),
    ("冇，網絡正常", "obs_network_fine"),
    ("不，路由器没问题", "obs_network_fine"),
    ("没有～网络正常", "obs_network_fine"),
    ("没有…网络正常", "obs_network_fine"),
    ("没有😂网络正常", "obs_network_fine"),
    ("no, there is paper", "obs_paper_loaded"),
    ("没有，有纸", "obs_paper_loaded"),
    ("没有，电是满的", "obs_power_fine"),
    ("not the card, the wifi keeps dropping", "obs_wifi_disconnected"),
], plain=True)

# a listed phrase led by a negation ("no sim") is not found across the clause stop after it
test_negation_led_phrase_not_across_stop = fact_not_read([
    "no, sim is fine",
    "no, the sim is ok",
], "obs_no_sim", plain=True)

# near-misses: the negation in the same clause still negates
test_negation_in_clause_kept = fact_read([
    ("no sim", "obs_no_sim"),
    ("没有信号", "obs_no_bars"),
    ("没有纸", "obs_paper_out"),
], plain=True)

test_negation_in_clause_not_fine = fact_not_read([
    "router not fine",
    "没有网络",
    "網絡唔正常",
    "the modem is not fine",
], "obs_network_fine", plain=True)

# ... and a listed phrase across a stop whose first words are no negation is still found
test_listed_phrase_across_stop = outcome_is([
    "tapped on the symbol, beep, pau",
], "worked")

# how a fix went: a "not yet" answering, then the result in its own clause
test_outcome_by_clause = outcome_is([
    ("not yet, still declined", "failed"),
    ("no, it didn't help", "failed"),
    ("能刷了，谢谢", "worked"),
], EACH)


# -- in a conversation -------------------------------------------------------------------------

def test_no_then_fine_is_not_no_network(engine):
    """Asked how the terminal goes online, a merchant answers "no," and says the network is
    fine: that is noted, and the router they said is fine is not the first thing to restart."""
    for lang, first, reply in [
        ("en", "terminal shows communication failure on every sale", "No, the modem is fine"),
        ("zh-hans", "刷卡机从早上开始一直显示通讯失败", "没有，网络正常"),
        ("zh-hant", "刷卡機成日顯示通訊失敗", "沒有，網路正常"),
    ]:
        results = converse(engine, [first, reply], lang)
        told = [e["observation"] for e in events(results[-1:], "observation")]
        assert "obs_network_fine" in told, (lang, [(e.name, e.data) for r in results for e in r.events])
        assert fixes(results)[:1] != ["fix_restart_router"], lang


# -- one rule of a clause: the interpreter's clause readers split the clause key too ----------

# an "if" or a wish reaches to its clause's end, not over the result told after it
test_if_and_wish_stay_in_clause = outcome_is([
    "if still no good i call u, now ok",
    "need it working today, it works now",
    "wish it worked. now it works",
    "如果还不行就打给你～现在可以了",
], "worked")

# near-misses: the plan or the wish alone is no result
test_if_and_wish_alone_no_result = outcome_is([
    "if still no good i call u",
    "need it working today",
    "如果还不行我就打给你",
    "要是能刷就好了",
], None)

# an update cut short, its cause told as a clause of its own: read by the pattern of two clauses
# (a gap no longer reaches across the comma)
test_update_cut_short_cause_in_own_clause = fact_read([
    "last night the update got interrupted, power cut",
    "the update was cut short, blackout",
    "升级到一半，停电了",
], "obs_update_interrupted", plain=True)

# near-miss: an update done, then a power cut, is no update cut short
test_update_done_then_power_cut = fact_not_read([
    "update done, then power cut",
], "obs_update_interrupted", plain=True)


# a Chinese turn opening a clause ("不过", "但是") is no negation of what follows it
test_turn_opening_clause_no_negation = fact_read([
    "冇改過嘢，不過升級之後就開始",
    "没改过东西 不过升级以后就坏了",
    "什么都没碰过，但是升级后就这样",
], "obs_after_update", plain=True)

# near-misses: a negation after the turn still negates; "刷不过" is a result not reached
test_negation_after_turn_kept = fact_read([
    "但没有升级",
    "不过没升级过",
], "obs_no_update", plain=True)
