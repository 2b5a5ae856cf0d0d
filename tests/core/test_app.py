"""The app shell with a FakeBridge and a fake clock: ordering, restarts, timers, commands."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest
from toyrules import plugins

from classmod.app import App
from classmod.bridge import Acknowledgement
from classmod.config import load_config
from classmod.model import Action, ActionKind, Group, Outcome, Platform
from classmod.plugins import Host, make_plugin_manager
from classmod.store import Store
from classmod.testing import FakeBridge, FakeClock, make_message

ROSTER = Path(__file__).parents[2] / "configs" / "rosters" / "demo-class.yaml"


def write_config(tmp_path: Path, extra: str = "") -> Path:
    cfg = tmp_path / "school.yaml"
    cfg.write_text(
        f"""
school: 测试学校
{extra}
management: {{platform: matrix, room: "!manage"}}
school_office: {{room: "!office", escalate_after: 1h}}
notices: {{deadline: 2h}}
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


def seen(event_id: str) -> tuple[str, str, str]:
    """The replay key of an event in the test group."""
    return ("matrix", "g1", event_id)


def make_host() -> Host:
    return Host(make_plugin_manager(plugins(), standard_rules=False, entry_points=False))


async def make_app(
    tmp_path: Path, clock: FakeClock, bridge: FakeBridge, extra: str = ""
) -> tuple[App, Store]:
    host = make_host()
    config = load_config(
        write_config(tmp_path, extra), {rid: r.spec for rid, r in host.rules.items()}
    )
    store = Store(tmp_path / "state.sqlite")
    await store.open()
    app = App(config, [bridge], store, clock=clock, host=host)
    bridge.attach(app.handle)
    await app.start()
    return app, store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


async def test_bad_message_is_deleted_and_audited_with_evidence(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(make_message("你个 badword", ts=clock.now))
    assert bridge.kinds() == ["delete", "warn"]
    rows = await store.audit.tail("g1")
    assert rows[0]["kind"] == "verdict" and rows[0]["rule_id"] == "T01"
    async with store.db.execute("SELECT message_text FROM audit WHERE kind='verdict'") as cur:
        assert (await cur.fetchone())[0] == "你个 badword"
    await store.close()


async def test_replayed_event_is_not_punished_twice(tmp_path: Path, clock: FakeClock) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    msg = make_message("badword", ts=clock.now, message_id="$evt1")
    await bridge.deliver(msg)
    await bridge.deliver(msg)
    assert bridge.kinds().count("delete") == 1
    await store.close()


async def test_mute_lifts_on_time_across_restart(tmp_path: Path, clock: FakeClock) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    for i in range(3):
        await bridge.deliver(
            make_message("badword", ts=clock.advance(minutes=1), message_id=f"$m{i}")
        )
    assert ("g1", "p_he_mom") in bridge.muted
    await store.close()  # the bot stops

    clock.advance(minutes=5)
    bridge2 = FakeBridge(Platform.MATRIX)
    bridge2.muted = set(bridge.muted)
    app2, store2 = await make_app(tmp_path, clock, bridge2)
    assert await app2.fire_due_timers() == 0  # not yet due
    clock.advance(minutes=6)
    assert await app2.fire_due_timers() == 1
    assert ("g1", "p_he_mom") not in bridge2.muted
    # strikes survived the restart: the next offence is on the 4th step (mute 1 day)
    await bridge2.deliver(make_message("badword", ts=clock.advance(minutes=1), message_id="$m9"))
    mutes = [a for a in bridge2.applied if a.kind == ActionKind.MUTE]
    assert mutes[-1].duration == timedelta(days=1)
    await store2.close()


async def test_parent_ban_is_refused_politely(tmp_path: Path, clock: FakeClock) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(make_message("/ban p_guo_mom", sender="p_zhang_dad", ts=clock.now))
    assert bridge.applied == []
    assert "只有班主任和任课老师" in bridge.posts[-1][1]
    await store.close()


async def test_supervisor_reads_audit_but_cannot_mute(tmp_path: Path, clock: FakeClock) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(make_message("badword", sender="p_guo_mom", ts=clock.now))
    await bridge.deliver(
        make_message(
            "/audit", sender="p_he_mom", group_id="_management", ts=clock.advance(minutes=1)
        )
    )
    assert bridge.posts[-1][0] == "!manage" and "最近处理记录" in bridge.posts[-1][1]
    await bridge.deliver(
        make_message("/禁言 p_guo_mom 10m", sender="p_he_mom", ts=clock.advance(minutes=1))
    )
    assert "监督员" in bridge.posts[-1][1]
    assert [a.kind for a in bridge.applied].count(ActionKind.MUTE) == 0
    await store.close()


async def test_teacher_mutes_by_reply_and_undo_reverses(tmp_path: Path, clock: FakeClock) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(
        make_message("今天天气不错", sender="p_guo_mom", message_id="$x", ts=clock.now)
    )
    await bridge.deliver(
        make_message("/mute 2h", sender="t_zhou", reply_to="$x", ts=clock.advance(minutes=1))
    )
    assert bridge.applied[-1].kind == ActionKind.MUTE and bridge.applied[-1].duration == timedelta(
        hours=2
    )
    await bridge.deliver(
        make_message("/undo p_guo_mom", sender="t_zhou", ts=clock.advance(minutes=1))
    )
    assert bridge.applied[-1].kind == ActionKind.UNMUTE
    await store.close()


async def test_management_room_command_names_group(tmp_path: Path, clock: FakeClock) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    msg = make_message(
        "/mute matrix:g1:p_li_mom 10m", sender="t_zhou", group_id="_management", ts=clock.now
    )
    await bridge.deliver(msg)
    assert bridge.applied[-1].kind == ActionKind.MUTE and bridge.applied[-1].member_id == "p_li_mom"
    assert bridge.posts[-1][0] == "!manage"
    await store.close()


async def test_notice_acks_and_deadline_follow_up(tmp_path: Path, clock: FakeClock) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(
        make_message("/notice 明天秋游，请带好午餐", sender="t_zhou", message_id="$n", ts=clock.now)
    )
    await bridge.deliver(
        make_message("收到", sender="p_he_mom", reply_to="$n", ts=clock.advance(minutes=1))
    )
    await bridge.deliver(
        Acknowledgement(
            group_id="g1", member_id="p_guo_mom", message_id="$n", ts=clock.now, via="reaction"
        )
    )
    await bridge.deliver(make_message("/acks", sender="t_zhou", ts=clock.advance(minutes=1)))
    reply = bridge.posts[-1][1]
    assert "张子涵爸爸" in reply and "李明轩妈妈" in reply and "何雨彤妈妈" not in reply
    clock.advance(hours=3)
    await app.fire_due_timers()
    follow_up = [
        a for a in bridge.applied if a.kind == ActionKind.NOTIFY and a.member_id == "t_zhou"
    ]
    assert follow_up and "张子涵爸爸" in follow_up[-1].text
    await store.close()


async def test_failed_action_alerts_staff_and_unhandled_alert_escalates(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX, refuse={ActionKind.DELETE: "M_FORBIDDEN"})
    app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(make_message("badword", ts=clock.now))
    assert any(room == "!manage" and "操作失败" in text for room, text in bridge.posts)
    clock.advance(hours=2)
    await app.fire_due_timers()
    assert any(room == "!office" for room, _ in bridge.posts)
    await store.close()


async def test_management_command_names_matrix_id_without_mention(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    app, store = await make_app(tmp_path, clock, bridge)
    assert await app.command_runtime._find_member(app.group("g1"), "@p_li_mom") is None
    msg = make_message(
        "/mute g1 p_li_mom 10m", sender="t_zhou", group_id="_management", ts=clock.now
    )
    await bridge.deliver(msg)
    assert bridge.applied[-1].member_id == "p_li_mom"
    await store.close()


class SlowBridge(FakeBridge):
    """A bridge whose mute takes until ``release`` is set, like a slow homeserver."""

    def __init__(self) -> None:
        super().__init__(Platform.MATRIX)
        self.release = asyncio.Event()
        self.started = asyncio.Event()

    async def apply(self, action: Action, group: Group) -> Outcome:
        if action.kind == ActionKind.MUTE:
            self.started.set()
            await self.release.wait()
        return await super().apply(action, group)


async def test_stopping_mid_action_finishes_the_event_and_a_restart_does_not_repeat_it(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = SlowBridge()
    app, store = await make_app(tmp_path, clock, bridge)
    command = make_message(
        "/mute 10m",
        sender="t_zhou",
        name="周敏老师",
        ts=clock.now,
        message_id="$cmd",
        mentions=("p_he_mom",),
    )
    # the bridge's worker is cancelled (the bot stops) while the mute is in flight
    delivery = asyncio.create_task(bridge.deliver(command))
    await asyncio.wait_for(bridge.started.wait(), 5)
    delivery.cancel()
    bridge.release.set()
    await app.drain()
    assert bridge.kinds() == ["mute"]
    await store.close()

    # the homeserver hands the same event to the restarted bot: it is not applied again
    bridge2 = FakeBridge(Platform.MATRIX)
    _app2, store2 = await make_app(tmp_path, clock, bridge2)
    await bridge2.deliver(command)
    assert bridge2.applied == []
    timers = await store2.timers.pending()
    assert [t.kind for t in timers] == ["unmute"]
    await store2.close()


async def test_concurrent_events_share_commits(tmp_path: Path, clock: FakeClock) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    before = store.writer.commits
    messages = [
        make_message(f"明天几点到校？{i}", ts=clock.now, message_id=f"$q{i}") for i in range(200)
    ]
    await asyncio.gather(*(bridge.deliver(m) for m in messages))
    await store.flush()
    assert store.writer.pending_writes == 0
    assert (await store.counts(("processed",)))["processed"] == 200
    assert store.writer.commits - before < 20  # group commit, not one commit per event
    await store.close()


async def test_actions_reach_the_platform_in_event_order(tmp_path: Path, clock: FakeClock) -> None:
    """The group's next event is decided while a slow action is on the wire, but its own
    actions wait: an /unmute never overtakes the mute it lifts."""
    bridge = SlowBridge()
    _app, store = await make_app(tmp_path, clock, bridge)
    teacher = {"sender": "t_zhou", "name": "周敏老师", "mentions": ("p_he_mom",)}
    mute = make_message("/mute 10m", ts=clock.now, message_id="$mute", **teacher)
    unmute = make_message("/unmute", ts=clock.now, message_id="$unmute", **teacher)
    first = asyncio.create_task(bridge.deliver(mute))
    await asyncio.wait_for(bridge.started.wait(), 5)
    second = asyncio.create_task(bridge.deliver(unmute))
    try:
        async with asyncio.timeout(5):  # the unmute is decided (its command recorded) ...
            while not store.processed.seen(seen("$unmute")):
                await asyncio.sleep(0.01)
        assert bridge.applied == []  # ... but waits for the mute before it
    finally:
        bridge.release.set()
    await asyncio.gather(first, second)
    assert bridge.kinds() == ["mute", "unmute"]
    assert ("g1", "p_he_mom") not in bridge.muted
    await store.close()


async def test_management_audit_shows_the_schools_local_time(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge, extra="timezone: Asia/Urumqi")
    await bridge.deliver(make_message("badword", sender="p_guo_mom", ts=clock.now))
    await bridge.deliver(
        make_message("/audit", sender="t_zhou", group_id="_management", ts=clock.now)
    )
    # the fake clock reads 09:00 in Shanghai: 07:00 in Urumqi, 01:00 UTC
    audit = bridge.posts[-1][1]
    assert "07:00" in audit and "09:00" not in audit and "01:00" not in audit
    await store.close()


async def test_the_processs_app_freezes_its_long_lived_objects_out_of_the_collector(
    tmp_path: Path, clock: FakeClock
) -> None:
    import gc

    host = make_host()
    config = load_config(write_config(tmp_path), {rid: r.spec for rid, r in host.rules.items()})
    async with Store(tmp_path / "state.sqlite") as store:
        bridge = FakeBridge(Platform.MATRIX)
        assert gc.get_freeze_count() == 0
        plain = App(config, [bridge], store, clock=clock, host=host)
        await plain.start()
        assert gc.get_freeze_count() == 0  # tests' apps leave the collector alone
        app = App(config, [bridge], store, clock=clock, host=host, freeze_gc=True)
        try:
            await app.start()
            assert gc.get_freeze_count() > 0
            assert any(obj is app.engine for obj in gc.get_objects()) is False
        finally:
            gc.unfreeze()
        bridge.attach(app.handle)
        await bridge.deliver(make_message("你个 badword", ts=clock.now))
        assert bridge.kinds() == ["delete", "warn"]  # and it works as before


async def test_a_clean_message_is_decided_in_the_call_with_no_task(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    app, store = await make_app(tmp_path, clock, bridge)
    msg = make_message("老师好，收到", ts=clock.now, message_id="$clean")
    tasks_before = len(asyncio.all_tasks())
    handled = app.handle(msg)
    # decided, marked and finished before the caller yields to the loop
    assert store.processed.seen(seen("$clean"))
    assert isinstance(handled, asyncio.Future) and handled.done()
    assert len(asyncio.all_tasks()) <= tasks_before + 1  # at most the store's committer
    await handled
    bad = app.handle(make_message("你个 badword", ts=clock.now, message_id="$bad"))
    assert store.processed.seen(seen("$bad"))  # decided in the call; its actions run in a task
    await bad
    assert bridge.kinds() == ["delete", "warn"]
    await store.close()


async def test_a_groups_messages_wait_for_a_command_before_them_to_be_decided(
    tmp_path: Path, clock: FakeClock
) -> None:
    """A command's decision awaits the store, so it runs in a task; the messages of its
    group that come after it are decided after it, in arrival order, never before it."""
    bridge = FakeBridge(Platform.MATRIX)
    app, store = await make_app(tmp_path, clock, bridge)
    teacher = {"sender": "t_zhou", "name": "周敏老师", "mentions": ("p_he_mom",)}
    warn = app.handle(make_message("/warn", ts=clock.now, message_id="$warn", **teacher))
    later = [
        app.handle(make_message(f"你个 badword {i}", ts=clock.now, message_id=f"$bad{i}"))
        for i in range(3)
    ]
    assert not store.processed.seen(seen("$bad0"))  # not decided ahead of the command
    await asyncio.gather(warn, *later)
    rows = await store.audit.tail("g1", limit=100)
    decided = [r["kind"] for r in rows if r["kind"] in ("command", "verdict")]
    assert decided[0] == "command" and decided.count("verdict") == 3
    # the command's strike counted for the first bad message's escalation
    assert app.engine.strikes("g1", "p_he_mom", clock.now) == 4
    # once the command is decided, the group is back on the fast path
    assert app._deciding == {}
    fast = app.handle(make_message("好的", ts=clock.now, message_id="$after"))
    assert store.processed.seen(seen("$after"))
    await fast
    await store.close()


def test_an_app_serves_a_second_event_loop(tmp_path: Path) -> None:
    """The finished future a clean message gets belongs to the running loop, so gather()
    in a later loop accepts it."""
    clock = FakeClock()
    bridge = FakeBridge(Platform.MATRIX)

    async def first() -> App:
        app, store = await make_app(tmp_path, clock, bridge)
        await asyncio.gather(app.handle(make_message("收到", ts=clock.now, message_id="$a")))
        await store.close()
        return app

    app = asyncio.run(first())

    async def second() -> None:
        await app.store.open()
        try:
            handled = app.handle(make_message("好的", ts=clock.now, message_id="$b"))
            await asyncio.gather(handled)
            assert app.store.processed.seen(seen("$b"))
        finally:
            await app.store.close()

    asyncio.run(second())


async def test_a_command_that_needs_a_member_and_names_none_says_how(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    for command in ("/kick", "/mute 10m", "/undo"):
        await bridge.deliver(make_message(command, sender="t_zhou", ts=clock.now))
        assert "请回复要处理的消息，或写明成员" in bridge.posts[-1][1]
    assert bridge.applied == []
    await store.close()


async def test_an_id_seen_in_one_group_is_judged_again_in_another(
    tmp_path: Path, clock: FakeClock
) -> None:
    """Replay dedupe keys on (platform, group, id): a different message that reuses an id
    already seen in another group is judged, not skipped as a replay."""
    second_group = f"""
  g2:
    platform: matrix
    platform_id: "!class2"
    roster: {ROSTER}
"""
    cfg = write_config(tmp_path)
    cfg.write_text(cfg.read_text(encoding="utf-8") + second_group, encoding="utf-8")
    host = make_host()
    config = load_config(cfg, {rid: r.spec for rid, r in host.rules.items()})
    bridge = FakeBridge(Platform.MATRIX)
    async with Store(tmp_path / "state.sqlite") as store:
        app = App(config, [bridge], store, clock=clock, host=host)
        bridge.attach(app.handle)
        await app.start()
        await bridge.deliver(make_message("你个 badword", ts=clock.now, message_id="5001"))
        await bridge.deliver(
            make_message("badword 又来", group_id="g2", ts=clock.now, message_id="5001")
        )
        deleted = [a.group_id for a in bridge.applied if a.kind == ActionKind.DELETE]
        assert deleted == ["g1", "g2"]
        # the same message again in its own group is still a replay
        await bridge.deliver(
            make_message("badword 又来", group_id="g2", ts=clock.now, message_id="5001")
        )
        assert [a.group_id for a in bridge.applied if a.kind == ActionKind.DELETE] == deleted
