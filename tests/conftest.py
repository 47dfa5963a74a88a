"""Shared fixtures: the real knowledge base and engine (loaded once per session)."""

import pytest

from dialogs.engine import Engine
from knowledge.loader import load_kb
from knowledge.matcher import Recogniser

# The table runners' asserts say what they compared, as the test files' own do.
pytest.register_assert_rewrite("tests.tables")


@pytest.fixture(scope="session")
def kb():
    return load_kb()


@pytest.fixture(scope="session")
def recogniser(kb):
    return Recogniser(kb)


@pytest.fixture(scope="session")
def engine(kb, recogniser):
    return Engine(kb, recogniser)


@pytest.fixture(scope="session")
def reader():
    """The photo reader of the tests: one OCR model per test session, read in this process."""
    from tests.harness import READER

    return READER
