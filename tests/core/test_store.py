from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from classmod.model import Category, Decision, Severity, Verdict
from classmod.store import MIGRATIONS, Store
from classmod.testing import FakeClock, make_message


async def test_migrations_wal_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    async with Store(path) as store:
        assert await store.schema_version() == len(MIGRATIONS)
        async with store.db.execute("PRAGMA journal_mode") as cur:
            assert (await cur.fetchone())[0] == "wal"
        await store.set_cursor("matrix:since", "s123")
    async with Store(path) as store:
        assert await store.get_cursor("matrix:since") == "s123"


async def test_retention_blanks_old_message_text(tmp_path: Path) -> None:
    clock = FakeClock()
    async with Store(tmp_path / "s.sqlite") as store:
        msg = make_message("孩子的隐私内容", ts=clock.now)
        v = Verdict(rule_id="R05", category=Category.ABUSE, severity=Severity.MINOR, reason="r")
        d = Decision(event_id=msg.id, group_id="g1", member_id="p", verdicts=(v,))
        await store.record_decision(d, msg, clock.now, 1)
        assert await store.purge_message_text(clock.advance(days=10), timedelta(days=30)) == 0
        assert await store.purge_message_text(clock.advance(days=30), timedelta(days=30)) == 1
        async with store.db.execute("SELECT message_text FROM audit") as cur:
            assert (await cur.fetchone())[0] is None
        strikes = await store.load_strikes(clock.now - timedelta(days=365))
        assert strikes[0][:2] == ("g1", "p") and strikes[0][3] == 1


async def test_a_new_mute_timer_replaces_the_old(tmp_path: Path) -> None:
    clock = FakeClock()
    async with Store(tmp_path / "s.sqlite") as store:
        await store.add_timer("g1", "p", "unmute", clock.now + timedelta(minutes=10))
        await store.add_timer("g1", "p", "unmute", clock.now + timedelta(days=1))
        pending = await store.pending_timers()
        assert len(pending) == 1 and pending[0].due == clock.now + timedelta(days=1)
