"""Table tests of the pure v12 (WeChat) conversions on spec-shaped JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from classmod.bridges.onebot import convert_v12 as cv
from classmod.bridges.onebot.bounds import MalformedEvent
from classmod.bridges.onebot.protocol import Call, Heartbeat, Refusal, Signal

from classmod.bridge import PrivateMessage
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

GROUP = Group(id="w1", platform=Platform.WECHAT, platform_id="12345678@chatroom")
GROUPS = {GROUP.platform_id: GROUP}
NOW = datetime(2026, 9, 7, 1, 0, tzinfo=UTC)
EVENTS = json.loads((Path(__file__).parent / "events" / "v12_events.json").read_text("utf-8"))


def decode(raw: Any) -> Any:
    return cv.decode_event(raw, GROUPS, received_at=NOW)


def test_group_message() -> None:
    message = decode(EVENTS[0]).inbound
    assert isinstance(message, Message)
    assert (message.id, message.group_id, message.sender_id) == ("8812", "w1", "wxid_p1")
    assert message.text == "老师好" and message.mentions == ("wxid_t1",)
    assert message.ts == datetime.fromtimestamp(1788739200.5, tz=UTC)


def test_wx_link_is_a_link_card_with_title_and_url() -> None:
    message = decode(EVENTS[1]).inbound
    assert isinstance(message, Message)
    assert message.kind == MessageKind.LINK_CARD
    assert "点击领取教育补贴" in message.text and "http://bt.example.org/x" in message.text


def test_member_notices() -> None:
    joined, left = decode(EVENTS[2]), decode(EVENTS[3])
    assert isinstance(joined.inbound, MemberEvent)
    assert joined.inbound.kind == MemberEventKind.JOIN and joined.inbound.invited_by == "wxid_p1"
    assert isinstance(left.inbound, MemberEvent) and left.inbound.kind == MemberEventKind.LEAVE
    assert left.signal == Signal(
        kind="decrease", group="12345678@chatroom", user="wxid_new", operator="wxid_bot"
    )
    assert joined.dedupe_key == "event:e3"


def test_message_delete_is_a_signal_only() -> None:
    decoded = decode(EVENTS[4])
    assert decoded.inbound is None and decoded.signal is not None
    assert decoded.signal.kind == "recall" and decoded.signal.message_id == "8812"


def test_heartbeat_image_and_extension_event() -> None:
    assert decode(EVENTS[5]).meta == Heartbeat(interval=timedelta(seconds=5))
    assert decode(EVENTS[6]).inbound.kind == MessageKind.IMAGE
    assert decode(EVENTS[7]).skipped == "notice.wx.get_group_poke"


@pytest.mark.parametrize(
    "raw",
    [
        [1],
        {"type": "message"},
        {**EVENTS[0], "self": None},
        {**EVENTS[0], "message_id": 8812},  # v12 ids are strings
        {**EVENTS[0], "message": "text"},
    ],
)
def test_malformed(raw: Any) -> None:
    with pytest.raises(MalformedEvent):
        decode(raw)


def act(kind: ActionKind, **kwargs: Any) -> Action:
    return Action(kind=kind, group_id="w1", **kwargs)


def test_kick_uses_the_wx_extension() -> None:
    call = cv.action_call(act(ActionKind.KICK, member_id="wxid_p2"), "12345678@chatroom")
    assert call == Call(
        action="wx.delete_groupmember",
        params={"group_id": "12345678@chatroom", "user_list": ["wxid_p2"]},
    )


def test_warn_and_notify_are_send_message() -> None:
    warn = cv.action_call(
        act(ActionKind.WARN, member_id="wxid_p2", text="请勿发广告"), "g@chatroom"
    )
    assert isinstance(warn, Call) and warn.action == "send_message"
    assert warn.params["detail_type"] == "group"
    assert warn.params["message"][0] == {"type": "mention", "data": {"user_id": "wxid_p2"}}
    notify = cv.action_call(act(ActionKind.NOTIFY, member_id="wxid_p2", text="您好"), "g@chatroom")
    assert isinstance(notify, Call) and notify.params["detail_type"] == "private"


@pytest.mark.parametrize(
    "kind",
    [
        ActionKind.MUTE,
        ActionKind.UNMUTE,
        ActionKind.DELETE,
        ActionKind.TIDY,
        ActionKind.SET_NICKNAME,
        ActionKind.LOCK,
        ActionKind.UNLOCK,
        ActionKind.APPROVE_JOIN,
        ActionKind.REJECT_JOIN,
        ActionKind.BAN,
    ],
)
def test_wechat_never_pretends(kind: ActionKind) -> None:
    refusal = cv.action_call(act(kind, member_id="wxid_p2", message_id="1"), "g@chatroom")
    assert isinstance(refusal, Refusal) and "微信" in refusal.detail


@pytest.mark.parametrize(
    ("response", "ok"),
    [
        ({"status": "ok", "retcode": 0, "data": None, "message": ""}, True),
        ({"status": "failed", "retcode": 10002, "data": None, "message": "未实现该动作"}, False),
    ],
)
def test_response_ok(response: dict[str, Any], ok: bool) -> None:
    assert cv.response_ok(response)[0] is ok


def test_a_private_message_is_one_answered_privately() -> None:
    decoded = decode(
        {
            "id": "e1",
            "time": 1_788_000_000.5,
            "type": "message",
            "detail_type": "private",
            "sub_type": "",
            "self": {"platform": "wechat", "user_id": "wxid_bot"},
            "message_id": "m9",
            "message": [{"type": "text", "data": {"text": "申诉：我发的是学校通知"}}],
            "alt_message": "申诉：我发的是学校通知",
            "user_id": "wxid_p1",
            "wx.nickname": "何雨彤妈妈",
        }
    )
    event = decoded.inbound
    assert isinstance(event, PrivateMessage)
    assert (event.platform, event.room) == (Platform.WECHAT, "private:wxid_p1")
    assert (event.sender_id, event.display_name, event.id) == ("wxid_p1", "何雨彤妈妈", "m9")
    assert event.text == "申诉：我发的是学校通知"
