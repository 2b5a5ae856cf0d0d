"""The standard rules R01-R18 of RULES.md, one rule a module (``rNN_<name>.py``)."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def standard_rule_modules() -> tuple[ModuleType, ...]:
    """Every ``rNN_*`` module of this package, in rule-id order."""
    names = sorted(
        info.name
        for info in pkgutil.iter_modules(__path__)
        if info.name[:1] == "r" and info.name[1:3].isdigit()
    )
    return tuple(importlib.import_module(f"{__name__}.{name}") for name in names)


__all__ = ["standard_rule_modules"]
