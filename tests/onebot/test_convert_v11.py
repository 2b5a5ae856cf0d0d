"""Table tests of the pure v11 conversions on spec-shaped JSON (tests/onebot/events/)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from classmod.bridges.onebot import convert_v11 as cv
from classmod.bridges.onebot import protocol

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

EVENTS = Path(__file__).parent / "events"
GROUP = Group(id="c1", platform=Platform.QQ, platform_id="123456")
GROUPS = {"123456": GROUP}
NOW = datetime(2026, 9, 7, 1, 0, tzinfo=UTC)


def load(name: str) -> Any:
    return json.loads((EVENTS / name).read_text(encoding="utf-8"))


def decode(raw: Any) -> protocol.Decoded:
    return cv.decode_event(raw, GROUPS, received_at=NOW)


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("plain", "plain"),
        ("[x] & y", "&#91;x&#93; &amp; y"),
        ("&#91;", "&amp;#91;"),
    ],
)
def test_escape_text_round_trips(text: str, escaped: str) -> None:
    assert cv.escape_text(text) == escaped
    assert cv.unescape(escaped) == text


@pytest.mark.parametrize(
    ("cq", "segments"),
    [
        ("你好", [{"type": "text", "data": {"text": "你好"}}]),
        (
            "[CQ:face,id=178]看",
            [{"type": "face", "data": {"id": "178"}}, {"type": "text", "data": {"text": "看"}}],
        ),
        ("[CQ:shake]", [{"type": "shake", "data": {}}]),
        # the spec's example: '=' inside a value, escaped ',' and '&'
        (
            "[CQ:share,title=标题中有=等号,url=http://baidu.com]",
            [{"type": "share", "data": {"title": "标题中有=等号", "url": "http://baidu.com"}}],
        ),
        (
            "[CQ:share,title=震惊&#44;小伙睡觉前居然...,url=http://baidu.com/?a=1&amp;b=2]",
            [
                {
                    "type": "share",
                    "data": {"title": "震惊,小伙睡觉前居然...", "url": "http://baidu.com/?a=1&b=2"},
                }
            ],
        ),
        (
            "&#91;第一部分&#93;[CQ:image,file=123.jpg]后",
            [
                {"type": "text", "data": {"text": "[第一部分]"}},
                {"type": "image", "data": {"file": "123.jpg"}},
                {"type": "text", "data": {"text": "后"}},
            ],
        ),
    ],
)
def test_parse_cq_follows_message_string_md(cq: str, segments: list[dict[str, Any]]) -> None:
    assert cv.parse_cq(cq) == segments
    assert cv.parse_cq(cv.to_cq(segments)) == segments


def test_array_and_string_formats_decode_to_the_same_message() -> None:
    from_array = decode(load("v11_group_message_array.json")).inbound
    from_string = decode(load("v11_group_message_string.json")).inbound
    assert from_array == from_string
    assert isinstance(from_array, Message)
    assert from_array.text == " 老师，[作业]收到 & 明白"
    assert from_array.reply_to == "1999"
    assert from_array.mentions == ("10001",)
    assert from_array.display_name == "何雨彤妈妈"  # the group card wins over the nickname
    assert from_array.group_id == "c1" and from_array.sender_id == "20001"
    assert from_array.ts == datetime.fromtimestamp(1788739200, tz=UTC)


@pytest.mark.parametrize(
    ("file", "kind", "text_has"),
    [
        (
            "v11_json_card.json",
            MessageKind.LINK_CARD,
            ("团购优惠 限时秒杀", "https://shop.example.com/deal?id=1"),
        ),
        (
            "v11_xml_card.json",
            MessageKind.LINK_CARD,
            ("兼职日结 在家可做", "https://jz.example.net/a?b=1&c=2"),
        ),
        ("v11_file.json", MessageKind.FILE, ("期中成绩排名.xlsx",)),
        ("v11_group_upload.json", MessageKind.FILE, ("期中成绩排名.xlsx",)),
    ],
)
def test_cards_and_files_become_text_rules_can_read(
    file: str, kind: MessageKind, text_has: tuple[str, ...]
) -> None:
    message = decode(load(file)).inbound
    assert isinstance(message, Message)
    assert message.kind == kind
    for part in text_has:
        assert part in message.text


def test_file_message_and_upload_share_a_file_id() -> None:
    assert decode(load("v11_file.json")).file_id == decode(load("v11_group_upload.json")).file_id


@pytest.mark.parametrize(
    ("segments", "kind"),
    [
        (
            [{"type": "image", "data": {"file": "a.jpg", "url": "http://x/a.jpg"}}],
            MessageKind.IMAGE,
        ),
        ([{"type": "record", "data": {"file": "a.amr"}}], MessageKind.VOICE),
        ([{"type": "face", "data": {"id": "1"}}], MessageKind.STICKER),
        (
            [{"type": "face", "data": {"id": "1"}}, {"type": "text", "data": {"text": "好"}}],
            MessageKind.TEXT,
        ),
        ([{"type": "video", "data": {"file": "v.mp4"}}], MessageKind.FILE),
        ([{"type": "share", "data": {"url": "http://a.cn", "title": "T"}}], MessageKind.LINK_CARD),
        ([{"type": "contact", "data": {"type": "group", "id": "100100"}}], MessageKind.LINK_CARD),
    ],
)
def test_message_kinds(segments: list[dict[str, Any]], kind: MessageKind) -> None:
    assert cv.message_content(segments)[0] == kind


def test_join_request_carries_comment_and_flag() -> None:
    decoded = decode(load("v11_request_add.json"))
    event = decoded.inbound
    assert isinstance(event, MemberEvent)
    assert event.kind == MemberEventKind.JOIN_REQUEST
    assert event.comment == "问题：孩子姓名？\n答案：郭思远外婆"
    assert event.request_flag == "1788739200123456789"
    assert event.member_id == "30001"
    assert decoded.request_sub_type == "add"


def test_invite_request_is_the_bot_being_invited() -> None:
    raw = {**load("v11_request_add.json"), "sub_type": "invite"}
    decoded = decode(raw)
    assert isinstance(decoded.inbound, MemberEvent)
    assert decoded.inbound.kind == MemberEventKind.INVITE
    assert decoded.inbound.invited_by == "30001"
    assert decoded.inbound.member_id == "10001"
    assert decoded.request_sub_type == "invite"


def test_notices() -> None:
    increase, decrease, ban, recall, card, admin = (decode(n) for n in load("v11_notices.json"))
    assert isinstance(increase.inbound, MemberEvent)
    assert increase.inbound.kind == MemberEventKind.JOIN
    assert increase.inbound.invited_by == "20001" and increase.inbound.via == "invite"
    assert isinstance(decrease.inbound, MemberEvent)
    assert decrease.inbound.kind == MemberEventKind.LEAVE and decrease.inbound.via == "kick"
    assert decrease.signal == protocol.Signal(
        kind="decrease", group="123456", user="30002", operator="10001"
    )
    assert ban.inbound is None
    assert ban.signal is not None and ban.signal.kind == "ban" and ban.signal.duration == 600
    assert recall.signal is not None and recall.signal.message_id == "2002"
    assert isinstance(card.inbound, MemberEvent)
    assert card.inbound.kind == MemberEventKind.NAME_CHANGE
    assert (card.inbound.display_name, card.inbound.previous_name) == ("小仙女", "何雨彤妈妈")
    assert admin.role == ("123456", "20003", "admin")


def test_a_private_message_is_one_answered_privately() -> None:
    decoded = decode(
        {
            "post_type": "message",
            "message_type": "private",
            "sub_type": "group",  # a temporary chat from the class group
            "time": 1_788_000_000,
            "message_id": 77,
            "user_id": 20002,
            "message": "我要申诉[CQ:face,id=1]，不是广告",
            "sender": {"user_id": 20002, "nickname": "思远爸爸"},
        }
    )
    event = decoded.inbound
    assert isinstance(event, PrivateMessage)
    assert (event.platform, event.room, event.sender_id) == (Platform.QQ, "private:20002", "20002")
    assert (event.id, event.display_name) == ("77", "思远爸爸")
    assert "我要申诉" in event.text and "不是广告" in event.text
    assert event.ts == datetime.fromtimestamp(1_788_000_000, tz=UTC)
    assert decoded.dedupe_key == "private:20002:77"


@pytest.mark.parametrize(
    ("raw", "skipped"),
    [
        ({"post_type": "message", "message_type": "guild", "user_id": 1}, "message.guild"),
        ({"post_type": "notice", "notice_type": "notify", "sub_type": "poke"}, "notice.notify"),
        ({"post_type": "request", "request_type": "friend"}, "request.friend"),
        ({"post_type": "message_sent"}, "unknown post_type 'message_sent'"),
        ({**load("v11_group_message_array.json"), "group_id": 999}, "unmapped_group"),
    ],
)
def test_events_we_do_not_handle_are_skipped_with_a_reason(raw: Any, skipped: str) -> None:
    decoded = decode(raw)
    assert decoded.inbound is None and decoded.skipped == skipped


@pytest.mark.parametrize(
    "raw",
    [
        [],
        "text",
        {"no": "post_type"},
        {"post_type": "message", "message_type": "group", "group_id": 123456, "user_id": 1},
        {
            "post_type": "message",
            "message_type": "group",
            "group_id": 123456,
            "user_id": 1,
            "message_id": 5,
            "message": 42,
        },
        {"post_type": "request", "request_type": "group", "group_id": 123456, "user_id": 1},
    ],
)
def test_malformed_events_raise_malformed(raw: Any) -> None:
    with pytest.raises(cv.MalformedEvent):
        decode(raw)


def test_heartbeat_interval() -> None:
    decoded = decode(
        {
            "post_type": "meta_event",
            "meta_event_type": "heartbeat",
            "interval": 5000,
            "status": {"online": True, "good": True},
        }
    )
    assert decoded.meta == protocol.Heartbeat(interval=timedelta(seconds=5), online=True)


def act(kind: ActionKind, **kwargs: Any) -> Action:
    return Action(kind=kind, group_id="c1", **kwargs)


@pytest.mark.parametrize(
    ("action", "name", "params"),
    [
        (
            act(ActionKind.DELETE, message_id="2002", member_id="20002"),
            "delete_msg",
            {"message_id": 2002},
        ),
        (
            act(ActionKind.MUTE, member_id="20002", duration=timedelta(minutes=10)),
            "set_group_ban",
            {"group_id": 123456, "user_id": 20002, "duration": 600},
        ),
        (
            act(ActionKind.MUTE, member_id="20002", duration=timedelta(days=90)),
            "set_group_ban",
            {"group_id": 123456, "user_id": 20002, "duration": 2_592_000},
        ),
        (
            act(ActionKind.MUTE, member_id="20002", duration=timedelta(milliseconds=10)),
            "set_group_ban",
            {"group_id": 123456, "user_id": 20002, "duration": 1},
        ),
        (
            act(ActionKind.MUTE, member_id="20002"),
            "set_group_ban",
            {"group_id": 123456, "user_id": 20002, "duration": 1800},
        ),
        (
            act(ActionKind.UNMUTE, member_id="20002"),
            "set_group_ban",
            {"group_id": 123456, "user_id": 20002, "duration": 0},
        ),
        (
            act(ActionKind.KICK, member_id="20002"),
            "set_group_kick",
            {"group_id": 123456, "user_id": 20002, "reject_add_request": False},
        ),
        (
            act(ActionKind.BAN, member_id="20002"),
            "set_group_kick",
            {"group_id": 123456, "user_id": 20002, "reject_add_request": True},
        ),
        (act(ActionKind.LOCK), "set_group_whole_ban", {"group_id": 123456, "enable": True}),
        (act(ActionKind.UNLOCK), "set_group_whole_ban", {"group_id": 123456, "enable": False}),
        (
            act(ActionKind.SET_NICKNAME, member_id="20001", text="何雨彤妈妈"),
            "set_group_card",
            {"group_id": 123456, "user_id": 20001, "card": "何雨彤妈妈"},
        ),
        (
            act(ActionKind.APPROVE_JOIN, member_id="30001", data=(("request_flag", "f1"),)),
            "set_group_add_request",
            {"flag": "f1", "sub_type": "add", "approve": True},
        ),
        (
            act(ActionKind.REJECT_JOIN, text="请写明孩子姓名", data=(("request_flag", "f1"),)),
            "set_group_add_request",
            {"flag": "f1", "sub_type": "add", "approve": False, "reason": "请写明孩子姓名"},
        ),
        (
            act(ActionKind.WARN, member_id="20002", message_id="2002", text="请勿发广告"),
            "send_group_msg",
            {
                "group_id": 123456,
                "message": [
                    {"type": "reply", "data": {"id": "2002"}},
                    {"type": "text", "data": {"text": "请勿发广告"}},
                ],
            },
        ),
        (
            act(ActionKind.NOTIFY, member_id="20002", text="您好"),
            "send_private_msg",
            {"user_id": 20002, "message": [{"type": "text", "data": {"text": "您好"}}]},
        ),
    ],
)
def test_action_calls_follow_api_public_md(
    action: Action, name: str, params: dict[str, Any]
) -> None:
    assert cv.action_call(action, "123456") == protocol.Call(action=name, params=params)


@pytest.mark.parametrize(
    "action",
    [
        act(ActionKind.UNBAN, member_id="20002"),
        act(ActionKind.APPROVE_JOIN, member_id="30001"),  # no flag
        act(ActionKind.MUTE, member_id="wxid_abc"),  # not a QQ number
        act(ActionKind.SET_NICKNAME, member_id="20001"),  # no card text
    ],
)
def test_what_qq_cannot_do_is_a_refusal(action: Action) -> None:
    assert isinstance(cv.action_call(action, "123456"), protocol.Refusal)


@pytest.mark.parametrize(
    ("response", "ok"),
    [
        ({"status": "ok", "retcode": 0, "data": None}, True),
        ({"status": "async", "retcode": 1, "data": None}, True),
        ({"status": "failed", "retcode": 102, "data": None, "wording": "权限不足"}, False),
        ({"status": "failed", "retcode": 1404, "data": None}, False),
    ],
)
def test_response_status(response: dict[str, Any], ok: bool) -> None:
    assert cv.response_ok(response)[0] is ok
