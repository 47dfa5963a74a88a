"""Data kept only as long as needed: `posbot prune --older-than DAYS`, and
POSBOT_RETENTION_DAYS applied once a day by `posbot run`.

What goes: the transcripts (every message of conversations idle for longer than the
retention), closed conversations' dialog state, the raw Telegram updates, the sent replies in
the outbox and the relay map of finished tickets. What stays: conversations' rows (state, times, language), dialog events and
tickets, which are everything the statistics managers see are computed from (bot/stats.py),
so every figure is the same before and after pruning. Open tickets keep their transcript.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from bot.stats import iso


def cutoff_for(days: int, now: datetime | None = None) -> str:
    return iso((now or datetime.now(timezone.utc)) - timedelta(days=days))


def prune(store, older_than_days: int, now: datetime | None = None) -> dict[str, int]:
    """Delete what is past retention; returns how many rows of each kind went."""
    if older_than_days < 1:
        raise ValueError("retention must be at least 1 day")
    cutoff = cutoff_for(older_than_days, now)
    removed: dict[str, int] = {}
    with store.transaction():
        removed["messages"] = store.conn.execute(
            "delete from messages where conversation_id in (select c.id from conversations c "
            "where c.updated_at < ? and not exists (select 1 from tickets t where t.conversation_id = c.id "
            "and t.status in ('waiting', 'assigned')))", [cutoff]).rowcount
        # A closed conversation's dialog state (what was said, asked, answered) is never read
        # again: the statistics use its row's columns and its events.
        removed["dialog_states"] = store.conn.execute(
            "update conversations set session = null where status = 'closed' and updated_at < ? "
            "and session is not null", [cutoff]).rowcount
        removed["updates"] = store.conn.execute(
            "delete from updates where status != 'pending' and received_at < ?", [cutoff]).rowcount
        removed["outbox"] = store.conn.execute(
            "delete from outbox where status != 'pending' and created_at < ?", [cutoff]).rowcount
        removed["relay"] = store.conn.execute(
            "delete from relay where ticket_id in (select id from tickets where status not in "
            "('waiting', 'assigned') and coalesce(resolved_at, created_at) < ?)", [cutoff]).rowcount
    return removed


def summary(removed: dict[str, int], days: int) -> str:
    parts = ", ".join(f"{count} {name}" for name, count in removed.items())
    return f"pruned data older than {days} days: {parts}"
