from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from classmod.model import Category, Decision, Severity, Verdict
from classmod.storage.writer import write
from classmod.store import MIGRATIONS, Store
from classmod.testing import FakeClock, make_message


async def test_migrations_wal_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    async with Store(path) as store:
        assert await store.schema_version() == len(MIGRATIONS)
        async with store.db.execute("PRAGMA journal_mode") as cur:
            assert (await cur.fetchone())[0] == "wal"
        await store.cursors.set("matrix:since", "s123")
    async with Store(path) as store:
        assert await store.cursors.get("matrix:since") == "s123"


async def test_retention_blanks_old_message_text(tmp_path: Path) -> None:
    clock = FakeClock()
    async with Store(tmp_path / "s.sqlite") as store:
        msg = make_message("孩子的隐私内容", ts=clock.now)
        v = Verdict(rule_id="R05", category=Category.ABUSE, severity=Severity.MINOR, reason="r")
        d = Decision(event_id=msg.id, group_id="g1", member_id="p", verdicts=(v,))
        await store.audit.record_decision(d, msg, clock.now, 1)
        assert await store.purge_message_text(clock.advance(days=10), timedelta(days=30)) == 0
        assert await store.purge_message_text(clock.advance(days=30), timedelta(days=30)) == 1
        async with store.db.execute("SELECT message_text FROM audit") as cur:
            assert (await cur.fetchone())[0] is None
        strikes = await store.strikes.load(clock.now - timedelta(days=365))
        assert strikes[0][:2] == ("g1", "p") and strikes[0][3] == 1


async def test_a_new_mute_timer_replaces_the_old(tmp_path: Path) -> None:
    clock = FakeClock()
    async with Store(tmp_path / "s.sqlite") as store:
        await store.timers.add("g1", "p", "unmute", clock.now + timedelta(minutes=10))
        await store.timers.add("g1", "p", "unmute", clock.now + timedelta(days=1))
        pending = await store.timers.pending()
        assert len(pending) == 1 and pending[0].due == clock.now + timedelta(days=1)


async def test_group_commit_keeps_each_tables_order_and_counts(tmp_path: Path) -> None:
    """Queued writes are merged into few statements without changing their effect."""
    clock = FakeClock()
    async with Store(tmp_path / "s.sqlite") as store:
        v = Verdict(rule_id="R06", category=Category.AD, severity=Severity.MINOR, reason="r")
        for i in range(3):
            msg = make_message(f"广告{i}", ts=clock.now, message_id=f"$ad{i}")
            d = Decision(event_id=msg.id, group_id="g1", member_id="p", verdicts=(v,))
            await store.audit.record_decision(d, msg, clock.now, 1)
            await store.processed.mark(("qq", "g1", msg.id), clock.now)
            # a re-mute: the second timer replaces the first, within the same batch
            await store.timers.add("g1", "p", "unmute", clock.advance(minutes=10))
        for i in range(1500):  # more rows than one statement may carry
            await store.processed.mark(("qq", "g1", f"$m{i}"), clock.now)
        assert store.writer.pending_writes > 0
        await store.flush()
        assert store.writer.pending_writes == 0
        assert await store.strikes.load_offences() == [("g1", "p", "R06", 3)]
        assert len(await store.strikes.load(clock.now - timedelta(days=1))) == 3
        timers = await store.timers.pending()
        assert [t.due for t in timers] == [clock.now]
        assert (await store.counts(("processed", "audit")))["processed"] == 1503
        rows = await store.audit.tail("g1")
        assert [r["summary"] for r in rows] == ["r", "r", "r"]
    async with Store(tmp_path / "s.sqlite") as store:  # durable, and replays are known
        assert store.processed.seen(("qq", "g1", "$ad2"))
        assert store.processed.seen(("qq", "g1", "$m1499"))
        assert not store.processed.seen(("qq", "g1", "$other"))


async def test_a_failed_batch_is_rolled_back_whole_and_reported(tmp_path: Path) -> None:
    clock = FakeClock()
    async with Store(tmp_path / "s.sqlite") as store:
        await store.strikes.add("g1", "p", clock.now, 1, "R05")
        store.writer.queue(write("no_such_table", "INSERT INTO no_such_table VALUES (?)"), (1,))
        with pytest.raises(Exception, match="no_such_table"):
            await store.flush()
        assert await store.strikes.load(clock.now - timedelta(days=1)) == []
        await store.strikes.add("g1", "p", clock.now, 1, "R05")  # the store goes on
        assert len(await store.strikes.load(clock.now - timedelta(days=1))) == 1


async def test_wal_is_checkpointed_off_the_commit_path(tmp_path: Path) -> None:
    """SQLite's own checkpoint (an fsync inside whichever commit crosses 1,000 WAL pages)
    is off; the store checkpoints from a second connection, and the WAL stays bounded."""
    import asyncio

    path = tmp_path / "s.sqlite"
    wal = Path(str(path) + "-wal")
    clock = FakeClock()
    text = "证据" * 1000  # ~6 KB a row
    async with Store(path, checkpoint_interval=0.0) as store:
        assert store.writer.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        v = Verdict(rule_id="R05", category=Category.ABUSE, severity=Severity.MINOR, reason="r")
        largest = 0
        for batch in range(40):
            for i in range(20):
                msg = make_message(text, ts=clock.now, message_id=f"$b{batch}m{i}")
                d = Decision(event_id=msg.id, group_id="g1", member_id="p", verdicts=(v,))
                await store.audit.record_decision(d, msg, clock.now, 1)
            await store.flush()
            await asyncio.sleep(0.02)  # the checkpoint runs in its own thread meanwhile
            largest = max(largest, wal.stat().st_size)
        assert store.writer.checkpoints > 0
        written = 40 * 20 * len(text.encode())
        assert largest < written / 4  # the WAL restarts after checkpoints: it never held it all
        assert (await store.counts(("audit",)))["audit"] == 40 * 20
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed at close
    async with Store(path) as store:  # and nothing was lost
        assert (await store.counts(("audit",)))["audit"] == 800


async def test_a_memory_store_is_private_and_gone_at_close() -> None:
    clock = FakeClock()
    async with Store(":memory:") as store, Store(":memory:") as other:
        await store.strikes.add("g1", "p", clock.now, 1, "R05")
        assert len(await store.strikes.load(clock.now - timedelta(days=1))) == 1
        assert await other.strikes.load(clock.now - timedelta(days=1)) == []
        scratch = Path(store.writer._file).parent
        assert scratch.is_dir()
    assert not scratch.exists()


async def test_the_read_connection_cannot_write(tmp_path: Path) -> None:
    """One writer (the loop's): the reader is query_only, so nobody waits on a lock."""
    import sqlite3

    async with Store(tmp_path / "s.sqlite") as store:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            await store.db.execute("DELETE FROM audit")


async def test_a_locked_database_keeps_the_writes_and_commits_them_once_free(
    tmp_path: Path,
) -> None:
    """Someone else holding the write lock (a school's IT person in the sqlite3 shell)
    must not cost the evidence: the batch stays queued, a flush waits for the lock
    without holding up the loop, and gives up only after ``busy_patience``."""
    import asyncio
    import sqlite3

    clock = FakeClock()
    path = tmp_path / "s.sqlite"
    async with Store(path, busy_patience=0.3) as store:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # holds the write lock
        try:
            await store.strikes.add("g1", "p", clock.now, 1, "R05")
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                await store.flush()  # waited 0.3 s, then says so
            assert store.writer.pending_writes == 1  # kept, not lost
            ticks = 0

            async def ticker() -> None:
                nonlocal ticks
                while True:
                    ticks += 1
                    await asyncio.sleep(0.01)

            tick = asyncio.create_task(ticker())
            store.writer.busy_patience = 10.0
            flushing = asyncio.create_task(store.flush())
            await asyncio.sleep(0.3)
            assert not flushing.done() and ticks >= 5  # the loop goes on meanwhile
            other.execute("COMMIT")
            await asyncio.wait_for(flushing, 5)
            tick.cancel()
        finally:
            other.close()
        assert store.writer.pending_writes == 0
        assert len(await store.strikes.load(clock.now - timedelta(days=1))) == 1


async def test_replay_marks_are_scoped_to_platform_and_group(tmp_path: Path) -> None:
    clock = FakeClock()
    async with Store(tmp_path / "s.sqlite") as store:
        await store.processed.mark(("qq", "g1", "5001"), clock.now)
        assert store.processed.seen(("qq", "g1", "5001"))
        assert not store.processed.seen(("qq", "g2", "5001"))  # the id reused in another group
        assert not store.processed.seen(("wechat", "g1", "5001"))
    async with Store(tmp_path / "s.sqlite") as store:  # and so after a restart
        assert store.processed.seen(("qq", "g1", "5001"))
        assert not store.processed.seen(("qq", "g2", "5001"))


async def test_unscoped_marks_of_an_older_store_still_stop_a_replay(tmp_path: Path) -> None:
    """A store written before the scoped key: its marks have no group, so they stop a
    replay of that id in any group until the replay window drops them (never a second
    punishment right after an upgrade)."""
    import sqlite3

    clock = FakeClock()
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO processed VALUES ('5001', ?)", (clock.now.isoformat(),))
    conn.commit()
    conn.close()
    async with Store(path) as store:
        assert await store.schema_version() == len(MIGRATIONS)
        assert store.processed.seen(("qq", "g1", "5001"))
        assert not store.processed.seen(("qq", "g1", "5002"))
        await store.processed.keep(timedelta(days=3), clock.advance(days=4))
        assert not store.processed.seen(("qq", "g1", "5001"))


async def test_migration_4_keeps_old_alerts_and_strikes_and_adds_message_locators(
    tmp_path: Path,
) -> None:
    """A version-3 database: its alerts and strikes stay, with empty new fields; locators,
    alert subjects and posts, and strike events are stored from then on."""
    import sqlite3

    clock = FakeClock()
    path = tmp_path / "v3.sqlite"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:3]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 3")
    at = clock.now.isoformat()
    conn.execute(
        "INSERT INTO alerts(id, ts, group_id, member_id, text) VALUES (1, ?, 'g1', 'p', 'x')", (at,)
    )
    conn.execute("INSERT INTO strikes VALUES ('g1', 'p', ?, 1, 'R05')", (at,))
    conn.commit()
    conn.close()
    async with Store(path) as store:
        assert await store.schema_version() == len(MIGRATIONS)
        old = await store.alerts.get(1)
        assert old is not None and (old.event_id, old.posted, old.answer) == ("", "", "")
        assert len(await store.strikes.load(clock.now - timedelta(days=1))) == 1
        alert_id = await store.alerts.add(
            "g1", "p", "【需处理】", clock.now, event_id="$e", message_id="$m", rule_id="R06"
        )
        store.alerts.note_posted(alert_id, "$post")
        found = await store.alerts.posted_as("$post")
        assert found is not None and (found.id, found.event_id, found.message_id) == (
            alert_id,
            "$e",
            "$m",
        )
        store.messages.queue(make_message("x", sender="p", name="优惠多多", message_id="$m"))
        located = await store.messages.get("g1", "$m")
        assert located is not None and located.sender_id == "p" and located.text == ""
        assert await store.messages.senders("优惠多多") == [("g1", "p")]
        store.strikes.queue("g1", "p", clock.now, 2, "R06", event_id="$e")
        assert [w for _, w in await store.strikes.remove_event("g1", "p", "$e")] == [2]
        assert len(await store.strikes.load(clock.now - timedelta(days=1))) == 1


def test_runs_of_the_same_insert_become_multi_row_inserts_built_from_their_parts() -> None:
    from classmod.storage.audit import AUDIT_INSERT
    from classmod.storage.writer import MAX_PARAMETERS, _statements, insert

    strike = insert("strikes", ("group_id", "member_id", "ts", "weight", "rule_id", "event_id"))
    delete = write("strikes", "DELETE FROM strikes WHERE group_id = ? AND member_id = ?")
    audit_row = tuple(range(len(AUDIT_INSERT.columns)))
    batch = [
        (strike, ("g1", "p1", "t", 1, "R05", "e1"), False),
        (AUDIT_INSERT, audit_row, False),
        (strike, ("g1", "p2", "t", 1, "R05", "e2"), False),
        (delete, ("g1", "p3"), False),
        (AUDIT_INSERT, [audit_row] * 250, True),
    ]
    out = list(_statements(batch))
    # audit first (tables in order), its 251 rows in chunks of at most 999 parameters
    per = MAX_PARAMETERS // len(AUDIT_INSERT.columns)
    sizes = [len(p) // 10 for sql, p in out if sql.startswith("INSERT INTO audit")]
    assert sum(sizes) == 251 and max(sizes) == per and all(n * 10 <= MAX_PARAMETERS for n in sizes)
    strikes = [(sql, list(p)) for sql, p in out if "strikes" in sql]
    assert strikes[0][0] == (
        "INSERT INTO strikes(group_id, member_id, ts, weight, rule_id, event_id)"
        " VALUES (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?)"
    )
    assert strikes[1] == (delete.sql, ["g1", "p3"])  # the strikes table keeps its own order
    upsert = insert("cursors", ("key", "value"), upsert="ON CONFLICT(key) DO UPDATE SET value = 1")
    [(sql, params)] = list(_statements([(upsert, ("a", 1), False), (upsert, ("b", 2), False)]))
    assert sql.endswith("VALUES (?, ?), (?, ?) ON CONFLICT(key) DO UPDATE SET value = 1")
    assert list(params) == ["a", 1, "b", 2]
