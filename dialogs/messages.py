"""The neutral message types every transport (Telegram, terminal, tests) speaks.

The engine never sees a transport object: it takes an Incoming and returns Replies and
Events, so one dialog serves Telegram, `posbot chat` and the tests alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Incoming:
    """What the merchant did: typed text, or pressed a button (its payload)."""

    text: str | None = None
    button: str | None = None
    # The client's language setting (Telegram's language_code), a hint for the first turn.
    language_hint: str | None = None
    # Non-text messages (photo, sticker, voice, ...) arrive as kind with no text.
    kind: str = "text"
    # False when no human agent can be reached right now (no agents' group, or Telegram says
    # the bot cannot post there): a handoff then says so instead of promising a reply.
    desk_open: bool = True


@dataclass(frozen=True)
class Button:
    label: str
    payload: str  # at most 64 bytes: Telegram's callback_data limit


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: tuple[Button, ...] = ()


@dataclass(frozen=True)
class Event:
    """A fact about the conversation, stored as a row; statistics are computed from these."""

    name: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class TurnResult:
    session: dict
    replies: list[Reply]
    events: list[Event]

    @property
    def state(self) -> str:
        return self.session["state"]
