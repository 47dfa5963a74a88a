"""One turn end to end, for any transport: load the conversation, run the engine, save.

The dialog engine is pure; this is where a turn meets the store. After every turn the
session, the transcript lines and the events are saved in one transaction, so a restarted
process resumes every open conversation where it stopped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from bot.learned import refresh as refresh_learned
from bot.replies import reply_record
from bot.store import Store
from dialogs import script
from dialogs.engine import Engine, language_of, new_session
from dialogs.messages import Incoming, Reply, TurnResult


@dataclass
class Turn:
    conversation_id: int
    result: TurnResult

    @property
    def replies(self) -> list[Reply]:
        return self.result.replies


class Service:
    def __init__(self, store: Store, engine: Engine, channel: str):
        self.store = store
        self.engine = engine
        self.channel = channel

    def conversation_for(self, chat_key: str, user_id: str = "", user_name: str = "",
                         text: str | None = None, language_hint: str | None = None) -> dict:
        """The open conversation of a chat, or a new one (a conversation is one problem:
        it is closed in the store when the dialog reaches `closed`)."""
        row = self.store.open_conversation(self.channel, chat_key)
        if row is not None:
            return row
        lang = language_of(text, language_hint, self.store.last_language(self.channel, chat_key))
        # Traditional in, traditional out across problems: a new problem whose first message
        # tells no script ("0020000", "ok", "thanks") keeps the script the merchant wrote before.
        variant = None
        if not text or script.variant_of(text, None, None) is None:
            variant = self.store.last_variant(self.channel, chat_key)
        return self.store.start_conversation(self.channel, chat_key, user_id, user_name, lang,
                                             new_session(lang, variant))

    def handle(self, chat_key: str, incoming: Incoming, user_id: str = "", user_name: str = "",
               record: dict | None = None) -> Turn:
        """Run one merchant turn. `record` overrides how the incoming message is transcribed
        (e.g. a photo with its file id)."""
        row = self.conversation_for(chat_key, user_id, user_name, incoming.text,
                                    incoming.language_hint)
        refresh_learned(self.store, self.engine.recogniser)  # what leads taught, up to this message
        # The row was read for this turn alone: the engine may take its session as it is.
        result = self.engine.handle(_session(row), incoming, owned=True)
        incoming_record = record or {
            "kind": "button" if incoming.button is not None else incoming.kind,
            "text": incoming.button if incoming.button is not None else incoming.text,
            "payload": None,
        }
        self.save(row["id"], result, incoming_record)
        return Turn(row["id"], result)

    def save(self, conversation_id: int, result: TurnResult, incoming: dict | None) -> None:
        self.store.save_turn(
            conversation_id,
            result.session,
            result.state,
            result.session["lang"],
            incoming,
            [reply_record(r) for r in result.replies],
            [{"name": e.name, "data": e.data} for e in result.events],
            close=result.state == "closed",
        )


def _session(row: dict) -> dict:
    session = row["session"]
    return session if isinstance(session, dict) else json.loads(session)
