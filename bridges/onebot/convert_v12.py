"""OneBot v12 (WeChat via a ComWeChat-style gateway) payloads ↔ classmod values. Pure.

Follows the OneBot 12 specification (botuniverse/onebot ``specs/``): every event has ``id``,
``time`` (float seconds), ``type``, ``detail_type``, ``sub_type`` and (except meta events)
``self``; ids are strings; responses are ``{status, retcode, data, message, echo}``.
ComWeChat's extensions are read where they carry what a moderator needs: the ``wx.link``
(article card) and ``wx.app`` (mini-program) segments, ``wx.emoji`` stickers, and the
``wx.delete_groupmember {group_id, user_list}`` action, WeChat's only way to remove someone.

WeChat cannot mute, recall another member's message, rename another member, lock a group
or answer join requests: :func:`action_call` refuses those, and the bridge does not declare
them, so the core policy downgrades (warn → remove → report) instead of pretending.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from classmod.bridges.onebot import bounds
from classmod.bridges.onebot import segments as seg
from classmod.bridges.onebot.bounds import MalformedEvent
from classmod.bridges.onebot.protocol import (
    Call,
    Decoded,
    Lifecycle,
    Refusal,
    Signal,
    event_time,
    heartbeat,
)
from classmod.bridges.onebot.segments import Segment, join

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
    RefusalReason,
)

__all__ = [
    "SEGMENTS",
    "action_call",
    "decode_event",
    "expected_signal",
    "member_from_info",
    "message_content",
    "response_ok",
]


def _str_id(raw: Mapping[str, Any], key: str, *, required: bool = True) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value:
        if required:
            raise MalformedEvent(f"{key} missing or not a string")
        return ""
    return bounds.check_id(value, key)


def _mini_program(content: seg.Content, data: Mapping[str, Any]) -> None:
    content.kinds.add("card")
    content.extras.append(join(data.get("title") or "[小程序]", data.get("url")))


#: v12 segment types (message-segment.md, plus ComWeChat's ``wx.*``) → what they add
SEGMENTS: Mapping[str, seg.Handler] = {
    "text": seg.text,
    "mention": seg.mention("user_id"),
    "mention_all": seg.mention_literal("all"),
    "reply": seg.reply("message_id"),
    "image": seg.kind("image"),
    "wx.emoji": seg.kind("sticker"),
    "voice": seg.kind("voice"),
    **dict.fromkeys(("audio", "video", "file"), seg.file(names=("name", "file_name"))),
    "wx.link": seg.card("title", "des", "url"),
    "wx.app": _mini_program,
    "location": seg.extra("title", "content"),
}


def message_content(
    segments: Sequence[Segment],
) -> tuple[MessageKind, str, str | None, tuple[str, ...]]:
    """``(kind, text, reply_to, mentions)`` of a v12 segment array."""
    return seg.read_segments(segments, SEGMENTS).summary()


def decode_event(
    raw: Any,
    groups: Mapping[str, Group],
    *,
    received_at: datetime,
    platform: Platform = Platform.WECHAT,
) -> Decoded:
    """Decode one v12 event; :class:`MalformedEvent` if it lacks the fields every event has.

    A private message is a :class:`~classmod.bridge.PrivateMessage` answered at
    ``private:<user id>``; the bridge passes on only those of members of a served group."""
    if not isinstance(raw, Mapping):
        raise MalformedEvent("event is not a JSON object")
    bounds.check_frame(raw)
    etype = raw.get("type")
    detail = raw.get("detail_type")
    if not isinstance(etype, str) or not isinstance(detail, str):
        raise MalformedEvent("type or detail_type missing")
    if etype == "meta":
        if detail == "heartbeat":
            return Decoded(meta=heartbeat(raw))
        if detail in ("connect", "status_update"):
            return Decoded(meta=Lifecycle(sub_type=detail))
        return Decoded(skipped=f"meta.{detail}")
    if etype not in ("message", "notice", "request"):
        return Decoded(skipped=f"unknown type {etype!r}")
    if not isinstance(raw.get("self"), Mapping):
        raise MalformedEvent("self missing")
    event_id = _str_id(raw, "id", required=False)
    if etype == "message":
        if detail not in ("group", "private"):
            return Decoded(skipped=f"message.{detail}")
        gid = _str_id(raw, "group_id") if detail == "group" else ""
        group = groups.get(gid)
        if group is None and detail == "group":
            return Decoded(skipped="unmapped_group")
        message_id = _str_id(raw, "message_id")
        message = raw.get("message")
        if not isinstance(message, list):
            raise MalformedEvent("message is not a segment array")
        segments = [
            {
                "type": str(s.get("type", "")),
                "data": dict(data) if isinstance(data := s.get("data"), Mapping) else {},
            }
            for s in message
            if isinstance(s, Mapping)
        ]
        kind, text, reply_to, mentions = message_content(segments)
        if not text and kind == MessageKind.TEXT:
            text = str(raw.get("alt_message") or "")
        if group is None:  # a private message
            user = _str_id(raw, "user_id")
            return Decoded(
                inbound=PrivateMessage(
                    platform=platform,
                    id=message_id,
                    room=f"private:{user}",
                    sender_id=user,
                    display_name=str(raw.get("wx.nickname") or ""),
                    text=text,
                    ts=event_time(raw, received_at),
                ),
                dedupe_key=f"private:{user}:{message_id}",
            )
        return Decoded(
            inbound=Message(
                id=message_id,
                group_id=group.id,
                sender_id=_str_id(raw, "user_id"),
                display_name=str(raw.get("wx.nickname") or ""),
                text=text,
                ts=event_time(raw, received_at),
                kind=kind,
                reply_to=reply_to,
                mentions=mentions,
            ),
            dedupe_key=f"msg:{gid}:{message_id}",
        )
    if etype == "request":
        return Decoded(skipped=f"request.{detail}")
    gid = _str_id(raw, "group_id", required=False)
    if detail not in ("group_member_increase", "group_member_decrease", "group_message_delete"):
        return Decoded(skipped=f"notice.{detail}")
    if not gid:
        raise MalformedEvent("group_id missing")
    user = _str_id(raw, "user_id")
    operator = _str_id(raw, "operator_id", required=False)
    sub = str(raw.get("sub_type", ""))
    group = groups.get(gid)
    key = event_id or f"{detail}:{gid}:{user}:{raw.get('time', '')}"
    if detail == "group_message_delete":
        return Decoded(
            signal=Signal(
                kind="recall",
                group=gid,
                user=user,
                message_id=_str_id(raw, "message_id"),
                operator=operator,
            ),
            skipped="" if group else "unmapped_group",
        )
    signal_kind = "increase" if detail == "group_member_increase" else "decrease"
    signal = Signal(kind=signal_kind, group=gid, user=user, operator=operator)
    if group is None:
        return Decoded(signal=signal, skipped="unmapped_group")
    if detail == "group_member_increase":
        event = MemberEvent(
            id=key,
            group_id=group.id,
            member_id=user,
            kind=MemberEventKind.JOIN,
            ts=event_time(raw, received_at),
            invited_by=operator if sub == "invite" and operator != user else "",
            via="invite" if sub == "invite" else (sub or "join"),
        )
    else:
        event = MemberEvent(
            id=key,
            group_id=group.id,
            member_id=user,
            kind=MemberEventKind.LEAVE,
            ts=event_time(raw, received_at),
            via=sub,
        )
    return Decoded(inbound=event, signal=signal, dedupe_key=f"event:{key}")


def action_call(action: Action, group_pid: str) -> Call | Refusal:
    """The v12 action that carries out ``action`` in WeChat group ``group_pid``, if any."""
    kind = action.kind
    if kind in (ActionKind.WARN, ActionKind.REMIND):
        # a mention, not a reply segment: ComWeChat sends text, mention and its own wx.*
        # segments; a refused reply segment (10005) would lose the warning itself
        message: list[Segment] = []
        if action.member_id:
            message.append({"type": "mention", "data": {"user_id": action.member_id}})
            message.append(seg.text_segment(" "))
        message.append(seg.text_segment(action.text))
        return Call(
            action="send_message",
            params={"detail_type": "group", "group_id": group_pid, "message": message},
        )
    if kind == ActionKind.NOTIFY:
        if not action.member_id:
            return Refusal(detail="私信需要成员 wxid")
        return Call(
            action="send_message",
            params={
                "detail_type": "private",
                "user_id": action.member_id,
                "message": [seg.text_segment(action.text)],
            },
        )
    if kind == ActionKind.KICK:
        if not action.member_id:
            return Refusal(detail="移出群聊需要成员 wxid")
        return Call(
            action="wx.delete_groupmember",
            params={"group_id": group_pid, "user_list": [action.member_id]},
        )
    reasons = {
        ActionKind.MUTE: "微信没有禁言功能",
        ActionKind.UNMUTE: "微信没有禁言功能",
        ActionKind.DELETE: "微信不能撤回他人的消息",
        ActionKind.TIDY: "微信不能撤回他人的消息",
        ActionKind.SET_NICKNAME: "微信不能修改他人的群昵称",
        ActionKind.LOCK: "微信没有全员禁言",
        ActionKind.UNLOCK: "微信没有全员禁言",
        ActionKind.APPROVE_JOIN: "微信网关不能处理入群申请",
        ActionKind.REJECT_JOIN: "微信网关不能处理入群申请",
        ActionKind.BAN: "微信不能阻止被移出的人再次入群",
    }
    return Refusal(
        detail=reasons.get(kind, f"微信（OneBot 12）不支持 {kind} 操作"),
        reason=RefusalReason.UNSUPPORTED,
    )


def expected_signal(action: Action, group_pid: str) -> Signal | None:
    if action.kind == ActionKind.KICK:
        return Signal(kind="decrease", group=group_pid, user=action.member_id)
    return None


def response_ok(response: Mapping[str, Any]) -> tuple[bool, str]:
    """Whether a v12 response reports success (``status == "ok"`` and ``retcode == 0``)."""
    if response.get("status") == "ok" and response.get("retcode", 0) == 0:
        return True, ""
    message = response.get("message") or ""
    return False, (
        f"网关拒绝（retcode={response.get('retcode')}{'，' + str(message) if message else ''}）"
    )


def member_from_info(info: Mapping[str, Any]) -> tuple[str, str, str]:
    """``(user_id, display name, "")``: v12 member info has no role."""
    user = _str_id(info, "user_id")
    return user, str(info.get("user_displayname") or info.get("user_name") or ""), ""
