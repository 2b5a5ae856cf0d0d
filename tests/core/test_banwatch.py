"""Shared ban lists in the app, with fake bridges and an in-memory policy room: sweeping
current members, the door, exact lifting, confirmations, commands, a restart mid-sweep.

The Matrix contract (a real Synapse) is in tests/matrix/test_banlists.py."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime
from pathlib import Path

import pytest
from toyrules import plugins

from classmod.app import App
from classmod.banlist import PolicyRule, RuleKind, entity_of
from classmod.banwatch import RULE_MARK
from classmod.bridge import MANAGEMENT_GROUP
from classmod.config import load_config
from classmod.model import (
    Action,
    ActionKind,
    Group,
    Member,
    MemberEvent,
    MemberEventKind,
    Message,
    Outcome,
    Platform,
)
from classmod.plugins import Host, make_plugin_manager
from classmod.store import Store
from classmod.testing import FakeBridge, FakeClock
from classmod.testing import FakePolicyRooms as FakeRooms

ROSTER = Path(__file__).parents[2] / "configs" / "rosters" / "demo-class.yaml"
SPAMMER_QQ = "90001"
SPAMMER_MX = "@spam:evil.example"


class ListingBridge(FakeBridge):
    """A fake bridge that lists members (``MemberLister``)."""

    def __init__(self, platform: Platform, members: dict[str, list[str]]) -> None:
        super().__init__(platform, name=str(platform))
        self.members = members

    async def member_list(self, group: Group) -> list[Member] | None:
        gone = {m for g, m in self.gone if g == group.id}
        return [Member(id=m) for m in self.members.get(group.id, []) if m not in gone]


def write_config(tmp_path: Path, lists: str) -> Path:
    cfg = tmp_path / "school.yaml"
    cfg.write_text(
        f"""
school: 测试学校
quiet_hours: false
management: {{platform: matrix, room: "!manage"}}
banlists:
  batch: 2
{lists}
groups:
  g1:
    platform: matrix
    platform_id: "!class1"
    class: 一年级(1)班
    roster: {ROSTER}
  g2:
    platform: matrix
    platform_id: "!class2"
    class: 一年级(2)班
    roster: {ROSTER}
  q1:
    platform: qq
    platform_id: "5550001"
    class: 一年级(3)班
    roster: {ROSTER}
""",
        encoding="utf-8",
    )
    return cfg


LISTS = """  write: school
  lists:
    school: {room: "#school-bans:hs"}
    district: {room: "#district-bans:hs", groups: [g2, q1]}
    public: {room: "#public:hs", mode: watch}
"""


class School:
    def __init__(self, tmp_path: Path, clock: FakeClock, rooms: FakeRooms) -> None:
        self.tmp_path, self.clock, self.rooms = tmp_path, clock, rooms
        self.matrix = ListingBridge(
            Platform.MATRIX,
            {"g1": [SPAMMER_MX, "p_he_mom", "t_zhou"], "g2": [SPAMMER_MX, "p_guo_mom"]},
        )
        self.qq = ListingBridge(Platform.QQ, {"q1": [SPAMMER_QQ, "p_he_mom"]})
        self.app: App | None = None
        self.store: Store | None = None

    async def start(self) -> App:
        host = Host(make_plugin_manager(plugins(), standard_rules=False, entry_points=False))
        config = load_config(
            write_config(self.tmp_path, LISTS), {rid: r.spec for rid, r in host.rules.items()}
        )
        self.store = Store(self.tmp_path / "state.sqlite")
        await self.store.open()
        app = App(config, [self.matrix, self.qq], self.store, clock=self.clock, host=host)
        app.banlists._rooms = self.rooms
        app.banlists.pause = 0
        for bridge in (self.matrix, self.qq):
            bridge.attach(app.handle)
        await app.start()
        self.app = app
        return app

    async def stop(self) -> None:
        assert self.app is not None and self.store is not None
        await self.app.drain()
        await self.store.close()


@pytest.fixture
async def school(tmp_path: Path) -> School:
    return School(tmp_path, FakeClock(), FakeRooms())


def rule(entity: str, list_name: str = "district", reason: str = "微商广告") -> PolicyRule:
    return PolicyRule(
        list_name=list_name,
        kind=RuleKind.USER,
        state_key=f"rule:{entity}",
        entity=entity,
        reason=reason,
    )


def bans(bridge: FakeBridge, kind: ActionKind = ActionKind.BAN) -> list[tuple[str, str]]:
    return [(a.group_id, a.member_id) for a in bridge.applied if a.kind == kind]


async def test_a_followed_rule_removes_current_members_of_the_groups_it_covers(
    school: School,
) -> None:
    app = await school.start()
    await app.banlists.update(
        "district", [rule(SPAMMER_MX), rule(entity_of(Platform.QQ, SPAMMER_QQ))]
    )
    # district covers g2 and q1 only: g1's copy of the spammer stays for the school list
    assert bans(school.matrix) == [("g2", SPAMMER_MX)]
    assert bans(school.qq) == [("q1", SPAMMER_QQ)]
    summary = school.matrix.posts[-1][1]
    assert summary.startswith("【黑名单】") and "「district」" in summary
    assert "已在 2 个群移出 2 人" in summary
    targets = await school.store.ban_lists.targets()  # type: ignore[union-attr]
    assert {(t.group_id, t.member_id, t.state) for t in targets} == {
        ("g2", SPAMMER_MX, "done"),
        ("q1", SPAMMER_QQ, "done"),
    }
    await school.stop()


async def test_removing_a_rule_lifts_exactly_the_bans_it_caused(school: School) -> None:
    app = await school.start()
    # a teacher bans the spammer in g1 by hand first
    await app.act(
        "g1",
        "manual-1",
        [Action(kind=ActionKind.BAN, group_id="g1", member_id=SPAMMER_MX, rule_id="manual")],
    )
    school.matrix.members["g1"].remove(SPAMMER_MX)
    await app.banlists.update("district", [rule(SPAMMER_MX)])
    assert bans(school.matrix) == [("g1", SPAMMER_MX), ("g2", SPAMMER_MX)]
    # the rule is emptied in the room: the list's ban in g2 is lifted, the hand-made one stays
    await app.banlists.update("district", [])
    assert bans(school.matrix, ActionKind.UNBAN) == [("g2", SPAMMER_MX)]
    unban = next(a for a in school.matrix.applied if a.kind == ActionKind.UNBAN)
    assert dict(unban.data)[RULE_MARK].isdigit()
    assert "已在各群解除 1 人的拉黑" in school.matrix.posts[-1][1]
    states = {t.state for t in await school.store.ban_lists.targets()}  # type: ignore[union-attr]
    assert states == {"lifted"}
    await school.stop()


async def test_a_listed_qq_member_is_refused_at_the_door(school: School) -> None:
    app = await school.start()
    await app.banlists.update("district", [rule(entity_of(Platform.QQ, "90002"))])
    await school.qq.deliver(
        MemberEvent(
            id="req-1",
            group_id="q1",
            member_id="90002",
            kind=MemberEventKind.JOIN_REQUEST,
            ts=school.clock.now,
            display_name="招生老师",
            comment="家长",
            request_flag="flag-7",
        )
    )
    await app.drain()
    [refused] = [a for a in school.qq.applied if a.kind == ActionKind.REJECT_JOIN]
    assert refused.member_id == "90002" and dict(refused.data)["request_flag"] == "flag-7"
    told = school.matrix.posts[-1][1]
    assert "招生老师 申请加入 一年级(3)班" in told and "已拒绝其入群申请" in told
    assert "「district」" in told
    await school.stop()


async def test_a_watch_list_only_tells_staff(school: School) -> None:
    app = await school.start()
    await app.banlists.update("public", [rule(SPAMMER_MX, "public")])
    assert bans(school.matrix) == []
    assert "1 人在观察名单上（未处理）" in school.matrix.posts[-1][1] or any(
        "观察名单" in text for _, text in school.matrix.posts
    )
    await school.stop()


async def test_a_wildcard_rule_waits_for_staff_confirmation(school: School) -> None:
    app = await school.start()
    await app.banlists.update("district", [rule("@*:evil.example")])
    assert bans(school.matrix) == []
    asked = school.matrix.posts[-1][1]
    assert asked.startswith("【黑名单待确认】") and "/确认拉黑" in asked
    [stored] = [s for s in app.banlists.rules.values()]
    await school.matrix.deliver(staff_says(school.clock.now, f"/确认拉黑 {stored.id}"))
    await app.drain()
    assert bans(school.matrix) == [("g2", SPAMMER_MX)]
    await school.stop()


def staff_says(now: datetime, text: str, reply_to: str | None = None) -> Message:
    return Message(
        id=f"$staff{abs(hash(text))}",
        group_id=MANAGEMENT_GROUP,
        sender_id="t_zhou",
        display_name="周敏",
        text=text,
        ts=now,
        reply_to=reply_to,
    )


async def test_blacklist_command_bans_here_lists_and_removes_everywhere(school: School) -> None:
    app = await school.start()
    await school.qq.deliver(
        Message(
            id="q-0",
            group_id="q1",
            sender_id=SPAMMER_QQ,
            display_name="招生顾问",
            text="各位家长好",
            ts=school.clock.now,
        )
    )
    await school.qq.deliver(
        Message(
            id="q-1",
            group_id="q1",
            sender_id="t_zhou",
            display_name="周敏",
            text=f"/拉黑 {SPAMMER_QQ} 冒充老师收费",
            ts=school.clock.now,
        )
    )
    await app.drain()
    assert bans(school.qq) == [("q1", SPAMMER_QQ)]
    room = school.rooms.room("#school-bans:hs")
    content = room.state[("m.policy.rule.user", f"rule:classmod:qq:{SPAMMER_QQ}")]
    assert content == {
        "entity": f"classmod:qq:{SPAMMER_QQ}",
        "recommendation": "m.ban",
        "reason": "冒充老师收费",
    }
    reply = school.qq.posts[0][1]
    assert "移出本群并禁止再次加入" in reply and "已记入全校黑名单「school」" in reply
    # the rule read back from the room changes nothing
    await app.banlists.room_changed("#school-bans:hs")
    assert len(app.banlists.rules) == 1 and bans(school.qq) == [("q1", SPAMMER_QQ)]
    # listed: the same member asking to join again is refused at the door
    await school.qq.deliver(
        MemberEvent(
            id="req-2",
            group_id="q1",
            member_id=SPAMMER_QQ,
            kind=MemberEventKind.JOIN_REQUEST,
            ts=school.clock.now,
            request_flag="flag-9",
        )
    )
    await app.drain()
    assert [a.member_id for a in school.qq.applied if a.kind == ActionKind.REJECT_JOIN] == [
        SPAMMER_QQ
    ]
    # /名单 in the management room shows it, with its reason
    await school.matrix.deliver(staff_says(school.clock.now, "/名单"))
    await app.drain()
    assert "冒充老师收费" in school.matrix.posts[-1][1]
    # /解除拉黑 empties the room's rule; QQ cannot lift a join block: staff are told
    await school.matrix.deliver(staff_says(school.clock.now, f"/解除拉黑 {SPAMMER_QQ}"))
    await app.drain()
    assert room.state[("m.policy.rule.user", f"rule:classmod:qq:{SPAMMER_QQ}")] == {}
    assert app.banlists.rules == {}
    # QQ cannot lift the join block the ban set: staff read it group by group, with what
    # to do by hand, and the audit log says the bot did not do it
    [told] = [text for _, text in school.matrix.posts if "已移除" in text]
    assert "已在各群解除" not in told  # nothing was lifted
    assert "1 人的拉黑机器人无法解除，需要老师手动解除" in told
    assert "OneBot v11" in told and "群管理" in told and "不再接收此人加群申请" in told
    assert f"· 一年级(3)班：招生顾问（QQ {SPAMMER_QQ}）" in told
    async with school.store.db.execute(  # type: ignore[union-attr]
        "SELECT group_id, member_id, category, summary, detail FROM audit"
        " WHERE event_id = 'banlist-lift:1'"
    ) as cur:
        [(gid, mid, kind, summary, detail)] = list(await cur.fetchall())
    assert (gid, mid, kind) == ("q1", SPAMMER_QQ, "unban")
    assert summary.startswith("not done by the bot: QQ（OneBot v11）没有解除加群屏蔽的接口")
    assert json.loads(detail)["by_hand"] is True
    [target] = await school.store.ban_lists.targets()  # type: ignore[union-attr]
    assert (target.group_id, target.state) == ("q1", "kept")
    await school.stop()


async def test_a_restart_in_the_middle_of_a_sweep_repeats_and_loses_nothing(
    school: School,
) -> None:
    many = [f"9{i:04d}" for i in range(5)]
    school.qq.members["q1"] = [*many, "p_he_mom"]
    app = await school.start()
    stop_after = 3
    applied_before: list[Action] = []
    real_apply = school.qq.apply
    hang = asyncio.Event()

    async def apply_then_hang(action: Action, group: Group) -> Outcome:
        if len(applied_before) >= stop_after:
            await hang.wait()  # the process dies here, mid-sweep
        applied_before.append(action)
        return await real_apply(action, group)

    school.qq.apply = apply_then_hang  # type: ignore[method-assign]
    sweep = asyncio.create_task(
        app.banlists.update("district", [rule(entity_of(Platform.QQ, m)) for m in many])
    )
    while len(applied_before) < stop_after:
        await asyncio.sleep(0)
    await asyncio.sleep(0.05)
    sweep.cancel()
    await asyncio.gather(sweep, return_exceptions=True)
    await app.drain(timeout=0.1)
    await school.store.close()  # type: ignore[union-attr]
    # a new process on the same store: the outbox is replayed, the sweep resumed
    school.qq.apply = real_apply  # type: ignore[method-assign]
    app = await school.start()
    await app.replay_outbox()
    await app.banlists.resume()
    banned = [m for g, m in bans(school.qq)]
    assert sorted(banned) == sorted(many)  # everyone once: none lost, none twice
    assert len(banned) == len(set(banned))
    await school.stop()
