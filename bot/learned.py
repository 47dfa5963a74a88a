"""Lessons from support leads, stored in SQLite, and the recogniser kept in step with them.

The dashboard writes a lesson (`teach`) or withdraws one (`forget`); every turn of `posbot run`
and `posbot chat` first calls `refresh`, which reads one indexed `max(id)` and reloads the
lessons only when it changed. So a lesson is in force from the next merchant message on, also
when the dashboard is a separate process writing to the same database file.
"""

from __future__ import annotations

import logging

from knowledge.learned import LearnedPhrasings, Lesson, LessonError, check_lesson
from knowledge.loader import KnowledgeBase
from knowledge.matcher import Recogniser

log = logging.getLogger("posbot.learned")

_IN_FORCE = ("select l.* from learned_phrasings l join (select key, max(id) id from learned_phrasings "
             "group by key) latest on latest.id = l.id where l.kind is not null order by l.id")


def teach(store, kb: KnowledgeBase, text: str, kind: str, target: str, by: str = "") -> int:
    """Store a lesson (validated against the knowledge base; LessonError says what is wrong)
    and return its id. Teaching a text again replaces what it meant."""
    lesson = check_lesson(kb, text, kind, target)
    with store.transaction():
        cursor = store.conn.execute(
            "insert into learned_phrasings (text, key, kind, target, taught_by, at) values (?, ?, ?, ?, ?, ?)",
            [lesson.text, lesson.key, lesson.kind, lesson.target, by, store.clock()])
    return cursor.lastrowid


def forget(store, lesson_id: int, by: str = "") -> bool:
    """Withdraw a lesson in force; False when there is no such lesson (or it is withdrawn)."""
    with store.transaction():
        row = store.conn.execute(
            "select l.text, l.key from learned_phrasings l where l.id = ? and l.kind is not null and "
            "l.id = (select max(id) from learned_phrasings where key = l.key)", [lesson_id]).fetchone()
        if row is None:
            return False
        store.conn.execute("insert into learned_phrasings (text, key, kind, target, taught_by, at) "
                           "values (?, ?, null, null, ?, ?)", [row[0], row[1], by, store.clock()])
    return True


def lessons_in_force(store) -> list[dict]:
    """The stored lessons now in force, oldest first (id, text, kind, target, taught_by, at)."""
    return store._rows(_IN_FORCE)


def revision(store) -> int | None:
    """Changes with every lesson taught or withdrawn: the cheap check made on every message."""
    return store.conn.execute("select max(id) from learned_phrasings").fetchone()[0]


def load_lessons(store, kb: KnowledgeBase) -> list[Lesson]:
    return lessons_from_rows(lessons_in_force(store), kb)


def lessons_from_rows(rows: list[dict], kb: KnowledgeBase) -> list[Lesson]:
    """The stored lessons that still fit the knowledge base (a code deleted from the YAML
    since is skipped with a warning rather than breaking start-up)."""
    lessons = []
    for row in rows:
        try:
            lessons.append(check_lesson(kb, row["text"], row["kind"], row["target"]))
        except LessonError as exc:
            log.warning("learned phrasing #%s skipped: %s", row["id"], exc)
    return lessons


def refresh(store, recogniser: Recogniser) -> None:
    """Bring the recogniser's taught phrasings up to date with the store, if they changed."""
    overlay = recogniser.learned
    if overlay is None:
        overlay = recogniser.learned = LearnedPhrasings(recogniser.kb)
    source = (store, revision(store))
    if overlay.source != source:
        overlay.replace(load_lessons(store, recogniser.kb), source=source)
