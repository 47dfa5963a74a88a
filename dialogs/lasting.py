"""How long a fault has lasted, told as a time instead of the answer's words: a span ("20 mins",
"an hour or so", "个几钟", "半个钟"), or when it began ("since 9", "since lunch", "九点多开始的",
"开门就这样"). The dialog asks whether the fault has lasted more than half an hour (q_lasting): a
busy merchant answers with the clock, not with yes or no. The words are data (readings.yaml
`lasting_time`); this module only turns them into the answer."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Numbers said in words, English and Chinese. "a few" and "几" count as a few (three): a few minutes
# is under half an hour, a few hours over it.
_EN_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
               "seven": 7, "eight": 8, "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20,
               "thirty": 30, "forty": 40, "forty five": 45, "fifty": 50, "sixty": 60, "ninety": 90,
               "couple": 2, "a couple": 2, "couple of": 2, "a couple of": 2, "few": 3, "a few": 3,
               "several": 3}
_ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9, "几": 3}


# q_lasting asks "has this lasted more than half an hour?" (knowledge/data/questions.yaml)
HALF_AN_HOUR = 30


def _zh_number(text: str) -> int | None:
    """"二十" 20, "十五" 15, "四十五" 45, "几十" 30, "十几" 13; None if not a number."""
    if not text or any(ch not in _ZH_DIGITS and ch != "十" for ch in text):
        return None
    if "十" not in text:
        return _ZH_DIGITS[text[-1]] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    return (_ZH_DIGITS.get(tens, 1) if tens else 1) * 10 + (_ZH_DIGITS.get(ones, 0) if ones else 0)


def _number(text: str) -> int | None:
    text = text.strip()
    if text.isdigit():
        return int(text)
    return _EN_NUMBERS.get(text, _zh_number(text))


@dataclass(frozen=True)
class LastingTime:
    """Reads a time told for how long the fault has lasted (see the module's docstring)."""
    span: re.Pattern
    onset: re.Pattern

    @classmethod
    def from_words(cls, words: dict) -> "LastingTime":
        def alt(key: str) -> str:
            return "|".join(sorted((re.escape(w) for w in words["lasting_time_" + key]), key=len, reverse=True))
        number = (r"\d{1,3}|" + "|".join(sorted(map(re.escape, _EN_NUMBERS), key=len, reverse=True))
                  + r"|[零一二两三四五六七八九十几]{1,3}")
        span = re.compile(
            rf"(?<![a-z0-9.:])(?:(?P<half>{alt('half_hour')})|(?P<count>{number})\s*(?:{alt('about_after')})?\s*"
            rf"(?:(?P<minutes>{alt('minutes')})|(?P<hours>{alt('hours')})))(?![a-z])")
        onset = re.compile(
            rf"(?:\b(?:{alt('onset_en')})\s+(?:(?:{alt('about_en')})\s+)?"
            rf"(?:\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:am|pm|a m|p m|o ?clock|ish)?\b|(?:{alt('times_en')})\b))"
            rf"|(?:(?:{alt('times_zh')})|[零一二两三四五六七八九十\d]{{1,3}}\s*点(?:半|钟|多)?)"
            rf"(?:{alt('onset_zh')})")
        return cls(span, onset)

    def answer(self, plain: str) -> str | None:
        """"yes" (more than half an hour), "no" (it just began), or None when no time is told.
        A time of day it began counts as more: a merchant who names the hour has waited a while."""
        if self.onset.search(plain):
            return "yes"
        for found in self.span.finditer(plain):
            if found["half"] or found["hours"]:
                return "yes"
            count = _number(found["count"])
            if count is not None:
                return "yes" if count >= HALF_AN_HOUR else "no"
        return None

    def spans(self, plain: str) -> list[tuple[int, int]]:
        """Where the message tells the time (to see what else it says)."""
        return [m.span() for m in self.onset.finditer(plain)] + [m.span() for m in self.span.finditer(plain)]
