"""What a typed message means here: every reading of it in the dialog's current state, scored.

A message is read against everything it could mean in the state the dialog is in: an answer
to the pending question (in any wording, negations included: "不是wifi"), the outcome of the
pending fix ("好了 可以刷了", "no luck", "sometimes"), "already tried that", observations that
bear on the causes, a clearly different new problem, thanks or small talk. The pending question
and fix are read first, so a word inside an answer cannot open another problem. The engine's
policy (dialogs.engine) picks the best reading; close readings are confirmed with buttons.

Pure: the words come from the knowledge base (answers' words, fixes' tried_words,
observations) and from readings.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from dialogs.texts import commands
from knowledge.loader import KnowledgeBase
from knowledge.matcher import Recogniser
from knowledge.observations import Negation, ObservationFinder, PhraseFinder
from knowledge.text import fuzzy_key

HERE = Path(__file__).parent
# Whole-message commands are only looked for in short messages ("转人工" is a command,
# "昨天客服说要转人工处理但机器还是报A0" is a problem description).
COMMAND_MAX_CHARS = 24
# A described fault interrupts a diagnosis only when matched this surely and unrelated to
# the current problem's causes.
NEW_PROBLEM_CONFIDENCE = 0.7
# Scores: how surely each kind of evidence means what it seems to.
EXACT = 1.0  # the answer's label or a whole-message yes / no
OBSERVATION_ANSWER = 0.95  # an observation that answers the pending question ("就插卡不行")
WORDS = 0.9  # one of an answer's words
NEGATED = 0.85  # "不是wifi": not that answer
LEADING = 0.8  # "是的，..." first word of a longer message
UNSURE = 0.8
INSIDE = 0.7  # "别的没动": a "no" inside the reply
OUTCOME = 0.9
OBSERVED = 0.7
TRIED = 0.85
OTHER_FIX_FAILED = 0.5  # a failure word next to another fix's "already tried" words
SMALL_TALK = 0.4
GIST = 0.6  # what a message without outcome words amounts to (the fault again, thanks)
# A leading yes / no is the fix's outcome only in a reply this short: "不是wifi，用的是流量卡"
# starts with "不是" but is about the connection.
SHORT_REPLY = 8
HUMAN = 0.97  # asking for a person outranks any answer in the same message
# "didn't", "didn’t" and "didnt" are one word to the dialog.
_CONTRACTION = re.compile(r"([a-z])n['’`]t\b")
# Two readings closer than this are confirmed with buttons instead of guessed.
TIE = 0.03


@dataclass(frozen=True)
class Reading:
    kind: str  # answer | outcome | tried | observation | problem | intent | more | unsure
    score: float
    value: Any = None


@lru_cache(maxsize=1)
def reading_words() -> dict[str, list[str]]:
    raw = yaml.safe_load((HERE / "readings.yaml").read_text(encoding="utf-8"))
    for name, words in raw.items():
        if not isinstance(name, str) or not all(isinstance(w, str) for w in words):
            raise ValueError(f"readings.yaml: quote the key and every word of {name!r}")
    return raw


class Interpreter:
    def __init__(self, kb: KnowledgeBase, recogniser: Recogniser):
        self.kb = kb
        self.recogniser = recogniser
        self._plain = lru_cache(maxsize=4096)(
            lambda text: _CONTRACTION.sub(r"\1nt", recogniser.plain(text)))
        self.negation = Negation(kb.negations)
        prepare = self.plain
        self.observations = ObservationFinder(kb, prepare)
        # question id -> finder of its answers' words (and labels long enough to be specific).
        self.answer_finders = {
            q.id: PhraseFinder(
                [(w, a.id) for a in q.answers for w in a.words]
                + [(label, a.id) for a in q.answers for label in (a.label.zh, a.label.en)
                   if _specific(label)],
                self.negation, prepare)
            for q in kb.questions.values()}
        # Every question's answer words at once, for answers given before they are asked.
        self.all_answers = PhraseFinder(
            [(w, (q.id, a.id)) for q in kb.questions.values() for a in q.answers for w in a.words]
            + [(label, (q.id, a.id)) for q in kb.questions.values() for a in q.answers
               for label in (a.label.zh, a.label.en) if _specific(label)],
            self.negation, prepare)
        # answer: observation id -> (question id, answer id) for every answer that reports one.
        self.answer_of_observation: dict[str, list[tuple[str, str]]] = {}
        for q in kb.questions.values():
            for a in q.answers:
                if a.observation:
                    self.answer_of_observation.setdefault(a.observation, []).append((q.id, a.id))
        self.tried = PhraseFinder(
            [(w, f.id) for f in kb.fixes.values() for w in f.tried_words], self.negation, prepare)
        words = reading_words()
        self.outcomes = PhraseFinder(
            [(w, kind) for kind in ("worked", "failed", "partly") for w in words[kind]],
            self.negation, prepare)
        self.accepted = PhraseFinder([(w, "accepted") for w in words["accepted"]], self.negation, prepare)
        self.more = PhraseFinder([(w, "more") for w in words["more"]], self.negation, prepare)
        self.tried_this = PhraseFinder([(w, "tried") for w in words["tried_this"]], self.negation, prepare)
        self.human = PhraseFinder([(w, "human") for w in words["human"]], self.negation, prepare)
        self.no_inside = PhraseFinder([(w, "no") for w in words["no_inside"]], self.negation, prepare)
        self.unsure_words = PhraseFinder([(w, "unsure") for w in words["unsure"]], self.negation, prepare)
        self.asking_words = PhraseFinder([(w, "asking") for w in words["asking"]], self.negation, prepare)
        # Whole-message commands (commands.yaml), their words prepared like the messages.
        self.commands = {name: words | {fuzzy_key(prepare(w)) for w in words}
                         for name, words in commands().items()}
        self.leading = {kind: {fuzzy_key(prepare(w)) for w in words[kind]} for kind in ("yes", "no")}

    # -- pieces -----------------------------------------------------------------------------

    def plain(self, text: str) -> str:
        """The message as the recogniser prepares it: simplified script, lower case, merchants'
        words in the knowledge base's ("冇反應" -> "没有反应", "拍卡" -> "挥卡"; knowledge/data/
        words.yaml), contractions without their apostrophe ("didn't" and "didnt" alike). Every
        phrase the dialog looks for is prepared the same way."""
        return self._plain(text)

    def whole(self, text: str) -> str | None:
        """The command a short message stands for as a whole (yes, no, human, unsure...)."""
        if len(text) > COMMAND_MAX_CHARS:
            return None
        key = fuzzy_key(self.plain(text))
        return next((name for name, words in self.commands.items() if key in words), None)

    def asks(self, text: str) -> bool:
        """The message asks about what it was just told ("点解？", "so what do I do"), rather
        than saying how it went: a question mark or a question phrase."""
        return text.rstrip().endswith(("?", "？")) or bool(self.asking_words.find(text))

    def unsure(self, text: str, whole: bool = False) -> bool:
        """"I don't know" in the message (whole: the message is nothing else, "dunno")."""
        text = self.plain(text)
        if self.whole(text) == "unsure":
            return True
        hits = [h for h in self.unsure_words.find(text) if not h.negated]
        if whole:
            return any(h.phrase == fuzzy_key(text) for h in hits)
        return bool(hits)

    def observed(self, text: str) -> list[str]:
        text = self.plain(text)
        return self.observations.find(text)

    def tried_fixes(self, text: str) -> list[str]:
        text = self.plain(text)
        return list(dict.fromkeys(h.target for h in self.tried.find(text) if not h.negated))

    def leading_verdict(self, text: str) -> str | None:
        """'yes' / 'no' when the message is, or starts with, a yes or no word."""
        text = self.plain(text)
        whole = self.whole(text)
        if whole in ("yes", "no"):
            return whole
        key = fuzzy_key(text)
        first = key.split(" ", 1)[0]
        for verdict in ("no", "yes"):  # "不是" before "是"
            for word in self.leading[verdict]:
                if first == word or key == word or key.startswith(word + " "):
                    return verdict
                if len(word) >= 2 and not word.isascii() and first.startswith(word):
                    return verdict
        return None

    def outcome(self, text: str) -> str | None:
        text = self.plain(text)
        # Words inside a stated fact are not the outcome: "the wifi is fine" says nothing of the fix.
        facts = [(h.start, h.start + len(h.phrase)) for h in self.observations.finder.find(text)]
        kinds = set()
        for hit in self.outcomes.find(text):
            if any(start <= hit.start < end for start, end in facts):
                continue
            if hit.negated:
                if hit.target == "worked":  # "没好" / "not fixed"
                    kinds.add("failed")
                continue  # "不是没用": too twisted to guess
            kinds.add(hit.target)
        if "partly" in kinds or {"worked", "failed"} <= kinds:
            return "partly"
        return next(iter(kinds), None)

    def wants_more(self, text: str) -> bool:
        text = self.plain(text)
        return any(not h.negated for h in self.more.find(text))

    def volunteered(self, text: str, questions: set[str]) -> dict[str, str]:
        """question id -> the answer the message gives to it unasked, for the given questions:
        only the answers' own words count; a positive answer beats negated ones ("不是wifi，
        用的流量卡"), two positive answers to one question are no answer (ask, not guess)."""
        text = self.plain(text)
        meant: dict[str, set[str]] = {}
        for hit in self.all_answers.find(text):
            question_id, answer_id = hit.target
            if question_id in questions:
                meant.setdefault(question_id, set()).add(("!" if hit.negated else "") + answer_id)
        chosen = {}
        for question_id, answers in meant.items():
            answers = {_resolve_negation(self.kb.questions[question_id],
                                         Reading("answer", 0, a)).value for a in answers}
            positive = {a for a in answers if not a.startswith("!")}
            pick = positive or answers
            if len(pick) == 1:
                chosen[question_id] = pick.pop()
        return chosen

    # -- readings of the pending question -----------------------------------------------------

    def answers(self, question_id: str, text: str, observed: list[str],
                asked: bool = True) -> list[Reading]:
        """Readings of the message as an answer to the question, best first. Unasked
        (`asked` False: is an answer volunteered?), only its own words count: a bare "no"
        answers nothing it was not asked."""
        text = self.plain(text)
        question = self.kb.questions[question_id]
        ids = {a.id for a in question.answers}
        key = fuzzy_key(text)
        readings: list[Reading] = []
        for answer in question.answers:
            if key in (fuzzy_key(self.plain(answer.label.zh)), fuzzy_key(self.plain(answer.label.en))):
                readings.append(Reading("answer", EXACT, answer.id))
        for hit in self.answer_finders[question_id].find(text):
            readings.append(Reading("answer", NEGATED if hit.negated else WORDS,
                                    ("!" if hit.negated else "") + hit.target))
        for obs_id in observed:
            for q_id, a_id in self.answer_of_observation.get(obs_id, ()):
                if q_id == question_id:
                    readings.append(Reading("answer", OBSERVATION_ANSWER, a_id))
        verdict = self.leading_verdict(text) if asked else None
        if asked and verdict is None and "no" in ids and any(not h.negated for h in self.no_inside.find(text)):
            readings.append(Reading("answer", INSIDE, "no"))
        if verdict in ids:
            whole = self.whole(text)
            readings.append(Reading("answer", EXACT if whole == verdict else LEADING, verdict))
        if asked and self.unsure(text):
            readings.append(Reading("unsure", UNSURE))
        # "不是wifi" on a question with two answers is the other answer.
        readings = [_resolve_negation(question, r) for r in readings]
        best: dict[Any, Reading] = {}
        for r in readings:
            if r.value not in best or r.score > best[r.value].score:
                best[r.value] = r
        return sorted(best.values(), key=lambda r: -r.score)

    # -- the whole message ------------------------------------------------------------------

    def read(self, state: str, facts: dict, text: str) -> list[Reading]:
        """Every reading of the message in this state, best first."""
        text = self.plain(text)
        observed = self.observed(text)
        readings: list[Reading] = []
        if state == "diagnosing" and facts.get("question"):
            readings += self.answers(facts["question"], text, observed)
        if state == "fixing" and facts.get("fix"):
            outcome = self.outcome(text)
            whole = self.whole(text)
            verdict = self.leading_verdict(text)
            if whole in ("yes", "no"):
                readings.append(Reading("outcome", EXACT, "worked" if whole == "yes" else "failed"))
            elif outcome:
                readings.append(Reading("outcome", OUTCOME, outcome))
            elif verdict in ("yes", "no") and _short(fuzzy_key(text)):  # "嗯 可以", "no, same", "yes please"
                readings.append(Reading("outcome", LEADING, "worked" if verdict == "yes" else "failed"))
            elif self.unsure(text):
                readings.append(Reading("unsure", UNSURE))
            elif gist := self.outcome_by_gist(text, facts):
                readings.append(Reading("outcome", GIST, gist))
            if facts["fix"] in self.tried_fixes(text) or any(
                    not h.negated for h in self.tried_this.find(text)):
                readings.append(Reading("outcome", TRIED, "failed"))
        if state == "offering_human":
            verdict = self.leading_verdict(text)
            if self.outcome(text) == "worked":  # the last fix helped after all
                readings.append(Reading("outcome", OUTCOME, "worked"))
            elif self.unsure(text):  # "no clue": a person is the safe choice
                readings.append(Reading("unsure", UNSURE))
            elif self.wants_more(text) or verdict == "no":
                readings.append(Reading("more", WORDS))
            elif verdict == "yes":
                readings.append(Reading("human", WORDS))
            elif self.unsure(text):
                readings.append(Reading("unsure", UNSURE))
        if any(not h.negated for h in self.human.find(text)):
            readings.append(Reading("human", HUMAN))
        tried = [f for f in self.tried_fixes(text) if f != facts.get("fix")]
        if tried:
            readings.append(Reading("tried", TRIED * 0.8, tuple(tried)))
            # "重启过了 也没用" while a different fix is pending: the failure is the restart's.
            readings = [Reading(r.kind, OTHER_FIX_FAILED, r.value)
                        if r.kind == "outcome" and r.value == "failed" and r.score != TRIED else r
                        for r in readings]
        if observed:
            readings.append(Reading("observation", OBSERVED, tuple(observed)))
        rec = self.recogniser.recognise(text)
        readings += self._problem_or_talk(rec, facts, observed)
        return sorted(readings, key=lambda r: -r.score)

    def outcome_by_gist(self, text: str, facts: dict) -> str | None:
        """No outcome words: what the message amounts to. The fault named again ("nah still
        0020000", "又黑屏") means it failed; taking the advice on board or thanking ("懂了 先让他
        付现金", "cheers") means it did the job."""
        rec = self.recogniser.recognise(text)
        current = facts.get("problem") or {}
        if (rec.code and rec.code == current.get("code")) or (
                rec.symptom and rec.symptom == current.get("symptom")):
            return "failed"
        if any(not h.negated for h in self.accepted.find(text)) or rec.intent in ("thanks", "bye"):
            return "worked"
        return None

    def echoes(self, text: str, advice: list[str]) -> bool:
        """The message repeats what the advice said to do ("叫咗佢打去銀行解鎖" after "请顾客到
        银行解锁"): at least ECHO shared Chinese character pairs or English words."""
        said = _units(fuzzy_key(self.plain(text)))
        told = set().union(*(_units(fuzzy_key(self.plain(a))) for a in advice if a))
        return len(said & told) >= ECHO

    def _problem_or_talk(self, rec, facts: dict, observed: list[str]) -> list[Reading]:
        current = facts.get("problem") or {}
        if rec.intent and not rec.code:
            return [Reading("intent", SMALL_TALK, rec.intent)]
        if rec.code and rec.code != current.get("code"):
            return [Reading("problem", 0.95, rec)]
        key = fuzzy_key(rec.text)
        # One bare word ("wifi", "打印") mid-diagnosis names a thing, not a new fault.
        bare = len(key.split()) == 1 and (key.isascii() or len(key) <= 3)
        if rec.decision == "confident" and rec.symptom and rec.symptom != current.get("symptom") \
                and rec.confidence >= NEW_PROBLEM_CONFIDENCE and not bare:
            causes = set(self.kb.symptoms[rec.symptom].causes)
            related = causes & set(facts.get("candidates") or {})
            # An observation about the current problem ("打印也不出来") is not a new problem.
            score = rec.confidence * (0.5 if related or observed else 0.9)
            return [Reading("problem", score, rec)]
        return []


# Words too common to show that a message repeats the advice.
_COMMON = frozenset("the and then with this that have your card again will just what when it's "
                    "from they them their there".split())
ECHO = 2


def _units(key: str) -> set[str]:
    """Chinese character pairs and longer English words of a prepared message."""
    units = {w for w in key.split() if w.isascii() and len(w) >= 4 and w not in _COMMON}
    for part in key.split():
        han = [ch for ch in part if not ch.isascii()]
        units.update(a + b for a, b in zip(han, han[1:]))
    return units


def _short(key: str) -> bool:
    """A reply short enough that its leading yes / no is its whole point."""
    return len(key) <= SHORT_REPLY or (key.isascii() and len(key.split()) <= 2)


def _specific(label: str) -> bool:
    """A button label specific enough to be found inside a message ("所有卡都不行", "Every
    way"), unlike "有", "都正常" or "Yes"."""
    key = fuzzy_key(label)
    return len(key.split()) >= 2 if key.isascii() else len(key) >= 4


def _resolve_negation(question, reading: Reading) -> Reading:
    if reading.kind != "answer" or not str(reading.value).startswith("!"):
        return reading
    others = [a.id for a in question.answers if a.id != reading.value[1:]]
    if len(others) == 1:
        return Reading("answer", reading.score, others[0])
    return reading


def near_tie(readings: list[Reading]) -> list[Reading]:
    """The answers to confirm with buttons: distinct answers as likely as the best one."""
    answers = [r for r in readings if r.kind == "answer"]
    if len(answers) < 2 or answers[0].score - answers[1].score >= TIE:
        return []
    return [r for r in answers if answers[0].score - r.score < TIE]
