"""Typing merchants: scripted shop owners who type, never press, against the real engine.

Each merchant (knowledge/eval/typed_merchants_*.yaml, written apart from the knowledge base)
has a hidden cause, an opening message, replies chosen by the words of the bot's message
(`answers`: the first entry whose `if` words appear; else `otherwise`), `fixed` said only when
the bot offers the right fix (its fix or explanation text contains all words of one of the
`fixed_when` lists, in a fixing or explained state; round 19: the words must be the fix's or
the explanation's own, not an acknowledgement echoing the merchant) and `not_fixed` (cycled)
after a wrong one.
A merchant stops at resolution, a handoff or MAX_TURNS messages. Words are compared in
simplified script, case-insensitive.

What is counted comes from the engine's own events, not from its wording: fixes suggested
(`fix_suggested`), refusals of a typed message (`use_buttons`) and re-asks after a message the
engine could not read (`reask`), questions asked twice or after the merchant already stated
their answer (`question_asked` after `question_answered` / `observation`).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from dialogs.engine import Engine
from dialogs.messages import Incoming, TurnResult
from dialogs.script import convert, to_simplified

MAX_TURNS = 20


def _simplified(text: str) -> str:
    """Simplified script, lower case, and one spelling of Wi-Fi: a merchant reads "Wi-Fi",
    "WiFi" and "wifi" as one word, so a writer's "wifi" matches the bot's "Wi-Fi"."""
    return _WIFI.sub("wifi", to_simplified(text).lower())


_WIFI = re.compile(r"wi[-\s]?fi")


def _wrong_script(text: str, lang: str) -> bool:
    """en merchant got Chinese; zh-hant got simplified-only characters (ones both traditional
    standards write differently); zh got traditional-only characters. Converted in context
    (OpenCC's phrases), compared character by character: 批准 is traditional too, though 准
    alone would become 準. The reply is compared with its own simplified form converted back
    (not converted again as it stands): 干擾 is right, though 干 alone would become 幹."""
    if lang == "en":
        return any("\u4e00" <= ch <= "\u9fff" for ch in text)
    if lang == "zh-hant":
        plain = to_simplified(text)
        tw, hk = convert(plain, "hant-tw"), convert(plain, "hant-hk")
        if len(tw) != len(text) or len(hk) != len(text):  # a phrase changed length: per character
            return any(convert(ch, "hant-tw") != ch and convert(ch, "hant-hk") != ch
                       for ch in text if "\u4e00" <= ch <= "\u9fff")
        return any(c != t and c != h for c, t, h in zip(text, tw, hk))
    simplified = to_simplified(text)
    if len(simplified) != len(text):
        return any(to_simplified(ch) != ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    return simplified != text


@dataclass
class Played:
    id: str
    code: str | None
    resolved: bool
    turns: int
    fixes: int
    use_buttons: int
    reasks: int
    repeated: int
    wrong_script: int
    handoff: bool
    transcript: list[str] = field(default_factory=list)


def _text_of(result: TurnResult) -> str:
    return "\n".join(r.text for r in result.replies)


def _reply_of(merchant: dict, bot_text: str) -> str:
    said = _simplified(bot_text)
    for entry in merchant.get("answers") or []:
        if any(_simplified(w) in said for w in entry["if"]):
            return entry["say"]
    return merchant["otherwise"]


def _offered_text(engine: Engine, session: dict) -> str:
    """What is on offer now, from the knowledge base: the pending fix (title, steps, findings'
    advice) and the problem's code card, in both languages. An acknowledgement that echoes the
    merchant's own facts ("noted: the battery is low") beside a wrong fix earns nothing."""
    facts, kb = session["facts"], engine.kb
    parts: list[str] = []
    if (fix := kb.fixes.get(facts.get("fix") or "")) is not None:
        parts += [fix.title.zh, fix.title.en, *fix.steps.zh, *fix.steps.en]
        parts += [t for f in fix.findings for t in (f.says.zh, f.says.en)]
    explained = list(facts.get("explained") or [])
    if (facts.get("problem") or {}).get("code"):
        explained.append(facts["problem"]["code"])  # its card (meaning, first action) is the bot's own
    for code in filter(None, (kb.codes.get(c) for c in explained)):
        parts += [t for field_ in (code.title, code.meaning, code.first_action, code.tell_customer)
                  if field_ is not None for t in (field_.zh, field_.en)]
    return _simplified("\n".join(parts))


def _right_fix(merchant: dict, bot_text: str, offered: str) -> bool:
    """The right fix is on the screen: all words of one `fixed_when` list are in this turn's
    text and in the offered fix or explanation itself."""
    said = _simplified(bot_text)
    return any(all(_simplified(w) in said and _simplified(w) in offered for w in words)
               for words in merchant["fixed_when"])


def play(engine: Engine, merchant: dict, record: list | None = None) -> Played:
    """One merchant played to the end. `record`, when given, gets each reply the merchant sent
    as (state it answered, kind: answer | otherwise | fixed | not_fixed, text, events it caused)
    (bench/reply_kinds.py reads replies by their shape)."""
    lang = merchant["lang"]
    hint = {"zh": "zh-hans", "zh-hant": None, "en": "en"}.get(lang)
    result = engine.handle(None, Incoming(text=merchant["opening"], language_hint=hint))
    session = result.session
    turns = fixes = use_buttons = reasks = repeated = wrong = failures = 0
    resolved = handoff = False
    asked: set[str] = set()
    answered: set[str] = set()
    transcript = [f"M: {merchant['opening']}"]
    offered_right = False
    while True:
        bot_text = _text_of(result)
        transcript.append("B: " + bot_text.replace("\n", " | "))
        for reply in result.replies:
            wrong += _wrong_script(reply.text + " ".join(b.label for b in reply.buttons), lang)
        for event in result.events:
            if event.name == "fix_suggested":
                fixes += 1
            elif event.name == "use_buttons":
                use_buttons += 1
            elif event.name == "reask":
                reasks += 1
            elif event.name == "question_asked":
                question = event.data["question"]
                repeated += question in asked or question in answered
                asked.add(question)
            elif event.name == "question_answered":
                answered.add(event.data["question"])
            elif event.name == "resolved" and offered_right:
                resolved = True
        state = session["state"]
        if state == "handoff":
            handoff = True
            resolved = resolved or not merchant["self_fixable"]
            break
        if resolved or state in ("rating", "closed") or turns >= MAX_TURNS:
            break
        if state in ("fixing", "explained") and _right_fix(merchant, bot_text, _offered_text(engine, session)):
            offered_right = True
            say, kind = merchant["fixed"], "fixed"
        elif state in ("fixing", "explained"):
            say, kind = merchant["not_fixed"][failures % len(merchant["not_fixed"])], "not_fixed"
            failures += 1
        else:
            say = _reply_of(merchant, bot_text)
            kind = "otherwise" if say == merchant["otherwise"] else "answer"
        transcript.append(f"M: {say}")
        result = engine.handle(session, Incoming(text=say, language_hint=hint))
        session = result.session
        if record is not None:
            record.append((state, kind, say, [(e.name, e.data) for e in result.events]))
        turns += 1
    return Played(merchant["id"], merchant.get("code"), resolved, turns, fixes, use_buttons,
                  reasks, repeated, wrong, handoff, transcript)


def summarise(played: list[Played]) -> dict:
    n = len(played)
    seed = [p for p in played if p.code == "0020000"]

    def share(items, key):
        return round(sum(key(p) for p in items) / len(items), 3) if items else None

    return {
        "merchants": n,
        "resolved": share(played, lambda p: p.resolved),
        "resolved_0020000": share(seed, lambda p: p.resolved),
        "merchants_0020000": len(seed),
        "mean_turns": round(statistics.mean(p.turns for p in played), 2) if played else None,
        "mean_fixes_tried": round(statistics.mean(p.fixes for p in played), 2) if played else None,
        "press_the_buttons": sum(p.use_buttons for p in played),
        "reasks": sum(p.reasks for p in played),
        "repeated_questions": sum(p.repeated for p in played),
        "wrong_script_replies": sum(p.wrong_script for p in played),
        "handoffs": sum(p.handoff for p in played),
    }


def simulate_typed(engine: Engine, merchants: list[dict]) -> tuple[dict, list[Played]]:
    played = [play(engine, m) for m in merchants]
    return summarise(played), played
