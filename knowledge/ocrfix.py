"""Undo the mistakes OCR makes where a terminal shows an error code.

OCR models read a code's characters as look-alike letters (0 as O, 5 as S, 1 as I or l,
8 as B, 2 as Z), split a long code at a wide gap ("002 0000"), and return full-width
punctuation ("错误码：５１"). A person reading the photo would not make these mistakes, so
the text is mended before it reaches the recogniser. Only spots where a code is expected are
touched: a token after a marker word (错误码, code, ERR ...), or a token that becomes a code the
knowledge base knows. Anything else is left as read, so noise never turns into a code.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# What each look-alike letter stands for when a digit is expected.
LOOKALIKE_DIGITS = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "S": "5", "s": "5",
                                  "I": "1", "l": "1", "|": "1", "i": "1", "B": "8", "Z": "2",
                                  "z": "2", "G": "6", "b": "6", "g": "9", "q": "9", "T": "7"})
_DIGITISH = "0-9OoDQSsIl|iBZzGbgqT"
# Words after which a terminal prints its code.
_MARKER = re.compile(
    r"(错误码|错误代码|错误号|故障码|返回码|应答码|响应码|代码|失败原因|"
    r"\b(?:error\s*code|err(?:or)?|resp(?:onse)?\s*code|code|rc)\b)\s*[:=#]?\s*\(?\s*",
    re.IGNORECASE,
)
# A code after a marker: letters and digits, possibly cut into groups by spaces ("002 0000").
_MARKED_CODE = re.compile(rf"-?[A-Za-z{_DIGITISH}]{{1,8}}(?:[ ][{_DIGITISH}]{{1,7}})*")
# A bare token with at least one real digit and look-alike letters ("O02OOOO", "5I").
_BARE = re.compile(rf"(?<![A-Za-z0-9])[A{_DIGITISH}][{_DIGITISH}]{{1,7}}(?![A-Za-z0-9])")
# Capital letters OCR may have run together (a gap between words lost).
_CAPITALS = re.compile(r"(?<![A-Za-z])[A-Z]{6,24}(?![A-Za-z])")
# A capitalised word with digits glued to its end.
_GLUED = re.compile(r"(?<![A-Za-z0-9])([A-Z]{3,})(\d{2,7})(?![A-Za-z0-9])")
# Digit groups a wide gap split apart ("002 0000", "0 020 000").
_GROUPS = re.compile(r"(?<![\d.,:/])\d{1,4}(?: \d{1,4}){1,3}(?![\d.,:/])")


def _as_code(token: str) -> str:
    """The token read as a code: a leading letter of a host code (A0-A7) stays a letter,
    every other look-alike becomes its digit."""
    token = token.replace(" ", "")
    if len(token) >= 2 and token[0] in "Aa" and token[1:].translate(LOOKALIKE_DIGITS).isdigit():
        return "A" + token[1:].translate(LOOKALIKE_DIGITS)
    return token.translate(LOOKALIKE_DIGITS)


def correct_ocr(text: str, known_codes: Iterable[str] = (), words: Iterable[str] = ()) -> str:
    """The OCR text with look-alikes, split codes and full-width characters mended.

    `known_codes` are the codes (and aliases) the knowledge base knows, upper case. After a
    marker word a code-shaped token is mended whatever it becomes; a bare token or a split
    group only when the mended form is a known code ("AO" is A0, "O5" is 05, "SO" stays).
    `words` are the English words terminals show (upper case): capitals OCR ran together
    ("BATCHFULL") are split into them when they make up the whole run.
    """
    known = {c.upper() for c in known_codes}
    text = unicodedata.normalize("NFKC", text)  # full-width digits, letters and punctuation
    vocabulary = frozenset(w.upper() for w in words)
    if vocabulary:
        text = _CAPITALS.sub(lambda m: _split_run(m.group(), vocabulary) or m.group(), text)

    def mend_marked(match: re.Match) -> str:
        marker_end = match.end()
        tail = _MARKED_CODE.match(text, marker_end)
        if tail is None:
            return match.group()
        raw = tail.group()
        words = raw.split(" ")
        # Extra groups only count when they are digits after mending: "51 INSUFFICIENT" is 51.
        kept = [words[0]] + [w for w in _leading(words[1:])]
        candidate = _as_code(" ".join(kept))
        if not (candidate.isdigit() or candidate.lstrip("-").isdigit() or re.fullmatch(r"A\d", candidate)):
            return match.group()
        if len(kept) > 1 and known and candidate not in known:
            candidate = _as_code(kept[0])  # the gap was real: only the first group is the code
            kept = kept[:1]
        replacements.append((marker_end, marker_end + len(" ".join(kept)), candidate))
        return match.group()

    replacements: list[tuple[int, int, str]] = []
    for match in _MARKER.finditer(text):
        mend_marked(match)
    text = _apply(text, replacements)

    replacements = []
    for match in _BARE.finditer(text):
        token = match.group()
        if token.isdigit():
            continue
        mended = _as_code(token)
        if mended in known and any(c.isdigit() for c in token + ("0" if token[0] in "Aa" else "")):
            replacements.append((match.start(), match.end(), mended))
    text = _apply(text, replacements)

    # A word and the code after it run together ("DECLINED97"): the gap was lost.
    text = _GLUED.sub(lambda m: f"{m.group(1)} {m.group(2)}" if m.group(2) in known else m.group(), text)

    replacements = []
    for match in _GROUPS.finditer(text):
        joined = match.group().replace(" ", "")
        if joined in known and len(joined) >= 5:  # two-digit codes are never glued from parts
            replacements.append((match.start(), match.end(), joined))
    return _apply(text, replacements)


def _split_run(run: str, vocabulary: frozenset[str]) -> str | None:
    """'BATCHFULL' -> 'BATCH FULL' when the run is made of vocabulary words (fewest words)."""
    if run in vocabulary:
        return None
    best: list[list[str] | None] = [[]] + [None] * len(run)
    for end in range(2, len(run) + 1):
        for start in range(0, end - 1):
            if best[start] is not None and run[start:end] in vocabulary:
                candidate = best[start] + [run[start:end]]
                if best[end] is None or len(candidate) < len(best[end]):
                    best[end] = candidate
    return " ".join(best[-1]) if best[-1] and len(best[-1]) <= 3 else None


def _leading(words: list[str]) -> list[str]:
    """The run of following groups that are digits once mended: mostly real digits, or only
    O's (a run of zeros read as letters)."""
    kept = []
    for word in words:
        digits = sum(c.isdigit() for c in word)
        zeros = set(word) <= set("0Oo")
        if not word.translate(LOOKALIKE_DIGITS).isdigit() or (digits * 2 < len(word) and not zeros):
            break
        kept.append(word)
    return kept


def _apply(text: str, replacements: list[tuple[int, int, str]]) -> str:
    for start, end, new in sorted(replacements, reverse=True):
        text = text[:start] + new + text[end:]
    return text
