"""The platforms classmod serves, as their bridges register them: one source of truth.

A bridge package declares each platform it serves as a :class:`PlatformSpec` under the
``classmod.platforms`` entry-point group (``pyproject.toml``): the name groups and the config
use (``groups.<id>.platform``, ``bridges.<name>``), the name staff read, what the platform
can do, the model of its ``bridges.<name>`` config, and the factory that builds its bridge.
The core reads the registry and never imports a bridge: the policy downgrades what a
platform cannot do, ``simulate`` shows what ``run`` would do there, the config validates a
group's platform and its bridge's settings, ``run`` builds the bridges, and the bridges'
own ``capabilities`` are the registered ones.

The set is open: a WeCom, DingTalk or Feishu bridge, installed as its own distribution,
registers its platform the same way, and no core module changes.

A platform's module must import no bridge library at module level (the registry is read by
``check-config`` and ``simulate``, which need none); its factory imports them when called.
"""

from __future__ import annotations

import importlib
import importlib.metadata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from classmod.model import ActionKind, Platform

if TYPE_CHECKING:
    from classmod.bridge import Bridge
    from classmod.model import Group

#: the entry-point group a bridge package registers its platforms under
ENTRY_POINT_GROUP = "classmod.platforms"


@dataclass(frozen=True, slots=True, kw_only=True)
class PlatformSpec:
    """A platform as its bridge registers it."""

    name: str  # "qq": a group's ``platform``, the key of its bridge under ``bridges:``
    label: str  # "QQ", "微信": the platform's name as staff read it
    capabilities: frozenset[ActionKind]  # what its bridge can do; the policy downgrades the rest
    #: the model of the platform's ``bridges.<name>`` section (a pydantic model)
    config_model: type[Any]
    #: ``"module:function"``, imported when ``run`` builds the bridge: called with the school
    #: config, the platform, its validated ``bridges.<name>`` section, its groups and the store
    factory: str
    #: the extra that installs the bridge's libraries (``classmod[onebot]``) and their
    #: top-level import names: a missing one is reported as "install the extra"
    extra: str = ""
    libraries: frozenset[str] = frozenset()

    @property
    def platform(self) -> Platform:
        return Platform(self.name)

    def build(self, config: Any, section: Any, groups: list[Group], store: Any) -> Bridge:
        """The platform's bridge (its factory imported now: it may need the extra)."""
        module, _, function = self.factory.partition(":")
        build: Callable[..., Bridge] = getattr(importlib.import_module(module), function)
        return build(config, self.platform, section, groups, store)


class PlatformError(Exception):
    """A platform registration that cannot be used (named in the message)."""


_registry: dict[str, PlatformSpec] | None = None


def _load() -> dict[str, PlatformSpec]:
    found: dict[str, PlatformSpec] = {}
    for ep in sorted(
        importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name
    ):
        try:
            value = ep.load()
        except Exception as exc:
            raise PlatformError(f"platform {ep.name} ({ep.value}): {exc!r}") from exc
        specs: Iterable[Any] = value if isinstance(value, list | tuple) else (value,)
        for spec in specs:
            _add(found, spec, f"{ep.name} ({ep.value})")
    return found


def _add(into: dict[str, PlatformSpec], spec: Any, where: str) -> None:
    if not isinstance(spec, PlatformSpec):
        raise PlatformError(
            f"platform {where}: registered a {type(spec).__name__}, not a PlatformSpec"
        )
    if spec.name in into and into[spec.name] != spec:
        raise PlatformError(f"platform {spec.name!r} is registered twice ({where})")
    into[spec.name] = spec


def registry() -> Mapping[str, PlatformSpec]:
    """Every registered platform by name (read from the entry points once)."""
    global _registry
    if _registry is None:
        _registry = _load()
    return _registry


def register(spec: PlatformSpec) -> None:
    """Register a platform in this process (a test, or an app that builds its own)."""
    _add(dict(registry()), spec, "register()")  # the checks, on a copy
    assert _registry is not None
    _registry[spec.name] = spec


def unregister(name: str) -> None:
    """Take a platform registered with :func:`register` out again."""
    if _registry is not None:
        _registry.pop(name, None)


def platform_spec(name: str) -> PlatformSpec:
    """The registered platform ``name``; ``KeyError`` naming the known ones otherwise."""
    spec = registry().get(str(name))
    if spec is None:
        raise KeyError(f"unknown platform {name!r} (registered: {', '.join(registry()) or 'none'})")
    return spec


def capabilities_of(platform: str) -> frozenset[ActionKind]:
    """What the platform's bridge can do (nothing, for a platform nobody registered)."""
    spec = registry().get(str(platform))
    return spec.capabilities if spec is not None else frozenset()


def label_of(platform: str) -> str:
    spec = registry().get(str(platform))
    return spec.label if spec is not None else str(platform)


__all__ = [
    "ENTRY_POINT_GROUP",
    "PlatformError",
    "PlatformSpec",
    "capabilities_of",
    "label_of",
    "platform_spec",
    "register",
    "registry",
    "unregister",
]
