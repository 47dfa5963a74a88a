"""The HOME of the bot processes the tests start.

A folder of this test run, whose engine cache is built once, in this process, before the first
such process starts. A start-up test reads the process's stderr line by line; with the shared
/tmp HOME its result hung on what else on the machine had used /tmp/.cache/posbot (other
checkouts' files evict each other: `knowledge.cache.KEEP` per name), and a process that had to
build the cache printed its one-time "built and kept" line beside the line under test."""

import atexit
import functools
import shutil
import tempfile
from pathlib import Path


@functools.cache
def warmed_home() -> str:
    from dialogs.prepared import prepared_engine

    home = tempfile.mkdtemp(prefix="posbot-test-home-")
    atexit.register(shutil.rmtree, home, ignore_errors=True)
    prepared_engine(directory=Path(home) / ".cache" / "posbot")
    return home
