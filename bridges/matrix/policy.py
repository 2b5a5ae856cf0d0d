"""Matrix policy rooms (ban lists) through the bot's own HTTP client.

Reads a room's rules from its full state (``GET /rooms/{id}/state``), writes a rule as a
state event (``PUT /rooms/{id}/state/m.policy.rule.user/rule:<entity>``), removes one by
writing empty content, as the spec says. ``follow`` long-polls a ``/sync`` of its own,
filtered to the followed rooms and the rule event types (and redactions), and says which
room changed; the rules are then read again from the room's state, so a redacted rule
(its content emptied by the server) and a removed one are both simply gone.

Parsing is :mod:`classmod.banlist`'s; this module only does the I/O.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import structlog
from nio import Api

from classmod.banlist import (
    EVENT_TYPES,
    RULE_EVENT_TYPES,
    PolicyRule,
    rule_content,
    rules_from_state,
)

if TYPE_CHECKING:
    from bridges.matrix.bot import MatrixBridge

log = structlog.get_logger("classmod.matrix.policy")


#: the followed rooms' /sync: only rule state and redactions wake it
def follow_filter(room_ids: Sequence[str]) -> dict[str, Any]:
    return {
        "presence": {"not_types": ["*"]},
        "account_data": {"not_types": ["*"]},
        "room": {
            "rooms": list(room_ids),
            "timeline": {"limit": 20, "types": [*RULE_EVENT_TYPES, "m.room.redaction"]},
            "state": {"types": list(RULE_EVENT_TYPES)},
            "ephemeral": {"not_types": ["*"]},
            "account_data": {"not_types": ["*"]},
        },
    }


class MatrixPolicyRooms:
    """The policy rooms a school follows and writes to, on the bot's homeserver."""

    def __init__(self, bridge: MatrixBridge, *, sync_timeout_ms: int | None = None) -> None:
        self.bridge = bridge
        self.sync_timeout_ms = sync_timeout_ms or bridge.sync_timeout_ms
        self._joined: dict[str, str] = {}  # room ref -> room id

    async def room_id(self, ref: str) -> str | None:
        """The room's id, joined (the bot must be invited to a private list)."""
        if ref in self._joined:
            return self._joined[ref]
        await self.bridge.logged_in()
        room_id = await self.bridge._resolve(ref)
        if room_id is None:
            log.warning("policy_room_unresolved", room=ref)
            return None
        reply = await self.bridge._call(*Api.join(self.bridge._token, room_id))
        if not reply.ok:
            log.warning("policy_room_join_failed", room=ref, error=reply.errcode)
            return None
        self._joined[ref] = room_id
        return room_id

    async def read(self, ref: str, list_name: str) -> list[PolicyRule] | None:
        """Every live rule of the room; None when it cannot be read."""
        room_id = await self.room_id(ref)
        if room_id is None:
            return None
        reply = await self.bridge._call(*Api.room_get_state(self.bridge._token, room_id))
        if not reply.ok:
            log.warning("policy_room_unreadable", room=ref, error=reply.errcode)
            return None
        return rules_from_state(list_name, reply.body.get("chunk") or [])

    async def write(self, ref: str, rule: PolicyRule) -> str:
        """Put the rule in the room: '' when done, else why not."""
        return await self._put(ref, rule, rule_content(rule))

    async def remove(self, ref: str, rule: PolicyRule) -> str:
        """Empty the rule's state event (the spec's removal): '' when done, else why not."""
        return await self._put(ref, rule, {})

    async def _put(self, ref: str, rule: PolicyRule, content: Mapping[str, Any]) -> str:
        room_id = await self.room_id(ref)
        if room_id is None:
            return f"cannot join the policy room {ref}"
        event_type = rule.event_type or EVENT_TYPES[rule.kind][0]
        reply = await self.bridge._call(
            *Api.room_put_state(
                self.bridge._token, room_id, event_type, dict(content), state_key=rule.state_key
            )
        )
        if reply.ok:
            return ""
        return f"{reply.errcode}: {reply.error}".strip(": ")

    async def follow(self, refs: Sequence[str], changed: Callable[[str], Awaitable[None]]) -> None:
        """Call ``changed(ref)`` once for every room at the start, then whenever a rule
        of it changes (a new rule, an edit, an emptied or redacted one), until cancelled."""
        ids: dict[str, str] = {}
        while len(ids) < len(refs):
            for ref in refs:
                if ref not in ids and (room_id := await self.room_id(ref)) is not None:
                    ids[ref] = room_id
            if len(ids) < len(refs):
                await asyncio.sleep(5)  # not invited yet, or the server is away
        ref_of = {room_id: ref for ref, room_id in ids.items()}
        filter_ = json.dumps(follow_filter(list(ids.values())))
        since: str | None = None
        while True:
            method, path = Api.sync(
                self.bridge._token,
                since=since,
                timeout=0 if since is None else self.sync_timeout_ms,
                filter=filter_,
            )
            try:
                reply = await self.bridge._request(
                    method, path, timeout=self.sync_timeout_ms / 1000 + 30
                )
            except Exception as exc:  # a TransientError: the server is restarting
                log.warning("policy_sync_failed", error=str(exc))
                await asyncio.sleep(2)
                continue
            if not reply.ok:
                log.warning("policy_sync_refused", error=reply.errcode)
                await asyncio.sleep(5)
                continue
            rooms = reply.body.get("rooms")
            joined = rooms.get("join") if isinstance(rooms, Mapping) else None
            touched = set(joined) if isinstance(joined, Mapping) else set()
            if since is None:
                touched = set(ref_of)  # the first read: every room
            for room_id in touched:
                followed = ref_of.get(room_id)
                if followed is not None:
                    await changed(followed)
            next_batch = reply.body.get("next_batch")
            if isinstance(next_batch, str):
                since = next_batch
