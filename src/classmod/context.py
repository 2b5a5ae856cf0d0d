"""What a rule or policy sees: the event, the group, the member, the clock, the recent past.

Contexts are built by the engine once per event and shared by every rule. The normalised
text and the extracted links are computed lazily, once, on first use.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar, cast

from classmod.model import (
    ActionKind,
    Group,
    Member,
    MemberEvent,
    Message,
    Roster,
    Verdict,
)
from classmod.text import Link, extract_links, normalize

T = TypeVar("T")


@dataclass(frozen=True, slots=True, kw_only=True)
class Notice:
    """A teacher's tracked notice (P04)."""

    message_id: str
    group_id: str
    sender_id: str
    ts: datetime
    asks_reply: bool  # 请回复收到, 接龙, 已签字 ...
    deadline: datetime | None = None


class MessageContext:
    """Everything a message rule may read. Rules never read the clock; they read ``now``."""

    __slots__ = (
        "_facts",
        "_links",
        "_norm",
        "group",
        "history",
        "member",
        "message",
        "notice",
        "now",
        "replied",
        "replied_member",
        "roster",
        "settings",
    )

    def __init__(
        self,
        *,
        group: Group,
        roster: Roster,
        member: Member,
        message: Message,
        now: datetime,
        history: Sequence[Message] = (),
        replied: Message | None = None,
        replied_member: Member | None = None,
        notice: Notice | None = None,
        settings: Any = None,
    ) -> None:
        self.group = group
        self.roster = roster
        self.member = member
        self.message = message
        self.now = now
        self.history = history  # recent messages of this group, oldest first, not this one
        self.replied = replied
        self.replied_member = replied_member
        self.notice = notice  # the tracked notice this message replies to, if any
        self.settings = settings  # the calling rule's Settings instance
        self._norm: str | None = None
        self._links: tuple[Link, ...] | None = None
        self._facts: dict[Hashable, Any] | None = None

    @property
    def text(self) -> str:
        return self.message.text

    @property
    def norm(self) -> str:
        """The text folded against evasions (see :func:`classmod.text.normalize`)."""
        if self._norm is None:
            self._norm = normalize(self.message.text)
        return self._norm

    def fact(self, key: Hashable, compute: Callable[[], T]) -> T:
        """A fact derived from this message, computed once per event whichever rule asks
        first (R18 reads what R12 and R13 found): ``compute()`` on the first call for ``key``,
        the stored value after. The context lives for one event, so nothing leaks."""
        facts = self._facts
        if facts is None:
            facts = self._facts = {}
        elif key in facts:
            return cast(T, facts[key])
        value = facts[key] = compute()
        return value

    @property
    def links(self) -> tuple[Link, ...]:
        if self._links is None:
            self._links = extract_links(self.message.text)
        return self._links


@dataclass(frozen=True, slots=True, kw_only=True)
class MemberContext:
    """A join, join request, invite or display-name change, with the roster to judge it."""

    group: Group
    roster: Roster
    member: Member  # as the roster knows them (role UNKNOWN if absent)
    event: MemberEvent
    now: datetime
    inviter: Member | None = None
    settings: Any = None

    def for_rule(self, settings: Any) -> MemberContext:
        """This context with a rule's ``settings`` (built directly: ``dataclasses.replace``
        costs several microseconds, and every member rule gets its own copy)."""
        return MemberContext(
            group=self.group,
            roster=self.roster,
            member=self.member,
            event=self.event,
            now=self.now,
            inviter=self.inviter,
            settings=settings,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class DecisionContext:
    """What the policy decides from: the verdicts plus the member's record."""

    group: Group
    member: Member
    event_id: str
    message: Message | None
    verdicts: tuple[Verdict, ...]
    now: datetime
    strikes: int  # active (decayed) strikes before this event
    prior_offences: Mapping[str, int] = field(default_factory=dict)  # rule id -> count, no decay
    capabilities: frozenset[ActionKind] = frozenset(ActionKind)
    policy: Any = None  # classmod.policy.PolicyConfig of the group's school
    #: the tracked notice this message acknowledges (P04), if any
    acknowledges: str = ""
    #: the member event decided on (a join, a join request ...), None for a message
    member_event: MemberEvent | None = None
