"""Every standard rule's hook functions are pluggy hook implementations: a helper slipped
between ``@hookimpl`` and the hook would leave the rule silent in the engine while direct
calls in the unit tests still pass."""

from __future__ import annotations

import importlib
import pkgutil

import classmod.rules.standard as standard
import pytest

RULE_MODULES = sorted(
    m.name
    for m in pkgutil.iter_modules(standard.__path__)
    if m.name[:1] == "r" and m.name[1:3].isdigit()
)


@pytest.mark.parametrize("name", RULE_MODULES)
def test_hook_functions_are_marked(name: str) -> None:
    module = importlib.import_module(f"{standard.__name__}.{name}")
    hooks = [f for f in ("classmod_declare_rule", "classmod_check_message", "classmod_check_member")
             if hasattr(module, f)]  # fmt: skip
    assert "classmod_declare_rule" in hooks
    for hook in hooks:
        assert hasattr(getattr(module, hook), "classmod_impl"), f"{name}.{hook} is not a hookimpl"
