"""The Matrix bridge: a matrix-nio client that long-polls ``/sync`` and applies actions.

Requests are built by ``nio.Api`` and sent by ``AsyncClient.send`` (sans-I/O); the raw JSON
goes through the pure functions of :mod:`classmod.bridges.matrix.convert` and
:mod:`classmod.bridges.matrix.powerlevels`. What this class adds is the I/O discipline:

* The sync token is saved (``CursorStore``) only **after** every event of the batch was
  handed to the sink, so a crash re-delivers instead of losing; event ids are de-duplicated.
* A first start (no saved token) skips the backlog; a room just joined is judged only from
  the bot's own join on; a ``limited`` timeline is paged back with ``/messages`` to the
  previous token, so nothing sent while the bot was down is missed.
* Connection failures, 5xx and 429 are retried with backoff; a homeserver restart costs a
  few seconds, never the bot. A refusal (403 …) is an ``Outcome(ok=False)`` with the reason.
* Events of one room are delivered in order; rooms of one batch are handled concurrently.
* A replayed action (the app's outbox after a crash) is first checked against the room
  (:meth:`MatrixBridge.already_done`): a message already redacted, a member already gone.
* The next ``/sync`` is written only once each room of the batch has put its first
  request on the wire (or finished, or ``sync_hold`` passed): a redaction is never queued
  behind the bot's own long-poll on the homeserver's socket.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import structlog
from classmod.bridges.matrix import convert
from classmod.bridges.matrix.direct import DirectChats
from classmod.bridges.matrix.http import Backoff, MatrixHttp, Reply, TransientError
from classmod.bridges.matrix.platform import PLATFORM
from classmod.bridges.matrix.policy import MatrixPolicyRooms
from classmod.bridges.matrix.powerlevels import (
    PowerLevels,
    lock_level,
    refused,
    with_events_default,
    with_user_level,
)
from classmod.bridges.matrix.sync import SYNC_FILTER, SyncLoop
from nio import Api, AsyncClient, AsyncClientConfig

from classmod.bridge import (
    MANAGEMENT_GROUP,
    AuthenticationFailed,
    Closing,
    CursorStore,
    EventSink,
)
from classmod.model import Action, ActionKind, Group, Member, Outcome, Platform, RefusalReason

log = structlog.get_logger("classmod.matrix")

Clock = Callable[[], datetime]

CAPABILITIES = PLATFORM.capabilities  # registered once: classmod.bridges.matrix.platform


class MatrixBridge(Closing):
    """One bot account serving the configured class rooms and the management room."""

    platform = Platform.MATRIX
    capabilities: frozenset[ActionKind] = CAPABILITIES

    def __init__(
        self,
        homeserver: str,
        user_id: str,
        *,
        groups: Sequence[Group],
        cursors: CursorStore,
        management_room: str | None = None,
        access_token: str | None = None,
        password: str | None = None,
        device_id: str | None = None,
        clock: Clock | None = None,  # None: the real clock; else event times are shifted onto it
        name: str = "matrix",
        sync_timeout_ms: int = 30_000,
        request_timeout: float = 30.0,
        action_retry_for: float = 30.0,
        max_pending_batches: int = 8,
        sync_hold: float = 0.005,
    ) -> None:
        if not access_token and not password:
            raise ValueError("the Matrix bot needs an access_token or a password")
        self.name = name
        self.user_id = user_id
        self.cursors = cursors
        self._real_clock = clock is None
        self.clock: Clock = clock or (lambda: datetime.now(UTC))
        self.sync_timeout_ms = sync_timeout_ms
        self.max_pending_batches = max_pending_batches
        self.sync_hold = sync_hold
        self._password = password
        self._access_token = access_token
        self.client = AsyncClient(
            homeserver.rstrip("/"),
            user_id,
            device_id=device_id or "",
            config=AsyncClientConfig(
                max_limit_exceeded=0, max_timeouts=0, request_timeout=request_timeout
            ),
        )
        self.http = MatrixHttp(self.client, action_retry_for=action_retry_for)
        self._refs: dict[str, str] = {g.platform_id: g.id for g in groups if g.platform_id}
        if management_room:
            self._refs[management_room] = MANAGEMENT_GROUP
        self._groups = {g.id: g for g in groups}
        self._room_of: dict[str, str] = {}  # room ref (id or alias) -> room id
        self._group_of_room: dict[str, str] = {}  # room id -> group id
        self._state_locks: dict[str, asyncio.Lock] = {}
        self.connected = False  # the last /sync was answered (``/healthz``)
        self.synced = asyncio.Event()  # set after each handled sync batch
        self._ready = asyncio.Event()  # set once logged in (``logged_in``)
        self._policy: MatrixPolicyRooms | None = None
        self.batches = 0
        self.sync_unreadable = 0  # /sync answers that could not be read (retried)
        self.events_skipped = 0  # events that could not be read (each skipped alone)
        self.sync_loop = SyncLoop(self)
        self.direct = DirectChats(self)

    @classmethod
    def from_config(
        cls,
        model: Any,  # classmod.config.MatrixBridgeModel
        *,
        groups: Sequence[Group],
        cursors: CursorStore,
        management_room: str | None = None,
        clock: Clock | None = None,
    ) -> MatrixBridge:
        return cls(
            model.homeserver,
            model.user_id,
            access_token=model.access_token,
            password=model.password,
            device_id=model.device_id,
            groups=[g for g in groups if g.platform == Platform.MATRIX],
            management_room=management_room,
            cursors=cursors,
            clock=clock,
        )

    def _key(self, *parts: str) -> str:
        return ":".join(("matrix", self.user_id, *parts))

    # -- connect -----------------------------------------------------------------------

    async def _login(self) -> None:
        backoff = Backoff()
        failures = 0
        while True:
            try:
                await self._try_login()
                if failures:
                    log.info("login_recovered", failed_attempts=failures)
                return
            except TransientError as exc:
                failures += 1
                # once an outage, not at every retry
                (log.warning if failures == 1 else log.debug)(
                    "login_retried", error=str(exc), retrying="with backoff", attempt=failures
                )
                await asyncio.sleep(backoff.next_delay())

    def _refused(self, what: str, reply: Reply) -> AuthenticationFailed:
        fix = (
            "set bridges.matrix.password (the bot logs in again by itself) or a fresh"
            " bridges.matrix.access_token"
            if what == "access token"
            else "check bridges.matrix.user_id and bridges.matrix.password"
        )
        detail = f"{self.client.homeserver} refused the {what}: {reply.errcode}"
        if reply.error:
            detail += f" ({reply.error[:200]})"
        return AuthenticationFailed(self.name, detail, fix)

    async def _try_login(self) -> None:
        if self._access_token:
            self.client.access_token = self._access_token
            reply = await self.http.request(*Api.whoami(self._access_token))
            if reply.status in (401, 403) and not self._password:
                raise self._refused("access token", reply)
            if reply.status in (401, 403):
                log.warning("token_refused", error=reply.errcode, then="password login")
                self._access_token = None
                await self._try_login()
                return
            if not reply.ok:
                raise RuntimeError(f"access token refused: {reply.errcode} {reply.error}")
            self.client.restore_login(
                self.user_id, str(reply.body.get("device_id") or ""), self._access_token
            )
            return
        assert self._password is not None
        device = self.client.device_id or await self.cursors.get_cursor(self._key("device_id"))
        method, path, data = Api.login(
            self.user_id, password=self._password, device_name="classmod", device_id=device or ""
        )
        reply = await self.http.request(method, path, data)
        if reply.status in (401, 403):
            raise self._refused("password", reply)
        if not reply.ok:
            raise RuntimeError(f"login refused: {reply.errcode} {reply.error}")
        self.client.restore_login(
            self.user_id, str(reply.body["device_id"]), str(reply.body["access_token"])
        )
        await self.cursors.set_cursor(self._key("device_id"), str(reply.body["device_id"]))

    async def run(self, sink: EventSink) -> None:
        """Log in, join the served rooms, then sync until cancelled (:class:`SyncLoop`)."""
        await self._login()
        self._ready.set()
        await self.sync_loop.upload_filter()
        await self._join_configured()
        await self.direct.load()
        await self.sync_loop.run(sink)

    async def _resolve(self, ref: str) -> str | None:
        if ref.startswith("!"):
            return ref
        if ref in self._room_of:
            return self._room_of[ref]
        if not ref.startswith("#"):
            return None
        reply = await self.http.call(*Api.room_resolve_alias(ref))
        room_id = reply.body.get("room_id") if reply.ok else None
        if isinstance(room_id, str):
            self._room_of[ref] = room_id
            return room_id
        return None

    async def _join_configured(self) -> None:
        for ref, group_id in self._refs.items():
            room_id = await self._resolve(ref)
            if room_id is None:
                log.warning("room_unresolved", room=ref)
                continue
            self._room_of[ref] = room_id
            self._group_of_room[room_id] = group_id
            reply = await self.http.call(*Api.join(self.http.token, room_id))
            if reply.ok:
                log.info("room_joined", room=room_id, group=group_id)
            else:
                # not invited yet: we join when the invite arrives
                log.warning("room_join_failed", room=room_id, error=reply.errcode)

    # -- actions -----------------------------------------------------------------------

    async def apply(self, action: Action, group: Group) -> Outcome:
        room_id = await self._resolve(group.platform_id) if group.platform_id else None
        if room_id is None:
            return Outcome(
                action=action,
                ok=False,
                detail=f"找不到群 {group.id} 的房间 / no Matrix room for group {group.id}",
            )
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

    async def already_done(self, action: Action, group: Group) -> str:
        """Why a replayed ``action`` need not be carried out (``classmod.actions.ReplayCheck``):
        its message is redacted already, its member has left or was removed ('' when the
        room says otherwise or cannot be asked: then it is carried out)."""
        room_id = await self._resolve(group.platform_id) if group.platform_id else None
        if room_id is None:
            return ""
        if action.kind in (ActionKind.DELETE, ActionKind.TIDY) and action.message_id:
            reply = await self.http.call(
                *Api.room_get_event(self.http.token, room_id, action.message_id)
            )
            unsigned = reply.body.get("unsigned") if reply.ok else None
            if isinstance(unsigned, Mapping) and unsigned.get("redacted_because"):
                return "message already redacted"
            return ""
        if action.kind not in (ActionKind.KICK, ActionKind.BAN) or not action.member_id:
            return ""
        reply = await self.http.call(
            *Api.room_get_state_event(self.http.token, room_id, "m.room.member", action.member_id)
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

    def _outcome(self, action: Action, reply: Reply, verb_zh: str, verb_en: str) -> Outcome:
        if reply.ok:
            event_id = str(reply.body.get("event_id") or "")
            return Outcome(action=action, ok=True, detail=event_id, message_id=event_id)
        detail = convert.platform_refusal(verb_zh, verb_en, reply.errcode, reply.error)
        reason = convert.refusal_reason(verb_en, reply.errcode)
        return Outcome(action=action, ok=False, detail=detail, refused=reason)

    async def _delete(self, action: Action, room_id: str) -> Outcome:
        targets = [action.message_id]
        original = self.sync_loop.edits.get(action.message_id)
        if original:
            targets.append(original)  # an edited message goes with all its versions
        outcome: Outcome | None = None
        for event_id in targets:
            method, path, data = Api.room_redact(
                self.http.token, room_id, event_id, uuid.uuid4().hex, reason=self._reason(action)
            )
            result = self._outcome(
                action, await self.http.call(method, path, data), "撤回", "redact"
            )
            outcome = outcome or result
        assert outcome is not None
        return outcome

    async def _send(self, room_id: str, content: dict[str, Any]) -> Reply:
        method, path, data = Api.room_send(
            self.http.token, room_id, "m.room.message", content, uuid.uuid4().hex
        )
        return await self.http.call(method, path, data)

    async def _warn(self, action: Action, room_id: str) -> Outcome:
        content = convert.warn_content(
            action.text, member_id=action.member_id, reply_to_event=action.message_id
        )
        return self._outcome(action, await self._send(room_id, content), "发送提醒", "warn")

    async def _alert(self, action: Action, room_id: str) -> Outcome:
        return await self.post(MANAGEMENT_GROUP, action.text)

    async def _state(self, room_id: str) -> PowerLevels | Reply:
        reply = await self.http.call(*Api.room_get_state(self.http.token, room_id))
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
                return self._outcome(action, levels, *verb)
            return await change(levels)

    async def _put_levels(
        self, action: Action, room_id: str, content: Mapping[str, Any], verb: tuple[str, str]
    ) -> Outcome:
        method, path, data = Api.room_put_state(
            self.http.token, room_id, "m.room.power_levels", dict(content)
        )
        return self._outcome(action, await self.http.call(method, path, data), *verb)

    async def _mute(self, action: Action, room_id: str) -> Outcome:
        verb = ("禁言", "mute")
        member = action.member_id

        async def change(levels: PowerLevels) -> Outcome:
            why = refused(levels, self.user_id, member, "mute")
            if why is not None:
                return Outcome(action=action, ok=False, detail=why[1], refused=why[0])
            key = self._key("mute", room_id, member)
            if not levels.is_muted(member):
                previous = levels.explicit_level(member)
                await self.cursors.set_cursor(key, "" if previous is None else str(previous))
            content = with_user_level(levels.content or {}, member, levels.muted_level())
            return await self._put_levels(action, room_id, content, verb)

        return await self._with_levels(action, room_id, verb, change)

    async def _unmute(self, action: Action, room_id: str) -> Outcome:
        verb = ("解除禁言", "unmute")
        member = action.member_id

        async def change(levels: PowerLevels) -> Outcome:
            if not levels.is_muted(member):
                return Outcome(action=action, ok=True, detail="not muted")
            why = refused(levels, self.user_id, member, "unmute")
            if why is not None:
                return Outcome(action=action, ok=False, detail=why[1], refused=why[0])
            key = self._key("mute", room_id, member)
            saved = await self.cursors.get_cursor(key)
            previous = int(saved) if saved else None
            if previous is not None and previous < levels.send_level():
                previous = None  # never "restore" a level that is itself muted
            content = with_user_level(levels.content or {}, member, previous)
            outcome = await self._put_levels(action, room_id, content, verb)
            if outcome.ok:
                await self.cursors.set_cursor(key, "")
            return outcome

        return await self._with_levels(action, room_id, verb, change)

    async def _lock(self, action: Action, room_id: str) -> Outcome:
        verb = ("全员禁言", "lock the room")

        async def change(levels: PowerLevels) -> Outcome:
            wanted = lock_level(levels, self.user_id)
            if levels.events_default >= wanted:
                return Outcome(action=action, ok=True, detail="already locked")
            await self.cursors.set_cursor(self._key("lock", room_id), str(levels.events_default))
            content = with_events_default(levels.content or {}, wanted)
            return await self._put_levels(action, room_id, content, verb)

        return await self._with_levels(action, room_id, verb, change)

    async def _unlock(self, action: Action, room_id: str) -> Outcome:
        verb = ("解除全员禁言", "unlock the room")

        async def change(levels: PowerLevels) -> Outcome:
            saved = await self.cursors.get_cursor(self._key("lock", room_id))
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
            return self._outcome(action, levels, *verb)
        why = refused(levels, self.user_id, action.member_id, check)
        if why is not None:
            return Outcome(action=action, ok=False, detail=why[1], refused=why[0])
        return self._outcome(action, await self.http.call(*request), *verb)

    async def _kick(self, action: Action, room_id: str) -> Outcome:
        request = Api.room_kick(self.http.token, room_id, action.member_id, self._reason(action))
        return await self._membership(action, room_id, "kick", ("移出", "kick"), request)

    async def _ban(self, action: Action, room_id: str) -> Outcome:
        request = Api.room_ban(self.http.token, room_id, action.member_id, self._reason(action))
        return await self._membership(action, room_id, "ban", ("封禁", "ban"), request)

    async def _unban(self, action: Action, room_id: str) -> Outcome:
        request = Api.room_unban(self.http.token, room_id, action.member_id)
        return await self._membership(action, room_id, "unban", ("解封", "unban"), request)

    async def _approve(self, action: Action, room_id: str) -> Outcome:
        request = Api.room_invite(self.http.token, room_id, action.member_id)
        return await self._membership(
            action, room_id, "approve_join", ("批准入群", "invite"), request
        )

    async def _reject(self, action: Action, room_id: str) -> Outcome:
        request = Api.room_kick(self.http.token, room_id, action.member_id, self._reason(action))
        return await self._membership(
            action, room_id, "reject_join", ("拒绝入群", "reject"), request
        )

    async def _notify(self, action: Action, room_id: str) -> Outcome:
        content = convert.notice_content(action.text)
        reply = await self.direct.send(action.member_id, content)
        return self._outcome(action, reply, "私信", "notify")

    async def member_list(self, group: Group) -> list[Member] | None:
        """Everyone joined to the group's room but the bot, with their display names
        (periodic member audit, P06); None when the homeserver would not say."""
        room_id = await self._resolve(group.platform_id) if group.platform_id else None
        if room_id is None:
            return None
        try:
            reply = await self.http.call(*Api.joined_members(self.http.token, room_id))
        except TransientError as exc:
            log.warning("member_list_failed", group=group.id, error=str(exc))
            return None
        joined = reply.body.get("joined") if reply.ok else None
        if not isinstance(joined, Mapping):
            log.warning("member_list_failed", group=group.id, error=reply.errcode)
            return None
        members = []
        for user_id, info in joined.items():
            if not isinstance(user_id, str) or user_id == self.user_id:
                continue
            name = info.get("display_name") if isinstance(info, Mapping) else None
            members.append(Member(id=user_id, display_name=name if isinstance(name, str) else ""))
        return members

    async def post(self, room: str, text: str) -> Outcome:
        action = Action(kind=ActionKind.ALERT_STAFF, group_id=room, text=text)
        ref = room
        if room in self._groups:
            ref = self._groups[room].platform_id
        elif room == MANAGEMENT_GROUP:
            ref = next((r for r, g in self._refs.items() if g == MANAGEMENT_GROUP), "")
        room_id = await self._resolve(ref) if ref else None
        if room_id is None:
            return Outcome(action=action, ok=False, detail=f"找不到房间 / unknown room {room}")
        reply = await self._send(room_id, convert.notice_content(text))
        if reply.errcode == "M_FORBIDDEN":
            # e.g. the school office room, which the bot joins on first use (if invited)
            joined = await self.http.call(*Api.join(self.http.token, room_id))
            if joined.ok:
                reply = await self._send(room_id, convert.notice_content(text))
        return self._outcome(action, reply, "发送", "post")

    async def logged_in(self) -> None:
        """Return once ``run`` has logged the bot in."""
        await self._ready.wait()

    def policy_rooms(self) -> MatrixPolicyRooms:
        """The school's ban lists' policy rooms, through this bot's client
        (``classmod.banwatch.PolicyHost``)."""
        if self._policy is None:
            self._policy = MatrixPolicyRooms(self)
        return self._policy

    async def aclose(self) -> None:
        """Close the homeserver client (its HTTP session)."""
        await self.client.close()


__all__ = ["CAPABILITIES", "SYNC_FILTER", "Backoff", "MatrixBridge", "Reply", "TransientError"]
