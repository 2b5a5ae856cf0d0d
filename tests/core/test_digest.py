"""P05 digest: on its timer in the store (a restart neither skips nor repeats it), counts
per rule and group, open alerts, appeals, unacknowledged notices; no family's text.

The real app, the standard rules and default policy, a FakeBridge and a fake clock.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from classmod.app import App
from classmod.bridge import PrivateMessage
from classmod.config import load_config
from classmod.model import ActionKind, Platform
from classmod.store import Store
from classmod.testing import FakeBridge, FakeClock, make_message

ROSTER = Path(__file__).parents[2] / "configs" / "rosters" / "demo-class.yaml"
AD = "团购水果 加V信 abc123 包邮"


async def make_app(
    tmp_path: Path, clock: FakeClock, bridge: FakeBridge, to: str = "management"
) -> tuple[App, Store]:
    (tmp_path / "school.yaml").write_text(
        f"""
school: 测试学校
quiet_hours: false
management: {{platform: matrix, room: "!manage"}}
digest: {{every: day, at: "18:00", to: {to}}}
groups:
  g1: {{platform: matrix, platform_id: "!class", class: 三年级(2)班, roster: {ROSTER}}}
""",
        encoding="utf-8",
    )
    store = Store(tmp_path / "state.sqlite")
    await store.open()
    app = App(load_config(tmp_path / "school.yaml"), [bridge], store, clock=clock)
    bridge.attach(app.handle)
    await app.start()
    return app, store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()  # Monday 2026-09-07 09:00 in Shanghai


async def a_school_day(bridge: FakeBridge, clock: FakeClock) -> None:
    await bridge.deliver(make_message(AD, sender="p_zhang_dad", name="子涵爸爸", ts=clock.now))
    await bridge.deliver(  # a stranger: an alert nobody answers
        make_message("大家好", sender="stranger1", name="优惠多多", ts=clock.advance(minutes=1))
    )
    await bridge.deliver(
        PrivateMessage(
            platform=Platform.MATRIX,
            id="$dm1",
            room="!dm",
            sender_id="p_zhang_dad",
            display_name="子涵爸爸",
            text="申诉",
            ts=clock.advance(minutes=1),
        )
    )
    await bridge.deliver(
        make_message(
            "/notice 周五开家长会，收到请回复", sender="t_zhou", ts=clock.advance(minutes=1)
        )
    )
    await bridge.deliver(make_message("收到", sender="p_he_mom", ts=clock.advance(minutes=1)))


def digests(bridge: FakeBridge) -> list[tuple[str, str]]:
    return [(room, text) for room, text in bridge.posts if text.startswith("【每日汇总】")]


async def test_the_daily_digest_in_the_management_room_across_a_restart(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    app, store = await make_app(tmp_path, clock, bridge)
    await a_school_day(bridge, clock)
    await app.fire_due_timers()
    assert digests(bridge) == []  # not yet 18:00
    await store.close()
    clock.advance(hours=9)  # 18:04: the bot was down at six
    bridge2 = FakeBridge(Platform.MATRIX)
    app2, store2 = await make_app(tmp_path, clock, bridge2)
    await app2.fire_due_timers()
    [(room, text)] = digests(bridge2)
    assert room == "!manage"
    lines = text.splitlines()
    assert lines[0] == "【每日汇总】测试学校 09-06 18:00 至 09-07 18:04"
    assert lines[1] == "三年级(2)班："
    assert lines[2].startswith("- 机器人处理 ") and "R06 广告 1" in lines[2]
    assert "R01 " in lines[2]
    assert lines[3] == "- 待处理提醒 1 条"
    assert lines[4] == "- 申诉 1 件（同意 0，驳回 0，待复核 1）"
    assert lines[5].startswith("- 未确认的通知：09-07 09:03 的通知 4 人未确认")
    assert AD not in text and "大家好" not in text  # no family's words
    # once: the next is tomorrow's, and a restart arms no second one
    await app2.fire_due_timers()
    assert len(digests(bridge2)) == 1
    await store2.close()
    _app3, store3 = await make_app(tmp_path, clock, FakeBridge(Platform.MATRIX))
    timers = [t for t in await store3.timers.pending() if t.kind == "digest"]
    assert [t.due.isoformat() for t in timers] == ["2026-09-08T10:00:00+00:00"]
    await store3.close()


async def test_the_digest_by_private_message_to_head_teacher_and_supervisor(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    app, store = await make_app(tmp_path, clock, bridge, to="direct")
    await a_school_day(bridge, clock)
    clock.advance(hours=9)
    await app.fire_due_timers()
    sent = [
        a
        for a in bridge.applied
        if a.kind == ActionKind.NOTIFY and a.text.startswith("【每日汇总】")
    ]
    assert sorted(a.member_id for a in sent) == ["p_he_mom", "t_zhou"]  # supervisor, head
    assert all("三年级(2)班：" in a.text and AD not in a.text for a in sent)
    assert digests(bridge) == []
    await store.close()
