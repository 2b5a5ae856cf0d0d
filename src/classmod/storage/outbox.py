"""The outbox (``outbox``): decided actions not yet carried out, committed with their
evidence and replayed after a restart.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from classmod.model import Action, ActionKind
from classmod.storage.records import Intent, stamp
from classmod.storage.writer import BatchWriter, insert, write


def action_record(action: Action) -> str:
    """Every field of an action as JSON (``Action.to_json`` is the audit's summary)."""
    record: dict[str, Any] = {"kind": str(action.kind), "group": action.group_id}
    for key, value in (
        ("member", action.member_id),
        ("message", action.message_id),
        ("text", action.text),
        ("rule", action.rule_id),
        ("reason", action.reason),
    ):
        if value:
            record[key] = value
    if action.duration is not None:
        record["duration_s"] = action.duration.total_seconds()
    if action.downgraded_from is not None:
        record["downgraded_from"] = str(action.downgraded_from)
    if action.data:
        record["data"] = [list(pair) for pair in action.data]
    return json.dumps(record, ensure_ascii=False)


def action_from_record(text: str) -> Action:
    record = json.loads(text)
    duration = record.get("duration_s")
    downgraded = record.get("downgraded_from")
    return Action(
        kind=ActionKind(record["kind"]),
        group_id=record["group"],
        member_id=record.get("member", ""),
        message_id=record.get("message", ""),
        duration=timedelta(seconds=duration) if duration is not None else None,
        text=record.get("text", ""),
        rule_id=record.get("rule", ""),
        reason=record.get("reason", ""),
        downgraded_from=ActionKind(downgraded) if downgraded else None,
        data=tuple((str(k), str(v)) for k, v in record.get("data", ())),
    )


class SqliteOutbox:
    """The outbox (``Outbox``) of the SQLite store."""

    def __init__(self, writer: BatchWriter) -> None:
        self._writer = writer
        self._next_intent_id = 1

    async def load(self) -> None:
        """Take up the open store's intent ids where they stopped."""
        async with self._writer.db.execute("SELECT COALESCE(MAX(id), 0) FROM outbox") as cur:
            row = await cur.fetchone()
        self._next_intent_id = int(row[0]) + 1 if row else 1

    def queue(self, event_id: str, actions: Sequence[Action], now: datetime) -> tuple[int, ...]:
        """Queue decided actions, to be committed with their evidence; their ids, in order.

        The ids are ours to give (one store owns the file), so the inserts can be queued
        with the decision and commit in its transaction."""
        first = self._next_intent_id
        self._next_intent_id += len(actions)
        at = stamp(now)
        self._writer.queue_many(
            insert("outbox", ("id", "ts", "group_id", "event_id", "action")),
            [
                (first + i, at, action.group_id, event_id, action_record(action))
                for i, action in enumerate(actions)
            ],
        )
        return tuple(range(first, first + len(actions)))

    def finish(self, intent_id: int) -> None:
        """The action was carried out or finally failed (its outcome is queued with this)."""
        self._writer.queue(write("outbox", "DELETE FROM outbox WHERE id = ?"), (intent_id,))

    async def pending(self) -> list[Intent]:
        rows = await self._writer.read("SELECT id, ts, event_id, action FROM outbox ORDER BY id")
        return [
            Intent(
                id=int(r[0]),
                decided_at=datetime.fromisoformat(r[1]),
                event_id=r[2],
                action=action_from_record(r[3]),
            )
            for r in rows
        ]
