"""``classmod run`` builds one bridge per configured platform from the school config."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bridges.factory import build_bridges
from classmod.config import load_config
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
        assert getattr(qq, "cursors", None) is store
        assert getattr(qq, "history", None) is fetches
