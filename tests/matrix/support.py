"""Helpers for the Matrix contract tests: a memory cursor store, a recording sink, a class room."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from classmod.bridges.matrix.bot import MatrixBridge
from nio import AsyncClient, RoomCreateResponse, RoomPreset, RoomSendResponse

from classmod.bridge import InboundEvent
from classmod.dev.devserver import Synapse, User
from classmod.model import Group, Message, Platform

TIMEOUT = 30.0


class MemoryCursors:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    async def get(self, key: str) -> str | None:
        return self.values.get(key)

    async def set(self, key: str, value: str) -> None:
        self.values[key] = value


class Recorder:
    """A sink that records what the bridge delivers and lets a test wait for it."""

    def __init__(self, react: Callable[[InboundEvent], Awaitable[None]] | None = None) -> None:
        self.events: list[InboundEvent] = []
        self.react = react
        self._changed = asyncio.Condition()

    async def __call__(self, event: InboundEvent) -> None:
        if self.react is not None:
            await self.react(event)
        async with self._changed:
            self.events.append(event)
            self._changed.notify_all()

    def messages(self, text_contains: str = "") -> list[Message]:
        return [e for e in self.events if isinstance(e, Message) and text_contains in e.text]

    def of_type(self, kind: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]

    async def wait_for(
        self, predicate: Callable[[list[InboundEvent]], bool], timeout: float = TIMEOUT
    ) -> None:
        async def wait() -> None:
            async with self._changed:
                await self._changed.wait_for(lambda: predicate(self.events))

        await asyncio.wait_for(wait(), timeout)


@dataclass
class ClassRoom:
    """A teacher's room (room version 12, teacher = creator) with the bot at PL 100."""

    room_id: str
    group: Group
    teacher: User
    parents: list[User]
    clients: dict[str, AsyncClient] = field(default_factory=dict)

    def client(self, user: User) -> AsyncClient:
        return self.clients[user.user_id]


async def make_class_room(
    make_client: Callable[[User], Awaitable[AsyncClient]],
    teacher: User,
    bot: User,
    parents: Sequence[User],
    *,
    group_id: str = "g1",
    room_version: str | None = None,
    bot_level: int = 100,
) -> ClassRoom:
    teacher_client = await make_client(teacher)
    response = await teacher_client.room_create(
        name="三年级二班家校群",
        preset=RoomPreset.private_chat,
        invite=[bot.user_id, *(p.user_id for p in parents)],
        power_level_override={"users": {bot.user_id: bot_level}},
        room_version=room_version,
    )
    assert isinstance(response, RoomCreateResponse), response
    room = ClassRoom(
        room_id=response.room_id,
        group=Group(id=group_id, platform=Platform.MATRIX, platform_id=response.room_id),
        teacher=teacher,
        parents=list(parents),
        clients={teacher.user_id: teacher_client},
    )
    for parent in parents:
        client = await make_client(parent)
        joined = await client.join(room.room_id)
        assert joined.room_id == room.room_id, joined
        room.clients[parent.user_id] = client
    return room


async def say(client: AsyncClient, room_id: str, text: str, **extra: Any) -> str:
    response = await client.room_send(
        room_id, "m.room.message", {"msgtype": "m.text", "body": text, **extra}
    )
    assert isinstance(response, RoomSendResponse), response
    return response.event_id


def make_bridge(
    synapse: Synapse,
    bot: User,
    groups: Sequence[Group],
    cursors: MemoryCursors,
    *,
    management_room: str | None = None,
    **kwargs: Any,
) -> MatrixBridge:
    return MatrixBridge(
        synapse.url,
        bot.user_id,
        access_token=bot.access_token,
        groups=groups,
        cursors=cursors,
        management_room=management_room,
        sync_timeout_ms=kwargs.pop("sync_timeout_ms", 5_000),
        **kwargs,
    )


@contextlib.asynccontextmanager
async def running(bridge: MatrixBridge, sink: Recorder) -> AsyncIterator[MatrixBridge]:
    """Run the bridge until the block ends; waits for its first handled sync."""
    task = asyncio.create_task(bridge.run(sink))
    try:
        waiter = asyncio.create_task(bridge.synced.wait())
        done, _ = await asyncio.wait(
            {task, waiter}, timeout=TIMEOUT, return_when=asyncio.FIRST_COMPLETED
        )
        if task in done:
            task.result()  # raise the bridge's error
        assert waiter in done, "the bridge did not finish its first sync"
        yield bridge
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await bridge.aclose()


async def wait_until(predicate: Callable[[], Awaitable[bool]], timeout: float = TIMEOUT) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not await predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.05)
