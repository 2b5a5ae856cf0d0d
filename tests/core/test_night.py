"""Night: quiet-hours reminders go privately, never as an @ in the group; a reminder that
cannot be sent is one morning summary; the optional night lock is set at the window's
start and lifted at its end, across a restart, and a refused lock is told truthfully.

The real app, standard rules and default policy, a FakeBridge, a fake clock.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from classmod.app import App
from classmod.config import ConfigError, load_config
from classmod.model import ActionKind, Platform, QuietHours, RefusalReason
from classmod.night import LOCK, UNLOCK, current_window, next_window
from classmod.store import Store
from classmod.testing import SHANGHAI, FakeBridge, FakeClock, make_message

ROSTER = Path(__file__).parents[2] / "configs" / "rosters" / "demo-class.yaml"
CLASS = "三年级(2)班"
QUIET = QuietHours(start=time(20, 0), end=time(7, 0))


def write_config(tmp_path: Path, platform: str = "qq", extra: str = "") -> Path:
    cfg = tmp_path / "school.yaml"
    cfg.write_text(
        f"""
school: 测试学校
member_audit: false
{extra}
management: {{platform: {platform}, room: "!manage"}}
groups:
  g1:
    platform: {platform}
    platform_id: "10086"
    class: {CLASS}
    roster: {ROSTER}
""",
        encoding="utf-8",
    )
    return cfg


async def make_app(
    tmp_path: Path, clock: FakeClock, bridge: FakeBridge, extra: str = ""
) -> tuple[App, Store]:
    config = load_config(write_config(tmp_path, str(bridge.platform), extra))
    store = Store(tmp_path / "state.sqlite")
    await store.open()
    app = App(config, [bridge], store, clock=clock)
    bridge.attach(app.handle)
    await app.start()
    return app, store


def at(hour: int, minute: int = 0, day: int = 7) -> datetime:
    return datetime(2026, 9, day, hour, minute, tzinfo=SHANGHAI)


def test_the_window_around_and_after_a_time() -> None:
    assert current_window(at(23), QUIET, SHANGHAI) == (at(20), at(7, day=8))
    assert current_window(at(3, day=8), QUIET, SHANGHAI) == (at(20), at(7, day=8))
    assert current_window(at(7, day=8), QUIET, SHANGHAI) is None
    assert current_window(at(19, 59), QUIET, SHANGHAI) is None
    assert next_window(at(9), QUIET, SHANGHAI) == (at(20), at(7, day=8))
    assert next_window(at(21), QUIET, SHANGHAI) == (at(20, day=8), at(7, day=9))
    same_day = QuietHours(start=time(12, 0), end=time(14, 0))
    assert current_window(at(13), same_day, SHANGHAI) == (at(12), at(14))
    assert next_window(at(15), same_day, SHANGHAI) == (at(12, day=8), at(14, day=8))


async def test_a_late_message_is_reminded_privately_never_in_the_group(tmp_path: Path) -> None:
    clock = FakeClock(at(23, 52))
    bridge = FakeBridge(Platform.QQ)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(
        make_message("明天穿什么衣服呀", sender="p_zhang_dad", name="张子涵爸爸", ts=clock.now)
    )
    [reminder] = bridge.applied
    assert reminder.kind == ActionKind.NOTIFY and reminder.member_id == "p_zhang_dad"
    assert "休息时段" in reminder.text and "@" not in reminder.text
    assert not [a for a in bridge.applied if a.kind in (ActionKind.REMIND, ActionKind.WARN)]
    await store.close()


async def test_an_acknowledgement_of_a_night_notice_gets_no_reminder(tmp_path: Path) -> None:
    clock = FakeClock(at(21, 30))
    bridge = FakeBridge(Platform.QQ)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(
        make_message(
            "【通知】明天上午九点开家长会，请各位家长准时参加，收到请回复。",
            sender="t_zhou",
            name="语文周敏",
            ts=clock.now,
            message_id="n1",
        )
    )
    before = len(bridge.applied)
    await bridge.deliver(
        make_message("收到", sender="p_zhang_dad", name="张子涵爸爸", ts=clock.advance(minutes=2))
    )
    told = [a for a in bridge.applied[before:] if a.member_id == "p_zhang_dad"]
    assert not [a for a in told if a.kind in (ActionKind.NOTIFY, ActionKind.REMIND)], told
    await store.close()


async def test_a_reminder_that_cannot_be_sent_is_one_morning_summary(tmp_path: Path) -> None:
    clock = FakeClock(at(22))
    bridge = FakeBridge(Platform.QQ, refuse={ActionKind.NOTIFY: RefusalReason.REFUSED})
    app, store = await make_app(tmp_path, clock, bridge)
    for sender, name in (("p_zhang_dad", "张子涵爸爸"), ("p_li_mom", "李明轩妈妈")):
        for text in ("明天要带水彩笔吗", "还有剪刀"):
            await bridge.deliver(make_message(text, sender=sender, name=name, ts=clock.now))
            clock.advance(minutes=5)
    # nobody is woken for it: no failure alert in the management room, nothing in the group
    assert bridge.posts == []
    assert not [a for a in bridge.applied if a.kind == ActionKind.REMIND]
    clock.now = at(6, 59, day=8)
    await app.fire_due_timers()
    assert not [a for a in bridge.applied if a.kind == ActionKind.REMIND]
    clock.now = at(7, 0, day=8)
    await app.fire_due_timers()
    [summary] = [a for a in bridge.applied if a.kind == ActionKind.REMIND]
    assert summary.member_id == "" and summary.group_id == "g1"
    assert "2 位成员" in summary.text and "20:00–07:00" in summary.text
    assert "张子涵" not in summary.text and "@" not in summary.text
    await store.close()


def locks(bridge: FakeBridge) -> list[ActionKind]:
    return [a.kind for a in bridge.applied if a.kind in (ActionKind.LOCK, ActionKind.UNLOCK)]


def notices(bridge: FakeBridge) -> list[str]:
    return [a.text for a in bridge.applied if a.kind == ActionKind.REMIND]


@pytest.mark.parametrize("platform", [Platform.QQ, Platform.MATRIX])
async def test_the_night_lock_is_set_and_lifted_on_time_across_a_restart(
    tmp_path: Path, platform: Platform
) -> None:
    clock = FakeClock(at(18))
    bridge = FakeBridge(platform)
    app, store = await make_app(tmp_path, clock, bridge, "night_lock: true")
    await app.fire_due_timers()
    assert locks(bridge) == []
    clock.now = at(20)
    await app.fire_due_timers()
    assert locks(bridge) == [ActionKind.LOCK]
    assert notices(bridge) == [
        "现在是休息时间（20:00–07:00），本群已开启全员禁言，明早 07:00 自动解除。"
        "急事请直接电话联系老师。"
    ]
    await store.close()
    # the bot is down over midnight; the restarted app locks nothing twice, lifts on time
    clock.now = at(3, day=8)
    bridge = FakeBridge(platform)
    app, store = await make_app(tmp_path, clock, bridge, "night_lock: true")
    await app.fire_due_timers()
    assert locks(bridge) == []
    clock.now = at(7, day=8)
    await app.fire_due_timers()
    assert locks(bridge) == [ActionKind.UNLOCK]
    assert notices(bridge) == ["早上好！夜间全员禁言已解除，大家可以正常发言了。"]
    [next_lock] = [t for t in await store.timers.pending() if t.kind == LOCK]
    assert next_lock.due == at(20, day=8)
    await store.close()


async def test_a_lock_applied_before_its_timer_was_marked_done_is_not_set_again(
    tmp_path: Path,
) -> None:
    # the bot stopped after the lock was applied and announced but before its timer was
    # marked done: the timer fires again after the restart, and finds the lock in force
    clock = FakeClock(at(20))
    bridge = FakeBridge(Platform.QQ)
    app, store = await make_app(tmp_path, clock, bridge, "night_lock: true")
    await app.fire_due_timers()
    assert locks(bridge) == [ActionKind.LOCK]
    store.timers.queue("g1", "", LOCK, at(20))  # as if its finish had not been committed
    clock.now = at(20, 5)
    await app.fire_due_timers()
    assert locks(bridge) == [ActionKind.LOCK]  # not a second time
    assert len(notices(bridge)) == 1  # nor announced again
    await store.close()


async def test_a_bot_started_inside_the_window_locks_at_once(tmp_path: Path) -> None:
    clock = FakeClock(at(23))
    bridge = FakeBridge(Platform.QQ)
    app, store = await make_app(tmp_path, clock, bridge, "night_lock: true")
    await app.fire_due_timers()
    assert locks(bridge) == [ActionKind.LOCK]
    [lift] = [t for t in await store.timers.pending() if t.kind == UNLOCK]
    assert lift.due == at(7, day=8)
    await store.close()


async def test_a_night_down_all_night_does_not_lock_in_the_morning(tmp_path: Path) -> None:
    clock = FakeClock(at(18))
    bridge = FakeBridge(Platform.QQ)
    app, store = await make_app(tmp_path, clock, bridge, "night_lock: true")
    await store.close()
    clock.now = at(8, day=8)  # down from before 20:00 until after 07:00
    bridge = FakeBridge(Platform.QQ)
    app, store = await make_app(tmp_path, clock, bridge, "night_lock: true")
    await app.fire_due_timers()
    assert locks(bridge) == []
    [next_lock] = [t for t in await store.timers.pending() if t.kind == LOCK]
    assert next_lock.due == at(20, day=8)
    await store.close()


async def test_a_refused_lock_is_told_to_staff_and_not_to_the_group(tmp_path: Path) -> None:
    clock = FakeClock(at(20))
    bridge = FakeBridge(Platform.QQ, refuse={ActionKind.LOCK: RefusalReason.BOT_LACKS_POWER})
    app, store = await make_app(tmp_path, clock, bridge, "night_lock: true")
    await app.fire_due_timers()
    staff = [text for room, text in bridge.posts if room == "!manage"]
    assert staff == [
        f"【夜间禁言未开启】{CLASS} 今晚未能开启全员禁言：机器人没有足够的管理权限，"
        "无法全员禁言（请群主把机器人设为管理员）。今晚群里照常可以发言。"
    ]
    assert notices(bridge) == []
    await app.fire_due_timers()  # a final refusal: not tried again every few seconds
    assert len([p for p in bridge.posts if p[0] == "!manage"]) == 1
    clock.now = at(7, day=8)
    await app.fire_due_timers()
    assert "早上好！夜间全员禁言已解除，大家可以正常发言了。" not in notices(bridge)
    await store.close()


def test_a_night_lock_where_the_platform_cannot_lock_stops_loading(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        load_config(write_config(tmp_path, "wechat", "night_lock: true"))
    assert err.value.path == "night_lock" and "wechat" in str(err.value)


def test_a_night_lock_without_quiet_hours_stops_loading(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        load_config(write_config(tmp_path, "qq", "night_lock: true\nquiet_hours: false"))
    assert err.value.path == "night_lock" and "quiet_hours" in str(err.value)


async def test_timers_do_not_repeat_across_restarts(tmp_path: Path) -> None:
    clock = FakeClock(at(18))
    for _ in range(3):
        bridge = FakeBridge(Platform.QQ)
        _app, store = await make_app(tmp_path, clock, bridge, "night_lock: true")
        pending = [t for t in await store.timers.pending() if t.kind in (LOCK, UNLOCK)]
        assert [(t.kind, t.due) for t in pending] == [(LOCK, at(20))]
        await store.close()
        clock.advance(timedelta(minutes=10))
