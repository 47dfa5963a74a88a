"""Settings from the environment (documented in README.md and deploy/.env.example).

A missing or malformed setting stops start-up with one line naming it. The token is a secret:
it is never printed, and `Settings.__repr__` masks it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

OFFICIAL_API = "https://api.telegram.org/bot"
_TOKEN = re.compile(r"^\d+:[A-Za-z0-9_-]{5,}$")
# Telegram's rule for secret_token: 1-256 of A-Z, a-z, 0-9, _ and -. We ask for 16 at least:
# anyone who can reach the port and guess it can post updates claiming to be an agent.
_WEBHOOK_SECRET = re.compile(r"^[A-Za-z0-9_-]{16,256}$")


class SettingsError(ValueError):
    """One line naming the setting and what is wrong with it."""


def timezone_from_env(env=None) -> ZoneInfo:
    """POSBOT_TIMEZONE, an IANA name such as Asia/Shanghai; UTC when unset."""
    env = os.environ if env is None else env
    name = env.get("POSBOT_TIMEZONE", "").strip() or "UTC"
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingsError(f"POSBOT_TIMEZONE: not a time zone name (like Asia/Shanghai), got {name!r}") from None


MIN_DASHBOARD_TOKEN = 16


def dashboard_token_from_env(env=None, required: bool = True) -> str | None:
    """POSBOT_DASHBOARD_TOKEN: managers sign in with it, so at least 16 characters."""
    env = os.environ if env is None else env
    token = env.get("POSBOT_DASHBOARD_TOKEN", "").strip() or None
    if token is None:
        if required:
            raise SettingsError("POSBOT_DASHBOARD_TOKEN: not set (managers sign in with it)")
        return None
    if len(token) < MIN_DASHBOARD_TOKEN:
        raise SettingsError(f"POSBOT_DASHBOARD_TOKEN: too short ({len(token)} characters; at least "
                            f"{MIN_DASHBOARD_TOKEN}, e.g. from `openssl rand -hex 16`)")
    return token


def trust_proxy_from_env(env=None) -> bool:
    """POSBOT_DASHBOARD_TRUST_PROXY: believe X-Forwarded-Proto / X-Forwarded-For (only behind
    a reverse proxy that sets them; otherwise any client could claim anything)."""
    env = os.environ if env is None else env
    raw = env.get("POSBOT_DASHBOARD_TRUST_PROXY", "").strip().lower()
    if raw in ("", "0", "no", "false", "off"):
        return False
    if raw in ("1", "yes", "true", "on"):
        return True
    raise SettingsError(f"POSBOT_DASHBOARD_TRUST_PROXY: expected yes or no, got {raw!r}")


def default_db_path() -> str:
    return os.environ.get("POSBOT_DB") or "./posbot.db"


def _ids(name: str, env) -> frozenset[int]:
    raw = env.get(name, "").strip()
    if not raw:
        return frozenset()
    try:
        return frozenset(int(part) for part in raw.replace(" ", "").split(",") if part)
    except ValueError:
        raise SettingsError(f"{name}: expected comma-separated Telegram user ids, got {raw!r}") from None


def _int(name: str, env, default: int | None) -> int | None:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise SettingsError(f"{name}: expected an integer, got {raw!r}") from None


@dataclass(frozen=True)
class Settings:
    token: str = field(repr=False)
    api_base_url: str = OFFICIAL_API
    db: str = "./posbot.db"
    agent_chat_id: int | None = None
    agent_ids: frozenset[int] = frozenset()
    manager_ids: frozenset[int] = frozenset()
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_secret: str | None = field(default=None, repr=False)
    sla_minutes: int = 5
    # Telegram allows a bot about 30 messages per second overall; a self-hosted Bot API
    # server or a higher limit granted by Telegram may allow more.
    max_rate: int = 30
    # About one message per second in one chat (short bursts allowed) is Telegram's pace;
    # 0 turns per-chat pacing off (benchmarks of the pipeline).
    chat_rate: int = 1
    dashboard_listen: str | None = None
    dashboard_token: str | None = field(default=None, repr=False)
    # Behind a reverse proxy that sets X-Forwarded-Proto/-For (docs/DEPLOY.md).
    dashboard_trust_proxy: bool = False
    # The support desk's time zone: "today", per-day trends and the times agents and managers
    # read. Timestamps are stored in UTC whatever this says.
    timezone: ZoneInfo = ZoneInfo("UTC")
    # Transcripts and raw updates older than this many days are deleted daily (bot/prune.py).
    retention_days: int | None = None

    @property
    def file_base_url(self) -> str:
        # https://api.telegram.org/bot -> https://api.telegram.org/file/bot
        return self.api_base_url[: -len("bot")] + "file/bot"

    @classmethod
    def from_env(cls, env=None, require_token: bool = True) -> "Settings":
        env = os.environ if env is None else env
        token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
        if require_token and not token:
            raise SettingsError("TELEGRAM_BOT_TOKEN: not set (get one from @BotFather)")
        if token and not _TOKEN.match(token):
            raise SettingsError("TELEGRAM_BOT_TOKEN: malformed (expected digits:letters from @BotFather)")
        base = env.get("TELEGRAM_API_BASE_URL", "").strip() or OFFICIAL_API
        if not re.match(r"^https?://", base):
            raise SettingsError(f"TELEGRAM_API_BASE_URL: expected an http(s) URL, got {base!r}")
        webhook = env.get("POSBOT_WEBHOOK_URL", "").strip() or None
        if webhook and not re.match(r"^https?://", webhook):
            raise SettingsError(f"POSBOT_WEBHOOK_URL: expected an http(s) URL, got {webhook!r}")
        webhook_secret = env.get("POSBOT_WEBHOOK_SECRET", "").strip() or None
        if webhook and not (webhook_secret and _WEBHOOK_SECRET.match(webhook_secret)):
            raise SettingsError("POSBOT_WEBHOOK_SECRET: webhook mode needs a secret of 16 to 256 letters, "
                                "digits, _ or - (e.g. openssl rand -hex 32)")
        port = _int("POSBOT_WEBHOOK_PORT", env, 8443)
        if not 1 <= port <= 65535:
            raise SettingsError(f"POSBOT_WEBHOOK_PORT: expected a port number 1-65535, got {port}")
        retention = _int("POSBOT_RETENTION_DAYS", env, None)
        if retention is not None and retention < 1:
            raise SettingsError(f"POSBOT_RETENTION_DAYS: must be at least 1 day, got {retention}")
        sla = _int("POSBOT_SLA_MINUTES", env, 5)
        if sla is not None and sla <= 0:
            raise SettingsError(f"POSBOT_SLA_MINUTES: must be a positive number of minutes, got {sla}")
        max_rate = _int("POSBOT_MAX_RATE", env, 30)
        if max_rate <= 0:
            raise SettingsError(f"POSBOT_MAX_RATE: must be a positive number of messages per second, got {max_rate}")
        chat_rate = _int("POSBOT_CHAT_RATE", env, 1)
        if chat_rate < 0:
            raise SettingsError(f"POSBOT_CHAT_RATE: must be 0 (off) or messages per second per chat, got {chat_rate}")
        dashboard = env.get("POSBOT_DASHBOARD_LISTEN", "").strip() or None
        if dashboard and not env.get("POSBOT_DASHBOARD_TOKEN", "").strip():
            raise SettingsError("POSBOT_DASHBOARD_TOKEN: required when POSBOT_DASHBOARD_LISTEN is set")
        if dashboard and not re.match(r"^[^\s:]*:\d{1,5}$", dashboard):
            raise SettingsError(f"POSBOT_DASHBOARD_LISTEN: expected host:port (like 127.0.0.1:8080), got {dashboard!r}")
        dashboard_token = dashboard_token_from_env(env, required=False) if dashboard else None
        return cls(
            token=token,
            # python-telegram-bot appends the token: ".../bot" + token + "/method".
            api_base_url=base.rstrip("/") if base.rstrip("/").endswith("/bot") else base.rstrip("/") + "/bot",
            db=env.get("POSBOT_DB", "").strip() or "./posbot.db",
            agent_chat_id=_int("POSBOT_AGENT_CHAT_ID", env, None),
            agent_ids=_ids("POSBOT_AGENT_IDS", env),
            manager_ids=_ids("POSBOT_MANAGER_IDS", env),
            webhook_url=webhook,
            webhook_listen=env.get("POSBOT_WEBHOOK_LISTEN", "").strip() or "0.0.0.0",
            webhook_port=port,
            webhook_secret=webhook_secret,
            sla_minutes=sla,
            max_rate=max_rate,
            chat_rate=chat_rate,
            dashboard_listen=dashboard,
            dashboard_token=dashboard_token,
            dashboard_trust_proxy=trust_proxy_from_env(env),
            timezone=timezone_from_env(env),
            retention_days=retention,
        )
