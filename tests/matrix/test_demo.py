"""``classmod demo`` — the README's main command — runs its whole scene against Synapse."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import synapse_or_skip

pytestmark = pytest.mark.synapse


def test_demo_plays_the_scene_and_stops_cleanly(tmp_path: Path) -> None:
    python = synapse_or_skip()
    env = {**os.environ, "SYNAPSE_PYTHON": python}
    done = subprocess.run(
        [sys.executable, "-m", "classmod.cli", "demo", "--keep", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )
    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    for expected in (
        "R06 ad",  # the ad and its ｖｘ evasion
        "R10 flood",
        "R05 abuse",
        "R17 quiet_hours",
        "R14 ranking",
        "R01 membership",
        "撤回消息 → 郭思远妈妈 ✓",
        "抱歉，/ban 只有班主任和任课老师可以使用",
        "最近一条通知尚未确认",
        "■ 已停止机器人和 Synapse。",
    ):
        assert expected in out, f"{expected!r} missing from the demo output:\n{out}"
    assert "✗" not in out, out  # every action the bot took succeeded
    assert (tmp_path / "classmod.sqlite").exists()
