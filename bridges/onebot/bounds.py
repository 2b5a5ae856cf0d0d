"""What one OneBot frame may hold, and the one error the decoders raise. Pure.

A gateway relays what members send, and a member with a modified client can send almost
anything: lists nested a thousand deep where the specification has a string, a card whose
JSON is 50,000 levels deep, a ``time`` in the year 300 million, an ``interval`` of 1e308.
The decoders (``convert_v11``, ``convert_v12``) check every frame against the bounds here
before they read it, so a frame either decodes or raises :class:`MalformedEvent`
(:class:`LimitExceeded` for a bound, naming the field and the limit), never anything else;
the bridge logs it and skips that one frame, and the link stays up.

Bounds, each well beyond what QQ or WeChat lets a member send:

- ``MAX_DEPTH``: nesting of objects and lists in a frame (a message event needs 5).
- ``MAX_STRING``: characters in any one string (QQ caps a message near 5,000; cards are KBs).
- ``MAX_ID``: characters in an id (group, user, message, flag): ids are remembered, in the
  dedupe window among other places, so a long one costs memory for days.
- ``MAX_FRAME_BYTES``: a frame's size on the wire (checked by the transport, unparsed).
- ``EVENT_TIME_MAX``: an event's ``time``, in seconds (2100-01-01; larger values are not
  times, and durations added to them overflow later).
- ``HEARTBEAT_MIN`` .. ``HEARTBEAT_MAX``: a heartbeat ``interval`` outside is clamped, not
  refused (a heartbeat still says the gateway is alive).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

MAX_DEPTH = 32
MAX_STRING = 200_000
MAX_ID = 256
MAX_FRAME_BYTES = 4 * 1024 * 1024
EVENT_TIME_MAX = 4_102_444_800.0  # 2100-01-01T00:00:00Z
HEARTBEAT_MIN = timedelta(seconds=1)
HEARTBEAT_MAX = timedelta(hours=1)


class MalformedEvent(ValueError):
    """A payload that does not have the shape the specification gives it.

    The one error a OneBot decoder raises: the bridge logs it (``event_skipped``) and
    skips the frame.
    """


class LimitExceeded(MalformedEvent):
    """A frame past one of the bounds: ``field`` is where (``message[0].data.text``),
    ``limit`` the bound it broke (``depth <= 32``)."""

    def __init__(self, field: str, limit: str) -> None:
        super().__init__(f"{field}: exceeds {limit}")
        self.field = field
        self.limit = limit


def _render(path: tuple[Any, ...] | None) -> str:
    """``(((None, "message"), 0), "data")`` → ``message[0].data``; what lies past the last
    named key is shown as ``[…]`` (a list 1,000 deep is one field, not 1,000)."""
    keys: list[Any] = []
    while path is not None:
        path, key = path
        keys.append(key)
    keys.reverse()
    named = max((i for i, k in enumerate(keys) if isinstance(k, str)), default=-1)
    text = "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in keys[: named + 1])
    if len(keys) > named + 1:
        text += "[…]"
    return text.lstrip(".") or "(frame)"


def check_frame(raw: Mapping[str, Any]) -> None:
    """Raise :class:`LimitExceeded` if ``raw`` nests deeper than ``MAX_DEPTH`` or holds a
    string longer than ``MAX_STRING``. One pass, no recursion, linear in the frame."""
    # (value, depth, path as a linked (parent, key) pair, rendered only for an error)
    stack: list[tuple[Any, int, tuple[Any, ...] | None]] = [(raw, 0, None)]
    while stack:
        value, depth, path = stack.pop()
        if isinstance(value, str):
            if len(value) > MAX_STRING:
                raise LimitExceeded(_render(path), f"{MAX_STRING} characters")
            continue
        if isinstance(value, Mapping):
            children: Any = value.items()
        elif isinstance(value, list | tuple):
            children = enumerate(value)
        else:
            continue
        if depth >= MAX_DEPTH:
            raise LimitExceeded(_render(path), f"depth {MAX_DEPTH}")
        for key, child in children:
            if isinstance(key, str) and len(key) > MAX_STRING:
                raise LimitExceeded(_render(path), f"{MAX_STRING} characters in a key")
            if isinstance(child, str | Mapping | list | tuple):
                stack.append((child, depth + 1, (path, key)))


def check_id(value: str, field: str) -> str:
    """``value``, if it is short enough for an id."""
    if len(value) > MAX_ID:
        raise LimitExceeded(field, f"{MAX_ID} characters")
    return value


def event_seconds(value: Any) -> float | None:
    """An event ``time`` in seconds; None when absent or not positive (the receive time
    stands in); :class:`LimitExceeded` past ``EVENT_TIME_MAX``."""
    if not isinstance(value, int | float) or isinstance(value, bool) or not value > 0:
        return None
    if not value <= EVENT_TIME_MAX:  # also NaN and infinity
        raise LimitExceeded("time", f"{EVENT_TIME_MAX:.0f} seconds (2100-01-01)")
    return float(value)


def clamp_interval(milliseconds: Any) -> tuple[timedelta | None, bool]:
    """A heartbeat ``interval`` (milliseconds) as ``(interval, clamped)``: None when absent
    or not a positive number; outside ``HEARTBEAT_MIN`` .. ``HEARTBEAT_MAX`` it is clamped."""
    if not isinstance(milliseconds, int | float) or isinstance(milliseconds, bool):
        return None, False
    if math.isnan(milliseconds) or not milliseconds > 0:
        return None, False
    low, high = HEARTBEAT_MIN / timedelta(milliseconds=1), HEARTBEAT_MAX / timedelta(milliseconds=1)
    if low <= milliseconds <= high:
        return timedelta(milliseconds=milliseconds), False
    return (HEARTBEAT_MIN if milliseconds < low else HEARTBEAT_MAX), True


__all__ = [
    "EVENT_TIME_MAX",
    "HEARTBEAT_MAX",
    "HEARTBEAT_MIN",
    "MAX_DEPTH",
    "MAX_FRAME_BYTES",
    "MAX_ID",
    "MAX_STRING",
    "LimitExceeded",
    "MalformedEvent",
    "check_frame",
    "check_id",
    "clamp_interval",
    "event_seconds",
]
