"""Finding known phrases inside a merchant's message, negation-aware.

Used for observations ("只有插卡不行", "only in the afternoon"), the typed words of answers and
fixes, and the dialog's outcome words. A phrase is found as a substring of the normalised
message (knowledge.text.fuzzy_key: traditional -> simplified, lower case, no punctuation);
Latin phrases only at word boundaries ("hot" is not inside "shot"); "换…路由器" allows a few
characters where the mark stands ("换了新的路由器"). Longer phrases win over the
shorter ones inside them. A negation just before a phrase ("不是wifi", "没扣钱", "not on wifi")
marks the hit as negated; inside an A-not-A question ("扣没扣钱", "有没有升级") it is no statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Generic, Iterable, TypeVar

from knowledge.loader import KnowledgeBase
from knowledge.schema import Negations, PatternTerm, parse_pattern
from knowledge.text import CLAUSE_MARK, CLAUSE_STOP, clause_key, fuzzy_key, has_cjk

T = TypeVar("T")

# Default negation words, for finders built without a knowledge base (tests, tools).
DEFAULT_NEGATIONS = Negations(zh=["不是", "不", "没有", "没"], en=["not", "no", "never", "t"])
# How far back (characters) a Chinese negation may stand before the phrase.
_ZH_WINDOW = 6
_EN_WINDOW = 4  # words
CACHE_SIZE = 2048  # messages whose hits are remembered
# A phrasing "换…路由器" allows up to GAP characters where the mark stands.
GAP_MARK = "…"
# Negations that, inside a phrase's gap, turn the phrase round.
# (English contractions by their stems: "payment", "amount", "different" end in nt too)
_GAP_NEGATION = re.compile(r"[不没未]|\bnot\b|\bno\b|\bnever\b|\bcannot\b"
                           r"|\b(?:don|doesn|didn|isn|wasn|aren|weren|can|couldn|won|wouldn|shouldn"
                           r"|hasn|haven|hadn|ain) ?t\b")
GAP = 5


def _negates_gap(gap: str) -> bool:
    """A negation inside a phrase's gap turns the phrase round: in English anywhere ("now
    payment not working"), in Chinese only near the gap's end (its last three characters)
    ("现在还是刷不到了"; "现在不用重启也好了" is fine without a restart)."""
    latin = re.sub(r"[^a-z ]", " ", gap)
    if re.search(r"[a-z]", latin) and _GAP_NEGATION.search(latin):
        return True
    han = re.sub(r"[^\u3400-\u9fff]", "", gap)
    return bool(han) and _GAP_NEGATION.search(han[-3:]) is not None


LATIN_GAP = 20  # "changed the old router", "only happens when i insert"

# dlg64: a wish inside a phrase's gap ("tourists want to pay with card", "外国游客想刷卡", "游客要刷卡"): what
# follows is wished for, not told ("tourist…card" is no tourist's card that fails). Phrases of
# requests (a person asked for) are wishes by nature and keep their gaps.
_GAP_WISH = re.compile(r"\b(?:want|wants|wanted|wanna|wish|wishes|would like|d like)\b|想|要(?=[刷碌用付拍插挥买])")


def _wished_gap(gap: str) -> bool:
    return _GAP_WISH.search(gap) is not None


@dataclass(frozen=True)
class Hit(Generic[T]):
    target: T
    phrase: str
    start: int
    negated: bool


class Negation:
    """Decides whether the text just before a position negates what follows."""

    def __init__(self, negations: Negations | None, answering_no: bool = False):
        # answering_no (the facts' reader, dlg75): a bare "no" opening the reply before a subject
        # answers what was asked ("nope its on a sim"); the dialog's outcome words keep their reading
        self._answering_no = answering_no
        negations = negations or DEFAULT_NEGATIONS
        zh = sorted((fuzzy_key(w) for w in negations.zh if w.strip()), key=len, reverse=True)
        between = sorted((re.escape(fuzzy_key(w)) for w in negations.zh_between if w.strip()),
                         key=len, reverse=True)
        filler = f"(?:{'|'.join(between)})*" if between else ""
        # "不是用wifi": a negation, then at most a few filler words, then the phrase.
        self._zh = re.compile(f"(?:{'|'.join(map(re.escape, zh))}){filler} ?$")
        self._en = {fuzzy_key(w) for w in negations.en}
        self._en_between = {fuzzy_key(w) for w in negations.en_between}
        denied = sorted({fuzzy_key(w) for w in negations.trouble_denied if w.strip()}, key=len, reverse=True)
        self._trouble_denied = re.compile("|".join(
            rf"\b{re.escape(w)}\b" if _is_latin(w[0]) else re.escape(w) for w in denied)) if denied else None

    def negates_gap(self, gap: str) -> bool:
        """A negation inside a phrase's gap turns the phrase round ("now payment not
        working"), unless it only denies trouble ("works no problem now": the gap's "no"
        belongs to "problem")."""
        if self._trouble_denied is not None:
            gap = self._trouble_denied.sub(" ", gap)
        return _negates_gap(gap)

    def cut_off(self, span: str) -> bool:
        """A listed phrase's words across a clause stop, the words before it a negation only
        ("no, sim is fine" has no "no sim"; "beep, pau" is still "beep pau")."""
        head, stop, _ = span.partition(CLAUSE_STOP)
        if not stop:
            return False
        head = head.strip()
        words = head.split()
        return bool(words) and (all(w in self._en for w in words) or self._zh.fullmatch(head) is not None)

    def is_negation(self, word: str) -> bool:
        """An English negation word ("not", "didnt")."""
        return word in self._en

    def may_stand_between(self, word: str) -> bool:
        """An English word that may stand between a negation and what it negates ("the")."""
        return word in self._en_between

    def before(self, key: str, start: int) -> bool:
        """Whether a negation just before `start` negates what follows: within its clause
        (clause_key's stops: "no, the router is fine", "没有，网络正常" negate nothing)."""
        rest = key[start:].partition(CLAUSE_STOP)[0]  # what follows, in the clause (kept before the cut)
        head = key[max(0, start - _ZH_WINDOW):start]
        if CLAUSE_STOP in key:
            head = head.rpartition(CLAUSE_STOP)[2]
            key = key[key.rfind(CLAUSE_STOP, 0, start) + 1:start]
            start = len(key)
        if "不过" in head or "但" in head or "可是" in head:
            # a turn opening a clause is no negation: "没改过东西，不过升级之后就开始" (but since
            # the update), not "不…升级"; "刷不过" (a result not reached) opens nothing
            turn = _ZH_TURN_OPENS.search(key, 0, start)
            if turn:
                head = turn.group(1)
        if head and self._zh.search(head):
            return True
        words = key[:start].split()[-_EN_WINDOW:]
        after = rest.split()
        for n, word in enumerate(reversed(words)):
            if word in self._en:
                # dlg75: a bare "no" opening the reply, then a subject ("nope its on a sim", "no we
                # use the wifi"): the "no" answers what was asked; the statement after it stands
                following = (words[len(words) - n:] + after)[:1]
                return not (self._answering_no and word in _ANSWER_NO and n == len(key[:start].split()) - 1
                            and following and following[0] in _SUBJECTS)
            if word not in self._en_between:
                return False
        return False


# dlg75: a "no" that answers when it opens the reply before a subject (Negation.before)
_ANSWER_NO = frozenset("no nope nah nop naw".split())
# lead34: a quantifier or a "now" after it too ("nah every card does it now", "no all of them now"):
# English negates a quantifier with "not" ("not every card"), never with a bare "no"
_SUBJECTS = frozenset("it its we i they he she this that thats mine ours every all each both now".split())
# A Chinese turn at a clause's start (the text's start, a stop or a space before it): what follows
# it, up to the phrase, is all a negation may stand in (dlg62).
_ZH_TURN_OPENS = re.compile(f"(?:^|[ {CLAUSE_STOP}])(?:不过|但是|可是|但)([^ {CLAUSE_STOP}]*)$")
# "扣没扣钱", "有没有升级", "是不是wifi": an A-not-A question states nothing.
_A_NOT_A = re.compile(r"(.)[不没]\1$")
_A_NOT_A_ANYWHERE = re.compile(r"(.)[不没]\1")
# Words whose last character an A-not-A doubles: in "现在不在店里" (not in the shop now), "还是
# 不是很好" or "银行不行" the first character belongs to the word before, and nothing is asked.
_WORD_ENDING_IN_A = frozenset("现在 正在 实在 存在 好在 所在 还是 就是 但是 可是 只是 要是 总是 老是 "
                              "于是 都是 真是 也是 倒是 还有 所有 只有 就有 都有 也有 没有 还会 也会 "
                              "才会 只会 可能 只能 也能 才能 还能 银行 也行 还好 刚好 正好 最好 只好 "
                              "也好 用过 刚过 没过".split())


def a_not_a(key: str) -> list[re.Match]:
    """The A-not-A questions in a prepared text ("那到底扣没扣", "有没有"), not a word's last
    character met by a negation ("现在不在店里")."""
    return [m for m in _A_NOT_A_ANYWHERE.finditer(key)
            if key[max(0, m.start() - 1):m.start() + 1] not in _WORD_ENDING_IN_A]


# "扣了没有", "好了没": a done-or-not question right after the phrase; dlg68: also with its object
# between ("扣了钱没有", Cantonese "扣咗錢未" made "扣了钱未") and with 吗 ("扣钱了吗")
_DONE_OR_NOT = re.compile(r" ?[^\s，,。？?!！]{0,2}?(?:没有?|未|吗)(?:$|[ ，,。？?吗呢啊呀])")


# "customer asking if he was charged", "not sure whether it updated": an indirect question.
_ASKS_IF = re.compile(r"(?:\b(?:ask(?:ing|s|ed)?|wonder(?:ing|s)?|know|sure|check(?:ing)?|see)\s+if"
                      r"|\bwhether)\b[^,.;!?\x1f]*$")


def _asks(key: str, start: int, phrase: str) -> bool:
    if phrase[0] in "不没" and len(phrase) > 1 and start > 0 and key[start - 1] == phrase[1] \
            and key[max(0, start - 2):start] not in _WORD_ENDING_IN_A:
        return True
    if _is_latin(phrase[0]) and _ASKS_IF.search(key, 0, start):
        return True
    if phrase.endswith("了") and _DONE_OR_NOT.match(key, start + len(phrase)):
        return True
    window = key[max(0, start - 4):start]
    found = _A_NOT_A.search(window)
    return found is not None and window[max(0, found.start() - 1):found.start() + 1] not in _WORD_ENDING_IN_A


# "能不能帮我派人", "可不可以转人工": an A-not-A a few characters before a request.
_REQUEST_WINDOW = 6


def _requested(key: str, start: int) -> bool:
    return re.search(r"(.)[不没]\1", key[max(0, start - _REQUEST_WINDOW):start]) is not None


def _with_long_negation(key: str, plurals: bool = True) -> list[str]:
    """A Chinese phrase with "没" also as "没有" ("没分别" / "没有分别", "没再报" / "没有再报"):
    merchants write either, and a list need not spell both. An English phrase also with its
    plurals dropped ("all cards" / "all card same", "it works" / "it work already"): many
    merchants write English without them."""
    if not key:
        return []
    variants = [key]
    if "没" in key and not key.isascii():
        variants.append(re.sub("没(?!有)", "没有", key))
    if plurals and _PLURAL.search(key):
        variants.append(_PLURAL.sub(r"\1", key))
    return list(dict.fromkeys(variants))


# An English word's plural -s (the word without it at least four letters, not "-ss").
_PLURAL = re.compile(r"\b([a-z]{3,}[^s\W])s\b")


def _remembered(cache: dict, text: str, read: Callable):
    """read(text), remembered for the last CACHE_SIZE texts or so."""
    out = cache.get(text)
    if out is None:
        if len(cache) >= CACHE_SIZE:
            cache.clear()
        out = cache[text] = read(text)
    return out


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


# A Latin letter or digit after another (_is_latin both): inside an English word or a number.
_LATIN_INSIDE = re.compile(r"(?<=[0-9A-Za-z])[0-9A-Za-z]")
# dlg102: a number a phrase ends with that goes on past a separator ("with 00-20000", keyed as the
# code 0020000, reads "with 00 20000"): a longer number (a code), not the "00" the phrase means
_NUMBER_GOES_ON = re.compile(r" ?\d{3}")


@lru_cache(maxsize=4096)
def _inside_latin_words(key: str) -> frozenset[int]:
    """Positions of a key inside an English word (no phrase starts there), found by one scan:
    every finder of the dialog reads the same message."""
    return frozenset(m.start() for m in _LATIN_INSIDE.finditer(key))


class PhraseFinder(Generic[T]):
    """Every known phrase found in a message, each text position used by one phrase."""

    def __init__(self, phrases: Iterable[tuple[str, T]], negation: Negation,
                 prepare: Callable[[str], str] = str, requests: bool = False,
                 plurals: bool = True):
        """`prepare` rewrites each phrase as messages are rewritten before `find` (the
        recogniser's word map), so both sides read the same words. With `requests` the phrases
        are things asked for: an A-not-A just before one ("能不能派人来", "可不可以转人工") is a
        polite request, neither a question to drop nor a negation. Without `plurals` an
        English phrase is not also found without its plural ("others" is not "other")."""
        self.requests = requests
        entries: dict[str, T] = {}
        # "换…路由器": the two parts with at most GAP characters between them.
        self.gapped: list[tuple[re.Pattern, T]] = []
        # each gapped phrase's parts: a message without every one of them is not scanned for it
        # (hundreds of patterns; a substring test costs a fraction of a regex scan)
        self._gapped_parts: list[tuple[str, ...]] = []
        # each gapped phrase's first part (found again inside a gap, the nearer one binds)
        self._gapped_first: list[str] = []
        for phrase, target in phrases:
            if GAP_MARK in phrase:
                literal = [fuzzy_key(prepare(p)) for p in phrase.split(GAP_MARK)]
                parts = [re.escape(p) for p in literal]
                latin = phrase.isascii() or not any(map(has_cjk, phrase))
                # A gap stays inside its clause (dlg62: "only when the card goes in, tap is fine"
                # is no "only…tap"); a Chinese gap also inside its words: "只有挥卡不行 插卡没问题"
                # is not "只有…插卡". (A message without marks: a Latin gap still crosses words.)
                gap = (f"([^{CLAUSE_STOP}。]{{0,{LATIN_GAP}}}?)" if latin
                       else f"([^ {CLAUSE_STOP}。]{{0,{GAP}}}?)")
                self.gapped.append((re.compile(gap.join(parts)), target))
                self._gapped_parts.append(tuple(literal))
                self._gapped_first.append(literal[0])
                continue
            key = fuzzy_key(prepare(phrase))
            for variant in _with_long_negation(key, plurals):
                entries.setdefault(variant, target)
        # Phrases by their first character: a message is scanned once, position by position,
        # trying only the phrases that can start there (a thousand phrases, short messages).
        self.by_first: dict[str, list[tuple[str, T]]] = {}
        for key, target in sorted(entries.items(), key=lambda e: -len(e[0])):
            self.by_first.setdefault(key[0], []).append((key, target))
        # ... and by their length, longest first: at a position, one look-up per length (one
        # phrase of each length can start there) instead of a test of every phrase.
        self._by_length: dict[str, list[tuple[int, dict[str, T]]]] = {}
        for first, found in self.by_first.items():
            sizes: dict[int, dict[str, T]] = {}
            for key, target in found:
                sizes.setdefault(len(key), {})[key] = target
            self._by_length[first] = list(sizes.items())  # (longest first, as by_first)
        # ... and by the first character of their first part: a message is tried against the
        # gapped patterns whose character it has (in their order), not against all of them
        # (the observations' 242: testing each one's parts was half of a find).
        self._gapped_at: dict[str, list[int]] = {}
        self._gapped_always: list[int] = []  # (a pattern of empty parts only: tried always)
        for n, parts in enumerate(self._gapped_parts):
            first = next((part for part in parts if part), "")
            if first:
                self._gapped_at.setdefault(first[0], []).append(n)
            else:
                self._gapped_always.append(n)
        self.negation = negation
        self._cache: dict[str, list[Hit[T]]] = {}

    def listed(self, phrase: str) -> bool:
        """A phrase found as listed, not through a gap ("下午…报")."""
        return any(phrase in phrases for size, phrases in self._by_length.get(phrase[:1], ())
                   if size == len(phrase))

    def says(self, text: str) -> bool:
        """Some phrase of the finder is in the text and not negated: the question most
        readings ask ("does the merchant say they can't reach it?")."""
        return any(not hit.negated for hit in self.find(text))

    def find(self, text: str) -> list[Hit[T]]:
        """Hits in text order (cached: a turn reads the same message several times)."""
        return _remembered(self._cache, text, self._find)

    def _find(self, text: str) -> list[Hit[T]]:
        # the key with its clause stops: no phrase, gap or negation reaches across one (dlg62)
        key = clause_key(text)
        found = []
        by_length = self._by_length
        inside = _inside_latin_words(key)
        marked = CLAUSE_STOP in key
        unmarked = key.replace(CLAUSE_STOP, " ") if marked else key
        for start, ch in enumerate(key):
            lengths = by_length.get(ch)
            if lengths is None or start in inside:
                continue  # no phrase starts so, or inside an English word (see `bounded`)
            for size, phrases in lengths:
                phrase = unmarked[start:start + size]
                if phrase in phrases:
                    if marked and self.negation.cut_off(key[start:start + size]):
                        continue  # "no, sim is fine" is no "no sim": the negation is a clause's
                    found.append((start, phrase, phrases[phrase], False))
        at = self._gapped_at
        tried = [n for ch in at.keys() & set(key) for n in at[ch]] if at else []
        for n in sorted(tried + self._gapped_always):
            (pattern, target), parts = self.gapped[n], self._gapped_parts[n]
            if not all(map(key.__contains__, parts)):
                continue
            for match in pattern.finditer(key):
                again = (match.group(1) or "").rfind(self._gapped_first[n]) if match.groups() else -1
                if again >= 0 and (nearer := pattern.match(key, match.start(1) + again)):
                    # "tap no. we tap on the bottom": the first part again inside the gap binds
                    # the nearer one ("tap on the bottom"), not the negated stretch before it (dlg32)
                    match = nearer
                if any(g and a_not_a(g) for g in match.groups()):
                    continue  # "隔壁是不是也这样": asked about, not said
                if not self.requests and any(g and _wished_gap(g) for g in match.groups()):
                    continue  # dlg64: "tourists want to pay with card": wished for, not told
                # "现在还是刷不到了" is not "现在…到了": a negation inside the gap turns it round
                # (that match only: "升级请不断电" listed whole is no "升级…断电" negated).
                found.append((match.start(), match.group(), target,
                              any(self.negation.negates_gap(g) for g in match.groups() if g)))
        # Longer phrases first; each text position belongs to one phrase.
        found.sort(key=lambda f: (-len(f[1]), f[0]))
        taken = [False] * len(key)
        hits: list[Hit[T]] = []
        for start, phrase, target, gap_negated in found:
            end = start + len(phrase)
            if _is_latin(phrase[-1]) and key[end:end + 1] == "s" and not _is_latin(
                    key[end + 1:end + 2] or " "):
                end += 1  # a plural: "afternoons", "cards"
            bounded = not (_is_latin(phrase[0]) and start > 0 and _is_latin(key[start - 1])) \
                and not (_is_latin(phrase[-1]) and end < len(key) and _is_latin(key[end])) \
                and not (phrase[-1].isdigit() and _NUMBER_GOES_ON.match(key, end))
            if bounded and not any(taken[start:end]) and (
                    self.requests or not _asks(key, start, phrase)):
                taken[start:end] = [True] * (end - start)
                negated = (self.negation.before(key, start) and not (
                    self.requests and _requested(key, start))) or gap_negated
                hits.append(Hit(target, phrase, start, negated))
        return sorted(hits, key=lambda h: h.start)


# Clauses: merchants separate them with punctuation, turns ("但是", "可是", "but", "though")
# and, in Chinese, spaces ("插卡不行 刷磁条可以"). "倒" ("芯片倒可以") opens no clause: the
# unit before it is the clause's subject. "and now" turns a story to how it is now ("it
# restart by itself and now payment accepted": the restart was the update's, the sale is now).
# (dlg62: the marks are text.CLAUSE_MARK, the one rule of a clause's end)
_CLAUSE_BREAK = re.compile(
    rf"(?:{CLAUSE_MARK.pattern})+|\b(?:but|while|though|although|however|whereas|and now)\b|但是|可是|不过|但")
_HAN = re.compile(r"[\u3400-\u9fff]")
# What may follow a clause-closing word and still close the clause: the code it shows
# ("成日出0020000", "出 a0").
_ONLY_CODE = re.compile(r"\s*(?=[0-9a-z]*[0-9])[0-9a-z]{2,8}\s*")
# ... and what a "#" word needs right after it: a code (a run with a digit in it).
_CODE_NEXT = re.compile(r"\s*(?=[0-9a-z]*[0-9])[0-9a-z]{2,8}(?![0-9a-z])")
# A clause this short with no outcome is an item of a list ("刷卡 插卡都不行"); a longer one
# says something of its own ("早上冲完地机器总是弹0020000 中午又没事" is not "fine mornings").
LIST_ITEM_CHARS = 4
# How often it was tried, beside a predicate ("刷了很多次都不行"): still a bare predicate (merge
# of round 16: rec29's 碌极都 -> 刷了好多次都 had hidden dlg43's "些鬼佬的卡 碌极都唔得")
_HOW_OFTEN = frozenset({"many"})


def split_clauses(text: str, questions: bool = True) -> list[str]:
    """A message's clauses (text as typed or prepared, punctuation still in it); with
    `questions`, a clause that asks keeps its question mark."""
    return [clause for clause, _ in _pieces(text, questions)]


def _pieces(text: str, questions: bool = True) -> list[tuple[str, bool]]:
    """Clauses, each with whether only a space (in Chinese, a comma typed as a space) parts
    it from the next one."""
    out: list[tuple[str, bool]] = []
    at = 0
    for brk in [*_CLAUSE_BREAK.finditer(text), None]:
        part = text[at:brk.start() if brk else len(text)]
        asks = questions and brk is not None and ("?" in brk.group() or "？" in brk.group())
        pieces = [p for p in (part.split() if _HAN.search(part) else [part]) if p.strip()]
        if asks and pieces:
            pieces[-1] += "?"
        out += [(p.strip(), k < len(pieces) - 1) for k, p in enumerate(pieces)]
        at = brk.end() if brk else len(text)
    return out


@dataclass(frozen=True)
class Unit:
    """A concept said in a clause, with the outcome the clause says of it (or None)."""

    concept: str
    outcome: str | None


class ConceptReader:
    """Observations read by structure: a message's clauses as meaning units (concepts.yaml),
    each unit with the outcome said of it in its own clause, matched against the observations'
    `patterns`. A wording in no list is read as long as its units are known."""

    def __init__(self, kb: KnowledgeBase, negation: Negation, prepare: Callable[[str], str] = str):
        self.kb = kb
        self.outcomes = {c.id for c in kb.concepts.values() if c.outcome}
        self.flipped = {c.id: c.negated for c in kb.concepts.values()}
        self.hiding = {c.id for c in kb.concepts.values() if c.hides}
        self.rivals = {c.id: set(c.rivals) for c in kb.concepts.values() if c.rivals}
        self.hiding_after = {c.id: c.hides_after for c in kb.concepts.values() if c.hides_after}
        self.asked = {c.id for c in kb.concepts.values() if c.asked}
        words = []
        for concept in kb.concepts.values():
            for word in (*concept.zh, *concept.en):
                # "出$": only at the end of its clause (or before the code it shows); "弹#": only
                # right before the code ("就弹0020000", "shows 0020000")
                final = "code" if word.endswith("#") else word.endswith("$")
                words.append((word.rstrip("$#"), (concept.id, final)))
        self.finder: PhraseFinder[tuple[str, bool]] = PhraseFinder(words, negation, prepare,
                                                                    plurals=False)
        # (observation, parts, the concept groups every one of which must be said at all).
        self.patterns = [(o.id, parts, [t.concepts for terms in parts for t in terms if not t.absent])
                         for o in kb.observations.values() for p in o.patterns
                         for parts in [parse_pattern(p)]]
        # The concepts some pattern needs: a clause holding none of them is not read further.
        # (a part that must not be said counts too: its clause must be read to be found)
        self.needed = {c for _, parts, _ in self.patterns for terms in parts for t in terms for c in t.concepts}
        # The patterns by the concepts of their first group (one of which must be said), so a
        # message is tried against the few that can hold, not all of them (in their order).
        self._by_first: dict[str, list[int]] = {}
        self._always = []  # (a pattern of no group holds whatever is said)
        for n, (_, _, groups) in enumerate(self.patterns):
            for concept in (groups[0] if groups else ()):
                self._by_first.setdefault(concept, []).append(n)
            if not groups:
                self._always.append(n)
        self._cache: dict[str, list[Unit]] = {}

    def begins_pattern(self, concept: str) -> bool:
        """Whether some pattern's first group names the concept: a subject a clause is about."""
        return concept in self._by_first

    def units(self, clause: str) -> list[Unit]:
        """The clause's units. A Chinese unit takes the first outcome after it ("插卡不行"),
        else the last before it ("fails when swiping"); a question states nothing."""
        return _remembered(self._cache, clause, self._units)

    def _units(self, clause: str) -> list[Unit]:
        key = fuzzy_key(clause)
        asks = clause.rstrip().endswith(("?", "？", "吗", "嘛")) or _A_NOT_A_ANYWHERE.search(key)
        hits = self.finder.find(clause)
        if asks and not any(h.target[0] in self.asked for h in hits):
            return []
        said: list[tuple[int, str, bool]] = []  # (start, concept, is outcome)
        end = len(key.rstrip())
        for hit in hits:
            concept, final = hit.target
            if asks and concept in self.outcomes:
                continue  # kb32: a question with an asked unit ("会延迟吗") says no outcome
            rest = key[hit.start + len(hit.phrase):end]
            if final == "code" and not _CODE_NEXT.match(rest):
                continue  # "弹#" only before the code it shows
            if final is True and hit.start + len(hit.phrase) < end and not _ONLY_CODE.fullmatch(rest):
                continue  # "出$" only closes a clause (or comes before the code: "总是出0020000")
            if hit.negated:
                concept = self.flipped.get(concept) if concept in self.outcomes else None
                if not concept:
                    continue  # "不是插卡": no chip said
            said.append((hit.start, concept, concept in self.outcomes))
        outcomes = [(start, c) for start, c, is_outcome in said if is_outcome]
        units = []
        for start, concept, is_outcome in said:
            if is_outcome:
                units.append(Unit(concept, None))
                continue
            after = next((c for s, c in outcomes if s > start), None)
            before = next((c for s, c in reversed(outcomes) if s < start), None)
            units.append(Unit(concept, after or before))
        return units

    def _clause_units(self, text: str) -> list[tuple[str, list[Unit]]]:
        """Each clause with its units. A Chinese clause that says no outcome takes the next
        one's when only a space parts them: in "刷卡 插卡都不行" both fail (the 都 covers the
        list), and "刷卡" alone would read as "only chip fails"."""
        pieces = _pieces(text)
        out = []
        for k, (clause, spaced) in enumerate(pieces):
            units = self.units(clause)
            # dlg43: a longer clause followed, after a space, by a bare predicate (a clause that
            # says only an outcome: "扫顾客手机的付款码 扫不上") takes that predicate too
            bare_next = spaced and k + 1 < len(pieces) and (nxt := self.units(pieces[k + 1][0])) and all(
                u.concept in self.outcomes or (u.concept in _HOW_OFTEN and u.outcome) for u in nxt)
            if spaced and units and _HAN.search(clause) and (len(clause) <= LIST_ITEM_CHARS or bare_next) and all(
                    u.outcome is None and u.concept not in self.outcomes for u in units):
                joined, more = clause, k
                while pieces[more][1]:  # "插卡 刷卡 都试了": up to the first outcome
                    more += 1
                    joined += pieces[more][0]
                    if any(u.concept in self.outcomes for u in self.units(pieces[more][0])):
                        units = self.units(joined)[:len(units)]
                        break
            out.append((clause, units))
        return self._contrasted(out)

    def _contrasted(self, clauses: list[tuple[str, list[Unit]]]) -> list[tuple[str, list[Unit]]]:
        """A unit said with no outcome anywhere, in a message that says one of its rivals
        (concepts.yaml `rivals`) works, fails: "mostly the ones that put the card in. tappers
        are fine", "插卡的那些 挥卡的都没事"."""
        if not self.rivals:
            return clauses
        told = {u.concept for _, units in clauses for u in units if u.outcome}
        working = {u.concept for _, units in clauses for u in units if u.outcome == "works"}
        if not working:
            return clauses
        out = []
        for clause, units in clauses:
            units = [Unit(u.concept, "fails") if u.outcome is None and u.concept not in told
                     and self.rivals.get(u.concept, set()) & working else u for u in units]
            out.append((clause, units))
        return out

    def hidden(self, text: str) -> list[tuple[int, int]]:
        """Where words of another meaning stand ("一下午"), in fuzzy_key(text) positions."""
        if not self.hiding and not self.hiding_after:
            return []
        spans = []
        key = None
        for h in self.finder.find(text):
            end = h.start + len(h.phrase)
            if h.target[0] in self.hiding:
                spans.append((h.start, end))
            elif (words := self.hiding_after.get(h.target[0])) and not h.negated:
                key = fuzzy_key(text) if key is None else key
                spans.append((h.start, end + _goods_length(key[end:], words)))
        return spans

    def find(self, text: str) -> list[tuple[str, list[str]]]:
        """(observation id, the clauses that state it) for every pattern the text meets."""
        clauses = [(c, u) for c, u in self._clause_units(text)
                   if u and any(x.concept in self.needed for x in u)]
        if not clauses:
            return []
        said = {u.concept for _, units in clauses for u in units}
        found: dict[str, list[str]] = {}
        by_first = self._by_first
        tried = set(self._always).union(*(by_first[c] for c in said if c in by_first))
        for n in sorted(tried):
            obs_id, parts, groups = self.patterns[n]
            if not all(g & said for g in groups):
                continue
            used = pattern_clauses(parts, clauses)
            if used is not None:
                found.setdefault(obs_id, []).extend(c for c in used if c not in found.get(obs_id, ()))
        return list(found.items())


def _goods_length(rest: str, words: int) -> int:
    """How much of `rest` (after a word of trade) names the goods: `words` English words, or
    up to twice as many Chinese characters, stopping at 的 ("卖地毯的刷卡机": the carpets)."""
    if rest[:2].strip()[:1].isascii():
        found = re.match(r"(?: ?[a-z0-9]+){0,%d}" % words, rest)
        return found.end() if found else 0
    found = re.match(r" ?[^ 的]{0,%d}" % (2 * words), rest)
    return found.end() if found else 0


def pattern_clauses(parts, clauses) -> list[str] | None:
    """The clause meeting each part of a pattern, in order; None when a part meets none."""
    used = []
    for terms in parts:
        if terms and all(t.absent for t in terms):
            if any(all(_meets(t, u) for t in terms) for _, u in clauses):
                return None  # a part that must not be said is said
            continue
        # dlg60: a "!" term among others is one that clause must not say ("old_network signal
        # !other_device": the terminal's 3G, not the phone's)
        clause = next((c for c, u in clauses if all(_meets(t, u) != t.absent for t in terms)), None)
        if clause is None:
            return None
        used.append(clause)
    return used


def _meets(term: PatternTerm, units: list[Unit]) -> bool:
    for unit in units:
        if unit.concept in term.concepts:
            if term.outcome is None or unit.outcome == term.outcome or (
                    term.outcome.startswith("-") and unit.outcome != term.outcome[1:]):
                return True
    return False


_A_NOT_A_ANYWHERE = re.compile(r"(.)[不没]\1")


# A topic echoed with a question mark, then what the merchant says of it: the bot asked about
# the network, the router, the update, and the answer repeats the word before answering ("网？
# 挺好", "路由器？刚换的", "升级？升到一半断电了", "signal? none at all"). The mark is a pause,
# not a question: the topic and the answer are one statement, so a phrase may span it ("升级…
# 断电") and a pattern's units stand in one clause. Not when the topic itself asks (吗, 什么,
# 是不是, A-not-A, "is it", "what": "升级了吗？断电了" asks, then tells), nor when the answer is
# a bare yes or no ("断网？没有", "dropped? no": the echoed state denied; joined, "断网没有"
# would read as a drop).
_ECHO = re.compile(r"(?:^|(?<=[\s,，。.!！;；、~～]))((?:[\u3400-\u9fff]|[0-9a-z]){1,6}|[a-z0-9]+(?: [a-z0-9]+)?)"
                   r"\s*[?？]+\s*(?=[^\s?？])")
_ECHO_ASKS = re.compile(r"[吗嘛呢么啥谁几哪]|什么|怎么|多少|是不是|有没有|(.)[不没]\1"
                        r"|(?<![a-z])(?:what|how|why|which|who|when|where|is|are|do|does|did|can|any|so|ok|right|really|huh)(?![a-z])")
_BARE_ANSWER = re.compile(r"(?:没有|没得|没|不是|不对|冇|唔系|无|是的|是|对|有|嗯|係"
                          r"|(?:no|nope|nah|not|never|yes|yeah|yep|yup|sure)(?![a-z]))"
                          r"(?=[\s,，。.!！?？~啊呀哦啦喔嘛的]|$)")


def join_echoes(text: str) -> str:
    """The text with each echoed topic's question mark taken out ("网？挺好" -> "网挺好",
    "signal? none at all" -> "signal none at all"), where the topic is a word or two, does not
    ask, and the answer after it is more than a bare yes or no."""
    if "?" not in text and "？" not in text:
        return text

    def join(m: re.Match) -> str:
        topic = m.group(1)
        if _ECHO_ASKS.search(topic) or _BARE_ANSWER.match(text, m.end()):
            return m.group()
        # (Chinese joined, as it is written; a Latin word keeps a space to the next)
        return topic + (" " if topic[-1].isascii() or text[m.end()].isascii() else "")

    return _ECHO.sub(join, text)


# dlg58: an English sentence's end ("No. The router is fine.", "Not the card. Wifi keeps
# dropping."): a negation ends with its sentence. Marked as the Chinese full stop, which the
# prepared text keeps and no negation reaches across (a word's dot, "3.5", "e.g.", is none).
_SENTENCE_END = re.compile(r"(?<=[a-z])[.!;]+(?=\s|$)", re.IGNORECASE)


class ObservationFinder:
    """The observations a message states, with "not X" turned into X's `negated` observation,
    by phrasings and by patterns of concepts (ConceptReader)."""

    def __init__(self, kb: KnowledgeBase, prepare: Callable[[str], str] = str):
        self.kb = kb
        self.negation = Negation(kb.negations, answering_no=True)
        self.finder: PhraseFinder[str] = PhraseFinder(
            ((p, o.id) for o in kb.observations.values() for p in (*o.phrasings.zh, *o.phrasings.en)),
            self.negation, prepare)
        self.concepts = ConceptReader(kb, self.negation, prepare)
        # Facts that cannot both hold (observations.yaml `exclusive:`).
        self.contradicts: dict[str, set[str]] = {}
        for group in kb.exclusive:
            for obs_id in group:
                self.contradicts.setdefault(obs_id, set()).update(o for o in group if o != obs_id)

    def by_pattern(self, text: str) -> dict[str, list[str]]:
        """Observations the text states by structure, each with the clauses that state it;
        two that contradict each other are both dropped (ask, not guess)."""
        found = dict(self.concepts.find(join_echoes(text)))
        return {o: clauses for o, clauses in found.items()
                if not self.contradicts.get(o, set()) & set(found)}

    def merge(self, phrased: list[str], patterned: Iterable[str]) -> list[str]:
        """Both readings, a structure read winning over a listed phrase it contradicts: "chip
        works" is listed for "only tapping fails", but "swipe fails, chip works, tap works" is
        only swiping. Two listed phrases of facts that cannot both hold say neither ("dead
        since morning, screen on": "dead" means not working, not without power)."""
        patterned = list(patterned)
        kept = [o for o in phrased if not any(o in self.contradicts.get(p, ()) for p in patterned)
                and not self.contradicts.get(o, set()) & set(phrased)]
        return list(dict.fromkeys(kept + patterned))

    def find(self, text: str) -> list[str]:
        """Observation ids stated in the message, in order, each once."""
        found: list[str] = []
        text = _SENTENCE_END.sub(" 。 ", join_echoes(text))
        hidden = self.concepts.hidden(text)
        for hit in self.finder.find(text):
            end = hit.start + len(hit.phrase)
            if any(a <= hit.start and end <= b and end - hit.start <= b - a for a, b in hidden):
                continue  # "下午" inside "玩了一下午": how long, not the afternoon
            if any(a <= hit.start < b for a, b in hidden) and not self.finder.listed(hit.phrase):
                continue  # "下午…报" from "今天下午开始一直报": its first part is hidden
            obs_id = hit.target
            if hit.negated:
                obs_id = self.kb.observations[obs_id].negated
            if obs_id and obs_id not in found:
                found.append(obs_id)
        return found


def cause_factors(kb: KnowledgeBase, observation_id: str) -> dict[str, int]:
    """cause id -> signed weight (+1..+3 towards, -1..-3 away), categories expanded, and -3
    for causes whose `requires` the observation contradicts."""
    cached = kb.__dict__.setdefault("_observation_factors", {})
    if observation_id not in cached:
        obs = kb.observations[observation_id]
        signed: dict[str, int] = {}
        weights = [(k, -w) for k, w in obs.away.items()] + list(obs.towards.items())
        # Categories first, so a named cause overrides its category's weight.
        for key, weight in sorted(weights, key=lambda kw: kw[0] in kb.causes):
            for cause in [key] if key in kb.causes else kb.causes_of_category(key):
                signed[cause] = weight
        # A cause whose requirement the observation contradicts (causes.yaml `requires`) is
        # ruled out: weak mobile signal on a terminal that goes online by cable.
        for cause in kb.causes.values():
            if cause.requires and kb.contradicts(observation_id, cause.requires):
                signed[cause.id] = -3
        cached[observation_id] = signed
    return cached[observation_id]


class NearestFact:
    """The observation a clause nobody read is nearest to, by meaning-bearing words.

    Fresh merchants state the decisive fact in words no phrasing lists ("开机跳出来个什么签到
    我点了取消"); every phrasing then misses it though its words are the knowledge base's own.
    A clause that nothing read (the caller decides) is compared with every phrasing of every
    observation through a FeatureSpace over them (idf-weighted, typo- and sound-tolerant, as
    the recogniser's): cosine similarity, the best phrasing per observation. The caller admits
    the nearest only when it is clearly nearest (knowledge-base-wide thresholds below, set on
    the typed dev files). Built once per knowledge base; queried only for unread clauses."""

    def __init__(self, kb: KnowledgeBase, prepare: Callable[[str], str] = str):
        from knowledge.features import FeatureSpace, raw_features

        self._raw = raw_features
        docs = [(o.id, raw_features(prepare(p))) for o in kb.observations.values()
                for p in dict.fromkeys((*o.phrasings.zh, *o.phrasings.en))]
        # (observations told with every cause at zero say nothing a guess could use)
        self.space = FeatureSpace(docs)
        self._rarest = max(self.space.idf.values(), default=1.0)
        self._prepare = prepare
        # feature -> [(phrasing row, weight)], and each row's observation and norm
        self._index: dict[str, list[tuple[int, float]]] = {}
        self._rows: list[tuple[str, float]] = []
        for obs_id, feats in docs:
            weights = self.space.weigh(feats)
            norm = sum(w * w for w in weights.values()) ** 0.5
            if not norm:
                continue
            row = len(self._rows)
            self._rows.append((obs_id, norm))
            for f, w in weights.items():
                self._index.setdefault(f, []).append((row, w))

    def _corrected(self, feature: str) -> bool:
        if feature.startswith("w:"):
            return self.space._correct(feature[2:]) is not None
        return len(feature) == 2 and self.space._sounds_like(feature) is not None

    def ranked(self, clause: str, limit: int = 2) -> list[tuple[str, float, int]]:
        """(observation, similarity, words shared) best first, one entry per observation (its
        nearest phrasing: the words or character pairs it shares with the clause as typed)."""
        text = self._prepare(clause)
        raw = self._raw(text)
        weights, _, _ = self.space.query(text, raw)
        # Words no phrasing has are the clause's too: they dilute it at the weight of the
        # rarest feature ("dry fruit shop in peshawar" is not "dry air", though "dry" is all
        # of it that the phrasings know); a typo or a homophone the space corrects is known.
        unknown = sum((m * self._rarest) ** 2 for f, m in raw.items()
                      if f not in self.space.idf and not self._corrected(f))
        qnorm = (sum(w * w for w in weights.values()) + unknown) ** 0.5
        if not qnorm:
            return []
        dots: dict[int, float] = {}
        words: dict[int, int] = {}  # words / character pairs shared as typed (not guessed)
        for f, w in weights.items():
            strong = f in raw and (f.startswith("w:") or len(f) == 2)
            for row, pw in self._index.get(f, ()):
                dots[row] = dots.get(row, 0.0) + w * pw
                words[row] = words.get(row, 0) + strong
        best: dict[str, tuple[float, int]] = {}
        for row, dot in dots.items():
            obs_id, norm = self._rows[row]
            sim = dot / (norm * qnorm)
            if sim > best.get(obs_id, (0.0, 0))[0]:
                best[obs_id] = (sim, words.get(row, 0))
        return [(o, sim, shared) for o, (sim, shared) in
                sorted(best.items(), key=lambda kv: -kv[1][0])[:limit]]
