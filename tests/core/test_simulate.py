"""``classmod simulate`` on a small bundle, through the real CLI and the standard rules."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path

from classmod.cli import main
from classmod.labels import Example
from classmod.store import Store

BUNDLE = Path(__file__).parents[1] / "bundles" / "mini"
VOCAB = {
    "membership",
    "nickname",
    "invite",
    "illegal",
    "abuse",
    "ad",
    "link",
    "rumor",
    "chat",
    "flood",
    "ack_reply",
    "slander",
    "incitement",
    "ranking",
    "student_privacy",
    "private_matter",
    "quiet_hours",
    "dispute",
}


def run(tmp_path: Path, *extra: str) -> list[dict]:  # type: ignore[type-arg]
    out = tmp_path / "decisions.jsonl"
    assert main(["simulate", str(BUNDLE), "--out", str(out), *extra]) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_one_decision_per_message_in_input_order(tmp_path: Path) -> None:
    rows = run(tmp_path)
    lines = [
        json.loads(x)
        for f in sorted((BUNDLE / "transcripts").glob("*.jsonl"))
        for x in f.read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]
    assert [r["id"] for r in rows] == [x["id"] for x in lines]
    for r in rows:
        assert set(r) == {"id", "categories", "rules", "actions"}
        assert all(c.split(":")[0] in VOCAB for c in r["categories"])
        assert bool(r["categories"]) == bool(r["rules"])
        if not r["categories"]:
            assert r["actions"] == []


def test_flags_the_obvious_and_leaves_the_clean(tmp_path: Path) -> None:
    by_id = {r["id"]: r for r in run(tmp_path)}
    assert by_id["g1-0001"]["categories"] == []  # a teacher's notice
    assert by_id["g1-0003"]["categories"] == []  # a polite question
    assert "ad" in {c.split(":")[0] for c in by_id["g1-0004"]["categories"]}
    assert by_id["g1-0005"]["categories"] == []  # a school link on the allowlist
    # a private vote request is an ad under seed 4.二.(二).5; only the third in a row is flood
    assert by_id["g1-0006"]["categories"] == ["ad:vote"]
    assert "flood" not in by_id["g1-0007"]["categories"]
    assert "flood" in by_id["g1-0008"]["categories"]
    assert "ranking" in by_id["q1-0001"]["categories"]  # a teacher's score list with names
    assert by_id["q1-0003"]["categories"] == []
    assert "quiet_hours" in by_id["g1-0009"]["categories"]


def test_summary_is_printed(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    run(tmp_path)
    out = capsys.readouterr().out
    assert "category" in out and "g1" in out and "13 messages" in out


def test_bad_bundle_exits_nonzero_naming_file_and_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bundle = tmp_path / "b"
    (bundle / "transcripts").mkdir(parents=True)
    (bundle / "rosters").mkdir()
    (bundle / "groups.yaml").write_text(
        (BUNDLE / "groups.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    for name in ("g1.yaml", "q1.yaml"):
        (bundle / "rosters" / name).write_text(
            (BUNDLE / "rosters" / name).read_text(encoding="utf-8"), encoding="utf-8"
        )
    good = (BUNDLE / "transcripts" / "g1.jsonl").read_text(encoding="utf-8").splitlines()
    (bundle / "transcripts" / "g1.jsonl").write_text(
        "\n".join([good[0], '{"id": "x"', good[1]]) + "\n", encoding="utf-8"
    )
    (bundle / "transcripts" / "q1.jsonl").write_text("", encoding="utf-8")
    assert main(["simulate", str(bundle), "--out", str(tmp_path / "o.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "g1.jsonl:2" in err and "invalid JSON" in err


def test_labels_score_the_replay_per_category_and_leave_the_output_alone(
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    plain = run(tmp_path)
    capsys.readouterr()
    labels = tmp_path / "labels.jsonl"
    rows = [
        ("g1", "g1-0006", ["ad"]),  # flagged ad, labelled ad
        ("g1", "g1-0007", []),  # flagged ad, staff said 误判
        ("g1", "g1-0003", ["ad"]),  # let pass, staff said 这是广告
        ("g1", "g1-0001", []),  # clean and let pass
        ("g9", "elsewhere-1", ["abuse"]),  # not in this bundle
    ]
    labels.write_text(
        "".join(
            json.dumps({"id": i, "group": g, "ts": "2026-09-07T08:00:00+08:00", "expect": e}) + "\n"
            for g, i, e in rows
        ),
        encoding="utf-8",
    )
    assert run(tmp_path, "--labels", str(labels)) == plain  # SIMULATE.md's output unchanged
    out = capsys.readouterr().out
    table = out[out.index(f"labels {labels}") :].splitlines()
    assert table[0] == f"labels {labels}: 5 labelled, 4 in the bundle"
    assert table[1].split() == ["category", "precision", "recall", "labelled"]
    assert table[2].split() == ["ad", "0.50", "0.50", "2"]
    assert table[3] == "clean labelled 2, flagged by the rules 1: g1/g1-0007"


def test_a_bad_labels_file_stops_simulate_before_the_replay(
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    labels = tmp_path / "labels.jsonl"
    labels.write_text('{"id": "g1-0001", "group": "g1", "ts": "2026-09-07T08:00:00+08:00"}\n')
    out = tmp_path / "o.jsonl"
    assert main(["simulate", str(BUNDLE), "--out", str(out), "--labels", str(labels)]) == 2
    assert f"{labels}:1: expect: missing or not a list" in capsys.readouterr().err
    assert not out.exists()


def school_config(tmp_path: Path) -> Path:
    """A school config for the bundle's groups, with a store file of its own."""
    cfg = tmp_path / "school.yaml"
    cfg.write_text(
        f"""
school: 青山区实验小学
store: {{path: state.sqlite}}
groups:
  g1: {{platform: wechat, class: 一年级(2)班, roster: {BUNDLE / "rosters" / "g1.yaml"}}}
  q1: {{platform: qq, class: 三年级(1)班, roster: {BUNDLE / "rosters" / "q1.yaml"}}}
""",
        encoding="utf-8",
    )
    return cfg


async def fill_store(path: Path) -> None:
    """Two labels staff gave, and a term they confirmed: R06 lets 帮我孩子投个票 pass in g1."""
    now = datetime(2026, 9, 8, 9, 0, tzinfo=UTC)
    async with Store(path) as store:
        for mid, expect in (("g1-0006", ()), ("g1-0003", ("ad",))):
            example = Example(group_id="g1", message_id=mid, ts=now, text="", expect=expect)
            await store.examples.add(example, now)
        term_id = store.terms.propose(
            rule_id="R06",
            kind="allow",
            term="帮我孩子投个票",
            source_group="g1",
            source_message="g1-0006",
            source_text="帮我孩子投个票吧",
            by="t_zhou",
            now=now,
        )
        await store.terms.decide(term_id, "active", "t_zhou", now)
        other = store.terms.propose(
            rule_id="R06",
            kind="allow",
            term="暑假托管班",
            source_group="g1",
            source_message="g1-0004",
            source_text="",
            by="t_zhou",
            now=now,
        )
        await store.terms.decide(other, "declined", "t_zhou", now)  # not in use


def test_simulate_with_a_config_reads_the_schools_labels_and_terms_from_its_store(
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    plain = {r["id"]: r for r in run(tmp_path)}
    cfg = school_config(tmp_path)
    without_store = {r["id"]: r for r in run(tmp_path, "--config", str(cfg))}
    assert "labels" not in capsys.readouterr().out  # no store yet: nothing to score against
    asyncio.run(fill_store(tmp_path / "state.sqlite"))
    by_id = {r["id"]: r for r in run(tmp_path, "--config", str(cfg))}
    # the confirmed allow term: R06 is not asked about the vote request any more
    assert plain["g1-0006"]["categories"] == ["ad:vote"] == without_store["g1-0006"]["categories"]
    assert by_id["g1-0006"]["categories"] == []
    assert "ad" in {c.split(":")[0] for c in by_id["g1-0004"]["categories"]}  # declined: judged
    out = capsys.readouterr().out
    store = tmp_path / "state.sqlite"
    assert f"learned terms in use from {store}: 1" in out
    table = out[out.index(f"labels {store}") :].splitlines()
    assert table[0] == f"labels {store}: 2 labelled, 2 in the bundle"
    assert table[2].split() == ["ad", "0.00", "0.00", "1"]  # g1-0003 still let pass
    assert table[3] == "clean labelled 1, flagged by the rules 0"
    # a labels file given as well wins over the store's
    labels = tmp_path / "labels.jsonl"
    labels.write_text(
        json.dumps({"id": "g1-0004", "group": "g1", "ts": "2026-09-07T08:00:00+08:00",
                    "expect": ["ad"]}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    run(tmp_path, "--config", str(cfg), "--labels", str(labels))
    assert f"labels {labels}: 1 labelled, 1 in the bundle" in capsys.readouterr().out


def test_labels_terms_lists_the_terms_in_use_and_all_with_all(
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    cfg = school_config(tmp_path)
    asyncio.run(fill_store(tmp_path / "state.sqlite"))
    assert main(["labels", "terms", str(cfg)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "1 learned term(s) in use"
    assert lines[2].split() == [
        "1", "active", "g1", "R06", "allow", "帮我孩子投个票", "by", "t_zhou", "2026-09-08"
    ]  # fmt: skip
    assert main(["labels", "terms", str(cfg), "--all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "2 learned term(s)" and lines[3].split()[:2] == ["2", "declined"]
