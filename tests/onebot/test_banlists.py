"""A school ban list on QQ groups, through the OneBot v11 peer: /全校拉黑 removes the member
from every QQ group with a join block (``set_group_kick reject_add_request``); removing
the rule cannot lift that block (OneBot v11 has no call for it), so staff are told, group
by group, what to do by hand, and the audit log records the unban as not done by the bot.

The real app, store and OneBot v11 bridge over a real socket; the management room is a
FakeBridge, the policy room an in-memory one (the Matrix side is tests/matrix)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from classmod.bridges.factory import build_bridges
from classmod.bridges.onebot.v11 import OneBotV11Bridge

from classmod.app import App
from classmod.bridge import MANAGEMENT_GROUP
from classmod.config import load_config
from classmod.model import Message, Platform
from classmod.store import Store
from classmod.testing import FakeBridge, FakePolicyRooms

from .helpers import TOKEN, eventually
from .peer import OneBotPeer
from .test_app_integration import ROSTER

G1, G2 = "123456789", "987654321"
SPAMMER = "20007"


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
banlists:
  write: school
  pause: 0s
  lists:
    school: {{room: "#school-bans:hs"}}
groups:
  class-3-1: {{platform: qq, platform_id: "{G1}", class: 三年级(1)班, roster: roster.yaml}}
  class-3-2: {{platform: qq, platform_id: "{G2}", class: 三年级(2)班, roster: roster.yaml}}
""",
        encoding="utf-8",
    )
    return cfg


class Harness:
    def __init__(self, app: App, peer: OneBotPeer, matrix: FakeBridge, store: Store) -> None:
        self.app, self.peer, self.matrix, self.store = app, peer, matrix, store
        self._said = 0

    async def staff_say(self, text: str) -> None:
        self._said += 1
        await self.matrix.deliver(
            Message(
                id=f"$staff{self._said}",
                group_id=MANAGEMENT_GROUP,
                sender_id="20003",
                display_name="周敏老师",
                text=text,
                ts=datetime.now(UTC),
            )
        )
        await self.app.drain()


@pytest.fixture
async def harness(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Harness]:
    monkeypatch.setenv("CLASSMOD_TEST_QQ_TOKEN", TOKEN)
    peer = await OneBotPeer(version=11, access_token=TOKEN).start()
    for group in (G1, G2):
        peer.add_group(
            group,
            [
                ("20001", "何雨彤妈妈", "member"),
                ("20003", "周敏老师", "admin"),
                (SPAMMER, "招生顾问", "member"),
            ],
        )
    config = load_config(write_config(tmp_path, peer.ws_url))
    store = Store(tmp_path / "state.sqlite")
    await store.open()
    [qq] = [b for b in build_bridges(config, store) if b.platform == Platform.QQ]
    assert isinstance(qq, OneBotV11Bridge)
    qq.confirm_timeout = 5.0
    matrix = FakeBridge(Platform.MATRIX)  # the management room
    app = App(config, [qq, matrix], store)
    app.banlists._rooms = FakePolicyRooms()
    app.banlists.pause = 0
    task = asyncio.create_task(app.run())
    await eventually(lambda: peer.connected and app.started.is_set())
    yield Harness(app, peer, matrix, store)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    await store.close()
    await peer.close()


async def test_a_qq_join_block_the_bot_cannot_lift_is_left_to_staff_group_by_group(
    harness: Harness,
) -> None:
    peer = harness.peer
    await harness.staff_say(f"/全校拉黑 {SPAMMER} 冒充老师收费")
    await eventually(lambda: len(peer.calls_of("set_group_kick")) == 2)
    kicks = peer.calls_of("set_group_kick")
    assert {str(k["group_id"]) for k in kicks} == {G1, G2}
    assert all(k["reject_add_request"] is True for k in kicks)
    for group in (G1, G2):
        assert SPAMMER not in peer.groups[group].members
        assert SPAMMER in peer.groups[group].blacklist
    await eventually(lambda: any("已在 2 个群移出 2 人" in t for _, t in harness.matrix.posts))

    before = list(peer.calls)
    await harness.staff_say(f"/解除拉黑 {SPAMMER}")
    await eventually(lambda: any("已移除" in t for _, t in harness.matrix.posts))
    [told] = [t for _, t in harness.matrix.posts if "已移除" in t]
    # the truth, per group, and what to do by hand
    assert told.startswith(f"【黑名单】规则 #1 classmod:qq:{SPAMMER} 已移除：")
    assert "已在各群解除" not in told
    assert "2 人的拉黑机器人无法解除，需要老师手动解除" in told
    assert "OneBot v11 接口没有这个功能" in told and "加群黑名单中移除" in told
    # by QQ number: what staff look the member up by (no name seen since the start)
    assert f"· 三年级(1)班：QQ {SPAMMER}" in told.splitlines()
    assert f"· 三年级(2)班：QQ {SPAMMER}" in told.splitlines()
    # the bot did not pretend: no call went to the gateway, the block is still there
    assert [a for a, _ in peer.calls[len(before) :] if a.startswith("set_group")] == []
    for group in (G1, G2):
        assert SPAMMER in peer.groups[group].blacklist
    async with harness.store.db.execute(
        "SELECT group_id, category, summary, detail FROM audit WHERE event_id = 'banlist-lift:1'"
        " ORDER BY group_id"
    ) as cur:
        rows = list(await cur.fetchall())
    assert [(r[0], r[1]) for r in rows] == [("class-3-1", "unban"), ("class-3-2", "unban")]
    for row in rows:
        assert row[2].startswith("not done by the bot: QQ（OneBot v11）没有解除加群屏蔽的接口")
        assert json.loads(row[3])["by_hand"] is True
    states = {t.state for t in await harness.store.ban_lists.targets()}
    assert states == {"kept"}
