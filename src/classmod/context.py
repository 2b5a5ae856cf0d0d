"""What a rule or policy sees: the event, the group, the member, the clock, the recent past.

Contexts are built by the engine once per event and shared by every rule. What is derived
from the message (its normalised text, links, contact view, and what the rules' finders
found in it) lives in its :class:`MessageFacts`, computed once, on first use, whichever
rule asks first, and gone with the event.

The facts are not kept for the messages of the history: kept for the last 30 messages of
each group they outlive the young generation, and the garbage collector's passes over them
cost more than reusing them saved (measured on ``benchmarks/engine.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar, cast

from classmod import notices
from classmod.model import (
    ActionKind,
    Category,
    Group,
    Member,
    MemberEvent,
    Message,
    Roster,
    Verdict,
)
from classmod.text import Link, contact_view, extract_links, normalize

T = TypeVar("T")
S = TypeVar("S")


_DEFAULTS: dict[type[Any], Any] = {}


def default_settings(cls: type[S]) -> S:
    """The default instance of a rule's settings class (its documented defaults), built once
    per class."""
    found = _DEFAULTS.get(cls)
    if found is None:
        found = _DEFAULTS[cls] = cls()
    return cast("S", found)


def settings_as(settings: Any, cls: type[S]) -> S:
    """``settings`` as the ``cls`` a rule declared (its defaults when none were given); a
    settings object of another class is a wiring error, raised, never read as defaults."""
    if settings is None:
        return default_settings(cls)
    if not isinstance(settings, cls):
        raise TypeError(
            f"the rule's settings are a {type(settings).__name__}, not the {cls.__name__} it reads"
        )
    return settings


@dataclass(frozen=True, slots=True, kw_only=True)
class Notice:
    """A teacher's tracked notice (P04)."""

    message_id: str
    group_id: str
    sender_id: str
    ts: datetime
    asks_reply: bool  # 请回复收到, 接龙, 已签字 ...
    deadline: datetime | None = None


class MessageFacts:
    """What is derived from one message, each computed on first use and kept: the
    normalised text, the links, the contact view, and any fact a rule or helper names by a
    key (:meth:`fact`). Lives as long as the event's context."""

    __slots__ = ("_by_settings", "_contact", "_facts", "_links", "_norm", "message")

    def __init__(self, message: Message) -> None:
        self.message = message
        self._norm: str | None = None
        self._links: tuple[Link, ...] | None = None
        self._contact: str | None = None
        self._facts: dict[Hashable, Any] | None = None
        # finder -> (settings, what it found with them): see :meth:`MessageContext.fact_for`
        self._by_settings: dict[Callable[..., Any], tuple[Any, Any]] | None = None

    @property
    def norm(self) -> str:
        """The text folded against evasions (see :func:`classmod.text.normalize`)."""
        folded = self._norm
        if folded is None:
            folded = self._norm = normalize(self.message.text)
        return folded

    @property
    def links(self) -> tuple[Link, ...]:
        if self._links is None:
            self._links = extract_links(self.message.text)
        return self._links

    @property
    def contact_view(self) -> str:
        """:func:`classmod.text.contact_view` of the text."""
        view = self._contact
        if view is None:
            view = self._contact = contact_view(self.message.text, self.norm)
        return view

    def fact(self, key: Hashable, compute: Callable[[], T]) -> T:
        """A fact derived from this message, computed once whichever rule asks first:
        ``compute()`` on the first call for ``key``, the stored value after."""
        facts = self._facts
        if facts is None:
            facts = self._facts = {}
        elif key in facts:
            return cast(T, facts[key])
        value = facts[key] = compute()
        return value


_NOTHING_EARLIER: Mapping[str, frozenset[Category]] = {}
#: the key of :attr:`MessageContext.only_acknowledges` among a message's facts
_ONLY_ACKNOWLEDGES = "only_acknowledges"


class MessageContext:
    """Everything a message rule may read. Rules never read the clock; they read ``now``."""

    __slots__ = (
        "earlier",
        "facts",
        "group",
        "history",
        "links",
        "member",
        "message",
        "norm",
        "notice",
        "now",
        "replied",
        "replied_member",
        "roster",
        "settings",
        "text",
        "vetoed",
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
        facts: MessageFacts | None = None,
        earlier: Mapping[str, frozenset[Category]] | None = None,
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
        #: what the rules found in the recent messages of ``history``, by message id (only
        #: those that broke a rule): a reply can carry on a chat or a quarrel only a message
        #: before it was found to be in
        self.earlier: Mapping[str, frozenset[Category]] = earlier or _NOTHING_EARLIER
        #: the calling rule's settings instance (None: its defaults); read it typed with
        #: :meth:`settings_for`
        self.settings = settings
        if facts is None or facts.message is not message:
            facts = MessageFacts(message)
        #: the facts of this message (see :class:`MessageFacts`)
        self.facts = facts
        #: the text folded against evasions (see :func:`classmod.text.normalize`); every
        #: rule reads it, some thirty times a message, so it is worked out at once
        self.norm: str = facts.norm
        #: the links in the text (see :func:`classmod.text.extract_links`), and the raw text
        self.links: tuple[Link, ...] = facts.links
        self.text: str = message.text
        #: the rules staff told (by a confirmed allow term) that this message breaks none of
        #: theirs; a rule that builds on another's finding (R18 on R12, R13) honours it too
        self.vetoed: frozenset[str] = frozenset()

    def fact(self, key: Hashable, compute: Callable[[], T]) -> T:
        """A fact derived from this message, computed once whichever rule asks first (R18
        reads what R12 and R13 found): ``compute()`` on the first call for ``key``, the
        stored value after (:meth:`MessageFacts.fact`, inlined: the hot path)."""
        facts = self.facts._facts
        if facts is None:
            facts = self.facts._facts = {}
        elif key in facts:
            return facts[key]  # type: ignore[no-any-return]  # stored by compute() -> T
        value = facts[key] = compute()
        return value

    @property
    def only_acknowledges(self) -> bool:
        """Whether the message is only an acknowledgement, thanks or a reaction (收到, 好的谢谢
        王老师, 👍, 何雨彤妈妈收到: :func:`classmod.notices.is_ack`), worked out once: such a
        message holds no ad, vice, claim, score or pupil's fact, so those rules pass it."""
        msg = self.message
        return self.fact(
            _ONLY_ACKNOWLEDGES,
            lambda: notices.is_ack(
                msg.text, msg.kind, names=self.roster.student_names(), folded=self.norm
            ),
        )

    def settings_for(self, cls: type[S]) -> S:
        """The calling rule's settings, typed: ``s = ctx.settings_for(Settings)`` (the
        defaults of ``cls`` when the config gave none)."""
        settings = self.settings
        if settings.__class__ is cls:  # the hot path: one test, no call
            return settings  # type: ignore[no-any-return,unused-ignore]
        return settings_as(settings, cls)

    def fact_for(self, finder: Callable[..., Any], settings: Any, compute: Callable[[], T]) -> T:
        """What ``finder`` found in this message with these ``settings`` (a rule's, or the
        defaults another rule reads it with: R18 reads what R12 found), computed once:
        ``compute()`` on the first call, or when asked with other settings; else the stored
        value. Settings are compared by identity, then by value; never hashed (hashing a
        settings dataclass per call cost more than the look-up saves)."""
        store = self.facts._by_settings
        if store is None:
            store = self.facts._by_settings = {}
        else:
            entry = store.get(finder)
            if entry is not None and (entry[0] is settings or entry[0] == settings):
                return entry[1]  # type: ignore[no-any-return]  # stored by compute() -> T
        value = compute()
        store[finder] = (settings, value)
        return value


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

    def settings_for(self, cls: type[S]) -> S:
        """The calling rule's settings, typed (see :meth:`MessageContext.settings_for`)."""
        return settings_as(self.settings, cls)

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
