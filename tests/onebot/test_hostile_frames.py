"""The escapes of issue 14 (hostile frames), over the real wire: the OneBot peer sends each
one over a real socket, then an ordinary message. Each hostile frame is logged and skipped
(or, where it is a message a member could send, judged), and the link stays up: the same
connection delivers the message after it.

Before bounded decoding each of these closed the connection (RecursionError, OverflowError,
OSError escaped the decoder), or blocked the bot (a CQ bomb took 17 s to parse).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from classmod.bridges.onebot import bounds
from classmod.bridges.onebot.transport import ForwardWebSocket
from classmod.bridges.onebot.v11 import OneBotV11Bridge
from classmod.bridges.onebot.v12 import OneBotV12Bridge
from structlog.testing import capture_logs

from classmod.model import Group, MessageKind, Platform

from .helpers import QQ_GROUP, QQ_MEMBERS, TOKEN, eventually, fast_backoff, start_bridge
from .peer import OneBotPeer

G = "123456"
WX_GROUP = Group(id="w1", platform=Platform.WECHAT, platform_id="12345678@chatroom")


def deep_list(depth: int) -> str:
    """``[[[…"x"…]]]`` as JSON text (json.dumps itself would run out of stack)."""
    return "[" * depth + '"x"' + "]" * depth


def v11_message(message: str, *, sender_card: str = '"何妈妈"', time: str = "1788739200") -> str:
    return (
        f'{{"time": {time}, "self_id": 10001, "post_type": "message", "message_type": "group",'
        f' "sub_type": "normal", "message_id": 777, "group_id": {G}, "user_id": 20001,'
        f' "message": {message}, "sender": {{"user_id": 20001, "card": {sender_card},'
        f' "role": "member"}}}}'
    )


def text_segment(text_json: str) -> str:
    return f'[{{"type": "text", "data": {{"text": {text_json}}}}}]'


V11_SKIPPED: dict[str, tuple[str, str]] = {
    # name: (raw frame, the field the log names)
    "time 1e17": (v11_message(text_segment('"hi"'), time="1e17"), "time"),
    "time 2^53": (v11_message(text_segment('"hi"'), time=str(2**53)), "time"),
    "text nested 1000 deep": (
        v11_message(text_segment(deep_list(1000))),
        "message[0].data.text[…]",
    ),
    "card nested 1000 deep": (
        v11_message(text_segment('"hi"'), sender_card=deep_list(1000)),
        "sender.card[…]",
    ),
    "string 300,000 long": (
        v11_message(text_segment(json.dumps("广" * 300_000))),
        "message[0].data.text",
    ),
    "user id 1,000 long": (
        v11_message(text_segment('"hi"')).replace(
            '"user_id": 20001,', f'"user_id": "{"9" * 1000}",'
        ),
        "user_id",
    ),
}


@pytest.fixture
async def qq() -> Any:
    peer = await OneBotPeer(version=11, access_token=TOKEN).start()
    peer.add_group(G, QQ_MEMBERS)
    link = ForwardWebSocket(peer.ws_url, access_token=TOKEN, backoff=fast_backoff())
    running = await start_bridge(OneBotV11Bridge(link, [QQ_GROUP]))
    await eventually(lambda: peer.connected)
    yield peer, link, running
    await running.stop()
    await peer.close()


async def _then_ordinary(peer: OneBotPeer, running: Any, link: ForwardWebSocket, text: str) -> None:
    await peer.say(G, "20001", text)
    await eventually(lambda: any(m.text == text for m in running.sink.messages()))
    assert link.connections == 1, "the link was dropped"
    assert not running.task.done()


@pytest.mark.parametrize("name", list(V11_SKIPPED))
async def test_v11_hostile_frame_is_skipped_and_the_link_stays(qq: Any, name: str) -> None:
    peer, link, running = qq
    frame, field = V11_SKIPPED[name]
    with capture_logs() as logs:
        await peer.send_raw(frame)
        await _then_ordinary(peer, running, link, "之后的消息照常处理")
    skipped = [e for e in logs if e["event"] == "event_skipped" and e["reason"] == "limit"]
    assert [e["field"] for e in skipped] == [field]
    assert skipped[0]["limit"]
    assert [m.text for m in running.sink.messages()] == ["之后的消息照常处理"]


async def test_v11_oversize_frame_is_skipped_unread(qq: Any) -> None:
    peer, link, running = qq
    with capture_logs() as logs:
        await peer.send_raw(
            v11_message(text_segment(json.dumps("x" * (bounds.MAX_FRAME_BYTES + 1))))
        )
        await _then_ordinary(peer, running, link, "大包之后")
    skipped = [e for e in logs if e["event"] == "event_skipped" and e["reason"] == "limit"]
    assert [e["field"] for e in skipped] == ["(frame)"]
    assert [m.text for m in running.sink.messages()] == ["大包之后"]


async def test_v11_huge_heartbeat_interval_is_clamped(qq: Any) -> None:
    peer, link, running = qq
    with capture_logs() as logs:
        await peer.send_raw(
            '{"time": 1788739200, "self_id": 10001, "post_type": "meta_event",'
            ' "meta_event_type": "heartbeat", "status": {"online": true}, "interval": 1e308}'
        )
        await _then_ordinary(peer, running, link, "心跳之后")
    clamped = [e for e in logs if e["event"] == "heartbeat_interval_clamped"]
    assert clamped and clamped[0]["given_ms"] == 1e308
    assert clamped[0]["used_s"] == bounds.HEARTBEAT_MAX.total_seconds()
    assert running.bridge.heartbeats == 1


async def test_v11_json_card_50000_deep_is_judged_by_its_link(qq: Any) -> None:
    """A member's modified client can send this card: it is judged, not skipped."""
    peer, link, running = qq
    card = "[" * 50_000 + '"http://ad.example.cn/x"' + "]" * 50_000
    segment = json.dumps([{"type": "json", "data": {"data": card}}])
    await peer.send_raw(v11_message(segment))
    await _then_ordinary(peer, running, link, "卡片之后")
    first = running.sink.messages()[0]
    assert first.kind == MessageKind.LINK_CARD
    assert "http://ad.example.cn/x" in first.text


async def test_v11_cq_bomb_is_parsed_at_once(qq: Any) -> None:
    """``'[CQ:' * 10000`` as a string message: text (no code closes), read in one pass."""
    peer, link, running = qq
    await peer.send_raw(v11_message(json.dumps("[CQ:" * 10_000)))
    await _then_ordinary(peer, running, link, "炸弹之后")
    assert running.sink.messages()[0].text == "[CQ:" * 10_000


async def test_v11_one_odd_heartbeat_interval_does_not_make_the_link_flap() -> None:
    """The gateway beats every 200 ms; one heartbeat says ``interval: 1``. The watchdog does
    not take it at its word (a second one would have to confirm it), so nothing is dropped."""
    peer = await OneBotPeer(version=11, access_token=TOKEN, heartbeat_ms=200).start()
    peer.add_group(G, QQ_MEMBERS)
    link = ForwardWebSocket(peer.ws_url, access_token=TOKEN, backoff=fast_backoff())
    running = await start_bridge(OneBotV11Bridge(link, [QQ_GROUP], heartbeat_misses=3))
    try:
        await eventually(lambda: running.bridge.heartbeats >= 2)
        await peer.send_raw(
            '{"time": 1788739200, "self_id": 10001, "post_type": "meta_event",'
            ' "meta_event_type": "heartbeat", "status": {"online": true}, "interval": 1}'
        )
        beats = running.bridge.heartbeats
        # five real heartbeats later (a second): the 1 ms claim would have dropped it 20 times
        await eventually(lambda: running.bridge.heartbeats >= beats + 6)
        assert running.bridge.silences == 0
        assert link.connections == 1
    finally:
        await running.stop()
        await peer.close()


async def test_v12_hostile_frames_are_skipped_and_the_link_stays() -> None:
    peer = await OneBotPeer(version=12, access_token=TOKEN, self_id="wxid_bot").start()
    peer.add_group("12345678@chatroom", [("wxid_p1", "何妈妈", "member")])
    link = ForwardWebSocket(peer.ws_url, access_token=TOKEN, backoff=fast_backoff())
    running = await start_bridge(OneBotV12Bridge(link, [WX_GROUP]))
    base = (
        '"self": {"platform": "wechat", "user_id": "wxid_bot"}, "type": "message",'
        ' "detail_type": "group", "sub_type": "", "message_id": "1", "group_id":'
        ' "12345678@chatroom", "user_id": "wxid_p1"'
    )
    try:
        await eventually(lambda: peer.connected)
        with capture_logs() as logs:
            await peer.send_raw(f'{{"id": "a", "time": 1e17, {base}, "message": []}}')
            await peer.send_raw(
                f'{{"id": "b", "time": 1.0, {base}, "message": [],'
                f' "alt_message": {deep_list(1000)}}}'
            )
            await peer.send_raw(
                '{"id": "c", "time": 1.0, "type": "meta", "detail_type": "heartbeat",'
                ' "sub_type": "", "interval": 1e308}'
            )
            await peer.say("12345678@chatroom", "wxid_p1", "之后照常")
            await eventually(lambda: running.sink.messages())
        assert link.connections == 1 and not running.task.done()
        skipped = [e for e in logs if e["event"] == "event_skipped" and e["reason"] == "limit"]
        assert [e["field"] for e in skipped] == ["time", "alt_message[…]"]
        assert [e["event"] for e in logs].count("heartbeat_interval_clamped") == 1
        assert [m.text for m in running.sink.messages()] == ["之后照常"]
    finally:
        await running.stop()
        await peer.close()
