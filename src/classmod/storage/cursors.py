"""Cursors (``cursors``): the durable keys and values bridges and the app keep across
restarts (a sync token, the last message seen, a lock's earlier state).
"""

from __future__ import annotations

from classmod.storage.writer import BatchWriter, insert

CURSOR_SET = insert(
    "cursors", ("key", "value"), upsert="ON CONFLICT(key) DO UPDATE SET value = excluded.value"
)


class SqliteCursors:
    """The cursors (``Cursors``) of the SQLite store."""

    def __init__(self, writer: BatchWriter) -> None:
        self._writer = writer

    async def get(self, key: str) -> str | None:
        rows = await self._writer.read("SELECT value FROM cursors WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    async def set(self, key: str, value: str) -> None:
        """Durable on return, together with everything handled before it."""
        self._writer.queue(
            CURSOR_SET,
            (key, value),
        )
        await self._writer.flush()

    def queue(self, key: str, value: str) -> None:
        """``set`` committed with the caller's other writes (no flush of its own)."""
        self._writer.queue(
            CURSOR_SET,
            (key, value),
        )

    async def under(self, prefix: str) -> dict[str, str]:
        """Every cursor whose key starts with ``prefix``, by the rest of its key."""
        rows = await self._writer.read(
            "SELECT key, value FROM cursors WHERE substr(key, 1, ?) = ?", (len(prefix), prefix)
        )
        return {str(r[0])[len(prefix) :]: str(r[1]) for r in rows}
