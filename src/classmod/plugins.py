"""The plugin host: builds the plugin manager and is the one facade through which hooks run.

Rules are called one implementation at a time (pluggy aborts a whole hook call when one
implementation raises), so a broken rule is logged as ``rule_failed`` and the others run.
Per-group enablement uses ``pm.subset_hook_caller``, cached per set of enabled rules.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import sys
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

import pluggy
import structlog

from classmod.context import DecisionContext, MemberContext, MessageContext
from classmod.hookspecs import (
    PROJECT,
    ClassmodSpec,
    CommandSpec,
    Plan,
    RuleSpec,
    StorageSpec,
    TimerKind,
)
from classmod.model import Action, Group, Member, Outcome, Verdict
from classmod.terms import vetoed

if TYPE_CHECKING:
    from classmod.config import SchoolConfig

log = structlog.get_logger("classmod.plugins")

#: the entry-point group under which classmod's own distribution names the function that
#: returns the standard rules R01-R18 (pyproject ``[project.entry-points."classmod.standard"]``).
#: The core never names the package that holds them: core <- rules, not the other way round
STANDARD_RULES = "classmod.standard"
#: the distribution whose ``classmod.standard`` entry points are read: another package
#: cannot add rules that are on by default by being installed
DISTRIBUTION = "classmod"
#: the name an installed plugin is registered under when a config names one of its rules
#: (not the plugin): its rules are on only where the config turns them on
ENTRY_POINT_PREFIX = "entry-point:"


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


#: where a school's plugin files are looked up by bare name, besides the config's directory
PLUGIN_FOLDER = "plugins"


def _looks_like_path(entry: str) -> bool:
    return entry.endswith(".py") or "/" in entry or "\\" in entry or entry.startswith(".")


def plugin_file(entry: str, base: Path | None) -> Path | None:
    """The file a config's ``plugins`` entry names, or None for a module or entry point.

    A path (``./school3_ledger.py``, ``plugins/ledger.py``, a package directory) is taken
    relative to ``base``, the config file's directory. A bare name (``school3_ledger``) is a
    file or package beside the config or in its ``plugins/`` folder when one is there;
    otherwise it is an entry point or an importable module."""
    if _looks_like_path(entry):
        path = Path(entry).expanduser()
        return path if path.is_absolute() or base is None else base / path
    if base is None or not entry.isidentifier():
        return None
    for folder in (base, base / PLUGIN_FOLDER):
        for candidate in (folder / f"{entry}.py", folder / entry / "__init__.py"):
            if candidate.is_file():
                return candidate if candidate.name != "__init__.py" else candidate.parent
    return None


def _load_file(path: Path) -> ModuleType:
    """The module in ``path`` (a ``.py`` file or a package directory), imported under its
    own name; imported once, so a config loaded again gets the same module."""
    path = path.resolve()
    if path.is_dir():
        init = path / "__init__.py"
        if not init.is_file():
            raise PluginError(f"{path} is a directory without __init__.py: name the plugin file")
        name, location, search = path.name, init, [str(path)]
    elif path.is_file():
        if path.suffix != ".py":
            raise PluginError(f"{path} is not a Python file (.py)")
        name, location, search = path.stem, path, None
    else:
        raise PluginError(f"{path}: file not found")
    if not name.isidentifier():
        raise PluginError(f"{path}: {name!r} is not a valid module name; rename the file")
    loaded = sys.modules.get(name)
    if loaded is not None:
        file = getattr(loaded, "__file__", None)
        if file is not None and Path(file).resolve() == location:
            return loaded
        raise PluginError(
            f"{path}: a module named {name!r} is already imported"
            f"{f' from {file}' if file else ''}; rename the plugin file"
        )
    spec = importlib.util.spec_from_file_location(name, location, submodule_search_locations=search)
    if spec is None or spec.loader is None:
        raise PluginError(f"{path}: cannot be imported")
    module = importlib.util.module_from_spec(spec)
    # in sys.modules while it runs: dataclasses and pydantic resolve its annotations there
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


def _entry_points() -> dict[str, importlib.metadata.EntryPoint]:
    return {ep.name: ep for ep in importlib.metadata.entry_points(group=PROJECT)}


def load_plugin(entry: str, base: Path | None = None) -> object:
    """The plugin a config's ``plugins`` entry names: a file (see :func:`plugin_file`), an
    installed entry point of the ``classmod`` group by its name, or a dotted module name.

    Raises :class:`PluginError` naming the entry and the error it raised on import."""
    try:
        path = plugin_file(entry, base)
        if path is not None:
            return _load_file(path)
        ep = _entry_points().get(entry)
        if ep is not None:
            return cast(object, ep.load())
        return importlib.import_module(entry)
    except PluginError:
        raise
    except Exception as exc:  # whatever the plugin's own code raised while it was imported
        raise PluginError(f"cannot import {entry}: {_import_error(exc)}") from exc


def _import_error(exc: BaseException) -> str:
    """``exc`` in one line, with the plugin's file and line for a syntax error."""
    if isinstance(exc, SyntaxError):
        return f"SyntaxError: {exc.msg} ({exc.filename}, line {exc.lineno})"
    tb = exc.__traceback__
    where = ""
    while tb is not None:
        frame = tb.tb_frame
        if "importlib" not in frame.f_code.co_filename:
            where = f" ({frame.f_code.co_filename}, line {tb.tb_lineno})"
        tb = tb.tb_next
    return f"{type(exc).__name__}: {exc}{where}"


def standard_rule_modules() -> tuple[ModuleType, ...]:
    """The modules of the standard rules, found through classmod's own entry point.

    Raises :class:`PluginError` when classmod is not installed (``pip install -e .`` or
    ``scripts/setup``): a manager without the standard rules would judge nothing."""
    # the first classmod on the path that names them: metadata an older layout left in a
    # source folder (a stale classmod.egg-info) may come first and must not hide them
    found: list[importlib.metadata.EntryPoint] = []
    for dist in importlib.metadata.distributions(name=DISTRIBUTION):
        found = sorted(dist.entry_points.select(group=STANDARD_RULES), key=lambda ep: ep.name)
        if found:
            break
    if not found:
        raise PluginError(
            f"classmod's standard rules are not installed (no {STANDARD_RULES} entry point of"
            " an installed classmod): run scripts/setup, or pip install -e ."
        )
    modules: list[ModuleType] = []
    for ep in found:
        try:
            provider = ep.load()
            modules.extend(provider())
        except Exception as exc:
            raise PluginError(f"standard rules {ep.value}: {_import_error(exc)}") from exc
    return tuple(modules)


def _declared_rule(plugin: object) -> str | None:
    declare = getattr(plugin, "classmod_declare_rule", None)
    if declare is None:
        return None
    spec = declare()
    return spec.id if isinstance(spec, RuleSpec) else None


def make_plugin_manager(
    plugins: Iterable[object | str] = (),
    *,
    standard_rules: bool = True,
    entry_points: bool = True,
    base: Path | None = None,
    rules: Collection[str] = (),
) -> pluggy.PluginManager:
    """A fresh manager with the standard rules and ``plugins``.

    ``plugins`` may be modules, objects or entries of a config's ``plugins`` (files relative
    to ``base``, entry-point names, dotted module names: :func:`load_plugin`). An installed
    entry-point plugin is only *available*: it is registered when ``plugins`` names it or
    when it declares one of ``rules`` (the rule ids a school's config names). The default
    policy is added later by :class:`Host` (it needs the rule declarations). Raises
    :class:`PluginError` for a plugin that cannot be imported or a misspelt hook.
    """
    pm = pluggy.PluginManager(PROJECT)
    pm.add_hookspecs(ClassmodSpec)
    if standard_rules:
        for module in standard_rule_modules():
            pm.register(module, name=module.__name__)
    for plugin in plugins:
        obj = load_plugin(plugin, base) if isinstance(plugin, str) else plugin
        if pm.is_registered(obj):
            continue
        pm.register(obj, name=obj.__name__ if isinstance(obj, ModuleType) else None)
    if entry_points and rules:
        wanted = set(rules)
        for name, ep in sorted(_entry_points().items()):
            try:
                obj = ep.load()
            except Exception as exc:
                raise PluginError(
                    f"installed plugin {name} ({ep.value}): {_import_error(exc)}"
                ) from exc
            if not pm.is_registered(obj) and _declared_rule(obj) in wanted:
                pm.register(obj, name=f"{ENTRY_POINT_PREFIX}{name}")
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginError(f"plugin {exc.plugin!r}: {exc}") from exc
    return pm


def host_for(config: SchoolConfig) -> Host:
    """The plugin host of a school: the standard rules, the config's ``plugins`` (files
    relative to the config) and the installed plugins whose rules it names."""
    return Host(
        make_plugin_manager(config.plugins, base=config.path.parent, rules=config.rules_named)
    )


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
        #: the rules on wherever a config does not say otherwise: those declared
        #: ``default_enabled`` by the standard rules or by a plugin the config names
        self.default_on = frozenset(
            rid
            for rid, r in self.rules.items()
            if r.spec.default_enabled and not r.plugin_name.startswith(ENTRY_POINT_PREFIX)
        )
        self._bound: dict[tuple[str, Hashable], tuple[BoundRule, ...]] = {}
        self._yielding = {
            rid: r.spec.yields_to for rid, r in self.rules.items() if r.spec.yields_to
        }

    # -- rules --------------------------------------------------------------------------

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
        return Host._checked(rule, result)

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
                # by name, as pluggy would: an implementation takes ``ctx`` or nothing
                result = rule.function(ctx) if rule.argnames else rule.function()
            except Exception as exc:  # a broken rule must never stop moderation
                log.error("rule_failed", rule=rule.rule_id, error=repr(exc), exc_info=True)
                continue
            if result:
                verdicts.extend(self._checked(rule, result))
        if len(verdicts) > 1 and self._yielding:
            return self._yielded(verdicts)
        return verdicts

    def _yielded(self, verdicts: list[Verdict]) -> list[Verdict]:
        """``verdicts`` less those of a rule whose ``yields_to`` names the category of another
        rule's verdict on the same message."""
        out: list[Verdict] = []
        for v in verdicts:
            covers = self._yielding.get(v.rule_id)
            if covers and any(o.rule_id != v.rule_id and o.category in covers for o in verdicts):
                continue
            out.append(v)
        return out

    @staticmethod
    def _checked(rule: BoundRule, result: Iterable[Verdict]) -> Sequence[Verdict]:
        """The rule's verdicts, each checked against its declaration: a verdict that is not a
        Verdict fails the rule's whole answer; one stamped with another rule's id or
        category (a copied rule that kept the original's ``RULE_ID``) is dropped and logged,
        never acted on in another rule's name (``RuleSpec.verdict`` stamps them right)."""
        verdicts = tuple(result)
        spec = rule.spec
        for v in verdicts:
            if not isinstance(v, Verdict):
                log.error("rule_failed", rule=rule.rule_id, error=f"returned {type(v).__name__}")
                return ()
            if v.rule_id != spec.id or v.category != spec.category:
                log.error(
                    "rule_verdict_mislabelled",
                    rule=rule.rule_id,
                    category=str(spec.category),
                    verdict_rule=v.rule_id,
                    verdict_category=str(v.category),
                )
                return tuple(
                    v for v in verdicts if v.rule_id == spec.id and v.category == spec.category
                )
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

    def storage_specs(self) -> dict[str, StorageSpec]:
        """Storage name -> spec of every plugin that keeps records; two plugins may not
        share a name (their tables and key-value spaces would mix)."""
        table: dict[str, StorageSpec] = {}
        for spec in reversed(self.pm.hook.classmod_register_storage()):
            if spec is None:
                continue
            if spec.name in table:
                raise PluginError(f"two plugins declare the storage {spec.name!r}")
            table[spec.name] = spec
        return table

    def timer_kinds(self, taken: Collection[str]) -> dict[str, TimerKind]:
        """Timer kind -> what it does, of every plugin: each named after a storage a plugin
        declares (``<name>.<kind>``), none twice, none of ``taken`` (the app's own)."""
        spaces = set(self.storage_specs())
        table: dict[str, TimerKind] = {}
        for kinds in reversed(self.pm.hook.classmod_register_timers()):
            for name, kind in (kinds or {}).items():
                space = name.partition(".")[0] if "." in name else ""
                if space not in spaces:
                    raise PluginError(
                        f"timer kind {name!r}: name it <storage>.<kind> after the storage"
                        " the plugin declares (classmod_register_storage)"
                    )
                if name in table or name in taken:
                    raise PluginError(f"two plugins declare the timer kind {name!r}")
                table[name] = kind
        return table

    def commands(self) -> dict[str, CommandSpec]:
        """Command name and alias -> spec; later plugins may not shadow earlier names."""
        table: dict[str, CommandSpec] = {}
        for specs in reversed(self.pm.hook.classmod_register_commands()):
            for spec in specs or ():
                for name in (spec.name, *spec.aliases):
                    table.setdefault(name, spec)
        return table


__all__ = [
    "DISTRIBUTION",
    "ENTRY_POINT_PREFIX",
    "PLUGIN_FOLDER",
    "STANDARD_RULES",
    "BoundRule",
    "Host",
    "LoadedRule",
    "PluginError",
    "host_for",
    "load_plugin",
    "make_plugin_manager",
    "plugin_file",
    "standard_rule_modules",
]
