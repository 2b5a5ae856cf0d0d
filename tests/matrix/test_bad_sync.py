"""Bad answers on the real sync path (a real Synapse, its ``/sync`` answers altered on the
way in, as a broken proxy or homeserver would): one bad event is skipped alone, never the
rest of its room's batch, and an answer that cannot be read is retried with the same token,
so nothing in it is lost.

Before: ``origin_server_ts >= 2^53`` raised in ``convert.event_time``, the rest of the
room's batch was abandoned and the token moved past it; a ``/sync`` answer without
``next_batch`` raised out of the sync loop.
"""

from __future__ import annotations

from typing import Any

import pytest
from classmod.bridges.matrix.bot import MatrixBridge
from classmod.bridges.matrix.http import Reply
from structlog.testing import capture_logs

from classmod.dev.devserver import Synapse, User

from .support import MemoryCursors, Recorder, make_bridge, make_class_room, running, say

pytestmark = pytest.mark.synapse


def tamper_syncs(bridge: MatrixBridge, change: Any) -> list[str]:
    """Pass every ``/sync`` answer through ``change(body) -> bool`` (True: it changed it);
    returns the ``since`` of each sync request, in order."""
    original = bridge.http.request
    sinces: list[str] = []

    async def request(method: str, path: str, data: str | None = None, **kw: Any) -> Reply:
        reply = await original(method, path, data, **kw)
        if "/sync" in path:
            sinces.append(path.partition("since=")[2].partition("&")[0])
            change(reply.body)
        return reply

    bridge.http.request = request  # type: ignore[method-assign]
    return sinces


def timeline_of(body: dict[str, Any]) -> list[dict[str, Any]]:
    rooms = body.get("rooms", {}).get("join", {})
    return [e for room in rooms.values() for e in room.get("timeline", {}).get("events", [])]


async def test_an_event_with_an_impossible_timestamp_is_skipped_alone(
    synapse: Synapse, bot_user: User, make_user, make_client
) -> None:
    teacher, parent = make_user("teacher"), make_user("parent")
    room = await make_class_room(make_client, teacher, bot_user, [parent])
    cursors = MemoryCursors()
    first = Recorder()
    async with running(make_bridge(synapse, bot_user, [room.group], cursors), first):
        await say(room.client(parent), room.room_id, "在线")
        await first.wait_for(lambda evs: len(evs) >= 1)
    # sent while the bot is down, so that one sync answer brings all three
    for text in ("第一条", "坏时间", "第三条"):
        await say(room.client(parent), room.room_id, text)
    bridge = make_bridge(synapse, bot_user, [room.group], cursors)

    def break_time(body: dict[str, Any]) -> None:
        for event in timeline_of(body):
            if event.get("content", {}).get("body") == "坏时间":
                event["origin_server_ts"] = 2**53

    tamper_syncs(bridge, break_time)
    second = Recorder()
    with capture_logs() as logs:
        async with running(bridge, second):
            await second.wait_for(lambda evs: len(evs) >= 2)
    assert [m.text for m in second.messages()] == ["第一条", "第三条"]
    assert bridge.events_skipped == 1
    skipped = [e for e in logs if e["event"] == "event_skipped"]
    assert len(skipped) == 1 and "origin_server_ts" in skipped[0]["reason"]


async def test_an_unreadable_sync_answer_is_retried_with_the_same_token(
    synapse: Synapse, bot_user: User, make_user, make_client
) -> None:
    teacher, parent = make_user("teacher"), make_user("parent")
    room = await make_class_room(make_client, teacher, bot_user, [parent])
    cursors = MemoryCursors()
    first = Recorder()
    async with running(make_bridge(synapse, bot_user, [room.group], cursors), first):
        await say(room.client(parent), room.room_id, "在线")
        await first.wait_for(lambda evs: len(evs) >= 1)
    await say(room.client(parent), room.room_id, "断线时发的")
    bridge = make_bridge(synapse, bot_user, [room.group], cursors)
    broken: list[str] = []

    def break_once(body: dict[str, Any]) -> None:
        if not broken and timeline_of(body):
            broken.append(body.pop("next_batch"))
            body["rooms"]["join"] = 5  # and a part of the wrong type, for good measure

    sinces = tamper_syncs(bridge, break_once)
    second = Recorder()
    with capture_logs() as logs:
        async with running(bridge, second):
            await second.wait_for(lambda evs: len(evs) >= 1)
    assert [m.text for m in second.messages()] == ["断线时发的"]
    assert bridge.sync_unreadable == 1
    assert sinces[0] == sinces[1], "the unreadable answer's request is repeated as it was"
    assert [e["event"] for e in logs].count("sync_unreadable") == 1
