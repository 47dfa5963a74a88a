"""rec56: number words of every language the libraries num2words and indic-num2words write (~50
languages beside the
hand tables of knowledge/numbers/number_words.yaml and codes.py), read backwards: 0..99 as each
language writes them, as the phrases a merchant types them in ("penkiasdešimt vienas", "doxsan
altı", "femtioett", "ಐವತ್ತೊಂದು", "አምሳ አንድ", "חמישים ואחת").

`world_numbers()` is the table: a phrase's key (its words lower case, NFKC as knowledge.text's
`normalise` makes a message, joined by one space) -> (value, languages). Each phrase is kept as the
library writes it, with its diacritics dropped (Latin letters only: "doksan alti", "nau dek"),
and with its words glued ("ellibir" and "elli bir" are one number typed two ways; the reader
looks a run of words up spaced and glued). A key two languages read as two numbers is dropped.
Which of these a code is, and where a word announces one, is knowledge/codes.py's `world_numerals`.

The table is data made from the library, built once per process (about 0.4 s) or loaded from the
local cache (knowledge/cache.py: keyed by this file's bytes and the library's version), never
downloaded.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path


# The library's languages read here: a regional variant (en_IN, es_CO, fr_BE ...) writes the
# words of its language, Japanese and Chinese numerals are read by codes.py's chinese_numerals,
# and English is the hand tables' own.
SKIPPED_LANGUAGES = frozenset({"en", "ja"})
# Latin letters typed plain on a phone ("doxsan alti", "elli bir", "nau dek" for naŭdek)
_PLAIN_LATIN = str.maketrans({"ı": "i", "ə": "e", "ł": "l", "đ": "d", "ø": "o", "æ": "ae", "ß": "ss", "þ": "th",
                              "ð": "d", "œ": "oe", "ŀ": "l"})


def _is_latin(word: str) -> bool:
    return all(ch < "\u0250" or "\u1e00" <= ch <= "\u1eff" or unicodedata.combining(ch) for ch in word)


def plain_latin(phrase: str) -> str:
    """The phrase without its diacritics, when it is written in Latin letters ("doksan altı" ->
    "doksan alti"); any other script as it is (its vowel signs are letters, not accents)."""
    if not _is_latin(phrase):
        return phrase
    stripped = "".join(ch for ch in unicodedata.normalize("NFD", phrase.translate(_PLAIN_LATIN))
                       if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def _lower(phrase: str) -> str:
    """As knowledge.text's normalise makes a message (NFKC, lower case; the library writes no
    Chinese, whose traditional characters normalise also simplifies)."""
    phrase = unicodedata.normalize("NFKC", phrase).lower()
    # (and without format characters, the joiners of Malayalam's chillu: normalise drops them)
    return "".join(ch for ch in phrase if unicodedata.category(ch)[0] != "C") if not phrase.isprintable() else phrase


def _words(phrase: str) -> list[str]:
    return [w for w in phrase.replace("-", " ").replace("\u00ad", "").split() if w]


# Hebrew numbers have a gender (חמישים ואחת, feminine, as the library writes them; חמישים ואחד)
_GENDERS = {"he": ({}, {"gender": "m"})}


def _typed(words: list[str], lang: str) -> list[list[str]]:
    """The phrase as the library writes it and as merchants type it: the word joining tens and
    unit (og, ac, و, ve) dropped, or glued to the unit as Arabic and Persian write it (واحد وخمسون);
    Hebrew's ו ("and") glued to the unit dropped (חמישים אחת)."""
    forms = [words] if words else []
    for at in range(1, len(words) - 1):
        if len(words[at]) <= 2:
            forms.append(words[:at] + words[at + 1:])
            forms.append(words[:at] + [words[at] + words[at + 1]] + words[at + 2:])
    if lang == "he" and len(words) == 2 and words[1].startswith("ו"):
        forms.append([words[0], words[1][1:]])
    return forms


def build_world_numbers() -> dict[str, tuple[int, tuple[str, ...]]]:
    from num2words import CONVERTER_CLASSES, num2words  # (imported only to build: ~0.1 s)

    found: dict[str, dict[int, set[str]]] = {}
    languages = sorted({lang.split("_")[0] for lang in CONVERTER_CLASSES} - SKIPPED_LANGUAGES)
    for lang in languages:
        for value in range(100):
            for options in _GENDERS.get(lang, ({},)):
                try:
                    said = num2words(value, lang=lang, **options)
                except Exception:  # (a language the library lists but cannot write a number in)
                    continue
                for words in _typed(_words(_lower(said)), lang):
                    for form in {" ".join(words), plain_latin(" ".join(words))}:
                        for key in {form, form.replace(" ", "")}:
                            found.setdefault(key, {}).setdefault(value, set()).add(lang)
    # ... and the languages of India the library indic-num2words writes (Hindi, Marathi, Gujarati,
    # Punjabi, Tamil, Malayalam, Odia, Nepali; Bengali, Kannada and Telugu in its own spellings too)
    from num_to_words import num_to_word
    from num_to_words.utils import SUPPORTED_LANGUAGES

    for lang in sorted(set(SUPPORTED_LANGUAGES) - SKIPPED_LANGUAGES):
        for value in range(100):
            try:
                said = num_to_word(value, lang)
            except Exception:
                continue
            for words in _typed(_words(_lower(said)), lang):
                for key in {" ".join(words), "".join(words)}:
                    found.setdefault(key, {}).setdefault(value, set()).add(lang)
    return {key: (next(iter(values)), tuple(sorted(next(iter(values.values())))))
            for key, values in found.items() if len(values) == 1}


def world_numbers(directory=None) -> dict[str, tuple[int, tuple[str, ...]]]:
    """The table, from the local cache when it is there and current (knowledge.cache)."""
    from knowledge.cache import FROM_ENVIRONMENT, cached

    return cached("world-numbers", build_world_numbers, (Path(__file__), Path(__file__).parent / "text.py"),
                  ("num2words", "num_to_words"), FROM_ENVIRONMENT if directory is None else directory)


def world_big_words() -> frozenset[str]:
    """The words of a hundred and a thousand in the library's languages ("elli bir bin" is 51,000,
    "ሃምሳ አንድ ሺ" too): a number going on with one of them is no code."""
    from num2words import CONVERTER_CLASSES, num2words

    words: set[str] = set()
    for lang in sorted({lang.split("_")[0] for lang in CONVERTER_CLASSES} - SKIPPED_LANGUAGES):
        for value in (100, 200, 1000, 2000):
            try:
                said = _words(_lower(num2words(value, lang=lang)))
            except Exception:
                continue
            words |= set(said) | {plain_latin(w) for w in said}
    return frozenset(words)
