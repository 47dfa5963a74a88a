"""A merchant (or a script) sending messages faster than anyone types is throttled: one polite
notice, then the messages are recorded in the transcript but not answered until the chat calms
down. Without this, hundreds of messages from one chat each became a turn and a reply, queued
behind Telegram's one-message-per-second-per-chat pace and eating the bot's 30 per second and the
agents' group's 20 per minute that every other merchant shares.

Times are the messages' own (Telegram's `date`), so a backlog processed at once after a restart
is not mistaken for a flood.
"""

from __future__ import annotations

from collections import deque
from enum import Enum

# More than this many messages from one chat within the window is a flood: a busy merchant
# typing a problem in short lines sends a handful; nobody types 11 messages in 10 seconds.
FLOOD_MESSAGES = 10
FLOOD_WINDOW_SECONDS = 10.0
MAX_TRACKED_CHATS = 4096


class Verdict(Enum):
    ANSWER = "answer"
    NOTICE = "notice"   # the first message over the limit: tell the merchant once
    QUIET = "quiet"     # recorded, not answered


class FloodGuard:
    def __init__(self, messages: int = FLOOD_MESSAGES, window: float = FLOOD_WINDOW_SECONDS):
        self.messages = messages
        self.window = window
        self._times: dict[str, deque[float]] = {}
        self._noticed: set[str] = set()

    def check(self, chat_key: str, at: float) -> Verdict:
        """Count a message sent at `at` (seconds) and say what to do with it."""
        times = self._times.get(chat_key)
        if times is None:
            if len(self._times) >= MAX_TRACKED_CHATS:
                self._forget_quiet_chats(at)
            times = self._times[chat_key] = deque()
        times.append(at)
        while times and times[0] <= at - self.window:
            times.popleft()
        if len(times) <= self.messages:
            self._noticed.discard(chat_key)
            return Verdict.ANSWER
        if chat_key in self._noticed:
            return Verdict.QUIET
        self._noticed.add(chat_key)
        return Verdict.NOTICE

    def _forget_quiet_chats(self, now: float) -> None:
        for key in [k for k, t in self._times.items() if not t or t[-1] <= now - self.window]:
            del self._times[key]
            self._noticed.discard(key)
