"""The Matrix bridge: ``MatrixBridge``, one matrix-nio bot account serving the class rooms.

The class is the bridge the app sees (``classmod.bridge.Bridge``): it logs in, joins the
configured rooms and leaves the rest to its parts, a module each:

* :mod:`classmod.bridges.matrix.http` (``http``): the requests, built by ``nio.Api`` and
  sent by ``AsyncClient.send`` (sans-I/O). Connection failures, 5xx and 429 are retried with
  backoff; a homeserver restart costs a few seconds, never the bot.
* :mod:`classmod.bridges.matrix.sync` (``sync_loop``): the ``/sync`` loop and the room
  workers; a sync token is saved only once every event of its batch was handed to the sink.
* :mod:`classmod.bridges.matrix.actions` (``actions``): redact, warn, mute, lock, kick, ban
  …; a refusal (403 …) is an ``Outcome(ok=False)`` with the reason. A replayed action (the
  app's outbox after a crash) is first checked against the room
  (:meth:`MatrixBridge.already_done`): a message already redacted, a member already gone.
* :mod:`classmod.bridges.matrix.direct` (``direct``): the direct chats with members.

The raw JSON goes through the pure functions of :mod:`classmod.bridges.matrix.convert` and
:mod:`classmod.bridges.matrix.powerlevels`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import structlog
from classmod.bridges.matrix import convert
from classmod.bridges.matrix.actions import MatrixActions
from classmod.bridges.matrix.direct import DirectChats
from classmod.bridges.matrix.http import Backoff, MatrixHttp, Reply, TransientError
from classmod.bridges.matrix.platform import PLATFORM
from classmod.bridges.matrix.policy import MatrixPolicyRooms
from classmod.bridges.matrix.sync import SYNC_FILTER, SyncLoop
from nio import Api, AsyncClient, AsyncClientConfig

from classmod.bridge import (
    MANAGEMENT_GROUP,
    AuthenticationFailed,
    Closing,
    EventSink,
)
from classmod.model import Action, ActionKind, Group, Member, Outcome, Platform
from classmod.storage import Cursors

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
        cursors: Cursors,
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
        self.connected = False  # the last /sync was answered (``/healthz``)
        self.synced = asyncio.Event()  # set after each handled sync batch
        self._ready = asyncio.Event()  # set once logged in (``logged_in``)
        self._policy: MatrixPolicyRooms | None = None
        self.batches = 0
        self.sync_unreadable = 0  # /sync answers that could not be read (retried)
        self.events_skipped = 0  # events that could not be read (each skipped alone)
        self.sync_loop = SyncLoop(self)
        self.direct = DirectChats(self)
        self.actions = MatrixActions(self)

    @classmethod
    def from_config(
        cls,
        model: Any,  # classmod.config.MatrixBridgeModel
        *,
        groups: Sequence[Group],
        cursors: Cursors,
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
        device = self.client.device_id or await self.cursors.get(self._key("device_id"))
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
        await self.cursors.set(self._key("device_id"), str(reply.body["device_id"]))

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

    # -- sync loop ---------------------------------------------------------------------

    async def run(self, sink: EventSink) -> None:
        """Log in, join the served rooms, then sync until cancelled (:class:`SyncLoop`)."""
        await self._login()
        self._ready.set()
        await self.sync_loop.upload_filter()
        await self._join_configured()
        await self.direct.load()
        await self.sync_loop.run(sink)

    # -- actions -----------------------------------------------------------------------

    async def apply(self, action: Action, group: Group) -> Outcome:
        room_id = await self._resolve(group.platform_id) if group.platform_id else None
        if room_id is None:
            return Outcome(
                action=action,
                ok=False,
                detail=f"找不到群 {group.id} 的房间 / no Matrix room for group {group.id}",
            )
        return await self.actions.apply(action, room_id)

    async def already_done(self, action: Action, group: Group) -> str:
        """Why a replayed ``action`` need not be carried out (``classmod.actions.ReplayCheck``):
        its message is redacted already, its member has left or was removed ('' when the
        room says otherwise or cannot be asked: then it is carried out)."""
        room_id = await self._resolve(group.platform_id) if group.platform_id else None
        if room_id is None:
            return ""
        return await self.actions.already_done(action, room_id)

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
        reply = await self.actions.send(room_id, convert.notice_content(text))
        if reply.errcode == "M_FORBIDDEN":
            # e.g. the school office room, which the bot joins on first use (if invited)
            joined = await self.http.call(*Api.join(self.http.token, room_id))
            if joined.ok:
                reply = await self.actions.send(room_id, convert.notice_content(text))
        return self.actions.outcome(action, reply, "发送", "post")

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


# Backoff, Reply, SYNC_FILTER, TransientError: importable from here as before the split
__all__ = ["CAPABILITIES", "SYNC_FILTER", "Backoff", "MatrixBridge", "Reply", "TransientError"]
