"""The dashboard's login over plain HTTP (aiohttp client): throttled failures per client
address with growing delays, and a Secure, __Host- session cookie when served over HTTPS
(here: behind a proxy the operator said to trust)."""

from __future__ import annotations

import aiohttp
import pytest
from aiohttp import web

from bot.dashboard import COOKIE, SECURE_COOKIE, LoginThrottle, make_app
from bot.store import Store
from tests.fakebotapi import free_port

TOKEN = "manager-secret-0123"


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
async def served(tmp_path):
    servers = []

    async def serve(trust_proxy=False):
        store = Store(tmp_path / f"sec{len(servers)}.db")
        clock = FakeClock()
        runner = web.AppRunner(make_app(TOKEN, store, trust_proxy=trust_proxy, clock=clock))
        await runner.setup()
        port = free_port()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        servers.append((runner, store))
        return f"http://127.0.0.1:{port}", clock

    yield serve
    for runner, store in servers:
        await runner.cleanup()
        store.close()


async def attempt(session, base, token, headers=None):
    async with session.post(f"{base}/login", data={"token": token}, headers=headers or {},
                            allow_redirects=False) as response:
        return response.status, response.headers, await response.text()


async def test_failed_logins_wait_longer_and_longer(served):
    base, clock = await served()
    async with aiohttp.ClientSession() as session:
        for _ in range(LoginThrottle.FREE):
            assert (await attempt(session, base, "wrong"))[0] == 401
        delays = []
        for expected in (1, 2, 4, 8):
            assert (await attempt(session, base, "wrong"))[0] == 401  # this failure sets the wait
            status, headers, text = await attempt(session, base, TOKEN)  # even the right token waits
            assert status == 429 and headers["Retry-After"] == str(expected) and "Too many attempts" in text
            delays.append(int(headers["Retry-After"]))
            clock.now += expected
        assert delays == [1, 2, 4, 8]
        status, headers, _ = await attempt(session, base, TOKEN)  # waited: the right token works
        assert status == 302 and headers["Location"] == "/"
        assert (await attempt(session, base, "wrong"))[0] == 401  # and the count started again


async def test_the_limit_is_per_client_address(served):
    base, _ = await served(trust_proxy=True)
    attacker, manager = {"X-Forwarded-For": "203.0.113.9"}, {"X-Forwarded-For": "198.51.100.7"}
    async with aiohttp.ClientSession() as session:
        for _ in range(LoginThrottle.FREE + 1):
            await attempt(session, base, "wrong", attacker)
        assert (await attempt(session, base, TOKEN, attacker))[0] == 429
        assert (await attempt(session, base, TOKEN, manager))[0] == 302
        # only the address the trusted proxy appended counts, not what the client wrote before it
        spoofed = {"X-Forwarded-For": "198.51.100.7, 203.0.113.9"}
        assert (await attempt(session, base, TOKEN, spoofed))[0] == 429


async def test_forwarded_headers_are_ignored_unless_the_proxy_is_trusted(served):
    base, _ = await served(trust_proxy=False)
    async with aiohttp.ClientSession() as session:
        for n in range(LoginThrottle.FREE + 1):
            await attempt(session, base, "wrong", {"X-Forwarded-For": f"203.0.113.{n}"})
        assert (await attempt(session, base, TOKEN, {"X-Forwarded-For": "198.51.100.7"}))[0] == 429
        status, headers, _ = await attempt(session, base, "wrong", {"X-Forwarded-Proto": "https"})
        assert "Strict-Transport-Security" not in headers


async def test_plain_http_cookie_is_httponly_and_strict(served):
    base, _ = await served()
    async with aiohttp.ClientSession() as session:
        status, headers, _ = await attempt(session, base, TOKEN)
    cookie = headers["Set-Cookie"]
    assert status == 302 and cookie.startswith(f"{COOKIE}=")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # a browser would drop a Secure cookie on plain HTTP


async def test_https_behind_a_trusted_proxy_gets_a_secure_host_cookie(served):
    base, _ = await served(trust_proxy=True)
    https = {"X-Forwarded-Proto": "https"}
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as session:
        status, headers, _ = await attempt(session, base, TOKEN, https)
        cookie = headers["Set-Cookie"]
        assert status == 302 and cookie.startswith(f"{SECURE_COOKIE}=")
        assert "Secure" in cookie and "Path=/" in cookie and "Domain" not in cookie and "HttpOnly" in cookie
        assert headers["Strict-Transport-Security"].startswith("max-age=")
        sid = cookie.split(";")[0].split("=", 1)[1]
        async with aiohttp.ClientSession() as fresh:
            async with fresh.get(f"{base}/gaps", headers={**https, "Cookie": f"{SECURE_COOKIE}={sid}"},
                                 allow_redirects=False) as response:
                assert response.status == 200  # the session works under its __Host- name
            async with fresh.get(f"{base}/gaps", headers={**https, "Cookie": f"{COOKIE}={sid}"},
                                 allow_redirects=False) as response:
                assert response.status == 302  # the plain name is not accepted over HTTPS
            async with fresh.get(f"{base}/logout", headers={**https, "Cookie": f"{SECURE_COOKIE}={sid}"},
                                 allow_redirects=False) as response:
                gone = response.headers["Set-Cookie"]
                assert gone.startswith(f"{SECURE_COOKIE}=") and "Secure" in gone and "Max-Age=0" in gone
            async with fresh.get(f"{base}/gaps", headers={**https, "Cookie": f"{SECURE_COOKIE}={sid}"},
                                 allow_redirects=False) as response:
                assert response.status == 302  # signed out: the session is gone on the server too


async def test_an_absurd_conversation_id_is_not_found(served):
    base, _ = await served()
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as session:
        assert (await attempt(session, base, TOKEN))[0] == 302
        for path in ("/conversation/123456789012345678901234567890", "/conversation/99999"):
            async with session.get(base + path, allow_redirects=False) as response:
                assert response.status == 404, path
