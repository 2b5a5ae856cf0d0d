"""End to end on the real Synapse: the night lock raises the class room's ``events_default``
at the start of the quiet hours and restores it at the end, across a bot restart.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from nio import AsyncClient, RoomGetStateEventResponse, RoomSendError, RoomSendResponse

from .support import wait_until
from .test_app import SHANGHAI, School, running_app, school  # noqa: F401 (the fixture)

pytestmark = pytest.mark.synapse


def lock_at_night(school: School) -> None:  # noqa: F811 (the fixture's name)
    config: dict[str, Any] = json.loads(school.config_path.read_text())
    config["night_lock"] = True
    config["member_audit"] = False
    school.config_path.write_text(json.dumps(config, ensure_ascii=False))


async def events_default(client: AsyncClient, room_id: str) -> int:
    levels = await client.room_get_state_event(room_id, "m.room.power_levels")
    assert isinstance(levels, RoomGetStateEventResponse), levels
    return int(levels.content.get("events_default", 0))


async def test_the_night_lock_is_set_and_lifted_on_time_across_a_restart(
    school: School,  # noqa: F811 (the fixture)
) -> None:
    lock_at_night(school)
    room_id = school.room.room_id
    head, mom = school.room.client(school.head), school.room.client(school.mom)
    school.clock.advance(datetime(2026, 9, 7, 19, 59, 58, tzinfo=SHANGHAI) - school.clock())
    async with running_app(school):

        async def locked() -> bool:
            return await events_default(head, room_id) >= 50

        await wait_until(locked)
        text = await school.wait_notice(head, room_id, "已开启全员禁言")
        assert "明早 07:00 自动解除" in text
        refused = await mom.room_send(
            room_id, "m.room.message", {"msgtype": "m.text", "body": "老师还在吗"}
        )
        assert isinstance(refused, RoomSendError) and refused.status_code == "M_FORBIDDEN"
    # down over the night; started again two seconds before the end of the window
    school.clock.advance(datetime(2026, 9, 8, 6, 59, 58, tzinfo=SHANGHAI) - school.clock())
    async with running_app(school) as app:
        assert await locked()  # not lifted early, nor locked a second time

        async def lifted() -> bool:
            return await events_default(head, room_id) == 0

        await wait_until(lifted)
        await school.wait_notice(head, room_id, "夜间全员禁言已解除")
        sent = await mom.room_send(
            room_id, "m.room.message", {"msgtype": "m.text", "body": "老师早上好"}
        )
        assert isinstance(sent, RoomSendResponse), sent
        pending = [t for t in await app.store.timers.pending() if t.kind == "night_lock"]
    assert [t.due for t in pending] == [datetime(2026, 9, 8, 20, 0, tzinfo=SHANGHAI)]
