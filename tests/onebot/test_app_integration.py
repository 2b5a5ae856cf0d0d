"""One ``classmod run`` brain: a QQ group through the OneBot peer, alerts to a Matrix room.

The real app, engine, default policy and standard rules; the QQ side speaks the wire
protocol to the peer; the management room is a FakeBridge for Matrix.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from classmod.bridges.factory import build_bridges
from classmod.bridges.onebot.v11 import OneBotV11Bridge

from classmod.app import App
from classmod.bridge import MANAGEMENT_GROUP
from classmod.config import load_config
from classmod.model import ActionKind, Message, Platform
from classmod.store import Store
from classmod.testing import FakeBridge

from .helpers import TOKEN, eventually
from .peer import OneBotPeer

G = "123456789"
ROSTER = """
group: class-3-1
school: 青山区实验小学
class: 三年级(1)班
roster:
  teachers:
    - {id: "20003", name: 周敏, subject: 语文, role: head_teacher}
  students:
    - name: 何雨彤
      guardians: [{id: "20001", relation: 妈妈}]
    - name: 郭思远
      guardians: [{id: "20002", relation: 爸爸}]
members: []
"""


def write_config(tmp_path: Path, url: str) -> Path:
    (tmp_path / "roster.yaml").write_text(ROSTER, encoding="utf-8")
    cfg = tmp_path / "school.yaml"
    cfg.write_text(
        f"""
school: 青山区实验小学
quiet_hours: false
management: {{platform: matrix, room: "!manage"}}
bridges:
  qq:
    version: 11
    transport: forward_ws
    url: {url}
    access_token: {{$env: CLASSMOD_TEST_QQ_TOKEN}}
groups:
  class-3-1:
    platform: qq
    platform_id: "{G}"
    class: 三年级(1)班
    roster: roster.yaml
""",
        encoding="utf-8",
    )
    return cfg


class Harness:
    def __init__(self, app: App, peer: OneBotPeer, matrix: FakeBridge, qq: OneBotV11Bridge):
        self.app, self.peer, self.matrix, self.qq = app, peer, matrix, qq


@pytest.fixture
async def harness(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Harness]:
    monkeypatch.setenv("CLASSMOD_TEST_QQ_TOKEN", TOKEN)
    peer = await OneBotPeer(version=11, access_token=TOKEN).start()
    peer.add_group(
        G,
        [
            ("20001", "何雨彤妈妈", "member"),
            ("20002", "思远爸爸", "member"),
            ("20003", "周敏老师", "admin"),
            ("20007", "陌生人", "member"),
        ],
    )
    config = load_config(write_config(tmp_path, peer.ws_url))
    store = Store(tmp_path / "state.sqlite")
    await store.open()
    built = build_bridges(config, store)
    [qq] = [b for b in built if b.platform == Platform.QQ]
    assert isinstance(qq, OneBotV11Bridge)
    qq.confirm_timeout = 5.0
    matrix = FakeBridge(Platform.MATRIX)
    app = App(config, [qq, matrix], store)
    task = asyncio.create_task(app.run())
    await eventually(lambda: peer.connected)
    yield Harness(app, peer, matrix, qq)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    await store.close()
    await peer.close()


async def test_an_ad_on_qq_is_recalled_and_warned(harness: Harness) -> None:
    peer = harness.peer
    mid = await peer.say(G, "20002", "家长们好，加微信 abc12345 领取团购优惠，限时秒杀！")
    await eventually(lambda: peer.calls_of("delete_msg") and peer.calls_of("send_group_msg"))
    assert mid not in peer.groups[G].messages  # really recalled on the (peer) platform
    assert any(target == G for kind, target, _ in peer.sent if kind == "group")


async def test_a_clean_message_is_left_alone(harness: Harness) -> None:
    peer = harness.peer
    await peer.say(G, "20001", "老师好，收到，谢谢！")
    await peer.say(G, "20003", "明天上午九点开家长会。")
    await asyncio.sleep(0.5)
    moderation = {"delete_msg", "set_group_ban", "set_group_kick"}
    assert not [a for a, _ in peer.calls if a in moderation]


async def test_a_replayed_message_is_not_punished_twice(harness: Harness) -> None:
    peer = harness.peer
    await peer.say(G, "20002", "加微信 abc12345 领取团购优惠，限时秒杀！")
    await eventually(lambda: peer.calls_of("delete_msg"))
    await peer.drop()
    await eventually(lambda: peer.connected)
    await peer.replay(1)
    await peer.say(G, "20001", "收到")
    await asyncio.sleep(0.5)
    assert len(peer.calls_of("delete_msg")) == 1


async def test_unconfirmed_recall_alerts_staff_in_matrix(harness: Harness) -> None:
    harness.qq.confirm_timeout = 0.5
    peer = harness.peer
    peer.silent_actions = {"delete_msg"}
    await peer.say(G, "20002", "加微信 abc12345 领取团购优惠，限时秒杀！")
    await eventually(lambda: harness.matrix.posts, timeout=20)
    room, text = harness.matrix.posts[0]
    assert room == "!manage"
    assert text  # the app's wording; the bridge's detail is in the audit log


async def test_wechat_group_gets_the_downgrade(tmp_path: Path) -> None:
    """The engine sees the WeChat bridge's capabilities: no mute, no delete are planned."""
    from classmod.bridges.onebot.transport import ForwardWebSocket
    from classmod.bridges.onebot.v12 import OneBotV12Bridge

    bridge = OneBotV12Bridge(ForwardWebSocket("ws://127.0.0.1:9/"), [])
    assert ActionKind.MUTE not in bridge.capabilities
    assert ActionKind.DELETE not in bridge.capabilities


def group_replies(peer: OneBotPeer) -> list[str]:
    return [str(message) for kind, target, message in peer.sent if kind == "group"]


async def test_an_ad_behind_a_command_name_is_an_ad(harness: Harness) -> None:
    """The issue's ``/help <an ad>`` from a parent: judged, recalled and warned like the
    same ad without the prefix; the help text is not posted."""
    peer = harness.peer
    mid = await peer.say(G, "20002", "/help 加我微信abc12345，团购优惠")
    await eventually(lambda: peer.calls_of("delete_msg") and group_replies(peer))
    assert mid not in peer.groups[G].messages
    await asyncio.sleep(0.3)
    assert not any("命令：" in text for text in group_replies(peer))
    rows = await harness.app.store.audit.tail("class-3-1", limit=50)
    assert "R06" in {r["rule_id"] for r in rows if r["kind"] == "verdict"}


async def test_a_hundred_help_commands_get_few_replies_and_the_flood_rule(
    harness: Harness,
) -> None:
    """100 × ``/help`` from one parent got 100 bot replies and no flood action."""
    peer = harness.peer
    for _ in range(100):
        await peer.say(G, "20001", "/help")
    await eventually(lambda: len(peer.calls_of("delete_msg")) >= 90, timeout=30)
    await asyncio.sleep(0.5)
    helps = [text for text in group_replies(peer) if "命令：" in text]
    assert 1 <= len(helps) <= 1 + harness.app.replies.limit.replies
    rows = await harness.app.store.audit.tail("class-3-1", limit=500)
    assert sum(r["kind"] == "verdict" and r["rule_id"] == "R10" for r in rows) >= 90


async def test_a_message_id_reused_in_another_group_is_judged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """OneBot message ids are per-account counters: two groups can carry the same one."""
    other = "987654321"
    monkeypatch.setenv("CLASSMOD_TEST_QQ_TOKEN", TOKEN)
    peer = await OneBotPeer(version=11, access_token=TOKEN).start()
    for gid in (G, other):
        peer.add_group(gid, [("20002", "思远爸爸", "member")])
    cfg = write_config(tmp_path, peer.ws_url)
    cfg.write_text(
        cfg.read_text(encoding="utf-8")
        + f"""
  class-3-2:
    platform: qq
    platform_id: "{other}"
    roster: roster.yaml
""",
        encoding="utf-8",
    )
    config = load_config(cfg)
    async with Store(tmp_path / "state.sqlite") as store:
        app = App(config, build_bridges(config, store), store)
        task = asyncio.create_task(app.run())
        try:
            await eventually(lambda: peer.connected)
            ad = "加微信 abc12345 领取团购优惠，限时秒杀！"
            other_ad = "扫码进群领资料：加V tuoguan888"
            await peer.say(G, "20002", ad, message_id="7001")
            await eventually(lambda: len(peer.calls_of("delete_msg")) == 1)
            await peer.say(other, "20002", other_ad, message_id="7001")
            await eventually(lambda: len(peer.calls_of("delete_msg")) == 2)
            assert "7001" not in peer.groups[other].messages
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            await peer.close()


async def test_a_refused_mute_and_kick_are_reported_as_refused(harness: Harness) -> None:
    """Over the wire: QQ will not let an admin bot touch the owner or another admin; the
    head teacher reads why, in words, and never "已禁言" / "已将…移出"."""
    peer = harness.peer
    peer.member(G, "20001").role = "owner"  # type: ignore[union-attr]
    peer.member(G, "20002").role = "admin"  # type: ignore[union-attr]
    await peer.say(G, "20003", "/禁言 20001 10m")
    await eventually(lambda: any("未能禁言" in t for t in group_replies(peer)))
    await peer.say(G, "20003", "/踢 20002")
    await eventually(lambda: any("未能移出" in t for t in group_replies(peer)))
    replies = group_replies(peer)
    assert any("未能禁言 何雨彤妈妈：他是群主，无法禁言" in t for t in replies)
    assert any("未能移出 郭思远爸爸：他是管理员，机器人无权对管理员移出" in t for t in replies)
    assert not any("已禁言" in t or "已将" in t for t in replies)
    assert not peer.calls_of("set_group_ban") and not peer.calls_of("set_group_kick")
    assert not peer.muted(G, "20001") and peer.member(G, "20002") is not None
    await eventually(lambda: any("【操作失败】" in t for _, t in harness.matrix.posts))
    alerts = [text for room, text in harness.matrix.posts if room == "!manage"]
    assert "【操作失败】三年级(1)班 对 何雨彤妈妈 的禁言未成功：他是群主，无法禁言" in alerts


def staff_answer(text: str, post: int) -> Message:
    """The head teacher replies to the alert posted ``post``-th in the management room."""
    return Message(
        id=f"$answer{post}{text}",
        group_id=MANAGEMENT_GROUP,
        sender_id="20003",
        display_name="周敏老师",
        text=text,
        ts=datetime.now(UTC),
        reply_to=f"post:{post}",
    )


async def stranger_alert(harness: Harness) -> int:
    """A stranger (not on the roster) speaks in the QQ group: the alert's post index."""
    await harness.peer.say(G, "20007", "各位家长好，我是新来的")

    def alerts() -> list[int]:
        return [
            i
            for i, (room, text) in enumerate(harness.matrix.posts)
            if room == "!manage" and text.startswith("【需处理】") and "陌生人" in text
        ]

    await eventually(alerts)
    return alerts()[0]


async def test_a_one_word_answer_in_the_management_room_removes_a_stranger_on_qq(
    harness: Harness,
) -> None:
    peer = harness.peer
    post = await stranger_alert(harness)
    await harness.matrix.deliver(staff_answer("移出", post))
    await eventually(lambda: peer.calls_of("set_group_kick"))
    [(_, params)] = [(a, p) for a, p in peer.calls if a == "set_group_kick"]
    assert str(params["user_id"]) == "20007" and str(params["group_id"]) == G
    await eventually(lambda: ("!manage", "已将 陌生人 移出 三年级(1)班") in harness.matrix.posts)
    assert peer.member(G, "20007") is None  # really gone from the (peer) group


async def test_a_one_word_mute_answer_is_applied_on_qq(harness: Harness) -> None:
    post = await stranger_alert(harness)
    await harness.matrix.deliver(staff_answer("禁言 10分钟", post))
    await eventually(lambda: harness.peer.muted(G, "20007"))
    await eventually(
        lambda: ("!manage", "已禁言 陌生人 10分钟（三年级(1)班）") in harness.matrix.posts
    )


async def test_a_refused_answer_on_qq_says_why(harness: Harness) -> None:
    peer = harness.peer
    peer.member(G, "20007").role = "admin"  # type: ignore[union-attr]
    post = await stranger_alert(harness)
    await harness.matrix.deliver(staff_answer("移出", post))
    await eventually(
        lambda: any(text.startswith("未能移出 陌生人") for _, text in harness.matrix.posts)
    )
    said = [text for room, text in harness.matrix.posts if room == "!manage"]
    assert "未能移出 陌生人：他是管理员，机器人无权对管理员移出" in said
    assert not any(text.startswith("已将") for text in said)
    assert peer.member(G, "20007") is not None


async def test_a_parents_private_appeal_on_qq_reaches_staff_and_is_answered_privately(
    harness: Harness,
) -> None:
    peer, matrix = harness.peer, harness.matrix
    await peer.say(G, "20002", "家长们好，加微信 abc12345 领取团购优惠，限时秒杀！")
    await eventually(lambda: peer.calls_of("delete_msg"))
    await eventually(lambda: harness.app.engine.strikes("class-3-1", "20002", datetime.now(UTC)))
    await peer.say_privately("20002", "我要申诉，我发的是学校食堂的团购通知", nickname="思远爸爸")

    def appeal() -> list[str]:
        return [t for room, t in matrix.posts if room == "!manage" and t.startswith("【申诉】")]

    await eventually(appeal)
    [text] = appeal()
    assert "私信对机器人的处理提出申诉" in text
    assert "申诉理由：我发的是学校食堂的团购通知" in text
    assert "同意" in text and "驳回" in text

    def answered() -> list[str]:
        return [str(m) for kind, who, m in peer.sent if kind == "private" and who == "20002"]

    await eventually(answered)
    assert any("已收到您对三年级(1)班" in m for m in answered())
    assert not any(kind == "group" and "申诉理由" in str(m) for kind, _, m in peer.sent)


async def test_a_private_message_from_outside_the_groups_is_not_answered(
    harness: Harness,
) -> None:
    peer = harness.peer
    await peer.say_privately("30009", "我要申诉")  # in no served group
    await peer.say_privately("20001", "老师好")  # a member: told what the bot does here
    await eventually(lambda: [w for k, w, _ in peer.sent if k == "private" and w == "20001"])
    assert not [w for k, w, _ in peer.sent if k == "private" and w == "30009"]
    [(_, _, help_text)] = [s for s in peer.sent if s[0] == "private"]
    assert "私信只处理申诉" in str(help_text)


async def test_a_teachers_这是广告_on_qq_recalls_the_message_warns_and_keeps_the_label(
    harness: Harness,
) -> None:
    peer, app = harness.peer, harness.app
    passed = "家人们，我这有课外辅导名额，想报的私我"
    mid = await peer.say(G, "20001", passed)
    await eventually(lambda: app.engine.message("class-3-1", mid))
    assert not peer.calls_of("delete_msg")  # the rules let it pass
    await peer.say(
        G,
        "20003",
        [{"type": "reply", "data": {"id": mid}}, {"type": "text", "data": {"text": "这是广告"}}],
    )
    await eventually(lambda: peer.calls_of("delete_msg"))
    [params] = [p for a, p in peer.calls if a == "delete_msg"]
    assert str(params["message_id"]) == mid

    def confirmed() -> list[str]:
        return [str(m) for kind, _, m in peer.sent if kind == "group" and "样例" in str(m)]

    await eventually(confirmed)
    assert (
        "已将 何雨彤妈妈 的这条消息记为「广告」样例，并已按群规处理（本群）：撤回消息、警告"
        "（累计警告 1 次）。"
    ) in confirmed()[0]
    examples = await app.store.examples.stored()
    assert [(e.group_id, e.message_id, e.text, e.expect, e.by) for e in examples] == [
        ("class-3-1", mid, passed, ("ad",), "20003")
    ]
    assert not [t for room, t in harness.matrix.posts if t.startswith("【需处理】")]
