"""Plugins' storage (classmod.pluginstore): a key-value space, tables of their own with
migrations, and RECORD actions carried out by the plugin that decided them, kept with
the other decided actions. School 3's sanction ledger (P02) is the worked example."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from classmod.app import App
from classmod.config import load_config
from classmod.hookspecs import hookimpl
from classmod.model import Action, ActionKind, Platform
from classmod.plugins import Host, PluginError, load_plugin, make_plugin_manager
from classmod.pluginstore import PluginStorage, PluginStorageError, StorageSpec, record_action
from classmod.storage.records import Timer
from classmod.store import MIGRATIONS, Store
from classmod.testing import FakeBridge, FakeClock, make_message
from classmod.timers import TimerKind

ROOT = Path(__file__).parents[2]
ROSTER = ROOT / "configs" / "rosters" / "demo-class.yaml"
LEDGER_FILE = ROOT / "plugins" / "school3_ledger.py"

NOTES = StorageSpec(
    name="notes",
    migrations=(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);",
        "ALTER TABLE notes ADD COLUMN author TEXT NOT NULL DEFAULT '';"
        " CREATE INDEX notes_author ON notes(author);",
    ),
)


async def test_migrations_run_once_each_and_in_order(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    async with Store(path) as store:
        first = StorageSpec(name="notes", migrations=NOTES.migrations[:1])
        assert await store.plugin_data.migrate(first) == 1
        assert await store.plugin_data.migrate(first) == 0  # nothing left to run
    async with Store(path) as store:  # a later version of the plugin adds a migration
        assert await store.plugin_data.migrate(NOTES) == 1
        storage = PluginStorage(store, NOTES)
        storage.execute("INSERT INTO notes(body, author) VALUES (?, ?)", ("校服到了", "t_zhou"))
        assert await storage.fetch("SELECT body, author FROM notes") == [("校服到了", "t_zhou")]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version FROM plugin_schema").fetchall() == [(2,)]


async def test_an_older_plugin_than_its_store_stops_start_up(tmp_path: Path) -> None:
    async with Store(tmp_path / "s.sqlite") as store:
        await store.plugin_data.migrate(NOTES)
        older = StorageSpec(name="notes", migrations=NOTES.migrations[:1])
        with pytest.raises(PluginStorageError, match=r"ran 2 of its migrations.*has 1"):
            await store.plugin_data.migrate(older)


async def test_a_migration_that_fails_or_reaches_outside_is_rolled_back(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    async with Store(path) as store:
        rogue = StorageSpec(
            name="notes", migrations=("CREATE TABLE notes (x); CREATE TABLE audit2 (y);",)
        )
        with pytest.raises(PluginStorageError, match="migration 1: creates audit2"):
            await store.plugin_data.migrate(rogue)
        broken = StorageSpec(
            name="notes", migrations=("CREATE TABLE notes (x); INSERT INTO nowhere VALUES (1);",)
        )
        with pytest.raises(PluginStorageError, match=r"notes.*migration 1.*nowhere"):
            await store.plugin_data.migrate(broken)
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert not {"notes", "audit2"} & tables
        assert conn.execute("SELECT COUNT(*) FROM plugin_schema").fetchone() == (0,)


async def test_a_plugin_writes_only_to_its_own_tables(tmp_path: Path) -> None:
    async with Store(tmp_path / "s.sqlite") as store:
        await store.plugin_data.migrate(NOTES)
        storage = PluginStorage(store, NOTES)
        with pytest.raises(PluginStorageError, match="only to its own tables"):
            storage.execute("DELETE FROM audit")
        with pytest.raises(PluginStorageError, match="only to its own tables"):
            storage.execute("INSERT INTO notesx(body) VALUES ('x')")  # a prefix is not a name


def test_a_storage_name_must_be_a_table_prefix() -> None:
    for bad in ("Notes", "1x", "x", "no-dash", "a" * 42):
        with pytest.raises(PluginStorageError, match="storage name"):
            StorageSpec(name=bad)


async def test_key_value_space_is_per_plugin_and_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    now = datetime(2026, 9, 7, 9, 0)
    async with Store(path) as store:
        mine, theirs = PluginStorage(store, NOTES), PluginStorage(store, StorageSpec(name="other"))
        mine.put("week:36", {"fines": 2, "who": ["李老师"]}, now)
        mine.put("week:37", 0, now)
        mine.put("term", "秋季", now)
        theirs.put("week:36", "not mine", now)
        assert await mine.get("week:36") == {"fines": 2, "who": ["李老师"]}
        assert await mine.keys("week:") == ["week:36", "week:37"]
        mine.delete("week:37")
        assert await mine.get("week:37", "gone") == "gone"
    async with Store(path) as store:
        mine = PluginStorage(store, NOTES)
        assert await mine.keys() == ["term", "week:36"]
        assert await PluginStorage(store, StorageSpec(name="other")).get("week:36") == "not mine"


class NotesPlugin:
    @hookimpl
    def classmod_register_storage(self) -> StorageSpec:
        return NOTES


def test_two_plugins_may_not_share_a_storage_name() -> None:
    pm = make_plugin_manager(
        [NotesPlugin(), NotesPlugin()], standard_rules=False, entry_points=False
    )
    with pytest.raises(PluginError, match="two plugins declare the storage 'notes'"):
        Host(pm).storage_specs()


# -- the P02 ledger, end to end ---------------------------------------------------------


def write_config(tmp_path: Path) -> Path:
    cfg = tmp_path / "school.yaml"
    cfg.write_text(
        f"""
school: 大塘中心小学
plugins: [{LEDGER_FILE}]
management: {{platform: matrix, room: "!manage"}}
school_office: {{room: "!office", escalate_after: 1h}}
groups:
  g1:
    platform: matrix
    platform_id: "!class"
    class: 一年级(2)班
    roster: {ROSTER}
""",
        encoding="utf-8",
    )
    return cfg


async def start(tmp_path: Path, clock: FakeClock, bridge: FakeBridge) -> tuple[App, Store]:
    config = load_config(write_config(tmp_path))
    host = Host(make_plugin_manager([LEDGER_FILE.as_posix()], entry_points=False))
    store = Store(tmp_path / "state.sqlite")
    await store.open()
    app = App(config, [bridge], store, clock=clock, host=host)
    bridge.attach(app.handle)
    await app.start()
    return app, store


async def ledger(store: Store) -> list[tuple[Any, ...]]:
    await store.flush()
    async with store.db.execute(
        "SELECT member_id, rule_id, entry, detail FROM school3_ledger ORDER BY id"
    ) as cur:
        return [tuple(r) for r in await cur.fetchall()]


async def test_a_teachers_abuse_is_recorded_in_the_plugins_ledger_and_audited(
    tmp_path: Path,
) -> None:
    clock = FakeClock()
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await start(tmp_path, clock, bridge)
    await bridge.deliver(make_message("你就是个傻逼，听不懂人话", sender="t_li", ts=clock.now))
    rows = await ledger(store)
    assert [(m, r, e[:6]) for m, r, e, _ in rows] == [("t_li", "R05", "首次违反群规")]
    assert json.loads(rows[0][3])["offence"] == "1"
    records = [r for r in await store.audit.tail("g1", 50) if r["category"] == "record"]
    assert [(r["kind"], r["member_id"], r["summary"]) for r in records] == [
        ("action", "t_li", "ok")
    ]
    await store.close()
    # a restart keeps the ledger; the second offence adds its entry and goes to the office
    bridge2 = FakeBridge(Platform.MATRIX)
    _app2, store2 = await start(tmp_path, clock, bridge2)
    await bridge2.deliver(make_message("滚，傻逼家长", sender="t_li", ts=clock.now))
    assert [r[2][:4] for r in await ledger(store2)] == ["首次违反", "再次违反"]
    await store2.close()


async def test_a_record_no_plugin_keeps_is_reported_as_not_done(tmp_path: Path) -> None:
    clock = FakeClock()
    bridge = FakeBridge(Platform.MATRIX)
    app, store = await start(tmp_path, clock, bridge)
    orphan = StorageSpec(name="gone_plugin")
    outcome = await app.apply(record_action(orphan, group_id="g1", text="x"), "e1")
    assert not outcome.ok and "no plugin keeps the records of 'gone_plugin'" in outcome.detail
    await store.close()


async def test_an_old_store_ledger_and_its_queued_records_move_to_the_plugin(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:8]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 8")
    conn.execute(
        "INSERT INTO ledger(ts, group_id, member_id, rule_id, entry) VALUES"
        " ('2026-09-01T01:00:00+00:00', 'g1', 't_li', 'R05', '首次违反群规第5条')"
    )
    old = {
        "kind": "record_sanction",
        "group": "g1",
        "member": "t_li",
        "text": "再次",
        "data": [["offence", "2"]],
    }
    conn.execute(
        "INSERT INTO outbox(ts, group_id, event_id, action) VALUES (?, 'g1', '$e', ?)",
        ("2026-09-01T01:00:00+00:00", json.dumps(old, ensure_ascii=False)),
    )
    conn.commit()
    conn.close()
    async with Store(path) as store:
        [intent] = await store.outbox.pending()
        assert intent.action.kind == ActionKind.RECORD
        assert dict(intent.action.data) == {"offence": "2", "recorder": "school3_ledger"}
        spec = load_plugin(LEDGER_FILE.as_posix()).STORAGE  # type: ignore[attr-defined]
        assert await store.plugin_data.migrate(spec) == 1  # IF NOT EXISTS: the old rows stay
        assert await PluginStorage(store, spec).fetch("SELECT entry FROM school3_ledger") == [
            ("首次违反群规第5条",)
        ]


# -- plugins' timers ----------------------------------------------------------------------

REMINDERS = StorageSpec(name="reminders")


class ReminderPlugin:
    """Reminds a teacher a day after something was recorded: a plugin's own timer kind."""

    @hookimpl
    def classmod_register_storage(self) -> StorageSpec:
        return REMINDERS

    @hookimpl
    def classmod_register_timers(self) -> dict[str, TimerKind]:
        async def remind(timer: Timer) -> Action:
            return Action(
                kind=ActionKind.NOTIFY,
                group_id=timer.group_id,
                member_id=timer.member_id,
                rule_id="S9-01",
                text=str(timer.payload["text"]),
            )

        return {"reminders.follow_up": TimerKind(remind)}


async def start_with(tmp_path: Path, clock: FakeClock, bridge: FakeBridge) -> App:
    config = load_config(write_config(tmp_path))
    host = Host(make_plugin_manager([ReminderPlugin()], entry_points=False))
    store = Store(tmp_path / "state.sqlite")
    await store.open()
    app = App(config, [bridge], store, clock=clock, host=host)
    await app.start()
    return app


async def test_a_plugins_timer_fires_after_a_restart_and_does_its_action(tmp_path: Path) -> None:
    clock = FakeClock()
    app = await start_with(tmp_path, clock, FakeBridge(Platform.MATRIX))
    app.storages["reminders"].add_timer(
        "reminders.follow_up",
        "g1",
        clock.now + timedelta(days=1),
        member_id="t_zhou",
        payload={"text": "请跟进昨天的家访记录"},
    )
    await app.store.close()
    bridge = FakeBridge(Platform.MATRIX)
    app = await start_with(tmp_path, clock, bridge)
    assert await app.fire_due_timers() == 0  # not yet due
    clock.advance(timedelta(days=1, seconds=1))
    assert await app.fire_due_timers() == 1
    assert [(a.kind, a.member_id, a.text) for a in bridge.applied] == [
        (ActionKind.NOTIFY, "t_zhou", "请跟进昨天的家访记录")
    ]
    assert await app.store.timers.pending() == []
    await app.store.close()


async def test_a_plugin_arms_only_timers_of_its_own_kinds(tmp_path: Path) -> None:
    async with Store(tmp_path / "s.sqlite") as store:
        storage = PluginStorage(store, REMINDERS)
        for kind in ("unmute", "other.follow_up", "reminders.", "remindersx.a"):
            with pytest.raises(PluginStorageError, match="timer kinds are named reminders"):
                storage.add_timer(kind, "g1", datetime(2026, 9, 8, 9, 0))


def test_a_timer_kind_outside_the_plugins_storage_stops_start_up() -> None:
    class Stray:
        @hookimpl
        def classmod_register_timers(self) -> dict[str, TimerKind]:
            return {"unmute": TimerKind(lambda timer: None)}  # type: ignore[arg-type,return-value]

    host = Host(make_plugin_manager([Stray()], standard_rules=False, entry_points=False))
    with pytest.raises(PluginError, match=r"timer kind 'unmute': name it <storage>\.<kind>"):
        host.timer_kinds({"unmute"})
