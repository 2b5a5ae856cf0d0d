"""OneBot v11 (QQ: NapCat, Lagrange.OneBot) payloads ↔ classmod values. Pure: no I/O, no clock.

Follows the OneBot v11 specification (botuniverse/onebot-11): events (``message.group``,
``notice.group_*``, ``request.group``, ``meta_event``), messages as segment arrays or CQ-code
strings (``message/string.md``: escaping of ``& [ ] ,``), and the public API's parameters
(``api/public.md``). Two widely used gateway extensions are read too and marked as such:
the ``file`` segment and the ``group_card`` notice (go-cqhttp, NapCat, Lagrange).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any
from xml.etree import ElementTree

import orjson
from classmod.bridges.onebot import bounds
from classmod.bridges.onebot import segments as seg

# re-exported: MalformedEvent is the error the v11 and v12 decoders are documented to raise
from classmod.bridges.onebot.bounds import LimitExceeded as LimitExceeded
from classmod.bridges.onebot.bounds import MalformedEvent as MalformedEvent
from classmod.bridges.onebot.protocol import (
    ANONYMOUS_PREFIX,
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

#: QQ refuses mutes longer than 30 days; longer ones are clamped, not refused.
MAX_MUTE = timedelta(days=30)
#: ``set_group_ban``'s own default when an action carries no duration (api/public.md).
DEFAULT_MUTE = timedelta(minutes=30)


# --------------------------------------------------------------------------- CQ codes


def escape_text(text: str) -> str:
    """Escape plain text for a CQ-code string (``&``, ``[``, ``]``)."""
    return text.replace("&", "&amp;").replace("[", "&#91;").replace("]", "&#93;")


def escape_param(value: str) -> str:
    """Escape a CQ-code parameter value (also ``,``)."""
    return escape_text(value).replace(",", "&#44;")


def unescape(text: str) -> str:
    """Undo :func:`escape_param` / :func:`escape_text` (``&amp;`` last, so it is not doubled)."""
    return (
        text.replace("&#44;", ",").replace("&#91;", "[").replace("&#93;", "]").replace("&amp;", "&")
    )


_CQ_OPEN = "[CQ:"
_CQ_STOP = re.compile(r"[,\]]")  # what ends a function name


def parse_cq(message: str) -> list[Segment]:
    """Parse a CQ-code string into a segment array (message/string.md).

    The function name runs from ``[CQ:`` to the first ``,`` or ``]`` (at least one
    character); parameters run to the next ``]``, are split on ``,`` and each on its first
    ``=``. Text between codes becomes ``text`` segments; a ``[CQ:`` that does not close is
    text. One pass: each character is looked at a bounded number of times.
    """
    segments: list[Segment] = []
    pos = 0  # end of what is parsed
    start = message.find(_CQ_OPEN)
    while start != -1:
        stop = _CQ_STOP.search(message, start + len(_CQ_OPEN))
        if stop is None:
            break  # no "," or "]" from here on: no later code can close either
        name_end = stop.start()
        if name_end == start + len(_CQ_OPEN):
            start = message.find(_CQ_OPEN, start + 1)  # an empty name: not a code
            continue
        if message[name_end] == "]":
            close, params = name_end, ""
        else:
            close = message.find("]", name_end)
            if close == -1:
                break  # parameters that never close: no later code can either
            params = message[name_end + 1 : close]
        if start > pos:
            segments.append(seg.text_segment(unescape(message[pos:start])))
        data: dict[str, Any] = {}
        if close != name_end:
            for part in params.split(","):
                key, sep, value = part.partition("=")
                if sep:
                    data[key] = unescape(value)
                elif key:
                    data[key] = ""
        segments.append({"type": message[start + len(_CQ_OPEN) : name_end], "data": data})
        pos = close + 1
        start = message.find(_CQ_OPEN, pos)
    if pos < len(message):
        segments.append(seg.text_segment(unescape(message[pos:])))
    return segments


def to_cq(segments: Sequence[Segment]) -> str:
    """Render a segment array as a CQ-code string (the inverse of :func:`parse_cq`)."""
    out: list[str] = []
    for segment in segments:
        data = segment.get("data") or {}
        if segment.get("type") == "text":
            out.append(escape_text(str(data.get("text", ""))))
            continue
        params = "".join(f",{k}={escape_param(str(v))}" for k, v in data.items())
        out.append(f"[CQ:{segment.get('type')}{params}]")
    return "".join(out)


def segments_of(message: Any) -> list[Segment]:
    """A ``message`` field in any of its three shapes (string, array, single segment)."""
    if isinstance(message, str):
        return parse_cq(message)
    if isinstance(message, Mapping):
        return [_segment(message)]
    if isinstance(message, list):
        return [_segment(s) for s in message if isinstance(s, Mapping)]
    raise MalformedEvent(f"message is {type(message).__name__}, not a string or array")


def _segment(raw: Mapping[str, Any]) -> Segment:
    data = raw.get("data")
    return {
        "type": str(raw.get("type", "")),
        "data": dict(data) if isinstance(data, Mapping) else {},
    }


# --------------------------------------------------------------------------- link cards

_URL = re.compile(r"https?://[^\s\"'<>\]\[，。]+")
_CARD_TITLE_KEYS = ("title", "prompt", "desc")
_CARD_URL_KEYS = ("jumpUrl", "qqdocurl", "url", "jump_url", "musicUrl")


def card_summary(kind: str, payload: str) -> tuple[str, str]:
    """``(title, url)`` of a QQ JSON/XML card (mini-app share, news card), best effort.

    QQ cards put the title and link under varying keys (``meta.news.title/jumpUrl``,
    ``meta.detail_1.desc/qqdocurl``, XML ``<title>`` / ``url="…"``); the first of each wins.
    A payload that does not parse (orjson refuses JSON nested over 1,024 deep) still gives
    its first link, so a hostile card is judged by what it links to.
    """
    if kind == "json":
        try:
            tree = orjson.loads(payload)
        except ValueError:
            tree = None
        if tree is not None:
            title = _first_key(tree, _CARD_TITLE_KEYS)
            url = _first_key(tree, _CARD_URL_KEYS, want_url=True)
            return title, url or _first_url(payload)
    if kind == "xml":
        title, url = "", ""
        try:
            root = ElementTree.fromstring(payload)
        except ElementTree.ParseError:
            root = None
        if root is not None:
            for el in root.iter():
                if not title and el.tag == "title" and el.text:
                    title = el.text.strip()
                if not url and el.get("url", "").startswith("http"):
                    url = el.get("url", "")
            if not title:
                title = root.get("brief", "")
        return title, url or _first_url(payload)
    return "", _first_url(payload)


def _first_key(tree: Any, keys: Sequence[str], *, want_url: bool = False) -> str:
    for key in keys:
        found = _find(tree, key, want_url)
        if found:
            return found
    return ""


def _find(tree: Any, key: str, want_url: bool) -> str:
    """The first string under ``key``, depth first in document order. No recursion: a
    card may nest as deep as the parser allows."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, Mapping):
            value = node.get(key)
            if isinstance(value, str) and value and (not want_url or value.startswith("http")):
                return value
            children: list[Any] = list(node.values())
        elif isinstance(node, list):
            children = node
        else:
            continue
        stack.extend(reversed(children))
    return ""


def _first_url(text: str) -> str:
    match = _URL.search(text)
    return match.group(0) if match else ""


# --------------------------------------------------------------------------- events


def _id(raw: Mapping[str, Any], key: str, *, required: bool = True) -> str:
    value = raw.get(key)
    if isinstance(value, bool) or not isinstance(value, int | str) or value == "":
        if required:
            raise MalformedEvent(f"{key} missing or not a number")
        return ""
    if isinstance(value, int) and not -(2**63) <= value < 2**64:
        raise LimitExceeded(key, "a 64-bit number")
    return bounds.check_id(str(value), key)


def decode_event(
    raw: Any,
    groups: Mapping[str, Group],
    *,
    received_at: datetime,
    platform: Platform = Platform.QQ,
) -> Decoded:
    """Decode one v11 event. Raises :class:`MalformedEvent` for a payload of the wrong shape.

    ``groups`` maps QQ group numbers (``Group.platform_id``) to groups; events of other groups
    come back ``skipped="unmapped_group"``. ``received_at`` stands in for a missing ``time``.
    A private message (a friend's, or a group member's temporary chat) is a
    :class:`~classmod.bridge.PrivateMessage` answered at ``private:<QQ>``; the bridge passes
    on only those of members of a served group.
    """
    if not isinstance(raw, Mapping):
        raise MalformedEvent("event is not a JSON object")
    bounds.check_frame(raw)
    post_type = raw.get("post_type")
    if post_type == "meta_event":
        return _decode_meta(raw)
    if post_type == "message":
        if raw.get("message_type") == "private":
            return _decode_private_message(raw, platform, received_at)
        if raw.get("message_type") != "group":
            return Decoded(skipped=f"message.{raw.get('message_type')}")
        return _decode_group_message(raw, groups, received_at)
    if post_type == "notice":
        return _decode_notice(raw, groups, received_at)
    if post_type == "request":
        if raw.get("request_type") != "group":
            return Decoded(skipped=f"request.{raw.get('request_type')}")
        return _decode_request(raw, groups, received_at)
    if post_type is None:
        raise MalformedEvent("post_type missing")
    return Decoded(skipped=f"unknown post_type {post_type!r}")


def _decode_meta(raw: Mapping[str, Any]) -> Decoded:
    kind = raw.get("meta_event_type")
    if kind == "heartbeat":
        status = raw.get("status")
        online = status.get("online") if isinstance(status, Mapping) else None
        return Decoded(meta=heartbeat(raw, online if isinstance(online, bool) else None))
    if kind == "lifecycle":
        return Decoded(meta=Lifecycle(sub_type=str(raw.get("sub_type", ""))))
    return Decoded(skipped=f"meta_event.{kind}")


def _image(content: seg.Content, data: Mapping[str, Any]) -> None:
    # NapCat marks stickers sent as images with sub_type 1
    content.kinds.add("sticker" if str(data.get("sub_type", "")) == "1" else "image")


def _rich_card(kind: str) -> seg.Handler:
    """A QQ ``json`` or ``xml`` card: its title and link, read by :func:`card_summary`."""

    def handle(content: seg.Content, data: Mapping[str, Any]) -> None:
        content.kinds.add("card")
        content.extras.append(join(*card_summary(kind, str(data.get("data", "")))))

    return handle


def _contact(content: seg.Content, data: Mapping[str, Any]) -> None:
    content.kinds.add("card")
    label = "推荐群" if data.get("type") == "group" else "推荐好友"
    content.extras.append(f"[{label}] {data.get('id', '')}")


#: v11 segment types (message/segment.md, plus the gateways' ``file``) → what they add
SEGMENTS: Mapping[str, seg.Handler] = {
    "text": seg.text,
    "at": seg.mention("qq"),
    "reply": seg.reply("id"),
    "image": _image,
    **dict.fromkeys(("face", "mface", "marketface", "dice", "rps", "poke"), seg.kind("sticker")),
    "record": seg.kind("voice"),
    "video": seg.file(ids=("file_id", "id")),
    "file": seg.file(names=("name", "file"), ids=("file_id", "id")),
    "share": seg.card("title", "content", "url"),
    "json": _rich_card("json"),
    "xml": _rich_card("xml"),
    "contact": _contact,
    "location": seg.extra("title", "content"),
    "forward": seg.label("[合并转发]"),
}


def message_content(
    segments: Sequence[Segment],
) -> tuple[MessageKind, str, str | None, tuple[str, ...], str]:
    """``(kind, text, reply_to, mentions, file_id)`` of a segment array.

    ``text`` is the plain text; a link card adds its title and URL, a file its name, so that
    text rules see what people see.
    """
    content = seg.read_segments(segments, SEGMENTS)
    return (*content.summary(), content.file_id)


def _decode_group_message(
    raw: Mapping[str, Any], groups: Mapping[str, Group], received_at: datetime
) -> Decoded:
    gid = _id(raw, "group_id")
    group = groups.get(gid)
    if group is None:
        return Decoded(skipped="unmapped_group")
    if raw.get("sub_type") == "notice":
        return Decoded(skipped="system_notice_message")
    message_id = _id(raw, "message_id")
    user = _id(raw, "user_id")
    if "message" not in raw:
        raise MalformedEvent("message missing")
    segments = segments_of(raw["message"])
    kind, text, reply_to, mentions, file_id = message_content(segments)
    sender = raw.get("sender") if isinstance(raw.get("sender"), Mapping) else {}
    assert isinstance(sender, Mapping)
    display = str(sender.get("card") or sender.get("nickname") or "")
    anonymous = raw.get("anonymous")
    anonymous_flag = None
    if raw.get("sub_type") == "anonymous" and isinstance(anonymous, Mapping):
        user = f"{ANONYMOUS_PREFIX}{anonymous.get('id', '')}"
        display = str(anonymous.get("name", ""))
        anonymous_flag = (gid, user, str(anonymous.get("flag") or ""))
    role = sender.get("role") if anonymous_flag is None else None
    return Decoded(
        inbound=Message(
            id=message_id,
            group_id=group.id,
            sender_id=user,
            display_name=display,
            text=text,
            ts=event_time(raw, received_at),
            kind=kind,
            reply_to=reply_to,
            mentions=mentions,
        ),
        role=(gid, user, str(role)) if role in ("owner", "admin", "member") else None,
        file_id=file_id,
        dedupe_key=f"msg:{gid}:{message_id}",
        anonymous=anonymous_flag,
    )


def _decode_private_message(
    raw: Mapping[str, Any], platform: Platform, received_at: datetime
) -> Decoded:
    message_id = _id(raw, "message_id")
    user = _id(raw, "user_id")
    if "message" not in raw:
        raise MalformedEvent("message missing")
    _, text, _, _, _ = message_content(segments_of(raw["message"]))
    sender = raw.get("sender") if isinstance(raw.get("sender"), Mapping) else {}
    assert isinstance(sender, Mapping)
    return Decoded(
        inbound=PrivateMessage(
            platform=platform,
            id=message_id,
            room=f"private:{user}",
            sender_id=user,
            display_name=str(sender.get("card") or sender.get("nickname") or ""),
            text=text,
            ts=event_time(raw, received_at),
        ),
        dedupe_key=f"private:{user}:{message_id}",
    )


def _decode_notice(
    raw: Mapping[str, Any], groups: Mapping[str, Group], received_at: datetime
) -> Decoded:
    notice = raw.get("notice_type")
    if notice not in (
        "group_increase",
        "group_decrease",
        "group_ban",
        "group_recall",
        "group_admin",
        "group_card",
        "group_upload",
    ):
        return Decoded(skipped=f"notice.{notice}")
    gid = _id(raw, "group_id")
    user = _id(raw, "user_id", required=notice != "group_ban")
    operator = _id(raw, "operator_id", required=False)
    sub = str(raw.get("sub_type", ""))
    group = groups.get(gid)
    ts = event_time(raw, received_at)
    key = f"{notice}:{gid}:{user}:{sub}:{raw.get('time', '')}"
    if notice == "group_ban":
        duration = raw.get("duration")
        return Decoded(
            signal=Signal(
                kind="lift_ban" if sub == "lift_ban" else "ban",
                group=gid,
                user=user,
                operator=operator,
                duration=duration if isinstance(duration, int) else 0,
            ),
            skipped="" if group else "unmapped_group",
        )
    if notice == "group_recall":
        return Decoded(
            signal=Signal(
                kind="recall",
                group=gid,
                user=user,
                message_id=_id(raw, "message_id"),
                operator=operator,
            ),
            skipped="" if group else "unmapped_group",
        )
    if notice == "group_admin":
        return Decoded(
            signal=Signal(
                kind="admin", group=gid, user=user, value="admin" if sub == "set" else "member"
            ),
            role=(gid, user, "admin" if sub == "set" else "member"),
        )
    if group is None:
        signal = None
        if notice == "group_decrease":
            signal = Signal(kind="decrease", group=gid, user=user, operator=operator)
        return Decoded(signal=signal, skipped="unmapped_group")
    if notice == "group_upload":
        file = raw.get("file")
        if not isinstance(file, Mapping):
            raise MalformedEvent("group_upload without file object")
        fid = str(file.get("id", ""))
        return Decoded(
            inbound=Message(
                id=f"upload:{fid}",
                group_id=group.id,
                sender_id=user,
                display_name="",
                text=str(file.get("name", "")),
                ts=ts,
                kind=MessageKind.FILE,
            ),
            file_id=fid,
            dedupe_key=f"upload:{gid}:{fid}",
        )
    if notice == "group_increase":
        return Decoded(
            inbound=MemberEvent(
                id=key,
                group_id=group.id,
                member_id=user,
                kind=MemberEventKind.JOIN,
                ts=ts,
                invited_by=operator if sub == "invite" else "",
                via="invite" if sub == "invite" else "request",
            ),
            signal=Signal(kind="increase", group=gid, user=user, operator=operator),
            dedupe_key=key,
        )
    if notice == "group_decrease":
        return Decoded(
            inbound=MemberEvent(
                id=key,
                group_id=group.id,
                member_id=user,
                kind=MemberEventKind.LEAVE,
                ts=ts,
                via=sub,
            ),
            signal=Signal(kind="decrease", group=gid, user=user, operator=operator),
            dedupe_key=key,
        )
    # group_card: a go-cqhttp/NapCat/Lagrange extension, not in the v11 specification
    new, old = str(raw.get("card_new", "")), str(raw.get("card_old", ""))
    return Decoded(
        inbound=MemberEvent(
            id=key,
            group_id=group.id,
            member_id=user,
            kind=MemberEventKind.NAME_CHANGE,
            ts=ts,
            display_name=new,
            previous_name=old,
        ),
        signal=Signal(kind="card", group=gid, user=user, value=new),
        dedupe_key=key,
    )


def _decode_request(
    raw: Mapping[str, Any], groups: Mapping[str, Group], received_at: datetime
) -> Decoded:
    gid = _id(raw, "group_id")
    group = groups.get(gid)
    if group is None:
        return Decoded(skipped="unmapped_group")
    flag = raw.get("flag")
    if not isinstance(flag, str) or not flag:
        raise MalformedEvent("request without flag")
    sub = str(raw.get("sub_type", ""))
    user = _id(raw, "user_id")
    inviter = _id(raw, "invitor_id", required=False)  # NapCat: a member invited them
    ts = event_time(raw, received_at)
    if sub == "invite":
        # request_type group / sub_type invite: someone invites the *bot* into this group
        event = MemberEvent(
            id=f"request:{flag}",
            group_id=group.id,
            member_id=_id(raw, "self_id", required=False),
            kind=MemberEventKind.INVITE,
            ts=ts,
            invited_by=user,
            via="invite",
            comment=str(raw.get("comment", "")),
            request_flag=flag,
        )
    else:
        event = MemberEvent(
            id=f"request:{flag}",
            group_id=group.id,
            member_id=user,
            kind=MemberEventKind.JOIN_REQUEST,
            ts=ts,
            invited_by=inviter if inviter not in ("", "0") else "",
            via="invite" if inviter not in ("", "0") else "request",
            comment=str(raw.get("comment", "")),
            request_flag=flag,
        )
    return Decoded(inbound=event, request_sub_type=sub or "add", dedupe_key=f"request:{flag}")


# --------------------------------------------------------------------------- actions


def _int(value: str, what: str) -> int | Refusal:
    try:
        return int(value)
    except ValueError:
        return Refusal(detail=f"{what} {value!r} 不是 QQ 的数字编号")


def mute_seconds(duration: timedelta | None) -> int:
    """Seconds for ``set_group_ban``: at least 1 (0 would lift the mute), at most 30 days."""
    if duration is None:
        duration = DEFAULT_MUTE
    seconds = math.ceil(duration.total_seconds())
    return max(1, min(seconds, int(MAX_MUTE.total_seconds())))


def action_data(action: Action, key: str) -> str:
    return str(dict(action.data).get(key, ""))


def action_call(
    action: Action, group_pid: str, *, request_sub_type: str = "", anonymous_flag: str = ""
) -> Call | Refusal:
    """The v11 API call that carries out ``action`` in QQ group ``group_pid``.

    ``anonymous_flag``: the flag of the anonymous sender ``action.member_id`` (from their
    message event), for a mute.
    """
    group_id = _int(group_pid, "群号")
    if isinstance(group_id, Refusal):
        return group_id
    kind = action.kind
    if action.member_id.startswith(ANONYMOUS_PREFIX) and kind not in (
        ActionKind.DELETE,
        ActionKind.TIDY,
        ActionKind.WARN,
        ActionKind.REMIND,
    ):
        return _anonymous_call(action, group_id, anonymous_flag)
    if kind in (ActionKind.DELETE, ActionKind.TIDY):
        mid = _int(action.message_id, "消息编号")
        if isinstance(mid, Refusal):
            return mid
        return Call(action="delete_msg", params={"message_id": mid})
    if kind == ActionKind.LOCK:
        return Call(action="set_group_whole_ban", params={"group_id": group_id, "enable": True})
    if kind == ActionKind.UNLOCK:
        return Call(action="set_group_whole_ban", params={"group_id": group_id, "enable": False})
    if kind in (ActionKind.APPROVE_JOIN, ActionKind.REJECT_JOIN):
        flag = action_data(action, "request_flag") or action_data(action, "flag")
        if not flag:
            return Refusal(detail="缺少加群请求的 flag，无法处理该申请")
        params: dict[str, Any] = {
            "flag": flag,
            "sub_type": action_data(action, "sub_type") or request_sub_type or "add",
            "approve": kind == ActionKind.APPROVE_JOIN,
        }
        if kind == ActionKind.REJECT_JOIN and (action.text or action.reason):
            params["reason"] = action.text or action.reason
        return Call(action="set_group_add_request", params=params)
    if kind in (ActionKind.WARN, ActionKind.REMIND):
        message: list[Segment] = []
        if action.message_id:
            message.append({"type": "reply", "data": {"id": action.message_id}})
        elif action.member_id and action.member_id.isdigit():
            message.append({"type": "at", "data": {"qq": action.member_id}})
            message.append(seg.text_segment(" "))
        message.append(seg.text_segment(action.text))
        return Call(action="send_group_msg", params={"group_id": group_id, "message": message})
    user_id = _int(action.member_id, "成员 QQ 号")
    if isinstance(user_id, Refusal):
        return user_id
    if kind == ActionKind.MUTE:
        return Call(
            action="set_group_ban",
            params={
                "group_id": group_id,
                "user_id": user_id,
                "duration": mute_seconds(action.duration),
            },
        )
    if kind == ActionKind.UNMUTE:
        return Call(
            action="set_group_ban", params={"group_id": group_id, "user_id": user_id, "duration": 0}
        )
    if kind in (ActionKind.KICK, ActionKind.BAN):
        return Call(
            action="set_group_kick",
            params={
                "group_id": group_id,
                "user_id": user_id,
                "reject_add_request": kind == ActionKind.BAN,
            },
        )
    if kind == ActionKind.SET_NICKNAME:
        if not action.text:
            return Refusal(detail="改名片需要花名册里的正确名片")
        return Call(
            action="set_group_card",
            params={"group_id": group_id, "user_id": user_id, "card": action.text},
        )
    if kind == ActionKind.NOTIFY:
        return Call(
            action="send_private_msg",
            params={"user_id": user_id, "message": [seg.text_segment(action.text)]},
        )
    return Refusal(detail=f"QQ（OneBot v11）不支持 {kind} 操作", reason=RefusalReason.UNSUPPORTED)


def _anonymous_call(action: Action, group_id: int, flag: str) -> Call | Refusal:
    """An anonymous sender can only be muted, by their flag, and never unmuted
    (``set_group_anonymous_ban``: "无法取消匿名用户禁言")."""
    if action.kind == ActionKind.MUTE:
        if not flag:
            return Refusal(detail="没有这位匿名成员的 flag（需要其发言事件），无法禁言")
        return Call(
            action="set_group_anonymous_ban",
            # the spec takes the flag as anonymous_flag or flag; gateways read one or the other
            params={
                "group_id": group_id,
                "anonymous_flag": flag,
                "flag": flag,
                "duration": mute_seconds(action.duration),
            },
        )
    if action.kind == ActionKind.UNMUTE:
        return Refusal(
            detail="QQ 不能解除匿名成员的禁言，到期自动解除", reason=RefusalReason.UNSUPPORTED
        )
    verb = _ANONYMOUS_VERBS.get(action.kind, "这样处理")
    return Refusal(
        detail=f"匿名成员只能禁言和撤回消息，不能{verb}", reason=RefusalReason.UNSUPPORTED
    )


_ANONYMOUS_VERBS = {
    ActionKind.KICK: "移出",
    ActionKind.BAN: "移出并拉黑",
    ActionKind.NOTIFY: "私信",
    ActionKind.SET_NICKNAME: "改名片",
}


def expected_signal(action: Action, group_pid: str) -> Signal | None:
    """The notice that proves ``action`` took effect, if the specification defines one."""
    kind = action.kind
    if action.member_id.startswith(ANONYMOUS_PREFIX) and kind == ActionKind.MUTE:
        return None  # no notice names an anonymous identity: the response decides
    if kind == ActionKind.MUTE:
        return Signal(kind="ban", group=group_pid, user=action.member_id)
    if kind == ActionKind.UNMUTE:
        return Signal(kind="lift_ban", group=group_pid, user=action.member_id)
    if kind in (ActionKind.KICK, ActionKind.BAN):
        return Signal(kind="decrease", group=group_pid, user=action.member_id)
    if kind in (ActionKind.DELETE, ActionKind.TIDY):
        return Signal(kind="recall", group=group_pid, message_id=action.message_id)
    if kind == ActionKind.APPROVE_JOIN and action.member_id:
        return Signal(kind="increase", group=group_pid, user=action.member_id)
    return None


def response_ok(response: Mapping[str, Any]) -> tuple[bool, str]:
    """Whether a v11 response (``{status, retcode, data, echo}``) reports success.

    ``async`` (retcode 1) means queued, result unknown: it counts as sent, and the
    confirmation notice decides.
    """
    status = response.get("status")
    retcode = response.get("retcode")
    if status in ("ok", "async"):
        return True, ""
    msg = response.get("wording") or response.get("msg") or response.get("message") or ""
    return False, f"网关拒绝（retcode={retcode}{'，' + str(msg) if msg else ''}）"


def member_from_info(info: Mapping[str, Any]) -> tuple[str, str, str]:
    """``(user_id, display name, role)`` of a ``get_group_member_info`` answer."""
    user = _id(info, "user_id")
    display = str(info.get("card") or info.get("nickname") or "")
    role = str(info.get("role", "member"))
    return user, display, role
