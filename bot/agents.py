"""Human handoff: tickets, the agents' group, and the relay between agent and merchant.

The dialog engine only says "handoff" (an event); this desk turns it into a ticket, posts a
card with the whole story to the agents' group, and then relays messages both ways. Every
action returns outbox operations, so it is as durable as the rest of the Telegram pipeline.
Reminders are derived from stored tickets, so they survive a restart.

Two ways to tie group messages to a ticket: in an ordinary group, replies to the card (and to
anything relayed); when the group is a forum, one topic per ticket holding the card, the
relays and everything agents say there.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone

from telegram import Update
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.config import Settings
from bot.ids import parse_id
from bot.replies import send_ops, split_text
from bot.service import Service
from bot.stats import local_clock, local_day
from dialogs.engine import summary
from dialogs.messages import TurnResult
from dialogs.texts import say, say_to

log = logging.getLogger("posbot.agents")

TRANSCRIPT_INLINE_CHARS = 1200
NOTE_PREFIX = "//"  # an agent's message starting with this stays in the group
TOPIC_NAME_LIMIT = 128  # Bot API: createForumTopic name, 1-128 characters
REASONS = {
    "asked": "商户要求转人工 merchant asked",
    "exhausted": "修复方法已用尽 fixes exhausted",
    "acquirer": "需收单机构处理 acquirer only",
    "replace": "⚠️ 防拆触发，需更换 tamper: replace",
    "needs_human": "需人工处理 needs staff",
    "arranging": "商户要报修/换机/找银行 merchant arranging repair or bank",
    "not_understood": "机器人未能理解 not understood",
    "stuck": "商户无法回答 merchant could not answer",
    "low_rating": "评分过低 low rating",
}


def _parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def queue_words(session: dict | None, ahead: int) -> str:
    """Where the merchant stands: "You're next.", "1 merchant is ahead of you.", ..."""
    if ahead <= 0:
        return say_to(session, "queue_next")
    return say_to(session, "queue_one") if ahead == 1 else say_to(session, "queue_many", ahead=ahead)


def minutes_since(value: str, now: datetime | None = None) -> int:
    now = now or datetime.now(timezone.utc)
    return max(0, int((now - _parse_time(value)).total_seconds() // 60))



AGENT_COMMANDS = ("/take", "/reply", "/resolve", "/release", "/queue", "/transcript")
# What agents type by habit from other help desks: the same commands.
COMMAND_ALIASES = {"/close": "/resolve", "/done": "/resolve", "/solved": "/resolve", "/r": "/reply"}
AGENT_HELP = ("命令 Commands: /take <n> 接单 take · /reply <n> <text> 回复 reply (或直接回复工单消息 or reply "
              "to the ticket's message) · /resolve <n> [备注 note] 结单 resolve (/close) · /release <n> 退回 "
              "release · /queue 队列 queue · /transcript <n> 记录 transcript")

class AgentDesk:
    def __init__(self, settings: Settings, service: Service):
        self.settings = settings
        self.service = service
        self.store = service.store
        self.kb = service.engine.kb
        self.group = settings.agent_chat_id
        self.forum = False  # the group is a forum: set by check_group() at start-up
        # Whether a ticket can reach a person: the group is configured and Telegram lets the
        # bot post there. When not, merchants are told the truth and tickets wait unposted.
        self.reachable = self.group is not None
        self.unreachable_reason: str | None = None if self.reachable else "POSBOT_AGENT_CHAT_ID is not set"
        self._checked = False  # the first check warns even if nothing changed

    async def check_group(self, bot) -> bool:
        """Ask Telegram (getChat) whether the agents' group exists, is a group, and has the
        bot in it, and whether it is a forum. At start-up, and again every few seconds while
        it is unreachable; returns True when it has just become reachable.

        Why not a setting for forums: Telegram knows, so there is nothing to get wrong. A
        group turned into a forum (or back) is noticed at the next restart. A network failure
        says nothing about the group: we keep what we believed and replies to the card, which
        work in any group; so does a ticket whose topic could not be created, e.g. without the
        "Manage topics" right (see resolve_topic)."""
        was = self.reachable
        if self.group is None:
            reason = "POSBOT_AGENT_CHAT_ID is not set"
        elif self.group > 0:
            reason = f"POSBOT_AGENT_CHAT_ID {self.group} is a person's id; a group's id is negative"
        else:
            try:
                chat = await bot.get_chat(self.group)
            except (BadRequest, Forbidden) as exc:  # chat not found, bot not a member
                reason = f"Telegram says: {exc.message}"
            except TelegramError as exc:
                log.warning("agents' group %s: getChat failed (%s); tickets use replies to the card",
                            self.group, exc)
                return False
            else:
                reason = None if chat.type in ("group", "supergroup") else f"chat {self.group} is a {chat.type}, not a group"
                self.forum = reason is None and bool(getattr(chat, "is_forum", False))
                if self.forum:
                    log.info("agents' group %s is a forum: one topic per ticket", self.group)
        self.reachable, self.unreachable_reason = reason is None, reason
        if reason is not None and (was or not self._checked):
            log.error("!!! NO HUMAN HANDOFF: agents' group unreachable (%s). Merchants who ask for a "
                      "person are told nobody is available and their tickets are kept; they are "
                      "posted when the group becomes reachable. Add the bot to the group and check "
                      "POSBOT_AGENT_CHAT_ID.", reason)
        self._checked = True
        if reason is None and not was:
            log.warning("agents' group %s reachable again: posting the waiting tickets", self.group)
        return reason is None and not was

    def delivery_failed(self, op: dict, exc: TelegramError) -> None:
        """Telegram refused a message to the agents' group because the bot cannot reach it
        (removed from the group, group deleted): stop promising agents, and keep the ticket
        whose card did not arrive for posting once the group answers again."""
        if op.get("chat_id") != self.group or self.group is None:
            return
        if not (isinstance(exc, Forbidden) or "chat not found" in str(exc).lower()):
            return  # a problem with this one message, not with the group
        if self.reachable:
            self.reachable, self.unreachable_reason = False, f"Telegram says: {exc.message}"
            log.error("!!! NO HUMAN HANDOFF: agents' group unreachable (%s). Merchants who ask for a "
                      "person are now told nobody is available; tickets are kept and posted when the "
                      "group becomes reachable.", self.unreachable_reason)
        track = op.get("track") or {}
        if track.get("as") == "card":
            self.store.set_ticket_fields(track["ticket"], unposted=1)

    def post_waiting(self) -> list[dict]:
        """Cards for tickets opened while nobody could be reached, now that someone can."""
        ops: list[dict] = []
        for ticket in self.store.unposted_tickets():
            self.store.set_ticket_fields(ticket["id"], unposted=0)
            if ticket["status"] != "waiting":
                continue
            self.store.mark_reminded(ticket["id"])  # the card is news; the SLA reminder comes later
            if self.forum:
                ops.append({"op": "topic", "chat_id": self.group, "name": self.topic_name(ticket),
                            "track": {"ticket": ticket["id"], "as": "topic"}})
            ops += self.card_ops(ticket)
        return ops

    # -- from the merchant's side --------------------------------------------------------------

    def on_turn(self, conversation_id: int, chat_id: int, result: TurnResult, user) -> list[dict]:
        """Hook after every merchant turn: open or cancel tickets as the dialog says."""
        ops: list[dict] = []
        for event in result.events:
            if event.name == "handoff":
                ops += self.open_ticket(conversation_id, chat_id, result.session, event.data, user)
            elif event.name == "rating" and event.data.get("by") == "agent":
                resolved = [t for t in self.store.tickets(["resolved"])
                            if t["conversation_id"] == conversation_id]
                if resolved:
                    self.store.set_ticket_fields(resolved[-1]["id"], rating=event.data["stars"])
            elif event.name == "handoff_cancelled":
                ticket = self.store.open_ticket_for_chat(str(chat_id))
                if ticket and self.store.cancel_ticket(ticket["id"]):
                    ops.append(self._to_group(f"#{ticket['id']} 商户已取消 cancelled by merchant",
                                              ticket=ticket["id"]))
                    ops += self._close_topic(ticket["id"])
        return ops

    def open_ticket(self, conversation_id, chat_id, session, data, user) -> list[dict]:
        existing = self.store.open_ticket_for_chat(str(chat_id))
        if existing:
            return []
        info = summary(self.kb, session)
        name = " ".join(filter(None, [getattr(user, "first_name", None), getattr(user, "last_name", None)]))
        ticket = self.store.create_ticket(
            conversation_id=conversation_id, chat_key=str(chat_id),
            user_id=str(getattr(user, "id", "")), user_name=name,
            lang=session["lang"], code=info["code"], category=info["category"],
            summary=json.dumps(info, ensure_ascii=False), reason=data.get("reason"),
        )
        if not self.reachable:  # kept for later, and recorded for managers; the dialog told the truth
            self.store.set_ticket_fields(ticket["id"], unposted=1)
            self.store.add_event(conversation_id, "handoff_unstaffed",
                                 {"ticket": ticket["id"], "why": self.unreachable_reason})
            return [{"op": "send", "chat_id": chat_id,
                     "text": say_to(session, "ticket_kept", ticket=ticket["id"])}]
        ahead = self.store.queue_position(ticket["id"]) - 1
        ops = [{"op": "send", "chat_id": chat_id,
                "text": say_to(session, "ticket_created", ticket=ticket["id"],
                               queue=queue_words(session, ahead))}]
        if self.forum:  # queued before the card, in the same lane: the topic exists first
            ops.append({"op": "topic", "chat_id": self.group, "name": self.topic_name(ticket),
                        "track": {"ticket": ticket["id"], "as": "topic"}})
        ops += self.card_ops(ticket)
        return ops

    @staticmethod
    def topic_name(ticket: dict) -> str:
        """"#12 王老板 · 51": what agents scan the topic list by; the name is cut, never the rest."""
        what = ticket["code"] or ticket["category"]
        head, tail = f"#{ticket['id']} ", f" · {what}" if what else ""
        who = ticket["user_name"] or ticket["user_id"] or "-"
        return head + who[:TOPIC_NAME_LIMIT - len(head) - len(tail)] + tail

    def card_text(self, ticket: dict) -> str:
        info = json.loads(ticket["summary"] or "{}")
        lines = [
            f"#{ticket['id']} 🆘 {ticket['status']}",
            f"商户 Merchant: {ticket['user_name'] or '-'} (id {ticket['user_id']})",
            f"语言 Language: {ticket['lang']}",
            f"原因 Reason: {REASONS.get(ticket['reason'], ticket['reason'])}",
        ]
        if info.get("code"):
            lines.append(f"错误码 Code: {info['code']} — {info.get('meaning') or ''}")
        elif info.get("meaning"):
            lines.append(f"问题 Problem: {info['meaning']}")
        if info.get("category"):
            lines.append(f"类别 Category: {info['category']}")
        if info.get("text"):
            lines.append(f"商户原话 Said: {info['text'][:300]}")
        if info.get("details"):
            # Brand / model / when it happens, and whatever the bot could not read: their words.
            lines.append(f"商户补充 Also said: {info['details'][:200]}")
        if info.get("known"):
            lines.append("商户说明 Known: " + "；".join(info["known"]))
        if info.get("answers"):
            lines.append("诊断回答 Answers:")
            lines += [f" • {q} → {a}" for q, a in info["answers"]]
        if info.get("ruled_out"):
            lines.append("已排除 Ruled out: " + "、".join(info["ruled_out"])[:400])
        # Only a cause the evidence supports; otherwise say so rather than guess.
        lines.append("可能原因 Likely: " + (info.get("likely") or "未确定 not determined"))
        if info.get("tried"):
            lines.append("已尝试 Tried:")
            lines += [f" • {title} {'✅' if worked else '❌'}" for title, worked in info["tried"]]
        if info.get("not_done"):
            lines.append("未做 Not done:")
            lines += [f" • {title} ({why})" for title, why in info["not_done"]]
        if info.get("pending"):
            lines.append(f"最后建议（未答复）Last suggested, no answer: {info['pending']}")
        lines.append(f"等待 Waiting: {minutes_since(ticket['created_at'])} min")
        return "\n".join(lines)

    def card_ops(self, ticket: dict, reminder: bool = False) -> list[dict]:
        text = self.card_text(ticket)
        if reminder:
            text = f"⏰ SLA {self.settings.sla_minutes} min\n" + text
        transcript = self.transcript_text(ticket)
        if len(transcript) <= TRANSCRIPT_INLINE_CHARS:
            text += f"\n\n— transcript ({self.settings.timezone}) —\n" + transcript
        ops = [self._in_topic({
            "op": "send", "chat_id": self.group, "text": text,
            "buttons": [{"label": f"接单 Take #{ticket['id']}", "payload": f"take:{ticket['id']}"}],
            "track": {"ticket": ticket["id"], "as": "card"}}, ticket["id"])]
        if not reminder:
            ops.append(self._transcript_document(ticket, transcript))
        return ops

    def _transcript_document(self, ticket: dict, transcript: str | None = None) -> dict:
        """The whole transcript as a text file for the agents (with the card, and /transcript)."""
        created = local_day(ticket["created_at"], self.settings.timezone)
        header = f"posbot #{ticket['id']} · {created} · {self.settings.timezone}\n\n"
        body = transcript if transcript is not None else self.transcript_text(ticket)
        return self._in_topic({
            "op": "document", "chat_id": self.group,
            "filename": f"ticket-{ticket['id']}-transcript.txt", "content": header + body,
            "caption": f"#{ticket['id']} transcript",
            "track": {"ticket": ticket["id"], "as": "to_agents"}}, ticket["id"])

    def transcript_text(self, ticket: dict) -> str:
        lines = []
        for m in self.store.transcript(ticket["conversation_id"]):
            who = {"in": "商户", "out": "机器人"}.get(m["direction"], m["direction"])
            if m["kind"] == "agent":
                who = "客服"
            body = m["text"] if m["text"] is not None else f"[{m['kind']}]"
            lines.append(f"[{local_clock(m['at'], self.settings.timezone)}] {who}: {body}")
        return "\n".join(lines)

    def relay_from_merchant(self, update: Update, note: str | None = None) -> list[dict] | None:
        """A merchant's message while a ticket is open goes to the agents, not the bot.
        Returns None when the message is for the bot (no ticket, or a command). `note` is
        added under a relayed photo: the text the bot read in it."""
        message = update.message
        chat_id = update.effective_chat.id
        ticket = self.store.open_ticket_for_chat(str(chat_id))
        if ticket is None or not self.reachable:
            return None
        text = message.text or ""
        if text.startswith("/") or (text and _is_command(text)):
            return None
        if ticket["status"] == "waiting" and text and self.service.engine.handoff_not_needed(text):
            return None  # "never mind, fixed it myself" before anyone took it: the dialog cancels
        row = self.service.conversation_for(str(chat_id))
        kind = "text" if message.text is not None else next(
            (k for k in ("photo", "document", "voice", "sticker", "video", "location") if getattr(message, k, None)),
            "other")
        payload = {"relayed_to_ticket": ticket["id"]}
        if note is not None:
            payload["read"] = note
            payload["file_id"] = (message.photo[-1].file_id if message.photo
                                  else message.document.file_id if message.document else None)
        self.store.add_message(row["id"], "in", kind, message.text or message.caption or note,
                               payload)
        op = {"op": "copy", "chat_id": self.group, "from_chat_id": chat_id,
              "message_id": message.message_id, "reply_to": ticket["card_message_id"],
              "thread_id": ticket["topic_id"], "track": {"ticket": ticket["id"], "as": "to_agents"}}
        if note is not None:  # the agents see what the bot read, under the photo
            op["caption"] = "\n".join(filter(None, [message.caption, note]))[:1024]
        if not ticket["card_message_id"]:  # the card is still queued ahead of this in its lane
            op["card_of"] = ticket["id"]
        if self.forum:  # the topic ties it to the ticket; the card only if there is no topic
            op = self._in_topic({**op, "reply_to": None, "card_fallback": True}, ticket["id"])
        ops = [op]
        if ticket["status"] == "waiting":
            ahead = self.store.queue_position(ticket["id"]) - 1
            ops.append({"op": "send", "chat_id": chat_id,
                        "text": say_to(row["session"], "queue_status", ticket=ticket["id"],
                                       queue=queue_words(row["session"], ahead))})
        return ops

    def relay_edit(self, update: Update) -> list[dict] | None:
        """A merchant edited a message while a ticket is open: the agents see the new text (an
        edit does not reach them otherwise), and a reply to it reaches the merchant."""
        message = update.edited_message
        chat_id = update.effective_chat.id
        ticket = self.store.open_ticket_for_chat(str(chat_id))
        if ticket is None or not self.reachable:
            return None
        text = message.text or message.caption or ""
        row = self.service.conversation_for(str(chat_id))
        self.store.add_message(row["id"], "in", "edited", text,
                               {"relayed_to_ticket": ticket["id"], "message_id": message.message_id})
        head = f"✏️ #{ticket['id']} 商户修改了消息 merchant edited a message:\n"
        return [self._to_group(part, reply_to=None if self.forum else ticket["card_message_id"],
                               track={"ticket": ticket["id"], "as": "to_agents"}, ticket=ticket["id"])
                for part in split_text(head + text)]

    # -- from the agents' group ----------------------------------------------------------------

    def authorised(self, user) -> bool:
        return user is not None and user.id in self.settings.agent_ids

    def route_group(self, update: Update) -> list[dict]:
        user = update.effective_user
        if update.callback_query is not None:
            query = update.callback_query
            ops: list[dict] = []
            if not self.authorised(user):
                return [{"op": "answer", "callback_id": query.id,
                         "text": "只有客服可以接单 Only agents can take tickets"}]
            kind, _, raw = (query.data or "").partition(":")
            number = parse_id(raw) if kind == "take" else None
            if number is None or self.store.ticket(number) is None:
                return [{"op": "answer", "callback_id": query.id,
                         "text": "按钮已过期 This button is stale"}]
            # The button only takes a free ticket; taking one over is the explicit /take.
            won, result_ops, note = self.take(number, user, take_over=False)
            ops.append({"op": "answer", "callback_id": query.id, "text": note})
            return self._where_asked(query.message, ops + result_ops)
        message = update.message
        if message is None:
            return []
        text = message.text or ""
        if text.startswith(NOTE_PREFIX):
            return []  # agents talking among themselves, in a topic or replying to a card
        if text.startswith("/"):
            return self._where_asked(message, self.command(text, user, message))
        if not self.authorised(user):
            return []  # chatter in the group that is not an agent's
        ticket = self._ticket_of(message)
        if ticket is None:
            return []
        return self._where_asked(message, self.reply_to_merchant(ticket, user, message))

    def _where_asked(self, message, ops: list[dict]) -> list[dict]:
        """In a forum, answer in the topic the agent wrote in: without a thread id the answer
        would land in General. Ops already bound to a ticket's topic keep theirs."""
        thread = getattr(message, "message_thread_id", None)
        if not (self.forum and thread and getattr(message, "is_topic_message", False)):
            return ops
        for op in ops:
            if op.get("chat_id") == self.group and "topic_of" not in op and not op.get("thread_id"):
                op["thread_id"] = thread
        return ops

    def _ticket_of(self, message) -> dict | None:
        if message.reply_to_message is not None:
            ticket = self.store.ticket_for_group_message(message.reply_to_message.message_id)
            if ticket:
                return ticket
        thread = getattr(message, "message_thread_id", None)
        if thread:
            for ticket in self.store.tickets(["waiting", "assigned"]):
                if ticket["topic_id"] == thread:
                    return ticket
        return None

    def command(self, text: str, user, message) -> list[dict]:
        parts = text.split(maxsplit=2)
        name, _, addressee = parts[0].lower().partition("@")
        name = COMMAND_ALIASES.get(name, name)
        args = parts[1:]
        if name not in AGENT_COMMANDS:
            # "/close 1" from an agent in a hurry: say what there is, rather than nothing (a
            # command addressed to another bot, "/start@otherbot", is not ours to answer).
            if addressee or not self.authorised(user):
                return []
            return [self._to_group(AGENT_HELP, reply_to=message.message_id)]
        if not self.authorised(user):
            return [self._to_group("⛔ 只有客服可以操作工单 Only agents may do that.", reply_to=message.message_id)]
        if name == "/queue":
            return [self._to_group(self.queue_text())]
        if not args or not args[0].lstrip("#").isdecimal():
            return [self._to_group(f"用法 Usage: {name} <ticket number>", reply_to=message.message_id)]
        number = parse_id(args[0])
        ticket = self.store.ticket(number) if number is not None else None
        if ticket is None:
            return [self._to_group(f"没有工单 No ticket #{args[0].lstrip('#')[:24]}", reply_to=message.message_id)]
        rest = args[1] if len(args) > 1 else ""
        if name == "/take":
            return self.take(number, user, take_over=True)[1]
        if name == "/transcript":
            return [self._transcript_document(ticket)]
        if name in ("/reply", "/resolve"):
            refusal = self._not_holder(ticket, user, message)
            if refusal:
                return refusal
        if name == "/reply":
            if not rest.strip():
                return [self._to_group("用法 Usage: /reply <n> <text>", reply_to=message.message_id)]
            return self.reply_to_merchant(ticket, user, message, text=rest)
        if name == "/release":
            if not self.store.release_ticket(number, str(user.id)):
                return [self._to_group(f"#{number} 不是你接的单 is not assigned to you", reply_to=message.message_id)]
            row = self.service.store.conversation(ticket["conversation_id"])
            self.service.store.add_event(ticket["conversation_id"], "ticket_released", {"ticket": number, "agent": str(user.id)})
            return [self._to_group(f"#{number} 已退回队列 back in the queue", ticket=number),
                    {"op": "send", "chat_id": int(ticket["chat_key"]),
                     "text": say_to(row["session"], "agent_released", ticket=number)}]
        if name == "/resolve":
            return self.resolve(ticket, user, rest.strip() or None)
        return []

    def _not_holder(self, ticket: dict, user, message) -> list[dict]:
        """The ownership rule: only the agent holding a ticket may reply to the merchant or
        resolve it; anyone else is told who holds it and how to take it over (/take)."""
        if ticket["status"] == "assigned" and ticket["agent_id"] == str(user.id):
            return []
        if ticket["status"] == "assigned":
            note = (f"#{ticket['id']} 由 {ticket['agent_name']} 负责 is held by {ticket['agent_name']}; "
                    f"/take {ticket['id']} 接手 to take it over")
        elif ticket["status"] == "waiting":
            note = f"#{ticket['id']} 请先接单 take it first (/take {ticket['id']})"
        else:
            note = f"#{ticket['id']} 已是 {ticket['status']}"
        return [self._to_group(note, reply_to=message.message_id)]

    def take(self, number: int, user, take_over: bool = False) -> tuple[bool, list[dict], str]:
        """Take a waiting ticket; with take_over (the /take command), also one another agent
        holds, who is told in the group (the merchant is told who now helps them)."""
        name = user.full_name if user else "?"
        won, ticket = self.store.take_ticket(number, str(user.id), name)
        if ticket is None:
            return False, [self._to_group(f"没有工单 No ticket #{number}")], f"No ticket #{number}"
        if not won and ticket["status"] == "assigned" and ticket["agent_id"] == str(user.id):
            note = f"#{number} 已是你的 is already yours"
            return False, [self._to_group(note, ticket=number)], note
        if not won and ticket["status"] == "assigned" and take_over:
            previous = ticket["agent_name"]
            if self.store.take_over_ticket(number, str(user.id), name, ticket["agent_id"]):
                self.store.add_event(ticket["conversation_id"], "ticket_taken_over",
                                     {"ticket": number, "agent": str(user.id), "from": ticket["agent_id"]})
                note = f"🔁 #{number} 由 {name} 接手 taken over by {name} (from {previous})"
                return True, [
                    self._to_group(note, track={"ticket": number, "as": "to_agents"}, ticket=number),
                    {"op": "send", "chat_id": int(ticket["chat_key"]),
                     "text": say_to(self._session_of(ticket), "agent_takeover", agent=name)},
                ], note
            ticket = self.store.ticket(number)
        if not won:
            holder = ticket.get("agent_name") or ticket["status"]
            note = (f"#{number} 已由 {holder} 处理 already taken by {holder}; /take {number} 接手 to take it over"
                    if ticket["status"] == "assigned" else f"#{number} 状态 {ticket['status']}")
            return False, [self._to_group(note, ticket=number)], note
        self.store.add_event(ticket["conversation_id"], "ticket_taken", {"ticket": number, "agent": str(user.id)})
        how = ("在本话题发消息即可与商户沟通 Write in this topic to talk to the merchant." if self.forum
               else "回复本消息即可与商户沟通 Reply to this message to talk to the merchant.")
        return True, [
            self._to_group(f"✅ #{number} 由 {name} 接单 taken by {name}. {how}",
                           track={"ticket": number, "as": "to_agents"}, ticket=number),
            {"op": "send", "chat_id": int(ticket["chat_key"]), "text": say_to(self._session_of(ticket), "agent_joined", agent=name)},
        ], f"#{number} 接单成功 taken"

    def _session_of(self, ticket: dict) -> dict:
        """The merchant's session behind a ticket: their language and script."""
        session = (self.store.conversation(ticket["conversation_id"]) or {}).get("session")
        if isinstance(session, str):
            session = json.loads(session)
        return session or {"lang": ticket["lang"] or "zh"}

    def reply_to_merchant(self, ticket: dict, user, message, text: str | None = None) -> list[dict]:
        refusal = self._not_holder(ticket, user, message)
        if refusal:
            return refusal
        name = user.full_name
        self.store.mark_first_agent_reply(ticket["id"])
        chat_id = int(ticket["chat_key"])
        body = text if text is not None else message.text
        if body is not None:
            self.store.add_message(ticket["conversation_id"], "out", "agent", body, {"agent": name})
            # Longer than Telegram takes in one message: sent in parts, never dropped.
            return [{"op": "send", "chat_id": chat_id, "text": part}
                    for part in split_text(say_to(self._session_of(ticket), "agent_says", agent=name, text=body))]
        self.store.add_message(ticket["conversation_id"], "out", "agent", message.caption,
                               {"agent": name, "media": True})
        return [{"op": "copy", "chat_id": chat_id, "from_chat_id": self.group,
                 "message_id": message.message_id}]

    def resolve(self, ticket: dict, user, note: str | None) -> list[dict]:
        if ticket["status"] not in ("assigned", "waiting"):
            return [self._to_group(f"#{ticket['id']} 已是 {ticket['status']}", ticket=ticket["id"])]
        self.store.resolve_ticket(ticket["id"], note=note)
        session = self._session_of(ticket)
        ops = [self._to_group(f"☑️ #{ticket['id']} 已解决 resolved by {user.full_name}", ticket=ticket["id"])]
        ops += self._close_topic(ticket["id"])
        chat_id = int(ticket["chat_key"])
        self.store.add_event(ticket["conversation_id"], "ticket_resolved",
                             {"ticket": ticket["id"], "agent": str(user.id), "note": note})
        if session["state"] == "handoff":
            result = self.service.engine.agent_resolved(session)
            self.service.save(ticket["conversation_id"], result, None)
            if note:
                ops.append({"op": "send", "chat_id": chat_id,
                            "text": say_to(session, "ticket_resolved_note", note=note)})
            for reply in result.replies:
                ops += send_ops(chat_id, reply)
        return ops

    def queue_text(self) -> str:
        tickets = self.store.tickets(["waiting", "assigned"])
        if not tickets:
            return "队列为空 The queue is empty."
        lines = ["当前工单 Open tickets:"]
        for t in tickets:
            who = f" → {t['agent_name']}" if t["status"] == "assigned" else ""
            lines.append(f"#{t['id']} {t['status']}{who} · {t['code'] or t['category'] or '-'} · "
                         f"{minutes_since(t['created_at'])} min · {t['user_name'] or t['user_id']}")
        return "\n".join(lines)

    def reminders(self) -> list[dict]:
        if not self.reachable:  # nobody to remind; the tickets are posted once someone is
            return []
        ops = []
        for ticket in self.store.due_reminders(self.settings.sla_minutes):
            self.store.mark_reminded(ticket["id"])
            ops += self.card_ops(ticket, reminder=True)
        return ops

    # -- bookkeeping after the Bot API answered -------------------------------------------------

    def resolve_topic(self, op: dict) -> dict:
        """Just before delivery: put the ticket's topic id into an op bound to it (topic_of).
        No topic (creation failed, or the ticket predates forum mode): the op goes to the
        group's General, a relay as a reply to the card, as in an ordinary group."""
        if op.get("card_of") is not None:  # a reply to a card that was not yet posted
            card = (self.store.ticket(op["card_of"]) or {}).get("card_message_id")
            op = {**op, "reply_to": op.get("reply_to") or card}
        number = op.get("topic_of")
        if number is None:
            return op
        ticket = self.store.ticket(number) or {}
        op = {**op, "thread_id": ticket.get("topic_id")}
        if op["thread_id"] is None and op.get("card_fallback"):
            op["reply_to"] = ticket.get("card_message_id")
        return op

    def after_delivery(self, op: dict, message_id: int | None) -> None:
        track = op.get("track")
        if not track or message_id is None:
            return
        if track["as"] == "topic":  # message_id is the new topic's message_thread_id
            self.store.set_ticket_fields(track["ticket"], topic_id=message_id)
            return
        if track["as"] == "card":
            ticket = self.store.ticket(track["ticket"])
            if ticket and not ticket["card_message_id"]:
                self.store.set_ticket_fields(track["ticket"], card_message_id=message_id)
        self.store.add_relay(track["ticket"], message_id, "to_agents")

    def _to_group(self, text: str, reply_to: int | None = None, track: dict | None = None,
                  ticket: int | None = None) -> dict:
        """A message to the agents; `ticket`: about that ticket, so in its topic in a forum."""
        op = {"op": "send", "chat_id": self.group, "text": text}
        if reply_to:
            op["reply_to"] = reply_to
        if track:
            op["track"] = track
        return self._in_topic(op, ticket) if ticket is not None else op

    def _in_topic(self, op: dict, number: int) -> dict:
        """In a forum, bind a group op to ticket `number`'s topic. The op names the ticket, not
        the topic: the id exists only once createForumTopic has answered, possibly after a
        restart, so resolve_topic() fills it in at delivery."""
        if self.forum:
            op["topic_of"] = number
        return op

    def _close_topic(self, number: int) -> list[dict]:
        """A finished ticket's topic is closed, so the open topics are the open tickets."""
        return [self._in_topic({"op": "close_topic", "chat_id": self.group}, number)] if self.forum else []


def _is_command(text: str) -> bool:
    from dialogs.texts import command_of

    return command_of(text) in ("cancel", "restart", "human", "new_problem", "lang_zh", "lang_en") \
        if len(text) <= 24 else False
