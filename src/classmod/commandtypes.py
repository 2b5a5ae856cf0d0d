"""The values of the command API: a command's declaration (``CommandSpec``, returned by
``classmod_register_commands``), what its handler sees (``CommandContext``) and what it
answers (``CommandResult``). Values only: ``hookspecs`` and ``commands`` both build on this
module and neither imports the other."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from classmod.model import Action, Group, Member, Message, Role

if TYPE_CHECKING:
    from classmod.appeals import Punishment
    from classmod.learning import TermsView


@dataclass(frozen=True, slots=True, kw_only=True)
class CommandSpec:
    """A staff or member command such as ``/mute`` with its Chinese aliases."""

    name: str  # without the slash: "mute"
    summary: str  # Chinese, for /help
    handler: Callable[[CommandContext], CommandResult]
    aliases: tuple[str, ...] = ()  # "禁言"
    usage: str = ""  # "/mute @成员 10m|2h|1d"
    roles: frozenset[Role] = frozenset({Role.HEAD_TEACHER, Role.TEACHER, Role.SCHOOL_OFFICE})
    needs_target: bool = False
    #: shows other families' records (the audit log, evidence): answered only in the
    #: management room, refused in a class group
    private: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class CommandContext:
    """What a command handler sees. ``records`` holds what the app prefetched from the store."""

    name: str
    args: tuple[str, ...]
    invoker: Member
    group: Group | None
    target: Member | None
    target_message: Message | None
    message: Message  # the command message itself
    now: datetime
    strikes: int = 0  # the target's active strikes
    rules: Sequence[tuple[str, str]] = ()  # (rule id, summary) enabled in the group
    unacknowledged: Sequence[Member] = ()  # for /acks: the latest notice's missing parents
    audit_rows: Sequence[Mapping[str, Any]] = ()
    last_action: Mapping[str, Any] | None = None  # the bot's last action on the target
    #: the school's timezone, for a command that names no group (the management room's
    #: ``/audit``); a group's own timezone comes first
    timezone: ZoneInfo | None = None
    #: the alert the command answers (a reply to it in the management room), 0 for none
    alert_id: int = 0
    #: the event the alert is about and what the bot did about it (applied actions)
    alert_event: str = ""
    event_actions: Sequence[Action] = ()
    #: the answered alert's rule id (``appeal`` for an appeal staff answer 同意 or 驳回)
    alert_rule: str = ""
    #: for /申诉: the invoker's last punishment in the group, as the store has it
    punishment: Punishment | None = None
    #: for /help: every registered command (the standard ones and the plugins')
    commands: Sequence[CommandSpec] = ()
    #: for /audit: the names to show for the members in its rows (never raw ids)
    member_names: Mapping[str, str] = field(default_factory=dict)
    #: for the learned-term commands (确认, 不采纳, /词表, /删词): what they read
    terms: TermsView | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CommandResult:
    """A command's answer. ``reply`` is said only if every action was applied: a refused one
    is reported as refused instead (see :func:`outcome_reply`)."""

    reply: str
    actions: tuple[Action, ...] = ()
    strikes_added: int = 0
    reset_strikes: bool = False
    track_notice: bool = False  # the command message is a tracked notice (P04)
    data: Mapping[str, Any] = field(default_factory=dict)
    #: the strikes this event added are taken back (误判)
    undo_strikes_of: str = ""
    #: the bot was wrong about this event (误判): audited as a correction
    correction: bool = False
    #: the category staff labelled the target message with (这是广告): kept as an example
    label: str = ""
    #: said after the reply, or after what was not done: true whatever the outcomes (a
    #: granted appeal's member is still on a ban list)
    note: str = ""


__all__ = ["CommandContext", "CommandResult", "CommandSpec"]
