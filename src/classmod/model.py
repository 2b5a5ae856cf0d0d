"""Platform-neutral values: groups, members, messages, verdicts, actions, outcomes.

Everything here is an immutable value with no I/O. Bridges translate platform payloads into
these types and actions back into platform calls; rules read them and return verdicts.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta
from enum import IntEnum, StrEnum
from typing import Any, ClassVar
from zoneinfo import ZoneInfo


class Platform(str):
    """A platform's registered name (``classmod.platforms``): an open set, since a bridge
    registers its own; the three served out of the box are constants. Compares and prints
    as its name."""

    __slots__ = ()

    MATRIX: ClassVar[Platform]
    QQ: ClassVar[Platform]
    WECHAT: ClassVar[Platform]

    def __repr__(self) -> str:
        return f"Platform({str.__repr__(self)})"


Platform.MATRIX = Platform("matrix")
Platform.QQ = Platform("qq")
Platform.WECHAT = Platform("wechat")


class Role(StrEnum):
    """A member's role in a class group; always from the roster, never from a display name."""

    HEAD_TEACHER = "head_teacher"
    TEACHER = "teacher"
    PARENT = "parent"
    SUPERVISOR = "supervisor"
    SCHOOL_OFFICE = "school_office"
    UNKNOWN = "unknown"

    @property
    def is_staff(self) -> bool:
        return self in _STAFF_ROLES


#: Read through the class attributes once: a tuple of ``Role.X`` built per call costs three
#: enum lookups, and every rule asks this of the sender and of history messages.
_STAFF_ROLES: frozenset[Role] = frozenset({Role.HEAD_TEACHER, Role.TEACHER, Role.SCHOOL_OFFICE})


class MessageKind(StrEnum):
    TEXT = "text"
    IMAGE = "image"
    FILE = "file"
    LINK_CARD = "link_card"
    VOICE = "voice"
    STICKER = "sticker"


class Category(StrEnum):
    """The fixed public category vocabulary of RULES.md."""

    MEMBERSHIP = "membership"
    NICKNAME = "nickname"
    INVITE = "invite"
    ILLEGAL = "illegal"
    ABUSE = "abuse"
    AD = "ad"
    LINK = "link"
    RUMOR = "rumor"
    CHAT = "chat"
    FLOOD = "flood"
    ACK_REPLY = "ack_reply"
    SLANDER = "slander"
    INCITEMENT = "incitement"
    RANKING = "ranking"
    STUDENT_PRIVACY = "student_privacy"
    PRIVATE_MATTER = "private_matter"
    QUIET_HOURS = "quiet_hours"
    DISPUTE = "dispute"


class Severity(IntEnum):
    """How hard the policy reacts.

    NOTE: reminder or bookkeeping only, never a strike (R09 chat, R11 ack, R17 reminder).
    MINOR: one ladder step (R05, R06, R07, R10 ...).
    MAJOR: two ladder steps at once.
    CRITICAL: straight to delete + remove + alert (R04 illegal content).
    """

    NOTE = 0
    MINOR = 1
    MAJOR = 2
    CRITICAL = 3


class ActionKind(StrEnum):
    DELETE = "delete"
    WARN = "warn"  # a reply in the group naming the rule (a ladder step)
    REMIND = "remind"  # a gentle reminder in the group, never a strike (R09, R16, R17)
    MUTE = "mute"
    UNMUTE = "unmute"
    KICK = "kick"
    BAN = "ban"
    UNBAN = "unban"
    NOTIFY = "notify"  # a private message to the member
    ALERT_STAFF = "alert_staff"  # the management room / head teacher
    ESCALATE_OFFICE = "escalate_office"  # school office (P03)
    SET_NICKNAME = "set_nickname"
    APPROVE_JOIN = "approve_join"
    REJECT_JOIN = "reject_join"
    LOCK = "lock"
    UNLOCK = "unlock"
    RECORD = "record"  # a plugin's own record, kept in its storage (classmod.pluginstore)
    TIDY = "tidy"  # remove an acknowledgement reply without punishment (R11)


@dataclass(frozen=True, slots=True, kw_only=True)
class QuietHours:
    start: time
    end: time

    def contains(self, local: time) -> bool:
        if self.start <= self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end


@dataclass(frozen=True, slots=True, kw_only=True)
class Student:
    name: str
    guardians: tuple[Guardian, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Guardian:
    member_id: str
    relation: str
    phone: str = ""  # the roster's contact, for staff to call (a notice nobody acknowledged)


@dataclass(frozen=True, slots=True, kw_only=True)
class Member:
    """A group member as the roster and the platform know them."""

    id: str
    display_name: str = ""
    role: Role = Role.UNKNOWN
    name: str = ""  # real name from the roster (teachers)
    subject: str = ""  # teachers
    students: tuple[str, ...] = ()  # parents: the pupils they are guardian of
    relation: str = ""  # parents: 妈妈, 爸爸, ...
    phone: str = ""  # parents: the roster's contact, shown to staff only
    joined_via: str = ""  # qr_code, invite, link, ...
    invited_by: str = ""
    approved: bool | None = None

    @property
    def is_staff(self) -> bool:
        return self.role in _STAFF_ROLES


@dataclass(frozen=True, slots=True, kw_only=True)
class Roster:
    """Who belongs in one class group (SIMULATE.md roster format)."""

    group_id: str
    school: str = ""
    class_name: str = ""
    teachers: tuple[Member, ...] = ()
    students: tuple[Student, ...] = ()
    supervisor: str = ""
    members: tuple[Member, ...] = ()  # members present when the roster was written
    _student_names: tuple[str, ...] = field(init=False, repr=False, compare=False)
    # member id -> the teacher, or the pupil(s) whose guardian they are; built on first lookup
    _by_id: dict[str, Member | Student | tuple[Student, ...]] | None = field(
        init=False, default=None, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "_student_names", tuple(s.name for s in self.students))

    def student_names(self) -> tuple[str, ...]:
        return self._student_names

    def _index(self) -> dict[str, Member | Student | tuple[Student, ...]]:
        # Values are the roster's own objects (a tuple only for a guardian of several
        # pupils), so the index costs one dict per roster.
        pupils_of: dict[str, list[Student]] = {}
        for s in self.students:
            for member_id in dict.fromkeys(g.member_id for g in s.guardians):
                pupils_of.setdefault(member_id, []).append(s)
        index: dict[str, Member | Student | tuple[Student, ...]] = {}
        for member_id, students in pupils_of.items():
            index[member_id] = students[0] if len(students) == 1 else tuple(students)
        for t in reversed(self.teachers):
            index[t.id] = t  # a teacher is looked up as one; the first listed wins
        object.__setattr__(self, "_by_id", index)
        return index

    def is_staff(self, member_id: str) -> bool:
        """``self.lookup(member_id).is_staff`` without building the member: history scans
        ask it of every earlier sender."""
        index = self._by_id
        if index is None:
            index = self._index()
        entry = index.get(member_id)
        return isinstance(entry, Member) and entry.role in _STAFF_ROLES

    def lookup(self, member_id: str, display_name: str = "") -> Member:
        """The member with the role the roster gives them (UNKNOWN if not rostered)."""
        index = self._by_id
        if index is None:
            index = self._index()
        entry = index.get(member_id)
        if isinstance(entry, Member):
            return _with_name(entry, display_name)
        if entry is not None:
            pupils: list[str] = []
            relation = phone = ""
            for s in (entry,) if isinstance(entry, Student) else entry:
                for g in s.guardians:
                    if g.member_id == member_id:
                        pupils.append(s.name)
                        relation = relation or g.relation
                        phone = phone or g.phone
            role = Role.SUPERVISOR if member_id == self.supervisor else Role.PARENT
            return Member(
                id=member_id,
                display_name=display_name,
                role=role,
                students=tuple(pupils),
                relation=relation,
                phone=phone,
            )
        if member_id and member_id == self.supervisor:
            return Member(id=member_id, display_name=display_name, role=Role.SUPERVISOR)
        return Member(id=member_id, display_name=display_name, role=Role.UNKNOWN)


def _with_name(member: Member, display_name: str) -> Member:
    if not display_name or display_name == member.display_name:
        return member
    return replace(member, display_name=display_name)


@dataclass(frozen=True, slots=True, kw_only=True)
class Group:
    """One class group on one platform, with the settings its rules read."""

    id: str
    platform: Platform
    platform_id: str = ""  # room id / QQ group number / WeChat chatroom id
    school: str = ""
    class_name: str = ""
    grade: int | None = None
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Shanghai"))
    quiet_hours: QuietHours | None = field(
        default_factory=lambda: QuietHours(start=time(20, 0), end=time(7, 0))
    )
    allowed_link_domains: tuple[str, ...] = ()
    #: lock the whole group (QQ 全员禁言, Matrix ``events_default``) for the quiet hours
    night_lock: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Message:
    id: str
    group_id: str
    sender_id: str
    display_name: str  # the sender's display name at that moment
    text: str
    ts: datetime  # timezone-aware
    kind: MessageKind = MessageKind.TEXT
    reply_to: str | None = None
    mentions: tuple[str, ...] = ()


class MemberEventKind(StrEnum):
    JOIN = "join"
    NAME_CHANGE = "name_change"
    JOIN_REQUEST = "join_request"  # waiting at the door (QQ request.group)
    INVITE = "invite"
    LEAVE = "leave"


@dataclass(frozen=True, slots=True, kw_only=True)
class MemberEvent:
    """A join, join request, invite, leave or display-name change."""

    id: str
    group_id: str
    member_id: str
    kind: MemberEventKind
    ts: datetime
    display_name: str = ""
    previous_name: str = ""
    invited_by: str = ""  # the member who pulled them in, if any
    via: str = ""  # qr_code, invite, link, request ...
    comment: str = ""  # a join request's answer (QQ request.group comment)
    request_flag: str = ""  # platform handle to approve/reject the request


@dataclass(frozen=True, slots=True, kw_only=True)
class Verdict:
    """A rule's finding about one message or member event."""

    rule_id: str  # R01..R18 or a school rule id
    category: Category
    severity: Severity
    reason: str  # shown to people: which rule of the school's regulation, and what to do instead
    evidence: str = ""  # the matched words/span, for the audit log and staff
    sub_rule: str = ""  # e.g. "group_buy" -> "ad:group_buy"
    needs_staff: bool = False  # a human should look (slander, rumor, dispute, ranking...)
    delete: bool = False  # the message itself should go
    data: tuple[tuple[str, str], ...] = ()  # rule-specific extras (e.g. notice id for R11)

    @property
    def label(self) -> str:
        return f"{self.category}:{self.sub_rule}" if self.sub_rule else str(self.category)


@dataclass(frozen=True, slots=True, kw_only=True)
class Action:
    kind: ActionKind
    group_id: str
    member_id: str = ""
    message_id: str = ""
    duration: timedelta | None = None
    text: str = ""  # what people see (warn, notify, alert)
    rule_id: str = ""
    reason: str = ""  # why, for the audit log
    downgraded_from: ActionKind | None = None
    data: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": str(self.kind)}
        if self.member_id:
            out["member"] = self.member_id
        if self.duration is not None:
            out["duration_s"] = int(self.duration.total_seconds())
        if self.text:
            out["text"] = self.text
        if self.rule_id:
            out["rule"] = self.rule_id
        if self.downgraded_from is not None:
            out["downgraded_from"] = str(self.downgraded_from)
        return out


class RefusalReason(StrEnum):
    """Why a platform did not carry out an action, so the reply can say it in words."""

    TARGET_IS_OWNER = "target_is_owner"  # QQ 群主, a Matrix room creator
    TARGET_IS_ADMIN = "target_is_admin"  # an admin (power level) the bot may not touch
    BOT_LACKS_POWER = "bot_lacks_power"  # the bot is not admin / its power level is too low
    TARGET_IS_BOT = "target_is_bot"
    NOT_IN_GROUP = "not_in_group"
    NOT_BANNED = "not_banned"  # an unban of someone not banned
    UNSUPPORTED = "unsupported"  # the platform cannot do this at all
    UNCONFIRMED = "unconfirmed"  # the platform said ok but its effect was never seen
    UNAVAILABLE = "unavailable"  # the platform could not be reached
    REFUSED = "refused"  # any other refusal (the detail says more, for the audit log)


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    """What applying one action did. A platform refusal is ok=False with a detail, not a raise.

    ``detail`` is for the audit log (the platform's own words); ``refused`` says why in a
    form the app can put into Chinese for people.
    """

    action: Action
    ok: bool
    detail: str = ""
    refused: RefusalReason | None = None
    #: the platform's id of the message the action sent (a post), where it tells: staff
    #: answer an alert by replying to its post
    message_id: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Decision:
    """The engine's answer to one event: what was found and what to do, in order."""

    event_id: str
    group_id: str
    member_id: str
    verdicts: tuple[Verdict, ...] = ()
    actions: tuple[Action, ...] = ()
    notes: tuple[str, ...] = ()  # policy explanations (downgrades, exemptions) for the audit log
    strikes_added: int = 0
    acknowledged: str = ""  # the tracked notice this message acknowledged (P04), if any

    @property
    def clean(self) -> bool:
        return not self.verdicts
