"""A fake Telegram Bot API server for tests, speaking the real wire format over HTTP.

The server listens on 127.0.0.1 (a free port) and accepts what python-telegram-bot sends:
form fields whose values are JSON-encoded when they are not plain strings
(``reply_markup={"inline_keyboard": ...}``, ``chat_id=42``), multipart uploads for files,
or a JSON body.  Point a real PTB application at it::

    async with running_fake_api(TOKEN) as api:
        app = (ApplicationBuilder().token(TOKEN)
               .base_url(api.api_url).base_file_url(api.file_url).build())
        ...
        api.push_text(42, "你好")
        call = await api.wait_for(lambda c: c.method == "sendMessage" and c.chat_id == 42)

Behaviour follows Telegram where it matters to a bot: per-chat message ids, update
confirmation by ``offset``, long polling, webhook delivery with retries, entity parsing for
HTML / MarkdownV2 / Markdown with Telegram's error texts, text and caption length limits,
``callback_data`` limits, "message is not modified", "chat not found", "query is too old".
Forum supergroups: createForumTopic / closeForumTopic, "message thread not found" for a
thread that does not exist, and messages in a topic that reply to nothing else reply to the
topic's creation message, as Telegram's are.
Only inline keyboards are echoed in returned messages, as Telegram does.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import math
import json
import logging
import mimetypes
import re
import socket
import struct
import time
import zlib
from collections import Counter, deque
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

DEFAULT_TOKEN = "123456:TEST-TOKEN"
DEFAULT_GROUP_USER_ID = 4242
MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_DOWNLOAD_SIZE = 20 * 1024 * 1024

_LOGGER = logging.getLogger(__name__)

# Form fields whose values PTB JSON-encodes (objects / arrays) or sends as numbers / booleans.
_JSON_FIELDS = frozenset(
    {"reply_markup", "reply_parameters", "entities", "caption_entities", "allowed_updates",
     "commands", "scope", "link_preview_options"}
)
_INT_FIELDS = frozenset(
    {"chat_id", "from_chat_id", "message_id", "reply_to_message_id", "message_thread_id",
     "offset", "limit", "user_id", "cache_time", "max_connections", "icon_color"}
)
_BOOL_FIELDS = frozenset(
    {"disable_notification", "protect_content", "show_alert", "drop_pending_updates",
     "allow_sending_without_reply", "has_spoiler", "disable_content_type_detection",
     "show_caption_above_media"}
)
_DEFAULT_ALLOWED_UPDATES = frozenset(
    {"message", "edited_message", "channel_post", "edited_channel_post", "business_connection",
     "business_message", "edited_business_message", "deleted_business_messages",
     "inline_query", "chosen_inline_result", "callback_query", "shipping_query",
     "pre_checkout_query", "purchased_paid_media", "poll", "poll_answer", "my_chat_member",
     "chat_join_request", "chat_boost", "removed_chat_boost"}
)
_BUTTON_ACTIONS = frozenset(
    {"url", "callback_data", "web_app", "login_url", "switch_inline_query",
     "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
     "callback_game", "pay"}
)
_CHAT_ACTIONS = frozenset(
    {"typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
     "upload_document", "choose_sticker", "find_location", "record_video_note",
     "upload_video_note"}
)
_CONTENT_KEYS = ("text", "entities", "photo", "document", "sticker", "voice", "location",
                 "caption", "caption_entities")
_MEDIA_KEYS = ("photo", "document", "voice")
_EDIT_METHODS = frozenset({"editMessageText", "editMessageReplyMarkup", "editMessageCaption"})
_STATUS_DESCRIPTIONS = {
    400: "Bad Request", 401: "Unauthorized", 403: "Forbidden: bot was blocked by the user",
    404: "Not Found", 409: "Conflict", 500: "Internal Server Error", 502: "Bad Gateway",
    503: "Service Unavailable", 504: "Gateway Timeout",
}
_NOT_MODIFIED = ("message is not modified: specified new message content and reply markup "
                 "are exactly the same as a current content and reply markup of the message")
_QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
_COMMAND_RE = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")


# --------------------------------------------------------------------------- small helpers


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def tiny_png(width: int = 2, height: int = 2) -> bytes:
    """Return a valid white RGB PNG image of the given size (for sendPhoto tests)."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(tag + data))
        return struct.pack(">I", len(data)) + tag + data + crc

    rows = b"".join(b"\x00" + b"\xff\xff\xff" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, the unit of Telegram entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def _chat_key(chat_id: Any) -> Any:
    """A chat id as the Bot API takes it (number or numeric string) -> int; other values as is."""
    if isinstance(chat_id, str) and chat_id.lstrip("-").isdigit():
        return int(chat_id)
    return chat_id


def _now() -> int:
    return int(time.time())


def _image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG, GIF or JPEG image; None if ``data`` is none of them."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        return struct.unpack(">II", data[16:24])
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return struct.unpack("<HH", data[6:10])
    if data.startswith(b"\xff\xd8"):
        i = 2
        while i + 9 <= len(data) and data[i] == 0xFF:
            marker = data[i + 1]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", data[i + 5:i + 9])
                return width, height
            i += 2 + struct.unpack(">H", data[i + 2:i + 4])[0]
    return None


class _ApiError(Exception):
    """A Bot API error answer: HTTP status = error_code, like Telegram."""

    def __init__(self, code: int, description: str, parameters: dict | None = None):
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters

    def payload(self) -> dict:
        body: dict[str, Any] = {"ok": False, "error_code": self.code,
                                "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def _bad_request(description: str) -> _ApiError:
    return _ApiError(400, f"Bad Request: {description}")


class _Signal:
    """Wakes every coroutine waiting for 'something changed'."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def fire(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait_until(self, check: Callable[[], Any], timeout: float | None) -> Any:
        """Return the first non-None ``check()`` result, or None after ``timeout`` seconds."""
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        while True:
            event = self._event
            found = check()
            if found is not None:
                return found
            remaining = None if deadline is None else deadline - loop.time()
            if remaining is not None and remaining <= 0:
                return None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)


# --------------------------------------------------------------------------- entity parsing


class _Builder:
    """Accumulates parsed text and entities with UTF-16 offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offset = 0
        self.entities: list[dict] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.offset += utf16_len(text)

    def entity(self, start: int, kind: str, **extra: Any) -> None:
        if self.offset > start:
            self.entities.append({"type": kind, "offset": start,
                                  "length": self.offset - start, **extra})

    def result(self) -> tuple[str, list[dict]]:
        return "".join(self.parts), sorted(self.entities,
                                           key=lambda e: (e["offset"], -e["length"]))


def _parse_error(detail: str) -> _ApiError:
    return _bad_request(f"can't parse entities: {detail}")


def _byte_offset(src: str, index: int) -> int:
    return len(src[:index].encode("utf-8"))


_HTML_TAGS = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
    "ins": "underline", "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough",
    "span": "spoiler", "tg-spoiler": "spoiler", "a": "text_link", "code": "code", "pre": "pre",
    "blockquote": "blockquote", "tg-emoji": "custom_emoji",
}
_HTML_TEXT_RE = re.compile(r"[^<&]+")
_HTML_NAME_RE = re.compile(r"[A-Za-z0-9-]*")
_HTML_ATTR_RE = re.compile(r"""([^\s=>/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
_CHAR_REF_RE = re.compile(r"&(?:(lt|gt|amp|quot)|#(\d+)|#[xX]([0-9a-fA-F]+));")
_NAMED_REFS = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


def _unescape_html(text: str) -> str:
    def replace(m: re.Match) -> str:
        if m.group(1):
            return _NAMED_REFS[m.group(1)]
        return chr(int(m.group(2)) if m.group(2) else int(m.group(3), 16))

    return _CHAR_REF_RE.sub(replace, text)


def _parse_html(src: str) -> tuple[str, list[dict]]:
    """Parse Telegram's HTML subset; raise Telegram's 'can't parse entities' errors."""
    out = _Builder()
    stack: list[tuple[str, dict | None, int]] = []  # (tag, entity fields, start offset)
    i, n = 0, len(src)
    while i < n:
        if m := _HTML_TEXT_RE.match(src, i):
            out.add(m.group())
            i = m.end()
            continue
        if src[i] == "&":
            ref = _CHAR_REF_RE.match(src, i)
            out.add(_unescape_html(ref.group()) if ref else "&")
            i = ref.end() if ref else i + 1
            continue
        at = _byte_offset(src, i)
        closing = src.startswith("</", i)
        name_match = _HTML_NAME_RE.match(src, i + 2 if closing else i + 1)
        name, j = name_match.group().lower(), name_match.end()
        if closing:
            while j < n and src[j].isspace():
                j += 1
            if j >= n or src[j] != ">":
                raise _parse_error(f"Unclosed end tag at byte offset {at}")
            if not stack:
                raise _parse_error(f"Unexpected end tag at byte offset {at}")
            tag, entity, start = stack.pop()
            if tag != name:
                raise _parse_error(f'Unmatched end tag at byte offset {at}, expected "</{tag}>", '
                                   f'found "</{name}>"')
            if entity:
                out.entity(start, **entity)
            i = j + 1
            continue
        if name not in _HTML_TAGS:
            raise _parse_error(f'Unsupported start tag "{name}" at byte offset {at}')
        attrs: dict[str, str] = {}
        while True:
            while j < n and src[j].isspace():
                j += 1
            if j >= n:
                raise _parse_error(f"Unclosed start tag at byte offset {at}")
            if src[j] == ">":
                break
            attr = _HTML_ATTR_RE.match(src, j)
            if not attr:
                raise _parse_error(f'Empty attribute name in the tag "{name}" at byte offset {at}')
            value = next((g for g in attr.group(2, 3, 4) if g is not None), "")
            attrs[attr.group(1).lower()] = _unescape_html(value)
            j = attr.end()
        entity: dict | None = {"kind": _HTML_TAGS[name]}
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise _parse_error(f'Tag "span" must have class "tg-spoiler" at byte offset {at}')
        if name == "a":
            entity = {"kind": "text_link", "url": attrs["href"]} if attrs.get("href") else None
        elif name == "blockquote" and "expandable" in attrs:
            entity = {"kind": "expandable_blockquote"}
        elif name == "tg-emoji":
            entity["custom_emoji_id"] = attrs.get("emoji-id", "")
        elif name == "code" and stack and stack[-1][0] == "pre" and stack[-1][1] is not None:
            language = attrs.get("class", "")
            if language.startswith("language-"):
                stack[-1][1]["language"] = language.removeprefix("language-")
                entity = None
        stack.append((name, entity, out.offset))
        i = j + 1
    if stack:
        raise _parse_error(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    return out.result()


_V2_RESERVED = frozenset("_*[]()~`>#+-=|{}.!")
_TDLIB_NAMES = {"bold": "Bold", "italic": "Italic", "underline": "Underline",
                "strikethrough": "Strikethrough", "spoiler": "Spoiler", "code": "Code",
                "pre": "Pre", "text_link": "TextUrl"}


def _parse_markdown_v2(src: str) -> tuple[str, list[dict]]:
    """Parse MarkdownV2, enforcing escaping of reserved characters like Telegram."""
    out = _Builder()
    stack: list[tuple[str, int, int, dict]] = []  # (kind, start offset, byte offset, extra)
    quote_start: int | None = None
    i, n = 0, len(src)

    def open_(kind: str, **extra: Any) -> None:
        stack.append((kind, out.offset, _byte_offset(src, i), extra))

    def close() -> None:
        kind, start, _, extra = stack.pop()
        out.entity(start, kind, **extra)

    def toggle(kind: str) -> None:
        if stack and stack[-1][0] == kind:
            close()
        else:
            open_(kind)

    while i < n:
        c, step = src[i], 1
        top = stack[-1][0] if stack else None
        if c == "\\" and i + 1 < n and 0 < ord(src[i + 1]) <= 126:
            out.add(src[i + 1])
            step = 2
        elif top in ("code", "pre"):
            fence = "```" if top == "pre" else "`"
            if src.startswith(fence, i):
                close()
                step = len(fence)
            else:
                out.add(c)
        elif c == ">" and (i == 0 or src[i - 1] == "\n"):
            if quote_start is None:
                quote_start = out.offset
        elif c == "\n":
            if quote_start is not None and not src.startswith(">", i + 1):
                out.entity(quote_start, "blockquote")
                quote_start = None
            out.add(c)
        elif c == "_" and top != "italic" and src.startswith("__", i):
            toggle("underline")
            step = 2
        elif src.startswith("||", i):
            toggle("spoiler")
            step = 2
        elif c in "_*~":
            toggle({"_": "italic", "*": "bold", "~": "strikethrough"}[c])
        elif src.startswith("```", i):
            newline = src.find("\n", i + 3)
            language = src[i + 3:newline] if newline != -1 else None
            if language is not None and not any(ch.isspace() or ch == "`" for ch in language):
                open_("pre", **({"language": language} if language else {}))
                step = newline + 1 - i
            else:
                open_("pre")
                step = 3
        elif c == "`":
            open_("code")
        elif c == "[":
            open_("text_link")
        elif c == "]" and top == "text_link":
            _, start, _, _ = stack.pop()
            if src.startswith("(", i + 1):
                url, j = [], i + 2
                while j < n and src[j] != ")":
                    if src[j] == "\\" and j + 1 < n:
                        j += 1
                    url.append(src[j])
                    j += 1
                if j >= n:
                    raise _parse_error(f"Can't find end of a URL at byte offset "
                                       f"{_byte_offset(src, i + 1)}")
                out.entity(start, "text_link", url="".join(url))
                step = j + 1 - i
        elif c in _V2_RESERVED:
            raise _parse_error(f"Character '{c}' is reserved and must be escaped with the "
                               f"preceding '\\'")
        else:
            out.add(c)
        i += step
    if stack:
        kind, _, at, _ = stack[-1]
        raise _parse_error(f"Can't find end of {_TDLIB_NAMES[kind]} entity at byte offset {at}")
    if quote_start is not None:
        out.entity(quote_start, "blockquote")
    return out.result()


_LEGACY_KINDS = {"*": "bold", "_": "italic", "`": "code"}


def _parse_markdown(src: str) -> tuple[str, list[dict]]:
    """Parse legacy Markdown (no nesting; ``\\`` escapes ``_*`[``)."""
    out = _Builder()
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c == "\\" and i + 1 < n and src[i + 1] in "_*`[":
            out.add(src[i + 1])
            i += 2
            continue
        if c not in "_*`[":
            out.add(c)
            i += 1
            continue
        unclosed = _parse_error(f"Can't find end of the entity starting at byte offset "
                                f"{_byte_offset(src, i)}")
        start = out.offset
        if src.startswith("```", i):
            end = src.find("```", i + 3)
            if end == -1:
                raise unclosed
            body, extra = src[i + 3:end], {}
            language, newline, rest = body.partition("\n")
            if newline and language and not any(ch.isspace() for ch in language):
                body, extra = rest, {"language": language}
            out.add(body)
            out.entity(start, "pre", **extra)
            i = end + 3
        elif c == "[":
            close = src.find("]", i + 1)
            if close == -1:
                raise unclosed
            out.add(src[i + 1:close])
            i = close + 1
            if src.startswith("(", i) and (end := src.find(")", i + 1)) != -1:
                out.entity(start, "text_link", url=src[i + 1:end])
                i = end + 1
        else:
            end = src.find(c, i + 1)
            if end == -1:
                raise unclosed
            out.add(src[i + 1:end])
            out.entity(start, _LEGACY_KINDS[c])
            i = end + 1
    return out.result()


_PARSERS = {"html": _parse_html, "markdownv2": _parse_markdown_v2, "markdown": _parse_markdown}


def parse_formatted(text: str, parse_mode: str | None = None,
                    entities: list[dict] | None = None) -> tuple[str, list[dict]]:
    """Return (text, entities) as Telegram stores them: parsed, then whitespace-trimmed.

    Explicit ``entities`` win over ``parse_mode``, as in the Bot API.  Raises the Bot API's
    "can't parse entities" 400 error for malformed markup.
    """
    if entities is not None:
        parsed, found = text, list(entities)
    elif parse_mode:
        parser = _PARSERS.get(parse_mode.lower())
        if parser is None:
            raise _bad_request("unsupported parse_mode")
        parsed, found = parser(text)
    else:
        parsed, found = text, []
    left = utf16_len(parsed[:len(parsed) - len(parsed.lstrip())])
    trimmed = parsed.strip()
    total = utf16_len(trimmed)
    kept = []
    for entity in found:
        start = max(entity["offset"] - left, 0)
        end = min(entity["offset"] + entity["length"] - left, total)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return trimmed, kept


def _command_entities(text: str) -> list[dict]:
    """bot_command entities Telegram attaches to a user's text."""
    return [{"type": "bot_command", "offset": utf16_len(text[:m.start()]),
             "length": utf16_len(m.group())} for m in _COMMAND_RE.finditer(text)]


# --------------------------------------------------------------------------- records


@dataclass
class UploadedFile:
    """A file the bot uploaded in a multipart request."""

    filename: str | None
    content: bytes
    content_type: str | None


@dataclass
class BotCall:
    """One Bot API call made by the bot (every method except getUpdates)."""

    method: str
    params: dict[str, Any]
    files: dict[str, UploadedFile]
    time: float
    status: int = 200
    result: Any = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def chat_id(self) -> int | str | None:
        return self.params.get("chat_id")

    @property
    def text(self) -> str | None:
        """The raw ``text`` (or ``caption``) parameter, markup included."""
        return self.params.get("text", self.params.get("caption"))

    @property
    def reply_markup(self) -> dict | None:
        return self.params.get("reply_markup")

    @property
    def message(self) -> dict | None:
        """The Message returned by the call, if it returned one."""
        result = self.result
        return result if isinstance(result, dict) and "chat" in result else None


@dataclass
class _StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes
    file_name: str | None = None
    mime_type: str | None = None


@dataclass
class _Chat:
    info: dict
    messages: dict[int, dict] = field(default_factory=dict)
    deleted: set[int] = field(default_factory=set)
    bot_sent: list[int] = field(default_factory=list)
    topics: set[int] = field(default_factory=set)
    closed_topics: set[int] = field(default_factory=set)
    last_message_id: int = 0

    def next_message_id(self) -> int:
        self.last_message_id += 1
        return self.last_message_id

    def get(self, message_id: Any) -> dict | None:
        if message_id in self.deleted:
            return None
        return self.messages.get(message_id)


@dataclass
class _Webhook:
    url: str
    secret_token: str | None
    max_connections: int
    ip_address: str | None
    task: asyncio.Task | None = None
    last_error_date: int | None = None
    last_error_message: str | None = None


@dataclass
class _Fault:
    status: int
    description: str
    retry_after: int | None


# --------------------------------------------------------------------------- the server


class FakeBotAPI:
    """Fake Bot API on http://127.0.0.1:<port>; use as ``async with`` or start()/stop().

    Test-side ``push_*`` methods create updates as Telegram would; they accept these keyword
    arguments (``**origin``) describing the sender and the chat: ``user_id`` (defaults to
    ``chat_id`` in private chats, ``DEFAULT_GROUP_USER_ID`` in groups), ``first_name``,
    ``last_name``, ``username``, ``language_code``, ``chat_type`` (inferred from the id:
    positive -> private, ``-100…`` -> supergroup, other negative -> group), ``title``,
    ``is_forum``, ``reply_to_message_id``, ``message_thread_id``.
    """

    def __init__(self, token: str = DEFAULT_TOKEN, *, bot_username: str = "posbot_test_bot",
                 bot_first_name: str = "POS Support", strict_chats: bool = True,
                 callback_query_ttl: float = 15.0, webhook_retry_delay: float = 0.1) -> None:
        """``strict_chats``: sending to a chat nobody wrote from (and not add_chat()-ed) fails
        with "chat not found", as on Telegram.  ``callback_query_ttl``: seconds a callback
        query can be answered.  ``webhook_retry_delay``: first delay between failed webhook
        deliveries (doubles up to 1 s)."""
        self.token = token
        self.bot_user = {"id": int(token.split(":", 1)[0]), "is_bot": True,
                         "first_name": bot_first_name, "username": bot_username}
        self.strict_chats = strict_chats
        self.callback_query_ttl = callback_query_ttl
        self.webhook_retry_delay = webhook_retry_delay
        self.sent: list[BotCall] = []
        self.downloads: list[str] = []  # file paths the bot downloaded, in order
        self.calls: Counter[str] = Counter()
        self.updates: list[dict] = []
        self.commands: dict[tuple[str, str], list[dict]] = {}
        self.port: int | None = None
        self._chats: dict[int, _Chat] = {}
        self._files: dict[str, _StoredFile] = {}
        self._file_ids = itertools.count(1)
        self._update_ids = itertools.count(1000)
        self._callback_ids = itertools.count(4_000_000_000_000_000_001)
        self._callbacks: dict[str, float] = {}
        self._pending: list[dict] = []
        self._allowed_updates: list[str] | None = None
        self._poll_generation = 0
        self._webhook: _Webhook | None = None
        self._failures: dict[str, deque[_Fault]] = {}
        self._delays: dict[str, deque[float]] = {}
        self._chat_pace: tuple[int, float] | None = None
        self._chat_buckets: dict[Any, tuple[float, float]] = {}  # chat -> (tokens, at)
        self._claimed: set[int] = set()
        self._not_member: set[int] = set()
        self._updates_signal = _Signal()
        self._records_signal = _Signal()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self._methods = {name.lower(): (name, handler) for name, handler in {
            "getMe": self._get_me, "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook, "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info, "logOut": self._ok, "close": self._ok,
            "setMyCommands": self._set_my_commands, "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands, "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "editMessageCaption": self._edit_message_caption,
            "deleteMessage": self._delete_message,
            "answerCallbackQuery": self._answer_callback_query, "sendPhoto": self._send_photo,
            "sendDocument": self._send_document, "sendChatAction": self._send_chat_action,
            "copyMessage": self._copy_message, "forwardMessage": self._forward_message,
            "getFile": self._get_file, "getChat": self._get_chat,
            "createForumTopic": self._create_forum_topic,
            "closeForumTopic": self._close_forum_topic,
        }.items()}

    # ------------------------------------------------------------------ lifecycle

    @property
    def url(self) -> str:
        """Root URL of the server, e.g. ``http://127.0.0.1:45678``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        """Value for ``ApplicationBuilder.base_url`` (PTB appends the token)."""
        return f"{self.url}/bot"

    @property
    def file_url(self) -> str:
        """Value for ``ApplicationBuilder.base_file_url``."""
        return f"{self.url}/file/bot"

    async def start(self, port: int = 0) -> None:
        """Bind ``port`` on 127.0.0.1 (default: a free one) and start serving. A chosen port
        lets a test start "Telegram" after the bot has begun trying to reach it."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))

    async def stop(self) -> None:
        """Stop webhook delivery, end pending long polls and close the server."""
        self._closing = True
        self._updates_signal.fire()
        await self._cancel_webhook()
        if self._session:
            await self._session.close()
        if self._runner:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeBotAPI:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    # ------------------------------------------------------------------ simulate users

    def add_chat(self, chat_id: int, chat_type: str | None = None, *, title: str = "Test Group",
                 first_name: str = "Tester", last_name: str | None = None,
                 username: str | None = None, is_forum: bool = False) -> dict:
        """Make a chat known to the server (as if it had talked to the bot); return its Chat.

        An already known chat is returned unchanged.
        """
        if chat_id in self._chats:
            return self._chats[chat_id].info
        if chat_type is None:
            if chat_id > 0:
                chat_type = "private"
            elif is_forum or str(chat_id).startswith("-100"):
                chat_type = "supergroup"
            else:
                chat_type = "group"
        info: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            info["first_name"] = first_name
            if last_name:
                info["last_name"] = last_name
        else:
            info["title"] = title
        if username:
            info["username"] = username
        if is_forum:
            info["is_forum"] = True
        self._chats[chat_id] = _Chat(info)
        return info

    def push_text(self, chat_id: int, text: str, user_id: int | None = None,
                  first_name: str = "Tester", language_code: str = "zh-hans",
                  chat_type: str | None = None, reply_to_message_id: int | None = None,
                  message_thread_id: int | None = None, **origin: Any) -> dict:
        """A user sends ``text`` (``/commands`` get bot_command entities)."""
        content: dict[str, Any] = {"text": text}
        if entities := _command_entities(text):
            content["entities"] = entities
        return self._push_message(chat_id, content, user_id=user_id, first_name=first_name,
                                  language_code=language_code, chat_type=chat_type,
                                  reply_to_message_id=reply_to_message_id,
                                  message_thread_id=message_thread_id, **origin)

    def push_group_text(self, chat_id: int, text: str, user_id: int = DEFAULT_GROUP_USER_ID,
                        first_name: str = "Tester", chat_type: str | None = None,
                        is_forum: bool = False, title: str = "Test Group",
                        **origin: Any) -> dict:
        """A user writes ``text`` in group ``chat_id`` (negative id)."""
        if chat_id >= 0:
            raise ValueError("group chat ids are negative")
        return self.push_text(chat_id, text, user_id, first_name, chat_type=chat_type,
                              is_forum=is_forum, title=title, **origin)

    def push_photo(self, chat_id: int, data: bytes | None = None, caption: str | None = None,
                   **origin: Any) -> dict:
        """A user sends a photo (default: a tiny PNG); getFile serves ``data``."""
        content = {"photo": self._photo_sizes(data or tiny_png(64, 48))}
        if caption:
            content["caption"] = caption
        return self._push_message(chat_id, content, **origin)

    def push_document(self, chat_id: int, data: bytes = b"hello", file_name: str = "file.txt",
                      mime_type: str | None = None, caption: str | None = None,
                      **origin: Any) -> dict:
        """A user sends a document."""
        mime_type = mime_type or mimetypes.guess_type(file_name)[0] or "application/octet-stream"
        stored = self._store_file(data, "documents", file_name, mime_type)
        content: dict[str, Any] = {"document": self._document(stored)}
        if caption:
            content["caption"] = caption
        return self._push_message(chat_id, content, **origin)

    def push_sticker(self, chat_id: int, emoji: str = "👍", **origin: Any) -> dict:
        """A user sends a (static) sticker."""
        stored = self._store_file(b"RIFF\x00\x00\x00\x00WEBP", "stickers", "sticker.webp",
                                  "image/webp")
        sticker = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id,
                   "type": "regular", "width": 512, "height": 512, "is_animated": False,
                   "is_video": False, "emoji": emoji, "file_size": len(stored.content)}
        return self._push_message(chat_id, {"sticker": sticker}, **origin)

    def push_voice(self, chat_id: int, data: bytes = b"OggS\x00voice", duration: int = 2,
                   **origin: Any) -> dict:
        """A user sends a voice note."""
        stored = self._store_file(data, "voice", "voice.oga", "audio/ogg")
        voice = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id,
                 "duration": duration, "mime_type": "audio/ogg", "file_size": len(data)}
        return self._push_message(chat_id, {"voice": voice}, **origin)

    def push_location(self, chat_id: int, latitude: float = 31.2304,
                      longitude: float = 121.4737, **origin: Any) -> dict:
        """A user shares a location."""
        return self._push_message(
            chat_id, {"location": {"latitude": latitude, "longitude": longitude}}, **origin)

    def push_edited_text(self, chat_id: int, message_id: int, text: str) -> dict:
        """The user edits their earlier message ``message_id`` to ``text``."""
        chat = self._chats.get(chat_id)
        old = chat.get(message_id) if chat else None
        if old is None or old["from"]["id"] == self.bot_user["id"]:
            raise ValueError(f"no user message {message_id} in chat {chat_id}")
        edited = {k: v for k, v in old.items() if k != "entities"}
        edited.update(text=text, edit_date=_now())
        if entities := _command_entities(text):
            edited["entities"] = entities
        chat.messages[message_id] = edited
        return self._enqueue({"edited_message": edited})

    def push_callback(self, chat_id: int, message_id: int, data: str,
                      user_id: int | None = None, first_name: str = "Tester",
                      language_code: str = "zh-hans", *, last_name: str | None = None,
                      username: str | None = None, check: bool = True) -> dict:
        """A user presses the inline button with ``data`` under bot message ``message_id``.

        With ``check`` the button must exist in the message's current keyboard.
        """
        chat = self._chats.get(chat_id)
        message = chat.get(message_id) if chat else None
        if message is None or message["from"]["id"] != self.bot_user["id"]:
            raise ValueError(f"no bot message {message_id} in chat {chat_id}")
        buttons = [b.get("callback_data") for row in
                   message.get("reply_markup", {}).get("inline_keyboard", []) for b in row]
        if check and data not in buttons:
            raise ValueError(f"message {message_id} has no button {data!r}; it has {buttons}")
        query_id = str(next(self._callback_ids))
        self._callbacks[query_id] = time.monotonic()
        user = self._user(chat, user_id, first_name=first_name, last_name=last_name,
                          username=username, language_code=language_code)
        return self._enqueue({"callback_query": {
            "id": query_id, "from": user, "message": message,
            "chat_instance": str(abs(chat_id) * 7919 % 10**19), "data": data}})

    def remove_bot(self, chat_id: int) -> None:
        """The bot is not (or no longer) a member of group ``chat_id``: getChat and sending
        there fail with 403 "bot is not a member", as on Telegram. ``add_bot`` undoes it."""
        self._not_member.add(chat_id)

    def add_bot(self, chat_id: int) -> None:
        self._not_member.discard(chat_id)

    def push_raw(self, update: dict) -> dict:
        """Queue an arbitrary update dict (``update_id`` is assigned if missing)."""
        return self._enqueue(dict(update))

    # ------------------------------------------------------------------ observation

    def messages_to(self, chat_id: int) -> list[dict]:
        """Every message the bot sent to ``chat_id``, in order, in its current (edited) state;
        deleted ones included (see ``deleted``)."""
        chat = self._chats.get(chat_id)
        return [chat.messages[mid] for mid in chat.bot_sent] if chat else []

    def message(self, chat_id: int, message_id: int) -> dict | None:
        """Current state of a message (None if unknown or deleted)."""
        chat = self._chats.get(chat_id)
        return chat.get(message_id) if chat else None

    @property
    def deleted(self) -> list[tuple[int, int]]:
        """(chat_id, message_id) of every deleted message."""
        return [(cid, mid) for cid, chat in self._chats.items() for mid in sorted(chat.deleted)]

    @property
    def edits(self) -> list[BotCall]:
        """Successful editMessageText / editMessageReplyMarkup / editMessageCaption calls."""
        return [c for c in self.sent if c.ok and c.method in _EDIT_METHODS]

    @property
    def callback_answers(self) -> list[BotCall]:
        """Successful answerCallbackQuery calls (see ``.params``)."""
        return [c for c in self.sent if c.ok and c.method == "answerCallbackQuery"]

    @property
    def pending(self) -> list[dict]:
        """Updates not yet confirmed by the bot."""
        return list(self._pending)

    async def wait_for(self, predicate: Callable[[BotCall], bool],
                       timeout: float = 5.0) -> BotCall:
        """Return the first call matching ``predicate`` not already returned by wait_for.

        Raises AssertionError (listing recent calls) after ``timeout`` seconds.
        """

        def find() -> BotCall | None:
            for index, call in enumerate(self.sent):
                if index not in self._claimed and predicate(call):
                    self._claimed.add(index)
                    return call
            return None

        call = await self._records_signal.wait_until(find, timeout)
        if call is None:
            recent = "\n".join(f"  {c.method} {c.params} -> {c.error or 'ok'}"
                               for c in self.sent[-10:])
            raise AssertionError(f"no matching bot call within {timeout}s; last calls:\n{recent}")
        return call

    async def wait_for_count(self, chat_id: int, n: int, timeout: float = 5.0) -> list[dict]:
        """Wait until the bot has sent at least ``n`` messages to ``chat_id``; return them."""
        found = await self._records_signal.wait_until(
            lambda: self.messages_to(chat_id) if len(self.messages_to(chat_id)) >= n else None,
            timeout)
        if found is None:
            texts = [m.get("text", m.get("caption")) for m in self.messages_to(chat_id)]
            raise AssertionError(f"expected {n} messages to {chat_id} within {timeout}s, "
                                 f"got {len(texts)}: {texts}")
        return found

    # ------------------------------------------------------------------ fault injection

    def fail_next(self, method: str, status: int = 429, retry_after: int = 1, count: int = 1,
                  description: str | None = None, chat_id: int | None = None) -> None:
        """Make the next ``count`` calls of ``method`` fail without effect (with ``chat_id``:
        only calls for that chat, as Telegram's flood control answers one chat).

        429 answers "Too Many Requests: retry after N" with ``parameters.retry_after``;
        other statuses use Telegram's usual description (403: blocked by the user,
        500, 502 "Bad Gateway", ...) unless ``description`` is given.
        """
        if status == 429:
            fault = _Fault(429, description or f"Too Many Requests: retry after {retry_after}",
                           retry_after)
        else:
            fault = _Fault(status, description or _STATUS_DESCRIPTIONS.get(status, "Error"), None)
        key = method.lower() if chat_id is None else (method.lower(), chat_id)
        self._failures.setdefault(key, deque()).extend([fault] * count)

    def enforce_chat_pace(self, burst: int = 5, per_second: float = 1.0) -> None:
        """Flood control as Telegram's: a private chat sent messages faster than ``burst`` at
        once then ``per_second`` gets 429 (retry after the wait its bucket needs)."""
        self._chat_pace = (burst, per_second)

    def delay_next(self, method: str, seconds: float, count: int = 1) -> None:
        """Delay the next ``count`` calls of ``method``; they still take effect afterwards,
        even if the client gave up waiting (as with a slow Telegram)."""
        self._delays.setdefault(method.lower(), deque()).extend([seconds] * count)

    # ------------------------------------------------------------------ HTTP layer

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        if path.startswith("/file/bot"):
            return self._serve_file(path.removeprefix("/file/bot"))
        if path.startswith("/bot"):
            token, _, method = path.removeprefix("/bot").partition("/")
            if token != self.token:
                return web.json_response(_ApiError(401, "Unauthorized").payload(), status=401)
            if method and "/" not in method:
                return await self._call(request, method)
        return web.json_response(_ApiError(404, "Not Found").payload(), status=404)

    def _serve_file(self, rest: str) -> web.Response:
        token, _, file_path = rest.partition("/")
        if token != self.token:
            return web.json_response(_ApiError(401, "Unauthorized").payload(), status=401)
        stored = next((f for f in self._files.values() if f.file_path == file_path), None)
        if stored is None:
            return web.json_response(_ApiError(404, "Not Found").payload(), status=404)
        self.downloads.append(file_path)
        return web.Response(body=stored.content,
                            content_type=stored.mime_type or "application/octet-stream")

    async def _call(self, request: web.Request, name: str) -> web.Response:
        canonical, handler = self._methods.get(name.lower(), (name, None))
        self.calls[canonical] += 1
        call = BotCall(canonical, {}, {}, time.time())
        try:
            call.params, call.files = await self._read_params(request)
            if delays := self._delays.get(name.lower()):
                await asyncio.sleep(delays.popleft())
            failures = self._failures.get((name.lower(), _chat_key(call.params.get("chat_id"))))
            if not failures:
                failures = self._failures.get(name.lower())
            if failures:
                fault = failures.popleft()
                raise _ApiError(fault.status, fault.description,
                                {"retry_after": fault.retry_after} if fault.retry_after else None)
            self._pace(canonical, call.params.get("chat_id"))
            if handler is None:
                raise _ApiError(404, "Not Found: method not found")
            if call.params.get("chat_id") in self._not_member:
                kind = self._chats[call.params["chat_id"]].info["type"] if call.params["chat_id"] in self._chats else "group"
                raise _ApiError(403, f"Forbidden: bot is not a member of the {kind} chat")
            call.result = await handler(call.params, call.files)
            payload: dict[str, Any] = {"ok": True, "result": call.result}
        except _ApiError as exc:
            call.status, call.error, payload = exc.code, exc.description, exc.payload()
        except Exception as exc:  # a bug in the fake must surface, not hang the bot
            _LOGGER.exception("fake Bot API failed on %s", canonical)
            error = _ApiError(500, f"Internal Server Error: fake server bug: {exc!r}")
            call.status, call.error, payload = 500, error.description, error.payload()
        if canonical != "getUpdates":
            self.sent.append(call)
            self._records_signal.fire()
        return web.json_response(payload, status=call.status)

    def _pace(self, method: str, chat_id: Any) -> None:
        """Telegram's per-chat flood control for messages to private chats (enforce_chat_pace)."""
        chat = _chat_key(chat_id)
        if self._chat_pace is None or not isinstance(chat, int) or chat < 0 or not (
                method.startswith(("send", "copy", "forward", "edit"))):
            return
        burst, rate = self._chat_pace
        now = time.monotonic()
        tokens, at = self._chat_buckets.get(chat, (float(burst), now))
        tokens = min(float(burst), tokens + (now - at) * rate)
        if tokens < 1:
            self._chat_buckets[chat] = (tokens, now)
            wait = max(1, math.ceil((1 - tokens) / rate))
            raise _ApiError(429, f"Too Many Requests: retry after {wait}", {"retry_after": wait})
        self._chat_buckets[chat] = (tokens - 1, now)

    @staticmethod
    async def _read_params(request: web.Request) -> tuple[dict, dict[str, UploadedFile]]:
        """Decode query, JSON, urlencoded or multipart parameters into Python values."""
        raw: dict[str, Any] = dict(request.query)
        files: dict[str, UploadedFile] = {}
        if request.body_exists:
            if request.content_type == "application/json":
                try:
                    body = await request.json()
                except ValueError:
                    body = None
                if not isinstance(body, dict):
                    raise _bad_request("can't parse JSON object")
                raw.update(body)
            else:
                for key, value in (await request.post()).items():
                    if isinstance(value, web.FileField):
                        files[key] = UploadedFile(value.filename, value.file.read(),
                                                  value.content_type)
                    else:
                        raw[key] = value
        params = {}
        for key, value in raw.items():
            if isinstance(value, str):
                if key in _JSON_FIELDS:
                    try:
                        value = json.loads(value)
                    except ValueError:
                        what = ("reply keyboard markup" if key == "reply_markup" else key)
                        raise _bad_request(f"can't parse {what} JSON object") from None
                elif key in _INT_FIELDS and re.fullmatch(r"-?\d+", value):
                    value = int(value)
                elif key in _BOOL_FIELDS:
                    value = value.lower() in ("true", "1")
            params[key] = value
        return params, files

    # ------------------------------------------------------------------ updates & webhook

    def _enqueue(self, update: dict) -> dict:
        update.setdefault("update_id", next(self._update_ids))
        self.updates.append(update)
        self._pending.append(update)
        self._updates_signal.fire()
        return update

    def _deliverable(self, limit: int) -> list[dict]:
        """Drop pending updates of types not allowed (Telegram never creates them) and
        return up to ``limit`` of the rest."""
        allowed = set(self._allowed_updates or _DEFAULT_ALLOWED_UPDATES)
        self._pending = [u for u in self._pending
                         if next(k for k in u if k != "update_id") in allowed]
        return self._pending[:limit]

    async def _get_updates(self, p: dict, _files: dict) -> list[dict]:
        if self._webhook:
            raise _ApiError(409, "Conflict: can't use getUpdates method while webhook is "
                                 "active; use deleteWebhook to delete the webhook first")
        offset = p.get("offset") or 0
        if offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        elif offset < 0:
            self._pending = self._pending[offset:]
        if "allowed_updates" in p:
            self._allowed_updates = p["allowed_updates"]
        limit = min(max(p.get("limit") or 100, 1), 100)
        self._poll_generation += 1
        generation = self._poll_generation
        self._updates_signal.fire()

        def ready() -> list[dict] | None:
            if generation != self._poll_generation:
                raise _ApiError(409, "Conflict: terminated by other getUpdates request; make "
                                     "sure that only one bot instance is running")
            if self._closing or self._webhook:
                return []
            return self._deliverable(limit) or None

        return await self._updates_signal.wait_until(ready, float(p.get("timeout") or 0)) or []

    async def _set_webhook(self, p: dict, _files: dict) -> bool:
        url = p.get("url", "")
        if not url:
            return await self._delete_webhook(p, _files)
        secret = p.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise _bad_request("secret token contains unallowed characters")
        await self._cancel_webhook()
        if p.get("drop_pending_updates"):
            self._pending.clear()
        if "allowed_updates" in p:
            self._allowed_updates = p["allowed_updates"]
        self._webhook = _Webhook(url, secret, p.get("max_connections") or 40,
                                 p.get("ip_address"))
        self._webhook.task = asyncio.create_task(self._deliver(self._webhook))
        self._updates_signal.fire()
        return True

    async def _delete_webhook(self, p: dict, _files: dict) -> bool:
        await self._cancel_webhook()
        if p.get("drop_pending_updates"):
            self._pending.clear()
        return True

    async def _cancel_webhook(self) -> None:
        hook, self._webhook = self._webhook, None
        if hook and hook.task:
            hook.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await hook.task

    async def _deliver(self, hook: _Webhook) -> None:
        """POST pending updates one by one to the webhook, retrying until a 2xx answer."""
        delay = self.webhook_retry_delay
        headers = {"X-Telegram-Bot-Api-Secret-Token": hook.secret_token} if hook.secret_token \
            else {}
        while True:
            update = (await self._updates_signal.wait_until(
                lambda: self._deliverable(1) or None, None))[0]
            try:
                async with self._session.post(hook.url, json=update, headers=headers) as resp:
                    error = None if 200 <= resp.status < 300 else \
                        f"Wrong response from the webhook: {resp.status} {resp.reason}"
            except (aiohttp.ClientError, TimeoutError) as exc:
                error = f"Connection failed: {exc!r}"
            if error is None:
                with contextlib.suppress(ValueError):
                    self._pending.remove(update)
                delay = self.webhook_retry_delay
            else:
                hook.last_error_date, hook.last_error_message = _now(), error
                await asyncio.sleep(delay)
                delay = min(delay * 2, 1.0)

    async def _get_webhook_info(self, _p: dict, _files: dict) -> dict:
        info: dict[str, Any] = {"url": "", "has_custom_certificate": False,
                                "pending_update_count": len(self._pending)}
        if hook := self._webhook:
            info.update(url=hook.url, max_connections=hook.max_connections)
            if hook.ip_address:
                info["ip_address"] = hook.ip_address
            if self._allowed_updates:
                info["allowed_updates"] = self._allowed_updates
            if hook.last_error_date:
                info.update(last_error_date=hook.last_error_date,
                            last_error_message=hook.last_error_message)
        return info

    # ------------------------------------------------------------------ chats & messages

    def _chat(self, chat_id: Any) -> _Chat:
        if isinstance(chat_id, int):
            if chat_id not in self._chats and not self.strict_chats and chat_id != 0:
                self.add_chat(chat_id)
            if chat_id in self._chats:
                return self._chats[chat_id]
        elif isinstance(chat_id, str) and chat_id.startswith("@"):
            for chat in self._chats.values():
                if chat.info.get("username", "").lower() == chat_id[1:].lower():
                    return chat
        elif chat_id is None:
            raise _bad_request("chat_id is empty")
        raise _bad_request("chat not found")

    def _user(self, chat: _Chat, user_id: int | None, *, first_name: str = "Tester",
              last_name: str | None = None, username: str | None = None,
              language_code: str | None = "zh-hans") -> dict:
        if user_id is None:
            user_id = chat.info["id"] if chat.info["type"] == "private" else DEFAULT_GROUP_USER_ID
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if last_name:
            user["last_name"] = last_name
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        return user

    def _push_message(self, chat_id: int, content: dict, *, user_id: int | None = None,
                      first_name: str = "Tester", last_name: str | None = None,
                      username: str | None = None, language_code: str | None = "zh-hans",
                      chat_type: str | None = None, title: str = "Test Group",
                      is_forum: bool = False, reply_to_message_id: int | None = None,
                      message_thread_id: int | None = None) -> dict:
        self.add_chat(chat_id, chat_type, title=title, first_name=first_name,
                      last_name=last_name, username=username if chat_id > 0 else None,
                      is_forum=is_forum)
        chat = self._chats[chat_id]
        message: dict[str, Any] = {
            "message_id": chat.next_message_id(),
            "from": self._user(chat, user_id, first_name=first_name, last_name=last_name,
                               username=username, language_code=language_code),
            "chat": chat.info, "date": _now(), **content}
        if message_thread_id is not None:
            message["message_thread_id"] = message_thread_id
            if chat.info.get("is_forum"):
                chat.topics.add(message_thread_id)
                message["is_topic_message"] = True
                root = chat.get(message_thread_id)
                if reply_to_message_id is None and root and "forum_topic_created" in root:
                    # Telegram: a topic is the thread of its creation message, so a message
                    # in it that replies to nothing else replies to that service message.
                    message["reply_to_message"] = {k: v for k, v in root.items()
                                                   if k != "reply_to_message"}
        if reply_to_message_id is not None:
            target = chat.get(reply_to_message_id)
            if target is None:
                raise ValueError(f"no message {reply_to_message_id} in chat {chat_id}")
            message["reply_to_message"] = {k: v for k, v in target.items()
                                           if k != "reply_to_message"}
        chat.messages[message["message_id"]] = message
        return self._enqueue({"message": message})

    def _bot_message(self, chat: _Chat, p: dict, content: dict, *,
                     record: bool = True) -> dict:
        """Store a message from the bot, applying thread, reply and keyboard parameters."""
        inline = self._inline(self._reply_markup(p))
        thread = self._thread(chat, p)
        reply = self._reply_target(chat, p)
        message: dict[str, Any] = {"message_id": chat.next_message_id(), "from": self.bot_user,
                                   "chat": chat.info, "date": _now(), **thread, **content}
        if reply:
            message["reply_to_message"] = reply
        if inline:
            message["reply_markup"] = inline
        if p.get("protect_content"):
            message["has_protected_content"] = True
        chat.messages[message["message_id"]] = message
        if record:
            chat.bot_sent.append(message["message_id"])
        return message

    @staticmethod
    def _thread(chat: _Chat, p: dict) -> dict:
        thread_id = p.get("message_thread_id")
        if thread_id is None:
            return {}
        if chat.info.get("is_forum"):
            if thread_id not in chat.topics:
                raise _bad_request("message thread not found")
            return {"message_thread_id": thread_id, "is_topic_message": True}
        return {"message_thread_id": thread_id}

    def _reply_target(self, chat: _Chat, p: dict) -> dict | None:
        params = p.get("reply_parameters")
        if params is None and p.get("reply_to_message_id") is not None:
            params = {"message_id": p["reply_to_message_id"]}
        if params is None:
            return None
        if not isinstance(params, dict) or "message_id" not in params:
            raise _bad_request("can't parse reply parameters JSON object")
        source = self._chat(params["chat_id"]) if params.get("chat_id") is not None else chat
        target = source.get(params["message_id"])
        if target is None:
            if params.get("allow_sending_without_reply") or p.get("allow_sending_without_reply"):
                return None
            raise _bad_request("message to be replied not found")
        return {k: v for k, v in target.items() if k != "reply_to_message"}

    @staticmethod
    def _reply_markup(p: dict) -> dict | None:
        """Validate ``reply_markup`` like Telegram (callback_data 1..64 bytes, ...)."""
        markup = p.get("reply_markup")
        if markup is None:
            return None
        kinds = {"inline_keyboard", "keyboard", "remove_keyboard", "force_reply"}
        if not isinstance(markup, dict) or not markup.keys() & kinds:
            raise _bad_request("can't parse reply keyboard markup JSON object")
        rows = markup.get("inline_keyboard", [])
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise _bad_request("can't parse inline keyboard button: field \"inline_keyboard\" "
                               "must be an Array of Arrays")
        for button in itertools.chain.from_iterable(rows):
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode("utf-8")) <= 64:
                raise _bad_request("BUTTON_DATA_INVALID")
            if not button.keys() & _BUTTON_ACTIONS:
                raise _bad_request("text buttons are unallowed in the inline keyboard")
        return markup

    @staticmethod
    def _inline(markup: dict | None) -> dict | None:
        """The part of a markup Telegram echoes in Message.reply_markup."""
        if markup and any(markup.get("inline_keyboard", [])):
            return {"inline_keyboard": markup["inline_keyboard"]}
        return None

    @staticmethod
    def _text_content(p: dict) -> dict:
        text, entities = parse_formatted(str(p.get("text", "")), p.get("parse_mode"),
                                         p.get("entities"))
        if not text:
            raise _bad_request("message text is empty")
        if len(text) > MAX_TEXT_LENGTH:
            raise _bad_request("message is too long")
        return {"text": text, "entities": entities} if entities else {"text": text}

    @staticmethod
    def _caption_content(p: dict) -> dict:
        if not p.get("caption"):
            return {}
        caption, entities = parse_formatted(str(p["caption"]), p.get("parse_mode"),
                                            p.get("caption_entities"))
        if len(caption) > MAX_CAPTION_LENGTH:
            raise _bad_request("message caption is too long")
        content: dict[str, Any] = {"caption": caption} if caption else {}
        if caption and entities:
            content["caption_entities"] = entities
        return content

    def _editable(self, p: dict) -> tuple[_Chat, dict]:
        if p.get("inline_message_id"):
            raise _bad_request("MESSAGE_ID_INVALID")
        chat = self._chat(p.get("chat_id"))
        message = chat.get(p.get("message_id"))
        if message is None:
            raise _bad_request("message to edit not found")
        if message["from"]["id"] != self.bot_user["id"]:
            raise _bad_request("message can't be edited")
        return chat, message

    def _replace(self, chat: _Chat, old: dict, content: dict, markup: dict | None,
                 drop: tuple[str, ...] = ()) -> dict:
        """Store ``old`` minus ``drop`` keys plus ``content`` and the inline ``markup``;
        Telegram's "message is not modified" error if nothing changes."""
        new = {k: v for k, v in old.items() if k not in ("reply_markup", "edit_date", *drop)}
        new.update(content)
        if inline := self._inline(markup):
            new["reply_markup"] = inline
        unchanged = {k: v for k, v in old.items() if k != "edit_date"}
        if new == unchanged:
            raise _bad_request(_NOT_MODIFIED)
        new["edit_date"] = _now()
        chat.messages[old["message_id"]] = new
        return new

    # ------------------------------------------------------------------ files

    def _store_file(self, content: bytes, folder: str, file_name: str | None = None,
                    mime_type: str | None = None) -> _StoredFile:
        n = next(self._file_ids)
        extension = (file_name or "").rpartition(".")[2] if file_name and "." in file_name \
            else "bin"
        stored = _StoredFile(f"{folder}-{n:06d}", f"uniq-{n:06d}",
                             f"{folder}/file_{n}.{extension}", content, file_name, mime_type)
        self._files[stored.file_id] = stored
        return stored

    def _photo_sizes(self, content: bytes) -> list[dict]:
        size = _image_size(content)
        if size is None:
            raise _bad_request("IMAGE_PROCESS_FAILED")
        width, height = size
        longest = max(width, height, 1)
        sides = sorted({min(side, longest) for side in (90, 320, 800, 1280)})
        stored = self._store_file(content, "photos", "photo.jpg", "image/jpeg")
        sizes = []
        for side in sides:
            sizes.append({"file_id": f"{stored.file_id}-{side}",
                          "file_unique_id": f"{stored.file_unique_id}-{side}",
                          "width": max(1, width * side // longest),
                          "height": max(1, height * side // longest),
                          "file_size": len(content)})
            self._files[f"{stored.file_id}-{side}"] = stored
        return sizes

    @staticmethod
    def _document(stored: _StoredFile) -> dict:
        document = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id,
                    "file_size": len(stored.content)}
        if stored.file_name:
            document["file_name"] = stored.file_name
        if stored.mime_type:
            document["mime_type"] = stored.mime_type
        return document

    def _input_file(self, p: dict, files: dict[str, UploadedFile],
                    name: str) -> UploadedFile | _StoredFile:
        """The uploaded part for ``name`` (also via attach://) or a known file_id."""
        value = p.get(name)
        upload = files.get(name)
        if upload is None and isinstance(value, str) and value.startswith("attach://"):
            upload = files.get(value.removeprefix("attach://"))
        if upload is not None:
            if not upload.content:
                raise _bad_request("file must be non-empty")
            return upload
        if not value:
            raise _bad_request(f"there is no {name} in the request")
        if value in self._files:
            return self._files[value]
        raise _bad_request("wrong file identifier/HTTP URL specified")

    # ------------------------------------------------------------------ Bot API methods

    async def _ok(self, _p: dict, _files: dict) -> bool:
        return True

    async def _get_me(self, _p: dict, _files: dict) -> dict:
        return {**self.bot_user, "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False, "can_connect_to_business": False,
                "has_main_web_app": False}

    async def _set_my_commands(self, p: dict, _files: dict) -> bool:
        commands = p.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise _bad_request("can't parse commands JSON object")
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(command.get("command", ""))):
                raise _bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise _bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[self._commands_key(p)] = [
            {"command": c["command"], "description": c["description"]} for c in commands]
        return True

    async def _get_my_commands(self, p: dict, _files: dict) -> list[dict]:
        return self.commands.get(self._commands_key(p), [])

    async def _delete_my_commands(self, p: dict, _files: dict) -> bool:
        self.commands.pop(self._commands_key(p), None)
        return True

    @staticmethod
    def _commands_key(p: dict) -> tuple[str, str]:
        """("default" | "all_private_chats" | "chat:<id>" | ..., language_code)."""
        scope = p.get("scope") or {"type": "default"}
        key = ":".join(str(scope[k]) for k in ("type", "chat_id", "user_id") if k in scope)
        return key, p.get("language_code") or ""

    async def _send_message(self, p: dict, _files: dict) -> dict:
        chat = self._chat(p.get("chat_id"))
        return self._bot_message(chat, p, self._text_content(p))

    async def _send_photo(self, p: dict, files: dict) -> dict:
        chat = self._chat(p.get("chat_id"))
        source = self._input_file(p, files, "photo")
        content = {"photo": self._photo_sizes(source.content), **self._caption_content(p)}
        if p.get("has_spoiler"):
            content["has_media_spoiler"] = True
        return self._bot_message(chat, p, content)

    async def _send_document(self, p: dict, files: dict) -> dict:
        chat = self._chat(p.get("chat_id"))
        source = self._input_file(p, files, "document")
        if isinstance(source, UploadedFile):
            name = source.filename or "document"
            mime = source.content_type
            if mime in (None, "application/octet-stream"):
                mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
            source = self._store_file(source.content, "documents", name, mime)
        return self._bot_message(chat, p, {"document": self._document(source),
                                           **self._caption_content(p)})

    async def _send_chat_action(self, p: dict, _files: dict) -> bool:
        self._chat(p.get("chat_id"))
        if p.get("action") not in _CHAT_ACTIONS:
            raise _bad_request("wrong parameter action in request")
        return True

    def _source_content(self, p: dict, verb: str) -> tuple[dict, dict]:
        """The message copyMessage / forwardMessage name, and its content to repeat."""
        source = self._chat(p.get("from_chat_id")).get(p.get("message_id"))
        if source is None:
            raise _bad_request(f"message to {verb} not found")
        return source, {k: source[k] for k in _CONTENT_KEYS if k in source}

    async def _copy_message(self, p: dict, _files: dict) -> dict:
        chat = self._chat(p.get("chat_id"))
        source, content = self._source_content(p, "copy")
        if "caption" in p and any(k in source for k in _MEDIA_KEYS):
            content.pop("caption", None)
            content.pop("caption_entities", None)
            content.update(self._caption_content(p))
        return {"message_id": self._bot_message(chat, p, content)["message_id"]}

    async def _forward_message(self, p: dict, _files: dict) -> dict:
        chat = self._chat(p.get("chat_id"))
        source, content = self._source_content(p, "forward")
        content["forward_origin"] = {"type": "user", "sender_user": source["from"],
                                     "date": source["date"]}
        return self._bot_message(chat, p, content)

    async def _edit_message_text(self, p: dict, _files: dict) -> dict:
        chat, old = self._editable(p)
        if "text" not in old:
            raise _bad_request("there is no text in the message to edit")
        return self._replace(chat, old, self._text_content(p), self._reply_markup(p),
                             ("text", "entities"))

    async def _edit_message_reply_markup(self, p: dict, _files: dict) -> dict:
        chat, old = self._editable(p)
        return self._replace(chat, old, {}, self._reply_markup(p))

    async def _edit_message_caption(self, p: dict, _files: dict) -> dict:
        chat, old = self._editable(p)
        if not any(k in old for k in _MEDIA_KEYS):
            raise _bad_request("there is no caption in the message to edit")
        return self._replace(chat, old, self._caption_content(p), self._reply_markup(p),
                             ("caption", "caption_entities"))

    async def _delete_message(self, p: dict, _files: dict) -> bool:
        chat = self._chat(p.get("chat_id"))
        message = chat.get(p.get("message_id"))
        if message is None:
            raise _bad_request("message to delete not found")
        if message["from"]["id"] != self.bot_user["id"] and chat.info["type"] != "private":
            raise _bad_request("message can't be deleted for everyone")
        chat.deleted.add(message["message_id"])
        return True

    async def _answer_callback_query(self, p: dict, _files: dict) -> bool:
        created = self._callbacks.pop(str(p.get("callback_query_id")), None)
        if created is None or time.monotonic() - created > self.callback_query_ttl:
            raise _bad_request(_QUERY_TOO_OLD)
        return True

    async def _get_file(self, p: dict, _files: dict) -> dict:
        stored = self._files.get(str(p.get("file_id")))
        if stored is None:
            raise _bad_request("invalid file_id")
        if len(stored.content) > MAX_DOWNLOAD_SIZE:
            raise _bad_request("file is too big")
        return {"file_id": p["file_id"], "file_unique_id": stored.file_unique_id,
                "file_size": len(stored.content), "file_path": stored.file_path}

    async def _get_chat(self, p: dict, _files: dict) -> dict:
        chat = self._chat(p.get("chat_id"))
        return {**chat.info, "accent_color_id": 0, "max_reaction_count": 11,
                "accepted_gift_types": {"unlimited_gifts": False, "limited_gifts": False,
                                        "unique_gifts": False, "premium_subscription": False,
                                        "gifts_from_channels": False}}

    async def _create_forum_topic(self, p: dict, _files: dict) -> dict:
        chat = self._chat(p.get("chat_id"))
        if not chat.info.get("is_forum"):
            raise _bad_request("the chat is not a forum")
        name = str(p.get("name", ""))
        if not name:
            raise _bad_request("TOPIC_TITLE_EMPTY")
        topic = {"name": name, "icon_color": p.get("icon_color") or 7322096}
        if p.get("icon_custom_emoji_id"):
            topic["icon_custom_emoji_id"] = p["icon_custom_emoji_id"]
        message = self._bot_message(chat, {}, {"forum_topic_created": topic}, record=False)
        thread_id = message["message_id"]
        chat.topics.add(thread_id)
        chat.messages[thread_id] = {**message, "message_thread_id": thread_id,
                                    "is_topic_message": True}
        return {"message_thread_id": thread_id, **topic}

    async def _close_forum_topic(self, p: dict, _files: dict) -> bool:
        chat = self._chat(p.get("chat_id"))
        if not chat.info.get("is_forum"):
            raise _bad_request("the chat is not a forum")
        thread_id = p.get("message_thread_id")
        if thread_id not in chat.topics:
            raise _bad_request("message thread not found")
        if thread_id in chat.closed_topics:
            raise _bad_request("TOPIC_NOT_MODIFIED")
        chat.closed_topics.add(thread_id)
        self._bot_message(chat, {"message_thread_id": thread_id},
                          {"forum_topic_closed": {}}, record=False)
        return True


@contextlib.asynccontextmanager
async def running_fake_api(token: str = DEFAULT_TOKEN,
                           **options: Any) -> AsyncIterator[FakeBotAPI]:
    """``async with running_fake_api(TOKEN) as api:`` — a started FakeBotAPI, stopped on exit.

    ``options`` are FakeBotAPI keyword arguments.  In a fixture::

        @pytest.fixture
        async def api():
            async with running_fake_api(TOKEN) as server:
                yield server
    """
    server = FakeBotAPI(token, **options)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
