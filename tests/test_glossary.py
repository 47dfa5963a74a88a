"""Words of the trade (glossary.yaml) and the way a terminal goes online (`requires:`):
validated by `posbot kb check`, explained when asked, kept out of plain text (issue 10, kb15)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.kb_coverage import JARGON, audit, unexplained_jargon
from knowledge.glossary import terms_named
from knowledge.loader import DATA_DIR, KnowledgeError, load_kb
from knowledge.observations import cause_factors
from knowledge.text import normalise


def fix_texts(kb):
    for fix in kb.fixes.values():
        for text in (fix.title.zh, fix.title.en, *fix.steps.zh, *fix.steps.en):
            yield fix.id, text


def test_fix_steps_say_what_to_do_in_plain_words(kb):
    """A word of the trade stands only as a quoted label or a bracketed aside."""
    found = {(fix_id, text): unexplained_jargon(text) for fix_id, text in fix_texts(kb)}
    assert {k: v for k, v in found.items() if v} == {}
    assert not [f for row in audit(kb).values() for f in row.jargon]


def test_the_jargon_rule_catches_a_bare_word_and_passes_a_label():
    assert unexplained_jargon("超时后终端会自动冲正") == ["冲正"]
    assert unexplained_jargon("Compare the host address with your acquirer's") == ["acquirer", "host address"]
    assert unexplained_jargon("机器会把这笔撤回（叫“冲正”）") == []
    assert unexplained_jargon('Choose "Download parameters" in the menu') == []
    assert unexplained_jargon("a tip: keep the receipt") == []  # "IP" only as written


def test_every_word_of_the_trade_a_fix_uses_is_explained_when_asked(kb):
    words = {normalise(w) for t in kb.glossary.values() for w in (*t.words.zh, *t.words.en)}
    used = {w for _, text in fix_texts(kb) for w in JARGON if normalise(w) in normalise(text)}
    assert used and {w for w in used if normalise(w) not in words} == set()


@pytest.mark.parametrize("asked, term", [
    ("huh what is logon", "term_sign_in"), ("签到是什么意思", "term_sign_in"),
    ("咩叫結算", "term_settlement"), ("what's settlement", "term_settlement"),
    ("冲正是啥", "term_reversal"), ("what does void mean", "term_void"),
    ("咩係收單機構", "term_acquirer"), ("APN係咩嚟", "term_apn"), ("what's a pin pad", "term_pin_pad"),
])
def test_a_question_back_names_its_term(kb, asked, term):
    assert terms_named(kb, asked)[:1] == [term]


@pytest.mark.parametrize("text", ["simple", "it is important", "tips please", "这个很简单"])
def test_words_inside_other_words_name_no_term(kb, text):
    assert terms_named(kb, text) == []


def test_every_term_is_explained_in_both_languages_without_its_own_jargon(kb):
    for term in kb.glossary.values():
        assert term.says.zh and term.says.en, term.id
        assert len(term.says.zh) <= 120 and len(term.says.en.split()) <= 70, term.id


# -- the way the terminal goes online -------------------------------------------------------------
def test_on_the_cable_rules_out_the_sim_and_wifi_causes_fixes_and_questions(kb):
    out = {c for c, w in cause_factors(kb, "obs_on_ethernet").items() if w == -3}
    assert {"net_no_signal", "net_sim_no_data", "hw_sim_not_seated", "net_wrong_wifi_password",
            "net_phone_hotspot", "net_wifi_crowded", "net_dialup_line"} <= out
    assert "net_ethernet" not in out and "net_wifi_down" not in out  # the router serves the cable
    pointless = kb.pointless_after()["obs_on_ethernet"]
    assert {"fix_improve_signal", "fix_reseat_sim", "fix_check_sim_data", "fix_reconnect_wifi",
            "fix_hotspot_keep_on"} <= pointless
    assert "fix_check_ethernet" not in pointless and "fix_restart_router" not in pointless
    assert {"q_signal", "q_sim_message", "q_data_plan"} <= set(kb.moot_questions(["obs_on_ethernet"]))


def test_on_its_sim_rules_out_the_router_and_wifi(kb):
    out = {c for c, w in cause_factors(kb, "obs_on_sim").items() if w == -3}
    assert {"net_wifi_down", "net_wrong_wifi_password", "net_ethernet", "net_dialup_line"} <= out
    assert not out & {"net_no_signal", "net_sim_no_data", "hw_sim_not_seated"}
    assert {"fix_restart_router", "fix_reconnect_wifi", "fix_check_ethernet"} <= kb.pointless_after()["obs_on_sim"]
    # (kb23: how far the router is, and its addresses, are the Wi-Fi's and the cable's too)
    # (dlg50: and the shop's broadband bill, which the router's line needs)
    assert kb.moot_questions(["obs_on_sim"]) == ["q_other_devices_online", "q_wifi_changed",
                                                 "q_wifi_distance", "q_ip_setting", "q_broadband_paid"]


# -- kb check refuses what cannot work ----------------------------------------------------------
def broken_kb(tmp_path: Path, extra: str):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    (data / "zz_broken.yaml").write_text(extra, encoding="utf-8")
    with pytest.raises(KnowledgeError) as error:
        load_kb(data)
    return str(error.value)


def test_kb_check_refuses_a_word_naming_two_terms(tmp_path):
    message = broken_kb(tmp_path, """glossary:
  - id: term_other
    words: {zh: [签到], en: [check in]}
    says: {zh: 别的, en: other}
""")
    assert "签到" in message and "term_sign_in" in message


def test_kb_check_refuses_a_requirement_nothing_can_rule_out(tmp_path):
    message = broken_kb(tmp_path, """causes:
  - id: net_new_thing
    category: network
    title: {zh: 新的, en: New}
    fixes: [fix_restart_terminal]
    requires: [obs_wet]
""")
    assert "obs_wet" in message and "exclusive" in message


def test_kb_check_refuses_a_fact_pointing_to_a_cause_it_rules_out(tmp_path):
    message = broken_kb(tmp_path, """observations:
  - id: obs_cable_and_weak_signal
    says: {zh: 网线 信号弱, en: cable weak signal}
    phrasings: {zh: [网线信号弱], en: [cable weak signal]}
    towards: {net_no_signal: 3}
exclusive:
  - [obs_cable_and_weak_signal, obs_on_sim]
""")
    assert "obs_cable_and_weak_signal" in message and "net_no_signal" in message
