"""Pre-send blocking through synapse-http-antispam: contract tests and a real Synapse run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from classmod.bridges.matrix.antispam import (
    BLOCKED_REASON,
    AntispamServer,
    rules_decider,
    verdict_to_reply,
)
from nio import (
    AsyncClient,
    AsyncClientConfig,
    RoomMessagesResponse,
    RoomSendError,
    RoomSendResponse,
)

from classmod.config import load_config
from classmod.dev.devserver import Synapse, User
from classmod.model import Message
from classmod.plugins import Host, make_plugin_manager

from .support import make_class_room


@pytest.mark.parametrize(
    ("decision", "status", "body"),
    [
        (True, 200, {}),
        (False, 403, {"errcode": "M_FORBIDDEN", "error": BLOCKED_REASON}),
        ("[R06] 请勿发广告", 403, {"errcode": "M_FORBIDDEN", "error": "[R06] 请勿发广告"}),
    ],
)
def test_verdict_to_reply(decision: bool | str, status: int, body: dict[str, str]) -> None:
    assert verdict_to_reply(decision) == (status, body)


async def test_check_event_judges_only_messages_in_class_rooms() -> None:
    seen: list[Message] = []

    async def decide(message: Message) -> bool | str:
        seen.append(message)
        return "no" if "广告" in message.text else True

    server = AntispamServer(decide, {"!class:x": "g1"}, ignore_senders=["@bot:x"])
    event = {
        "type": "m.room.message",
        "room_id": "!class:x",
        "sender": "@p:x",
        "event_id": "$e",
        "origin_server_ts": 1,
        "content": {"msgtype": "m.text", "body": "广告"},
    }
    assert await server.check_event(event) == (403, {"errcode": "M_FORBIDDEN", "error": "no"})
    assert await server.check_event({**event, "room_id": "!dm:x"}) == (200, {})
    assert await server.check_event({**event, "sender": "@bot:x"}) == (200, {})
    assert await server.check_event({**event, "type": "m.room.topic"}) == (200, {})
    assert [m.group_id for m in seen] == ["g1"]
    assert (server.checked, server.blocked) == (1, 1)


@pytest.mark.synapse
async def test_synapse_asks_classmod_before_accepting_a_message(
    tmp_path: Path, monkeypatch
) -> None:
    from .conftest import synapse_or_skip

    python = synapse_or_skip()
    antispam = AntispamServer(lambda m: True, {}, authorization="s3cret")
    port = await antispam.start()
    module = {
        "module": "synapse_http_antispam.HTTPAntispam",
        "config": {
            "base_url": f"http://127.0.0.1:{port}",
            "authorization": "s3cret",
            "enabled_callbacks": ["check_event_for_spam"],
        },
    }
    server = Synapse(tmp_path / "hs", python=python, modules=[module])
    server.start()
    clients: list[AsyncClient] = []

    async def client_for(user: User) -> AsyncClient:
        client = AsyncClient(
            server.url, user.user_id, config=AsyncClientConfig(max_limit_exceeded=0, max_timeouts=0)
        )
        client.restore_login(user.user_id, user.device_id, user.access_token)
        clients.append(client)
        return client

    try:
        bot = server.register("bot", admin=True)
        teacher, parent = server.register("teacher"), server.register("parent")
        room = await make_class_room(client_for, teacher, bot, [parent])
        roster = {
            "group": "g1",
            "roster": {
                "teachers": [
                    {
                        "id": teacher.user_id,
                        "name": "周敏",
                        "subject": "语文",
                        "role": "head_teacher",
                    }
                ],
                "students": [
                    {"name": "何雨彤", "guardians": [{"id": parent.user_id, "relation": "妈妈"}]}
                ],
            },
        }
        (tmp_path / "roster.json").write_text(json.dumps(roster, ensure_ascii=False))
        config = {
            "school": "测试小学",
            "groups": {
                "g1": {"platform": "matrix", "platform_id": room.room_id, "roster": "roster.json"}
            },
        }
        (tmp_path / "school.yaml").write_text(json.dumps(config, ensure_ascii=False))
        school = load_config(tmp_path / "school.yaml")
        host = Host(make_plugin_manager(school.plugins))
        groups = {gid: (gc.group, gc.roster, gc.rules) for gid, gc in school.groups.items()}
        antispam.decide = rules_decider(host, groups)
        antispam.rooms[room.room_id] = "g1"

        parent_client = room.client(parent)
        blocked = await parent_client.room_send(
            room.room_id,
            "m.room.message",
            {"msgtype": "m.text", "body": "暑期托管班招生，加V信 abc123"},
        )
        assert isinstance(blocked, RoomSendError), blocked
        assert blocked.status_code == "M_FORBIDDEN"
        assert "R06" in blocked.message
        fine = await parent_client.room_send(
            room.room_id, "m.room.message", {"msgtype": "m.text", "body": "老师，收到"}
        )
        assert isinstance(fine, RoomSendResponse)
        teacher_says = await room.client(teacher).room_send(
            room.room_id, "m.room.message", {"msgtype": "m.text", "body": "明天交作业"}
        )
        assert isinstance(teacher_says, RoomSendResponse)
        history = await room.client(teacher).room_messages(room.room_id, start="", limit=50)
        assert isinstance(history, RoomMessagesResponse)
        bodies = [e.source["content"].get("body", "") for e in history.chunk]
        assert not any("加V信" in b for b in bodies)  # never stored, never seen
        assert "老师，收到" in bodies
        assert antispam.blocked == 1
    finally:
        for client in clients:
            await client.close()
        assert server.stop() == 0
        await antispam.stop()


async def test_serve_for_config_answers_the_module_contract(tmp_path: Path) -> None:
    import aiohttp
    from classmod.bridges.matrix.antispam import serve_for_config

    roster = {
        "group": "g1",
        "roster": {
            "teachers": [{"id": "@t:x", "name": "周敏", "subject": "语文", "role": "head_teacher"}],
            "students": [{"name": "何雨彤", "guardians": [{"id": "@p:x", "relation": "妈妈"}]}],
        },
    }
    (tmp_path / "roster.json").write_text(json.dumps(roster, ensure_ascii=False))
    config = {
        "school": "测试小学",
        "bridges": {
            "matrix": {
                "homeserver": "http://127.0.0.1:1",
                "user_id": "@bot:x",
                "password": {"$env": "HOME"},
                "antispam_listen": "127.0.0.1:0",
            }
        },
        "groups": {
            "g1": {"platform": "matrix", "platform_id": "!class:x", "roster": "roster.json"}
        },
    }
    (tmp_path / "school.yaml").write_text(json.dumps(config, ensure_ascii=False))
    school = load_config(tmp_path / "school.yaml")
    server = await serve_for_config(
        school, Host(make_plugin_manager(school.plugins)), "127.0.0.1:0"
    )
    try:
        port = server._runner.addresses[0][1]  # type: ignore[union-attr]
        event = {
            "type": "m.room.message",
            "room_id": "!class:x",
            "sender": "@p:x",
            "event_id": "$1",
            "origin_server_ts": 1,
            "content": {"msgtype": "m.text", "body": "加V信 abc123 团购优惠"},
        }
        async with aiohttp.ClientSession() as http:
            async with http.post(
                f"http://127.0.0.1:{port}/check_event_for_spam", json={"event": event}
            ) as r:
                assert r.status == 403
                assert (await r.json())["errcode"] == "M_FORBIDDEN"
            async with http.post(
                f"http://127.0.0.1:{port}/user_may_invite", json={"user_id": "@p:x"}
            ) as r:
                assert r.status == 200 and await r.json() == {}
    finally:
        await server.stop()


@pytest.mark.synapse
async def test_configured_secret_lets_synapse_in_and_keeps_others_out(
    tmp_path: Path, monkeypatch
) -> None:
    import secrets

    import aiohttp
    from classmod.bridges.matrix.antispam import serve_for_config

    from .conftest import synapse_or_skip

    python = synapse_or_skip()
    secret = secrets.token_urlsafe(16)
    monkeypatch.setenv("CM_TEST_ANTISPAM_SECRET", secret)
    monkeypatch.setenv("CM_TEST_BOT_TOKEN", "unused")
    roster = {
        "group": "g1",
        "roster": {
            "teachers": [{"id": "@t:x", "name": "周敏", "subject": "语文", "role": "head_teacher"}],
            "students": [],
        },
    }
    (tmp_path / "roster.json").write_text(json.dumps(roster, ensure_ascii=False))
    config = {
        "school": "测试小学",
        "bridges": {
            "matrix": {
                "homeserver": "http://127.0.0.1:1",
                "user_id": "@bot:localhost",
                "access_token": {"$env": "CM_TEST_BOT_TOKEN"},
                # loopback only in tests; the secret is configured all the same
                "antispam_listen": "127.0.0.1:0",
                "antispam_secret": {"$env": "CM_TEST_ANTISPAM_SECRET"},
            }
        },
        "groups": {"g1": {"platform": "matrix", "roster": "roster.json"}},
    }
    (tmp_path / "school.yaml").write_text(json.dumps(config, ensure_ascii=False))
    school = load_config(tmp_path / "school.yaml")
    assert school.bridges.matrix is not None
    antispam = await serve_for_config(
        school, Host(make_plugin_manager(school.plugins)), school.bridges.matrix.antispam_listen
    )
    port = antispam._runner.addresses[0][1]  # type: ignore[union-attr]
    module = {
        "module": "synapse_http_antispam.HTTPAntispam",
        "config": {
            "base_url": f"http://127.0.0.1:{port}",
            "authorization": secret,
            "enabled_callbacks": ["check_event_for_spam"],
        },
    }
    server = Synapse(tmp_path / "hs", python=python, modules=[module])
    server.start()
    clients: list[AsyncClient] = []

    async def client_for(user: User) -> AsyncClient:
        client = AsyncClient(
            server.url, user.user_id, config=AsyncClientConfig(max_limit_exceeded=0, max_timeouts=0)
        )
        client.restore_login(user.user_id, user.device_id, user.access_token)
        clients.append(client)
        return client

    try:
        bot = server.register("bot", admin=True)
        teacher, parent = server.register("teacher"), server.register("parent")
        room = await make_class_room(client_for, teacher, bot, [parent])
        antispam.rooms[room.room_id] = "g1"  # the room exists only now
        blocked = await room.client(parent).room_send(
            room.room_id,
            "m.room.message",
            {"msgtype": "m.text", "body": "暑期托管班招生，加V信 abc123"},
        )
        # Synapse's request carried the secret, so classmod judged the message
        assert isinstance(blocked, RoomSendError), blocked
        assert "R06" in blocked.message
        assert antispam.checked == 1
        event = {
            "type": "m.room.message",
            "room_id": room.room_id,
            "sender": parent.user_id,
            "event_id": "$forged",
            "origin_server_ts": 1,
            "content": {"msgtype": "m.text", "body": "老师好"},
        }
        url = f"http://127.0.0.1:{port}/check_event_for_spam"
        async with aiohttp.ClientSession() as http:
            for headers in ({}, {"Authorization": "Bearer guessed"}):
                async with http.post(url, json={"event": event}, headers=headers) as r:
                    assert r.status == 401
                    assert (await r.json())["errcode"] == "M_UNAUTHORIZED"
        assert antispam.checked == 1  # nobody else got a message judged
    finally:
        for client in clients:
            await client.close()
        assert server.stop() == 0
        await antispam.stop()
