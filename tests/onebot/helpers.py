"""Shared helpers of the OneBot contract tests."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from classmod.bridges.onebot.transport import Backoff

from classmod.bridge import InboundEvent
from classmod.model import Group, Message, Platform

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
