"""Matrix client-format JSON ↔ classmod values (pure, table-tested on recorded events).

Inbound: ``/sync`` bodies into per-room batches; ``m.room.message`` into :class:`Message`;
``m.room.member`` into :class:`MemberEvent`; ``m.reaction`` and ``m.receipt`` into
:class:`Acknowledgement`. Outbound: the event contents the bridge sends (notices, warnings).
Power levels live in :mod:`classmod.bridges.matrix.powerlevels`.

The contract the fuzzers hold these functions to (tests/fuzz/): whatever JSON they are given,
:func:`parse_sync` returns a :class:`SyncBatch` or raises :class:`BadSync` (the answer
cannot be read at all: the bridge retries it, its token unmoved), and the event readers
return their values or raise :class:`BadEvent` (that one event is skipped, never the rest
of its room's batch). Nothing else escapes them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping, MutableSet, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from classmod.bridge import DIRECT_GROUP, Acknowledgement, InboundEvent, PrivateMessage
from classmod.model import (
    MemberEvent,
    MemberEventKind,
    Message,
    MessageKind,
    Platform,
    RefusalReason,
)

JsonDict = Mapping[str, Any]

#: the latest ``origin_server_ts`` read as a time (2100-01-01, in ms); Matrix integers go
#: up to 2^53, which no ``datetime`` holds
MAX_TS_MS = 4_102_444_800_000


class BadEvent(ValueError):
    """One event the bridge cannot read (e.g. a timestamp out of range): it is skipped."""


class BadSync(ValueError):
    """A ``/sync`` answer without what every answer has (``next_batch``): retried."""


_KINDS: Mapping[str, MessageKind] = {
    "m.text": MessageKind.TEXT,
    "m.notice": MessageKind.TEXT,
    "m.emote": MessageKind.TEXT,
    "m.image": MessageKind.IMAGE,
    "m.file": MessageKind.FILE,
    "m.video": MessageKind.FILE,
    "m.audio": MessageKind.VOICE,
}
_MEDIA = frozenset({"m.image", "m.file", "m.video", "m.audio"})


# -- sync bodies ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class JoinedRoom:
    """One joined room's part of a ``/sync`` answer."""

    room_id: str
    timeline: tuple[JsonDict, ...] = ()
    limited: bool = False
    prev_batch: str | None = None
    state: tuple[JsonDict, ...] = ()
    ephemeral: tuple[JsonDict, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class SyncBatch:
    next_batch: str
    joined: tuple[JoinedRoom, ...] = ()
    invited: tuple[str, ...] = ()  # rooms the bot is invited to
    left: tuple[str, ...] = ()  # rooms the bot left or was removed from
    #: (room id, its stripped invite state): who invited the bot, and whether as a DM
    invite_states: tuple[tuple[str, tuple[JsonDict, ...]], ...] = ()
    #: where the answer had the wrong shape (``rooms.join.!r:x.timeline``), to be logged
    dropped: tuple[str, ...] = ()


def _events(section: Any) -> tuple[JsonDict, ...]:
    if not isinstance(section, Mapping):
        return ()
    events = section.get("events")
    if not isinstance(events, list):
        return ()
    return tuple(e for e in events if isinstance(e, Mapping))


def _section(parent: Any, key: str, where: str, dropped: list[str]) -> Mapping[str, Any]:
    """``parent[key]`` if it is an object; absent or null is empty, anything else is
    noted in ``dropped``."""
    value = parent.get(key) if isinstance(parent, Mapping) else None
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        dropped.append(f"{where}.{key}")
        return {}
    return value


def parse_sync(body: Any) -> SyncBatch:
    """The parts of a ``/sync`` answer the bridge reads; malformed parts are dropped (and
    named in ``dropped``). :class:`BadSync` when there is no ``next_batch`` to go on from."""
    if not isinstance(body, Mapping):
        raise BadSync(f"the answer is {type(body).__name__}, not an object")
    next_batch = body.get("next_batch")
    if not isinstance(next_batch, str) or not next_batch:
        raise BadSync("next_batch missing or not a string")
    dropped: list[str] = []
    rooms = _section(body, "rooms", "", dropped)
    joined: list[JoinedRoom] = []
    for room_id, room in _section(rooms, "join", "rooms", dropped).items():
        where = f"rooms.join.{room_id}"
        if not isinstance(room_id, str) or not isinstance(room, Mapping):
            dropped.append(where)
            continue
        timeline = _section(room, "timeline", where, dropped)
        prev_batch = timeline.get("prev_batch")
        joined.append(
            JoinedRoom(
                room_id=room_id,
                timeline=_events(timeline),
                limited=bool(timeline.get("limited")),
                prev_batch=prev_batch if isinstance(prev_batch, str) and prev_batch else None,
                # Matrix 1.16 may send state_after instead of state; accept both.
                state=_events(room.get("state")) + _events(room.get("state_after")),
                ephemeral=_events(room.get("ephemeral")),
            )
        )
    return SyncBatch(
        next_batch=next_batch,
        joined=tuple(joined),
        invited=tuple(r for r in _section(rooms, "invite", "rooms", dropped) if isinstance(r, str)),
        left=tuple(r for r in _section(rooms, "leave", "rooms", dropped) if isinstance(r, str)),
        invite_states=tuple(
            (r, _events(room.get("invite_state")))
            for r, room in _section(rooms, "invite", "rooms", dropped).items()
            if isinstance(r, str) and isinstance(room, Mapping)
        ),
        dropped=tuple(dropped),
    )


def direct_inviter(invite_state: Sequence[JsonDict], me: str) -> str:
    """Who invited ``me`` to a direct chat (``is_direct`` on the invite), '' when the
    invite is to an ordinary room."""
    for event in invite_state:
        if event.get("type") != "m.room.member" or event.get("state_key") != me:
            continue
        content = _content(event)
        sender = event.get("sender")
        if content.get("membership") == "invite" and content.get("is_direct") is True:
            return sender if isinstance(sender, str) else ""
    return ""


def to_private_message(event: JsonDict, *, room_id: str, me: str) -> PrivateMessage | None:
    """A text someone sent the bot in a direct chat; None for anything else (its own
    messages, edits, media, state)."""
    if event.get("type") != "m.room.message" or event.get("sender") == me:
        return None
    if edited_event_id(event) is not None:
        return None
    message = to_message(event, group_id=DIRECT_GROUP)
    if message is None or message.kind is not MessageKind.TEXT or not message.text.strip():
        return None
    return PrivateMessage(
        platform=Platform.MATRIX,
        id=message.id,
        room=room_id,
        sender_id=message.sender_id,
        display_name="",
        text=message.text,
        ts=message.ts,
    )


# -- small readers ----------------------------------------------------------------------


def event_time(event: JsonDict) -> datetime:
    """``origin_server_ts`` as a time (the epoch when absent); :class:`BadEvent` when it is
    negative or past ``MAX_TS_MS``."""
    ts = event.get("origin_server_ts")
    millis = ts if isinstance(ts, int) and not isinstance(ts, bool) else 0
    if not 0 <= millis <= MAX_TS_MS:
        raise BadEvent(f"origin_server_ts {str(millis)[:30]} is out of range 0..{MAX_TS_MS}")
    return datetime.fromtimestamp(millis / 1000, tz=UTC)


def _content(event: JsonDict) -> JsonDict:
    content = event.get("content")
    return content if isinstance(content, Mapping) else {}


def _prev_content(event: JsonDict) -> JsonDict:
    unsigned = event.get("unsigned")
    prev = unsigned.get("prev_content") if isinstance(unsigned, Mapping) else None
    if prev is None:
        prev = event.get("prev_content")  # older servers put it at the top level
    return prev if isinstance(prev, Mapping) else {}


def _prev_sender(event: JsonDict) -> str:
    unsigned = event.get("unsigned")
    prev = unsigned.get("prev_sender") if isinstance(unsigned, Mapping) else None
    return prev if isinstance(prev, str) else ""


def reply_to(content: JsonDict) -> str | None:
    relates = content.get("m.relates_to")
    if not isinstance(relates, Mapping):
        return None
    in_reply_to = relates.get("m.in_reply_to")
    if not isinstance(in_reply_to, Mapping):
        return None
    event_id = in_reply_to.get("event_id")
    return event_id if isinstance(event_id, str) and event_id else None


def edited_event_id(event: JsonDict) -> str | None:
    """The original event an edit (``rel_type: m.replace``) replaces."""
    relates = _content(event).get("m.relates_to")
    if isinstance(relates, Mapping) and relates.get("rel_type") == "m.replace":
        target = relates.get("event_id")
        return target if isinstance(target, str) else None
    return None


def mentions(content: JsonDict) -> tuple[str, ...]:
    block = content.get("m.mentions")
    if not isinstance(block, Mapping):
        return ()
    ids = block.get("user_ids")
    if not isinstance(ids, list):
        return ()
    return tuple(dict.fromkeys(u for u in ids if isinstance(u, str)))


def strip_reply_fallback(body: str) -> str:
    """Drop the ``> <@who> quoted`` lines old clients put before a reply's own text."""
    lines = body.split("\n")
    if not lines or not lines[0].startswith("> "):
        return body
    index = 0
    while index < len(lines) and lines[index].startswith(">"):
        index += 1
    if index < len(lines) and lines[index] == "":
        index += 1
    return "\n".join(lines[index:])


def message_text(content: JsonDict) -> str:
    """The words of a message: the body, or a media caption (never a bare file name)."""
    body = content.get("body")
    text = body if isinstance(body, str) else ""
    if content.get("msgtype") in _MEDIA:
        filename = content.get("filename")
        # Matrix 1.10 captions: with a filename that differs, the body is a caption;
        # otherwise the body is only the file name and says nothing.
        if not (isinstance(filename, str) and filename and filename != text):
            return ""
        return text
    if reply_to(content) is not None:
        return strip_reply_fallback(text)
    return text


# -- inbound conversions ----------------------------------------------------------------


def to_message(event: JsonDict, *, group_id: str, display_name: str = "") -> Message | None:
    """An ``m.room.message`` or ``m.sticker`` as a :class:`Message`; None if not one.

    An edit is judged on its new content (an edit is how a clean message turns bad).
    A redacted event (empty content) is None.
    """
    event_type = event.get("type")
    event_id = event.get("event_id")
    sender = event.get("sender")
    if not isinstance(event_id, str) or not isinstance(sender, str):
        return None
    content = _content(event)
    if event_type == "m.sticker":
        body = content.get("body")
        return Message(
            id=event_id,
            group_id=group_id,
            sender_id=sender,
            display_name=display_name,
            text=body if isinstance(body, str) else "",
            ts=event_time(event),
            kind=MessageKind.STICKER,
        )
    if event_type != "m.room.message":
        return None
    is_edit = edited_event_id(event) is not None
    new_content = content.get("m.new_content")
    if is_edit and isinstance(new_content, Mapping):
        content = new_content
    msgtype = content.get("msgtype")
    if not isinstance(msgtype, str):
        return None  # redacted, or not a message we understand
    kind = _KINDS.get(msgtype, MessageKind.TEXT)
    return Message(
        id=event_id,
        group_id=group_id,
        sender_id=sender,
        display_name=display_name,
        text=message_text(content),
        ts=event_time(event),
        kind=kind,
        reply_to=None if is_edit else reply_to(content),
        mentions=mentions(content),
    )


def to_member_event(event: JsonDict, *, group_id: str) -> MemberEvent | None:
    """A join, invite, knock, leave or display-name change; None for other changes."""
    if event.get("type") != "m.room.member":
        return None
    member_id = event.get("state_key")
    event_id = event.get("event_id")
    sender = event.get("sender")
    if not isinstance(member_id, str) or not isinstance(event_id, str):
        return None
    sender = sender if isinstance(sender, str) else ""
    content = _content(event)
    prev = _prev_content(event)
    membership = content.get("membership")
    prev_membership = prev.get("membership")
    name = content.get("displayname")
    name = name if isinstance(name, str) else ""
    prev_name = prev.get("displayname")
    prev_name = prev_name if isinstance(prev_name, str) else ""
    reason = content.get("reason")
    reason = reason if isinstance(reason, str) else ""
    common: dict[str, Any] = {
        "id": event_id,
        "group_id": group_id,
        "member_id": member_id,
        "ts": event_time(event),
        "display_name": name,
    }
    if membership == "join" and prev_membership == "join":
        if name == prev_name:
            return None  # avatar or other profile change
        return MemberEvent(kind=MemberEventKind.NAME_CHANGE, previous_name=prev_name, **common)
    if membership == "join":
        invited_by = _prev_sender(event) if prev_membership == "invite" else ""
        via = {"invite": "invite", "knock": "request"}.get(str(prev_membership), "link")
        return MemberEvent(
            kind=MemberEventKind.JOIN, invited_by=invited_by, via=via, comment=reason, **common
        )
    if membership == "invite":
        return MemberEvent(
            kind=MemberEventKind.INVITE, invited_by=sender, via="invite", comment=reason, **common
        )
    if membership == "knock":
        return MemberEvent(
            kind=MemberEventKind.JOIN_REQUEST,
            via="request",
            comment=reason,
            request_flag=member_id,
            **common,
        )
    if membership in ("leave", "ban") and prev_membership in ("join", "invite", "knock"):
        return MemberEvent(
            kind=MemberEventKind.LEAVE,
            previous_name=prev_name,
            # who removed them (a kick or ban), empty when they left by themselves
            invited_by="" if sender == member_id else sender,
            via=str(membership),
            comment=reason,
            **common,
        )
    return None


def to_reaction_ack(event: JsonDict, *, group_id: str) -> Acknowledgement | None:
    if event.get("type") != "m.reaction":
        return None
    relates = _content(event).get("m.relates_to")
    sender = event.get("sender")
    if not isinstance(relates, Mapping) or relates.get("rel_type") != "m.annotation":
        return None
    target = relates.get("event_id")
    if not isinstance(target, str) or not isinstance(sender, str):
        return None
    return Acknowledgement(
        group_id=group_id, member_id=sender, message_id=target, ts=event_time(event), via="reaction"
    )


def to_receipt_acks(
    event: JsonDict, *, group_id: str, ignore: Iterable[str] = ()
) -> tuple[Acknowledgement, ...]:
    """Public read receipts (``m.read``) of an ``m.receipt`` ephemeral event."""
    if event.get("type") != "m.receipt":
        return ()
    skip = set(ignore)
    acks: list[Acknowledgement] = []
    for message_id, receipts in _content(event).items():
        if not isinstance(receipts, Mapping):
            continue
        readers = receipts.get("m.read")
        if not isinstance(readers, Mapping):
            continue
        for member_id, data in readers.items():
            if member_id in skip:
                continue
            ts = data.get("ts") if isinstance(data, Mapping) else None
            try:
                when = event_time({"origin_server_ts": ts})
            except BadEvent:
                continue  # that one receipt; the others of the event still count
            acks.append(
                Acknowledgement(
                    group_id=group_id,
                    member_id=member_id,
                    message_id=message_id,
                    ts=when,
                    via="receipt",
                )
            )
    return tuple(acks)


def update_names(names: MutableMapping[str, str], event: JsonDict) -> None:
    """Track per-room display names from member state (join sets, leave forgets)."""
    if event.get("type") != "m.room.member":
        return
    member_id = event.get("state_key")
    if not isinstance(member_id, str):
        return
    content = _content(event)
    name = content.get("displayname")
    if content.get("membership") in ("join", "invite") and isinstance(name, str) and name:
        names[member_id] = name
    else:
        names.pop(member_id, None)


def update_banned(banned: MutableSet[str], event: JsonDict) -> None:
    """Track who is banned from a room (they may still open a direct chat to appeal)."""
    if event.get("type") != "m.room.member":
        return
    member_id = event.get("state_key")
    if not isinstance(member_id, str):
        return
    if _content(event).get("membership") == "ban":
        banned.add(member_id)
    else:
        banned.discard(member_id)


def convert(
    event: JsonDict, *, group_id: str, names: Mapping[str, str], me: str
) -> tuple[InboundEvent, ...]:
    """One timeline event as classmod values (none for our own events and for noise)."""
    if event.get("sender") == me:
        return ()
    event_type = event.get("type")
    if event_type in ("m.room.message", "m.sticker"):
        sender = event.get("sender")
        name = names.get(sender, "") if isinstance(sender, str) else ""
        message = to_message(event, group_id=group_id, display_name=name)
        return (message,) if message is not None else ()
    if event_type == "m.room.member":
        if event.get("state_key") == me:
            return ()
        member_event = to_member_event(event, group_id=group_id)
        return (member_event,) if member_event is not None else ()
    if event_type == "m.reaction":
        ack = to_reaction_ack(event, group_id=group_id)
        return (ack,) if ack is not None else ()
    return ()


def own_join_index(timeline: Sequence[JsonDict], me: str) -> int | None:
    """Index of the bot's own join in a timeline (history before it is not ours to judge)."""
    found: int | None = None
    for index, event in enumerate(timeline):
        if (
            event.get("type") == "m.room.member"
            and event.get("state_key") == me
            and _content(event).get("membership") == "join"
            and _prev_content(event).get("membership") != "join"
        ):
            found = index
    return found


# -- outbound contents ------------------------------------------------------------------


def notice_content(text: str, *, mention: Sequence[str] = ()) -> dict[str, Any]:
    """An ``m.notice`` (bots speak in notices so other bots don't answer them)."""
    content: dict[str, Any] = {"msgtype": "m.notice", "body": text}
    content["m.mentions"] = {"user_ids": list(mention)} if mention else {}
    return content


def warn_content(text: str, *, member_id: str, reply_to_event: str = "") -> dict[str, Any]:
    """A warning: a notice replying to the offending message and mentioning its sender."""
    content = notice_content(text, mention=[member_id] if member_id else [])
    if reply_to_event:
        content["m.relates_to"] = {"m.in_reply_to": {"event_id": reply_to_event}}
    return content


def platform_refusal(verb_zh: str, verb_en: str, errcode: str, message: str) -> str:
    """A homeserver refusal as an Outcome detail, in Chinese and English."""
    return f"服务器拒绝{verb_zh}（{errcode}）/ homeserver refused to {verb_en}: {errcode} {message}"


def refusal_reason(verb_en: str, errcode: str) -> RefusalReason:
    """A homeserver refusal as a reason the reply can put in words.

    Synapse answers an unban of someone not banned with ``M_BAD_STATE`` ("Cannot unban user
    who was not banned").
    """
    if errcode == "M_BAD_STATE" and verb_en == "unban":
        return RefusalReason.NOT_BANNED
    return RefusalReason.REFUSED


__all__ = [
    "MAX_TS_MS",
    "BadEvent",
    "BadSync",
    "JoinedRoom",
    "SyncBatch",
    "convert",
    "edited_event_id",
    "event_time",
    "mentions",
    "message_text",
    "notice_content",
    "own_join_index",
    "parse_sync",
    "platform_refusal",
    "refusal_reason",
    "reply_to",
    "strip_reply_fallback",
    "to_member_event",
    "to_message",
    "to_reaction_ack",
    "to_receipt_acks",
    "update_banned",
    "update_names",
    "warn_content",
]
