"""Every value is range-checked at load, so ``run`` never dies of one later: durations, rule
settings, addresses, timezones; and what ``run`` needs besides (a bridge for every platform,
a store it can open) is named with the key and the fix."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from classmod.config import (
    MAX_DURATION,
    ConfigError,
    check_runnable,
    load_config,
    parse_duration,
)
from classmod.plugins import Host, make_plugin_manager
from classmod.storage.writer import StoreOpenError
from classmod.store import Store

ROSTER = Path(__file__).parents[2] / "configs" / "rosters" / "demo-class.yaml"
DECLARED = {rid: r.spec for rid, r in Host(make_plugin_manager(())).rules.items()}
QQ = "bridges:\n  qq: {version: 11, url: 'ws://127.0.0.1:3001'}\n"


def load(tmp_path: Path, body: str) -> object:
    path = tmp_path / "school.yaml"
    path.write_text(
        f"school: 测试学校\n{body}groups:\n  g1: {{platform: qq, roster: {ROSTER}}}\n",
        encoding="utf-8",
    )
    return load_config(path, DECLARED)


def error(tmp_path: Path, body: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load(tmp_path, body)
    return info.value


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("30s", 30), ("10m", 600), ("2h", 7200), ("1w", 604800), (90, 90), ("3660d", 3660 * 86400)],
)
def test_durations_within_ten_years(value: object, seconds: int) -> None:
    assert parse_duration(value) == timedelta(seconds=seconds) <= MAX_DURATION


@pytest.mark.parametrize("value", [-1, "3661d", "523w", 10**12, "1" + "0" * 4400 + "s", True])
def test_durations_negative_past_ten_years_or_not_numbers_are_refused(value: object) -> None:
    with pytest.raises(ValueError):
        parse_duration(value)


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("repeats", "1000000000000"),
        ("burst_seconds", "-5"),
        ("repeat_window_seconds", "1" + "0" * 30),
    ],
)
def test_a_rule_setting_out_of_range_is_named(tmp_path: Path, setting: str, value: str) -> None:
    e = error(tmp_path, f"rules:\n  R10:\n    {setting}: {value}\n")
    assert (e.path, e.line) == (f"rules.R10.{setting}", 4)
    assert "from 0 to 1000000000" in e.reason


def test_a_nan_threshold_is_named(tmp_path: Path) -> None:
    e = error(tmp_path, "rules:\n  R06: {model_threshold: .nan}\n")
    assert e.path == "rules.R06.model_threshold" and "from 0 to" in e.reason


@pytest.mark.parametrize(
    "bridge",
    [
        "{version: 11, url: 'ws://[::1]:3001'}",
        "{version: 11, url: 'wss://gateway.school.example/onebot'}",
        "{version: 11, transport: reverse_ws, listen: '[::1]:8765/onebot'}",
        "{version: 11, transport: reverse_ws, listen: ':8765'}",
        "{version: 12, transport: http_poll, url: 'https://gw.example:8443'}",
    ],
)
def test_good_gateway_addresses_load(tmp_path: Path, bridge: str) -> None:
    assert load(tmp_path, f"bridges:\n  qq: {bridge}\n") is not None


@pytest.mark.parametrize(
    ("homeserver", "reason"),
    [("matrix.school.example", "must start with http://"), ("https://", "needs a host")],
)
def test_a_homeserver_needs_a_scheme_and_a_host(
    tmp_path: Path, homeserver: str, reason: str
) -> None:
    e = error(
        tmp_path,
        f"bridges:\n  matrix: {{homeserver: '{homeserver}', user_id: '@bot:school.example'}}\n",
    )
    assert e.path == "bridges.matrix.homeserver" and reason in e.reason


def test_run_needs_a_bridge(tmp_path: Path) -> None:
    config = load(tmp_path, "")
    with pytest.raises(ConfigError) as info:
        check_runnable(config)  # type: ignore[arg-type]
    assert info.value.path == "bridges" and "no bridge is configured" in info.value.reason


def test_run_needs_a_management_room_for_the_school_office(tmp_path: Path) -> None:
    config = load(tmp_path, QQ + "school_office: {room: '!office:school.example'}\n")
    with pytest.raises(ConfigError) as info:
        check_runnable(config)  # type: ignore[arg-type]
    assert (info.value.path, info.value.line) == ("school_office.room", 4)


async def test_a_store_path_that_is_a_directory_is_named_with_the_fix(tmp_path: Path) -> None:
    with pytest.raises(StoreOpenError) as info:
        await Store(tmp_path).open()
    assert info.value.path == str(tmp_path) and "is a directory" in info.value.reason
    assert "store.path" in info.value.fix


async def test_a_store_that_opens_after_a_refusal_is_unharmed(tmp_path: Path) -> None:
    other = tmp_path / "roster.yaml"
    other.write_bytes(ROSTER.read_bytes())
    with pytest.raises(StoreOpenError):
        await Store(other).open()
    assert other.read_bytes() == ROSTER.read_bytes()
    async with Store(tmp_path / "classmod.sqlite") as store:
        assert await store.schema_version() >= 1
