"""Secrets never reach a log line: the bot token (it is part of every Bot API URL, and
python-telegram-bot puts it in some exception texts), the webhook secret and path, and the
dashboard token are replaced in the whole formatted record, tracebacks included."""

from __future__ import annotations

import logging

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def secrets_of(settings) -> list[str]:
    """What must never be logged. The token's part after the colon is the secret proper: it
    is redacted on its own too, in case a message quotes only that part."""
    from urllib.parse import urlparse

    values = [settings.token, settings.webhook_secret, settings.dashboard_token]
    if settings.token and ":" in settings.token:
        values.append(settings.token.split(":", 1)[1])
    if settings.webhook_url:
        path = urlparse(settings.webhook_url).path
        if len(path.strip("/")) >= 8:  # an unguessable path is a secret too
            values.append(path)
    # Longest first, so the whole token is replaced before its secret part.
    return sorted({v for v in values if v and len(v) >= 4}, key=len, reverse=True)


class RedactingFormatter(logging.Formatter):
    def __init__(self, secrets: list[str], fmt: str = FORMAT):
        super().__init__(fmt)
        self.secrets = secrets

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "<redacted>")
        return text

    def format(self, record: logging.LogRecord) -> str:
        return self.redact(super().format(record))


def setup_logging(settings) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter(secrets_of(settings)))
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # logs every URL, token included
    # transitions logs three INFO lines per dialog turn: noise, and CPU on the hot path. The
    # dialog's story is in the transcript and events.
    logging.getLogger("transitions").setLevel(logging.WARNING)
