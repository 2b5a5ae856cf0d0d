"""Who is in the group: R01's grace period (ask to verify, staff told first, removed at the
end unless verified, across a restart) and P06's periodic member audit (one summary).

The real app, standard rules and default policy, a FakeBridge, a fake clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from classmod.app import App
from classmod.config import load_config
from classmod.membership import AUDIT_FIRST, AUDIT_RETRY, GRACE
from classmod.model import (
    Action,
    ActionKind,
    Decision,
    Group,
    Member,
    MemberEvent,
    MemberEventKind,
    Message,
    Outcome,
    Platform,
    RefusalReason,
)
from classmod.store import Store
from classmod.testing import FakeBridge, FakeClock, make_message

ROSTER = Path(__file__).parents[2] / "configs" / "rosters" / "demo-class.yaml"
CLASS = "三年级(2)班"
STRANGER = "stranger1"


class ListingBridge(FakeBridge):
    """A FakeBridge that also lists the group's members, as the QQ and Matrix bridges do."""

    def __init__(self, members: list[Member] | None, **kwargs: object) -> None:
        super().__init__(Platform.QQ, **kwargs)  # type: ignore[arg-type]
        self.members = members
        self.listed = 0

    async def member_list(self, group: Group) -> list[Member] | None:
        self.listed += 1
        return self.members


def write_config(tmp_path: Path, extra: str) -> Path:
    cfg = tmp_path / "school.yaml"
    cfg.write_text(
        f"""
school: 测试学校
quiet_hours: false
{extra}
management: {{platform: qq, room: "!manage"}}
groups:
  g1:
    platform: qq
    platform_id: "10086"
    class: {CLASS}
    roster: {ROSTER}
""",
        encoding="utf-8",
    )
    return cfg


async def make_app(
    tmp_path: Path,
    clock: FakeClock,
    bridge: FakeBridge,
    extra: str = "member_audit: false",
    decisions: list[Decision] | None = None,
) -> tuple[App, Store]:
    config = load_config(write_config(tmp_path, extra))
    store = Store(tmp_path / "state.sqlite")
    await store.open()

    def observe(event: Message | MemberEvent, decision: Decision, _: Sequence[Outcome]) -> None:
        if decisions is not None:
            decisions.append(decision)

    app = App(config, [bridge], store, clock=clock, observer=observe)
    bridge.attach(app.handle)
    await app.start()
    return app, store


def joins(clock: FakeClock, kind: MemberEventKind = MemberEventKind.JOIN) -> MemberEvent:
    return MemberEvent(
        id=f"join-{clock.now.isoformat()}",
        group_id="g1",
        member_id=STRANGER,
        kind=kind,
        ts=clock.now,
        display_name="优惠多多",
    )


def staff_posts(bridge: FakeBridge) -> list[str]:
    return [text for room, text in bridge.posts if room == "!manage"]


def kicks(bridge: FakeBridge) -> list[Action]:
    return [a for a in bridge.applied if a.kind == ActionKind.KICK]


async def grace_timers(store: Store) -> list[tuple[str, object]]:
    return [(t.member_id, t.due) for t in await store.timers.pending() if t.kind == GRACE]


async def test_a_stranger_is_asked_to_verify_and_removed_after_the_grace_period_across_a_restart(
    tmp_path: Path,
) -> None:
    clock = FakeClock()
    bridge = FakeBridge(Platform.QQ)
    decisions: list[Decision] = []
    app, store = await make_app(tmp_path, clock, bridge, decisions=decisions)
    await bridge.deliver(joins(clock))
    [decision] = decisions
    kinds = [a.kind for a in decision.actions]
    assert kinds.index(ActionKind.ALERT_STAFF) < kinds.index(ActionKind.NOTIFY)  # staff first
    [alert] = staff_posts(bridge)
    assert "1天内未核实将自动移出，回复「忽略」可保留此人。" in alert
    [ask] = [a for a in bridge.applied if a.kind == ActionKind.NOTIFY]
    assert ask.member_id == STRANGER and ask.text.endswith("如 1天内仍未核实，将被移出本群。")
    assert await grace_timers(store) == [(STRANGER, clock.now + timedelta(hours=24))]
    await store.close()
    # a restart in between: the removal is in the store
    clock.advance(hours=24)
    bridge = FakeBridge(Platform.QQ)
    app, store = await make_app(tmp_path, clock, bridge)
    await app.fire_due_timers()
    [kick] = kicks(bridge)
    assert kick.member_id == STRANGER and kick.rule_id == "R01"
    assert staff_posts(bridge) == [
        f"【宽限期已到】已将 优惠多多 移出 {CLASS}：24小时内未核实身份（规则：非本班成员）。"
    ]
    assert await grace_timers(store) == []
    await store.close()


async def test_staff_who_keep_the_stranger_stop_the_removal(tmp_path: Path) -> None:
    clock = FakeClock()
    bridge = FakeBridge(Platform.QQ)
    app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(joins(clock))
    await bridge.deliver(
        make_message(
            "忽略",
            sender="t_zhou",
            name="周敏",
            group_id="_management",
            ts=clock.advance(minutes=5),
            reply_to="post:0",
        )
    )
    clock.advance(hours=25)
    await app.fire_due_timers()
    assert kicks(bridge) == []
    assert await grace_timers(store) == []
    await store.close()


async def test_a_stranger_who_left_is_not_looked_for(tmp_path: Path) -> None:
    clock = FakeClock()
    bridge = FakeBridge(Platform.QQ)
    app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(joins(clock))
    clock.advance(hours=1)
    await bridge.deliver(joins(clock, MemberEventKind.LEAVE))
    assert await grace_timers(store) == []
    clock.advance(hours=24)
    await app.fire_due_timers()
    assert kicks(bridge) == []
    await store.close()


async def test_a_join_request_has_no_grace_period(tmp_path: Path) -> None:
    clock = FakeClock()
    bridge = FakeBridge(Platform.QQ)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(joins(clock, MemberEventKind.JOIN_REQUEST))
    assert staff_posts(bridge)  # staff still hear of it
    assert await grace_timers(store) == []
    await store.close()


async def test_a_second_sighting_does_not_lengthen_the_grace_period(tmp_path: Path) -> None:
    clock = FakeClock()
    start = clock.now
    bridge = FakeBridge(Platform.QQ)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(joins(clock))
    await store.close()
    clock.advance(hours=3)
    bridge = FakeBridge(Platform.QQ)
    _app, store = await make_app(tmp_path, clock, bridge)
    # after the restart the engine sees the stranger for the first time again
    await bridge.deliver(make_message("在吗", sender=STRANGER, name="优惠多多", ts=clock.now))
    assert await grace_timers(store) == [(STRANGER, start + timedelta(hours=24))]
    await store.close()


async def test_a_refused_removal_is_told_in_words(tmp_path: Path) -> None:
    clock = FakeClock()
    bridge = FakeBridge(Platform.QQ, refuse={ActionKind.KICK: RefusalReason.TARGET_IS_ADMIN})
    app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(joins(clock))
    clock.advance(hours=24)
    await app.fire_due_timers()
    assert staff_posts(bridge)[-1] == (
        f"【宽限期已到】未能将 优惠多多 移出 {CLASS}：他是管理员，机器人无权对管理员移出。"
        "请人工处理。"
    )
    assert await grace_timers(store) == []
    await store.close()


async def test_the_member_audit_sends_one_summary_of_the_strangers(tmp_path: Path) -> None:
    clock = FakeClock()
    members = [
        Member(id="p_he_mom", display_name="何雨彤妈妈"),
        Member(id="t_zhou", display_name="语文周敏"),
        Member(id="s1", display_name="优惠多多"),
        Member(id="s2", display_name="托管班王老师"),
    ]
    bridge = ListingBridge(members)
    app, store = await make_app(tmp_path, clock, bridge, extra="member_audit: 7d")
    assert await app.membership.audit_due() == 0  # the links come up first
    clock.advance(AUDIT_FIRST)
    assert await app.membership.audit_due() == 1
    assert staff_posts(bridge) == [
        f"【成员核查】{CLASS} 有 2 位成员不在本班名单中：优惠多多（s1）、托管班王老师（s2）。"
        "如是本班家长或老师，请补进名单；否则请移出本群。"
    ]
    clock.advance(days=6)
    assert await app.membership.audit_due() == 0
    clock.advance(days=1)
    assert await app.membership.audit_due() == 1
    assert bridge.listed == 2 and len(staff_posts(bridge)) == 2
    await store.close()


async def test_a_member_list_the_platform_would_not_give_is_tried_again(tmp_path: Path) -> None:
    clock = FakeClock()
    bridge = ListingBridge(None)
    app, store = await make_app(tmp_path, clock, bridge, extra="member_audit: 7d")
    clock.advance(AUDIT_FIRST)
    assert await app.membership.audit_due() == 0
    assert staff_posts(bridge) == []  # never "everyone is on the roster" when unknown
    bridge.members = [Member(id="s1", display_name="优惠多多")]
    clock.advance(AUDIT_RETRY)
    assert await app.membership.audit_due() == 1
    assert len(staff_posts(bridge)) == 1
    await store.close()


async def test_no_audit_when_it_is_turned_off(tmp_path: Path) -> None:
    clock = FakeClock()
    bridge = ListingBridge([Member(id="s1", display_name="优惠多多")])
    app, store = await make_app(tmp_path, clock, bridge, extra="member_audit: false")
    clock.advance(days=30)
    assert await app.membership.audit_due() == 0 and bridge.listed == 0
    await store.close()


def dms(bridge: FakeBridge, member: str = "p_zhang_dad") -> list[str]:
    return [a.text for a in bridge.applied if a.kind == ActionKind.NOTIFY and a.member_id == member]


async def test_the_rename_dm_goes_once_per_name_across_a_restart_and_reminds_once(
    tmp_path: Path,
) -> None:
    clock = FakeClock()
    bridge = FakeBridge(Platform.QQ)
    _app, store = await make_app(tmp_path, clock, bridge)
    for text in ("早上好", "今天下雨", "记得带伞", "谢谢老师", "好的"):
        await bridge.deliver(
            make_message(text, sender="p_zhang_dad", name="大卫", ts=clock.advance(minutes=1))
        )
    [told] = dms(bridge)
    assert "张子涵爸爸" in told
    await store.close()
    clock.advance(hours=2)
    bridge = FakeBridge(Platform.QQ)
    app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(make_message("在吗", sender="p_zhang_dad", name="大卫", ts=clock.now))
    assert dms(bridge) == []  # the same name: not told again after the restart
    await bridge.deliver(
        make_message("你好", sender="p_zhang_dad", name="David", ts=clock.advance(minutes=1))
    )
    assert len(dms(bridge)) == 1  # a new name that is still wrong: told about it once
    clock.advance(days=3)
    await app.fire_due_timers()
    reminders = [t for t in dms(bridge) if t.startswith("提醒：您的群昵称还没有改。")]
    assert len(reminders) == 1 and "张子涵爸爸" in reminders[0]
    clock.advance(days=3)
    await app.fire_due_timers()
    assert len(dms(bridge)) == 2  # reminded once, not every few days
    await store.close()


async def test_no_reminder_for_a_member_who_renamed(tmp_path: Path) -> None:
    clock = FakeClock()
    bridge = FakeBridge(Platform.QQ)
    app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(make_message("早上好", sender="p_zhang_dad", name="大卫", ts=clock.now))
    await bridge.deliver(
        make_message("改好了", sender="p_zhang_dad", name="张子涵爸爸", ts=clock.advance(minutes=1))
    )
    clock.advance(days=4)
    await app.fire_due_timers()
    assert len(dms(bridge)) == 1
    await store.close()
