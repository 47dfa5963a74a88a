"""Phrasings taught by support leads: what a message the bot did not understand means.

A lead assigns such a message to a code, a symptom or an off-topic intent ("not a fault") on
the dashboard. The bot layer stores the lesson and loads every lesson into a
`LearnedPhrasings` overlay that the Recogniser consults before the knowledge base: the same
message, or one within a typo or two of it, is then recognised as taught, without a restart.
Lessons are exported as knowledge-base YAML (`to_yaml`) so they end up in `knowledge/data`.

This module is storage-free: it never touches SQLite; the bot layer feeds it rows.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Literal

import yaml
from rapidfuzz import fuzz, process

from knowledge.loader import DATA_DIR, KnowledgeBase
from knowledge.matcher import Candidate, Recognition
from knowledge.text import detect_language, fuzzy_key

Kind = Literal["code", "symptom", "intent"]
KINDS = ("code", "symptom", "intent")
# fuzz.ratio (0-100) on the normalised text at which a message counts as the taught one:
# one wrong character in seven, or a swapped word in a sentence; short messages must match
# exactly or nearly ("打印机坏了" and "打印机好了" are 80 apart and stay apart).
SIMILARITY = 85
MAX_TEXT_CHARS = 300  # a lesson is one merchant message, not a pasted document
MIN_KEY_CHARS = 2


class LessonError(ValueError):
    """A lesson that cannot be taught; the message says why, in both languages."""


@dataclass(frozen=True)
class Lesson:
    text: str  # the merchant's words as written
    kind: Kind
    target: str  # code, symptom id or intent id
    key: str  # lesson_key(text): what messages are compared on


def lesson_key(text: str) -> str:
    """The normalised text without punctuation or spaces: "小盒子，整天响" and "小盒子整天响"
    are one message (spaces would otherwise cost a Chinese message a point of similarity each)."""
    return fuzzy_key(text).replace(" ", "")


def check_lesson(kb: KnowledgeBase, text: str, kind: str, target: str) -> Lesson:
    """A valid lesson, or LessonError naming the problem (empty, too long, unknown target)."""
    text = (text or "").strip()
    if not text:
        raise LessonError("消息是空的 The message is empty")
    if len(text) > MAX_TEXT_CHARS:
        raise LessonError(f"消息太长（最多 {MAX_TEXT_CHARS} 字） The message is too long (at most {MAX_TEXT_CHARS} characters)")
    key = lesson_key(text)
    if len(key) < MIN_KEY_CHARS:
        raise LessonError("消息里没有可学的文字 The message has no words to learn")
    if kind not in KINDS:
        raise LessonError(f"未知类型 Unknown kind: {kind!r} (code, symptom or intent)")
    if kind == "code":
        code = kb.code(target or "")
        if code is None:
            raise LessonError(f"知识库里没有这个错误码 No such code in the knowledge base: {target!r}")
        target = code.code
    elif kind == "symptom" and target not in kb.symptoms:
        raise LessonError(f"知识库里没有这个故障 No such symptom in the knowledge base: {target!r}")
    elif kind == "intent" and target not in kb.intents:
        raise LessonError(f"知识库里没有这个意图 No such intent in the knowledge base: {target!r}")
    return Lesson(text=text, kind=kind, target=target, key=key)


class LearnedPhrasings:
    """The lessons in force, looked up on every message (exact key first, then rapidfuzz)."""

    def __init__(self, kb: KnowledgeBase, lessons: Iterable[Lesson] = ()):
        self.kb = kb
        self.source: object = None  # what the lessons were loaded from (set by the loader)
        self.replace(lessons)

    def replace(self, lessons: Iterable[Lesson], source: object = None) -> None:
        """Swap in a new set of lessons at once (a later lesson for the same key wins)."""
        by_key = {lesson.key: lesson for lesson in lessons}
        keys = sorted(by_key, key=len)  # by length: only similar lengths can reach SIMILARITY
        self._by_key, self._keys, self._lengths, self.source = by_key, keys, [len(k) for k in keys], source

    def __len__(self) -> int:
        return len(self._by_key)

    @property
    def lessons(self) -> list[Lesson]:
        return list(self._by_key.values())

    def find(self, key: str) -> tuple[Lesson, float] | None:
        """The lesson whose text this message (its lesson_key) is, with its similarity."""
        if not self._keys or not key:
            return None
        lesson = self._by_key.get(key)
        if lesson is not None:
            return lesson, 1.0
        # fuzz.ratio is at most 2·shorter/(both lengths): keys outside these lengths cannot match.
        shortest = len(key) * SIMILARITY / (200 - SIMILARITY)
        longest = len(key) * (200 - SIMILARITY) / SIMILARITY
        nearby = self._keys[bisect_left(self._lengths, shortest):bisect_right(self._lengths, longest)]
        best = process.extractOne(key, nearby, scorer=fuzz.ratio, score_cutoff=SIMILARITY)
        return (self._by_key[best[0]], best[1] / 100) if best else None

    def recognise(self, text: str) -> Recognition | None:
        """What a lead taught this message means, or None to let the knowledge base decide."""
        found = self.find(lesson_key(text))
        if found is None:
            return None
        lesson, similarity = found
        result = Recognition(text=text, confidence=similarity, decision="confident")
        if lesson.kind == "intent":
            result.intent = lesson.target
            return result
        if lesson.kind == "code":
            result.code = lesson.target
            result.category = self.kb.code(lesson.target).category
        else:
            result.symptom = lesson.target
            result.category = self.kb.symptoms[lesson.target].category
        result.candidates = [Candidate(lesson.kind, lesson.target, result.category, similarity, lesson.text)]
        return result

    def to_yaml(self) -> str:
        """The lessons as knowledge-base YAML: each entry named as in knowledge/data, with the
        new lines under the list they belong to (symptom and intent `phrasings`, code `wordings`)."""
        sections: dict[str, dict[str, dict[str, list[str]]]] = {"codes": {}, "symptoms": {}, "intents": {}}
        for lesson in sorted(self._by_key.values(), key=lambda l: (l.kind, l.target, l.text)):
            section = {"code": "codes", "symptom": "symptoms", "intent": "intents"}[lesson.kind]
            lang = "zh" if detect_language(lesson.text) == "zh" else "en"
            sections[section].setdefault(lesson.target, {}).setdefault(lang, []).append(lesson.text)
        document = {}
        for section, entries in sections.items():
            if not entries:
                continue
            field = "wordings" if section == "codes" else "phrasings"
            name = "code" if section == "codes" else "id"
            document[section] = [{name: target, field: texts} for target, texts in entries.items()]
        if not document:
            return "# no learned phrasings yet\n"
        files = sorted({_shown_path(self.kb.origin[(s, t)]) for s, entries in sections.items() for t in entries})
        header = ("# Phrasings taught on the dashboard (posbot kb export-learned). To merge: add each\n"
                  "# line to the same list of the same entry in knowledge/data, then run posbot kb check.\n"
                  + "".join(f"# entries are in {f}\n" for f in files))
        return header + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100)


def _shown_path(origin: str) -> str:
    """knowledge/data/... for the packaged knowledge base, else the path as loaded."""
    try:
        return str(Path(origin).relative_to(DATA_DIR.parent.parent))
    except ValueError:
        return origin
