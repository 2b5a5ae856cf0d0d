"""Which events were handled already (the replay check): the ``processed`` marks.

The marks of the replay window are kept in memory too, so the per-event check costs no
database trip; ``keep`` drops the older ones from memory and disk.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from classmod.storage.records import EventKey, stamp
from classmod.storage.writer import BatchWriter, insert


class SqliteProcessed:
    """The processed marks (``Processed``) of the SQLite store."""

    def __init__(self, writer: BatchWriter) -> None:
        self._writer = writer
        self._processed: dict[EventKey, datetime] = {}
        self._unscoped = False  # marks from before the scoped key are still in the window
        self._processed_window: timedelta | None = None

    async def load(self) -> None:
        """Read the marks of the open store into memory."""
        async with self._writer.db.execute(
            "SELECT platform, group_id, event_id, ts FROM processed ORDER BY ts"
        ) as cur:
            self._processed = {
                (r[0], r[1], r[2]): datetime.fromisoformat(r[3]) for r in await cur.fetchall()
            }
        self._unscoped = any(not platform for platform, _, _ in self._processed)

    def seen(self, key: EventKey) -> bool:
        """Whether the event (platform, group, event id) was handled already (a replay).
        No database trip."""
        if key in self._processed:
            return True
        return self._unscoped and ("", "", key[2]) in self._processed

    async def mark(self, key: EventKey, ts: datetime) -> None:
        self.note(key, ts)

    def note(self, key: EventKey, ts: datetime) -> None:
        if key in self._processed:
            return
        self._processed[key] = ts
        self._writer.queue(
            insert(
                "processed", ("platform", "group_id", "event_id", "ts"), verb="INSERT OR IGNORE"
            ),
            (*key, stamp(ts)),
        )
        if self._processed_window is not None:
            self._forget(ts - self._processed_window)

    async def keep(self, window: timedelta, now: datetime) -> int:
        """Remember processed ids for ``window`` only (a replay comes from a bridge cursor a
        few batches old, never days); older ids are dropped from memory and disk."""
        self._processed_window = window
        self._forget(now - window)
        return await self._writer.write_now(
            "DELETE FROM processed WHERE ts < ?", (stamp(now - window),)
        )

    def _forget(self, before: datetime) -> None:
        # ids are kept in arrival order, so the old ones are at the front
        while self._processed:
            oldest = next(iter(self._processed))
            if self._processed[oldest] >= before:
                return
            del self._processed[oldest]
