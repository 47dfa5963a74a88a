"""Managers' reads off the event loop: statistics, lists and charts for `/stats` and the dashboard.

They run in one worker thread on their own read-only SQLite connection, so a slow query or
chart never delays a merchant's turn (the turns run on the event loop and write through the
main connection), and never sits inside a write transaction. One thread is enough for a few
managers and keeps matplotlib, which is not thread-safe, on a single thread.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable, TypeVar

from bot.store import Store

T = TypeVar("T")


class ReadPool:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="posbot-reads")
        self._store: Store | None = None  # opened in the worker thread, used only there

    async def run(self, work: Callable[..., T], *args) -> T:
        """work(store, *args) in the worker thread; the event loop keeps serving meanwhile."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, self._call, work, args)

    def submit(self, work: Callable, *args) -> None:
        """work(store, *args) in the worker thread, not waited for (e.g. warming up imports)."""
        self._executor.submit(self._call, work, args)

    def _call(self, work, args):
        if self._store is None:
            self._store = Store.read_only(self.path)
        return work(self._store, *args)

    def _close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def close(self) -> None:
        self._executor.submit(self._close_store)
        self._executor.shutdown(wait=True)
