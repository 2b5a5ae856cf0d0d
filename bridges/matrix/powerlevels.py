"""Effective Matrix power levels, worked out from a room's state (pure).

The rules follow the Matrix spec's authorization rules:

- With no ``m.room.power_levels`` event, the room creator has 100 and everyone else 0.
- ``users[user]`` else ``users_default`` (default 0); ``events_default`` 0; ``state_default``
  50; ``kick``/``ban``/``redact`` 50; ``invite`` 0.
- Room version 12 ("privileged creators"): the ``m.room.create`` sender and every user in
  ``content.additional_creators`` have infinite power and must not appear in ``users``.
- To kick or ban someone, or change their level, the actor's level must be strictly above the
  target's current level.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from classmod.model import RefusalReason

INFINITE = math.inf

#: Room versions in which creators have infinite power (MSC4289), including Synapse's
#: pre-release name for version 12.
_PRIVILEGED_CREATOR_VERSIONS = frozenset({"org.matrix.hydra.11"})


def privileged_creators(room_version: str) -> bool:
    if room_version in _PRIVILEGED_CREATOR_VERSIONS:
        return True
    return room_version.isdigit() and int(room_version) >= 12


def _int(value: Any, default: int) -> int:
    """Power levels may be sent as strings by old clients; anything else falls back."""
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return default
    return default


def format_level(level: float) -> str:
    return "∞(创建者/creator)" if level == INFINITE else str(int(level))


@dataclass(frozen=True, slots=True, kw_only=True)
class PowerLevels:
    """A room's power structure: its creators and its ``m.room.power_levels`` content."""

    room_version: str = "1"
    creator: str = ""
    additional_creators: tuple[str, ...] = ()
    content: Mapping[str, Any] | None = None  # None: the room has no power-levels event

    @classmethod
    def from_state(cls, events: Iterable[Mapping[str, Any]]) -> PowerLevels:
        """Build from client-format state events (``GET /rooms/{id}/state`` or sync state)."""
        create: Mapping[str, Any] | None = None
        levels: Mapping[str, Any] | None = None
        for event in events:
            if event.get("state_key") != "":
                continue
            if event.get("type") == "m.room.create":
                create = event
            elif event.get("type") == "m.room.power_levels":
                levels = event.get("content") or {}
        return cls.from_events(create, levels)

    @classmethod
    def from_events(
        cls, create: Mapping[str, Any] | None, levels: Mapping[str, Any] | None
    ) -> PowerLevels:
        content: Mapping[str, Any] = (create or {}).get("content") or {}
        # Before room version 11 the creator was named in content.creator; since then (and
        # always, in practice) the create event's sender is the creator.
        creator = str((create or {}).get("sender") or content.get("creator") or "")
        extra = content.get("additional_creators") or ()
        return cls(
            room_version=str(content.get("room_version") or "1"),
            creator=creator,
            additional_creators=tuple(str(u) for u in extra if isinstance(u, str)),
            content=levels,
        )

    @property
    def creators(self) -> frozenset[str]:
        if not privileged_creators(self.room_version):
            return frozenset({self.creator}) if self.creator else frozenset()
        return frozenset(u for u in (self.creator, *self.additional_creators) if u)

    def is_privileged_creator(self, user_id: str) -> bool:
        return privileged_creators(self.room_version) and user_id in self.creators

    def user_level(self, user_id: str) -> float:
        if self.is_privileged_creator(user_id):
            return INFINITE
        if self.content is None:
            return 100 if user_id == self.creator else 0
        users = self.content.get("users") or {}
        if user_id in users:
            return _int(users[user_id], 0)
        return _int(self.content.get("users_default"), 0)

    def _field(self, name: str, default: int) -> int:
        if self.content is None:
            return default
        return _int(self.content.get(name), default)

    @property
    def events_default(self) -> int:
        return self._field("events_default", 0)

    @property
    def users_default(self) -> int:
        return self._field("users_default", 0)

    @property
    def state_default(self) -> int:
        # Without a power-levels event, state needs 0 (spec); with one, 50 by default.
        return self._field("state_default", 0 if self.content is None else 50)

    def action_level(self, action: str) -> int:
        """``kick``, ``ban``, ``redact`` (default 50) or ``invite`` (default 0)."""
        default = 0 if action == "invite" else 50
        return self._field(action, default)

    def event_level(self, event_type: str, *, state: bool = False) -> int:
        events = (self.content or {}).get("events") or {}
        if event_type in events:
            return _int(events[event_type], 0)
        return self.state_default if state else self.events_default

    def send_level(self) -> int:
        """The level needed to post an ordinary message."""
        return self.event_level("m.room.message")

    def muted_level(self) -> int:
        """A level just below what posting a message or a reaction needs."""
        return min(self.send_level(), self.event_level("m.reaction"), self.events_default) - 1

    def is_muted(self, user_id: str) -> bool:
        return self.user_level(user_id) < self.send_level()

    def explicit_level(self, user_id: str) -> int | None:
        users = (self.content or {}).get("users") or {}
        return _int(users[user_id], 0) if user_id in users else None


def refusal(levels: PowerLevels, actor: str, target: str, action: str) -> str | None:
    """Why ``actor`` cannot ``action`` (kick, ban, mute, unmute, unban) ``target``, or None.

    The reason is in Chinese and English, for staff and the audit log.
    """
    found = refused(levels, actor, target, action)
    return found[1] if found is not None else None


def refused(
    levels: PowerLevels, actor: str, target: str, action: str
) -> tuple[RefusalReason, str] | None:
    """As :func:`refusal`, with the reason as a :class:`RefusalReason` for the reply."""
    mine = levels.user_level(actor)
    theirs = levels.user_level(target)
    verbs = {
        "kick": ("移出", "kick"),
        "ban": ("封禁", "ban"),
        "unban": ("解封", "unban"),
        "mute": ("禁言", "mute"),
        "unmute": ("解除禁言", "unmute"),
        "approve_join": ("批准入群", "invite"),
        "reject_join": ("拒绝入群", "reject"),
    }
    zh, en = verbs.get(action, (action, action))
    if levels.is_privileged_creator(target) and target != actor:
        return RefusalReason.TARGET_IS_OWNER, (
            f"无法{zh} {target}：对方是房间创建者，权限无限，机器人管不了"
            f" / cannot {en} {target}: they created the room (room v{levels.room_version}),"
            " creators have unlimited power"
        )
    if action in ("kick", "ban", "unban", "approve_join", "reject_join"):
        needed_name = {"approve_join": "invite", "reject_join": "kick", "unban": "ban"}.get(
            action, action
        )
        needed = levels.action_level(needed_name)
        if mine < needed:
            return RefusalReason.BOT_LACKS_POWER, (
                f"无法{zh} {target}：机器人权限等级 {format_level(mine)} 低于所需的 {needed}"
                f" / cannot {en} {target}: the bot's power level {format_level(mine)}"
                f" is below the required {needed}"
            )
    if action in ("mute", "unmute"):
        needed = levels.event_level("m.room.power_levels", state=True)
        if mine < needed:
            return RefusalReason.BOT_LACKS_POWER, (
                f"无法{zh} {target}：机器人无权修改权限（需要 {needed}，现为 {format_level(mine)}）"
                f" / cannot {en} {target}: changing power levels needs {needed},"
                f" the bot has {format_level(mine)}"
            )
    if action in ("kick", "ban", "mute", "unmute", "reject_join") and theirs >= mine:
        return RefusalReason.TARGET_IS_ADMIN, (
            f"无法{zh} {target}：对方权限等级 {format_level(theirs)} 不低于机器人的"
            f" {format_level(mine)}"
            f" / cannot {en} {target}: their power level {format_level(theirs)} is not below"
            f" the bot's {format_level(mine)}"
        )
    return None


def with_user_level(content: Mapping[str, Any], user_id: str, level: int | None) -> dict[str, Any]:
    """A copy of a power-levels content with ``user_id`` set to ``level`` (None: removed)."""
    out = dict(content)
    users = dict(out.get("users") or {})
    if level is None:
        users.pop(user_id, None)
    else:
        users[user_id] = level
    out["users"] = users
    return out


def with_events_default(content: Mapping[str, Any], level: int) -> dict[str, Any]:
    out = dict(content)
    out["events_default"] = level
    return out


def lock_level(levels: PowerLevels, actor: str) -> int:
    """The ``events_default`` that silences ordinary members but not staff (at most the bot's)."""
    mine = levels.user_level(actor)
    wanted = max(levels.users_default + 1, 50)
    return int(min(wanted, mine)) if mine != INFINITE else wanted


def staff_level(levels: PowerLevels) -> int:
    """The moderator level of this room: what ``kick`` needs (default 50)."""
    return levels.action_level("kick")


__all__ = [
    "INFINITE",
    "PowerLevels",
    "format_level",
    "lock_level",
    "privileged_creators",
    "refusal",
    "staff_level",
    "with_events_default",
    "with_user_level",
]
