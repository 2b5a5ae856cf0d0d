"""The antispam endpoint when it cannot judge: it answers for itself (``on_error``), with
JSON the module reads, never a 500, which ``fail_open`` turns into "let it through".

Over real HTTP on 127.0.0.1 (aiohttp client → the endpoint), as the module posts.
Before: an ``origin_server_ts >= 2^53`` or a non-ASCII ``Authorization`` header got a 500.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from classmod.bridges.matrix.antispam import UNCHECKED_REASON, AntispamServer, serve_for_config

from classmod.config import ConfigError, load_config
from classmod.model import Message
from classmod.plugins import Host, make_plugin_manager

SECRET = "s3cret-antispam"
EVENT = {
    "type": "m.room.message",
    "room_id": "!class:x",
    "sender": "@p:x",
    "event_id": "$e",
    "origin_server_ts": 1,
    "content": {"msgtype": "m.text", "body": "老师好"},
}


def allow(message: Message) -> bool:
    return True


async def post(port: int, body: bytes, headers: dict[str, str] | None = None) -> tuple[int, Any]:
    async with (
        aiohttp.ClientSession() as http,
        http.post(
            f"http://127.0.0.1:{port}/check_event_for_spam",
            data=body,
            headers={"Authorization": f"Bearer {SECRET}", **(headers or {})},
        ) as r,
    ):
        return r.status, await r.json(content_type=None)


@pytest.fixture
async def endpoint(request: pytest.FixtureRequest) -> AsyncIterator[tuple[AntispamServer, int]]:
    on_error, decide = getattr(request, "param", ("block", allow))
    server = AntispamServer(decide, {"!class:x": "g1"}, authorization=SECRET, on_error=on_error)
    port = await server.start()
    yield server, port
    await server.stop()


def body(event: dict[str, Any]) -> bytes:
    return json.dumps({"event": event}).encode()


async def test_an_impossible_timestamp_is_blocked_and_counted(endpoint: Any) -> None:
    server, port = endpoint
    status, payload = await post(port, body({**EVENT, "origin_server_ts": 2**53}))
    assert (status, payload) == (403, {"errcode": "M_FORBIDDEN", "error": UNCHECKED_REASON})
    assert server.failures == 1
    assert await post(port, body(EVENT)) == (200, {})  # the next message is judged as usual
    assert server.failures == 1


@pytest.mark.parametrize("endpoint", [("pass", allow)], indirect=True)
async def test_on_error_pass_lets_it_through_and_still_counts(endpoint: Any) -> None:
    server, port = endpoint
    assert await post(port, body({**EVENT, "origin_server_ts": 2**53})) == (200, {})
    assert server.failures == 1


def broken_rule(message: Message) -> bool:
    raise RuntimeError("a rule crashed")


@pytest.mark.parametrize("endpoint", [("block", broken_rule)], indirect=True)
async def test_a_crashing_rule_blocks_with_a_reason(endpoint: Any) -> None:
    server, port = endpoint
    status, payload = await post(port, body(EVENT))
    assert status == 403 and payload["error"] == UNCHECKED_REASON
    assert server.failures == 1


async def test_unreadable_bodies_are_answered_per_on_error(endpoint: Any) -> None:
    server, port = endpoint
    deep = '{"event": ' + "[" * 5_000 + "]" * 5_000 + "}"
    for raw in (b"{not json", b"[1, 2]", b'{"event": 5}', deep.encode()):
        status, payload = await post(port, raw)
        assert (status, payload["errcode"]) == (403, "M_FORBIDDEN"), raw[:20]
    assert server.failures == 4


async def test_non_ascii_authorization_is_refused_not_a_crash(endpoint: Any) -> None:
    server, port = endpoint
    # aiohttp sends str headers as latin-1 (é) and utf-8 bytes come through as they are
    for value in ("Bearer é-token", "Bearer 密钥".encode().decode("latin-1")):
        status, payload = await post(port, body(EVENT), {"Authorization": value})
        assert (status, payload["errcode"]) == (401, "M_UNAUTHORIZED")
    assert server.checked == 0 and server.failures == 0


async def test_on_error_is_read_from_the_config(tmp_path: Path) -> None:
    roster = {"group": "g1", "roster": {"teachers": [], "students": []}}
    (tmp_path / "roster.json").write_text(json.dumps(roster))
    config = {
        "school": "测试小学",
        "bridges": {
            "matrix": {
                "homeserver": "http://127.0.0.1:1",
                "user_id": "@bot:x",
                "password": {"$env": "HOME"},
                "antispam_listen": "127.0.0.1:0",
                "antispam_on_error": "pass",
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
        assert server.on_error == "pass"
    finally:
        await server.stop()
    config["bridges"]["matrix"]["antispam_on_error"] = "maybe"  # type: ignore[index]
    (tmp_path / "school.yaml").write_text(json.dumps(config, ensure_ascii=False))
    with pytest.raises(ConfigError, match="antispam_on_error"):
        load_config(tmp_path / "school.yaml")
