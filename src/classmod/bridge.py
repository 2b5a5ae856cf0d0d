"""The contract between the app shell and a platform bridge.

A bridge translates platform events into core values and pushes them to the app's sink; it
applies actions and answers with an :class:`Outcome` (a refusal is ``ok=False``, never an
exception). It declares what it can do; the policy downgrades what it can't.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, Self, runtime_checkable

from classmod.model import Action, ActionKind, Group, MemberEvent, Message, Outcome, Platform

#: The group id the app uses for the staff management room (commands naming any group).
MANAGEMENT_GROUP = "_management"
#: The group id of a private message to the bot (one lane for all of them).
DIRECT_GROUP = "_direct"


@dataclass(frozen=True, slots=True, kw_only=True)
class Acknowledgement:
    """A member acknowledged a message without replying: a reaction or a read receipt (P04)."""

    group_id: str
    member_id: str
    message_id: str
    ts: datetime
    via: str  # "reaction" | "receipt" | "reply"


@dataclass(frozen=True, slots=True, kw_only=True)
class PrivateMessage:
    """Someone wrote to the bot directly: a Matrix DM room, a QQ private message.

    Not a class group's message: no rule judges it. ``room`` is where the answer goes
    (``bridge.post(room, text)``): the DM room's id, or ``private:<id>`` on OneBot."""

    platform: Platform
    id: str
    room: str
    sender_id: str
    display_name: str
    text: str
    ts: datetime
    group_id: str = DIRECT_GROUP  # a bridge's per-group lanes put DMs in one lane


class AuthenticationFailed(Exception):
    """The platform refused the bot's credentials (a Matrix ``M_UNKNOWN_TOKEN`` with no
    password to log in again, a OneBot gateway's 401/403): trying again cannot help, so the
    app stops and ``classmod run`` exits with this one message for the operator. Network
    errors are never this: they are retried with backoff."""

    def __init__(self, bridge: str, detail: str, fix: str) -> None:
        self.bridge, self.detail, self.fix = bridge, detail, fix
        super().__init__(f"{bridge}: {detail}; {fix}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Unreadable:
    """A group the bridge cannot read, so nobody moderates it: staff must hear of it.

    ``why``: ``encrypted`` (a Matrix room with end-to-end encryption, which the bot cannot
    decrypt and which cannot be turned off)."""

    group_id: str
    ts: datetime
    why: str


InboundEvent = Message | MemberEvent | Acknowledgement | PrivateMessage | Unreadable
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
        cursor (sync token, ...) after that goes through the store's ``Cursors``, whose ``set``
        commits the handled events' writes with it.
        """
        ...

    @property
    def connected(self) -> bool:
        """Whether the link to the platform is up now (for ``/healthz``)."""
        ...

    async def apply(self, action: Action, group: Group) -> Outcome:
        """Carry out one action in ``group``. Never raises for a platform refusal."""
        ...

    async def post(self, room: str, text: str) -> Outcome:
        """Send a plain message to a platform room (management room, school office)."""
        ...

    async def aclose(self) -> None:
        """Release what the bridge holds beyond ``run`` (HTTP sessions, clients): called by
        whoever built it once ``run`` has returned (``classmod run`` does); idempotent."""
        ...


class Closing:
    """``async with bridge:`` for a bridge class: ``aclose`` on the way out."""

    async def aclose(self) -> None:
        return None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


GroupMap = Mapping[str, Group]  # platform group id -> Group

__all__ = [
    "DIRECT_GROUP",
    "MANAGEMENT_GROUP",
    "Acknowledgement",
    "AuthenticationFailed",
    "Bridge",
    "Closing",
    "EventSink",
    "GroupMap",
    "InboundEvent",
    "Outcome",
    "PrivateMessage",
    "Unreadable",
]
