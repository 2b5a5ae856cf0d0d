"""Appeals: what a member's appeal is about (the last punishment, the rule behind it), the
alert already raised about it, and the appeal made or answered, in the audit log.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from classmod.storage.alerts import ALERT_COLUMNS, alert_from_row
from classmod.storage.audit import AUDIT_INSERT
from classmod.storage.records import Alert, stamp
from classmod.storage.writer import BatchWriter


class SqliteAppeals:
    """The appeals (``Appeals``) of the SQLite store."""

    def __init__(self, writer: BatchWriter) -> None:
        self._writer = writer

    async def last_punishment(
        self, member_id: str, group_ids: Sequence[str], since: datetime
    ) -> tuple[str, str, str, datetime] | None:
        """(group, event, rule, when) of the last applied warning, mute, deletion or
        removal of a member in any of ``group_ids`` since ``since``: what an appeal is about."""
        if not group_ids:
            return None
        marks = ", ".join("?" for _ in group_ids)
        rows = await self._writer.read(
            "SELECT group_id, event_id, rule_id, ts FROM audit WHERE member_id = ?"
            " AND kind = 'action' AND summary = 'ok'"
            " AND category IN ('warn', 'mute', 'kick', 'ban', 'delete')"
            f" AND ts >= ? AND group_id IN ({marks}) ORDER BY id DESC LIMIT 1",
            (member_id, stamp(since), *group_ids),
        )
        if not rows:
            return None
        r = rows[0]
        return (r[0], r[1] or "", r[2] or "", datetime.fromisoformat(r[3]))

    async def appeal_of(self, group_id: str, event_id: str, rule_id: str) -> Alert | None:
        """The appeal alert (``rule_id``) already raised about an event, if any."""
        rows = await self._writer.read(
            f"SELECT {ALERT_COLUMNS} FROM alerts WHERE rule_id = ? AND group_id = ?"
            " AND event_id = ? ORDER BY id DESC LIMIT 1",
            (rule_id, group_id, event_id),
        )
        return alert_from_row(rows[0]) if rows else None

    async def event_rule(self, group_id: str, event_id: str) -> str:
        """The rule an event was punished for (its first sanction), else the first that
        judged it; '' when none is stored."""
        rows = await self._writer.read(
            "SELECT rule_id FROM audit WHERE group_id = ? AND event_id = ? AND rule_id != ''"
            " AND (kind = 'verdict' OR (kind = 'action'"
            " AND category IN ('warn', 'mute', 'kick', 'ban', 'delete')))"
            " ORDER BY kind = 'verdict', id LIMIT 1",
            (group_id, event_id),
        )
        return str(rows[0][0] or "") if rows else ""

    def record(
        self,
        group_id: str,
        member_id: str,
        event_id: str,
        summary: str,
        detail: dict[str, Any],
        now: datetime,
    ) -> None:
        """An appeal made or answered, in the audit log (the event is the punished one)."""
        self._writer.queue(
            AUDIT_INSERT,
            (
                stamp(now),
                group_id,
                member_id,
                event_id,
                "appeal",
                detail.get("rule"),
                None,
                summary[:500],
                json.dumps(detail, ensure_ascii=False),
                None,
            ),
        )
