"""What can go wrong while posbot runs unattended, and what it does about each.

Transient faults (Telegram unreachable, 5xx, database busy, disk full, read-only file) are
logged once with the reason and retried with a growing pause; serving resumes by itself.
Fatal faults (token rejected, a Conflict that persists, a database that cannot be written at
start-up) end the process with one line and a non-zero status, so the supervisor sees them.
The table in docs/DEPLOY.md ("Failure modes") is the operator's view of this module.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass

log = logging.getLogger("posbot")

# Exit statuses: 2 = fix the configuration or the file (systemd does not restart it),
# 1 = a fault that a restart may cure (systemd restarts it).
EXIT_CONFIG = 2
EXIT_RESTART = 1

# SQLite primary result codes that go away by themselves or when the operator frees a
# resource: busy/locked (another writer), I/O error and full (disk), read-only (permissions
# changed under us), cannot open (directory gone), protocol (WAL lock race).
_TRANSIENT_SQLITE = {5, 6, 8, 10, 13, 14, 15}
_DAMAGED_SQLITE = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


class Fatal(RuntimeError):
    """Stop the process: one line for the operator, and the exit status."""

    def __init__(self, line: str, status: int = EXIT_CONFIG):
        super().__init__(line)
        self.line = line
        self.status = status


def sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_transient_store_error(exc: BaseException) -> bool:
    """A database fault that retrying later can cure (as opposed to a bug or bad data)."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    code = sqlite_code(exc)
    if code is not None:
        return code in _TRANSIENT_SQLITE
    return any(word in str(exc) for word in ("locked", "full", "readonly", "disk I/O"))


def is_damaged_database(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.DatabaseError) and sqlite_code(exc) in _DAMAGED_SQLITE


def store_reason(exc: BaseException) -> str:
    """A short, human reason for a database fault ("disk full", "locked by another program")."""
    code = sqlite_code(exc)
    return {5: "locked by another program for too long", 6: "table locked", 8: "read-only file",
            10: "disk I/O error", 13: "disk full", 14: "cannot open the file"}.get(code, str(exc))


@dataclass
class Backoff:
    """Pauses between retries: first, doubling, at most `most` seconds (tests shorten them)."""

    first: float = 1.0
    most: float = 30.0

    def __post_init__(self) -> None:
        self.current = self.first

    def next(self) -> float:
        delay = self.current
        self.current = min(self.current * 2, self.most)
        return delay

    def reset(self) -> None:
        self.current = self.first


@dataclass
class FaultPolicy:
    """How long posbot keeps trying before it calls a fault fatal; tests pass tiny values."""

    backoff_first: float = 1.0
    backoff_most: float = 30.0
    # 409 Conflict: another getUpdates consumer. A deploy that briefly overlaps the old and
    # new process clears within a minute; one that persists is another bot on our token.
    conflict_attempts: int = 8
    # A bug or a poisonous update: tried this many times, then set aside.
    update_attempts: int = 3

    def backoff(self) -> Backoff:
        return Backoff(self.backoff_first, self.backoff_most)


class Outage:
    """Logs a fault once when it starts, and once when it clears: not one line per retry."""

    def __init__(self, what: str, logger: logging.Logger = log):
        self.what = what
        self.log = logger
        self.reason: str | None = None

    def failed(self, reason: str, retry_in: float) -> None:
        if reason != self.reason:
            self.log.warning("%s: %s; retrying with backoff (next in %.3gs)", self.what, reason, retry_in)
            self.reason = reason

    def cleared(self) -> None:
        if self.reason is not None:
            self.log.warning("%s: recovered (was: %s)", self.what, self.reason)
            self.reason = None
