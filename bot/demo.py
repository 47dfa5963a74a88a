"""`posbot demo-data --days 30`: realistic synthetic history, so the dashboard and /stats can
be seen on a new machine. It drives the real engine and store (with a moved clock), so the
events are exactly what the live bot would write."""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta, timezone, tzinfo

from bot.service import Service
from bot.stats import iso
from bot.store import Store
from dialogs.engine import Engine, summary
from dialogs.messages import Incoming
from dialogs.simulate import merchants, truthful_answer
from knowledge.loader import load_kb

AGENTS = [("7001", "李敏 Li Min"), ("7002", "王强 Wang Qiang"), ("7003", "Chen Jing")]
UNCLEAR = ["机器怪怪的", "那个东西又不行了", "help??", "收了88元，然后显示交易失败", "额", "it did the thing again",
           "昨天那个问题", "😡😡", "怎么搞", "上次你们说的那个方法在哪"]
# How merchants vary a message (the knowledge-gaps page groups these with the original).
VARIANTS = {"昨天那个问题": ["昨天那个问题啊", "昨天那个问题呢"], "help??": ["help", "HELP!!"],
            "it did the thing again": ["It did that thing again", "it did the thing again!!"],
            "上次你们说的那个方法在哪": ["上次你们说的那个方法在哪里"], "机器怪怪的": ["机器怪怪的啊"]}
SMALLTALK = ["你好", "谢谢", "我想申请一台POS机", "hello", "thanks a lot", "费率多少"]
CARD_CODES = ["51", "55", "54", "05", "61", "14"]


class NotYet(Exception):
    """Today's conversation has got as far as the real clock: the rest has not happened yet."""


class DemoClock:
    def __init__(self, start: datetime, limit: datetime):
        self.now = start
        self.limit = limit

    def advance(self, seconds: float) -> None:
        if self.now + timedelta(seconds=seconds) > self.limit:
            raise NotYet
        self.now += timedelta(seconds=seconds)

    def __call__(self) -> str:
        return iso(self.now)


def _hour(rng) -> float:
    """Shops' hours, mostly 8:00-22:00, some late-night (restaurants, convenience stores)."""
    return rng.uniform(8, 22) if rng.random() < 0.9 else rng.uniform(0, 24)


def generate(path: str, days: int, seed: int = 7, tz: tzinfo = timezone.utc, now: datetime | None = None) -> dict:
    """`days` full days before today and today up to now, in the desk's time zone."""
    rng = random.Random(seed)
    kb = load_kb()
    engine = Engine(kb)
    cast = merchants(kb)
    now = now or datetime.now(timezone.utc)
    today = now.astimezone(tz).replace(hour=0, minute=0, second=0, microsecond=0)
    clock = DemoClock(today - timedelta(days=days), limit=now)
    counts = {"conversations": 0, "tickets": 0}
    with Store(path, clock=clock) as store:
        service = Service(store, engine, channel="telegram")
        for day in range(days + 1):  # the last day is today, up to a few minutes ago
            base = (today - timedelta(days=days - day)).replace(fold=0)
            weekend = base.weekday() >= 5
            starts = sorted((base + timedelta(hours=_hour(rng))).astimezone(timezone.utc)
                            for _ in range(rng.randint(15, 30) if weekend else rng.randint(25, 55)))
            # Today's conversations: those already begun (finished ones end before now).
            for start in (s for s in starts if s < now - timedelta(minutes=2)):
                clock.now = start
                chat = f"demo-{counts['conversations'] + 1}"
                counts["conversations"] += 1
                try:
                    counts["tickets"] += _one_conversation(rng, store, service, engine, cast, clock, chat)
                except NotYet:
                    counts["tickets"] += store.open_ticket_for_chat(chat) is not None
    return counts


def _say(service, clock, rng, chat, incoming):
    clock.advance(rng.uniform(8, 70))
    return service.handle(chat, incoming, user_id=chat, user_name=f"商户 {chat[5:]}")


def _one_conversation(rng, store, service, engine, cast, clock, chat) -> int:
    kb = engine.kb
    roll = rng.random()
    if roll < 0.15:
        _say(service, clock, rng, chat, Incoming(text=f"顾客刷卡提示{rng.choice(CARD_CODES)}"))
        turn = _say(service, clock, rng, chat, Incoming(button="ok"))
        return _rate(rng, store, service, engine, clock, chat, turn.conversation_id)
    if roll < 0.23:
        for text in rng.sample(UNCLEAR, 2):
            if text in VARIANTS and rng.random() < 0.4:
                text = rng.choice(VARIANTS[text])
            _say(service, clock, rng, chat, Incoming(text=text))
        return 0
    if roll < 0.28:
        _say(service, clock, rng, chat, Incoming(text=rng.choice(SMALLTALK)))
        return 0
    merchant = rng.choice(cast)
    turn = _say(service, clock, rng, chat, Incoming(text=merchant.opening, language_hint=merchant.lang))
    abandon_at = rng.randint(1, 3) if roll < 0.36 else None
    wants_human = roll > 0.86
    for step in range(12):
        session = turn.result.session
        state, facts = session["state"], session["facts"]
        if abandon_at is not None and step == abandon_at:
            return 0
        if wants_human and step == 1 and state in ("diagnosing", "fixing"):
            turn = _say(service, clock, rng, chat, Incoming(text="转人工"))
            break
        if state == "diagnosing":
            answer = truthful_answer(kb, facts["question"], merchant.cause)
            turn = _say(service, clock, rng, chat, Incoming(button=f"a:{facts['question']}:{answer}"))
        elif state == "fixing":
            worked = facts["fix"] in kb.causes[merchant.cause].fixes
            turn = _say(service, clock, rng, chat, Incoming(button=f"fix:{facts['fix']}:{'y' if worked else 'n'}"))
        elif state == "details":
            turn = _say(service, clock, rng, chat, Incoming(button="skip"))
        elif state == "clarifying":
            turn = _say(service, clock, rng, chat, Incoming(button="pick:0"))
        else:
            break
    session = turn.result.session
    if session["state"] == "rating":
        return _rate(rng, store, service, engine, clock, chat, turn.conversation_id)
    if session["state"] == "handoff":
        _agent_handles(rng, store, service, engine, clock, chat, turn.conversation_id, session, _reason(turn))
        return 1
    return 0


def _reason(turn) -> str:
    return next((e.data.get("reason") for e in turn.result.events if e.name == "handoff"), None) or "asked"


def _rate(rng, store, service, engine, clock, chat, conversation_id) -> int:
    """The merchant rates (or not); a low rating goes to a person, as on Telegram. Returns tickets made."""
    if rng.random() >= 0.8:  # some merchants never rate
        return 0
    stars = rng.choices([5, 4, 3, 2, 1], weights=[55, 25, 10, 6, 4])[0]
    turn = _say(service, clock, rng, chat, Incoming(button=f"rate:{stars}"))
    if turn.result.session["state"] != "handoff":
        return 0
    _agent_handles(rng, store, service, engine, clock, chat, conversation_id, turn.result.session, _reason(turn))
    return 1


def _agent_handles(rng, store, service, engine, clock, chat, conversation_id, session, reason) -> None:
    info = summary(engine.kb, session)
    ticket = store.create_ticket(conversation_id=conversation_id, chat_key=chat, user_id=chat,
                                 user_name=f"商户 {chat[5:]}", lang=session["lang"], code=info["code"],
                                 category=info["category"], summary=json.dumps(info, ensure_ascii=False),
                                 reason=reason)
    if rng.random() < 0.05:
        return  # still waiting
    agent_id, agent_name = rng.choice(AGENTS)
    clock.advance(rng.uniform(30, 240) if rng.random() < 0.85 else rng.uniform(300, 1200))
    store.take_ticket(ticket["id"], agent_id, agent_name)
    clock.advance(rng.uniform(20, 180))
    store.mark_first_agent_reply(ticket["id"])
    store.add_message(conversation_id, "out", "agent", "您好，我来帮您看一下。", {"agent": agent_name})
    clock.advance(rng.uniform(120, 2400))
    store.resolve_ticket(ticket["id"], note="demo")
    store.add_event(conversation_id, "ticket_resolved", {"ticket": ticket["id"], "agent": agent_id})
    result = engine.agent_resolved(session)
    service.save(conversation_id, result, None)
    if rng.random() < 0.7:
        stars = rng.choices([5, 4, 3], weights=[60, 30, 10])[0]
        clock.advance(rng.uniform(10, 60))
        turn = service.handle(chat, Incoming(button=f"rate:{stars}"))
        store.set_ticket_fields(ticket["id"], rating=stars)
        del turn


def add_commands(sub) -> None:
    demo = sub.add_parser("demo-data", help="fill a database with realistic synthetic history")
    demo.add_argument("--days", type=int, default=30)
    demo.add_argument("--db", help="SQLite file (default: $POSBOT_DB or ./posbot.db)")
    demo.add_argument("--seed", type=int, default=7)
    demo.set_defaults(func=_cmd)


def _cmd(args) -> int:
    from bot.config import SettingsError, default_db_path, timezone_from_env

    try:
        tz = timezone_from_env()
    except SettingsError as exc:
        print(f"posbot: cannot start: {exc}", file=sys.stderr)
        return 2
    counts = generate(args.db or default_db_path(), args.days, args.seed, tz)
    print(f"demo history written: {counts['conversations']} conversations, {counts['tickets']} tickets "
          f"over {args.days} days and today so far ({tz})")
    return 0
