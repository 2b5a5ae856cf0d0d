"""The gateway connects to classmod (reverse WebSocket): auth, headers, events and actions."""

from __future__ import annotations

from classmod.bridges.onebot.transport import ReverseWebSocketServer
from classmod.bridges.onebot.v11 import OneBotV11Bridge
from structlog.testing import capture_logs

from classmod.model import Action, ActionKind

from .helpers import QQ_GROUP, QQ_MEMBERS, TOKEN, Running, eventually, start_bridge
from .peer import OneBotPeer

G = "123456"


async def _serve() -> tuple[ReverseWebSocketServer, OneBotV11Bridge, Running]:
    server = ReverseWebSocketServer(path="/onebot/v11/ws", access_token=TOKEN, self_id="10001")
    bridge = OneBotV11Bridge(server, [QQ_GROUP])
    running = await start_bridge(bridge)
    await eventually(server.listening.is_set)
    return server, bridge, running


async def test_universal_client_delivers_events_and_takes_actions() -> None:
    server, bridge, running = await _serve()
    peer = OneBotPeer(version=11)
    peer.add_group(G, QQ_MEMBERS)
    try:
        peer.connect_reverse(f"ws://127.0.0.1:{server.port}/onebot/v11/ws", token=TOKEN)
        await eventually(lambda: peer.connected)
        await peer.say(G, "20002", "扫码进群领资料")
        await eventually(lambda: running.sink.messages())
        outcome = await bridge.apply(
            Action(kind=ActionKind.KICK, group_id="c1", member_id="20002"), QQ_GROUP
        )
        assert outcome.ok, outcome.detail
        assert peer.member(G, "20002") is None
    finally:
        await running.stop()
        await peer.close()


async def test_query_token_is_accepted() -> None:
    server, _, running = await _serve()
    peer = OneBotPeer(version=11)
    peer.add_group(G, QQ_MEMBERS)
    try:
        peer.connect_reverse(
            f"ws://127.0.0.1:{server.port}/onebot/v11/ws?access_token={TOKEN}", token=None
        )
        await eventually(lambda: peer.connected)
    finally:
        await running.stop()
        await peer.close()


async def test_refusals_missing_and_wrong_token_missing_or_wrong_self_id_no_role() -> None:
    server, _, running = await _serve()
    url = f"ws://127.0.0.1:{server.port}/onebot/v11/ws"
    cases = [
        ({"token": None}, 401),
        ({"token": "wrong"}, 403),
        ({"token": TOKEN, "self_id": "99999"}, 403),
        ({"token": TOKEN, "self_id": ""}, 403),  # no X-Self-ID at all
        ({"token": TOKEN, "role": "Robot"}, 400),
    ]
    try:
        with capture_logs() as logs:
            for kwargs, status in cases:
                peer = OneBotPeer(version=11)
                peer.add_group(G)
                peer.connect_reverse(url, **kwargs)  # type: ignore[arg-type]
                await eventually(lambda: peer.refusals)  # noqa: B023
                assert peer.refusals[0] == status
                assert not peer.connected
                await peer.close()
        assert sum(e["event"] == "gateway_refused" for e in logs) >= len(cases)
        assert server.connections == 0
    finally:
        await running.stop()


async def test_gateway_reconnects_and_is_used_again() -> None:
    server, bridge, running = await _serve()
    peer = OneBotPeer(version=11)
    peer.add_group(G, QQ_MEMBERS)
    try:
        peer.connect_reverse(f"ws://127.0.0.1:{server.port}/onebot/v11/ws", token=TOKEN)
        await eventually(lambda: peer.connected)
        await peer.drop()
        await eventually(lambda: server.connections >= 2)
        outcome = await bridge.apply(Action(kind=ActionKind.LOCK, group_id="c1"), QQ_GROUP)
        assert outcome.ok and peer.groups[G].whole_ban
    finally:
        await running.stop()
        await peer.close()


async def test_separate_api_and_event_connections() -> None:
    server, bridge, running = await _serve()
    peer = OneBotPeer(version=11)
    peer.add_group(G, QQ_MEMBERS)
    try:
        url = f"ws://127.0.0.1:{server.port}/onebot/v11/ws"
        peer.connect_reverse(url, token=TOKEN, role="Event")
        peer.connect_reverse(url, token=TOKEN, role="API")
        await eventually(lambda: server.connections >= 2)
        mid = await peer.say(G, "20002", "广告")
        await eventually(lambda: running.sink.messages())
        outcome = await bridge.apply(
            Action(kind=ActionKind.DELETE, group_id="c1", member_id="20002", message_id=mid),
            QQ_GROUP,
        )
        assert outcome.ok, outcome.detail
    finally:
        await running.stop()
        await peer.close()
