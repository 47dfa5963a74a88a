"""Every cause can be reached, told apart and fixed or honestly handed over (issue 10 items
2-3; the audit is bench/kb_coverage.py, which prints the same table for people)."""

from __future__ import annotations

from bench.kb_coverage import audit

# Causes added after the first release name where they come from (schema `source`).
ADDED_WITH_SOURCES = ["hw_printer_wrong_paper", "hw_screen_cracked", "hw_weak_charger",
                      "net_phone_hotspot", "net_wifi_crowded"]


def test_every_cause_is_reached_told_apart_and_fixed_or_handed_over(kb):
    gaps = {cause: row.gaps() for cause, row in audit(kb).items() if row.gaps()}
    assert gaps == {}


def test_a_cause_that_needs_people_hands_over_and_one_that_does_not_has_a_self_fix(kb):
    rows = audit(kb)
    for cause_id, cause in kb.causes.items():
        if cause.needs_human:
            assert rows[cause_id].handoff, cause_id
        else:
            assert rows[cause_id].self_fixes, cause_id


def test_new_causes_and_their_own_fixes_say_where_they_come_from(kb):
    for cause_id in ADDED_WITH_SOURCES:
        cause = kb.causes[cause_id]
        assert cause.source, cause_id
        own = [f for f in cause.fixes if f.startswith(("fix_right_paper", "fix_hotspot",
                                                        "fix_separate"))]
        assert all(kb.fixes[f].source for f in own), cause_id


def test_the_audit_counts_a_fact_only_when_it_points_to_its_cause_above_the_others(kb):
    rows = audit(kb)
    assert "obs_phone_hotspot" in rows["net_phone_hotspot"].singles_out
    assert "obs_screen_cracked" in rows["hw_screen_cracked"].singles_out
    # "The printer misbehaves" points to three printer faults alike: it singles none out.
    assert "obs_printer_fault" not in rows["hw_printer_no_paper"].singles_out
