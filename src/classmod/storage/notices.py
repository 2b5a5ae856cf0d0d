"""Notices and their acknowledgements (``notices``, ``acks``, P04)."""

from __future__ import annotations

from datetime import datetime

from classmod.context import Notice
from classmod.storage.records import stamp
from classmod.storage.writer import BatchWriter, insert


class SqliteNotices:
    """The notices and acks (``Notices``) of the SQLite store."""

    def __init__(self, writer: BatchWriter) -> None:
        self._writer = writer

    async def add(self, notice: Notice) -> None:
        self._writer.queue(
            insert(
                "notices",
                ("message_id", "group_id", "sender_id", "ts", "asks_reply", "deadline"),
                verb="INSERT OR REPLACE",
            ),
            (
                notice.message_id,
                notice.group_id,
                notice.sender_id,
                stamp(notice.ts),
                int(notice.asks_reply),
                stamp(notice.deadline) if notice.deadline else None,
            ),
        )

    def queue_ack(
        self, group_id: str, notice_id: str, member_id: str, ts: datetime, via: str
    ) -> None:
        self._writer.queue(
            insert(
                "acks", ("group_id", "notice_id", "member_id", "ts", "via"), verb="INSERT OR IGNORE"
            ),
            (group_id, notice_id, member_id, stamp(ts), via),
        )

    async def load(self, since: datetime) -> list[Notice]:
        rows = await self._writer.read(
            "SELECT message_id, group_id, sender_id, ts, asks_reply, deadline FROM notices"
            " WHERE ts >= ? ORDER BY ts",
            (stamp(since),),
        )
        return [
            Notice(
                message_id=r[0],
                group_id=r[1],
                sender_id=r[2],
                ts=datetime.fromisoformat(r[3]),
                asks_reply=bool(r[4]),
                deadline=datetime.fromisoformat(r[5]) if r[5] else None,
            )
            for r in rows
        ]

    async def load_acks(self) -> list[tuple[str, str, str]]:
        rows = await self._writer.read("SELECT group_id, notice_id, member_id FROM acks")
        return [(r[0], r[1], r[2]) for r in rows]
