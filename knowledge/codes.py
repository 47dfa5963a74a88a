"""Find terminal / host error codes in free text.

Two-digit host codes collide with everyday numbers (51块, 10:51, 138xxxxxxxx), so numbers
that are clearly amounts, times, dates, phone, order or trace numbers are masked first; what
remains is matched against the codes the knowledge base knows (never any two digits).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.text import normalise

# Each pattern masks a span that looks like a number but is not a code.
_CJK_UNITS = (
    r"元|块钱|块|塊|毛|角|分钱|刀|万|千|百|次|个|台|张|笔|单|号|日|月|年|岁|人|天|周|分钟|分|秒|"
    r"小时|点|%|度|米|格|条|遍|下|回|家|部"
)
_LATIN_UNITS = (
    r"rmb|yuan|cny|usd|hkd|dollars?|bucks|w|k|percent|times?|minutes?|mins?|hours?|hrs?|"
    r"seconds?|secs?|days?|weeks?|months?|years?|pcs|terminals?|machines?|cards?|customers?|"
    r"transactions?|sales|orders?|people|items?|kg|g|m|km"
)
_UNITS = rf"(?:{_CJK_UNITS})|(?:{_LATIN_UNITS})(?![a-z])"
_MASKS = [
    re.compile(p)
    for p in (
        r"[¥$€£]\s*\d[\d,]*(?:\.\d+)?",  # ¥96, $51
        r"\d{1,2}\s*[:点]\s*\d{1,2}(?:\s*:\s*\d{1,2})?",  # 10:51, 3点05 (before units: 点)
        r"(?:\+?86[-\s]?)?1[3-9]\d{9}",  # mobile numbers
        r"\d{3,4}[-\s]\d{3,4}[-\s]\d{4}",  # 400-123-4567, 0755-2345 6051
        r"\d{2,4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*[日号]?)?",  # 2024-05-12
        r"\d{1,2}\s*月\s*\d{1,2}",  # 11月25
        r"(?:订单号?|凭证号?|流水号?|参考号|批次号?|终端号|商户号|卡号|单号|尾号|编号|手机号?|电话|"
        r"order|ref(?:erence)?|trace|voucher|batch|invoice|receipt|tid|mid|phone|tel|no\.|#)"
        r"\s*[:：#]?\s*(?:no\.?|number)?\s*[:：#]?\s*[0-9a-z-]*\d[0-9a-z-]*",
        r"\d{8,}",  # long runs: order numbers, card numbers
        r"\d+\.\d+",  # decimals, versions
        r"\d[\d,]*\s*(?:" + _UNITS + r")",  # 51块, 200元, 20 minutes, 3次
    )
]
# A code announced by a marker word ("错误码：51", "code 96", "提示A0") is a code even when a
# counting word follows it; only a currency unit right after it makes it an amount.
_MARKED = re.compile(
    r"(?:错误码|错误代码|错误号|返回码|应答码|响应码|代码|报错|报|提示|显示|出现|码|错误|"
    r"code|error|err|rc|response|shows?|says?|showing)\W{0,3}"
    r"([0-9a-z]+(?:-[0-9a-z]+)?|-[0-9]+)(?!\s*(?:元|块|塊|毛|角|rmb|yuan|dollars?|刀|[.:]\d|点\d))"
)
_TOKEN = re.compile(r"[0-9a-z]+(?:-[0-9a-z]+)?|-[0-9]+")
_PREFIXED = re.compile(r"(?:e|err|rc|code)-?([0-9a-z]{2,7})")
_SPACED_DIGITS = re.compile(r"\d[\d \-]{3,14}\d")


@dataclass(frozen=True)
class CodeHit:
    code: str  # canonical code
    start: int
    strong: bool  # announced by a marker word (错误码, code, E-prefix) rather than bare


class CodeFinder:
    def __init__(self, index: dict[str, str]):
        """index maps every spelling (upper case, aliases included) to the canonical code."""
        self._index = index
        self._long = {k for k in index if len(k.lstrip("-")) >= 5}

    def _canonical(self, token: str) -> tuple[str | None, bool]:
        """(canonical code, prefixed) for a token like 51, a0, e51, err-96; None if no code."""
        if token.upper() in self._index:
            return self._index[token.upper()], False
        prefixed = _PREFIXED.fullmatch(token)
        if prefixed and prefixed.group(1).upper() in self._index:
            return self._index[prefixed.group(1).upper()], True
        return None, False

    def find(self, text: str, normalised: bool = False) -> list[CodeHit]:
        """All codes in text, strongest first, then in reading order."""
        norm = text if normalised else normalise(text)
        hits: list[CodeHit] = []
        # Long codes typed with spaces ("002 0000") before masking eats them as numbers.
        for m in _SPACED_DIGITS.finditer(norm):
            joined = re.sub(r"[ \-]", "", m.group())
            if joined in self._long and joined != m.group():
                hits.append(CodeHit(self._index[joined], m.start(), True))
        for m in _MARKED.finditer(norm):
            code, _ = self._canonical(m.group(1))
            if code:
                hits.append(CodeHit(code, m.start(1), True))
        masked = norm
        for pattern in _MASKS:
            masked = pattern.sub(lambda m: " " * len(m.group()), masked)
        for m in _TOKEN.finditer(masked):
            code, prefixed = self._canonical(m.group())
            if code:
                hits.append(CodeHit(code, m.start(), prefixed or len(code.lstrip("-")) >= 5))
        hits.sort(key=lambda h: (not h.strong, h.start))
        seen: set[str] = set()
        return [h for h in hits if not (h.code in seen or seen.add(h.code))]
