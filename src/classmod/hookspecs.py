"""The ``classmod_*`` hooks a rule or school plugin implements.

Every hook is called with keyword arguments; an implementation takes only the arguments it
needs (pluggy passes arguments by name). New arguments are added over time, never renamed.
See ``docs/plugins.md`` for a worked example of each.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pluggy

from classmod.commandtypes import CommandSpec as CommandSpec  # re-exported: the hook API
from classmod.model import Action, Category, Outcome, Role, Severity, Verdict
from classmod.pluginstore import StorageSpec as StorageSpec  # re-exported: the hook API
from classmod.timers import TimerKind as TimerKind  # re-exported: the hook API

if TYPE_CHECKING:
    from classmod.context import DecisionContext, MemberContext, MessageContext
    from classmod.model import Group, Member

PROJECT = "classmod"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)

#: Roles judged by a rule unless its RuleSpec says otherwise: staff are not punished by
#: parent-only rules.
PARENT_ROLES: frozenset[Role] = frozenset({Role.PARENT, Role.SUPERVISOR, Role.UNKNOWN})
ALL_ROLES: frozenset[Role] = frozenset(Role)


@dataclass(frozen=True, slots=True, kw_only=True)
class RuleSpec:
    """A rule's declaration: who it is, what it checks, how it is configured."""

    id: str  # "R06" for the standard rules; a school rule picks its own, e.g. "S3-01"
    name: str  # short snake_case name, e.g. "ad"
    category: Category
    summary: str  # one line in Chinese, shown by /rules
    settings: type[Any] | None = None  # a frozen dataclass; its defaults are the documented ones
    seed_clauses: tuple[str, ...] = ()  # e.g. ("2.二.(二).5", "4.二.(二).5")
    roles: frozenset[Role] = PARENT_ROLES  # whose messages this rule judges
    #: staff judged by this rule are alerted, never muted or removed (R14/R15/R17)
    staff_alert_only: bool = True
    #: on wherever a config does not mention the rule. The standard rules declare it; a
    #: school's rule that declares it is on once the config names its plugin. Off unless
    #: declared: an installed plugin's rule runs only where a school's config turns it on
    default_enabled: bool = False
    #: categories that cover this rule's finding: a verdict of this rule is dropped when
    #: another rule's verdict on the same message has one of them (R09 chat yields to ad,
    #: illegal, rumor, abuse, slander and incitement: LABELS.md, "Categories stack")
    yields_to: frozenset[Category] = frozenset()

    def verdict(
        self,
        *,
        severity: Severity,
        reason: str,
        evidence: str = "",
        sub_rule: str = "",
        needs_staff: bool = False,
        delete: bool = False,
        data: tuple[tuple[str, str], ...] = (),
    ) -> Verdict:
        """A verdict of this rule: its id and category stamped on (the engine drops, and
        logs, a verdict whose id or category is not its rule's)."""
        return Verdict(
            rule_id=self.id,
            category=self.category,
            severity=severity,
            reason=reason,
            evidence=evidence,
            sub_rule=sub_rule,
            needs_staff=needs_staff,
            delete=delete,
            data=data,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    """The policy's answer: the actions to take and how the member's record changes."""

    actions: tuple[Action, ...] = ()
    strikes_added: int = 0
    notes: tuple[str, ...] = ()


class ClassmodSpec:
    """Hook specifications of classmod."""

    @hookspec
    def classmod_declare_rule(self) -> RuleSpec | None:
        """Declare the rule this plugin module implements.

        Called once per plugin at start-up. A plugin that is not a rule (a policy, a command
        set) does not implement it. Each rule plugin declares exactly one rule.
        """

    @hookspec
    def classmod_check_message(self, ctx: MessageContext) -> Sequence[Verdict] | None:
        """Check one group message; return verdicts (empty or None when clean).

        ``ctx.settings_for(Settings)`` is this rule's ``Settings`` for the message's group
        (its defaults where the config sets none). Build verdicts with ``SPEC.verdict(...)``,
        where ``SPEC`` is the RuleSpec the rule declares: a verdict stamped with another
        rule's id or category is dropped and logged as ``rule_verdict_mislabelled``. A rule
        must not act, read the clock (use ``ctx.now``) or do I/O. An exception is logged as
        ``rule_failed`` and the other rules still run.
        """

    @hookspec
    def classmod_check_member(self, ctx: MemberContext) -> Sequence[Verdict] | None:
        """Check a join, join request, invite or display-name change (R01-R03)."""

    @hookspec(firstresult=True)
    def classmod_decide_actions(self, ctx: DecisionContext) -> Plan | None:
        """Turn verdicts into a plan. The first non-None result wins; the default policy
        (escalation ladder, P01) is registered last, so a school plugin may override it for
        the cases it cares about and return None for the rest."""

    @hookspec
    def classmod_extra_actions(self, ctx: DecisionContext, plan: Plan) -> Sequence[Action] | None:
        """Add actions to the winning plan, e.g. a sanction-ledger record (P02, ``record_action``).

        Every implementation's actions are appended in registration order."""

    @hookspec
    def classmod_action_applied(
        self, action: Action, outcome: Outcome, group: Group, member: Member | None
    ) -> None:
        """An action was applied (or refused by the platform: ``outcome.ok`` is False).

        For observers only (metrics, notifications); return value ignored."""

    @hookspec
    def classmod_register_commands(self) -> Sequence[CommandSpec] | None:
        """Commands this plugin adds (``/warn``, ``/mute``, a school's own)."""

    @hookspec
    def classmod_register_timers(self) -> Mapping[str, TimerKind] | None:
        """What the plugin's timers do when due, by kind. A kind is named
        ``<storage name>.<anything>`` after the plugin's ``classmod_register_storage``; the
        plugin arms such timers with ``PluginStorage.add_timer`` (kept across restarts,
        retried while their action fails, like the app's own)."""

    @hookspec
    def classmod_register_storage(self) -> StorageSpec | None:
        """The plugin's storage (``classmod.pluginstore``): a key-value space, its own
        tables with their migrations (run when the app starts), and what it does with the
        RECORD actions it decides (``record_action``), e.g. school 3's sanction ledger."""
