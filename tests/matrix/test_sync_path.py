"""The redaction path of the Matrix bridge, against a real Synapse: what the bot writes to
the homeserver, in which order, and what wakes its long-poll."""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

from classmod.dev.devserver import Synapse, User
from classmod.model import Action, ActionKind, Message, Outcome

from .support import MemoryCursors, Recorder, make_bridge, make_class_room, running, say

pytestmark = pytest.mark.synapse


async def test_redaction_is_written_before_the_next_sync_which_it_does_not_wake(
    synapse: Synapse, bot_user: User, make_user, make_client
) -> None:
    teacher, parent = make_user("teacher"), make_user("parent")
    room = await make_class_room(make_client, teacher, bot_user, [parent])
    bridge = make_bridge(synapse, bot_user, [room.group], MemoryCursors(), sync_timeout_ms=30_000)
    requests: list[tuple[str, str]] = []  # (method, path) in the order they were written
    send = bridge.client.send

    async def recording_send(method: str, path: str, *args: Any, **kwargs: Any) -> Any:
        requests.append((method, path))
        return await send(method, path, *args, **kwargs)

    bridge.client.send = recording_send  # type: ignore[method-assign]
    outcomes: list[Outcome] = []

    async def redact_ads(event: object) -> None:
        if isinstance(event, Message) and "加V信" in event.text:
            action = Action(
                kind=ActionKind.DELETE, group_id="g1", message_id=event.id, rule_id="R06"
            )
            outcomes.append(await bridge.apply(action, room.group))

    sink = Recorder(redact_ads)
    async with running(bridge, sink):
        await asyncio.sleep(0.5)  # the joins and first syncs settle; the bot long-polls
        before = len(requests)
        await say(room.client(parent), room.room_id, "暑期托管班招生，加V信 tg123")
        await sink.wait_for(lambda evs: bool(outcomes))
        await asyncio.sleep(1.0)  # time for the redaction to come back, if it were to
        after = requests[before:]
    assert outcomes[0].ok, outcomes[0].detail
    kinds = ["sync" if "/sync" in path else method for method, path in after]
    # the long-poll that brought the ad was already out; the next thing written is the
    # redaction, then the one new long-poll, which the bot's own redaction does not end
    assert kinds == ["PUT", "sync"], after
    assert "/redact/" in after[0][1]
    sync_filter = parse_qs(urlparse(after[1][1]).query)["filter"][0]
    assert not sync_filter.startswith("{"), "the sync filter is uploaded once, named by id"
