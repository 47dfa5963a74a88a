"""Pinyin for matching by sound: homophone typos (余额不组 for 余额不足) and messages typed in
pinyin ("shuaka meiyou fanying").

Merchants type with pinyin input methods, so a wrong character usually sounds like the right
one; and some type the pinyin itself. Both sides of a comparison are turned into toneless
syllables from pypinyin's character dictionary (shipped in the package), up to two readings
per character so that polyphones (重启 chong/zhong, 银行 hang/xing) match either way.
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache

# Only the single-character dictionary is used: pypinyin's phrase dictionary would add ~0.3 s
# to start-up for polyphone context we get by keeping two readings per character.
os.environ.setdefault("PYPINYIN_NO_PHRASES", "true")
from pypinyin.pinyin_dict import pinyin_dict  # noqa: E402

READINGS = 2  # readings kept per character
_MAX_SYLLABLE = 6  # "zhuang"
# Longer runs of letters are not pinyin typed without spaces ("shuakameiyoufanying" is 19):
# a pasted blob of letters must not cost a deep search.
MAX_PINYIN_WORD = 32
_VOWEL = re.compile("[aeiou]")


def _toneless(reading: str) -> str:
    """'lǜ' -> 'lu', 'zhòng' -> 'zhong' (ü folded into u: merchants type lu or lv)."""
    decomposed = unicodedata.normalize("NFD", reading)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=None)
def readings(ch: str) -> tuple[str, ...]:
    """Toneless readings of one character, most common first; () if it has none."""
    raw = pinyin_dict.get(ord(ch))
    if not raw:
        return ()
    out: list[str] = []
    for reading in raw.split(","):
        syllable = _toneless(reading)
        if syllable not in out:
            out.append(syllable)
        if len(out) == READINGS:
            break
    return tuple(out)


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every toneless syllable of the common CJK block (built once, ~400 syllables)."""
    found: set[str] = set()
    for code, raw in pinyin_dict.items():
        if 0x4E00 <= code <= 0x9FFF:
            for reading in raw.split(","):
                found.add(reading)
    # Interjections without a vowel (嗯 n, 呣 m) would split English "no" into n + o.
    return frozenset(s for s in map(_toneless, found) if _VOWEL.search(s))


_PINYIN_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=8192)
def split_syllables(word: str) -> tuple[str, ...] | None:
    """'shuaka' -> ('shua', 'ka'); None when the word is not pinyin. Longest syllable first,
    backtracking when the rest does not split ('xian' -> xian, 'xianshi' -> xian shi)."""
    word = word.replace("v", "u")
    if not word or len(word) > MAX_PINYIN_WORD or not _PINYIN_WORD.fullmatch(word):
        return None
    known = syllables()
    done: dict[int, tuple[str, ...] | None] = {}  # each position split once: no blow-up

    def walk(i: int) -> tuple[str, ...] | None:
        if i == len(word):
            return ()
        if i in done:
            return done[i]
        found = None
        for j in range(min(len(word), i + _MAX_SYLLABLE), i, -1):
            if word[i:j] in known:
                rest = walk(j)
                if rest is not None:
                    found = (word[i:j], *rest)
                    break
        done[i] = found
        return found

    return walk(0)


@lru_cache(maxsize=4096)
def split_in_two(syllable: str) -> tuple[str, str] | None:
    """A syllable that is also two syllables typed together ("yue" = yu + e, "xian" = xi +
    an), or None."""
    known = syllables()
    for i in range(1, len(syllable)):
        if syllable[:i] in known and syllable[i:] in known:
            return syllable[:i], syllable[i:]
    return None


# rec38: pinyin typed with its tone marks ("jiqi bao wǔshíyī", "xianshi jiǔ shí liù"): a word
# with a tone-marked vowel is the toneless word when that splits into syllables, so it reads as
# pinyin typed plain does; a word of another language with accents (trīs, dvě, năm) stays
_TONE_MARKED = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")
_TONED_WORD = re.compile(r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*")


def toneless_pinyin(text: str) -> str:
    """Tone-marked pinyin words written toneless (lower-case text); other words as they are."""
    if not _TONE_MARKED.search(text):
        return text

    def plain(m: re.Match) -> str:
        word = _toneless(m.group()).replace("ü", "u")
        return word if split_syllables(word) is not None else m.group()
    return _TONED_WORD.sub(plain, text)


# rec61: a screen text typed as the first letters of its syllables (拼音首字母: "txsb" 通讯失败,
# "ysbz" 余额不足), in a message otherwise typed in pinyin ("ji qi yi zhi txsb")
def initials(text: str) -> str | None:
    """The first letters of a Chinese text's syllables ('通讯失败' -> 'txsb'), each character's
    most common reading; None when a character is not Chinese."""
    out = []
    for ch in text:
        found = readings(ch)
        if not found:
            return None
        out.append(found[0][0])
    return "".join(out)
