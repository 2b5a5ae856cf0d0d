"""The engine: one event in, one decision out. Synchronous, pure, no I/O, no clock.

The engine keeps the in-memory state rules and the policy need (a bounded history per
group, the last seen display names, tracked notices and their acknowledgements, strikes
and offence counts). The app shell persists what must survive a restart (strikes,
notices, acknowledgements) through the store and loads it back with :meth:`Engine.restore`.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from classmod import notices
from classmod.context import DecisionContext, MemberContext, MessageContext, Notice
from classmod.hookspecs import Plan
from classmod.model import (
    ActionKind,
    Category,
    Decision,
    Group,
    Member,
    MemberEvent,
    MemberEventKind,
    Message,
    Roster,
    Verdict,
)
from classmod.plugins import BoundRule, Host
from classmod.policy import PolicyConfig, downgrade

HISTORY_LIMIT = 30
REPLY_INDEX_LIMIT = 200
#: how long a bare 收到 answers the latest notice that asked for replies (no deadline)
ACK_WINDOW = timedelta(hours=24)
NOTICE_LIMIT = 20
_RECENT_NOTICE_WITHIN = timedelta(hours=6)
AT_DOOR_LIMIT = 100  # pending invites / join requests remembered per group
AT_DOOR_WINDOW = timedelta(days=7)  # a JOIN this long after its invite is a new occasion
MAX_TEXT = 20_000  # longer messages are judged on their first MAX_TEXT characters


@dataclass(slots=True, kw_only=True)
class GroupSetup:
    """A group as the engine runs it: settings, roster, bound rules, policy, capabilities."""

    group: Group
    roster: Roster
    rules: Mapping[str, Any]  # enabled rule id -> Settings instance
    policy: PolicyConfig = field(default_factory=PolicyConfig)
    capabilities: frozenset[ActionKind] = frozenset(ActionKind)
    #: rule id -> the group's learned allow terms (classmod.terms): never judged by it
    vetoes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


STRIKES_KEPT = 32  # a member's latest strikes; older ones have long decayed


@dataclass(slots=True)
class _MemberRecord:
    strikes: list[tuple[datetime, int]] = field(default_factory=list)  # oldest first
    offences: dict[str, int] = field(default_factory=dict)

    def add_strike(self, ts: datetime, weight: int) -> None:
        self.strikes.append((ts, weight))
        if len(self.strikes) > STRIKES_KEPT:
            del self.strikes[0]


# Plain dicts and lists rather than deques and OrderedDicts: ten thousand groups' worth of
# state is dominated by container overhead (a deque block is 0.5 KB, an OrderedDict keeps a
# linked list beside its table). Dicts keep insertion order, so the oldest entry is first.
@dataclass(slots=True)
class _GroupState:
    setup: GroupSetup
    message_rules: tuple[BoundRule, ...]
    member_rules: tuple[BoundRule, ...]
    history: list[Message]  # the last HISTORY_LIMIT messages, oldest first
    # message id -> the categories its message rules found, for those of by_id that broke one
    found: dict[str, frozenset[Category]]
    by_id: dict[str, Message]  # the last REPLY_INDEX_LIMIT messages by id
    names: dict[str, str]  # member id -> last seen display name
    notices: dict[str, Notice]  # the last NOTICE_LIMIT tracked notices by message id
    acks: dict[str, set[str]]  # notice id -> member ids
    members: dict[str, _MemberRecord]
    # listed members whose joining the roster records (R03); usually none
    joined: dict[str, Member]
    # member id -> (rules already raised on their invite or join request, when): the JOIN
    # that completes it is the same occasion, not a second one to alert staff about
    at_door: dict[str, tuple[frozenset[str], datetime]] = field(default_factory=dict)


class UnknownGroupError(KeyError):
    """An event for a group that is not configured."""


class Engine:
    """Turns events into decisions for the configured groups."""

    def __init__(self, host: Host, setups: Iterable[GroupSetup]) -> None:
        self.host = host
        self._groups: dict[str, _GroupState] = {}
        for setup in setups:
            self.add_group(setup)

    def add_group(self, setup: GroupSetup) -> None:
        message_rules, member_rules = self._bind(setup)
        listed = {m.id: m for m in setup.roster.members}  # the last listing of an id wins
        self._groups[setup.group.id] = _GroupState(
            setup=setup,
            message_rules=message_rules,
            member_rules=member_rules,
            history=[],
            found={},
            by_id={},
            names={},
            notices={},
            acks={},
            members={},
            joined={
                member_id: m
                for member_id, m in listed.items()
                if m.joined_via or m.invited_by or m.approved is not None
            },
        )

    def _bind(self, setup: GroupSetup) -> tuple[tuple[BoundRule, ...], tuple[BoundRule, ...]]:
        key = _rules_key(setup.rules)
        if setup.vetoes:
            key = (key, tuple(sorted(setup.vetoes.items())))
        return (
            self.host.bind("classmod_check_message", setup.rules, key, setup.vetoes),
            self.host.bind("classmod_check_member", setup.rules, key, setup.vetoes),
        )

    def update_rules(
        self, group_id: str, rules: Mapping[str, Any], vetoes: Mapping[str, tuple[str, ...]]
    ) -> None:
        """New settings and vetoes for a group's rules (learned terms confirmed or removed),
        keeping everything the group remembers (history, strikes, notices)."""
        state = self._state(group_id)
        state.setup = replace(state.setup, rules=rules, vetoes=vetoes)
        state.message_rules, state.member_rules = self._bind(state.setup)

    def message_rules(self, group_id: str) -> tuple[BoundRule, ...]:
        """The group's message rules as bound now (its settings and learned vetoes)."""
        return self._state(group_id).message_rules

    def groups(self) -> tuple[Group, ...]:
        return tuple(s.setup.group for s in self._groups.values())

    def setup(self, group_id: str) -> GroupSetup:
        return self._state(group_id).setup

    def _state(self, group_id: str) -> _GroupState:
        try:
            return self._groups[group_id]
        except KeyError:
            raise UnknownGroupError(group_id) from None

    def member(self, group_id: str, member_id: str, display_name: str = "") -> Member:
        """The member with the roster's role (UNKNOWN when not rostered)."""
        return self._member(self._state(group_id), member_id, display_name)

    def named_member(self, group_id: str, member_id: str) -> Member:
        """The member as :meth:`member`, with the display name last seen in the group."""
        state = self._state(group_id)
        return self._member(state, member_id, state.names.get(member_id, ""))

    @staticmethod
    def _member(state: _GroupState, member_id: str, display_name: str = "") -> Member:
        member = state.setup.roster.lookup(member_id, display_name)
        known = state.joined.get(member_id)
        if known is not None:
            # how they joined is part of the member list, whatever their role (R03)
            return replace(
                member,
                display_name=display_name or member.display_name or known.display_name,
                joined_via=known.joined_via,
                invited_by=known.invited_by,
                approved=known.approved,
            )
        return member

    # -- events -------------------------------------------------------------------------

    def handle_message(self, msg: Message, now: datetime | None = None) -> Decision:
        """Judge one group message. ``now`` defaults to the message's own timestamp."""
        state = self._state(msg.group_id)
        now = now or msg.ts
        if len(msg.text) > MAX_TEXT:
            msg = _truncated(msg)
        member = self._member(state, msg.sender_id, msg.display_name)
        verdicts: list[Verdict] = []

        checked_name = state.names.get(msg.sender_id)
        if msg.display_name and checked_name != msg.display_name:
            # First message seen from this member, or a new name: check the name (R02).
            state.names[msg.sender_id] = msg.display_name
            known = _listed(state.setup.roster, msg.sender_id)
            first_sighting = checked_name is None and (member.invited_by or member.joined_via)
            event = MemberEvent(
                id=f"{msg.id}#name",
                group_id=msg.group_id,
                member_id=msg.sender_id,
                # the first message of someone whose joining we know of: judge the join too
                kind=MemberEventKind.JOIN if first_sighting else MemberEventKind.NAME_CHANGE,
                ts=msg.ts,
                display_name=msg.display_name,
                previous_name=checked_name or (known.display_name if known else ""),
                invited_by=member.invited_by,
                via=member.joined_via,
            )
            verdicts.extend(self._member_verdicts(state, event, member, now))

        replied = state.by_id.get(msg.reply_to) if msg.reply_to else None
        notice = state.notices.get(msg.reply_to) if msg.reply_to else None
        if notice is None and replied is None:
            notice = self._recent_notice(state, msg)
        ctx = MessageContext(
            group=state.setup.group,
            roster=state.setup.roster,
            member=member,
            message=msg,
            now=now,
            history=tuple(state.history),
            replied=replied,
            replied_member=(
                self._member(state, replied.sender_id) if replied is not None else None
            ),
            notice=notice,
            earlier=state.found,
        )
        found = self.host.check_message(state.message_rules, ctx)
        if found:
            state.found[msg.id] = frozenset(v.category for v in found)
        verdicts.extend(found)
        verdicts = _unique(verdicts)

        self._remember(state, msg)
        if member.is_staff and not msg.reply_to and notices.looks_like_notice(msg):
            self.track_notice(
                Notice(
                    message_id=msg.id,
                    group_id=msg.group_id,
                    sender_id=msg.sender_id,
                    ts=msg.ts,
                    asks_reply=notices.asks_for_reply(msg.text),
                )
            )
        target = notice or (
            state.notices.get(msg.reply_to) if msg.reply_to else self._awaiting_reply(state, msg)
        )
        acknowledged = ""
        if target is not None and _is_acknowledgement(verdicts, ctx):
            state.acks.setdefault(target.message_id, set()).add(member.id)
            acknowledged = target.message_id
        return self._decide(state, msg.id, member, msg, verdicts, now, acknowledged)

    def handle_member_event(self, event: MemberEvent, now: datetime | None = None) -> Decision:
        state = self._state(event.group_id)
        now = now or event.ts
        member = self._member(state, event.member_id, event.display_name)
        if event.kind == MemberEventKind.LEAVE:
            state.names.pop(event.member_id, None)
            state.at_door.pop(event.member_id, None)
            return Decision(event_id=event.id, group_id=event.group_id, member_id=member.id)
        if event.display_name:
            state.names[event.member_id] = event.display_name
        verdicts = _unique(self._member_verdicts(state, event, member, now))
        if event.kind in (MemberEventKind.INVITE, MemberEventKind.JOIN_REQUEST) and verdicts:
            raised = frozenset(v.rule_id for v in verdicts)
            if len(state.at_door) >= AT_DOOR_LIMIT:
                del state.at_door[next(iter(state.at_door))]
            state.at_door[event.member_id] = (raised, now)
        elif event.kind == MemberEventKind.JOIN and event.member_id in state.at_door:
            raised, when = state.at_door.pop(event.member_id)
            if now - when <= AT_DOOR_WINDOW:
                verdicts = [v for v in verdicts if v.rule_id not in raised]
        return self._decide(state, event.id, member, None, verdicts, now, member_event=event)

    def _member_verdicts(
        self, state: _GroupState, event: MemberEvent, member: Member, now: datetime
    ) -> list[Verdict]:
        inviter_id = event.invited_by or member.invited_by
        ctx = MemberContext(
            group=state.setup.group,
            roster=state.setup.roster,
            member=member,
            event=event,
            now=now,
            inviter=self._member(state, inviter_id) if inviter_id else None,
        )
        return self.host.check_member(state.member_rules, ctx)

    def _decide(
        self,
        state: _GroupState,
        event_id: str,
        member: Member,
        msg: Message | None,
        verdicts: Sequence[Verdict],
        now: datetime,
        acknowledged: str = "",
        *,
        member_event: MemberEvent | None = None,
    ) -> Decision:
        setup = state.setup
        if not verdicts:
            return Decision(
                event_id=event_id,
                group_id=setup.group.id,
                member_id=member.id,
                acknowledged=acknowledged,
            )
        record = state.members.get(member.id)
        strikes = self._active_strikes(record, now, setup.policy.strike_decay)
        dctx = DecisionContext(
            group=setup.group,
            member=member,
            event_id=event_id,
            message=msg,
            verdicts=tuple(verdicts),
            now=now,
            strikes=strikes,
            prior_offences=dict(record.offences) if record else {},
            capabilities=setup.capabilities,
            policy=setup.policy,
            acknowledges=acknowledged,
            member_event=member_event,
        )
        plan = downgrade(self.host.decide_actions(dctx), setup.capabilities, dctx)
        self._record(state, member.id, verdicts, plan, now)
        return Decision(
            event_id=event_id,
            group_id=setup.group.id,
            member_id=member.id,
            verdicts=tuple(verdicts),
            actions=plan.actions,
            notes=plan.notes,
            strikes_added=plan.strikes_added,
            acknowledged=acknowledged,
        )

    # -- state --------------------------------------------------------------------------

    @staticmethod
    def _active_strikes(record: _MemberRecord | None, now: datetime, decay: timedelta) -> int:
        if record is None:
            return 0
        return sum(w for ts, w in record.strikes if now - ts < decay)

    def _record(
        self,
        state: _GroupState,
        member_id: str,
        verdicts: Sequence[Verdict],
        plan: Plan,
        now: datetime,
    ) -> None:
        punitive = [v for v in verdicts if v.severity > 0]
        if not punitive and not plan.strikes_added:
            return
        record = state.members.setdefault(member_id, _MemberRecord())
        if plan.strikes_added:
            record.add_strike(now, plan.strikes_added)
        for v in punitive:
            record.offences[v.rule_id] = record.offences.get(v.rule_id, 0) + 1

    def strikes(self, group_id: str, member_id: str, now: datetime) -> int:
        state = self._state(group_id)
        return self._active_strikes(
            state.members.get(member_id), now, state.setup.policy.strike_decay
        )

    def reset_strikes(self, group_id: str, member_id: str) -> None:
        self._state(group_id).members.pop(member_id, None)

    def add_strike(self, group_id: str, member_id: str, ts: datetime, weight: int) -> None:
        record = self._state(group_id).members.setdefault(member_id, _MemberRecord())
        record.add_strike(ts, weight)

    def drop_strikes(
        self, group_id: str, member_id: str, strikes: Iterable[tuple[datetime, int]]
    ) -> None:
        """Take back these strikes (as stored: time and weight), e.g. the bot judged wrongly.

        The engine dates a strike by its message, the store by the app's clock: each goes
        with the entry of the same weight nearest in time."""
        record = self._state(group_id).members.get(member_id)
        if record is None:
            return
        for ts, weight in strikes:
            same = [s for s in record.strikes if s[1] == weight]
            if same:
                record.strikes.remove(min(same, key=lambda s: abs(s[0] - ts)))

    def seen_names(self, group_id: str) -> Mapping[str, str]:
        """Member id -> the display name last seen in the group (not only the roster's)."""
        return self._state(group_id).names

    def restore(
        self,
        *,
        strikes: Iterable[tuple[str, str, datetime, int]] = (),
        offences: Iterable[tuple[str, str, str, int]] = (),
        notices: Iterable[Notice] = (),
        acks: Iterable[tuple[str, str, str]] = (),
    ) -> None:
        """Load persisted state after a restart (group, member, ...); unknown groups skipped."""
        for group_id, member_id, ts, weight in strikes:
            if group_id in self._groups:
                self.add_strike(group_id, member_id, ts, weight)
        for group_id, member_id, rule_id, count in offences:
            if group_id in self._groups:
                rec = self._groups[group_id].members.setdefault(member_id, _MemberRecord())
                rec.offences[rule_id] = count
        for notice in notices:
            if notice.group_id in self._groups:
                self.track_notice(notice)
        for group_id, notice_id, member_id in acks:
            if group_id in self._groups:
                self._groups[group_id].acks.setdefault(notice_id, set()).add(member_id)

    def track_notice(self, notice: Notice) -> None:
        state = self._state(notice.group_id)
        state.notices[notice.message_id] = notice
        while len(state.notices) > NOTICE_LIMIT:
            old = next(iter(state.notices))
            del state.notices[old]
            state.acks.pop(old, None)

    def acknowledge(self, group_id: str, notice_id: str, member_id: str, via: str = "") -> bool:
        """Record an acknowledgement (reaction, receipt); True if it was for a tracked notice.
        A read receipt (``via="receipt"``) answers no notice that asks for a reply: having
        read it is not having replied."""
        state = self._state(group_id)
        notice = state.notices.get(notice_id)
        if notice is None or (via == "receipt" and notice.asks_reply):
            return False
        state.acks.setdefault(notice_id, set()).add(member_id)
        return True

    def notices(self, group_id: str) -> tuple[Notice, ...]:
        return tuple(self._state(group_id).notices.values())

    def unacknowledged(self, group_id: str, notice_id: str) -> tuple[Member, ...]:
        """Rostered parents who have not acknowledged the notice (P04), in roster order."""
        state = self._state(group_id)
        done = state.acks.get(notice_id, set())
        seen: list[Member] = []
        ids: set[str] = set()
        for student in state.setup.roster.students:
            for g in student.guardians:
                if g.member_id in ids:
                    continue
                ids.add(g.member_id)
                if g.member_id not in done:
                    seen.append(state.setup.roster.lookup(g.member_id))
        return tuple(seen)

    def message(self, group_id: str, message_id: str) -> Message | None:
        return self._state(group_id).by_id.get(message_id)

    def _remember(self, state: _GroupState, msg: Message) -> None:
        history = state.history
        history.append(msg)
        if len(history) > HISTORY_LIMIT:
            del history[0]
        state.by_id[msg.id] = msg
        if len(state.by_id) > REPLY_INDEX_LIMIT:
            oldest = next(iter(state.by_id))
            del state.by_id[oldest]
            state.found.pop(oldest, None)

    @staticmethod
    def _awaiting_reply(state: _GroupState, msg: Message) -> Notice | None:
        """The latest notice that asked for replies and still takes them (until its deadline,
        at least ``ACK_WINDOW``): a bare 收到 quoting nothing, however many messages came
        between, answers it. Only for the acknowledgement's bookkeeping; the rules read
        :meth:`_recent_notice`."""
        for notice in reversed(state.notices.values()):
            if notice.asks_reply:
                return notice if notice.ts <= msg.ts < _ack_window_ends(notice) else None
        return None

    @staticmethod
    def _recent_notice(state: _GroupState, msg: Message) -> Notice | None:
        """A staff notice within the last few messages, for a bare 收到 that quotes nothing."""
        if not state.notices:
            return None
        last_id, notice = next(reversed(state.notices.items()))
        if msg.ts - notice.ts >= _RECENT_NOTICE_WITHIN:
            return None
        for m in state.history[-8:]:
            if m.id == last_id:
                return notice
        return None


def _ack_window_ends(notice: Notice) -> datetime:
    return max(notice.deadline or notice.ts, notice.ts + ACK_WINDOW)


def _is_acknowledgement(verdicts: Sequence[Verdict], ctx: MessageContext) -> bool:
    if verdicts and any(v.category == Category.ACK_REPLY for v in verdicts):
        return True
    return ctx.only_acknowledges


def _listed(roster: Roster, member_id: str) -> Member | None:
    """The roster's listing of a member (the last, if listed twice). A scan: it runs once per
    member and name, and a dict per group would cost more memory than it saves time."""
    found = None
    for m in roster.members:
        if m.id == member_id:
            found = m
    return found


def _rules_key(rules: Mapping[str, Any]) -> Hashable:
    """Groups with equal rule settings share their bound rules (one set, not one per group)."""
    items = tuple(sorted(rules.items(), key=lambda item: item[0]))
    try:
        hash(items)
    except TypeError:  # unhashable settings: shared only by the same objects
        # (the host's cache keeps the settings alive, so an id is not reused while cached)
        return tuple((rule_id, id(settings)) for rule_id, settings in items)
    return items


def _unique(verdicts: Iterable[Verdict]) -> list[Verdict]:
    seen: set[tuple[str, str]] = set()
    out: list[Verdict] = []
    for v in verdicts:
        key = (v.rule_id, v.sub_rule)
        if key in seen:
            continue
        seen.add(key)
        out.append(v)
    return out


def _truncated(msg: Message) -> Message:
    return replace(msg, text=msg.text[:MAX_TEXT])
