"""The OneBot protocol's values both versions share (v11 for QQ, v12 for WeChat): what a
frame decodes to, the calls and refusals an action becomes, the signals that confirm one.
Pure: no I/O, no clock. ``convert_v11`` and ``convert_v12`` decode to and encode from these.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from classmod.bridges.onebot import bounds

from classmod.bridge import InboundEvent
from classmod.model import RefusalReason


@dataclass(frozen=True, slots=True, kw_only=True)
class Signal:
    """A notice that confirms (or reveals) a moderation effect on the platform."""

    kind: str  # "ban" | "lift_ban" | "decrease" | "recall" | "increase" | "card" | "admin"
    group: str  # platform group id
    user: str = ""
    message_id: str = ""
    operator: str = ""
    duration: int = 0
    value: str = ""  # card_new for "card"; "admin"/"member" for "admin"


@dataclass(frozen=True, slots=True, kw_only=True)
class Heartbeat:
    interval: timedelta | None  # within bounds.HEARTBEAT_MIN .. HEARTBEAT_MAX
    online: bool | None = None
    #: the ``interval`` the gateway sent (milliseconds), when it was out of bounds and clamped
    clamped_from: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Lifecycle:
    sub_type: str


#: member ids of anonymous senders (QQ 匿名聊天): ``anonymous:<anonymous.id>``
ANONYMOUS_PREFIX = "anonymous:"


@dataclass(frozen=True, slots=True, kw_only=True)
class Decoded:
    """One gateway frame, decoded. At most one of ``inbound``/``meta`` plus optional extras."""

    inbound: InboundEvent | None = None
    signal: Signal | None = None
    meta: Heartbeat | Lifecycle | None = None
    #: (platform group id, user id, "owner"|"admin"|"member") learnt from ``sender.role``
    role: tuple[str, str, str] | None = None
    #: sub_type of a join request, remembered to answer it (``set_group_add_request``)
    request_sub_type: str = ""
    #: file id of a file message/upload, to skip the second report of the same upload
    file_id: str = ""
    skipped: str = ""  # why nothing came of it (for ``event_skipped``)
    dedupe_key: str = ""
    #: (platform group id, member id, flag) of an anonymous sender: the flag is what
    #: ``set_group_anonymous_ban`` takes
    anonymous: tuple[str, str, str] | None = None


def event_time(raw: Mapping[str, Any], received_at: datetime) -> datetime:
    """The event's ``time`` (seconds, v11 int or v12 float), or ``received_at`` without one;
    :class:`LimitExceeded` past ``bounds.EVENT_TIME_MAX``."""
    seconds = bounds.event_seconds(raw.get("time"))
    return received_at if seconds is None else datetime.fromtimestamp(seconds, tz=UTC)


def heartbeat(raw: Mapping[str, Any], online: bool | None = None) -> Heartbeat:
    """A heartbeat meta event (v11 and v12), its interval clamped to the bounds."""
    given = raw.get("interval")
    interval, clamped = bounds.clamp_interval(given)
    return Heartbeat(
        interval=interval,
        online=online,
        clamped_from=float(given) if clamped and isinstance(given, int | float) else None,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Call:
    """One API call: the action name and its parameters, ready to be sent."""

    action: str
    params: dict[str, Any]


@dataclass(frozen=True, slots=True, kw_only=True)
class Refusal:
    """What the platform cannot do; becomes ``Outcome(ok=False, detail=…, refused=…)``."""

    detail: str
    reason: RefusalReason = RefusalReason.REFUSED


def signal_key(signal: Signal) -> tuple[str, str, str]:
    """What a confirmation is matched on: the kind, the group, and the member or message."""
    return (
        signal.kind,
        signal.group,
        signal.message_id if signal.kind == "recall" else signal.user,
    )
