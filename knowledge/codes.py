"""Find terminal / host error codes in free text.

Two-digit host codes collide with everyday numbers (51块, 10:51, 138xxxxxxxx), so numbers
that are clearly amounts, times, dates, phone, order or trace numbers are masked first; what
remains is matched against the codes the knowledge base knows (never any two digits).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.text import normalise

# Each pattern masks a span that looks like a number but is not a code; its kind (amount,
# phone, ...) tells the matcher what the merchant gave instead ("收了96块" is an amount).
_MONEY_UNITS = r"元|块钱|块|塊|毛|角|分钱|刀|蚊|rmb|yuan|cny|usd|hkd|dollars?|bucks|\$"
_MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|december|"
           r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")
# A day named without a number (上礼拜五, 周三, last friday): a date all the same.
_WEEKDAY = re.compile(r"(?:[上下这本]个?)?(?:周|星期|礼拜)[一二三四五六日天]|(?<![a-z])(?:(?:last|this|next)\s+)?"
                      r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])")
_WEEKDAY_HINT = re.compile("周|星期|礼拜|(?:mon|tues|wednes|thurs|fri|satur|sun)day")  # a cheap look first: most messages name no day
# Currencies written before the amount (RM 96, HK$ 51, S$ 12).
_CURRENCIES = r"rm|rmb|myr|sgd|hkd|usd|aud|nzd|cny|twd|php|idr|thb|inr|eur|gbp|hk\$|s\$|us\$|a\$|nt\$|rs\.?|rp"
_CJK_UNITS = (
    r"万|千|百|次|个|台|张|笔|单|号|日|月|年|岁|人|天|周|分钟|分|秒|小时|%|度|米|格|条|遍|下|回|"
    r"家|部|卷|箱|盒|包|多|几|来|余"
)
_LATIN_UNITS = (
    r"w|k|percent|times?|minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?|months?|years?|"
    r"pcs|terminals?|machines?|cards?|customers?|transactions?|sales|orders?|people|items?|kg|"
    r"m|km|mm|cm|rolls?|boxes|tries|attempts|am|pm"
)
# A number with a space after it is one with its unit only when it stands apart before too
# ("刷了 3 次", spaced the way some keyboards space digits) or starts the message.
_UNSPACED_BEFORE = r"(?<![\d,\u3400-\u9fff])"
# A pattern that needs a word of context first runs only when one of these is in the message
# (a substring test costs a fraction of a regex scan; most messages have none of them).
_MASK_HINTS = {
    "currency": ("¥", "$", "€", "£", "rm", "rmb", "myr", "sgd", "hkd", "usd", "aud", "nzd", "cny",
                 "twd", "php", "idr", "thb", "inr", "eur", "gbp", "rs", "rp"),
    "total": ("金额", "总额", "总共", "一共", "合计", "共计", "total", "amount", "price"),
    "call": ("电话", "手机", "座机", "号码", "回电", "打给我", "微信", "call", "phone", "tel", "mobile",
             "whatsapp", "number is"),
    "cents": (".",),
    "plus": ("+",),
    "month": ("月",),
    "month name": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    "sum": ("乘", "除", "加", "减", "等于", "÷", "=", "+"),
}
_MASKS = [
    (kind, re.compile(p), _MASK_HINTS[hint[0]] if hint else ())
    for kind, p, *hint in (
        # ¥96, $51, RM 96, HK$ 51, usd 96: a currency named before the number
        ("amount", r"(?:[¥$€£]|(?<![a-z])(?:" + _CURRENCIES + r"))\s*\d[\d,]*(?:\.\d+)?", "currency"),
        # the total or the amount said ("金额 1,596.00", "total 96")
        ("amount", r"(?:金额|总额|总共|一共|合计|共计|(?<![a-z])(?:total|amount|price))\s*(?:是|为|was|is)?"
         r"\s*[:：]?\s*(?P<n>\d[\d,]*(?:\.\d+)?(?:\s*(?:" + _MONEY_UNITS + r")(?![a-z]))?)", "total"),
        ("time", r"\d{1,2}\s*[:点]\s*\d{1,2}(?:\s*:\s*\d{1,2})?"),  # 10:51, 3点05
        # 3点, 下午5点半 (not 96点: no such hour; 点搞 was rewritten to 怎么办 before this;
        # not "出了05 点确认没反应": a space after a number glued to a word ends the phrase)
        ("time", r"(?<!\d)(?:[01]?\d|2[0-4])点(?:钟|半|多)?|" + _UNSPACED_BEFORE
         + r"(?:[01]?\d|2[0-4])\s+点(?:钟|半|多)?"),
        ("phone", r"(?:\+?86[-\s]?)?1[3-9]\d{9}"),  # mobile numbers
        # +60 12-345 6789: a country code and at least seven digits in groups
        ("phone", r"\+\d{1,3}(?=(?:[-\s]?\d){7})(?:[-\s]?\d{1,4}){2,5}(?!\d)", "plus"),
        # a landline with its area code: 0755-86001296, 021 6123 4567
        ("phone", r"(?<!\d)0\d{2,3}[-\s]\d{3,4}\s?\d{4}(?!\d)"),
        # a number given as one to call: 电话 9123 4567, call me on 0412..., my number is ...
        ("phone", r"(?:电话|手机号?|座机|号码|回电|打给我|微信|(?<![a-z])(?:call(?: me)?(?: on| at)?|phone|tel|"
         r"mobile|whatsapp|number is))\s*(?:是|为|打)?\s*[:：]?\s*(?P<n>\+?\d[\d\s-]{5,}\d)", "call"),
        # 400-123-4567, 0412 555 961, +61 412 096 551 (a country code is not a code)
        ("phone", r"(?:\+\d{1,3}[-\s]?)?(?<!\d)\d{3,4}(?:[-\s]\d{3,4}){2}(?!\d)"),
        # 1,596.00元: an amount with its cents (not the date 596.00)
        ("amount", r"\d+(?:,\d{3})*\.\d{1,2}\s*(?:" + _MONEY_UNITS + r")(?![a-z])", "cents"),
        # 45.00, 128.50: a price with its cents, not a date (no month 00, no day 45)
        ("amount", r"(?<![\d.,])(?:\d{3,}|3[2-9]|[4-9]\d|\d{1,3}(?:,\d{3})+)\.\d{2}(?![\d.])"
                   r"|(?<![\d.,])\d+\.00(?![\d.])", "cents"),
        ("date", r"\d{2,4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*[日号]?)?"),  # 2024-05-12
        ("date", r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]?"),  # 11月25
        # 上个月05号, dec 5th, 5th of december: a day of a month said in words
        ("date", r"[上下这本]个?月\s*\d{1,2}\s*[日号]", "month"),
        ("date", r"(?<![a-z])(?:" + _MONTHS + r")\.?\s*\d{1,2}(?:st|nd|rd|th)?(?![\d:])", "month name"),
        ("date", r"(?<![\d.])\d{1,2}(?:st|nd|rd|th)?\s*(?:of\s+)?(?:" + _MONTHS + r")(?![a-z])", "month name"),
        # (at least three digits: "手机是5g的" names a network, not a number)
        ("order",
         r"(?:订单号?|凭证号?|流水号?|参考号|批次号?|终端号|商户号|卡号|单号|尾号|编号|手机号?|电话|"
         r"order|ref(?:erence)?|trace|voucher|batch|invoice|receipt|tid|mid|phone|tel|no\.|#)"
         r"\s*(?:是|为)?\s*[:：#]?\s*(?:no\.?|number)?\s*[:：#]?\s*(?:[0-9a-z-]*\d){3}[0-9a-z-]*"),
        ("order", r"\d{8,}"),  # long runs: order numbers, card numbers
        ("number", r"\d+\.\d+"),  # decimals, versions
        ("size", r"\d+\s*(?:mm|cm)?\s*[*x×乘](?!以)\s*\d+"),  # paper rolls 57*50, 80x80, 57mm x 40, 57乘40
        # sums: 12乘以5, 3加4等于7, 96÷8
        ("number", r"\d+\s*(?:乘以|除以|加上|减去|加|减|等于|[÷=+])\s*\d+", "sum"),
        ("amount", r"\d+(?:,\d{3})*\s*(?:" + _MONEY_UNITS + r")(?![a-z])"),  # 51块, 45 dollars
        # 3次, 刷了 3 次; but "都是96 周六人最多": a number glued to the word before it and
        # followed by a space ends a phrase (chat writers space instead of punctuating), so
        # the 周 after the space is the next word (周六), not the number's unit
        ("number", r"\d+(?:,\d{3})*(?:" + _CJK_UNITS + r")|" + _UNSPACED_BEFORE
         + r"\d+(?:,\d{3})*\s+(?:" + _CJK_UNITS + r")"),
        ("number", r"\d+(?:,\d{3})*\s*(?:" + _LATIN_UNITS + r")(?![a-z])"),
    )
]
# Words that announce a code ("错误码：51", "code 96", "提示A0", "出了个68"): the number after
# them is a code even when a counting word follows it; only a currency unit right after it
# makes it an amount.
_MARKED = re.compile(
    r"(?:错误码|错误代码|错误号|返回码|应答码|响应码|代码|报错|报了?个?|提示|显示|出现|码|错误|返回|"
    r"(?:出来|出了|弹了|弹出|跳出|来了|出)个?|"
    r"code|error|err|rc|resp|response|showing|shows?|saying|says?|displaying|displays?|got)\W{0,3}"
    r"([0-9a-z]+(?:-[0-9a-z]+)?|-[0-9]+)(?!\s*(?:元|块|塊|毛|角|rmb|yuan|dollars?|刀|[.:]\d|点\d))"
)
_DIGIT = re.compile(r"\d")
_LATIN_OR_DIGIT = re.compile(r"[0-9a-z]")
_TOKEN = re.compile(r"[0-9a-z]+(?:-[0-9a-z]+)?|-[0-9]+")
_PREFIXED = re.compile(r"(?:e|err|rc|code)-?([0-9a-z]{2,7})")
_SPACED_DIGITS = re.compile(r"\d[\d \-]{3,14}\d")
# Chinese numerals as merchants say codes: 五十一 -> 51, 零五 / 幺四 / 九六 read digit by digit
# -> 05, 14, 96. A lone numeral (一下, 十分) is a word, not a code. (Codes are at most two
# spoken digits, so this is a table and one rule; cn2an does it too but costs ~0.4 s of
# start-up to import, a fifth of the budget.)
_CN_NUMERAL = re.compile(r"[零〇一二三四五六七八九十幺两]{2,4}")
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_TENS = re.compile(r"([一二两三四五六七八九])?十([一二三四五六七八九])?")
# Characters read off a screen for the digits they resemble: AO -> A0, O5 -> 05, l4 -> 14.
_LOOKALIKE = str.maketrans({"o": "0", "l": "1", "i": "1"})


# Numerals typed in pinyin, a syllable a word ("xian shi wu shi yi": 显示五十一).
_PINYIN_DIGITS = {"ling": "零", "yao": "幺", "yi": "一", "er": "二", "liang": "两", "san": "三",
                  "si": "四", "wu": "五", "liu": "六", "qi": "七", "ba": "八", "jiu": "九", "shi": "十"}
_PINYIN_NUMERAL_RUN = re.compile(r"(?<![a-z])(?:(?:" + "|".join(_PINYIN_DIGITS) + r")(?: +|$)){2,}")


def pinyin_numerals(text: str, is_code, is_pinyin) -> str:
    """A run of numeral syllables in a message typed in pinyin (`is_pinyin`, asked only when
    such a run is there), as the Chinese numeral it ends with (the longest that reads as one:
    in "xian shi wu shi yi" the shi of 显示 comes first, 五十一 ends the run), when that is a
    code (`is_code` of its digits); other runs stay syllables (shi shi: 试试, yi ba: 一把)."""
    if not (text.isascii() and _PINYIN_NUMERAL_RUN.search(text) and is_pinyin(text)):
        return text

    def convert(m: re.Match) -> str:
        words = m.group().split()
        for start in range(len(words) - 1):
            numeral = "".join(_PINYIN_DIGITS[w] for w in words[start:])
            if (digits := chinese_numerals(numeral)) != numeral and is_code(digits):
                return " ".join(words[:start] + [numeral]) + (" " if m.group().endswith(" ") else "")
        return m.group()

    return _PINYIN_NUMERAL_RUN.sub(convert, text)


def chinese_numerals(text: str) -> str:
    """Chinese numerals of two or more characters written as digits (五十五 -> 55, 零五 -> 05)."""
    if not _CN_NUMERAL.search(text):
        return text

    def convert(m: re.Match) -> str:
        run = m.group()
        if "十" not in run:
            return "".join(str(_CN_DIGITS[ch]) for ch in run)
        tens = _CN_TENS.fullmatch(run)
        if not tens:  # 四五十, 十十: approximations and noise stay words
            return run
        return str(_CN_DIGITS.get(tens.group(1), 1) * 10 + _CN_DIGITS.get(tens.group(2), 0))

    return _CN_NUMERAL.sub(convert, text)


def mask_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every number that is not a code: amounts, times, phone, dates,
    order numbers, sizes and counts. Earlier patterns win where spans overlap."""
    spans = [(m.start(), m.end(), "date") for m in _WEEKDAY.finditer(text)] if (
        _WEEKDAY_HINT.search(text)) else []
    if not _DIGIT.search(text):  # most descriptions have no number at all
        return spans
    taken = [False] * len(text)
    for start, end, _ in spans:
        taken[start:end] = [True] * (end - start)
    for kind, pattern, hints in _MASKS:
        if hints and not any(h in text for h in hints):
            continue
        for m in pattern.finditer(text):
            # a pattern with a group "n" masks the number only; the word before it stays
            start, end = m.span("n") if "n" in pattern.groupindex else m.span()
            if not any(taken[start:end]):
                spans.append((start, end, kind))
                taken[start:end] = [True] * (end - start)
    return sorted(spans)


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

    def knows(self, spelling: str) -> bool:
        """Whether a spelling (51, A0, e51) is a code of the knowledge base."""
        return spelling.upper() in self._index

    def _canonical(self, token: str, marked: bool = False) -> tuple[str | None, bool]:
        """(canonical code, prefixed) for a token like 51, a0, e51, err-96; None if no code.
        Look-alike letters count as digits when a digit is there too (o5, 5l, 9i) or a marker
        word announced the token (显示AO)."""
        if token.upper() in self._index:
            return self._index[token.upper()], False
        prefixed = _PREFIXED.fullmatch(token)
        if prefixed and prefixed.group(1).upper() in self._index:
            return self._index[prefixed.group(1).upper()], True
        if len(token) <= 3 and (marked or any(ch.isdigit() for ch in token)):
            read = token.translate(_LOOKALIKE).upper()
            if read != token.upper() and read in self._index:
                return self._index[read], False
        return None, False

    def lookalikes(self, norm: str) -> list[str]:
        """Codes that short letter-only tokens read as with look-alike letters ("AO" -> A0),
        in reading order: without a digit or a marker word they are only candidates, for the
        recogniser to confirm (knowledge.matcher: the message is about the code's category)."""
        found = []
        for m in _TOKEN.finditer(norm):
            token = m.group()
            if len(token) <= 3 and token.isalpha():
                code, _ = self._canonical(token, marked=True)
                if code and code not in found:
                    found.append(code)
        return found

    def find(self, text: str, normalised: bool = False,
             masks: list[tuple[int, int, str]] | None = None) -> list[CodeHit]:
        """All codes in text, strongest first, then in reading order. `masks`: mask_spans of
        the normalised text when the caller has them already."""
        norm = chinese_numerals(text if normalised else normalise(text))
        if not _LATIN_OR_DIGIT.search(norm):
            return []  # every code is digits or Latin letters: none in most Chinese messages
        hits: list[CodeHit] = []
        # Long codes typed with spaces ("002 0000") before masking eats them as numbers.
        for m in _SPACED_DIGITS.finditer(norm):
            joined = re.sub(r"[ \-]", "", m.group())
            if joined in self._long and joined != m.group():
                hits.append(CodeHit(self._index[joined], m.start(), True))
        for m in _MARKED.finditer(norm):
            code, _ = self._canonical(m.group(1), marked=True)
            if code:
                hits.append(CodeHit(code, m.start(1), True))
        masked = list(norm)
        spans = mask_spans(norm) if masks is None else masks
        for start, end, _ in spans:
            masked[start:end] = " " * (end - start)
        masked = "".join(masked)
        # Beside an amount, a bare "00" is its cents ("按的38 然后00"), not "approved".
        cents = any(kind == "amount" for _, _, kind in spans)
        for m in _TOKEN.finditer(masked):
            if cents and m.group() == "00":
                continue
            code, prefixed = self._canonical(m.group())
            if code:
                hits.append(CodeHit(code, m.start(), prefixed or len(code.lstrip("-")) >= 5))
        hits.sort(key=lambda h: (not h.strong, h.start))
        seen: set[str] = set()
        return [h for h in hits if not (h.code in seen or seen.add(h.code))]
