"""Twelfth round (rec22): a terminal that no longer beeps. Two causes (the sound turned off in the
settings, the speaker gone), a fix for the first, a hand-over for the second, a question and two
facts that tell them apart. Sentences written for these tests, in zh, traditional zh and en; none
is taken from an evaluation set or from the knowledge base."""

import pytest

from knowledge.observations import cause_factors
from tests.conversation import converse
from tests.tables import STILL, events, fact_not_read, fact_read, fixes


def test_the_fault_and_its_two_causes(kb):
    symptom = kb.symptoms["s_no_sound"]
    assert symptom.category == "hardware"
    assert set(symptom.causes) == {"sw_sound_muted", "hw_speaker_faulty"}
    assert symptom.causes["sw_sound_muted"] > symptom.causes["hw_speaker_faulty"]
    assert kb.causes["sw_sound_muted"].category == "software"
    assert kb.causes["hw_speaker_faulty"].category == "hardware"
    for cause in symptom.causes:
        assert kb.causes[cause].source


def test_the_setting_is_fixed_in_the_shop_the_speaker_by_people(kb):
    muted, speaker = kb.causes["sw_sound_muted"], kb.causes["hw_speaker_faulty"]
    assert muted.fixes[0] == "fix_sound_settings" and not muted.needs_human
    fix = kb.fixes["fix_sound_settings"]
    assert not fix.escalates
    assert len(fix.steps.zh) == len(fix.steps.en) >= 3
    assert speaker.needs_human and kb.fixes[speaker.fixes[-1]].escalates


def test_a_question_tells_the_two_apart(kb):
    question = kb.questions["q_sound_setting"]
    answers = {a.id: a for a in question.answers}
    assert answers["muted"].supports == ["sw_sound_muted"]
    assert answers["muted"].observation == "obs_sound_muted"
    assert answers["speaker"].supports == ["hw_speaker_faulty"]
    assert "sw_sound_muted" in answers["speaker"].rules_out
    assert answers["speaker"].observation == "obs_speaker_dead"


@pytest.mark.parametrize("fact, cause, other", [
    ("obs_sound_muted", "sw_sound_muted", "hw_speaker_faulty"),
    ("obs_speaker_dead", "hw_speaker_faulty", "sw_sound_muted"),
])
def test_each_fact_is_decisive_for_its_cause_only(kb, fact, cause, other):
    factors = cause_factors(kb, fact)
    assert factors.get(cause) == 3
    assert factors.get(other, 0) < 0
    # a muted terminal said beside another fault weighs nothing against that fault's causes
    assert all(c in (cause, other) for c in factors), factors


FACTS = [
    ("店员把音量调到最低了", "obs_sound_muted"),
    ("部機開咗靜音", "obs_sound_muted"),
    ("機器被調成靜音了", "obs_sound_muted"),
    ("someone put it on mute", "obs_sound_muted"),
    ("the volume is all the way down", "obs_sound_muted"),
    ("音量开到最大也没声音", "obs_speaker_dead"),
    ("開機都唔響 音量係滿嘅", "obs_speaker_dead"),
    ("volume is at max and still no beep", "obs_speaker_dead"),
    ("the speaker crackles", "obs_speaker_dead"),
]

test_fact_is_read = fact_read(FACTS)

test_look_alike_is_not_the_muted_terminal = fact_not_read([
    "客人手机静音了 没收到短信",            # the customer's phone, not the terminal
    "the customer phone was on mute",
    "没开静音啊",                           # denied
    "音量键坏了按不动",                     # a key that fails is the keys
], "obs_sound_muted")


@pytest.mark.parametrize("text, lang", [
    ("机器没声音了", "zh-hans"),
    ("機器沒聲音了 按鍵也不會嗶", "zh-hant"),
    ("my card machine stopped beeping", "en"),
])
def test_the_volume_first_then_a_person_for_the_speaker(engine, text, lang):
    results = converse(engine, [text, STILL[lang]], lang)
    assert events(results, "problem")[0]["symptom"] == "s_no_sound"
    assert fixes(results)[:1] == ["fix_sound_settings"]
    assert events(results, "handoff"), [(e.name, e.data) for r in results for e in r.events]


@pytest.mark.parametrize("lines, lang", [
    (["机器没声音了", "音量开到最大也没声音 开机也不响"], "zh-hans"),
    (["my card machine stopped beeping", "volume is at max and still no beep"], "en"),
])
def test_the_speaker_told_goes_to_a_person(engine, lines, lang):
    results = converse(engine, lines, lang)
    assert events(results, "handoff")
