"""Learned terms (``terms``, see ``classmod.terms``): proposed from a correction, used
once staff confirm them, removable; each step audited.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from classmod.storage.audit import AUDIT_INSERT
from classmod.storage.records import stamp
from classmod.storage.writer import BatchWriter, write
from classmod.terms import LearnedTerm, TermKind, TermState

TERMS_SELECT = (
    "SELECT id, group_id, rule_id, kind, term, state, source_group, source_message,"
    " proposed_by, proposed_at, decided_by, decided_at, posted FROM terms"
)


def term_from_row(r: Sequence[Any]) -> LearnedTerm:
    """A row of ``TERMS_SELECT`` as a LearnedTerm."""
    return LearnedTerm(
        id=int(r[0]),
        group_id=r[1],
        rule_id=r[2],
        kind=TermKind(r[3]),
        term=r[4],
        state=TermState(r[5]),
        source_group=r[6],
        source_message=r[7],
        proposed_by=r[8],
        proposed_at=datetime.fromisoformat(r[9]),
        decided_by=r[10],
        decided_at=datetime.fromisoformat(r[11]) if r[11] else None,
        posted=r[12],
    )


def stored_terms(conn: sqlite3.Connection) -> list[LearnedTerm]:
    """Every term of a store opened by someone else (``classmod labels terms``, simulate
    --config), oldest first; [] for a store older than the terms (schema version < 6)."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version < 6:
        return []
    return [term_from_row(r) for r in conn.execute(f"{TERMS_SELECT} ORDER BY id")]


class SqliteTerms:
    """The learned terms (``Terms``) of the SQLite store."""

    def __init__(self, writer: BatchWriter) -> None:
        self._writer = writer
        self._next_term_id = 1

    async def load(self) -> None:
        """Take up the open store's term ids where they stopped."""
        async with self._writer.db.execute("SELECT COALESCE(MAX(id), 0) FROM terms") as cur:
            row = await cur.fetchone()
        self._next_term_id = int(row[0]) + 1 if row else 1

    def propose(
        self,
        *,
        rule_id: str,
        kind: str,
        term: str,
        source_group: str,
        source_message: str,
        source_text: str,
        by: str,
        now: datetime,
    ) -> int:
        """A proposed term (not used until confirmed), audited; its id."""
        term_id = self._next_term_id
        self._next_term_id += 1
        self._writer.queue(
            write(
                "terms",
                "INSERT INTO terms(id, group_id, rule_id, kind, term, state, source_group,"
                " source_message, source_text, proposed_by, proposed_at)"
                " VALUES (?, ?, ?, ?, ?, 'proposed', ?, ?, ?, ?, ?)",
            ),
            (
                term_id,
                source_group,
                rule_id,
                kind,
                term,
                source_group,
                source_message,
                source_text,
                by,
                stamp(now),
            ),
        )
        self._audit(
            source_group,
            source_message,
            rule_id,
            f"proposed {kind} {term}",
            now,
            {"term": term_id, "kind": kind, "by": by},
        )
        return term_id

    def note_posted(self, term_id: int, posted: str) -> None:
        """The platform id of the proposal's post: staff confirm by replying to it."""
        self._writer.queue(
            write("terms", "UPDATE terms SET posted = ? WHERE id = ?"), (posted, term_id)
        )

    async def decide(
        self,
        term_id: int,
        state: str,
        by: str,
        now: datetime,
        *,
        term: str = "",
        group_id: str | None = None,
    ) -> None:
        """A term confirmed (``active``: with the term staff chose and its scope, a group or
        '' for the school), declined or removed; audited."""
        old = await self.get(term_id)
        if old is None:
            return
        new_term = term or old.term
        scope = old.group_id if group_id is None else group_id
        self._writer.queue(
            write(
                "terms",
                "UPDATE terms SET state = ?, term = ?, group_id = ?, decided_by = ?, decided_at = ?"
                " WHERE id = ?",
            ),
            (state, new_term, scope, by, stamp(now), term_id),
        )
        self._audit(
            old.source_group,
            old.source_message,
            old.rule_id,
            f"{state} {old.kind} {new_term}" + (" (school)" if scope == "" else ""),
            now,
            {"term": term_id, "kind": str(old.kind), "by": by, "scope": scope or "school"},
        )
        await self._writer.flush()

    def _audit(
        self,
        group_id: str,
        event_id: str,
        rule_id: str,
        summary: str,
        now: datetime,
        detail: dict[str, Any],
    ) -> None:
        self._writer.queue(
            AUDIT_INSERT,
            (
                stamp(now),
                group_id,
                None,
                event_id,
                "term",
                rule_id,
                None,
                summary[:500],
                json.dumps(detail, ensure_ascii=False),
                None,
            ),
        )

    async def get(self, term_id: int) -> LearnedTerm | None:
        rows = await self._writer.read(f"{TERMS_SELECT} WHERE id = ?", (term_id,))
        return term_from_row(tuple(rows[0])) if rows else None

    async def posted_as(self, posted: str) -> LearnedTerm | None:
        """The proposal whose management-room post is ``posted``."""
        if not posted:
            return None
        rows = await self._writer.read(
            f"{TERMS_SELECT} WHERE posted = ? ORDER BY id DESC LIMIT 1", (posted,)
        )
        return term_from_row(tuple(rows[0])) if rows else None

    async def source_text(self, term_id: int) -> str:
        """The corrected message's text, while it is kept ('' once blanked)."""
        rows = await self._writer.read("SELECT source_text FROM terms WHERE id = ?", (term_id,))
        return str(rows[0][0] or "") if rows else ""

    async def in_states(self, states: Iterable[str] = ("active",)) -> list[LearnedTerm]:
        """The terms in these states, oldest first."""
        wanted = tuple(states)
        marks = ", ".join("?" * len(wanted))
        rows = await self._writer.read(
            f"{TERMS_SELECT} WHERE state IN ({marks}) ORDER BY id", wanted
        )
        return [term_from_row(tuple(r)) for r in rows]
