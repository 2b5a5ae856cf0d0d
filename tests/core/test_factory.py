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
