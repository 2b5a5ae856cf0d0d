"""classmod: the moderation brain for home-school class groups (家校群)."""

from classmod.hookspecs import CommandSpec, Plan, RuleSpec, hookimpl
from classmod.model import (
    Action,
    ActionKind,
    Category,
    Decision,
    Group,
    Member,
    MemberEvent,
    Message,
    Outcome,
    Platform,
    RefusalReason,
    Role,
    Roster,
    Severity,
    Verdict,
)

__all__ = [
    "Action",
    "ActionKind",
    "Category",
    "CommandSpec",
    "Decision",
    "Group",
    "Member",
    "MemberEvent",
    "Message",
    "Outcome",
    "Plan",
    "Platform",
    "RefusalReason",
    "Role",
    "Roster",
    "RuleSpec",
    "Severity",
    "Verdict",
    "hookimpl",
]
