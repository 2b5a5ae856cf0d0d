"""Config, roster and transcript validation: every error names file, line and key path."""

from __future__ import annotations

from pathlib import Path

import pytest
from toyrules import plugins

from classmod.config import (
    ConfigError,
    check_runnable,
    load_config,
    load_roster,
    parse_duration,
)
from classmod.plugins import Host, make_plugin_manager
from classmod.simulate import parse_transcript_line

ROSTER = Path(__file__).parents[2] / "configs" / "rosters" / "demo-class.yaml"
DECLARED = {
    rid: r.spec
    for rid, r in Host(
        make_plugin_manager(plugins(), standard_rules=False, entry_points=False)
    ).rules.items()
}


def write(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "school.yaml"
    p.write_text(body.replace("ROSTER", str(ROSTER)), encoding="utf-8")
    return p


BASE = """school: 测试学校
groups:
  g1:
    platform: qq
    roster: ROSTER
"""


def error(tmp_path: Path, body: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, body), DECLARED)
    return info.value


def test_valid_config_loads_with_rule_settings(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path, BASE + "rules:\n  T01: {word: 广告}\n"), DECLARED)
    assert cfg.groups["g1"].rules["T01"].word == "广告"
    assert cfg.groups["g1"].group.quiet_hours is not None


def test_unknown_key_names_line_and_path(tmp_path: Path) -> None:
    e = error(tmp_path, BASE + "polcy: {}\n")
    assert e.path == "polcy" and e.line == 6 and "unknown key" in str(e)


def test_unknown_rule(tmp_path: Path) -> None:
    e = error(tmp_path, BASE + "rules:\n  R99: true\n")
    assert e.path == "rules.R99" and e.line == 7 and "unknown rule" in e.reason


def test_unknown_rule_setting(tmp_path: Path) -> None:
    e = error(tmp_path, BASE + "rules:\n  T01: {wrod: x}\n")
    assert e.path == "rules.T01.wrod" and "unknown setting" in e.reason


def test_wrong_type_in_rule_setting(tmp_path: Path) -> None:
    e = error(tmp_path, BASE + "rules:\n  T01: {severity: lots}\n")
    assert e.path == "rules.T01.severity" and e.line == 7


def test_bad_time(tmp_path: Path) -> None:
    e = error(tmp_path, BASE + "quiet_hours: {start: '25:00', end: '07:00'}\n")
    assert e.path.startswith("quiet_hours.start") and "time of day" in e.reason


def test_bad_ladder_duration(tmp_path: Path) -> None:
    e = error(tmp_path, BASE + "policy:\n  ladder:\n    - {action: mute, duration: soon}\n")
    assert e.path == "policy.ladder[0].duration" and e.line == 8


def test_group_platform_typo(tmp_path: Path) -> None:
    e = error(tmp_path, BASE.replace("platform: qq", "platform: wechatt"))
    assert e.path == "groups.g1.platform" and e.line == 4


def test_plain_secret_is_refused_and_env_secret_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bridges = "bridges:\n  qq: {version: 11, url: 'ws://127.0.0.1:1', access_token: %s}\n"
    e = error(tmp_path, BASE + bridges % "hunter2")
    assert e.path == "bridges.qq.access_token" and "$env" in e.reason
    # not set: a note for check-config and simulate, an error for run
    monkeypatch.delenv("CM_TEST_TOKEN", raising=False)
    cfg = load_config(write(tmp_path, BASE + bridges % "{$env: CM_TEST_TOKEN}"), DECLARED)
    [note] = cfg.notes
    assert (note.path, note.line) == ("bridges.qq.access_token", 7)
    assert "set CM_TEST_TOKEN before `run`" in note.text
    with pytest.raises(ConfigError) as info:
        check_runnable(cfg)
    assert info.value.path == "bridges.qq.access_token" and info.value.line == 7
    assert "set CM_TEST_TOKEN before `run`" in info.value.reason
    monkeypatch.setenv("CM_TEST_TOKEN", "s3cret")
    cfg = load_config(write(tmp_path, BASE + bridges % "{$env: CM_TEST_TOKEN}"), DECLARED)
    assert cfg.bridges.qq is not None and cfg.bridges.qq.access_token == "s3cret"


def test_invalid_yaml_has_line(tmp_path: Path) -> None:
    e = error(tmp_path, BASE + "rules: [unclosed\n")
    assert e.line is not None and "invalid YAML" in e.reason


def test_roster_errors(tmp_path: Path) -> None:
    p = tmp_path / "r.yaml"
    p.write_text("roster:\n  teachers:\n    - {id: t1, name: 周, role: boss}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_roster(p)
    assert info.value.path == "roster.teachers[0].role" and info.value.line == 3


def test_transcript_line_errors() -> None:
    with pytest.raises(ConfigError) as info:
        parse_transcript_line(
            '{"id": "x", "ts": "2026-09-07T07:00:00", "group": "g", "sender": "s"}',
            Path("t.jsonl"),
            7,
        )
    assert info.value.line == 7 and info.value.path == "ts" and "offset" in info.value.reason
    with pytest.raises(ConfigError) as info:
        parse_transcript_line("{not json", Path("t.jsonl"), 3)
    assert "invalid JSON" in str(info.value) and "t.jsonl:3" in str(info.value)


def test_durations() -> None:
    assert parse_duration("10m").total_seconds() == 600
    assert parse_duration("1d").total_seconds() == 86400
    with pytest.raises(ValueError):
        parse_duration("ten minutes")


def test_onebot_transport_needs_what_it_uses(tmp_path: Path) -> None:
    poll11 = "bridges:\n  qq: {version: 11, transport: http_poll, url: 'http://127.0.0.1:1'}\n"
    e = error(tmp_path, BASE + poll11)
    assert e.path == "bridges.qq.url" and "OneBot 12 only" in e.reason
    no_url = "bridges:\n  qq: {version: 11, transport: forward_ws}\n"
    e = error(tmp_path, BASE + no_url)
    assert e.path == "bridges.qq.url" and "needs the gateway's url" in e.reason
    poll12 = "bridges:\n  wechat: {version: 12, transport: http_poll, url: 'http://127.0.0.1:1'}\n"
    cfg = load_config(write(tmp_path, BASE + poll12), DECLARED)
    assert cfg.bridges.wechat is not None and cfg.bridges.wechat.transport == "http_poll"


@pytest.mark.parametrize(
    ("bridge", "key"),
    [
        ("{version: 11, transport: reverse_ws, listen: '0.0.0.0:8765'}", "access_token"),
        ("{version: 12, transport: reverse_ws, listen: '[::]:8765/ws'}", "access_token"),
        (
            "{version: 12, transport: http, url: 'http://127.0.0.1:1', listen: '0.0.0.0:80'}",
            "access_token",  # the v12 webhook sends the Bearer token
        ),
        (
            "{version: 11, transport: http, url: 'http://127.0.0.1:1', listen: '10.0.0.5:80',"
            " access_token: {$env: CM_TEST_TOKEN}}",
            "secret",
        ),
    ],
)
def test_a_listener_reachable_from_other_hosts_must_authenticate_the_gateway(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bridge: str, key: str
) -> None:
    monkeypatch.setenv("CM_TEST_TOKEN", "s3cret")
    e = error(tmp_path, BASE + f"bridges:\n  wechat: {bridge}\n")
    assert e.path == f"bridges.wechat.{key}"
    assert "reachable from other hosts" in e.reason and "$env" in e.reason
    assert e.file == str(tmp_path / "school.yaml") and e.line == 7


def test_listeners_on_loopback_or_with_credentials_are_accepted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CM_TEST_TOKEN", "s3cret")
    token = "access_token: {$env: CM_TEST_TOKEN}"
    for bridge in (
        "{version: 11, transport: reverse_ws}",  # 127.0.0.1:8765
        "{version: 11, transport: reverse_ws, listen: 'localhost:8765'}",
        "{version: 11, transport: reverse_ws, listen: '[::1]:8765/ws'}",
        f"{{version: 11, transport: reverse_ws, listen: '0.0.0.0:8765', {token}}}",
        "{version: 11, transport: http, url: 'http://127.0.0.1:1', listen: '0.0.0.0:80',"
        " secret: {$env: CM_TEST_TOKEN}}",
        f"{{version: 12, transport: http, url: 'http://x:1', listen: '0.0.0.0:80', {token}}}",
    ):
        cfg = load_config(write(tmp_path, BASE + f"bridges:\n  qq: {bridge}\n"), DECLARED)
        assert cfg.bridges.qq is not None


def test_secret_is_v11_http_post_only_and_never_plain(tmp_path: Path) -> None:
    e = error(tmp_path, BASE + "bridges:\n  qq: {version: 11, url: 'ws://x:1', secret: x}\n")
    assert e.path == "bridges.qq.secret" and "$env" in e.reason
    e = error(
        tmp_path,
        BASE + "bridges:\n  qq: {version: 11, url: 'ws://x:1', secret: {$env: HOME}}\n",
    )
    assert e.path == "bridges.qq.secret" and "OneBot 11 HTTP POST only" in e.reason


def test_check_config_and_run_refuse_an_open_listener(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's config: a reverse WebSocket on 0.0.0.0 with no access_token."""
    from classmod import cli, logs

    monkeypatch.setattr(logs, "configure_logging", lambda: None)
    reverse = "{version: 11, transport: reverse_ws, listen: '0.0.0.0:6700'}"
    path = write(tmp_path, BASE + f"bridges:\n  qq: {reverse}\n")
    for command in ("check-config", "run"):
        assert cli.main([command, str(path)]) == 2
        err = capsys.readouterr().err
        assert f"{path}:7: bridges.qq.access_token: " in err and "reachable" in err
