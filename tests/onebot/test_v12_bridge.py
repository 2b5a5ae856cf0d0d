"""Contract tests of the WeChat bridge against the OneBot 12 peer (ComWeChat-style)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from classmod.bridges.onebot.transport import (
    ForwardWebSocket,
    HttpApi,
    HttpPoll,
    ReverseWebSocketServer,
    Split,
)
from classmod.bridges.onebot.v12 import OneBotV12Bridge
from structlog.testing import capture_logs

from classmod.bridge import AuthenticationFailed, Bridge
from classmod.model import (
    Action,
    ActionKind,
    Group,
    MemberEvent,
    MemberEventKind,
    MessageKind,
    Platform,
)

from .helpers import TOKEN, Running, eventually, fast_backoff, start_bridge
from .peer import OneBotPeer

ROOM = "12345678@chatroom"
WX_GROUP = Group(id="w1", platform=Platform.WECHAT, platform_id=ROOM)
MEMBERS = [("wxid_p1", "何雨彤妈妈", "member"), ("wxid_p2", "推销员", "member")]


@pytest.fixture
async def wx_peer() -> AsyncIterator[OneBotPeer]:
    peer = await OneBotPeer(
        version=12, access_token=TOKEN, self_id="wxid_bot", bot_role="owner"
    ).start()
    peer.add_group(ROOM, MEMBERS)
    yield peer
    await peer.close()


@pytest.fixture
async def wx(wx_peer: OneBotPeer) -> AsyncIterator[Running]:
    link = ForwardWebSocket(wx_peer.ws_url, access_token=TOKEN, backoff=fast_backoff())
    running = await start_bridge(OneBotV12Bridge(link, [WX_GROUP]))
    await eventually(lambda: wx_peer.connected)
    yield running
    await running.stop()


def act(kind: ActionKind, **kwargs: object) -> Action:
    return Action(kind=kind, group_id="w1", **kwargs)  # type: ignore[arg-type]


def test_capabilities_are_honest(wx: Running) -> None:
    assert isinstance(wx.bridge, Bridge)
    assert wx.bridge.capabilities == {
        ActionKind.WARN,
        ActionKind.REMIND,
        ActionKind.NOTIFY,
        ActionKind.KICK,
    }


async def test_messages_get_names_from_member_info(wx_peer: OneBotPeer, wx: Running) -> None:
    await wx_peer.say(ROOM, "wxid_p1", "老师好")
    await wx_peer.say(
        ROOM,
        "wxid_p2",
        [
            {
                "type": "wx.link",
                "data": {"title": "教育补贴申领", "des": "限时", "url": "http://bt.example.org/x"},
            }
        ],
    )
    await eventually(lambda: len(wx.sink.messages()) == 2)
    hello, link = wx.sink.messages()
    assert hello.display_name == "何雨彤妈妈" and hello.group_id == "w1"
    assert link.kind == MessageKind.LINK_CARD and "http://bt.example.org/x" in link.text
    # the name is cached: one lookup per member, not per message
    await wx_peer.say(ROOM, "wxid_p1", "再说一句")
    await eventually(lambda: len(wx.sink.messages()) == 3)
    assert len(wx_peer.calls_of("get_group_member_info")) == 2


async def test_kick_with_the_wx_extension_is_confirmed(wx_peer: OneBotPeer, wx: Running) -> None:
    outcome = await wx.bridge.apply(act(ActionKind.KICK, member_id="wxid_p2"), WX_GROUP)
    assert outcome.ok, outcome.detail
    assert wx_peer.member(ROOM, "wxid_p2") is None
    assert wx_peer.calls_of("wx.delete_groupmember")[-1] == {
        "group_id": ROOM,
        "user_list": ["wxid_p2"],
    }
    await eventually(
        lambda: any(
            isinstance(e, MemberEvent) and e.kind == MemberEventKind.LEAVE for e in wx.sink.events
        )
    )


async def test_kick_answered_ok_without_effect_is_reported(
    wx_peer: OneBotPeer, wx: Running
) -> None:
    wx.bridge.confirm_timeout = 0.5
    wx_peer.silent_actions = {"wx.delete_groupmember"}
    outcome = await wx.bridge.apply(act(ActionKind.KICK, member_id="wxid_p2"), WX_GROUP)
    assert not outcome.ok and "group_member_decrease" in outcome.detail


async def test_not_owner_cannot_remove(wx_peer: OneBotPeer, wx: Running) -> None:
    wx_peer.groups[ROOM].members["wxid_bot"].role = "member"
    outcome = await wx.bridge.apply(act(ActionKind.KICK, member_id="wxid_p2"), WX_GROUP)
    assert not outcome.ok and "34001" in outcome.detail


@pytest.mark.parametrize(
    "kind",
    [
        ActionKind.MUTE,
        ActionKind.DELETE,
        ActionKind.SET_NICKNAME,
        ActionKind.LOCK,
        ActionKind.APPROVE_JOIN,
        ActionKind.BAN,
    ],
)
async def test_downgrade_path_never_pretends(
    wx_peer: OneBotPeer, wx: Running, kind: ActionKind
) -> None:
    outcome = await wx.bridge.apply(
        act(kind, member_id="wxid_p2", message_id="1", text="x"), WX_GROUP
    )
    assert not outcome.ok and "微信" in outcome.detail
    # nothing was sent to the gateway (but the catch-up's look at what it buffered)
    assert [name for name, _ in wx_peer.calls if name != "get_latest_events"] == []


async def test_warn_notify_and_post(wx_peer: OneBotPeer, wx: Running) -> None:
    assert (
        await wx.bridge.apply(
            act(ActionKind.WARN, member_id="wxid_p2", text="请勿发广告"), WX_GROUP
        )
    ).ok
    detail, target, message = wx_peer.sent[-1]
    assert (detail, target) == ("group", ROOM)
    assert message[0] == {"type": "mention", "data": {"user_id": "wxid_p2"}}
    assert (
        await wx.bridge.apply(act(ActionKind.NOTIFY, member_id="wxid_p1", text="您好"), WX_GROUP)
    ).ok
    assert wx_peer.sent[-1][:2] == ("private", "wxid_p1")
    assert (await wx.bridge.post("w1", "本群公告")).ok


async def test_member_list(wx_peer: OneBotPeer, wx: Running) -> None:
    members = await wx.bridge.member_list(WX_GROUP)
    assert {m.id for m in members} == {"wxid_bot", "wxid_p1", "wxid_p2"}


async def test_unknown_and_malformed_events(wx_peer: OneBotPeer, wx: Running) -> None:
    with capture_logs() as logs:
        await wx_peer.send_raw("not json at all")
        await wx_peer.push(
            {
                "id": "x",
                "time": 1.0,
                "type": "notice",
                "detail_type": "wx.get_group_poke",
                "sub_type": "",
                "self": {"platform": "wechat", "user_id": "wxid_bot"},
                "group_id": ROOM,
                "user_id": "wxid_p1",
            }
        )
        await wx_peer.push({"id": "y", "time": 1.0, "type": "message", "detail_type": "group"})
        await wx_peer.say(ROOM, "wxid_p1", "正常消息")
        await eventually(lambda: wx.sink.messages())
    reasons = {e.get("reason") for e in logs if e["event"] == "event_skipped"}
    assert {"malformed_json", "notice.wx.get_group_poke", "malformed"} <= reasons


async def test_reverse_ws_v12_subprotocol_and_auth() -> None:
    server = ReverseWebSocketServer(path="/wx", access_token=TOKEN, version=12)
    bridge = OneBotV12Bridge(server, [WX_GROUP])
    running = await start_bridge(bridge)
    await eventually(server.listening.is_set)
    good = OneBotPeer(version=12, self_id="wxid_bot", bot_role="owner")
    good.add_group(ROOM, MEMBERS)
    bad = OneBotPeer(version=12)
    try:
        bad.connect_reverse(f"ws://127.0.0.1:{server.port}/wx", token="wrong")
        await eventually(lambda: bad.refusals)
        assert bad.refusals[0] == 401  # v12: 401 for any auth failure
        good.connect_reverse(f"ws://127.0.0.1:{server.port}/wx", token=TOKEN)
        await eventually(lambda: good.connected)
        await good.say(ROOM, "wxid_p2", "加我")
        await eventually(lambda: running.sink.messages())
        assert (await bridge.apply(act(ActionKind.KICK, member_id="wxid_p2"), WX_GROUP)).ok
    finally:
        await running.stop()
        await good.close()
        await bad.close()


async def test_http_api_v12(wx_peer: OneBotPeer) -> None:
    events = ForwardWebSocket(wx_peer.ws_url, access_token=TOKEN, backoff=fast_backoff())
    bridge = OneBotV12Bridge(
        Split(events, HttpApi(wx_peer.http_url, access_token=TOKEN, version=12)), [WX_GROUP]
    )
    running = await start_bridge(bridge)
    try:
        await eventually(lambda: wx_peer.connected)
        assert (await bridge.apply(act(ActionKind.KICK, member_id="wxid_p1"), WX_GROUP)).ok
        assert wx_peer.member(ROOM, "wxid_p1") is None
    finally:
        await running.stop()


async def test_http_poll_v12_events_actions_and_confirmations(wx_peer: OneBotPeer) -> None:
    """No webhook and no WebSocket: events by long-polling get_latest_events, oldest first;
    the removal is confirmed by the group_member_decrease notice the next poll brings."""
    link = HttpPoll(
        HttpApi(wx_peer.http_url, access_token=TOKEN, version=12),
        poll_timeout=1,
        backoff=fast_backoff(),
    )
    bridge = OneBotV12Bridge(link, [WX_GROUP], confirm_timeout=5)
    running = await start_bridge(bridge)
    try:
        await wx_peer.say(ROOM, "wxid_p2", "进群领红包")
        await wx_peer.say(ROOM, "wxid_p1", "收到")
        await eventually(lambda: len(running.sink.messages()) == 2)
        got = [(m.sender_id, m.text) for m in running.sink.messages()]
        assert got == [("wxid_p2", "进群领红包"), ("wxid_p1", "收到")]
        outcome = await bridge.apply(act(ActionKind.KICK, member_id="wxid_p2"), WX_GROUP)
        assert outcome.ok, outcome.detail  # confirmed through a poll
        assert wx_peer.member(ROOM, "wxid_p2") is None
        polls = [p for a, p in wx_peer.calls if a == "get_latest_events"]
        assert polls and all(p == {"limit": 100, "timeout": 1} for p in polls)
    finally:
        await running.stop()


async def test_http_poll_refused_stops_the_bridge_with_the_reason(wx_peer: OneBotPeer) -> None:
    """A wrong access token cannot get better by retrying (issue 13): the bridge stops with
    ``AuthenticationFailed``, which stops ``classmod run`` with one line; never a retry loop."""
    link = HttpPoll(
        HttpApi(wx_peer.http_url, access_token="wrong", version=12),
        poll_timeout=1,
        backoff=fast_backoff(),
    )
    with capture_logs() as logs:
        running = await start_bridge(OneBotV12Bridge(link, [WX_GROUP]))
        with pytest.raises(AuthenticationFailed, match=r"refused the access token \(HTTP 401\)"):
            await running.task
    assert link.polls == 1
    refused = [e for e in logs if e["event"] == "gateway_refused"]
    assert len(refused) == 1 and refused[0]["retcode"] == 1401  # HTTP 401, as v11 names it
    assert not running.sink.events
