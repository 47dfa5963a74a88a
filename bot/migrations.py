"""Schema migrations with sqlite-utils' Migrations: each runs once, in a transaction with
the record of it (table _sqlite_migrations). Never edit a migration that has shipped:
append a new function.
"""

from sqlite_utils.migrations import Migrations

migrations = Migrations("posbot")

_INITIAL = [
        """create table conversations (
            id integer primary key, channel text not null, chat_key text not null,
            user_id text, user_name text, lang text, state text, session text,
            status text not null default 'open', started_at text, updated_at text, closed_at text)""",
        "create index conversations_open on conversations (channel, chat_key, status)",
        "create index conversations_started on conversations (started_at)",
        """create table messages (
            id integer primary key, conversation_id integer not null references conversations(id),
            direction text not null, kind text not null, text text, payload text, at text)""",
        "create index messages_conversation on messages (conversation_id)",
        """create table events (
            id integer primary key, conversation_id integer references conversations(id),
            name text not null, data text, at text)""",
        "create index events_name_at on events (name, at)",
        "create index events_conversation on events (conversation_id)",
        "create index events_at on events (at)",
        """create table updates (
            update_id integer primary key, chat_key text, payload text, status text not null,
            received_at text, done_at text, attempts integer default 0)""",
        "create index updates_pending on updates (status)",
        """create table outbox (
            id integer primary key, lane text not null, op text not null, status text not null,
            created_at text, sent_at text, message_id integer, error text)""",
        "create index outbox_pending on outbox (status, lane)",
        """create table tickets (
            id integer primary key, conversation_id integer references conversations(id),
            chat_key text, user_id text, user_name text, lang text, code text, category text,
            summary text, status text not null, agent_id text, agent_name text, reason text,
            created_at text, assigned_at text, first_agent_reply_at text, resolved_at text,
            last_reminded_at text, card_message_id integer, topic_id integer, rating integer, note text)""",
        "create index tickets_status on tickets (status)",
        "create index tickets_chat on tickets (chat_key, status)",
        """create table relay (
            id integer primary key, ticket_id integer references tickets(id),
            group_message_id integer, direction text, merchant_message_id integer, at text)""",
        "create index relay_group_message on relay (group_message_id)",
]


@migrations(name="0001_initial_schema")
def initial_schema(db) -> None:
    for statement in _INITIAL:
        db.execute(statement)


@migrations(name="0002_i12_heartbeat_and_set_aside")
def heartbeat_and_set_aside(db) -> None:
    """Liveness for `posbot health` and /healthz (one row, written by the running process),
    and why an update was set aside (status 'set_aside')."""
    db.execute("""create table heartbeat (
        id integer primary key check (id = 1), pid integer, mode text, started_at text,
        alive_at text, contact_at text, fault text)""")
    db.execute("alter table updates add column error text")
    # 1: opened while no agent could be reached; posted when the group becomes reachable.
    db.execute("alter table tickets add column unposted integer not null default 0")


@migrations(name="0003_i11_learned_phrasings")
def learned_phrasings(db) -> None:
    """What support leads taught on the dashboard, append-only: the latest row for a text's
    key is in force; a row with kind null withdraws it (the history stays for audit)."""
    db.execute("""create table learned_phrasings (
        id integer primary key, text text not null, key text not null, kind text, target text,
        taught_by text, at text not null)""")
    db.execute("create index learned_phrasings_key on learned_phrasings (key, id)")
