"""One `posbot run` per database: an exclusive lock on a file beside it.

Two processes on one file both poll (or both take webhooks) and answer every merchant twice.
The lock is flock(2) on `<db>.lock`: the kernel releases it when the process ends, however it
ends, so a crash never leaves a stale lock behind. The holder writes its pid into the file so
the refusal can name it. Short commands (stats, backup, health) do not take it.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from bot.faults import Fatal


def lock_path(db: str | Path) -> Path:
    return Path(f"{db}.lock")


class DatabaseLock:
    def __init__(self, db: str | Path):
        self.db = Path(db)
        self.path = lock_path(db)
        self._fd: int | None = None

    def acquire(self) -> "DatabaseLock":
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o640)
        except OSError as exc:
            raise Fatal(f"{self.path}: cannot create the lock file beside the database: {exc.strerror}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise Fatal(f"{self.db} is in use by another posbot (pid {holder}); "
                        "run one posbot per database") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing releases the flock
            self._fd = None

    def __enter__(self) -> "DatabaseLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def holder_pid(db: str | Path) -> int | None:
    """The pid of the running posbot on `db`, or None when no process holds the lock."""
    path = lock_path(db)
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            return int(text) if text.isdecimal() else -1
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)
