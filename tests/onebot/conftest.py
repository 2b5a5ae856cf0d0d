from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from bridges.onebot.transport import Backoff, ForwardWebSocket
from bridges.onebot.v11 import OneBotV11Bridge
from classmod.bridge import InboundEvent
from classmod.model import Group, Message, Platform
from tests.onebot.peer import OneBotPeer

TOKEN = "kSLuTF2GC2Q4q4ugm3"
QQ_GROUP = Group(id="c1", platform=Platform.QQ, platform_id="123456")
QQ_MEMBERS = [
    ("20001", "何雨彤妈妈", "member"),
    ("20002", "推销员", "member"),
    ("20003", "周老师", "admin"),
    ("20009", "群主", "owner"),
]


class Recorder:
    """A sink that keeps what it was given."""

    def __init__(self) -> None:
        self.events: list[InboundEvent] = []

    async def __call__(self, event: InboundEvent) -> None:
        self.events.append(event)

    def messages(self) -> list[Message]:
        return [e for e in self.events if isinstance(e, Message)]


async def eventually(condition: Callable[[], Any], timeout: float = 15.0) -> None:
    """Wait until ``condition()`` is true (generous: CI machines are slow)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


def fast_backoff() -> Backoff:
    return Backoff(initial=0.05, maximum=0.3)


class Running:
    def __init__(self, bridge: Any, sink: Recorder, task: asyncio.Task[None]) -> None:
        self.bridge = bridge
        self.sink = sink
        self.task = task

    async def stop(self) -> None:
        self.task.cancel()
        await asyncio.gather(self.task, return_exceptions=True)


async def start_bridge(bridge: Any) -> Running:
    sink = Recorder()
    task = asyncio.create_task(bridge.run(sink))
    return Running(bridge, sink, task)


@pytest.fixture
async def qq_peer() -> AsyncIterator[OneBotPeer]:
    peer = await OneBotPeer(version=11, access_token=TOKEN).start()
    peer.add_group("123456", QQ_MEMBERS)
    yield peer
    await peer.close()


@pytest.fixture
async def qq(qq_peer: OneBotPeer) -> AsyncIterator[Running]:
    link = ForwardWebSocket(qq_peer.ws_url, access_token=TOKEN, backoff=fast_backoff())
    bridge = OneBotV11Bridge(link, [QQ_GROUP], confirm_timeout=10.0)
    running = await start_bridge(bridge)
    await eventually(lambda: qq_peer.connected)
    yield running
    await running.stop()
