"""The dialog engine: handle(session, incoming) -> replies, events, new session.

Pure: no I/O. The session is plain JSON-able data: {"state", "lang", "facts"}; the state
machine (dialogs.flow) checks every move, the knowledge base supplies the words and the
diagnostic data, and dialogs.diagnosis picks questions and fixes.
"""

from __future__ import annotations

import json
import re
import zlib

from dialogs import diagnosis, script
from dialogs.flow import Conversation, build_machine
from dialogs.interpret import COMMAND_MAX_CHARS, OBSERVED, Interpreter, Reading, near_tie, said_key
from dialogs.messages import Button, Event, Incoming, Reply, TurnResult
from dialogs.texts import command_of, say, texts
from knowledge.loader import KnowledgeBase
from knowledge.features import STOP_WORDS
from knowledge.glossary import terms_named
from knowledge.matcher import DETAIL_INTENTS, Recogniser
from knowledge.observations import cause_factors, join_echoes, split_clauses
from knowledge.text import CJK_RUN, detect_language, fuzzy_key, has_cjk

# After this many messages in a row the bot cannot understand, it offers a human.
MISUNDERSTOOD_LIMIT = 2
# Words of the trade explained at once, at most ("what's APN and DHCP and MAC?" gets two).
MAX_TERMS = 2
CLARIFY_OPTIONS = 3
# A fault described mid-dialog interrupts it when read this surely (interpret.Reading score).
NEW_PROBLEM = 0.6
# A cause the merchant's words point to goes first when this many times likelier than the next.
EVIDENCE_LEAD = 1.5
SHARED_OPTIONS = 6
# Candidates this close to the best one are considered together.
MERGE_MARGIN = 0.08
# A fault the words fit nearly as well as the best (this far below its score) is taken instead
# when a fact the message states rules out the best one's leading cause and points decisively
# to its own ("tap not working ... insert card still can" reads close to "chip not read").
FACT_PICK_MARGIN = 0.2
# An urgent fault (tamper: stop using it, replace it) recognised at least this surely is acted
# on at once; less surely, and without its telling words, it is confirmed first.
URGENT_SURE = 0.9
# To "shall I put you through?" only: a bare "不用" declines (elsewhere it may answer a question).
_NO_NEED = frozenset({"不用", "不需要", "不用啦", "不用喇", "唔使", "唔使喇"})
# A fact pointing this strongly to a cause (observation weights run 1 to 3) reopens the
# diagnosis at the person offer with that cause's remedy.
DECISIVE = 3
# dlg66: success said of the present ("working now", "现在好了"): of the fault, not of a part asked about
_WORKS_NOW = re.compile(r"\bnow\b|现在|現在|而家|宜家|这下|這下")
# dlg48: the strongest weight a fact read by nearness alone counts with (clearly, never decisively).
NEAR_FACT_CAP = 2
# An intent matched this loosely is a guess: a fact in the message outweighs it.
CONFIDENT_INTENT = 0.55
# kb30: questions about the money (a payout, an amount, a date...) that a stated fact can turn
# into a cause of the money's own way: the merchant account's (payout calendar, fees, the name
# on statements) or the sale's handling (a pre-auth left open, two copies of one receipt).
MONEY_INTENTS = frozenset({"payout", *DETAIL_INTENTS})
# Words of a phone number or a call: a "phone" reading without a digit needs one of them.
# ... and a question about it ("which number", "电话多少", "喺边度搵")
_QUESTION = re.compile(r"\?|？|\b(?:what|whats|which|where|how|who|give me|tell me|send me)\b|多少|几多|哪|怎么|怎样|边度|边个|吗|么")
_PHONE_WORDS = re.compile(r"phone|number|\bcall|hotline|\bring (?:me|us|them)|do i ring|电话|号码|热线|致电|打给|打个电话")
MONEY_KINDS = frozenset({"merchant", "operation"})
# When stated facts alone start a diagnosis, the other causes of the same kind of fault keep
# this prior weight (against 1 for the causes the facts point to decisively).
SAME_KIND = 0.05


# States where a reply said again word for word is a loop the engine breaks (_change_course).
LOOP_STATES = frozenset({"diagnosing", "fixing", "clarifying", "offering_human"})
# A typed reply to "which of these?" picks the option its answers fit this many times better.
CLEAR_FIT = 2.0
# Messages remembered to know one said again word for word.
SAID_KEPT = 8
# A reply this long to an open question is a story told, not a stray word (characters / words).
TOLD_CHARS, TOLD_WORDS = 12, 8
# rec43: a question back on the verdict is short ("So is it broken or not?", "那我到底点还是不点嘛"); in
# a longer story the same words echo what was asked ("你问流量卡正不正常 … 我就晓不得了")
VERDICT_CHARS, VERDICT_WORDS = 30, 16
# kb29: a payout question or an amount told with the money said to have come in short: the
# stated fact leads to the card fee's explanation, as a fix would be offered
SHORT_PAYOUT_INTENTS = ("payout", "amount")


def new_session(lang: str = "zh", variant: str | None = None) -> dict:
    # variant: the Chinese script the merchant writes ("hans", "hant-hk", "hant-tw"); the
    # bot answers in it.
    # simplified_seen: simplified-only characters written so far (script.variant_of), counted
    # up to FIRMLY_SIMPLIFIED; settled: the merchant has written words in the chat's language
    # (_followed_language).
    return {"state": "start", "lang": lang, "variant": variant, "facts": _fresh_facts(),
            "simplified_seen": script.FIRMLY_SIMPLIFIED if variant == "hans" else 0}


def _fresh_facts() -> dict:
    return {
        "problem": None,  # {"code", "symptom", "category", "text", "title"}
        "candidates": {},  # cause id -> probability
        "asked": [],  # question ids, in order
        "answers": [],  # [question id, answer id]
        "question": None,  # the question awaiting an answer
        "fix": None,  # the fix awaiting an outcome
        "tried": [],  # [fix id, worked]
        "failed_fixes": 0,  # fixes the bot suggested that did not work
        "fixes_offered": 0,  # the bot's own suggestions, numbering them
        "extra": 0,  # fixes the merchant asked for beyond the stopping point
        "noted": [],  # observation ids the merchant stated or answered
        "ruled_out": [],  # cause ids the evidence ruled out
        "clarify": [],  # [kind, id] offered as buttons
        "chosen_from": [],  # lead35: the options this problem was chosen from ("sorry i meant chip not tap")
        "offered": [],  # payloads of the last buttons, for numbered replies
        "misunderstood": 0,
        "details": None,
        # Fixes never offered again in this conversation: withdrawn on the evidence, or offered
        # for an earlier problem (tried fixes are in "tried").
        "not_again": [],
        # lead33: steps the merchant could not or would rather not do ([fix id, reason]): shown
        # to the agent apart from "tried", since nobody tried them
        "not_doable": [],
    }


# dlg25: what a problem told again in one conversation takes back from its first telling.
_RESUMED = ("candidates", "asked", "answers", "noted", "ruled_out", "tried", "failed_fixes",
            "fixes_offered")


def _not_again(facts: dict, links: dict) -> list[str]:
    """dlg74: questions not to be asked now, beyond this problem's own asked and answered ones:
    asked, answered or withheld for an earlier problem of this conversation (`questioned`),
    withheld for this one, and those one of whose answers is a fact already told (`links`: the
    interpreter's answer_of_observation)."""
    return list(dict.fromkeys([*facts.get("questioned", []), *facts.get("withheld", []),
                               *(q for o in facts.get("noted", []) for q, _ in links.get(o, ()))]))


def _questioned(facts: dict, links: dict) -> list[str]:
    """dlg74: every question asked, answered (also volunteered or implied) or not to be asked
    again in this conversation so far, carried to the problem now started: none is asked again."""
    return list(dict.fromkeys([*_not_again(facts, links), *facts.get("asked", []),
                               *(q for q, _ in facts.get("answers", []))]))


def _problem_key(problem: dict) -> str:
    return f"code:{problem['code']}" if problem.get("code") else f"symptom:{problem.get('symptom')}"


def _english_words(text: str) -> int:
    return len(re.findall(r"[A-Za-z]{2,}", text))




def english_with_a_quote(text: str) -> bool:
    """An English sentence quoting a few Chinese characters ("the screen says 通讯失败",
    "it shows 0020000 and 交易失败"): three English words or more (not pinyin), at most two
    runs of Chinese and no more Chinese characters than twice the English words. The writer
    reads English; the Chinese is what the screen showed. "我的POS机 error 了 怎么办" is
    Chinese with English words in it."""
    runs = CJK_RUN.findall(text)
    if not runs or len(runs) > 2:
        return False
    latin = CJK_RUN.sub(" ", text)
    words = _english_words(latin)
    return words >= 3 and detect_language(latin) == "en" and sum(map(len, runs)) <= 2 * words


def _mostly_english(text: str) -> bool:
    """A short opening mostly in English with a Chinese word or two in it ("my POS 显示
    0020000"): two English words or more, one run of Chinese of no more characters than the
    English words. Read as English only when the client is set to English too."""
    runs = CJK_RUN.findall(text)
    if len(runs) != 1:
        return False
    latin = CJK_RUN.sub(" ", text)
    words = _english_words(latin)
    return words >= 2 and len(runs[0]) <= words and detect_language(latin) == "en"


def language_of(text: str | None, hint: str | None, previous: str | None = None) -> str:
    """Chinese characters mean zh (unless an English sentence only quotes them and the client
    is not set to Chinese, or a client set to English sends mostly English with a Chinese word
    in it); English words mean en unless the chat's previous language or the client's setting
    says otherwise and the text is a single word ("ok", "asdf"); else that language; else zh."""
    detected = detect_language(text or "")
    hinted = previous or ("en" if hint and hint.lower().startswith("en") else ("zh" if hint else None))
    if detected == "zh" and hinted != "zh" and english_with_a_quote(text or ""):
        return "en"
    if detected == "zh" and hinted == "en" and _mostly_english(text or ""):
        return "en"
    if detected == "zh":
        return "zh"
    if detected == "en" and (hinted is None or _english_words(text or "") >= 2):
        return "en"
    return hinted or "zh"


def written_in(text: str) -> str | None:
    """The language a typed message is written in: 'zh' for Chinese characters (or pinyin),
    'en' for English words or an English sentence quoting the screen's Chinese, None for no
    words ("0020000", "👍")."""
    detected = detect_language(text)
    if detected == "zh" and english_with_a_quote(text):
        return "en"
    return detected


# "Now" in a reply about a part: 现在 / 了 / 又 / 恢复, now / again / back.
_NOW = re.compile(r"现在|而家|了|又|恢复|(?<![a-z])(?:now|again|back)(?![a-z])"
                  # dlg51: the result after the action that gave it ("put the old roll in and it prints fine")
                  r"|(?<![a-z])(?:put|swapped|changed|loaded|fitted|replaced|used|tried)(?![a-z])[^,.;!?]* and ")
# Working again, or now: said of a fault gone ("又得返", "works now", "all good again").
_AGAIN_NOW = re.compile(r"现在|而家|又|恢复|返|(?<![a-z])(?:now|again|back)(?![a-z])")
# "不知道为什么", "dunno why": wondering why it works, no doubt that it does (ux14)
_WONDERS_WHY = re.compile(r"不知道为什么|不知为什么|不知道为啥|不知道咋|不知点解|不知道点解|唔知点解|不知怎么的|"
                          r"(?:dunno|no idea|not sure|don ?t know|do not know) why")

class Engine:
    def __init__(self, kb: KnowledgeBase, recogniser: Recogniser | None = None,
                 interpreter: Interpreter | None = None):
        """`recogniser` and `interpreter` built for this `kb` may be handed in (dialogs.prepared
        keeps them between starts); the rest of the engine is cheap to make."""
        self.kb = kb
        self.recogniser = recogniser or Recogniser(kb)
        self.interpreter = interpreter or Interpreter(kb, self.recogniser)
        # observation id -> the fixes it makes useless (a turn asks with what it was told).
        self.pointless_after: dict[str, set[str]] = kb.pointless_after()
        # What terminals show in Chinese (codes' screens, symptoms' displays): typed alone, a
        # quote of the screen, not the merchant's language (_followed_language).
        shown = [t for t in (*(x for c in kb.codes.values() for x in c.shows),
                             *(x for y in kb.symptoms.values() for x in y.display)) if has_cjk(t)]
        self.screen_texts: tuple[str, ...] = tuple(sorted({_compact(t) for t in shown}))
        # and each clause of them ("请重试" of "交易超时，请重试"), matched whole
        self.screen_clauses: frozenset[str] = frozenset(
            clause for t in shown for clause in (_compact(t), *fuzzy_key(t).split()))
        self.machine = build_machine()
        self._model = Conversation(new_session())
        self.machine.add_model(self._model, initial="start")

    def handle(self, session: dict | None, incoming: Incoming, owned: bool = False) -> TurnResult:
        """One turn. The caller's session is left as it was, unless `owned`: the caller hands
        over a session it will not use again (just read from the store), so the turn takes it
        as it is instead of copying it (a copy is ~6% of a turn)."""
        if session is None:
            session = new_session(language_of(incoming.text, incoming.language_hint))
        elif not owned:
            session = _copy(session)
        if incoming.button is None and incoming.text and \
                not screen_quote(incoming.text, self.screen_texts, self.screen_clauses):
            # (the screen's own words, "请重新签到", tell the terminal's script, not the merchant's)
            seen = session.get("simplified_seen", script.FIRMLY_SIMPLIFIED)
            session["variant"] = script.variant_of(incoming.text, incoming.language_hint,
                                                   session.get("variant"), seen)
            if seen < script.FIRMLY_SIMPLIFIED:
                session["simplified_seen"] = seen + script.simplified_count(incoming.text)
        turn = self._turn(session)
        turn.desk_open = incoming.desk_open
        turn.run(incoming)
        if _settles(incoming, session["lang"], turn.events):
            session["settled"] = True
        if not any(reply.buttons for reply in turn.replies) and not turn.buttons_stand:
            session["facts"]["offered"] = []  # a typed number refers to the latest buttons only
        replies = turn.replies
        if session["lang"] == "zh":
            # Until the merchant's characters tell the script, the client's setting does
            # ("0020000" from a zh-HK client is answered in traditional).
            variant = session.get("variant") or script.hinted(incoming.language_hint)
            replies = [script.in_variant(r, variant) for r in replies]
        return TurnResult(session=session, replies=replies, events=turn.events)

    def agent_resolved(self, session: dict) -> TurnResult:
        """A human agent closed the ticket: ask the merchant for a rating."""
        turn = self._turn(_copy(session))
        turn.after_agent()
        replies = turn.replies
        if turn.session["lang"] == "zh":  # traditional in, traditional out: the rating too
            replies = [script.in_variant(r, turn.session.get("variant")) for r in replies]
        return TurnResult(session=turn.session, replies=replies, events=turn.events)

    def handoff_not_needed(self, text: str) -> str | None:
        """A message while waiting for a person that makes the person unneeded: "fixed" (the
        fault is gone: "never mind, fixed it myself", "好咗喇 唔使等") or "cancel" (a decline
        in a clause: "算啦 唔使喇"); None otherwise, and never beside a person asked for or a
        question ("是不是好了?"). The transport passes such a message to the dialog instead of
        relaying it, so the ticket is cancelled as by the button (ux14)."""
        reader = self.interpreter
        if not text or reader.wants_person(text) or reader.asks(text):
            return None
        if reader.cleared(text):
            return "fixed"
        clauses = [c for c in re.split(r"[,，。.!！;；\s]+", fuzzy_key(reader.plain(text))) if c]
        if clauses and len(text) <= 3 * COMMAND_MAX_CHARS and any(command_of(c) == "cancel" for c in clauses):
            return "cancel"
        return None

    def _turn(self, session: dict) -> "_Turn":
        """One model object serves every turn: the machine only needs to be told the state.
        (Adding and removing a model per turn would cost more than the turn itself.)"""
        turn = _Turn(self, session)
        self._model.session = session
        self.machine.set_state(session["state"], model=self._model)
        turn.conversation = self._model
        return turn


def _known_english(text: str, space) -> int:
    """Words of the text that are English a merchant uses (common words, or words of the
    knowledge base's English phrasings): "DROP TABLE conversations" has none."""
    return sum(word in STOP_WORDS or space.knows(word) for word in re.findall(r"[a-z]{2,}", text.lower()))


# Chinese characters that make a sentence (机器坏了), not a short answer (不行, 係, ok啦).
CHINESE_SENTENCE = 4
PINYIN_SENTENCE = 3
# English words that make a sentence ("it still shows the same"), not a short answer ("no",
# "still same", "still the same").
ENGLISH_SENTENCE = 4
# Particles of Singapore and Malaysian English: no words of a sentence ("still cannot lah").
_PARTICLES = frozenset({"lah", "la", "leh", "lor", "liao", "meh", "mah", "hor", "ah", "ya", "ok", "okay"})


def _sentence_words(text: str) -> int:
    return sum(w.lower() not in _PARTICLES for w in re.findall(r"[A-Za-z]{2,}", CJK_RUN.sub(" ", text)))


# Sentence-final particles: no characters of a sentence ("係呀", "不行啊", "冇啦" are short).
_CHINESE_PARTICLES = "啊呀啦喇囉啰咯吖嘛吗嗎呢吧哦喔噢哈咧嘞"
# Thanks beside an answer are no sentence either ("得咗 多謝", "好了 谢谢").
_COURTESY = re.compile("谢谢|謝謝|多谢|多謝|唔该|唔該|感谢|感謝")


def _compact(text: str) -> str:
    """Normalised, without punctuation or spaces: how a screen's text is compared."""
    return fuzzy_key(text).replace(" ", "")


_CODE_TOKEN = re.compile(r"[a-z]?\d+[a-z0-9]*")
# dlg41: a code announced with one digit ("刷卡机显示代码6", "error 5", "shows code 9"): no code is
# one digit, so the message went before the rest of it (or a zero was dropped); a count, a time
# or an amount after the digit is no code
_LONE_DIGIT_CODE = re.compile(
    r"(?:代码|错误码|错误代码|应答码|返回码|报错|显示|提示|弹出|跳出|\bcode|\berror|\bshows?|\bshowing|\bsays?)"
    r"\s*(?:是|为|系|is|:|：)?\s*(\d)\s*$")
# ... and the next message opening with the rest of it ("1 刚才没打完就发出去了")
# dlg77: a run of digits with a leading zero, three to six long, standing alone (not in an amount,
# a time, a date or a percentage, nor the first part of the code written in parts, "002-0000",
# "002 0000"): the head of a long code said short ("还是002")
_CODE_HEAD = re.compile(r"(?<![\d.,:/\-])0\d{2,5}(?![\d.,:/%\-]|\s*[-–]?\s*\d)")
_LEADING_DIGITS = re.compile(r"\s*(\d{1,6})(?![\d.:/%])")


# A piece of a screen's text this long is the screen's words; a shorter one ("没有" of
# "没有原始交易") must be a whole clause of it.
SCREEN_PIECE = 4


def screen_quote(text: str, screens, clauses=frozenset()) -> bool:
    """The message is only what the terminal shows in Chinese ("请重新签到", "交易失败 请重试",
    "A0 请重新签到"): every part of it a whole clause of a screen text the knowledge base lists
    (`clauses`), a piece of one of four characters or more (`screens`), a code, or a number.
    Typed into an English chat it quotes the screen; "沒有", "不行" are the merchant's words."""
    parts = fuzzy_key(text).split()
    if not parts or not has_cjk(text):
        return False
    for part in parts:
        if _CODE_TOKEN.fullmatch(part) or part in clauses:
            continue
        if len(part) < SCREEN_PIECE or not any(part in screen for screen in screens):
            return False
    return True


def _chinese_sentence(text: str) -> bool:
    """Four Chinese characters or more, particles and thanks not counted; or, typed in pinyin, three words or more ("shuaka
    haishi meiyou fanying"; "bu xing" is a short answer)."""
    if has_cjk(text):
        chars = _COURTESY.sub("", "".join(CJK_RUN.findall(text)))
        return len(chars) - sum(map(chars.count, _CHINESE_PARTICLES)) >= CHINESE_SENTENCE
    return _english_words(text) >= PINYIN_SENTENCE


def _typed_words(incoming: Incoming) -> bool:
    """Text the merchant typed: no button, photo or command."""
    return incoming.button is None and incoming.kind == "text" and \
        not (incoming.text or "").lstrip().startswith("/")


def _followed_language(current: str, incoming: Incoming, space, settled: bool = False,
                       screens=((), frozenset())) -> str | None:
    """The merchant's own writing outranks the conversation's language, by this rule:

    - A chat not yet settled (the merchant has written no words in its language yet beside
      small talk: it began with "0020000", a photo, a sticker or "hello", and the language came
      from the client or the greeting; see _settles) follows the first words: Chinese
      characters switch it to Chinese; a sentence of English (three words or more, two of
      them words merchants use, no Chinese) switches it to English.
    - A settled chat (the merchant has written words in its language, or chose it with a
      command) is switched only by a full sentence in the other language: Chinese of four
      characters or more ("机器坏了", "我看不懂英文") or three words of pinyin, or English of
      four words or more, two of them words merchants use, the particles of Singapore and
      Malaysian English not counted ("my card machine keeps failing"). A short answer in the
      other script - "不行", "係", "ok啦", "still 不行", "bu xing" in an English chat; "no",
      "ok", "still the same", "still cannot lah" in a Chinese one - is an answer, not a change
      of language: the chat keeps its language.
    - Never: an English sentence quoting the screen's Chinese ("it still says 通讯失败"), nor
      the screen's Chinese typed alone ("交易失败 请重试": screen_quote),
      English words that also split into pinyin syllables ("same po"), code or injection
      strings, commands, buttons."""
    text = incoming.text or ""
    if not _typed_words(incoming):
        return None
    detected = detect_language(text)
    if current == "en" and detected == "zh" and not has_cjk(text) and _known_english(text, space):
        return None  # "same po": English words that also split into pinyin syllables stay English
    if current == "en" and detected == "zh" and english_with_a_quote(text):
        return None  # "it still says 通讯失败": an English writer quoting the screen
    if current == "en" and detected == "zh" and screen_quote(text, *screens):
        return None  # "请重新签到" typed alone: the screen's words, answering "what does it say?"
    if current == "en" and detected == "zh":
        if settled and not _chinese_sentence(text):
            return None  # "不行", "ok啦", "bu xing": a short answer in Chinese
        return "zh"
    if current == "zh" and detected == "en" and _english_words(text) >= 3 and \
            _known_english(text, space) >= 2:
        if settled and _sentence_words(text) < ENGLISH_SENTENCE:
            return None  # "still the same", "still cannot lah": a short answer in English
        return "en"
    return None


_SMALL_TALK = frozenset({"greeting", "thanks", "bye"})


def _settles(incoming: Incoming, lang: str, events: list[Event]) -> bool:
    """The merchant wrote words in the chat's language, and not only small talk: "hello" or
    "你好" before the problem does not fix the language (a Chinese writer who greets in
    English goes on in Chinese), a problem told or a question answered does."""
    text = incoming.text or ""
    if not _typed_words(incoming):
        return False
    if written_in(text) != lang:
        return False
    return not any(e.name == "intent" and e.data.get("intent") in _SMALL_TALK for e in events)


_NUMBER_WORDS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
                 "十": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}
_RATING = re.compile(r"^(?:给你?|俾你?|打|give you |gave )?(?P<n>10|[1-9]|[一两二三四五六七八九十]|one|two|three|four|five|ten)"
                     r"\s*(?P<unit>颗星|个星|粒星|星|分|stars?|points?|/5|/10|out of (?:5|five|10|ten))?"
                     r"(?:好评|啦|了|吧|!|thanks?|谢谢|\s)*$")


def _stars_in(text: str) -> int | None:
    """A typed rating: "4", "五星", "5星好评", "five stars", "⭐⭐⭐⭐", "10分" (out of ten: 5).
    A bare number is stars only up to 5; a larger one needs its unit."""
    if (emoji := text.count("⭐")) and not text.replace("⭐", "").strip():
        return min(emoji, 5)
    found = _RATING.match(fuzzy_key(script.to_simplified(text)).strip())
    if not found:
        return None
    n = int(found["n"]) if found["n"].isdigit() else _NUMBER_WORDS[found["n"]]
    if n <= 5:
        return n if n >= 1 else None
    return round(n / 2) if found["unit"] and n <= 10 else None


_SUM = re.compile(r"(?<![\d.])\d{1,7}(?:\.\d{1,2})?(?![\d.])")
_YUAN_JIAO = re.compile(r"(\d+)[块塊元蚊圆](\d{1,2})(?!\d)")  # "45块5": 45.5


def sums_apart(text: str) -> bool:
    """Two sums in the message, one the other with its zeros or its decimal point moved
    ("paid 45.50 but charged 4550", "应收38 收了3800", "应付45块5 扣了4550"): the amount
    keyed wrong (ux14)."""
    sums = [m.group() for m in _SUM.finditer(_YUAN_JIAO.sub(r"\1.\2", text))]
    for n, a in enumerate(sums):
        for b in sums[n + 1:]:
            da, db = a.replace(".", "").rstrip("0"), b.replace(".", "").rstrip("0")
            if da and da == db and float(a) and float(b) and max(float(a), float(b)) >= 9.5 * min(float(a), float(b)):
                return True
    return False


def days_late(text: str, weekdays: list[list[str]], today_words: list[str]) -> bool:
    """A sale's weekday and today's told side by side, today past the next working day after the
    sale ("took 240 on friday, not in yet. it's tuesday", "礼拜四刷的 今天礼拜一了"): the money is
    late. Today is the weekday said after one of `today_words` ("today", "it's", "今天"; else the
    last one said); the sale's is another one said. Two the same, or one alone, say nothing."""
    today_words = tuple(today_words)
    key = fuzzy_key(script.to_simplified(text))
    said: list[tuple[int, int, bool]] = []  # (position, weekday, said as today)
    for day, names in enumerate(weekdays):
        for name in names:
            pattern = rf"(?<![a-z]){re.escape(name)}s?(?![a-z])" if name.isascii() else re.escape(name)
            for found in re.finditer(pattern, key):
                before = key[max(0, found.start() - 8):found.start()].rstrip()
                said.append((found.start(), day, before.endswith(today_words)))
    days = {day for _, day, _ in said}
    if len(days) != 2:
        return False
    said.sort()
    today = next((day for _, day, is_today in said if is_today), said[-1][1])
    sale = next(day for _, day, _ in said if day != today)
    due = 1
    while (sale + due) % 7 in (5, 6):  # the next working day after the sale
        due += 1
    return (today - sale) % 7 > due


def _content_words(text: str) -> set[str]:
    """dlg86: the words of some length that say what a question or a fact is about ("power",
    "cable", "router"), not its grammar."""
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in STOP_WORDS and w not in _NOT_ABOUT}


# (words every question or fact may use, about no particular thing)
_NOT_ABOUT = frozenset(("terminal", "machine", "does", "doesn", "anything", "something", "else", "still",
                        "there", "other", "every", "only", "from", "into", "when", "after", "before",
                        "since", "what", "your", "some", "more", "than", "also", "like", "just", "about",
                        "working", "works", "work", "fine", "failing", "fails", "error", "shop", "sale", "sales",
                        # (the trade's own words, in most questions and facts alike)
                        "card", "cards", "customer", "customers", "payment", "payments", "amount",
                        "screen", "bank", "code", "shows", "says", "said", "goes", "went", "online",
                        "look", "check", "tell", "time", "times", "often", "same", "used", "uses",
                        "while", "through", "back", "fail", "failed", "taken", "take", "changed", "change",
                        "asks", "asked", "full", "long", "switched", "switching", "next", "pressed",
                        "press", "small", "recently", "another", "first", "right", "itself", "gone",
                        "side", "number", "keeps", "comes", "came", "then", "once", "again", "without",
                        "exactly", "enters", "opens", "there", "where", "which", "whose", "could", "would"))


# dlg88: readings that carry what the merchant means beside words of confusion ("不懂你说的 反正是wifi",
# "听不懂 转人工吧"): those are read as usual, not answered with a plainer question
CONFUSED_OVER = 0.7  # below a fact's implied answer: a label's look-alike words (interpret.LABEL_WORDS, NEAR)
# lead35: our question quoted back before the answer ("which way fails? chip only"): a question of
# at most so many words (Chinese: characters), then "?" and the answer
# words too common to show that a question repeats ours
_ECHO_FILLER = frozenset({"the", "you", "your", "that", "this", "there", "sorry", "mean", "its", "it's"})
_QUESTION_THEN_ANSWER = re.compile(r"(?P<head>[^?？]+)[?？]+\s*(?P<tail>[^?？]+)$")
ECHO_MAX_WORDS, ECHO_MAX_CJK = 8, 12
# ... a question sentence, with its asking word: a topic echoed alone ("Settlement? never pressed that
# one", "结算？冇搞过") names what the answer is about, and stays
_ASKING_WORD = re.compile(r"\b(?:what|which|when|where|how|why|did|does|do|is|are|was|were|has|have|anything|any)\b"
                          r"|[吗嗎么麼什啥哪几幾多咩乜边邊未]")
# lead35: the least a recogniser candidate scores to name the option a corrected choice means
# ("sorry i meant chip not tap": s_chip_not_read at 0.48; a word of no option scores under 0.3)
CORRECTED_CHOICE_SCORE = 0.3
_PAST_CONFUSION = frozenset({"answer", "outcome", "human", "hand_on", "self_fixed", "cleared", "tried",
                             "named_fix", "more", "stay", "done", "cannot", "branch",
                             "password_unknown"})


def _copy(session: dict) -> dict:
    """Sessions are plain JSON data; a JSON round trip copies them faster than deepcopy."""
    return json.loads(json.dumps(session))


class _Turn:
    """One turn of one conversation: reads the session, appends replies and events."""

    def __init__(self, engine: Engine, session: dict):
        self.engine = engine
        self.kb = engine.kb
        self.session = session
        self.facts = session["facts"]
        self.replies: list[Reply] = []
        self.events: list[Event] = []
        self.conversation: Conversation | None = None
        self.desk_open = True
        self.buttons_stand = False  # a reply that leaves the last buttons answerable by number
        self._last_recognition_sure = False
        self._text = ""  # the message this turn reads (typed), for steps that weigh its words
        self._short_again = False  # dlg86: a re-ask after a noted fact comes in short (ask)
        self._tried_read: tuple | None = None  # (text and options, the option its steps done fit)

    # -- plumbing -------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        return self.session["lang"]

    @property
    def state(self) -> str:
        return self.session["state"]

    def go(self, trigger: str) -> None:
        """Fire a transition; transitions raises MachineError if the table forbids it."""
        getattr(self.conversation, trigger)()
        self.session["state"] = self.conversation.state

    def say(self, key: str, **values) -> str:
        return say(key, self.lang, **values)

    def reply(self, text: str, buttons: list[Button] | None = None) -> None:
        buttons = buttons or []
        self.replies.append(Reply(text, tuple(buttons)))
        if buttons:
            self.facts["offered"] = [b.payload for b in buttons]

    def event(self, name: str, **data) -> None:
        self.events.append(Event(name, data))

    def button(self, key: str, payload: str) -> Button:
        return Button(self.say(key), payload)

    def local(self, text_obj) -> str:
        return getattr(text_obj, self.lang)

    def _numbered_steps(self, fix) -> str:
        """A fix's steps in the merchant's language, numbered one per line."""
        return "\n".join(f"{i}. {s}" for i, s in enumerate(self.local(fix.steps), 1))

    # -- dispatch -------------------------------------------------------------------------

    def run(self, incoming: Incoming) -> None:
        followed = _followed_language(self.lang, incoming, self.engine.recogniser.space,
                                      self.session.get("settled", False),
                                      (self.engine.screen_texts, self.engine.screen_clauses))
        if followed and self.state != "start":
            self.session["lang"] = followed
            self.event("language", lang=followed, auto=True)
        payload = incoming.button
        text = (incoming.text or "").strip()
        self._text = text
        if payload is None and text in "123456789" and len(text) == 1 and self.state == "fixing" \
                and self.facts.get("fix"):
            # dlg58: on Telegram a fix's steps are numbered and its buttons are not: a bare digit
            # typed during a fix names a step ("3" = "step 3?"), never the third button (a
            # person). (`posbot chat` numbers its buttons and presses them itself; a longer
            # number, "51", "0020000", is read as before: a code.)
            self._step_named(int(text))
            return
        if payload is None and text.isdecimal() and self.facts["offered"] and self.state != "rating":
            index = int(text) - 1
            if 0 <= index < len(self.facts["offered"]):
                payload = self.facts["offered"][index]
        if payload is None and incoming.kind != "text":
            if self.state != "handoff":  # in a handoff the transport relays it to the agent
                self.reply(self.say("edited" if incoming.kind == "edited" else "non_text"))
            return
        command = self._command(payload, text)
        if command and self._run_command(command):
            return
        if self.state == "handoff" and payload is None and (
                why := self.engine.handoff_not_needed(text)):
            # "never mind, fixed it myself" while waiting: the person is not needed any more
            self.go("cancel_handoff")
            self.event("handoff_cancelled", by="text", why=why)
            self.reply(self.say("handoff_cancelled_fixed" if why == "fixed" else "handoff_cancelled"))
            return
        if self.state == "handoff":
            return  # the transport relays the message to the agent; the bot stays quiet
        if payload is not None:
            self._on_button(payload)
            return
        if not text:
            self._on_empty()
            return
        self._on_text(self._code_head_as_code(text))
        said = zlib.crc32("\n".join(r.text for r in self.replies).encode())
        if self.replies and said == self.facts.get("last_said") and self.state in LOOP_STATES:
            # never the same reply twice in a row: change course instead
            self.replies.clear()
            self._change_course()
            said = zlib.crc32("\n".join(r.text for r in self.replies).encode())
        self.facts["last_said"] = said

    def _on_empty(self) -> None:
        """dlg55: an empty or blank message (a stray tap on send). With something pending - a
        person offered, a question, a fix, choices - that is asked again, politely, and the state
        kept (not "please describe the problem", which would start over); else the problem is
        asked for."""
        if self.state in ("diagnosing", "fixing", "offering_human"):
            self.reply(self.say("empty_pending"))
            self._repeat_prompt()
        elif self.state == "clarifying" and self.facts.get("clarify") and not self.facts.get("urgent_confirm"):
            self.reply(self.say("empty_pending"))
            self._offer_options(self.facts["clarify"], self.say("clarify_reshow"))
        elif self.state == "awaiting_problem" and self.facts.get("person_offered"):
            # (the offer made after messages we could not understand: still open)
            self.reply(self.say("empty_pending"))
            self.reply(self.say("offer_human"),
                       [self.button("btn_human", "h"), self.button("btn_retry", "retry")])
        else:
            self.reply(self.say("empty"))

    def _command(self, payload: str | None, text: str) -> str | None:
        if payload is not None:
            return {"h": "human", "restart": "restart", "cancel": "cancel", "new": "new_problem",
                    "lang:zh": "lang_zh", "lang:en": "lang_en", "lang:toggle": "lang_toggle",
                    "unhandoff": "unhandoff", "cmd:start": "start", "cmd:help": "help",
                    "cmd:unknown": "unknown_command"}.get(payload)
        if len(text) <= COMMAND_MAX_CHARS:
            command = command_of(text)
            if command in ("yes", "no", "unsure"):
                return None  # answers, not commands: their meaning depends on the state
            return command
        return None

    def _run_command(self, command: str) -> bool:
        """Run a command that works in any state; False when it does not apply here."""
        if command == "lang_toggle":
            command = "lang_en" if self.lang == "zh" else "lang_zh"
        if command in ("lang_zh", "lang_en"):
            self.session["lang"] = command[-2:]
            self.session["settled"] = True  # chosen: short answers in the other script keep it
            self.event("language", lang=self.lang)
            self.reply(self.say("lang_switched"))
            self._repeat_prompt()
            return True
        if command in ("start", "help", "unknown_command"):
            if command == "start" and self.state in ("start", "closed", "awaiting_problem"):
                if self.state != "awaiting_problem":
                    self.go("greet" if self.state == "start" else "ask_problem")
                self.reply(self.say("welcome"))
                return True
            self.reply(self.say("help" if command != "unknown_command" else "unknown_command"))
            if self.state != "handoff":
                self._repeat_prompt()
            return True
        if self.state == "handoff":
            if command in ("unhandoff", "cancel", "restart", "new_problem"):
                self.go("cancel_handoff" if command != "restart" else "restart")
                self.event("handoff_cancelled")
                self.reply(self.say("handoff_cancelled"))
                if command in ("restart", "new_problem"):
                    self._new_problem_prompt(keep_questions=command == "new_problem")
                return True
            if command == "human":
                self.reply(self.say("in_handoff"), [self.button("btn_cancel_handoff", "unhandoff")])
                return True
            return False
        if command == "human":
            self.escalate("asked")
            return True
        if command in ("restart", "new_problem"):
            self.event("restart", from_state=self.state)
            self.go("restart")
            # dlg74: "another problem" keeps what was asked (never asked again in this
            # conversation); "start over" is the merchant's own clean slate
            questioned = _questioned(self.facts, self.engine.interpreter.answer_of_observation) \
                if command == "new_problem" else []
            self.session["facts"] = self.facts = {**_fresh_facts(), "questioned": questioned}
            self.reply(self.say("restarted" if command == "restart" else "new_problem"))
            self.reply(self.say("ask_problem"))
            return True
        if command == "cancel":
            self.event("cancelled", from_state=self.state)
            self.go("cancel")
            self.reply(self.say("cancelled"))
            return True
        return False

    def _new_problem_prompt(self, keep_questions: bool = True) -> None:
        # dlg74: a new problem keeps what this conversation asked (never asked again); "start
        # over" is the merchant's own clean slate
        questioned = _questioned(self.facts, self.engine.interpreter.answer_of_observation) \
            if keep_questions else []
        self.session["facts"] = self.facts = {**_fresh_facts(), "questioned": questioned}
        self.reply(self.say("ask_problem"))

    def _asks_for_supplies(self, text: str) -> bool:
        """A new sticker, roll or charger asked for ("能补寄一张吗", "can you send me a new tap
        sticker"): the recogniser's supplies intent with asking words, and no code."""
        if not self.engine.interpreter.asks_new(text):  # (cheap words first: most replies ask for nothing)
            return False
        rec = self.engine.interpreter.recogniser.recognise(text)
        return rec.intent == "supplies" and not rec.code

    def _repeat_prompt(self, why: str = "language") -> None:
        """Say the pending question or step again: after a language switch, in the new
        language; `why` "asked_back": the merchant asked what it was (lead34)."""
        if self.state == "diagnosing" and self.facts["question"]:
            self.ask(self.kb.questions[self.facts["question"]], again=why)
        elif self.state == "fixing" and self.facts["fix"]:
            self.offer_fix(self.facts["fix"], again=True)
        elif self.state == "offering_human":
            self.offer_person(self.facts.get("stop_reason") or "unlikely", again=True)
        elif self.state in ("start", "awaiting_problem", "closed"):
            self.reply(self.say("ask_problem"))

    # -- buttons --------------------------------------------------------------------------

    def _on_button(self, payload: str) -> None:
        kind, _, rest = payload.partition(":")
        state = self.state
        if kind == "a" and state == "diagnosing":
            question_id, _, answer_id = rest.partition(":")
            if question_id == self.facts["question"]:
                self.answer(question_id, answer_id)
                return
        elif kind == "fix" and state == "fixing":
            fix_id, _, outcome = rest.partition(":")
            if fix_id == self.facts["fix"] and outcome in ("y", "n"):
                self.fix_outcome(outcome == "y")
                return
        elif kind == "pick" and state == "clarifying":
            if rest == "none":
                self.not_understood(none_fit=True)
                return
            if rest.isdecimal() and int(rest) < len(self.facts["clarify"]):
                target_kind, target_id = self.facts["clarify"][int(rest)]
                self.event("clarified", kind=target_kind, id=target_id)
                self.start_problem(target_kind, target_id, self.facts.get("text", ""), sure=True)
                return
        elif kind == "rate" and state == "rating" and rest in {"1", "2", "3", "4", "5"}:
            self.rate(int(rest))
            return
        elif kind == "ok" and state == "explained":
            self.resolved(by="bot")
            return
        elif kind in ("ok", "notok") and self._success_reply(None, kind):
            return
        elif kind == "skip" and state == "details":
            self.next_step()
            return
        elif kind == "more" and state == "offering_human":
            self.facts["extra"] += 1
            self.event("one_more")
            self.next_step(one_more=True)
            return
        elif kind == "retry" and state in ("awaiting_problem", "clarifying", "closed"):
            if state != "awaiting_problem":
                self.go("ask_problem")
            self.reply(self.say("ask_problem"))
            return
        self.event("stale_button", payload=payload[:64], state=state)
        self.reply(self.say("stale_button"))
        self._repeat_prompt()

    # -- text -----------------------------------------------------------------------------

    def _code_head_as_code(self, text: str) -> str:
        """dlg77: the problem's long code said again by its head in a later message ("不行 还是002",
        "still 0020 mate", "又係00200"): the merchant who named 0020000 repeats it short, as its
        leading zeros and the 2; not a new two-digit code 02. Only a run with the leading zero
        that is a strict head of the open problem's code (three digits or more) is read so: the
        pattern runs only where the message holds the code's first three digits (most hold none)."""
        code = (self.facts.get("problem") or {}).get("code") or ""
        if len(code) < 5 or not code.isdigit() or code[:3] not in text:
            return text
        return _CODE_HEAD.sub(lambda m: code if code.startswith(m.group()) else m.group(), text)

    def _on_text(self, text: str) -> None:
        if self._success_reply(text):
            return
        state = self.state
        offered = self.facts.pop("person_offered", False)
        if offered and state == "awaiting_problem" and (
                self.engine.interpreter.whole(text) == "yes"
                or self.engine.interpreter.leading_verdict(text) == "yes"
                or self.engine.interpreter.bare_verdict(text) == "yes"):  # "好呀", "ok"
            # "嗯", "yes pls" to "shall I put you through to a person?" (after we could not
            # understand): the person they accepted, not "ok, goodbye"
            self.escalate("not_understood")
            return
        if state == "offering_human" and self.facts.get("stop_reason") == "explained" and \
                self._tells_customer(text):
            return  # "那我要怎么跟他说": the line for the customer, and the offer stands
        if (state == "explained" or (state == "offering_human" and self.facts.get("stop_reason") == "explained")) \
                and self._confirms_card_side(text):
            self.resolved(by="bot")  # "就他那张不行 别的客人都刷得过": as explained, the card's side
            return
        if state == "offering_human" and self.facts.get("stop_reason") == "explained" and \
                self._thanks_for_explanation(text):
            # lead26 (walked): "ok thx", "好的 谢谢", "ok 唔該晒" to "shall I still put you
            # through?" after a decline was explained: the explanation taken, with thanks; the
            # "ok" is not a yes to a person
            self.resolved(by="bot")
            return
        if state == "offering_human" and self._declines(text):
            # "好 不用了", "ok no need": the person declined, and nothing is left to try
            self.event("cancelled", from_state=state)
            self.go("cancel")
            self.reply(self.say("cancelled"))
            return
        if state in ("diagnosing", "fixing") and self._asks_for_supplies(text):
            # lead19 (walked): "can you send me a new tap sticker? old one peeled off" while a fix
            # is pending: a supplies request (dlg55's class at the first message), answered, and
            # the pending question or step asked again; no fault fact read from it
            self.event("intent", intent="supplies")
            self.reply(self.say("reply_supplies_during"))
            self._repeat_prompt()
            return
        if state in ("diagnosing", "fixing", "offering_human"):
            self._read_in_context(self._without_question_echo(text))
            self._remember_said(text)
            return
        if state == "rating":
            if (stars := _stars_in(text)) is not None:
                self.rate(stars)
                return
            if self._after_resolution(text):
                return
            if self.engine.interpreter.only_emoji(text, "good"):
                # "👍", "🙏" instead of stars: thanks, not a message nobody understood (the rating
                # buttons stay where they are)
                self.reply(self.say("reply_thanks"))
                return
        if state == "closed" and self.engine.interpreter.says_again(text) and self._after_resolution(text):
            # dlg83: "又唔得啦 拍卡又冇反應", "it's not working again" after the rating: the same
            # fault back, taken up where it was (the step that worked recalled, as having helped
            # for a while only), not the same fault from its first step
            return
        if state == "details":
            if (self.engine.interpreter.confused(text) or self.engine.interpreter.what_was_asked(text)) \
                    and not self.engine.interpreter.observed(text):
                # dlg88: "吓？ 你讲咩话" to the code's details: asked more simply (lead32: so is "sorry
                # what was the first thing you asked?", not taken as the details)
                self._simplify()
                return
            # Only a bare "不知道" skips: "不知道 就是输完金额按确定就跳出来" gives the step after it.
            if self.engine.interpreter.unsure(text, whole=True) or fuzzy_key(text) in (
                    fuzzy_key(say("btn_skip", "zh")), fuzzy_key(say("btn_skip", "en"))):
                self.next_step()  # typed "跳过" / "not sure": as the Skip button
                return
            if self.engine.interpreter.cleared(text) and not self.engine.interpreter.observed(text):
                self._cleared_by_merchant()  # "好了 可以刷了" instead of the details: it went away
                return
            if self._only_waits(text):
                self._wait()  # "等一下 我去看看", "hang on, customer here": the question stays open
                return
            if self._number_asked(text) and self.engine.recogniser.recognise(
                    self.engine.interpreter.plain(text)).intent == "phone":
                # "收單行嘅電話號碼喺邊度搵" instead of the details: a question, answered (not
                # "got it, thanks"); the details are still welcome
                self.event("intent", intent="phone")
                self._tell_where_numbers_are()
                self.reply(self.say("details"), [self.button("btn_skip", "skip")])
                return
            self.facts["details"] = text[:500]
            self.event("details", text=text[:500])
            self._remember_said(text)  # dlg88: the same message sent again to a later question
            # What we read in it is said back ("收到：只有插卡时出错"), so they know it counted:
            # the same reading _absorb takes in, so what is said back is what counts.
            observed = self.engine.interpreter.observed_beside_tried(text)
            told = [o for o in observed if o not in self.facts["noted"]]
            said_back, events_before = len(self.replies), len(self.events)
            self._absorb(text, observed)
            # ... and so is a fault it describes ("屏幕下面写着通讯失败": "收到：通讯失败"), not a
            # bare "got it, thanks" for what was understood
            described = [e.data["symptom"] for e in self.events[events_before:] if e.name == "described_fault"]
            listed = [self._observations_listed(told)] if told else []
            listed += [self._title_of("symptom", s) for s in described]
            self.replies.insert(said_back, Reply(self.say("noted", facts=self._listed(listed)) if listed
                                                 else self.say("detail_recorded"), ()))
            self.next_step()
            return
        if state == "explained" and (code_id := (self.facts["problem"] or {}).get("code")) and (
                instead := self._card_code_everywhere(code_id, text)):
            self._not_the_cards(code_id, instead, text)  # "每个客人都这样"
            return
        if state == "explained":
            # After an explanation, "客人换了张卡 刷过了" is the outcome, as after a fix.
            code = self.kb.code((self.facts["problem"] or {}).get("code") or "")
            advice = [self.local(t) for t in (code.first_action, code.tell_customer) if t] if code else []
            landed = self.engine.interpreter.after_explanation(text, self.facts, advice)
            if landed == "asks":
                self._explain_again(text)  # "点解？" "咁我點做": neither a yes nor a no
                return
            if landed != "worked" and self.engine.interpreter.hands_on(text):
                self._handed_on()  # "那你帮我找银行那边的人对一下吧"
                return
            rec = self.engine.recogniser.recognise(self.engine.interpreter.plain(text))
            same = not rec.code or rec.code == (self.facts["problem"] or {}).get("code")
            if landed == "worked" and same:
                self.resolved(by="bot")
                return
            if landed == "failed" and same:
                self.offer_person("explained")
                return
        if state in ("closed", "start", "awaiting_problem") and self.engine.interpreter.acknowledges(text) and not (
                state == "start" and self.engine.interpreter.only_emoji(text, "good")):
            # (emoji alone as the very first message say nothing yet: not understood, as before)
            # "ok" / "好" after the goodbye (in Telegram a new conversation): no new problem
            self.reply(self.say("closed_ack"))
            return
        if state in ("start", "awaiting_problem") and self.engine.interpreter.only_emoji(text, "bad") \
                and not self.facts.get("vague_said"):
            self.facts["vague_said"] = True  # "😡😡😡": upset, no fault said yet (ux14)
            self.on_intent("vague", text)
            return
        if state in ("awaiting_problem", "clarifying") and self.facts.get("waited") != state \
                and self._only_waits(text):
            # "等陣先 有客" when asked what is wrong or which of these: they will say, later
            # (a number typed next still picks from the options shown); once there: a second
            # wait is read as any message, so the conversation cannot stall on waits
            self.facts["waited"] = state
            self.reply(self.say("wait_ok"))
            self.buttons_stand = True
            return
        if state == "clarifying" and self._none_of_these(text):
            self.not_understood(text, none_fit=True)  # "nope, none of those": as the "none of these" button
            return
        if (state == "clarifying" or (state == "awaiting_problem" and self.facts.get("clarify_unsure"))) \
                and self._clarify_by_reading(text):
            return
        if (state == "clarifying" and len(self.facts["clarify"]) == 1
                and self.engine.interpreter.leading_verdict(text) == "yes"):
            target_kind, target_id = self.facts["clarify"][0]  # "是的" to "您是说…吗？"
            self.event("clarified", kind=target_kind, id=target_id, by="yes")
            self.start_problem(target_kind, target_id, self.facts.get("text", ""), sure=True)
            return
        if self.engine.interpreter.unsure(text, whole=True):
            # "不知道" is not a new problem (it once matched "不知道刚才那笔成功没有"); but it
            # moves nothing on either, so it counts towards handing over to a person.
            if self.facts["misunderstood"] >= MISUNDERSTOOD_LIMIT:
                self.not_understood(text)
                return
            # ux14: "?" again and again: not the same prompt each time, but as a message not
            # understood (the prompt with examples, then a person offered)
            unsure_said = self.facts["unsure_said"] = self.facts.get("unsure_said", 0) + 1
            if unsure_said >= 2:
                self.not_understood(text)
                return
            if state == "clarifying":
                self.go("ask_problem")
            self.reply(self.say("ask_problem"))
            return
        self.describe(text)

    def _after_resolution(self, text: str) -> bool:
        """A reply to the rating request that is no rating: the fault back ("哎 又不行了", "oh
        no it failed again") takes up the same problem where it was, the fix that seemed to
        work counted as failed; a question about it ("为什么会这样?", "will it happen again?")
        gets what sorted it and what to do next time, and the rating request again. A new
        fault (another code, a different sure symptom) is described as a new problem."""
        reader = self.engine.interpreter
        tried = self.facts.get("tried") or []
        if self.facts.get("resolved_by") == "merchant":
            plain = reader.plain(text)
            if (reader.outcome(plain) == "failed" or reader.persists(plain, [])) and not reader.asks(text):
                # "唉 又不行了" after it had cleared by itself: back to where we were
                self.facts["resolved_by"] = None
                self.event("reopened", fix=None)
                self.reply(self.say("reopened_cleared"))
                self.next_step()
                return True
            return False
        if self.facts.get("resolved_by") == "bot" and not tried and self._asked_after_explanation(text):
            return True
        if self.facts.get("resolved_by") != "bot" or not tried or not tried[-1][1]:
            return False
        rec = self.engine.recogniser.recognise(reader.plain(text))
        problem = self.facts.get("problem") or {}
        if (rec.code and rec.code != problem.get("code")) or (
                rec.decision == "confident" and rec.symptom and rec.symptom != problem.get("symptom")
                and not reader.asks(text)):
            return False  # another fault: described as a new problem
        fix_id = tried[-1][0]
        plain = reader.plain(text)
        tone = reader.tone(text)
        back = reader.outcome(plain) == "failed" or tone == "failed" or (
            reader.persists(plain, []) and tone != "worked")
        if back and not reader.asks(text):
            tried[-1][1] = False
            self.facts["failed_fixes"] += 1
            self.facts["candidates"] = diagnosis.after_failed_fix(
                self.kb, self.facts["candidates"], fix_id, [f for f, _ in tried])
            self.event("reopened", fix=fix_id)
            self.reply(self.say("reopened", title=self.local(self.kb.fixes[fix_id].title)))
            self.next_step()
            return True
        if reader.asks(text) and rec.intent not in ("thanks", "bye"):
            causes = [c for c in self.facts.get("candidates") or {} if fix_id in self.kb.causes[c].fixes]
            cause = max(causes, key=self.facts["candidates"].get) if causes else None
            self.event("asked_after_fix", fix=fix_id)
            self.reply(self.say("after_fix_answer", title=self.local(self.kb.fixes[fix_id].title),
                                cause=self.local(self.kb.causes[cause].title) if cause else "")
                       if cause else self.say("after_fix_answer_plain",
                                             title=self.local(self.kb.fixes[fix_id].title)),
                       self._rating_buttons())
            return True
        return False

    def _asked_after_explanation(self, text: str) -> bool:
        """"so what i do now", "咁點算" after a code was explained and taken (a decline: the
        customer's card or bank): what to do and what to tell the customer, once more, and
        the rating request again. Not a new problem, and not "I didn't understand"."""
        reader = self.engine.interpreter
        code = self.kb.code((self.facts.get("problem") or {}).get("code") or "")
        if not code or not code.first_action or not reader.asks(text):
            return False
        rec = self.engine.recogniser.recognise(reader.plain(text))
        if (rec.code and rec.code != code.code) or rec.intent in ("thanks", "bye") or (
                rec.decision == "confident" and rec.symptom):
            return False  # another fault, or a goodbye: not about the explanation
        self.event("explained_again", code=code.code, after="resolved")
        self.reply("\n".join([self.local(code.meaning), *self._code_advice(code)])
                   + "\n\n" + self.say("rate_again"), self._rating_buttons())
        return True

    def _advice_again(self, text: str) -> bool:
        """"那我咋办", "so what do I do now" at the person offer that follows a code's explanation:
        a question the explanation answers. What to do and what to tell the customer once more,
        and the offer again, instead of a handoff for being stuck; asked again, a person follows."""
        reader = self.engine.interpreter
        code = self.kb.code((self.facts.get("problem") or {}).get("code") or "")
        if (self.facts.get("stop_reason") != "explained" or self.facts.get("advised_again")
                or not code or not code.first_action or reader.unsure(text) or reader.unable(text)
                or not (reader.asks(text) or reader.wants_action(text))):
            return False
        self.facts["advised_again"] = True
        self.event("explained_again", code=code.code, after="offer")
        self.reply("\n".join(self._code_advice(code)))
        self.offer_person("explained", again=True)
        return True

    def _clarify_by_reading(self, text: str) -> bool:
        """A typed reply to "which of these?" (or to "tell me more" after one): "不知道",
        "嗯", "我也看不懂" cannot choose; the first time they are asked to say more in their
        own words, the second time the likeliest comes first (a skilled agent starts there,
        and says which). More words about the fault are read together with the first message
        ("挥的时候没有任何提示" after "闪付碰一下没反应"): the two may tell what neither told."""
        reader = self.engine.interpreter
        options = self.facts.get("clarify") or []
        if not options:
            return False
        if reader.what_was_asked(text) and not reader.confused_besides_asking(text) and not reader.observed(text) \
                and not self.facts.get("urgent_confirm"):
            # lead35: "ok where were we" after a wait: the choices again, not the likeliest for them
            self.event("options_reshown", why="asked_back")
            self._offer_options(options, self.say("clarify_reshow"))
            return True
        # "咁點算" (so what do I do?) asks for advice instead of choosing: give it at once
        # a question anywhere in it ("sim是啥 是里面那个小卡吗 我没连wifi")
        asks = "?" in text or "？" in text or any(reader.asks(c) or reader.asks_back(c)
                                                   for c in [text, *split_clauses(text, questions=False)])
        # dlg63: "dunno, what do you mean", "咩意思" - the options themselves not understood (no
        # word of the trade, no fault named in it): a plainer question first (what the screen
        # shows, in their own words), not the likeliest at once; asked back again, the likeliest
        lost = (not reader.wants_action(text) and reader.asks_back(text) == "define"
                and not terms_named(self.kb, text) and not reader.observed(text)
                and self.engine.recogniser.recognise(reader.plain(text)).decision == "unknown")
        wants_advice = reader.wants_action(text) or (
            asks and not lost and not any(ch.isdigit() for ch in text) and not reader.observed(text))
        cannot = reader.unsure(text) or reader.unable(text) or reader.hurries(text) or (
            reader.bare_verdict(text) == "yes") or wants_advice or lost
        if cannot and (urgent := self.facts.get("urgent_confirm")) and [["symptom", urgent]] == options:
            # dlg36: the urgent fault's confirming question ("does the screen show a red
            # TAMPER warning, is it locked?") answered with no yes ("你这说的我不明白 直说咋办",
            # "what? just tell me what to do"): a yes with it confirms; without one the urgent
            # fault is not taken as the likeliest (its handoff needs telling words), the
            # merchant is asked to say what they see, as after "none of these".
            if reader.leading_verdict(text) == "yes":
                return False  # the one option's yes (the dispatch, after this reading)
            self.event("urgent_unconfirmed", symptom=urgent)
            self.not_understood(text)
            return True
        if cannot and not self.facts.get("clarify_unsure") and not wants_advice:
            self.facts["clarify_unsure"] = True
            if lost and not reader.unsure(text, whole=True):
                # ("what do you mean" alone is no "不知道" the caller prompts after)
                self.go("ask_problem")
                self.reply(self.say("ask_problem"))
                return True
            return False  # "tell me what the screen shows, or describe it"
        if cannot:
            self._start_likeliest(self._likeliest_option(options, f"{self.facts.get('text') or ''} {text}"),
                                  self.facts.get("text", ""))
            return True
        rec = self.engine.recogniser.recognise(reader.plain(text))
        if rec.code or (rec.decision == "confident" and rec.symptom):
            return False  # the new words say it on their own
        first = self.facts.get("text") or ""
        if (named := self._likeliest_option(options, text, only_clear=True)):
            # "yeah tap, most folks tap their phone" to "contactless, chip or PIN?": the
            # answer its words give fits one option better than the others
            target_kind, target_id = named
            self.event("clarified", kind=target_kind, id=target_id, by="answer")
            self.start_problem(target_kind, target_id, f"{first} {text}", sure=True)
            return True
        if fitting := self._option_tried(text):
            # lead25: "插住電㗎", "换了插座都一样" to "won't switch on, the app won't open, or
            # it asks to sign in?": a step done that belongs to one option's causes only is
            # the merchant's choice, said by what they did about it (dlg83: before the facts its
            # words may also tell: "插蘇有電㗎" is the socket checked, no news that the terminal has power)
            target_kind, target_id = fitting
            self.event("clarified", kind=target_kind, id=target_id, by="tried")
            self.start_problem(target_kind, target_id, f"{first} {text}", sure=True)
            return True
        observed = reader.observed(text)
        if observed and (fitting := self._options_fitting(options, observed)):
            # what the first message already answered counts too ("用手机感应" is contactless)
            fitting = self._likeliest_option(options, f"{first} {text}", only_clear=True) or fitting
            # dlg101: ... unless the facts point far more to the fault the new words name on their
            # own ("no connection, and the wifi icon is crossed out" to "a long outage, not
            # registered, or the bank down?": the Wi-Fi, none of the options)
            fitting = self._facts_fit_new(options, observed, rec) or fitting
            # "只有这张卡这样，别的客人都可以" to "which code is on the screen?": a fact, not
            # a choice. A human agent takes the fact and goes on with the option it fits best
            # rather than ask again.
            target_kind, target_id = fitting
            self.event("clarified", kind=target_kind, id=target_id, by="fact")
            self.reply(self.say("fact_then_likeliest", facts=self._observations_listed(observed),
                                title=self._title_of(target_kind, target_id)))
            self.start_problem(target_kind, target_id, f"{first} {text}")
            if self.state not in ("handoff", "closed"):
                self.note_observations(observed)  # kept for the handoff card
            return True
        if asks and not any(ch.isdigit() for ch in text):
            # a question back ("sim是啥 是里面那个小卡吗") chooses nothing: the likeliest
            # option, read with the first message, and the dialog goes on from there
            self._start_likeliest(self._likeliest_option(options, f"{first} {text}"), f"{first} {text}")
            return True
        together = self.engine.recogniser.recognise(reader.plain(f"{first} {text}"))
        if together.code or (together.decision == "confident" and together.symptom):
            self.describe(f"{first} {text}")
            return True
        if (together.decision == "ambiguous" and together.category and together.candidates
                and [together.candidates[0].kind, together.candidates[0].id] not in options
                and together.category == self.engine.recogniser.recognise(reader.plain(first)).category):
            # "no connection" + "we use the shop wifi": the same kind of fault, and the two
            # together point to another reading than the options did; go on from there.
            self.describe(f"{first} {text}")
            return True
        return False

    def _option_causes(self, kind: str, target: str) -> list[str]:
        if kind == "code":
            return self.kb.causes_of_category(self.kb.code(target).category)
        return list(self.kb.symptoms[target].causes)

    def _start_likeliest(self, option: list, problem_text: str) -> None:
        """The merchant cannot choose: go on with the likeliest option, said as such (an urgent
        fault's check is answered before this, above, and never asked twice: _confirm_urgent)."""
        target_kind, target_id = option
        self.event("clarified", kind=target_kind, id=target_id, by="likeliest")
        self.reply(self.say("likeliest_first", title=self._title_of(target_kind, target_id)))
        self.start_problem(target_kind, target_id, problem_text)

    def _choice_corrected(self, text: str) -> list | None:
        """lead35: the merchant takes back the option they chose at "which of these?" ("sorry i
        meant chip not tap", "我说错了 是插卡的时候"; readings.yaml `choice_corrected`): another of those
        options that the message clearly names, else None."""
        options = self.facts.get("chosen_from") or []
        problem = self.facts.get("problem") or {}
        current = ["symptom", problem.get("symptom")] if problem.get("symptom") else ["code", problem.get("code")]
        others = [list(o) for o in options if list(o) != current]
        if not others or not self.engine.interpreter.corrects_choice(text):
            return None
        # (all the options weighed, the one chosen among them: "我说错了 是插卡读不了" after choosing
        # the chip names it again, no other)
        named = self._likeliest_option([list(o) for o in options], text, only_clear=True)
        if named is None:  # the option the recogniser ranks first, if it ranks any
            ranked = self.engine.recogniser.recognise(self.engine.interpreter.plain(text)).candidates
            named = next((list(o) for c in ranked if c.score >= CORRECTED_CHOICE_SCORE
                          for o in options if list(o) == [c.kind, c.id]), None)
        return named if named in others else None

    def _likeliest_option(self, options: list, text: str, only_clear: bool = False) -> list | None:
        """The option to start from when the merchant cannot choose: the one whose causes
        best fit the answers their own words already give ("客人用手机感应付款" answers "how
        is the card presented?" with tap: contactless, not a damaged card); else the first.
        `only_clear`: that option only when it fits clearly better than every other, else None."""
        given = self.engine.interpreter.volunteered(self.engine.interpreter.plain(text), set(self.kb.questions))
        if not given or any(kind != "symptom" for kind, _ in options):
            # (codes stand for whole categories, whose causes answers weigh unevenly)
            return None if only_clear else options[0]

        def fit(kind: str, target: str) -> float:
            causes = self._option_causes(kind, target)
            scores = [diagnosis.likelihood(self.kb, self.kb.questions[q], a, c) for c in causes
                      for q, a in given.items()]
            return sum(scores) / len(scores) if scores else 0.0
        scored = sorted(((fit(kind, target), -n) for n, (kind, target) in enumerate(options)), reverse=True)
        if only_clear and (len(scored) > 1 and scored[0][0] < CLEAR_FIT * scored[1][0]):
            return None
        return options[-scored[0][1]]

    def _options_fitting(self, options: list, observed: list[str]) -> list | None:
        """The offered option the stated facts point to most (mean signed weight of the facts
        over its causes; a code stands for the causes of its category), or None when the
        facts point away from every option: then they describe something else."""
        def fit(kind: str, target: str) -> float:
            if kind == "code":
                causes = self.kb.causes_of_category(self.kb.code(target).category)
            else:
                causes = list(self.kb.symptoms[target].causes)
            weights = [cause_factors(self.kb, o).get(c, 0) for o in observed for c in causes]
            return sum(weights) / len(weights) if weights else 0.0
        scored = [(fit(kind, target), n) for n, (kind, target) in enumerate(options)]
        best, n = max(scored, key=lambda s: (s[0], -s[1]))
        return options[n] if best >= 0 else None

    def _facts_fit_new(self, options: list, observed: list[str], rec) -> list | None:
        """dlg101: the symptom the new message is likeliest to name on its own, when the stated
        facts point to one of its causes clearly (2 or more, summed over the facts) and to every
        offered option's causes less; else None."""
        def strength(kind: str, target: str) -> int:
            return max((sum(cause_factors(self.kb, o).get(c, 0) for o in observed)
                        for c in self._option_causes(kind, target)), default=0)
        top = rec.candidates[0] if rec.candidates else None
        if top is None or top.kind != "symptom" or [top.kind, top.id] in options:
            return None
        new = strength(top.kind, top.id)
        if new >= 2 and all(strength(kind, target) < new for kind, target in options):
            return [top.kind, top.id]
        return None

    def _option_tried(self, text: str) -> list | None:
        """The one offered option whose causes the steps this message says were done are fixes
        of (none when they fit several, as a restart does, or none). Read once a message: the
        "none of these" reading and the typed choice both ask (kept with the text and options)."""
        options = self.facts.get("clarify") or []
        key = (text, repr(options))
        if self._tried_read is not None and self._tried_read[0] == key:
            return self._tried_read[1]
        done = self.engine.interpreter.tried_fixes(text) if options else []
        fitting = [option for option in options
                   if any(fix in self.kb.causes[c].fixes for c in self._option_causes(*option) for fix in done)]
        found = fitting[0] if len(fitting) == 1 else None
        self._tried_read = (key, found)
        return found

    def _none_of_these(self, text: str) -> bool:
        """A reply to "which of these?" that only says no ("nope, same deal", "都不是"): it
        names no code, and is a no or a failure in a short reply."""
        reader = self.engine.interpreter
        if any(ch.isdigit() for ch in text) or len(text) > COMMAND_MAX_CHARS or reader.unsure(text):
            return False  # "no idea" cannot choose; it is not a "none of these"
        if reader.asks(text) or "?" in text or "？" in text:
            return False  # "所以是客人手机的问题还是我的？": 还是 of an either-or, no "still failing"
        rec = self.engine.recogniser.recognise(reader.plain(text))
        if rec.decision == "confident" and rec.symptom:
            # "按键都没反应" to "…, keys not working?": that option, in its own words; "不是 是打印
            # 不出来", "nope, its the printer": another fault named after the no (it was "sorry, I
            # didn't understand", with "打印不出来" among the examples)
            return False
        if reader.leading_verdict(text) == "yes":
            return False  # lead17: "係呀 次次都係咁": a yes to the fault, not "none of these"
        if self._option_tried(text):
            return False  # lead25: "換咗個插蘇都係咁": a step of one option done, still failing
        return reader.leading_verdict(text) == "no" or reader.outcome(text) == "failed"

    # -- reading a message in context -----------------------------------------------------

    def _late_money_fact(self, text: str) -> str | None:
        """The money-late fact (intents.yaml payout `days_late`) when the text names a sale's
        weekday and today's past the payout day; else None."""
        payout = self.kb.intents.get("payout")
        if payout and payout.days_late and days_late(text, payout.weekdays, payout.today_words):
            return payout.days_late
        return None

    def _money_late(self, text: str) -> str | None:
        """The money-late fact, not yet noted, when this reply and the problem's first message
        name a sale's weekday and today's past the payout day."""
        payout = self.kb.intents.get("payout")
        if not payout or not payout.days_late or payout.days_late in self.facts["noted"]:
            return None
        if not {c for c, w in cause_factors(self.kb, payout.days_late).items() if w > 0} \
                & set(self.facts.get("candidates") or {}):
            return None  # a problem of no payout ("the engineer came thursday … it's saturday")
        return self._late_money_fact(f"{(self.facts.get('problem') or {}).get('text') or ''} {text}")

    def _without_question_echo(self, text: str) -> str:
        """lead35: our question quoted back, the answer after it ("what else on the screen? nothing
        else just the number", "which way fails? chip only", "多久了？九点多开始的"): the answer is what
        is read. The quoted question says nothing of the shop; read with the answer it was taken
        for a goodbye ("nothing else") or for a question back. Only a question of a few words, and
        an answer that does not itself ask; a topic echoed alone stays ("Settlement? never pressed it")."""
        reader = self.engine.interpreter
        found = _QUESTION_THEN_ANSWER.match(text.strip())
        if not found:
            return text
        head, tail = found["head"], found["tail"]
        short = len(fuzzy_key(head).replace(" ", "")) <= ECHO_MAX_CJK if has_cjk(head) else len(head.split()) <= ECHO_MAX_WORDS
        if short and _ASKING_WORD.search(head.lower()) and reader.asks(head + "?") and not reader.asks(tail) \
                and not reader.observed(head) and self._echoes_our_prompt(head) \
                and not self.engine.recogniser.recognise(reader.plain(head)).code \
                and not reader.asks_which_of(text):
            # (lead39: "which key? the red one or the side one" - the tail is the choice they ask
            # us to make, not their answer: the whole stays a question back)
            self.event("question_echo_dropped", echo=head[:80])
            return tail
        return text

    def _echoes_our_prompt(self, head: str) -> bool:
        """The merchant's question repeats words of the step we are on: our question or the fix
        shown. Their own question ("where were we at?", "which part were we at?") or an unsure
        answer said as a question ("It is Sunmi? P2 I think") is no echo: dropped as one, the
        request or answer was lost and the rest re-asked (holdout55's c04 and c12, round
        thirty-five: 9 re-asks more)."""
        langs = ("zh", "en")
        if self.state == "diagnosing" and self.facts["question"]:
            texts = [self.kb.questions[self.facts["question"]].text]
            said = []
        elif self.state == "fixing" and self.facts.get("fix"):
            fix = self.kb.fixes[self.facts["fix"]]
            texts = [fix.title]
            said = [step for lang in langs for step in getattr(fix.steps, lang)] + [
                say("fix", lang, n=1, title="", steps="") for lang in langs]
        else:
            return False
        prompt = " ".join([getattr(t, lang) for t in texts for lang in langs] + said).lower()
        if has_cjk(head):
            bare = re.sub(r"[吗嗎呢啊呀咩么麼了的？?\s]", "", head)
            return any(bare[i:i + 2] in prompt for i in range(len(bare) - 1))
        stems = {w.rstrip("s")[:5] for w in re.findall(r"[a-z]{3,}", prompt)}
        return any(w.rstrip("s")[:5] in stems for w in re.findall(r"[a-z]{3,}", head.lower())
                   if not _ASKING_WORD.fullmatch(w) and w not in _ECHO_FILLER)

    def _read_in_context(self, text: str) -> None:
        """Diagnosing, fixing or offering a person: read the message against everything it
        could mean here (dialogs.interpret) and act on the best reading."""
        readings = self.engine.interpreter.read(self.state, self.facts, text)
        if side := self.engine.interpreter.side_question(text):
            # dlg88: "would a new battery cost me much? it's charged all night, dead by ten": the
            # question answered as far as we know (once in a conversation), then the message read
            # as any reply, less what only the asking clause seemed to tell ("会不会扣两次" is no
            # double charge)
            key, rest, asking = side
            void = set(self.engine.interpreter.observed(asking)) - set(self.engine.interpreter.observed(rest))
            readings = [r for r in (Reading(r.kind, r.score, tuple(o for o in r.value if o not in void))
                                    if r.kind == "observation" else r for r in readings)
                        if (r.kind != "observation" or r.value) and not (
                            r.kind in ("asking", "asks_back") and not self.engine.interpreter.asks(rest))]
            answered = self.facts.setdefault("side_answered", [])
            opening = "" if key in answered else self.say(key)
            answered += [key] if opening else []
            self.event("side_question", about=key, again=not opening)
            if not rest or not readings:
                # nothing else, or nothing we can read beside it ("客人问我"): the pending step again
                self._short_reask(opening)
                return
            if opening:
                self.reply(opening)
        if late := self._money_late(text):
            # lead17: "今天都礼拜二了" to the weekend's payout explanation of Friday's takings
            readings.append(Reading("observation", OBSERVED, (late,)))
        self.event("read", state=self.state,
                   readings=[[r.kind, round(r.score, 2)] for r in readings[:4]])
        if self.state in ("diagnosing", "fixing") and (chosen := self._choice_corrected(text)):
            # lead35: "sorry i meant chip not tap", "我说错了 是插卡": the option they meant, from the start
            self.event("clarified", kind=chosen[0], id=chosen[1], by="corrected")
            self.start_problem(chosen[0], chosen[1], f"{self.facts.get('text') or ''} {text}", sure=True)
            return
        if self.state in ("diagnosing", "fixing") and self._only_asked_back(text, readings) \
                and not self.engine.interpreter.confused_besides_asking(text):
            # lead34: "好了 刚才你说啥来着", "sorry what was the question?" after a wait: the
            # question or the step said again, not set aside as unknown (lead35: but not when they
            # say too that they did not follow it, "你问的什么 没看懂": that is said plainer)
            self._repeat_prompt(why="asked_back")
            return
        if self.state == "offering_human" and self.facts.get("stop_reason") != "explained" \
                and self._only_asked_back(text, readings) and not self.engine.interpreter.confused_besides_asking(text):
            # dlg98: "sorry, where were we? had a customer in" at the person offer: where we had got
            # to and the offer again, not a message nobody understood (nor, asked twice, a person
            # put through unasked)
            self.event("offer_reshown", why="asked_back")
            self.reply(self.say("where_we_were"))
            self._repeat_prompt(why="asked_back")
            return
        if self._only_confused(text, readings):
            self._simplify()  # dlg88: "你讲的我不晓得", "you've lost me": the same, in plain words
            return
        if near := [n for r in readings if r.kind == "near" for n in r.value]:
            self.note_near_facts(near)  # dlg48: weighed before the message's own reading
            readings = [r for r in readings if r.kind != "near"]
        main = [r for r in readings if r.kind != "observation"]
        # Only what is new counts: a fact said again does not move the dialog on.
        # (dlg48: a fact only guessed before, now told in words a phrasing reads, is new)
        guessed = {o for o, _ in self.facts.get("near", [])}
        observed = [o for r in readings if r.kind == "observation" for o in r.value
                    if o not in self.facts["noted"] or o in guessed]
        said_again = [o for r in readings if r.kind == "observation" for o in r.value
                      if o in self.facts["noted"] and o not in guessed]
        best = main[0] if main else None
        asked = self.engine.interpreter.verdict_asked(text) if self._short_question(text) else None
        if asked == "verdict" and best and best.kind == "outcome" and best.value == "failed" \
                and self.state == "fixing" and self.engine.interpreter.failed_beside_verdict(text):
            # lead32: "no. is it broken?", "没用 是不是坏了": the step failed, and they ask whether the
            # terminal is broken; the likeliest cause was the step's own, so no verdict is given from
            # it: said so, and the failure taken as any other (not "does it work now?" again)
            self.event("verdict_asked", state=self.state, asked="verdict", again=False)
            self.reply(self.say("verdict_after_failed"))
        elif asked and not (
                observed and self.engine.interpreter.facts_beside_verdict(text)) and not (
                best and (best.kind in ("hand_on", "human", "self_fixed", "cleared")
                          or best.kind == "outcome" and best.value == "worked")) \
                and self._answer_verdict(text, asked):
            # rec43: "so is it broken or not?", "那到底是机器的问题还是纸的问题", "我不是问机器 是问
            # 短信": a question back on the verdict, answered (not read as an outcome or "unclear")
            return
        if best and best.kind == "problem" and self._unsure_urgent(best.value, text):
            # dlg25: "top corner of screen is writing DEMO in red" mid-diagnosis: one word
            # ("red") matched to an urgent fault (tamper) without its telling words would only
            # ask "is it a red TAMPER warning?" and drop the diagnosis: it is information.
            self.event("urgent_not_taken", symptom=best.value.symptom)
            main = [r for r in main if r.kind != "problem"]
            best = main[0] if main else None
        if best and best.kind == "problem":
            if best.score >= NEW_PROBLEM and (not observed or best.score >= 0.8):
                self.reply(self.say("new_problem"))
                self.go("switch_problem")
                # A fault told as news in one clause ("对了 现在屏幕也黑了") is described by it.
                news = best.value.text if best.value.text != self.engine.interpreter.plain(text) else text
                self.describe(news)
                return
            # A fault like the current one ("wifi" while fixing a connection): information.
            main = [r for r in main if r.kind != "problem"]
            best = main[0] if main else None
            if best is None and self.state == "diagnosing" and self._lean_on_described_fault(
                    self.engine.interpreter.plain(text), observed):
                # "打出来的单子是空白的" while narrowing 0020000: evidence, not a new problem.
                self.reply(self.say("noted", facts=self._title_of("symptom", best_symptom(readings))))
                self._continue()
                return
        if self.state == "fixing" and (finding := self._finding(observed + said_again, best)):
            # "扣了 短信都有" during "check whether the customer was charged": that branch's
            # advice; "did that settle it?" as for any fix (a bare "ok" now answers it)
            self.facts["finding"] = finding.observation
            self.facts["waited"] = self.facts["fix"]
            if finding.observation not in self.facts["noted"]:
                self.note_observations([finding.observation])
            self.event("finding", fix=self.facts["fix"], observation=finding.observation)
            self.reply(self.local(finding.says) + "\n" + self.say("finding_settled"),
                       self._fix_buttons(self.facts["fix"]))
            return
        if best and best.kind == "hand_on":
            self._handed_on()
            return
        tie = near_tie(readings)
        if tie and self._all_told(tie, observed + said_again):
            # "what changed?" answered with two changes ("孩子拿去玩了 桌面上多了几个图标"): an
            # open question's answers can all be true, and each was told: none to choose
            tie = []
        if tie and (unusual := self._told_beside_normal(tie, observed + said_again)):
            # "用旧手机的充电头插着 电量也是满的" to the power-source question: both facts were
            # told and both are true; the one out of the ordinary answers the question, the
            # normal state beside it is no rival ("which of these?" would ask the merchant to
            # choose between two things they said).
            best, tie = unusual, []
        if tie and (agreed := self._agreeing(tie)):
            # "I always have my gloves on, it works for my wife though" to how the screen is
            # touched: both answers point to the gloves and neither rules out what the other
            # supports; "which of these?" would ask to choose between two things they said
            best, tie = agreed, []
        if tie and self._tells_decisive(observed, tie):
            # dlg42: a story that names a cause outright ("it was updating, the cleaner pulled the
            # plug, it has been like this since") beside words that fit two answers ("spinning",
            # "switched on"): the fact is what it tells; "which of these?" would drop it
            best, tie = None, []
        if tie and self.facts.get("confirmed") != self.facts["question"]:
            self.facts["confirmed"] = self.facts["question"]  # confirm once, then take the best
            self._confirm(tie)
            return
        if (best and best.kind not in ("intent", "asking", "complaint")) or observed:
            self.facts["stray"] = 0
        if (observed or said_again) and best and best.kind == "intent" and best.value != "human":
            best = None  # a stated fact is not small talk ("早上…中午就关机了" is no greeting)
        if self.state == "fixing" and (best is None or best.kind == "done") and self._fault_now_gone(
                observed + said_again, text):
            # "ok flipped it, printing fine now" during the paper fix of blank receipts: the
            # part at fault works now, so the fix worked (it was "Noted: printing works", and
            # "does it work now?" again; lead24: "翻过来了 打印正常了", the step said done beside it)
            self.fix_outcome(True)
            return
        if (self.state == "fixing" and observed and self._pending_fix_moot(observed)
                and (best is None or best.kind in ("asks_back", "unsure", "done", "cannot"))):
            # "cant find any antenna, it has none" during "screw the antenna back on": what
            # they found rules out what the step mends, so it did not help; the next one
            self.reply(self.say("noted", facts=self._observations_listed(observed)))
            self.note_observations(observed)
            self.fix_outcome(False)
            return
        if self.state in ("fixing", "diagnosing") and observed and (
                best is None or best.kind in ("done", "answer") or best.kind == "outcome" and best.value != "worked") and (
                instead := self._every_card_instead(observed)):
            # lead33: "tried 3 different cards all declined" during a card fault's step: then it
            # is not the customers' cards; the fault every card gets is diagnosed instead (it
            # went on with the card fault's next step, a currency prompt)
            self.event("every_card_rescoped", symptom=instead)
            self.reply(self.say("not_the_cards_told"))
            # (the two messages a clause apart: each read as said, "nah every card" opens its own)
            told = "; ".join(filter(None, [self.facts["problem"].get("text"), text]))
            self.start_problem("symptom", instead, told, sure=True)
            return
        tried_noted = bool(best and best.kind == "tried")
        if tried_noted or (observed and any(r.kind == "tried" for r in readings)):
            # (lead24: "flipped it, still blank" during the jam fix: beside the fact, the fix it
            # names was done too, not to be suggested next)
            self._note_already_tried(text, observed)
        if tried_noted:
            best = None
        if observed:
            if best is None:
                self.reply(self.say("noted", facts=self._observations_listed(observed)))
            if self.note_observations(observed):
                return  # the pending question is answered by it; the dialog moved on
        small_talk = best is not None and best.kind == "intent" and best.value not in (
            "thanks", "bye", "greeting", "human")
        if (best is None or small_talk) and self.state in ("diagnosing", "fixing"):
            # An answer to another question ("it happens when I turn it on") counts too, beside
            # a fact told with it ("signal full, it runs on a SIM": the SIM answers how it goes
            # online; the fact was noted above).
            before = len(self.facts["answers"])
            self._note_volunteered_answers(text, apart_from_facts=bool(observed))
            if len(self.facts["answers"]) > before:
                if not observed:
                    self.reply(self.say("noted", facts=self._answers_listed(self.facts["answers"][before:])))
                observed = [*observed, *(q for q, _ in self.facts["answers"][before:])]
                best = None
        if (self.state == "diagnosing" and not observed and (
                best is None or small_talk) and self._still_failing(text)):
            # (also after a fix they name as done: "試咗 重啟咗路由器 都係咁" to "what
            # changed?" says how things stand, noted above; the question bare again would
            # sound deaf, and a second time it is skipped)
            self._still_failing_noted()
            return
        if best is None:
            if observed or tried_noted:
                # dlg86: what the merchant told in reply to the question was noted and said back:
                # that is their answer to it, as far as they can give one; the same question
                # again word for word would sound deaf ("Noted: the power is fine. | Look at the
                # power cable ... ?"), so the dialog moves on (for every question)
                self._continue(told=observed or ("tried",))
            elif said_again and self.state == "offering_human":
                # The same fact again at the person offer: understood, nothing more to add;
                # the offer once more, and a person when it comes again.
                self.facts["stray"] = self.facts.get("stray", 0) + 1
                if self.facts["stray"] >= MISUNDERSTOOD_LIMIT:
                    self.escalate("stuck")
                else:
                    self._short_reask(self.say("noted_again", facts=self._observations_listed(said_again)))
            elif said_again and said_key(text) not in self.facts.get("said", []):
                # "yes it updated itself overnight", known already: no "didn't catch that"
                # (the same words again word for word are re-asked, and then skipped)
                self.reply(self.say("noted_again", facts=self._observations_listed(said_again)))
                self._continue(told=said_again)
            elif near:
                # dlg48: words nothing else read, clearly nearest a fact's phrasings: that fact
                # (noted above at an ordinary weight), shown as read, not "didn't catch that"
                self.reply(self.say("noted_near", facts=self._observations_listed([o for o, _, _ in near])))
                self._continue()
            elif (again := self._answers_said_again(text)) and said_key(text) not in self.facts.get("said", []):
                # lead35: an answer given before, told again in other words ("since 9" after "since this
                # morning"): known, as a fact said again is, not "didn't catch that"
                self.reply(self.say("noted_again", facts=self._answers_listed(again)))
                self._continue(told=[q for q, _ in again])
            else:
                self._reask(text)
            return
        if best.kind == "answer":
            if any(r.kind == "tried" for r in readings):
                # lead16: "卷紙反轉咗 仲係白紙" to "what happens when it prints?": the answer,
                # and the flip they did, which is then not suggested as if new
                self._note_already_tried(text)
            if self.facts["question"] and not self._answered(self.facts["question"]):
                # An answer may say more than was asked ("刷磁条才报 插芯片没事" to "which step
                # fails?"): what it tells other questions counts too, so they are not asked.
                self.answer(self.facts["question"], best.value, said=text)
            else:
                self._continue()
        elif best.kind == "unsure":
            if self.state == "diagnosing":
                if best.value == "skip":  # no answer in it, and none to come: say so
                    self.reply(self.say("skip_question"))
                elif best.value == "repeated":  # dlg88: their words again: told already, noted
                    self.event("repeated_reply", question=self.facts["question"])
                    self.reply(self.say("repeated_skip"))
                self.answer(self.facts["question"], "?")
            elif self.state == "fixing" and self.facts.get("unsure_fix") != self.facts["fix"]:
                self.facts["unsure_fix"] = self.facts["fix"]
                self.reply(self.say("fix_unsure"))
                self.offer_fix(self.facts["fix"], again=True)
            elif self.state == "fixing":
                self.fix_outcome(False)  # twice they cannot tell: it did not visibly help
            elif not self._advice_again(text):
                self.escalate("stuck")
        elif best.kind == "cleared" and self._success_in_doubt(text):
            self._confirm_success("cleared", None)
        elif best.kind == "cleared":
            self._cleared_by_merchant()
        elif (best.kind == "self_fixed" or best.kind == "outcome" and best.value == "worked") \
                and self._success_in_doubt(text):
            self._confirm_success(best.kind, best.value)
        elif best.kind in ("self_fixed", "outcome") and self.state in ("offering_human", "diagnosing"):
            self._resolve_on_success(best.kind, best.value)
        elif best.kind == "outcome" and best.value == "worked" and self.state == "fixing" and (
                after := self.engine.interpreter.then_new_problem(text, self.facts)):
            # "好了 不过现在打印不出来了": the fix worked; the new fault is taken up at once
            # (the rating can wait until it is sorted too).
            self.fix_outcome(True, rate=False)
            self.reply(self.say("new_problem"))
            self.describe(after.text)
        elif best.kind == "outcome":
            if best.value != "worked":
                # "no sir nothing changed": the fix failed, and "what changed?" is answered too
                self._note_volunteered_answers(text)
            done_instead = next((r.value for r in readings if r.kind == "tried"), ())
            if best.value == "worked" and len(done_instead) == 1:
                # "挪进去了 现在可以了" while the restart is pending: what they did is what
                # worked (the restart was not tried; the figures credit the right fix)
                self.event("fix_instead", fix=done_instead[0], pending=self.facts["fix"])
                self.facts["fix"] = done_instead[0]
            self.fix_outcome(best.value == "worked", partly=best.value == "partly")
        elif best.kind == "named_fix":
            # "need new battery?": the remedy they name, if it is one of this fault's; a
            # remedy only people can carry out (a new battery) is a person, offered at once
            if self.kb.fixes[best.value].escalates:
                self.reply(self.say("named_fix_people", title=self.local(self.kb.fixes[best.value].title)))
                self.offer_person("named")
            else:
                self.reply(self.say("named_fix_next"))
                self.offer_fix(best.value)
        elif best.kind == "act":
            self._act_now()
        elif best.kind == "wait" and self.state == "fixing" and self.facts.get("fix") \
                and self.kb.fixes[self.facts["fix"]].explains:
            # "哦 周末的要顺延 那我下午再看看": the explanation taken on board, nothing to try
            self.event("explanation_taken", fix=self.facts["fix"])
            self.fix_outcome(True)
        elif best.kind == "wait" and (told := self._explanation_told(observed)):
            # rec47: "好 那我等放完假第一个上班日再看": a wait, with a fact told beside it that explains
            # the fault (the holiday holds the payout): the explanation now, not "take your time"
            self.event("explanation_told", fix=told[1], pending=self.facts["fix"])
            self.offer_fix(told[1], cause=told[0])
        elif best.kind == "wait":
            self._wait(text)
        elif best.kind == "asks_back":
            self._explain_step(text)
        elif best.kind == "password_unknown":
            # dlg71: the staff's password the step needs is unknown: the provider gives or resets
            # it, so a person (or another fix), not the same step again
            self.facts.setdefault("not_again", []).append(self.facts["fix"])
            self.offer_person("password")
        elif best.kind == "done" and self.facts.get("done_fix") == self.facts.get("fix") and \
                self.facts.get("sale_asked_fix") != self.facts.get("fix") and \
                self.engine.interpreter.step_reported(text):
            # dlg71: a bare "done" / "试了" again after "now try a sale": the sale tried, how it went
            # unsaid; asked once, plainly, whether it went through (not counted as failed). The
            # step itself said done again ("盖子盖好了" twice, l14) still moves on.
            self._ask_how_the_sale_went()
        elif best.kind == "done" and self.facts.get("done_fix") == self.facts.get("fix"):
            # "done" a third time for the same step, still no word on how it went: as if unsure,
            # so the dialog moves on instead of asking the same thing for ever
            self.fix_outcome(False)
        elif best.kind == "branch":  # "有两笔": the step of the fix that this finding leads to
            step = self.local(self.kb.fixes[self.facts["fix"]].steps)[best.value]
            self._short_reask(self.say("fix_branch", step=step))
        elif best.kind == "done" and observed and self.facts.get("fix") in self._pointless_fixes():
            # dlg63: "插着电的 充电灯亮着" to "check the power supply": what they found at the step
            # says it does not apply (fixes.yaml pointless_when); the next, not "did it work?"
            self._continue()
        elif best.kind == "before":
            # lead39: "it was fine yesterday", "早上还能用" at a step: how it was before this began,
            # no word on now; the answer it gives another question is noted, and now is asked
            self.event("fine_before", fix=self.facts.get("fix"))
            self._note_volunteered_answers(text, apart_from_facts=False)
            self._short_reask(self.say("fix_before_noted"))
        elif best.kind == "done" and self.engine.interpreter.ran_a_sale(text):
            # lead39: "ran a card", "刷了一笔": the step done and a sale run on it, how it went
            # unsaid: asked whether that sale went through (not "now try a sale", which they did)
            self.facts["done_fix"] = self.facts.get("fix")
            self._ask_how_the_sale_went()
        elif best.kind == "done":  # "擦了": the step is done; ask how it went, briefly
            self.facts["done_fix"] = self.facts.get("fix")
            self._short_reask(self.say("fix_done"))
        elif best.kind == "cannot":
            # "i dont have a window in my shop": this step cannot be done here; the next one
            self.event("fix_not_doable", fix=self.facts["fix"], asked_other=best.value == "other")
            self.facts.setdefault("not_again", []).append(self.facts["fix"])
            self.facts.setdefault("not_doable", []).append([self.facts["fix"], best.value or "cannot"])
            self.facts["fix"] = None
            self.reply(self.say({"other": "fix_set_aside", "password": "fix_password_unknown",
                                 "declined": "fix_declined"}.get(
                best.value, "fix_not_doable")))
            self.next_step()
        elif best.kind == "complaint":
            # "this is the 3rd time this week!!": understood, kept for the agent's card, and the
            # pending step in short; a second one in a row goes the usual way (a person offered).
            self.facts["details"] = " / ".join(filter(None, [self.facts.get("details"), text]))[:500]
            self.facts["stray"] = self.facts.get("stray", 0) + 1
            if self.facts["stray"] >= MISUNDERSTOOD_LIMIT:
                self._reask(text)
                return
            self.event("complaint")
            self._short_reask(self.say("complaint_ack"))
        elif best.kind == "stay":  # "不要转人工": no person, carry on with the pending step
            self._short_reask(self.say("stay_ok"))
        elif best.kind == "asking" and self.facts.get("stray"):
            self._reask(text)  # asked again: the usual way on (skip the question, or a person)
        elif best.kind == "asking":  # "why do you ask?": why we ask, and the question in short
            self.facts["stray"] = 1
            self._short_reask(self.say("question_why"))
        elif best.kind == "more":
            self.facts["extra"] += 1
            self.event("one_more")
            self.next_step(one_more=True)
        elif best.kind == "human":
            self.escalate("asked")
        elif best.kind == "intent":
            if best.value == "human":
                self.escalate("asked")
                return
            if best.value not in ("thanks", "bye", "greeting"):
                self._reask(text)  # "还是不行" mid-question: not small talk, just no answer
                return
            self.reply(self.say("reply_thanks" if best.value == "thanks" else "reply_bye"
                                if best.value == "bye" else "welcome"))
            # Pleasantries answer nothing: counted, so the step moves on instead of looping.
            self.facts["stray"] = self.facts.get("stray", 0) + 1
            if self.facts["stray"] >= MISUNDERSTOOD_LIMIT:
                self._reask(text)
                return
            self._continue()
        else:
            self._reask(text)

    def _resolve_on_success(self, kind: str, value) -> None:
        """Success words outside a pending fix: the fault went away by itself ("cleared"), a
        fix they did themselves ("self_fixed": "重启了一下就好了"), or the fault gone
        ("outcome": the last fix tried, or the step whose instructions they asked for, did it)."""
        if kind == "cleared":
            self._cleared_by_merchant()
            return
        if kind == "self_fixed":
            self.facts["tried"].append([value, True])
            self.event("already_tried", fix=value, worked=True)
            self.resolved(by="bot", fix=value)
            return
        shown = self.facts.get("steps_shown") if self.state == "diagnosing" else None
        if shown:  # the step whose instructions they asked for is what did it
            self.facts["tried"].append([shown, True])
        last = self.facts["tried"][-1][0] if self.facts["tried"] else None
        if last:
            self.facts["tried"][-1][1] = True
        self.resolved(by="bot", fix=last)

    def _success_in_doubt(self, text: str) -> bool:
        """dlg66: success words in the reply to a question, once the merchant has told us a fix
        failed and the fault goes on: most often the answer speaks of the thing asked about
        ("the stand's light is green, it is fine", "did the end of day last night, printed
        fine"), not of the fault, which was failing a moment ago. Asked once per question
        before the conversation is closed as fixed. Not when they say it works now ("ok did it,
        working now", "我自己关了再开 现在好了"): that speaks of the fault."""
        return (self.state == "diagnosing" and bool(self.facts["question"])
                and not _WORKS_NOW.search(text.lower())
                and self.facts["failed_fixes"] > 0
                and self.facts.get("success_doubted_at") != self.facts["question"])

    def _confirm_success(self, kind: str, value) -> None:
        """"Does it work now?" with Fixed / Not fixed; the pending question stays pending, so
        a reply that answers it (or a fact) carries on the diagnosis."""
        self.facts["success_doubted_at"] = self.facts["question"]
        self.facts["success_pending"] = [kind, value]
        self.event("success_in_doubt", question=self.facts["question"], reading=kind)
        self.reply(self.say("success_confirm"), [self.button("btn_solved", "ok"),
                                                 self.button("btn_not_solved", "notok")])

    def _success_reply(self, text: str | None, button: str | None = None) -> bool:
        """The reply to _confirm_success: yes closes as fixed; no says back that it still
        fails, with the pending question again; anything else is read as usual (True when
        handled here)."""
        pending = self.facts.pop("success_pending", None)
        if not pending or self.state != "diagnosing":
            return False
        reader = self.engine.interpreter
        verdict = button or (whole if (whole := reader.whole(text)) in ("yes", "no") else None) \
            or reader.bare_verdict(text)
        if verdict in ("yes", "ok"):
            self._resolve_on_success(*pending)
            return True
        if verdict in ("no", "notok") or (verdict is None and self._still_failing(text)):
            self._short_reask(self.say("still_failing_noted"))
            return True
        return False

    def _answered(self, question_id: str) -> bool:
        return any(q == question_id for q, _ in self.facts["answers"])

    def _answers_said_again(self, text: str) -> list[tuple[str, str]]:
        """lead35: answers the message gives unasked that were given already, the same (a closed
        question's; "since 9" to how long, answered "yes" by "since this morning")."""
        given = {q: a for q, a in self.facts["answers"] if a != "?"}
        closed = {q for q in given if not self.kb.questions[q].open}
        said = self.engine.interpreter.volunteered(text, closed)
        return [(q, a) for q, a in said.items() if given.get(q) == a]

    def _answered_unsure(self, question_id: str) -> bool:
        """Asked, and every answer so far was "not sure"."""
        given = [a for q, a in self.facts["answers"] if q == question_id]
        return bool(given) and all(a == "?" for a in given)

    def _continue(self, told=()) -> None:
        """After a message that did not settle the pending step: go on from what is known.
        `told`: what the message told that was noted and said back (dlg86: facts, or questions
        it answered unasked): the pending question is never asked again word for word."""
        if self.state == "diagnosing" and self.facts["question"] and not self._answered(
                self.facts["question"]):
            pending = self.facts["question"]
            self.facts["question"] = None
            if told and self._note_bears_on(pending, told):
                # dlg86: what they told bears on the question ("power is fine, it charges on its
                # base" to "is a cable loose or damaged?"): their answer as far as they can give
                # one; the same question again would sound deaf: the dialog moves on
                self.event("question_left", question=pending)
                self.next_step()
            else:
                # ... something else was told: on from what is known (a fact that points to a
                # cause brings its remedy), and if the question comes back once, in short with
                # its choices after the note, never word for word as the first time
                self._short_again = bool(told)
                self.next_step(reopen=pending)
        elif self.state == "fixing" and self.facts["fix"]:
            # New facts may have ruled out every cause this fix addresses: then it goes.
            if self.facts["fix"] not in diagnosis.fixes_for(self.kb, self.facts["candidates"]) \
                    or self.facts["fix"] in self._pointless_fixes():
                self.event("fix_withdrawn", fix=self.facts["fix"])
                self.facts.setdefault("not_again", []).append(self.facts["fix"])
                self.facts["fix"] = None
                self.next_step()
            elif (elsewhere := self._points_elsewhere()):
                # "店里没空调 热得要死" while the chip is being cleaned: the fact singles out
                # another cause; its remedy comes first (no fix is offered twice: this one goes).
                self.event("fix_set_aside", fix=self.facts["fix"], cause=elsewhere)
                self.facts.setdefault("not_again", []).append(self.facts["fix"])
                self.facts["fix"] = None
                self.next_step()
            else:  # the card is just above: only the short question again
                self._short_reask("")
        elif self.state == "offering_human" and (pointed := self._fact_since_offer()):
            # "the paper is new, the roll is fatter than the old one" at the person offer: a fact
            # that points decisively to a cause whose own remedy is untried; that remedy is the
            # one more thing
            self.facts["extra"] += 1
            self.event("one_more", by="fact")
            self.offer_fix(pointed[0], cause=pointed[1])
        elif self.state == "offering_human":
            self.offer_person(self.facts.get("stop_reason") or "unlikely", again=True)
        else:
            self.next_step()

    def _note_bears_on(self, question_id: str, told) -> bool:
        """dlg86: something told in reply to the question (facts, or other questions' answers)
        bears on it: a fact one of its answers asks for or that implies one, one about the thing
        it asks after (a word of substance shared: "power"), or one that points to a cause its
        answers speak for or against (as the answers told to other questions may). A fact that
        only weighs against causes ("on the shop's Wi-Fi" to "at which step does it fail?") does
        not answer it."""
        question = self.kb.questions[question_id]
        reader = self.engine.interpreter
        asked_about = {c for a in question.answers for c in (*a.supports, *a.rules_out)}
        asked_words = _content_words(question.text.en)
        for told_id in told:
            if told_id in self.kb.observations:
                if any(q == question_id for q, _ in reader.answer_of_observation.get(told_id, ())) or \
                        reader.implied_answer(question, told_id):
                    return True
                if asked_words & _content_words(self.kb.observations[told_id].says.en):
                    return True  # about the thing asked after ("the power is fine" to "the power cable, loose?")
                if asked_about & {c for c, w in cause_factors(self.kb, told_id).items() if w > 0}:
                    return True
            elif told_id in self.kb.questions:
                other = self.kb.questions[told_id]
                if asked_about & {c for a in other.answers for c in (*a.supports, *a.rules_out)}:
                    return True
        return False

    def _fact_since_offer(self) -> tuple[str, str] | None:
        """(fix, cause) when a fact told since the person was offered points decisively to a
        candidate cause whose own remedy has not been tried (the likeliest such cause); not
        after an explained code."""
        since = self.facts.get("noted_at_offer")
        if self.facts.get("stop_reason") == "explained" or since is None:
            return None
        tried = [f for f, _ in self.facts["tried"]] + self.facts.get("not_again", []) + \
            self._unfounded_fixes()
        candidates = self.facts["candidates"]
        pointed = {cause for obs in self.facts["noted"][since:]
                   for cause, weight in cause_factors(self.kb, obs).items()
                   if weight >= DECISIVE and candidates.get(cause)}
        for cause in sorted(pointed, key=candidates.get, reverse=True):
            own = [f for f in diagnosis.merchant_fixes(self.kb, cause) if f not in tried]
            if own:
                return own[0], cause
        return None

    def _points_elsewhere(self) -> str | None:
        """The cause what the merchant said singles out, when the pending fix does nothing
        for it."""
        tried = [f for f, _ in self.facts["tried"]] + self.facts.get("not_again", []) + \
            self._unfounded_fixes()
        evidenced = self._evidenced_fix(self.facts["candidates"], tried)
        if evidenced and self.facts["fix"] not in diagnosis.merchant_fixes(self.kb, evidenced[1]) \
                and tells_apart(self.kb, self.facts, evidenced[1], self.facts["candidates"]):
            return evidenced[1]
        return None

    def _pointless_fixes(self) -> list[str]:
        """Fixes that what the merchant told us makes useless ("信号满格": no moving the
        terminal for a better signal)."""
        pointless = set().union(*(self.engine.pointless_after.get(o, ()) for o in self.facts["noted"]))
        return [f for f in self.kb.fixes if f in pointless] if pointless else []

    def _unfounded_fixes(self) -> list[str]:
        """dlg72: fixes offered only once a fact of theirs was told (fixes.yaml only_when), none
        told yet: "keep it on the charger for now" before "fine plugged in, fails unplugged"."""
        return self.kb.unfounded_fixes(self.facts["noted"])

    def _act_now(self) -> None:
        """"你就直接说我要怎么搞", "just tell me what to do" to a question: no answer will
        come, and the merchant wants something to do; the question is skipped and the
        likeliest fix comes at once (or a person, when nothing is left to try)."""
        question = self.facts["question"]
        self.event("act_now", question=question)
        self.reply(self.say("act_now"))
        if question and not self._answered(question):
            self.facts["question"] = None
            self._record_answer(question, "?")
        self.next_step(act=True)

    def _change_course(self) -> None:
        """The turn would have said word for word what the bot said last: the merchant is
        stuck on the same step, and saying it again helps no one. A question is skipped for
        the likeliest fix; a fix, or "which of these?", gives way to a person (or the
        likeliest option); at the person offer, a person it is."""
        self.event("loop_broken", state=self.state)
        if self.state == "diagnosing" and self.facts["question"]:
            self._act_now()
        elif self.state == "fixing" and self.facts["fix"]:
            self.facts.setdefault("not_again", []).append(self.facts["fix"])
            self.offer_person("lost")
        elif self.state == "clarifying" and self.facts.get("clarify"):
            self._start_likeliest(self.facts["clarify"][0], self.facts.get("text", ""))
        elif self.state == "offering_human":
            self.escalate("stuck")

    def _only_waits(self, text: str) -> bool:
        """Only a wait ("等一下 我去看看", "hang on, customer here"): nothing told yet, so
        nothing is recorded or recognised. A fact, a code or a fault told with the wait ("let
        me check... it says 2000-01-01") is what it tells."""
        reader = self.engine.interpreter
        if not reader.waits(text) or not reader.opens_with_waiting(text) \
                or reader.observed_beside_tried(text):
            return False
        told = reader.beside_waiting(text)  # "hang on" is no app hanging
        found = self.engine.recogniser.recognise(told) if told else None
        return not (found and (found.code or found.symptom))

    def _explanation_told(self, observed) -> tuple[str, str] | None:
        """rec47: (cause, fix) when a fact just told, beside a wait, points decisively at a cause
        of this problem that is explained, not fixed (its first fix `explains`: a holiday holding
        the payout), while another step is pending; else None."""
        pending = self.facts.get("fix")
        if self.state != "fixing" or not pending or self.kb.fixes[pending].explains:
            return None
        tried = {f for f, _ in self.facts["tried"]}
        candidates = self.facts.get("candidates") or {}
        for o in observed:
            if o not in self.kb.observations:
                continue
            for cause, weight in cause_factors(self.kb, o).items():
                fixes = self.kb.causes[cause].fixes if cause in self.kb.causes else []
                if weight >= DECISIVE and cause in candidates and fixes and fixes[0] != pending \
                        and fixes[0] not in tried and self.kb.fixes[fixes[0]].explains:
                    return cause, fixes[0]
        return None

    def _wait(self, text: str = "") -> None:
        """"稍等 我问问她": fine, the step stays open; said again, they do not know yet, so
        the bot goes on without it. (lead35: but a wait that reports the step done, "ok restarted
        router. wait let me try", is progress: the sale is what they wait for, once per step,
        not the step shown again.)"""
        step = self.facts["question"] or self.facts["fix"] or self.state
        if self.state == "fixing" and self.facts.get("fix") and self.facts.get("done_waited") != step \
                and self.facts["fix"] in self.engine.interpreter.tried_fixes(text):
            self.facts["done_waited"] = self.facts["waited"] = step
            self.facts["waits"] = 1
            self.event("step_done_waiting", fix=self.facts["fix"])
            self.reply(self.say("wait_after_step"))
            self.buttons_stand = True
            return
        if self.facts.get("waited") != step:
            self.facts["waited"] = step
            self.facts["waits"] = 1
            self.reply(self.say("wait_ok"))
            self.buttons_stand = True  # "稍等" then "2": the number answers the buttons shown
            return
        self.facts["waits"] = self.facts.get("waits", 1) + 1
        if self.state == "details":
            self.next_step()  # asked to wait twice for the screen's words: on without them
        elif self.state == "diagnosing":
            self.answer(self.facts["question"], "?")
        elif self.state == "fixing" and self.facts["waits"] <= 2:
            self.offer_fix(self.facts["fix"], again=True)
        elif self.state == "fixing":
            self.fix_outcome(False)  # still no result after the fix was shown again: move on
        else:
            self.escalate("stuck")  # a person was offered and they are busy: a person it is

    def _short_question(self, text: str) -> bool:
        key = fuzzy_key(self.engine.interpreter.plain(text))
        return len(key.replace(" ", "")) <= VERDICT_CHARS if has_cjk(key) else len(key.split()) <= VERDICT_WORDS

    def _answer_verdict(self, text: str, asked: str) -> bool:
        """rec43: a yes/no question back on whether the terminal is at fault ("So is it broken or
        not?", "是不是机器的问题", "那我到底点还是不点"): answered from what is known so far - no,
        with the explanation, when the pending step explains something that is no fault; most
        likely not when the leading cause leaves the terminal sound (categories.yaml
        terminal_sound, or a cause whose first fix is an explanation); "can't tell yet" with the
        likeliest cause otherwise - then the pending question or step again. Said again at the same
        step, the explanation comes in full; a third time, the usual way on (no loop). "我不是问机器
        是问短信" (`elsewhere`) beside no explanation reads the problem again with these words."""
        fix = self.kb.fixes.get(self.facts.get("fix") or "") if self.state == "fixing" else None
        explains = bool(fix and fix.explains)
        if asked == "elsewhere" and not explains and self.state in ("diagnosing", "fixing") \
                and not self.facts.get("reread"):
            opening = self.facts.get("text") or ""
            self.facts["reread"] = True
            self.event("reread", text=text[:500])
            self.reply(self.say("reread"))
            self.go("switch_problem")
            self.describe(f"{text} {opening}".strip())
            return True
        at = f"{self.state}:{self.facts.get('question') if self.state == 'diagnosing' else self.facts.get('fix')}"
        times = self.facts["verdicts"] = [*self.facts.get("verdicts", []), at][-6:]
        again = times.count(at)
        if again > 2:
            return False
        self.event("verdict_asked", state=self.state, asked=asked, again=again > 1)
        if explains and again > 1:
            self._explain_step(text)
            return True
        if explains:
            self.reply(self.say("verdict_explained", title=self.local(fix.title)), self._fix_buttons(fix.id))
            return True
        candidates = {c: p for c, p in (self.facts.get("candidates") or {}).items()
                      if c not in self.facts.get("ruled_out", []) and c in self.kb.causes}
        cause = self.kb.causes[max(candidates, key=candidates.get)] if candidates else None
        if self.state == "fixing" and self.facts.get("fix_cause") in self.kb.causes:
            cause = self.kb.causes[self.facts["fix_cause"]]  # the step's own cause, as it was offered
        if cause is None:
            opening = self.say("verdict_unknown")
        elif self.kb.categories[cause.category].terminal_sound or (
                cause.fixes and self.kb.fixes[cause.fixes[0]].explains):
            opening = self.say("verdict_not_terminal", cause=self.local(cause.title))
        else:
            opening = self.say("verdict_unsure", cause=self.local(cause.title))
        if again > 1 and self.state == "diagnosing" and self.facts["question"]:
            # asked again over the same question: the verdict is what they want, not the question
            # a third time; it is set aside, and the next step follows
            self.reply(opening)
            self.answer(self.facts["question"], "?")
            return True
        if again > 1 and self.state == "fixing" and fix:
            self.reply(opening)
            self._explain_step(text)
            return True
        self._short_reask(opening)
        return True

    def _explain_step(self, text: str = "") -> None:
        """A question back about the pending step ("签到是什么", "how?"): the step again in
        full, with how to go on; asked again about the same step, a question is skipped
        and a fix gets a person offered (who can walk them through it), never a loop. Words
        of the trade it names ("咩叫結算") are first said in plain words (glossary.yaml), each
        once per conversation; a question back about a word not yet explained is no repeat."""
        if self.state == "diagnosing" and self.facts["question"] and (
                fix_id := self.engine.interpreter.step_asked_how(text, self.facts)):
            self._steps_of(fix_id)
            return
        step = self.facts["question"] or self.facts["fix"]
        terms = [t for t in terms_named(self.kb, text)
                 if t not in self.facts.get("defined", ())][:MAX_TERMS] if step else []
        again = self.facts.get("explained_step") == step and not terms
        self.facts["explained_step"] = step
        self.facts.setdefault("defined", []).extend(terms)
        self.event("explain_step", state=self.state, again=again, **({"terms": terms} if terms else {}))
        definitions = "".join(self.local(self.kb.glossary[t].says) + "\n" for t in terms)
        if self.state == "diagnosing" and self.facts["question"]:
            if again:
                self.reply(self.say("skip_question"))
                self.answer(self.facts["question"], "?")
                return
            question = self.kb.questions[self.facts["question"]]
            labels = [self.local(a.label) for a in question.answers]
            hint = self.local(question.hint) + "\n" if question.hint else ""
            self.reply(definitions + hint + self.say("explain_question", question=self.local(question.text),
                                                     options=self._either_or(labels)),
                       self._answer_buttons(question))
        elif self.state == "fixing" and self.facts["fix"]:
            if again:
                # a person can walk them through it; "try something else" is another fix
                self.facts.setdefault("not_again", []).append(self.facts["fix"])
                self.offer_person("hard_step")
                return
            explains = self.kb.fixes[self.facts["fix"]].explains  # (dlg36: no "try a sale")
            self.reply(self.say("term_then_step", definitions=definitions.strip()) if terms
                       else self.say("explain_explanation" if explains else "explain_fix"))
            self.offer_fix(self.facts["fix"], again=True)
        else:
            self._repeat_prompt()

    def _remember_said(self, text: str) -> None:
        """What they said (the last SAID_KEPT messages), to know a message said again word for
        word: they have no more to tell than that."""
        said = self.facts.setdefault("said", [])
        said[:] = [*said, said_key(text)][-SAID_KEPT:]

    def _only_confused(self, text: str, readings: list[Reading]) -> bool:
        """dlg88: words that say they did not follow us ("我汉语不太好 你说简单一点", "pardon, i
        not understand well, what i do?") and nothing that answers, tells how the step went, asks
        for a person or tells a new fact: what they need is the same thing in plainer words."""
        if not self.engine.interpreter.confused(text) or self.engine.interpreter.wants_action(text):
            return False  # ("i dont follow, just tell me what to press": the likeliest fix, dlg19)
        return self._nothing_else_told(readings)

    def _only_asked_back(self, text: str, readings: list[Reading]) -> bool:
        """lead34: our question or step asked for again ("你刚才说啥来着", "what was the question
        again?": readings.yaml `what_was_asked`) and nothing that answers, tells how the step
        went or tells a new fact."""
        return self.engine.interpreter.what_was_asked(text) and self._nothing_else_told(readings)

    def _nothing_else_told(self, readings: list[Reading]) -> bool:
        """No reading that answers, tells how the step went, asks for a person, names a new
        problem or tells a new fact."""
        # (an answer guessed from a label's look-alike, "simple" for "SIM", is no answer beside them)
        if any((r.kind in _PAST_CONFUSION and not (r.kind == "answer" and r.score < CONFUSED_OVER))
               or (r.kind == "problem" and r.score >= NEW_PROBLEM) for r in readings):
            return False
        return not any(o not in self.facts["noted"] for r in readings if r.kind == "observation" for o in r.value)

    def _simplify(self) -> None:
        """dlg88: they did not follow us. At a fix, the step again in one short sentence (its
        title, with "fixed" or "still not" to say); a second confusion at the same step gets a
        person offered, who can walk them through it (as a second question back, _explain_step).
        At a question it is set aside, saying so (dlg17: no answer to come; never asked again),
        and at the person offer the person is put through (dlg19: they want it simple, a person
        is simplest); at the code's details, what to tell in one short sentence, then skipped."""
        step = {"diagnosing": self.facts["question"], "fixing": self.facts["fix"]}.get(self.state) or self.state
        again = self.facts.get("simplified") == step
        self.facts["simplified"] = step
        self.event("simplified", state=self.state, again=again)
        if self.state == "diagnosing" and self.facts["question"]:
            self.reply(self.say("skip_question"))
            self.answer(self.facts["question"], "?")
        elif self.state == "fixing" and self.facts["fix"]:
            if again:
                self.facts.setdefault("not_again", []).append(self.facts["fix"])
                self.offer_person("hard_step")
                return
            # (the title whole: its asides are the plain words of its jargon, "Settle (send today's
            # sales to the bank)")
            title = self.local(self.kb.fixes[self.facts["fix"]].title)
            self.reply(self.say("simpler_fix", title=title), self._fix_buttons(self.facts["fix"]))
        elif self.state == "offering_human":
            self.escalate("stuck")
        elif self.state == "details":
            if again:
                self.next_step()
                return
            self.reply(self.say("simpler_details"), [self.button("btn_skip", "skip")])
        else:
            self._repeat_prompt()

    def _step_named(self, n: int) -> None:
        """A bare number typed during a fix: that step of the pending fix shown again (or, with
        no such step, the steps), then "does it work now?" with its buttons."""
        fix = self.kb.fixes[self.facts["fix"]]
        steps = self.local(fix.steps)
        if 1 <= n <= len(steps):
            self.event("step_shown", fix=fix.id, step=n)
            self._short_reask(self.say("step_again", n=n, step=steps[n - 1]))
        else:
            self.event("step_shown", fix=fix.id, step=None)
            self._short_reask(self.say("steps_how", title=self.local(fix.title), steps=self._numbered_steps(fix)))

    def _steps_of(self, fix_id: str) -> None:
        """"how to do sign in ah" while a question is pending: that step's own plain
        instructions, then the question again in short (what they find out by doing it may
        answer it). A success said next is credited to it (Interpreter.late_success)."""
        fix = self.kb.fixes[fix_id]
        self.facts["steps_shown"] = fix_id
        self.event("steps_shown", fix=fix_id, question=self.facts["question"])
        self._short_reask(self.say("steps_how", title=self.local(fix.title), steps=self._numbered_steps(fix)))

    def _reask(self, text: str) -> None:
        """A message that carries nothing we can use: a short re-ask of the pending step (and
        from the second one on, a reminder that a person is one word away)."""
        # What we could not use still goes on the agent's card, in the merchant's words.
        self.facts["details"] = " / ".join(filter(None, [self.facts.get("details"), text]))[:500]
        if brand := self.engine.interpreter.brand_named(text):
            # "its a sunmi" while a fix is pending: the make, for the technician (on the card
            # above), said back; not "I didn't catch that", and no step towards a person
            self.event("brand_noted", brand=brand)
            shown = brand if not brand.isascii() else brand.upper() if len(brand) <= 4 or any(
                ch.isdigit() for ch in brand) else brand.title()
            self._short_reask(self.say("brand_noted", brand=shown))
            return
        self.facts["stray"] = self.facts.get("stray", 0) + 1
        self.event("not_understood", text=text[:500], state=self.state)
        if self.state == "diagnosing" and self._told_at_length(text):
            # "what changed?" answered with a whole story we cannot read: it is their answer,
            # kept in their words for the agent; asking the open question again gets no more.
            self.facts["stray"] = 0
            self.reply(self.say("noted_in_words"))
            self.answer(self.facts["question"], "?")
            return
        if self.state == "offering_human" and self.facts["stray"] < MISUNDERSTOOD_LIMIT and \
                self._told_at_length(text, any_question=True):
            # "插咗成晚都冇燈 仲有 個後蓋好似凸咗起嚟": more of the story at the person offer,
            # which we cannot read: kept in their words for the person, and the offer again (a
            # second one hands over, below)
            self.reply(self.say("noted_in_words"))
            self._short_reask("")
            return
        self.event("reask", state=self.state)
        if self.state == "fixing" and self.facts["stray"] >= MISUNDERSTOOD_LIMIT:
            # Twice no readable outcome: they would say so if it had worked; move on.
            self.facts["stray"] = 0
            self.fix_outcome(False)
            return
        if self.state == "diagnosing" and self.facts["stray"] >= MISUNDERSTOOD_LIMIT:
            # Twice no answer: they do not know; a skilled agent moves on.
            self.reply(self.say("skip_question"))
            self.facts["stray"] = 0
            self.answer(self.facts["question"], "?")
            return
        if self.state == "offering_human" and self.facts["stray"] >= MISUNDERSTOOD_LIMIT:
            self.escalate("stuck")  # a person was suggested and nothing else is said
            return
        if self.facts["stray"] > MISUNDERSTOOD_LIMIT and self.state != "offering_human":
            self.offer_person("lost")
            return
        self._short_reask(self.say(
            "reask_human" if self.facts["stray"] >= MISUNDERSTOOD_LIMIT else "reask"))

    def _still_failing(self, text: str) -> bool:
        """"还是一直失败", "same thing, keeps failing" to a question: how things stand (no
        fix is pending), not an answer and not a message we cannot read."""
        reader = self.engine.interpreter
        # (not by the tone of its words: "跳过" has the 跳 of "跳出来" but skips)
        return "failed" in (reader.outcome(text), reader.outcome_by_gist(text, self.facts))

    def _still_failing_noted(self) -> None:
        """Said back, with the question again in short; a second time the question is
        skipped (they want to get on, not to answer it). A question that asks whether it still
        fails takes it as its answer."""
        question = self.facts["question"]
        self.event("still_failing", question=question)
        if still := self.kb.questions[question].still_means:
            # The question asks whether it still fails: this is its answer, not a stray reply.
            self.reply(self.say("still_failing_noted").strip())
            self.answer(question, still)
        elif self.facts.get("still_failing_at") == question:
            self.reply(self.say("still_failing_noted") + self.say("skip_question"))
            self.answer(self.facts["question"], "?")
        else:
            self.facts["still_failing_at"] = question
            self._short_reask(self.say("still_failing_noted") + self.say("still_failing_ask"))

    def _told_at_length(self, text: str, any_question: bool = False) -> bool:
        """A long description given to an open question ("what changed before it started?"),
        or (`any_question`) to whatever is asked: a story told, not a stray word."""
        question = self.facts["question"]
        if not any_question and (not question or not self.kb.questions[question].open):
            return False
        key = fuzzy_key(self.engine.interpreter.plain(text))
        return len(key.replace(" ", "")) >= TOLD_CHARS if has_cjk(key) else len(key.split()) >= TOLD_WORDS

    def _ask_how_the_sale_went(self) -> None:
        """A sale told run at the pending step, its result unsaid: asked once, plainly, whether it went
        through (dlg71, lead39)."""
        self.facts["sale_asked_fix"] = self.facts.get("fix")
        self.reply(self.say("fix_done_again"), self._fix_buttons(self.facts["fix"]))

    def _short_reask(self, opening: str) -> None:
        """The pending step again as a short either/or with its buttons (not the whole fix or
        question card again): "哪种方式读不了卡？插芯片、刷磁条还是挥卡？"."""
        if self.state == "diagnosing" and self.facts["question"]:
            question = self.kb.questions[self.facts["question"]]
            labels = [self.local(a.label) for a in question.answers]
            text = self.local(question.text) + self.say(
                "either_or", options=self._either_or(labels))
            self.reply(opening + "\n" + text, self._answer_buttons(question))
        elif self.state == "fixing" and self.facts["fix"]:
            title = self.local(self.kb.fixes[self.facts["fix"]].title)
            self.reply("\n".join(filter(None, [opening, self.say("reask_fix", title=title)])),
                       self._fix_buttons(self.facts["fix"]))
        elif self.state == "offering_human":
            self.reply(opening + "\n" + self.say("reask_person"),
                       [self.button("btn_human", "h"), self.button("btn_one_more", "more")])
        else:
            self.reply(opening)
            self._repeat_prompt()

    def _listed(self, items) -> str:
        """Things the merchant told us, one after another ("…；…" / "…; …")."""
        return ("；" if self.lang == "zh" else "; ").join(items)

    def _observations_listed(self, observation_ids) -> str:
        return self._listed(self.local(self.kb.observations[o].says) for o in observation_ids)

    def _either_or(self, labels: list[str]) -> str:
        if len(labels) < 2:
            return "".join(labels)
        last = self.say("or_word")
        return ("、" if self.lang == "zh" else ", ").join(labels[:-1]) + last + labels[-1]

    def _all_told(self, tie: list[Reading], observed: list[str]) -> bool:
        """The tied answers are of an open question and each is a fact read in the message."""
        question = self.kb.questions.get(self.facts.get("question") or "")
        if question is None or not question.open:
            return False
        by_id = {a.id: a for a in question.answers}
        facts = [by_id.get(str(r.value).lstrip("!")) for r in tie]
        return all(a is not None and a.observation in observed for a in facts)

    def _told_beside_normal(self, tie: list[Reading], observed: list[str]) -> Reading | None:
        """The one tied answer that notes a fact out of the ordinary (one pointing towards
        causes), when every tied answer is a fact read in the message and the others are
        normal states (pointing nowhere): that answer; else None."""
        question = self.kb.questions.get(self.facts.get("question") or "")
        if question is None:
            return None
        by_id = {a.id: a for a in question.answers}
        facts = [by_id.get(str(r.value)) for r in tie]
        if any(a is None or not a.observation or a.observation not in observed for a in facts):
            return None
        unusual = [r for r, a in zip(tie, facts) if self.kb.observations[a.observation].towards]
        return unusual[0] if len(unusual) == 1 else None

    def _tells_decisive(self, observed: list[str], tie: list[Reading]) -> bool:
        """The tied answers are words only ("spinning", "switched on": no fact of theirs told),
        and a new fact beside them points decisively (towards 3) to a cause not ruled out. (Two
        answers each told as a fact still ask which.)"""
        question = self.kb.questions.get(self.facts.get("question") or "")
        by_id = {a.id: a for a in question.answers} if question else {}
        own = {by_id[str(r.value)].observation for r in tie if str(r.value) in by_id} - {None}
        return not own & set(observed) and any(
            w == 3 and c not in self.facts["ruled_out"]
            for o in observed for c, w in cause_factors(self.kb, o).items())

    def _agreeing(self, tie: list[Reading]) -> Reading | None:
        """The tied answer that says most, when the tied answers all support one cause and none
        rules out a cause another supports (they agree: no choice to ask for); else None."""
        question = self.kb.questions.get(self.facts.get("question") or "")
        if question is None:
            return None
        by_id = {a.id: a for a in question.answers}
        answers = [by_id.get(str(r.value)) for r in tie]
        if any(a is None or not a.supports for a in answers):
            return None
        shared = set.intersection(*(set(a.supports) for a in answers))
        supported = set().union(*(a.supports for a in answers))
        if not shared or any(set(a.rules_out) & supported for a in answers):
            return None
        return max(zip(tie, answers), key=lambda ra: len(ra[1].supports) + len(ra[1].rules_out))[0]

    def _confirm(self, readings: list[Reading]) -> None:
        """Two answers fit equally well: ask which, with their buttons."""
        question = self.kb.questions[self.facts["question"]]
        labels = {a.id: a for a in question.answers}
        buttons = []
        for r in readings:
            answer_id = str(r.value).lstrip("!")
            if answer_id in labels:
                buttons.append(Button(self.local(labels[answer_id].label),
                                      f"a:{question.id}:{answer_id}"))
        buttons.append(self.button("btn_not_sure", f"a:{question.id}:?"))
        self.event("confirm_offered", question=question.id,
                   answers=[b.payload.rsplit(":", 1)[1] for b in buttons])
        self.reply(self.say("confirm", question=self.local(question.text)), buttons)

    def _absorb(self, text: str | None = None, observed: list[str] | None = None) -> None:
        """Take in what the merchant already told us (the problem's first message by default);
        `observed`: its facts, when the caller has read them already."""
        reader = self.engine.interpreter
        text = reader.plain(text if text is not None else self.facts.get("text") or "")
        told = reader.without_tried(text)  # "熄咗部機再開" is no fault of its own
        self._lean_on_described_fault(told)
        self.note_observations(reader.observed_beside_tried(text) if observed is None else observed)
        self._note_volunteered_answers(text)
        self._note_already_tried(text)

    def _lean_on_described_fault(self, text: str, observed: list[str] = ()) -> bool:
        """A code with many causes, told together with what goes wrong ("keys sticky ... most
        sales end in 0020000", "转了半天没出小票 又刷一次"): the fault the rest of the message
        describes is evidence for the code's causes it shares. Not when a fact read in the same
        words points decisively elsewhere (dlg27: "the new girl signed in this morning" is who
        signed in, no "please sign in" fault): the fact is noted instead, as it is whenever a fact
        read in the same words is decisive."""
        code = (self.facts.get("problem") or {}).get("code")
        if not code or not self.facts.get("candidates"):
            return False
        rec = self.engine.recogniser.recognise(text.replace(code.lower(), " "))
        known = self.kb.codes.get(code)
        if rec.symptom and known is not None and rec.symptom in known.restated_by:
            return False  # dlg68: "94 ... is she charged twice?" is 94 told again, no second fault
        # Only a fault recognised surely: "0020000 on the terminal" describes nothing. And not
        # one the message says is fine ("the wifi is fine" names Wi-Fi, but as working): an
        # observation in it that points away from the fault's likeliest cause.
        if rec.decision == "confident" and rec.symptom and any(
                w >= DECISIVE and (c not in self.kb.symptoms[rec.symptom].causes
                                   or self.kb.symptoms[rec.symptom].handling == "diagnose")
                for o in observed for c, w in cause_factors(self.kb, o).items()):
            # (merge of round 14: also when an everyday fault shares the cause - "what sign in?
            # nobody signs in here" is the fact not signed in, weighed as such, not "asks to
            # sign in"; an urgent fault's telling words still lean on it)
            return False
        if rec.symptom and self._unsure_urgent(rec, text):
            # "一开机就报0020000" reads like "开机就报安全警告" without the warning: an urgent fault
            # (tamper) leans on the code's causes only in its telling words
            return False
        if rec.decision == "confident" and rec.symptom and not self._said_fine(
                text, self.kb.symptoms[rec.symptom].causes):
            self.facts["candidates"] = diagnosis.lean_towards(
                self.facts["candidates"], self.kb.symptoms[rec.symptom].causes, rec.confidence)
            self.event("described_fault", symptom=rec.symptom)
            return True
        return False

    def _said_fine(self, text: str, causes: dict[str, float]) -> bool:
        likeliest = max(causes, key=causes.get)
        return any(cause_factors(self.kb, o).get(likeliest, 0) < 0
                   for o in self.engine.interpreter.observed(text))

    def _spans(self) -> bool:
        """The problem is a code of many causes in every category (0020000): no category."""
        return (self.facts["problem"] or {}).get("category", "") is None

    def note_near_facts(self, near: list[tuple[str, str, float]]) -> None:
        """dlg48: facts read by nearness alone (Interpreter.nearest_facts): noted and shown on
        the agent's card like any stated fact, recorded with the clause they were read from,
        and weighed as "clearly" at most: a cause it points to decisively is neither let in
        (but as a clear fact's would be) nor proved, and none is ruled out. They answer no question (a wrong guess would
        stop the question that finds the truth)."""
        for obs_id, clause, similarity in near:
            if obs_id in self.facts["noted"]:
                continue
            self.facts["noted"].append(obs_id)
            self.facts.setdefault("near", []).append([obs_id, clause[:120]])
            self.event("near_observation", observation=obs_id, clause=clause[:120],
                       similarity=round(similarity, 3))
            self.facts["candidates"] = diagnosis.admit(
                self.kb, self.facts["candidates"], obs_id, self.facts["ruled_out"],
                self.facts["noted"], spans=self._spans(), cap=NEAR_FACT_CAP)
            updated, ruled = diagnosis.observe(self.kb, self.facts["candidates"], obs_id,
                                               cap=NEAR_FACT_CAP)
            self._set_candidates(updated, ruled)

    def note_observations(self, observed: list[str]) -> bool:
        """Stated observations move the cause weights. One that a question of this problem asks
        for answers that question (the same update; it is then never asked); others weigh the
        causes directly. True when the pending question was answered this way."""
        answered_pending = False
        told = False
        for obs_id in observed:
            if obs_id in (o for o, _ in self.facts.get("near", [])):
                # dlg48: guessed before from other words, now told plainly: full weight now
                self.facts["near"] = [n for n in self.facts["near"] if n[0] != obs_id]
                self.facts["noted"].remove(obs_id)
            if obs_id in self.facts["noted"]:
                continue
            self.facts["noted"].append(obs_id)
            self.event("observation", observation=obs_id)
            told = True
            self._withdraw_tried(obs_id)
            restated = self._restates_problem(obs_id)
            # dlg64: who the customers are ("tourists want to tap their cards") weighs the causes of
            # a fault told but lets none in beside a named fault's own (a currency prompt is no
            # cause of taps unseen); on a code of many causes (0020000) it may
            aside = self.kb.observations[obs_id].context and not self._spans() and bool(
                (self.facts["problem"] or {}).get("symptom"))
            if not restated and not aside:
                self.facts["candidates"] = diagnosis.admit(
                    self.kb, self.facts["candidates"], obs_id, self.facts["ruled_out"],
                    self.facts["noted"], spans=self._spans())
            links = self._open_links(obs_id)
            if restated:
                # The fault's own words ("charged twice", "keys dead"): counted once, as the
                # fault; a question asking for them is answered all the same, never asked.
                self._mark_answered(links)
                continue
            if links:
                question_id, answer_id = links[0]
                answered_pending = answered_pending or question_id == self.facts["question"]
                self._record_answer(question_id, answer_id, volunteered=True)
            else:
                updated, ruled = diagnosis.observe(self.kb, self.facts["candidates"], obs_id)
                self._set_candidates(updated, ruled)
        pending = self.facts["question"]
        if told and pending and not answered_pending and not self._answered(pending) \
                and self.kb.questions[pending].open:
            # "What changed?" - "it sits in the sun all noon": what they tell is the answer.
            self._mark_answered([(pending, "told")])
            answered_pending = True
        if answered_pending:
            self.facts["question"] = None
            self.next_step()
        return answered_pending

    def _withdraw_tried(self, obs_id: str) -> None:
        """dlg68: a fact that says a fix told done was not really done ("pressed the side button,
        the screen went black": no restart) takes back its tried mark, so it may be offered."""
        fix_id = self.kb.observations[obs_id].fix_not_done
        if fix_id and any(f == fix_id for f, _ in self.facts["tried"]):
            self.facts["tried"] = [t for t in self.facts["tried"] if t[0] != fix_id]
            self.event("tried_withdrawn", fix=fix_id, observation=obs_id)

    def _open_links(self, obs_id: str) -> list[tuple[str, str]]:
        """(question, answer) pairs that ask for the observation, among this problem's
        questions not answered yet."""
        links = self.engine.interpreter.answer_of_observation.get(obs_id, ())
        relevant = {q.id for q in diagnosis.relevant_questions(self.kb, self.facts["candidates"])}
        return [(q, a) for q, a in links if q in relevant and not self._answered(q)]

    def _mark_answered(self, links) -> None:
        """Questions already answered by what was weighed elsewhere ("a new router" told to
        "what changed?" answers "did you change the router?"): never asked, weighed once."""
        for question_id, answer_id in links:
            if not self._answered(question_id):
                self.facts["answers"].append([question_id, answer_id])
                self.event("question_answered", question=question_id, answer=answer_id,
                           volunteered=True)

    def _fault_now_gone(self, observed: list[str], text: str) -> bool:
        """A part said to work now (observations.yaml `part_works`, with "now" / 了) that rules
        out the described fault's own first cause, and nothing said to fail."""
        top = self._first_cause_of_problem()
        reader = self.engine.interpreter
        if not top or not _NOW.search(reader.plain(text)):
            return False
        return reader.outcome(reader.aside_cut(text)) not in ("failed", "partly") and any(
            self.kb.observations[o].part_works and cause_factors(self.kb, o).get(top, 0) <= -3
            for o in observed)

    def _pending_fix_moot(self, observed: list[str]) -> bool:
        """What the step looks at, found fine or absent ("cant find any antenna" during "screw
        the antenna back on"): a fact that speaks of nothing but the causes this fix mends, and
        rules them out (observations.yaml `away` 3). A broader fact ("旁边那家店也刷不了") is
        news about the fault, not a finding of the step, and leaves the fix pending."""
        mended = self.kb.causes_mended_by(self.facts.get("fix"))
        return bool(mended) and any(
            (factors := cause_factors(self.kb, o)) and set(factors) <= mended
            and all(w <= -3 for w in factors.values()) for o in observed)

    def _restates_problem(self, obs_id: str) -> bool:
        """The observation is the described fault itself: it points decisively to the cause the
        fault's own weights already put first (symptom "charged twice", observation "charged
        twice"). Weighing it again would count the same words twice."""
        code = self.kb.codes.get((self.facts.get("problem") or {}).get("code") or "")
        if code is not None and obs_id in code.restated_by:
            return True  # dlg68: "按了两回" beside 94 (a duplicate sent) is the code told again
        top = self._first_cause_of_problem()
        return bool(top) and cause_factors(self.kb, obs_id).get(top, 0) == 3

    def _first_cause_of_problem(self) -> str | None:
        """The cause the described fault's own weights put first (None for a code)."""
        return diagnosis.leading_cause(self.kb, (self.facts.get("problem") or {}).get("symptom"))

    def _note_volunteered_answers(self, text: str, apart_from_facts: bool = False) -> None:
        """Answers given before the question ("开机就报0020000", "it fails as soon as I switch
        it on") count as if the question had been answered, and it is not asked. With
        `apart_from_facts` (facts were told in the message and noted), only answers said apart
        from them: "顾客拿的是别的分店买的小票" is a refund's original elsewhere, and its 小票
        is no answer that the receipt step fails."""
        # A question they could not answer ("唔知喎") takes the answer they give later unasked
        # ("開機就彈" during the restart that followed): they know now.
        unanswered = {q.id for q in diagnosis.relevant_questions(self.kb, self.facts["candidates"])
                      if (not self._answered(q.id) or self._answered_unsure(q.id))
                      and q.id != self.facts["question"]}
        # dlg86: nor one a told fact makes moot ("has the SIM's data plan run out?" to a terminal on
        # the shop's Wi-Fi): "包年的" said of the shop's broadband is no answer about a SIM
        unanswered -= set(self.kb.moot_questions(self.facts["noted"]))
        # A question about one thing ("did you change the router?") before the open one ("did
        # anything change?"): "we didn't change the password" answers the first, not the second.
        closed = {q for q in unanswered if not self.kb.questions[q].open}
        reader = self.engine.interpreter
        said = reader.volunteered(text, closed, apart_from_facts) or reader.volunteered(
            text, unanswered - closed, apart_from_facts)
        told = reader.observed(text)
        for question_id, answer_id in said.items():
            if self._contradicts_told(question_id, answer_id, told):
                continue
            self._record_answer(question_id, answer_id, volunteered=True)

    def _contradicts_told(self, question_id: str, answer_id: str, told: list[str]) -> bool:
        """An answer read from one word ("the first swipe timed out": swipe) that rules out the
        cause a fact told in the same message points to decisively (the time-out's reversal):
        the fact outranks the word, and the question stays open."""
        answer = self.kb.questions[question_id].answer_by_id(answer_id)
        if answer is None or not answer.observation or answer.observation in told:
            return False
        against = {c for c, w in cause_factors(self.kb, answer.observation).items() if w <= -3}
        return any(w == 3 and c in against
                   for obs in told for c, w in cause_factors(self.kb, obs).items())

    def _finding(self, observed: list[str], best):
        """The pending check's finding the message reports (fixes.yaml `findings`), unless the
        message says more decisively how it went ("扣了 但是现在好了") or asks for a person;
        each finding is answered once."""
        fix = self.kb.fixes[self.facts["fix"]] if self.facts.get("fix") else None
        if not fix or not fix.findings or (best and (
                best.kind in ("human", "problem", "named_fix")
                or (best.kind == "outcome" and best.value == "worked"))):
            return None
        return next((f for f in fix.findings if f.reported_by(observed)
                     and self.facts.get("finding") != f.observation), None)

    def _finding_told(self, fix):
        """The fix's finding (fixes.yaml `findings`) the merchant told before it was offered."""
        noted = self.facts.get("noted") or ()
        # (only a context fact, told with the fault: "frozen and it won't switch off"; a check's
        # own finding told earlier, "charged, SMS came", keeps its turn after the step)
        return next((f for f in fix.findings or ()
                     if self.kb.observations[f.observation].context and f.reported_by(noted)), None)

    def _answers_listed(self, answers) -> str:
        """Answers taken from one message, said back: each label once, and a bare "没有" / "No"
        only when nothing else was read ("乜都冇郁過" answers five questions; "没变化" says it,
        four times "没有" says nothing)."""
        labels = list(dict.fromkeys(self._answer_label(q, a) for q, a in answers))
        reader = self.engine.interpreter
        telling = [label for label in labels if reader.whole(label) not in ("yes", "no")]
        if not telling and answers:
            # dlg55: a bare "没有" / "Yes" alone says nothing of what it answers ("没摔过 也没动过"
            # unasked was "收到：没有。"): the question it answers, with it
            question_id, answer_id = answers[0]
            return self.say("answer_of_question", question=self.local(self.kb.questions[question_id].text),
                            answer=self._answer_label(question_id, answer_id))
        return self._listed(telling or labels[:1])

    def _answer_label(self, question_id: str, answer_id: str) -> str:
        labels = {a.id: self.local(a.label) for a in self.kb.questions[question_id].answers}
        if answer_id.startswith("!") and answer_id[1:] in labels:
            return self.say("not_answer", answer=labels[answer_id[1:]])
        return labels.get(answer_id, self.say("btn_not_sure"))

    def _set_candidates(self, updated: dict, ruled: list[str]) -> None:
        self.facts["candidates"] = updated
        for cause in ruled:
            if cause not in self.facts["ruled_out"]:
                self.facts["ruled_out"].append(cause)

    def _record_answer(self, question_id: str, answer_id: str, volunteered: bool = False) -> None:
        question = self.kb.questions[question_id]
        self.facts["answers"].append([question_id, answer_id])
        self.facts["acted_since_unsure"] = False
        self.event("question_answered", question=question_id, answer=answer_id,
                   volunteered=volunteered)
        if answer_id != "?":
            updated, ruled = diagnosis.update(self.kb, self.facts["candidates"], question, answer_id)
            self._set_candidates(updated, ruled)
            chosen = question.answer_by_id(answer_id)
            if chosen and chosen.observation and chosen.observation not in self.facts["noted"]:
                self.facts["noted"].append(chosen.observation)
            if chosen and chosen.observation:
                # Other questions asking for the same fact are answered by it, weighed once.
                self._mark_answered(self._open_links(chosen.observation))
            for implied in chosen.implies if chosen else ():
                # "Only the chip fails" already says at which step: that question is answered,
                # never asked; its evidence was weighed with this answer.
                other, _, other_answer = implied.partition(":")
                if not self._answered(other):
                    self.facts["answers"].append([other, other_answer])
                    self.event("question_answered", question=other, answer=other_answer,
                               volunteered=True, implied=True)

    def describe(self, text: str) -> None:
        """A free-text message that should describe a problem."""
        head = self.facts.pop("code_head", None)
        if head and (lead := _LEADING_DIGITS.match(text)) and self.kb.code(head + lead.group(1)):
            # dlg41: "6", then "1 刚才没打完就发出去了": the code is the two together
            text = f"code {head}{lead.group(1)} {text[lead.end():].strip()}"
        if meant := self.engine.recogniser.meant_after_correction(text):
            text = meant  # lead38: "刷卡没反应 哦不是刷卡 是插卡没反应": the slip is no fact
        rec = self.engine.recogniser.recognise(self.engine.interpreter.plain(text))
        if not rec.code and rec.decision != "confident" and (
                rest := self.engine.interpreter.after_acknowledgement(text)):
            # dlg67: "ok it says communication failed" to the choices: the "ok" that opens it is
            # a nod, not a word of the report (it voted for a fault whose phrasing says "other
            # cards ok"); the report read alone, when it names the fault by itself
            bare = self.engine.recogniser.recognise(self.engine.interpreter.plain(rest))
            if bare.code or (bare.decision == "confident" and bare.symptom):
                rec = bare
        if rec.intent == "vague" and not rec.code:
            rec = self._fault_beside_vague_words(text) or rec
        self._last_recognition_sure = rec.confidence >= URGENT_SURE
        said_before, self.facts["last_described"] = self.facts.get("last_described") or "", fuzzy_key(text)[:500]
        if (told := self.facts.pop("payout_told", None)) and not rec.code and self._payout_day_told(told, text):
            return  # dlg51: "礼拜五晚上刷的" to "what day was the sale?": with the money missing, its cause
        if told and rec.code and (code := self.kb.code(rec.code)) and code.handling == "none":
            # dlg55: "交易成功" to "what day and hour was the sale?": the sale went through (no
            # code "00" to explain); its money is what is missing, and its day still asked
            self.facts["payout_told"] = told
            self.event("sale_went_through", question="payout_day")
            self.reply(self.say("payout_sale_ok"))
            return
        self.facts["text"] = text[:500]
        unclear = rec.decision == "unknown" or rec.intent == "vague" or (
            rec.decision == "ambiguous" and not rec.code)
        if unclear and not rec.code and rec.intent != "human" and self.engine.interpreter.wants_person(text):
            # "部機壞咗 搵真人": no fault to work with, and a person asked for: a person it is
            self.event("intent", intent="human")
            self.escalate("asked")
            return
        if not rec.code and not (rec.decision == "confident" and rec.symptom) and self._gone_before_told(text):
            # "restarted it and its fine now", "熄咗再開又得返" before any fault was told: it
            # went away; glad, and no fix for a fault that is gone (ux14)
            if rec.intent == "sale_ok":
                self.on_intent("sale_ok", text)  # "ok works now": a sale that went through
                return
            self.event("cleared_before_problem", text=text[:500])
            self.reply(self.say("cleared_before_problem"))
            if self.state == "start":
                self.go("greet")
            return
        if unclear and not rec.code and self.state in ("start", "awaiting_problem") and (
                lone := _LONE_DIGIT_CODE.search(self.engine.interpreter.plain(text))):
            # dlg41: a code of one digit, cut short: the whole code asked for, not a guess at
            # faults the digit happens to resemble; the digit kept for the rest of it
            self.facts["code_head"] = lone.group(1)
            self.event("code_cut_short", digit=lone.group(1))
            self.reply(self.say("code_cut_short", digit=lone.group(1)))
            if self.state == "start":
                self.go("greet")
            return
        payout = self.kb.intents.get("payout")
        if not rec.code and payout and payout.days_late and rec.intent in MONEY_INTENTS:
            # lead17: "took 240 on friday, not in yet. it's tuesday", or "it's tuesday already"
            # after such a question: the money late, a cause to diagnose (a person checks it)
            earlier = self.facts.get("money_said") or ""
            if (late := self._late_money_fact(f"{earlier} {text}")) and self.start_from_observations(
                    f"{earlier} {text}", also=(late,)):
                return
            self.facts["money_said"] = f"{earlier} {text}"[-500:]
        if unclear and not rec.code and not (
                rec.intent == "supplies" and self.engine.interpreter.asks_new(text)) and self.start_from_observations(
                text, kin_only=rec.intent in MONEY_INTENTS):
            # (dlg55: "闪付的贴纸掉了 想补一张", "can you send me a new tap sticker": a new one asked
            # for; the sticker gone is why they ask, no fault to diagnose: the supplies answer)
            return
        if rec.decision == "unknown" and not rec.code and not rec.intent and self.facts.get("vague_said"):
            # lead16: "刷卡刷不了", then "没显示什么 就是刷不了" / "所有卡都这样": after a vague
            # complaint, a reply that still names no fault picks from the everyday ones, not
            # "sorry, I didn't understand" (and a person offered after two of those)
            self.offer_everyday_faults()
            return
        if (rec.decision == "unknown" or (unclear and not rec.candidates)) and not rec.code and not rec.intent \
                and self.state == "clarifying" \
                and self.facts.get("clarify") and not self.facts.get("clarify_reshown") \
                and fuzzy_key(text)[:500] not in said_before:  # (the same words again: the likeliest, below)
            # lead16: "no message nothing, just doesnt work" to "which of these is closest?":
            # the choices once more (a typed number still picks), not "sorry, I didn't
            # understand" with the choices gone; it counts as a message not understood
            self.facts["clarify_reshown"] = True
            self.facts["misunderstood"] += 1
            self.event("clarify_reshown", text=text[:500])
            self._offer_options(self.facts["clarify"], self.say("clarify_reshow"))
            return
        amount = self.kb.intents.get("amount")
        if not rec.code and amount and amount.sums_apart and (unclear or rec.intent in MONEY_INTENTS) \
                and sums_apart(text):
            # "customer paid 45.50 but machine charged 4550": the amount keyed wrong (ux14), a
            # fact the sums state though no word says it
            if self.start_from_observations(text, also=(amount.sums_apart,)):
                return
        if rec.intent and not rec.code:
            reader = self.engine.interpreter
            if rec.intent in ("sale_ok", "thanks") and (
                    (reader.unsure(text) and not _WONDERS_WHY.search(reader.plain(text)))
                    or reader.tone(text) == "failed"):
                self.not_understood(text)  # "english not good, say again?" is no "went through"
                return
            told = reader.observed(reader.plain(text))
            if rec.intent in MONEY_INTENTS and self.start_from_observations(text, MONEY_KINDS, kin_only=True):
                # kb30: a question about the money (a payout, an amount, a date) beside a fact
                # that decides a cause of the money's own way ("周末刷的钱还没到账", "到账比刷的少",
                # "the deposit shows as taken though we never charged"): that cause's answer,
                # not the general reply about payouts or details
                return
            if rec.intent == "sale_ok" and rec.confidence < CONFIDENT_INTENT and told:
                # "连的店里wifi 网速可以": a fact about a part, no sale in it; noted, and the
                # fault asked for
                if self.facts.get("intent_said") == said_key(text):
                    # dlg60: the same words again ("nothing wrong on the screen, it's just the
                    # money side"): noting the part once more would loop; our reply did not help
                    self.not_understood(text)
                    return
                self.facts["intent_said"] = said_key(text)
                self.event("observation_before_problem", observations=told)
                self.reply(self.say("noted", facts=self._observations_listed(told)))
                self.reply(self.say("ask_problem"))
                return
            if rec.intent in SHORT_PAYOUT_INTENTS and "obs_payout_short" in told:
                # kb29: "昨天刷了一万二 今天到账少了七十几块", "the deposit came in short": not a
                # payout time asked but money taken off, which wants its explanation (the card
                # fee at the agreed rate) as a fix would be, with a person if it does not add up;
                # diagnosed from the stated fact, as facts without a named fault are
                if self.start_from_observations(text):
                    return
            if self.facts.get("intent_said") == said_key(text):
                self.not_understood(text)  # the same words again: our reply did not help them
                return
            if rec.intent == "vague" and self.facts.get("vague_said"):
                self.offer_everyday_faults()  # "机器有问题", then "就是不行啊": pick, not describe
                return
            self.facts["vague_said"] = rec.intent == "vague"
            self.facts["intent_said"] = said_key(text)
            self.on_intent(rec.intent, text)
            return
        self.event(
            "recognised", code=rec.code, symptom=rec.symptom, category=rec.category,
            decision=rec.decision, confidence=round(rec.confidence, 3), text=text[:500],
        )
        top = rec.symptom or next((c.id for c in rec.candidates if c.kind == "symptom"), None)
        if rec.code and (instead := self._card_code_everywhere(rec.code, text)):
            self._not_the_cards(rec.code, instead, text)
        elif not rec.code and top and self.kb.symptoms[top].category == "card" and rec.decision in (
                "confident", "ambiguous") and (
                instead := self._card_side_becomes(text, "card_faults_become")) and instead != top:
            # "says declined but the customer's bank app shows the money deducted": no card to
            # change (asking for another card would charge twice), the sale to check
            self.event("card_fault_instead", symptom=instead, was=top)
            self.start_problem("symptom", instead, text, sure=True)
        elif rec.code:
            self.start_problem("code", rec.code, text)
        elif rec.shared and rec.decision == "confident" and self._one_meaning(rec.shared):
            # rec41: a screen text whose codes all mean the same and take the same advice
            # ("PIN tries exceeded": 38 and 75): asking which is on the screen changes nothing
            # (and offers faults beside them the merchant never said); the answer, both codes named
            self.event("shared_one_meaning", codes=list(rec.shared))
            self.reply(self.say("shared_one_meaning", codes=" / ".join(rec.shared)))
            self.start_problem("code", rec.shared[0], text)
        elif rec.decision == "confident" and rec.symptom and (
                instead := self._fault_the_facts_pick(rec, text)):
            self.event("fact_picked_fault", symptom=instead, was=rec.symptom)
            self.start_problem("symptom", instead, text)
        elif rec.decision == "confident" and rec.symptom:
            self.start_problem("symptom", rec.symptom, text)
        elif rec.decision in ("confident", "ambiguous") and rec.candidates:
            close = [c for c in rec.candidates if c.score >= rec.candidates[0].score - MERGE_MARGIN]
            diagnosable = all(
                c.kind == "symptom" and self.kb.symptoms[c.id].handling == "diagnose" for c in close
            )
            if diagnosable and len({c.category for c in close}) == 1:
                # Several faults of one kind fit ("打印不出来"): the questions will tell them
                # apart, so diagnose their causes together instead of asking which one. A fact
                # stated beside them picks the one to name ("tapping does nothing at all,
                # insert card is ok though": the tap fault, not the touch screen).
                picked = self._close_fault_a_fact_names([c.id for c in close], text, ruling_out=True)
                first = next((c for c in close if c.id == picked), close[0])
                if first is not close[0]:
                    self.event("fact_picked_fault", symptom=first.id, was=close[0].id)
                self.start_problem("symptom", first.id, text,
                                   also={c.id: c.score for c in close if c is not first})
            elif all(c.kind == "symptom" for c in close) and (
                    picked := self._close_fault_a_fact_names([c.id for c in close], text)):
                # dlg43: faults of different kinds fit the words alike, but a fact stated beside
                # them points to one only ("付款码 扫不上 … 刷卡倒是可以": the scanner, not a
                # paper jam the red light looked like): that one, not "which of these?"
                if picked != close[0].id:
                    self.event("fact_picked_fault", symptom=picked, was=close[0].id)
                self.start_problem("symptom", picked, text)
            else:
                self.offer_choices(rec)
        else:
            self.not_understood(text)

    def _payout_day_told(self, told: str, text: str) -> bool:
        """The sale's day (and today's) told after the money was said missing and the day asked
        (reply_payout_missing): read together with that message, a weekend's roll-over or money
        past its day (intents.yaml payout `days_late`) is diagnosed as if said at once."""
        both = f"{told} {text}"
        late = self._late_money_fact(both)
        return self.start_from_observations(both, MONEY_KINDS, kin_only=True, also=(late,) if late else ())

    def _fault_beside_vague_words(self, text: str):
        """dlg43: a fault told, then a vague complaint beside it ("扫付款码扫不上 刷卡倒是可以
        怎么不行了", "scanner won't read the qr codes, cards fine. what's wrong with it"): the
        message read without the pieces that alone are only the vague complaint, when what is
        left names a fault (a symptom, no intent of its own); else None."""
        recognise = self.engine.recogniser.recognise
        plain = self.engine.interpreter.plain(text)
        pieces = [c for part in split_clauses(plain) for c in (part.split() if has_cjk(part) else [part])]
        if len(pieces) < 3:
            return None  # ("刷卡没反应 怎么回事": the vague words are the message's whole say)
        # the pieces that alone are vague out, else one piece at a time from the end (the vague
        # words are often a closing "怎么不行了" that is vague only beside the rest)
        tries = [[c for c in pieces if recognise(c).intent != "vague"],
                 *[pieces[:k] + pieces[k + 1:] for k in reversed(range(len(pieces)))]]
        for kept in tries:
            if not kept or len(kept) == len(pieces):
                continue
            rest = recognise(" ".join(kept))
            if not rest.intent and not rest.code and rest.decision in ("confident", "ambiguous") \
                    and rest.candidates and rest.candidates[0].kind == "symptom":
                return rest
        return None

    def _gone_before_told(self, text: str) -> bool:
        """Before any fault was told, the message says it works again now ("ok so i unplugged
        it and now its all good again"): a story that ends in success, said of now, asking
        nothing and asking for no person."""
        reader = self.engine.interpreter
        if self.state not in ("start", "awaiting_problem") or self.facts.get("problem") or \
                self.facts.get("intent_said") or self.facts.get("misunderstood") or \
                reader.asks(text) or reader.wants_person(text):
            return False  # (after a question about money, "刷卡都成功的" says the terminal is fine)
        plain = reader.plain(text)
        pieces = [c for part in split_clauses(plain) for c in (part.split() if has_cjk(part) else [part])]
        # rec44: ... nor a Chinese clause that names when it works again ("天晴又好返": on dry days)
        if not any(_AGAIN_NOW.search(c) and "worked" in (reader.outcome(c), reader.tone(c))
                   and reader.tone(c) != "failed" and not (has_cjk(c) and reader.condition_words.find(c))
                   for c in pieces):
            # "刷卡都成功的": how it is, not that it came back; "以前…收款成功 现在不说话了":
            # now is when it fails
            return False
        if reader.cleared(text):
            return True
        return reader.story_outcome(plain, reader.outcome(plain)) == "worked" and \
            reader.tone(text) == "worked"

    def _tell_where_numbers_are(self) -> None:
        """Where the acquirer's and the issuer's numbers are found, and a person here."""
        self.reply(self.say("reply_phone_asked"), [self.button("btn_human", "h")])

    def _number_asked(self, text: str) -> bool:
        """A phone number asked for, none given: "which number do I call", "收单行电话多少"."""
        if any(ch.isdigit() for ch in text):
            return False
        plain = self.engine.interpreter.plain(text)
        return bool(_PHONE_WORDS.search(plain) and _QUESTION.search(plain))

    def _faults_the_facts_rule_out(self, rec) -> set[str]:
        """Candidate faults whose leading cause a fact stated in the message rules out. A part
        said to work counts even beside a word that contradicts it ("dead since morning, screen
        on": no fact is noted, but the lit screen still says it is no terminal without power)."""
        reader = self.engine.interpreter
        listed = reader.observations.find(join_echoes(reader.plain(rec.text or "")))
        observed = reader.observed(rec.text or "") + [
            o for o in listed if self.kb.observations[o].part_works]
        factors = [cause_factors(self.kb, o) for o in observed]
        ruled = set()
        for c in rec.candidates:
            lead = diagnosis.leading_cause(self.kb, c.id) if c.kind == "symptom" else None
            if lead and any(f.get(lead, 0) <= -DECISIVE for f in factors):
                ruled.add(c.id)
        return ruled

    def _close_fault_a_fact_names(self, close: list[str], text: str, ruling_out: bool = False) -> str | None:
        """Of faults that fit the words alike, the one whose leading cause a fact stated in
        the message points to decisively, when it names only one of them. `ruling_out`
        (faults of one kind, diagnosed together): else the first that the facts do not rule
        out."""
        leads = {s: lead for s in close if (lead := diagnosis.leading_cause(self.kb, s))}
        observed = self.engine.interpreter.observed(text)
        for obs_id in observed:
            factors = cause_factors(self.kb, obs_id)
            named = [s for s, lead in leads.items() if factors.get(lead, 0) == DECISIVE]
            if len(named) == 1:
                return named[0]
        # ux14: else the first of the faults the facts point to at all, when some have no fact
        # for them ("部機印唔到單" reads 机器打印不了单, whose words look like "机子打不开了" as
        # much as a printer's: the printer fact says which, and the title must not say it will
        # not switch on)
        pointed = [s for s, lead in leads.items()
                   if any(cause_factors(self.kb, o).get(lead, 0) > 0 for o in observed)]
        if pointed and len(pointed) < len(leads):
            return pointed[0]
        # dlg63: else the first whose leading cause no stated fact rules out ("信号满格 就是刷不
        #过" reads "no signal" as much as "the network drops": the full bars rule the first out,
        # and the title must not say "no signal" to a merchant who said the bars are full)
        if not ruling_out:
            return None
        factors = [cause_factors(self.kb, o) for o in observed]

        def ruled_share(symptom: str) -> float:
            causes = self.kb.symptoms[symptom].causes
            out = sum(w for c, w in causes.items() if any(f.get(c, 0) <= -DECISIVE for f in factors))
            return out / (sum(causes.values()) or 1)
        ruled = [s for s in close if ruled_share(s) > 0.5]
        if ruled and len(ruled) < len(close):
            return next(s for s in close if s not in ruled)
        return None

    def _fault_the_facts_pick(self, rec, text: str) -> str | None:
        """A fault that a fact stated in the message picks over the recognised one: the fact
        rules out the recognised fault's leading cause and points decisively to the other's
        ("tap card is not working ... insert card still can": only tapping fails, not the
        chip): a close runner-up (FACT_PICK_MARGIN), else the one fault of the same kind it
        names so. The merchant's fact outranks how alike the words look. None when no fact
        does."""
        top = diagnosis.leading_cause(self.kb, rec.symptom)
        if top is None or not rec.candidates:
            return None
        best = rec.candidates[0].score
        close = [c.id for c in rec.candidates
                 if c.kind == "symptom" and c.id != rec.symptom and c.score >= best - FACT_PICK_MARGIN
                 and self.kb.symptoms[c.id].handling == "diagnose"]
        # ... else the one fault of the same kind whose leading cause the fact names ("card
        # tap no good ... insert card still can": the words hardly fit tapping at all)
        kind = self.kb.symptoms[rec.symptom].category
        same_kind = [s.id for s in self.kb.symptoms.values()
                     if s.id != rec.symptom and s.category == kind and s.handling == "diagnose"]
        leads = {s: diagnosis.leading_cause(self.kb, s) for s in (*close, *same_kind)}
        for obs_id in self.engine.interpreter.observed(text):
            factors = cause_factors(self.kb, obs_id)
            if factors.get(top, 0) > -DECISIVE:
                continue
            for symptom_id in close:
                if leads[symptom_id] and factors.get(leads[symptom_id], 0) == DECISIVE:
                    return symptom_id
            named = [s for s in same_kind if leads[s] and factors.get(leads[s], 0) == DECISIVE]
            if len(named) == 1:
                return named[0]
        return None

    def on_intent(self, intent: str, text: str = "") -> None:
        self.event("intent", intent=intent)
        if intent == "human":
            self.escalate("asked")
            return
        if intent in ("thanks", "sale_ok", "bye") and self.state == "explained":
            # "好的谢谢" after "这样处理可以吗？" is a yes: the explanation was the fix.
            self.resolved(by="bot")
            return
        if intent == "greeting":
            if self.state == "start":
                self.go("greet")
            elif self.state != "awaiting_problem":
                self.go("ask_problem")
            self.reply(self.say("welcome"))
            return
        if intent == "phone" and text and not any(ch.isdigit() for ch in text):
            if self._number_asked(text):
                # "what is your hotline number", "收单行电话多少": a number asked for, none given
                # ("that looks like a phone number" would answer a message that holds none)
                self._tell_where_numbers_are()
            else:
                # "we put a thick case with a metal ring on it", "my phone's on the new wifi": no
                # number given and none asked for (a metal ring, the phone as a device): the
                # fault asked for, as after a detail, without saying what the message "looks like"
                self.reply(self.say("ask_problem"))
            if self.state == "start":
                self.go("greet")
            return
        # Every intent answers with its own text (reply_supplies, reply_payout...); an amount,
        # order number, date or phone number alone gets one reply asking for the fault.
        key = "reply_detail" if intent in DETAIL_INTENTS else f"reply_{intent}"
        replied = self.facts.setdefault("replied", [])
        if intent == "payout" and key not in replied and self.engine.interpreter.money_missing(text):
            # dlg51: a sale's money said not in, its day not told ("昨天晚上刷了一笔 今天一分钱都
            # 没到"): the payout calendar (working days, weekends, the night cut-off) and the
            # sale's weekday and hour asked, which tell whether it is due yet
            key = "reply_payout_missing"
            self.facts["payout_told"] = text[:500]
        if key in replied and f"{key}_again" in texts():
            # lead17: the same question asked again in other words ("it's a barclays account,
            # usually comes next day"): our answer did not settle it; not the same text twice
            self.facts["person_offered"] = True
            self.reply(self.say(f"{key}_again"), [self.button("btn_human", "h"), self.button("btn_retry", "retry")])
        else:
            self.reply(self.say(key if key in texts() else "reply_chitchat"))
            key = "reply_payout" if key == "reply_payout_missing" else key  # (its _again follows it)
            if key not in replied:
                replied.append(key)  # (each key once: only whether it was given counts)
        if self.state == "start":
            self.go("greet")

    def not_understood(self, text: str = "", none_fit: bool = False) -> None:
        """Nothing we could act on: they are asked to say it again (what the screen says, or in
        their own words), a person offered after MISUNDERSTOOD_LIMIT. `none_fit`: "none of
        these" to our choices, which we did understand: said back as that, not "sorry, I
        didn't understand"."""
        self.facts["misunderstood"] += 1
        self.event("not_understood", text=text[:500], state=self.state)
        if self.facts["misunderstood"] > MISUNDERSTOOD_LIMIT:
            # A person was offered and they still cannot get it across: asking them to
            # describe it once more would go round in circles; a person reads it instead.
            self.facts["details"] = " / ".join(filter(None, [self.facts.get("details"), text]))[:500]
            self.escalate("not_understood")
            return
        if self.state not in ("awaiting_problem",):
            self.go("greet" if self.state == "start" else "ask_problem")
        if self.facts["misunderstood"] >= MISUNDERSTOOD_LIMIT:
            self.facts["person_offered"] = True
            self.reply(
                self.say("offer_human"),
                [self.button("btn_human", "h"), self.button("btn_retry", "retry")],
            )
        else:
            self.reply(self.say("none_fit" if none_fit else "not_understood"))

    def offer_everyday_faults(self) -> None:
        """Twice a fault with nothing to go on: the everyday faults as buttons (intents.yaml
        `vague: offer`), with "none of these" and a person beside them."""
        self.event("intent", intent="vague")
        options = [["symptom", s] for s in self.kb.intents["vague"].offer]
        self.facts["vague_said"] = False
        self._offer_options(options, self.say("vague_choices"))

    def _one_meaning(self, codes: list[str]) -> bool:
        """rec41: whether the codes a shared screen text stands for mean one thing to the
        merchant: one title (the knowledge base's word for their meaning), one category, the
        same party to act, the same retry rule, and an answer, not a diagnosis (38 and 75, PIN
        tries exceeded). Codes that differ in any of these are asked about (33, an expired card
        the bank wants kept, is not 54, an expired card)."""
        found = [self.kb.code(c) for c in codes]
        if len(found) < 2 or any(c is None for c in found):
            return False
        return (len({(c.title.en, c.title.zh, c.category, c.actor, c.retry, c.handling) for c in found}) == 1
                and found[0].handling in ("explain", "acquirer"))

    def offer_choices(self, rec) -> None:
        options = []
        seen = set()
        # A screen text several codes share (请重新签到: 77, 99, A0) offers them all, up to
        # what fits on a phone.
        limit = min(max(CLARIFY_OPTIONS, len(rec.shared)), SHARED_OPTIONS)
        ruled_out = self._faults_the_facts_rule_out(rec)
        for c in rec.candidates:
            if c.kind == "symptom" and c.id in ruled_out:
                continue  # "dead since morning, screen on": no "won't switch on" to pick
            if (c.kind, c.id) not in seen:
                seen.add((c.kind, c.id))
                options.append([c.kind, c.id])
            if len(options) == limit:
                break
        if self.state == "clarifying" and self.facts.get("clarify") == options:
            # The same words again instead of a pick: they cannot tell which; the likeliest
            # reading is the answer (codes sharing a screen text share their advice).
            target_kind, target_id = options[0]
            self.event("clarified", kind=target_kind, id=target_id, by="repeat")
            self.start_problem(target_kind, target_id, self.facts.get("text", ""))
            return
        category = rec.shared and rec.category and self.kb.categories.get(rec.category)
        if category:
            prompt = self.say("clarify_code", category=self.local(category.name))
        else:
            prompt = self.say("clarify")
        self._offer_options(options, prompt)

    def _offer_options(self, options: list[list[str]], prompt: str) -> None:
        """"Which of these?": each option a button ("pick:N"), with "none of these" and a
        person beside them; a pick or a typed reply is read in the clarifying state."""
        self.facts["clarify"] = options
        self.facts.pop("urgent_confirm", None)  # an ordinary "which of these?" now
        self.go("clarify")
        buttons = [Button(self._title_of(k, i), f"pick:{n}") for n, (k, i) in enumerate(options)]
        buttons += [self.button("btn_none_of_these", "pick:none"), self.button("btn_human", "h")]
        self.event("clarify_offered", options=options)
        # The options in words too: a merchant who types answers what they can read
        # (a typed number is the button of that number).
        listed = "\n".join(f"{n}. {b.label}" for n, b in enumerate(buttons[:len(options)], 1))
        self.reply("\n".join([prompt, listed, self.say("clarify_typed")]), buttons)

    def _title_of(self, kind: str, target: str) -> str:
        if kind == "code":
            code = self.kb.code(target)
            return f"{code.code} {self.local(code.title)}"
        return self.local(self.kb.symptoms[target].title)

    # -- the problem ----------------------------------------------------------------------

    def start_from_observations(self, text: str, kinds: frozenset[str] | None = None,
                                kin_only: bool = False, also: tuple[str, ...] = ()) -> bool:
        """No fault recognised, but the merchant states facts that point to causes ("开机日期
        显示2000年 刷卡都失败"): diagnose the causes they point to decisively. `kinds`: only
        when such a cause is of one of these categories (it is listed first). `kin_only` (a
        question about the money): the other causes kept in mind are the decisive cause's kin,
        not its whole category (money not paid in over a weekend may be a frozen account, never
        a missing sign-in). `also`: facts the message states though no phrasing reads them (two
        sums apart)."""
        observed = [*also, *(o for o in self.engine.interpreter.observed(text) if o not in also)]
        causes = [c for o in observed if not self.kb.observations[o].context
                  for c, w in cause_factors(self.kb, o).items() if w == 3]
        if kinds is not None:
            causes = [c for c in causes if self.kb.causes[c].category in kinds]
        if not causes:
            return False
        aside = set()
        if kin_only:
            # dlg55: about the money, a fact that bears on none of its causes' kin is no fault's
            # ("刷的钱没到" → "what day and hour was the sale?" → "周五晚上": when the sale was made,
            # not a fault of the evening rush): neither said back nor weighed
            kin = {c for s in self.kb.symptoms.values() if set(s.causes) & set(causes) for c in s.causes} | set(causes)
            aside = {o for o in observed if o not in also
                     and not any(w > 0 and c in kin for c, w in cause_factors(self.kb, o).items())}
            observed = [o for o in observed if o not in aside]
        category = self.kb.causes[causes[0]].category
        self.session["facts"] = self.facts = self._facts_for_new_problem(text)
        self.facts["problem"] = {"code": None, "symptom": None, "category": category,
                                 "text": text[:500]}
        self.event("problem", code=None, symptom=None, category=category, handling="diagnose",
                   observations=observed)
        self.facts["candidates"] = diagnosis.normalised(
            self._causes_around(observed, causes, kin_only=kin_only))
        header = len(self.replies)
        self.reply(self.say("observation_header", facts=self._observations_listed(observed)))
        if aside:
            reader = self.engine.interpreter
            told = reader.plain(text)
            self._absorb(observed=[o for o in reader.observed_beside_tried(told) if o not in aside])
        else:
            self._absorb()
        if also:
            self.note_observations([o for o in also if o not in self.facts["noted"]])
        self.next_step()
        if self.state == "handoff" and header < len(self.replies):
            # Put through at once (a stolen terminal): no "let's work through it" before it.
            self.replies[header] = Reply(self.say("symptom_named", title=self._observations_listed(observed)))
        return True

    def _causes_around(self, observed: list[str], decisive: list[str], kin_only: bool = False) -> dict[str, float]:
        """Prior weights when only stated facts say what is wrong: the causes they point to
        decisively first, those they point to less after, and the rest of the same kind of
        fault a little ("一直转圈 然后失败" is a time-out, but it may be the cable or the SIM:
        a skilled agent keeps them in mind and asks how the terminal connects): those of its
        kind a symptom lists beside a decisive one, or, where none does, its whole category.
        `kin_only`: every cause a symptom lists beside a decisive one, of any kind."""
        prior = {3: 1.0, 2: 0.4, 1: 0.15}
        causes = dict.fromkeys(decisive, 1.0)
        for obs in observed:
            for cause, weight in cause_factors(self.kb, obs).items():
                if weight > 0:
                    causes[cause] = max(causes.get(cause, 0.0), prior[weight])
        kin = {c for s in self.kb.symptoms.values() if set(s.causes) & set(decisive) for c in s.causes}
        kinds = {self.kb.causes[c].category for c in decisive}
        near = {c for c in kin if self.kb.causes[c].category in kinds}
        if kin_only:
            rest = kin
        elif near - set(decisive):
            # lead17: of the same kind, only the decisive cause's kin ("the slip comes out blank":
            # the head, after the roll; not the card reader, hardware too). Kin of another kind
            # stay out, to come in on their own fact as new (admitted at full prior weight).
            rest = near
        else:
            rest = {c.id for c in self.kb.causes.values() if c.category in kinds}
        # (in the knowledge base's order, not a set's: the order sums are taken in, and ties
        # broken, must not change with the process's string hashing)
        for cause in (c for c in self.kb.causes if c in rest):
            causes.setdefault(cause, SAME_KIND)
        return causes

    def _facts_for_new_problem(self, text: str) -> dict:
        """Clean facts (the previous problem's answers do not apply), but the fixes this
        conversation already offered stay offered: the merchant is never shown one twice."""
        previous = self.facts
        offered = list(previous.get("not_again", []))
        offered += [f for f, _ in previous.get("tried", []) if f not in offered]
        if previous.get("fix") and previous["fix"] not in offered:
            offered.append(previous["fix"])
        # dlg25: what was asked and answered about each earlier problem, so that a problem
        # told again (0020000, then a detour, then "0020000" once more) resumes, never asks
        # its questions again.
        earlier = list(previous.get("earlier", []))
        if previous.get("problem") and (previous.get("asked") or previous.get("noted")):
            earlier = [e for e in earlier if e["key"] != _problem_key(previous["problem"])]
            earlier.append({"key": _problem_key(previous["problem"]),
                            **{k: previous.get(k) for k in _RESUMED}})
        # kb29: fixes that did not work for an earlier, unresolved problem of this conversation
        # still count towards the stopping point (issue 10: at most 3 failed fixes before a
        # person is offered): a new problem read mid-dialog (often a word of an answer taken for
        # one) does not start the count again; "try one more thing" asked for still counts.
        failed_before = 0
        if not previous.get("resolved_by"):
            failed_before = previous.get("failed_before", 0) + previous.get("failed_fixes", 0) - previous.get("extra", 0)
        chosen_from = list(previous.get("clarify") or []) if self.state == "clarifying" else []
        return {**_fresh_facts(), "text": text[:500], "not_again": offered, "chosen_from": chosen_from,
                "explained": list(previous.get("explained", [])), "earlier": earlier,
                "questioned": _questioned(previous, self.engine.interpreter.answer_of_observation),
                # dlg36: urgent faults already asked about ("does it show a red TAMPER
                # warning?") and not confirmed: never asked again in this conversation
                "urgent_asked": list(previous.get("urgent_asked", [])),
                "failed_before": max(0, failed_before)}

    def _resume_earlier(self) -> bool:
        """The problem now started is one this conversation diagnosed before: its questions,
        answers, stated facts and cause weights come back (dlg25)."""
        key = _problem_key(self.facts["problem"])
        record = next((e for e in self.facts.get("earlier", []) if e["key"] == key), None)
        if record is None or not record.get("candidates"):
            return False
        self.facts["earlier"] = [e for e in self.facts["earlier"] if e is not record]
        for field_ in _RESUMED:
            if record.get(field_) is not None:
                self.facts[field_] = record[field_]
        self.event("problem_resumed", key=key)
        return True

    def _unsure_urgent(self, rec, text: str) -> bool:
        """A new problem read mid-dialog that is an urgent fault (handling "replace") with no
        telling words and no sure recognition: not a new problem (dlg25)."""
        if rec.code or not rec.symptom or self.kb.symptoms[rec.symptom].handling != "replace":
            return False
        return not self._urgent_told(rec.confidence >= URGENT_SURE, text)

    def _urgent_evidence(self, text: str) -> bool:
        """A fault that means "stop using it, it must be replaced" (tamper) is acted on only
        when the message says so in telling words (a tamper message on the screen, obs
        observations.yaml `obs_tamper_shown`) or the recogniser is sure of it: one vague word
        ("alert") matched to it is not enough for an urgent handoff."""
        return self._urgent_told(self._last_recognition_sure, text)

    def _urgent_told(self, sure: bool, text: str) -> bool:
        """The recogniser is sure of the urgent fault, or the message tells it in its words."""
        return sure or "obs_tamper_shown" in self.engine.interpreter.observed(
            self.engine.interpreter.plain(text))

    def _confirm_urgent(self, symptom) -> None:
        """Ask before an urgent handoff: "does the screen show a red TAMPER / 安全攻击 warning?"
        Yes (or the button) is the urgent handoff; no asks them to describe it again.
        Asked once already in this conversation and not confirmed (dlg36: "你这说的我不明白
        直说咋办" to it, then the same fault read again): not asked again, which went round
        for ever; a person reads the conversation."""
        if symptom.id in self.facts.get("urgent_asked", []):
            self.event("urgent_unconfirmed", symptom=symptom.id, again=True)
            self.escalate("not_understood")
            return
        self.facts.setdefault("urgent_asked", []).append(symptom.id)
        self.facts["urgent_confirm"] = symptom.id
        self.facts["clarify"] = [["symptom", symptom.id]]
        self.event("urgent_confirm", symptom=symptom.id)
        self.go("clarify")
        self.reply(self.say("confirm_urgent"),
                   [Button(self._title_of("symptom", symptom.id), "pick:0"),
                    self.button("btn_none_of_these", "pick:none"), self.button("btn_human", "h")])

    def start_problem(self, kind: str, target: str, text: str, also: dict | None = None,
                      sure: bool = False) -> None:
        self.session["facts"] = self.facts = self._facts_for_new_problem(text)
        if kind == "code":
            code = self.kb.code(target)
            self.facts["problem"] = {"code": code.code, "symptom": None, "category": code.category,
                                     "text": text[:500]}
            self.event("problem", code=code.code, symptom=None, category=code.category,
                       handling=code.handling)
            self.explain_code(code)
            return
        symptom = self.kb.symptoms[target]
        self.facts["problem"] = {"code": None, "symptom": symptom.id, "category": symptom.category,
                                 "text": text[:500]}
        self.event("problem", code=None, symptom=symptom.id, category=symptom.category,
                   handling=symptom.handling)
        if symptom.handling == "replace":
            if not (sure or self._urgent_evidence(text)):
                self._confirm_urgent(symptom)
                return
            self.escalate("replace")
            return
        causes = dict(symptom.causes)
        for other, weight in (also or {}).items():
            for cause, prior in self.kb.symptoms[other].causes.items():
                causes[cause] = causes.get(cause, 0.0) + prior * weight
        self.facts["candidates"] = diagnosis.normalised(causes)
        header = len(self.replies)
        self.reply(self.say("symptom_header", title=self.local(symptom.title)))
        self._absorb()
        self.next_step()
        if self.state == "handoff" and header < len(self.replies):
            # Put through at once: no "let's work through it step by step" before it.
            self.replies[header] = Reply(self.say("symptom_named", title=self.local(symptom.title)))

    def _note_already_tried(self, text: str, observed: list[str] = ()) -> None:
        """"签到了也不行": a fix the merchant says they already did counts as failed, so the
        bot neither suggests it again nor keeps believing in the causes it alone fixes."""
        said = set(self.engine.interpreter.tried_fixes(text))
        if not said:
            return
        # dlg68: "restarted it, well pressed the button and the screen went off": not done
        said -= {f for o in self.engine.interpreter.observed(text)
                 if (f := self.kb.observations[o].fix_not_done)}
        tried = {f for f, _ in self.facts["tried"]}
        # The fixes of causes a fact ruled out count too: "终端重启过了" on a Wi-Fi terminal
        # (whose weak mobile signal the Wi-Fi ruled out) is still a restart tried.
        # And those of causes a fact told in the same message points to (lead16: "纸卷翻过来了
        # 还是白纸": blank slips bring the paper's wrong side in, whose flip was done).
        # (`observed`: the facts the dialog read in it, also those read in the pending step's
        # light: "still blank" during a paper fix)
        told = [c for o in dict.fromkeys([*self.engine.interpreter.observed(text), *observed])
                for c, w in cause_factors(self.kb, o).items() if w > 0 and c in self.kb.causes]
        relevant = diagnosis.fixes_for(self.kb, self.facts["candidates"]) + [
            f for cause in [*self.facts["ruled_out"], *told] for f in self.kb.causes[cause].fixes]
        done = [f for f in dict.fromkeys(relevant) if f in said and f not in tried]
        for fix_id in done:
            self.facts["tried"].append([fix_id, False])
            self.event("already_tried", fix=fix_id)
            tried = [f for f, _ in self.facts["tried"]]
            self.facts["candidates"] = diagnosis.after_failed_fix(
                self.kb, self.facts["candidates"], fix_id, tried)
        if done:
            titles = "、".join if self.lang == "zh" else ", ".join
            self.reply(self.say("already_tried", fixes=titles(
                self.local(self.kb.fixes[f].title) for f in done)))

    def _code_card(self, code, with_action: bool = True) -> str:
        lines = [self.say("code_header", code=code.code, title=self.local(code.title)),
                 self.local(code.meaning),
                 self.say("who_acts", actor=self.say(f"actor_{code.actor}"))]
        return "\n".join(lines + self._code_advice(code, with_action))

    def _code_advice(self, code, with_action: bool = True) -> list[str]:
        """What to do about a code, and what to tell the customer."""
        lines = [self.say("first_action", action=self.local(code.first_action))] if with_action else []
        if code.tell_customer:
            lines.append(self.say("tell_customer", text=self.local(code.tell_customer)))
        return lines

    def explain_code(self, code) -> None:
        if code.handling == "explain" and code.code in self.facts.get("explained", []):
            # The same code explained again in one conversation: the explanation did not
            # settle it, and explaining it once more would only go round in circles.
            self.event("explained_again", code=code.code)
            self.offer_person("explained")
            return
        if code.handling == "explain":
            self.facts.setdefault("explained", []).append(code.code)
        if code.handling == "none":
            self.go("explain")
            self.event("explained", code=code.code)
            self.reply(self.say("approved", code=code.code), self._explained_buttons())
        elif code.handling == "explain":
            self.go("explain")
            self.event("explained", code=code.code)
            self.reply(self._code_card(code) + "\n\n" + self.say("explained_next"),
                       self._explained_buttons())
        elif code.handling == "acquirer":
            self.reply(self._code_card(code))
            self.escalate("acquirer")
        elif code.handling == "replace":
            self.escalate("replace")
        else:
            self.facts["candidates"] = diagnosis.normalised(dict(code.causes))
            if self._resume_earlier():
                # The same code again after a detour: what was asked stays asked.
                self.reply(self._code_card(code, with_action=False))
                self._absorb()
                self.next_step()
                return
            if code.category is None:
                self.reply(self._code_card(code, with_action=False))
                self._absorb()
                if self.facts["answers"] or self.facts["noted"]:
                    self.next_step()  # they already said what happens: no open question
                    return
                self.go("ask_details")
                self.reply(self.say("details"), [self.button("btn_skip", "skip")])
            else:
                self.reply(self._code_card(code) + "\n\n" + self.say("code_diagnose"))
                self._absorb()
                self.next_step()

    def _explain_again(self, text: str = "") -> None:
        """The explanation once more; asked what to tell the customer, just that line."""
        code = self.kb.code((self.facts["problem"] or {}).get("code") or "")
        self.event("explained_again", code=code.code if code else None)
        if code and code.tell_customer and self.engine.interpreter.about_customer(text):
            self.reply(self.say("tell_customer", text=self.local(code.tell_customer)) + "\n\n"
                       + self.say("explained_next"), self._explained_buttons())
            return
        body = self._code_card(code) if code else ""
        self.reply("\n\n".join(t for t in (self.say("explain_again"), body, self.say("explained_next")) if t),
                   self._explained_buttons())

    def _tells_customer(self, text: str) -> bool:
        """Asked what to tell the customer after an explained code: that line, then the person
        offer again (a person cannot change a bank's answer either)."""
        code = self.kb.code((self.facts["problem"] or {}).get("code") or "")
        reader = self.engine.interpreter
        if not (code and code.tell_customer and reader.about_customer(text) and reader.asks(text)):
            return False
        self.event("explained_again", code=code.code)
        self.reply(self.say("tell_customer", text=self.local(code.tell_customer)))
        self.offer_person("explained", again=True)
        return True

    def _card_code_everywhere(self, code_id: str, text: str) -> str | None:
        """The symptom a card-side code becomes when the message says every card gets it
        (observations' `card_codes_become`): then it is not the customers' cards."""
        code = self.kb.code(code_id)
        if not code or code.actor not in ("cardholder", "issuer"):
            return None
        return self._card_side_becomes(text, "card_codes_become")

    def _every_card_instead(self, observed: list[str]) -> str | None:
        """lead33: the symptom a card fault becomes when a fact newly told says every card fails
        (observations' `card_codes_become`): only while the problem is a card's (a card symptom,
        or a code the cardholder or issuer acts on)."""
        problem = self.facts.get("problem") or {}
        if problem.get("symptom"):
            if self.kb.symptoms[problem["symptom"]].category != "card":
                return None
        elif not ((code := self.kb.code(problem.get("code") or "")) and code.actor in ("cardholder", "issuer")):
            return None
        for obs_id in observed:
            target = self.kb.observations[obs_id].card_codes_become
            if target and obs_id not in self.facts["noted"] and target != problem.get("symptom"):
                return target
        return None

    def _card_side_becomes(self, text: str, field: str) -> str | None:
        """The symptom a card's refusal becomes with a fact the message states beside it
        (observations' `card_codes_become` for a code, `card_faults_become` for one told in
        words): every card refused, or the customer charged all the same."""
        reader = self.engine.interpreter
        if reader.tone(text) == "worked":
            return None  # "等咗十分鐘再刷 過咗 客人都鬆一口氣": it went through, nothing fails on every card
        for obs_id in reader.observed(reader.plain(text)):
            if target := getattr(self.kb.observations[obs_id], field):
                return target
        return None

    def _not_the_cards(self, code_id: str, symptom_id: str, text: str) -> None:
        """"每张卡都报05": said so, and the terminal's or the account's side diagnosed."""
        self.event("code_on_every_card", code=code_id, symptom=symptom_id)
        self.reply(self.say("not_the_cards", code=code_id))
        # The code's own words ("余额不足", "insufficient funds") are what the screen said to
        # every customer, not a fact about one card: read as one, they would bring back the
        # very cause just ruled out (and "reduce the amount" as the first fix).
        code = self.kb.code(code_id)
        quoted = [code.title.zh, code.title.en, *code.screen_texts()] if code else []
        if quoted:
            text = self.engine.interpreter.plain(text)  # (in simplified, as the code's words)
            for words in sorted(quoted, key=len, reverse=True):
                text = re.sub(re.escape(words), " ", text, flags=re.IGNORECASE)
        self.start_problem("symptom", symptom_id, text, sure=True)

    def _declines(self, text: str) -> bool:
        """"不用了" after an okay ("好 不用了", "ok no need"): the cancel command, said politely."""
        key = fuzzy_key(self.engine.interpreter.plain(text))
        head, _, rest = key.partition(" ")
        rest = rest if head in self.engine.interpreter.okay else key
        return command_of(rest) == "cancel" or command_of(key) == "cancel" or rest in _NO_NEED

    def _thanks_for_explanation(self, text: str) -> bool:
        """Words of taking it on board with thanks or a goodbye ("ok cheers", "明白 多谢") and
        nothing asked or wished for: the merchant is done, not accepting the offered person."""
        reader = self.engine.interpreter
        if reader.asks(text) or reader.wants_person(text) or not reader.takes_on_board(text):
            return False
        return self.engine.recogniser.recognise(reader.plain(text)).intent in ("thanks", "bye")

    def _confirms_card_side(self, text: str) -> bool:
        """After a card's refusal was explained (the card's or its bank's answer), facts that
        all point to the card ("only his card, everyone else goes through") bear the
        explanation out: nothing is wrong here, and nothing more to do. Not when the message
        also says it went wrong otherwise, or asks."""
        code = self.kb.code((self.facts["problem"] or {}).get("code") or "")
        reader = self.engine.interpreter
        if not self._issuer_side() or reader.asks(text) or reader.wants_person(text):
            return False
        plain = reader.plain(text)
        rec = self.engine.recogniser.recognise(plain)
        if rec.code and rec.code != code.code:
            return False
        observed = reader.observed(plain)
        return bool(observed) and all(
            self.kb.observations[o].towards.get(code.category, 0) > 0 for o in observed)

    def _issuer_side(self) -> bool:
        """The explained code is the card's or its bank's answer, which nobody here can change."""
        code = self.kb.code((self.facts["problem"] or {}).get("code") or "")
        return bool(code) and code.actor in ("cardholder", "issuer")

    def _explained_buttons(self) -> list[Button]:
        return [self.button("btn_solved", "ok"), self.button("btn_new_problem", "new"),
                self.button("btn_human", "h")]

    def next_step(self, reopen: str | None = None, one_more: bool = False, act: bool = False) -> None:
        """Ask the most useful question, suggest the most promising fix, or stop: after
        MAX_FAILED_FIXES fixes that did not work, or when no fix is likely enough to be worth
        the merchant's time, a person is offered (with "try one more thing" beside it).
        `reopen`: a pending question the merchant did not answer may be asked again; `act`:
        the merchant wants something to do, not questions (the likeliest fix, if any)."""
        candidates = self.facts["candidates"]
        tried = [f for f, _ in self.facts["tried"]] + self.facts.get("not_again", []) + \
            self._pointless_fixes() + self._unfounded_fixes()
        budget = diagnosis.MAX_FAILED_FIXES + self.facts["extra"] - self.facts["failed_fixes"] \
            - self.facts.get("failed_before", 0)
        if budget <= 0:
            self.offer_person("tried")
            return
        plan = diagnosis.fix_plan(self.kb, candidates, tried, budget)
        fixes = plan[0] or diagnosis.ranked_fixes(self.kb, candidates, tried)
        spent = self._spent_cause(candidates, tried)
        if spent and not one_more and not diagnosis.worth_a_try(self.kb, candidates, fixes):
            # The merchant's own fixes for the clear leader are used up, nothing else is
            # worth their time, and people can still fix it (a repair): say so now, and why.
            self.escalate("needs_human", cause=spent)
            return
        # A fix likely to work is worth more than a question: ask only when unsure. A code
        # with no category of its own (0020000) is narrowed down by questions first, unless
        # the merchant has already told us something.
        spans = self._spans()
        walk = spans and not self.facts["answers"] and not self.facts["noted"]
        if spans and not walk and not self.facts["failed_fixes"] and not any(
                a != "?" for q, a in self.facts["answers"] if q in self.facts["asked"]):
            walk = not any(max(cause_factors(self.kb, o).values(), default=0) >= DECISIVE
                           for o in self.facts["noted"])
        # A pending question comes back once after a message that did not answer it; a second
        # time it would go round in circles (an answer the bot cannot read, then a fact).
        if reopen in self.facts.setdefault("reopened", []):
            reopen = None
        elif reopen:
            self.facts["reopened"].append(reopen)
        asked = [q for q in self.facts["asked"] if q != reopen]
        # the open question once per conversation: an earlier problem's asking counts
        asked += [q for e in self.facts.get("earlier", []) for q in (e.get("asked") or [])
                  if q not in asked and self.kb.questions.get(q) is not None and self.kb.questions[q].open]
        # A question a stated fact makes moot ("signal bars?" on the cable) counts as answered.
        answered = tuple(q for q, _ in self.facts["answers"]) + tuple(
            self.kb.moot_questions(self.facts["noted"]))
        # dlg74: never a question twice in a conversation: one asked or answered for an earlier
        # problem, or withheld by ask(), or whose answer is a fact already told, counts as
        # answered (not against MAX_QUESTIONS: this problem's own questions are still asked)
        answered += tuple(q for q in _not_again(self.facts, self.engine.interpreter.answer_of_observation)
                          if q not in asked and q not in answered)
        # What the merchant said points to one cause well ahead of the rest ("we put a new
        # microwave next to it"): its own remedy first, as a skilled agent would, not more
        # questions; once a fix has failed, questions may tell the rest apart again.
        # Only a fact that singles the cause out is a hunch: "busy at noon" points to weak
        # signal and to interference alike, so a question that tells them apart comes first.
        evidenced = self._evidenced_fix(candidates, tried)
        hunch = evidenced and not self.facts["failed_fixes"] and stated_towards(
            self.kb, self.facts, evidenced[1]) and tells_apart(self.kb, self.facts, evidenced[1], candidates)
        # A fact told after a failed fix that points decisively to one cause ("it keeps
        # offering a new version, we always postpone it"; lead26: "scratched both sides, no
        # black line" on any symptom, not only on a code of many causes) is followed by that
        # cause's own remedy, as an agent would, not by another question that only sorts the
        # causes nothing pointed to.
        fresh = [o for o in self.facts["noted"] if o not in self.facts.get("noted_seen", [])]
        self.facts["noted_seen"] = list(self.facts["noted"])
        if self.facts["failed_fixes"] and not hunch and not one_more and fresh:
            lead = diagnosis.fresh_lead(self.kb, candidates, fresh, tried, self.facts["noted"])
            if lead:
                evidenced, hunch = lead, True
        if spans and self.facts["failed_fixes"] and not (one_more or hunch or act) and (
                lead_question := diagnosis.told_lead_question(
                    self.kb, candidates, self.facts["noted"], asked, answered, tried)):
            # dlg66: the merchant's own story followed to its end before a new search
            self.event("told_lead_question", question=lead_question.id)
            self.ask(lead_question, again="unclear" if lead_question.id == reopen else None)
            return
        choice = None if one_more or hunch or act else diagnosis.pick_question(
            self.kb, candidates, asked, answered, tried, budget, walk=walk,
            unanswered=sum(a == "?" for _, a in self.facts["answers"]),
            failed=self.facts["failed_fixes"], plan=plan,
            just_unsure=bool(self.facts["answers"]) and self.facts["answers"][-1][1] == "?"
            and not self.facts.get("acted_since_unsure"),
            known=bool(self.facts["noted"]) or any(a != "?" for _, a in self.facts["answers"]),
            spans=spans, follow_lead=self._told_lead(candidates, tried),
            pair=not self.facts.get("pair_asked"),
            last_chance=not self.facts.get("last_chance_asked"),
            told=bool(candidates) and stated_towards(self.kb, self.facts, max(candidates, key=candidates.get)),
            plan_told=bool(plan[0]) and stated_towards(self.kb, self.facts, plan[0][0][1]))
        question = choice.question if choice else None
        if choice and choice.why == "pair":
            # One question before giving up, not a string of them. Only when the pair rule chose
            # it (dlg59): the same question chosen as the most useful anyway spends no last chance.
            self.facts["pair_asked"] = True
        if choice and choice.why == "last_chance":
            # dlg74: one question before the last fix, not a string of them (each answer
            # left the last fix no surer, so the rule chose again)
            self.facts["last_chance_asked"] = True
        if question is not None:
            self.ask(question, again="unclear" if question.id == reopen else None)
            return
        top = max(candidates, key=candidates.get) if candidates else None
        human = diagnosis.handoff_now(self.kb, candidates)
        if top and diagnosis.needs_human(self.kb, top) and (
                candidates[top] >= diagnosis.DOMINANT
                or (human and tells_apart(self.kb, self.facts, human, candidates))):
            # People must act (acquirer, bank, technician): say so now, naming the cause
            # when the evidence points to it, instead of walking fixes that cannot work.
            self.escalate("needs_human", cause=top)
        elif not fixes:
            self.escalate("exhausted" if tried else "needs_human", cause=top)
        elif not (one_more or act) and not evidenced and not diagnosis.worth_a_try(self.kb, candidates, fixes):
            self.offer_person("unlikely")
        else:
            fix_id, cause_id = (evidenced or diagnosis.worth_a_try(self.kb, candidates, fixes)
                                or fixes[0])
            self.offer_fix(fix_id, cause=cause_id)

    def _told_lead(self, candidates: dict, tried: list[str]) -> bool:
        """dlg54: a fact the merchant told points clearly to the likeliest cause and its own remedy
        is untried: its question is followed up (diagnosis.next_question's follow_lead). Once
        that remedy has failed, the lead is in doubt and the broad question takes over again
        ("big sales, foreign tourists": after the smaller amount failed, how the sale is keyed)."""
        top = max(candidates, key=candidates.get) if candidates else None
        if not top or not stated_towards(self.kb, self.facts, top):
            return False
        own = diagnosis.merchant_fixes(self.kb, top)
        return bool(own) and own[0] not in tried

    def _spent_cause(self, candidates: dict, tried: list[str]) -> str | None:
        """The clear leader among the causes, when every fix the merchant could do for it has
        failed, the evidence points to it, and people can still fix it."""
        top = max(candidates, key=candidates.get) if candidates else None
        if (top and self.facts["failed_fixes"] and not self.kb.causes[top].needs_human
                and diagnosis.needs_human(self.kb, top, tried)
                and diagnosis.repairable_by_people(self.kb, top)
                and clearly_ahead(candidates, top) and evidence_towards(self.kb, self.facts, top)):
            return top
        return None

    def _evidenced_fix(self, candidates: dict, tried: list[str]) -> tuple[str, str] | None:
        """When what the merchant said points to one cause well ahead of the rest ("装了个积分
        app 之后就报"), its own remedy comes before a generic one (restart) that merely covers
        more causes a little."""
        ranked = sorted(candidates, key=candidates.get, reverse=True)
        if not ranked:
            return None
        top = ranked[0]
        runner_up = candidates[ranked[1]] if len(ranked) > 1 else 0.0
        if candidates[top] < EVIDENCE_LEAD * runner_up or not evidence_towards(self.kb, self.facts, top):
            return None
        own = [f for f in diagnosis.merchant_fixes(self.kb, top) if f not in tried]
        return (own[0], top) if own else None

    def _handed_on(self) -> None:
        """"好吧 那我报修", "ok will send it for repair", "你们快点来换": the merchant takes the
        fault to people. Agreed, as a person would, and the case handed over to be arranged (a
        handoff that says so), not "did it work?" again."""
        self.event("handed_on", fix=self.facts.get("fix"), state=self.state)
        self.escalate("arranging")

    def offer_person(self, reason: str, again: bool = False) -> None:
        """Stop suggesting: offer a person, with "try one more thing" beside it."""
        self.facts["stop_reason"] = reason
        if not again:
            self.event("person_offered", reason=reason, failed=self.facts["failed_fixes"])
            self.go("offer_human")
            self.facts["noted_at_offer"] = len(self.facts["noted"])
        key = {"tried": "stop_tried", "explained": "stop_explained", "lost": "stop_lost",
               "named": "stop_named", "hard_step": "stop_hard_step",
               "password": "stop_password"}.get(reason, "stop_unlikely")
        if key == "stop_explained" and self._issuer_side():
            key = "stop_explained_issuer"  # "客人说卡里有钱啊": the bank's answer, not ours
        if key.startswith("stop_explained") and again and self.facts.get("advised_again"):
            key = "stop_explained_again"  # the advice was just given again: only the offer
        tried = [f for f, _ in self.facts["tried"]] + self.facts.get("not_again", []) + \
            self._unfounded_fixes()
        spent = self._spent_cause(self.facts["candidates"], tried) if reason in ("tried", "unlikely") else None
        if spent:
            # Say why a person is the next step: the likeliest cause needs a repair.
            text = self.say("stop_spent", cause=self.local(self.kb.causes[spent].title))
        else:
            text = self.say(key, n=self.facts["failed_fixes"] + self.facts.get("failed_before", 0))
        self.reply(text, [self.button("btn_human", "h"), self.button("btn_one_more", "more")])

    def _repeat(self, question_id: str) -> bool:
        """dlg74: asking this question now would ask the merchant something already asked or
        answered in this conversation (a re-ask of the pending question is `again`, not this)."""
        return question_id in _questioned(self.facts, self.engine.interpreter.answer_of_observation)

    def ask(self, question, again: str | None = None) -> None:
        """Ask a question. `again`: why the pending question is said once more ("unclear": a
        reply that did not answer it; "language": the chat's language changed; "stale": a
        button of another step); otherwise a question already asked or answered in this
        conversation is never asked (dlg74): it is withheld and the next step chosen without it."""
        if again is None and self._repeat(question.id):
            self.event("question_withheld", question=question.id)
            withheld = self.facts.setdefault("withheld", [])
            if question.id not in withheld:
                withheld.append(question.id)
                self.next_step()
                return
            # (cannot happen: next_step passes withheld questions as answered) never a loop
            self.offer_person("unlikely")
            return
        # Only when this very message tells the fix done ("签到了 还是A0"): a bare "still the
        # same" does not say the sign-in itself went through, which the question asks.
        # (The message is read only for a question some failed fix may answer: asked often.)
        failed = [(fix, answer) for fix, answer in question.after_failed_fix.items()
                  if [fix, False] in self.facts["tried"]]
        implied = None
        if failed and self._text and not self._answered(question.id):
            reader = self.engine.interpreter
            done = set(reader.tried_fixes(self._text))
            implied = next((answer for fix, answer in failed if fix in done), None)
            said = [r.value for r in reader.answers(question.id, self._text, [], asked=False)
                    if r.kind == "answer"] if implied else []
            implied = said[0] if said else implied  # "签到不了": the sign-in itself failed
        if implied:
            # The failed fix already told it ("签到了 还是A0"): weighed as its answer, not asked.
            self._record_answer(question.id, implied, volunteered=True)
            self.next_step()
            return
        self.facts["question"] = question.id
        self.facts.pop("steps_shown", None)  # shown for the question before
        if question.id not in self.facts["asked"]:
            self.facts["asked"].append(question.id)
            self.event("question_asked", question=question.id)
        else:
            # dlg74: said again (a reply that did not answer it, a language switch, a stale
            # button): never a silent second asking
            self.event("question_reasked", question=question.id, why=again)
        if self.state != "diagnosing":
            self.go("ask_question")
        if again == "unclear" and self._short_again:
            self._short_reask(self.say("question_still"))  # dlg86: after the note, not word for word
            return
        self.reply(self.local(question.text), self._answer_buttons(question))

    def _answer_buttons(self, question) -> list[Button]:
        buttons = [Button(self.local(a.label), f"a:{question.id}:{a.id}") for a in question.answers]
        buttons.append(self.button("btn_not_sure", f"a:{question.id}:?"))
        return buttons

    def _fix_buttons(self, fix_id: str) -> list[Button]:
        return [self.button("btn_solved", f"fix:{fix_id}:y"),
                self.button("btn_not_solved", f"fix:{fix_id}:n"), self.button("btn_human", "h")]

    def answer(self, question_id: str, answer_id: str, said: str | None = None) -> None:
        """The answer to a question; `said`: the typed reply, whose other facts count too,
        read after the answer itself ("我儿子乱点了设置 不知道改了啥" to "what changed?" is
        "settings changed", not a "no" to "did your acquirer change the host?")."""
        question = self.kb.questions[question_id]
        valid = {a.id for a in question.answers} | {"?"}
        if answer_id.lstrip("!") not in valid:
            self.reply(self.say("stale_button"))
            self.ask(question, again="stale")
            return
        self.facts["question"] = None
        self._record_answer(question_id, answer_id)
        if said is not None:
            self._note_volunteered_answers(said)
        self.next_step()

    def offer_fix(self, fix_id: str, cause: str | None = None, again: bool = False) -> None:
        fix = self.kb.fixes[fix_id]
        if not again:
            self.facts["fix"] = fix_id
            # Numbered by the bot's own suggestions: a fix the merchant says they had already
            # done is not one of them, so the pending fix keeps its number when shown again.
            self.facts["fixes_offered"] = self.facts.get("fixes_offered", 0) + 1  # older sessions lack it
            self.event("fix_suggested", fix=fix_id, cause=cause)
            self.facts["fix_cause"] = cause  # rec43: the cause the pending step is for ("is it broken?")
            self.go("suggest_fix")
        numbered = self._numbered_steps(fix)
        if not again and (told := self._finding_told(fix)):
            # dlg79: the step's finding already told ("frozen and it won't even switch off" before the
            # restart): its advice goes with the steps, not after a round of "still not"
            self.facts["finding"] = told.observation
            numbered += "\n" + self.local(told.says)
        n = self.facts.get("fixes_offered") or 1
        # kb32: an explanation (nothing broken) is told as how it works, not as a fix to try
        self.reply(
            self.say("fix_explanation" if fix.explains else "fix", n=n, title=self.local(fix.title), steps=numbered),
            self._fix_buttons(fix_id),
        )

    def fix_outcome(self, worked: bool, partly: bool = False, rate: bool = True) -> None:
        fix_id = self.facts["fix"]
        self.facts["acted_since_unsure"] = True  # a fix was tried: easy questions may follow
        self.facts["tried"].append([fix_id, worked])
        self.facts["fix"] = None
        self.event("fix_outcome", fix=fix_id, worked=worked, partly=partly)
        if worked:
            self.resolved(by="bot", fix=fix_id, rate=rate)
            return
        self.facts["failed_fixes"] += 1
        tried = [f for f, _ in self.facts["tried"]]
        self.facts["candidates"] = diagnosis.after_failed_fix(
            self.kb, self.facts["candidates"], fix_id, tried, partly=partly)
        self.reply(self.say("fix_partly" if partly else "fix_failed"))
        said = len(self.replies) - 1
        self.next_step()
        if not partly and self.state in ("handoff", "offering_human"):
            # No other direction comes: "let's try something else" then a person would be untrue.
            self.replies[said] = Reply(self.say("fix_failed_last"))

    def resolved(self, by: str, fix: str | None = None, rate: bool = True) -> None:
        problem = self.facts["problem"] or {}
        # After a card or bank decline nothing was fixed: saying so would be untrue.
        explained = self.state == "explained" or (
            self.state == "offering_human" and self.facts.get("stop_reason") == "explained")
        text_key = "resolved_explained" if explained and self._issuer_side() else (
            "resolved_explanation" if fix in self.kb.fixes and self.kb.fixes[fix].explains else "resolved")
        reader = self.engine.interpreter
        if text_key == "resolved" and fix in reader.card_side_fixes and self._text and reader.passes_on(self._text):
            text_key = "resolved_for_now"  # dlg86: the customer's bank to act, passed on: not "fixed"
        self.facts["resolved_by"] = by
        self.event("resolved", by=by, fix=fix, code=problem.get("code"),
                   symptom=problem.get("symptom"), category=problem.get("category"))
        self.go("resolve")
        if rate:
            self.reply(self.say(text_key), self._rating_buttons())

    def _cleared_by_merchant(self) -> None:
        """The fault went away while we were still asking: glad, and no claim that the bot fixed
        it (no rating asked, and the figures count it as ended without a fix). If it comes
        back, the dialog picks up where it was."""
        problem = self.facts["problem"] or {}
        self.facts["resolved_by"] = "merchant"
        self.event("resolved", by="merchant", fix=None, code=problem.get("code"),
                   symptom=problem.get("symptom"), category=problem.get("category"))
        self.go("resolve")
        self.reply(self.say("cleared_by_merchant"))

    def _rating_buttons(self) -> list[Button]:
        # 1 to 5 so that typing "4" in a terminal (numbered buttons) means four stars.
        return [Button("⭐" * n, f"rate:{n}") for n in range(1, 6)]

    def rate(self, stars: int) -> None:
        by = self.facts.get("resolved_by")
        self.event("rating", stars=stars, by=by)
        self.go("rate")
        if stars <= 2 and by == "bot":
            self.escalate("low_rating")
        else:
            self.reply(self.say("rating_thanks"))

    def after_agent(self) -> None:
        self.facts["resolved_by"] = "agent"
        self.go("agent_resolved")
        self.reply(self.say("agent_resolved"), self._rating_buttons())

    def escalate(self, reason: str, cause: str | None = None) -> None:
        """Hand the conversation to a human; the transport opens the ticket from the event.
        A cause is named only when the evidence supports it (supported_cause)."""
        problem = self.facts["problem"] or {}
        if cause and cause != supported_cause(self.kb, self.facts):
            cause = None
        if reason == "stuck" and self.state == "offering_human":
            # Put through after the stop: name the cause when the evidence supports it.
            cause = supported_cause(self.kb, self.facts)
        explained = cause and any(self.kb.fixes[f].explains for f in self.kb.causes[cause].fixes)
        if reason in ("needs_human", "stuck") and explained:
            # Nothing is broken (weekend payouts, the card fee): the explanation did not settle
            # it, so a person checks the case; never "this needs our staff" for a non-fault.
            text = self.say("handoff_reason_explained", cause=self.local(self.kb.causes[cause].title))
        elif reason in ("needs_human", "stuck") and cause:
            failed = {f for f, worked in self.facts["tried"] if not worked}
            # lead19: the merchant already did their own remedy for it (took the sticker off the
            # tap sign, yet taps still fail): say that is done and people take it from here, not
            # as if the cause were news that "needs our staff"
            spent = any(f in failed for f in self.kb.causes[cause].fixes if not self.kb.fixes[f].escalates)
            text = self.say("handoff_reason_spent" if spent else "handoff_reason_needs_human",
                            cause=self.local(self.kb.causes[cause].title))
            # What to do meanwhile, in the people's fix's own steps (a swollen battery: stop
            # charging it now), not only "a person will come".
            meanwhile = next((self.kb.fixes[f] for f in self.kb.causes[cause].fixes
                              if self.kb.fixes[f].escalates), None)
            if meanwhile:
                text += "\n" + self._numbered_steps(meanwhile)
        elif reason == "needs_human" and not self.facts["tried"] and not self.facts["failed_fixes"]:
            # Put through before any fix was tried: nothing is "left" yet; say it is one for
            # the staff from the start (ux14).
            text = self.say("handoff_reason_from_the_start")
        elif reason == "needs_human" or (reason == "stuck" and self.facts.get("stop_reason") == "unlikely"):
            # Say why honestly: no fix left that is likely enough, not "we tried everything".
            text = self.say("handoff_reason_unlikely")
        elif reason == "stuck" and self.facts.get("stop_reason") == "tried":
            # Put through after the fix limit: say how many failed, never "every fix I know"
            # (more were left; the limit spares the merchant's time).
            text = self.say("handoff_reason_tried",
                            n=self.facts["failed_fixes"] + self.facts.get("failed_before", 0))
        else:
            text = self.say(f"handoff_reason_{reason}")
        self.event(
            "handoff", reason=reason, cause=cause, code=problem.get("code"),
            symptom=problem.get("symptom"), category=problem.get("category"),
        )
        self.go("escalate")
        self.reply(text + "\n" + self.say("handoff_wait" if self.desk_open else "handoff_unstaffed"),
                   [self.button("btn_cancel_handoff", "unhandoff")])


def best_symptom(readings: list[Reading]) -> str:
    """The symptom of the best "problem" reading (there is one when this is called)."""
    return next(r.value.symptom for r in readings if r.kind == "problem" and r.value.symptom)


def evidence_towards(kb: KnowledgeBase, facts: dict, cause: str) -> bool:
    """An answer supports the cause, or a stated observation points clearly towards it."""
    for question_id, answer_id in facts.get("answers", []):
        answer = kb.questions[question_id].answer_by_id(answer_id)
        if answer and cause in answer.supports:
            return True
    return stated_towards(kb, facts, cause)


# A self-fixable cause at least this likely keeps an early handoff waiting unless the
# evidence points to the cause that needs people more than to it.
RIVAL = 0.05


def tells_apart(kb: KnowledgeBase, facts: dict, cause: str, candidates: dict) -> bool:
    """Evidence points to the cause (which needs people) more than to every likely cause the
    merchant could fix: "the shops next door fail too" points to a host outage and to a
    passing host fault alike, so it alone does not justify handing over before "wait a few
    minutes and retry" (how long it has lasted tells them apart)."""
    rivals = [c for c, p in candidates.items()
              if c != cause and p >= RIVAL and not diagnosis.needs_human(kb, c)]
    for question_id, answer_id in facts.get("answers", []):
        answer = kb.questions[question_id].answer_by_id(answer_id)
        if answer and cause in answer.supports and not any(r in answer.supports for r in rivals):
            return True
    for obs in facts.get("noted", []):
        weights = cause_factors(kb, obs)
        if weights.get(cause, 0) >= 2 and all(weights.get(r, 0) < weights[cause] for r in rivals):
            return True
    return False


def stated_towards(kb: KnowledgeBase, facts: dict, cause: str) -> bool:
    """Something the merchant noticed (an observation, said or answered) points clearly
    towards the cause; a plain answer ("we use Wi-Fi") describes, it does not point."""
    return any(cause_factors(kb, obs).get(cause, 0) >= 2 for obs in facts.get("noted", []))


def supported_cause(kb: KnowledgeBase, facts: dict) -> str | None:
    """The cause the evidence points to, if any: the most likely one, at least SUPPORTED
    likely, with an answer or an observation pointing towards it (not only priors)."""
    candidates = facts.get("candidates") or {}
    if not candidates:
        return None
    top = max(candidates, key=candidates.get)
    if not clearly_ahead(candidates, top):
        return None
    return top if evidence_towards(kb, facts, top) else None


# A cause below SUPPORTED is still clearly ahead at this probability and this many times the
# next one (three fixes have weakened every cause, the leader as well). The gap to the next
# cause decides; the floor is low because a category of thirty causes spreads its priors thin:
# each new cause of the kind takes a little from the leader (the silent speaker, a hardware
# cause, moved dead keys from 0.353 to 0.345 though no fact touches it).
AHEAD = 0.25
AHEAD_RATIO = 3.0


def clearly_ahead(candidates: dict, top: str) -> bool:
    """The cause is at least SUPPORTED likely, or well ahead of every other."""
    p = candidates[top]
    second = max((q for c, q in candidates.items() if c != top), default=0.0)
    return p >= diagnosis.SUPPORTED or (p >= AHEAD and p >= AHEAD_RATIO * second)


def ruled_out_shown(kb: KnowledgeBase, facts: dict, lang: str) -> list[str]:
    """The causes the merchant's own evidence ruled out, for the agent: each cause an answer
    or a stated fact names (its `rules_out`, an `away: 3` of that very cause, a requirement it
    contradicts, a "not X" only X fits), by title; causes that went only with a rule over a whole
    category ("隔壁也不行": every terminal-side cause) are not each a finding, so that category
    is named once instead of its dozens of titles."""
    ruled = [c for c in facts.get("ruled_out", []) if c in kb.causes]
    named: set[str] = set()
    observations = list(facts.get("noted", []))
    for question_id, answer_id in facts.get("answers", []):
        question = kb.questions.get(question_id)
        wanted = answer_id.lstrip("!")
        answer = next((a for a in question.answers if a.id == wanted), None) if question else None
        if answer is None:
            continue
        if answer_id.startswith("!"):
            named.update(c for c in ruled if diagnosis.likelihood(kb, question, answer_id, c) == 0)
            continue
        named.update(answer.rules_out)
        if answer.observation:
            observations.append(answer.observation)
    for obs_id in dict.fromkeys(observations):
        obs = kb.observations.get(obs_id)
        if obs is None:
            continue
        named.update(c for c, w in obs.away.items() if w == 3 and c in kb.causes)
        named.update(c for c in ruled if kb.causes[c].requires
                     and kb.contradicts(obs_id, kb.causes[c].requires))
    shown = [getattr(kb.causes[c].title, lang) for c in ruled if c in named]
    categories = dict.fromkeys(kb.causes[c].category for c in ruled if c not in named)
    shown += [say("ruled_out_category", lang, category=getattr(kb.categories[k].name, lang))
              for k in categories if k in kb.categories]
    return shown


# lead33: why a step was set aside untried, as the agent's card says it (texts.yaml not_done_*)
_NOT_DONE_WHY = frozenset({"declined", "password", "other"})


def summary(kb: KnowledgeBase, session: dict, lang: str | None = None) -> dict:
    """What the agent must know without asking again, and only what the evidence supports:
    the problem, what the merchant said or answered, the causes ruled out, the fixes tried,
    and a likely cause only when the evidence points to one."""
    lang = lang or session.get("lang", "zh")
    facts = session["facts"]
    problem = facts.get("problem") or {}
    out = {"code": problem.get("code"), "symptom": problem.get("symptom"),
           "category": problem.get("category"), "text": problem.get("text") or facts.get("text"),
           "meaning": None, "answers": [], "known": [], "ruled_out": [], "likely": None,
           "tried": [], "details": facts.get("details")}
    if problem.get("code"):
        code = kb.code(problem["code"])
        out["meaning"] = getattr(code.title, lang) + " - " + getattr(code.meaning, lang)
    elif problem.get("symptom"):
        out["meaning"] = getattr(kb.symptoms[problem["symptom"]].title, lang)
    answers = facts.get("answers", [])
    # a "not sure" later answered unasked is shown by that answer alone
    known_later = {q for q, a in answers if a != "?"}
    for qid, aid in answers:
        if aid == "?" and qid in known_later:
            continue
        q = kb.questions[qid]
        labels = {a.id: getattr(a.label, lang) for a in q.answers}
        if aid.startswith("!") and aid[1:] in labels:
            label = ("不是：" if lang == "zh" else "not: ") + labels[aid[1:]]
        else:
            label = labels.get(aid, say("btn_not_sure", lang))
        out["answers"].append([getattr(q.text, lang), label])
    # dlg48: a fact read by nearness alone shows the words it was read from, for the agent to judge
    near = {o: clause for o, clause in facts.get("near", [])}
    out["known"] = [getattr(kb.observations[o].says, lang) + (
        (f"（据“{near[o]}”推断）" if lang == "zh" else f" (guessed from “{near[o]}”)") if o in near else "")
        for o in facts.get("noted", []) if o in kb.observations]
    out["ruled_out"] = ruled_out_shown(kb, facts, lang)
    likely = supported_cause(kb, facts)
    if likely:
        out["likely"] = getattr(kb.causes[likely].title, lang)
    for fix_id, worked in facts.get("tried", []):
        out["tried"].append([getattr(kb.fixes[fix_id].title, lang), worked])
    # lead33: steps set aside untried (out of reach, a password unknown, declined): the agent
    # knows they are still open, and why
    out["not_done"] = [[getattr(kb.fixes[fix_id].title, lang),
                        say(f"not_done_{reason}" if reason in _NOT_DONE_WHY else "not_done_cannot", lang)]
                       for fix_id, reason in facts.get("not_doable", []) if fix_id in kb.fixes]
    # A fix shown but not answered (the merchant asked for a person instead): the agent should
    # not suggest it again as new, nor count it as tried.
    pending = facts.get("fix")
    if pending in kb.fixes and pending not in {f for f, _ in facts.get("tried", [])}:
        out["pending"] = getattr(kb.fixes[pending].title, lang)
    return out
