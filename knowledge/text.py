"""Text normalisation shared by the knowledge base index and incoming messages.

Merchants type on phones: full-width digits (５１), traditional characters (連不上),
mixed case, stray punctuation. Both sides of every comparison go through `normalise`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

from knowledge.features import typed_pinyin
from knowledge.pinyin import toneless_pinyin

# Taiwan-standard to simplified with phrase conversion: 列印 -> 打印, 訊號 -> 信号, 螢幕 -> 屏幕.
_T2S = opencc.OpenCC("tw2sp")
# Where the Taiwan phrase table misreads mainland text: 序列号 (a serial number) would become
# the computing term 串行号, whose 串行 the knowledge base knows from network phrasings.
_T2S_UNDO = {"串行号": "序列号",
             # ... and 批次 (a batch: 批次号, 批次已满), which it turns into 批量 (bulk), so that
             # the batch number "批次号 000031" was no number of a kind (the masks know 批次号)
             "批量": "批次"}
# Merchant messages beyond this length are cut before matching: the fault is described up
# front, and matching cost must stay bounded for a 10,000-character paste.
MAX_MATCH_CHARS = 400

_SPACES = re.compile(r"\s+")
# Digits of other scripts (Thai ๙๐, Arabic-Indic ٥١, Devanagari ५१...: every Unicode decimal digit
# NFKC leaves as it is) read as ASCII digits; a keycap emoji (6️⃣3️⃣: a digit, an emoji
# variation selector, the enclosing keycap) is its digit.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
_KEYCAP = re.compile(r"([0-9#*])\ufe0f?\u20e3")
# The Suzhou numerals (苏州码子 〡〢〣〤〥〦〧〨〩, still written by market traders and on
# old-style price tags) are number letters, no decimal digits: each is its digit (〥〡 is 51).
# (their ten and twenties, 〸 〹 〺, NFKC makes 十 卄 卅 already)
_SUZHOU = str.maketrans({chr(0x3020 + n): str(n) for n in range(1, 10)})
_SUZHOU_HINT = re.compile("[\u3021-\u3029]")
# Numbers typed in zhuyin (bopomofo), as Taiwanese keyboards spell what is read off a screen
# ("ㄌㄧㄥˊ ㄨˇ": 零五): a run of syllables, each a numeral, as those numerals (joined, so that
# the numeral reader takes them as one number); a run with any other syllable stays as typed.
_ZHUYIN_DIGITS = {"ㄌㄧㄥ": "零", "ㄧ": "一", "ㄧㄠ": "幺", "ㄦ": "二", "ㄌㄧㄤ": "两", "ㄙㄢ": "三", "ㄙ": "四",
                  "ㄨ": "五", "ㄌㄧㄡ": "六", "ㄑㄧ": "七", "ㄅㄚ": "八", "ㄐㄧㄡ": "九", "ㄕ": "十"}
# rec28: a code typed on a keyboard left in another script (Russian, Greek: ЗЗ, 9б, ОО2ОООО,
# Α0): its letters that look like a digit or a Latin letter are those, in a run of two to seven
# that has a digit, or is digit look-alikes only with one other than О (ООО is a company's
# form); a word of those alphabets stays as typed.
_SCRIPT_LOOKALIKES = {"О": "0", "о": "0", "Ο": "0", "ο": "0", "З": "3", "з": "3", "б": "6", "Б": "6",
                      "А": "a", "а": "a", "Α": "a", "α": "a", "В": "b", "Β": "b", "Е": "e", "е": "e",
                      "Ε": "e", "С": "c", "с": "c",
                      # rec30: the Greek and the Ukrainian/Kazakh i, and the Caucasus' palochka, for a
                      # 1 or an l ("5Ι", "і4"): the Latin letter, which a code's look-alikes read
                      "Ι": "i", "ι": "i", "І": "i", "і": "i", "Ӏ": "l", "ӏ": "l"}
_DIGIT_LOOKALIKES = "ОоΟοЗзбБ"
_SCRIPT_HINT = re.compile("[" + "".join(_SCRIPT_LOOKALIKES) + "]")
_SCRIPT_RUN = re.compile(r"(?<![0-9a-zA-Z\u0370-\u03ff\u0400-\u04ff])[0-9a-zA-Z" + "".join(_SCRIPT_LOOKALIKES)
                         + r"]{2,7}(?![0-9a-zA-Z\u0370-\u03ff\u0400-\u04ff])")


def _script_lookalikes(m: re.Match) -> str:
    run = m.group()
    if not _SCRIPT_HINT.search(run):
        return run
    if not (any(ch.isdigit() for ch in run) or all(ch in _DIGIT_LOOKALIKES for ch in run)
            and any(ch not in "ОоΟο" for ch in run)):
        return run
    return "".join(_SCRIPT_LOOKALIKES.get(ch, ch) for ch in run)


# Pictures of numbers: a die's face is its pips (⚄⚀ is 51); Ethiopic numbers are written as
# tens and units that add up (፶፭ is 50 + 5, 55): a run of them is its sum.
_DICE = str.maketrans({chr(0x2680 + n): str(n + 1) for n in range(6)})
_DICE_HINT = re.compile("[\u2680-\u2685]")
_ETHIOPIC_RUN = re.compile("[\u1369-\u137c]+")


# rec36: digits drawn enclosed, parenthesised, with a full stop or a comma, or circled in black
# (⑸⑺, ⒍⒉, ❺❶, ➄, ⓹, 🄆), as a phone's symbol keyboard offers them: each is its number, without
# the brackets or the stop NFKC would leave ("(5)(7)", "6.2."), and the dingbats' and double
# circles' (which NFKC leaves as they are) too; the enclosed letters (⒜, 🅐, 🅰) their letter.
# Every character of the Unicode blocks of enclosed forms with a number or a letter's name is in
# the table, not the ones a file showed.
def _enclosed_forms() -> dict[int, str]:
    table = {}
    for lo, hi in ((0x2460, 0x24FF), (0x2776, 0x2793), (0x3248, 0x325F), (0x3280, 0x3289), (0x32B1, 0x32BF),
                   (0x1F100, 0x1F10C), (0x1F110, 0x1F189)):
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            name = unicodedata.name(ch, "")
            value = unicodedata.numeric(ch, None)
            if value is not None and value == int(value) and ("DIGIT" in name or "NUMBER" in name):
                table[cp] = str(int(value))
            elif "LATIN" in name and " LETTER " in name:
                letter = name.rsplit(" ", 1)[1]
                if len(letter) == 1:
                    table[cp] = letter.lower() if "SMALL" in name else letter
    return table


_ENCLOSED = _enclosed_forms()
_ENCLOSED_HINT = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_ENCLOSED)) + "]")
_PICTURED_HINT = re.compile("[" + "".join(_SCRIPT_LOOKALIKES) + "\u2680-\u2685\u1369-\u137c]")


def _ethiopic_number(m: re.Match) -> str:
    return str(int(sum(unicodedata.numeric(ch) for ch in m.group())))


_ZHUYIN_HINT = re.compile("[\u3105-\u312f]")
_ZHUYIN_RUN = re.compile(r"[\u3105-\u312f]+[ˉˊˇˋ˙]?(?: ?[\u3105-\u312f]+[ˉˊˇˋ˙]?)*")
_ZHUYIN_SYLLABLE = re.compile(r"([\u3105-\u312f]+)[ˉˊˇˋ˙]?")


def _zhuyin_numerals(m: re.Match) -> str:
    syllables = _ZHUYIN_SYLLABLE.findall(m.group())
    if all(s in _ZHUYIN_DIGITS for s in syllables):
        return "".join(_ZHUYIN_DIGITS[s] for s in syllables)
    return m.group()
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff]")
# A run of Chinese characters (the CJK ideographs and extension A): how the Chinese in a mixed
# message is found or cut out
CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
# Punctuation and symbols are noise for fuzzy matching (kept for code extraction).
_PUNCT = re.compile(r"[^\w\u2e80-\u9fff\uf900-\ufaff]+")


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def normalise(text: str) -> str:
    """NFKC (full-width -> ASCII), traditional -> simplified, lower case, single spaces."""
    text = text[: MAX_MATCH_CHARS * 2]
    if not text.isascii() and _ENCLOSED_HINT.search(text):  # (before NFKC, which leaves their brackets)
        text = text.translate(_ENCLOSED)
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        text = _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)
        if "\u20e3" in text:
            text = _KEYCAP.sub(r"\1", text)
        if _SUZHOU_HINT.search(text):
            text = text.translate(_SUZHOU)
        if _ZHUYIN_HINT.search(text):
            text = _ZHUYIN_RUN.sub(_zhuyin_numerals, text)
        if _PICTURED_HINT.search(text):  # (one scan for the three, most texts have none of them)
            if _SCRIPT_HINT.search(text):
                text = _SCRIPT_RUN.sub(_script_lookalikes, text)
            if _DICE_HINT.search(text):
                text = text.translate(_DICE)
            if _ETHIOPIC_RUN.search(text):
                text = _ETHIOPIC_RUN.sub(_ethiopic_number, text)
    # Drop control and format characters (zero-width spaces, bidi marks) before anything else.
    # A printable text has none (str.isprintable is False for every category C character):
    # most texts skip the character-by-character pass.
    if not text.isprintable():
        text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch in "\n\t ")
    if has_cjk(text):
        text = _T2S.convert(text)
        for wrong, right in _T2S_UNDO.items():
            text = text.replace(wrong, right)
    text = text.lower()
    if not text.isascii():
        text = toneless_pinyin(text)  # rec38: wǔshíyī typed with its tones is wushiyi
    return _single_spaced(text).strip()[:MAX_MATCH_CHARS]


def _single_spaced(text: str) -> str:
    """Runs of white space as one space. A printable text has no white space but the space
    (every other kind is a control character or a separator), so without two spaces in a
    row there is nothing to replace: most messages are returned as they are, unscanned."""
    if text.isprintable() and "  " not in text:
        return text
    return _SPACES.sub(" ", text)


def strip_punctuation(norm: str) -> str:
    """Normalised text without punctuation and extra spaces."""
    return _single_spaced(_PUNCT.sub(" ", norm)).strip()


@lru_cache(maxsize=4096)
def fuzzy_key(text: str) -> str:
    """Normalised text without punctuation: what the fuzzy matcher compares."""
    return strip_punctuation(normalise(text))


# What pasted code, markup or an injection attempt looks like, and merchants never type: tags,
# template and path syntax, an SQL statement, or symbols of programming making up much of it.
# dlg53: an SQL statement by its own shape (DROP TABLE, INSERT INTO, DELETE FROM, UNION SELECT,
# SELECT * or SELECT ... FROM ... WHERE, UPDATE x SET), not by an English verb and a preposition
# somewhere after it: "we delete the old icon from screen", "select sale from the menu" are words.
_MARKUP = re.compile(
    r"</?[a-z][^>]*>|\$\{|\{\{|\.\./|;\s*--|\bdrop\s+table\b|\binsert\s+into\b|\bdelete\s+from\b"
    r"|\bunion\s+(?:all\s+)?select\b|\bselect\s+\*|\bselect\b.+\bfrom\b.+\bwhere\b|\bupdate\s+\w+\s+set\b",
    re.IGNORECASE)
_CODE_SYMBOLS = re.compile(r"[<>{}\[\]()=;$`\\|*%/]")
CODE_SYMBOL_SHARE = 0.15


def looks_like_code(text: str) -> bool:
    """Whether a message (with no Chinese in it) is code, markup or an injection string
    rather than words: "<script>alert(1)</script>", "'; DROP TABLE users; --", "{{7*7}}".
    Such a message is not understood, rather than matched on a stray word in it (alert)."""
    if has_cjk(text):
        return False
    if _MARKUP.search(text):
        return True
    symbols = len(_CODE_SYMBOLS.findall(text))
    return symbols >= 3 and symbols >= CODE_SYMBOL_SHARE * len(text.replace(" ", ""))


def detect_language(text: str) -> str | None:
    """'zh' when the text has Chinese characters or is Chinese typed in pinyin ("shuaka meiyou
    fanying": a merchant without a Chinese keyboard at hand still reads Chinese best), 'en'
    when it has other Latin words, else None."""
    if has_cjk(text):
        return "zh"
    if re.search(r"[A-Za-z]{2,}", text):
        return "zh" if _all_pinyin(text[:MAX_MATCH_CHARS].lower()) else "en"
    return None


def _all_pinyin(text: str) -> bool:
    """Two words or more, every one of them pinyin ("pingmu hei le"). One word is not enough
    to switch language: "human", "change" and "china" split into syllables too."""
    words = re.findall(r"[a-z]+", text)
    typed = typed_pinyin(text)
    return bool(typed) and len(typed) == len(words) >= 2


class WordMap:
    """Rewrites merchants' words into the knowledge base's (冇 -> 没有, 点搞 -> 怎么办), longest
    word first, in one regex pass. Latin words only match whole ("mon" is not "money")."""

    def __init__(self, words: dict[str, str]):
        self._words = words
        # One pattern as a trie (冇(?:嘢)?...): the same longest match at each position as an
        # alternation of the words longest first, in a fraction of the time for 300 words.
        self._pattern = re.compile(word_pattern(words, r"(?<![a-z0-9])", r"(?![a-z0-9])")) if words else None

    def rewrite(self, text: str) -> str:
        """Two passes: a Cantonese word rewritten into Mandarin may make an everyday variant
        the map knows (黑晒 -> 全黑了, then 屏幕全黑 -> 黑屏)."""
        if self._pattern is None:
            return text
        rewritten = self._pattern.sub(lambda m: self._words[m.group()], text)
        if rewritten == text:
            return text
        return self._pattern.sub(lambda m: self._words[m.group()], rewritten)


def word_pattern(words, latin_before: str, latin_after: str) -> str:
    """A regex source finding any of the (non-empty) words, the longest one at each position,
    as a flat alternation of them longest first would (`|`.join(sorted(words, key=len,
    reverse=True)), each Latin word between latin_before and latin_after), in a fraction of
    its time: each position is tried against two tries of characters (the words with a
    character that is not ASCII, then the Latin words between the lookarounds), not against
    every word in turn (537 words of the parts: ~15x faster over the dev messages).

    Why the matches are the same: a trie with its optional tails tries the longest word first
    and backtracks to the shorter ones (when a Latin word's latin_after fails), as the
    longest-first alternation did; and a non-ASCII word matching at a position is always
    longer than an ASCII one matching there (the ASCII one is a prefix of it), so trying the
    non-ASCII trie first keeps "longest first" across the two. The first-character guard goes
    in front, as before."""
    latin = [w for w in words if w.isascii()]
    other = [w for w in words if not w.isascii()]
    alternatives = []
    # Each trie behind its own words' first characters too: the regex engine tries the ~190
    # first characters of a trie's root one by one, so a position only the other trie can
    # match (a Latin letter, for the word map's Chinese words) skips it in one check (the
    # word map's scan of a message in half the time).
    if other:
        alternatives.append(first_char_guard(other) + trie_pattern(other))
    if latin:
        alternatives.append(first_char_guard(latin) + latin_before + trie_pattern(latin) + latin_after)
    return first_char_guard(words) + "(?:" + "|".join(alternatives) + ")"


def first_char_guard(words) -> str:
    """A lookahead for the first characters of the words, to put before a pattern matching any
    of them: the regex engine then passes over a position no word can start at with one check,
    instead of trying every word there (or every branch of a trie: twice as fast over a long
    message). It matches nothing the pattern would not. (An empty word matches anywhere: no
    guard then.)"""
    if not words or not all(words):
        return ""
    return "(?=[" + "".join(map(re.escape, sorted({w[0] for w in words}))) + "])"


def trie_pattern(words) -> str:
    """A regex matching any of the words, longest first, built as a trie of characters: their
    common beginnings shared ("fi(?:ve|fty|fteen)..."), the same matches as the words sorted
    longest first and joined with |, at a fraction of the cost (the engine tries each branch of
    an alternation in turn)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(trie) + ")"


# -- the terminal named by what is done at it --------------------------------------------------

# The concepts (concepts.yaml) whose words say how a card is read, and the one that names the
# terminal: "swipe machine", "拍卡机" is the terminal, not a swipe or a tap.
DEVICE_USE_CONCEPTS = ("chip", "swipe", "tap", "card_pay")
DEVICE_CONCEPT = "terminal"
# ... and what else a terminal is named by in English ("pin machine", "chip and pin terminal").
_EN_USE_EXTRA = ("pin", "chip and pin", "chip n pin", "chip & pin", "card swipe", "card swiping",
                 "swiping", "credit card swipe", "tap to pay", "tap and pay", "tap n pay")
# English: the name stands after a determiner, a possessive or an adjective of the terminal, or
# opens the message or a sentence; elsewhere the way word may be a verb ("when they swipe
# machine beeps"). Chinese: "X机", "X的机器" (the machine one pays by card at), and "X机器"
# only after 的 / 这 / 台 ... ("店里的闪付机器"): elsewhere its 机器 may open the next clause
# ("一插卡机器就报错" is inserting, then the machine).
_EN_LEAD = (r"(?:^|(?<=[.!?;:,]) ?|\b(?:the|my|our|your|this|that|these|those|his|her|their|its|"
            r"a|an|one|shop s|shops|s|new|old|little|small|same|whole)\b ?)")
_EN_ADJECTIVES = r"(?:(?:new|old|little|small|portable|handheld|wireless|mobile|credit|debit|bank) )*"


_LATIN_WORD = re.compile("[a-z]{3}")


class DeviceNames:
    """Rewrites the terminal named by what is done at it into the plain word for it: "our
    swipe machine is refusing" -> "our machine is refusing", "拍卡机坏了" -> "机器坏了", so
    that no way of reading a card is heard in a device's name (the message says nothing of
    swiping or tapping). Built from the knowledge base's concepts: the ways of reading a card
    (and, in English, the PIN) before a word of the terminal; run on text the word map has
    rewritten (拍卡 is already 挥卡)."""

    def __init__(self, concepts: dict):
        uses = [w.rstrip("$") for c in DEVICE_USE_CONCEPTS if c in concepts
                for w in (*concepts[c].zh, *concepts[c].en)]
        heads = [w.rstrip("$") for w in (*concepts[DEVICE_CONCEPT].zh, *concepts[DEVICE_CONCEPT].en)] \
            if DEVICE_CONCEPT in concepts else []
        en_uses = sorted({w for w in (*uses, *_EN_USE_EXTRA) if w.isascii() and w}, key=len, reverse=True)
        en_heads = sorted({w for w in heads if w.isascii() and w}, key=len, reverse=True)
        # Chinese ways that end in what they do ("插卡", "闪付"), not in a particle ("刷的",
        # "刷就") that would join a clause's next word.
        zh_uses = sorted({w for w in uses if not w.isascii() and len(w) >= 2 and w[-1] not in "的就了下"},
                         key=len, reverse=True)
        zh_heads = sorted({w for w in heads if not w.isascii() and w not in ("机器",)}, key=len, reverse=True)
        alt = lambda words: "|".join(map(re.escape, words))  # noqa: E731
        self._en = re.compile(
            rf"(?P<lead>{_EN_LEAD}){_EN_ADJECTIVES}(?:{alt(en_uses)})s? (?P<head>(?:{alt(en_heads)})s?)\b"
        ) if en_uses and en_heads else None
        # ("能刷卡的机器", a machine that takes cards, is the machine: its 能 goes too, or "能机"
        # would be left to sound like other words)
        self._zh = re.compile(
            rf"(?:能|可以)?(?:{alt(zh_uses)})(?:机(?!器)|的(?P<head>机器|{alt(zh_heads)}))"
            rf"|(?<=[的这那台部个])(?:{alt(zh_uses)})机器(?![就一])") if zh_uses else None

    def rewrite(self, text: str) -> str:
        if self._en is not None and _LATIN_WORD.search(text):
            text = self._en.sub(lambda m: m["lead"] + m["head"], text)
        if self._zh is not None and not text.isascii():
            text = self._zh.sub(lambda m: m["head"] or "机器", text)
            if "机器器" in text:  # "这台刷卡机器": the word map's 刷卡机 -> 机器, then its own 器
                text = text.replace("机器器", "机器")
        return text


# dlg62: where a clause ends, as one rule for every reader. Merchants end a clause with
# punctuation (, 。 ! ? ; 、 ~ …), a dash set apart (" - ", "—"), an emoji, a sentence's dot or
# comma (not a number's, "3.5", "3,400"), or a line break. fuzzy_key turns these into spaces, so a phrase's gap ("only…
# tap") and a negation ("no, the router is fine") reached across them; clause_key keeps them as
# CLAUSE_STOP, in place of the space that stands for them (same length, same positions as
# fuzzy_key: a hit found on one is at its place on the other). A message without any mark
# (busy typists: "only chip fails tap ok") is as before.
CLAUSE_STOP = "\x1f"
# One clause mark, in a text as typed or prepared, or a clause key's stop: what every clause
# splitter uses (observations.split_clauses, the interpreter's clause readers).
CLAUSE_MARK = re.compile("[，。!！?？;；、~～…\n—–\x1f\u2600-\u27bf\U0001f000-\U0001faff]"
                         r"|(?<![0-9])[.,]|[.,](?![0-9])|(?<=\s)-(?=\s)|-{2,}")
_CLAUSE_HINT = re.compile("[,，。.!！?？;；、~～…\n—–\\-\u2600-\u27bf\U0001f000-\U0001faff]")
# An English turn opens a clause of its own ("only chip fails but tap is fine"); "while" and
# "and" do not here ("declined only while tapping", "tap and chip both fail").
_EN_TURN = re.compile(r"(?<=[a-z0-9]) (?=(?:but|though|although|however|whereas)\b)")


def _marks_clause(norm: str, m: re.Match) -> bool:
    """A run of punctuation has a clause mark (a sentence's dot, not a number's "3.5"; a dash
    set apart, not "e-wallet")."""
    mark = CLAUSE_MARK.search(norm, m.start())
    return mark is not None and mark.start() < m.end()


@lru_cache(maxsize=4096)
def clause_key(text: str) -> str:
    """fuzzy_key(text) with CLAUSE_STOP where a clause ends (see above)."""
    key = fuzzy_key(text)
    if not _CLAUSE_HINT.search(text) and " " not in key:
        return key
    # (a line break ends a clause, but normalise makes it a space: read as a semicolon)
    norm = normalise(text.replace("\n", " ; ") if "\n" in text else text)
    out, pos = [], 0
    for m in _PUNCT.finditer(norm):
        out.append(norm[pos:m.start()])
        out.append(CLAUSE_STOP if _marks_clause(norm, m) else " ")
        pos = m.end()
    out.append(norm[pos:])
    marked = _EN_TURN.sub(CLAUSE_STOP, "".join(out).strip(" " + CLAUSE_STOP))
    # (were normalise to read the two differently, the plain key: never a wrong position)
    return marked if marked.replace(CLAUSE_STOP, " ") == key else key
