"""``check-config`` that helps: every error of a file in one run and in file order, a "did you
mean" for a misspelt key, rule or value, plain words instead of pydantic's, and secrets that
are not set yet noted for ``run`` instead of failing ``check-config`` and ``simulate``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from toyrules import plugins

from classmod import cli
from classmod.config import (
    UNSET_SECRET,
    ConfigError,
    ConfigErrors,
    check_runnable,
    load_config,
    load_roster,
)
from classmod.plugins import Host, make_plugin_manager

REPO = Path(__file__).parents[2]
ROSTER = REPO / "configs" / "rosters" / "demo-class.yaml"
BUNDLE = REPO / "tests" / "bundles" / "mini"
DECLARED = {rid: r.spec for rid, r in Host(make_plugin_manager(())).rules.items()}
TOY = {
    rid: r.spec
    for rid, r in Host(
        make_plugin_manager(plugins(), standard_rules=False, entry_points=False)
    ).rules.items()
}
#: what pydantic says that an IT person should never have to read
JARGON = re.compile(
    r"Input should|Value error|Extra inputs|type=|pydantic|errors\.pydantic\.dev|literal\[|"
    r"function-(before|after|wrap|plain)|\w+Model\b|dataclass|\[key\]"
)

#: a config with a problem in most sections, pydantic's and the later checks' mixed; each
#: line that holds one is marked, in the order check-config must tell them
BROKEN = """\
school: 测试学校
polcy: {}                                        # 2 unknown key
quiet_hours: {start: "25:00", end: "07:00"}      # 3 not a time
rules:
  R1O: true                                      # 5 unknown rule
  R10: {repeat: 3, burst_seconds: lots}          # 6 unknown setting, not a number
policy:
  ladder:
    - {action: mutee}                            # 9 not a step
  texts: {wran: hi}                              # 10 unknown text
  strikes: {slandr: false}                       # 11 unknown category
bridges:
  qq: {version: 13, url: 'ws://127.0.0.1:1'}     # 13 no such version
banlists:
  write: shcool                                  # 15 names no list
  lists:
    school: {room: "#b:hs", groups: [g1, g9]}    # 17 unknown group
groups:
  g1:
    platform: wechatt                            # 20 no such platform
    roster: ROSTER
  g2:
    platform: qq
    roster: ROSTER
    grade: 1.5                                   # 25 not a whole number
    rulez: {}                                    # 26 unknown key
    rules: {R09: {enabled: sometimes}}           # 27 not true or false
"""
EXPECTED = [
    (2, "polcy"),
    (3, "quiet_hours.start"),
    (5, "rules.R1O"),
    (6, "rules.R10.repeat"),
    (6, "rules.R10.burst_seconds"),
    (9, "policy.ladder[0].action"),
    (10, "policy.texts.wran"),
    (11, "policy.strikes.slandr"),
    (13, "bridges.qq.version"),
    (15, "banlists.write"),
    (17, "banlists.lists.school.groups[1]"),
    (20, "groups.g1.platform"),
    (25, "groups.g2.grade"),
    (26, "groups.g2.rulez"),
    (27, "groups.g2.rules.R09.enabled"),
]


def write(tmp_path: Path, body: str, name: str = "school.yaml") -> Path:
    path = tmp_path / name
    path.write_text(body.replace("ROSTER", str(ROSTER)), encoding="utf-8")
    return path


def errors(path: Path, declared: object = DECLARED) -> ConfigErrors:
    with pytest.raises(ConfigErrors) as info:
        load_config(path, declared)  # type: ignore[arg-type]
    return info.value


def test_every_error_of_a_file_is_told_in_one_run_in_file_order(tmp_path: Path) -> None:
    path = write(tmp_path, BROKEN)
    found = errors(path)
    assert [(e.line, e.path) for e in found.errors] == EXPECTED
    assert all(e.file == str(path) for e in found.errors)
    # the exception reads as the first, and prints all of them, one a line
    assert (found.line, found.path) == EXPECTED[0]
    assert str(found).splitlines() == [str(e) for e in found.errors]


def test_check_config_prints_every_error_and_goes_on_to_the_next_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = write(tmp_path, BROKEN)
    good = write(
        tmp_path,
        "school: 好学校\nbridges: {qq: {version: 11, url: 'ws://127.0.0.1:1'}}\n"
        "groups: {g1: {platform: qq, roster: ROSTER}}\n",
        "good.yaml",
    )
    assert cli.main(["check-config", str(broken), str(good)]) == cli.EXIT_CONFIG
    out, err = capsys.readouterr()
    told = [line for line in err.splitlines() if line.startswith("error: ")]
    # what run needs is told too: ban lists need the Matrix bridge
    expected = [*EXPECTED[:10], (16, "banlists.lists"), *EXPECTED[10:]]
    assert [t.split(": ", 3)[1:3] for t in told] == [
        [f"{broken}:{line}", path] for line, path in expected
    ]
    with pytest.raises(ConfigErrors) as info:
        load_config(broken, runnable=True)
    assert told == [f"error: {e}" for e in info.value.errors]
    assert f"{len(expected)} problems, in file order" in err
    assert f"{good}: OK — 好学校, 1 group(s)" in out


def test_errors_of_the_rosters_it_names_come_after_the_configs_each_in_line_order(
    tmp_path: Path,
) -> None:
    roster = tmp_path / "r.yaml"
    roster.write_text(
        "roster:\n"
        "  teachers:\n"
        "    - {id: t1, name: 周, role: boss}\n"  # 3
        "    - {id: t1, name: 王}\n"  # 4 duplicate
        "    - {id: t3, name: 李, subjct: 数学}\n"  # 5
        "  students:\n"
        "    - {name: 小明, guardians: [{id: t1}]}\n"  # 7 already a teacher
        "  supervsor: x\n",  # 8
        encoding="utf-8",
    )
    path = write(
        tmp_path,
        "school: 测试学校\ngroups:\n  g1: {platform: qq, roster: r.yaml}\n"
        "  g2: {platform: qq, roster: r.yaml}\nrulez: {}\n",
    )
    found = errors(path)
    assert [(Path(e.file).name, e.line, e.path) for e in found.errors] == [
        ("school.yaml", 5, "rulez"),
        ("r.yaml", 3, "roster.teachers[0].role"),
        ("r.yaml", 4, "roster.teachers[1].id"),
        ("r.yaml", 5, "roster.teachers[2].subjct"),
        ("r.yaml", 7, "roster.students[0].guardians[0]"),
        ("r.yaml", 8, "roster.supervsor"),
    ]  # once each, though two groups share the roster
    with pytest.raises(ConfigErrors) as info:
        load_roster(roster)
    assert len(info.value.errors) == 5


QQ = "bridges:\n  qq: {version: 11, url: 'ws://127.0.0.1:1'}\n"


@pytest.mark.parametrize(
    ("body", "path", "meant"),
    [
        ("polcy: {}\n", "polcy", "policy"),  # top level
        ("groups:\n  g1: {platform: qq, roster: ROSTER, rulez: {}}\n", "groups.g1.rulez", "rules"),
        ("policy: {strike_decy: 30d}\n", "policy.strike_decy", "strike_decay"),
        ("policy: {texts: {wran: hi}}\n", "policy.texts.wran", "warn"),
        ("policy: {strikes: {slandr: false}}\n", "policy.strikes.slandr", "slander"),
        ("policy: {strikes: {R1O: false}}\n", "policy.strikes.R1O", '"R01" or "R10"'),
        ("policy: {ladder: [{action: mutee}]}\n", "policy.ladder[0].action", "mute"),
        ("rules: {R10: {repats: 3}}\n", "rules.R10.repats", "repeats"),
        ("rules: {r10: false}\n", "rules.r10", "R10"),
        ("rules: {R18x: false}\n", "rules.R18x", "R18"),
        (
            "groups:\n  g1: {platform: qq, roster: ROSTER, rules: {R1: false}}\n",
            "groups.g1.rules.R1",
            '"R01" or "R10"',  # as close as each other
        ),
        ("groups:\n  g1: {platform: wechatt, roster: ROSTER}\n", "groups.g1.platform", "wechat"),
        (
            "bridges:\n  qq: {version: 11, url: 'ws://127.0.0.1:1', acces_token: x}\n",
            "bridges.qq.acces_token",
            "access_token",
        ),
        (
            "bridges:\n  qq: {version: 11, transport: forwardws}\n",
            "bridges.qq.transport",
            "forward_ws",
        ),
        (
            "banlists: {lists: {s: {room: '#b:hs', hashd: true}}}\n",
            "banlists.lists.s.hashd",
            "hashed",
        ),
        (
            "banlists: {write: shcool, lists: {school: {room: '#b:hs'}}}\n",
            "banlists.write",
            "school",
        ),
        (
            "banlists: {lists: {s: {room: '#b:hs', groups: [g01]}}}\n",
            "banlists.lists.s.groups[0]",
            "g1",
        ),
        ("digest: {every: weak}\n", "digest.every", "week"),
        ("school_ofice: {}\n", "school_ofice", "school_office"),
        ("store: {pth: x}\n", "store.pth", "path"),
        ("quiet_hours: {start: '20:00', ned: '07:00'}\n", "quiet_hours.ned", "end"),
    ],
)
def test_a_misspelt_key_rule_or_value_gets_a_did_you_mean(
    tmp_path: Path, body: str, path: str, meant: str
) -> None:
    base = "school: 测试学校\n"
    if not body.startswith("groups:"):
        body += "groups:\n  g1: {platform: qq, roster: ROSTER}\n"
    found = errors(write(tmp_path, base + body))
    [error] = [e for e in found.errors if e.path == path]
    expected = meant if meant.startswith('"') else f'"{meant}"'
    assert f"(did you mean {expected}?)" in error.reason, error.reason
    assert error.line == (3 if body.startswith(("groups:", "bridges:")) else 2)


def test_a_misspelt_roster_key_gets_a_did_you_mean(tmp_path: Path) -> None:
    roster = tmp_path / "r.yaml"
    roster.write_text("roster:\n  teachers: [{id: t1, name: 周, rol: teacher}]\n", "utf-8")
    with pytest.raises(ConfigError) as info:
        load_roster(roster)
    assert (info.value.path, info.value.line) == ("roster.teachers[0].rol", 2)
    assert '(did you mean "role"?)' in info.value.reason


def test_a_key_with_nothing_close_lists_the_known_ones(tmp_path: Path) -> None:
    found = errors(write(tmp_path, "school: x\nstore: {zzzz: 1}\ngroups: {}\n"))
    assert found.reason == "unknown key (known: message_retention, path)"


@pytest.mark.parametrize(
    ("body", "path", "words"),
    [
        ("school: 1\n", "school", "must be text, got 1"),
        ("quiet_hours: yes\n", "quiet_hours", "must be a mapping (key: value lines) or false"),
        ("member_audit: weekly\n", "member_audit", "not a duration: 'weekly'"),
        ("night_lock: maybe\n", "night_lock", "must be true or false, got 'maybe'"),
        ("digest: {weekday: 9}\n", "digest.weekday", "must be at most 7, got 9"),
        ("banlists: {batch: lots}\n", "banlists.batch", "must be a whole number, got 'lots'"),
        (
            "banlists: {lists: {s: {room: '#b:hs', groups: some}}}\n",
            "banlists.lists.s.groups",
            "must be all or a list, got 'some'",
        ),
        ("allowed_link_domains: x.cn\n", "allowed_link_domains", "must be a list, got 'x.cn'"),
        ("management: {platform: matrix}\n", "management.room", "required, but missing"),
        ("rules: {R10: {repeats: three}}\n", "rules.R10.repeats", "must be a whole number"),
        (
            "rules: {R06: {model_threshold: high}}\n",
            "rules.R06.model_threshold",
            "must be a number, got 'high'",
        ),
        (
            "rules: {R06: {extra_terms: [a, [b]]}}\n",
            "rules.R06.extra_terms[1]",
            "must be text, got a list",
        ),
        (
            "groups:\n  g1: {platform: qq, roster: ROSTER, grade: 1.5}\n",
            "groups.g1.grade",
            "must be a whole number, got 1.5",
        ),
        ("groups:\n  g1: x\n", "groups.g1", "must be a mapping (key: value lines), got 'x'"),
        (
            "groups:\n  1: {platform: qq, roster: ROSTER}\n",
            "groups[1]",
            "a key here must be text, got 1",
        ),
    ],
)
def test_errors_are_in_plain_words_without_pydantics(
    tmp_path: Path, body: str, path: str, words: str
) -> None:
    if "groups:" not in body:
        body += "groups:\n  g1: {platform: qq, roster: ROSTER}\n"
    found = errors(write(tmp_path, "school: 测试学校\n" + body if "school:" not in body else body))
    [error] = [e for e in found.errors if e.path == path]
    assert words in error.reason, error.reason
    for e in found.errors:
        assert not JARGON.search(str(e)), str(e)


def test_the_broken_config_is_told_without_jargon(tmp_path: Path) -> None:
    for e in errors(write(tmp_path, BROKEN)).errors:
        assert not JARGON.search(str(e)), str(e)


# -- secrets --------------------------------------------------------------------------------

SECRET = """\
school: 测试学校
bridges:
  qq:
    version: 11
    url: ws://127.0.0.1:3001
    access_token: {$env: CM_TEST_UNSET_QQ_TOKEN}
groups:
  g1: {platform: qq, roster: ROSTER}
"""


@pytest.fixture
def unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CM_TEST_UNSET_QQ_TOKEN", raising=False)


@pytest.mark.usefixtures("unset")
def test_check_config_notes_a_secret_that_is_not_set_and_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, SECRET)
    assert cli.main(["check-config", str(path)]) == 0
    out = capsys.readouterr().out
    assert (
        f"note: {path}:6: bridges.qq.access_token: set CM_TEST_UNSET_QQ_TOKEN before `run`" in out
    )
    assert f"{path}: OK" in out


@pytest.mark.usefixtures("unset")
def test_run_stops_naming_the_secret_to_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from classmod import logs

    monkeypatch.setattr(logs, "configure_logging", lambda: None)
    path = write(tmp_path, SECRET)
    assert cli.main(["run", str(path)]) == cli.EXIT_CONFIG
    err = capsys.readouterr().err
    assert (
        f"error: {path}:6: bridges.qq.access_token: set CM_TEST_UNSET_QQ_TOKEN before `run`" in err
    )
    assert not (tmp_path / "classmod.sqlite").exists()  # stopped before opening anything


@pytest.mark.usefixtures("unset")
async def test_no_bridge_is_built_with_a_secret_that_is_not_set(tmp_path: Path) -> None:
    from classmod.bridges.factory import build_bridges

    from classmod.store import Store

    config = load_config(write(tmp_path, SECRET))
    assert config.bridges.qq is not None and config.bridges.qq.access_token == UNSET_SECRET
    async with Store(tmp_path / "classmod.sqlite") as store:
        with pytest.raises(ConfigError) as info:
            build_bridges(config, store)
    assert info.value.path == "bridges.qq.access_token" and info.value.line == 6


@pytest.mark.usefixtures("unset")
def test_simulate_with_the_config_needs_no_secret(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, SECRET)
    out = tmp_path / "out.jsonl"
    assert cli.main(["simulate", str(BUNDLE), "--out", str(out), "--config", str(path)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) >= 10
    assert "messages ->" in capsys.readouterr().out


def test_a_secret_written_in_the_file_is_still_an_error_with_the_others(tmp_path: Path) -> None:
    found = errors(
        write(tmp_path, SECRET.replace("{$env: CM_TEST_UNSET_QQ_TOKEN}", "hunter2") + "polcy: 1\n")
    )
    assert [(e.line, e.path) for e in found.errors] == [
        (6, "bridges.qq.access_token"),
        (9, "polcy"),
    ]
    assert "{$env: NAME}" in found.errors[0].reason
    assert "hunter2" not in str(found)


def test_an_unset_variable_for_a_key_that_is_no_secret_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CM_TEST_UNSET_URL", raising=False)
    found = errors(
        write(tmp_path, SECRET.replace("ws://127.0.0.1:3001", "{$env: CM_TEST_UNSET_URL}"))
    )
    assert (found.path, found.line) == ("bridges.qq.url", 5)
    assert "CM_TEST_UNSET_URL is not set" in found.reason


# -- keys no longer used --------------------------------------------------------------------


def test_school_office_contact_is_accepted_with_a_note(tmp_path: Path) -> None:
    config = load_config(
        write(
            tmp_path,
            "school: 测试学校\nschool_office: {contact: 校长室, escalate_after: 1h}\n"
            "groups:\n  g1: {platform: qq, roster: ROSTER}\n",
        ),
        DECLARED,
    )
    [note] = config.notes
    assert (note.path, note.line) == ("school_office.contact", 2)
    assert "no longer used" in note.text and "remove" in note.text
    assert config.school_office.escalate_after.total_seconds() == 3600


def test_runnable_problems_come_with_the_others(tmp_path: Path) -> None:
    """check-config tells what run needs in the same run (here: no bridge), but a bridge
    with a problem of its own is not also said to be missing."""
    path = write(
        tmp_path, "school: 测试学校\npolcy: 1\ngroups:\n  g1: {platform: qq, roster: ROSTER}\n"
    )
    with pytest.raises(ConfigErrors) as info:
        load_config(path, DECLARED, runnable=True)
    assert [(e.line, e.path) for e in info.value.errors] == [(1, "bridges"), (2, "polcy")]
    path = write(
        tmp_path,
        "school: 测试学校\nbridges: {qq: {version: 13, url: 'ws://127.0.0.1:1'}}\ngroups:\n"
        "  g1: {platform: qq, roster: ROSTER}\n",
    )
    with pytest.raises(ConfigErrors) as info:
        load_config(path, DECLARED, runnable=True)
    assert [e.path for e in info.value.errors] == ["bridges.qq.version"]
    config = load_config(write(tmp_path, "school: x\n" + QQ + "groups: {}\n"), DECLARED)
    check_runnable(config)  # a valid config that can run passes both


def test_a_plugin_that_does_not_load_hides_no_other_error_and_invents_none(
    tmp_path: Path,
) -> None:
    """The rules a broken plugin would declare are not called unknown; the rest is told."""
    path = write(
        tmp_path,
        "school: 测试学校\nplugins: [./missing_plugin.py]\nrules: {S9-01: {word: x}}\n"
        "groups:\n  g1: {platform: qq, roster: ROSTER, rulez: {}}\n",
    )
    with pytest.raises(ConfigErrors) as info:
        load_config(path)
    assert [e.path for e in info.value.errors] == ["plugins[0]", "groups.g1.rulez"]


def test_toy_rules_settings_errors_are_all_told(tmp_path: Path) -> None:
    found = errors(
        write(
            tmp_path,
            "school: x\nrules:\n  T01: {wrod: x, severity: lots}\n"
            "groups:\n  g1: {platform: qq, roster: ROSTER}\n",
        ),
        TOY,
    )
    assert [e.path for e in found.errors] == ["rules.T01.wrod", "rules.T01.severity"]
    assert '(did you mean "word"?)' in found.errors[0].reason


def test_no_error_lost_or_doubled_when_school_and_group_set_the_same_rule(tmp_path: Path) -> None:
    found = errors(
        write(
            tmp_path,
            "school: x\nrules:\n  R10: {repeats: lots}\ngroups:\n"
            "  g1: {platform: qq, roster: ROSTER}\n"
            "  g2: {platform: qq, roster: ROSTER, rules: {R10: {burst_seconds: -1}}}\n",
        )
    )
    assert [(e.line, e.path) for e in found.errors] == [
        (3, "rules.R10.repeats"),
        (6, "groups.g2.rules.R10.burst_seconds"),
    ]


def test_a_kindergarten_class_is_grade_0_and_a_thirteenth_grade_is_refused(tmp_path: Path) -> None:
    def body(grade: int) -> str:
        group = f"{{platform: qq, roster: ROSTER, grade: {grade}}}"
        return f"school: 测试学校\ngroups:\n  g1: {group}\n"

    config = load_config(write(tmp_path, body(0)), DECLARED)  # type: ignore[arg-type]
    assert config.groups["g1"].group.grade == 0
    [error] = [e for e in errors(write(tmp_path, body(13))).errors if e.path == "groups.g1.grade"]
    assert "12" in error.reason, error.reason
