"""Start-up says one clear line and refuses unsafe configurations (issue 12): one process per
database, Telegram unreachable or the token rejected, the webhook's secret, busy ports and bad
addresses, a damaged database. Real `posbot run` processes against the fake Bot API."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
import sqlite3
import sys
from pathlib import Path

import aiohttp
import pytest

from bot.faults import Fatal, FaultPolicy
from bot.runner import Runner
from tests.fakebotapi import DEFAULT_TOKEN, FakeBotAPI, free_port, running_fake_api
from tests.harness import next_reply, settings_for
from tests.home import warmed_home

MERCHANT = 8880001
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
async def api():
    async with running_fake_api() as server:
        yield server


def env_for(api, db, **extra) -> dict:
    return {"PATH": "/usr/bin:/bin", "HOME": warmed_home(), "TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN,
            "TELEGRAM_API_BASE_URL": api.api_url, "POSBOT_DB": str(db), **extra}


async def start_posbot(env, *args):
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "run", *args, env=env, cwd=ROOT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


async def finished(proc, timeout=60):
    out, err = await asyncio.wait_for(proc.communicate(), timeout)
    return proc.returncode, err.decode()


async def wait_polling(api, polls: int = 1):
    """Until the process has called getUpdates (it is serving)."""
    for _ in range(3000):
        if api.calls["getUpdates"] >= polls:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the bot never polled")


async def test_second_process_on_one_database_refuses_naming_the_first(api, tmp_path):
    db = tmp_path / "bot.db"
    first = await start_posbot(env_for(api, db))
    try:
        await wait_polling(api)
        second = await start_posbot(env_for(api, db))
        code, err = await finished(second)
        lines = err.strip().splitlines()
        assert code == 2 and len(lines) == 1, err
        assert f"pid {first.pid}" in lines[0] and "one posbot per database" in lines[0]
        # and the merchant is answered once
        api.push_text(MERCHANT, "错误码 51")
        await next_reply(api, MERCHANT, contains="51", timeout=20)
    finally:
        first.send_signal(signal.SIGTERM)
        code, err = await finished(first)
    assert code == 0, err
    assert len([m for m in api.messages_to(MERCHANT) if "51" in (m.get("text") or "")]) == 1


async def test_rejected_token_is_one_line_exit_2_without_the_token(api, tmp_path):
    token = "999999:REVOKED-token-abcdef"
    proc = await start_posbot(env_for(api, tmp_path / "bot.db", TELEGRAM_BOT_TOKEN=token))
    code, err = await finished(proc)
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1, err
    assert "TELEGRAM_BOT_TOKEN" in lines[0] and "rejected" in lines[0]
    assert "REVOKED" not in err and "Traceback" not in err


async def test_telegram_unreachable_at_start_one_line_per_attempt_then_serves(tmp_path, engine, caplog):
    port = free_port()
    api = FakeBotAPI()
    api.port = port  # the URL is known before "Telegram" answers
    runner = Runner(settings_for(api, tmp_path / "bot.db"), engine=engine)
    runner.bot.faults = FaultPolicy(backoff_first=0.01, backoff_most=0.05)
    caplog.set_level(logging.WARNING)
    starting = asyncio.create_task(runner.start())
    try:
        for _ in range(2000):
            attempts = [r for r in caplog.records if "Telegram unreachable" in r.getMessage()]
            if len(attempts) >= 3:
                break
            await asyncio.sleep(0.01)
        assert len(attempts) >= 3 and not starting.done()
        assert all("\n" not in r.getMessage() and r.exc_info is None for r in attempts)
        await api.start(port)  # Telegram is back
        await asyncio.wait_for(starting, 20)
        api.push_text(MERCHANT, "错误码 51")
        assert (await next_reply(api, MERCHANT, contains="51", timeout=10)).ok
    finally:
        starting.cancel()
        await runner.stop()
        runner.store.close()
        await api.stop()


async def test_token_is_redacted_from_exception_texts_too(capsys):
    from bot.config import Settings
    from bot.logredact import RedactingFormatter, secrets_of

    token = "123456:SECRET-part-of-the-token"
    settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": token})
    formatter = RedactingFormatter(secrets_of(settings))
    try:
        raise RuntimeError(f"The token `{token}` was rejected; url https://api.telegram.org/bot{token}/getMe")
    except RuntimeError:
        record = logging.LogRecord("posbot", logging.ERROR, __file__, 1, "failed with %s", (token,),
                                   sys.exc_info())
    text = formatter.format(record)
    assert "SECRET-part" not in text and "Traceback" in text and "<redacted>" in text
    # only the secret half quoted somewhere
    record = logging.LogRecord("posbot", logging.ERROR, __file__, 1, "key SECRET-part-of-the-token", None, None)
    assert "SECRET" not in formatter.format(record)


@pytest.mark.parametrize("env, name", [
    ({"POSBOT_WEBHOOK_URL": "https://bot.example.com/hook/abcdefgh"}, "POSBOT_WEBHOOK_SECRET"),
    ({"POSBOT_WEBHOOK_URL": "https://bot.example.com/hook/abcdefgh", "POSBOT_WEBHOOK_SECRET": "short"},
     "POSBOT_WEBHOOK_SECRET"),
    ({"POSBOT_WEBHOOK_URL": "https://bot.example.com/hook/abcdefgh",
      "POSBOT_WEBHOOK_SECRET": "non-ascii-秘密-0123456789"}, "POSBOT_WEBHOOK_SECRET"),
    ({}, "POSBOT_WEBHOOK_URL"),  # --webhook without a URL
    ({"POSBOT_DASHBOARD_LISTEN": "localhost", "POSBOT_DASHBOARD_TOKEN": "x" * 20}, "POSBOT_DASHBOARD_LISTEN"),
    ({"POSBOT_WEBHOOK_PORT": "99999"}, "POSBOT_WEBHOOK_PORT"),
    ({"POSBOT_RETENTION_DAYS": "0"}, "POSBOT_RETENTION_DAYS"),
])
async def test_unsafe_or_malformed_settings_refuse_to_start(api, tmp_path, env, name):
    proc = await start_posbot(env_for(api, tmp_path / "bot.db", **env), "--webhook")
    code, err = await finished(proc)
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and name in lines[0], err
    assert api.calls["getMe"] == 0  # refused before talking to Telegram


async def test_webhook_port_in_use_is_one_line_exit_2(api, tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = await start_posbot(env_for(
            api, tmp_path / "bot.db", POSBOT_WEBHOOK_URL=f"http://127.0.0.1:{port}/hook/abcdefgh",
            POSBOT_WEBHOOK_SECRET="s" * 20, POSBOT_WEBHOOK_LISTEN="127.0.0.1", POSBOT_WEBHOOK_PORT=str(port)))
        code, err = await finished(proc)
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and "cannot listen" in lines[0] and str(port) in lines[0], err
    assert "Traceback" not in err and "abcdefgh" not in err


async def test_bad_listen_address_is_fatal(api, tmp_path, engine):
    settings = settings_for(api, tmp_path / "bot.db", POSBOT_DASHBOARD_LISTEN="no-such-host.invalid:8080",
                            POSBOT_DASHBOARD_TOKEN="t" * 20)
    runner = Runner(settings, engine=engine)
    try:
        with pytest.raises(Fatal) as err:
            await runner.start()
        assert err.value.status == 2 and "POSBOT_DASHBOARD_LISTEN" in err.value.line
    finally:
        await runner.stop()
        runner.store.close()


async def test_damaged_database_points_to_backups(api, tmp_path):
    db = tmp_path / "bot.db"
    db.write_bytes(b"this is not an SQLite database at all" * 200)
    proc = await start_posbot(env_for(api, db))
    code, err = await finished(proc)
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and "damaged" in lines[0] and "backup" in lines[0], err


async def webhook_bot(api, tmp_path, engine, caplog):
    port = free_port()
    path = "/telegram/3f9c1e0a7b"
    secret = "s3cret-token-0123456789"
    settings = settings_for(api, tmp_path / "bot.db", POSBOT_WEBHOOK_URL=f"http://127.0.0.1:{port}{path}",
                            POSBOT_WEBHOOK_LISTEN="127.0.0.1", POSBOT_WEBHOOK_PORT=str(port),
                            POSBOT_WEBHOOK_SECRET=secret)
    runner = Runner(settings, engine=engine)
    await runner.start()
    return runner, f"http://127.0.0.1:{port}", path, secret


async def test_forged_webhook_posts_are_refused_and_the_path_is_not_logged(api, tmp_path, engine, caplog):
    from bot.logredact import RedactingFormatter, secrets_of

    caplog.set_level(logging.INFO)
    runner, base, path, secret = await webhook_bot(api, tmp_path, engine, caplog)
    forged = {"update_id": 5, "message": {"message_id": 1, "date": 0, "chat": {"id": -1001234567890, "type": "supergroup"},
                                          "from": {"id": 7001, "is_bot": False, "first_name": "x"}, "text": "/reply 1 pay me"}}
    try:
        async with aiohttp.ClientSession() as http:
            for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"},
                            {"X-Telegram-Bot-Api-Secret-Token": "秘密".encode().decode("latin-1")}):
                response = await http.post(base + path, json=forged, headers=headers)
                assert response.status == 403, headers
            huge = {**forged, "update_id": 10**30}
            response = await http.post(base + path, json=huge, headers={"X-Telegram-Bot-Api-Secret-Token": secret})
            assert response.status == 400
            health = await http.get(base + "/healthz")
            assert health.status == 200 and (await health.text()).startswith("ok: webhook")
        assert runner.store.max_update_id() is None  # nothing forged was stored
    finally:
        await runner.stop()
        runner.store.close()
    assert not [r for r in caplog.records if path in r.getMessage()]
    # and with the production formatter, the path is a secret even if something quotes it
    formatter = RedactingFormatter(secrets_of(runner.settings))
    quoted = logging.LogRecord("x", logging.INFO, __file__, 1, f"POST {path}", None, None)
    assert path not in formatter.format(quoted)


def test_docker_healthcheck_and_systemd_never_give_up():
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text()
    healthcheck = dockerfile[dockerfile.index("HEALTHCHECK"):].split("\n\n")[0]
    assert '"posbot", "health"' in healthcheck
    unit = dict(line.split("=", 1) for line in (ROOT / "deploy" / "posbot.service").read_text().splitlines()
                if "=" in line and not line.startswith("#"))
    # A minute of Telegram outage (or more) must never leave the bot stopped for good.
    assert unit["StartLimitIntervalSec"] == "0"
    assert unit["Restart"] in ("on-failure", "always")


async def test_fatal_fault_while_running_ends_the_process_with_one_line(api, tmp_path):
    """Today's failure: the polling task died, the process stayed up silent and later exit 0."""
    proc = await start_posbot(env_for(api, tmp_path / "bot.db", POSBOT_AGENT_CHAT_ID="-1001"))
    await wait_polling(api)
    api.fail_next("getUpdates", status=401)
    api.push_text(MERCHANT, "51")  # ends the current long poll
    code, err = await finished(proc)
    last = err.strip().splitlines()[-1]
    assert code == 2 and last.startswith("posbot: TELEGRAM_BOT_TOKEN: rejected"), err
    assert DEFAULT_TOKEN not in err and "TEST-TOKEN" not in err


async def test_webhook_update_that_cannot_be_stored_is_left_with_telegram(api, tmp_path, engine):
    from tests.test_unattended import DiskFull

    runner, base, path, secret = await webhook_bot(api, tmp_path, engine, None)
    update = {"update_id": 77, "message": {"message_id": 1, "date": 0, "chat": {"id": MERCHANT, "type": "private"},
                                           "from": {"id": MERCHANT, "is_bot": False, "first_name": "x"},
                                           "text": "错误码 51"}}
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
    store = runner.store
    real = store.conn
    api.add_chat(MERCHANT)
    try:
        store.conn = store.db.conn = disk = DiskFull(real)
        async with aiohttp.ClientSession() as http:
            refused = await http.post(base + path, json=update, headers=headers)
            assert refused.status == 503  # Telegram keeps it and posts it again
            disk.full = False
            accepted = await http.post(base + path, json=update, headers=headers)
            assert accepted.status == 200
        assert (await next_reply(api, MERCHANT, contains="51", timeout=10)).ok
    finally:
        store.conn = store.db.conn = real
        await runner.stop()
        runner.store.close()


async def test_unreachable_telegram_process_prints_one_line_per_attempt_and_stops_cleanly(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": warmed_home(), "TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN,
           "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{free_port()}/bot", "POSBOT_DB": str(tmp_path / "bot.db")}
    proc = await start_posbot(env)
    lines = []
    try:
        while len([line for line in lines if "Telegram unreachable" in line]) < 2:
            line = await asyncio.wait_for(proc.stderr.readline(), 60)
            assert line, "the process ended: " + "".join(lines)
            lines.append(line.decode())
    finally:
        proc.send_signal(signal.SIGTERM)  # stopped while still trying: a clean exit
        code, rest = await finished(proc)
    assert code == 0
    output = "".join(lines) + rest
    assert "Traceback" not in output and DEFAULT_TOKEN not in output
    attempts = [line for line in output.splitlines() if "Telegram unreachable" in line]
    assert all("retrying in" in line for line in attempts)
