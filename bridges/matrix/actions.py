"""The Matrix bridge's actions: what the bot carries out in a room, and their outcomes.

Each ``ActionKind`` the bridge declares has a handler here: a redaction (an edited message
with all its versions), a warning or notice sent, a mute, a room lock and their undoing
through the room's power levels, a kick, ban, unban, an approved or rejected join, a notice
to a member's direct chat, an alert to the management room. Every Matrix request goes
through the bridge's HTTP client; what the homeserver refuses, or the power levels do not
allow, is an ``Outcome(ok=False)`` with the reason (the wording is
:mod:`classmod.bridges.matrix.convert`'s, the level checks
:mod:`classmod.bridges.matrix.powerlevels`'), never an exception.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from classmod.bridges.matrix import convert
from classmod.bridges.matrix.http import Reply, TransientError
from classmod.bridges.matrix.powerlevels import (
    PowerLevels,
    lock_level,
    refused,
    with_events_default,
    with_user_level,
)
from nio import Api

from classmod.bridge import MANAGEMENT_GROUP
from classmod.model import Action, ActionKind, Outcome, RefusalReason

if TYPE_CHECKING:
    from classmod.bridges.matrix.bot import MatrixBridge


class MatrixActions:
    """The actions of one bridge, carried out in the room they are for."""

    def __init__(self, bridge: MatrixBridge) -> None:
        self.bridge = bridge
        self._state_locks: dict[str, asyncio.Lock] = {}

    async def apply(self, action: Action, room_id: str) -> Outcome:
        """Carry ``action`` out in ``room_id``; a platform refusal is an ``ok=False`` outcome."""
        handler = self._handlers().get(action.kind)
        if handler is None:
            return Outcome(
                action=action,
                ok=False,
                detail=f"Matrix 不支持 {action.kind} / {action.kind} is not supported on Matrix",
                refused=RefusalReason.UNSUPPORTED,
            )
        try:
            return await handler(action, room_id)
        except TransientError as exc:
            return Outcome(
                action=action,
                ok=False,
                detail=f"服务器不可用 / unavailable: {exc}",
                refused=RefusalReason.UNAVAILABLE,
            )

    async def already_done(self, action: Action, room_id: str) -> str:
        """Why a replayed ``action`` need not be carried out in ``room_id`` ('' when it must
        be: see :meth:`MatrixBridge.already_done`)."""
        if action.kind in (ActionKind.DELETE, ActionKind.TIDY) and action.message_id:
            reply = await self.bridge.http.call(
                *Api.room_get_event(self.bridge.http.token, room_id, action.message_id)
            )
            unsigned = reply.body.get("unsigned") if reply.ok else None
            if isinstance(unsigned, Mapping) and unsigned.get("redacted_because"):
                return "message already redacted"
            return ""
        if action.kind not in (ActionKind.KICK, ActionKind.BAN) or not action.member_id:
            return ""
        reply = await self.bridge.http.call(
            *Api.room_get_state_event(
                self.bridge.http.token, room_id, "m.room.member", action.member_id
            )
        )
        membership = reply.body.get("membership") if reply.ok else None
        if membership == "ban" or (action.kind == ActionKind.KICK and membership == "leave"):
            return f"member already gone ({membership})"
        return ""

    def _handlers(self) -> dict[ActionKind, Callable[[Action, str], Awaitable[Outcome]]]:
        return {
            ActionKind.DELETE: self._delete,
            ActionKind.TIDY: self._delete,
            ActionKind.WARN: self._warn,
            ActionKind.REMIND: self._warn,
            ActionKind.NOTIFY: self._notify,
            ActionKind.MUTE: self._mute,
            ActionKind.UNMUTE: self._unmute,
            ActionKind.KICK: self._kick,
            ActionKind.BAN: self._ban,
            ActionKind.UNBAN: self._unban,
            ActionKind.LOCK: self._lock,
            ActionKind.UNLOCK: self._unlock,
            ActionKind.APPROVE_JOIN: self._approve,
            ActionKind.REJECT_JOIN: self._reject,
            ActionKind.ALERT_STAFF: self._alert,
        }

    @staticmethod
    def _reason(action: Action) -> str:
        return " ".join(p for p in (action.rule_id, action.reason) if p)[:300]

    def outcome(self, action: Action, reply: Reply, verb_zh: str, verb_en: str) -> Outcome:
        if reply.ok:
            event_id = str(reply.body.get("event_id") or "")
            return Outcome(action=action, ok=True, detail=event_id, message_id=event_id)
        detail = convert.platform_refusal(verb_zh, verb_en, reply.errcode, reply.error)
        reason = convert.refusal_reason(verb_en, reply.errcode)
        return Outcome(action=action, ok=False, detail=detail, refused=reason)

    async def _delete(self, action: Action, room_id: str) -> Outcome:
        targets = [action.message_id]
        original = self.bridge.sync_loop.edits.get(action.message_id)
        if original:
            targets.append(original)  # an edited message goes with all its versions
        outcome: Outcome | None = None
        for event_id in targets:
            method, path, data = Api.room_redact(
                self.bridge.http.token,
                room_id,
                event_id,
                uuid.uuid4().hex,
                reason=self._reason(action),
            )
            result = self.outcome(
                action, await self.bridge.http.call(method, path, data), "撤回", "redact"
            )
            outcome = outcome or result
        assert outcome is not None
        return outcome

    async def send(self, room_id: str, content: dict[str, Any]) -> Reply:
        method, path, data = Api.room_send(
            self.bridge.http.token, room_id, "m.room.message", content, uuid.uuid4().hex
        )
        return await self.bridge.http.call(method, path, data)

    async def _warn(self, action: Action, room_id: str) -> Outcome:
        content = convert.warn_content(
            action.text, member_id=action.member_id, reply_to_event=action.message_id
        )
        return self.outcome(action, await self.send(room_id, content), "发送提醒", "warn")

    async def _alert(self, action: Action, room_id: str) -> Outcome:
        return await self.bridge.post(MANAGEMENT_GROUP, action.text)

    async def _state(self, room_id: str) -> PowerLevels | Reply:
        reply = await self.bridge.http.call(*Api.room_get_state(self.bridge.http.token, room_id))
        if not reply.ok:
            return reply
        events = reply.body.get("chunk") or []
        return PowerLevels.from_state(e for e in events if isinstance(e, Mapping))

    async def _with_levels(
        self,
        action: Action,
        room_id: str,
        verb: tuple[str, str],
        change: Callable[[PowerLevels], Awaitable[Outcome]],
    ) -> Outcome:
        """Run ``change`` with fresh power levels, one state change per room at a time
        (a power-levels PUT replaces the whole event: read, modify, write)."""
        lock = self._state_locks.setdefault(room_id, asyncio.Lock())
        async with lock:
            levels = await self._state(room_id)
            if isinstance(levels, Reply):
                return self.outcome(action, levels, *verb)
            return await change(levels)

    async def _put_levels(
        self, action: Action, room_id: str, content: Mapping[str, Any], verb: tuple[str, str]
    ) -> Outcome:
        method, path, data = Api.room_put_state(
            self.bridge.http.token, room_id, "m.room.power_levels", dict(content)
        )
        return self.outcome(action, await self.bridge.http.call(method, path, data), *verb)

    async def _mute(self, action: Action, room_id: str) -> Outcome:
        verb = ("禁言", "mute")
        member = action.member_id

        async def change(levels: PowerLevels) -> Outcome:
            why = refused(levels, self.bridge.user_id, member, "mute")
            if why is not None:
                return Outcome(action=action, ok=False, detail=why[1], refused=why[0])
            key = self.bridge._key("mute", room_id, member)
            if not levels.is_muted(member):
                previous = levels.explicit_level(member)
                await self.bridge.cursors.set(key, "" if previous is None else str(previous))
            content = with_user_level(levels.content or {}, member, levels.muted_level())
            return await self._put_levels(action, room_id, content, verb)

        return await self._with_levels(action, room_id, verb, change)

    async def _unmute(self, action: Action, room_id: str) -> Outcome:
        verb = ("解除禁言", "unmute")
        member = action.member_id

        async def change(levels: PowerLevels) -> Outcome:
            if not levels.is_muted(member):
                return Outcome(action=action, ok=True, detail="not muted")
            why = refused(levels, self.bridge.user_id, member, "unmute")
            if why is not None:
                return Outcome(action=action, ok=False, detail=why[1], refused=why[0])
            key = self.bridge._key("mute", room_id, member)
            saved = await self.bridge.cursors.get(key)
            previous = int(saved) if saved else None
            if previous is not None and previous < levels.send_level():
                previous = None  # never "restore" a level that is itself muted
            content = with_user_level(levels.content or {}, member, previous)
            outcome = await self._put_levels(action, room_id, content, verb)
            if outcome.ok:
                await self.bridge.cursors.set(key, "")
            return outcome

        return await self._with_levels(action, room_id, verb, change)

    async def _lock(self, action: Action, room_id: str) -> Outcome:
        verb = ("全员禁言", "lock the room")

        async def change(levels: PowerLevels) -> Outcome:
            wanted = lock_level(levels, self.bridge.user_id)
            if levels.events_default >= wanted:
                return Outcome(action=action, ok=True, detail="already locked")
            await self.bridge.cursors.set(
                self.bridge._key("lock", room_id), str(levels.events_default)
            )
            content = with_events_default(levels.content or {}, wanted)
            return await self._put_levels(action, room_id, content, verb)

        return await self._with_levels(action, room_id, verb, change)

    async def _unlock(self, action: Action, room_id: str) -> Outcome:
        verb = ("解除全员禁言", "unlock the room")

        async def change(levels: PowerLevels) -> Outcome:
            saved = await self.bridge.cursors.get(self.bridge._key("lock", room_id))
            previous = int(saved) if saved else 0
            if levels.events_default == previous:
                return Outcome(action=action, ok=True, detail="not locked")
            content = with_events_default(levels.content or {}, previous)
            return await self._put_levels(action, room_id, content, verb)

        return await self._with_levels(action, room_id, verb, change)

    async def _membership(
        self,
        action: Action,
        room_id: str,
        check: str,
        verb: tuple[str, str],
        request: tuple[str, ...],
    ) -> Outcome:
        levels = await self._state(room_id)
        if isinstance(levels, Reply):
            return self.outcome(action, levels, *verb)
        why = refused(levels, self.bridge.user_id, action.member_id, check)
        if why is not None:
            return Outcome(action=action, ok=False, detail=why[1], refused=why[0])
        return self.outcome(action, await self.bridge.http.call(*request), *verb)

    async def _kick(self, action: Action, room_id: str) -> Outcome:
        request = Api.room_kick(
            self.bridge.http.token, room_id, action.member_id, self._reason(action)
        )
        return await self._membership(action, room_id, "kick", ("移出", "kick"), request)

    async def _ban(self, action: Action, room_id: str) -> Outcome:
        request = Api.room_ban(
            self.bridge.http.token, room_id, action.member_id, self._reason(action)
        )
        return await self._membership(action, room_id, "ban", ("封禁", "ban"), request)

    async def _unban(self, action: Action, room_id: str) -> Outcome:
        request = Api.room_unban(self.bridge.http.token, room_id, action.member_id)
        return await self._membership(action, room_id, "unban", ("解封", "unban"), request)

    async def _approve(self, action: Action, room_id: str) -> Outcome:
        request = Api.room_invite(self.bridge.http.token, room_id, action.member_id)
        return await self._membership(
            action, room_id, "approve_join", ("批准入群", "invite"), request
        )

    async def _reject(self, action: Action, room_id: str) -> Outcome:
        request = Api.room_kick(
            self.bridge.http.token, room_id, action.member_id, self._reason(action)
        )
        return await self._membership(
            action, room_id, "reject_join", ("拒绝入群", "reject"), request
        )

    async def _notify(self, action: Action, room_id: str) -> Outcome:
        content = convert.notice_content(action.text)
        reply = await self.bridge.direct.send(action.member_id, content)
        return self.outcome(action, reply, "私信", "notify")
