"""Every Chinese text the bot can say, in Hong Kong and Taiwan script: OpenCC's phrase
dictionary mis-segments some payment words (发卡 -> 髮卡 "hairpin", 银联系统 -> 銀聯繫統,
别着急 -> 彆着急); dialogs/script_fixes.yaml corrects them. A new text that trips OpenCC the
same way fails here, so it is corrected before a merchant reads it."""

from __future__ import annotations

import pytest

from dialogs import script
from dialogs.texts import texts

# Characters or words that appear in converted payment texts only through a mis-segmentation.
WRONG = ["髮", "彆", "併", "隻", "聯繫統"]


def _chinese_texts(kb) -> list[tuple[str, str]]:
    out = [(key, value["zh"]) for key, value in texts().items()]
    for fix in kb.fixes.values():
        out += [(fix.id, t) for t in (fix.title.zh, *fix.steps.zh)]
    for cause in kb.causes.values():
        out.append((cause.id, cause.title.zh))
    for question in kb.questions.values():
        out += [(question.id, question.text.zh)] + [(question.id, a.label.zh) for a in question.answers]
    for code in kb.codes.values():
        out += [(code.code, t.zh) for t in (code.title, code.meaning, code.first_action, code.tell_customer) if t]
    for symptom in kb.symptoms.values():
        out.append((symptom.id, symptom.title.zh))
    for obs in kb.observations.values():
        out.append((obs.id, obs.says.zh))
    for term in kb.glossary.values():  # said when a merchant asks what a word means
        out.append((term.id, term.says.zh))
    return out


@pytest.mark.parametrize("variant", ["hant-hk", "hant-tw"])
def test_no_misread_characters_in_traditional_output(engine, variant):
    bad = [(where, converted) for where, text in _chinese_texts(engine.kb)
           if any(w in (converted := script.convert(text, variant)) for w in WRONG)]
    assert not bad, bad[:10]


def test_the_corrections_apply():
    assert script.convert("请联系发卡行", "hant-hk") == "請聯繫發卡行"
    assert "銀聯系統" in script.convert("银联系统临时故障", "hant-tw")
    assert script.convert("别着急", "hant-hk") == "別着急"
