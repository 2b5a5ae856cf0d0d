"""A store that cannot commit (a full disk): nothing is dropped, nothing is done without its
evidence, staff hear once, and everything goes through when the disk has room again.

The full disk is real: SQLite's ``max_page_count`` caps the writer's database at the pages it
has, and a commit that needs one more fails with SQLITE_FULL, "database or disk is full",
as it does on a full file system.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from structlog.testing import capture_logs
from toyrules import plugins

from classmod.app import STORE_UNWRITABLE_TEXT, STORE_WRITABLE_TEXT, App
from classmod.config import load_config
from classmod.model import ActionKind, Platform
from classmod.plugins import Host, make_plugin_manager
from classmod.storage.writer import StoreUnwritable
from classmod.store import Store
from classmod.testing import FakeBridge, FakeClock, make_message

ROSTER = Path(__file__).parents[2] / "configs" / "rosters" / "demo-class.yaml"


def fill_up(store: Store) -> None:
    """The disk is full: the database may not grow by a single page, and the audit's
    pages have no room left for a row (filled with tiny ones until SQLite says full)."""
    pages = store.writer.conn.execute("PRAGMA page_count").fetchone()[0]
    store.writer.conn.execute(f"PRAGMA max_page_count = {pages}")
    for _ in range(100_000):
        try:
            store.writer.conn.execute("INSERT INTO audit(ts, group_id, kind) VALUES ('', '', '')")
            store.writer.conn.commit()
        except sqlite3.OperationalError as exc:
            store.writer.conn.rollback()
            assert "full" in str(exc)
            return
    raise AssertionError("the database never filled up")


def make_room(store: Store) -> None:
    store.writer.conn.execute("PRAGMA max_page_count = 1073741823")


async def until(condition: Callable[[], bool], what: str) -> None:
    """Wait, a turn of the loop at a time, until ``condition()`` holds."""
    for _ in range(2000):
        if condition():
            return
        await asyncio.sleep(0.005)
    raise AssertionError(f"never happened: {what}")


async def test_a_full_disk_keeps_the_writes_and_commits_them_once_there_is_room(
    tmp_path: Path,
) -> None:
    clock = FakeClock()
    async with Store(tmp_path / "s.sqlite") as store:
        await store.flush()
        fill_up(store)
        for i in range(50):
            await store.strikes.add("g1", f"p{i}", clock.now, 1, "R05" + "x" * 200)
        with pytest.raises(StoreUnwritable, match="full"):
            await store.flush()
        assert store.writer.pending_writes == 50 and store.writer.unwritable is not None
        with pytest.raises(StoreUnwritable):
            await store.flush()  # again: still kept, still in order
        assert store.writer.pending_writes == 50
        make_room(store)
        await store.flush()
        assert store.writer.pending_writes == 0 and store.writer.unwritable is None
        strikes = await store.strikes.load(clock.now - timedelta(days=1))
        assert [member for _, member, _, _ in strikes] == [f"p{i}" for i in range(50)]


async def test_a_full_disk_holds_the_actions_tells_staff_once_and_catches_up(
    tmp_path: Path,
) -> None:
    """The issue's finding: on a full disk the ads stayed up with only log lines and staff
    heard nothing. Now the actions wait for their evidence (never applied without it), the
    management room hears once however long it lasts and however many events wait, and
    when the disk has room the evidence is committed and the actions carried out."""
    clock = FakeClock()
    cfg = tmp_path / "school.yaml"
    cfg.write_text(
        f"""
school: 测试学校
management: {{platform: matrix, room: "!manage"}}
groups:
  g1:
    platform: matrix
    platform_id: "!class"
    roster: {ROSTER}
""",
        encoding="utf-8",
    )
    host = Host(make_plugin_manager(plugins(), standard_rules=False, entry_points=False))
    config = load_config(cfg, {rid: r.spec for rid, r in host.rules.items()})
    bridge = FakeBridge(Platform.MATRIX)
    async with Store(tmp_path / "state.sqlite") as store:
        app = App(config, [bridge], store, clock=clock, host=host)
        app.store_retry = 0.005
        bridge.attach(app.handle)
        await app.start()
        await store.flush()
        fill_up(store)
        tried: list[str] = []  # the commits attempted: each begins with the audit's rows
        store.writer.conn.set_trace_callback(
            lambda sql: tried.append(sql) if sql.startswith("INSERT INTO audit") else None
        )
        senders = ("p_he_mom", "p_guo_mom", "p_zhang_dad")
        with capture_logs() as logs:
            handling = [
                asyncio.ensure_future(
                    bridge.deliver(
                        make_message("badword", sender=s, ts=clock.now, message_id=f"$ad{i}")
                    )
                )
                for i, s in enumerate(senders)
            ]
            await until(lambda: len(tried) >= 8, "the commit retried")
            store_posts = [t for _, t in bridge.posts if "数据库" in t]
            assert store_posts == [STORE_UNWRITABLE_TEXT.format(why="磁盘已满")]
            assert bridge.posts[0][0] == "!manage"
            assert bridge.applied == []  # nothing done without its evidence
            assert not any(h.done() for h in handling)
            make_room(store)
            await asyncio.wait_for(asyncio.gather(*handling), 10)
        await until(lambda: len(bridge.posts) >= 2, "the all-clear")
        store_posts = [t for _, t in bridge.posts if "数据库" in t]
        assert store_posts == [STORE_UNWRITABLE_TEXT.format(why="磁盘已满"), STORE_WRITABLE_TEXT]
        deleted = sorted(a.member_id for a in bridge.applied if a.kind == ActionKind.DELETE)
        assert deleted == sorted(senders)
        async with store.db.execute(
            "SELECT COUNT(*) FROM audit WHERE kind = 'verdict' AND message_text = 'badword'"
        ) as cur:
            assert (await cur.fetchone())[0] == 3  # the evidence, committed before the deletes
        events = [e["event"] for e in logs]
        assert events.count("store_unwritable") == 1  # logged once an outage too
        assert events.count("store_writable_again") == 1
