"""A photo of the terminal's screen or receipt, taken as if the merchant had typed it.

The text read (bot/ocr.py) is mended where a code is expected (knowledge/ocrfix.py), then the
lines that name a code or a fault go through the same recogniser and dialog as typed text.
The bot first says what it read, so a misreading is visible. A photo with no text, or with
nothing recognisable in it (a cat, the shop), gets a request for a closer, straighter photo
or the typed text, never a guess. The transcript keeps the read text and the file id.

Telegram specifics (picking the photo size, the size limit, download, "typing…") are in
`TelegramPhotos`; `photo_turn` serves every transport.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from telegram.constants import ChatAction
from telegram.error import BadRequest, TelegramError

from bot.ocr import MAX_BYTES, MAX_SIDE, ImageError, Reader, ReaderBusy, Reading, read_image
from bot.service import Service, Turn, _session
from dialogs.messages import Event, Incoming, Reply, TurnResult
from dialogs.texts import say_to
from knowledge.loader import KnowledgeBase
from knowledge.matcher import Recogniser
from knowledge.ocrfix import correct_ocr
from knowledge.text import detect_language

log = logging.getLogger("posbot.photos")

SHOWN_CHARS = 300  # what the bot quotes back of a long receipt
QUOTE_ALL_CHARS = 80  # a short screen is quoted whole; of a longer one, the lines that matter
# A line names a fault when the recogniser matches it this closely (display texts score ~1).
VERBATIM = 0.8
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif", ".tif", ".tiff")


@dataclass
class PhotoRead:
    """What became of one photo: read, or why not (too_big, bad_image, busy, failed)."""

    status: str
    reading: Reading | None = None
    file_id: str | None = None
    caption: str | None = None


@dataclass
class Understanding:
    read: str  # everything read, mended
    relevant: str  # the lines naming a code or a fault ("" when none does)
    lines: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Vocabulary:
    """What the knowledge base says a screen can show: codes (and aliases) and English words."""

    codes: frozenset[str]
    words: frozenset[str]

    @classmethod
    def of(cls, kb: KnowledgeBase) -> "Vocabulary":
        codes = frozenset(c.upper() for code in kb.codes.values() for c in (code.code, *code.aliases))
        shown = [t for s in kb.symptoms.values() for t in (*s.display, s.title.en)]
        shown += [t for c in kb.codes.values() for t in (*c.shows, c.title.en)]
        words = frozenset(w for t in shown for w in re.findall(r"[A-Z]{2,}", t.upper()))
        return cls(codes, words)

    def correct(self, text: str) -> str:
        return correct_ocr(text, self.codes, self.words)


def understand(reading: Reading, recogniser: Recogniser, vocabulary: Vocabulary) -> Understanding:
    """Mend the lines and pick those that say what is wrong.

    A screen or a receipt carries much besides the error (merchant and terminal numbers,
    amounts, dates, menus); recognised as one message that noise would drown the error, so
    lines are recognised one by one (and with their neighbour, for "错误码" above "51")."""
    lines = [vocabulary.correct(line) for line in reading.lines]
    read = vocabulary.correct(" ".join(reading.lines))
    keep: set[int] = set()
    for i, line in enumerate(lines):
        if _names_a_fault(recogniser.recognise(line)):
            keep.add(i)
    if not keep:
        for i in range(len(lines) - 1):
            pair = vocabulary.correct(f"{reading.lines[i]} {reading.lines[i + 1]}")
            if _names_a_fault(recogniser.recognise(pair)):
                keep.update((i, i + 1))
    relevant = " ".join(lines[i] for i in sorted(keep))
    return Understanding(read=read, relevant=relevant, lines=lines)


def _names_a_fault(rec) -> bool:
    """A code, or a fault the line states almost word for word (a screen shows its message
    verbatim; a loose match of a short UI word such as "确定" or "主菜单" is not a fault)."""
    return bool(rec.code or (rec.symptom and rec.confidence >= VERBATIM))


def _shown(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"


def photo_turn(service: Service, chat_key: str, photo: PhotoRead, vocabulary: Vocabulary,
               user_id: str = "", user_name: str = "", language_hint: str | None = None,
               desk_open: bool = True) -> Turn:
    """One merchant turn made of a photo: the dialog goes on with what the photo says."""
    row = service.conversation_for(chat_key, user_id, user_name, photo.caption, language_hint)
    session = _session(row)
    caption = (photo.caption or "").strip()
    record = {"kind": "photo", "text": caption or None,
              "payload": {"file_id": photo.file_id, "caption": caption or None, "status": photo.status}}
    if photo.status != "read" or photo.reading is None:
        values = {"mb": MAX_BYTES // (1024 * 1024)} if photo.status == "too_big" else {}
        return _bot_only(service, row["id"], session, [say_to(session, f"photo_{photo.status}", **values)],
                         record, Event("photo", {"status": photo.status}))
    seen = understand(photo.reading, service.engine.recogniser, vocabulary)
    record["text"] = seen.read or caption or None
    record["payload"]["read"] = seen.read
    event = Event("photo", {"status": "read", "chars": len(seen.read), "recognised": bool(seen.relevant),
                            "ms": round(photo.reading.ms)})
    # Asked for details (brand, model, the whole screen): everything read is the answer.
    text = seen.relevant or (seen.read if session["state"] == "details" else "")
    if seen.relevant and not caption:
        text = _in_merchants_language(service.engine, text, session["lang"])
    text = " ".join(filter(None, [caption, text]))
    if not text:
        key = "photo_no_error" if seen.read else "photo_nothing_read"
        return _bot_only(service, row["id"], session, [say_to(session, key, text=_shown(seen.read))],
                         record, event)
    result = service.engine.handle(session, Incoming(text=text, language_hint=language_hint,
                                                     desk_open=desk_open))
    quoted = seen.read if len(seen.read) <= QUOTE_ALL_CHARS or not seen.relevant else seen.relevant
    shown = Reply(say_to(result.session, "photo_read", text=_shown(quoted)))
    result = TurnResult(result.session, [shown, *result.replies], [event, *result.events])
    service.save(row["id"], result, record)
    return Turn(row["id"], result)


def _in_merchants_language(engine, text: str, lang: str) -> str:
    """The screen's words, put so the dialog keeps the merchant's language.

    The engine follows the language a merchant writes in; a screen in the other language is not
    the merchant writing, so what it says is passed on as the code, or as the fault's title in
    the conversation's language (an English-speaking merchant's Chinese terminal stays English)."""
    if detect_language(text) in (None, lang):
        return text
    rec = engine.recogniser.recognise(text)
    if rec.code:
        return rec.code
    if rec.symptom:
        return getattr(engine.kb.symptoms[rec.symptom].title, lang)
    return text


def _bot_only(service: Service, conversation_id: int, session: dict, texts: list[str], record: dict,
              event: Event) -> Turn:
    """A turn the dialog does not see: the photo could not be used, the state stays."""
    result = TurnResult(session, [Reply(t) for t in texts], [event])
    service.save(conversation_id, result, record)
    return Turn(conversation_id, result)


def agents_note(photo: PhotoRead, vocabulary: Vocabulary) -> str:
    """What the agents see under a relayed photo: the text read (they read the photo too)."""
    if photo.reading is None:
        return f"📷 OCR: ({photo.status})"
    read = vocabulary.correct(photo.reading.text)
    return f"📷 OCR: {_shown(read) if read else '—'}"


def status_of(error: ImageError) -> str:
    return "too_big" if error.too_big else "bad_image"


def read_local(path: str) -> PhotoRead:
    """Read an image file in this process (posbot chat's /photo, posbot match --image)."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return PhotoRead("missing", file_id=path)
    try:
        return PhotoRead("read", read_image(data), file_id=path)
    except ImageError as exc:
        return PhotoRead(status_of(exc), file_id=path)


class TelegramPhotos:
    """Fetches a merchant's photo or image file from Telegram and reads it."""

    def __init__(self, reader: Reader, kb: KnowledgeBase):
        self.reader = reader
        self.vocabulary = Vocabulary.of(kb)

    @staticmethod
    def image_of(message) -> tuple[str, int | None] | None:
        """(file id, size in bytes) of the image to read, or None when there is none.
        Of a photo's sizes, the smallest whose longest side reaches what OCR uses."""
        if message is None:
            return None
        if message.photo:
            sizes = sorted(message.photo, key=lambda s: s.width * s.height)
            best = next((s for s in sizes if max(s.width, s.height) >= MAX_SIDE), sizes[-1])
            return best.file_id, best.file_size
        document = message.document
        if document is not None:
            name = (document.file_name or "").lower()
            if (document.mime_type or "").startswith("image/") or name.endswith(IMAGE_SUFFIXES):
                return document.file_id, document.file_size
        return None

    async def read(self, bot, chat_id: int, message) -> PhotoRead | None:
        """Download and read the message's image; None when the message has no image."""
        image = self.image_of(message)
        if image is None:
            return None
        file_id, size = image
        caption = message.caption
        if size is not None and size > MAX_BYTES:
            return PhotoRead("too_big", file_id=file_id, caption=caption)
        if self.reader.full:  # say so now rather than download what cannot be read soon
            return PhotoRead("busy", file_id=file_id, caption=caption)
        typing = asyncio.create_task(_keep_typing(bot, chat_id))
        try:
            file = await bot.get_file(file_id)
            if file.file_size is not None and file.file_size > MAX_BYTES:
                return PhotoRead("too_big", file_id=file_id, caption=caption)
            data = await file.download_as_bytearray()
            reading = await self.reader.read(bytes(data))
            return PhotoRead("read", reading, file_id=file_id, caption=caption)
        except BadRequest as exc:  # Telegram refuses files over 20 MB
            status = "too_big" if "too big" in str(exc).lower() else "failed"
            return PhotoRead(status, file_id=file_id, caption=caption)
        except ImageError as exc:
            return PhotoRead(status_of(exc), file_id=file_id, caption=caption)
        except ReaderBusy:
            return PhotoRead("busy", file_id=file_id, caption=caption)
        except TelegramError as exc:
            log.warning("photo %s not downloaded: %s", file_id, exc)
            return PhotoRead("failed", file_id=file_id, caption=caption)
        except Exception:  # the reader failed: the merchant is asked to type, the bot goes on
            log.exception("photo %s could not be read", file_id)
            return PhotoRead("failed", file_id=file_id, caption=caption)
        finally:
            typing.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await typing


async def _keep_typing(bot, chat_id: int) -> None:
    """"typing…" while the photo is read (Telegram shows it for 5 s per call)."""
    while True:
        try:
            await bot.send_chat_action(chat_id, ChatAction.TYPING)
        except TelegramError:
            return  # only a courtesy
        await asyncio.sleep(4.5)
