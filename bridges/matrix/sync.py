"""The Matrix bridge's sync loop: long-poll ``/sync``, hand each room's events to its worker.

The raw JSON goes through the pure functions of :mod:`classmod.bridges.matrix.convert`;
what this module adds is the order and the safety of delivery:

* The sync token is saved (``Cursors``) only **after** every event of the batch was
  handed to the sink, so a crash re-delivers instead of losing; event ids are de-duplicated.
* A first start (no saved token) skips the backlog; a room just joined is judged only from
  the bot's own join on; a ``limited`` timeline is paged back with ``/messages`` to the
  previous token, so nothing sent while the bot was down is missed.
* Events of one room are delivered in order (a :class:`_RoomWorker` a room); rooms of one
  batch are handled concurrently.
* The next ``/sync`` is written only once each room of the batch has put its first
  request on the wire (or finished, or ``sync_hold`` passed): a redaction is never queued
  behind the bot's own long-poll on the homeserver's socket.

What the loop learns of the served rooms (display names, who is banned, the events seen,
which edit replaces which message) is kept here, for the direct chats and the actions.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import structlog
from classmod.bridges.matrix import convert
from classmod.bridges.matrix.http import Backoff, TransientError, batch_started
from nio import Api, MessageDirection

from classmod.bridge import EventSink, InboundEvent, Unreadable

if TYPE_CHECKING:
    from classmod.bridges.matrix.bot import MatrixBridge

log = structlog.get_logger("classmod.matrix")

_SEEN_LIMIT = 50_000
_GAP_PAGES = 200  # 20,000 events: a week-long outage of a busy class group

#: Timeline events the bridge converts (see ``convert.convert``) or watches.
TIMELINE_TYPES = ("m.room.message", "m.sticker", "m.room.member", "m.reaction", "m.room.encryption")

#: Only what the bridge reads: room timelines, member state, receipts. Redactions (the
#: bot's own, mostly) and other state changes are left out, so they never wake the
#: long-poll: every needless /sync answer costs the homeserver, whose one thread is also
#: fanning the bot's redaction out to everyone else.
SYNC_FILTER: dict[str, Any] = {
    "presence": {"not_types": ["*"]},
    "account_data": {"not_types": ["*"]},
    "room": {
        "timeline": {"limit": 50, "types": list(TIMELINE_TYPES)},
        "state": {"types": ["m.room.member", "m.room.encryption"]},
        "ephemeral": {"types": ["m.receipt"]},
        "account_data": {"not_types": ["*"]},
    },
}


class SyncLoop:
    """The ``/sync`` loop of one bridge, and what it remembers of the served rooms."""

    def __init__(self, bridge: MatrixBridge) -> None:
        self.bridge = bridge
        self.names: dict[str, dict[str, str]] = {}  # room id -> user id -> display name
        self.banned: dict[str, set[str]] = {}  # room id -> who is banned from it
        self.seen: OrderedDict[str, None] = OrderedDict()
        self.edits: OrderedDict[str, str] = OrderedDict()  # edit event -> original
        self._encrypted: set[str] = set()  # rooms found encrypted (unreadable)
        self._filter: dict[str, Any] | str = SYNC_FILTER  # an uploaded filter's id once known

    async def upload_filter(self) -> None:
        """Store the sync filter on the server once: each /sync then names it by id
        instead of carrying it (the server parses and validates an inline filter on every
        request). An old server without filters keeps the inline one."""
        bridge = self.bridge
        room = SYNC_FILTER["room"]
        method, path, data = Api.upload_filter(
            bridge.http.token,
            bridge.user_id,
            presence=SYNC_FILTER["presence"],
            account_data=SYNC_FILTER["account_data"],
            room=room,
        )
        reply = await bridge.http.call(method, path, data)
        filter_id = reply.body.get("filter_id") if reply.ok else None
        if isinstance(filter_id, str) and filter_id and not filter_id.startswith("{"):
            self._filter = filter_id
        else:
            log.warning("sync_filter_inline", error=reply.errcode)

    async def run(self, sink: EventSink) -> None:
        """Sync, hand each room's events to that room's worker, commit tokens in order.

        The next ``/sync`` is in flight while the previous batch is still being handled, so
        slow actions (a warning, a DM) never delay the next redaction; the saved token only
        moves past a batch once every room of it, and every earlier batch, is handled.
        """
        bridge = self.bridge
        since = await bridge.cursors.get(bridge._key("since"))
        first = True
        backoff = Backoff()
        failures = 0  # /sync failures in a row: the first is a warning, the rest debug
        workers: dict[str, _RoomWorker] = {}
        window = asyncio.Semaphore(bridge.max_pending_batches)
        commit: asyncio.Task[None] | None = None
        try:
            while True:
                method, path = Api.sync(
                    bridge.http.token,
                    since=since,
                    timeout=0 if first else bridge.sync_timeout_ms,
                    filter=self._filter,
                    # the first sync of a process rebuilds the member names kept in memory
                    full_state=True if first else None,
                )
                try:
                    reply = await bridge.http.request(
                        method, path, timeout=bridge.sync_timeout_ms / 1000 + 30
                    )
                except TransientError as exc:
                    bridge.connected = False
                    failures += 1
                    (log.warning if failures == 1 else log.debug)(
                        "sync_failed", error=str(exc), retrying="with backoff", attempt=failures
                    )
                    await asyncio.sleep(backoff.next_delay())
                    continue
                if reply.errcode == "M_UNKNOWN_TOKEN" and bridge._password:
                    log.warning("token_expired")
                    bridge._access_token = None
                    await bridge._login()
                    continue
                if reply.errcode == "M_UNKNOWN_TOKEN":
                    bridge.connected = False
                    raise bridge._refused("access token", reply)
                if not reply.ok:
                    log.error("sync_refused", status=reply.status, error=reply.errcode)
                    await asyncio.sleep(backoff.next_delay())
                    continue
                try:
                    batch = convert.parse_sync(reply.body)
                except convert.BadSync as exc:
                    # the same token again: nothing of this answer is lost or skipped
                    bridge.sync_unreadable += 1
                    log.error("sync_unreadable", error=str(exc), since=since)
                    await asyncio.sleep(backoff.next_delay())
                    continue
                backoff.reset()
                bridge.connected = True
                if failures:
                    log.info("sync_recovered", failed_attempts=failures)
                    failures = 0
                if batch.dropped:
                    log.warning("sync_parts_dropped", parts=list(batch.dropped[:20]))
                await self._membership_of_bot(batch)
                done: list[asyncio.Future[None]] = []
                started: list[asyncio.Future[None]] = []
                for room in batch.joined:
                    if room.room_id not in bridge._group_of_room:
                        if room.room_id in bridge.direct.members and since is not None:
                            await bridge.direct.handle(room, sink)
                        continue  # a room nobody configured
                    worker = workers.get(room.room_id)
                    if worker is None:
                        worker = workers[room.room_id] = _RoomWorker(self, sink)
                    handed = worker.submit(room, since)
                    started.append(handed.started)
                    done.append(handed.done)
                await window.acquire()
                commit = asyncio.create_task(self._commit(commit, done, batch.next_batch, window))
                if started and bridge.sync_hold > 0:
                    # the redaction first, then our long-poll: writing a request to the
                    # homeserver costs this thread a socket send, and the server takes
                    # requests in the order they come
                    await asyncio.wait(started, timeout=bridge.sync_hold)
                since = batch.next_batch
                first = False
        finally:
            bridge.connected = False
            for worker in workers.values():
                worker.stop()
            if commit is not None:
                commit.cancel()

    async def _commit(
        self,
        previous: asyncio.Task[None] | None,
        done: list[asyncio.Future[None]],
        token: str,
        window: asyncio.Semaphore,
    ) -> None:
        bridge = self.bridge
        try:
            if previous is not None:
                await previous
            await asyncio.gather(*done)
            await bridge.cursors.set(bridge._key("since"), token)
            bridge.batches += 1
            bridge.synced.set()
        finally:
            window.release()

    async def _membership_of_bot(self, batch: convert.SyncBatch) -> None:
        bridge = self.bridge
        for room_id in batch.invited:
            if room_id in bridge._group_of_room:
                reply = await bridge.http.call(*Api.join(bridge.http.token, room_id))
                log.info("room_invite_accepted", room=room_id, ok=reply.ok)
        for room_id, state in batch.invite_states:
            if room_id not in bridge._group_of_room:
                await bridge.direct.accept(room_id, convert.direct_inviter(state, bridge.user_id))
        for room_id in batch.left:
            if room_id in bridge._group_of_room:
                log.error("room_lost", room=room_id, group=bridge._group_of_room[room_id])

    async def handle_room(
        self, room: convert.JoinedRoom, *, since: str | None, sink: EventSink
    ) -> None:
        bridge = self.bridge
        group_id = bridge._group_of_room[room.room_id]
        names = self.names.setdefault(room.room_id, {})
        banned = self.banned.setdefault(room.room_id, set())
        for event in room.state:
            _track(names, banned, event)
        if any(e.get("type") == "m.room.encryption" for e in (*room.state, *room.timeline)):
            log.error("room_encrypted", room=room.room_id, group=group_id)
            if room.room_id not in self._encrypted:
                self._encrypted.add(room.room_id)  # the app tells staff; once is enough
                await self.deliver(
                    sink, Unreadable(group_id=group_id, ts=datetime.now(UTC), why="encrypted")
                )
        events = list(room.timeline)
        if since is None:
            # first start: what happened before the bot existed is not judged
            for event in events:
                _track(names, banned, event)
            return
        joined_at = convert.own_join_index(events, bridge.user_id)
        if joined_at is not None:
            for event in events[: joined_at + 1]:
                _track(names, banned, event)
            events = events[joined_at + 1 :]
        elif room.limited and room.prev_batch:
            events = [*await self._fill_gap(room.room_id, room.prev_batch, since), *events]
        for event in events:
            event_id = event.get("event_id")
            if isinstance(event_id, str):
                if event_id in self.seen:
                    continue
                original = convert.edited_event_id(event)
                if original:
                    remember(self.edits, event_id, original)
            try:
                values = convert.convert(event, group_id=group_id, names=names, me=bridge.user_id)
            except Exception as exc:  # BadEvent, or a bug: this event alone, never the batch
                bridge.events_skipped += 1
                level = log.warning if isinstance(exc, convert.BadEvent) else log.error
                level(
                    "event_skipped",
                    room=room.room_id,
                    event_id=event_id if isinstance(event_id, str) else "",
                    reason=str(exc)[:300] if isinstance(exc, convert.BadEvent) else repr(exc),
                )
                values = ()
            _track(names, banned, event)
            for value in values:
                await self.deliver(sink, value)
            if isinstance(event_id, str):
                remember(self.seen, event_id, None)
        for event in room.ephemeral:
            for ack in convert.to_receipt_acks(event, group_id=group_id, ignore=[bridge.user_id]):
                await self.deliver(sink, ack)

    async def _fill_gap(self, room_id: str, prev_batch: str, since: str) -> list[Mapping[str, Any]]:
        """Page back from the timeline's start to the previous token (oldest first)."""
        bridge = self.bridge
        collected: list[Mapping[str, Any]] = []
        start = prev_batch
        for _ in range(_GAP_PAGES):
            method, path = Api.room_messages(
                bridge.http.token,
                room_id,
                start=start,
                end=since,
                direction=MessageDirection.back,
                limit=100,
            )
            # until the server is back
            reply = await bridge.http.retrying(method, path, budget=None)
            if not reply.ok:
                log.error("gap_fill_refused", room=room_id, error=reply.errcode)
                break
            chunk = [e for e in reply.body.get("chunk") or [] if isinstance(e, Mapping)]
            joined_at = convert.own_join_index(list(reversed(chunk)), bridge.user_id)
            if joined_at is not None:
                # paging back past our own join: older history is not ours to judge
                collected.extend(chunk[: len(chunk) - 1 - joined_at])
                break
            collected.extend(chunk)
            end = reply.body.get("end")
            if not chunk or not isinstance(end, str) or end == start:
                break
            start = end
        else:
            log.error("gap_fill_truncated", room=room_id, events=len(collected))
        collected.reverse()
        log.info("gap_filled", room=room_id, events=len(collected))
        return collected

    def _on_our_clock(self, value: InboundEvent) -> InboundEvent:
        """Shift a server timestamp onto the injected clock (a demo's or a test's fake time);
        with the real clock this changes nothing."""
        if self.bridge._real_clock:
            return value
        return dataclasses.replace(value, ts=value.ts + (self.bridge.clock() - datetime.now(UTC)))

    async def deliver(self, sink: EventSink, value: InboundEvent) -> None:
        try:
            await sink(self._on_our_clock(value))
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the app's failure must not stop the room's stream
            log.error("event_failed", event=type(value).__name__, error=repr(exc), exc_info=True)


def remember(cache: OrderedDict[str, Any], key: str, value: Any) -> None:
    """Keep ``key`` in a bounded cache: the oldest entry goes past ``_SEEN_LIMIT``."""
    cache[key] = value
    if len(cache) > _SEEN_LIMIT:
        cache.popitem(last=False)


def _track(names: dict[str, str], banned: set[str], event: convert.JsonDict) -> None:
    """A served room's member state: display names, and who is banned from it."""
    convert.update_names(names, event)
    convert.update_banned(banned, event)


@dataclass(frozen=True, slots=True)
class _Handed:
    """A batch given to a room worker: ``started`` once its first request is on the wire
    (or it needed none), ``done`` once every event of it was handled."""

    room: convert.JoinedRoom
    since: str | None
    started: asyncio.Future[None]
    done: asyncio.Future[None]


class _RoomWorker:
    """Handles one room's batches strictly in order, off the sync loop."""

    def __init__(self, sync: SyncLoop, sink: EventSink) -> None:
        self.sync, self.sink = sync, sink
        self.queue: asyncio.Queue[_Handed] = asyncio.Queue()
        self.busy = False
        self.task = asyncio.create_task(self._work())

    def submit(self, room: convert.JoinedRoom, since: str | None) -> _Handed:
        loop = asyncio.get_running_loop()
        handed = _Handed(room, since, loop.create_future(), loop.create_future())
        if self.busy or not self.queue.empty():
            handed.started.set_result(None)  # it waits its turn: nothing to let go first
        self.queue.put_nowait(handed)
        return handed

    async def _work(self) -> None:
        while True:
            self.busy = False
            handed = await self.queue.get()
            self.busy = True
            token = batch_started.set(handed.started)
            try:
                await self.sync.handle_room(handed.room, since=handed.since, sink=self.sink)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a bug here must not stall the room or the token
                log.error(
                    "room_batch_failed", room=handed.room.room_id, error=repr(exc), exc_info=True
                )
            finally:
                batch_started.reset(token)
                for future in (handed.started, handed.done):
                    if not future.done():
                        future.set_result(None)

    def stop(self) -> None:
        self.task.cancel()
