"""Every YAML example in README.md and docs/*.md passes ``check-config`` as shipped.

A block that holds a whole school config (``school`` and ``groups``) is checked as it is,
with the rosters it names. Another block says what it is in the HTML comment on the line
before its fence, and is checked as that:

- ``<!-- check-config: fragment -->``: part of a school config, merged into a small whole
  one (a group on each platform, every bridge, a management room);
- ``<!-- check-config: fragment under bridges -->``: the same, placed under that key path;
- ``<!-- check-config: roster fragment under roster -->``: part of a roster file.

A Python block whose first line is ``# NAME.py`` is written beside the config (a plugin the
example loads). Secrets are left unset, as on a machine where nobody set them yet: they are
notes, not errors. An unmarked partial block fails this test: mark it.
"""

from __future__ import annotations

import copy
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from classmod import cli
from classmod.config import load_config, load_roster

REPO = Path(__file__).parents[2]
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
ROSTER = REPO / "configs" / "rosters" / "demo-class.yaml"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)
MARK = re.compile(r"<!-- check-config: (roster )?fragment(?: under ([\w.]+))? -->\s*$")

BASE: dict[str, Any] = {
    "school": "文档示例学校",
    "bridges": {
        "matrix": {
            "homeserver": "https://matrix.school.example",
            "user_id": "@classmod:school.example",
            "access_token": {"$env": "CLASSMOD_MATRIX_TOKEN"},
        },
        "qq": {
            "version": 11,
            "url": "ws://127.0.0.1:3001",
            "access_token": {"$env": "CLASSMOD_QQ_TOKEN"},
        },
        "wechat": {
            "version": 12,
            "transport": "reverse_ws",
            "access_token": {"$env": "CLASSMOD_WX_TOKEN"},
        },
    },
    "management": {"platform": "matrix", "room": "!staff:school.example"},
    "groups": {
        "class-3-1": {"platform": "qq", "roster": "rosters/3-1.yaml"},
        "class-3-2": {"platform": "wechat", "roster": "rosters/3-2.yaml"},
    },
}


@dataclass(frozen=True)
class Block:
    doc: Path
    line: int
    lang: str
    text: str
    mark: re.Match[str] | None

    def __str__(self) -> str:
        return f"{self.doc.relative_to(REPO)}:{self.line}"


def blocks() -> list[Block]:
    found = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for m in FENCE.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            before = text[: m.start()].rstrip("\n").rpartition("\n")[2]
            found.append(Block(doc, line, m.group(1), m.group(2), MARK.search(before)))
    return found


YAML = [b for b in blocks() if b.lang == "yaml"]


def merge(base: Any, part: Any) -> Any:
    if isinstance(base, dict) and isinstance(part, dict):
        out = dict(base)
        for key, value in part.items():
            out[key] = merge(base.get(key), value) if key in base else value
        return out
    return part


def under(path: str | None, part: Any) -> Any:
    for key in reversed(path.split(".") if path else []):
        part = {key: part}
    return part


@pytest.fixture(autouse=True)
def forget_example_plugins(tmp_path: Path) -> Iterator[None]:
    """A plugin an example loaded is dropped after: another test may load its namesake."""
    yield
    for name, module in list(sys.modules.items()):
        if str(getattr(module, "__file__", None) or "").startswith(str(tmp_path)):
            del sys.modules[name]


@pytest.fixture
def no_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    for doc in DOCS:
        for name in re.findall(r"\$env:\s*(\w+)", doc.read_text(encoding="utf-8")):
            monkeypatch.delenv(name, raising=False)
    for name in ("CLASSMOD_MATRIX_TOKEN", "CLASSMOD_QQ_TOKEN", "CLASSMOD_WX_TOKEN"):
        monkeypatch.delenv(name, raising=False)


def test_the_docs_have_yaml_examples_to_check() -> None:
    assert len(YAML) >= 8
    assert any(b.mark is None for b in YAML)  # a whole config (docs/operators.md)


@pytest.mark.usefixtures("no_secrets")
@pytest.mark.parametrize("block", YAML, ids=str)
def test_every_yaml_example_passes_check_config(
    block: Block, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = yaml.safe_load(block.text)
    assert isinstance(data, dict), f"{block}: not a mapping"
    if block.mark is not None and block.mark.group(1):  # a roster's part
        roster = merge(
            yaml.safe_load(ROSTER.read_text(encoding="utf-8")), under(block.mark.group(2), data)
        )
        path = tmp_path / "roster.yaml"
        path.write_text(yaml.safe_dump(roster, allow_unicode=True), encoding="utf-8")
        assert load_roster(path).students
        return
    if block.mark is not None:
        config = merge(copy.deepcopy(BASE), under(block.mark.group(2), data))
    else:
        assert {"school", "groups"} <= set(data), (
            f"{block}: a partial config: mark it (<!-- check-config: fragment -->)"
        )
        config = data
    for group in config["groups"].values():  # the rosters it names, as a school has them
        roster = tmp_path / group["roster"]
        roster.parent.mkdir(parents=True, exist_ok=True)
        roster.write_bytes(ROSTER.read_bytes())
    for other in blocks():  # a plugin the example loads, beside the config
        named = re.match(r"# (\w+\.py)\b", other.text)
        if other.doc == block.doc and other.lang == "python" and named:
            (tmp_path / named.group(1)).write_text(other.text, encoding="utf-8")
    path = tmp_path / "school.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    assert cli.main(["check-config", str(path)]) == 0, f"{block}: {capsys.readouterr().err}"
    assert f"{path}: OK" in capsys.readouterr().out
    loaded = load_config(path, runnable=True)
    # what the example sets is what was loaded (not the base's)
    if "digest" in data:
        assert loaded.digest is not None and loaded.digest.weekday == data["digest"]["weekday"]
    if "banlists" in data:
        assert loaded.banlists is not None and set(loaded.banlists.lists) == set(
            data["banlists"]["lists"]
        )
