"""A school's plugins: a file beside the config, a ``plugins/`` folder, an installed
distribution's entry point; what is only available and what a config enables."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from classmod.config import ConfigError, load_config
from classmod.plugins import Host, host_for, make_plugin_manager
from classmod.testing import message_context

ROOT = Path(__file__).parents[2]
ROSTER = ROOT / "configs" / "rosters" / "demo-class.yaml"


def rule_source(rule_id: str, word: str, *, default_enabled: bool) -> str:
    """A school rule module flagging ``word``, as a plugin author writes one."""
    return textwrap.dedent(
        f'''
        """{rule_id}: no exam questions in the group."""
        from __future__ import annotations

        from dataclasses import dataclass

        from classmod.context import MessageContext
        from classmod.hookspecs import RuleSpec, hookimpl
        from classmod.model import Category, Severity, Verdict

        NAME = "exam_leak"


        @dataclass(frozen=True, slots=True, kw_only=True)
        class Settings:
            word: str = "{word}"


        @hookimpl
        def classmod_declare_rule() -> RuleSpec:
            return RuleSpec(id="{rule_id}", name=NAME, category=Category.ILLEGAL,
                            summary="不得泄露考试题目", settings=Settings,
                            default_enabled={default_enabled})


        @hookimpl
        def classmod_check_message(ctx: MessageContext) -> list[Verdict]:
            s: Settings = ctx.settings or Settings()
            if s.word in ctx.norm:
                return [Verdict(rule_id="{rule_id}", category=Category.ILLEGAL,
                                severity=Severity.MAJOR, reason="请勿在群内传播考题。",
                                delete=True)]
            return []
        '''
    )


def school_config(folder: Path, plugins: str = "", extra: str = "") -> Path:
    path = folder / "school.yaml"
    body = f"school: 测试学校\n{plugins}{extra}groups:\n"
    body += f"  g1:\n    platform: qq\n    roster: {ROSTER}\n"
    body += f"  g2:\n    platform: qq\n    roster: {ROSTER}\n"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def forget_plugin_modules() -> Iterator[None]:
    """Each test's plugin modules are its own: the names it imported are dropped after."""
    before = set(sys.modules)
    yield
    for name in set(sys.modules) - before:
        del sys.modules[name]


def flags(host: Host, rules: object, text: str) -> list[str]:
    bound = host.bind("classmod_check_message", rules, cache_key=object())  # type: ignore[arg-type]
    return [v.rule_id for v in host.check_message(bound, message_context(text))]


def test_a_plugin_file_beside_the_config_loads_by_path_and_its_rule_runs(
    tmp_path: Path,
) -> None:
    (tmp_path / "exam_rule.py").write_text(
        rule_source("S9-01", "考题", default_enabled=True), encoding="utf-8"
    )
    cfg = load_config(school_config(tmp_path, "plugins: [./exam_rule.py]\n"))
    assert "S9-01" in cfg.groups["g1"].rules and "R06" in cfg.groups["g1"].rules
    host = host_for(cfg)
    assert host.rules["S9-01"].plugin_name == "exam_rule"
    assert flags(host, cfg.groups["g1"].rules, "明天的考题发群里了") == ["S9-01"]
    assert flags(host, cfg.groups["g1"].rules, "明天记得带水杯") == []


def test_check_config_finds_the_plugin_file_without_pythonpath(tmp_path: Path) -> None:
    school = tmp_path / "school"
    school.mkdir()
    (school / "exam_rule.py").write_text(
        rule_source("S9-01", "考题", default_enabled=True), encoding="utf-8"
    )
    bridge = "bridges:\n  qq: {version: 11, transport: forward_ws, url: 'ws://127.0.0.1:3001'}\n"
    config = school_config(school, "plugins: [exam_rule.py]\n", bridge)
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}
    run = subprocess.run(
        [sys.executable, "-m", "classmod.cli", "check-config", str(config)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "S9-01" in run.stdout and "R06" in run.stdout


def test_a_bare_name_is_found_in_the_plugins_folder_next_to_the_config(tmp_path: Path) -> None:
    (tmp_path / "plugins").mkdir()
    (tmp_path / "plugins" / "exam_watch.py").write_text(
        rule_source("S9-02", "答案", default_enabled=False), encoding="utf-8"
    )
    cfg = load_config(
        school_config(
            tmp_path,
            "plugins: [exam_watch]\n",
            "rules:\n  S9-02: {word: 答案}\n",
        )
    )
    assert "S9-02" in cfg.groups["g2"].rules
    assert flags(host_for(cfg), cfg.groups["g2"].rules, "数学答案在这") == ["S9-02"]


def test_a_named_plugins_rule_off_by_default_stays_off_until_the_config_turns_it_on(
    tmp_path: Path,
) -> None:
    (tmp_path / "quiet_rule.py").write_text(
        rule_source("S9-03", "考题", default_enabled=False), encoding="utf-8"
    )
    cfg = load_config(school_config(tmp_path, "plugins: [./quiet_rule.py]\n"))
    assert "S9-03" not in cfg.groups["g1"].rules
    assert flags(host_for(cfg), cfg.groups["g1"].rules, "考题") == []


def test_a_plugin_that_fails_to_import_stops_loading_naming_file_key_and_error(
    tmp_path: Path,
) -> None:
    (tmp_path / "broken_rule.py").write_text(
        "from classmod.hookspecs import hookimpl\nimport no_such_library_anywhere\n",
        encoding="utf-8",
    )
    config = school_config(tmp_path, "plugins:\n  - ./ok_missing.py\n")
    with pytest.raises(ConfigError) as info:
        load_config(config)
    assert info.value.path == "plugins[0]" and info.value.line == 3
    assert "file not found" in info.value.reason and str(config) in str(info.value)

    config = school_config(tmp_path, "plugins: [broken_rule]\n")
    with pytest.raises(ConfigError) as info:
        load_config(config)
    e = info.value
    assert e.file == str(config) and e.path == "plugins[0]" and e.line == 2
    assert "ModuleNotFoundError" in e.reason and "no_such_library_anywhere" in e.reason
    assert "broken_rule.py, line 2" in e.reason
    assert "broken_rule" not in sys.modules  # nothing half-imported is kept

    (tmp_path / "typo_rule.py").write_text("def classmod_check_message(ctx)\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(school_config(tmp_path, "plugins: [./typo_rule.py]\n"))
    assert "SyntaxError" in info.value.reason and "line 1" in info.value.reason


def test_a_module_name_taken_by_another_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "json.py").write_text("X = 1\n", encoding="utf-8")
    import json  # noqa: F401  (the standard library's json is imported)

    with pytest.raises(ConfigError) as info:
        load_config(school_config(tmp_path, "plugins: [./json.py]\n"))
    assert info.value.path == "plugins[0]" and "already imported" in info.value.reason


def test_the_plugin_guides_quick_start_works_outside_this_repository(tmp_path: Path) -> None:
    guide = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    quick = guide.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = quick.split("```")
    python = next(b for b in blocks if b.startswith("python\n"))[len("python\n") :]
    config = next(b for b in blocks if b.startswith("yaml\n"))[len("yaml\n") :]
    name = python.split("# ", 1)[1].split(" ", 1)[0]
    (tmp_path / name).write_text(python, encoding="utf-8")
    cfg = load_config(school_config(tmp_path, config))
    rule_id = next(iter(cfg.rules_named))
    assert rule_id in cfg.groups["g1"].rules
    assert flags(host_for(cfg), cfg.groups["g1"].rules, "明天的考题发群里了") == [rule_id]


# -- an installed distribution with an entry point -----------------------------------------


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``classmod-school9`` built from its pyproject.toml by setuptools and installed in a
    site directory on ``sys.path`` (its module beside its metadata, as pip lays it out)."""
    src = tmp_path / "classmod-school9"
    src.mkdir()
    (src / "pyproject.toml").write_text(
        textwrap.dedent(
            """
            [build-system]
            requires = ["setuptools>=61"]
            build-backend = "setuptools.build_meta"

            [project]
            name = "classmod-school9"
            version = "0.1.0"

            [project.entry-points.classmod]
            school9 = "classmod_school9"
            school9_quiet = "classmod_school9_quiet"

            [tool.setuptools]
            py-modules = ["classmod_school9", "classmod_school9_quiet"]
            """
        ),
        encoding="utf-8",
    )
    (src / "classmod_school9.py").write_text(
        rule_source("S9-10", "考题", default_enabled=True), encoding="utf-8"
    )
    (src / "classmod_school9_quiet.py").write_text(
        rule_source("S9-11", "答案", default_enabled=True), encoding="utf-8"
    )
    site = tmp_path / "site"
    site.mkdir()
    subprocess.run(
        [
            sys.executable,
            "-c",
            "from setuptools import setup; setup()",
            "-q",
            "egg_info",
            "--egg-base",
            str(site),
        ],
        cwd=src,
        check=True,
        capture_output=True,
    )
    for module in ("classmod_school9.py", "classmod_school9_quiet.py"):
        (site / module).write_bytes((src / module).read_bytes())
    monkeypatch.syspath_prepend(str(site))
    return site


def test_an_installed_plugin_is_only_available_until_a_config_names_it(
    installed: Path, tmp_path: Path
) -> None:
    from importlib.metadata import entry_points

    assert {"school9", "school9_quiet"} <= {ep.name for ep in entry_points(group="classmod")}
    assert "S9-10" not in Host(make_plugin_manager()).rules
    cfg = load_config(school_config(tmp_path))
    assert "S9-10" not in cfg.groups["g1"].rules
    assert "S9-10" not in host_for(cfg).rules
    assert flags(host_for(cfg), cfg.groups["g1"].rules, "考题答案") == []


def test_naming_an_installed_plugin_enables_its_default_rule(
    installed: Path, tmp_path: Path
) -> None:
    cfg = load_config(school_config(tmp_path, "plugins: [school9]\n"))
    assert "S9-10" in cfg.groups["g1"].rules and "S9-11" not in cfg.groups["g1"].rules
    host = host_for(cfg)
    assert flags(host, cfg.groups["g1"].rules, "考题答案") == ["S9-10"]


def test_naming_an_installed_rule_enables_it_only_where_the_config_says(
    installed: Path, tmp_path: Path
) -> None:
    config = tmp_path / "school.yaml"
    school_config(tmp_path)
    config.write_text(
        config.read_text(encoding="utf-8").replace("  g2:\n", "    rules: {S9-11: true}\n  g2:\n"),
        encoding="utf-8",
    )
    cfg = load_config(config)
    assert "S9-11" in cfg.groups["g1"].rules
    assert "S9-11" not in cfg.groups["g2"].rules  # declared default_enabled, never named here
    assert "S9-10" not in cfg.groups["g1"].rules
    host = host_for(cfg)
    assert "S9-10" not in host.rules  # its plugin was not named: it is not registered at all
    assert flags(host, cfg.groups["g1"].rules, "考题答案") == ["S9-11"]
    assert flags(host, cfg.groups["g2"].rules, "考题答案") == []
