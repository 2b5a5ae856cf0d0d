"""Labelled examples (``examples``): 误判, 这是广告, imported labels; one a message, the
latest label wins, the text blanked after the retention period like the audit's evidence.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from classmod.labels import Example
from classmod.storage.audit import AUDIT_INSERT
from classmod.storage.records import stamp
from classmod.storage.writer import BatchWriter, insert

EXAMPLES_SELECT = (
    "SELECT group_id, message_id, ts, text, expect, category, rule_id, source, by_id,"
    " labelled_at FROM examples"
)

EXAMPLES_ORDER = "ORDER BY ts, group_id, message_id"


def example_from_row(r: Sequence[Any]) -> Example:
    """A row of ``EXAMPLES_SELECT`` as an Example (a blanked text is '')."""
    return Example(
        group_id=r[0],
        message_id=r[1],
        ts=datetime.fromisoformat(r[2]),
        text=r[3] or "",
        expect=tuple(json.loads(r[4])),
        category=r[5],
        rule_id=r[6],
        source=r[7],
        by=r[8],
        labelled_at=datetime.fromisoformat(r[9]),
    )


def stored_examples(conn: sqlite3.Connection) -> list[Example]:
    """The examples of a store opened by someone else (``classmod labels export``, read-only
    beside a running bot); [] for a store older than the examples (schema version < 5)."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version < 5:
        return []
    return [example_from_row(r) for r in conn.execute(f"{EXAMPLES_SELECT} {EXAMPLES_ORDER}")]


class SqliteExamples:
    """The labelled examples (``Examples``) of the SQLite store."""

    def __init__(self, writer: BatchWriter) -> None:
        self._writer = writer

    def queue(self, example: Example, now: datetime, *, audit: bool = True) -> None:
        """Keep a labelled example (it replaces an earlier label of the same message), and
        say so in the audit log (kind ``label``) unless it was imported."""
        self._writer.queue(
            insert(
                "examples",
                (
                    "group_id",
                    "message_id",
                    "ts",
                    "text",
                    "expect",
                    "category",
                    "rule_id",
                    "source",
                    "by_id",
                    "labelled_at",
                ),
                verb="INSERT OR REPLACE",
            ),
            (
                example.group_id,
                example.message_id,
                stamp(example.ts),
                example.text,
                json.dumps(list(example.expect), ensure_ascii=False),
                example.category,
                example.rule_id,
                example.source,
                example.by,
                stamp(example.labelled_at or now),
            ),
        )
        if not audit:
            return
        what = ",".join(example.expect) or "clean"
        self._writer.queue(
            AUDIT_INSERT,
            (
                stamp(now),
                example.group_id,
                None,
                example.message_id,
                "label",
                example.rule_id or None,
                example.category or None,
                f"labelled {what} ({example.source}) by {example.by}"[:500],
                json.dumps(
                    {"expect": list(example.expect), "source": example.source, "by": example.by},
                    ensure_ascii=False,
                ),
                None,  # the text is the example's, blanked with it
            ),
        )

    async def add(self, example: Example, now: datetime) -> None:
        self.queue(example, now)
        await self._writer.flush()

    async def import_all(self, examples: Iterable[Example], now: datetime) -> int:
        """Imported examples, in one commit; one audit row says how many. Returns the count."""
        count = 0
        for example in examples:
            self.queue(example, now, audit=False)
            count += 1
        self._writer.queue(
            AUDIT_INSERT,
            (
                stamp(now),
                "",
                None,
                None,
                "label",
                None,
                None,
                f"imported {count} labels",
                "{}",
                None,
            ),
        )
        await self._writer.flush()
        return count

    async def stored(self, group_id: str | None = None) -> list[Example]:
        """The stored examples (of one group, or all), oldest message first."""
        where, params = ("WHERE group_id = ?", (group_id,)) if group_id else ("", ())
        rows = await self._writer.read(f"{EXAMPLES_SELECT} {where} {EXAMPLES_ORDER}", params)
        return [example_from_row(tuple(r)) for r in rows]
