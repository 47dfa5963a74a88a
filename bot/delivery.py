"""Outbox rows delivered but not yet marked so in the store, written with the next commit.

Marking each delivered message in its own transaction was one of 3.5-4 commits per update (each
commit rewrites whole pages into the WAL). The marks ride along with the next turn's commit,
or a timer writes them within MARK_DELAY seconds when nothing else commits. The price is the
same as before, only a few milliseconds wider: a message delivered just before a crash is sent
again after the restart. Until its mark is written, the delivering code skips the row.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import contextmanager
from typing import Iterator

from bot.store import Store

log = logging.getLogger("posbot.delivery")

MARK_DELAY = 0.05


class DeliveryMarks:
    def __init__(self, store: Store, delay: float = MARK_DELAY):
        self.store = store
        self.delay = delay
        self._pending: dict[int, tuple[str, int | None, str | None]] = {}
        self._timer: asyncio.TimerHandle | None = None

    def __contains__(self, outbox_id: int) -> bool:
        return outbox_id in self._pending

    def add(self, outbox_id: int, status: str, message_id: int | None = None,
            error: str | None = None) -> None:
        self._pending[outbox_id] = (status, message_id, error)
        if self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(self.delay, self._write_late)

    @contextmanager
    def commit(self) -> Iterator[None]:
        """One transaction holding whatever the caller writes and the pending marks."""
        marks, self._pending = self._pending, {}
        try:
            with self.store.transaction():
                if marks:
                    self.store.mark_outbox_many(marks)
                yield
        except BaseException:
            for outbox_id, mark in marks.items():  # not written: keep them for the next commit
                self._pending.setdefault(outbox_id, mark)
            raise

    def flush(self) -> None:
        if self._pending:
            with self.commit():
                pass

    def _write_late(self) -> None:
        self._timer = None
        try:
            self.flush()
        except Exception:  # e.g. the database is locked: the next commit carries them
            log.exception("could not mark delivered messages yet")
            if self._pending:
                self._timer = asyncio.get_running_loop().call_later(1.0, self._write_late)
