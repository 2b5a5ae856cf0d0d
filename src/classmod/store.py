"""The SQLite store: audit log, strikes, timed sanctions, ledger, notices, cursors.

One long-lived aiosqlite connection in WAL mode; migrations keyed by ``PRAGMA user_version``.
The evidence of every action (the message text) is written before the action is applied;
stored message text is blanked after the retention period (the people here are minors'
families).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import aiosqlite

from classmod.context import Notice
from classmod.model import Action, Decision, Message, Outcome

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        group_id TEXT NOT NULL,
        member_id TEXT,
        event_id TEXT,
        kind TEXT NOT NULL,          -- verdict | action | outcome | note | command
        rule_id TEXT,
        category TEXT,
        summary TEXT,
        detail TEXT,                 -- JSON
        message_text TEXT            -- evidence; blanked after the retention period
    );
    CREATE INDEX audit_member ON audit(group_id, member_id, id);
    CREATE INDEX audit_ts ON audit(ts);
    CREATE TABLE strikes (
        group_id TEXT NOT NULL,
        member_id TEXT NOT NULL,
        ts TEXT NOT NULL,
        weight INTEGER NOT NULL,
        rule_id TEXT
    );
    CREATE INDEX strikes_member ON strikes(group_id, member_id);
    CREATE TABLE offences (
        group_id TEXT NOT NULL,
        member_id TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (group_id, member_id, rule_id)
    );
    CREATE TABLE timers (
        id INTEGER PRIMARY KEY,
        group_id TEXT NOT NULL,
        member_id TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,          -- unmute | unlock | notice_deadline | alert_escalation
        due TEXT NOT NULL,
        payload TEXT NOT NULL DEFAULT '{}',
        done INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX timers_due ON timers(done, due);
    CREATE TABLE ledger (
        id INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        group_id TEXT NOT NULL,
        member_id TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        entry TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE processed (
        event_id TEXT PRIMARY KEY,
        ts TEXT NOT NULL
    );
    CREATE TABLE cursors (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE notices (
        message_id TEXT PRIMARY KEY,
        group_id TEXT NOT NULL,
        sender_id TEXT NOT NULL,
        ts TEXT NOT NULL,
        asks_reply INTEGER NOT NULL,
        deadline TEXT
    );
    CREATE TABLE acks (
        group_id TEXT NOT NULL,
        notice_id TEXT NOT NULL,
        member_id TEXT NOT NULL,
        ts TEXT NOT NULL,
        via TEXT NOT NULL,
        PRIMARY KEY (notice_id, member_id)
    );
    CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        group_id TEXT NOT NULL,
        member_id TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        handled INTEGER NOT NULL DEFAULT 0,
        escalated INTEGER NOT NULL DEFAULT 0
    );
    """,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Timer:
    id: int
    group_id: str
    member_id: str
    kind: str
    due: datetime
    payload: dict[str, Any]


class Store:
    """Owns the one aiosqlite connection. Use ``async with Store(path) as store``."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._db: aiosqlite.Connection | None = None

    async def __aenter__(self) -> Store:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def open(self) -> None:
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._db = await aiosqlite.connect(self.path)
        self._db.row_factory = aiosqlite.Row
        await self._db.execute("PRAGMA journal_mode=WAL")
        await self._db.execute("PRAGMA synchronous=NORMAL")
        await self._migrate()

    async def close(self) -> None:
        if self._db is not None:
            await self._db.close()
            self._db = None

    @property
    def db(self) -> aiosqlite.Connection:
        if self._db is None:
            raise RuntimeError("store is not open")
        return self._db

    async def _migrate(self) -> None:
        async with self.db.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        version = int(row[0]) if row else 0
        for index, script in enumerate(MIGRATIONS[version:], start=version + 1):
            await self.db.executescript(script)
            await self.db.execute(f"PRAGMA user_version = {index}")
        await self.db.commit()

    async def schema_version(self) -> int:
        async with self.db.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    # -- events ---------------------------------------------------------------------------

    async def seen(self, event_id: str) -> bool:
        async with self.db.execute(
            "SELECT 1 FROM processed WHERE event_id = ?", (event_id,)
        ) as cur:
            return await cur.fetchone() is not None

    async def mark_processed(self, event_id: str, ts: datetime) -> None:
        await self.db.execute(
            "INSERT OR IGNORE INTO processed(event_id, ts) VALUES (?, ?)",
            (event_id, ts.isoformat()),
        )
        await self.db.commit()

    # -- audit ----------------------------------------------------------------------------

    async def record_decision(
        self, decision: Decision, message: Message | None, now: datetime, strikes_added: int
    ) -> None:
        """Write verdicts, planned actions and strikes before anything is applied."""
        text = message.text if message is not None else None
        rows: list[tuple[Any, ...]] = []
        for v in decision.verdicts:
            rows.append(
                (
                    now.isoformat(),
                    decision.group_id,
                    decision.member_id,
                    decision.event_id,
                    "verdict",
                    v.rule_id,
                    v.label,
                    v.reason,
                    json.dumps(
                        {"evidence": v.evidence, "severity": int(v.severity)}, ensure_ascii=False
                    ),
                    text,
                )
            )
        for note in decision.notes:
            rows.append(
                (
                    now.isoformat(),
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
        await self.db.executemany(
            "INSERT INTO audit(ts, group_id, member_id, event_id, kind, rule_id, category, summary, detail, message_text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        if strikes_added:
            rule = decision.verdicts[0].rule_id if decision.verdicts else "manual"
            await self.db.execute(
                "INSERT INTO strikes(group_id, member_id, ts, weight, rule_id) VALUES (?, ?, ?, ?, ?)",
                (decision.group_id, decision.member_id, now.isoformat(), strikes_added, rule),
            )
        for v in decision.verdicts:
            if v.severity > 0:
                await self.db.execute(
                    "INSERT INTO offences(group_id, member_id, rule_id, count) VALUES (?, ?, ?, 1)"
                    " ON CONFLICT(group_id, member_id, rule_id) DO UPDATE SET count = count + 1",
                    (decision.group_id, decision.member_id, v.rule_id),
                )
        await self.db.commit()

    async def record_outcome(self, outcome: Outcome, event_id: str, now: datetime) -> None:
        a = outcome.action
        detail = a.to_json() | {"ok": outcome.ok, "detail": outcome.detail}
        await self.db.execute(
            "INSERT INTO audit(ts, group_id, member_id, event_id, kind, rule_id, category, summary, detail)"
            " VALUES (?, ?, ?, ?, 'action', ?, ?, ?, ?)",
            (
                now.isoformat(),
                a.group_id,
                a.member_id,
                event_id,
                a.rule_id,
                str(a.kind),
                ("ok" if outcome.ok else "failed: " + outcome.detail)[:500],
                json.dumps(detail, ensure_ascii=False),
            ),
        )
        await self.db.commit()

    async def record_command(
        self, group_id: str, member_id: str, event_id: str, summary: str, now: datetime
    ) -> None:
        await self.db.execute(
            "INSERT INTO audit(ts, group_id, member_id, event_id, kind, summary, detail)"
            " VALUES (?, ?, ?, ?, 'command', ?, '{}')",
            (now.isoformat(), group_id, member_id, event_id, summary[:500]),
        )
        await self.db.commit()

    async def audit_tail(
        self, group_id: str | None = None, limit: int = 20
    ) -> list[dict[str, Any]]:
        sql = "SELECT ts, group_id, member_id, kind, rule_id, category, summary FROM audit"
        args: tuple[Any, ...] = ()
        if group_id is not None:
            sql += " WHERE group_id = ?"
            args = (group_id,)
        sql += " ORDER BY id DESC LIMIT ?"
        async with self.db.execute(sql, (*args, limit)) as cur:
            rows = [dict(r) for r in await cur.fetchall()]
        return rows[::-1]

    async def last_action(self, group_id: str, member_id: str) -> dict[str, Any] | None:
        """The bot's last punitive action on a member (for /undo)."""
        async with self.db.execute(
            "SELECT detail FROM audit WHERE group_id = ? AND member_id = ? AND kind = 'action'"
            " AND category IN ('warn', 'mute', 'kick', 'ban', 'lock') AND summary = 'ok'"
            " ORDER BY id DESC LIMIT 1",
            (group_id, member_id),
        ) as cur:
            row = await cur.fetchone()
        return json.loads(row["detail"]) if row else None

    async def purge_message_text(self, now: datetime, retention: timedelta) -> int:
        cutoff = (now - retention).isoformat()
        cur = await self.db.execute(
            "UPDATE audit SET message_text = NULL WHERE message_text IS NOT NULL AND ts < ?",
            (cutoff,),
        )
        await self.db.commit()
        return cur.rowcount

    # -- strikes --------------------------------------------------------------------------

    async def add_strike(
        self, group_id: str, member_id: str, ts: datetime, weight: int, rule_id: str
    ) -> None:
        await self.db.execute(
            "INSERT INTO strikes(group_id, member_id, ts, weight, rule_id) VALUES (?, ?, ?, ?, ?)",
            (group_id, member_id, ts.isoformat(), weight, rule_id),
        )
        await self.db.commit()

    async def reset_strikes(self, group_id: str, member_id: str) -> None:
        await self.db.execute(
            "DELETE FROM strikes WHERE group_id = ? AND member_id = ?", (group_id, member_id)
        )
        await self.db.commit()

    async def load_strikes(self, since: datetime) -> list[tuple[str, str, datetime, int]]:
        async with self.db.execute(
            "SELECT group_id, member_id, ts, weight FROM strikes WHERE ts >= ?",
            (since.isoformat(),),
        ) as cur:
            return [
                (r[0], r[1], datetime.fromisoformat(r[2]), int(r[3])) for r in await cur.fetchall()
            ]

    async def load_offences(self) -> list[tuple[str, str, str, int]]:
        async with self.db.execute(
            "SELECT group_id, member_id, rule_id, count FROM offences"
        ) as cur:
            return [(r[0], r[1], r[2], int(r[3])) for r in await cur.fetchall()]

    # -- timers ---------------------------------------------------------------------------

    async def add_timer(
        self,
        group_id: str,
        member_id: str,
        kind: str,
        due: datetime,
        payload: dict[str, Any] | None = None,
    ) -> int:
        # a new timer of the same kind for the same member replaces the old one (re-mute)
        await self.db.execute(
            "UPDATE timers SET done = 1 WHERE group_id = ? AND member_id = ? AND kind = ? AND done = 0",
            (group_id, member_id, kind),
        )
        cur = await self.db.execute(
            "INSERT INTO timers(group_id, member_id, kind, due, payload) VALUES (?, ?, ?, ?, ?)",
            (
                group_id,
                member_id,
                kind,
                due.isoformat(),
                json.dumps(payload or {}, ensure_ascii=False),
            ),
        )
        await self.db.commit()
        return int(cur.lastrowid or 0)

    async def cancel_timers(self, group_id: str, member_id: str, kind: str) -> None:
        await self.db.execute(
            "UPDATE timers SET done = 1 WHERE group_id = ? AND member_id = ? AND kind = ? AND done = 0",
            (group_id, member_id, kind),
        )
        await self.db.commit()

    async def pending_timers(self) -> list[Timer]:
        async with self.db.execute(
            "SELECT id, group_id, member_id, kind, due, payload FROM timers WHERE done = 0 ORDER BY due"
        ) as cur:
            return [
                Timer(
                    id=r[0],
                    group_id=r[1],
                    member_id=r[2],
                    kind=r[3],
                    due=datetime.fromisoformat(r[4]),
                    payload=json.loads(r[5]),
                )
                for r in await cur.fetchall()
            ]

    async def finish_timer(self, timer_id: int) -> None:
        await self.db.execute("UPDATE timers SET done = 1 WHERE id = ?", (timer_id,))
        await self.db.commit()

    # -- ledger (P02) ---------------------------------------------------------------------

    async def add_ledger(self, action: Action, now: datetime) -> None:
        await self.db.execute(
            "INSERT INTO ledger(ts, group_id, member_id, rule_id, entry, detail) VALUES (?, ?, ?, ?, ?, ?)",
            (
                now.isoformat(),
                action.group_id,
                action.member_id,
                action.rule_id,
                action.text,
                json.dumps(dict(action.data), ensure_ascii=False),
            ),
        )
        await self.db.commit()

    async def ledger(self) -> list[dict[str, Any]]:
        async with self.db.execute(
            "SELECT ts, group_id, member_id, rule_id, entry, detail FROM ledger ORDER BY id"
        ) as cur:
            return [dict(r) for r in await cur.fetchall()]

    # -- notices (P04) --------------------------------------------------------------------

    async def add_notice(self, notice: Notice) -> None:
        await self.db.execute(
            "INSERT OR REPLACE INTO notices(message_id, group_id, sender_id, ts, asks_reply, deadline)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                notice.message_id,
                notice.group_id,
                notice.sender_id,
                notice.ts.isoformat(),
                int(notice.asks_reply),
                notice.deadline.isoformat() if notice.deadline else None,
            ),
        )
        await self.db.commit()

    async def add_ack(
        self, group_id: str, notice_id: str, member_id: str, ts: datetime, via: str
    ) -> None:
        await self.db.execute(
            "INSERT OR IGNORE INTO acks(group_id, notice_id, member_id, ts, via) VALUES (?, ?, ?, ?, ?)",
            (group_id, notice_id, member_id, ts.isoformat(), via),
        )
        await self.db.commit()

    async def load_notices(self, since: datetime) -> list[Notice]:
        async with self.db.execute(
            "SELECT message_id, group_id, sender_id, ts, asks_reply, deadline FROM notices WHERE ts >= ? ORDER BY ts",
            (since.isoformat(),),
        ) as cur:
            return [
                Notice(
                    message_id=r[0],
                    group_id=r[1],
                    sender_id=r[2],
                    ts=datetime.fromisoformat(r[3]),
                    asks_reply=bool(r[4]),
                    deadline=datetime.fromisoformat(r[5]) if r[5] else None,
                )
                for r in await cur.fetchall()
            ]

    async def load_acks(self) -> list[tuple[str, str, str]]:
        async with self.db.execute("SELECT group_id, notice_id, member_id FROM acks") as cur:
            return [(r[0], r[1], r[2]) for r in await cur.fetchall()]

    # -- alerts (P03) ---------------------------------------------------------------------

    async def add_alert(self, group_id: str, member_id: str, text: str, now: datetime) -> int:
        cur = await self.db.execute(
            "INSERT INTO alerts(ts, group_id, member_id, text) VALUES (?, ?, ?, ?)",
            (now.isoformat(), group_id, member_id, text),
        )
        await self.db.commit()
        return int(cur.lastrowid or 0)

    async def handle_alerts(self, group_id: str, member_id: str | None = None) -> int:
        sql = "UPDATE alerts SET handled = 1 WHERE handled = 0 AND group_id = ?"
        args: Sequence[Any] = (group_id,)
        if member_id:
            sql += " AND member_id = ?"
            args = (group_id, member_id)
        cur = await self.db.execute(sql, args)
        await self.db.commit()
        return cur.rowcount

    async def alert_handled(self, alert_id: int) -> bool:
        async with self.db.execute("SELECT handled FROM alerts WHERE id = ?", (alert_id,)) as cur:
            row = await cur.fetchone()
        return bool(row and row[0])

    async def mark_escalated(self, alert_id: int) -> None:
        await self.db.execute("UPDATE alerts SET escalated = 1 WHERE id = ?", (alert_id,))
        await self.db.commit()

    # -- cursors (bridges) ----------------------------------------------------------------

    async def get_cursor(self, key: str) -> str | None:
        async with self.db.execute("SELECT value FROM cursors WHERE key = ?", (key,)) as cur:
            row = await cur.fetchone()
        return str(row[0]) if row else None

    async def set_cursor(self, key: str, value: str) -> None:
        await self.db.execute(
            "INSERT INTO cursors(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
        await self.db.commit()

    async def counts(
        self, tables: Iterable[str] = ("audit", "strikes", "timers", "processed")
    ) -> dict[str, int]:
        out = {}
        for t in tables:
            async with self.db.execute(f"SELECT COUNT(*) FROM {t}") as cur:
                row = await cur.fetchone()
            out[t] = int(row[0]) if row else 0
        return out
