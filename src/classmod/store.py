"""The SQLite store: audit log, strikes, timed sanctions, notices, cursors, plugins' storage.

A WAL database: a ``sqlite3`` writer in the event loop's thread, an ``aiosqlite`` reader
(see ``Store``); migrations keyed by ``PRAGMA user_version``.
The evidence of every action (the message text) is written before the action is applied;
stored message text is blanked after the retention period (the people here are minors'
families).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite
import structlog

from classmod.banlist import PolicyRule, RuleKind
from classmod.context import Notice
from classmod.labels import Example
from classmod.model import Action, ActionKind, Decision, Message, Outcome
from classmod.pluginstore import PluginStorageError, StorageSpec
from classmod.terms import LearnedTerm, TermKind, TermState

log = structlog.get_logger("classmod.store")

_T = TypeVar("_T")

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
    # Replay marks are scoped to (platform, group, event id): OneBot message ids are small
    # per-account counters, so two groups (or two platforms) can reuse one. Marks from
    # before this migration have no scope; they are kept under ('', '') and still count as
    # processed for any group until the replay window drops them.
    """
    CREATE TABLE processed_scoped (
        platform TEXT NOT NULL,
        group_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        ts TEXT NOT NULL,
        PRIMARY KEY (platform, group_id, event_id)
    );
    INSERT INTO processed_scoped(platform, group_id, event_id, ts)
        SELECT '', '', event_id, ts FROM processed;
    DROP TABLE processed;
    ALTER TABLE processed_scoped RENAME TO processed;
    """,
    # 3: the outbox (decided actions not yet carried out, committed with their evidence)
    # and what a failing timer needs to be retried and reported
    """
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,      -- the order actions were decided in
        ts TEXT NOT NULL,            -- when they were decided
        group_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        action TEXT NOT NULL         -- JSON, every field of the Action
    );
    ALTER TABLE timers ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE timers ADD COLUMN failing_since TEXT;
    ALTER TABLE timers ADD COLUMN alerted INTEGER NOT NULL DEFAULT 0;
    """,
    # 4: message locators (what a reply-targeted command or a deletion needs, no text), so
    # they survive a restart; an alert knows what it is about and the management-room post
    # staff answer by replying to; a strike knows the event that added it (误判 removes it)
    """
    CREATE TABLE messages (
        group_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        sender_id TEXT NOT NULL,
        display_name TEXT NOT NULL DEFAULT '',
        ts TEXT NOT NULL,
        reply_to TEXT,
        PRIMARY KEY (group_id, message_id)
    );
    CREATE INDEX messages_ts ON messages(ts);
    CREATE INDEX messages_name ON messages(display_name);
    CREATE INDEX messages_sender ON messages(sender_id);
    ALTER TABLE alerts ADD COLUMN event_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE alerts ADD COLUMN message_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE alerts ADD COLUMN rule_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE alerts ADD COLUMN posted TEXT NOT NULL DEFAULT '';
    ALTER TABLE alerts ADD COLUMN answer TEXT NOT NULL DEFAULT '';
    CREATE INDEX alerts_posted ON alerts(posted);
    ALTER TABLE strikes ADD COLUMN event_id TEXT NOT NULL DEFAULT '';
    """,
    # 5: labelled examples (误判, 这是广告, imported): one a message, the latest label wins;
    # the text is blanked after the retention period like the audit's evidence
    """
    CREATE TABLE examples (
        group_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        ts TEXT NOT NULL,            -- when the message was sent
        text TEXT,                   -- NULL once the retention period blanked it
        expect TEXT NOT NULL,        -- JSON list of categories, [] for clean
        category TEXT NOT NULL DEFAULT '',
        rule_id TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL,        -- correction | label | import
        by_id TEXT NOT NULL DEFAULT '',
        labelled_at TEXT NOT NULL,
        PRIMARY KEY (group_id, message_id)
    );
    CREATE INDEX examples_ts ON examples(ts);
    """,
    # 6: learned terms (classmod.terms): proposed from a correction, used once staff
    # confirm them, removable; the corrected message's text is blanked like any evidence
    """
    CREATE TABLE terms (
        id INTEGER PRIMARY KEY,
        group_id TEXT NOT NULL DEFAULT '',   -- '' : the whole school
        rule_id TEXT NOT NULL,
        kind TEXT NOT NULL,                  -- allow | deny
        term TEXT NOT NULL,
        state TEXT NOT NULL,                 -- proposed | active | declined | removed
        source_group TEXT NOT NULL,
        source_message TEXT NOT NULL,
        source_text TEXT,                    -- NULL once the retention period blanked it
        proposed_by TEXT NOT NULL DEFAULT '',
        proposed_at TEXT NOT NULL,
        decided_by TEXT NOT NULL DEFAULT '',
        decided_at TEXT,
        posted TEXT NOT NULL DEFAULT ''      -- the proposal's post in the management room
    );
    CREATE INDEX terms_posted ON terms(posted);
    CREATE INDEX terms_state ON terms(state);
    """,
    # 7: shared ban lists (classmod.banlist): the rules of every list the school writes to
    # or follows, and the bans each rule caused, so removing a rule lifts exactly those
    """
    CREATE TABLE ban_rules (
        id INTEGER PRIMARY KEY,
        list TEXT NOT NULL,          -- the config's name of the list
        kind TEXT NOT NULL,          -- user | room | server
        state_key TEXT NOT NULL,
        entity TEXT NOT NULL DEFAULT '',
        sha256 TEXT NOT NULL DEFAULT '',
        recommendation TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        event_type TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL DEFAULT '',
        removed_at TEXT,
        swept INTEGER NOT NULL DEFAULT 0,      -- applied to the members of every group
        confirmed INTEGER NOT NULL DEFAULT 1,  -- a wildcard rule waits for staff
        written INTEGER NOT NULL DEFAULT 1     -- in its policy room (0: still to write)
    );
    CREATE INDEX ban_rules_key ON ban_rules(list, kind, state_key, removed_at);
    CREATE TABLE ban_targets (
        rule_id INTEGER NOT NULL,
        group_id TEXT NOT NULL,
        member_id TEXT NOT NULL,
        action TEXT NOT NULL,        -- ban | kick | reject_join | alert_staff
        state TEXT NOT NULL,         -- queued | done | failed | lifting | lifted | kept
        ts TEXT NOT NULL,
        PRIMARY KEY (rule_id, group_id, member_id)
    );
    """,
    # 8: ban lists staff follow at run time (/订阅), beside the config's: followed like them
    """
    CREATE TABLE ban_subscriptions (
        name TEXT PRIMARY KEY,       -- the list's name: the room as staff wrote it
        room TEXT NOT NULL,
        mode TEXT NOT NULL,          -- apply | watch
        groups TEXT NOT NULL,        -- JSON: "all" or a list of group ids
        added_by TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL
    );
    """,
    # 9: storage for plugins (classmod.pluginstore): a key-value space per plugin and how
    # many of each plugin's migrations ran. School 3's sanction ledger (P02) was a core
    # table; it moves to its plugin, whose first migration creates it where it is missing,
    # and its decided records still in the outbox become that plugin's RECORD actions
    """
    CREATE TABLE plugin_kv (
        plugin TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,         -- JSON
        updated TEXT NOT NULL,
        PRIMARY KEY (plugin, key)
    );
    CREATE TABLE plugin_schema (
        plugin TEXT PRIMARY KEY,
        version INTEGER NOT NULL     -- how many of the plugin's migrations ran
    );
    ALTER TABLE ledger RENAME TO school3_ledger;
    UPDATE outbox SET action = json_set(action, '$.kind', 'record', '$.data',
        json_insert(COALESCE(json_extract(action, '$.data'), json('[]')), '$[#]',
            json_array('recorder', 'school3_ledger')))
        WHERE json_extract(action, '$.kind') = 'record_sanction';
    """,
)

#: what identifies an event for replay: (platform, group id, the platform's event id)
EventKey = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class Write:
    """A statement the batching writer queues, typed by the table it writes: writes to
    different tables commute (no triggers, no foreign keys), so a batch is ordered by table,
    keeping each table's own order. An ``insert`` of one row (``columns`` set, ``sql`` its
    one-row form) is built from its parts, so a run of them becomes one multi-row INSERT
    built the same way; any other statement (``write``) runs as it is."""

    table: str
    sql: str
    columns: tuple[str, ...] = ()
    verb: str = "INSERT"
    upsert: str = ""  # an ON CONFLICT clause after the VALUES

    def rows_sql(self, rows: int) -> str:
        """This insert's statement for ``rows`` rows."""
        one = "(" + ", ".join("?" * len(self.columns)) + ")"
        values = ", ".join([one] * rows)
        tail = f" {self.upsert}" if self.upsert else ""
        return f"{self.verb} INTO {self.table}({', '.join(self.columns)}) VALUES {values}{tail}"


@functools.cache
def insert(
    table: str, columns: tuple[str, ...], *, verb: str = "INSERT", upsert: str = ""
) -> Write:
    """An INSERT of one row into ``table`` (``verb``: INSERT, INSERT OR REPLACE, INSERT OR
    IGNORE; ``upsert``: an ON CONFLICT clause), mergeable with the same insert's other rows."""
    parts = Write(table=table, sql="", columns=columns, verb=verb, upsert=upsert)
    return replace(parts, sql=parts.rows_sql(1))


def write(table: str, sql: str) -> Write:
    """Any other statement on ``table`` (an UPDATE, a DELETE, an INSERT … SELECT)."""
    return Write(table=table, sql=sql)


AUDIT_COLUMNS = (
    "ts", "group_id", "member_id", "event_id", "kind", "rule_id", "category", "summary",
    "detail", "message_text",
)  # fmt: skip
AUDIT_INSERT = insert("audit", AUDIT_COLUMNS)
OFFENCE_COUNTED = insert(
    "offences",
    ("group_id", "member_id", "rule_id", "count"),
    upsert="ON CONFLICT(group_id, member_id, rule_id) DO UPDATE SET count = count + 1",
)
CURSOR_SET = insert(
    "cursors", ("key", "value"), upsert="ON CONFLICT(key) DO UPDATE SET value = excluded.value"
)
BAN_TARGET_SET = insert(
    "ban_targets",
    ("rule_id", "group_id", "member_id", "action", "state", "ts"),
    upsert="ON CONFLICT(rule_id, group_id, member_id)"
    " DO UPDATE SET action = excluded.action, state = excluded.state, ts = excluded.ts",
)

# parameters per statement when rows are merged into one INSERT (SQLite's oldest limit)
MAX_PARAMETERS = 999


def _statements(batch: list[tuple[Write, Any, bool]]) -> Iterator[tuple[str, Sequence[Any]]]:
    """The queued writes as few statements as possible, with the same effect: ordered by
    table, and runs of the same insert merged into multi-row INSERTs. Few statements matter
    more than few rows: each is a prepare and a step through the sqlite3 module, and the
    commit runs in the event loop."""
    ordered = sorted(batch, key=lambda item: item[0].table)
    index = 0
    while index < len(ordered):
        stmt, params, many = ordered[index]
        rows: list[Sequence[Any]] = list(params) if many else [params]
        index += 1
        while index < len(ordered) and ordered[index][0] == stmt:
            _, more, more_many = ordered[index]
            rows.extend(more if more_many else [more])
            index += 1
        if len(rows) == 1 or not stmt.columns:
            for row in rows:
                yield stmt.sql, row
            continue
        per = max(1, MAX_PARAMETERS // len(stmt.columns))
        for start in range(0, len(rows), per):
            chunk = rows[start : start + per]
            yield stmt.rows_sql(len(chunk)), [value for row in chunk for value in row]


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


def stamp(moment: datetime) -> str:
    """Every stored time is UTC ISO-8601, so stored times compare and sort as strings."""
    if moment.tzinfo is not UTC:  # most are UTC already (the app's clock)
        moment = moment.astimezone(UTC)
    return moment.isoformat()


@dataclass(frozen=True, slots=True, kw_only=True)
class Timer:
    id: int
    group_id: str
    member_id: str
    kind: str
    due: datetime
    payload: dict[str, Any]
    failures: int = 0  # attempts that failed so far (the timer is retried, not dropped)
    failing_since: datetime | None = None  # the first failed attempt's time
    alerted: bool = False  # staff were told it keeps failing


@dataclass(frozen=True, slots=True, kw_only=True)
class Alert:
    """A staff alert and what it is about: the member, the message, the event, the rule."""

    id: int
    ts: datetime
    group_id: str
    member_id: str
    text: str
    event_id: str = ""
    message_id: str = ""
    rule_id: str = ""
    posted: str = ""  # the platform id of its post in the management room
    handled: bool = False
    answer: str = ""  # what staff answered (删除, 误判, ...)


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredRule:
    """A ban-list rule as the store keeps it, with what classmod did about it."""

    id: int
    rule: PolicyRule
    added_at: datetime
    added_by: str = ""
    removed_at: datetime | None = None
    swept: bool = False  # applied to the current members of every group
    confirmed: bool = True  # a wildcard rule is applied only once staff confirm it
    written: bool = True  # in its policy room (a rule classmod writes)


@dataclass(frozen=True, slots=True, kw_only=True)
class BanTarget:
    """What one rule did to one member of one group: ``action`` ban, kick, reject_join or
    alert_staff; ``state`` queued, done, failed, lifting, lifted, lift_failed, kept (the
    platform cannot lift it: left to staff), moved (another live rule still lists the
    member: the ban is that rule's now) or left (its list was unfollowed, the ban kept)."""

    rule_id: int
    group_id: str
    member_id: str
    action: str
    state: str
    ts: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class Subscription:
    """A ban list staff follow at run time (``/订阅``): kept in the store, followed exactly
    like a list of the config. ``groups`` is ``("all",)`` or the config ids it covers."""

    name: str
    room: str
    mode: str  # apply | watch
    groups: tuple[str, ...] = ("all",)
    added_by: str = ""
    added_at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class Intent:
    """A decided action not yet carried out: the outbox row replayed after a restart."""

    id: int
    decided_at: datetime
    event_id: str
    action: Action


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


#: how long one commit attempt waits for a lock held by another connection (the writer
#: runs in the event loop: it must not wait long; the store retries instead)
BUSY_WAIT = 0.02


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    message = str(exc).lower()
    return "locked" in message or "busy" in message


# SQLite's primary result codes for a database that cannot take a write just now (the disk
# is full, an I/O error, the file turned read-only or cannot be opened): the writes are kept
# and tried again, the disk can come back
_UNWRITABLE_CODES = frozenset({8, 10, 13, 14})  # READONLY, IOERR, FULL, CANTOPEN


def _is_unwritable(exc: sqlite3.OperationalError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return (code & 0xFF) in _UNWRITABLE_CODES
    message = str(exc).lower()
    return "disk is full" in message or "disk i/o" in message or "readonly" in message


class StoreUnwritable(sqlite3.OperationalError):
    """The store cannot commit (a full disk, an I/O error, a read-only file). The writes
    stay queued, in order, and are committed when it can again: nothing is dropped."""


def _commit_batch(
    conn: sqlite3.Connection, statements: Iterable[tuple[str, Sequence[Any]]]
) -> None:
    try:
        for sql, params in statements:
            conn.execute(sql, params)
        conn.commit()
    except BaseException:
        conn.rollback()  # the batch is lost as a whole, never half-applied
        raise


class StoreOpenError(Exception):
    """The store cannot be opened at start-up: the path, what is wrong, and the fix."""

    def __init__(self, path: str, reason: str, fix: str) -> None:
        self.path, self.reason, self.fix = path, reason, fix
        super().__init__(f"{path}: {reason}; {fix}")


_SQLITE_HEADER = b"SQLite format 3\x00"


def _why_unopenable(path: Path, exc: BaseException) -> tuple[str, str]:
    """What is wrong with a store path that would not open, and what to do about it."""
    detail = str(exc) or type(exc).__name__
    if path.is_dir():
        return (
            "is a directory, not a database file",
            f"set store.path to a file name, e.g. {path / 'classmod.sqlite'}",
        )
    if path.is_file():
        try:
            with path.open("rb") as fh:
                head = fh.read(len(_SQLITE_HEADER))
        except OSError:
            head = _SQLITE_HEADER
        if head and head != _SQLITE_HEADER:
            return (
                "is not a SQLite database (it was left untouched)",
                "set store.path to the bot's own database, or to a new file",
            )
        return (
            f"cannot be opened for writing ({detail})",
            "make the file and its directory writable by the user classmod runs as"
            " (the database needs its -wal and -shm files beside it)",
        )
    parent = path.parent
    if not parent.is_dir():
        return (
            f"cannot be created: {parent} is not a directory ({detail})",
            "create the directory, or set store.path to a file in a directory that exists",
        )
    return (
        f"cannot be created in {parent} ({detail})",
        f"make {parent} writable by the user classmod runs as, or set store.path to a"
        " writable place",
    )


class Store:
    """The audit store. Use ``async with Store(path) as store``.

    Two connections to one WAL database. Writes are queued in memory and committed by a
    plain ``sqlite3`` connection in the event loop's own thread; reads go through an
    ``aiosqlite`` connection (its own thread), so a long query never holds up the loop.

    Why commits run in the loop: in WAL mode with ``synchronous=NORMAL`` a commit is a few
    ``write()`` calls and no fsync (checkpoints, which do fsync, run on a third connection,
    see ``_checkpoint``), about 0.1-0.3 ms. Run on another thread, the same commit needs the
    GIL back after every statement, and while the loop is busy each hand-over waits up to
    the interpreter's 5 ms switch interval: a commit before an action took tens of ms.

    Group commit: a background commit runs ``commit_delay`` after the first queued write,
    so a burst of events shares one transaction; runs of the same INSERT become one
    multi-row INSERT. Callers ``await flush()`` where durability must come before what they
    do next (before an action is applied: the evidence and the processed mark; when a
    bridge cursor moves; at close): it commits everything queued at once. Every read
    flushes first, so a reader sees everything written before it.

    Processed events of the replay window, keyed by (platform, group, event id), are kept
    in memory too, so the per-event replay check costs no database trip. ``":memory:"``
    gives a private database in a temporary directory, removed at close (the two
    connections must share one file).
    """

    def __init__(
        self,
        path: str | Path,
        *,
        commit_delay: float = 0.01,
        checkpoint_interval: float = 1.0,
        busy_patience: float = 30.0,
    ) -> None:
        self.path = str(path)
        self.commit_delay = commit_delay
        self.checkpoint_interval = checkpoint_interval
        self.busy_patience = busy_patience
        self._file = self.path
        self._scratch: tempfile.TemporaryDirectory[str] | None = None
        self._writer: sqlite3.Connection | None = None
        self._db: aiosqlite.Connection | None = None
        self._pending: list[tuple[Write, Any, bool]] = []
        self._committer: asyncio.Task[None] | None = None
        self._next_alert_id = 1
        self._next_intent_id = 1
        self._next_term_id = 1
        self._processed: dict[EventKey, datetime] = {}
        self._unscoped = False  # marks from before the scoped key are still in the window
        self._processed_window: timedelta | None = None
        self.commits = 0
        #: told the seconds each commit took (the metrics' store commit latency)
        self.on_commit: Callable[[float], None] | None = None
        #: why the last commit could not be made (a full disk), while that lasts; else None
        self.unwritable: str | None = None
        # WAL checkpoints run on a third connection (its own thread), off the commit path
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
        """Open (and create or migrate) the database; a path that cannot be a store (a
        directory, another file, a place this user cannot write) is a ``StoreOpenError``
        naming the path and the fix."""
        try:
            await self._open()
        except (OSError, sqlite3.Error) as exc:
            await self._close_connections()
            if self.path == ":memory:":
                raise
            reason, fix = _why_unopenable(Path(self.path), exc)
            raise StoreOpenError(self.path, reason, fix) from None

    async def _close_connections(self) -> None:
        for conn in (self._checkpoint_db, self._db):
            if conn is not None:
                with contextlib.suppress(Exception):
                    await conn.close()
        self._checkpoint_db = self._db = None
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None

    async def _open(self) -> None:
        if self.path == ":memory:":
            self._scratch = tempfile.TemporaryDirectory(prefix="classmod-store-")
            self._file = str(Path(self._scratch.name) / "store.sqlite")
        else:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            # minors' families' messages: readable by the bot's own user only. SQLite gives
            # the -wal and -shm files the database file's permissions.
            with contextlib.suppress(FileExistsError):
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        # a short busy wait: the writer runs in the loop, and a commit that finds the
        # database locked (someone else writing to it) is kept and retried, not lost
        writer = self._writer = sqlite3.connect(self._file, timeout=BUSY_WAIT)
        writer.execute("PRAGMA journal_mode=WAL")
        writer.execute("PRAGMA synchronous=NORMAL")
        # SQLite's automatic checkpoint runs inside the commit that crosses 1,000 WAL pages
        # and fsyncs there: that commit takes hundreds of ms, and every action waiting on
        # it with it. The store checkpoints from its own connection instead
        # (``_checkpoint``); SQLite checkpoints at close.
        writer.execute("PRAGMA wal_autocheckpoint=0")
        self._migrate(writer)
        self._db = await aiosqlite.connect(self._file)
        self._db.row_factory = aiosqlite.Row
        await self._db.execute("PRAGMA query_only=1")  # one writer: no lock waits in the loop
        async with self._db.execute(
            "SELECT platform, group_id, event_id, ts FROM processed ORDER BY ts"
        ) as cur:
            self._processed = {
                (r[0], r[1], r[2]): datetime.fromisoformat(r[3]) for r in await cur.fetchall()
            }
        self._unscoped = any(not platform for platform, _, _ in self._processed)
        async with self._db.execute("SELECT COALESCE(MAX(id), 0) FROM alerts") as cur:
            row = await cur.fetchone()
        self._next_alert_id = int(row[0]) + 1 if row else 1
        async with self._db.execute("SELECT COALESCE(MAX(id), 0) FROM outbox") as cur:
            row = await cur.fetchone()
        self._next_intent_id = int(row[0]) + 1 if row else 1
        async with self._db.execute("SELECT COALESCE(MAX(id), 0) FROM terms") as cur:
            row = await cur.fetchone()
        self._next_term_id = int(row[0]) + 1 if row else 1

    async def close(self) -> None:
        if self._writer is None:
            return
        try:
            if self._committer is not None:
                self._committer.cancel()
                await asyncio.gather(self._committer, return_exceptions=True)
            await self.flush()
        finally:
            if self._checkpointer is not None:
                self._checkpointer.cancel()  # mostly asleep; the close checkpoints anyway
                await asyncio.gather(self._checkpointer, return_exceptions=True)
            for conn in (self._checkpoint_db, self._db):
                if conn is not None:
                    await conn.close()
            self._checkpoint_db = self._db = None
            self._writer.close()  # the last connection out checkpoints the WAL
            self._writer = None
            if self._scratch is not None:
                self._scratch.cleanup()
                self._scratch = None

    @property
    def db(self) -> aiosqlite.Connection:
        """The read connection (``query_only``): for reports and tests."""
        if self._db is None:
            raise RuntimeError("store is not open")
        return self._db

    @property
    def writer(self) -> sqlite3.Connection:
        if self._writer is None:
            raise RuntimeError("store is not open")
        return self._writer

    @staticmethod
    def _migrate(conn: sqlite3.Connection) -> None:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        for index, script in enumerate(MIGRATIONS[version:], start=version + 1):
            conn.executescript(script)
            conn.execute(f"PRAGMA user_version = {index}")
        conn.commit()

    async def schema_version(self) -> int:
        async with self.db.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    # -- group commit ---------------------------------------------------------------------

    def _write(self, stmt: Write, params: Sequence[Any] = ()) -> None:
        self._pending.append((stmt, params, False))
        self._wake()

    def _write_many(self, stmt: Write, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            self._pending.append((stmt, rows, True))
            self._wake()

    def _wake(self) -> None:
        if self._committer is None or self._committer.done():
            self._committer = asyncio.get_running_loop().create_task(self._commit_later())

    async def _commit_later(self) -> None:
        """The background commit: lets a burst's writes gather, then commits them."""
        delay = self.commit_delay
        while self._pending and self._writer is not None:
            await asyncio.sleep(delay)
            delay = self.commit_delay
            try:
                self._commit_pending()
            except sqlite3.OperationalError as exc:
                # locked by someone else, or the disk is full: the writes wait, kept
                if _is_busy(exc) or isinstance(exc, StoreUnwritable):
                    delay = min(max(delay * 2, 0.05), 2.0)
            except Exception as exc:  # logged and dropped by _commit_pending
                log.debug("store_background_commit_failed", error=repr(exc))

    def _commit_pending(self) -> None:
        """Commit everything queued. A batch that finds the database locked stays queued,
        in order, and the error is raised; any other failure drops the batch whole (it
        could never commit) and is raised."""
        batch, self._pending = self._pending, []
        if not batch:
            return
        started = time.perf_counter()
        try:
            _commit_batch(self.writer, _statements(batch))
        except sqlite3.OperationalError as exc:
            if _is_busy(exc):
                self._pending[:0] = batch
                log.warning("store_busy", writes=len(batch), error=str(exc))
                raise
            if _is_unwritable(exc):
                self._pending[:0] = batch
                if self.unwritable is None:  # once an outage, not at every retry
                    log.error("store_unwritable", writes=len(batch), error=str(exc))
                self.unwritable = str(exc)
                raise StoreUnwritable(str(exc)) from exc
            log.error("store_commit_failed", writes=len(batch), error=repr(exc))
            raise
        except Exception as exc:
            log.error("store_commit_failed", writes=len(batch), error=repr(exc))
            raise
        if self.unwritable is not None:
            log.info("store_writable_again", writes=len(batch), error=self.unwritable)
            self.unwritable = None
        self.commits += 1
        if self.on_commit is not None:
            self.on_commit(time.perf_counter() - started)
        self._maybe_checkpoint()

    def _maybe_checkpoint(self) -> None:
        if self.commits == self._checkpointed_at:
            return
        if self._checkpointer is not None and not self._checkpointer.done():
            return
        self._checkpointed_at = self.commits
        self._checkpointer = asyncio.get_running_loop().create_task(
            self._checkpoint(self.checkpoint_interval)
        )

    async def _checkpoint(self, delay: float = 0.0) -> None:
        """Copy the WAL into the database from a third connection, at most once a
        ``checkpoint_interval``. PASSIVE never blocks the writer: commits go on appending
        to the WAL meanwhile, and the next commit after a complete checkpoint restarts it."""
        try:
            if delay:
                await asyncio.sleep(delay)
            if self._writer is None:
                return
            if self._checkpoint_db is None:
                self._checkpoint_db = await aiosqlite.connect(self._file)
            async with self._checkpoint_db.execute("PRAGMA wal_checkpoint(PASSIVE)") as cur:
                row = await cur.fetchone()
            self.checkpoints += 1
            if row is not None:
                log.debug("store_checkpoint", wal_pages=row[1], checkpointed=row[2])
        except Exception as exc:  # the WAL just grows until the next try or the close
            log.warning("store_checkpoint_failed", error=repr(exc))

    @property
    def pending_writes(self) -> int:
        return len(self._pending)

    async def flush(self) -> None:
        """Commit everything queued, now (or raise the commit's error: the batch is then
        rolled back whole; kept queued if the database was locked or could not be written,
        ``StoreUnwritable``, dropped only if it could never commit). Flushes in one turn of
        the loop share one commit: the first commits, the others find nothing left to do.
        While the database is locked by someone else, it waits (without holding up the loop)
        up to ``busy_patience``."""
        await self._until_free(self._commit_pending)

    async def _until_free(self, attempt: Callable[[], _T]) -> _T:
        """``attempt()`` (a commit), tried again while it finds the database locked by
        another connection, with growing pauses between tries, for ``busy_patience``."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.busy_patience
        delay = 0.02
        while True:
            try:
                return attempt()
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc) or loop.time() + delay > deadline:
                    raise
            await asyncio.sleep(delay)
            delay = min(delay * 2, 1.0)

    async def _read(self, sql: str, params: Sequence[Any] = ()) -> list[aiosqlite.Row]:
        await self.flush()
        async with self.db.execute(sql, params) as cur:
            return list(await cur.fetchall())

    async def _write_now(self, sql: str, params: Sequence[Any] = ()) -> int:
        """One statement committed at once, after everything queued: its row count."""
        await self.flush()
        return await self._until_free(functools.partial(self._execute_now, sql, params))

    def _execute_now(self, sql: str, params: Sequence[Any]) -> int:
        try:
            cursor = self.writer.execute(sql, params)
            self.writer.commit()
        except sqlite3.OperationalError as exc:
            self.writer.rollback()
            if _is_unwritable(exc):
                raise StoreUnwritable(str(exc)) from exc
            raise
        except BaseException:
            self.writer.rollback()
            raise
        self.commits += 1
        return cursor.rowcount

    # -- events ---------------------------------------------------------------------------

    def was_processed(self, key: EventKey) -> bool:
        """Whether the event (platform, group, event id) was handled already (a replay).
        No database trip."""
        if key in self._processed:
            return True
        return self._unscoped and ("", "", key[2]) in self._processed

    async def mark_processed(self, key: EventKey, ts: datetime) -> None:
        self.note_processed(key, ts)

    # The ``note_``/``queue_`` writers queue without awaiting, for the app's decision path,
    # which runs to the end without yielding to the loop; their async twins are the API.

    def note_processed(self, key: EventKey, ts: datetime) -> None:
        if key in self._processed:
            return
        self._processed[key] = ts
        self._write(
            insert(
                "processed", ("platform", "group_id", "event_id", "ts"), verb="INSERT OR IGNORE"
            ),
            (*key, stamp(ts)),
        )
        if self._processed_window is not None:
            self._forget_processed(ts - self._processed_window)

    async def keep_processed(self, window: timedelta, now: datetime) -> int:
        """Remember processed ids for ``window`` only (a replay comes from a bridge cursor a
        few batches old, never days); older ids are dropped from memory and disk."""
        self._processed_window = window
        self._forget_processed(now - window)
        return await self._write_now("DELETE FROM processed WHERE ts < ?", (stamp(now - window),))

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
            self.queue_strike(
                decision.group_id,
                decision.member_id,
                now,
                strikes_added,
                rule,
                event_id=decision.event_id,
            )
        for v in decision.verdicts:
            if v.severity > 0:
                self._write(
                    OFFENCE_COUNTED,
                    (decision.group_id, decision.member_id, v.rule_id, 1),
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
        """Blank the stored message texts older than ``retention``: the audit's evidence and
        the alerts quoting it and the labelled examples; drop the message locators too.
        Returns the audit rows blanked."""
        before = stamp(now - retention)
        blanked = await self._write_now(
            "UPDATE audit SET message_text = NULL WHERE message_text IS NOT NULL AND ts < ?",
            (before,),
        )
        await self._write_now("UPDATE alerts SET text = '' WHERE text != '' AND ts < ?", (before,))
        await self._write_now("DELETE FROM messages WHERE ts < ?", (before,))
        await self._write_now(
            "UPDATE examples SET text = NULL WHERE text IS NOT NULL AND ts < ?", (before,)
        )
        await self._write_now(
            "UPDATE terms SET source_text = NULL WHERE source_text IS NOT NULL AND proposed_at < ?",
            (before,),
        )
        return blanked

    async def event_evidence(self, group_id: str, event_id: str) -> str | None:
        """The stored text of the message an event judged, while it is kept."""
        rows = await self._read(
            "SELECT message_text FROM audit WHERE group_id = ? AND event_id = ?"
            " AND kind = 'verdict' AND message_text IS NOT NULL ORDER BY id LIMIT 1",
            (group_id, event_id),
        )
        return str(rows[0][0]) if rows else None

    async def event_actions(self, group_id: str, event_id: str) -> list[Action]:
        """The actions an event led to that were applied (``ok``), in order."""
        rows = await self._read(
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
        self._write(
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

    async def event_rule_evidence(self, group_id: str, event_id: str, rule_id: str) -> str:
        """What a rule matched in an event's message (its verdict's evidence), or ''."""
        rows = await self._read(
            "SELECT detail FROM audit WHERE group_id = ? AND event_id = ? AND kind = 'verdict'"
            " AND rule_id = ? ORDER BY id LIMIT 1",
            (group_id, event_id, rule_id),
        )
        if not rows:
            return ""
        return str(json.loads(rows[0][0] or "{}").get("evidence", ""))

    async def event_labels(self, group_id: str, event_id: str) -> list[tuple[str, str]]:
        """(rule, category with any sub-rule) of the verdicts the rules gave an event."""
        rows = await self._read(
            "SELECT rule_id, category FROM audit WHERE group_id = ? AND event_id = ?"
            " AND kind = 'verdict' AND category IS NOT NULL ORDER BY id",
            (group_id, event_id),
        )
        return [(str(r[0] or ""), str(r[1])) for r in rows]

    # -- labelled examples ----------------------------------------------------------------

    def queue_example(self, example: Example, now: datetime, *, audit: bool = True) -> None:
        """Keep a labelled example (it replaces an earlier label of the same message), and
        say so in the audit log (kind ``label``) unless it was imported."""
        self._write(
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
        self._write(
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

    async def add_example(self, example: Example, now: datetime) -> None:
        self.queue_example(example, now)
        await self.flush()

    async def import_examples(self, examples: Iterable[Example], now: datetime) -> int:
        """Imported examples, in one commit; one audit row says how many. Returns the count."""
        count = 0
        for example in examples:
            self.queue_example(example, now, audit=False)
            count += 1
        self._write(
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
        await self.flush()
        return count

    async def examples(self, group_id: str | None = None) -> list[Example]:
        """The stored examples (of one group, or all), oldest message first."""
        where, params = ("WHERE group_id = ?", (group_id,)) if group_id else ("", ())
        rows = await self._read(f"{EXAMPLES_SELECT} {where} {EXAMPLES_ORDER}", params)
        return [example_from_row(tuple(r)) for r in rows]

    # -- learned terms --------------------------------------------------------------------

    def propose_term(
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
        self._write(
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
        self._audit_term(
            source_group,
            source_message,
            rule_id,
            f"proposed {kind} {term}",
            now,
            {"term": term_id, "kind": kind, "by": by},
        )
        return term_id

    def note_term_posted(self, term_id: int, posted: str) -> None:
        """The platform id of the proposal's post: staff confirm by replying to it."""
        self._write(write("terms", "UPDATE terms SET posted = ? WHERE id = ?"), (posted, term_id))

    async def decide_term(
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
        old = await self.term(term_id)
        if old is None:
            return
        new_term = term or old.term
        scope = old.group_id if group_id is None else group_id
        self._write(
            write(
                "terms",
                "UPDATE terms SET state = ?, term = ?, group_id = ?, decided_by = ?, decided_at = ?"
                " WHERE id = ?",
            ),
            (state, new_term, scope, by, stamp(now), term_id),
        )
        self._audit_term(
            old.source_group,
            old.source_message,
            old.rule_id,
            f"{state} {old.kind} {new_term}" + (" (school)" if scope == "" else ""),
            now,
            {"term": term_id, "kind": str(old.kind), "by": by, "scope": scope or "school"},
        )
        await self.flush()

    def _audit_term(
        self,
        group_id: str,
        event_id: str,
        rule_id: str,
        summary: str,
        now: datetime,
        detail: dict[str, Any],
    ) -> None:
        self._write(
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

    async def term(self, term_id: int) -> LearnedTerm | None:
        rows = await self._read(f"{TERMS_SELECT} WHERE id = ?", (term_id,))
        return term_from_row(tuple(rows[0])) if rows else None

    async def term_posted_as(self, posted: str) -> LearnedTerm | None:
        """The proposal whose management-room post is ``posted``."""
        if not posted:
            return None
        rows = await self._read(
            f"{TERMS_SELECT} WHERE posted = ? ORDER BY id DESC LIMIT 1", (posted,)
        )
        return term_from_row(tuple(rows[0])) if rows else None

    async def term_source_text(self, term_id: int) -> str:
        """The corrected message's text, while it is kept ('' once blanked)."""
        rows = await self._read("SELECT source_text FROM terms WHERE id = ?", (term_id,))
        return str(rows[0][0] or "") if rows else ""

    async def terms(self, states: Iterable[str] = ("active",)) -> list[LearnedTerm]:
        """The terms in these states, oldest first."""
        wanted = tuple(states)
        marks = ", ".join("?" * len(wanted))
        rows = await self._read(f"{TERMS_SELECT} WHERE state IN ({marks}) ORDER BY id", wanted)
        return [term_from_row(tuple(r)) for r in rows]

    # -- message locators -----------------------------------------------------------------

    def queue_message(self, message: Message) -> None:
        """Remember where a message is and who sent it (no text): a reply-targeted command
        or a deletion needs it after a restart."""
        self._write(
            insert(
                "messages",
                ("group_id", "message_id", "sender_id", "display_name", "ts", "reply_to"),
                verb="INSERT OR IGNORE",
            ),
            (
                message.group_id,
                message.id,
                message.sender_id,
                message.display_name,
                stamp(message.ts),
                message.reply_to,
            ),
        )

    async def message(self, group_id: str, message_id: str) -> Message | None:
        """A stored message locator as a Message without its text."""
        rows = await self._read(
            "SELECT sender_id, display_name, ts, reply_to FROM messages"
            " WHERE group_id = ? AND message_id = ?",
            (group_id, message_id),
        )
        if not rows:
            return None
        r = rows[0]
        return Message(
            id=message_id,
            group_id=group_id,
            sender_id=r[0],
            display_name=r[1],
            text="",
            ts=datetime.fromisoformat(r[2]),
            reply_to=r[3],
        )

    async def last_name(self, group_id: str, member_id: str) -> str | None:
        """The display name of the member's latest stored message in the group."""
        rows = await self._read(
            "SELECT display_name FROM messages WHERE group_id = ? AND sender_id = ?"
            " ORDER BY ts DESC LIMIT 1",
            (group_id, member_id),
        )
        return str(rows[0][0]) if rows else None

    async def senders(self, key: str) -> list[tuple[str, str]]:
        """(group, member) of the stored messages sent by ``key`` (an id) or under ``key``
        (a display name), newest first."""
        rows = await self._read(
            "SELECT group_id, sender_id FROM messages WHERE display_name = ? OR sender_id = ?"
            " GROUP BY group_id, sender_id ORDER BY MAX(ts) DESC LIMIT 20",
            (key, key),
        )
        return [(r[0], r[1]) for r in rows]

    # -- strikes --------------------------------------------------------------------------

    async def add_strike(
        self, group_id: str, member_id: str, ts: datetime, weight: int, rule_id: str
    ) -> None:
        self.queue_strike(group_id, member_id, ts, weight, rule_id)

    def queue_strike(
        self,
        group_id: str,
        member_id: str,
        ts: datetime,
        weight: int,
        rule_id: str,
        *,
        event_id: str = "",
    ) -> None:
        self._write(
            insert("strikes", ("group_id", "member_id", "ts", "weight", "rule_id", "event_id")),
            (group_id, member_id, stamp(ts), weight, rule_id, event_id),
        )

    async def remove_event_strikes(
        self, group_id: str, member_id: str, event_id: str
    ) -> list[tuple[datetime, int]]:
        """Take back the strikes one event added (误判); the (time, weight) of each."""
        if not event_id:
            return []
        rows = await self._read(
            "SELECT ts, weight FROM strikes WHERE group_id = ? AND member_id = ? AND event_id = ?",
            (group_id, member_id, event_id),
        )
        await self._write_now(
            "DELETE FROM strikes WHERE group_id = ? AND member_id = ? AND event_id = ?",
            (group_id, member_id, event_id),
        )
        return [(datetime.fromisoformat(r[0]), int(r[1])) for r in rows]

    async def reset_strikes(self, group_id: str, member_id: str) -> None:
        self._write(
            write("strikes", "DELETE FROM strikes WHERE group_id = ? AND member_id = ?"),
            (group_id, member_id),
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
        self.queue_timer(group_id, member_id, kind, due, payload)

    def queue_timer(
        self,
        group_id: str,
        member_id: str,
        kind: str,
        due: datetime,
        payload: dict[str, Any] | None = None,
    ) -> None:
        # a new timer of the same kind for the same member replaces the old one (re-mute)
        self.queue_cancel_timers(group_id, member_id, kind)
        self._write(
            insert("timers", ("group_id", "member_id", "kind", "due", "payload")),
            (group_id, member_id, kind, stamp(due), json.dumps(payload or {}, ensure_ascii=False)),
        )

    def queue_timer_once(
        self,
        group_id: str,
        member_id: str,
        kind: str,
        due: datetime,
        payload: dict[str, Any] | None = None,
    ) -> None:
        """A timer, unless one of this kind for this member is pending (a grace period is
        not lengthened by a second sighting of the same stranger)."""
        self._write(
            write(
                "timers",
                "INSERT INTO timers(group_id, member_id, kind, due, payload) SELECT ?, ?, ?, ?, ?"
                " WHERE NOT EXISTS (SELECT 1 FROM timers"
                " WHERE group_id = ? AND member_id = ? AND kind = ? AND done = 0)",
            ),
            (
                group_id,
                member_id,
                kind,
                stamp(due),
                json.dumps(payload or {}, ensure_ascii=False),
                group_id,
                member_id,
                kind,
            ),
        )

    def queue_cancel_timers(self, group_id: str, member_id: str, kind: str) -> None:
        self._write(
            write(
                "timers",
                "UPDATE timers SET done = 1"
                " WHERE group_id = ? AND member_id = ? AND kind = ? AND done = 0",
            ),
            (group_id, member_id, kind),
        )

    async def pending_timers(self) -> list[Timer]:
        rows = await self._read(
            "SELECT id, group_id, member_id, kind, due, payload, failures, failing_since,"
            " alerted FROM timers WHERE done = 0 ORDER BY due"
        )
        return [
            Timer(
                id=r[0],
                group_id=r[1],
                member_id=r[2],
                kind=r[3],
                due=datetime.fromisoformat(r[4]),
                payload=json.loads(r[5]),
                failures=int(r[6]),
                failing_since=datetime.fromisoformat(r[7]) if r[7] else None,
                alerted=bool(r[8]),
            )
            for r in rows
        ]

    async def finish_timer(self, timer_id: int) -> None:
        self._write(write("timers", "UPDATE timers SET done = 1 WHERE id = ?"), (timer_id,))

    async def abandon_timer(self, timer_id: int) -> None:
        """Given up after failing too long: no longer pending, and not done (``done = 2``)."""
        self._write(write("timers", "UPDATE timers SET done = 2 WHERE id = ?"), (timer_id,))

    async def retry_timer(
        self, timer: Timer, due: datetime, failing_since: datetime, *, alerted: bool
    ) -> None:
        """A failed timer stays pending, due again at ``due``, one failure more."""
        self._write(
            write(
                "timers",
                "UPDATE timers SET due = ?, failures = failures + 1, failing_since = ?, alerted = ?"
                " WHERE id = ? AND done = 0",
            ),
            (stamp(due), stamp(failing_since), int(alerted), timer.id),
        )

    # -- outbox ---------------------------------------------------------------------------

    def queue_intents(
        self, event_id: str, actions: Sequence[Action], now: datetime
    ) -> tuple[int, ...]:
        """Queue decided actions, to be committed with their evidence; their ids, in order.

        The ids are ours to give (one store owns the file), so the inserts can be queued
        with the decision and commit in its transaction."""
        first = self._next_intent_id
        self._next_intent_id += len(actions)
        at = stamp(now)
        self._write_many(
            insert("outbox", ("id", "ts", "group_id", "event_id", "action")),
            [
                (first + i, at, action.group_id, event_id, action_record(action))
                for i, action in enumerate(actions)
            ],
        )
        return tuple(range(first, first + len(actions)))

    def finish_intent(self, intent_id: int) -> None:
        """The action was carried out or finally failed (its outcome is queued with this)."""
        self._write(write("outbox", "DELETE FROM outbox WHERE id = ?"), (intent_id,))

    async def pending_intents(self) -> list[Intent]:
        rows = await self._read("SELECT id, ts, event_id, action FROM outbox ORDER BY id")
        return [
            Intent(
                id=int(r[0]),
                decided_at=datetime.fromisoformat(r[1]),
                event_id=r[2],
                action=action_from_record(r[3]),
            )
            for r in rows
        ]

    # -- plugins' storage (classmod.pluginstore) --------------------------------------------

    async def migrate_plugin(self, spec: StorageSpec) -> int:
        """Run the plugin's migrations the store has not run yet, each in one transaction;
        returns how many ran. A migration that fails, or creates a table that is not the
        plugin's (``spec.owns_table``), is rolled back and raises PluginStorageError."""
        await self.flush()
        conn = self.writer
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

    def plugin_write(
        self, sql: str, params: Sequence[Any] = (), *, owner: StorageSpec | None = None
    ) -> None:
        """Queue a plugin's write: with ``owner``, only to one of that plugin's tables; without,
        to the plugins' key-value table."""
        if owner is None:
            self._write(write("plugin_kv", sql), params)
            return
        target = _PLUGIN_TARGET.match(sql)
        if target is None or not owner.owns_table(target.group(1).lower()):
            raise PluginStorageError(
                f"plugin storage {owner.name!r}: writes only to its own tables"
                f" ({owner.name} or {owner.name}_<name>), not: {sql[:60]}"
            )
        self._write(write(target.group(1).lower(), sql), params)

    async def plugin_fetch(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """A plugin's query, after committing what is queued (reads see committed rows)."""
        if self._pending:
            await self.flush()
        async with self.db.execute(sql, tuple(params)) as cur:
            return [tuple(r) for r in await cur.fetchall()]

    # -- notices (P04) --------------------------------------------------------------------

    async def add_notice(self, notice: Notice) -> None:
        self._write(
            insert(
                "notices",
                ("message_id", "group_id", "sender_id", "ts", "asks_reply", "deadline"),
                verb="INSERT OR REPLACE",
            ),
            (
                notice.message_id,
                notice.group_id,
                notice.sender_id,
                stamp(notice.ts),
                int(notice.asks_reply),
                stamp(notice.deadline) if notice.deadline else None,
            ),
        )

    def queue_ack(
        self, group_id: str, notice_id: str, member_id: str, ts: datetime, via: str
    ) -> None:
        self._write(
            insert(
                "acks", ("group_id", "notice_id", "member_id", "ts", "via"), verb="INSERT OR IGNORE"
            ),
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

    async def add_alert(
        self,
        group_id: str,
        member_id: str,
        text: str,
        now: datetime,
        *,
        event_id: str = "",
        message_id: str = "",
        rule_id: str = "",
    ) -> int:
        # the id is ours to give (one store owns the file), so the insert can be queued
        alert_id = self._next_alert_id
        self._next_alert_id += 1
        self._write(
            insert(
                "alerts",
                ("id", "ts", "group_id", "member_id", "text", "event_id", "message_id", "rule_id"),
            ),
            (alert_id, stamp(now), group_id, member_id, text, event_id, message_id, rule_id),
        )
        return alert_id

    def note_alert_posted(self, alert_id: int, posted: str) -> None:
        """The platform id of the alert's post: staff answer by replying to it."""
        self._write(
            write("alerts", "UPDATE alerts SET posted = ? WHERE id = ?"), (posted, alert_id)
        )

    _ALERT_COLUMNS = (
        "id, ts, group_id, member_id, text, event_id, message_id, rule_id, posted, handled, answer"
    )

    @staticmethod
    def _alert(r: aiosqlite.Row) -> Alert:
        return Alert(
            id=int(r[0]),
            ts=datetime.fromisoformat(r[1]),
            group_id=r[2],
            member_id=r[3],
            text=r[4],
            event_id=r[5],
            message_id=r[6],
            rule_id=r[7],
            posted=r[8],
            handled=bool(r[9]),
            answer=r[10],
        )

    async def alert(self, alert_id: int) -> Alert | None:
        rows = await self._read(
            f"SELECT {self._ALERT_COLUMNS} FROM alerts WHERE id = ?", (alert_id,)
        )
        return self._alert(rows[0]) if rows else None

    async def alert_posted_as(self, posted: str) -> Alert | None:
        """The alert whose management-room post has this platform id."""
        if not posted:
            return None
        rows = await self._read(
            f"SELECT {self._ALERT_COLUMNS} FROM alerts WHERE posted = ? ORDER BY id DESC LIMIT 1",
            (posted,),
        )
        return self._alert(rows[0]) if rows else None

    async def answer_alert(self, alert_id: int, answer: str) -> None:
        """Staff answered the alert: it is handled (no escalation) and the answer kept."""
        self._write(
            write("alerts", "UPDATE alerts SET handled = 1, answer = ? WHERE id = ?"),
            (answer, alert_id),
        )

    async def handle_alerts(self, group_id: str, member_id: str | None = None) -> int:
        sql = "UPDATE alerts SET handled = 1 WHERE handled = 0 AND group_id = ?"
        args: Sequence[Any] = (group_id,)
        if member_id:
            sql += " AND member_id = ?"
            args = (group_id, member_id)
        return await self._write_now(sql, args)

    async def latest_alert(self, group_id: str, member_id: str, rule_id: str) -> Alert | None:
        """The last alert about ``member_id`` in the group for this rule."""
        rows = await self._read(
            f"SELECT {self._ALERT_COLUMNS} FROM alerts WHERE group_id = ? AND member_id = ?"
            " AND rule_id = ? ORDER BY id DESC LIMIT 1",
            (group_id, member_id, rule_id),
        )
        return self._alert(rows[0]) if rows else None

    async def alert_handled(self, alert_id: int) -> bool:
        rows = await self._read("SELECT handled FROM alerts WHERE id = ?", (alert_id,))
        return bool(rows and rows[0][0])

    async def mark_escalated(self, alert_id: int) -> None:
        self._write(write("alerts", "UPDATE alerts SET escalated = 1 WHERE id = ?"), (alert_id,))

    # -- appeals --------------------------------------------------------------------------

    async def last_punishment(
        self, member_id: str, group_ids: Sequence[str], since: datetime
    ) -> tuple[str, str, str, datetime] | None:
        """(group, event, rule, when) of the last applied warning, mute, deletion or
        removal of a member in any of ``group_ids`` since ``since``: what an appeal is about."""
        if not group_ids:
            return None
        marks = ", ".join("?" for _ in group_ids)
        rows = await self._read(
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
        rows = await self._read(
            f"SELECT {self._ALERT_COLUMNS} FROM alerts WHERE rule_id = ? AND group_id = ?"
            " AND event_id = ? ORDER BY id DESC LIMIT 1",
            (rule_id, group_id, event_id),
        )
        return self._alert(rows[0]) if rows else None

    async def event_rule(self, group_id: str, event_id: str) -> str:
        """The rule an event was punished for (its first sanction), else the first that
        judged it; '' when none is stored."""
        rows = await self._read(
            "SELECT rule_id FROM audit WHERE group_id = ? AND event_id = ? AND rule_id != ''"
            " AND (kind = 'verdict' OR (kind = 'action'"
            " AND category IN ('warn', 'mute', 'kick', 'ban', 'delete')))"
            " ORDER BY kind = 'verdict', id LIMIT 1",
            (group_id, event_id),
        )
        return str(rows[0][0] or "") if rows else ""

    def record_appeal(
        self,
        group_id: str,
        member_id: str,
        event_id: str,
        summary: str,
        detail: dict[str, Any],
        now: datetime,
    ) -> None:
        """An appeal made or answered, in the audit log (the event is the punished one)."""
        self._write(
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

    # -- digest (P05) -----------------------------------------------------------------------

    async def rule_counts(
        self, since: datetime, until: datetime
    ) -> list[tuple[str, str, str, int]]:
        """(group, rule, category, events judged) between ``since`` and ``until``."""
        rows = await self._read(
            "SELECT group_id, rule_id, MIN(category), COUNT(DISTINCT event_id) FROM audit"
            " WHERE kind = 'verdict' AND ts >= ? AND ts < ? GROUP BY group_id, rule_id",
            (stamp(since), stamp(until)),
        )
        return [(r[0], r[1] or "", r[2] or "", int(r[3])) for r in rows]

    async def open_alert_counts(self, except_rule: str) -> dict[str, int]:
        """Alerts nobody answered yet, per group (appeals, ``except_rule``, not counted)."""
        rows = await self._read(
            "SELECT group_id, COUNT(*) FROM alerts WHERE handled = 0 AND rule_id != ?"
            " GROUP BY group_id",
            (except_rule,),
        )
        return {r[0]: int(r[1]) for r in rows}

    async def alert_answers(
        self, rule_id: str, since: datetime, until: datetime
    ) -> list[tuple[str, str]]:
        """(group, answer) of the alerts of one rule raised in the period ('' unanswered)."""
        rows = await self._read(
            "SELECT group_id, answer FROM alerts WHERE rule_id = ? AND ts >= ? AND ts < ?",
            (rule_id, stamp(since), stamp(until)),
        )
        return [(r[0], r[1] or "") for r in rows]

    # -- cursors (bridges) ----------------------------------------------------------------

    async def get_cursor(self, key: str) -> str | None:
        rows = await self._read("SELECT value FROM cursors WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    async def set_cursor(self, key: str, value: str) -> None:
        """Durable on return, together with everything handled before it."""
        self._write(
            CURSOR_SET,
            (key, value),
        )
        await self.flush()

    def queue_cursor(self, key: str, value: str) -> None:
        """``set_cursor`` committed with the caller's other writes (no flush of its own)."""
        self._write(
            CURSOR_SET,
            (key, value),
        )

    async def cursors_under(self, prefix: str) -> dict[str, str]:
        """Every cursor whose key starts with ``prefix``, by the rest of its key."""
        rows = await self._read(
            "SELECT key, value FROM cursors WHERE substr(key, 1, ?) = ?", (len(prefix), prefix)
        )
        return {str(r[0])[len(prefix) :]: str(r[1]) for r in rows}

    async def counts(
        self, tables: Iterable[str] = ("audit", "strikes", "timers", "processed", "outbox")
    ) -> dict[str, int]:
        out = {}
        for t in tables:
            rows = await self._read(f"SELECT COUNT(*) FROM {t}")
            out[t] = int(rows[0][0]) if rows else 0
        return out

    # -- ban lists (classmod.banlist, classmod.banwatch) -------------------------------------

    async def add_ban_rule(
        self,
        rule: PolicyRule,
        now: datetime,
        *,
        by: str = "",
        confirmed: bool = True,
        written: bool = True,
    ) -> int:
        """Store a rule of a list, committed at once (after everything queued): its id."""
        await self.flush()

        def insert() -> int:
            try:
                cursor = self.writer.execute(
                    "INSERT INTO ban_rules(list, kind, state_key, entity, sha256,"
                    " recommendation, reason, event_type, added_at, added_by, confirmed,"
                    " written) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        rule.list_name,
                        str(rule.kind),
                        rule.state_key,
                        rule.entity,
                        rule.sha256,
                        rule.recommendation,
                        rule.reason,
                        rule.event_type,
                        stamp(now),
                        by,
                        int(confirmed),
                        int(written),
                    ),
                )
                self.writer.commit()
            except BaseException:
                self.writer.rollback()
                raise
            self.commits += 1
            return int(cursor.lastrowid or 0)

        return await self._until_free(insert)

    async def ban_rules(self, *, live: bool = True) -> list[StoredRule]:
        """The stored rules, oldest first: the live ones (not removed), or all."""
        where = "WHERE removed_at IS NULL" if live else ""
        rows = await self._read(
            "SELECT id, list, kind, state_key, entity, sha256, recommendation, reason,"
            " event_type, added_at, added_by, removed_at, swept, confirmed, written"
            f" FROM ban_rules {where} ORDER BY id"
        )
        return [
            StoredRule(
                id=int(r[0]),
                rule=PolicyRule(
                    list_name=r[1],
                    kind=RuleKind(r[2]),
                    state_key=r[3],
                    entity=r[4],
                    sha256=r[5],
                    recommendation=r[6],
                    reason=r[7],
                    event_type=r[8],
                ),
                added_at=datetime.fromisoformat(r[9]),
                added_by=r[10],
                removed_at=datetime.fromisoformat(r[11]) if r[11] else None,
                swept=bool(r[12]),
                confirmed=bool(r[13]),
                written=bool(r[14]),
            )
            for r in rows
        ]

    def queue_rule_removed(self, rule_id: int, now: datetime) -> None:
        self._write(
            write(
                "ban_rules",
                "UPDATE ban_rules SET removed_at = ? WHERE id = ? AND removed_at IS NULL",
            ),
            (stamp(now), rule_id),
        )

    def queue_rule_flag(self, rule_id: int, flag: str, value: bool = True) -> None:
        """Set ``swept``, ``confirmed`` or ``written`` on a rule."""
        if flag not in ("swept", "confirmed", "written"):
            raise ValueError(f"not a rule flag: {flag}")
        self._write(
            write("ban_rules", f"UPDATE ban_rules SET {flag} = ? WHERE id = ?"),
            (int(value), rule_id),
        )

    def queue_ban_target(
        self, rule_id: int, group_id: str, member_id: str, action: str, state: str, now: datetime
    ) -> None:
        """What a rule did (or is about to do) to one member of one group."""
        self._write(
            BAN_TARGET_SET,
            (rule_id, group_id, member_id, action, state, stamp(now)),
        )

    def queue_target_state(
        self, rule_id: int, group_id: str, member_id: str, state: str, now: datetime
    ) -> None:
        self._write(
            write(
                "ban_targets",
                "UPDATE ban_targets SET state = ?, ts = ? WHERE rule_id = ? AND group_id = ?"
                " AND member_id = ?",
            ),
            (state, stamp(now), rule_id, group_id, member_id),
        )

    def queue_targets_left(self, rule_id: int, now: datetime) -> None:
        """The bans a rule caused stay when its list is unfollowed: never lifted later."""
        self._write(
            write(
                "ban_targets",
                "UPDATE ban_targets SET state = 'left', ts = ? WHERE rule_id = ?"
                " AND state IN ('queued', 'done', 'lifting')",
            ),
            (stamp(now), rule_id),
        )

    def record_not_done(self, action: Action, event_id: str, why: str, now: datetime) -> None:
        """An action the bot decided but cannot carry out, left to staff by hand (a QQ join
        block OneBot v11 cannot lift): audited as not done by the bot, with why."""
        detail = action.to_json() | {"ok": False, "by_hand": True, "detail": why}
        self._write(
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

    async def add_subscription(self, subscription: Subscription) -> None:
        """A list staff follow from now on (``/订阅``), committed at once."""
        groups: Any = "all" if subscription.groups == ("all",) else list(subscription.groups)
        await self._write_now(
            "INSERT INTO ban_subscriptions(name, room, mode, groups, added_by, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                subscription.name,
                subscription.room,
                subscription.mode,
                json.dumps(groups, ensure_ascii=False),
                subscription.added_by,
                stamp(subscription.added_at),
            ),
        )

    def queue_subscription_removed(self, name: str) -> None:
        """A list no longer followed (``/退订``), committed with what its rules become."""
        self._write(
            write("ban_subscriptions", "DELETE FROM ban_subscriptions WHERE name = ?"), (name,)
        )

    async def subscriptions(self) -> list[Subscription]:
        """The lists staff follow at run time, oldest first."""
        rows = await self._read(
            "SELECT name, room, mode, groups, added_by, added_at FROM ban_subscriptions"
            " ORDER BY added_at, name"
        )
        found = []
        for r in rows:
            groups = json.loads(r[3])
            found.append(
                Subscription(
                    name=r[0],
                    room=r[1],
                    mode=r[2],
                    groups=("all",) if groups == "all" else tuple(str(g) for g in groups),
                    added_by=r[4],
                    added_at=datetime.fromisoformat(r[5]),
                )
            )
        return found

    async def ban_targets(self, rule_id: int | None = None) -> list[BanTarget]:
        """What the rules did, member by member (one rule's, or every rule's)."""
        where, params = ("WHERE rule_id = ?", (rule_id,)) if rule_id is not None else ("", ())
        rows = await self._read(
            "SELECT rule_id, group_id, member_id, action, state, ts FROM ban_targets"
            f" {where} ORDER BY rule_id, group_id, member_id",
            params,
        )
        return [
            BanTarget(
                rule_id=int(r[0]),
                group_id=r[1],
                member_id=r[2],
                action=r[3],
                state=r[4],
                ts=datetime.fromisoformat(r[5]),
            )
            for r in rows
        ]
