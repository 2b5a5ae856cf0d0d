"""The values the store keeps and gives back, the same whatever the backend: a timer, an
alert, a ban-list rule and what it did, a run-time subscription, an outbox intent; and
``stamp``, the one form of a stored time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from classmod.banlist import PolicyRule
from classmod.model import Action

#: what identifies an event for replay: (platform, group id, the platform's event id)
EventKey = tuple[str, str, str]


def stamp(moment: datetime) -> str:
    """Every stored time is UTC ISO-8601, so stored times compare and sort as strings."""
    if moment.tzinfo is not UTC:  # most are UTC already (the app's clock)
        moment = moment.astimezone(UTC)
    return moment.isoformat()


@dataclass(frozen=True, slots=True, kw_only=True)
class Timer:
    id: int
    group_id: str
    member_id: str
    kind: str
    due: datetime
    payload: dict[str, Any]
    failures: int = 0  # attempts that failed so far (the timer is retried, not dropped)
    failing_since: datetime | None = None  # the first failed attempt's time
    alerted: bool = False  # staff were told it keeps failing


@dataclass(frozen=True, slots=True, kw_only=True)
class Alert:
    """A staff alert and what it is about: the member, the message, the event, the rule."""

    id: int
    ts: datetime
    group_id: str
    member_id: str
    text: str
    event_id: str = ""
    message_id: str = ""
    rule_id: str = ""
    posted: str = ""  # the platform id of its post in the management room
    handled: bool = False
    answer: str = ""  # what staff answered (删除, 误判, ...)


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredRule:
    """A ban-list rule as the store keeps it, with what classmod did about it."""

    id: int
    rule: PolicyRule
    added_at: datetime
    added_by: str = ""
    removed_at: datetime | None = None
    swept: bool = False  # applied to the current members of every group
    confirmed: bool = True  # a wildcard rule is applied only once staff confirm it
    written: bool = True  # in its policy room (a rule classmod writes)


@dataclass(frozen=True, slots=True, kw_only=True)
class BanTarget:
    """What one rule did to one member of one group: ``action`` ban, kick, reject_join or
    alert_staff; ``state`` queued, done, failed, lifting, lifted, lift_failed, kept (the
    platform cannot lift it: left to staff), moved (another live rule still lists the
    member: the ban is that rule's now) or left (its list was unfollowed, the ban kept)."""

    rule_id: int
    group_id: str
    member_id: str
    action: str
    state: str
    ts: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class Subscription:
    """A ban list staff follow at run time (``/订阅``): kept in the store, followed exactly
    like a list of the config. ``groups`` is ``("all",)`` or the config ids it covers."""

    name: str
    room: str
    mode: str  # apply | watch
    groups: tuple[str, ...] = ("all",)
    added_by: str = ""
    added_at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class Intent:
    """A decided action not yet carried out: the outbox row replayed after a restart."""

    id: int
    decided_at: datetime
    event_id: str
    action: Action
