"""Ids that come from outside (button data, commands, URL paths, update ids) are checked
before they reach SQLite, whose integers stop at 2**63 - 1: a 30-digit id is "no such thing",
never an OverflowError."""

from __future__ import annotations

MAX_ID = 2**63 - 1


def valid_id(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_ID


def parse_id(text: str | None) -> int | None:
    """"12" or "#12" -> 12; anything else, or a number SQLite cannot hold, -> None."""
    digits = (text or "").strip().lstrip("#")
    if not digits.isascii() or not digits.isdigit() or len(digits) > 19:
        return None
    number = int(digits)
    return number if number <= MAX_ID else None
