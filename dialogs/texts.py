"""The bot's words (texts.yaml) and command words (commands.yaml), loaded once."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


from knowledge.loader import read_yaml
from knowledge.text import fuzzy_key

HERE = Path(__file__).parent
LANGUAGES = ("zh", "en")


@lru_cache(maxsize=1)
def texts() -> dict[str, dict[str, str]]:
    return read_yaml(HERE / "texts.yaml")


def say(key: str, lang: str, **values) -> str:
    return texts()[key][lang].format(**values)


def say_to(session: dict | None, key: str, **values) -> str:
    """A text for the merchant of `session`, in their language and script: traditional in,
    traditional out, for what the Telegram layer says too (tickets, agents joining). What fills
    it is converted too: an agent who types simplified reaches a Hong Kong merchant in
    traditional (the transcript keeps the agent's words as written)."""
    from dialogs import script  # OpenCC is loaded on first use, not with every import of texts

    session = session or {}
    variant = session.get("variant")
    template = texts()[key][session.get("lang") or "zh"]
    return script.convert(template.format(**values), variant)


@lru_cache(maxsize=1)
def commands() -> dict[str, frozenset[str]]:
    """Whole-message commands of commands.yaml, normalised like messages are."""
    raw = read_yaml(HERE / "commands.yaml")
    for name, words in raw.items():  # YAML reads a bare yes/no/on/off as a boolean
        if not isinstance(name, str):
            raise ValueError(f"commands.yaml: quote the key {name!r} (YAML read it as {type(name).__name__})")
        if not all(isinstance(w, str) for w in words):
            raise ValueError(f"commands.yaml: {name}: quote every word (found {words!r})")
    return {name: frozenset(fuzzy_key(w) for w in words) for name, words in raw.items()}


def command_of(text: str) -> str | None:
    """The command a whole message stands for (human, restart, cancel, yes, ...), or None."""
    key = fuzzy_key(text)  # "/human", "Human!" and "human" are the same command
    for name, words in commands().items():
        if key in words:
            return name
    return None
