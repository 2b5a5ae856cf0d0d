"""The audit log (``audit``): verdicts, notes, actions and their outcomes, commands,
corrections, and the queries over it (``/undo``, 误判, the digest).

The evidence (the message text) is queued with the verdicts, which the app flushes before it
applies an action; the retention period blanks it.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from classmod.model import Action, ActionKind, Decision, Message, Outcome
from classmod.storage.protocol import Strikes
from classmod.storage.records import stamp
from classmod.storage.writer import BatchWriter, insert

AUDIT_COLUMNS = (
    "ts", "group_id", "member_id", "event_id", "kind", "rule_id", "category", "summary",
    "detail", "message_text",
)  # fmt: skip

AUDIT_INSERT = insert("audit", AUDIT_COLUMNS)


class SqliteAudit:
    """The audit log (``Audit``) of the SQLite store."""

    def __init__(self, writer: BatchWriter, strikes: Strikes) -> None:
        self._writer = writer
        self._strikes = strikes

    async def record_decision(
        self, decision: Decision, message: Message | None, now: datetime, strikes_added: int
    ) -> None:
        self.queue_decision(decision, message, now, strikes_added)

    def queue_decision(
        self, decision: Decision, message: Message | None, now: datetime, strikes_added: int
    ) -> None:
        """Queue verdicts, notes and strikes; the caller flushes before applying anything."""
        text = message.text if message is not None else None
        at = stamp(now)
        rows: list[tuple[Any, ...]] = []
        for v in decision.verdicts:
            detail = json.dumps(
                {"evidence": v.evidence, "severity": int(v.severity)}, ensure_ascii=False
            )
            rows.append(
                (
                    at,
                    decision.group_id,
                    decision.member_id,
                    decision.event_id,
                    "verdict",
                    v.rule_id,
                    v.label,
                    v.reason,
                    detail,
                    text,
                )
            )
        for note in decision.notes:
            rows.append(
                (
                    at,
                    decision.group_id,
                    decision.member_id,
                    decision.event_id,
                    "note",
                    None,
                    None,
                    note,
                    "{}",
                    None,
                )
            )
        self._writer.queue_many(AUDIT_INSERT, rows)
        if strikes_added:
            rule = decision.verdicts[0].rule_id if decision.verdicts else "manual"
            self._strikes.queue(
                decision.group_id,
                decision.member_id,
                now,
                strikes_added,
                rule,
                event_id=decision.event_id,
            )
        for v in decision.verdicts:
            if v.severity > 0:
                self._strikes.queue_offence(decision.group_id, decision.member_id, v.rule_id)

    async def record_outcome(self, outcome: Outcome, event_id: str, now: datetime) -> None:
        a = outcome.action
        detail = a.to_json() | {"ok": outcome.ok, "detail": outcome.detail}
        self._writer.queue(
            AUDIT_INSERT,
            (
                stamp(now),
                a.group_id,
                a.member_id,
                event_id,
                "action",
                a.rule_id,
                str(a.kind),
                ("ok" if outcome.ok else "failed: " + outcome.detail)[:500],
                json.dumps(detail, ensure_ascii=False),
                None,
            ),
        )

    async def record_command(
        self, group_id: str, member_id: str, event_id: str, summary: str, now: datetime
    ) -> None:
        self._writer.queue(
            AUDIT_INSERT,
            (
                stamp(now),
                group_id,
                member_id,
                event_id,
                "command",
                None,
                None,
                summary[:500],
                "{}",
                None,
            ),
        )

    async def record_correction(
        self,
        group_id: str,
        member_id: str,
        event_id: str,
        summary: str,
        detail: dict[str, Any],
        text: str | None,
        now: datetime,
    ) -> None:
        """Staff said the bot was wrong (误判): kept with the message text, which the
        retention period blanks like any evidence."""
        self._writer.queue(
            AUDIT_INSERT,
            (
                stamp(now),
                group_id,
                member_id,
                event_id,
                "correction",
                detail.get("rule"),
                None,
                summary[:500],
                json.dumps(detail, ensure_ascii=False),
                text,
            ),
        )

    def record_not_done(self, action: Action, event_id: str, why: str, now: datetime) -> None:
        """An action the bot decided but cannot carry out, left to staff by hand (a QQ join
        block OneBot v11 cannot lift): audited as not done by the bot, with why."""
        detail = action.to_json() | {"ok": False, "by_hand": True, "detail": why}
        self._writer.queue(
            AUDIT_INSERT,
            (
                stamp(now),
                action.group_id,
                action.member_id,
                event_id,
                "action",
                action.rule_id,
                str(action.kind),
                f"not done by the bot: {why}"[:500],
                json.dumps(detail, ensure_ascii=False),
                None,
            ),
        )

    async def tail(self, group_id: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
        sql = "SELECT ts, group_id, member_id, kind, rule_id, category, summary FROM audit"
        args: tuple[Any, ...] = ()
        if group_id is not None:
            sql += " WHERE group_id = ?"
            args = (group_id,)
        sql += " ORDER BY id DESC LIMIT ?"
        rows = [dict(r) for r in await self._writer.read(sql, (*args, limit))]
        return rows[::-1]

    async def last_action(self, group_id: str, member_id: str) -> dict[str, Any] | None:
        """The bot's last punitive action on a member (for /undo)."""
        rows = await self._writer.read(
            "SELECT detail FROM audit WHERE group_id = ? AND member_id = ? AND kind = 'action'"
            " AND category IN ('warn', 'mute', 'kick', 'ban', 'lock') AND summary = 'ok'"
            " ORDER BY id DESC LIMIT 1",
            (group_id, member_id),
        )
        return json.loads(rows[0]["detail"]) if rows else None

    async def event_evidence(self, group_id: str, event_id: str) -> str | None:
        """The stored text of the message an event judged, while it is kept."""
        rows = await self._writer.read(
            "SELECT message_text FROM audit WHERE group_id = ? AND event_id = ?"
            " AND kind = 'verdict' AND message_text IS NOT NULL ORDER BY id LIMIT 1",
            (group_id, event_id),
        )
        return str(rows[0][0]) if rows else None

    async def event_actions(self, group_id: str, event_id: str) -> list[Action]:
        """The actions an event led to that were applied (``ok``), in order."""
        rows = await self._writer.read(
            "SELECT detail FROM audit WHERE group_id = ? AND event_id = ? AND kind = 'action'"
            " AND summary = 'ok' ORDER BY id",
            (group_id, event_id),
        )
        actions = []
        for r in rows:
            record = json.loads(r[0])
            duration = record.get("duration_s")
            actions.append(
                Action(
                    kind=ActionKind(record["kind"]),
                    group_id=group_id,
                    member_id=record.get("member", ""),
                    duration=timedelta(seconds=duration) if duration is not None else None,
                    rule_id=record.get("rule", ""),
                )
            )
        return actions

    async def event_rule_evidence(self, group_id: str, event_id: str, rule_id: str) -> str:
        """What a rule matched in an event's message (its verdict's evidence), or ''."""
        rows = await self._writer.read(
            "SELECT detail FROM audit WHERE group_id = ? AND event_id = ? AND kind = 'verdict'"
            " AND rule_id = ? ORDER BY id LIMIT 1",
            (group_id, event_id, rule_id),
        )
        if not rows:
            return ""
        return str(json.loads(rows[0][0] or "{}").get("evidence", ""))

    async def event_labels(self, group_id: str, event_id: str) -> list[tuple[str, str]]:
        """(rule, category with any sub-rule) of the verdicts the rules gave an event."""
        rows = await self._writer.read(
            "SELECT rule_id, category FROM audit WHERE group_id = ? AND event_id = ?"
            " AND kind = 'verdict' AND category IS NOT NULL ORDER BY id",
            (group_id, event_id),
        )
        return [(str(r[0] or ""), str(r[1])) for r in rows]

    async def rule_counts(
        self, since: datetime, until: datetime
    ) -> list[tuple[str, str, str, int]]:
        """(group, rule, category, events judged) between ``since`` and ``until``."""
        rows = await self._writer.read(
            "SELECT group_id, rule_id, MIN(category), COUNT(DISTINCT event_id) FROM audit"
            " WHERE kind = 'verdict' AND ts >= ? AND ts < ? GROUP BY group_id, rule_id",
            (stamp(since), stamp(until)),
        )
        return [(r[0], r[1] or "", r[2] or "", int(r[3])) for r in rows]
