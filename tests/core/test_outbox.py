"""Decided actions survive a crash; timed mutes always end; a failed timer is retried.

A crash is what the store holds after ``kill -9``: the tasks carrying out actions are
cancelled where they wait (a platform call that never returned), with nothing of theirs
committed after that point, and the store is closed.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from test_app import make_app

from classmod.app import (
    TIMER_ALERT_AFTER,
    TIMER_RETRY_FIRST,
    TIMER_RETRY_MAX,
    App,
    timer_retry_delay,
)
from classmod.model import Action, ActionKind, Group, Outcome, Platform
from classmod.storage.outbox import action_from_record, action_record
from classmod.storage.records import Timer
from classmod.store import MIGRATIONS, Store
from classmod.testing import FakeBridge, FakeClock, make_message


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


TEACHER: dict[str, Any] = {"sender": "t_zhou", "name": "周敏老师", "mentions": ("p_he_mom",)}


class HangingBridge(FakeBridge):
    """A bridge whose calls of some kinds never return: the process dies during them."""

    def __init__(self, *kinds: ActionKind) -> None:
        super().__init__(Platform.MATRIX)
        self.hang = set(kinds)
        self.reached = asyncio.Event()

    async def apply(self, action: Action, group: Group) -> Outcome:
        if action.kind in self.hang:
            self.reached.set()
            await asyncio.Event().wait()
        return await super().apply(action, group)


async def crash(app: App, store: Store) -> None:
    """Like kill -9 while the hanging calls wait: nothing more of theirs is written."""
    for task in list(app._inflight):
        task.cancel()
    await asyncio.gather(*app._inflight, return_exceptions=True)
    store.writer._pending.clear()  # what was only queued, not committed, dies with the process
    await store.close()


async def crash_during_a_mute_call(tmp_path: Path, clock: FakeClock) -> None:
    """A teacher's ``/mute 10m`` whose platform call never returns, then a crash."""
    bridge = HangingBridge(ActionKind.MUTE)
    app, store = await make_app(tmp_path, clock, bridge)
    mute = make_message("/mute 10m", ts=clock.now, message_id="$mute", **TEACHER)
    delivery = asyncio.create_task(bridge.deliver(mute))
    await asyncio.wait_for(bridge.reached.wait(), 5)
    await crash(app, store)
    delivery.cancel()


async def until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.01)


async def served(app: App, condition: Callable[[], bool]) -> None:
    """Run the app as ``classmod run`` does until ``condition``, then stop it."""
    task = asyncio.create_task(app.run())
    try:
        await until(condition)
        await asyncio.sleep(0.05)  # anything more it would (wrongly) do
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def unmutes(store: Store) -> list[Timer]:
    return [t for t in await store.timers.pending() if t.kind == "unmute"]


def outbox_rows(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0])


async def test_a_restart_carries_out_the_outbox_exactly_once(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = HangingBridge(ActionKind.DELETE)
    app, store = await make_app(tmp_path, clock, bridge)
    delivery = asyncio.create_task(bridge.deliver(make_message("你个 badword", ts=clock.now)))
    await asyncio.wait_for(bridge.reached.wait(), 5)
    await crash(app, store)
    delivery.cancel()
    assert bridge.applied == []
    assert outbox_rows(tmp_path / "state.sqlite") == 2  # the delete and the warning

    bridge2 = FakeBridge(Platform.MATRIX)
    app2, store2 = await make_app(tmp_path, clock, bridge2)
    await served(app2, lambda: len(bridge2.applied) >= 2)
    assert bridge2.kinds() == ["delete", "warn"]  # in the order decided
    rows = await store2.audit.tail("g1")
    assert [r["category"] for r in rows if r["kind"] == "action"] == ["delete", "warn"]
    await store2.close()
    assert outbox_rows(tmp_path / "state.sqlite") == 0

    bridge3 = FakeBridge(Platform.MATRIX)
    app3, store3 = await make_app(tmp_path, clock, bridge3)
    await served(app3, lambda: True)
    assert bridge3.applied == []  # once: a second restart replays nothing
    await store3.close()


async def test_a_replayed_action_the_platform_already_shows_is_not_repeated(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = HangingBridge(ActionKind.WARN)
    app, store = await make_app(tmp_path, clock, bridge)
    msg = make_message("你个 badword", ts=clock.now, message_id="$ad")
    delivery = asyncio.create_task(bridge.deliver(msg))
    await asyncio.wait_for(bridge.reached.wait(), 5)
    # the delete went through but the process died before its outcome was committed
    store.writer._pending.clear()
    await crash(app, store)
    delivery.cancel()
    assert outbox_rows(tmp_path / "state.sqlite") == 2

    bridge2 = FakeBridge(Platform.MATRIX)
    bridge2.deleted = {("g1", "$ad")}  # the platform shows it deleted
    app2, store2 = await make_app(tmp_path, clock, bridge2)
    await served(app2, lambda: len(bridge2.applied) >= 1)
    assert bridge2.kinds() == ["warn"]
    rows = await store2.audit.tail("g1")
    assert any(r["summary"] == "ok" and r["category"] == "delete" for r in rows)
    await store2.close()


async def test_a_mute_whose_call_never_returned_still_has_its_unmute_timer(
    tmp_path: Path, clock: FakeClock
) -> None:
    await crash_during_a_mute_call(tmp_path, clock)

    clock.advance(minutes=1)
    bridge2 = FakeBridge(Platform.MATRIX)
    app2, store2 = await make_app(tmp_path, clock, bridge2)
    timers = await store2.timers.pending()
    assert [(t.kind, t.member_id) for t in timers] == [("unmute", "p_he_mom")]
    assert timers[0].due == clock.now + timedelta(minutes=9)
    await served(app2, lambda: bool(bridge2.applied))
    assert bridge2.kinds() == ["mute"]  # the replayed mute, whose time is not over
    clock.advance(minutes=10)
    assert await app2.fire_due_timers() == 1
    assert bridge2.kinds() == ["mute", "unmute"]
    assert bridge2.muted == set()
    await store2.close()


async def test_a_replayed_mute_whose_time_ran_out_is_not_applied(
    tmp_path: Path, clock: FakeClock
) -> None:
    await crash_during_a_mute_call(tmp_path, clock)

    clock.advance(hours=1)  # down longer than the mute
    bridge2 = FakeBridge(Platform.MATRIX)
    app2, store2 = await make_app(tmp_path, clock, bridge2)
    await served(app2, lambda: bridge2.kinds() == ["unmute"])
    assert bridge2.kinds() == ["unmute"]  # the timer still ends it, harmlessly
    assert await store2.timers.pending() == []
    await store2.close()
    assert outbox_rows(tmp_path / "state.sqlite") == 0


async def fire_until(
    app: App, clock: FakeClock, done: Callable[[], bool], step: timedelta, limit: int = 200
) -> int:
    for n in range(limit):
        if done():
            return n
        clock.advance(seconds=step.total_seconds())
        await app.fire_due_timers()
    raise AssertionError("never happened")


async def test_a_failed_unmute_is_retried_with_backoff_and_staff_are_told_once(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(make_message("/mute 10m", ts=clock.now, message_id="$m", **TEACHER))
    assert ("g1", "p_he_mom") in bridge.muted
    bridge.refuse[ActionKind.UNMUTE] = "homeserver unreachable"  # down at the due time
    clock.advance(minutes=10)
    failed_at = clock.now
    assert await app.fire_due_timers() == 0
    [timer] = await unmutes(store)
    assert timer.failures == 1 and timer.failing_since == failed_at
    assert timer.due == failed_at + TIMER_RETRY_FIRST
    assert not [p for p in bridge.posts if "操作失败" in p[1] or "定时任务失败" in p[1]]

    def told() -> list[str]:
        return [text for _, text in bridge.posts if "定时任务失败" in text]

    await fire_until(app, clock, lambda: bool(told()), timedelta(seconds=5))
    assert clock.now - failed_at >= TIMER_ALERT_AFTER
    assert clock.now - failed_at < TIMER_ALERT_AFTER + TIMER_RETRY_MAX
    assert "对 何雨彤妈妈 的「解除禁言」" in told()[0]  # in words, by name
    clock.advance(minutes=30)
    for _ in range(5):
        clock.advance(minutes=5)
        await app.fire_due_timers()
    assert len(told()) == 1  # told once, not at every try
    [timer] = await unmutes(store)
    assert timer.failures > 5 and ("g1", "p_he_mom") in bridge.muted

    del bridge.refuse[ActionKind.UNMUTE]  # the homeserver is back
    clock.advance(minutes=5)
    assert await app.fire_due_timers() >= 1  # the unmute (and the unhandled alert's escalation)
    assert ("g1", "p_he_mom") not in bridge.muted
    assert await unmutes(store) == []
    await store.close()


async def test_a_timer_is_not_marked_done_by_a_restart_while_failing(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX, refuse={ActionKind.UNMUTE: "gateway down"})
    app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(make_message("/mute 10m", ts=clock.now, message_id="$m", **TEACHER))
    clock.advance(minutes=11)
    assert await app.fire_due_timers() == 0
    await store.close()

    bridge2 = FakeBridge(Platform.MATRIX)
    bridge2.muted = set(bridge.muted)
    app2, store2 = await make_app(tmp_path, clock, bridge2)
    [timer] = await unmutes(store2)
    assert timer.failures == 1
    clock.advance(minutes=1)
    assert await app2.fire_due_timers() == 1
    assert bridge2.muted == set()
    await store2.close()


async def test_a_decided_unmute_that_fails_becomes_a_retried_timer(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(make_message("/mute 1d", ts=clock.now, message_id="$m", **TEACHER))
    bridge.refuse[ActionKind.UNMUTE] = "gateway down"
    await bridge.deliver(make_message("/unmute", ts=clock.now, message_id="$u", **TEACHER))
    [timer] = await unmutes(store)
    assert timer.kind == "unmute" and timer.due == clock.now  # not a day from now
    del bridge.refuse[ActionKind.UNMUTE]
    clock.advance(seconds=1)
    assert await app.fire_due_timers() == 1
    assert bridge.muted == set()
    await store.close()


async def test_an_unmute_decided_before_a_remute_does_not_cancel_the_remutes_timer(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = HangingBridge(ActionKind.MUTE)
    app, store = await make_app(tmp_path, clock, bridge)
    # the first mute's call hangs; an /unmute and a new /mute are decided behind it
    deliveries = [
        asyncio.create_task(
            bridge.deliver(make_message(text, ts=clock.now, message_id=mid, **TEACHER))
        )
        for text, mid in (("/mute 1d", "$m1"), ("/unmute", "$u"), ("/mute 10m", "$m2"))
    ]
    await asyncio.wait_for(bridge.reached.wait(), 5)
    await until(lambda: store.processed.seen(("matrix", "g1", "$m2")))
    timers = await store.timers.pending()
    assert [(t.kind, t.due) for t in timers] == [("unmute", clock.now + timedelta(minutes=10))]
    await crash(app, store)
    for task in deliveries:
        task.cancel()


def test_an_action_survives_its_outbox_record_whole() -> None:
    action = Action(
        kind=ActionKind.MUTE,
        group_id="g1",
        member_id="p1",
        message_id="$m",
        duration=timedelta(minutes=10, seconds=0.5),
        text="@家长 禁言",
        rule_id="R03",
        reason="ad",
        downgraded_from=ActionKind.KICK,
        data=(("request_flag", "f1"),),
    )
    assert action_from_record(action_record(action)) == action
    bare = Action(kind=ActionKind.ALERT_STAFF, group_id="_management")
    assert action_from_record(action_record(bare)) == bare


def test_timer_retries_back_off_to_a_cap() -> None:
    delays = [timer_retry_delay(n) for n in range(12)]
    assert delays[0] == TIMER_RETRY_FIRST and delays[1] == 2 * TIMER_RETRY_FIRST
    assert delays == sorted(delays) and delays[-1] == TIMER_RETRY_MAX
    assert timer_retry_delay(10**6) == TIMER_RETRY_MAX


async def test_a_version_1_store_gains_the_outbox_and_keeps_its_timers(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as db:
        db.executescript(MIGRATIONS[0])
        db.execute("PRAGMA user_version = 1")
        db.execute(
            "INSERT INTO timers(group_id, member_id, kind, due) VALUES"
            " ('g1', 'p1', 'unmute', '2030-01-01T00:00:00+00:00')"
        )
    async with Store(path) as store:
        assert await store.schema_version() == len(MIGRATIONS)
        [timer] = await store.timers.pending()
        assert timer.member_id == "p1" and timer.failures == 0 and not timer.alerted
        assert await store.outbox.pending() == []
