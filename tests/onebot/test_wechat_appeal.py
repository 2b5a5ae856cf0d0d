"""A parent's private appeal on WeChat, end to end: a WeChat group through the OneBot 12 peer
(ComWeChat-style wire protocol over loopback), the management room a FakeBridge for Matrix.

WeChat cannot recall or mute: an ad is warned (a strike), the parent appeals by a private
message, staff answer 同意 in the management room, the strike is taken back and the parent
is told privately, never in the group.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from classmod.bridges.factory import build_bridges

from classmod.app import App
from classmod.bridge import MANAGEMENT_GROUP
from classmod.config import load_config
from classmod.model import Message, Platform
from classmod.store import Store
from classmod.testing import FakeBridge

from .helpers import TOKEN, eventually
from .peer import OneBotPeer

ROOM = "12345678@chatroom"
GROUP = "class-3-2"
ROSTER = """
group: class-3-2
school: 青山区实验小学
class: 三年级(2)班
roster:
  teachers:
    - {id: wxid_zhou, name: 周敏, subject: 语文, role: head_teacher}
  students:
    - name: 郭思远
      guardians: [{id: wxid_guo, relation: 爸爸}]
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
  wechat:
    version: 12
    transport: forward_ws
    url: {url}
    access_token: {{$env: CLASSMOD_TEST_WX_TOKEN}}
groups:
  {GROUP}:
    platform: wechat
    platform_id: "{ROOM}"
    class: 三年级(2)班
    roster: roster.yaml
""",
        encoding="utf-8",
    )
    return cfg


@pytest.fixture
async def running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[App, OneBotPeer, FakeBridge]]:
    monkeypatch.setenv("CLASSMOD_TEST_WX_TOKEN", TOKEN)
    peer = await OneBotPeer(
        version=12, access_token=TOKEN, self_id="wxid_bot", bot_role="owner"
    ).start()
    peer.add_group(ROOM, [("wxid_guo", "思远爸爸", "member"), ("wxid_zhou", "周敏老师", "admin")])
    config = load_config(write_config(tmp_path, peer.ws_url))
    store = Store(tmp_path / "state.sqlite")
    await store.open()
    [wechat] = [b for b in build_bridges(config, store) if b.platform == Platform.WECHAT]
    matrix = FakeBridge(Platform.MATRIX)
    app = App(config, [wechat, matrix], store)
    task = asyncio.create_task(app.run())
    await eventually(lambda: peer.connected)
    yield app, peer, matrix
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    await store.close()
    await peer.close()


def private_to(peer: OneBotPeer, user: str) -> list[str]:
    return [str(m) for kind, who, m in peer.sent if kind == "private" and who == user]


async def test_a_parents_private_appeal_on_wechat_is_granted_and_answered_privately(
    running: tuple[App, OneBotPeer, FakeBridge],
) -> None:
    app, peer, matrix = running
    await peer.say(ROOM, "wxid_guo", "家长们好，加微信 abc12345 领取团购优惠，限时秒杀！")
    await eventually(lambda: app.engine.strikes(GROUP, "wxid_guo", datetime.now(UTC)))
    assert not peer.calls_of("delete_message")  # WeChat cannot recall: warned instead
    await peer.say_privately(
        "wxid_guo", "我要申诉，我发的是学校食堂的团购通知", nickname="思远爸爸"
    )

    def appeal() -> list[tuple[int, str]]:
        return [
            (i, t)
            for i, (room, t) in enumerate(matrix.posts)
            if room == "!manage" and t.startswith("【申诉】")
        ]

    await eventually(appeal)
    [(index, text)] = appeal()
    assert "三年级(2)班" in text and "私信对机器人的处理提出申诉" in text
    assert "申诉理由：我发的是学校食堂的团购通知" in text
    await eventually(
        lambda: any("已收到您对三年级(2)班" in m for m in private_to(peer, "wxid_guo"))
    )

    await matrix.deliver(
        Message(
            id="$grant",
            group_id=MANAGEMENT_GROUP,
            sender_id="wxid_zhou",
            display_name="周敏",
            text="同意",
            ts=datetime.now(UTC),
            reply_to=f"post:{index}",
        )
    )
    await eventually(lambda: any("老师复核后已同意" in m for m in private_to(peer, "wxid_guo")))
    assert app.engine.strikes(GROUP, "wxid_guo", datetime.now(UTC)) == 0
    said = [t for room, t in matrix.posts if room == "!manage"]
    assert any(t.startswith("已同意 思远爸爸 的申诉（三年级(2)班）") for t in said), said
    # the appeal and its answer never reach the group
    group_texts = [str(m) for kind, _, m in peer.sent if kind == "group"]
    assert not any("申诉" in t for t in group_texts), group_texts
    assert await app.store.strikes.load(datetime(2026, 1, 1, tzinfo=UTC)) == []  # stored too
