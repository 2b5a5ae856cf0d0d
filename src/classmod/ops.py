"""What an operator does to a store beside the running bot: ``classmod backup``,
``classmod restore`` and the store half of ``classmod status`` (docs/operators.md).

A backup is SQLite's online backup of the store, safe while ``classmod run`` writes it (a
WAL reader sees one committed state, and the writer is never blocked), checked with
``PRAGMA integrity_check`` and written as one self-contained file, 0600. A restore refuses
while a run holds the store (its lock file), and keeps the store it replaces beside it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from classmod.store import MIGRATIONS

#: the store's own tables, whose rows a backup report counts first (then the plugins')
TABLES = (
    "audit",
    "strikes",
    "offences",
    "timers",
    "processed",
    "cursors",
    "notices",
    "acks",
    "alerts",
    "outbox",
    "messages",
    "examples",
    "terms",
    "ban_rules",
    "ban_targets",
    "ban_subscriptions",
    "plugin_kv",
    "plugin_schema",
)

_SQLITE_HEADER = b"SQLite format 3\x00"


class OpsError(Exception):
    """A backup, restore or status that cannot be done: what and why, for one line."""


class StoreInUse(OpsError):
    """Another ``classmod run`` (or a restore) holds the store."""

    def __init__(self, path: Path, holder: str) -> None:
        self.path, self.holder = path, holder
        super().__init__(
            f"{path}: the store is in use by another classmod process ({holder}): stop it"
            " first (systemctl stop classmod)"
        )


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


@contextlib.contextmanager
def hold_store(path: Path) -> Iterator[None]:
    """An exclusive lock on the store while the block runs (``STORE.lock``, holding the
    pid): two runs on one store would judge every event twice, and a restore must not
    replace a store a run is writing. The kernel releases it when the process ends."""
    lock = lock_path(path)
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise StoreInUse(path, f"the lock file {lock} cannot be opened: {exc.strerror}") from None
    with contextlib.suppress(OSError):
        _owned_like_directory(lock)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip()
            raise StoreInUse(path, f"pid {holder}" if holder else "pid unknown") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # the lock goes with the descriptor


def store_held(path: Path) -> str:
    """Who holds the store ('pid N'), or '' when nobody does. Creates nothing (a lock file
    made by root would lock the service user out)."""
    try:
        fd = os.open(lock_path(path), os.O_RDONLY)
    except FileNotFoundError:
        return ""
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip()
            return f"pid {holder}" if holder else "pid unknown"
        return ""
    finally:
        os.close(fd)


def _owned_like_directory(path: Path) -> None:
    """Run as root, a file made in the state directory is given to the directory's owner
    (the service user), who must go on reading and writing it."""
    if os.geteuid() == 0:
        st = path.parent.stat()
        os.chown(path, st.st_uid, st.st_gid)


@dataclass(frozen=True, slots=True, kw_only=True)
class StoreReport:
    """What a store (or a backup) holds: its schema version and rows per table."""

    path: Path
    schema_version: int
    rows: dict[str, int]
    integrity: str

    def lines(self) -> list[str]:
        counted = ", ".join(f"{t} {n}" for t, n in self.rows.items())
        return [
            f"{self.path}: schema version {self.schema_version}, integrity {self.integrity}",
            f"  rows: {counted}",
        ]


def _is_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER


def _report(conn: sqlite3.Connection, path: Path, *, check: bool) -> StoreReport:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    # the store's tables in their order, then the plugins' own (and a pre-plugin ledger)
    others = sorted(t for t in present - set(TABLES) if not t.startswith("sqlite_"))
    rows = {
        t: int(conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0])
        for t in (*TABLES, *others)
        if t in present
    }
    integrity = (
        "; ".join(str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall())
        if check
        else "not checked"
    )
    return StoreReport(path=path, schema_version=version, rows=rows, integrity=integrity)


def _private_file(path: Path) -> None:
    """``path`` created empty with mode 0600 (replacing a leftover), before SQLite opens it."""
    path.unlink(missing_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _open_existing(path: Path) -> sqlite3.Connection:
    """Read-only: run as root, a read-write open would leave root's -wal and -shm files
    beside the service user's store."""
    if not path.is_file():
        raise OpsError(f"{path}: no such store file")
    if not _is_sqlite(path):
        raise OpsError(f"{path}: is not a SQLite database")
    try:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise OpsError(f"{path}: cannot be opened ({exc})") from None


def open_store_readonly(path: Path) -> sqlite3.Connection:
    """The store, read-only (beside a running bot: WAL readers never block it)."""
    return _open_existing(path)


def backup(store: Path, target: Path) -> StoreReport:
    """Copy ``store`` to ``target`` while a run may be writing it; the copy is checked and
    written in full before it takes ``target``'s name (a failed backup leaves no file)."""
    if target.is_dir():
        raise OpsError(f"{target}: is a directory: give the backup file to write")
    if not target.parent.is_dir():
        raise OpsError(f"{target}: the directory {target.parent} does not exist")
    if target.resolve() == store.resolve():
        raise OpsError(f"{target}: is the store itself")
    source = _open_existing(store)
    tmp = target.with_name(target.name + ".tmp")
    try:
        try:
            _private_file(tmp)
        except OSError as exc:
            raise OpsError(f"{target}: cannot be written ({exc.strerror})") from None
        copy = sqlite3.connect(tmp)
        try:
            # one step: the whole database from one read transaction, so one committed
            # state however much the run writes meanwhile (WAL readers never block it)
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
            report = _report(copy, target, check=True)
        finally:
            copy.close()
        if report.integrity != "ok":
            raise OpsError(f"{target}: the copy failed its integrity check: {report.integrity}")
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        tmp.replace(target)
        return report
    except sqlite3.Error as exc:
        raise OpsError(f"{store}: the backup failed ({exc})") from None
    finally:
        source.close()
        tmp.unlink(missing_ok=True)


def restore(backup_file: Path, store: Path, *, now: datetime | None = None) -> Path | None:
    """Replace ``store`` with ``backup_file``; refuses while a run holds the store, and a
    backup that fails its integrity check or comes from a newer classmod. The store that is
    replaced is kept beside it (``STORE.before-restore-TIME``, returned; None if there was
    none). The next ``classmod run`` migrates the restored store if it is older."""
    conn = _open_existing(backup_file)
    try:
        report = _report(conn, backup_file, check=True)
    finally:
        conn.close()
    if report.integrity != "ok":
        raise OpsError(f"{backup_file}: fails its integrity check: {report.integrity}")
    if report.schema_version > len(MIGRATIONS):
        raise OpsError(
            f"{backup_file}: schema version {report.schema_version} is newer than this"
            f" classmod's ({len(MIGRATIONS)}): restore it with the version that made it"
        )
    if not store.parent.is_dir():
        raise OpsError(f"{store}: the state directory {store.parent} does not exist")
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    kept: Path | None = None
    with hold_store(store):
        if store.exists():
            kept = store.with_name(f"{store.name}.before-restore-{stamp}")
            for suffix in ("", "-wal", "-shm"):  # a WAL moves with its database
                part = Path(f"{store}{suffix}")
                if part.exists():
                    part.replace(Path(f"{kept}{suffix}"))
        tmp = store.with_name(store.name + ".restoring")
        try:
            _private_file(tmp)
            source = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
            target = sqlite3.connect(tmp)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=WAL")
            finally:
                target.close()
                source.close()
            _owned_like_directory(tmp)
            tmp.replace(store)
        finally:
            tmp.unlink(missing_ok=True)
    return kept


def store_status(store: Path) -> list[str]:
    """What ``classmod status`` tells from the store alone (the run need not be up)."""
    if not store.is_file():
        return [f"store {store}: not created yet"]
    conn = _open_existing(store)
    try:
        report = _report(conn, store, check=False)
        present = set(report.rows)

        def one(sql: str) -> int:
            return int(conn.execute(sql).fetchone()[0])

        alerts = one("SELECT COUNT(*) FROM alerts WHERE handled = 0") if "alerts" in present else 0
        timers = one("SELECT COUNT(*) FROM timers WHERE done = 0") if "timers" in present else 0
        outbox = one("SELECT COUNT(*) FROM outbox") if "outbox" in present else 0
        audit = "audit" in present
        last = conn.execute("SELECT MAX(ts) FROM audit").fetchone()[0] if audit else None
    finally:
        conn.close()
    held = store_held(store)
    return [
        f"store {store}: schema version {report.schema_version},"
        f" {'held by a run (' + held + ')' if held else 'no run holds it'}",
        f"  alerts open {alerts}, timers pending {timers}, actions waiting in the outbox {outbox}",
        f"  audit rows {report.rows.get('audit', 0)}, last entry {last or 'none'}",
    ]


__all__ = [
    "TABLES",
    "OpsError",
    "StoreInUse",
    "StoreReport",
    "backup",
    "hold_store",
    "lock_path",
    "open_store_readonly",
    "restore",
    "store_held",
    "store_status",
]
