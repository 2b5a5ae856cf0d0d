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
import contextlib
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
    from classmod.bridges.matrix.bot import MatrixBridge

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


#: why a room could not be joined or read, in staff's words, by Matrix error code
_JOIN_REFUSED = {
    "M_FORBIDDEN": "机器人没有被邀请进这个房间（私有名单需先邀请机器人）",
    "M_NOT_FOUND": "房间不存在",
    "M_UNKNOWN": "服务器拒绝了机器人加入",
}


class MatrixPolicyRooms:
    """The policy rooms a school follows and writes to, on the bot's homeserver."""

    def __init__(self, bridge: MatrixBridge, *, sync_timeout_ms: int | None = None) -> None:
        self.bridge = bridge
        self.sync_timeout_ms = sync_timeout_ms or bridge.sync_timeout_ms
        self._joined: dict[str, str] = {}  # room ref -> room id
        self._failures: dict[str, str] = {}  # room ref -> why the last try failed

    def failure(self, ref: str) -> str:
        """Why the room could not be joined or read the last time, in Chinese ('' if it
        could)."""
        return self._failures.get(ref, "")

    async def room_id(self, ref: str) -> str | None:
        """The room's id, joined (the bot must be invited to a private list)."""
        if ref in self._joined:
            return self._joined[ref]
        await self.bridge.logged_in()
        room_id = await self.bridge._resolve(ref)
        if room_id is None:
            log.warning("policy_room_unresolved", room=ref)
            self._failures[ref] = "找不到这个房间别名"
            return None
        reply = await self.bridge.http.call(*Api.join(self.bridge.http.token, room_id))
        if not reply.ok:
            log.warning("policy_room_join_failed", room=ref, error=reply.errcode)
            self._failures[ref] = _JOIN_REFUSED.get(
                str(reply.errcode), f"机器人无法加入这个房间（{reply.errcode}）"
            )
            return None
        self._joined[ref] = room_id
        return room_id

    async def read(self, ref: str, list_name: str) -> list[PolicyRule] | None:
        """Every live rule of the room; None when it cannot be read (``failure`` says why)."""
        room_id = await self.room_id(ref)
        if room_id is None:
            return None
        reply = await self.bridge.http.call(*Api.room_get_state(self.bridge.http.token, room_id))
        if not reply.ok:
            log.warning("policy_room_unreadable", room=ref, error=reply.errcode)
            self._failures[ref] = f"机器人读不到这个房间的状态（{reply.errcode}）"
            return None
        self._failures.pop(ref, None)
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
        reply = await self.bridge.http.call(
            *Api.room_put_state(
                self.bridge.http.token, room_id, event_type, dict(content), state_key=rule.state_key
            )
        )
        if reply.ok:
            return ""
        return f"{reply.errcode}: {reply.error}".strip(": ")

    async def follow(
        self,
        refs: Sequence[str],
        changed: Callable[[str], Awaitable[None]],
        more: asyncio.Event | None = None,
    ) -> None:
        """Call ``changed(ref)`` once for every room at the start (or when it is first
        joined), then whenever a rule of it changes (a new rule, an edit, an emptied or
        redacted one), until cancelled.

        ``refs`` is the caller's own list and may change while followed (a list subscribed
        or unsubscribed at run time): ``more`` is set when it does, which ends the sync in
        flight, so the next one covers the rooms as they are now. A room that cannot be
        joined yet (not invited, the server away) is tried again every few seconds."""
        ids: dict[str, str] = {}  # ref -> room id, of the rooms followed now
        since: str | None = None
        loop = asyncio.get_running_loop()
        retry_at = 0.0
        while True:
            if more is not None:
                more.clear()
            wanted = list(dict.fromkeys(refs))
            for ref in [r for r in ids if r not in wanted]:
                del ids[ref]
            fresh = []
            if any(r not in ids for r in wanted) and loop.time() >= retry_at:
                for ref in wanted:
                    if ref not in ids and (room_id := await self.room_id(ref)) is not None:
                        ids[ref] = room_id
                        fresh.append(ref)
                if any(r not in ids for r in wanted):
                    retry_at = loop.time() + 5  # not invited yet, or the server is away
            if since is not None:
                for ref in fresh:  # joined after the first sync: read it now
                    await changed(ref)
            if not ids:
                await _wait(more, max(0.0, retry_at - loop.time()) if wanted else None)
                continue
            ref_of = {room_id: ref for ref, room_id in ids.items()}
            method, path = Api.sync(
                self.bridge.http.token,
                since=since,
                timeout=0 if since is None else self.sync_timeout_ms,
                filter=json.dumps(follow_filter(sorted(ref_of))),
            )
            # a room still to join is tried again before the sync would return
            timeout = self.sync_timeout_ms / 1000 + 30
            waits = [r for r in wanted if r not in ids]
            syncing = asyncio.ensure_future(self.bridge.http.request(method, path, timeout=timeout))
            woken = await _race(syncing, more, max(0.5, retry_at - loop.time()) if waits else None)
            if woken:
                continue  # the lists changed (or a room is due a retry): sync them anew
            try:
                reply = syncing.result()
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
                if followed is not None and followed in refs:
                    await changed(followed)
            next_batch = reply.body.get("next_batch")
            if isinstance(next_batch, str):
                since = next_batch


async def _wait(event: asyncio.Event | None, timeout: float | None) -> None:
    """Until ``event`` is set or ``timeout`` s pass (forever for neither)."""
    if event is None:
        await asyncio.sleep(timeout if timeout is not None else 5)
        return
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(event.wait(), timeout)


async def _race(
    request: asyncio.Future[Any], event: asyncio.Event | None, timeout: float | None
) -> bool:
    """Wait for ``request``; True (and the request cancelled) when ``event`` is set or
    ``timeout`` s pass first."""
    waiter = asyncio.ensure_future(event.wait()) if event is not None else None
    try:
        done, _ = await asyncio.wait(
            [f for f in (request, waiter) if f is not None],
            timeout=timeout,
            return_when=asyncio.FIRST_COMPLETED,
        )
    except BaseException:
        request.cancel()
        raise
    finally:
        if waiter is not None:
            waiter.cancel()
    if request in done:
        return False
    request.cancel()  # a sync only reads: nothing is lost, its since is not taken
    request.add_done_callback(lambda f: f.cancelled() or f.exception())
    return True
