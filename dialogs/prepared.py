"""The dialog engine as `posbot run` and `posbot chat` start it: its prepared tables (the
knowledge base, the recogniser, the interpreter's phrases) built once per version of the
knowledge base and code, and loaded from the local cache at later starts (knowledge.cache).

What leads teach on the dashboard is not part of it: the store's lessons are laid over the
recogniser at every message (bot.learned.refresh), so a cached engine applies them at once.
"""

from __future__ import annotations

from pathlib import Path

import dialogs
import knowledge
from dialogs.engine import Engine
from dialogs.interpret import Interpreter
from knowledge.cache import FROM_ENVIRONMENT, cached
from knowledge.loader import KnowledgeBase, load_kb
from knowledge.matcher import Recogniser

# What building reads: the knowledge base's YAML (knowledge/data), the dialog's word lists
# (dialogs/*.yaml) and the code of both packages; and the libraries whose objects it holds.
ROOTS = (Path(knowledge.__file__).parent, Path(dialogs.__file__).parent)
LIBRARIES = ("numpy", "pydantic", "rapidfuzz", "opencc", "pypinyin", "yaml", "transitions")


def build_tables() -> tuple[KnowledgeBase, Recogniser, Interpreter]:
    kb = load_kb()
    recogniser = Recogniser(kb)
    return kb, recogniser, Interpreter(kb, recogniser)


def prepared_engine(directory=FROM_ENVIRONMENT) -> Engine:
    """An engine over the packaged knowledge base, its tables from the cache when they are
    there and current (`directory`: as knowledge.cache.cached)."""
    kb, recogniser, interpreter = cached("engine", build_tables, ROOTS, LIBRARIES, directory)
    return Engine(kb, recogniser, interpreter)
