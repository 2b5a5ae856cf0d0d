"""Helpers for tests, including a school's own plugin tests: builders, a fake clock, a fake bridge.

from classmod.testing import FakeClock, make_group, make_member, make_message, message_context
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from classmod.banlist import PolicyRule, rule_content, rule_from_state
from classmod.bridge import Closing, EventSink, InboundEvent
from classmod.capabilities import PLATFORM_CAPABILITIES
from classmod.context import MemberContext, MessageContext, Notice
from classmod.model import (
    Action,
    ActionKind,
    Category,
    Group,
    Guardian,
    Member,
    MemberEvent,
    MemberEventKind,
    Message,
    MessageKind,
    Outcome,
    Platform,
    RefusalReason,
    Role,
    Roster,
    Student,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
_ids = itertools.count(1)


class FakeClock:
    """A clock that moves only when told to. ``clock()`` returns the current aware datetime."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 9, 7, 9, 0, tzinfo=SHANGHAI)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> datetime:
        self.now = self.now + (delta if delta is not None else timedelta(**kwargs))
        return self.now


def make_group(
    group_id: str = "g1",
    *,
    platform: Platform = Platform.WECHAT,
    allowed_link_domains: Sequence[str] = ("example-school.cn", "smartedu.cn"),
    **kwargs: Any,
) -> Group:
    return Group(
        id=group_id,
        platform=platform,
        allowed_link_domains=tuple(allowed_link_domains),
        **kwargs,
    )


def make_roster(
    group_id: str = "g1",
    *,
    teachers: Sequence[tuple[str, str, str, Role]] = (
        ("t_zhou", "周敏", "语文", Role.HEAD_TEACHER),
        ("t_li", "李建国", "数学", Role.TEACHER),
        ("t_wang", "王芳", "英语", Role.TEACHER),
    ),
    students: Sequence[tuple[str, Sequence[tuple[str, str]]]] = (
        ("何雨彤", (("p_he_mom", "妈妈"),)),
        ("郭思远", (("p_guo_mom", "妈妈"), ("p_guo_waipo", "外婆"))),
        ("张子涵", (("p_zhang_dad", "爸爸"),)),
        ("李明轩", (("p_li_mom", "妈妈"),)),
        ("陈可欣", (("p_chen_dad", "爸爸"),)),
    ),
    supervisor: str = "p_he_mom",
) -> Roster:
    """A small class: three teachers, five pupils and their guardians."""
    return Roster(
        group_id=group_id,
        school="青山区实验小学",
        class_name="一年级(2)班",
        teachers=tuple(
            Member(id=i, display_name=f"{subj}{name}", role=role, name=name, subject=subj)
            for i, name, subj, role in teachers
        ),
        students=tuple(
            Student(
                name=name,
                guardians=tuple(Guardian(member_id=g, relation=r) for g, r in guardians),
            )
            for name, guardians in students
        ),
        supervisor=supervisor,
    )


def make_member(
    member_id: str = "p_he_mom",
    display_name: str = "",
    *,
    roster: Roster | None = None,
    role: Role | None = None,
    **kwargs: Any,
) -> Member:
    """A member as the roster sees them (or with an explicit role)."""
    if role is None:
        base = (roster or make_roster()).lookup(member_id, display_name)
        return base
    return Member(id=member_id, display_name=display_name, role=role, **kwargs)


def make_message(
    text: str,
    *,
    sender: str = "p_he_mom",
    name: str = "",
    group_id: str = "g1",
    ts: datetime | None = None,
    kind: MessageKind = MessageKind.TEXT,
    reply_to: str | None = None,
    message_id: str | None = None,
    mentions: Sequence[str] = (),
) -> Message:
    return Message(
        id=message_id or f"m{next(_ids)}",
        group_id=group_id,
        sender_id=sender,
        display_name=name,
        text=text,
        ts=ts or datetime(2026, 9, 7, 9, 0, tzinfo=SHANGHAI),
        kind=kind,
        reply_to=reply_to,
        mentions=tuple(mentions),
    )


def message_context(
    text: str,
    *,
    sender: str = "p_he_mom",
    settings: Any = None,
    group: Group | None = None,
    roster: Roster | None = None,
    history: Sequence[Message] = (),
    replied: Message | None = None,
    notice: Notice | None = None,
    now: datetime | None = None,
    earlier: Mapping[str, frozenset[Category]] | None = None,
    **message_kwargs: Any,
) -> MessageContext:
    """A context for calling a rule's ``classmod_check_message`` directly in a unit test."""
    roster = roster or make_roster()
    msg = make_message(text, sender=sender, ts=now, **message_kwargs)
    member = roster.lookup(sender, msg.display_name)
    replied_member = roster.lookup(replied.sender_id) if replied is not None else None
    return MessageContext(
        group=group or make_group(),
        roster=roster,
        member=member,
        message=msg,
        now=msg.ts,
        history=tuple(history),
        replied=replied,
        replied_member=replied_member,
        notice=notice,
        settings=settings,
        earlier=earlier,
    )


def member_context(
    member_id: str,
    *,
    kind: MemberEventKind = MemberEventKind.JOIN,
    display_name: str = "",
    previous_name: str = "",
    invited_by: str = "",
    via: str = "",
    comment: str = "",
    settings: Any = None,
    group: Group | None = None,
    roster: Roster | None = None,
    now: datetime | None = None,
) -> MemberContext:
    roster = roster or make_roster()
    ts = now or datetime(2026, 9, 7, 9, 0, tzinfo=SHANGHAI)
    event = MemberEvent(
        id=f"e{next(_ids)}",
        group_id=(group.id if group else "g1"),
        member_id=member_id,
        kind=kind,
        ts=ts,
        display_name=display_name,
        previous_name=previous_name,
        invited_by=invited_by,
        via=via,
        comment=comment,
    )
    return MemberContext(
        group=group or make_group(),
        roster=roster,
        member=roster.lookup(member_id, display_name),
        event=event,
        now=ts,
        inviter=roster.lookup(invited_by) if invited_by else None,
        settings=settings,
    )


class FakeBridge(Closing):
    """An in-memory bridge: records every action and post, refuses what it can't do.

    ``refuse`` maps an action kind to a detail to answer ``ok=False`` with (a platform
    refusal), or to a :class:`RefusalReason` (the detail is then its name). Feed events with
    ``await bridge.deliver(event)`` once ``run`` is serving.
    """

    def __init__(
        self,
        platform: Platform = Platform.MATRIX,
        *,
        name: str = "fake",
        capabilities: frozenset[ActionKind] | None = None,
        refuse: dict[ActionKind, str | RefusalReason] | None = None,
    ) -> None:
        self.name = name
        self.platform = platform
        self.capabilities = (
            capabilities if capabilities is not None else PLATFORM_CAPABILITIES[platform]
        )
        self.refuse = dict(refuse or {})
        self.applied: list[Action] = []
        self.posts: list[tuple[str, str]] = []
        self.muted: set[tuple[str, str]] = set()
        self.deleted: set[tuple[str, str]] = set()  # (group id, message id)
        self.gone: set[tuple[str, str]] = set()  # (group id, member id): kicked or banned
        self._sink: EventSink | None = None
        self.closed = 0  # times aclose was called

    async def aclose(self) -> None:
        self.closed += 1

    @property
    def connected(self) -> bool:
        """Connected while ``run`` serves (``/healthz``)."""
        return self._sink is not None

    async def run(self, sink: EventSink) -> None:
        self._sink = sink
        try:
            await asyncio.Event().wait()  # serve until cancelled
        finally:
            self._sink = None

    def attach(self, sink: EventSink) -> None:
        self._sink = sink

    async def deliver(self, event: InboundEvent) -> None:
        if self._sink is None:
            raise RuntimeError("FakeBridge is not attached to an app")
        await self._sink(event)

    async def apply(self, action: Action, group: Group) -> Outcome:
        if action.kind not in self.capabilities:
            return Outcome(
                action=action,
                ok=False,
                detail=f"{action.kind} not supported",
                refused=RefusalReason.UNSUPPORTED,
            )
        if action.kind in self.refuse:
            why = self.refuse[action.kind]
            reason = why if isinstance(why, RefusalReason) else RefusalReason.REFUSED
            return Outcome(action=action, ok=False, detail=str(why), refused=reason)
        self.applied.append(action)
        if action.kind == ActionKind.MUTE:
            self.muted.add((group.id, action.member_id))
        elif action.kind == ActionKind.UNMUTE:
            self.muted.discard((group.id, action.member_id))
        elif action.kind == ActionKind.DELETE:
            self.deleted.add((group.id, action.message_id))
        elif action.kind in (ActionKind.KICK, ActionKind.BAN):
            self.gone.add((group.id, action.member_id))
        return Outcome(action=action, ok=True)

    async def already_done(self, action: Action, group: Group) -> str:
        """The replay check (``classmod.actions.ReplayCheck``): what the platform already shows."""
        if action.kind == ActionKind.DELETE and (group.id, action.message_id) in self.deleted:
            return "message already deleted"
        if action.kind in (ActionKind.KICK, ActionKind.BAN, ActionKind.MUTE) and (
            (group.id, action.member_id) in self.gone
        ):
            return "member already gone"
        return ""

    async def post(self, room: str, text: str) -> Outcome:
        """Records the post; its id (``post:<n>``, n counting from 0) is what a reply to it
        names in ``reply_to``."""
        self.posts.append((room, text))
        return Outcome(
            action=Action(kind=ActionKind.NOTIFY, group_id=room, text=text),
            ok=True,
            message_id=f"post:{len(self.posts) - 1}",
        )

    def kinds(self) -> list[str]:
        return [str(a.kind) for a in self.applied]


class FakePolicyRoom:
    """An in-memory Matrix policy room: state events by (type, state key)."""

    def __init__(self) -> None:
        self.state: dict[tuple[str, str], dict[str, Any]] = {}
        self.writes = 0

    def put(self, rule: PolicyRule) -> None:
        self.state[("m.policy.rule.user", rule.state_key)] = rule_content(rule)

    def empty(self, state_key: str) -> None:
        self.state[("m.policy.rule.user", state_key)] = {}


class FakePolicyRooms:
    """``classmod.banwatch.PolicyRooms`` over in-memory rooms. A ref in ``closed`` cannot be
    joined (not invited); ``aliases`` maps an alias to the room id it resolves to;
    ``following`` is what the follower follows now."""

    def __init__(self) -> None:
        self.rooms: dict[str, FakePolicyRoom] = {}
        self.closed: set[str] = set()
        self.aliases: dict[str, str] = {}
        self.following: list[str] = []

    def room(self, ref: str) -> FakePolicyRoom:
        return self.rooms.setdefault(self.aliases.get(ref, ref), FakePolicyRoom())

    def failure(self, ref: str) -> str:
        return "机器人没有被邀请进这个房间" if ref in self.closed else ""

    async def room_id(self, ref: str) -> str | None:
        return None if ref in self.closed else self.aliases.get(ref, ref)

    async def read(self, ref: str, list_name: str) -> list[PolicyRule] | None:
        if ref in self.closed:
            return None
        rules = []
        for (event_type, key), content in self.room(ref).state.items():
            rule = rule_from_state(list_name, event_type, key, content)
            if rule is not None:
                rules.append(rule)
        return rules

    async def write(self, ref: str, rule: PolicyRule) -> str:
        if ref in self.closed:
            return f"cannot join the policy room {ref}"
        self.room(ref).put(rule)
        self.room(ref).writes += 1
        return ""

    async def remove(self, ref: str, rule: PolicyRule) -> str:
        if ref in self.closed:
            return f"cannot join the policy room {ref}"
        self.room(ref).empty(rule.state_key)
        return ""

    async def follow(
        self,
        refs: Sequence[str],
        changed: Callable[[str], Awaitable[None]],
        more: asyncio.Event | None = None,
    ) -> None:
        while True:
            self.following = list(refs)
            if more is None:
                await asyncio.Event().wait()
                continue
            await more.wait()
            more.clear()


__all__ = [
    "SHANGHAI",
    "UTC",
    "FakeBridge",
    "FakeClock",
    "FakePolicyRoom",
    "FakePolicyRooms",
    "make_group",
    "make_member",
    "make_message",
    "make_roster",
    "member_context",
    "message_context",
]
