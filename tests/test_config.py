"""Settings: a missing or malformed setting stops start-up with one line naming it."""

import subprocess
import sys

import pytest

from bot.config import OFFICIAL_API, Settings, SettingsError

TOKEN = "123456:ABCdef_ghi-JKL"


def test_defaults():
    s = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN})
    assert s.api_base_url == OFFICIAL_API and s.db == "./posbot.db" and s.sla_minutes == 5
    assert s.file_base_url == "https://api.telegram.org/file/bot"
    assert TOKEN not in repr(s)


def test_self_hosted_api_gets_bot_suffix():
    s = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": "http://10.0.0.5:8081/"})
    assert s.api_base_url == "http://10.0.0.5:8081/bot"
    assert s.file_base_url == "http://10.0.0.5:8081/file/bot"


@pytest.mark.parametrize(
    "env, name",
    [
        ({}, "TELEGRAM_BOT_TOKEN"),
        ({"TELEGRAM_BOT_TOKEN": "nonsense"}, "TELEGRAM_BOT_TOKEN"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "POSBOT_AGENT_IDS": "12,abc"}, "POSBOT_AGENT_IDS"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "POSBOT_MANAGER_IDS": "x"}, "POSBOT_MANAGER_IDS"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "POSBOT_AGENT_CHAT_ID": "agents"}, "POSBOT_AGENT_CHAT_ID"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "POSBOT_SLA_MINUTES": "0"}, "POSBOT_SLA_MINUTES"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": "ftp://x"}, "TELEGRAM_API_BASE_URL"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "POSBOT_WEBHOOK_URL": "bot.example.com"}, "POSBOT_WEBHOOK_URL"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "POSBOT_DASHBOARD_LISTEN": "127.0.0.1:8080"}, "POSBOT_DASHBOARD_TOKEN"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "POSBOT_DASHBOARD_LISTEN": "127.0.0.1:8080",
          "POSBOT_DASHBOARD_TOKEN": "fifteen-chars-x"}, "POSBOT_DASHBOARD_TOKEN"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "POSBOT_DASHBOARD_TRUST_PROXY": "maybe"}, "POSBOT_DASHBOARD_TRUST_PROXY"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "POSBOT_TIMEZONE": "Beijing"}, "POSBOT_TIMEZONE"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "POSBOT_MAX_RATE": "0"}, "POSBOT_MAX_RATE"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "POSBOT_CHAT_RATE": "-1"}, "POSBOT_CHAT_RATE"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "POSBOT_CHAT_RATE": "fast"}, "POSBOT_CHAT_RATE"),
    ],
)
def test_bad_settings_name_the_variable(env, name):
    with pytest.raises(SettingsError) as err:
        Settings.from_env(env)
    assert str(err.value).startswith(name)
    assert "\n" not in str(err.value)


def test_run_refuses_to_start_with_one_line(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "POSBOT_DB": str(tmp_path / "x.db"), "TELEGRAM_BOT_TOKEN": "secret:bad token"}
    proc = subprocess.run([sys.executable, "-m", "bot.cli", "run"], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "TELEGRAM_BOT_TOKEN" in lines[0]
    assert "bad token" not in proc.stderr  # the secret is not echoed


@pytest.mark.parametrize("command", ["dashboard", "run"])
def test_a_short_dashboard_token_is_refused_in_one_line(tmp_path, command):
    env = {"PATH": "/usr/bin:/bin", "POSBOT_DB": str(tmp_path / "x.db"), "TELEGRAM_BOT_TOKEN": TOKEN,
           "POSBOT_DASHBOARD_LISTEN": "127.0.0.1:1", "POSBOT_DASHBOARD_TOKEN": "short-secret"}
    proc = subprocess.run([sys.executable, "-m", "bot.cli", command], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "POSBOT_DASHBOARD_TOKEN" in lines[0] and "at least 16" in lines[0]
    assert "short-secret" not in proc.stderr


def test_every_setting_is_documented():
    """Each variable the code reads is in the README's table and in deploy/.env.example."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    code = "".join(p.read_text() for p in (root / "bot").rglob("*.py"))
    names = set(re.findall(r'"((?:POSBOT|TELEGRAM)_[A-Z_]+)"', code))
    assert {"TELEGRAM_BOT_TOKEN", "POSBOT_DB", "POSBOT_MAX_RATE"} <= names
    readme = (root / "README.md").read_text()
    example = (root / "deploy" / ".env.example").read_text()
    assert [n for n in sorted(names) if n not in readme] == []
    assert [n for n in sorted(names) if n not in example] == []


def test_run_does_not_log_every_dialog_transition():
    """transitions logs three INFO lines per turn; posbot run keeps them out of its log."""
    import logging

    from bot.logredact import setup_logging

    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.INFO)  # what setup_logging's basicConfig sets outside pytest
    transitions = logging.getLogger("transitions")
    try:
        setup_logging(Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN}))
        assert logging.getLogger("posbot").isEnabledFor(logging.INFO)
        assert not logging.getLogger("transitions.core").isEnabledFor(logging.INFO)
    finally:
        root.setLevel(level)
        transitions.setLevel(logging.NOTSET)
