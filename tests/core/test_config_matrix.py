"""The Matrix part of the school config: the antispam endpoint's address and shared secret.

Every error names the file, the line and the key path; the secret is only accepted as
``{$env: NAME}``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from classmod.config import ConfigError, check_runnable, load_config

ROSTER = Path(__file__).parents[2] / "configs" / "rosters" / "demo-class.yaml"

BASE = f"""school: 测试学校
groups:
  g1:
    platform: matrix
    platform_id: "!class:school.example"
    roster: {ROSTER}
bridges:
  matrix:
    homeserver: https://matrix.school.example
    user_id: "@classmod:school.example"
    access_token: {{$env: CM_TEST_MATRIX_TOKEN}}
"""


@pytest.fixture(autouse=True)
def _tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CM_TEST_MATRIX_TOKEN", "syt_token")
    monkeypatch.setenv("CM_TEST_ANTISPAM", "antispam-s3cret")


def load(tmp_path: Path, extra: str) -> object:
    path = tmp_path / "school.yaml"
    path.write_text(BASE + extra, encoding="utf-8")
    return load_config(path)


def error(tmp_path: Path, extra: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load(tmp_path, extra)
    return info.value


def test_secret_from_the_environment_reaches_the_model(tmp_path: Path) -> None:
    cfg = load(
        tmp_path,
        "    antispam_listen: 0.0.0.0:8787\n    antispam_secret: {$env: CM_TEST_ANTISPAM}\n",
    )
    matrix = cfg.bridges.matrix  # type: ignore[attr-defined]
    assert (matrix.antispam_listen, matrix.antispam_secret) == ("0.0.0.0:8787", "antispam-s3cret")


def test_loopback_endpoint_may_go_without_a_secret(tmp_path: Path) -> None:
    for listen in ("127.0.0.1:8787", "localhost:8787", "[::1]:8787", ":8787"):
        cfg = load(tmp_path, f'    antispam_listen: "{listen}"\n')
        assert cfg.bridges.matrix.antispam_secret is None  # type: ignore[attr-defined]


def test_secret_written_in_the_file_is_refused(tmp_path: Path) -> None:
    e = error(tmp_path, "    antispam_listen: 127.0.0.1:8787\n    antispam_secret: hunter2\n")
    assert (e.path, e.line) == ("bridges.matrix.antispam_secret", 13)
    assert "$env" in e.reason and str(e).startswith(f"{tmp_path / 'school.yaml'}:13: ")


def test_unset_environment_variable_is_a_note_until_run(tmp_path: Path) -> None:
    cfg = load(
        tmp_path, "    antispam_listen: 127.0.0.1:8787\n    antispam_secret: {$env: CM_NOPE}\n"
    )
    [note] = cfg.notes  # type: ignore[attr-defined]
    assert (note.path, note.line) == ("bridges.matrix.antispam_secret", 13)
    assert "set CM_NOPE before `run`" in note.text
    with pytest.raises(ConfigError) as info:
        check_runnable(cfg)  # type: ignore[arg-type]
    assert (info.value.path, info.value.line) == ("bridges.matrix.antispam_secret", 13)
    assert "set CM_NOPE before `run`" in info.value.reason


def test_endpoint_reachable_from_other_hosts_needs_the_secret(tmp_path: Path) -> None:
    e = error(tmp_path, "    antispam_listen: 0.0.0.0:8787\n")
    # the missing key is named; the line is its section's
    assert (e.path, e.line) == ("bridges.matrix.antispam_secret", 8)
    assert "0.0.0.0:8787" in e.reason and "{$env: NAME}" in e.reason
    e = error(tmp_path, "    antispam_listen: classmod.school.example:8787\n")
    assert e.path == "bridges.matrix.antispam_secret"


def test_secret_without_an_endpoint_is_a_mistake(tmp_path: Path) -> None:
    e = error(tmp_path, "    antispam_secret: {$env: CM_TEST_ANTISPAM}\n")
    assert (e.path, e.line) == ("bridges.matrix.antispam_secret", 12)
    assert "antispam_listen" in e.reason


@pytest.mark.parametrize("listen", ["8787", "127.0.0.1", "127.0.0.1:http", "127.0.0.1:70000"])
def test_malformed_listen_address(tmp_path: Path, listen: str) -> None:
    e = error(tmp_path, f'    antispam_listen: "{listen}"\n')
    assert (e.path, e.line) == ("bridges.matrix.antispam_listen", 12)
    assert "host:port" in e.reason
