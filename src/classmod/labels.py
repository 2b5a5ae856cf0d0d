"""Labelled examples: what staff taught the bot about a school's messages.

Two ways in, both by staff:

- ``误判`` to an alert (or ``同意`` to an appeal): the message broke no rule; it is kept as a
  clean example (``expect: []``) of the rule and category the bot got wrong.
- ``这是广告``, ``这是辱骂`` … (这是 and a category's name, see :data:`LABEL_WORDS`) replying to
  a message the bot let pass: it is kept as an example of that category (``expect: ["ad"]``),
  and the bot acts as the category's rule would (ad, abuse, illegal content: the message is
  withdrawn where the platform can).

A school exports and imports them (``classmod labels export|import CONFIG FILE.jsonl``), one
JSON object a line: ``{"id", "group", "ts", "text", "expect"}`` as in the simulate corpus;
``classmod simulate BUNDLE --labels FILE.jsonl`` scores a replay against them. The texts are
blanked after the retention period like any stored message text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from classmod.config import ConfigError, short_repr
from classmod.model import Category
from classmod.words import CATEGORY_NAMES

#: the words after 这是 that name a category: its name (CATEGORY_NAMES) and what staff say
LABEL_WORDS: dict[str, Category] = {name: category for category, name in CATEGORY_NAMES.items()}
LABEL_WORDS.update(
    {
        "辱骂": Category.ABUSE,
        "骂人": Category.ABUSE,
        "脏话": Category.ABUSE,
        "违法内容": Category.ILLEGAL,
        "违规内容": Category.ILLEGAL,
        "谣言": Category.RUMOR,
        "广告刷屏": Category.FLOOD,
        "拉票": Category.RANKING,
        "泄露隐私": Category.STUDENT_PRIVACY,
        "煽动": Category.INCITEMENT,
        "负面": Category.SLANDER,
    }
)

#: the categories whose rules withdraw the message (a labelled one is withdrawn too)
WITHDRAWN = frozenset({Category.AD, Category.ABUSE, Category.ILLEGAL})

_LABEL = re.compile(r"^这(?:是|属于|条是)(?P<word>[^，。！!,.\s]{1,8})[。！!.]*$")

#: how an example came to be
SOURCES = ("correction", "label", "import")


def parse_label(text: str) -> Category | None:
    """``这是广告`` → ``Category.AD``; None for anything else (``这是我家孩子`` included)."""
    m = _LABEL.match(text.strip())
    if m is None:
        return None
    word = m.group("word")
    return LABEL_WORDS.get(word) or LABEL_WORDS.get(word.removesuffix("吧").removesuffix("啊"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Example:
    """One labelled message. ``expect`` lists the categories it should get ([] is clean);
    ``category`` and ``rule_id`` say what the label is about (the corrected rule, or the
    category staff named); ``text`` is '' once the retention period blanked it."""

    group_id: str
    message_id: str
    ts: datetime
    text: str
    expect: tuple[str, ...]
    category: str = ""
    rule_id: str = ""
    source: str = "label"
    by: str = ""
    labelled_at: datetime | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.message_id,
            "group": self.group_id,
            "ts": self.ts.isoformat(),
            "text": self.text,
            "expect": list(self.expect),
        }


def write_jsonl(examples: Iterable[Example], path: Path) -> int:
    """The examples into ``path`` (written beside it and moved over it); how many."""
    tmp = path.with_name(path.name + ".tmp")
    count = 0
    try:
        with tmp.open("w", encoding="utf-8") as out:
            for example in examples:
                out.write(json.dumps(example.to_json(), ensure_ascii=False) + "\n")
                count += 1
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ConfigError(path, "", f"cannot be written: {exc.strerror or exc}") from None
    tmp.replace(path)
    return count


_CATEGORIES = {c.value for c in Category}


def parse_example(raw: str, file: Path, lineno: int) -> Example:
    """One labels line as an Example, or a ConfigError naming the file, line and key."""
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ConfigError(
            file, "", f"invalid JSON: {exc.msg} (column {exc.colno})", lineno
        ) from None
    except RecursionError:
        raise ConfigError(file, "", "nested too deeply", lineno) from None
    if not isinstance(obj, dict):
        raise ConfigError(file, "", "each line must be a JSON object", lineno)
    for key in ("id", "group", "ts"):
        if not isinstance(obj.get(key), str) or not obj[key]:
            raise ConfigError(file, key, "missing or not a non-empty string", lineno)
    text = obj.get("text", "")
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise ConfigError(file, "text", "must be a string", lineno)
    try:
        ts = datetime.fromisoformat(obj["ts"])
    except ValueError:
        raise ConfigError(
            file, "ts", f"not an ISO 8601 timestamp: {short_repr(obj['ts'])}", lineno
        ) from None
    if ts.tzinfo is None:
        raise ConfigError(file, "ts", "timestamp needs a UTC offset, e.g. +08:00", lineno)
    expect = obj.get("expect")
    if not isinstance(expect, list) or not all(isinstance(c, str) for c in expect):
        raise ConfigError(
            file, "expect", 'missing or not a list of categories (["ad"], or [] for clean)', lineno
        )
    for c in expect:
        if c.split(":", 1)[0] not in _CATEGORIES:
            raise ConfigError(
                file,
                "expect",
                f"unknown category {short_repr(c)} (one of {', '.join(sorted(_CATEGORIES))})",
                lineno,
            )
    return Example(
        group_id=obj["group"],
        message_id=obj["id"],
        ts=ts,
        text=text,
        expect=tuple(dict.fromkeys(expect)),
        category=expect[0].split(":", 1)[0] if expect else "",
        source="import",
    )


def read_jsonl(path: Path) -> Iterator[Example]:
    """The examples of a labels file, line by line; the first bad line stops with an error
    naming the file, the line and what is wrong."""
    for _lineno, example in numbered_examples(path):
        yield example


def numbered_examples(path: Path) -> Iterator[tuple[int, Example]]:
    """(line number, example) of a labels file, as :func:`read_jsonl` reads it."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(path, "", "file not found") from None
    except IsADirectoryError:
        raise ConfigError(path, "", "is a directory: a labels file is a .jsonl file") from None
    except OSError as exc:
        raise ConfigError(path, "", f"cannot be read: {exc.strerror or exc}") from None
    seen: dict[tuple[str, str], int] = {}
    for lineno, line in enumerate(data.split(b"\n"), start=1):
        try:
            raw = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ConfigError(
                path, "", f"not UTF-8 text: byte 0x{line[exc.start]:02x} ({exc.reason})", lineno
            ) from None
        if not raw.strip():
            continue
        example = parse_example(raw, path, lineno)
        key = (example.group_id, example.message_id)
        if key in seen:
            raise ConfigError(
                path,
                "id",
                f"duplicate message {short_repr(example.message_id)} of group"
                f" {short_repr(example.group_id)} (first on line {seen[key]})",
                lineno,
            )
        seen[key] = lineno
        yield lineno, example


__all__ = [
    "LABEL_WORDS",
    "SOURCES",
    "WITHDRAWN",
    "Example",
    "numbered_examples",
    "parse_example",
    "parse_label",
    "read_jsonl",
    "write_jsonl",
]
