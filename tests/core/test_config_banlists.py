"""The ``banlists`` section: lists followed and written, each error naming file and key."""

from __future__ import annotations

from pathlib import Path

import pytest
from toyrules import plugins

from classmod.config import ConfigError, check_runnable, load_config
from classmod.plugins import Host, make_plugin_manager

ROSTER = Path(__file__).parents[2] / "configs" / "rosters" / "demo-class.yaml"
DECLARED = {
    rid: r.spec
    for rid, r in Host(
        make_plugin_manager(plugins(), standard_rules=False, entry_points=False)
    ).rules.items()
}
BASE = """school: 测试学校
groups:
  g1:
    platform: qq
    roster: ROSTER
  g2:
    platform: qq
    roster: ROSTER
"""


def load(tmp_path: Path, body: str):  # type: ignore[no-untyped-def]
    p = tmp_path / "school.yaml"
    p.write_text((BASE + body).replace("ROSTER", str(ROSTER)), encoding="utf-8")
    return load_config(p, DECLARED)


def error(tmp_path: Path, body: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load(tmp_path, body)
    return info.value


def test_a_valid_section(tmp_path: Path) -> None:
    cfg = load(
        tmp_path,
        """banlists:
  write: school
  lists:
    school: {room: "#bans:school.example"}
    district: {room: "!abc:district.example", mode: watch, groups: [g2], hashed: true}
""",
    )
    assert cfg.banlists is not None
    assert cfg.banlists.write == "school"
    assert cfg.banlists.lists["school"].mode == "apply"
    assert cfg.banlists.lists["school"].groups == "all"
    assert cfg.banlists.lists["district"].groups == ["g2"]
    assert cfg.banlists.batch == 20


def test_write_must_name_a_list(tmp_path: Path) -> None:
    e = error(tmp_path, "banlists:\n  write: shcool\n  lists:\n    school: {room: '#b:hs'}\n")
    assert e.path == "banlists.write" and e.line == 10 and "school" in e.reason


def test_unknown_group_is_named_with_its_index(tmp_path: Path) -> None:
    e = error(
        tmp_path, "banlists:\n  lists:\n    d:\n      room: '#b:hs'\n      groups: [g1, g9]\n"
    )
    assert e.path == "banlists.lists.d.groups[1]" and "g9" in e.reason


def test_room_must_be_a_matrix_room(tmp_path: Path) -> None:
    e = error(tmp_path, "banlists:\n  lists:\n    d: {room: 'bans'}\n")
    assert e.path == "banlists.lists.d.room" and "Matrix room" in e.reason


def test_unknown_mode_and_key(tmp_path: Path) -> None:
    e = error(tmp_path, "banlists:\n  lists:\n    d: {room: '#b:hs', mode: kick}\n")
    assert e.path == "banlists.lists.d.mode"
    e = error(tmp_path, "banlists:\n  lists:\n    d: {room: '#b:hs', apply: true}\n")
    assert e.path == "banlists.lists.d.apply"


def test_lists_need_the_matrix_bridge_to_run(tmp_path: Path) -> None:
    cfg = load(
        tmp_path,
        "bridges:\n  qq: {version: 11, transport: forward_ws, url: 'ws://127.0.0.1:1'}\n"
        "banlists:\n  lists:\n    d: {room: '#b:hs'}\n",
    )
    with pytest.raises(ConfigError) as info:
        check_runnable(cfg)
    assert info.value.path == "banlists.lists" and "bridges.matrix" in info.value.reason
