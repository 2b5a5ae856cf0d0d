"""The issue's forged head-teacher ``/kick``, sent to ``classmod run``'s OneBot listeners.

A listener other hosts can reach takes events only from the gateway: a config without
credentials for it is refused at load, and over a real socket an event without the token
(reverse WebSocket), without a valid signature (v11 HTTP POST) or without ``X-Self-ID``
naming the bot is refused before the app sees it. The same ``/kick`` from the real gateway
is carried out, so the refusals are what stopped it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from classmod.bridges.factory import build_bridges
from classmod.bridges.onebot.transport import HttpPostReceiver, ReverseWebSocketServer, Split
from classmod.bridges.onebot.v11 import OneBotV11Bridge

from classmod.app import App
from classmod.config import ConfigError, load_config
from classmod.model import Platform
from classmod.store import Store
from classmod.testing import FakeBridge

from .helpers import TOKEN, eventually
from .peer import OneBotPeer
from .test_app_integration import ROSTER

G = "123456789"
SECRET = "post-signing-key-9f3"
HEAD_TEACHER, SALESMAN = "20003", "20002"
KICK = [{"type": "text", "data": {"text": "/kick "}}, {"type": "at", "data": {"qq": SALESMAN}}]


def write_config(tmp_path: Path, bridge: str) -> Path:
    (tmp_path / "roster.yaml").write_text(ROSTER, encoding="utf-8")
    cfg = tmp_path / "school.yaml"
    cfg.write_text(
        f"""
school: 青山区实验小学
quiet_hours: false
management: {{platform: matrix, room: "!manage"}}
bridges:
  qq: {bridge}
groups:
  class-3-1:
    platform: qq
    platform_id: "{G}"
    roster: roster.yaml
""",
        encoding="utf-8",
    )
    return cfg


def new_peer() -> OneBotPeer:
    peer = OneBotPeer(version=11, access_token=TOKEN)
    peer.add_group(G, [(SALESMAN, "推销员", "member"), (HEAD_TEACHER, "周敏老师", "admin")])
    return peer


@asynccontextmanager
async def running(config_path: Path) -> AsyncIterator[tuple[App, OneBotV11Bridge]]:
    config = load_config(config_path)
    async with Store(config_path.parent / "state.sqlite") as store:
        [qq] = [b for b in build_bridges(config, store) if b.platform == Platform.QQ]
        assert isinstance(qq, OneBotV11Bridge)
        qq.confirm_timeout = 5.0
        app = App(config, [qq, FakeBridge(Platform.MATRIX)], store)
        task = asyncio.create_task(app.run())
        try:
            yield app, qq
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)


async def commands_audited(app: App) -> list[Any]:
    rows = await app.store.audit.tail("class-3-1", limit=100)
    return [r for r in rows if r["kind"] == "command"]


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CM_QQ_TOKEN", TOKEN)
    monkeypatch.setenv("CM_QQ_SECRET", SECRET)


async def test_forged_kick_over_reverse_websocket_is_refused(tmp_path: Path, env: None) -> None:
    open_listener = "{version: 11, transport: reverse_ws, listen: '0.0.0.0:0'}"
    with pytest.raises(ConfigError, match="reachable from other hosts") as refused:
        load_config(write_config(tmp_path, open_listener))
    assert refused.value.path == "bridges.qq.access_token"

    bridge = (
        "{version: 11, transport: reverse_ws, listen: '0.0.0.0:0', self_id: '10001',"
        " access_token: {$env: CM_QQ_TOKEN}}"
    )
    async with running(write_config(tmp_path, bridge)) as (app, qq):
        server = qq.link
        assert isinstance(server, ReverseWebSocketServer)
        await eventually(server.listening.is_set)
        url = f"ws://127.0.0.1:{server.port}/"
        for credentials, status in (
            ({"token": None}, 401),
            ({"token": "guessed"}, 403),
            ({"token": TOKEN, "self_id": ""}, 403),
            ({"token": TOKEN, "self_id": "99999"}, 403),
        ):
            forger = new_peer()
            await forger.say(G, HEAD_TEACHER, KICK)  # waits to be sent once connected
            forger.connect_reverse(url, **credentials)  # type: ignore[arg-type]
            await eventually(lambda: forger.refusals)  # noqa: B023
            assert forger.refusals[0] == status and not forger.connected
            await forger.close()
        assert server.connections == 0
        assert await commands_audited(app) == []

        gateway = new_peer()  # the real gateway, with the token: the same /kick works
        try:
            gateway.connect_reverse(url, token=TOKEN)
            await eventually(lambda: gateway.connected)
            await gateway.say(G, HEAD_TEACHER, KICK)
            await eventually(lambda: gateway.calls_of("set_group_kick"))
            assert gateway.member(G, SALESMAN) is None
        finally:
            await gateway.close()


async def test_forged_kick_over_http_post_is_refused(tmp_path: Path, env: None) -> None:
    gateway = await new_peer().start()  # its HTTP API takes the bot's actions
    try:
        no_secret = (
            f"{{version: 11, transport: http, url: '{gateway.http_url}', listen: '0.0.0.0:0',"
            " access_token: {$env: CM_QQ_TOKEN}}"
        )
        with pytest.raises(ConfigError, match="reachable from other hosts") as refused:
            load_config(write_config(tmp_path, no_secret))
        assert refused.value.path == "bridges.qq.secret"

        bridge = no_secret[:-1] + ", self_id: '10001', secret: {$env: CM_QQ_SECRET}}"
        async with running(write_config(tmp_path, bridge)) as (app, qq):
            assert isinstance(qq.link, Split) and isinstance(qq.link.events, HttpPostReceiver)
            receiver = qq.link.events
            await eventually(receiver.listening.is_set)
            url = f"http://127.0.0.1:{receiver.port}/"
            for forged in (
                {},  # no signature
                {"secret": "guessed"},  # signed with the wrong key
                {"secret": SECRET, "self_id": ""},  # no X-Self-ID
                {"secret": SECRET, "self_id": "99999"},  # another account
            ):
                gateway.post_events_to(url, **forged)  # type: ignore[arg-type]
                await gateway.say(G, HEAD_TEACHER, KICK)
            assert gateway.post_statuses == [403, 403, 403, 403]
            await asyncio.sleep(0.3)
            assert gateway.calls_of("set_group_kick") == []
            assert gateway.member(G, SALESMAN) is not None
            assert await commands_audited(app) == []

            gateway.post_events_to(url, secret=SECRET)  # signed by the gateway itself
            await gateway.say(G, HEAD_TEACHER, KICK)
            await eventually(lambda: gateway.member(G, SALESMAN) is None)
            assert gateway.post_statuses[4] == 204
            assert len(gateway.calls_of("set_group_kick")) == 1
    finally:
        await gateway.close()
