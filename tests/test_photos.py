"""Photos of the terminal's screen: OCR look-alike mending (pure), and a photo through the real
Telegram application (getFile and the download from the fake Bot API), `posbot match --image`
and `posbot chat`. OCR costs CPU, so few images are read, by one model for the session."""

from __future__ import annotations

import asyncio
import io
import json
import random
import subprocess
import sys

import pytest
from PIL import Image
from hypothesis import given
from hypothesis import strategies as st

from bench.ocr_images import android, cat, lcd
from bot.ocr import Reader
from bot.photos import TelegramPhotos, Vocabulary
from tests.fakebotapi import running_fake_api
from tests.harness import AGENT_GROUP, next_reply, running_bot, sends_to
from knowledge.ocrfix import correct_ocr

MERCHANT = 7770001


def jpeg(image) -> bytes:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def images() -> dict[str, bytes]:
    rng = random.Random(13)
    return {
        "a0": jpeg(android(["交易失败", "错误码:A0", "MAC校验错，请重新签到"], rng)),
        "51": jpeg(lcd(["交易失败", "应答码 51", "可用余额不足"], rng)),
        "cat": jpeg(cat(rng)),
    }


@pytest.fixture(scope="session")
def vocabulary(kb) -> Vocabulary:
    return Vocabulary.of(kb)


# -- mending what OCR misreads (pure) ----------------------------------------------------------


@pytest.mark.parametrize("read, meant", [
    ("交易失败 错误码：AO", "交易失败 错误码:A0"),  # A0 read as AO
    ("错误码 Ao MAC校验错", "错误码 A0 MAC校验错"),
    ("ERROR CODE: 5I", "ERROR CODE: 51"),  # 1 read as I
    ("RESP CODE Sl", "RESP CODE 51"),  # 5 as S, 1 as l
    ("应答码 O5 持卡人认证失败", "应答码 05 持卡人认证失败"),  # 0 as O
    ("代码 9B", "代码 98"),  # 8 as B
    ("错误码 Z5", "错误码 25"),  # 2 as Z
    ("应答码：９６", "应答码:96"),  # full-width digits and colon
    ("错误码 002 0000", "错误码 0020000"),  # a code split at a wide gap
    ("错误码 O02 OOOO", "错误码 0020000"),
    ("交易失败 002 0000", "交易失败 0020000"),  # no marker: glued only because it is a known code
    ("交易失败 O02OOOO", "交易失败 0020000"),
    ("ERR 5I INSUFFICIENT FUNDS", "ERR 51 INSUFFICIENT FUNDS"),  # the words after stay words
    ("错误码 51 2026/12/02", "错误码 51 2026/12/02"),  # a date after the code is not part of it
    ("ERROR BATCHFULL", "ERROR BATCH FULL"),  # words run together
    ("DECLINED97", "DECLINED 97"),  # a word and its code run together
])
def test_look_alikes_are_mended_where_a_code_is_expected(read, meant, vocabulary):
    assert vocabulary.correct(read) == meant


@pytest.mark.parametrize("read", [
    "POS 终端号 1234 5678", "金额 12 00", "SOLD OUT", "OS", "SO", "BOSS", "商户号:898310061170324",
    "欢迎光临 ¥9.40", "DECLINED SI", "ERROR BATCH", "批次号:858490凭证号:239809", "RMB2218", "ISO8583",
])
def test_text_without_a_code_is_left_as_read(read, vocabulary):
    assert vocabulary.correct(read) == read


@given(st.text(alphabet="OoSIlBZ|DQ GTbgqz", max_size=20))
def test_noise_of_look_alikes_never_becomes_a_code(vocabulary, recogniser, noise):
    """Letters that look like digits, with no digit and no marker word, never make a code."""
    mended = vocabulary.correct(noise)
    assert recogniser.recognise(mended).code is None or mended == noise


def test_correction_is_pure_and_needs_no_knowledge_base():
    assert correct_ocr("错误码 AO") == "错误码 A0"
    assert correct_ocr("交易失败 O02OOOO") == "交易失败 O02OOOO"  # unknown codes: not guessed


# -- the turn a photo makes (no OCR: what was read is given) ------------------------------------


@pytest.mark.parametrize("lang, screen, code, words", [
    ("en", ("交易失败", "错误码:A0", "MAC校验错，请重新签到"), "A0", "sign in"),
    ("zh", ("TRANSACTION FAILED", "DECLINED 51", "INSUFFICIENT FUNDS"), "51", "余额"),
    ("en", ("提示", "通讯失败"), None, "communication failure"),
])
def test_a_screen_in_the_other_language_keeps_the_merchants(tmp_path, engine, vocabulary, lang, screen, code, words):
    from bot.ocr import Reading
    from bot.photos import PhotoRead, photo_turn
    from bot.service import Service
    from bot.store import Store
    from dialogs.messages import Incoming

    with Store(str(tmp_path / "t.db")) as store:
        service = Service(store, engine, channel="test")
        service.handle("m", Incoming(text="hello" if lang == "en" else "你好", language_hint=lang))
        turn = photo_turn(service, "m", PhotoRead("read", Reading(screen, 1.0), file_id="f"), vocabulary,
                          language_hint=lang)
        said = "\n".join(r.text for r in turn.replies)
        assert turn.result.session["lang"] == lang
        assert said.startswith("The photo says:" if lang == "en" else "照片上写着：")
        assert words in said.lower() or words in said
        if code:
            assert turn.result.session["facts"]["problem"]["code"] == code


# -- through Telegram ----------------------------------------------------------------------------


@pytest.fixture
async def api():
    async with running_fake_api() as server:
        yield server


async def test_photo_of_a_screen_goes_on_as_if_typed(api, tmp_path, engine, reader, images):
    async with running_bot(api, tmp_path / "bot.db", engine, reader=reader) as runner:
        api.push_photo(MERCHANT, images["a0"], language_code="zh-hans")
        said = await next_reply(api, MERCHANT, contains="照片上写着", timeout=60)
        assert "A0" in said.text and "交易失败" in said.text
        # what was read and the code's explanation arrive as one message (one per turn)
        assert "MAC" in said.text
        assert len([c for c in api.sent if c.method == "sendMessage" and c.chat_id == MERCHANT]) == 1
        # "typing…" while reading; of the sizes offered, the smallest reaching 1280 px (or the largest)
        assert any(c.method == "sendChatAction" and c.params.get("action") == "typing" for c in api.sent)
        asked = [c.params["file_id"] for c in api.sent if c.method == "getFile"]
        longest = max(Image.open(io.BytesIO(images["a0"])).size)
        assert len(asked) == 1 and asked[0].endswith(f"-{min(longest, 1280)}") and len(api.downloads) == 1
        conversation = runner.store.open_conversation("telegram", str(MERCHANT))
        assert conversation["session"]["facts"]["problem"]["code"] == "A0"
        photo = next(m for m in runner.store.transcript(conversation["id"]) if m["kind"] == "photo")
        assert "A0" in photo["text"] and photo["payload"]["file_id"] == asked[0]
        assert "read" in photo["payload"] and "A0" in photo["payload"]["read"]


async def test_photo_of_something_else_yields_no_code(api, tmp_path, engine, reader, images):
    async with running_bot(api, tmp_path / "bot.db", engine, reader=reader) as runner:
        api.push_photo(MERCHANT, images["cat"], language_code="en")
        said = await next_reply(api, MERCHANT, timeout=60)
        assert "closer" in said.text and "type" in said.text
        conversation = runner.store.open_conversation("telegram", str(MERCHANT))
        assert conversation["state"] in ("start", "awaiting_problem")  # the dialog did not move
        events = runner.store.events(conversation["id"])
        assert [e["name"] for e in events] == ["conversation_started", "photo"]
        assert events[-1]["data"]["status"] == "read" and events[-1]["data"]["recognised"] is False


async def test_image_sent_as_a_file_mid_dialog_is_a_new_problem(api, tmp_path, engine, reader, images):
    async with running_bot(api, tmp_path / "bot.db", engine, reader=reader) as runner:
        api.push_text(MERCHANT, "打印机不出纸")
        await next_reply(api, MERCHANT, with_buttons=True)
        api.push_document(MERCHANT, images["51"], file_name="screen.jpg", mime_type="image/jpeg")
        said = await next_reply(api, MERCHANT, contains="照片上写着", timeout=60)
        assert "51" in said.text and "余额" in said.text  # read text and the explanation: one message
        conversation = runner.store.open_conversation("telegram", str(MERCHANT))
        assert conversation["session"]["facts"]["problem"]["code"] == "51"


async def test_too_big_bad_and_busy_get_clear_answers_without_reading(api, tmp_path, engine):
    busy = Reader(process=False, queue_limit=0)  # every photo finds the queue full
    async with running_bot(api, tmp_path / "bot.db", engine, reader=busy):
        api.push_document(MERCHANT, b"\xff\xd8" + b"0" * (11 * 1024 * 1024), file_name="big.jpg")
        await next_reply(api, MERCHANT, contains="太大")
        assert not [c for c in api.sent if c.method == "getFile"]  # refused before downloading
        api.push_document(MERCHANT, b"%PDF-1.4 not an image", file_name="scan.png")
        await next_reply(api, MERCHANT, contains="过一分钟")  # busy: decided before downloading
        assert not [c for c in api.sent if c.method == "getFile"]
    async with running_bot(api, tmp_path / "bot2.db", engine, reader=Reader(process=False)):
        api.push_document(MERCHANT + 1, b"%PDF-1.4 not an image", file_name="scan.png")
        await next_reply(api, MERCHANT + 1, contains="打不开")


async def test_voice_asks_to_type_or_send_a_photo_in_the_merchants_language(api, tmp_path, engine):
    async with running_bot(api, tmp_path / "bot.db", engine):
        api.push_text(MERCHANT, "my terminal says comm error", language_code="en")
        await next_reply(api, MERCHANT)
        api.push_voice(MERCHANT)
        said = await next_reply(api, MERCHANT, contains="photo")
        assert "type" in said.text


async def test_photo_during_a_handoff_reaches_the_agent_with_the_text_read(api, tmp_path, engine, reader, images):
    async with running_bot(api, tmp_path / "bot.db", engine, reader=reader) as runner:
        api.push_text(MERCHANT, "机器报错A0，签到了也不行", first_name="王老板")
        await next_reply(api, MERCHANT, with_buttons=True)
        api.push_text(MERCHANT, "转人工", first_name="王老板")
        await next_reply(api, AGENT_GROUP, contains="#", with_buttons=True)
        before = len(sends_to(api, MERCHANT))
        api.push_photo(MERCHANT, images["51"], caption="现在变成这样了", first_name="王老板")
        relayed = await api.wait_for(lambda c: c.method == "copyMessage" and c.chat_id == AGENT_GROUP, timeout=60)
        caption = relayed.params.get("caption") or ""
        assert "现在变成这样了" in caption and "OCR" in caption and "51" in caption
        await asyncio.sleep(0.3)
        # the bot does not answer the photo itself: the agent does (only the queue notice)
        assert all("照片上写着" not in (c.text or "") for c in sends_to(api, MERCHANT)[before:])
        conversation = runner.store.open_conversation("telegram", str(MERCHANT))
        photo = [m for m in runner.store.transcript(conversation["id"]) if m["kind"] == "photo"][-1]
        assert photo["payload"]["file_id"] and "51" in photo["payload"]["read"]


def test_smallest_photo_size_large_enough_is_chosen():
    from telegram import Message

    sizes = [{"file_id": f"p-{side}", "file_unique_id": f"u{side}", "width": side, "height": side * 3 // 4,
              "file_size": side * 100} for side in (90, 320, 800, 1280, 2560)]
    message = Message.de_json({"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"},
                               "photo": sizes}, None)
    assert TelegramPhotos.image_of(message) == ("p-1280", 128000)


# -- without Telegram ----------------------------------------------------------------------------


def test_posbot_match_image_prints_one_json_line_per_image(tmp_path, images):
    paths = []
    for name in ("a0", "cat"):
        path = tmp_path / f"{name}.jpg"
        path.write_bytes(images[name])
        paths.append(str(path))
    run = subprocess.run([sys.executable, "-m", "bot.cli", "match", "--image", *paths],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    screen, other = [json.loads(line) for line in run.stdout.splitlines()]
    assert screen["code"] == "A0" and screen["category"] == "merchant" and "A0" in screen["text"]
    assert screen["image"] == paths[0] and "decision" in screen and "candidates" in screen
    assert other["code"] is None and other["symptom"] is None and other["matched_text"] == ""
    missing = subprocess.run([sys.executable, "-m", "bot.cli", "match", "--image", str(tmp_path / "no.jpg")],
                             capture_output=True, text=True, timeout=60)
    assert missing.returncode == 1 and json.loads(missing.stdout)["error"] == "missing"


def test_posbot_chat_photo_command(tmp_path, engine, reader, images):
    from bot.service import Service
    from bot.store import Store
    from bot.terminal import chat

    path = tmp_path / "screen.jpg"
    path.write_bytes(images["51"])
    out = io.StringIO()
    with Store(str(tmp_path / "chat.db")) as store:
        chat(Service(store, engine, channel="terminal"), "zh",
             stdin=io.StringIO(f"/photo {path}\n/photo {tmp_path / 'none.jpg'}\n/photo\n"), stdout=out)
    text = out.getvalue()
    assert "照片上写着" in text and "51" in text and "余额" in text
    assert "cannot open" in text and "usage: /photo PATH" in text


# -- the reader's worker process -----------------------------------------------------------------


def png_claiming(width: int, height: int) -> bytes:
    """A small PNG whose header claims width x height (a decompression bomb's disguise)."""
    import struct
    import zlib

    from tests.fakebotapi import tiny_png

    data = tiny_png(2, 2)
    chunk = b"IHDR" + struct.pack(">II", width, height) + data[24:29]
    return data[:12] + chunk + struct.pack(">I", zlib.crc32(chunk)) + data[33:]


async def test_reader_in_a_worker_process_reports_bad_and_huge_images():
    """The production set-up (a process pool): results and errors cross the process boundary.
    No model is loaded: an icon-sized image is not worth reading, bad bytes fail to decode."""
    from bot.ocr import ImageError
    from tests.fakebotapi import tiny_png

    reader = Reader(process=True)
    try:
        empty = await reader.read(tiny_png(8, 8))
        assert empty.lines == () and empty.text == ""
        with pytest.raises(ImageError) as bad:
            await reader.read(b"GIF89a but not really")
        assert not bad.value.too_big
        for width, height in ((20_000, 20_000), (8_000, 6_000)):  # refused before decoding
            with pytest.raises(ImageError) as huge:
                await reader.read(png_claiming(width, height))
            assert huge.value.too_big
    finally:
        reader.close()
