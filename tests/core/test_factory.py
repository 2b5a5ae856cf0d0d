"""``classmod run`` builds one bridge per configured platform from the school config."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from classmod.bridges.factory import build_bridges

from classmod.config import ConfigError, load_config
from classmod.model import Platform
from classmod.store import Store

ROOT = Path(__file__).parents[2]


@pytest.mark.parametrize("name", ["school1", "school2", "school3", "school4", "example"])
async def test_bridges_for_each_school(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = ROOT / "configs" / f"{name}.yaml"
    for var in set(re.findall(r"\$env:\s*(\w+)", path.read_text(encoding="utf-8"))):
        monkeypatch.setenv(var, "t")
    config = load_config(path)
    async with Store(":memory:") as store:
        bridges = build_bridges(config, store)
    platforms = {b.platform for b in bridges}
    assert Platform.MATRIX in platforms  # the management room
    assert {g.group.platform for g in config.groups.values()} <= platforms


@pytest.mark.parametrize(("setting", "fetches"), [("", True), ("history: false", False)])
async def test_a_onebot_bridge_keeps_its_cursors_in_the_store_and_history_follows_config(
    tmp_path: Path, setting: str, fetches: bool
) -> None:
    (tmp_path / "roster.yaml").write_text(
        'group: g1\nroster:\n  teachers: [{id: "1", name: 周敏, role: head_teacher}]\n'
        "  students: []\nmembers: []\n",
        encoding="utf-8",
    )
    path = tmp_path / "school.yaml"
    path.write_text(
        f"""school: 青山区实验小学
bridges:
  qq:
    version: 11
    url: ws://127.0.0.1:3001
    {setting}
groups:
  g1: {{platform: qq, platform_id: "123456", roster: roster.yaml}}
""",
        encoding="utf-8",
    )
    async with Store(":memory:") as store:
        [qq] = build_bridges(load_config(path), store)
        assert getattr(qq, "cursors", None) is store.cursors
        assert getattr(qq, "history", None) is fetches


def without(monkeypatch: pytest.MonkeyPatch, library: str, *packages: str) -> None:
    """Make ``library`` not installed for this test: importing it fails as a missing package
    does, and the bridge modules that import it are imported afresh."""
    for name in list(sys.modules):
        if name.split(".")[0] == library or name.startswith(packages):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, library, None)


def school_on(tmp_path: Path, bridges: str, platform: str) -> Path:
    (tmp_path / "roster.yaml").write_text(
        'group: g1\nroster:\n  teachers: [{id: "1", name: 周敏, role: head_teacher}]\n'
        "  students: []\nmembers: []\n",
        encoding="utf-8",
    )
    path = tmp_path / "school.yaml"
    path.write_text(
        f"school: 青山区实验小学\nbridges:\n{bridges}groups:\n"
        f'  g1: {{platform: {platform}, platform_id: "123456", roster: roster.yaml}}\n',
        encoding="utf-8",
    )
    return path


async def test_a_qq_only_school_runs_without_matrix_nio(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    without(monkeypatch, "nio", "classmod.bridges.matrix")
    path = school_on(tmp_path, "  qq: {version: 11, url: 'ws://127.0.0.1:3001'}\n", "qq")
    async with Store(":memory:") as store:
        [qq] = build_bridges(load_config(path), store)
    assert qq.platform is Platform.QQ
    assert sys.modules["nio"] is None  # never imported: the import would have failed
    assert "classmod.bridges.matrix.bot" not in sys.modules


async def test_a_bridge_whose_library_is_missing_names_the_extra_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    without(monkeypatch, "nio", "classmod.bridges.matrix")
    monkeypatch.setenv("CLASSMOD_TEST_TOKEN", "t")
    path = school_on(
        tmp_path,
        "  matrix:\n    homeserver: http://127.0.0.1:8008\n"
        "    user_id: '@classmod:example.org'\n    access_token: {$env: CLASSMOD_TEST_TOKEN}\n",
        "matrix",
    )
    async with Store(":memory:") as store:
        with pytest.raises(ConfigError) as info:
            build_bridges(load_config(path), store)
    e = info.value
    assert e.file == str(path) and e.path == "bridges.matrix" and e.line == 3
    assert "'nio'" in e.reason and "pip install 'classmod[matrix]'" in e.reason

    without(monkeypatch, "websockets", "classmod.bridges.onebot")
    path = school_on(tmp_path, "  wechat: {version: 12, url: 'ws://127.0.0.1:3001'}\n", "wechat")
    async with Store(":memory:") as store:
        with pytest.raises(ConfigError) as info:
            build_bridges(load_config(path), store)
    assert info.value.path == "bridges.wechat" and "classmod[onebot]" in info.value.reason
