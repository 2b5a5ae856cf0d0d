"""Config problems said plainly: every error of a file in one run, in file order, each
naming the file, the line and the key path, with a "did you mean" for a misspelt key or
value; pydantic's errors reworded for the IT person who reads them (no "Input should be",
no error types, no links).

``Problems`` collects while a file is checked and raises one ``ConfigErrors`` at the end;
``ConfigNote`` is what does not stop the bot (a secret not set yet, a key no longer used).
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

from pydantic import BaseModel, ValidationError

Loc = tuple[str | int, ...]


class ConfigError(Exception):
    """A configuration, roster or transcript problem: file, line, key path and reason."""

    def __init__(self, file: str | Path, path: str, reason: str, line: int | None = None):
        self.file, self.path, self.reason, self.line = str(file), path, reason, line
        where = f"{file}:{line}" if line else str(file)
        super().__init__(f"{where}: {path + ': ' if path else ''}{reason}")


class ConfigErrors(ConfigError):
    """Every problem found in a file (and the files it names, such as rosters), in file
    order. It reads as the first of them (``file``, ``line``, ``path``, ``reason``);
    ``errors`` holds them all, ``notes`` what was noted on the way."""

    def __init__(self, errors: Sequence[ConfigError], notes: Sequence[ConfigNote] = ()):
        first = errors[0]
        super().__init__(first.file, first.path, first.reason, first.line)
        self.errors = tuple(errors)
        self.notes = tuple(notes)
        self.args = ("\n".join(str(e) for e in self.errors),)

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True, slots=True, kw_only=True)
class ConfigNote:
    """Something to do that does not stop the bot now, at a file, line and key path."""

    file: str
    path: str
    text: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.path + ': ' if self.path else ''}{self.text}"


def errors_of(exc: ConfigError) -> tuple[ConfigError, ...]:
    """The single errors ``exc`` stands for."""
    return exc.errors if isinstance(exc, ConfigErrors) else (exc,)


def dotted(loc: Sequence[str | int]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def line_for(lines: Mapping[Loc, int], loc: Sequence[str | int]) -> int | None:
    """The line of ``loc``, or of the nearest key above it that is in the file."""
    here = tuple(loc)
    while here:
        if here in lines:
            return lines[here]
        here = here[:-1]
    return lines.get(())


class Problems:
    """The problems of one file, collected: ``add`` one, ``raise_if_any`` at the end."""

    def __init__(self, file: Path, lines: Mapping[Loc, int]) -> None:
        self.file, self.lines = file, lines
        self._errors: list[ConfigError] = []
        self._seen: set[tuple[str, int | None, str, str]] = set()
        self._locs: list[Loc] = []
        self.notes: list[ConfigNote] = []

    def add(self, loc: Loc, reason: str) -> None:
        self._locs.append(loc)
        self.take(ConfigError(self.file, dotted(loc), reason, line_for(self.lines, loc)))

    def take(self, exc: ConfigError) -> None:
        """Add ``exc``'s errors (another file's, such as a roster's, keep their file); the
        same error found twice (a roster two groups share) is kept once."""
        for error in errors_of(exc):
            key = (error.file, error.line, error.path, error.reason)
            if key not in self._seen:
                self._seen.add(key)
                self._errors.append(error)
        if isinstance(exc, ConfigErrors):
            self.notes.extend(exc.notes)

    def note(self, loc: Loc, text: str) -> None:
        self.notes.append(
            ConfigNote(
                file=str(self.file), path=dotted(loc), text=text, line=line_for(self.lines, loc)
            )
        )

    def clean(self, *prefixes: Loc) -> bool:
        """No problem was added at or under any of ``prefixes`` (nor above one)."""
        return not any(
            loc[: len(prefix)] == prefix or prefix[: len(loc)] == loc
            for loc in self._locs
            for prefix in prefixes
        )

    def __bool__(self) -> bool:
        return bool(self._errors)

    def raise_if_any(self) -> None:
        if self._errors:
            raise self.failure()

    def failure(self) -> ConfigErrors:
        """The problems so far as one error: this file's in line order, then each other
        file's (a roster's) in line order."""
        assert self._errors, "no problem to raise"
        files = list(dict.fromkeys([str(self.file), *(e.file for e in self._errors)]))
        ordered = sorted(self._errors, key=lambda e: (files.index(e.file), e.line or 0))
        return ConfigErrors(ordered, self.sorted_notes())

    def sorted_notes(self) -> tuple[ConfigNote, ...]:
        return tuple(sorted(self.notes, key=lambda n: n.line or 0))


# -- did you mean ---------------------------------------------------------------------------


def did_you_mean(word: object, choices: Iterable[object]) -> str:
    """`` (did you mean "policy"?)`` for the choice closest to ``word``, or ``""``. Case is
    ignored (``r10`` is ``R10``); a tie names both."""
    if not isinstance(word, str | int) or isinstance(word, bool):
        return ""
    folded: dict[str, str] = {}
    for choice in choices:
        folded.setdefault(str(choice).casefold(), str(choice))
    target = str(word).casefold()
    if target in folded and folded[target] != str(word):
        return f' (did you mean "{folded[target]}"?)'
    scored = sorted(
        (
            (difflib.SequenceMatcher(None, target, key).ratio(), name)
            for key, name in folded.items()
            if key != target
        ),
        reverse=True,
    )
    best = [name for score, name in scored if score >= 0.6 and score == scored[0][0]]
    if not best:
        return ""
    return " (did you mean " + " or ".join(f'"{name}"' for name in sorted(best)[:2]) + "?)"


def known_list(choices: Iterable[object], limit: int = 40) -> str:
    names = sorted(str(c) for c in choices)
    shown = ", ".join(names[:limit]) + (", …" if len(names) > limit else "")
    return shown or "none"


# -- the shape a loc walks through ----------------------------------------------------------


def _members(tp: Any) -> tuple[Any, ...]:
    """The types ``tp`` may be: the members of a union (None left out), or ``tp`` itself;
    ``Annotated`` unwrapped."""
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    if typing.get_origin(tp) in (Union, types.UnionType):
        out: list[Any] = []
        for arg in typing.get_args(tp):
            if arg is not type(None):
                out.extend(_members(arg))
        return tuple(out)
    return (tp,)


def _is_union(tp: Any) -> bool:
    return len(_members(tp)) > 1


def _fields(tp: Any) -> dict[str, Any] | None:
    """Key -> type of a model (its aliases as written in YAML) or dataclass, else None."""
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return {(f.alias or name): f.annotation for name, f in tp.model_fields.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        return {f.name: hints.get(f.name, Any) for f in dataclasses.fields(tp)}
    return None


def _step(tp: Any, part: str | int) -> Any:
    """The type at ``part`` inside ``tp`` (a union: its first member that has ``part``)."""
    for member in _members(tp):
        fields = _fields(member)
        if fields is not None:
            if isinstance(part, str) and part in fields:
                return fields[part]
            continue
        origin = typing.get_origin(member)
        args = typing.get_args(member)
        if origin in (dict, Mapping) and len(args) == 2:
            return args[1]
        if origin in (list, tuple, Sequence) and args and isinstance(part, int):
            return args[0]
    return None


def keys_at(model: Any, loc: Loc) -> tuple[str, ...]:
    """The keys the mapping at ``loc`` of ``model`` may hold (none known: empty)."""
    tp = model
    for part in loc:
        tp = _step(tp, part)
        if tp is None:
            return ()
    for member in _members(tp):
        fields = _fields(member)
        if fields is not None:
            return tuple(fields)
    return ()


def _split(model: Any, loc: Sequence[str | int]) -> tuple[Loc, list[int]]:
    """``loc`` as the user wrote it, and the positions in it of pydantic's union tags (the
    member a union tried) and ``[key]`` marks, which the user never wrote."""
    clean: list[str | int] = []
    tags: list[int] = []
    tp = model
    for index, part in enumerate(loc):
        if part == "[key]":
            tags.append(index)
            tp = None
            continue
        if tp is not None and _is_union(tp):
            tags.append(index)
            tp = next(
                (m for m in _members(tp) if _fields(m) is not None and m.__name__ == part),
                next(
                    (
                        m
                        for m in _members(tp)
                        if isinstance(part, str)
                        and typing.get_origin(m) in (list, dict)
                        and part.startswith(f"{typing.get_origin(m).__name__}[")
                    ),
                    None,
                ),
            )
            continue
        clean.append(part)
        tp = _step(tp, part) if tp is not None else None
    return tuple(clean), tags


# -- pydantic's errors in words -------------------------------------------------------------


def user_loc(model: Any, loc: Sequence[str | int]) -> Loc:
    """A pydantic error's location as the user wrote it (without union tags, ``[key]``)."""
    return _split(model, loc)[0]


def short_value(value: Any) -> str:
    """A value as an error quotes it: short, and a mapping or list by what it is."""
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = repr(value)
    return text if len(text) <= 60 else text[:55] + "…" + text[-4:]


def _choices(expected: str) -> list[str]:
    """pydantic's ``'matrix', 'qq' or 'wechat'`` as the values, written as in YAML."""
    out = []
    for item in re.split(r",\s*|\s+or\s+", expected):
        item = item.strip()
        if len(item) >= 2 and item[0] == item[-1] and item[0] in "'\"":
            item = item[1:-1]
        out.append({"False": "false", "True": "true", "None": "null"}.get(item, item))
    return [c for c in out if c]


_TYPE_WORDS = {
    "string_type": "must be text",
    "string_sub_type": "must be text",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "int_parsing_size": "must be a whole number of reasonable size",
    "float_type": "must be a number",
    "float_parsing": "must be a number",
    "finite_number": "must be a finite number",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "dict_type": "must be a mapping (key: value lines)",
    "model_type": "must be a mapping (key: value lines)",
    "model_attributes_type": "must be a mapping (key: value lines)",
    "dataclass_type": "must be a mapping (key: value lines)",
    "dataclass_exact_type": "must be a mapping (key: value lines)",
    "list_type": "must be a list",
    "tuple_type": "must be a list",
    "set_type": "must be a list",
    "frozen_set_type": "must be a list",
    "iterable_type": "must be a list",
    "none_required": "must be empty",
}

_BOUNDS = {
    "greater_than": ("gt", "must be more than"),
    "greater_than_equal": ("ge", "must be at least"),
    "less_than": ("lt", "must be less than"),
    "less_than_equal": ("le", "must be at most"),
    "too_short": ("min_length", "needs at least this many items:"),
    "too_long": ("max_length", "may hold at most this many items:"),
    "string_too_short": ("min_length", "needs at least this many characters:"),
    "string_too_long": ("max_length", "may be at most this many characters:"),
}


def _reason(err: Mapping[str, Any], model: Any, loc: Loc) -> str:
    """One pydantic error in plain words, at ``loc`` (as the user wrote it)."""
    kind = str(err["type"])
    ctx: Mapping[str, Any] = err.get("ctx") or {}
    value = err.get("input")
    if kind == "extra_forbidden":
        known = keys_at(model, loc[:-1])
        hint = did_you_mean(loc[-1], known) if loc else ""
        return "unknown key" + (hint or (f" (known: {known_list(known)})" if known else ""))
    if kind == "missing":
        return "required, but missing"
    if kind in ("value_error", "assertion_error"):
        return re.sub(r"^(Value error|Assertion failed), ", "", str(err["msg"]))
    if kind in ("literal_error", "enum"):
        choices = _choices(str(ctx.get("expected", "")))
        hint = did_you_mean(value, choices)
        return f"must be one of {', '.join(choices)}, got {short_value(value)}{hint}"
    if kind in _BOUNDS:
        key, words = _BOUNDS[kind]
        return f"{words} {ctx.get(key)}, got {short_value(value)}"
    if err["loc"] and err["loc"][-1] == "[key]":
        return f"a key here must be text, got {short_value(value)}"
    if kind in _TYPE_WORDS:
        return f"{_TYPE_WORDS[kind]}, got {short_value(value)}"
    # anything else pydantic may say, without its wording
    msg = str(err["msg"]).replace("Input should be", "must be").replace("Input ", "")
    return f"{msg}, got {short_value(value)}"


def _member_words(tag: str | int) -> str:
    """What a union member a pydantic tag names is, in words."""
    tag = str(tag)
    if tag.startswith("literal["):
        return " or ".join(_choices(tag[len("literal[") : -1]))
    if "parse_duration" in tag:
        return "a duration (e.g. 10m, 2h, 1d)"
    if "parse_time" in tag:
        return 'a time of day (e.g. "20:00")'
    words = {
        "bool": "true or false",
        "str": "text",
        "int": "a whole number",
        "float": "a number",
        "none": "empty",
    }
    if tag in words:
        return words[tag]
    if tag.startswith(("list[", "tuple[")):
        return "a list"
    if tag.startswith("dict["):
        return "a mapping"
    if tag[:1].isupper():
        return "a mapping (key: value lines)"
    return "another kind of value"


def validation_problems(exc: ValidationError, model: Any, base: Loc = ()) -> list[tuple[Loc, str]]:
    """``exc``'s errors as (key path, reason), the path as the user wrote it (under
    ``base``). A value a union refused is told once: the member the value was shaped for
    (a mapping for a model) tells what is wrong inside it; else the member with its own
    reason (a duration's), else what the union takes."""
    return _problems(list(exc.errors()), model, base, ())


def _problems(errors: list[Any], model: Any, base: Loc, walked: Loc) -> list[tuple[Loc, str]]:
    """``errors`` (their locations under ``walked``, a raw pydantic location) in words."""
    out: list[tuple[Loc, str]] = []
    unions: dict[Loc, dict[str | int, list[Any]]] = {}
    for err in errors:
        raw = (*walked, *err["loc"])
        clean, tags = _split(model, raw)
        at = next((t for t in tags if t >= len(walked) and raw[t] != "[key]"), None)
        if at is None:
            out.append(((*base, *clean), _reason(err, model, clean)))
        else:
            unions.setdefault(raw[:at], {}).setdefault(raw[at], []).append(
                dict(err, loc=raw[at + 1 :])
            )
    for prefix, members in unions.items():
        where = _split(model, prefix)[0]
        shaped = [tag for tag, errs in members.items() if any(e["loc"] for e in errs)]
        if shaped:  # the value has this member's shape: what is wrong inside it
            out.extend(_problems(members[shaped[0]], model, base, (*prefix, shaped[0])))
            continue
        everything = [e for errs in members.values() for e in errs]
        own = next((e for e in everything if e["type"] in ("value_error", "assertion_error")), None)
        if own is not None:  # a member with its own words (a duration's)
            out.append(((*base, *where), _reason(own, model, where)))
            continue
        words = list(dict.fromkeys(_member_words(tag) for tag in members))
        got = short_value(everything[0].get("input"))
        out.append(((*base, *where), f"must be {' or '.join(words)}, got {got}"))
    return out


__all__ = [
    "ConfigError",
    "ConfigErrors",
    "ConfigNote",
    "Loc",
    "Problems",
    "did_you_mean",
    "dotted",
    "errors_of",
    "keys_at",
    "known_list",
    "line_for",
    "short_value",
    "user_loc",
    "validation_problems",
]
