"""Strikes and offence counts (``strikes``, ``offences``): the policy's state, read back
at start-up.
"""

from __future__ import annotations

from datetime import datetime

from classmod.storage.records import stamp
from classmod.storage.writer import BatchWriter, insert, write

OFFENCE_COUNTED = insert(
    "offences",
    ("group_id", "member_id", "rule_id", "count"),
    upsert="ON CONFLICT(group_id, member_id, rule_id) DO UPDATE SET count = count + 1",
)


class SqliteStrikes:
    """The strikes and offence counts (``Strikes``) of the SQLite store."""

    def __init__(self, writer: BatchWriter) -> None:
        self._writer = writer

    async def add(
        self, group_id: str, member_id: str, ts: datetime, weight: int, rule_id: str
    ) -> None:
        self.queue(group_id, member_id, ts, weight, rule_id)

    def queue(
        self,
        group_id: str,
        member_id: str,
        ts: datetime,
        weight: int,
        rule_id: str,
        *,
        event_id: str = "",
    ) -> None:
        self._writer.queue(
            insert("strikes", ("group_id", "member_id", "ts", "weight", "rule_id", "event_id")),
            (group_id, member_id, stamp(ts), weight, rule_id, event_id),
        )

    async def remove_event(
        self, group_id: str, member_id: str, event_id: str
    ) -> list[tuple[datetime, int]]:
        """Take back the strikes one event added (误判); the (time, weight) of each."""
        if not event_id:
            return []
        rows = await self._writer.read(
            "SELECT ts, weight FROM strikes WHERE group_id = ? AND member_id = ? AND event_id = ?",
            (group_id, member_id, event_id),
        )
        await self._writer.write_now(
            "DELETE FROM strikes WHERE group_id = ? AND member_id = ? AND event_id = ?",
            (group_id, member_id, event_id),
        )
        return [(datetime.fromisoformat(r[0]), int(r[1])) for r in rows]

    async def reset(self, group_id: str, member_id: str) -> None:
        self._writer.queue(
            write("strikes", "DELETE FROM strikes WHERE group_id = ? AND member_id = ?"),
            (group_id, member_id),
        )

    async def load(self, since: datetime) -> list[tuple[str, str, datetime, int]]:
        rows = await self._writer.read(
            "SELECT group_id, member_id, ts, weight FROM strikes WHERE ts >= ?", (stamp(since),)
        )
        return [(r[0], r[1], datetime.fromisoformat(r[2]), int(r[3])) for r in rows]

    async def load_offences(self) -> list[tuple[str, str, str, int]]:
        rows = await self._writer.read("SELECT group_id, member_id, rule_id, count FROM offences")
        return [(r[0], r[1], r[2], int(r[3])) for r in rows]

    def queue_offence(self, group_id: str, member_id: str, rule_id: str) -> None:
        """One offence more against ``rule_id`` (a verdict of some severity)."""
        self._writer.queue(OFFENCE_COUNTED, (group_id, member_id, rule_id, 1))
