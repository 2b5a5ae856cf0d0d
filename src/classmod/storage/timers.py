"""Timed sanctions and reminders (``timers``): unmute, unlock, notice deadlines, alert
escalations, plugins' timers; a failing timer is retried, then given up.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from classmod.storage.records import Timer, stamp
from classmod.storage.writer import BatchWriter, insert, write


class SqliteTimers:
    """The timers (``Timers``) of the SQLite store."""

    def __init__(self, writer: BatchWriter) -> None:
        self._writer = writer

    async def add(
        self,
        group_id: str,
        member_id: str,
        kind: str,
        due: datetime,
        payload: dict[str, Any] | None = None,
    ) -> None:
        self.queue(group_id, member_id, kind, due, payload)

    def queue(
        self,
        group_id: str,
        member_id: str,
        kind: str,
        due: datetime,
        payload: dict[str, Any] | None = None,
    ) -> None:
        # a new timer of the same kind for the same member replaces the old one (re-mute)
        self.queue_cancel(group_id, member_id, kind)
        self._writer.queue(
            insert("timers", ("group_id", "member_id", "kind", "due", "payload")),
            (group_id, member_id, kind, stamp(due), json.dumps(payload or {}, ensure_ascii=False)),
        )

    def queue_once(
        self,
        group_id: str,
        member_id: str,
        kind: str,
        due: datetime,
        payload: dict[str, Any] | None = None,
    ) -> None:
        """A timer, unless one of this kind for this member is pending (a grace period is
        not lengthened by a second sighting of the same stranger)."""
        self._writer.queue(
            write(
                "timers",
                "INSERT INTO timers(group_id, member_id, kind, due, payload) SELECT ?, ?, ?, ?, ?"
                " WHERE NOT EXISTS (SELECT 1 FROM timers"
                " WHERE group_id = ? AND member_id = ? AND kind = ? AND done = 0)",
            ),
            (
                group_id,
                member_id,
                kind,
                stamp(due),
                json.dumps(payload or {}, ensure_ascii=False),
                group_id,
                member_id,
                kind,
            ),
        )

    def queue_cancel(self, group_id: str, member_id: str, kind: str) -> None:
        self._writer.queue(
            write(
                "timers",
                "UPDATE timers SET done = 1"
                " WHERE group_id = ? AND member_id = ? AND kind = ? AND done = 0",
            ),
            (group_id, member_id, kind),
        )

    async def pending(self) -> list[Timer]:
        rows = await self._writer.read(
            "SELECT id, group_id, member_id, kind, due, payload, failures, failing_since,"
            " alerted FROM timers WHERE done = 0 ORDER BY due"
        )
        return [
            Timer(
                id=r[0],
                group_id=r[1],
                member_id=r[2],
                kind=r[3],
                due=datetime.fromisoformat(r[4]),
                payload=json.loads(r[5]),
                failures=int(r[6]),
                failing_since=datetime.fromisoformat(r[7]) if r[7] else None,
                alerted=bool(r[8]),
            )
            for r in rows
        ]

    async def finish(self, timer_id: int) -> None:
        self._writer.queue(write("timers", "UPDATE timers SET done = 1 WHERE id = ?"), (timer_id,))

    async def abandon(self, timer_id: int) -> None:
        """Given up after failing too long: no longer pending, and not done (``done = 2``)."""
        self._writer.queue(write("timers", "UPDATE timers SET done = 2 WHERE id = ?"), (timer_id,))

    async def retry(
        self, timer: Timer, due: datetime, failing_since: datetime, *, alerted: bool
    ) -> None:
        """A failed timer stays pending, due again at ``due``, one failure more."""
        self._writer.queue(
            write(
                "timers",
                "UPDATE timers SET due = ?, failures = failures + 1, failing_since = ?, alerted = ?"
                " WHERE id = ? AND done = 0",
            ),
            (stamp(due), stamp(failing_since), int(alerted), timer.id),
        )
