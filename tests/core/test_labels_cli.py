"""``classmod labels export|import CONFIG FILE.jsonl`` through the real CLI and a real store."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from classmod.cli import main
from classmod.labels import Example
from classmod.ops import hold_store
from classmod.store import Store
from classmod.testing import FakeClock

ROSTER = Path(__file__).parents[2] / "configs" / "rosters" / "demo-class.yaml"


def write_config(directory: Path) -> Path:
    directory.mkdir(exist_ok=True)
    cfg = directory / "school.yaml"
    cfg.write_text(
        f"""
school: 测试学校
store: {{path: state.sqlite}}
groups:
  g1:
    platform: matrix
    platform_id: "!class"
    class: 三年级(2)班
    roster: {ROSTER}
""",
        encoding="utf-8",
    )
    return cfg


def stored(path: Path) -> list[Example]:
    async def read() -> list[Example]:
        async with Store(path) as store:
            return await store.examples.stored()

    return asyncio.run(read())


def test_export_then_import_into_another_school_store(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    source = write_config(tmp_path / "a")

    async def seed() -> None:
        async with Store(tmp_path / "a" / "state.sqlite") as store:
            await store.examples.add(
                Example(group_id="g1", message_id="$p", ts=clock.now, text="代购", expect=("ad",)),
                clock.now,
            )
            await store.examples.add(
                Example(group_id="g1", message_id="$i", ts=clock.now, text="", expect=()),
                clock.now,
            )

    asyncio.run(seed())
    file = tmp_path / "labels.jsonl"
    assert main(["labels", "export", str(source), str(file)]) == 0
    out = capsys.readouterr().out
    assert f"2 labelled message(s) -> {file}" in out and "1 without text" in out
    lines = [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["group"], r["text"], r["expect"]) for r in lines] == [
        ("$i", "g1", "", []),
        ("$p", "g1", "代购", ["ad"]),
    ]
    target = write_config(tmp_path / "b")
    assert main(["labels", "import", str(target), str(file)]) == 0
    assert "2 labelled message(s) imported" in capsys.readouterr().out
    back = stored(tmp_path / "b" / "state.sqlite")
    assert [(e.message_id, e.text, e.expect, e.source) for e in back] == [
        ("$i", "", (), "import"),
        ("$p", "代购", ("ad",), "import"),
    ]


def test_import_names_the_bad_line_and_stores_nothing(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    config = write_config(tmp_path / "a")
    file = tmp_path / "labels.jsonl"
    good = '{"id": "m1", "group": "g1", "ts": "2026-09-07T09:00:00+08:00", "expect": ["ad"]}'
    other = '{"id": "m2", "group": "g9", "ts": "2026-09-07T09:00:00+08:00", "expect": []}'
    file.write_text(f"{good}\n{other}\n", encoding="utf-8")
    assert main(["labels", "import", str(config), str(file)]) == 2
    err = capsys.readouterr().err
    assert f"{file}:2: group: unknown group 'g9' (not in {config})" in err
    assert stored(tmp_path / "a" / "state.sqlite") == []
    file.write_text(f"{good}\nnot json\n", encoding="utf-8")
    assert main(["labels", "import", str(config), str(file)]) == 2
    assert f"{file}:2: invalid JSON" in capsys.readouterr().err


def test_import_is_refused_while_a_run_holds_the_store(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    config = write_config(tmp_path / "a")
    file = tmp_path / "labels.jsonl"
    file.write_text(
        '{"id": "m1", "group": "g1", "ts": "2026-09-07T09:00:00+08:00", "expect": []}\n',
        encoding="utf-8",
    )
    with hold_store(tmp_path / "a" / "state.sqlite"):
        assert main(["labels", "import", str(config), str(file)]) == 2
    assert "the store is in use" in capsys.readouterr().err


def test_export_of_a_missing_store_or_into_a_missing_directory(
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    config = write_config(tmp_path / "a")
    assert main(["labels", "export", str(config), str(tmp_path / "x.jsonl")]) == 2
    assert "no such store file" in capsys.readouterr().err
    assert main(["labels", "export", str(config), str(tmp_path / "no" / "x.jsonl")]) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize("verb", ["export", "import"])
def test_labels_needs_its_arguments(verb: str, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        main(["labels", verb])
    assert "required" in capsys.readouterr().err
