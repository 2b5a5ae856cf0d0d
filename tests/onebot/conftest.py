from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from classmod.bridges.onebot.transport import ForwardWebSocket
from classmod.bridges.onebot.v11 import OneBotV11Bridge

from .helpers import QQ_GROUP, QQ_MEMBERS, TOKEN, Running, eventually, fast_backoff, start_bridge
from .peer import OneBotPeer


@pytest.fixture
async def qq_peer() -> AsyncIterator[OneBotPeer]:
    peer = await OneBotPeer(version=11, access_token=TOKEN).start()
    peer.add_group("123456", QQ_MEMBERS)
    yield peer
    await peer.close()


@pytest.fixture
async def qq(qq_peer: OneBotPeer) -> AsyncIterator[Running]:
    link = ForwardWebSocket(qq_peer.ws_url, access_token=TOKEN, backoff=fast_backoff())
    bridge = OneBotV11Bridge(link, [QQ_GROUP], confirm_timeout=10.0)
    running = await start_bridge(bridge)
    await eventually(lambda: qq_peer.connected)
    yield running
    await running.stop()
