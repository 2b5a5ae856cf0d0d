"""Contract tests of the QQ bridge against the OneBot v11 peer over real sockets."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from classmod.bridges.onebot.transport import ForwardWebSocket, HttpApi, Split
from classmod.bridges.onebot.v11 import OneBotV11Bridge
from structlog.testing import capture_logs

from classmod.bridge import Bridge
from classmod.model import (
    Action,
    ActionKind,
    Group,
    MemberEvent,
    MemberEventKind,
    Message,
    MessageKind,
    Platform,
)

from .helpers import (
    QQ_GROUP,
    TOKEN,
    Running,
    eventually,
    fast_backoff,
    start_bridge,
)
from .peer import OneBotPeer

G = "123456"


def act(kind: ActionKind, **kwargs: object) -> Action:
    return Action(kind=kind, group_id="c1", **kwargs)  # type: ignore[arg-type]


def test_bridge_satisfies_the_protocol(qq: Running) -> None:
    assert isinstance(qq.bridge, Bridge)
    assert ActionKind.UNBAN not in qq.bridge.capabilities  # OneBot v11 has no un-blacklist


async def test_group_messages_arrive_in_both_formats(qq_peer: OneBotPeer, qq: Running) -> None:
    await qq_peer.say(G, "20001", "老师好 [作业] 收到", fmt="array")
    await qq_peer.say(G, "20001", "老师好 [作业] 收到", fmt="string")
    await qq_peer.say(
        G, "20002", [{"type": "share", "data": {"url": "http://ad.example.com", "title": "团购"}}]
    )
    await eventually(lambda: len(qq.sink.messages()) == 3)
    first, second, card = qq.sink.messages()
    assert first.text == second.text == "老师好 [作业] 收到"
    assert first.group_id == "c1" and first.display_name == "何雨彤妈妈"
    assert card.kind == MessageKind.LINK_CARD and "http://ad.example.com" in card.text


async def test_mute_is_confirmed_by_the_group_ban_notice(qq_peer: OneBotPeer, qq: Running) -> None:
    outcome = await qq.bridge.apply(
        act(ActionKind.MUTE, member_id="20002", duration=timedelta(minutes=10)), QQ_GROUP
    )
    assert outcome.ok, outcome.detail
    assert qq_peer.muted(G, "20002")
    assert qq_peer.calls_of("set_group_ban")[-1]["duration"] == 600
    outcome = await qq.bridge.apply(act(ActionKind.UNMUTE, member_id="20002"), QQ_GROUP)
    assert outcome.ok, outcome.detail
    assert not qq_peer.muted(G, "20002")


async def test_mute_longer_than_30_days_is_clamped(qq_peer: OneBotPeer, qq: Running) -> None:
    outcome = await qq.bridge.apply(
        act(ActionKind.MUTE, member_id="20002", duration=timedelta(days=365)), QQ_GROUP
    )
    assert outcome.ok
    assert qq_peer.calls_of("set_group_ban")[-1]["duration"] == 30 * 24 * 3600


async def test_ok_without_notice_is_not_success(qq_peer: OneBotPeer, qq: Running) -> None:
    qq.bridge.confirm_timeout = 0.5
    qq_peer.silent_actions = {"set_group_ban", "set_group_kick", "delete_msg"}
    mid = await qq_peer.say(G, "20002", "加微信领福利")
    with capture_logs() as logs:
        for action in (
            act(ActionKind.MUTE, member_id="20002", duration=timedelta(minutes=5)),
            act(ActionKind.KICK, member_id="20002"),
            act(ActionKind.DELETE, member_id="20002", message_id=mid),
        ):
            outcome = await qq.bridge.apply(action, QQ_GROUP)
            assert not outcome.ok
            assert outcome.detail.startswith("网关回复成功但未收到确认事件")
    assert [e["event"] for e in logs].count("action_unconfirmed") == 3
    assert not qq_peer.muted(G, "20002") and qq_peer.member(G, "20002") is not None


async def test_kick_ban_and_delete(qq_peer: OneBotPeer, qq: Running) -> None:
    mid = await qq_peer.say(G, "20002", "兼职日结")
    await eventually(lambda: qq.sink.messages())
    assert (
        await qq.bridge.apply(act(ActionKind.DELETE, member_id="20002", message_id=mid), QQ_GROUP)
    ).ok
    assert mid not in qq_peer.groups[G].messages
    assert (await qq.bridge.apply(act(ActionKind.BAN, member_id="20002"), QQ_GROUP)).ok
    assert qq_peer.member(G, "20002") is None and "20002" in qq_peer.groups[G].blacklist
    assert (await qq.bridge.apply(act(ActionKind.KICK, member_id="20001"), QQ_GROUP)).ok
    assert qq_peer.member(G, "20001") is None and "20001" not in qq_peer.groups[G].blacklist
    # the kicks also arrive as LEAVE events for the app
    await eventually(
        lambda: (
            sum(
                isinstance(e, MemberEvent) and e.kind == MemberEventKind.LEAVE
                for e in qq.sink.events
            )
            == 2
        )
    )


async def test_night_lock(qq_peer: OneBotPeer, qq: Running) -> None:
    assert (await qq.bridge.apply(act(ActionKind.LOCK), QQ_GROUP)).ok
    assert qq_peer.groups[G].whole_ban
    assert (await qq.bridge.apply(act(ActionKind.UNLOCK), QQ_GROUP)).ok
    assert not qq_peer.groups[G].whole_ban


async def test_set_nickname_is_read_back(qq_peer: OneBotPeer, qq: Running) -> None:
    outcome = await qq.bridge.apply(
        act(ActionKind.SET_NICKNAME, member_id="20001", text="何雨彤妈妈-何雨彤"), QQ_GROUP
    )
    assert outcome.ok, outcome.detail
    member = qq_peer.member(G, "20001")
    assert member is not None and member.card == "何雨彤妈妈-何雨彤"
    qq_peer.silent_actions = {"set_group_card"}
    outcome = await qq.bridge.apply(
        act(ActionKind.SET_NICKNAME, member_id="20001", text="别的名字"), QQ_GROUP
    )
    assert not outcome.ok and "仍是" in outcome.detail


async def test_join_request_approve_and_reject(qq_peer: OneBotPeer, qq: Running) -> None:
    flag = await qq_peer.join_request(G, "30001", "郭思远外婆")
    other = await qq_peer.join_request(G, "30002", "路过")
    await eventually(lambda: len(qq.sink.events) == 2)
    request = qq.sink.events[0]
    assert isinstance(request, MemberEvent) and request.kind == MemberEventKind.JOIN_REQUEST
    assert request.comment == "郭思远外婆" and request.request_flag == flag
    approve = act(
        ActionKind.APPROVE_JOIN, member_id="30001", data=(("request_flag", request.request_flag),)
    )
    assert (await qq.bridge.apply(approve, QQ_GROUP)).ok
    assert qq_peer.member(G, "30001") is not None
    reject = act(
        ActionKind.REJECT_JOIN,
        member_id="30002",
        text="请注明孩子姓名",
        data=(("request_flag", other),),
    )
    assert (await qq.bridge.apply(reject, QQ_GROUP)).ok
    assert qq_peer.calls_of("set_group_add_request")[-1]["reason"] == "请注明孩子姓名"
    assert qq_peer.member(G, "30002") is None and not qq_peer.groups[G].requests
    # the approval shows up as a JOIN with the member's name looked up
    await eventually(
        lambda: any(
            isinstance(e, MemberEvent) and e.kind == MemberEventKind.JOIN for e in qq.sink.events
        )
    )
    join = next(
        e for e in qq.sink.events if isinstance(e, MemberEvent) and e.kind == MemberEventKind.JOIN
    )
    assert join.member_id == "30001" and join.display_name == "用户30001"


async def test_warn_replies_and_notify_messages_privately(qq_peer: OneBotPeer, qq: Running) -> None:
    mid = await qq_peer.say(G, "20002", "加我微信")
    warn = act(ActionKind.WARN, member_id="20002", message_id=mid, text="请勿发广告（R06）")
    outcome = await qq.bridge.apply(warn, QQ_GROUP)
    assert outcome.ok and "message_id=" in outcome.detail
    kind, target, message = qq_peer.sent[-1]
    assert (kind, target) == ("group", G)
    assert message[0] == {"type": "reply", "data": {"id": mid}}
    assert message[-1]["data"]["text"] == "请勿发广告（R06）"
    assert (
        await qq.bridge.apply(act(ActionKind.NOTIFY, member_id="20002", text="您好"), QQ_GROUP)
    ).ok
    assert qq_peer.sent[-1][:2] == ("private", "20002")


async def test_admin_limits_are_said_not_hidden(qq_peer: OneBotPeer, qq: Running) -> None:
    before = len(qq_peer.calls_of("set_group_ban"))
    outcome = await qq.bridge.apply(act(ActionKind.MUTE, member_id="20003"), QQ_GROUP)
    assert not outcome.ok and "其他管理员" in outcome.detail
    outcome = await qq.bridge.apply(act(ActionKind.KICK, member_id="20009"), QQ_GROUP)
    assert not outcome.ok and "群主" in outcome.detail
    assert len(qq_peer.calls_of("set_group_ban")) == before  # nothing was even tried
    # roles also come from sender.role: a promoted member is protected at once
    qq_peer.member(G, "20001").role = "admin"  # type: ignore[union-attr]
    await qq_peer.say(G, "20001", "我现在是管理员")
    await eventually(lambda: qq.sink.messages())
    outcome = await qq.bridge.apply(act(ActionKind.MUTE, member_id="20001"), QQ_GROUP)
    assert not outcome.ok


async def test_owner_bot_may_mute_admins() -> None:
    peer = await OneBotPeer(version=11, access_token=TOKEN, bot_role="owner").start()
    peer.add_group(G, [("20003", "周老师", "admin")])
    bridge = OneBotV11Bridge(ForwardWebSocket(peer.ws_url, access_token=TOKEN), [QQ_GROUP])
    running = await start_bridge(bridge)
    try:
        await eventually(lambda: peer.connected)
        outcome = await bridge.apply(act(ActionKind.MUTE, member_id="20003"), QQ_GROUP)
        assert outcome.ok, outcome.detail
        assert peer.muted(G, "20003")
    finally:
        await running.stop()
        await peer.close()


async def test_member_bot_says_it_is_not_an_admin() -> None:
    peer = await OneBotPeer(version=11, access_token=TOKEN, bot_role="member").start()
    peer.add_group(G, [("20002", "推销员", "member")])
    bridge = OneBotV11Bridge(ForwardWebSocket(peer.ws_url, access_token=TOKEN), [QQ_GROUP])
    running = await start_bridge(bridge)
    try:
        # the bridge knows its own account once the gateway has said so (the connect event)
        await eventually(lambda: peer.connected and bool(bridge.self_id))
        outcome = await bridge.apply(act(ActionKind.KICK, member_id="20002"), QQ_GROUP)
        assert not outcome.ok and "不是本群管理员" in outcome.detail
    finally:
        await running.stop()
        await peer.close()


async def test_gateway_refusal_is_an_outcome(qq_peer: OneBotPeer, qq: Running) -> None:
    outcome = await qq.bridge.apply(act(ActionKind.MUTE, member_id="55555"), QQ_GROUP)
    assert not outcome.ok and "retcode=100" in outcome.detail


async def test_member_list(qq_peer: OneBotPeer, qq: Running) -> None:
    members = await qq.bridge.member_list(QQ_GROUP)
    assert members is not None
    assert {m.id: m.display_name for m in members}["20001"] == "何雨彤妈妈"
    assert len(members) == 4  # four members; the bot is left out


async def test_a_member_list_the_gateway_refuses_is_none_not_empty(
    qq_peer: OneBotPeer, qq: Running
) -> None:
    unknown = Group(id="c9", platform=Platform.QQ, platform_id="999")  # no such group
    assert await qq.bridge.member_list(unknown) is None


async def test_post_to_a_group(qq_peer: OneBotPeer, qq: Running) -> None:
    outcome = await qq.bridge.post("c1", "今晚 20:00 起全员禁言")
    assert outcome.ok
    assert qq_peer.sent[-1][:2] == ("group", G)


async def test_reconnect_loses_nothing_and_repeats_nothing(
    qq_peer: OneBotPeer, qq: Running
) -> None:
    for i in range(5):
        await qq_peer.say(G, "20001", f"消息{i}")
    await eventually(lambda: len(qq.sink.messages()) == 5)
    with capture_logs() as logs:
        await qq_peer.drop()
        for i in range(5, 8):  # sent while the link is down: the gateway keeps them
            await qq_peer.say(G, "20001", f"消息{i}")
        await eventually(lambda: qq_peer.connected)
        await qq_peer.replay(6)  # and it re-delivers some it had already sent
        await qq_peer.say(G, "20001", "消息8")
        await eventually(lambda: len(qq.sink.messages()) >= 9)
        await asyncio.sleep(0.2)
    assert [m.text for m in qq.sink.messages()] == [f"消息{i}" for i in range(9)]
    assert "gateway_reconnected" in [e["event"] for e in logs]
    # an action after the reconnect works on the new connection
    assert (await qq.bridge.apply(act(ActionKind.MUTE, member_id="20001"), QQ_GROUP)).ok


async def test_silent_gateway_is_dropped_and_reconnected() -> None:
    peer = await OneBotPeer(version=11, access_token=TOKEN, heartbeat_ms=100).start()
    peer.add_group(G)
    link = ForwardWebSocket(peer.ws_url, access_token=TOKEN, backoff=fast_backoff())
    bridge = OneBotV11Bridge(link, [QQ_GROUP], heartbeat_misses=3)
    running = await start_bridge(bridge)
    try:
        await eventually(lambda: bridge.heartbeats >= 2)
        with capture_logs() as logs:
            peer.heartbeats_on = False
            await eventually(lambda: bridge.silences >= 1)
            await eventually(lambda: link.connections >= 2)
            peer.heartbeats_on = True
        assert "gateway_silent" in [e["event"] for e in logs]
        await peer.say(G, "20001", "还在吗")
        await eventually(lambda: running.sink.messages())
    finally:
        await running.stop()
        await peer.close()


async def test_malformed_and_unknown_events_are_logged_and_skipped(
    qq_peer: OneBotPeer, qq: Running
) -> None:
    with capture_logs() as logs:
        await qq_peer.send_raw("{not json")
        await qq_peer.send_raw("[1, 2]")
        await qq_peer.push(
            {
                "time": 1,
                "self_id": 10001,
                "post_type": "message",
                "message_type": "group",
                "group_id": int(G),
                "user_id": 1,
            }
        )
        await qq_peer.push(
            {
                "time": 1,
                "self_id": 10001,
                "post_type": "notice",
                "notice_type": "essence",
                "group_id": int(G),
            }
        )
        await qq_peer.push({"time": 1, "self_id": 10001, "post_type": "message_sent"})
        await qq_peer.say(G, "20001", "之后的消息照常处理")
        await eventually(lambda: qq.sink.messages())
    skipped = [e for e in logs if e["event"] == "event_skipped"]
    reasons = {e["reason"] for e in skipped}
    assert {"malformed_json", "not_an_object", "malformed", "notice.essence"} <= reasons
    assert [m.text for m in qq.sink.messages()] == ["之后的消息照常处理"]


async def test_unmapped_groups_are_ignored(qq_peer: OneBotPeer, qq: Running) -> None:
    qq_peer.add_group("999")
    await qq_peer.say("999", "1", "别的群")
    await qq_peer.say(G, "20001", "本群")
    await eventually(lambda: qq.sink.messages())
    assert [m.text for m in qq.sink.messages()] == ["本群"]


async def test_forward_ws_auth_failures_are_logged() -> None:
    peer = await OneBotPeer(version=11, access_token=TOKEN).start()
    peer.add_group(G)
    try:
        for token, status in (("wrong", 403), ("", 401)):
            link = ForwardWebSocket(peer.ws_url, access_token=token, backoff=fast_backoff())
            bridge = OneBotV11Bridge(link, [QQ_GROUP])
            with capture_logs() as logs:
                running = await start_bridge(bridge)
                await eventually(lambda: any(e["event"] == "gateway_refused" for e in logs))
                await running.stop()
            refused = next(e for e in logs if e["event"] == "gateway_refused")
            assert refused["status"] == status
            assert link.connections == 0
    finally:
        await peer.close()


async def test_http_api_with_websocket_events(qq_peer: OneBotPeer) -> None:
    events = ForwardWebSocket(qq_peer.ws_url, access_token=TOKEN, backoff=fast_backoff())
    link = Split(events, HttpApi(qq_peer.http_url, access_token=TOKEN))
    bridge = OneBotV11Bridge(link, [QQ_GROUP])
    running = await start_bridge(bridge)
    try:
        await eventually(lambda: qq_peer.connected)
        assert (await bridge.apply(act(ActionKind.MUTE, member_id="20002"), QQ_GROUP)).ok
        assert qq_peer.muted(G, "20002")
        bad = OneBotV11Bridge(
            Split(events, HttpApi(qq_peer.http_url, access_token="x")), [QQ_GROUP]
        )
        outcome = await bad.apply(act(ActionKind.KICK, member_id="20002"), QQ_GROUP)
        assert not outcome.ok and "1403" in outcome.detail
    finally:
        await running.stop()


async def test_http_api_accepts_query_token_and_form_params(qq_peer: OneBotPeer) -> None:
    import aiohttp

    async with aiohttp.ClientSession() as session:
        url = f"{qq_peer.http_url}/get_group_member_info"
        async with session.get(
            url, params={"group_id": G, "user_id": "20001", "access_token": TOKEN}
        ) as resp:
            body = await resp.json()
        assert body["status"] == "ok" and body["data"]["card"] == "何雨彤妈妈"
        async with session.post(
            f"{qq_peer.http_url}/nope", headers={"Authorization": f"Bearer {TOKEN}"}
        ) as resp:
            assert resp.status == 404


async def test_event_without_sink_blocking_confirmation(qq_peer: OneBotPeer) -> None:
    """The app applies actions while handling an event: confirmations must still arrive."""
    link = ForwardWebSocket(qq_peer.ws_url, access_token=TOKEN, backoff=fast_backoff())
    bridge = OneBotV11Bridge(link, [QQ_GROUP])
    outcomes = []

    async def sink(event: object) -> None:
        if isinstance(event, Message):
            outcomes.append(
                await bridge.apply(act(ActionKind.MUTE, member_id=event.sender_id), QQ_GROUP)
            )

    task = asyncio.create_task(bridge.run(sink))
    try:
        await eventually(lambda: qq_peer.connected)
        await qq_peer.say(G, "20002", "加微信")
        await eventually(lambda: outcomes)
        assert outcomes[0].ok, outcomes[0].detail
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def test_anonymous_sender_is_muted_by_flag_and_nothing_else_is_pretended(
    qq_peer: OneBotPeer, qq: Running
) -> None:
    """QQ's anonymous chat: the sender is ``anonymous:<id>``; a mute goes by the flag of
    their message (set_group_anonymous_ban, which can't be lifted); a removal is refused."""
    mid = await qq_peer.say(G, "20002", "加微信领资料", anonymous=(417, "大力鬼", "flag-417"))
    await eventually(lambda: qq.sink.messages())
    [msg] = qq.sink.messages()
    assert msg.sender_id == "anonymous:417" and msg.display_name == "大力鬼"
    who = msg.sender_id
    mute = act(ActionKind.MUTE, member_id=who, duration=timedelta(minutes=10))
    outcome = await qq.bridge.apply(mute, QQ_GROUP)
    assert outcome.ok, outcome.detail
    [call] = qq_peer.calls_of("set_group_anonymous_ban")
    assert call["anonymous_flag"] == call["flag"] == "flag-417" and call["duration"] == 600
    assert "flag-417" in qq_peer.groups[G].anonymous_bans
    # the bot's own role is checked; the anonymous identity has no member info to ask for
    asked = {str(c["user_id"]) for c in qq_peer.calls_of("get_group_member_info")}
    assert asked <= {qq_peer.self_id}
    delete = act(ActionKind.DELETE, member_id=who, message_id=mid)
    assert (await qq.bridge.apply(delete, QQ_GROUP)).ok
    unmute = await qq.bridge.apply(act(ActionKind.UNMUTE, member_id=who), QQ_GROUP)
    assert not unmute.ok and "不能解除匿名成员的禁言" in unmute.detail
    kick = await qq.bridge.apply(act(ActionKind.KICK, member_id=who), QQ_GROUP)
    assert not kick.ok and "不能移出" in kick.detail
    unknown = act(ActionKind.MUTE, member_id="anonymous:999", duration=timedelta(minutes=1))
    outcome = await qq.bridge.apply(unknown, QQ_GROUP)
    assert not outcome.ok and "flag" in outcome.detail
    assert len(qq_peer.calls_of("set_group_anonymous_ban")) == 1  # nothing sent for those
