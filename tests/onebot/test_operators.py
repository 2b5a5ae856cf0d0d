"""docs/operators.md followed in a temporary root: the shipped unit file verifies with
systemd's own checker, the doc's config and environment file run as written (paths moved
into the root, the gateway the OneBot peer), the service's state directory is used, the
health endpoint answers and the metrics scrape parses with the Prometheus client's parser.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import yaml
from prometheus_client.parser import text_string_to_metric_families

from .helpers import TOKEN, eventually
from .peer import OneBotPeer
from .test_service import GUARD, free_port, get, roster

ROOT = Path(__file__).parents[2]
DOC = ROOT / "docs" / "operators.md"
UNIT = ROOT / "configs" / "classmod.service"


def blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def test_the_unit_in_the_doc_is_the_shipped_one() -> None:
    shipped = UNIT.read_text(encoding="utf-8").splitlines()
    (documented,) = blocks("ini")
    for line in documented.splitlines():
        assert line in shipped, line
    unit = {k: v for k, _, v in (x.partition("=") for x in shipped if "=" in x)}
    assert unit["User"] == "classmod" and unit["StateDirectory"] == "classmod"
    assert unit["ExecStart"].endswith("classmod run /etc/classmod/school.yaml")
    assert unit["RestartPreventExitStatus"] == "2 3"  # the CLI's config and refusal codes
    from classmod.cli import EXIT_CONFIG, EXIT_REFUSED

    assert (EXIT_CONFIG, EXIT_REFUSED) == (2, 3)


def test_the_unit_file_verifies_in_a_temporary_root(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    assert analyze, "systemd-analyze (Debian's systemd package) is needed to check the unit"
    units = Path("/usr/lib/systemd/system")
    (tmp_path / "usr/lib/systemd").mkdir(parents=True)
    shutil.copytree(units, tmp_path / "usr/lib/systemd/system", symlinks=True)
    (tmp_path / "etc/systemd/system").mkdir(parents=True)
    shutil.copy(UNIT, tmp_path / "etc/systemd/system/classmod.service")
    exe = tmp_path / "opt/classmod/venv/bin/classmod"
    exe.parent.mkdir(parents=True)
    exe.write_text("#!/bin/sh\n", encoding="utf-8")
    exe.chmod(0o755)
    (tmp_path / "bin").mkdir()
    shutil.copy("/bin/kill", tmp_path / "bin/kill")
    result = subprocess.run(
        [analyze, "verify", f"--root={tmp_path}", "/etc/systemd/system/classmod.service"],
        capture_output=True,
        text=True,
        timeout=GUARD,
        check=False,
        env={**os.environ, "SYSTEMD_LOG_LEVEL": "notice"},
    )
    assert result.returncode == 0, result.stderr
    assert "classmod.service" not in result.stderr, result.stderr


async def test_the_doc_steps_run_the_service_in_a_temporary_root(tmp_path: Path) -> None:
    peer = await OneBotPeer(version=11, access_token=TOKEN).start()
    peer.add_group("123456789", [("30001", "学生1妈妈", "member")])
    port = free_port()
    # the state directory as the doc makes it, and the config and env file as it writes them
    state = tmp_path / "var/lib/classmod"
    state.mkdir(parents=True, mode=0o700)
    etc = tmp_path / "etc/classmod"
    (etc / "rosters").mkdir(parents=True)
    roster(etc / "rosters", "class1.yaml", "class1")
    (config_text,) = blocks("yaml")
    config = yaml.safe_load(config_text)
    assert config["store"]["path"] == "/var/lib/classmod/classmod.sqlite"
    config["store"]["path"] = str(state / "classmod.sqlite")
    assert config["observe"]["listen"] == 9464
    config["observe"]["listen"] = port
    config["bridges"]["qq"]["url"] = peer.ws_url
    (etc / "school.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    env_file = next(b for b in blocks("sh") if b.startswith("CLASSMOD_QQ_TOKEN="))
    secrets = dict(line.split("=", 1) for line in env_file.splitlines() if line)
    assert set(secrets) == {"CLASSMOD_QQ_TOKEN"}
    secrets["CLASSMOD_QQ_TOKEN"] = TOKEN  # the peer's; the doc's is a placeholder
    log = tmp_path / "run.log"
    with log.open("ab") as out:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "classmod.cli",
            "run",
            str(etc / "school.yaml"),
            stdout=out,
            stderr=out,
            env={**os.environ, **secrets},
        )
    try:
        await eventually(lambda: peer.connected, GUARD)
        for _ in range(GUARD * 10):
            try:
                status, body = await get(f"http://127.0.0.1:{port}/healthz")
            except OSError:
                status, body = 0, ""
            if status == 200:
                break
            await asyncio.sleep(0.1)
        assert status == 200, body
        assert json.loads(body)["checks"]["bridge:qq"] == {"ok": True}
        status, text = await get(f"http://127.0.0.1:{port}/metrics")
        assert status == 200
        names = {f.name for f in text_string_to_metric_families(text)}
        assert {"classmod_events", "classmod_decision_seconds", "classmod_healthy"} <= names
        db = state / "classmod.sqlite"
        assert stat.S_IMODE(db.stat().st_mode) == 0o600
        assert (state / "classmod.sqlite.lock").read_text() == str(proc.pid)
        proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(proc.wait(), GUARD) == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
        await peer.close()
