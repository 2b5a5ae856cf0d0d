"""Ban lists as Matrix policy rooms, against the real Synapse: classmod writes spec-shaped
rules another client reads back; a list another client writes in Draupnir's format
(``rule:<entity>``, and a hashed rule) is followed and applied; emptying a rule lifts it."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from classmod.bridges.matrix.bot import MatrixBridge
from nio import RoomCreateResponse, RoomGetStateEventResponse, RoomPreset, RoomPutStateResponse

from classmod.app import App
from classmod.banlist import PolicyRule, RuleKind, entity_of, sha256_of
from classmod.config import load_config
from classmod.dev.devserver import Synapse, User
from classmod.model import Platform
from classmod.store import Store

from .support import TIMEOUT, make_class_room, wait_until

pytestmark = pytest.mark.synapse


def write_config(path: Path, synapse: Synapse, bot: User, rooms: dict[str, str]) -> Path:
    (path / "roster.yaml").write_text("roster:\n  teachers: []\n  students: []\n", encoding="utf-8")
    (path / "school.yaml").write_text(
        f"""
school: 测试实验小学
quiet_hours: false
bridges:
  matrix:
    homeserver: {synapse.url}
    user_id: "{bot.user_id}"
    access_token: {{$env: CLASSMOD_TEST_MATRIX_TOKEN}}
management: {{platform: matrix, room: "{rooms["staff"]}"}}
store: {{path: "{path / "classmod.sqlite"}"}}
banlists:
  write: school
  pause: 0s
  lists:
    school: {{room: "{rooms["school"]}"}}
    district: {{room: "{rooms["district"]}"}}
groups:
  g1:
    platform: matrix
    platform_id: "{rooms["class"]}"
    class: 三年级(2)班
    roster: roster.yaml
""",
        encoding="utf-8",
    )
    return path / "school.yaml"


@contextlib.asynccontextmanager
async def running_app(config_path: Path) -> AsyncIterator[App]:
    config = load_config(config_path)
    store = Store(config.store.path)
    await store.open()
    assert config.bridges.matrix is not None and config.management is not None
    bridge = MatrixBridge.from_config(
        config.bridges.matrix,
        groups=[gc.group for gc in config.groups.values()],
        cursors=store.cursors,
        management_room=config.management.room,
    )
    bridge.sync_timeout_ms = 3_000
    app = App(config, [bridge], store, timer_tick=0.1)
    task = asyncio.create_task(app.run())
    try:
        await asyncio.wait_for(bridge.synced.wait(), TIMEOUT)
        yield app
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await bridge.aclose()
        await store.close()


async def policy_room(client, bot: User) -> str:  # type: ignore[no-untyped-def]
    response = await client.room_create(
        name="黑名单",
        preset=RoomPreset.private_chat,
        invite=[bot.user_id],
        power_level_override={"users": {bot.user_id: 100}},
    )
    assert isinstance(response, RoomCreateResponse), response
    return str(response.room_id)


async def test_classmod_and_a_draupnir_format_list_interoperate(
    synapse: Synapse, bot_user: User, make_user, make_client, tmp_path, monkeypatch
) -> None:
    head = make_user("zhou", displayname="周敏")
    moderator = make_user("district", displayname="区教育局")  # runs the district's list
    spammer = make_user("spam", displayname="招生顾问")
    hashed = make_user("porn", displayname="美女私聊")
    room = await make_class_room(make_client, head, bot_user, [spammer, hashed])
    staff = await make_class_room(make_client, head, bot_user, [], group_id="staff")
    head_client = room.client(head)
    school_list = await policy_room(head_client, bot_user)
    district_client = await make_client(moderator)
    district_list = await policy_room(district_client, bot_user)
    monkeypatch.setenv("CLASSMOD_TEST_MATRIX_TOKEN", bot_user.access_token)
    path = write_config(
        tmp_path,
        synapse,
        bot_user,
        {
            "staff": staff.room_id,
            "school": school_list,
            "district": district_list,
            "class": room.room_id,
        },
    )

    async def membership(user: User) -> str:
        reply = await head_client.room_get_state_event(room.room_id, "m.room.member", user.user_id)
        return (
            str(reply.content.get("membership"))
            if isinstance(reply, RoomGetStateEventResponse)
            else ""
        )

    async with running_app(path) as app:
        # 1. classmod writes a rule; a plain HTTP client reads it back, spec-shaped
        await app.banlists.update("school", [])  # nothing yet
        rule = app.banlists.new_rule(entity_of(Platform.QQ, "123456"), "冒充老师收费")
        assert rule is not None
        stored = await app.banlists._add(rule, app.clock(), by=head.user_id, written=False)
        assert await app.banlists._write(stored) == ""
        url = (
            f"{synapse.url}/_matrix/client/v3/rooms/{school_list}/state/"
            "m.policy.rule.user/rule:classmod:qq:123456"
        )
        async with (
            aiohttp.ClientSession() as http,
            http.get(url, headers={"Authorization": f"Bearer {head.access_token}"}) as response,
        ):
            assert response.status == 200
            assert await response.json() == {
                "entity": "classmod:qq:123456",
                "recommendation": "m.ban",
                "reason": "冒充老师收费",
            }

        # 2. the district's moderator writes Draupnir-style rules: the bot follows and bans
        put = await district_client.room_put_state(
            district_list,
            "m.policy.rule.user",
            {"entity": spammer.user_id, "recommendation": "m.ban", "reason": "spam"},
            state_key=f"rule:{spammer.user_id}",
        )
        assert isinstance(put, RoomPutStateResponse), put
        digest = sha256_of(hashed.user_id)
        put = await district_client.room_put_state(
            district_list,
            "m.policy.rule.user",
            {"hashes": {"sha256": digest}, "recommendation": "m.ban"},
            state_key=digest,
        )
        assert isinstance(put, RoomPutStateResponse), put

        async def both_banned() -> bool:
            return await membership(spammer) == "ban" and await membership(hashed) == "ban"

        await wait_until(both_banned, TIMEOUT)

        # 3. the moderator empties the spammer's rule (the spec's removal): the ban is lifted,
        # the hashed rule's stays
        put = await district_client.room_put_state(
            district_list, "m.policy.rule.user", {}, state_key=f"rule:{spammer.user_id}"
        )
        assert isinstance(put, RoomPutStateResponse), put

        async def lifted() -> bool:
            return await membership(spammer) == "leave"

        await wait_until(lifted, TIMEOUT)
        assert await membership(hashed) == "ban"
        kinds = {s.rule.kind for s in app.banlists.rules.values()}
        assert kinds == {RuleKind.USER}
        assert not any(s.rule.entity == spammer.user_id for s in app.banlists.rules.values()), (
            "the emptied rule is no longer live"
        )
    assert isinstance(stored.rule, PolicyRule)


async def test_a_qq_join_request_is_refused_because_of_a_rule_in_a_matrix_room(
    synapse: Synapse, bot_user: User, make_user, make_client, tmp_path, monkeypatch
) -> None:
    from classmod.bridges.factory import build_bridges
    from onebot.helpers import TOKEN
    from onebot.peer import OneBotPeer

    moderator = make_user("district", displayname="区教育局")
    staff = await make_class_room(make_client, moderator, bot_user, [], group_id="staff")
    district_client = staff.client(moderator)
    district_list = await policy_room(district_client, bot_user)
    put = await district_client.room_put_state(
        district_list,
        "m.policy.rule.user",
        {"entity": "classmod:qq:20009", "recommendation": "m.ban", "reason": "冒充老师收费"},
        state_key="rule:classmod:qq:20009",
    )
    assert isinstance(put, RoomPutStateResponse), put
    peer = await OneBotPeer(version=11, access_token=TOKEN).start()
    peer.add_group("123456789", [("20003", "周敏老师", "admin")])
    monkeypatch.setenv("CLASSMOD_TEST_MATRIX_TOKEN", bot_user.access_token)
    monkeypatch.setenv("CLASSMOD_TEST_QQ_TOKEN", TOKEN)
    path = write_config(
        tmp_path,
        synapse,
        bot_user,
        {
            "staff": staff.room_id,
            "school": district_list,
            "district": district_list,
            "class": "!unused",
        },
    )
    text = (
        path.read_text(encoding="utf-8")
        .replace(
            'groups:\n  g1:\n    platform: matrix\n    platform_id: "!unused"',
            'groups:\n  g1:\n    platform: qq\n    platform_id: "123456789"',
        )
        .replace(
            "bridges:\n",
            "bridges:\n  qq:\n    version: 11\n    transport: forward_ws\n"
            f"    url: {peer.ws_url}\n    access_token: {{$env: CLASSMOD_TEST_QQ_TOKEN}}\n",
        )
    )
    path.write_text(text, encoding="utf-8")
    config = load_config(path)
    store = Store(config.store.path)
    await store.open()
    bridges = build_bridges(config, store)
    app = App(config, bridges, store, timer_tick=0.1)
    task = asyncio.create_task(app.run())
    try:

        async def following() -> bool:
            return any(s.rule.entity == "classmod:qq:20009" for s in app.banlists.rules.values())

        await wait_until(following, TIMEOUT)
        await wait_until(_async(lambda: peer.connected), TIMEOUT)
        await peer.join_request("123456789", "20009", "我是家长")

        async def refused() -> bool:
            return bool(peer.calls_of("set_group_add_request"))

        await wait_until(refused, TIMEOUT)
        [call] = peer.calls_of("set_group_add_request")
        assert call["approve"] is False
        assert "20009" not in peer.groups["123456789"].members
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        for bridge in bridges:
            close = getattr(bridge, "close", None)
            if close is not None:
                await close()
        await store.close()
        await peer.close()


def _async(check):  # type: ignore[no-untyped-def]
    async def wrapped() -> bool:
        return bool(check())

    return wrapped
