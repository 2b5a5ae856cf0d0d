"""The contract between the app shell and a platform bridge.

A bridge translates platform events into core values and pushes them to the app's sink; it
applies actions and answers with an :class:`Outcome` (a refusal is ``ok=False``, never an
exception). It declares what it can do; the policy downgrades what it can't.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

from classmod.model import Action, ActionKind, Group, MemberEvent, Message, Outcome, Platform

#: The group id the app uses for the staff management room (commands naming any group).
MANAGEMENT_GROUP = "_management"


@dataclass(frozen=True, slots=True, kw_only=True)
class Acknowledgement:
    """A member acknowledged a message without replying: a reaction or a read receipt (P04)."""

    group_id: str
    member_id: str
    message_id: str
    ts: datetime
    via: str  # "reaction" | "receipt" | "reply"


@dataclass(frozen=True, slots=True, kw_only=True)
class Unreadable:
    """A group the bridge cannot read, so nobody moderates it: staff must hear of it.

    ``why``: ``encrypted`` (a Matrix room with end-to-end encryption, which the bot cannot
    decrypt and which cannot be turned off)."""

    group_id: str
    ts: datetime
    why: str


InboundEvent = Message | MemberEvent | Acknowledgement | Unreadable
EventSink = Callable[[InboundEvent], Awaitable[None]]


@runtime_checkable
class Bridge(Protocol):
    """One connection to one platform, serving some of the configured groups."""

    name: str
    platform: Platform
    capabilities: frozenset[ActionKind]

    async def run(self, sink: EventSink) -> None:
        """Connect and deliver events to ``sink`` until cancelled; reconnect on failures.

        Events of one group are delivered in order: the sink decides them in the order it is
        called, so a bridge may call it for the next event before the previous call returns
        (the app applies one group's actions in the same order). A malformed platform event
        is logged and skipped. ``sink`` returns once the event is handled; a bridge saving a
        cursor (sync token, ...) after that goes through the store, whose ``set_cursor``
        commits the handled events' writes with it.
        """
        ...

    async def apply(self, action: Action, group: Group) -> Outcome:
        """Carry out one action in ``group``. Never raises for a platform refusal."""
        ...

    async def post(self, room: str, text: str) -> Outcome:
        """Send a plain message to a platform room (management room, school office)."""
        ...


class CursorStore(Protocol):
    """Durable key-value cursors a bridge keeps across restarts (sync token, last seq)."""

    async def get_cursor(self, key: str) -> str | None: ...

    async def set_cursor(self, key: str, value: str) -> None: ...


GroupMap = Mapping[str, Group]  # platform group id -> Group

__all__ = [
    "MANAGEMENT_GROUP",
    "Acknowledgement",
    "Bridge",
    "CursorStore",
    "EventSink",
    "GroupMap",
    "InboundEvent",
    "Outcome",
    "Unreadable",
]
