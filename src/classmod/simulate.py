"""``classmod simulate``: replay an exported chat bundle through the real engine, act on nothing.

The input and output formats are fixed by SIMULATE.md. Bad input stops with the file, the
line and what is wrong; nothing is skipped silently.
"""

from __future__ import annotations

import json
import os
import stat
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TextIO

from classmod.capabilities import PLATFORM_CAPABILITIES
from classmod.config import (
    ConfigError,
    GroupConfig,
    SchoolConfig,
    load_bundle_groups,
    load_config,
    short_repr,
)
from classmod.engine import Engine, GroupSetup
from classmod.model import Decision, Message, MessageKind
from classmod.plugins import Host, host_for, make_plugin_manager
from classmod.policy import PolicyConfig
from classmod.terms import LearnedTerm, with_terms

_KINDS = {k.value for k in MessageKind}
#: the longest transcript line (one message; a long notice is a few KB)
MAX_LINE_BYTES = 1024 * 1024
#: how deeply a transcript line may nest (a message is a flat object)
MAX_LINE_DEPTH = 32


def _depth_exceeds(raw: str, limit: int) -> bool:
    """Whether the JSON text nests deeper than ``limit`` (brackets outside strings), found
    without recursing: the decoder would hit Python's recursion limit first."""
    if raw.count("[") + raw.count("{") <= limit:  # a message line: one object, no scan
        return False
    depth = 0
    in_string = escaped = False
    for char in raw:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return True
        elif char in "]}":
            depth -= 1
    return False


def _lone_surrogate(value: str) -> int | None:
    """The index of the first lone surrogate in ``value`` (a ``\\ud800`` escape with no
    pair: not Unicode, it cannot be written out as UTF-8), or None."""
    for index, char in enumerate(value):
        if "\ud800" <= char <= "\udfff":
            return index
    return None


@dataclass(slots=True)
class Summary:
    messages: Counter[str] = field(default_factory=Counter)  # per group
    flags: Counter[str] = field(default_factory=Counter)  # per category
    actions: Counter[str] = field(default_factory=Counter)  # per action kind

    def table(self) -> str:
        lines = ["group            messages"]
        lines += [f"{g:<16} {n:>8}" for g, n in sorted(self.messages.items())]
        lines += ["", "category         flags"]
        lines += [
            f"{c:<16} {n:>8}" for c, n in sorted(self.flags.items(), key=lambda x: (-x[1], x[0]))
        ]
        lines += ["", "action           count"]
        lines += [
            f"{a:<16} {n:>8}" for a, n in sorted(self.actions.items(), key=lambda x: (-x[1], x[0]))
        ]
        return "\n".join(lines)


def parse_transcript_line(raw: str, file: Path, lineno: int) -> Message:
    """One transcript line as a Message, or a ConfigError naming the file and line."""
    if _depth_exceeds(raw, MAX_LINE_DEPTH):
        raise ConfigError(
            file, "", f"nested too deeply (more than {MAX_LINE_DEPTH} levels)", lineno
        )
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ConfigError(
            file, "", f"invalid JSON: {exc.msg} (column {exc.colno})", lineno
        ) from None
    except RecursionError:  # the depth check above makes this unreachable in practice
        raise ConfigError(file, "", "nested too deeply", lineno) from None
    if not isinstance(obj, dict):
        raise ConfigError(file, "", "each line must be a JSON object", lineno)
    for key in ("id", "ts", "group", "sender"):
        if not isinstance(obj.get(key), str) or not obj[key]:
            raise ConfigError(file, key, "missing or not a non-empty string", lineno)
    for key in ("id", "ts", "group", "sender", "name", "text", "reply_to"):
        value = obj.get(key)
        if isinstance(value, str) and (at := _lone_surrogate(value)) is not None:
            raise ConfigError(
                file,
                key,
                f"a lone surrogate \\u{ord(value[at]):04x} at character {at + 1}: not"
                " Unicode text (an escape that lost its pair)",
                lineno,
            )
    text = obj.get("text", "")
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise ConfigError(file, "text", "must be a string", lineno)
    kind = obj.get("kind", "text") or "text"
    if not isinstance(kind, str) or kind not in _KINDS:
        raise ConfigError(
            file,
            "kind",
            f"unknown kind {short_repr(kind)} (one of {', '.join(sorted(_KINDS))})",
            lineno,
        )
    try:
        ts = datetime.fromisoformat(obj["ts"])
    except ValueError:
        raise ConfigError(
            file, "ts", f"not an ISO 8601 timestamp: {short_repr(obj['ts'])}", lineno
        ) from None
    if ts.tzinfo is None:
        raise ConfigError(file, "ts", "timestamp needs a UTC offset, e.g. +08:00", lineno)
    reply_to = obj.get("reply_to")
    if reply_to is not None and not isinstance(reply_to, str):
        raise ConfigError(file, "reply_to", "must be a message id or null", lineno)
    name = obj.get("name", "") or ""
    if not isinstance(name, str):
        raise ConfigError(file, "name", "must be a string", lineno)
    mentions = obj.get("mentions", []) or []
    if not isinstance(mentions, list) or not all(isinstance(m, str) for m in mentions):
        raise ConfigError(file, "mentions", "must be a list of member ids", lineno)
    if any(_lone_surrogate(m) is not None for m in mentions):
        raise ConfigError(file, "mentions", "a lone surrogate: not Unicode text", lineno)
    return Message(
        id=obj["id"],
        group_id=obj["group"],
        sender_id=obj["sender"],
        display_name=name,
        text=text,
        ts=ts,
        kind=MessageKind(kind),
        reply_to=reply_to,
        mentions=tuple(mentions),
    )


def transcript_files(bundle: Path, groups: Mapping[str, GroupConfig]) -> list[Path]:
    """The bundle's transcript files, in the order they are replayed."""
    files: list[Path] = []
    tdir = bundle / "transcripts"
    if tdir.is_dir():
        files = sorted(p.resolve() for p in tdir.glob("*.jsonl"))
    for g in groups.values():
        if g.transcript is not None and g.transcript not in files:
            if not g.transcript.exists():
                raise ConfigError(
                    bundle / "groups.yaml",
                    f"groups.{g.group.id}.transcript",
                    f"file not found: {g.transcript}",
                )
            files.append(g.transcript)
    if not files:
        raise ConfigError(bundle, "transcripts", "no transcript files (*.jsonl) found")
    return files


def read_transcripts(bundle: Path, groups: Mapping[str, GroupConfig]) -> Iterator[Message]:
    """All transcript messages of the bundle, file by file, line by line."""
    seen: set[str] = set()
    for file in transcript_files(bundle, groups):
        for lineno, raw in _lines(file):
            if not raw.strip():
                continue
            msg = parse_transcript_line(raw, file, lineno)
            if msg.group_id not in groups:
                raise ConfigError(
                    file,
                    "group",
                    f"unknown group {short_repr(msg.group_id)} (not in groups.yaml)",
                    lineno,
                )
            if msg.id in seen:
                raise ConfigError(file, "id", f"duplicate message id {short_repr(msg.id)}", lineno)
            seen.add(msg.id)
            yield msg


def _lines(file: Path) -> Iterator[tuple[int, str]]:
    """The lines of a transcript, numbered from 1: a regular file (a FIFO or a device is
    refused before it is read), strict UTF-8, each line at most ``MAX_LINE_BYTES``."""
    try:
        fd = os.open(file, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise ConfigError(file, "", "file not found") from None
    except OSError as exc:
        raise ConfigError(file, "", f"cannot be opened: {exc.strerror or exc}") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        what = "a directory" if stat.S_ISDIR(mode) else "not a regular file"
        raise ConfigError(file, "", f"is {what}: a transcript is a .jsonl file")
    with os.fdopen(fd, "rb") as fh:
        lineno = 0
        while True:
            lineno += 1
            raw = fh.readline(MAX_LINE_BYTES + 1)
            if not raw:
                return
            if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                raise ConfigError(file, "", f"line longer than {MAX_LINE_BYTES} bytes", lineno)
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ConfigError(
                    file,
                    "",
                    f"not UTF-8 text: byte 0x{raw[exc.start]:02x} at byte {exc.start + 1}"
                    f" of the line ({exc.reason})",
                    lineno,
                ) from None
            yield lineno, text


def build_engine(
    bundle: Path, config_path: Path | None = None, *, terms: Sequence[LearnedTerm] = ()
) -> tuple[Engine, dict[str, GroupConfig]]:
    """The engine a replay runs: the bundle's groups with default rules, or the school's
    rules (``config_path``) and its learned terms in use (``terms``, from its store)."""
    school: SchoolConfig | None = None
    if config_path is not None:
        school = load_config(config_path)
        host = host_for(school)
    else:
        host = Host(make_plugin_manager())
    declared = {rid: r.spec for rid, r in host.rules.items()}
    groups = load_bundle_groups(bundle / "groups.yaml", declared, host.default_on)
    policy = PolicyConfig()
    if school is not None:
        policy = school.policy
        groups = {gid: _with_school_rules(g, school) for gid, g in groups.items()}
    setups = []
    for gid, g in groups.items():
        rules, vetoes = with_terms(g.rules, terms, gid)
        setups.append(
            GroupSetup(
                group=g.group,
                roster=g.roster,
                rules=rules,
                policy=policy,
                capabilities=PLATFORM_CAPABILITIES[g.group.platform],
                vetoes=vetoes,
            )
        )
    return Engine(host, setups), groups


def _with_school_rules(g: GroupConfig, school: SchoolConfig) -> GroupConfig:
    own = school.groups.get(g.group.id)
    rules = own.rules if own is not None else school.rules
    return GroupConfig(group=g.group, roster=g.roster, rules=rules, transcript=g.transcript)


#: called with each message and its decision, in replay order (the report, the progress line)
Observer = Callable[[Message, Decision], None]


def replay(
    engine: Engine,
    groups: Mapping[str, GroupConfig],
    bundle: Path,
    out: TextIO,
    *,
    observe: Observer | None = None,
) -> Summary:
    """The bundle's transcripts through ``engine``: one decision line each, into ``out``."""
    summary = Summary()
    for msg in read_transcripts(bundle, groups):
        decision = engine.handle_message(msg)
        if observe is not None:
            observe(msg, decision)
        labels: list[str] = []
        rules: list[str] = []
        for v in decision.verdicts:
            if v.label not in labels:
                labels.append(v.label)
            if v.rule_id not in rules:
                rules.append(v.rule_id)
        record = {
            "id": msg.id,
            "categories": labels,
            "rules": rules,
            "actions": [a.to_json() for a in decision.actions],
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        summary.messages[msg.group_id] += 1
        for v in decision.verdicts:
            summary.flags[str(v.category)] += 1
        for a in decision.actions:
            summary.actions[str(a.kind)] += 1
    return summary
