"""End to end over the OneBot peer: the night lock (QQ ``set_group_whole_ban``) is set at
the start of the quiet hours and lifted at the end, across a bot restart; a refused lock
is told to staff, not announced in the group.

The real app, engine and store; the QQ side speaks the wire protocol to the peer; the
management room is a FakeBridge for Matrix. The app's clock is real time shifted to the
evening, so its timers fall due within the test.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from classmod.bridges.factory import build_bridges

from classmod.app import App
from classmod.config import load_config
from classmod.model import Platform
from classmod.store import Store
from classmod.testing import FakeBridge

from .helpers import TOKEN, eventually
from .peer import OneBotPeer
from .test_app_integration import ROSTER

G = "123456789"
SHANGHAI = ZoneInfo("Asia/Shanghai")


class ShiftedClock:
    """Real time flowing from a chosen moment; ``set`` jumps to another."""

    def __init__(self, start: datetime) -> None:
        self.offset = timedelta(0)
        self.set(start)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def set(self, moment: datetime) -> None:
        self.offset = moment - datetime.now(UTC)


NIGHT = "night_lock: true\nmember_audit: false"


def write_config(tmp_path: Path, url: str, extra: str = NIGHT) -> Path:
    (tmp_path / "roster.yaml").write_text(ROSTER, encoding="utf-8")
    cfg = tmp_path / "school.yaml"
    cfg.write_text(
        f"""
school: 青山区实验小学
{extra}
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


@contextlib.asynccontextmanager
async def running(
    tmp_path: Path, peer: OneBotPeer, clock: ShiftedClock, extra: str = NIGHT
) -> AsyncIterator[FakeBridge]:
    """``classmod run`` on the config, until the block ends; yields the management room."""
    config = load_config(write_config(tmp_path, peer.ws_url, extra))
    store = Store(tmp_path / "state.sqlite")
    await store.open()
    [qq] = [b for b in build_bridges(config, store) if b.platform == Platform.QQ]
    matrix = FakeBridge(Platform.MATRIX)
    app = App(config, [qq, matrix], store, clock=clock, timer_tick=0.05)
    task = asyncio.create_task(app.run())
    try:
        await eventually(lambda: peer.connected)
        yield matrix
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await store.close()


@pytest.fixture
async def peer(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[OneBotPeer]:
    monkeypatch.setenv("CLASSMOD_TEST_QQ_TOKEN", TOKEN)
    peer = await OneBotPeer(version=11, access_token=TOKEN).start()
    peer.add_group(G, [("20001", "何雨彤妈妈", "member"), ("20003", "周敏老师", "admin")])
    yield peer
    await peer.close()


def group_texts(peer: OneBotPeer) -> list[str]:
    return [
        "".join(s["data"].get("text", "") for s in p["message"] if s["type"] == "text")
        for p in peer.calls_of("send_group_msg")
    ]


async def test_the_night_lock_is_set_and_lifted_on_time_across_a_restart(
    tmp_path: Path, peer: OneBotPeer
) -> None:
    group = peer.groups[G]
    clock = ShiftedClock(datetime(2026, 9, 7, 19, 59, 59, tzinfo=SHANGHAI))
    async with running(tmp_path, peer, clock):
        await eventually(lambda: group.whole_ban)
        await eventually(lambda: any("已开启全员禁言" in t for t in group_texts(peer)))
    [locked] = peer.calls_of("set_group_whole_ban")
    assert locked["enable"] is True and str(locked["group_id"]) == G
    clock.set(datetime(2026, 9, 8, 6, 59, 59, tzinfo=SHANGHAI))
    async with running(tmp_path, peer, clock):
        assert group.whole_ban  # not lifted early, nor locked a second time
        await eventually(lambda: not group.whole_ban)
        await eventually(lambda: any("夜间全员禁言已解除" in t for t in group_texts(peer)))
    assert [c["enable"] for c in peer.calls_of("set_group_whole_ban")] == [True, False]


async def test_a_refused_night_lock_is_told_to_staff(tmp_path: Path, peer: OneBotPeer) -> None:
    peer.groups[G].members[peer.self_id].role = "member"  # the bot is no admin
    clock = ShiftedClock(datetime(2026, 9, 7, 20, 0, 1, tzinfo=SHANGHAI))
    async with running(tmp_path, peer, clock) as management:

        def told() -> list[str]:
            return [t for _, t in management.posts if t.startswith("【夜间禁言未开启】")]

        await eventually(told)
    assert "三年级(1)班 今晚未能开启全员禁言" in told()[0]
    assert not peer.groups[G].whole_ban
    assert not any("已开启全员禁言" in t for t in group_texts(peer))
