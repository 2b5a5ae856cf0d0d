"""The plugin host: builds the plugin manager and is the one facade through which hooks run.

Rules are called one implementation at a time (pluggy aborts a whole hook call when one
implementation raises), so a broken rule is logged as ``rule_failed`` and the others run.
Per-group enablement uses ``pm.subset_hook_caller``, cached per set of enabled rules.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any, cast

import pluggy
import structlog

from classmod.context import DecisionContext, MemberContext, MessageContext
from classmod.hookspecs import PROJECT, ClassmodSpec, CommandSpec, Plan, RuleSpec
from classmod.model import Action, Group, Member, Outcome, Verdict
from classmod.terms import vetoed

log = structlog.get_logger("classmod.plugins")


class PluginError(Exception):
    """A plugin is malformed (misspelt hook, duplicate rule id, bad declaration)."""


@dataclass(frozen=True, slots=True)
class LoadedRule:
    spec: RuleSpec
    plugin: object
    plugin_name: str


@dataclass(frozen=True, slots=True)
class BoundRule:
    """A rule's hook implementation bound to the settings of one group."""

    rule_id: str
    spec: RuleSpec
    function: Callable[..., Any]
    argnames: tuple[str, ...]
    settings: Any
    #: the group's learned allow terms for this rule (normalised): a message holding one is
    #: not judged by it (classmod.terms)
    vetoes: tuple[str, ...] = ()


def make_plugin_manager(
    plugins: Iterable[object | str] = (),
    *,
    standard_rules: bool = True,
    entry_points: bool = True,
) -> pluggy.PluginManager:
    """A fresh manager with the standard rules, entry-point plugins and ``plugins``.

    ``plugins`` may be modules, objects or dotted module names. The default policy is
    added later by :class:`Host` (it needs the rule declarations). Raises
    :class:`PluginError` for a misspelt hook.
    """
    pm = pluggy.PluginManager(PROJECT)
    pm.add_hookspecs(ClassmodSpec)
    if standard_rules:
        from plugins.standard import standard_rule_modules

        for module in standard_rule_modules():
            pm.register(module, name=module.__name__)
    if entry_points:
        pm.load_setuptools_entrypoints(PROJECT)
    for plugin in plugins:
        obj: object = importlib.import_module(plugin) if isinstance(plugin, str) else plugin
        name = obj.__name__ if isinstance(obj, ModuleType) else None
        if pm.is_registered(obj):
            continue
        pm.register(obj, name=name)
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginError(f"plugin {exc.plugin!r}: {exc}") from exc
    return pm


class Host:
    """The facade over the plugin manager: every hook call in classmod goes through here."""

    def __init__(self, pm: pluggy.PluginManager) -> None:
        self.pm = pm
        self.rules: dict[str, LoadedRule] = {}
        for name, plugin in pm.list_name_plugin():
            declare = getattr(plugin, "classmod_declare_rule", None)
            if declare is None:
                continue
            spec = declare()
            if spec is None:
                continue
            if not isinstance(spec, RuleSpec):
                raise PluginError(f"plugin {name}: classmod_declare_rule must return RuleSpec")
            if spec.id in self.rules:
                other = self.rules[spec.id].plugin_name
                raise PluginError(f"rule {spec.id} declared by both {other} and {name}")
            self.rules[spec.id] = LoadedRule(spec=spec, plugin=plugin, plugin_name=name)
        from classmod.commands import StandardCommands
        from classmod.policy import DefaultPolicy

        staff_alert_only = frozenset(
            rid for rid, r in self.rules.items() if r.spec.staff_alert_only
        )
        if not any(isinstance(p, DefaultPolicy) for p in pm.get_plugins()):
            pm.register(DefaultPolicy(staff_alert_only), name="classmod.default_policy")
        if not any(isinstance(p, StandardCommands) for p in pm.get_plugins()):
            pm.register(StandardCommands(), name="classmod.commands")
        self._plugin_rule = {id(r.plugin): rid for rid, r in self.rules.items()}
        self._bound: dict[tuple[str, Hashable], tuple[BoundRule, ...]] = {}

    # -- rules --------------------------------------------------------------------------

    def rule_ids(self) -> tuple[str, ...]:
        return tuple(sorted(self.rules))

    def bind(
        self,
        hook: str,
        enabled: Mapping[str, Any],
        cache_key: Hashable,
        vetoes: Mapping[str, tuple[str, ...]] | None = None,
    ) -> tuple[BoundRule, ...]:
        """The implementations of ``hook`` for the enabled rules (id -> settings), cached
        under ``cache_key``: callers with the same key get the same bound rules. ``vetoes``:
        rule id -> learned allow terms (the key must tell them apart too)."""
        key = (hook, cache_key)
        bound = self._bound.get(key)
        if bound is not None:
            return bound
        disabled = [r.plugin for rid, r in self.rules.items() if rid not in enabled]
        caller = self.pm.subset_hook_caller(hook, remove_plugins=disabled)
        out: list[BoundRule] = []
        for impl in caller.get_hookimpls():
            rule_id = self._plugin_rule.get(id(impl.plugin))
            if rule_id is None:
                continue  # not a rule plugin (e.g. a school plugin observing messages)
            out.append(
                BoundRule(
                    rule_id=rule_id,
                    spec=self.rules[rule_id].spec,
                    function=impl.function,
                    argnames=tuple(impl.argnames),
                    settings=enabled[rule_id],
                    vetoes=(vetoes or {}).get(rule_id, ()),
                )
            )
        out.sort(key=lambda b: b.rule_id)
        self._bound[key] = bound = tuple(out)
        return bound

    @staticmethod
    def _call(rule: BoundRule, kwargs: Mapping[str, Any]) -> Sequence[Verdict]:
        try:
            result = rule.function(*[kwargs[a] for a in rule.argnames])
        except Exception as exc:  # a broken rule must never stop moderation
            log.error("rule_failed", rule=rule.rule_id, error=repr(exc), exc_info=True)
            return ()
        if not result:
            return ()
        verdicts = tuple(result)
        for v in verdicts:
            if not isinstance(v, Verdict):
                log.error("rule_failed", rule=rule.rule_id, error=f"returned {type(v).__name__}")
                return ()
        return verdicts

    def check_message(self, rules: Sequence[BoundRule], ctx: MessageContext) -> list[Verdict]:
        """Run each rule that judges the sender's role; the hot path, kept lean."""
        verdicts: list[Verdict] = []
        role = ctx.member.role
        refused: set[str] = set()
        for rule in rules:
            if rule.vetoes and (term := vetoed(ctx.norm, rule.vetoes)):
                log.info("rule_vetoed", rule=rule.rule_id, term=term, group=ctx.group.id)
                refused.add(rule.rule_id)  # staff confirmed such messages break no such rule
        if refused:
            ctx.vetoed = frozenset(refused)
        for rule in rules:
            if role not in rule.spec.roles or (refused and rule.rule_id in refused):
                continue
            ctx.settings = rule.settings  # rules run one after another on the same context
            try:
                result = rule.function(ctx)
            except Exception as exc:  # a broken rule must never stop moderation
                log.error("rule_failed", rule=rule.rule_id, error=repr(exc), exc_info=True)
                continue
            if result:
                verdicts.extend(self._checked(rule, result))
        return verdicts

    @staticmethod
    def _checked(rule: BoundRule, result: Iterable[Verdict]) -> Sequence[Verdict]:
        verdicts = tuple(result)
        for v in verdicts:
            if not isinstance(v, Verdict):
                log.error("rule_failed", rule=rule.rule_id, error=f"returned {type(v).__name__}")
                return ()
        return verdicts

    def check_member(self, rules: Sequence[BoundRule], ctx: MemberContext) -> list[Verdict]:
        verdicts: list[Verdict] = []
        for rule in rules:
            verdicts.extend(self._call(rule, {"ctx": ctx.for_rule(rule.settings)}))
        return verdicts

    # -- policy -------------------------------------------------------------------------

    def decide_actions(self, ctx: DecisionContext) -> Plan:
        plan = self.pm.hook.classmod_decide_actions(ctx=ctx)
        if not isinstance(plan, Plan):
            raise PluginError("no classmod_decide_actions implementation returned a Plan")
        extra: list[Action] = []
        for impl in self.pm.hook.classmod_extra_actions.get_hookimpls():
            try:
                kwargs = {"ctx": ctx, "plan": plan}
                result = cast(
                    "Sequence[Action] | None", impl.function(*[kwargs[a] for a in impl.argnames])
                )
            except Exception as exc:
                log.error("plugin_failed", plugin=impl.plugin_name, error=repr(exc))
                continue
            extra.extend(result or ())
        if extra:
            plan = Plan(
                actions=plan.actions + tuple(extra),
                strikes_added=plan.strikes_added,
                notes=plan.notes,
            )
        return plan

    def action_applied(
        self, action: Action, outcome: Outcome, group: Group, member: Member | None
    ) -> None:
        for impl in self.pm.hook.classmod_action_applied.get_hookimpls():
            kwargs = {"action": action, "outcome": outcome, "group": group, "member": member}
            try:
                impl.function(*[kwargs[a] for a in impl.argnames])
            except Exception as exc:
                log.error("plugin_failed", plugin=impl.plugin_name, error=repr(exc))

    # -- commands -----------------------------------------------------------------------

    def commands(self) -> dict[str, CommandSpec]:
        """Command name and alias -> spec; later plugins may not shadow earlier names."""
        table: dict[str, CommandSpec] = {}
        for specs in reversed(self.pm.hook.classmod_register_commands()):
            for spec in specs or ():
                for name in (spec.name, *spec.aliases):
                    table.setdefault(name, spec)
        return table


__all__ = ["BoundRule", "Host", "LoadedRule", "PluginError", "make_plugin_manager"]
