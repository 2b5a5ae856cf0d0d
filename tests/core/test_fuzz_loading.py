"""Fuzzing what classmod loads from files: school configs, rosters, a bundle's groups.yaml and
its transcripts. The property: it loads, or it raises the project's ``ConfigError`` naming
the file (and the line or key path where there is one); never another exception, never a
hang, never output that cannot be written.

The inputs are valid files with one part replaced by anything YAML or JSON can hold (huge
and negative numbers, NaN, deep nesting, odd strings, wrong types), and valid files with
characters spliced into their text (YAML syntax, anchors, aliases, tags, bytes that are not
UTF-8). Each target runs ``CLASSMOD_FUZZ_EXAMPLES`` examples (200 in the normal suite, a few
seconds each); for a longer run::

    CLASSMOD_FUZZ_EXAMPLES=20000 .venv/bin/python -m pytest -q tests/core/test_fuzz_loading.py
"""

from __future__ import annotations

import copy
import io
import json
import math
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classmod.config import (
    ConfigError,
    check_runnable,
    load_bundle_groups,
    load_config,
    load_roster,
)
from classmod.configerrors import errors_of
from classmod.engine import Engine
from classmod.plugins import Host, make_plugin_manager
from classmod.simulate import build_engine, replay

EXAMPLES = int(os.environ.get("CLASSMOD_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # no timing in the suite: a hang shows as a run that never ends
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,
)
REPO = Path(__file__).parents[2]
BUNDLE = REPO / "tests" / "bundles" / "mini"
ROSTER = REPO / "configs" / "rosters" / "demo-class.yaml"
DECLARED = {rid: r.spec for rid, r in Host(make_plugin_manager(())).rules.items()}


# -- what a file may hold -------------------------------------------------------------------

_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),  # YAML cannot hold a lone surrogate
    max_size=30,
)
_odd_strings = st.sampled_from(
    [
        "",
        " ",
        "0",
        "-1",
        "1e400",
        "nan",
        "10m",
        "-5m",
        "999999999d",
        "9" * 40 + "s",
        "25:61",
        "20:00",
        "Asia/Shanghai",
        "Asia",
        "../../etc/passwd",
        "A" * 300,
        "ws://",
        "ws://127.0.0.1:99999",
        "http://[::1:80",
        "wss://gw.example:443/onebot",
        "127.0.0.1:0",
        "0.0.0.0:8765",
        "[::]:70000",
        "abc",
        "/dev/zero",
        "/",
        ".",
        "\x00",
        "{$env: HOME}",
        "*alias",
        "!!python/object:os.system",
        "matrix",
        "qq",
        "wechat",
        "mute",
        "delete",
        "R10",
        "ad",
    ]
)
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    _text,
    _odd_strings,
)
values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(_text, _odd_strings), inner, max_size=4),
    ),
    max_leaves=12,
)
_splices = st.one_of(
    st.text(max_size=8),
    st.sampled_from(
        [
            "&a ",
            "*a",
            "*b",
            "<<: *a\n",
            "!!binary ",
            "!!python/name:os.system ",
            "? ",
            "- ",
            ": ",
            "{",
            "}",
            "[",
            "]",
            "\t",
            "\n  ",
            "'",
            '"',
            "%YAML 1.1\n",
            "---\n",
            "...\n",
            "\ufeff",
            "\x85",
            "\u2028",
            "12345678901234567890123456789",
        ]
    ),
)


def set_path(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    """``data`` with the value at ``path`` replaced (``...``: the key deleted)."""
    data = copy.deepcopy(data)
    node = data
    for key in path[:-1]:
        node = node[key]
    if value is ...:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return data


def paths(data: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield (*prefix, key)
            yield from paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield (*prefix, index)
            yield from paths(value, (*prefix, index))


def mutated(base: Any) -> st.SearchStrategy[str]:
    """YAML text: ``base`` with one part replaced, removed or added, or with text spliced in."""
    where = sorted(paths(base), key=repr)
    replaced = st.builds(
        lambda path, value: set_path(base, path, value),
        st.sampled_from(where),
        st.one_of(values, st.just(...)),
    )
    added = st.builds(
        lambda path, key, value: (
            set_path(base, (*path, key), value) if isinstance(_get(base, path), dict) else base
        ),
        st.sampled_from([(), *where]),
        _odd_strings,
        values,
    )
    structured = st.one_of(replaced, added).map(_dump)
    spliced = st.builds(
        lambda text, at, piece: text[:at] + piece + text[at:],
        st.just(_dump(base)),
        st.integers(min_value=0, max_value=len(_dump(base))),
        _splices,
    )
    return st.one_of(structured, spliced)


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        data = data[key]
    return data


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def write(path: Path, text: str | bytes) -> Path:
    path.write_bytes(text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text)
    return path


#: pydantic's own wording, which no error shows (classmod.configerrors says it plainly)
JARGON = re.compile(r"Input should|Value error|Extra inputs|type=|pydantic|literal\[|function-")


def assert_located(error: ConfigError, *files: Path) -> None:
    """A ConfigError that names one of ``files`` and says what is wrong, in plain words;
    each of them when it stands for several, in file order."""
    assert error.file in {str(f) for f in files}, (error.file, files)
    assert str(error).startswith(error.file) and error.reason, str(error)
    assert error.line is None or error.line >= 1
    every = errors_of(error)
    for one in every:
        assert one.file in {str(f) for f in files}, (one.file, files)
        assert one.reason and not JARGON.search(str(one)), str(one)
    lines = [one.line or 0 for one in every if one.file == error.file]
    assert lines == sorted(lines), [str(one) for one in every]


# -- the school config --------------------------------------------------------------------

SCHOOL: dict[str, Any] = {
    "school": "测试学校",
    "timezone": "Asia/Shanghai",
    "quiet_hours": {"start": "20:00", "end": "07:00"},
    "allowed_link_domains": ["example-school.cn"],
    "rules": {"R10": {"repeats": 3, "burst_seconds": 30}, "R07": True, "R09": False},
    "policy": {
        "ladder": [
            {"action": "point_out"},
            {"action": "mute", "duration": "10m"},
            {"action": "remove"},
        ],
        "strike_decay": "30d",
        "grace_period": "24h",
        "strikes": {"ad": True, "R10": False},
    },
    "bridges": {
        "qq": {"version": 11, "transport": "forward_ws", "url": "ws://127.0.0.1:3001"},
        "matrix": {
            "homeserver": "https://matrix.school.example",
            "user_id": "@classmod:school.example",
            "antispam_listen": "127.0.0.1:8787",
        },
    },
    "management": {"platform": "matrix", "room": "!manage:school.example"},
    "school_office": {
        "room": "!office:school.example",
        "escalate_after": "2h",
    },
    "store": {"path": "classmod.sqlite", "message_retention": "30d"},
    "notices": {"deadline": "24h"},
    "groups": {
        "g1": {
            "platform": "qq",
            "platform_id": "700000001",
            "class": "一年级(2)班",
            "grade": 1,
            "roster": str(ROSTER),
            "rules": {"R17": {"enabled": True}},
        }
    },
}


def test_the_fuzzed_config_starts_from_a_valid_one(tmp_path: Path) -> None:
    config = load_config(write(tmp_path / "school.yaml", _dump(SCHOOL)), DECLARED)
    check_runnable(config)
    assert config.groups["g1"].rules["R10"].repeats == 3


@FUZZ
@given(text=mutated(SCHOOL))
def test_a_config_loads_or_says_where_it_is_wrong(tmp_path: Path, text: str) -> None:
    path = write(tmp_path / "school.yaml", text)
    try:
        config = load_config(path, DECLARED)
        check_runnable(config)
    except ConfigError as exc:
        assert_located(exc, path, ROSTER)
        return
    # what loaded is within the ranges the bot computes with
    policy = config.policy
    for duration in (policy.strike_decay, policy.grace_period, config.store.message_retention):
        assert abs(duration.total_seconds()) < 400 * 86400 * 10
    for settings_ in config.rules.values():
        for value in vars(settings_).values() if hasattr(settings_, "__dict__") else ():
            assert not (isinstance(value, float) and not math.isfinite(value))


@FUZZ
@given(raw=st.binary(max_size=200))
def test_config_bytes_load_or_say_where_they_are_wrong(tmp_path: Path, raw: bytes) -> None:
    path = write(tmp_path / "school.yaml", raw)
    try:
        load_config(path, DECLARED)
    except ConfigError as exc:
        assert_located(exc, path, ROSTER)


# -- rosters --------------------------------------------------------------------------------

ROSTER_DATA = yaml.safe_load(ROSTER.read_text(encoding="utf-8")) | {
    "members": [
        {"id": "t_zhou", "display_name": "语文周敏"},
        {"id": "x1", "display_name": "托管", "joined": {"via": "invite", "by": "t_zhou"}},
    ]
}


@FUZZ
@given(text=mutated(ROSTER_DATA))
def test_a_roster_loads_or_says_where_it_is_wrong(tmp_path: Path, text: str) -> None:
    path = write(tmp_path / "roster.yaml", text)
    try:
        roster = load_roster(path)
    except ConfigError as exc:
        assert_located(exc, path)
        return
    assert all(isinstance(m.id, str) for m in roster.teachers + roster.members)


# -- bundles --------------------------------------------------------------------------------

GROUPS = yaml.safe_load((BUNDLE / "groups.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bundle")
    for src in BUNDLE.rglob("*"):
        if src.is_file():
            dst = root / src.relative_to(BUNDLE)
            dst.parent.mkdir(parents=True, exist_ok=True)
            dst.write_bytes(src.read_bytes())
    return root


@FUZZ
@given(text=mutated(GROUPS))
def test_a_bundles_groups_load_or_say_where_they_are_wrong(bundle: Path, text: str) -> None:
    path = write(bundle / "groups.fuzz.yaml", text)
    rosters = {(bundle / "rosters" / name).resolve() for name in ("g1.yaml", "q1.yaml")}
    try:
        load_bundle_groups(path, DECLARED)
    except ConfigError as exc:
        assert_located(exc, path, *rosters)


LINES = [
    json.loads(line)
    for line in (BUNDLE / "transcripts" / "g1.jsonl").read_text(encoding="utf-8").splitlines()
]
_json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False),
        st.text(max_size=20),
        _odd_strings,
        st.sampled_from(["2026-09-07T07:32:20+08:00", "2026-09-07T07:32:20", "g1", "q1"]),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(), inner, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def transcript_line(draw: st.DrawFn) -> bytes:
    """One line: a real message with a field replaced, JSON text with a piece spliced in
    (escapes, lone surrogates, brackets), or bytes."""
    base = dict(draw(st.sampled_from(LINES)))
    base["id"] = f"fuzz-{draw(st.integers(0, 10**6))}"
    kind = draw(st.integers(0, 2))
    if kind == 0:
        key = draw(st.sampled_from([*base, "mentions", "extra"]))
        base[key] = draw(_json_values)
        return json.dumps(base, ensure_ascii=draw(st.booleans())).encode("utf-8")
    if kind == 1:
        text = json.dumps(base, ensure_ascii=False)
        at = draw(st.integers(0, len(text)))
        piece = draw(
            st.one_of(
                st.sampled_from(
                    ["\\ud800", "\\udfff", "\\u0000", "\\", '"', "[" * 40, "{" * 40, "]", "\x00"]
                ),
                st.text(max_size=5),
            )
        )
        return (text[:at] + piece + text[at:]).encode("utf-8", "surrogatepass")
    return draw(st.binary(max_size=80)).replace(b"\n", b" ")


@pytest.fixture(scope="module")
def engine(bundle: Path) -> tuple[Engine, Any]:
    return build_engine(bundle)


@FUZZ
@given(lines=st.lists(transcript_line(), min_size=1, max_size=4))
def test_transcripts_replay_or_say_which_line_is_wrong(
    bundle: Path, engine: tuple[Engine, Any], lines: list[bytes]
) -> None:
    transcript = write(bundle / "transcripts" / "g1.jsonl", b"\n".join(lines) + b"\n")
    (bundle / "transcripts" / "q1.jsonl").write_bytes(b"")
    out = io.StringIO()
    try:
        summary = replay(engine[0], engine[1], bundle, out)
    except ConfigError as exc:
        assert_located(exc, transcript)
        assert exc.line is not None and 1 <= exc.line <= len(lines)
        return
    written = out.getvalue().encode("utf-8")  # what the CLI writes: UTF-8, every line
    assert sum(summary.messages.values()) == len(written.splitlines())
    for line in written.splitlines():
        assert set(json.loads(line)) == {"id", "categories", "rules", "actions"}
