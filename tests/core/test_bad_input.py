"""Every bad config, roster, store path and bundle of issue 14 (paragraph 8), as a user meets
it: through the ``classmod`` command (``classmod.cli:main``, the installed entry point). Each
stops with exit 2 and one line naming the file, the line where known, the key path and what
is wrong; never a traceback, never a hang, and ``run`` never starts on a value it would die
of later. What used to hang or crash the interpreter (an alias bomb, ``/dev/zero``, a FIFO,
a 20,000-deep YAML) runs in its own process, as ``classmod`` on a command line; the rest
call ``main`` in this one (the same code, without a process start each).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROSTER = Path(__file__).parents[2] / "configs" / "rosters" / "demo-class.yaml"
BUNDLE = Path(__file__).parents[1] / "bundles" / "mini"

# a guard so that a regression fails instead of hanging the suite, not a speed assertion
GUARD = 120


def classmod(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """``classmod ARGS`` in a process of its own."""
    return subprocess.run(
        [sys.executable, "-m", "classmod.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=GUARD,
        env={**os.environ, "CLASSMOD_TEST_QQ_TOKEN": "t0ken"},
        check=False,
    )


Main = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def main(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Main:
    """``classmod ARGS`` in this process: the entry point's exit code and output."""
    from classmod import cli, logs

    monkeypatch.setattr(logs, "configure_logging", lambda: None)
    monkeypatch.setenv("CLASSMOD_TEST_QQ_TOKEN", "t0ken")

    def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
        code = cli.main([str(a) for a in args])
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, out, err)

    return run


def refused(result: subprocess.CompletedProcess[str], *parts: str) -> str:
    """The command stopped with one clear error line holding every one of ``parts``."""
    err = result.stderr
    assert result.returncode == 2, (result.returncode, err[-2000:])
    assert "Traceback" not in err, err[-2000:]
    assert err.startswith("error: ") and err.count("\n") == 1, err[-2000:]
    for part in parts:
        assert part in err, (part, err)
    return err


def school(tmp_path: Path, top: str = "", *, roster: str | Path = ROSTER, name: str = "") -> Path:
    """A school config whose line 2 is ``top`` (with a QQ bridge that validates)."""
    path = tmp_path / (name or "school.yaml")
    path.write_text(
        f"""school: 测试学校
{top}
bridges:
  qq: {{version: 11, url: "ws://127.0.0.1:9", access_token: {{$env: CLASSMOD_TEST_QQ_TOKEN}}}}
groups:
  g1:
    platform: qq
    platform_id: "700000001"
    roster: {roster}
""",
        encoding="utf-8",
    )
    return path


# -- check-config ---------------------------------------------------------------------------


def test_a_20000_deep_yaml_is_refused_without_recursing(tmp_path: Path) -> None:
    cfg = school(tmp_path, "extra: " + "[" * 20_000 + "]" * 20_000)
    refused(classmod("check-config", cfg), f"{cfg}:2: ", "nested too deeply")


def test_a_yaml_alias_bomb_is_refused_before_it_is_built(tmp_path: Path) -> None:
    bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        bomb.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    cfg = tmp_path / "school.yaml"
    cfg.write_text("\n".join([*bomb, "school: x", "groups: {}"]) + "\n", encoding="utf-8")
    err = refused(classmod("check-config", cfg), f"{cfg}:", "alias bomb")
    assert int(err.split(f"{cfg}:")[1].split(":")[0]) <= len(bomb)  # where it goes past


def test_a_recursive_alias_is_refused(tmp_path: Path, main: Main) -> None:
    cfg = school(tmp_path, "extra: &loop [1, *loop]")
    refused(main("check-config", cfg), f"{cfg}:2: ", "inside its own anchor")


def test_a_timezone_of_6000_characters_is_named_and_not_echoed_whole(
    tmp_path: Path, main: Main
) -> None:
    cfg = school(tmp_path, "timezone: " + "A" * 6000)
    err = refused(main("check-config", cfg), f"{cfg}:2: timezone: unknown timezone")
    assert len(err) < 300


@pytest.mark.parametrize("zone", ["Asia", "../../../etc/passwd", "Asia/Shang\\x00hai"])
def test_a_timezone_that_is_a_directory_or_a_path_is_unknown(
    tmp_path: Path, main: Main, zone: str
) -> None:
    cfg = school(tmp_path, f'timezone: "{zone}"')
    refused(main("check-config", cfg), f"{cfg}:2: timezone: unknown timezone")


@pytest.mark.parametrize("decay", ["1000000000000d", "999999999d", "3661d", "9" * 5000 + "s"])
def test_a_duration_past_ten_years_is_refused_at_load(
    tmp_path: Path, main: Main, decay: str
) -> None:
    """``999999999d`` used to pass check-config, and ``run`` then died of OverflowError."""
    cfg = school(tmp_path, f"policy: {{strike_decay: {decay}}}")
    for command in ("check-config", "run"):
        refused(main(command, cfg), f"{cfg}:2: policy.strike_decay: too long", "3660d")


def test_the_longest_duration_still_loads(tmp_path: Path, main: Main) -> None:
    cfg = school(tmp_path, "policy: {strike_decay: 3660d}")
    done = main("check-config", cfg)
    assert done.returncode == 0 and "OK" in done.stdout, done.stderr


def test_a_roster_path_that_is_a_directory(tmp_path: Path, main: Main) -> None:
    cfg = school(tmp_path, roster=tmp_path)
    refused(main("check-config", cfg), f"{cfg}:9: groups.g1.roster: {tmp_path}: is a directory")


def test_a_roster_on_dev_zero_is_refused_without_reading_it(tmp_path: Path) -> None:
    cfg = school(tmp_path, roster="/dev/zero")
    refused(classmod("check-config", cfg), f"{cfg}:9: groups.g1.roster: /dev/zero: is a device")


def test_a_roster_that_is_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "roster.yaml"
    os.mkfifo(fifo)
    cfg = school(tmp_path, roster=fifo)
    refused(classmod("check-config", cfg), f"{cfg}:9: groups.g1.roster: {fifo}: is a FIFO")


def test_a_config_on_dev_zero_is_refused_without_reading_it() -> None:
    refused(classmod("check-config", "/dev/zero"), "/dev/zero: is a device")


def test_a_config_that_is_a_directory_or_too_large(tmp_path: Path, main: Main) -> None:
    refused(main("check-config", tmp_path), f"{tmp_path}: is a directory")
    big = school(tmp_path, "# " + "x" * (5 * 1024 * 1024))
    refused(main("check-config", big), f"{big}: too large")


# -- run ------------------------------------------------------------------------------------


def store_config(tmp_path: Path, store: Path) -> Path:
    return school(tmp_path, f'store: {{path: "{store}"}}')


def test_run_names_a_store_in_a_directory_it_cannot_write(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    if os.access(locked, os.W_OK):  # root writes anywhere: /sys refuses even root
        locked = Path("/sys")
    cfg = store_config(tmp_path, locked / "classmod.sqlite")
    refused(
        classmod("run", cfg),
        f"{cfg}:2: store.path: {locked / 'classmod.sqlite'}: cannot be created in {locked}",
        "writable",
    )


def test_run_names_a_store_path_that_is_not_a_database(tmp_path: Path, main: Main) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("家长会记录\n", encoding="utf-8")
    cfg = store_config(tmp_path, other)
    refused(main("run", cfg), f"{cfg}:2: store.path: {other}: is not a SQLite database")
    assert other.read_text(encoding="utf-8") == "家长会记录\n"  # left untouched


def test_run_names_a_store_path_that_is_a_directory(tmp_path: Path, main: Main) -> None:
    cfg = store_config(tmp_path, tmp_path)
    refused(main("run", cfg), f"{cfg}:2: store.path: {tmp_path}: is a directory")


@pytest.mark.parametrize(
    ("bridge", "key", "reason"),
    [
        ("{version: 11, transport: reverse_ws, listen: abc}", "listen", "expected host:port"),
        ("{version: 11, transport: reverse_ws, listen: '127.0.0.1:99999'}", "listen", "99999"),
        ("{version: 11, url: 'http://127.0.0.1:3001'}", "url", "must start with ws://"),
        ("{version: 11, url: 'ws://127.0.0.1:99999'}", "url", "port out of range"),
        ("{version: 11, url: 'ws://'}", "url", "needs a host"),
        (
            "{version: 12, transport: http_poll, url: 'ws://127.0.0.1:1'}",
            "url",
            "must start with http://",
        ),
    ],
)
def test_run_refuses_a_gateway_address_it_cannot_use(
    tmp_path: Path, main: Main, bridge: str, key: str, reason: str
) -> None:
    cfg = tmp_path / "school.yaml"
    cfg.write_text(
        f"school: 测试学校\nbridges:\n  qq: {bridge}\n"
        f"groups:\n  g1: {{platform: qq, roster: {ROSTER}}}\n",
        encoding="utf-8",
    )
    for command in ("check-config", "run"):
        refused(main(command, cfg), f"{cfg}:3: bridges.qq.{key}: ", reason)


def test_run_refuses_a_management_room_on_a_platform_with_no_bridge(
    tmp_path: Path, main: Main
) -> None:
    cfg = school(tmp_path, 'management: {platform: matrix, room: "!manage:school.example"}')
    for command in ("check-config", "run"):
        refused(
            main(command, cfg),
            f"{cfg}:2: management.platform: the management room is on matrix",
            "bridges.matrix is not configured",
        )


def test_run_refuses_a_group_on_a_platform_with_no_bridge(tmp_path: Path, main: Main) -> None:
    cfg = tmp_path / "school.yaml"
    cfg.write_text(
        "school: 测试学校\nbridges:\n  qq: {version: 11, url: 'ws://127.0.0.1:9'}\n"
        f"groups:\n  g1:\n    platform: wechat\n    roster: {ROSTER}\n",
        encoding="utf-8",
    )
    refused(
        main("run", cfg),
        f"{cfg}:6: groups.g1.platform: the group is on wechat",
        "bridges.wechat is not configured",
    )


# -- simulate -------------------------------------------------------------------------------


def bundle_with(tmp_path: Path, line: bytes) -> tuple[Path, Path]:
    """The mini bundle with ``line`` appended to its g1 transcript (as line 11)."""
    bundle = tmp_path / "bundle"
    for src in BUNDLE.rglob("*"):
        if src.is_file():
            dst = bundle / src.relative_to(BUNDLE)
            dst.parent.mkdir(parents=True, exist_ok=True)
            dst.write_bytes(src.read_bytes())
    transcript = bundle / "transcripts" / "g1.jsonl"
    lines = transcript.read_bytes().splitlines()
    assert len(lines) == 10
    transcript.write_bytes(b"\n".join([*lines, line]) + b"\n")
    return bundle, transcript


LINE = b'{"id": "%s", "ts": "2026-09-07T07:32:20+08:00", "group": "g1", "sender": "t_zhou"}'


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (LINE % b"g1-\xff\xfe", ":11: not UTF-8 text: byte 0xff"),
        (LINE % b"g1-\\ud800", ":11: id: a lone surrogate \\ud800"),
        (LINE.replace(b'"t_zhou"', b'"t_\\udfff"') % b"g1-x", ":11: sender: a lone surrogate"),
        (b'{"id": "a", "x": ' + b"[" * 5000 + b"]" * 5000 + b"}", ":11: nested too deeply"),
        (b'{"id": "a", "x": "' + b"x" * (2 * 1024 * 1024) + b'"}', ":11: line longer than"),
    ],
)
def test_simulate_names_the_bad_line_and_writes_nothing(
    tmp_path: Path, main: Main, line: bytes, reason: str
) -> None:
    bundle, transcript = bundle_with(tmp_path, line)
    out = tmp_path / "decisions.jsonl"
    refused(main("simulate", bundle, "--out", out), f"{transcript}{reason}")
    assert list(tmp_path.glob("decisions.jsonl*")) == []  # no half-written output


def test_simulate_names_an_out_file_in_a_missing_directory(tmp_path: Path, main: Main) -> None:
    out = tmp_path / "missing" / "decisions.jsonl"
    refused(
        main("simulate", BUNDLE, "--out", out),
        f"{out}: --out: the directory {out.parent} does not exist",
    )
    refused(main("simulate", BUNDLE, "--out", tmp_path), f"{tmp_path}: --out: is a directory")


def test_simulate_refuses_a_transcript_that_is_not_a_regular_file(tmp_path: Path) -> None:
    bundle, transcript = bundle_with(tmp_path, LINE % b"g1-0099")
    transcript.unlink()
    os.mkfifo(transcript)
    refused(
        classmod("simulate", bundle, "--out", tmp_path / "o.jsonl"),
        f"{transcript}: is not a regular file",
    )
