"""``classmod devserver``: a real Synapse, a fixed port and secret kept across starts, the
antispam module on request, and a real SIGTERM that leaves no Synapse process behind."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from classmod.dev.devserver import (
    STATE_FILE,
    SynapseError,
    free_port,
    load_state,
    registration_mac,
)
from tests.matrix.conftest import synapse_or_skip

ROOT = Path(__file__).resolve().parents[2]


class Running:
    """``classmod devserver`` as its own process, read until it says how to use it."""

    def __init__(self, *args: str, python: str) -> None:
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
            "SYNAPSE_PYTHON": python,
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "classmod.cli", "devserver", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        assert self.proc.stdout is not None
        self.lines: list[str] = []
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))
            if line.startswith("stop:"):
                break
        else:
            raise AssertionError(f"devserver exited before it was ready: {self.lines}")

    def value(self, prefix: str) -> str:
        return next(x for x in self.lines if x.startswith(prefix)).split(": ", 1)[1].split()[0]

    def terminate(self) -> str:
        self.proc.send_signal(signal.SIGTERM)
        rest, _ = self.proc.communicate(timeout=60)
        assert self.proc.returncode == 0
        return rest


def register(url: str, secret: str, user: str, password: str) -> str:
    path = f"{url}/_synapse/admin/v1/register"
    with urllib.request.urlopen(path, timeout=10) as resp:
        nonce = json.loads(resp.read())["nonce"]
    body = {
        "nonce": nonce,
        "username": user,
        "password": password,
        "admin": False,
        "mac": registration_mac(secret, nonce, user, password, False),
    }
    req = urllib.request.Request(path, data=json.dumps(body).encode(), method="POST")
    req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, timeout=30) as resp:
        return str(json.loads(resp.read())["user_id"])


def login(url: str, user: str, password: str) -> str:
    body = {"type": "m.login.password", "identifier": {"type": "m.id.user", "user": user}}
    body["password"] = password  # type: ignore[assignment]
    req = urllib.request.Request(
        f"{url}/_matrix/client/v3/login", data=json.dumps(body).encode(), method="POST"
    )
    req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, timeout=30) as resp:
        return str(json.loads(resp.read())["user_id"])


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is gone for good but still answers signal 0: read its state
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ", 1)[1].startswith("Z"))


def test_sigterm_stops_synapse_and_a_restart_keeps_port_secret_and_users(tmp_path: Path) -> None:
    python = synapse_or_skip()
    state = tmp_path / "dev"
    port = free_port()
    first = Running("--state", str(state), "--port", str(port), python=python)
    url = first.value("dev homeserver")
    secret = first.value("registration shared secret")
    assert url == f"http://127.0.0.1:{port}"
    assert any("register_new_matrix_user" in x and secret in x for x in first.lines)
    assert any("Element" in x for x in first.lines)
    pid = int(first.value("synapse process"))
    assert alive(pid)
    assert register(url, secret, "alice", "pw-alice-1") == "@alice:localhost"
    assert "synapse stopped" in first.terminate()
    assert not alive(pid)

    again = Running("--state", str(state), python=python)  # no flags: the state dir's
    assert again.value("dev homeserver") == url
    assert again.value("registration shared secret") == secret
    assert login(url, "alice", "pw-alice-1") == "@alice:localhost"
    pid = int(again.value("synapse process"))
    again.terminate()
    assert not alive(pid)


def test_antispam_module_is_loaded(tmp_path: Path) -> None:
    python = synapse_or_skip()
    state = tmp_path / "dev"
    hook = "http://127.0.0.1:9"  # nothing listens: fail open lets messages through
    running = Running(
        "--state", str(state), "--port", str(free_port()), "--antispam", hook,
        "--antispam-secret", "s3cret", python=python,
    )  # fmt: skip
    try:
        config = json.loads((state / "synapse" / "homeserver.yaml").read_text())
        assert config["modules"][0]["module"] == "synapse_http_antispam.HTTPAntispam"
        assert config["modules"][0]["config"]["base_url"] == hook
        assert any(x.startswith(f"antispam module: asks {hook}") for x in running.lines)
        url = running.value("dev homeserver")
        with urllib.request.urlopen(f"{url}/_matrix/client/versions", timeout=10) as resp:
            assert resp.status == 200
    finally:
        running.terminate()


def test_state_file_flags_win_and_a_bad_file_is_named(tmp_path: Path) -> None:
    port, secret = load_state(tmp_path, 12345, "abc")
    assert (port, secret) == (12345, "abc")
    assert load_state(tmp_path, None, None) == (12345, "abc")
    assert load_state(tmp_path, 23456, None) == (23456, "abc")
    (tmp_path / STATE_FILE).write_text("{not json")
    with pytest.raises(SynapseError, match=STATE_FILE):
        load_state(tmp_path, None, None)
