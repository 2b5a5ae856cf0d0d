"""Plugins' storage in the SQLite store (``plugin_kv``, ``plugin_schema``, the plugins'
own tables): what ``classmod.pluginstore.PluginStorage`` runs on.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from typing import Any

from classmod.pluginstore import PluginStorageError, StorageSpec
from classmod.storage.writer import BatchWriter, write

#: The table a plugin's INSERT, UPDATE or DELETE names (checked against the plugin's own).
_PLUGIN_TARGET = re.compile(
    r"\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|REPLACE\s+INTO)\s+(\w+)",
    re.I,
)


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _split_script(script: str) -> list[str]:
    """A migration script's statements (``sqlite3.complete_statement`` decides where one
    ends, so a ``;`` inside a string or a trigger body does not split it)."""
    statements: list[str] = []
    current = ""
    for piece in script.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \t\r\n;"):
                statements.append(current.strip())
            current = ""
    if current.strip(" \t\r\n;"):
        statements.append(current.strip())
    return statements


class SqlitePluginData:
    """The plugins' storage (``PluginData``) of the SQLite store."""

    def __init__(self, writer: BatchWriter) -> None:
        self._writer = writer

    async def migrate(self, spec: StorageSpec) -> int:
        """Run the plugin's migrations the store has not run yet, each in one transaction;
        returns how many ran. A migration that fails, or creates a table that is not the
        plugin's (``spec.owns_table``), is rolled back and raises PluginStorageError."""
        await self._writer.flush()
        conn = self._writer.conn
        row = conn.execute(
            "SELECT version FROM plugin_schema WHERE plugin = ?", (spec.name,)
        ).fetchone()
        done = int(row[0]) if row else 0
        if done > len(spec.migrations):
            raise PluginStorageError(
                f"plugin storage {spec.name!r}: the store ran {done} of its migrations, this"
                f" version of the plugin has {len(spec.migrations)}: install the newer plugin"
            )
        for number, script in enumerate(spec.migrations[done:], start=done + 1):
            before = _tables(conn)
            try:
                conn.execute("BEGIN")
                for statement in _split_script(script):
                    conn.execute(statement)
                foreign = sorted(t for t in _tables(conn) - before if not spec.owns_table(t))
                if foreign:
                    raise PluginStorageError(
                        f"creates {', '.join(foreign)}: a plugin's tables are named"
                        f" {spec.name} or {spec.name}_<name>"
                    )
                conn.execute(
                    "INSERT OR REPLACE INTO plugin_schema(plugin, version) VALUES (?, ?)",
                    (spec.name, number),
                )
                conn.execute("COMMIT")
            except (sqlite3.Error, PluginStorageError) as exc:
                conn.execute("ROLLBACK")
                raise PluginStorageError(
                    f"plugin storage {spec.name!r}, migration {number}: {exc}"
                ) from exc
        return len(spec.migrations) - done

    def write(
        self, sql: str, params: Sequence[Any] = (), *, owner: StorageSpec | None = None
    ) -> None:
        """Queue a plugin's write: with ``owner``, only to one of that plugin's tables; without,
        to the plugins' key-value table."""
        if owner is None:
            self._writer.queue(write("plugin_kv", sql), params)
            return
        target = _PLUGIN_TARGET.match(sql)
        if target is None or not owner.owns_table(target.group(1).lower()):
            raise PluginStorageError(
                f"plugin storage {owner.name!r}: writes only to its own tables"
                f" ({owner.name} or {owner.name}_<name>), not: {sql[:60]}"
            )
        self._writer.queue(write(target.group(1).lower(), sql), params)

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """A plugin's query, after committing what is queued (reads see committed rows)."""
        if self._writer.pending_writes:
            await self._writer.flush()
        async with self._writer.db.execute(sql, tuple(params)) as cur:
            return [tuple(r) for r in await cur.fetchall()]
