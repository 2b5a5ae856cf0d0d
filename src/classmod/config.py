"""School configuration and rosters: YAML in, validated values out, loud errors.

Every error of a file is found in one run and told in file order, each naming the file,
the line where it can be found and the key path, e.g.::

    configs/school3.yaml:41: rules.R10.repeats: must be a whole number, got 'three'
    configs/school3.yaml:52: groups.class-3-1.rulez: unknown key (did you mean "rules"?)

Secrets are only accepted as ``{$env: NAME}`` and are read from the environment at load.
One that is not set is a note, not an error (``check-config`` and ``simulate`` need none);
``check_runnable`` refuses it, so ``run`` stops naming the variable to set.
"""

from __future__ import annotations

import copy
import dataclasses
import ipaddress
import math
import os
import re
import stat
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import time, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar, cast
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from classmod.capabilities import PLATFORM_CAPABILITIES
from classmod.configerrors import (
    ConfigError,
    ConfigErrors,
    ConfigNote,
    Loc,
    Problems,
    did_you_mean,
    known_list,
    short_value,
    user_loc,
    validation_problems,
)
from classmod.model import (
    ActionKind,
    Category,
    Group,
    Guardian,
    Member,
    Platform,
    QuietHours,
    Role,
    Roster,
    Student,
)
from classmod.platforms import registry
from classmod.policy import STRIKE_CATEGORIES, LadderStep, PolicyConfig, StepKind, Texts

# -- files and YAML, bounded -------------------------------------------------------------

#: the most a config, roster or ``groups.yaml`` may hold (a school's are a few KB)
MAX_YAML_BYTES = 4 * 1024 * 1024
#: the deepest nesting of mappings and lists a YAML file may have (a config needs about 6)
MAX_YAML_DEPTH = 64
#: how many values a YAML file may hold with every alias expanded: anchors are fine for
#: sharing a block of settings, an alias bomb (a billion laughs) is refused before it is
#: built
MAX_YAML_VALUES = 200_000


def read_bounded(path: Path, limit: int, what: str = "file") -> bytes:
    """The bytes of ``path``, a regular file of at most ``limit`` bytes, or a ConfigError.

    The file is opened non-blocking and checked with ``fstat`` before anything is read:
    a FIFO never blocks, a device (``/dev/zero``) or a directory is refused by what it is,
    and a file that grows while read is cut at ``limit`` and refused."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise ConfigError(path, "", f"{what} not found") from None
    except IsADirectoryError:
        raise ConfigError(path, "", f"is a directory, not a {what}") from None
    except PermissionError:
        raise ConfigError(path, "", "cannot be read: permission denied") from None
    except (OSError, ValueError) as exc:  # a name too long, a loop of links, a NUL byte
        raise ConfigError(path, "", f"cannot be opened: {_os_reason(exc)}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ConfigError(path, "", f"is a directory, not a {what}")
        if not stat.S_ISREG(info.st_mode):
            kind = "a FIFO" if stat.S_ISFIFO(info.st_mode) else "a device or socket"
            raise ConfigError(path, "", f"is {kind}, not a regular {what}")
        if info.st_size > limit:
            raise ConfigError(path, "", f"too large: {info.st_size} bytes (at most {limit})")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            try:
                chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            except OSError as exc:
                raise ConfigError(path, "", f"cannot be read: {_os_reason(exc)}") from None
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise ConfigError(path, "", f"too large: more than {limit} bytes")
        return b"".join(chunks)
    finally:
        os.close(fd)


def _os_reason(exc: BaseException) -> str:
    return (exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)).lower()


def short_repr(value: Any, limit: int = 60) -> str:
    """``repr(value)``, cut to ``limit`` characters: an error quotes what it refuses, not
    all 6,000 characters of it."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 5] + "…" + text[-4:]


def _check_yaml_shape(text: str, path: Path) -> None:
    """Refuse, from the event stream (iterative, linear), what would make building the data
    recurse too deep or grow without bound: nesting deeper than ``MAX_YAML_DEPTH``, an
    alias inside its own anchor, more than ``MAX_YAML_VALUES`` values with aliases
    expanded."""
    sizes: dict[str, int] = {}  # anchor -> values it stands for
    open_anchors: set[str] = set()
    stack: list[tuple[str | None, list[int]]] = []  # (anchor, [values so far])
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        line: int | None = event.start_mark.line + 1 if event.start_mark is not None else None
        if isinstance(event, yaml.CollectionStartEvent):
            if len(stack) >= MAX_YAML_DEPTH:
                raise ConfigError(
                    path, "", f"nested too deeply (more than {MAX_YAML_DEPTH} levels)", line
                )
            if event.anchor is not None:
                open_anchors.add(event.anchor)
            stack.append((event.anchor, [1]))
            continue
        if isinstance(event, yaml.CollectionEndEvent):
            anchor, (count,) = stack.pop()
            if anchor is not None:
                sizes[anchor] = count
                open_anchors.discard(anchor)
        elif isinstance(event, yaml.ScalarEvent):
            count = 1
            if event.anchor is not None:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor in open_anchors:
                raise ConfigError(path, "", f"alias *{event.anchor} is inside its own anchor", line)
            count = sizes.get(event.anchor or "", 1)
        else:
            continue
        if stack:
            stack[-1][1][0] += count
            if stack[-1][1][0] > MAX_YAML_VALUES:
                raise ConfigError(
                    path,
                    "",
                    f"more than {MAX_YAML_VALUES} values with aliases expanded (an alias bomb?)",
                    line,
                )


def _load_yaml(path: Path) -> tuple[Any, dict[tuple[str | int, ...], int]]:
    """Parse ``path``; return the data and a map from key path to 1-based line."""
    raw = read_bounded(path, MAX_YAML_BYTES)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        at = raw.count(b"\n", 0, exc.start) + 1
        raise ConfigError(path, "", f"not UTF-8 text ({exc.reason})", at) from None
    try:
        _check_yaml_shape(text, path)
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(path, "", f"invalid YAML: {problem}", line) from None
    except (ValueError, OverflowError) as exc:  # a value YAML's resolver took (an int of
        # 5,000 digits, a date of month 13) and Python cannot build
        raise ConfigError(path, "", f"invalid YAML value: {short_repr(str(exc), 120)}") from None
    lines: dict[tuple[str | int, ...], int] = {}

    def walk(n: yaml.Node | None, prefix: tuple[str | int, ...]) -> None:
        if n is None:
            return
        lines.setdefault(prefix, n.start_mark.line + 1)
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                if not isinstance(k, yaml.ScalarNode):
                    continue  # refused by the constructor already (an unhashable key)
                key = k.value
                lines[(*prefix, key)] = k.start_mark.line + 1
                walk(v, (*prefix, key))
        elif isinstance(n, yaml.SequenceNode):
            for i, item in enumerate(n.value):
                walk(item, (*prefix, i))

    walk(node, ())
    return data, lines


#: how many times a file that does not validate is cut down to what does (each time the
#: values pydantic refused are left out) so that the checks after validation still run
_PRUNE_ROUNDS = 20
_M = TypeVar("_M", bound=BaseModel)


def _validate(
    model: type[_M],
    data: dict[Any, Any],
    problems: Problems,
    required: Mapping[str, Any],
    cut: list[Loc] | None = None,
) -> _M | None:
    """``data`` as ``model``; every error it has is added to ``problems``. Then, so that
    the checks that need the values (rules, rosters, ban lists) find their errors in the
    same run, the model of ``data`` without the values refused (left to their defaults;
    a required top-level key given ``required``'s placeholder), or None. ``cut`` gets the
    lists an item was left out of: their positions are no longer the file's."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for loc, reason in validation_problems(exc, model):
            problems.add(loc, reason)
        failing = exc
    pruned = copy.deepcopy(data)
    for _ in range(_PRUNE_ROUNDS):
        locs = {user_loc(model, e["loc"]) for e in failing.errors()}
        for loc in sorted(locs, key=_loc_order, reverse=True):  # a list's last items first
            if not _prune(pruned, loc, required, cut if cut is not None else []):
                return None
        try:
            return model.model_validate(pruned)
        except ValidationError as exc:
            failing = exc
    return None


def _loc_order(loc: Loc) -> tuple[tuple[int, str | int], ...]:
    return tuple((0, p) if isinstance(p, int) else (1, str(p)) for p in loc)


def _prune(data: dict[Any, Any], loc: Loc, required: Mapping[str, Any], cut: list[Loc]) -> bool:
    """Leave out the value at ``loc`` (missing: the mapping or item holding it); False when
    nothing is left to leave out."""
    while loc:
        if len(loc) == 1 and isinstance(loc[0], str) and loc[0] in required:
            data[loc[0]] = copy.deepcopy(required[loc[0]])
            return True
        parent: Any = data
        for part in loc[:-1]:
            try:
                parent = parent[part]
            except (KeyError, IndexError, TypeError):
                parent = None
                break
        key = loc[-1]
        if isinstance(parent, dict) and key in parent:
            del parent[key]
            return True
        if isinstance(parent, list) and isinstance(key, int) and 0 <= key < len(parent):
            del parent[key]
            cut.append(loc[:-1])
            return True
        loc = loc[:-1]
    return False


# -- small value parsers ------------------------------------------------------------------

_DURATION = re.compile(r"^\s*([0-9]+)\s*([smhdw])\s*$")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
#: the longest duration a config may give: what the bot does with one (a strike's decay,
#: a mute, how long evidence is kept) stays within reach of ``datetime`` arithmetic
MAX_DURATION = timedelta(days=3660)


def parse_duration(value: Any) -> timedelta:
    """``10m``, ``2h``, ``1d``, ``30s``, ``1w`` or a number of seconds; at most
    ``MAX_DURATION`` (ten years), so that no later ``now - duration`` overflows."""
    if isinstance(value, timedelta):
        seconds = value.total_seconds()
    elif isinstance(value, int) and not isinstance(value, bool):
        seconds = value
    elif isinstance(value, str) and (m := _DURATION.match(value)):
        digits = m.group(1).lstrip("0") or "0"
        # past 12 digits it is too long in any unit (and int() of 5,000 digits is refused)
        seconds = int(digits) * _SECONDS[m.group(2)] if len(digits) <= 12 else 10**20
    else:
        raise ValueError(f"not a duration: {short_repr(value)} (use e.g. 10m, 2h, 1d)")
    if seconds < 0:
        raise ValueError(f"a duration cannot be negative: {short_repr(value)}")
    if seconds > MAX_DURATION.total_seconds():
        raise ValueError(
            f"too long: {short_repr(value)} (at most {MAX_DURATION.days}d, about ten years)"
        )
    return value if isinstance(value, timedelta) else timedelta(seconds=seconds)


def parse_time(value: Any) -> time:
    if isinstance(value, time):
        return value
    if isinstance(value, int) and not isinstance(value, bool):  # YAML 1.1 reads 20:00 as 1200
        hours, minutes = divmod(value, 60)
        if 0 <= hours < 24:
            return time(hours, minutes)
    if isinstance(value, str) and re.fullmatch(r"\d{1,2}:\d{2}", value.strip()):
        hh, mm = (int(p) for p in value.strip().split(":"))
        if 0 <= hh < 24 and 0 <= mm < 60:
            return time(hh, mm)
    raise ValueError(f'not a time of day: {short_repr(value)} (use HH:MM, e.g. "20:00")')


# an IANA name (Asia/Shanghai, UTC, Etc/GMT-8): no path tricks, no NUL, no 6,000 characters
_ZONE_NAME = re.compile(r"[A-Za-z0-9_+\-]+(?:/[A-Za-z0-9_+\-]+)*")


def parse_timezone(value: Any) -> ZoneInfo:
    if isinstance(value, ZoneInfo):
        return value
    unknown = f"unknown timezone: {short_repr(value)} (e.g. Asia/Shanghai)"
    if not isinstance(value, str) or len(value) > 64 or not _ZONE_NAME.fullmatch(value):
        raise ValueError(unknown)
    try:
        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a directory (Asia)
        raise ValueError(unknown) from None


Duration = Annotated[timedelta, BeforeValidator(parse_duration)]
TimeOfDay = Annotated[time, BeforeValidator(parse_time)]
TimeZone = Annotated[ZoneInfo, BeforeValidator(parse_timezone)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)


class QuietHoursModel(_Model):
    start: TimeOfDay
    end: TimeOfDay

    def value(self) -> QuietHours:
        return QuietHours(start=self.start, end=self.end)


# -- secrets --------------------------------------------------------------------------------

_SECRET_KEYS = {"access_token", "password", "token", "secret", "shared_secret", "antispam_secret"}


#: what stands for a secret whose variable is not set: it passes the checks a secret's
#: shape has, and ``check_secrets`` (``run``, ``build_bridges``) refuses to go on with it
UNSET_SECRET = "(not set)"


def _resolve_secrets(
    data: Any, problems: Problems, unset: list[tuple[Loc, str]], loc: Loc = ()
) -> Any:
    """``data`` with every ``{$env: NAME}`` read from the environment. A secret key whose
    variable is not set is noted in ``unset`` (and ``problems``' notes); another key's is
    an error, as is a secret written in the file."""
    if isinstance(data, dict):
        if set(data) == {"$env"}:
            name = data["$env"]
            if not isinstance(name, str) or not name:
                problems.add(loc, "$env needs a variable name, e.g. {$env: CLASSMOD_QQ_TOKEN}")
                return UNSET_SECRET
            value = os.environ.get(name)
            if value is not None:
                return value
            if loc and loc[-1] in _SECRET_KEYS:
                unset.append((loc, name))
                problems.note(
                    loc,
                    f"set {name} before `run` (not set now; only `run` needs it)",
                )
                return UNSET_SECRET
            problems.add(loc, f"environment variable {name} is not set")
            return None
        out = {}
        for k, v in data.items():
            if k in _SECRET_KEYS and v is not None and not isinstance(v, dict):
                problems.add(
                    (*loc, k), "secrets must be given as {$env: NAME}, not written in the file"
                )
                out[k] = UNSET_SECRET
                continue
            out[k] = _resolve_secrets(v, problems, unset, (*loc, k))
        return out
    if isinstance(data, list):
        return [_resolve_secrets(v, problems, unset, (*loc, i)) for i, v in enumerate(data)]
    return data


#: keys no longer used, accepted with a note: key path -> what to do
_DEPRECATED: dict[Loc, str] = {
    ("school_office", "contact"): "no longer used (nothing ever showed it): remove the key",
}


def _drop_deprecated(data: dict[Any, Any], problems: Problems) -> dict[Any, Any]:
    for loc, text in _DEPRECATED.items():
        parent: Any = data
        for part in loc[:-1]:
            parent = parent.get(part) if isinstance(parent, dict) else None
        if isinstance(parent, dict) and loc[-1] in parent:
            problems.note(loc, text)
            del parent[loc[-1]]
    return data


# -- the school config ----------------------------------------------------------------------


class LadderStepModel(_Model):
    action: StepKind
    duration: Duration | None = None

    @field_validator("duration")
    @classmethod
    def _positive(cls, v: timedelta | None) -> timedelta | None:
        if v is not None and v <= timedelta(0):
            raise ValueError("duration must be positive")
        return v


class PolicyModel(_Model):
    ladder: list[LadderStepModel] | None = None
    strike_decay: Duration = timedelta(days=30)
    grace_period: Duration = timedelta(hours=24)
    tidy_acks: bool = True
    #: R02: a member told to rename is reminded once after this (false: never)
    nickname_reminder: Literal[False] | Duration = timedelta(days=3)
    texts: dict[str, str] = Field(default_factory=dict)
    #: category or rule id -> whether its verdicts add strikes (default: RULES.md, see
    #: ``classmod.policy.STRIKE_CATEGORIES``); a rule id wins over its category
    strikes: dict[str, bool] = Field(default_factory=dict)

    @field_validator("ladder")
    @classmethod
    def _ladder(cls, v: list[LadderStepModel] | None) -> list[LadderStepModel] | None:
        if v is None:
            return v
        if not v:
            raise ValueError("the ladder needs at least one step")
        for i, step in enumerate(v):
            if step.action == StepKind.MUTE and step.duration is None:
                raise ValueError(f"step {i + 1}: a mute step needs a duration")
        return v

    def value(self) -> PolicyConfig:
        ladder = (
            tuple(LadderStep(action=s.action, duration=s.duration) for s in self.ladder)
            if self.ladder
            else PolicyConfig().ladder
        )
        categories = set(STRIKE_CATEGORIES)
        for key, on in self.strikes.items():
            if key in _CATEGORY_NAMES:
                (categories.add if on else categories.discard)(Category(key))
        rules = {k: on for k, on in self.strikes.items() if k not in _CATEGORY_NAMES}
        return PolicyConfig(
            ladder=ladder,
            strike_decay=self.strike_decay,
            grace_period=self.grace_period,
            nickname_reminder=self.nickname_reminder or None,
            texts=Texts(**self.texts),
            tidy_acks=self.tidy_acks,
            strike_categories=frozenset(categories),
            striking_rules=frozenset(k for k, on in rules.items() if on),
            non_striking_rules=frozenset(k for k, on in rules.items() if not on),
        )


_CATEGORY_NAMES = frozenset(c.value for c in Category)


_TEXT_NAMES = frozenset(f.name for f in dataclasses.fields(Texts))


def _check_policy_keys(
    model: PolicyModel, declared: Mapping[str, Any], complete: bool, problems: Problems
) -> None:
    """``policy.texts`` names texts of ``Texts``; ``policy.strikes`` names categories
    (RULES.md) or declared rules (all of them known when ``complete``)."""
    for key in model.texts:
        if key not in _TEXT_NAMES:
            problems.add(
                ("policy", "texts", key),
                "unknown text"
                + (did_you_mean(key, _TEXT_NAMES) or f" (known: {known_list(_TEXT_NAMES)})"),
            )
    for key in model.strikes:
        if key in _CATEGORY_NAMES or key in declared or not complete:
            continue
        hint = did_you_mean(key, [*declared, *_CATEGORY_NAMES]) or (
            f" (rules: {known_list(declared)}; categories: {known_list(_CATEGORY_NAMES)})"
        )
        problems.add(("policy", "strikes", key), f"unknown rule or category{hint}")


class MatrixBridgeModel(_Model):
    homeserver: str
    user_id: str
    access_token: str | None = None
    password: str | None = None
    device_id: str | None = None
    antispam_listen: str | None = None  # host:port for the synapse-http-antispam endpoint
    #: the module's ``authorization`` (sent as ``Bearer …``), as ``{$env: NAME}``; needed
    #: unless the endpoint listens on loopback only
    antispam_secret: str | None = Field(default=None, validate_default=True)
    #: what the endpoint answers for a message it could not judge (an internal error):
    #: ``block`` rejects it with a reason, ``pass`` lets it through for the bot to judge
    antispam_on_error: Literal["block", "pass"] = "block"

    @field_validator("homeserver")
    @classmethod
    def _homeserver(cls, v: str) -> str:
        return check_url(v, ("http", "https"), "https://matrix.school.example")

    @field_validator("antispam_listen")
    @classmethod
    def _listen(cls, v: str | None) -> str | None:
        if v is None:
            return v
        return check_listen(v, "127.0.0.1:8787", path=False)

    @field_validator("antispam_secret")
    @classmethod
    def _secret(cls, v: str | None, info: ValidationInfo) -> str | None:
        listen = info.data.get("antispam_listen")
        if v is not None and listen is None:
            if "antispam_listen" in info.data:  # given and valid: simply not set
                raise ValueError("antispam_secret is set but antispam_listen is not")
            return v
        if v is None and listen is not None and not _is_loopback(listen.rpartition(":")[0]):
            raise ValueError(
                f"antispam_listen {listen} is reachable from other hosts: give the module's"
                " shared secret as antispam_secret: {$env: NAME}, or listen on 127.0.0.1"
            )
        if v is not None and not v.strip():
            raise ValueError("antispam_secret is empty")
        return v


_HOST_NAME = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,252})")
_PORT = re.compile(r"[0-9]{1,5}")


def _check_host(host: str) -> bool:
    """An IP address (IPv6 in brackets) or a host name."""
    if host.startswith("[") and host.endswith("]"):
        try:
            return ipaddress.ip_address(host[1:-1]).version == 6
        except ValueError:
            return False
    return _HOST_NAME.fullmatch(host) is not None


def check_listen(value: str, example: str, *, path: bool = True) -> str:
    """``host:port`` (``/path`` after it where ``path``) a listener can bind: port 0 to
    65535 (0: any free port), an empty host meaning 127.0.0.1."""
    address, slash, rest = value.partition("/") if path else (value, "", "")
    host, sep, port = address.rpartition(":")
    form = "host:port[/path]" if path else "host:port"
    expected = f"expected {form} (e.g. {example}), got {short_repr(value)}"
    if not sep or not _PORT.fullmatch(port) or (host and not _check_host(host)):
        raise ValueError(expected)
    if int(port) > 65535:
        raise ValueError(f"port {port} is out of range (0 to 65535): {expected}")
    if slash and any(c.isspace() or ord(c) < 0x20 for c in rest):
        raise ValueError(expected)
    return value


def check_url(value: str, schemes: tuple[str, ...], example: str) -> str:
    """An absolute URL with one of ``schemes``, a host and a port in range."""
    wanted = " or ".join(f"{scheme}://" for scheme in schemes)
    try:
        parts = urlsplit(value)
        port = parts.port  # raises for a port out of range
    except ValueError as exc:  # "Port out of range 0-65535", a bad IPv6 literal
        raise ValueError(
            f"not a valid URL ({str(exc).lower()}): {short_repr(value)} (e.g. {example})"
        ) from None
    if parts.scheme.lower() not in schemes:
        raise ValueError(f"must start with {wanted}, got {short_repr(value)} (e.g. {example})")
    if not parts.hostname or not _check_host(
        f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    ):
        raise ValueError(f"needs a host: {short_repr(value)} (e.g. {example})")
    if port is not None and port == 0:
        raise ValueError(f"port 0 is not a port to connect to: {short_repr(value)}")
    if any(c.isspace() or ord(c) < 0x20 for c in value):
        raise ValueError(f"a URL has no spaces or control characters: {short_repr(value)}")
    return value


def _is_loopback(host: str) -> bool:
    """Only the machine itself can reach it (an empty host means 127.0.0.1)."""
    host = host.strip("[]")
    if host in ("", "localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


class OneBotBridgeModel(_Model):
    """A OneBot gateway. A listener classmod opens (``reverse_ws``; ``http``: where events
    are posted) that other hosts can reach must authenticate the gateway: with
    ``access_token`` (reverse WebSocket, v12 webhook), or with ``secret`` for v11 HTTP POST,
    whose gateways sign each post instead of sending a token."""

    version: Literal[11, 12]
    transport: Literal["forward_ws", "reverse_ws", "http", "http_poll"] = "forward_ws"
    url: str | None = Field(default=None, validate_default=True)  # forward WS / HTTP API
    #: host:port[/path] classmod listens on (reverse WS; HTTP: where events are posted);
    #: 127.0.0.1:8765 when not given
    listen: str | None = None
    access_token: str | None = Field(default=None, validate_default=True)
    #: the bot's account: a v11 gateway's ``X-Self-ID`` must name it
    self_id: str | None = None
    #: v11 HTTP POST: the key of ``X-Signature: sha1=<HMAC-SHA1 of the body>``
    secret: str | None = Field(default=None, validate_default=True)
    #: after a reconnect or a restart, fetch what the push missed (v11
    #: ``get_group_msg_history``, v12 ``get_latest_events``); a gateway without it is
    #: detected and logged once
    history: bool = True

    @field_validator("url", mode="after")
    @classmethod
    def _url(cls, v: str | None, info: ValidationInfo) -> str | None:
        transport = info.data.get("transport")
        if transport == "http_poll" and info.data.get("version") != 12:
            raise ValueError(
                "transport http_poll is OneBot 12 only (v11 gateways push events:"
                " use forward_ws, reverse_ws or http)"
            )
        if transport in ("forward_ws", "http", "http_poll") and not v:
            raise ValueError(f"transport {transport} needs the gateway's url")
        if v is not None and transport == "forward_ws":
            return check_url(v, ("ws", "wss"), "ws://127.0.0.1:3001")
        if v is not None and transport in ("http", "http_poll"):
            return check_url(v, ("http", "https"), "http://127.0.0.1:3000")
        return v

    @field_validator("listen", mode="after")
    @classmethod
    def _listen(cls, v: str | None) -> str | None:
        return v if v is None else check_listen(v, "127.0.0.1:8765")

    @field_validator("access_token", mode="after")
    @classmethod
    def _access_token(cls, v: str | None, info: ValidationInfo) -> str | None:
        if v is not None and not v.strip():
            raise ValueError("access_token is empty")
        transport, listen = info.data.get("transport"), info.data.get("listen")
        checks_token = transport == "reverse_ws" or (
            transport == "http" and info.data.get("version") == 12
        )
        if v is None and checks_token and not _listens_locally(listen):
            raise ValueError(
                f"the {transport} listener on {listen} is reachable from other hosts and"
                " would take events from anyone: give the gateway's token as"
                " access_token: {$env: NAME}, or listen on 127.0.0.1"
            )
        return v

    @field_validator("secret", mode="after")
    @classmethod
    def _secret(cls, v: str | None, info: ValidationInfo) -> str | None:
        v11_post = info.data.get("transport") == "http" and info.data.get("version") == 11
        if v is not None:
            if not v11_post:
                raise ValueError(
                    "secret is for OneBot 11 HTTP POST only (version 11, transport http)"
                )
            if not v.strip():
                raise ValueError("secret is empty")
            return v
        listen = info.data.get("listen")
        if v11_post and not _listens_locally(listen):
            raise ValueError(
                f"the HTTP POST receiver on {listen} is reachable from other hosts and would"
                " take events from anyone: give the gateway's HTTP POST secret as"
                " secret: {$env: NAME} (v11 gateways sign posts with it, they send no"
                " token), or listen on 127.0.0.1"
            )
        return v


def _listens_locally(listen: str | None) -> bool:
    """A OneBot ``listen`` (host:port[/path], 127.0.0.1 by default) only this machine reaches."""
    if listen is None:
        return True
    address = listen.partition("/")[0]
    return _is_loopback(address.rpartition(":")[0] if ":" in address else address)


def _platform(value: Any) -> Platform:
    """A group's or the management room's ``platform``: a registered one (classmod.platforms)."""
    names = sorted(registry())
    if isinstance(value, str) and value in names:
        return Platform(value)
    hint = did_you_mean(value, names) if isinstance(value, str) else ""
    raise ValueError(f"must be one of {', '.join(names)}, got {short_value(value)}{hint}")


#: a platform name, checked against the platforms the installed bridges registered
PlatformName = Annotated[Platform, PlainValidator(_platform)]


@dataclass(frozen=True, slots=True)
class BridgesModel:
    """The config's ``bridges:``: each platform's section, validated by the config model its
    bridge registered (``classmod.platforms``), by platform name."""

    sections: Mapping[str, Any] = field(default_factory=dict)

    def section(self, platform: str) -> Any | None:
        """The validated ``bridges.<platform>`` section, or None when not configured."""
        return self.sections.get(str(platform))

    @property
    def matrix(self) -> MatrixBridgeModel | None:
        return cast("MatrixBridgeModel | None", self.sections.get("matrix"))

    @property
    def qq(self) -> OneBotBridgeModel | None:
        return cast("OneBotBridgeModel | None", self.sections.get("qq"))

    @property
    def wechat(self) -> OneBotBridgeModel | None:
        return cast("OneBotBridgeModel | None", self.sections.get("wechat"))


def _bridges(raw: Mapping[str, Any], problems: Problems) -> BridgesModel:
    """``bridges:`` section by section, each by its platform's registered model; an unknown
    platform is an error with the registered ones (and a "did you mean")."""
    known = registry()
    sections: dict[str, Any] = {}
    for key, value in raw.items():
        spec = known.get(str(key))
        if spec is None:
            names = sorted(known)
            hint = did_you_mean(str(key), names) or f" (known: {known_list(names)})"
            problems.add(("bridges", key), f"unknown key{hint}")
            continue
        if value is None:
            continue
        try:
            sections[spec.name] = spec.config_model.model_validate(value)
        except ValidationError as exc:
            for loc, reason in validation_problems(exc, spec.config_model):
                problems.add(("bridges", key, *loc), reason)
    return BridgesModel(sections)


class ManagementModel(_Model):
    platform: PlatformName = Platform.MATRIX
    room: str


class SchoolOfficeModel(_Model):
    room: str | None = None  # where unhandled alerts escalate (P03)
    escalate_after: Duration = timedelta(hours=2)


class StoreModel(_Model):
    path: str = "classmod.sqlite"
    message_retention: Duration = timedelta(days=30)


class ObserveModel(_Model):
    """The health and metrics endpoint (``/healthz``, ``/metrics``): off unless ``listen``
    is given; a bare port listens on loopback only (docs/operators.md)."""

    listen: str | None = None

    @field_validator("listen", mode="before")
    @classmethod
    def _listen(cls, v: Any) -> Any:
        if isinstance(v, int) and not isinstance(v, bool):
            v = str(v)
        if isinstance(v, str) and v.isdigit():
            v = f"127.0.0.1:{v}"
        if isinstance(v, str):
            return check_listen(v, "127.0.0.1:9464", path=False)
        return v


class NoticesModel(_Model):
    deadline: Duration = timedelta(hours=24)


class DigestModel(_Model):
    """P05: a summary for the head teachers and the supervisor (counts only, never a
    family's message). ``every``: day or week; ``at``: local time; ``weekday`` for a weekly
    one (1 = Monday … 7 = Sunday); ``to``: the management room, or a private message to
    each group's head teacher and supervisor (their group's part)."""

    every: Literal["day", "week"] = "week"
    at: TimeOfDay = time(18)
    weekday: int = Field(default=5, ge=1, le=7)
    to: Literal["management", "direct"] = "management"


#: a room id (``!opaque`` from room version 12 on, ``!local:server`` before) or an alias
_POLICY_ROOM = re.compile(r"^(?:![^\s]+|#[^:\s]+:[^\s]+)$")


class BanListModel(_Model):
    """One ban list: a Matrix policy room (docs/banlists.md). ``mode``: ``apply`` acts on
    its rules, ``watch`` only tells staff; ``groups``: ``all`` or the config ids of the
    groups it applies to; ``hashed``: classmod writes its rules as hashes (MSC4205)."""

    room: str
    mode: Literal["apply", "watch"] = "apply"
    groups: Literal["all"] | list[str] = "all"
    hashed: bool = False

    @field_validator("room")
    @classmethod
    def _room(cls, v: str) -> str:
        if not _POLICY_ROOM.match(v):
            raise ValueError(
                f"must be a Matrix room id or alias (!abc:example.org, #bans:example.org),"
                f" got {short_repr(v)}"
            )
        return v


class BanListsModel(_Model):
    """The lists a school follows (``lists``, by a name of its own) and the one its
    ``/拉黑`` writes to (``write``, one of those names). Rules are applied to members
    ``batch`` at a time with ``pause`` between batches, so a long list never floods the
    platforms with calls."""

    lists: dict[str, BanListModel] = Field(default_factory=dict)
    write: str | None = None
    batch: int = Field(default=20, ge=1, le=1000)
    pause: Duration = timedelta(seconds=1)


class GroupModel(_Model):
    platform: PlatformName
    platform_id: str = ""
    school: str | None = None
    class_: str = Field(default="", alias="class")
    grade: int | None = Field(default=None, ge=0, le=12)  # 0: a kindergarten class (幼儿园)
    timezone: TimeZone | None = None
    quiet_hours: QuietHoursModel | Literal[False] | None = None
    allowed_link_domains: list[str] | None = None
    night_lock: bool | None = None  # default: the school's
    roster: str
    transcript: str | None = None  # simulate bundles only
    rules: dict[str, Any] = Field(default_factory=dict)

    model_config = ConfigDict(
        extra="forbid", frozen=True, populate_by_name=True, arbitrary_types_allowed=True
    )


class SchoolModel(_Model):
    school: str
    timezone: TimeZone = Field(default_factory=lambda: ZoneInfo("Asia/Shanghai"))
    quiet_hours: QuietHoursModel | Literal[False] = QuietHoursModel(start=time(20), end=time(7))
    allowed_link_domains: list[str] = Field(default_factory=list)
    #: lock every group for its quiet hours where the platform can (off by default)
    night_lock: bool = False
    #: P06: how often each group's members are checked against the roster (false: never)
    member_audit: Literal[False] | Duration = timedelta(days=7)
    rules: dict[str, Any] = Field(default_factory=dict)
    policy: PolicyModel = PolicyModel()
    plugins: list[str] = Field(default_factory=list)
    #: platform name -> its section, validated by its bridge's model after this (_bridges)
    bridges: dict[str, Any] = Field(default_factory=dict)
    management: ManagementModel | None = None
    school_office: SchoolOfficeModel = SchoolOfficeModel()
    store: StoreModel = StoreModel()
    notices: NoticesModel = NoticesModel()
    digest: DigestModel | None = None  # off unless configured
    observe: ObserveModel = ObserveModel()
    banlists: BanListsModel | None = None  # shared ban lists: off unless configured
    groups: dict[str, GroupModel]


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupConfig:
    group: Group
    roster: Roster
    rules: Mapping[str, Any]  # enabled rule id -> Settings instance
    transcript: Path | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SchoolConfig:
    path: Path
    school: str
    groups: Mapping[str, GroupConfig]
    rules: Mapping[str, Any] = field(default_factory=dict)  # school-level: rule id -> Settings
    policy: PolicyConfig = field(default_factory=PolicyConfig)
    plugins: tuple[str, ...] = ()
    #: every rule id the config names under a ``rules`` key: an installed plugin declaring
    #: one of them is registered (``classmod.plugins.host_for``)
    rules_named: frozenset[str] = frozenset()
    bridges: BridgesModel = field(default_factory=BridgesModel)
    management: ManagementModel | None = None
    school_office: SchoolOfficeModel = field(default_factory=SchoolOfficeModel)
    store: StoreModel = field(default_factory=StoreModel)
    notices: NoticesModel = field(default_factory=NoticesModel)
    digest: DigestModel | None = None
    observe: ObserveModel = field(default_factory=ObserveModel)
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Shanghai"))
    #: P06: how often each group's members are checked against the roster (None: never)
    member_audit: timedelta | None = timedelta(days=7)
    #: shared ban lists (classmod.banwatch), None when the school keeps none
    banlists: BanListsModel | None = None
    #: key path -> line in ``path``, for errors found after loading (``check_runnable``)
    lines: Mapping[tuple[str | int, ...], int] = field(
        default_factory=dict, repr=False, compare=False
    )
    #: what ``check-config`` tells without failing: secrets to set before ``run``, keys
    #: no longer used
    notes: tuple[ConfigNote, ...] = ()
    #: (key path, variable) of each secret whose environment variable is not set
    unset_secrets: tuple[tuple[Loc, str], ...] = ()


# -- rules settings -------------------------------------------------------------------------


def resolve_rules(
    declared: Mapping[str, Any],
    school_rules: Mapping[str, Any],
    group_rules: Mapping[str, Any],
    file: Path,
    lines: Mapping[Any, int],
    group_loc: tuple[str | int, ...],
    default_on: Collection[str] | None = None,
) -> dict[str, Any]:
    """Enabled rule id -> Settings instance, from the rule specs and both config levels.

    A rule entry is ``false`` (off), ``true`` (on, defaults) or a mapping of its settings
    with an optional ``enabled`` key (without one, settings turn the rule on unless a level
    above turned it off). Unknown rules and unknown settings fail, every one of them in
    one ``ConfigErrors``. A rule the config does not mention is on when it is in
    ``default_on`` (default: the rules declared ``default_enabled``).
    """
    problems = Problems(file, lines)
    enabled = _resolve_rules(problems, declared, school_rules, group_rules, group_loc, default_on)
    problems.raise_if_any()
    return enabled


def _resolve_rules(
    problems: Problems,
    declared: Mapping[str, Any],
    school_rules: Mapping[str, Any],
    group_rules: Mapping[str, Any],
    group_loc: Loc,
    default_on: Collection[str] | None = None,
    complete: bool = True,
) -> dict[str, Any]:
    """``resolve_rules`` adding to ``problems``; a rule with a problem is left out. A rule
    id that is not declared is an error when the declared rules are ``complete`` (a plugin
    that did not load may declare it: then it is passed over)."""
    levels = ((school_rules, ("rules",)), (group_rules, (*group_loc, "rules")))
    merged: dict[str, dict[str, Any]] = {}
    where: dict[tuple[str, str], Loc] = {}  # (rule, setting) -> the level that set it last
    broken: set[str] = set()
    said: set[str] = set()  # the rules a level turned on or off in so many words
    flags: dict[str, bool] = {
        rid: (rid in default_on if default_on is not None else bool(spec.default_enabled))
        for rid, spec in declared.items()
    }
    for rules, loc in levels:
        for rule_id, value in rules.items():
            here = (*loc, rule_id)
            if rule_id not in declared:
                if complete:
                    hint = did_you_mean(rule_id, declared) or f" (known: {known_list(declared)})"
                    problems.add(here, f"unknown rule{hint}")
                continue
            if isinstance(value, bool):
                flags[rule_id] = value
                said.add(rule_id)
                continue
            if value is None:
                flags[rule_id] = True
                said.add(rule_id)
                continue
            if not isinstance(value, dict):
                problems.add(here, "must be true, false or a mapping of settings")
                broken.add(rule_id)
                continue
            value = dict(value)
            if "enabled" in value:
                on = value.pop("enabled")
                if isinstance(on, bool):
                    flags[rule_id] = on
                    said.add(rule_id)
                else:
                    got = short_value(on)
                    problems.add((*here, "enabled"), f"must be true or false, got {got}")
            elif rule_id not in said:
                flags[rule_id] = True  # settings for a rule that is off by default turn it on
            settings_type = declared[rule_id].settings
            known = {f.name for f in dataclasses.fields(settings_type)} if settings_type else set()
            for key in list(value):
                if key in known:
                    where[(rule_id, key)] = here
                    continue
                hint = (
                    (did_you_mean(key, known) or f" (known: {known_list(known)})")
                    if known
                    else " (this rule has no settings)"
                )
                problems.add((*here, key), f"unknown setting{hint}")
                del value[key]  # the others are still checked
            merged.setdefault(rule_id, {}).update(value)
    enabled: dict[str, Any] = {}
    for rule_id, on in flags.items():
        if rule_id in broken or not (on or rule_id in merged):  # settings are checked off too
            continue
        spec = declared[rule_id]
        values = merged.get(rule_id, {})
        if spec.settings is None:
            if on:
                enabled[rule_id] = None
            continue
        fallback = ("rules", rule_id) if rule_id in school_rules else (*group_loc, "rules", rule_id)

        def at(setting: str | int, rule_id: str = rule_id, fallback: Loc = fallback) -> Loc:
            return where.get((rule_id, str(setting)), fallback)

        adapter = _settings_adapter(spec.settings)
        try:
            settings = adapter.validate_python(_tuples(values))
        except ValidationError as exc:
            for loc, reason in validation_problems(exc, spec.settings):
                problems.add((*at(loc[0]), *loc) if loc else fallback, reason)
            # the other settings are still range-checked, without those refused
            refused = {loc[0] for loc, _ in validation_problems(exc, spec.settings) if loc}
            try:
                rest = adapter.validate_python(
                    _tuples({k: v for k, v in values.items() if k not in refused})
                )
            except ValidationError:
                continue
            _numbers_in_range(rest, problems, at)
            continue
        if _numbers_in_range(settings, problems, at) and on:
            enabled[rule_id] = settings
    return enabled


#: the largest number a rule setting may hold: settings are counts, windows (seconds,
#: minutes) and thresholds, and a window of 10^9 seconds is 31 years
MAX_SETTING = 1_000_000_000


def _numbers_in_range(settings: Any, problems: Problems, at: Callable[[str], Loc]) -> bool:
    """Every number in a rule's settings is finite and between 0 and ``MAX_SETTING``, so
    that no rule fails later on a window that overflows ``timedelta`` or a NaN; one that
    is not is added to ``problems`` at the level that set it (``at``)."""
    if not dataclasses.is_dataclass(settings):
        return True
    fine = True
    for f in dataclasses.fields(settings):
        value = getattr(settings, f.name)
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        if not (math.isfinite(value) and 0 <= value <= MAX_SETTING):
            problems.add(
                (*at(f.name), f.name),
                f"must be a number from 0 to {MAX_SETTING}, got {short_repr(value)}",
            )
            fine = False
    return fine


_ADAPTERS: dict[type, TypeAdapter[Any]] = {}


def _settings_adapter(cls: type) -> TypeAdapter[Any]:
    adapter = _ADAPTERS.get(cls)
    if adapter is None:
        adapter = _ADAPTERS[cls] = TypeAdapter(cls)
    return adapter


def _tuples(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    if isinstance(value, dict):
        return {k: _tuples(v) for k, v in value.items()}
    return value


def default_rule_settings(declared: Mapping[str, Any]) -> dict[str, Any]:
    """Every default-enabled rule with its default settings (simulate without --config)."""
    return {
        rid: (spec.settings() if spec.settings is not None else None)
        for rid, spec in declared.items()
        if spec.default_enabled
    }


def load_config(
    path: str | Path, declared: Mapping[str, Any] | None = None, *, runnable: bool = False
) -> SchoolConfig:
    """Load and validate a school config. ``declared``: rule id -> RuleSpec (default: all
    rules of the standard plugins plus the config's own ``plugins``). ``runnable``: also
    what ``run`` needs besides its secrets (``check_runnable``), in the same run.

    Every problem of the file and of the rosters it names is raised at once, in file
    order, as one ``ConfigErrors``; a secret whose variable is not set is a note
    (``SchoolConfig.notes``), refused by ``check_runnable``."""
    file = Path(path)
    data, lines = _load_yaml(file)
    if not isinstance(data, dict):
        raise ConfigError(file, "", "the top level must be a mapping")
    problems = Problems(file, lines)
    unset: list[tuple[Loc, str]] = []
    data = _drop_deprecated(_resolve_secrets(data, problems, unset), problems)
    model = _validate(SchoolModel, data, problems, {"school": "", "groups": {}})
    if model is None:
        raise problems.failure()
    named = frozenset(model.rules).union(*(gm.rules for gm in model.groups.values()))
    default_on: frozenset[str] | None = None
    complete = problems.clean(("plugins",))
    if declared is None:
        declared, default_on, loaded = _declared_rules(model.plugins, named, problems)
        complete = complete and loaded
    _check_policy_keys(model.policy, declared, complete, problems)
    bridges = _bridges(model.bridges, problems)
    groups: dict[str, GroupConfig] = {}
    for gid, gm in model.groups.items():
        group = _group_config(problems, gid, gm, model, declared, default_on, complete)
        if group is not None:
            groups[gid] = group
    if model.banlists is not None:
        raw_groups = data.get("groups")
        written = {str(g) for g in raw_groups} if isinstance(raw_groups, dict) else set()
        _check_banlists(model.banlists, written, problems)
    rules = _resolve_rules(problems, declared, model.rules, {}, (), default_on, complete)
    if runnable:
        _check_runnable(
            problems,
            bridges=bridges,
            platforms={gid: gm.platform for gid, gm in model.groups.items()},
            management=model.management,
            banlists=model.banlists,
            office_room=model.school_office.room,
        )
    problems.raise_if_any()
    return SchoolConfig(
        path=file,
        school=model.school,
        groups=groups,
        rules=rules,
        policy=model.policy.value(),
        plugins=tuple(model.plugins),
        rules_named=named,
        bridges=bridges,
        management=model.management,
        school_office=model.school_office,
        store=model.store,
        notices=model.notices,
        digest=model.digest,
        observe=model.observe,
        timezone=model.timezone,
        member_audit=model.member_audit or None,
        banlists=model.banlists,
        lines=lines,
        notes=problems.sorted_notes(),
        unset_secrets=tuple(unset),
    )


def _declared_rules(
    entries: Sequence[str], named: frozenset[str], problems: Problems
) -> tuple[dict[str, Any], frozenset[str], bool]:
    """Rule id -> RuleSpec of the rules a school's config can use, those on by default,
    and whether every plugin loaded: the standard rules, its ``plugins`` (files relative
    to it) and the installed plugins whose rules it names. A plugin that cannot be
    imported is an error at its entry."""
    from classmod.plugins import Host, PluginError, load_plugin, make_plugin_manager

    base = problems.file.parent
    loaded: list[object] = []
    for i, entry in enumerate(entries):
        try:
            loaded.append(load_plugin(entry, base))
        except PluginError as exc:
            problems.add(("plugins", i), str(exc))
    complete = len(loaded) == len(entries)
    try:
        host = Host(make_plugin_manager(loaded, base=base, rules=named))
    except PluginError as exc:
        problems.add(("plugins",), str(exc))
        complete = False
        host = Host(make_plugin_manager((), base=base, rules=named))
    return {rid: r.spec for rid, r in host.rules.items()}, host.default_on, complete


def _check_banlists(model: BanListsModel, groups: set[str], problems: Problems) -> None:
    """``write`` names a list; a list's groups are groups of the config."""
    if model.write is not None and model.write not in model.lists:
        hint = did_you_mean(model.write, model.lists)
        problems.add(
            ("banlists", "write"),
            f"names no list of banlists.lists{hint} (known: {known_list(model.lists)})",
        )
    for name, entry in model.lists.items():
        if entry.groups == "all":
            continue
        for index, gid in enumerate(entry.groups):
            if gid not in groups:
                problems.add(
                    ("banlists", "lists", name, "groups", index),
                    f"unknown group {short_repr(gid)}{did_you_mean(gid, groups)}"
                    f" (known: {known_list(groups)})",
                )


def check_runnable(config: SchoolConfig) -> None:
    """What ``classmod run`` needs beyond a valid config, or a ConfigError naming the key:
    a bridge for the platform of every group and of the management room (where staff hear
    of everything the bot could not do), and every secret's environment variable set.
    ``check-config`` checks all but the secrets (``load_config(runnable=True)``)."""
    problems = Problems(config.path, config.lines)
    _check_runnable(
        problems,
        bridges=config.bridges,
        platforms={gid: g.group.platform for gid, g in config.groups.items()},
        management=config.management,
        banlists=config.banlists,
        office_room=config.school_office.room,
    )
    _check_secrets(config, problems)
    problems.raise_if_any()


def check_secrets(config: SchoolConfig) -> None:
    """Every secret the config reads from the environment is set, or a ConfigError for
    each that is not: what the bridges are built with is never a stand-in."""
    problems = Problems(config.path, config.lines)
    _check_secrets(config, problems)
    problems.raise_if_any()


def _check_secrets(config: SchoolConfig, problems: Problems) -> None:
    for loc, name in config.unset_secrets:
        problems.add(loc, f"set {name} before `run`: the environment variable is not set")


def _either(names: Sequence[str]) -> str:
    """``a, b or c``."""
    return " or ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)


def _check_runnable(
    problems: Problems,
    *,
    bridges: BridgesModel,
    platforms: Mapping[str, Platform],
    management: ManagementModel | None,
    banlists: BanListsModel | None,
    office_room: str | None,
) -> None:
    # a bridge with a problem of its own is not also said to be missing
    have = {
        name: bridges.section(name) is not None or not problems.clean(("bridges", name))
        for name in registry()
    }
    if not any(have.values()):
        problems.add(
            ("bridges",),
            "no bridge is configured: classmod run needs "
            + _either([f"bridges.{n}" for n in have]),
        )
        return
    for gid, platform in platforms.items():
        if not have.get(platform, False):
            problems.add(
                ("groups", gid, "platform"),
                f"the group is on {platform} but bridges.{platform} is not configured",
            )
    if management is not None and not have.get(management.platform, False):
        problems.add(
            ("management", "platform"),
            f"the management room is on {management.platform} but bridges."
            f"{management.platform} is not configured: staff would hear nothing",
        )
    if banlists is not None and banlists.lists and not have.get(Platform.MATRIX, False):
        problems.add(
            ("banlists", "lists"),
            "ban lists are Matrix policy rooms: configure bridges.matrix too",
        )
    if office_room is not None and management is None and problems.clean(("management",)):
        problems.add(
            ("school_office", "room"),
            "alerts reach the school office through the management room's bridge:"
            " configure management too",
        )


def _group_config(
    problems: Problems,
    gid: str,
    gm: GroupModel,
    school: SchoolModel | None,
    declared: Mapping[str, Any],
    default_on: Collection[str] | None = None,
    complete: bool = True,
) -> GroupConfig | None:
    """A group's config, or None when it has a problem (added to ``problems``)."""
    loc: Loc = ("groups", gid)
    roster = _group_roster(problems, loc, gm)
    quiet: QuietHours | None
    if gm.quiet_hours is False:
        quiet = None
    elif gm.quiet_hours is not None:
        quiet = gm.quiet_hours.value()
    elif school is not None and school.quiet_hours is not False:
        quiet = school.quiet_hours.value()
    elif school is None:
        quiet = QuietHours(start=time(20), end=time(7))
    else:
        quiet = None
    domains = gm.allowed_link_domains
    if domains is None:
        domains = school.allowed_link_domains if school else []
    night_lock = _night_lock(problems, loc, gm, school, quiet)
    rules = _resolve_rules(
        problems,
        declared,
        school.rules if school else {},
        gm.rules,
        loc,
        default_on,
        complete,
    )
    transcript = (
        _named_file(problems, (*loc, "transcript"), gm.transcript) if gm.transcript else None
    )
    if roster is None:
        return None
    group = Group(
        id=gid,
        platform=gm.platform,
        platform_id=gm.platform_id or gid,
        school=gm.school or (school.school if school else roster.school),
        class_name=gm.class_ or roster.class_name,
        grade=gm.grade,
        timezone=gm.timezone or (school.timezone if school else ZoneInfo("Asia/Shanghai")),
        quiet_hours=quiet,
        allowed_link_domains=tuple(d.lower().strip() for d in domains),
        night_lock=night_lock,
    )
    return GroupConfig(group=group, roster=roster, rules=rules, transcript=transcript)


def _group_roster(problems: Problems, loc: Loc, gm: GroupModel) -> Roster | None:
    """The group's roster; a problem inside it is the roster's (its file, line and key),
    a roster that cannot be read at all is told at the config's ``roster`` key."""
    here = (*loc, "roster")
    roster_path = _named_file(problems, here, gm.roster)
    if roster_path is None:
        return None
    try:
        return load_roster(roster_path, group_id=str(loc[-1]))
    except ConfigError as exc:
        if isinstance(exc, ConfigErrors) or exc.file != str(roster_path) or exc.line or exc.path:
            problems.take(exc)
        else:
            problems.add(here, f"{roster_path}: {exc.reason}")
        return None


def _night_lock(
    problems: Problems,
    loc: Loc,
    gm: GroupModel,
    school: SchoolModel | None,
    quiet: QuietHours | None,
) -> bool:
    """Whether the group is locked for the night; a lock the group cannot have (no quiet
    hours, a platform that cannot lock a group) is a problem naming the key."""
    on = gm.night_lock if gm.night_lock is not None else bool(school and school.night_lock)
    if not on:
        return False
    here = (*loc, "night_lock") if gm.night_lock is not None else ("night_lock",)
    if not problems.clean((*loc, "quiet_hours"), ("quiet_hours",), here):
        return False  # what it depends on was refused already
    if quiet is None:
        problems.add(
            here, f"group {loc[-1]} has no quiet_hours: a night lock needs the hours to lock"
        )
        return False
    if ActionKind.LOCK not in PLATFORM_CAPABILITIES[gm.platform]:
        problems.add(
            here,
            f"group {loc[-1]} is on {gm.platform}, which cannot lock a whole group;"
            " set night_lock: false for it",
        )
        return False
    return True


def _named_file(problems: Problems, loc: Loc, name: str) -> Path | None:
    """A file the config names, relative to the config's own directory."""
    try:
        if not name.strip() or "\0" in name:
            raise ValueError("no file name")
        return (problems.file.parent / name).resolve()
    except (OSError, ValueError, RuntimeError) as exc:  # RuntimeError: a loop of links
        problems.add(loc, f"not a usable path: {short_repr(name)} ({exc})")
        return None


# -- simulate bundles -------------------------------------------------------------------------


class BundleModel(_Model):
    groups: dict[str, GroupModel]


def load_bundle_groups(
    path: str | Path, declared: Mapping[str, Any], default_on: Collection[str] | None = None
) -> dict[str, GroupConfig]:
    """The ``groups.yaml`` of a simulate bundle, with default rule settings."""
    file = Path(path)
    data, lines = _load_yaml(file)
    if not isinstance(data, dict):
        raise ConfigError(file, "", "the top level must be a mapping with a 'groups' key")
    problems = Problems(file, lines)
    model = _validate(BundleModel, data, problems, {"groups": {}})
    if model is None:
        raise problems.failure()
    out: dict[str, GroupConfig] = {}
    for gid, gm in model.groups.items():
        if gm.transcript is None:
            problems.add(("groups", gid, "transcript"), "required in a bundle, but missing")
        group = _group_config(problems, gid, gm, None, declared, default_on)
        if group is not None:
            out[gid] = group
    problems.raise_if_any()
    return out


# -- rosters ----------------------------------------------------------------------------------


class _TeacherModel(_Model):
    id: str
    name: str
    subject: str = ""
    role: Literal["head_teacher", "teacher", "school_office"] = "teacher"


class _GuardianModel(_Model):
    id: str
    relation: str = "家长"
    # optional contact: staff see it beside a notice the guardian did not acknowledge
    # (a bare 13800138000 in YAML is a number: taken as written)
    phone: str | int = ""


class _StudentModel(_Model):
    name: str
    guardians: list[_GuardianModel] = Field(default_factory=list)


class _RosterBodyModel(_Model):
    teachers: list[_TeacherModel] = Field(default_factory=list)
    supervisor: str | None = None
    students: list[_StudentModel] = Field(default_factory=list)


class _JoinedModel(_Model):
    via: str = ""
    by: str | None = None
    approved: bool | None = None


class _MemberModel(_Model):
    id: str | int
    display_name: str = ""
    joined: _JoinedModel | None = None


class RosterModel(_Model):
    group: str | None = None
    school: str = ""
    class_: str = Field(default="", alias="class")
    roster: _RosterBodyModel
    members: list[_MemberModel] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def load_roster(path: str | Path, group_id: str | None = None) -> Roster:
    """A roster file; every problem in it raised at once, in file order."""
    file = Path(path)
    data, lines = _load_yaml(file)
    if not isinstance(data, dict):
        raise ConfigError(file, "", "the top level must be a mapping with a 'roster' key")
    problems = Problems(file, lines)
    cut: list[Loc] = []
    model = _validate(RosterModel, data, problems, {"roster": {}}, cut)
    if model is None:
        raise problems.failure()
    gid = group_id or model.group or file.stem  # the config's group id wins (shared rosters)
    seen: dict[str, str] = {}
    # a list an item was left out of has other positions than the file's: not told
    teachers_whole = not any(c[:2] == ("roster", "teachers") for c in cut)
    for i, t in enumerate(model.roster.teachers):
        if t.id in seen and teachers_whole:
            problems.add(("roster", "teachers", i, "id"), f"duplicate member id {t.id!r}")
        seen[t.id] = "teacher"
    if teachers_whole and not any(c[:2] == ("roster", "students") for c in cut):
        for i, s in enumerate(model.roster.students):
            for j, g in enumerate(s.guardians):
                if seen.get(g.id) == "teacher":
                    problems.add(
                        ("roster", "students", i, "guardians", j), f"{g.id!r} is already a teacher"
                    )
    problems.raise_if_any()
    teachers = tuple(
        Member(id=t.id, display_name="", role=Role(t.role), name=t.name, subject=t.subject)
        for t in model.roster.teachers
    )
    students = tuple(
        Student(
            name=s.name,
            guardians=tuple(
                Guardian(member_id=g.id, relation=g.relation, phone=str(g.phone).strip())
                for g in s.guardians
            ),
        )
        for s in model.roster.students
    )
    members = tuple(
        Member(
            id=str(m.id),
            display_name=m.display_name,
            joined_via=m.joined.via if m.joined else "",
            invited_by=(m.joined.by or "") if m.joined else "",
            approved=m.joined.approved if m.joined else None,
        )
        for m in model.members
    )
    return Roster(
        group_id=gid,
        school=model.school,
        class_name=model.class_,
        teachers=teachers,
        students=students,
        supervisor=model.roster.supervisor or "",
        members=members,
    )


__all__ = [
    "MAX_DURATION",
    "MAX_SETTING",
    "MAX_YAML_BYTES",
    "MAX_YAML_DEPTH",
    "MAX_YAML_VALUES",
    "UNSET_SECRET",
    "ConfigError",
    "ConfigErrors",
    "ConfigNote",
    "GroupConfig",
    "SchoolConfig",
    "check_listen",
    "check_runnable",
    "check_secrets",
    "check_url",
    "default_rule_settings",
    "load_bundle_groups",
    "load_config",
    "load_roster",
    "parse_duration",
    "parse_time",
    "parse_timezone",
    "read_bounded",
    "resolve_rules",
    "short_repr",
]
