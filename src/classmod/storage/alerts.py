"""Staff alerts (``alerts``, P03): what each is about, its post in the management room,
what staff answered, and the counts the digest reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import aiosqlite

from classmod.storage.records import Alert, stamp
from classmod.storage.writer import BatchWriter, insert, write

ALERT_COLUMNS = (
    "id, ts, group_id, member_id, text, event_id, message_id, rule_id, posted, handled, answer"
)


def alert_from_row(r: aiosqlite.Row) -> Alert:
    """A row of ``ALERT_COLUMNS`` as an Alert."""
    return Alert(
        id=int(r[0]),
        ts=datetime.fromisoformat(r[1]),
        group_id=r[2],
        member_id=r[3],
        text=r[4],
        event_id=r[5],
        message_id=r[6],
        rule_id=r[7],
        posted=r[8],
        handled=bool(r[9]),
        answer=r[10],
    )


class SqliteAlerts:
    """The staff alerts (``Alerts``) of the SQLite store."""

    def __init__(self, writer: BatchWriter) -> None:
        self._writer = writer
        self._next_alert_id = 1

    async def load(self) -> None:
        """Take up the open store's alert ids where they stopped."""
        async with self._writer.db.execute("SELECT COALESCE(MAX(id), 0) FROM alerts") as cur:
            row = await cur.fetchone()
        self._next_alert_id = int(row[0]) + 1 if row else 1

    async def add(
        self,
        group_id: str,
        member_id: str,
        text: str,
        now: datetime,
        *,
        event_id: str = "",
        message_id: str = "",
        rule_id: str = "",
    ) -> int:
        # the id is ours to give (one store owns the file), so the insert can be queued
        alert_id = self._next_alert_id
        self._next_alert_id += 1
        self._writer.queue(
            insert(
                "alerts",
                ("id", "ts", "group_id", "member_id", "text", "event_id", "message_id", "rule_id"),
            ),
            (alert_id, stamp(now), group_id, member_id, text, event_id, message_id, rule_id),
        )
        return alert_id

    def note_posted(self, alert_id: int, posted: str) -> None:
        """The platform id of the alert's post: staff answer by replying to it."""
        self._writer.queue(
            write("alerts", "UPDATE alerts SET posted = ? WHERE id = ?"), (posted, alert_id)
        )

    async def get(self, alert_id: int) -> Alert | None:
        rows = await self._writer.read(
            f"SELECT {ALERT_COLUMNS} FROM alerts WHERE id = ?", (alert_id,)
        )
        return alert_from_row(rows[0]) if rows else None

    async def posted_as(self, posted: str) -> Alert | None:
        """The alert whose management-room post has this platform id."""
        if not posted:
            return None
        rows = await self._writer.read(
            f"SELECT {ALERT_COLUMNS} FROM alerts WHERE posted = ? ORDER BY id DESC LIMIT 1",
            (posted,),
        )
        return alert_from_row(rows[0]) if rows else None

    async def answer(self, alert_id: int, answer: str) -> None:
        """Staff answered the alert: it is handled (no escalation) and the answer kept."""
        self._writer.queue(
            write("alerts", "UPDATE alerts SET handled = 1, answer = ? WHERE id = ?"),
            (answer, alert_id),
        )

    async def handle(self, group_id: str, member_id: str | None = None) -> int:
        sql = "UPDATE alerts SET handled = 1 WHERE handled = 0 AND group_id = ?"
        args: Sequence[Any] = (group_id,)
        if member_id:
            sql += " AND member_id = ?"
            args = (group_id, member_id)
        return await self._writer.write_now(sql, args)

    async def latest(self, group_id: str, member_id: str, rule_id: str) -> Alert | None:
        """The last alert about ``member_id`` in the group for this rule."""
        rows = await self._writer.read(
            f"SELECT {ALERT_COLUMNS} FROM alerts WHERE group_id = ? AND member_id = ?"
            " AND rule_id = ? ORDER BY id DESC LIMIT 1",
            (group_id, member_id, rule_id),
        )
        return alert_from_row(rows[0]) if rows else None

    async def handled(self, alert_id: int) -> bool:
        rows = await self._writer.read("SELECT handled FROM alerts WHERE id = ?", (alert_id,))
        return bool(rows and rows[0][0])

    async def mark_escalated(self, alert_id: int) -> None:
        self._writer.queue(
            write("alerts", "UPDATE alerts SET escalated = 1 WHERE id = ?"), (alert_id,)
        )

    async def open_counts(self, except_rule: str) -> dict[str, int]:
        """Alerts nobody answered yet, per group (appeals, ``except_rule``, not counted)."""
        rows = await self._writer.read(
            "SELECT group_id, COUNT(*) FROM alerts WHERE handled = 0 AND rule_id != ?"
            " GROUP BY group_id",
            (except_rule,),
        )
        return {r[0]: int(r[1]) for r in rows}

    async def answers(
        self, rule_id: str, since: datetime, until: datetime
    ) -> list[tuple[str, str]]:
        """(group, answer) of the alerts of one rule raised in the period ('' unanswered)."""
        rows = await self._writer.read(
            "SELECT group_id, answer FROM alerts WHERE rule_id = ? AND ts >= ? AND ts < ?",
            (rule_id, stamp(since), stamp(until)),
        )
        return [(r[0], r[1] or "") for r in rows]
