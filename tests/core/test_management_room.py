"""The management room acts: alerts quote the message and are answered with one word; staff
name members and groups as people do; what targeting needs survives a restart; the audit
log stays among staff; stored texts are blanked after the retention period.

The real app, the standard rules and default policy, a FakeBridge and a fake clock.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest

from classmod.app import App
from classmod.config import load_config
from classmod.model import ActionKind, Message, Platform, RefusalReason
from classmod.store import Store
from classmod.testing import FakeBridge, FakeClock, make_message

ROSTER = Path(__file__).parents[2] / "configs" / "rosters" / "demo-class.yaml"
STRANGER = "stranger1"  # not on the roster: R01 alerts staff about them
CLASS = "三年级(2)班"


def write_config(tmp_path: Path, extra: str = "") -> Path:
    cfg = tmp_path / "school.yaml"
    cfg.write_text(
        f"""
school: 测试学校
quiet_hours: false
{extra}
management: {{platform: matrix, room: "!manage"}}
school_office: {{room: "!office", escalate_after: 1h}}
store: {{message_retention: 30d}}
groups:
  g1:
    platform: matrix
    platform_id: "!class"
    class: {CLASS}
    roster: {ROSTER}
""",
        encoding="utf-8",
    )
    return cfg


async def make_app(
    tmp_path: Path, clock: FakeClock, bridge: FakeBridge, extra: str = ""
) -> tuple[App, Store]:
    config = load_config(write_config(tmp_path, extra))
    store = Store(tmp_path / "state.sqlite")
    await store.open()
    app = App(config, [bridge], store, clock=clock)
    bridge.attach(app.handle)
    await app.start()
    return app, store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def alert_posts(bridge: FakeBridge) -> list[tuple[int, str]]:
    """(post index, text) of the alerts staff can answer."""
    return [
        (i, text)
        for i, (room, text) in enumerate(bridge.posts)
        if room == "!manage" and text.startswith("【需处理】")
    ]


def staff_says(clock: FakeClock, text: str, reply_to: str | None = None) -> Message:
    return make_message(
        text,
        sender="t_zhou",
        name="周敏",
        group_id="_management",
        ts=clock.advance(minutes=1),
        reply_to=reply_to,
    )


async def stranger_alert(bridge: FakeBridge, clock: FakeClock, text: str = "大家好") -> str:
    """A stranger speaks in the class group; the id of the alert's post."""
    await bridge.deliver(
        make_message(text, sender=STRANGER, name="优惠多多", ts=clock.now, message_id="$s1")
    )
    [(index, _)] = alert_posts(bridge)
    return f"post:{index}"


async def test_an_alert_quotes_the_message_names_the_rule_and_offers_answers(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await stranger_alert(bridge, clock, "各位家长好，我是新来的")
    [(_, text)] = alert_posts(bridge)
    head, said, rule, answers = text.splitlines()
    assert head == f"【需处理】{CLASS} 09-07 09:00"
    assert said == f"优惠多多（未登记成员，{STRANGER}）说：「各位家长好，我是新来的」"
    assert rule.startswith("规则：非本班成员。")
    assert answers == "回复本条处理：删除 / 警告 / 禁言 10分钟 / 移出 / 拉黑 / 忽略 / 误判"
    await store.close()


@pytest.mark.parametrize(
    ("answer", "kind", "reply"),
    [
        ("移出", ActionKind.KICK, f"已将 优惠多多 移出 {CLASS}"),
        ("拉黑", ActionKind.BAN, f"已将 优惠多多 移出 {CLASS}并禁止再次加入"),
        ("禁言 10分钟", ActionKind.MUTE, f"已禁言 优惠多多 10分钟（{CLASS}）"),
        ("禁言2小时", ActionKind.MUTE, f"已禁言 优惠多多 2小时（{CLASS}）"),
        ("警告", ActionKind.WARN, "已警告"),
        ("删除", ActionKind.DELETE, f"已撤回 优惠多多 在{CLASS}的消息"),
    ],
)
async def test_a_one_word_answer_acts_on_the_stranger_the_alert_is_about(
    tmp_path: Path, clock: FakeClock, answer: str, kind: ActionKind, reply: str
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    post = await stranger_alert(bridge, clock)
    before = len(bridge.applied)
    await bridge.deliver(staff_says(clock, answer, reply_to=post))
    [done] = bridge.applied[before:]
    assert done.kind == kind and done.member_id == STRANGER and done.group_id == "g1"
    if kind == ActionKind.DELETE:
        assert done.message_id == "$s1"
    if kind == ActionKind.MUTE:
        assert done.duration in (timedelta(minutes=10), timedelta(hours=2))
    assert bridge.posts[-1] == ("!manage", reply)
    alert = await store.alerts.posted_as(post)
    assert (
        alert is not None
        and alert.handled
        and alert.answer.startswith(
            {"移出": "kick", "拉黑": "blacklist", "警告": "warn", "删除": "delete"}.get(
                answer, "mute"
            )
        )
    )
    await store.close()


async def test_a_refused_answer_says_why_and_never_that_it_was_done(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX, refuse={ActionKind.KICK: RefusalReason.TARGET_IS_ADMIN})
    _app, store = await make_app(tmp_path, clock, bridge)
    post = await stranger_alert(bridge, clock)
    await bridge.deliver(staff_says(clock, "移出", reply_to=post))
    said = [text for room, text in bridge.posts if room == "!manage"]
    assert "未能移出 优惠多多：他是管理员，机器人无权对管理员移出" in said
    assert not any(text.startswith("已将") for text in said)
    assert ActionKind.KICK not in {a.kind for a in bridge.applied}
    await store.close()


async def test_ignore_closes_the_alert_and_it_is_not_escalated(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    app, store = await make_app(tmp_path, clock, bridge)
    post = await stranger_alert(bridge, clock)
    before = len(bridge.applied)
    await bridge.deliver(staff_says(clock, "忽略", reply_to=post))
    assert bridge.posts[-1] == ("!manage", f"已忽略这条提醒（优惠多多，{CLASS}），不再上报")
    assert bridge.applied[before:] == []
    clock.advance(hours=2)  # past escalate_after
    await app.fire_due_timers()
    assert not [room for room, _ in bridge.posts if room == "!office"]
    await store.close()


async def test_an_answer_replying_to_something_else_does_nothing(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await stranger_alert(bridge, clock)
    posts, applied = len(bridge.posts), len(bridge.applied)
    await bridge.deliver(staff_says(clock, "移出", reply_to="$someone-else"))
    assert len(bridge.posts) == posts and len(bridge.applied) == applied
    await store.close()


async def test_an_alert_is_answered_after_a_restart(tmp_path: Path, clock: FakeClock) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    post = await stranger_alert(bridge, clock)
    await store.close()
    bridge2 = FakeBridge(Platform.MATRIX)
    _app2, store2 = await make_app(tmp_path, clock, bridge2)
    await bridge2.deliver(staff_says(clock, "移出", reply_to=post))
    assert [(a.kind, a.member_id) for a in bridge2.applied] == [(ActionKind.KICK, STRANGER)]
    assert bridge2.posts[-1] == ("!manage", f"已将 优惠多多 移出 {CLASS}")
    await store2.close()


MUTE_FIRST = "policy: {ladder: [{action: mute, duration: 10m}]}"
INCITEMENT = "所有家长明天一起去教育局讨说法，堵校门！"


async def test_wrong_undoes_the_mute_takes_back_the_strike_tells_the_member_and_is_audited(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    app, store = await make_app(tmp_path, clock, bridge, MUTE_FIRST)
    await bridge.deliver(
        make_message(INCITEMENT, sender="p_guo_mom", name="思远妈妈", ts=clock.now, message_id="$i")
    )
    assert ("g1", "p_guo_mom") in bridge.muted
    assert app.engine.strikes("g1", "p_guo_mom", clock.now) > 0
    [(index, alert_text)] = alert_posts(bridge)
    assert "思远妈妈（家长）说：「所有家长明天一起去教育局讨说法" in alert_text
    before = len(bridge.applied)
    await bridge.deliver(staff_says(clock, "误判", reply_to=f"post:{index}"))
    undone = bridge.applied[before:]
    assert [a.kind for a in undone] == [ActionKind.UNMUTE, ActionKind.NOTIFY]
    assert ("g1", "p_guo_mom") not in bridge.muted
    assert "没有违反群规" in undone[1].text and undone[1].member_id == "p_guo_mom"
    reply, proposal = bridge.posts[-2][1], bridge.posts[-1][1]
    assert reply.startswith("已按误判处理 思远妈妈") and "已撤回的消息无法恢复" in reply
    assert proposal.startswith("【建议】根据刚才的“误判”")  # after the answer (test_terms.py)
    assert app.engine.strikes("g1", "p_guo_mom", clock.now) == 0
    assert await store.strikes.load(clock.now - timedelta(days=1)) == []
    async with store.db.execute(
        "SELECT rule_id, message_text FROM audit WHERE kind = 'correction'"
    ) as cur:
        assert [tuple(r) for r in await cur.fetchall()] == [("R13", INCITEMENT)]
    await store.close()
    # the strike stays taken back after a restart
    app2, store2 = await make_app(tmp_path, clock, FakeBridge(Platform.MATRIX), MUTE_FIRST)
    assert app2.engine.strikes("g1", "p_guo_mom", clock.now) == 0
    await store2.close()


async def test_staff_name_members_and_groups_as_people_do(tmp_path: Path, clock: FakeClock) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(make_message("大家好", sender=STRANGER, name="优惠多多", ts=clock.now))
    await bridge.deliver(staff_says(clock, "/禁言 张子涵爸爸 10分钟"))
    assert (bridge.applied[-1].kind, bridge.applied[-1].member_id) == (
        ActionKind.MUTE,
        "p_zhang_dad",
    )
    await bridge.deliver(staff_says(clock, f"/移出 {CLASS} 优惠多多"))
    assert (bridge.applied[-1].kind, bridge.applied[-1].member_id) == (ActionKind.KICK, STRANGER)
    assert bridge.posts[-1] == ("!manage", f"已将 优惠多多 移出 {CLASS}")
    await bridge.deliver(staff_says(clock, "/警告 周敏老师"))
    assert bridge.applied[-1].member_id == "t_zhou"
    await store.close()
    # after a restart the stranger's name is found in the stored messages
    bridge2 = FakeBridge(Platform.MATRIX)
    _app2, store2 = await make_app(tmp_path, clock, bridge2)
    await bridge2.deliver(staff_says(clock, "/拉黑 优惠多多"))
    assert [(a.kind, a.member_id) for a in bridge2.applied] == [(ActionKind.BAN, STRANGER)]
    await store2.close()


async def test_reply_targeting_works_on_a_message_from_before_a_restart(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(
        make_message("明天谁去团购？", sender="p_li_mom", ts=clock.now, message_id="$old")
    )
    await store.close()
    clock.advance(days=1)
    bridge2 = FakeBridge(Platform.MATRIX)
    _app2, store2 = await make_app(tmp_path, clock, bridge2)
    await bridge2.deliver(
        make_message("/拉黑", sender="t_zhou", reply_to="$old", ts=clock.now, message_id="$c")
    )
    assert [(a.kind, a.member_id) for a in bridge2.applied] == [(ActionKind.BAN, "p_li_mom")]
    await bridge2.deliver(
        make_message("/删除", sender="t_zhou", reply_to="$old", ts=clock.now, message_id="$d")
    )
    assert (bridge2.applied[-1].kind, bridge2.applied[-1].message_id) == (
        ActionKind.DELETE,
        "$old",
    )
    await store2.close()


@pytest.mark.parametrize("sender", ["t_zhou", "p_he_mom"])  # the head teacher, the supervisor
async def test_audit_is_refused_in_a_class_group_and_shown_in_the_management_room(
    tmp_path: Path, clock: FakeClock, sender: str
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(make_message("大家好", sender=STRANGER, name="优惠多多", ts=clock.now))
    await bridge.deliver(make_message("/audit", sender=sender, ts=clock.advance(minutes=1)))
    room, text = bridge.posts[-1]
    assert room == "!class" and "只能在管理群中查看" in text and "最近处理记录" not in text
    await bridge.deliver(
        make_message("/记录", sender=sender, group_id="_management", ts=clock.advance(minutes=1))
    )
    room, text = bridge.posts[-1]
    assert room == "!manage" and text.startswith("最近处理记录")
    await store.close()


async def eventually(check, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = asyncio.get_running_loop().time() + timeout
    while not await check():
        assert asyncio.get_running_loop().time() < deadline, "condition not reached"
        await asyncio.sleep(0.01)


async def test_the_running_app_blanks_stored_texts_after_the_retention_period(
    tmp_path: Path, clock: FakeClock
) -> None:
    config = load_config(write_config(tmp_path))
    async with Store(tmp_path / "state.sqlite") as store:
        bridge = FakeBridge(Platform.MATRIX)
        app = App(config, [bridge], store, clock=clock, timer_tick=0.01)
        task = asyncio.create_task(app.run())
        try:
            await eventually(lambda: asyncio.sleep(0, bridge._sink is not None))
            await bridge.deliver(
                make_message("孩子的隐私内容", sender=STRANGER, name="优惠多多", ts=clock.now)
            )

            async def texts() -> tuple[int, int, int]:
                async with store.db.execute(
                    "SELECT (SELECT COUNT(*) FROM audit WHERE message_text IS NOT NULL),"
                    " (SELECT COUNT(*) FROM alerts WHERE text != ''),"
                    " (SELECT COUNT(*) FROM messages)"
                ) as cur:
                    row = await cur.fetchone()
                assert row is not None
                return int(row[0]), int(row[1]), int(row[2])

            async def all_stored() -> bool:  # the evidence, the alert quoting it, the locator
                return all(await texts())

            await eventually(all_stored)
            stored = await texts()
            clock.advance(days=29)
            await asyncio.sleep(0.1)  # several turns of the timer loop
            assert await texts() == stored  # within the period: kept

            async def blanked() -> bool:
                return await texts() == (0, 0, 0)

            clock.advance(days=2)
            await eventually(blanked)
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
