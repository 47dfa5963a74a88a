"""The dialog engine: handle(session, incoming) -> replies, events, new session.

Pure: no I/O. The session is plain JSON-able data: {"state", "lang", "facts"}; the state
machine (dialogs.flow) checks every move, the knowledge base supplies the words and the
diagnostic data, and dialogs.diagnosis picks questions and fixes.
"""

from __future__ import annotations

import json
import re

from dialogs import diagnosis
from dialogs.flow import Conversation, build_machine
from dialogs.messages import Button, Event, Incoming, Reply, TurnResult
from dialogs.texts import command_of, say, texts
from knowledge.loader import KnowledgeBase
from knowledge.matcher import DETAIL_INTENTS, Recogniser
from knowledge.text import detect_language, fuzzy_key

# After this many messages in a row the bot cannot understand, it offers a human.
MISUNDERSTOOD_LIMIT = 2
# Mid-diagnosis, a described fault interrupts only when matched this surely: merchants add
# context ("it happens when I turn it on") that loosely resembles other faults.
MID_FLOW_SWITCH = 0.7
CLARIFY_OPTIONS = 3
SHARED_OPTIONS = 6
# Candidates this close to the best one are considered together.
MERGE_MARGIN = 0.08
# Command words only count when the message is short: "转人工" is a command,
# "昨天客服说要转人工处理但机器还是报A0" is a problem description.
COMMAND_MAX_CHARS = 24


def new_session(lang: str = "zh") -> dict:
    return {"state": "start", "lang": lang, "facts": _fresh_facts()}


def _fresh_facts() -> dict:
    return {
        "problem": None,  # {"code", "symptom", "category", "text", "title"}
        "candidates": {},  # cause id -> probability
        "asked": [],  # question ids, in order
        "answers": [],  # [question id, answer id]
        "question": None,  # the question awaiting an answer
        "fix": None,  # the fix awaiting an outcome
        "tried": [],  # [fix id, worked]
        "clarify": [],  # [kind, id] offered as buttons
        "offered": [],  # payloads of the last buttons, for numbered replies
        "misunderstood": 0,
        "details": None,
    }


def _english_words(text: str) -> int:
    return len(re.findall(r"[A-Za-z]{2,}", text))


def language_of(text: str | None, hint: str | None, previous: str | None = None) -> str:
    """Chinese characters mean zh; English words mean en unless the chat's previous language
    or the client's setting says otherwise and the text is a single word ("ok", "asdf");
    else that language; else zh."""
    detected = detect_language(text or "")
    hinted = previous or ("en" if hint and hint.lower().startswith("en") else ("zh" if hint else None))
    if detected == "zh":
        return "zh"
    if detected == "en" and (hinted is None or _english_words(text or "") >= 2):
        return "en"
    return hinted or "zh"


class Engine:
    def __init__(self, kb: KnowledgeBase, recogniser: Recogniser | None = None):
        self.kb = kb
        self.recogniser = recogniser or Recogniser(kb)
        # Knowledge-base words found inside a typed message, normalised once here: answers'
        # `words` (question id -> [(answer id, keys)]) and fixes' `tried_words` (fix id -> keys).
        self.answer_words = {
            q.id: [(a.id, tuple(fuzzy_key(w) for w in a.words)) for a in q.answers]
            for q in kb.questions.values() if any(a.words for a in q.answers)
        }
        self.tried_words = {f.id: tuple(fuzzy_key(w) for w in f.tried_words)
                            for f in kb.fixes.values() if f.tried_words}
        self.machine = build_machine()
        self._model = Conversation(new_session())
        self.machine.add_model(self._model, initial="start")

    def answer_meant(self, question_id: str, key: str) -> str | None:
        """The one answer of the question whose words the (normalised) message contains; None
        when none does or several do (two answers in one message: ask rather than guess)."""
        meant = [answer_id for answer_id, words in self.answer_words.get(question_id, ())
                 if any(w in key for w in words)]
        return meant[0] if len(meant) == 1 else None

    def handle(self, session: dict | None, incoming: Incoming) -> TurnResult:
        if session is None:
            session = new_session(language_of(incoming.text, incoming.language_hint))
        else:
            session = _copy(session)
        turn = self._turn(session)
        turn.run(incoming)
        if not any(reply.buttons for reply in turn.replies):
            session["facts"]["offered"] = []  # a typed number refers to the latest buttons only
        return TurnResult(session=session, replies=turn.replies, events=turn.events)

    def agent_resolved(self, session: dict) -> TurnResult:
        """A human agent closed the ticket: ask the merchant for a rating."""
        turn = self._turn(_copy(session))
        turn.after_agent()
        return TurnResult(session=turn.session, replies=turn.replies, events=turn.events)

    def _turn(self, session: dict) -> "_Turn":
        """One model object serves every turn: the machine only needs to be told the state.
        (Adding and removing a model per turn would cost more than the turn itself.)"""
        turn = _Turn(self, session)
        self._model.session = session
        self.machine.set_state(session["state"], model=self._model)
        turn.conversation = self._model
        return turn


def _followed_language(current: str, incoming: Incoming) -> str | None:
    """The merchant's own writing outranks the conversation's language: Chinese characters
    switch an English conversation to Chinese; a sentence of English (three words or more,
    no Chinese) switches a Chinese one to English. Short words ("ok", "A0") never switch."""
    text = incoming.text or ""
    if incoming.button is not None or incoming.kind != "text" or text.lstrip().startswith("/"):
        return None
    detected = detect_language(text)
    if current == "en" and detected == "zh":
        return "zh"
    if current == "zh" and detected == "en" and _english_words(text) >= 3:
        return "en"
    return None


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

    # -- dispatch -------------------------------------------------------------------------

    def run(self, incoming: Incoming) -> None:
        followed = _followed_language(self.lang, incoming)
        if followed and self.state != "start":
            self.session["lang"] = followed
            self.event("language", lang=followed, auto=True)
        payload = incoming.button
        text = (incoming.text or "").strip()
        if payload is None and text.isdigit() and self.facts["offered"] and self.state != "rating":
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
        if self.state == "handoff":
            return  # the transport relays the message to the agent; the bot stays quiet
        if payload is not None:
            self._on_button(payload)
            return
        if not text:
            self.reply(self.say("empty"))
            return
        self._on_text(text)

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
                    self._new_problem_prompt()
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
            self.session["facts"] = self.facts = _fresh_facts()
            self.reply(self.say("restarted" if command == "restart" else "new_problem"))
            self.reply(self.say("ask_problem"))
            return True
        if command == "cancel":
            self.event("cancelled", from_state=self.state)
            self.go("cancel")
            self.reply(self.say("cancelled"))
            return True
        return False

    def _new_problem_prompt(self) -> None:
        self.session["facts"] = self.facts = _fresh_facts()
        self.reply(self.say("ask_problem"))

    def _repeat_prompt(self) -> None:
        """After a language switch, say the pending question again in the new language."""
        if self.state == "diagnosing" and self.facts["question"]:
            self.ask(self.kb.questions[self.facts["question"]])
        elif self.state == "fixing" and self.facts["fix"]:
            self.offer_fix(self.facts["fix"], again=True)
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
                self.not_understood()
                return
            if rest.isdigit() and int(rest) < len(self.facts["clarify"]):
                target_kind, target_id = self.facts["clarify"][int(rest)]
                self.event("clarified", kind=target_kind, id=target_id)
                self.start_problem(target_kind, target_id, self.facts.get("text", ""))
                return
        elif kind == "rate" and state == "rating" and rest in {"1", "2", "3", "4", "5"}:
            self.rate(int(rest))
            return
        elif kind == "ok" and state == "explained":
            self.resolved(by="bot")
            return
        elif kind == "skip" and state == "details":
            self.next_step()
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

    def _on_text(self, text: str) -> None:
        state = self.state
        if state == "diagnosing" and self._typed_answer(text):
            return
        if state == "fixing":
            verdict = command_of(text) if len(text) <= COMMAND_MAX_CHARS else None
            if verdict in ("yes", "no"):
                self.fix_outcome(verdict == "yes")
                return
            if verdict == "unsure":
                self.reply(self.say("fix_unsure"))
                self.offer_fix(self.facts["fix"], again=True)
                return
        if state == "rating":
            digits = [c for c in text if c in "12345"]
            if len(fuzzy_key(text)) <= 3 and len(digits) == 1:
                self.rate(int(digits[0]))
                return
        if state == "details":
            self.facts["details"] = text[:500]
            self.event("details", text=text[:500])
            self.reply(self.say("detail_recorded"))
            self._absorb(text)
            self.next_step()
            return
        if state == "explained":
            verdict = command_of(text) if len(text) <= COMMAND_MAX_CHARS else None
            if verdict == "yes":
                self.resolved(by="bot")
                return
        if len(text) <= COMMAND_MAX_CHARS and command_of(text) == "unsure":
            # "不知道" is not a new problem (it once matched "不知道刚才那笔成功没有").
            self.reply(self.say("use_buttons"))
            self._repeat_prompt()
            return
        self.describe(text, mid_flow=state in ("diagnosing", "fixing"))

    def _absorb(self, text: str | None = None) -> None:
        """Take in what the merchant already told us (the problem's first message by default)."""
        text = text if text is not None else self.facts.get("text") or ""
        self._note_volunteered(text)
        self._note_already_tried(text)

    def _note_volunteered(self, text: str) -> None:
        """Answers given before the question ("开机就报0020000", "it fails as soon as I switch
        it on") count: the cause weights move as if the question had been answered, and it is
        not asked. Only answers with `words` in the knowledge base can be volunteered."""
        key = fuzzy_key(text)
        answered = {q for q, _ in self.facts["answers"]}
        causes = set(self.facts["candidates"])
        for question_id in self.engine.answer_words:
            if question_id in answered or question_id == self.facts["question"]:
                continue
            question = self.kb.questions[question_id]
            if not any(causes.intersection(a.supports) or causes.intersection(a.rules_out)
                       for a in question.answers):
                continue  # says nothing about this problem's causes
            answer_id = self.engine.answer_meant(question_id, key)
            if answer_id is None:
                continue
            updated = diagnosis.update(self.facts["candidates"], question, answer_id)
            if updated:
                self.facts["candidates"] = updated
                self.facts["answers"].append([question_id, answer_id])
                self.event("question_answered", question=question_id, answer=answer_id,
                           volunteered=True)

    def _typed_answer(self, text: str) -> bool:
        """Map a typed reply ("是", "no", "全部卡都不行") onto the pending question's answers."""
        question = self.kb.questions[self.facts["question"]]
        key = fuzzy_key(text)
        verdict = command_of(text) if len(text) <= COMMAND_MAX_CHARS else None
        for answer in question.answers:
            labels = {fuzzy_key(answer.label.zh), fuzzy_key(answer.label.en)}
            if key in labels or (verdict and answer.id == verdict):
                self.answer(question.id, answer.id)
                return True
        if verdict == "unsure":
            self.answer(question.id, "?")
            return True
        answer_id = self.engine.answer_meant(question.id, key)
        if answer_id is not None:
            self.answer(question.id, answer_id)
            return True
        return False

    def describe(self, text: str, mid_flow: bool = False) -> None:
        """A free-text message that should describe a problem."""
        rec = self.engine.recogniser.recognise(text)
        self.facts["text"] = text[:500]
        if mid_flow:
            # Mid-diagnosis, only a clearly different problem interrupts the flow.
            current = self.facts["problem"] or {}
            new_code = rec.code and rec.code != current.get("code")
            new_symptom = (rec.decision == "confident" and rec.symptom
                           and rec.symptom != current.get("symptom")
                           and rec.confidence >= MID_FLOW_SWITCH)
            if not (new_code or new_symptom):
                self.event("not_understood", text=text[:500], state=self.state)
                self.facts["stray"] = self.facts.get("stray", 0) + 1
                # From the second stray message on, remind them a person is one word away.
                stray_limit = self.facts["stray"] >= MISUNDERSTOOD_LIMIT
                self.reply(self.say("use_buttons_or_human" if stray_limit else "use_buttons"))
                self._repeat_prompt()
                return
            self.reply(self.say("new_problem"))
            self.go("switch_problem")
        if rec.intent and not rec.code:
            self.on_intent(rec.intent)
            return
        self.event(
            "recognised", code=rec.code, symptom=rec.symptom, category=rec.category,
            decision=rec.decision, confidence=round(rec.confidence, 3), text=text[:500],
        )
        if rec.code:
            self.start_problem("code", rec.code, text)
        elif rec.decision == "confident" and rec.symptom:
            self.start_problem("symptom", rec.symptom, text)
        elif rec.decision in ("confident", "ambiguous") and rec.candidates:
            close = [c for c in rec.candidates if c.score >= rec.candidates[0].score - MERGE_MARGIN]
            diagnosable = all(
                c.kind == "symptom" and self.kb.symptoms[c.id].handling == "diagnose" for c in close
            )
            if diagnosable and len({c.category for c in close}) == 1:
                # Several faults of one kind fit ("打印不出来"): the questions will tell them
                # apart, so diagnose their causes together instead of asking which one.
                self.start_problem("symptom", close[0].id, text,
                                   also={c.id: c.score for c in close[1:]})
            else:
                self.offer_choices(rec)
        else:
            self.not_understood(text)

    def on_intent(self, intent: str) -> None:
        self.event("intent", intent=intent)
        if intent == "human":
            self.escalate("asked")
            return
        if intent in ("thanks", "sale_ok") and self.state == "explained":
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
        # Every intent answers with its own text (reply_supplies, reply_payout...); an amount,
        # order number, date or phone number alone gets one reply asking for the fault.
        key = "reply_detail" if intent in DETAIL_INTENTS else f"reply_{intent}"
        self.reply(self.say(key if key in texts() else "reply_chitchat"))
        if self.state == "start":
            self.go("greet")

    def not_understood(self, text: str = "") -> None:
        self.facts["misunderstood"] += 1
        self.event("not_understood", text=text[:500], state=self.state)
        if self.state not in ("awaiting_problem",):
            self.go("greet" if self.state == "start" else "ask_problem")
        if self.facts["misunderstood"] >= MISUNDERSTOOD_LIMIT:
            self.reply(
                self.say("offer_human"),
                [self.button("btn_human", "h"), self.button("btn_retry", "retry")],
            )
        else:
            self.reply(self.say("not_understood"))

    def offer_choices(self, rec) -> None:
        options = []
        seen = set()
        # A screen text several codes share (请重新签到: 77, 99, A0) offers them all, up to
        # what fits on a phone.
        limit = min(max(CLARIFY_OPTIONS, len(rec.shared)), SHARED_OPTIONS)
        for c in rec.candidates:
            if (c.kind, c.id) not in seen:
                seen.add((c.kind, c.id))
                options.append([c.kind, c.id])
            if len(options) == limit:
                break
        self.facts["clarify"] = options
        self.go("clarify")
        category = rec.shared and rec.category and self.kb.categories.get(rec.category)
        if category:
            prompt = self.say("clarify_code", category=self.local(category.name))
        else:
            prompt = self.say("clarify")
        buttons = [Button(self._title_of(k, i), f"pick:{n}") for n, (k, i) in enumerate(options)]
        buttons += [self.button("btn_none_of_these", "pick:none"), self.button("btn_human", "h")]
        self.event("clarify_offered", options=options)
        self.reply(prompt, buttons)

    def _title_of(self, kind: str, target: str) -> str:
        if kind == "code":
            code = self.kb.code(target)
            return f"{code.code} {self.local(code.title)}"
        return self.local(self.kb.symptoms[target].title)

    # -- the problem ----------------------------------------------------------------------

    def start_problem(self, kind: str, target: str, text: str, also: dict | None = None) -> None:
        # A new problem starts from clean facts (the previous one's answers do not apply).
        self.session["facts"] = self.facts = {**_fresh_facts(), "text": text[:500]}
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
            self.escalate("replace")
            return
        causes = dict(symptom.causes)
        for other, weight in (also or {}).items():
            for cause, prior in self.kb.symptoms[other].causes.items():
                causes[cause] = causes.get(cause, 0.0) + prior * weight
        self.facts["candidates"] = diagnosis.normalised(causes)
        self.reply(self.say("symptom_header", title=self.local(symptom.title)))
        self._absorb()
        self.next_step()

    def _note_already_tried(self, text: str) -> None:
        """"签到了也不行": a fix the merchant says they already did counts as failed, so the
        bot neither suggests it again nor keeps believing in the causes it alone fixes."""
        key = fuzzy_key(text)
        said = {f for f, words in self.engine.tried_words.items() if any(w in key for w in words)}
        if not said:
            return
        tried = {f for f, _ in self.facts["tried"]}
        done = [f for f in diagnosis.fixes_for(self.kb, self.facts["candidates"])
                if f in said and f not in tried]
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
        if with_action:
            lines.append(self.say("first_action", action=self.local(code.first_action)))
        if code.tell_customer:
            lines.append(self.say("tell_customer", text=self.local(code.tell_customer)))
        return "\n".join(lines)

    def explain_code(self, code) -> None:
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
            if code.category is None:
                self.reply(self._code_card(code, with_action=False))
                self._absorb()
                self.go("ask_details")
                self.reply(self.say("details"), [self.button("btn_skip", "skip")])
            else:
                self.reply(self._code_card(code) + "\n\n" + self.say("code_diagnose"))
                self._absorb()
                self.next_step()

    def _explained_buttons(self) -> list[Button]:
        return [self.button("btn_solved", "ok"), self.button("btn_new_problem", "new"),
                self.button("btn_human", "h")]

    def next_step(self) -> None:
        candidates = self.facts["candidates"]
        tried = [f for f, _ in self.facts["tried"]]
        fixes = diagnosis.ranked_fixes(self.kb, candidates, tried)
        # A fix likely to work is worth more than a question: ask only when unsure. A code
        # with no category of its own (0020000) is walked category by category first.
        walk = (self.facts["problem"] or {}).get("category", "") is None
        likely = (not walk and fixes
                  and diagnosis.fix_probability(self.kb, candidates, fixes[0][0]) >= diagnosis.FIX_FIRST)
        question = None if likely else diagnosis.next_question(
            self.kb, candidates, self.facts["asked"], tuple(q for q, _ in self.facts["answers"]))
        if question is not None:
            self.ask(question)
            return
        top = max(candidates, key=candidates.get) if candidates else None
        if top and diagnosis.needs_human(self.kb, top) and candidates[top] >= diagnosis.DOMINANT:
            self.escalate("needs_human", cause=top)
        elif not fixes:
            self.escalate("exhausted" if tried else "needs_human", cause=top)
        else:
            fix_id, cause_id = fixes[0]
            self.offer_fix(fix_id, cause=cause_id)

    def ask(self, question) -> None:
        self.facts["question"] = question.id
        if question.id not in self.facts["asked"]:
            self.facts["asked"].append(question.id)
            self.event("question_asked", question=question.id)
        if self.state != "diagnosing":
            self.go("ask_question")
        buttons = [Button(self.local(a.label), f"a:{question.id}:{a.id}") for a in question.answers]
        buttons.append(self.button("btn_not_sure", f"a:{question.id}:?"))
        self.reply(self.local(question.text), buttons)

    def answer(self, question_id: str, answer_id: str) -> None:
        question = self.kb.questions[question_id]
        valid = {a.id for a in question.answers} | {"?"}
        if answer_id not in valid:
            self.reply(self.say("stale_button"))
            self.ask(question)
            return
        self.facts["answers"].append([question_id, answer_id])
        self.facts["question"] = None
        self.event("question_answered", question=question_id, answer=answer_id)
        if answer_id != "?":
            updated = diagnosis.update(self.facts["candidates"], question, answer_id)
            if updated:
                self.facts["candidates"] = updated
        self.next_step()

    def offer_fix(self, fix_id: str, cause: str | None = None, again: bool = False) -> None:
        fix = self.kb.fixes[fix_id]
        if not again:
            self.facts["fix"] = fix_id
            self.event("fix_suggested", fix=fix_id, cause=cause)
            self.go("suggest_fix")
        steps = getattr(fix.steps, self.lang)
        numbered = "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1))
        n = len(self.facts["tried"]) + 1
        self.reply(
            self.say("fix", n=n, title=self.local(fix.title), steps=numbered),
            [self.button("btn_solved", f"fix:{fix_id}:y"), self.button("btn_not_solved", f"fix:{fix_id}:n"),
             self.button("btn_human", "h")],
        )

    def fix_outcome(self, worked: bool) -> None:
        fix_id = self.facts["fix"]
        self.facts["tried"].append([fix_id, worked])
        self.facts["fix"] = None
        self.event("fix_outcome", fix=fix_id, worked=worked)
        if worked:
            self.resolved(by="bot", fix=fix_id)
            return
        tried = [f for f, _ in self.facts["tried"]]
        self.facts["candidates"] = diagnosis.after_failed_fix(
            self.kb, self.facts["candidates"], fix_id, tried
        )
        self.reply(self.say("fix_failed"))
        self.next_step()

    def resolved(self, by: str, fix: str | None = None) -> None:
        problem = self.facts["problem"] or {}
        self.facts["resolved_by"] = by
        self.event("resolved", by=by, fix=fix, code=problem.get("code"),
                   symptom=problem.get("symptom"), category=problem.get("category"))
        self.go("resolve")
        self.reply(self.say("resolved"), self._rating_buttons())

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
        """Hand the conversation to a human; the transport opens the ticket from the event."""
        problem = self.facts["problem"] or {}
        if reason == "needs_human" and cause:
            text = self.say("handoff_reason_needs_human", cause=self.local(self.kb.causes[cause].title))
        else:
            text = self.say(f"handoff_reason_{reason if reason != 'needs_human' else 'exhausted'}")
        self.event(
            "handoff", reason=reason, cause=cause, code=problem.get("code"),
            symptom=problem.get("symptom"), category=problem.get("category"),
        )
        self.go("escalate")
        self.reply(text + "\n" + self.say("handoff_wait"),
                   [self.button("btn_cancel_handoff", "unhandoff")])


def summary(kb: KnowledgeBase, session: dict, lang: str | None = None) -> dict:
    """What the agent must know without asking again: problem, answers, fixes tried."""
    lang = lang or session.get("lang", "zh")
    facts = session["facts"]
    problem = facts.get("problem") or {}
    out = {"code": problem.get("code"), "symptom": problem.get("symptom"),
           "category": problem.get("category"), "text": problem.get("text") or facts.get("text"),
           "meaning": None, "answers": [], "tried": [], "details": facts.get("details")}
    if problem.get("code"):
        code = kb.code(problem["code"])
        out["meaning"] = getattr(code.title, lang) + " - " + getattr(code.meaning, lang)
    elif problem.get("symptom"):
        out["meaning"] = getattr(kb.symptoms[problem["symptom"]].title, lang)
    for qid, aid in facts.get("answers", []):
        q = kb.questions[qid]
        label = next((getattr(a.label, lang) for a in q.answers if a.id == aid), say("btn_not_sure", lang))
        out["answers"].append([getattr(q.text, lang), label])
    for fix_id, worked in facts.get("tried", []):
        out["tried"].append([getattr(kb.fixes[fix_id].title, lang), worked])
    return out

