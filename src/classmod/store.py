"""The SQLite store: audit log, strikes, timed sanctions, ledger, notices, cursors.

One long-lived aiosqlite connection in WAL mode; migrations keyed by ``PRAGMA user_version``.
The evidence of every action (the message text) is written before the action is applied;
stored message text is blanked after the retention period (the people here are minors'
families).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiosqlite
import structlog

from classmod.context import Notice
from classmod.model import Action, Decision, Message, Outcome

log = structlog.get_logger("classmod.store")

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


AUDIT_INSERT = (
    "INSERT INTO audit(ts, group_id, member_id, event_id, kind, rule_id, category, summary,"
    " detail, message_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


# parameters per statement when rows are merged into one INSERT (SQLite's oldest limit)
MAX_PARAMETERS = 999
_TABLE = re.compile(r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM)\s+(\w+)", re.I)
_VALUES = re.compile(r"\sVALUES\s*(\([^()]*\))", re.I)


def _statements(batch: list[tuple[str, Any, bool]]) -> Iterator[tuple[str, Sequence[Any]]]:
    """The queued writes as few statements as possible, with the same effect.

    Writes to different tables commute (no triggers, no foreign keys), so the batch is
    ordered by table, keeping each table's own order; then runs of the same INSERT become
    one multi-row INSERT. Few statements matter more than few rows: every statement is a
    trip to the database thread, and under load each of those waits for the GIL.
    """
    ordered = sorted(batch, key=lambda item: _table(item[0]))
    index = 0
    while index < len(ordered):
        sql, params, many = ordered[index]
        rows: list[Sequence[Any]] = list(params) if many else [params]
        index += 1
        while index < len(ordered) and ordered[index][0] == sql:
            _, more, more_many = ordered[index]
            rows.extend(more if more_many else [more])
            index += 1
        values = _VALUES.search(sql)
        if len(rows) == 1 or values is None:
            for row in rows:
                yield sql, row
            continue
        head, group, tail = sql[: values.start(1)], values.group(1), sql[values.end(1) :]
        per = max(1, MAX_PARAMETERS // max(1, len(rows[0])))
        for start in range(0, len(rows), per):
            chunk = rows[start : start + per]
            yield (
                head + ", ".join([group] * len(chunk)) + tail,
                [value for row in chunk for value in row],
            )


@functools.cache
def _table(sql: str) -> str:
    match = _TABLE.match(sql)
    return match.group(1).lower() if match else ""


def _retrieve(future: asyncio.Future[None]) -> None:
    # a failed batch nobody waited for is already logged; don't warn about it again
    if not future.cancelled():
        future.exception()


def stamp(moment: datetime) -> str:
    """Every stored time is UTC ISO-8601, so stored times compare and sort as strings."""
    return moment.astimezone(UTC).isoformat()


@dataclass(frozen=True, slots=True, kw_only=True)
class Timer:
    id: int
    group_id: str
    member_id: str
    kind: str
    due: datetime
    payload: dict[str, Any]


# aiosqlite runs every call as a function on its connection thread (``_execute``) and
# keeps the sqlite3 connection as ``_conn``: both private, unchanged since 0.17. Where a
# release lacks them the store falls back to one public call per statement.
ONE_TRIP = all(hasattr(aiosqlite.Connection, name) for name in ("_execute", "_conn"))


def _commit_in_thread(
    db: aiosqlite.Connection, statements: list[tuple[str, Sequence[Any]]]
) -> None:
    conn = db._conn
    try:
        for sql, params in statements:
            conn.execute(sql, params)
        conn.commit()
    except BaseException:
        conn.rollback()  # the batch is lost as a whole, never half-applied
        raise


class Store:
    """Owns the one aiosqlite connection. Use ``async with Store(path) as store``.

    Writes are queued in memory and committed together (group commit): a background flush
    starts as soon as something is queued, and everything queued while one commit runs goes
    into the next, so a burst of events shares transactions and trips to the database
    thread instead of paying a trip per statement. Every read flushes first, so a reader
    sees everything written before it. Callers ``await flush()`` where durability must come
    before what they do next: before an action is applied (the evidence and the processed
    mark), when a bridge cursor moves (``set_cursor``), at close.

    Processed event ids of the replay window are kept in memory too, so the per-event
    replay check costs no database trip.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        commit_delay: float = 0.01,
        checkpoint_interval: float = 1.0,
    ) -> None:
        self.path = str(path)
        self.commit_delay = commit_delay
        self.checkpoint_interval = checkpoint_interval
        self.one_trip = ONE_TRIP
        self._db: aiosqlite.Connection | None = None
        self._pending: list[tuple[str, Any, bool]] = []
        self._db_lock = asyncio.Lock()  # a batch's statements and commit go together
        self._committer: asyncio.Task[None] | None = None
        self._urgent = asyncio.Event()  # someone waits: commit without gathering more
        self._next: asyncio.Future[None] | None = None  # resolves with the next batch
        self._current: asyncio.Future[None] | None = None  # the batch being committed
        self._next_alert_id = 1
        self._processed: dict[str, datetime] = {}
        self._processed_window: timedelta | None = None
        self.commits = 0
        # WAL checkpoints run on a second connection (its own thread), off the commit path
        self._checkpointer: asyncio.Task[None] | None = None
        self._checkpoint_db: aiosqlite.Connection | None = None
        self._checkpointed_at = 0  # self.commits when the last checkpoint started
        self.checkpoints = 0

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
        if self.path != ":memory:":
            # SQLite's automatic checkpoint runs inside the commit that crosses 1,000 WAL
            # pages and fsyncs the database there: a commit that usually takes 0.2 ms then
            # takes hundreds, and every action waiting on it with it. The store checkpoints
            # from its own connection instead (``_checkpoint``); SQLite checkpoints at close.
            await self._db.execute("PRAGMA wal_autocheckpoint=0")
        await self._migrate()
        async with self._db.execute("SELECT event_id, ts FROM processed") as cur:
            self._processed = {r[0]: datetime.fromisoformat(r[1]) for r in await cur.fetchall()}
        async with self._db.execute("SELECT COALESCE(MAX(id), 0) FROM alerts") as cur:
            row = await cur.fetchone()
        self._next_alert_id = int(row[0]) + 1 if row else 1

    async def close(self) -> None:
        if self._db is not None:
            try:
                await self.flush()
                if self._committer is not None:
                    await self._committer
            finally:
                if self._checkpointer is not None:
                    self._checkpointer.cancel()  # mostly asleep; close checkpoints anyway
                    await asyncio.gather(self._checkpointer, return_exceptions=True)
                if self._checkpoint_db is not None:
                    await self._checkpoint_db.close()
                    self._checkpoint_db = None
                await self._db.close()  # the last connection out checkpoints the WAL
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

    # -- group commit ---------------------------------------------------------------------

    def _write(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._pending.append((sql, params, False))
        self._wake()

    def _write_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            self._pending.append((sql, rows, True))
            self._wake()

    def _wake(self) -> None:
        if self._committer is None or self._committer.done():
            self._committer = asyncio.get_running_loop().create_task(self._commit_loop())

    async def _commit_loop(self) -> None:
        """The one committer: takes everything queued, commits it, resolves its waiters."""
        loop = asyncio.get_running_loop()
        while self._pending and self._db is not None:
            if not self._urgent.is_set():
                # nobody waits: let a burst's writes gather, since a trip to the database
                # thread costs more than any statement
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self.commit_delay):
                        await self._urgent.wait()
            self._urgent.clear()
            current = self._next or loop.create_future()
            current.add_done_callback(_retrieve)
            self._next, self._current = None, current
            batch, self._pending = self._pending, []
            try:
                async with self._db_lock:
                    await self._commit(batch)
            except Exception as exc:
                log.error("store_commit_failed", writes=len(batch), error=repr(exc))
                current.set_exception(exc)
            else:
                current.set_result(None)
                self._maybe_checkpoint(loop)

    def _maybe_checkpoint(self, loop: asyncio.AbstractEventLoop) -> None:
        if self.path == ":memory:" or self.commits == self._checkpointed_at:
            return
        if self._checkpointer is not None and not self._checkpointer.done():
            return
        self._checkpointed_at = self.commits
        self._checkpointer = loop.create_task(self._checkpoint(self.checkpoint_interval))

    async def _checkpoint(self, delay: float = 0.0) -> None:
        """Copy the WAL into the database from a second connection, at most once a
        ``checkpoint_interval``. PASSIVE never blocks the writer: commits go on appending
        to the WAL meanwhile, and the next commit after a complete checkpoint restarts it."""
        try:
            if delay:
                await asyncio.sleep(delay)
            if self._db is None:
                return
            if self._checkpoint_db is None:
                self._checkpoint_db = await aiosqlite.connect(self.path)
            async with self._checkpoint_db.execute("PRAGMA wal_checkpoint(PASSIVE)") as cur:
                row = await cur.fetchone()
            self.checkpoints += 1
            if row is not None:
                log.debug("store_checkpoint", wal_pages=row[1], checkpointed=row[2])
        except Exception as exc:  # the WAL just grows until the next try or the close
            log.warning("store_checkpoint_failed", error=repr(exc))

    async def _commit(self, batch: list[tuple[str, Any, bool]]) -> None:
        db = self.db
        statements = list(_statements(batch))
        if self.one_trip:
            # the whole batch in one trip to aiosqlite's thread: every trip is a hand-over of
            # the GIL, which costs milliseconds when the event loop is busy
            await db._execute(_commit_in_thread, db, statements)  # type: ignore[no-untyped-call]
            self.commits += 1
            return
        try:
            for sql, params in statements:
                await db.execute(sql, params)
            await db.commit()
            self.commits += 1
        except BaseException:
            # the batch is lost as a whole, never half-applied
            with contextlib.suppress(Exception):
                await db.rollback()
            raise

    @property
    def pending_writes(self) -> int:
        return len(self._pending)

    async def flush(self) -> None:
        """Return once everything queued before the call is committed (or raise its error).

        Callers share commits: all who flush while one batch is being committed wait for
        the next batch together, however many they are.
        """
        if self._pending:
            if self._next is None:
                self._next = asyncio.get_running_loop().create_future()
            waiting = self._next
            self._urgent.set()
            self._wake()
        elif self._current is not None and not self._current.done():
            waiting = self._current
        else:
            return
        await asyncio.shield(waiting)

    async def _read(self, sql: str, params: Sequence[Any] = ()) -> list[aiosqlite.Row]:
        await self.flush()
        async with self.db.execute(sql, params) as cur:
            return list(await cur.fetchall())

    async def _write_now(self, sql: str, params: Sequence[Any] = ()) -> aiosqlite.Cursor:
        """One statement committed at once, for callers that need its row count."""
        await self.flush()
        async with self._db_lock:
            cur = await self.db.execute(sql, params)
            await self.db.commit()
            self.commits += 1
            return cur

    # -- events ---------------------------------------------------------------------------

    def was_processed(self, event_id: str) -> bool:
        """Whether the event was handled already (a replay). No database trip."""
        return event_id in self._processed

    async def mark_processed(self, event_id: str, ts: datetime) -> None:
        self.note_processed(event_id, ts)

    # The ``note_``/``queue_`` writers queue without awaiting, for the app's decision path,
    # which runs to the end without yielding to the loop; their async twins are the API.

    def note_processed(self, event_id: str, ts: datetime) -> None:
        if event_id in self._processed:
            return
        self._processed[event_id] = ts
        self._write(
            "INSERT OR IGNORE INTO processed(event_id, ts) VALUES (?, ?)", (event_id, stamp(ts))
        )
        if self._processed_window is not None:
            self._forget_processed(ts - self._processed_window)

    async def keep_processed(self, window: timedelta, now: datetime) -> int:
        """Remember processed ids for ``window`` only (a replay comes from a bridge cursor a
        few batches old, never days); older ids are dropped from memory and disk."""
        self._processed_window = window
        self._forget_processed(now - window)
        cur = await self._write_now("DELETE FROM processed WHERE ts < ?", (stamp(now - window),))
        return cur.rowcount

    def _forget_processed(self, before: datetime) -> None:
        # ids are kept in arrival order, so the old ones are at the front
        while self._processed:
            oldest = next(iter(self._processed))
            if self._processed[oldest] >= before:
                return
            del self._processed[oldest]

    # -- audit ----------------------------------------------------------------------------

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
        self._write_many(AUDIT_INSERT, rows)
        if strikes_added:
            rule = decision.verdicts[0].rule_id if decision.verdicts else "manual"
            self.queue_strike(decision.group_id, decision.member_id, now, strikes_added, rule)
        for v in decision.verdicts:
            if v.severity > 0:
                self._write(
                    "INSERT INTO offences(group_id, member_id, rule_id, count) VALUES (?, ?, ?, 1)"
                    " ON CONFLICT(group_id, member_id, rule_id) DO UPDATE SET count = count + 1",
                    (decision.group_id, decision.member_id, v.rule_id),
                )

    async def record_outcome(self, outcome: Outcome, event_id: str, now: datetime) -> None:
        a = outcome.action
        detail = a.to_json() | {"ok": outcome.ok, "detail": outcome.detail}
        self._write(
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
        self._write(
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

    async def audit_tail(
        self, group_id: str | None = None, limit: int = 20
    ) -> list[dict[str, Any]]:
        sql = "SELECT ts, group_id, member_id, kind, rule_id, category, summary FROM audit"
        args: tuple[Any, ...] = ()
        if group_id is not None:
            sql += " WHERE group_id = ?"
            args = (group_id,)
        sql += " ORDER BY id DESC LIMIT ?"
        rows = [dict(r) for r in await self._read(sql, (*args, limit))]
        return rows[::-1]

    async def last_action(self, group_id: str, member_id: str) -> dict[str, Any] | None:
        """The bot's last punitive action on a member (for /undo)."""
        rows = await self._read(
            "SELECT detail FROM audit WHERE group_id = ? AND member_id = ? AND kind = 'action'"
            " AND category IN ('warn', 'mute', 'kick', 'ban', 'lock') AND summary = 'ok'"
            " ORDER BY id DESC LIMIT 1",
            (group_id, member_id),
        )
        return json.loads(rows[0]["detail"]) if rows else None

    async def purge_message_text(self, now: datetime, retention: timedelta) -> int:
        cur = await self._write_now(
            "UPDATE audit SET message_text = NULL WHERE message_text IS NOT NULL AND ts < ?",
            (stamp(now - retention),),
        )
        return cur.rowcount

    # -- strikes --------------------------------------------------------------------------

    async def add_strike(
        self, group_id: str, member_id: str, ts: datetime, weight: int, rule_id: str
    ) -> None:
        self.queue_strike(group_id, member_id, ts, weight, rule_id)

    def queue_strike(
        self, group_id: str, member_id: str, ts: datetime, weight: int, rule_id: str
    ) -> None:
        self._write(
            "INSERT INTO strikes(group_id, member_id, ts, weight, rule_id) VALUES (?, ?, ?, ?, ?)",
            (group_id, member_id, stamp(ts), weight, rule_id),
        )

    async def reset_strikes(self, group_id: str, member_id: str) -> None:
        self._write(
            "DELETE FROM strikes WHERE group_id = ? AND member_id = ?", (group_id, member_id)
        )

    async def load_strikes(self, since: datetime) -> list[tuple[str, str, datetime, int]]:
        rows = await self._read(
            "SELECT group_id, member_id, ts, weight FROM strikes WHERE ts >= ?", (stamp(since),)
        )
        return [(r[0], r[1], datetime.fromisoformat(r[2]), int(r[3])) for r in rows]

    async def load_offences(self) -> list[tuple[str, str, str, int]]:
        rows = await self._read("SELECT group_id, member_id, rule_id, count FROM offences")
        return [(r[0], r[1], r[2], int(r[3])) for r in rows]

    # -- timers ---------------------------------------------------------------------------

    async def add_timer(
        self,
        group_id: str,
        member_id: str,
        kind: str,
        due: datetime,
        payload: dict[str, Any] | None = None,
    ) -> None:
        # a new timer of the same kind for the same member replaces the old one (re-mute)
        await self.cancel_timers(group_id, member_id, kind)
        self._write(
            "INSERT INTO timers(group_id, member_id, kind, due, payload) VALUES (?, ?, ?, ?, ?)",
            (group_id, member_id, kind, stamp(due), json.dumps(payload or {}, ensure_ascii=False)),
        )

    async def cancel_timers(self, group_id: str, member_id: str, kind: str) -> None:
        self._write(
            "UPDATE timers SET done = 1"
            " WHERE group_id = ? AND member_id = ? AND kind = ? AND done = 0",
            (group_id, member_id, kind),
        )

    async def pending_timers(self) -> list[Timer]:
        rows = await self._read(
            "SELECT id, group_id, member_id, kind, due, payload FROM timers"
            " WHERE done = 0 ORDER BY due"
        )
        return [
            Timer(
                id=r[0],
                group_id=r[1],
                member_id=r[2],
                kind=r[3],
                due=datetime.fromisoformat(r[4]),
                payload=json.loads(r[5]),
            )
            for r in rows
        ]

    async def finish_timer(self, timer_id: int) -> None:
        self._write("UPDATE timers SET done = 1 WHERE id = ?", (timer_id,))

    # -- ledger (P02) ---------------------------------------------------------------------

    async def add_ledger(self, action: Action, now: datetime) -> None:
        self._write(
            "INSERT INTO ledger(ts, group_id, member_id, rule_id, entry, detail)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                stamp(now),
                action.group_id,
                action.member_id,
                action.rule_id,
                action.text,
                json.dumps(dict(action.data), ensure_ascii=False),
            ),
        )

    async def ledger(self) -> list[dict[str, Any]]:
        rows = await self._read(
            "SELECT ts, group_id, member_id, rule_id, entry, detail FROM ledger ORDER BY id"
        )
        return [dict(r) for r in rows]

    # -- notices (P04) --------------------------------------------------------------------

    async def add_notice(self, notice: Notice) -> None:
        self._write(
            "INSERT OR REPLACE INTO notices(message_id, group_id, sender_id, ts, asks_reply,"
            " deadline) VALUES (?, ?, ?, ?, ?, ?)",
            (
                notice.message_id,
                notice.group_id,
                notice.sender_id,
                stamp(notice.ts),
                int(notice.asks_reply),
                stamp(notice.deadline) if notice.deadline else None,
            ),
        )

    async def add_ack(
        self, group_id: str, notice_id: str, member_id: str, ts: datetime, via: str
    ) -> None:
        self.queue_ack(group_id, notice_id, member_id, ts, via)

    def queue_ack(
        self, group_id: str, notice_id: str, member_id: str, ts: datetime, via: str
    ) -> None:
        self._write(
            "INSERT OR IGNORE INTO acks(group_id, notice_id, member_id, ts, via)"
            " VALUES (?, ?, ?, ?, ?)",
            (group_id, notice_id, member_id, stamp(ts), via),
        )

    async def load_notices(self, since: datetime) -> list[Notice]:
        rows = await self._read(
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
        rows = await self._read("SELECT group_id, notice_id, member_id FROM acks")
        return [(r[0], r[1], r[2]) for r in rows]

    # -- alerts (P03) ---------------------------------------------------------------------

    async def add_alert(self, group_id: str, member_id: str, text: str, now: datetime) -> int:
        # the id is ours to give (one store owns the file), so the insert can be queued
        alert_id = self._next_alert_id
        self._next_alert_id += 1
        self._write(
            "INSERT INTO alerts(id, ts, group_id, member_id, text) VALUES (?, ?, ?, ?, ?)",
            (alert_id, stamp(now), group_id, member_id, text),
        )
        return alert_id

    async def handle_alerts(self, group_id: str, member_id: str | None = None) -> int:
        sql = "UPDATE alerts SET handled = 1 WHERE handled = 0 AND group_id = ?"
        args: Sequence[Any] = (group_id,)
        if member_id:
            sql += " AND member_id = ?"
            args = (group_id, member_id)
        cur = await self._write_now(sql, args)
        return cur.rowcount

    async def alert_handled(self, alert_id: int) -> bool:
        rows = await self._read("SELECT handled FROM alerts WHERE id = ?", (alert_id,))
        return bool(rows and rows[0][0])

    async def mark_escalated(self, alert_id: int) -> None:
        self._write("UPDATE alerts SET escalated = 1 WHERE id = ?", (alert_id,))

    # -- cursors (bridges) ----------------------------------------------------------------

    async def get_cursor(self, key: str) -> str | None:
        rows = await self._read("SELECT value FROM cursors WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    async def set_cursor(self, key: str, value: str) -> None:
        """Durable on return, together with everything handled before it."""
        self._write(
            "INSERT INTO cursors(key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
        await self.flush()

    async def counts(
        self, tables: Iterable[str] = ("audit", "strikes", "timers", "processed")
    ) -> dict[str, int]:
        out = {}
        for t in tables:
            rows = await self._read(f"SELECT COUNT(*) FROM {t}")
            out[t] = int(rows[0][0]) if rows else 0
        return out
