"""Appeals: the punishment says how; /申诉 in the group or 申诉 in a private message takes
the evidence and the action to the management room; staff answer 同意 (undone, strike
taken back, member told, labelled) or 驳回 理由 (member told why); everything audited.

The real app, the standard rules and default policy, a FakeBridge and a fake clock.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from classmod.app import App
from classmod.bridge import PrivateMessage
from classmod.config import load_config
from classmod.model import ActionKind, Platform
from classmod.store import Store
from classmod.testing import FakeBridge, FakeClock, make_message

ROSTER = Path(__file__).parents[2] / "configs" / "rosters" / "demo-class.yaml"
CLASS = "三年级(2)班"
MUTE_FIRST = "policy: {ladder: [{action: mute, duration: 10m}]}"
INCITEMENT = "所有家长明天一起去教育局讨说法，堵校门！"


async def make_app(
    tmp_path: Path, clock: FakeClock, bridge: FakeBridge, extra: str = MUTE_FIRST
) -> tuple[App, Store]:
    (tmp_path / "school.yaml").write_text(
        f"""
school: 测试学校
quiet_hours: false
{extra}
management: {{platform: matrix, room: "!manage"}}
groups:
  g1: {{platform: matrix, platform_id: "!class", class: {CLASS}, roster: {ROSTER}}}
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
    return FakeClock()


def appeal_posts(bridge: FakeBridge) -> list[tuple[int, str]]:
    return [
        (i, text)
        for i, (room, text) in enumerate(bridge.posts)
        if room == "!manage" and text.startswith("【申诉】")
    ]


def dm(clock: FakeClock, text: str, sender: str = "p_guo_mom") -> PrivateMessage:
    ts = clock.advance(minutes=1)
    return PrivateMessage(
        platform=Platform.MATRIX,
        id=f"$dm{ts.timestamp()}",
        room="!dm-guo",
        sender_id=sender,
        display_name="思远妈妈",
        text=text,
        ts=ts,
    )


def staff_says(clock: FakeClock, text: str, reply_to: str) -> object:
    return make_message(
        text,
        sender="t_zhou",
        name="周敏",
        group_id="_management",
        ts=clock.advance(minutes=1),
        reply_to=reply_to,
    )


async def muted_mom(bridge: FakeBridge, clock: FakeClock) -> None:
    await bridge.deliver(
        make_message(INCITEMENT, sender="p_guo_mom", name="思远妈妈", ts=clock.now, message_id="$i")
    )
    assert ("g1", "p_guo_mom") in bridge.muted


async def audit(store: Store, kind: str) -> list[tuple[str, str]]:
    async with store.db.execute(
        "SELECT rule_id, summary FROM audit WHERE kind = ? ORDER BY id", (kind,)
    ) as cur:
        return [(r[0], r[1]) for r in await cur.fetchall()]


async def test_the_punishment_says_how_to_appeal(tmp_path: Path, clock: FakeClock) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await muted_mom(bridge, clock)
    [warning] = [a for a in bridge.applied if a.kind == ActionKind.WARN]
    assert "被禁言10分钟" in warning.text and "私信机器人发送“申诉”" in warning.text
    assert "/申诉" in warning.text
    await store.close()


async def test_an_appeal_in_the_group_granted_undoes_and_tells(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    app, store = await make_app(tmp_path, clock, bridge)
    await muted_mom(bridge, clock)
    assert app.engine.strikes("g1", "p_guo_mom", clock.now) > 0
    await bridge.deliver(
        make_message(
            "/申诉 我是在转述别的群的消息，提醒大家不要去",
            sender="p_guo_mom",
            name="思远妈妈",
            ts=clock.advance(minutes=2),
        )
    )
    assert bridge.posts[-1][0] == "!class"
    assert bridge.posts[-1][1].startswith(f"已收到您对{CLASS}“撤回消息、禁言10分钟、警告”的申诉")
    [(index, text)] = appeal_posts(bridge)
    lines = text.splitlines()
    assert lines[0] == f"【申诉】{CLASS} 09-07 09:02"
    assert lines[1] == "思远妈妈（家长）在群里对机器人的处理提出申诉"
    assert lines[2] == f"原消息（09-07 09:00）：「{INCITEMENT}」"
    assert lines[3].startswith("规则：R13 ")
    assert lines[3].endswith("处理：撤回消息、禁言10分钟、警告")
    assert lines[4] == "申诉理由：我是在转述别的群的消息，提醒大家不要去"
    assert lines[5] == "回复本条处理：同意 / 驳回 理由"
    before = len(bridge.applied)
    await bridge.deliver(staff_says(clock, "同意", reply_to=f"post:{index}"))
    undone = bridge.applied[before:]
    assert [a.kind for a in undone] == [ActionKind.UNMUTE, ActionKind.NOTIFY]
    assert ("g1", "p_guo_mom") not in bridge.muted
    assert undone[1].member_id == "p_guo_mom"
    assert undone[1].text.startswith(f"您好，您对{CLASS}处理的申诉，老师复核后已同意：已解除禁言")
    assert bridge.posts[-1] == (
        "!manage",
        f"已同意 思远妈妈 的申诉（{CLASS}）：解除禁言、清除这次的警告记录，并已私信告知本人；"
        "已撤回的消息无法恢复。",
    )
    assert app.engine.strikes("g1", "p_guo_mom", clock.now) == 0
    assert await store.strikes.load(clock.now - timedelta(days=1)) == []
    appeals = await audit(store, "appeal")
    assert [rule for rule, _ in appeals] == ["R13", "R13"]
    assert appeals[0][1].startswith("申诉 R13（群里）：我是在转述")
    assert appeals[1][1].startswith("申诉同意 by t_zhou")
    # the bot was wrong: the message is kept as a labelled correction of R13
    assert [rule for rule, _ in await audit(store, "correction")] == ["R13"]
    # asking again is told how it stands, and raises nothing
    await bridge.deliver(
        make_message("/申诉", sender="p_guo_mom", name="思远妈妈", ts=clock.advance(minutes=1))
    )
    assert bridge.posts[-1][1] == f"您对{CLASS}处理的申诉已经通过，相关处理已撤销。"
    assert len(appeal_posts(bridge)) == 1
    await store.close()


async def test_an_appeal_by_private_message_refused_with_a_reason(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await muted_mom(bridge, clock)
    await bridge.deliver(dm(clock, "我要申诉：我只是说说而已"))
    assert bridge.posts[-1] == (
        "!dm-guo",
        f"已收到您对{CLASS}“撤回消息、禁言10分钟、警告”的申诉，已转交老师复核，结果会私信告诉您。",
    )
    [(index, text)] = appeal_posts(bridge)
    assert "思远妈妈（家长）私信对机器人的处理提出申诉" in text
    assert "申诉理由：我只是说说而已" in text
    # a second appeal about the same mute is not a second alert
    await bridge.deliver(dm(clock, "申诉"))
    assert bridge.posts[-1][1].startswith(f"您对{CLASS}处理的申诉已经提交")
    assert len(appeal_posts(bridge)) == 1
    await store.close()
    # staff answer after a restart, with a reason in several words
    bridge2 = FakeBridge(Platform.MATRIX)
    app2, store2 = await make_app(tmp_path, clock, bridge2)
    before = len(bridge2.applied)
    await bridge2.deliver(
        staff_says(clock, "驳回 号召堵校门 违反群规第13条 请理性沟通", f"post:{index}")
    )
    [told] = bridge2.applied[before:]
    assert told.kind == ActionKind.NOTIFY and told.member_id == "p_guo_mom"
    assert told.text == (
        f"您好，您对{CLASS}处理的申诉，老师复核后未予支持：号召堵校门 违反群规第13条 请理性沟通。"
        "如仍有疑问，请直接联系班主任。"
    )
    assert bridge2.posts[-1] == (
        "!manage",
        f"已驳回 思远妈妈 的申诉（{CLASS}），并已私信告知本人："
        "号召堵校门 违反群规第13条 请理性沟通",
    )
    assert app2.engine.strikes("g1", "p_guo_mom", clock.now) > 0  # the decision stands
    assert [s for _, s in await audit(store2, "appeal")][-1].startswith("申诉驳回 by t_zhou")
    await bridge2.deliver(dm(clock, "申诉"))
    assert bridge2.posts[-1][1].startswith(f"您对{CLASS}处理的申诉，老师复核后未予支持：号召堵校门")
    await store2.close()


async def test_a_private_message_that_is_no_appeal_or_has_nothing_to_appeal(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(dm(clock, "老师好，请问明天几点放学"))
    room, text = bridge.posts[-1]
    assert room == "!dm-guo" and "私信只处理申诉" in text and "联系班主任" in text
    await bridge.deliver(dm(clock, "我要申诉"))
    assert bridge.posts[-1] == (
        "!dm-guo",
        "没有找到机器人近期对您的处理记录（警告、禁言、撤回或移出）。如有其他问题，请直接联系班主任。",
    )
    assert appeal_posts(bridge) == []
    await store.close()


async def test_an_answer_to_an_alert_that_is_no_appeal_says_so(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await muted_mom(bridge, clock)
    [index] = [i for i, (room, t) in enumerate(bridge.posts) if t.startswith("【需处理】")]
    before = len(bridge.applied)
    await bridge.deliver(staff_says(clock, "同意", reply_to=f"post:{index}"))
    assert bridge.posts[-1] == ("!manage", "请回复要处理的【申诉】提醒，再发送“同意”")
    assert bridge.applied[before:] == []
    await store.close()
