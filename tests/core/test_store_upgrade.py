"""Upgrading: a store written by every earlier schema version opens under this one with
all its rows (docs/operators.md, "Upgrading"), and a new store is the bot's user's only."""

from __future__ import annotations

import sqlite3
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from classmod.ops import TABLES, _report, backup, restore
from classmod.store import MIGRATIONS, Store
from classmod.testing import FakeClock

#: a row for each table of each version, written as that version's code wrote it
ROWS: dict[str, str] = {
    "audit": "INSERT INTO audit(ts, group_id, member_id, event_id, kind, rule_id, category,"
    " summary, detail, message_text) VALUES (:ts, 'g1', 'p1', '$e1', 'verdict', 'R06', 'ad',"
    " '广告', '{}', '加微信领优惠')",
    "strikes": "INSERT INTO strikes(group_id, member_id, ts, weight, rule_id)"
    " VALUES ('g1', 'p1', :ts, 1, 'R06')",
    "offences": "INSERT INTO offences VALUES ('g1', 'p1', 'R06', 2)",
    "timers": "INSERT INTO timers(group_id, member_id, kind, due) VALUES ('g1', 'p1', 'unmute',"
    " :due)",
    "ledger": "INSERT INTO ledger(ts, group_id, member_id, rule_id, entry)"
    " VALUES (:ts, 'g1', 'p1', 'R06', 'mute')",
    "processed": "INSERT INTO processed(event_id, ts) VALUES ('$e1', :ts)",
    "cursors": "INSERT INTO cursors VALUES ('matrix:since', 's42')",
    "notices": "INSERT INTO notices VALUES ('$n1', 'g1', 't1', :ts, 1, :due)",
    "acks": "INSERT INTO acks VALUES ('g1', '$n1', 'p1', :ts, 'reply')",
    "alerts": "INSERT INTO alerts(ts, group_id, member_id, text)"
    " VALUES (:ts, 'g1', 'p1', '请处理')",
    "outbox": "INSERT INTO outbox(ts, group_id, event_id, action) VALUES (:ts, 'g1', '$e1', '{}')",
    "messages": "INSERT INTO messages(group_id, message_id, sender_id, ts)"
    " VALUES ('g1', '$e1', 'p1', :ts)",
    "examples": "INSERT INTO examples(group_id, message_id, ts, text, expect, source,"
    " labelled_at) VALUES ('g1', '$e1', :ts, '加微信领优惠', '[\"ad\"]', 'label', :ts)",
    "terms": "INSERT INTO terms(rule_id, kind, term, state, source_group, source_message,"
    " proposed_at) VALUES ('R06', 'deny', 'wx6688', 'active', 'g1', '$e1', :ts)",
}


#: tables an upgrade renamed: the P02 ledger moved to its plugin (schema 9)
RENAMED = {"ledger": "school3_ledger"}


def old_store(path: Path, version: int, clock: FakeClock) -> dict[str, int]:
    """A database at schema ``version`` with one row in each table it has."""
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:version]:
        conn.executescript(script)
    conn.execute(f"PRAGMA user_version = {version}")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    times = {"ts": clock.now.isoformat(), "due": (clock.now + timedelta(minutes=10)).isoformat()}
    for table in tables & set(ROWS):
        if table == "processed" and version >= 2:
            conn.execute("INSERT INTO processed VALUES ('qq', 'g1', '$e1', :ts)", times)
        else:
            conn.execute(ROWS[table], times)
    conn.commit()
    counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
    conn.close()
    return counts


@pytest.mark.parametrize("version", range(len(MIGRATIONS)))
async def test_a_store_of_every_earlier_version_upgrades_with_all_its_rows(
    tmp_path: Path, version: int
) -> None:
    clock = FakeClock()
    path = tmp_path / "old.sqlite"
    counts = old_store(path, version, clock)
    assert version == 0 or counts  # a version-0 file is an empty database
    async with Store(path) as store:
        assert await store.schema_version() == len(MIGRATIONS)
        for table, n in counts.items():
            async with store.db.execute(f"SELECT COUNT(*) FROM {RENAMED.get(table, table)}") as cur:
                row = await cur.fetchone()
            assert row is not None and row[0] == n, table
        if version:
            assert len(await store.strikes.load(clock.now - timedelta(days=1))) == 1
            assert [t.kind for t in await store.timers.pending()] == ["unmute"]
            assert store.processed.seen(("qq", "g1", "$e1"))
            assert await store.cursors.get("matrix:since") == "s42"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert set(TABLES) <= present  # every table the ops commands count exists after upgrade
    tables = {t for t in present if not t.startswith("sqlite_")}
    assert tables - set(TABLES) <= set(RENAMED.values())  # no table the store forgot
    assert set(_report(sqlite3.connect(path), path, check=False).rows) == tables  # all counted


async def test_a_restored_older_backup_upgrades_at_the_next_open(tmp_path: Path) -> None:
    clock = FakeClock()
    old = tmp_path / "v3.sqlite"
    counts = old_store(old, 3, clock)
    copy = tmp_path / "v3-backup.sqlite"
    report = backup(old, copy)
    assert report.schema_version == 3 and report.integrity == "ok"
    assert report.rows == counts  # every table of the old store, the old ledger included
    store_path = tmp_path / "state" / "classmod.sqlite"
    store_path.parent.mkdir()
    assert restore(copy, store_path) is None  # nothing there to keep
    async with Store(store_path) as store:
        assert await store.schema_version() == len(MIGRATIONS)
        alert = await store.alerts.get(1)
        assert alert is not None and alert.text == "请处理"


async def test_a_new_store_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "classmod.sqlite"
    async with Store(path) as store:
        await store.strikes.add("g1", "p1", FakeClock().now, 1, "R06")
        await store.flush()
        for part in (path, Path(f"{path}-wal")):
            assert stat.S_IMODE(part.stat().st_mode) == 0o600, part


def test_a_backup_from_a_newer_classmod_is_not_restored(tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite"
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    store_path = tmp_path / "classmod.sqlite"
    with pytest.raises(Exception, match="is newer than this classmod's"):
        restore(newer, store_path)
    assert not store_path.exists()
