"""Turning text into weighted features for matching merchants' words to the knowledge base.

Chinese has no spaces, so Chinese runs become character bigrams (and unigrams at half
weight, so a two-character message still matches); English becomes words with light
stemming. English words the knowledge base does not know are corrected to the nearest
known word with rapidfuzz ("termnal" -> "terminal", "printr" -> "printer"), so typos
cost little. Chinese is corrected the same way by sound: merchants type with pinyin input
methods, so a character pair the knowledge base does not know is read as a known pair that
sounds the same (余额不组 -> 不足, 网落 -> 网络, 打映 -> 打印, with the usual fuzzy-pinyin
confusions zh/z, ing/in, n/l), and a message typed in pinyin ("pingmu hei le") becomes the
character pairs it sounds like. Known text keeps its features exactly, so sound only ever
adds a match. Weights are inverse document frequencies over knowledge-base targets.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from functools import lru_cache

from rapidfuzz import fuzz, process

from knowledge.pinyin import readings, split_in_two, split_syllables

_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[a-z][a-z']+")
_LETTERS = re.compile(r"[a-z]+")
STOP_WORDS = frozenset(
    "a an the is are was were be been being it its it's this that these those to of in on at for "
    "with and or but my our your i i'm im we you he she they me him her them do does did have has "
    "had can could will would should please what how why when where which who there here just so "
    "very really too also then than now get got keep keeps kept say says said show shows showing "
    "again any all some one after before from by as if about into out up down off over still even "
    "like know need want tried try time times today many since come everyone someone anyone "
    "everything something anything anymore".split()
)
# Nearly every fault is said with a negation ("won't print", "terminal wont turn on"). All
# spellings count as one word, "not", so IDF sees how common negation is: as separate rare
# words, "terminal wont print" matched "terminal wont turn on" better than "it won't print
# the slip".
NEGATIONS = frozenset(
    "not no dont doesnt wont cant cannot isnt didnt wasnt arent never nothing "
    "don't doesn't won't can't isn't didn't wasn't aren't".split()
)
STOP_CHARS = frozenset("了的吗呢啊吧呀哦嘛么我你他她它们是在就也还又和与跟给这那个一些么啦")
UNIGRAM_WEIGHT = 0.5
# "Already" between a thing and its state (交易已满 for the screen's 交易满). Other adverbs
# (老, 都) were tried the same way: "刷卡老读不出" became 卡读, the pair of "SIM卡读不到".
ALREADY = re.compile("已经|已")
# Placeholders for numbers that are not codes (zzamount, zzphone: knowledge.matcher): they say
# what kind of detail was given, and should not outweigh the words around them.
PLACEHOLDER_WEIGHT = 0.5
TYPO_SCORE = 82  # rapidfuzz ratio needed to read an unknown English word as a known one
# Latin words are read as pinyin only when most of the message is pinyin ("pingmu hei le"),
# so that English such as "pin wrong" keeps its meaning.
PINYIN_SHARE = 0.6
# Fuzzy pinyin: the confusions pinyin input methods forgive (and merchants make).
_FUZZY_SOUND = [(re.compile(p), r) for p, r in (
    (r"^([zcs])h", r"\1"), (r"^n(?=[aeiou])", "l"), (r"([aei])ng$", r"\1n"),
)]


@lru_cache(maxsize=None)
def _sound(syllable: str) -> str:
    for pattern, repl in _FUZZY_SOUND:
        syllable = pattern.sub(repl, syllable)
    return syllable


def sound(syllable: str) -> str:
    """A typed syllable as the fuzzy sound it is compared by (zh/z, n/l, ang/an alike)."""
    return _sound(syllable)


@lru_cache(maxsize=None)
def sounds(ch: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_sound(r) for r in readings(ch)))


def typed_pinyin(text: str) -> list[tuple[str, tuple[str, ...]]] | None:
    """(word, syllables) of a message typed in pinyin ("shuaka meiyou" -> shua ka, mei you),
    or None when the Latin words read as English."""
    words = _LETTERS.findall(text)  # one-letter syllables too: "yu e bu zu"
    if not words:
        return None
    split = [(w, None if w in STOP_WORDS or w in NEGATIONS else split_syllables(w)) for w in words]
    pinyin = [(w, s) for w, s in split if s]
    if len(pinyin) < PINYIN_SHARE * len(words) or sum(len(s) for _, s in pinyin) < 2:
        return None
    # In a pinyin message, English function words that are syllables too are syllables: "shen
    # me" is 什么, "mei you" 没有, "a" a particle (their places kept, so pairs stay neighbours).
    return [(w, s or split_syllables(w)) for w, s in split if s or w in STOP_WORDS and split_syllables(w)]


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """A light English stem: one inflection off (-es only after a hissing sound: boxes, but
    sales -> sale) and the final e of a longer word, so that settle/settled, decline/declined,
    swipe/swiping, sale/sales and code/codes are one word each. Short words keep their e
    ("cute" is not "cut"). Nouns in -ion stay apart from their verbs: "no connection" read as
    "connect" matched the one content word of "keeps connecting then times out". (Snowball's
    stemmer was tried: it cuts deeper, terminal -> termin, and typos then corrected to the
    wrong known word, termnal -> thermal.)"""
    if len(word) >= 7 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) >= 6 and word.endswith("ed"):  # keyed stays apart from key
        word = word[:-2]
    elif len(word) >= 5 and word.endswith("es") and word[-3] in "sxzh":
        word = word[:-2]
    elif len(word) >= 5 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if len(word) >= 5 and word.endswith("e"):
        word = word[:-1]
    return word


def raw_features(text: str) -> dict[str, float]:
    """Feature -> multiplicity weight, before IDF (text is already normalised)."""
    feats: dict[str, float] = defaultdict(float)
    for run in _CJK_RUN.findall(text):
        # each character, then the pair it begins: the order the features are summed in
        for ch, after in zip(run, run[1:]):
            if ch not in STOP_CHARS:
                feats[ch] = UNIGRAM_WEIGHT
                feats[ch + after] = 1.0
            elif after not in STOP_CHARS:
                feats[ch + after] = 1.0
        if run[-1] not in STOP_CHARS:
            feats[run[-1]] = UNIGRAM_WEIGHT
    for word in _WORD.findall(text):
        if word in NEGATIONS:
            feats["w:not"] = 1.0
        elif word.startswith("zz"):
            feats["w:" + word] = PLACEHOLDER_WEIGHT
        elif word not in STOP_WORDS:
            feats["w:" + _stem(word)] = 1.0
    return feats


class FeatureSpace:
    """IDF weights learnt from the knowledge base, and typo correction for queries."""

    def __init__(self, documents: list[tuple[str, dict[str, float]]]):
        """documents: (target key, raw features) for every knowledge-base text."""
        df: dict[str, set[str]] = defaultdict(set)
        for target, feats in documents:
            for f in feats:
                df[f].add(target)
        targets = {t for t, _ in documents}
        n = max(1, len(targets))
        self.idf = {f: math.log(1 + n / len(ts)) for f, ts in df.items()}
        ordered = sorted(self.idf.values())
        self.median_idf = ordered[len(ordered) // 2] if ordered else 1.0
        self.vocabulary = sorted(f[2:] for f in self.idf if f.startswith("w:"))
        self._known = set(self.vocabulary)
        self._correct = lru_cache(maxsize=8192)(self._correct_uncached)
        # A pair's repair depends on the pair alone, and the same unknown pairs come back
        # (two words meeting: 一刷, 就说): remembered like the typo corrections.
        self._sounds_like = lru_cache(maxsize=8192)(self._sounds_like)
        # Known character pairs by how they sound; the pair in most targets first.
        by_sound: dict[str, list[str]] = defaultdict(list)
        for f in sorted(self.idf, key=self.idf.get):
            if len(f) == 2 and _CJK_RUN.fullmatch(f):
                for a in sounds(f[0]):
                    for b in sounds(f[1]):
                        by_sound[f"{a} {b}"].append(f)
        self._by_sound = {key: pairs[0] for key, pairs in by_sound.items()}
        # For a homophone repair: per sound, the first informative known pair (most targets
        # first) with a given first character, and with a given second character, with its
        # place in that order; the repair of an unknown pair is the earlier of the two
        # (`_sounds_like`), found without walking the pairs of a common sound.
        self._repairs: dict[str, tuple[dict[str, tuple[int, str]], dict[str, tuple[int, str]]]] = {}
        for key, pairs in by_sound.items():
            firsts: dict[str, tuple[int, str]] = {}
            seconds: dict[str, tuple[int, str]] = {}
            for place, pair in enumerate(pairs):
                if self._informative(pair):
                    firsts.setdefault(pair[0], (place, pair))
                    seconds.setdefault(pair[1], (place, pair))
            if firsts:
                self._repairs[key] = (firsts, seconds)

    def knows(self, word: str) -> bool:
        """An English word (lower case) the knowledge base's phrasings use, by its stem."""
        return _stem(word) in self._known

    def _correct_uncached(self, stem: str) -> str | None:
        if len(stem) < 5:  # a four-letter word one letter off is another word: cute, cut
            return None
        best = process.extractOne(stem, self.vocabulary, scorer=fuzz.ratio, score_cutoff=TYPO_SCORE)
        return best[0] if best else None

    def weigh(self, feats: dict[str, float]) -> dict[str, float]:
        idf = self.idf
        return {f: m * idf[f] for f, m in feats.items() if f in idf}

    def _sounds_like(self, pair: str) -> str | None:
        """A known character pair that sounds like an unknown one and differs from it in one
        character (不组 -> 不足): a wrong pick from the input method's list. Both characters
        different would be guessing, since many unknown pairs are just two words meeting."""
        first, second = pair[0], pair[1]
        for a in sounds(first):
            for b in sounds(second):
                repairs = self._repairs.get(f"{a} {b}")
                if repairs is not None:
                    same_first, same_second = repairs[0].get(first), repairs[1].get(second)
                    if same_first is not None or same_second is not None:
                        return min(same_first or same_second, same_second or same_first)[1]
        return None

    def _informative(self, pair: str) -> bool:
        """A repair worth guessing: no function word in the pair. 的事 sounds like 的时 and
        店的 like 点的, but reading "楼上那家店的事" as "...的时候" (a symptom's "when ...")
        turns small talk into a fault; the function word says nothing about the fault."""
        return pair[0] not in STOP_CHARS and pair[1] not in STOP_CHARS

    def query(self, text: str, raw: dict[str, float] | None = None
              ) -> tuple[dict[str, float], float, frozenset[str]]:
        """Weighted features of a merchant's message, English typos and Chinese homophones
        corrected, pinyin read as the characters it sounds like; the message's mass; and the
        features that are guesses.

        A homophone guess may add a match but never dilutes the message: most unknown pairs
        are two words meeting (有钱 -> 前的 is a wrong guess), so guessed pairs are left out
        of the mass that "share of the message explained" is measured against (the matcher
        adds a guess to it only for the entries the guess matched). `raw`: the text's
        raw_features, when the caller has them already (they are not changed)."""
        feats = raw_features(text) if raw is None else raw
        fixed: dict[str, float] = {}
        guessed: set[str] = set()
        typed = typed_pinyin(text)
        if typed:
            self._read_pinyin(typed, fixed, guessed)
            pinyin_words = {"w:" + _stem(w) for w, _ in typed}
            feats = {f: m for f, m in feats.items() if f not in pinyin_words}
        idf = self.idf
        for f, m in feats.items():
            if f not in idf:  # a known feature (most of them) is kept as it is
                if f.startswith("w:"):
                    corrected = self._correct(f[2:])
                    if corrected:
                        f = "w:" + corrected
                elif len(f) == 2 and _CJK_RUN.fullmatch(f):
                    known = self._sounds_like(f)
                    if known:
                        guessed.update(self._add_pair(fixed, known))
                        continue
            before = fixed.get(f)
            if before is None or m > before:
                fixed[f] = m
        for run in _CJK_RUN.findall(text):
            if ALREADY.search(run):
                # a state said with "already" (交易已满, 卡已经过期): the pairs it hides, when
                # the knowledge base knows them (易满), are guesses like a homophone's
                bare = ALREADY.sub("", run)
                for a, c in zip(bare, bare[1:]):
                    if a + c not in fixed and a + c in self.idf and self._informative(a + c):
                        guessed.update(self._add_pair(fixed, a + c))
        weights = self.weigh(fixed)
        mass = sum(w for f, w in weights.items() if f not in guessed) if guessed else sum(weights.values())
        return weights, mass, frozenset(guessed)

    def _read_pinyin(self, typed: list, fixed: dict[str, float], guessed: set[str]) -> None:
        """Character pairs a pinyin message sounds like. Pairs inside one typed word
        ("wangluo" -> 网络) are the message; pairs across words and other splits of a syllable
        ("yue" as yu + e: 余额) are guesses that may match but do not dilute it."""
        # (syllable, whether a word begins with it and the pair before it is a guess): between
        # two words of one syllable each ("ji qi kai bu liao") the space parts syllables, not
        # words, so the pair across is the message
        flat, before = [], 0
        for _, syllables in typed:
            for i, syl in enumerate(syllables):
                flat.append((syl, i == 0 and (before > 1 or len(syllables) > 1)))
            before = len(syllables)

        def add(a: str, b: str, guess: bool) -> None:
            pair = self._by_sound.get(f"{_sound(a)} {_sound(b)}")
            if pair:
                new = self._add_pair(fixed, pair)
                if guess:
                    guessed.update(new)

        for n, (syllable, _) in enumerate(flat):
            following = flat[n + 1] if n + 1 < len(flat) else None
            if following:
                add(syllable, following[0], guess=following[1])  # across words: a guess
            halves = split_in_two(syllable)
            if halves:
                add(*halves, guess=True)
                if following:
                    add(halves[1], following[0], guess=True)
                if n:
                    add(flat[n - 1][0], halves[0], guess=True)

    @staticmethod
    def _add_pair(feats: dict[str, float], pair: str) -> list[str]:
        """A character pair with its unigrams, as raw_features would have given them; the
        features that were new."""
        new = [f for f in (pair, *pair) if f not in feats and f not in STOP_CHARS]
        feats[pair] = 1.0
        for ch in pair:
            if ch not in STOP_CHARS:
                feats[ch] = max(feats.get(ch, 0.0), UNIGRAM_WEIGHT)
        return new
