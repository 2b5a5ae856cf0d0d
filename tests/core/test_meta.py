"""Meta tests: hooks documented, configs valid, core free of I/O libraries, rules traceable."""

from __future__ import annotations

import ast
import inspect
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from classmod import hookspecs
from classmod.config import load_config
from classmod.plugins import Host, host_for, make_plugin_manager

ROOT = Path(__file__).parents[2]
CORE = ROOT / "src" / "classmod"
BRIDGE_LIBS = {"nio", "websockets", "aiohttp", "synapse"}
RULE_IDS = [f"R{i:02d}" for i in range(1, 19)]


def hook_names() -> list[str]:
    return [n for n, _ in inspect.getmembers(hookspecs.ClassmodSpec) if n.startswith("classmod_")]


def test_every_hook_is_documented_in_the_plugin_guide() -> None:
    guide = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    for name in hook_names():
        assert f"### {name}" in guide, f"{name} is not documented in docs/plugins.md"
        spec = getattr(hookspecs.ClassmodSpec, name)
        for arg in inspect.signature(spec).parameters:
            if arg != "self":
                assert f"`{arg}`" in guide.split(f"### {name}")[1].split("### ")[0], (
                    f"{name}: argument {arg} undocumented"
                )


def test_core_imports_no_bridge_library() -> None:
    for path in CORE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in BRIDGE_LIBS, f"{path.name} imports {name}"


#: what the core must not pull in when its modules are imported: the bridges and their
#: libraries, the rules and the dev corner (core <- rules, core <- bridges; the app shell
#: finds them when it runs, never at import). tests/core/test_layers.py reads every import.
NOT_AT_IMPORT = ("classmod.bridges", "classmod.rules", "classmod.dev", *sorted(BRIDGE_LIBS))


def test_importing_every_core_module_imports_no_bridge_and_no_rule() -> None:
    modules = sorted(f"classmod.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__")
    probe = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"banned = {NOT_AT_IMPORT!r}\n"
        "found = {n for n, m in sys.modules.items() if m is not None\n"
        "         and any(n == b or n.startswith(b + '.') for b in banned)}\n"
        "print(json.dumps(sorted(found)))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(CORE.parent)}  # the core alone on the path
    run = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == [], f"classmod's modules import {run.stdout.strip()}"
    assert len(modules) > 30  # every module of the core was imported, cli and app included


def test_hookspecs_and_commands_do_not_import_each_other() -> None:
    def imported(name: str) -> set[str]:
        tree = ast.parse((CORE / f"{name}.py").read_text(encoding="utf-8"))
        found: set[str] = set()
        for node in ast.walk(tree):  # type-checking imports too: no circle at all
            if isinstance(node, ast.Import):
                found |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.add(node.module)
        return found

    assert "classmod.commands" not in imported("hookspecs")
    assert "classmod.hookspecs" not in imported("commandtypes")
    assert "classmod.commands" not in imported("commandtypes")


@pytest.mark.parametrize("path", sorted((ROOT / "configs").glob("*.yaml")), ids=lambda p: p.name)
def test_every_shipped_config_is_valid(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for var in set(re.findall(r"\$env:\s*(\w+)", path.read_text(encoding="utf-8"))):
        monkeypatch.setenv(var, "test-secret")
    cfg = load_config(path)
    assert cfg.groups


@pytest.mark.parametrize("path", sorted((ROOT / "configs").glob("*.yaml")), ids=lambda p: p.name)
def test_every_shipped_config_passes_check_config_with_no_secret_set(
    path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from classmod import cli

    text = "\n".join(line.partition("#")[0] for line in path.read_text("utf-8").splitlines())
    secrets = set(re.findall(r"\$env:\s*(\w+)", text))  # those not in a comment
    for var in secrets:
        monkeypatch.delenv(var, raising=False)
    assert cli.main(["check-config", str(path)]) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    notes = [line for line in out.splitlines() if line.startswith("note: ")]
    # only what run needs: each secret to set, and no key that is no longer used
    assert len(notes) == len(secrets) and all("before `run`" in n for n in notes), notes
    assert f"{path}: OK" in out


def test_every_standard_rule_is_declared_enabled_and_traceable() -> None:
    host = Host(make_plugin_manager(entry_points=False))
    for rid in RULE_IDS:
        assert rid in host.rules, f"{rid} missing"
        rule = host.rules[rid]
        assert rule.spec.default_enabled and rule.spec.seed_clauses, rid
        module = rule.plugin
        assert getattr(module, "NAME", None) and (module.__doc__ or "").count(rid) >= 1, rid
        assert "```yaml" in (module.__doc__ or ""), f"{rid}: docstring lacks its YAML"


def test_school_configs_encode_their_own_choices(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("CLASSMOD_QQ_TOKEN", "CLASSMOD_MATRIX_TOKEN", "CLASSMOD_WECHAT_TOKEN"):
        monkeypatch.setenv(var, "x")
    s3 = load_config(ROOT / "configs" / "school3.yaml")
    assert s3.plugins == ("../plugins/school3_ledger.py",)  # not installed: loaded by path
    assert "school3_ledger" in dict(host_for(s3).pm.list_name_plugin())
    assert next(iter(s3.groups.values())).group.allowed_link_domains == ()
    s4 = load_config(ROOT / "configs" / "school4.yaml")
    g4 = next(iter(s4.groups.values())).group
    assert g4.quiet_hours is not None and g4.quiet_hours.start.hour == 20
    assert "R17" in next(iter(s4.groups.values())).rules
    s1 = load_config(ROOT / "configs" / "school1.yaml")
    assert "R17" not in next(iter(s1.groups.values())).rules
