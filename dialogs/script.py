"""The merchant's Chinese script: traditional in, traditional out.

The bot's texts are written in simplified Chinese; a merchant who writes traditional
characters gets them converted at output by OpenCC, Hong Kong (s2hk) or Taiwan (s2tw) standard
after the variant they write: Cantonese words or a zh-HK client mean Hong Kong.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import opencc

from dialogs.messages import Button, Reply
from knowledge.loader import read_yaml

# Characters only written in Cantonese (Hong Kong) Chinese.
_CANTONESE = re.compile("[嘅咗唔冇係喺啲嘢咁佢哋嚟睇揾搵乜咩噉嗰啱嘞喎俾畀攞]")


@lru_cache(maxsize=None)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def _cjk(text: str) -> str:
    return "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")


@lru_cache(maxsize=8192)
def _script_of(ch: str) -> str | None:
    """'hant' for a character only traditional script writes, 'hans' for one only simplified
    writes, None for the many both share."""
    if _converter("t2s").convert(ch) != ch:
        return "hant"
    if _converter("s2t").convert(ch) != ch:
        return "hans"
    return None


# A chat is firmly simplified from this many simplified-only characters on: fewer ("部机":
# one 机) may be a traditional writer's input method slipping.
FIRMLY_SIMPLIFIED = 3


def simplified_count(text: str) -> int:
    """Simplified-only characters of the text (机, 说; not the many both scripts share)."""
    return sum(_script_of(ch) == "hans" for ch in _cjk(text))


def hinted(hint: str | None) -> str | None:
    """The script a client's language setting names: zh-hk / zh-mo Hong Kong's traditional,
    zh-tw / zh-hant Taiwan's; zh-cn / zh-hans / zh-sg simplified; else None. Only what the
    bot says while the merchant's characters have not told their script (Engine.handle): it
    is never stored as the chat's variant, so the first telling message decides."""
    hint = (hint or "").lower().replace("_", "-")
    if hint.endswith(("-hk", "-mo")):
        return "hant-hk"
    if hint.startswith("zh") and hint.endswith(("-tw", "-hant")):
        return "hant-tw"
    if hint.startswith("zh") and hint.endswith(("-cn", "-hans", "-sg")):
        return "hans"
    return None


def variant_of(text: str, hint: str | None, previous: str | None,
               simplified_before: int = FIRMLY_SIMPLIFIED) -> str | None:
    """'hant-hk', 'hant-tw' or 'hans' from the characters the merchant typed, decided once:
    the first message with any traditional-only character or Cantonese word sets traditional
    for the rest of the conversation ("部机出咗96 點算" mixes both scripts: one 點 and a 咗
    tell a Hong Kong writer whose input method slipped); until then simplified characters
    mean simplified, and a conversation in simplified turns traditional only on a message
    with more traditional characters than simplified ones (not on one slip of theirs), or -
    while the chat has had fewer than FIRMLY_SIMPLIFIED simplified-only characters in all
    (`simplified_before`: "部机" has one) - on Cantonese written without any simplified-only
    character ("刷唔到卡": a Hong Kong writer whose first message slipped; a Cantonese writer
    of simplified script, "我部机坏咗 点算", writes many and keeps simplified). The previous
    variant stands when the message does not tell (no Chinese, or characters both scripts
    share); None before any message tells (the client's setting answers meanwhile: hinted)."""
    chars = _cjk(text)
    if previous == "hant-tw" and _CANTONESE.search(text):
        return "hant-hk"  # Cantonese words: Hong Kong's standard, not Taiwan's
    if not chars or previous in ("hant-hk", "hant-tw"):
        return previous
    kinds = [_script_of(ch) for ch in chars]
    traditional, simplified = kinds.count("hant"), kinds.count("hans")
    cantonese = _CANTONESE.search(text) is not None
    if previous == "hans" and traditional <= simplified and \
            not (cantonese and not simplified and simplified_before < FIRMLY_SIMPLIFIED):
        return previous
    if traditional or (cantonese and not simplified):
        if cantonese or hinted(hint) == "hant-hk":
            return "hant-hk"
        return "hant-tw"
    if simplified:
        return "hans"
    return previous


@lru_cache(maxsize=1)
def _corrections() -> dict[str, str]:
    path = Path(__file__).with_name("script_fixes.yaml")
    return read_yaml(path) or {}


def convert(text: str, variant: str | None) -> str:
    if variant not in ("hant-hk", "hant-tw"):
        return text
    out = _converter("s2hk" if variant == "hant-hk" else "s2tw").convert(text)
    for wrong, right in _corrections().items():
        out = out.replace(wrong, right)
    return out


def to_simplified(text: str) -> str:
    """Character by character (no phrase rewriting: 什么 stays 什么)."""
    return _converter("t2s").convert(text)


def in_variant(reply: Reply, variant: str | None) -> Reply:
    """The reply (text and button labels) in the merchant's script."""
    if variant not in ("hant-hk", "hant-tw"):
        return reply
    return Reply(convert(reply.text, variant),
                 tuple(Button(convert(b.label, variant), b.payload) for b in reply.buttons))
