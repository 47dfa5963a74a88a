"""Coverage of the knowledge base, cause by cause (issue 10 items 2-3): can the dialog reach
it, is there a fact a merchant states that singles it out, and is there a fix a shop owner
can follow, or an honest handoff when people must act?

    .venv/bin/python bench/kb_coverage.py [--all]

Prints the gaps (and with --all every cause's row); tests/test_kb_coverage.py keeps the gaps
from growing. No timing here: it reads the YAML only.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field

from knowledge.loader import KnowledgeBase, load_kb
from knowledge.observations import cause_factors

# Words a busy shop owner does not know. In a fix's title and steps they stand only as the
# label the screen or menu shows, in quotes, or as an aside in brackets beside plain words
# ("撤回（叫“冲正”）"); the step itself says what to do in plain words. A merchant who asks
# what one means is told (glossary.yaml). tests/test_glossary.py keeps both true.
JARGON = ("APN", "DHCP", "IP", "MAC", "TMK", "WLAN", "固件", "参数", "主密钥", "密钥", "冲正",
          "缓存", "凭证号", "参考号", "收单", "串口", "日切", "批次", "firmware", "parameter",
          "master key", "reversal", "batch", "acquirer", "cache", "serial", "trace",
          "reference number", "cut-over", "host address", "port")
# What may hold a word of the trade: quotes (a screen's or menu's label) and brackets (an aside).
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|（[^）]*）|\([^)]*\)")


def unexplained_jargon(text: str) -> list[str]:
    """Words of the trade the text uses outside quotes and brackets (upper-case ones as
    written: "IP" is not "ip" in "tip"; Latin ones as whole words)."""
    bare = _QUOTED.sub(" ", text)
    return [word for word in JARGON if re.search(
        r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", bare,
        0 if word.isupper() or not word.isascii() else re.IGNORECASE)]
# A code or terminal message whose top cause has at least this prior names that cause.
MAIN_CAUSE = 0.6


@dataclass
class CauseCoverage:
    cause: str
    reachable: list[str] = field(default_factory=list)   # codes, symptoms and decisive facts that name it
    singles_out: list[str] = field(default_factory=list)  # facts pointing to it above all others
    shares: list[str] = field(default_factory=list)  # decisive facts shared with one or two others
    asked_by: list[str] = field(default_factory=list)  # question answers supporting it alone
    # Codes and terminal messages that name it as their main cause (51 -> insufficient funds,
    # "BATCH FULL" -> settle): the screen tells it, no fact is needed.
    shown_by: list[str] = field(default_factory=list)
    self_fixes: list[str] = field(default_factory=list)
    handoff: bool = False  # needs people, and a fix hands over to them
    jargon: list[str] = field(default_factory=list)  # fix ids using jargon outside quotes

    @property
    def told_apart(self) -> bool:
        return bool(self.singles_out or self.shares or self.asked_by or self.shown_by)

    @property
    def fixable_or_handed_off(self) -> bool:
        return bool(self.self_fixes) or self.handoff

    def gaps(self) -> list[str]:
        found = []
        if not self.reachable:
            found.append("no code, symptom or decisive fact names it (the dialog never considers it)")
        if not self.told_apart:
            found.append("no fact or answer singles it out")
        if not self.fixable_or_handed_off:
            found.append("no self-fix and no handoff")
        return found


def audit(kb: KnowledgeBase) -> dict[str, CauseCoverage]:
    rows = {cause_id: CauseCoverage(cause_id) for cause_id in kb.causes}
    for code in kb.codes.values():
        for cause_id in code.causes:
            rows[cause_id].reachable.append(code.code)
        if len(code.causes) == 1 or code.causes and max(code.causes.values()) >= MAIN_CAUSE:
            rows[max(code.causes, key=code.causes.get)].shown_by.append(code.code)
    for symptom in kb.symptoms.values():
        for cause_id in symptom.causes:
            rows[cause_id].reachable.append(symptom.id)
        if symptom.display and max(symptom.causes.values()) >= MAIN_CAUSE:
            rows[max(symptom.causes, key=symptom.causes.get)].shown_by.append(symptom.id)
    for obs_id in kb.observations:
        towards = {c: w for c, w in cause_factors(kb, obs_id).items() if w > 0}
        for cause_id, weight in towards.items():
            if weight == 3:  # a fact told brings the cause in from any problem (diagnosis.admit)
                rows[cause_id].reachable.append(f"fact:{obs_id}")
        for cause_id, weight in towards.items():
            others = [w for c, w in towards.items() if c != cause_id]
            if weight >= 2 and all(w < weight for w in others):
                rows[cause_id].singles_out.append(obs_id)
            elif weight == 3 and sum(w == 3 for w in others) <= 2:
                rows[cause_id].shares.append(obs_id)
    for question in kb.questions.values():
        for answer in question.answers:
            if len(answer.supports) == 1:
                rows[answer.supports[0]].asked_by.append(f"{question.id}:{answer.id}")
    for cause_id, cause in kb.causes.items():
        row = rows[cause_id]
        for fix_id in cause.fixes:
            fix = kb.fixes[fix_id]
            if not fix.escalates:
                row.self_fixes.append(fix_id)
            if any(unexplained_jargon(text) for text in (
                    fix.title.zh, fix.title.en, *fix.steps.zh, *fix.steps.en)):
                row.jargon.append(fix_id)
        row.handoff = cause.needs_human and any(kb.fixes[f].escalates for f in cause.fixes)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="print every cause, not only gaps")
    args = parser.parse_args()
    kb = load_kb()
    rows = audit(kb)
    gaps = {c: r.gaps() for c, r in rows.items() if r.gaps()}
    for cause_id, row in rows.items():
        if args.all or cause_id in gaps:
            facts = (row.singles_out + [f"{o} (shared)" for o in row.shares] + row.asked_by
                     + [f"shown: {s}" for s in row.shown_by])
            print(f"{cause_id:32} facts: {', '.join(facts) or '-'}")
            print(f"{'':32} fixes: {', '.join(row.self_fixes) or '-'}"
                  f"{'  handoff' if row.handoff else ''}")
            for gap in gaps.get(cause_id, []):
                print(f"{'':32} GAP: {gap}")
    jargon = sorted({f for r in rows.values() for f in r.jargon})
    print(f"\n{len(rows)} causes; {len(gaps)} with gaps; fixes with jargon outside quotes or brackets: "
          f"{', '.join(jargon) or 'none'}")


if __name__ == "__main__":
    main()
