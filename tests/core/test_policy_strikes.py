"""Which verdicts strike (P01): speech about the school alerts staff, it never climbs the ladder.

The real standard rules judge the messages; the default policy plans the actions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from classmod.capabilities import PLATFORM_CAPABILITIES
from classmod.config import ConfigError, load_config
from classmod.engine import Engine, GroupSetup
from classmod.model import ActionKind, Category, Platform
from classmod.plugins import Host, make_plugin_manager
from classmod.policy import STRIKE_CATEGORIES, PolicyConfig
from classmod.testing import FakeClock, make_group, make_message, make_roster

HOST = Host(make_plugin_manager(entry_points=False))
DECLARED = {rid: r.spec for rid, r in HOST.rules.items()}
ROSTER = Path(__file__).parents[2] / "configs" / "rosters" / "demo-class.yaml"

SLANDER = "这个老师真是误人子弟"
DISPUTE = "学校这样安排太不负责任了"
AD = "家长们好，加微信 abc12345 领取团购优惠，限时秒杀！"


def engine(policy: PolicyConfig | None = None) -> Engine:
    setup = GroupSetup(
        group=make_group(platform=Platform.MATRIX),
        roster=make_roster(),
        rules={rid: spec.settings() if spec.settings else None for rid, spec in DECLARED.items()},
        policy=policy or PolicyConfig(),
        capabilities=PLATFORM_CAPABILITIES[Platform.MATRIX],
    )
    return Engine(HOST, [setup])


def send(e: Engine, clock: FakeClock, text: str, n: int = 8) -> list[set[ActionKind]]:
    out = []
    for _ in range(n):
        # an hour apart: R10 sees no flood, R16/R18 see no running exchange
        d = e.handle_message(make_message(text, sender="p_zhang_dad", ts=clock.advance(hours=1)))
        assert d.verdicts, text
        out.append({a.kind for a in d.actions})
    return out


@pytest.mark.parametrize(("text", "category"), [(SLANDER, "slander"), (DISPUTE, "dispute")])
def test_speech_about_the_school_never_mutes_however_often(text: str, category: str) -> None:
    e, clock = engine(), FakeClock()
    steps = send(e, clock, text)
    d = e.handle_message(make_message(text, sender="p_zhang_dad", ts=clock.advance(hours=1)))
    found = {v.category for v in d.verdicts}
    assert Category(category) in found and not found & STRIKE_CATEGORIES
    for kinds in steps:
        assert ActionKind.MUTE not in kinds and ActionKind.KICK not in kinds
        assert ActionKind.WARN not in kinds  # no public warning either
        assert {ActionKind.NOTIFY, ActionKind.ALERT_STAFF} <= kinds  # guided, staff told
    assert e.strikes("g1", "p_zhang_dad", clock.now) == 0
    assert d.strikes_added == 0


def test_an_ad_still_climbs_the_ladder() -> None:
    e, clock = engine(), FakeClock()
    steps = send(e, clock, AD, n=3)
    assert ActionKind.MUTE not in steps[0] and ActionKind.MUTE in steps[2]
    assert e.strikes("g1", "p_zhang_dad", clock.now) == 3


def test_the_defaults_are_the_rules_catalogue() -> None:
    # RULES.md: strikes are for R04–R07, R10, R13–R15
    striking = {rid for rid, spec in DECLARED.items() if spec.category in STRIKE_CATEGORIES}
    assert striking == {"R04", "R05", "R06", "R07", "R10", "R13", "R14", "R15"}


def config(tmp_path: Path, strikes: str) -> Path:
    path = tmp_path / "school.yaml"
    path.write_text(
        f"""school: 测试学校
policy:
  strikes:
{strikes}
groups:
  g1:
    platform: matrix
    roster: {ROSTER}
""",
        encoding="utf-8",
    )
    return path


def test_a_school_changes_which_rules_strike_in_yaml(tmp_path: Path) -> None:
    policy = load_config(
        config(tmp_path, "    slander: true\n    ad: false\n    R10: false\n"), DECLARED
    ).policy
    assert Category.SLANDER in policy.strike_categories
    assert Category.AD not in policy.strike_categories
    assert policy.non_striking_rules == frozenset({"R10"})
    e, clock = engine(policy), FakeClock()
    assert ActionKind.MUTE in send(e, clock, SLANDER, n=3)[2]
    e, clock = engine(policy), FakeClock()
    assert all(ActionKind.MUTE not in kinds for kinds in send(e, clock, AD, n=4))


def test_a_rule_wins_over_its_category(tmp_path: Path) -> None:
    policy = load_config(config(tmp_path, "    dispute: false\n    R18: true\n"), DECLARED).policy
    assert policy.striking_rules == frozenset({"R18"})
    e, clock = engine(policy), FakeClock()
    assert ActionKind.MUTE in send(e, clock, DISPUTE, n=3)[2]


@pytest.mark.parametrize(
    ("strikes", "path", "reason"),
    [
        ("    R99: true\n", "policy.strikes.R99", "unknown rule or category"),
        ("    rumour: true\n", "policy.strikes.rumour", "unknown rule or category"),
        ("    R12: sometimes\n", "policy.strikes.R12", "must be true or false"),
    ],
)
def test_a_wrong_strikes_key_names_file_and_key(
    tmp_path: Path, strikes: str, path: str, reason: str
) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(config(tmp_path, strikes), DECLARED)
    assert info.value.path == path and reason in info.value.reason
    assert info.value.file.endswith("school.yaml") and info.value.line == 4
