"""python-telegram-bot's HTTP requests on aiohttp instead of httpx.

Why: profiled under load, httpx/httpcore was about half of posbot's CPU per update (its
connection pool scans every connection for every waiting request, and each request builds
several layers of objects). aiohttp, already here for the webhook and the dashboard, does the
same work in less (bench/bench_telegram.py --compare-http measures both; docs/PERFORMANCE.md).
Only the transport changes: python-telegram-bot's BaseRequest still turns status codes into
its errors (429 -> RetryAfter, 400 -> BadRequest, ...), so retries and rate limiting behave as
before. Time-outs keep their meaning: connect (waiting for a pooled connection included), read
(between bytes of the answer), and an overall bound of connect + write + read.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

DefaultValue = type(BaseRequest.DEFAULT_NONE)  # "not given": use this request's own default


class AiohttpRequest(BaseRequest):
    """A BaseRequest on one aiohttp ClientSession with a bounded connection pool."""

    def __init__(self, connection_pool_size: int = 16, read_timeout: float | None = 5.0,
                 write_timeout: float | None = 5.0, connect_timeout: float | None = 5.0,
                 pool_timeout: float | None = 1.0, media_write_timeout: float | None = 20.0):
        self.pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self.pool_size, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(
                connector=connector, headers={"User-Agent": self.USER_AGENT},
                cookie_jar=aiohttp.DummyCookieJar(),  # the Bot API sets none; skip the work
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    def _timeout(self, read: Any, write: Any, connect: Any, pool: Any, files: bool) -> aiohttp.ClientTimeout:
        read = self._read_timeout if isinstance(read, DefaultValue) else read
        connect = self._connect_timeout if isinstance(connect, DefaultValue) else connect
        pool = self._pool_timeout if isinstance(pool, DefaultValue) else pool
        if isinstance(write, DefaultValue):
            write = self._media_write_timeout if files else self._write_timeout
        phases = (connect, pool, write, read)
        total = sum(phases) if all(p is not None for p in phases) else None
        waiting = connect + pool if connect is not None and pool is not None else None
        return aiohttp.ClientTimeout(total=total, connect=waiting, sock_connect=connect,
                                     sock_read=read)

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout=BaseRequest.DEFAULT_NONE, write_timeout=BaseRequest.DEFAULT_NONE,
                         connect_timeout=BaseRequest.DEFAULT_NONE,
                         pool_timeout=BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data else None
        fields = request_data.json_parameters if request_data else None
        data: Any = fields
        if files:
            form = aiohttp.FormData(fields or {})
            for name, part in files.items():
                if isinstance(part, tuple):
                    filename, content, mimetype = part
                    form.add_field(name, content, filename=filename, content_type=mimetype)
                else:
                    form.add_field(name, part)
            data = form
        timeout = self._timeout(read_timeout, write_timeout, connect_timeout, pool_timeout,
                                bool(files))
        try:
            async with self._session.request(method, url, data=data, timeout=timeout) as response:
                return response.status, await response.read()
        except asyncio.TimeoutError as err:  # aiohttp's time-outs are asyncio's
            raise TimedOut from err
        except aiohttp.ClientError as err:
            raise NetworkError(f"aiohttp.{err.__class__.__name__}: {err}") from err
