"""The store's batching writer: its connections to one WAL database and the group commit.

Writes are typed statements (``Write``) queued in memory and committed by a plain ``sqlite3``
connection in the event loop's own thread; reads go through an ``aiosqlite`` connection (its
own thread), so a long query never holds up the loop; WAL checkpoints run on a third.

Why commits run in the loop: in WAL mode with ``synchronous=NORMAL`` a commit is a few
``write()`` calls and no fsync (checkpoints, which do fsync, run on the third connection, see
``BatchWriter._checkpoint``), about 0.1-0.3 ms. Run on another thread, the same commit needs
the GIL back after every statement, and while the loop is busy each hand-over waits up to
the interpreter's 5 ms switch interval: a commit before an action took tens of ms.

Group commit: a background commit runs ``commit_delay`` after the first queued write, so a
burst of events shares one transaction; runs of the same INSERT become one multi-row INSERT.
Callers ``await flush()`` where durability must come before what they do next: it commits
everything queued at once. Every read flushes first, so a reader sees everything written
before it. The data of each area (``classmod.storage.*``) is written and read through here;
the schema and the life cycle are ``classmod.store.Store``'s.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite
import structlog

log = structlog.get_logger("classmod.store")

_T = TypeVar("_T")


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


def why_unopenable(path: Path, exc: BaseException) -> tuple[str, str]:
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


class BatchWriter:
    """The queue of writes and the connections that commit and read them (see the module).

    ``":memory:"`` gives a private database in a temporary directory, removed at close (the
    connections must share one file)."""

    def __init__(
        self,
        path: str,
        *,
        commit_delay: float = 0.01,
        checkpoint_interval: float = 1.0,
        busy_patience: float = 30.0,
    ) -> None:
        self.path = path
        self.commit_delay = commit_delay
        self.checkpoint_interval = checkpoint_interval
        self.busy_patience = busy_patience
        self._file = self.path
        self._scratch: tempfile.TemporaryDirectory[str] | None = None
        self._conn: sqlite3.Connection | None = None
        self._db: aiosqlite.Connection | None = None
        self._pending: list[tuple[Write, Any, bool]] = []
        self._committer: asyncio.Task[None] | None = None
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

    async def open(self, prepare: Callable[[sqlite3.Connection], None]) -> None:
        """Open the connections; ``prepare`` (the store's migrations) runs on the writing
        one before the reading one opens."""
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
        conn = self._conn = sqlite3.connect(self._file, timeout=BUSY_WAIT)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        # SQLite's automatic checkpoint runs inside the commit that crosses 1,000 WAL pages
        # and fsyncs there: that commit takes hundreds of ms, and every action waiting on
        # it with it. The writer checkpoints from its own connection instead
        # (``_checkpoint``); SQLite checkpoints at close.
        conn.execute("PRAGMA wal_autocheckpoint=0")
        prepare(conn)
        self._db = await aiosqlite.connect(self._file)
        self._db.row_factory = aiosqlite.Row
        await self._db.execute("PRAGMA query_only=1")  # one writer: no lock waits in the loop

    async def close(self) -> None:
        """Commit what is queued and close the connections."""
        if self._conn is None:
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
            self._conn.close()  # the last connection out checkpoints the WAL
            self._conn = None
            if self._scratch is not None:
                self._scratch.cleanup()
                self._scratch = None

    async def close_connections(self) -> None:
        """Close whatever an open that failed half-way left open (nothing is committed)."""
        for conn in (self._checkpoint_db, self._db):
            if conn is not None:
                with contextlib.suppress(Exception):
                    await conn.close()
        self._checkpoint_db = self._db = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
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
    def conn(self) -> sqlite3.Connection:
        """The writing connection, in the loop's thread: for what must commit at once."""
        if self._conn is None:
            raise RuntimeError("store is not open")
        return self._conn

    def queue(self, stmt: Write, params: Sequence[Any] = ()) -> None:
        """Queue one statement, committed with the next batch."""
        self._pending.append((stmt, params, False))
        self._wake()

    def queue_many(self, stmt: Write, rows: list[tuple[Any, ...]]) -> None:
        """Queue one statement for each of ``rows`` (one multi-row INSERT at the commit)."""
        if rows:
            self._pending.append((stmt, rows, True))
            self._wake()

    def _wake(self) -> None:
        if self._committer is None or self._committer.done():
            self._committer = asyncio.get_running_loop().create_task(self._commit_later())

    async def _commit_later(self) -> None:
        """The background commit: lets a burst's writes gather, then commits them."""
        delay = self.commit_delay
        while self._pending and self._conn is not None:
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
            _commit_batch(self.conn, _statements(batch))
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
            if self._conn is None:
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
        await self.until_free(self._commit_pending)

    async def until_free(self, attempt: Callable[[], _T]) -> _T:
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

    async def read(self, sql: str, params: Sequence[Any] = ()) -> list[aiosqlite.Row]:
        """A query on the reading connection, after committing what is queued."""
        await self.flush()
        async with self.db.execute(sql, params) as cur:
            return list(await cur.fetchall())

    async def write_now(self, sql: str, params: Sequence[Any] = ()) -> int:
        """One statement committed at once, after everything queued: its row count."""
        await self.flush()
        return await self.until_free(functools.partial(self._execute_now, sql, params))

    def _execute_now(self, sql: str, params: Sequence[Any]) -> int:
        try:
            cursor = self.conn.execute(sql, params)
            self.conn.commit()
        except sqlite3.OperationalError as exc:
            self.conn.rollback()
            if _is_unwritable(exc):
                raise StoreUnwritable(str(exc)) from exc
            raise
        except BaseException:
            self.conn.rollback()
            raise
        self.commits += 1
        return cursor.rowcount
