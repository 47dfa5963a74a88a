"""One merchant's messages played through the real engine, as the dialog tests play them."""

from dialogs.engine import Engine
from dialogs.messages import Incoming


def converse(engine: Engine, texts, lang: str | None = None) -> list:
    """Every turn's result, one per message, each message read in the session the last left."""
    session, results = None, []
    for text in texts:
        result = engine.handle(session, Incoming(text=text, language_hint=lang))
        session = result.session
        results.append(result)
    return results


def reply_after(engine: Engine, prior, reply: str, lang: str | None = None):
    """(the session the reply is read in, the reply's result): for asserting what it changed."""
    session = converse(engine, prior, lang)[-1].session if prior else None
    return session, engine.handle(session, Incoming(text=reply, language_hint=lang))
