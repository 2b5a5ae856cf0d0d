"""What the v11 and v12 bridges share: the event pump, dedupe, heartbeat watch, confirmations,
and the catch-up after a reconnect or a restart.

The link's reader never waits for the app: it answers responses, records confirming notices
and heartbeats, and queues inbound events; one dispatcher task hands them to the sink in
order. So an action applied while the app handles an event can still see its confirmation.

OneBot has no delivery acknowledgement: what a gateway pushed while the link was down, or
just before classmod died, is gone from the push. Where the gateway keeps history
(:meth:`OneBotBridgeBase.fetch_missed`: v11 ``get_group_msg_history``, v12
``get_latest_events``), the bridge asks for it at each (re)connect (the gateway's lifecycle
``connect`` event) and at start on a link without one, and hands over what it missed,
oldest first, bounded (``history_pages``, ``history_max_age``). A group's live events wait
meanwhile, so the group's events still reach the sink in time order. v11 keeps a cursor per
group in the store (the last message the sink finished, so it survives a restart): the
fetch goes back to it. What was already handed over is skipped here (this process) and by
the app's replay check (the processed marks, keyed by platform, group and message id), so
nothing is judged twice. A gateway without the action answers so once: it is logged and
not asked again.
"""

from __future__ import annotations

import abc
import asyncio
import contextlib
import functools
import json
from collections import OrderedDict, deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

import structlog
from classmod.bridges.onebot.bounds import LimitExceeded, MalformedEvent
from classmod.bridges.onebot.protocol import (
    Call,
    Decoded,
    Heartbeat,
    Lifecycle,
    Refusal,
    Signal,
    signal_key,
)
from classmod.bridges.onebot.transport import (
    ForwardWebSocket,
    GatewayError,
    HttpPoll,
    Link,
    ReverseWebSocketServer,
)

from classmod.bridge import Closing, EventSink, InboundEvent, PrivateMessage
from classmod.model import (
    Action,
    ActionKind,
    Group,
    Member,
    Message,
    Outcome,
    Platform,
    RefusalReason,
)
from classmod.storage import Cursors

log = structlog.get_logger()

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


#: how far back a catch-up goes at most, whatever the cursor says: older messages are stale
#: (and must stay inside the app's replay window, three days, to be deduplicated)
HISTORY_MAX_AGE = timedelta(hours=12)
#: pages of ``history_page_size`` messages asked for per group and catch-up at most
HISTORY_PAGES = 20
HISTORY_PAGE_SIZE = 50
#: how often a moved cursor is written to the store
CURSOR_INTERVAL = 1.0


@dataclass(frozen=True, slots=True)
class Cursor:
    """The last message of a group the sink finished with: its id and the gateway's time."""

    message_id: str
    time: float

    def dump(self) -> str:
        return json.dumps({"message_id": self.message_id, "time": self.time})

    @classmethod
    def load(cls, text: str | None) -> Cursor | None:
        """A stored cursor, or None for none or one that cannot be read (then a restart
        fetches nothing: better than judging a day of old messages)."""
        if not text:
            return None
        try:
            data = json.loads(text)
            return cls(str(data["message_id"]), float(data["time"]))
        except (ValueError, TypeError, KeyError):
            log.warning("cursor_unreadable", value=text[:100])
            return None


class OneBotBridgeBase(Closing, abc.ABC):
    name: str
    platform: Platform
    capabilities: frozenset[ActionKind]
    version: int
    notice_names: ClassVar[Mapping[str, str]]  # Signal.kind -> the notice's name

    def __init__(
        self,
        link: Link,
        groups: Sequence[Group],
        *,
        name: str = "",
        clock: Clock | None = None,
        call_timeout: float = 10.0,
        confirm_timeout: float = 10.0,
        heartbeat_misses: float = 3.0,
        dedupe_size: int = 50_000,
        pipeline: int = 32,
        cursors: Cursors | None = None,
        history: bool = True,
        history_pages: int = HISTORY_PAGES,
        history_page_size: int = HISTORY_PAGE_SIZE,
        history_max_age: timedelta = HISTORY_MAX_AGE,
        cursor_interval: float = CURSOR_INTERVAL,
    ) -> None:
        self.link = link
        self.name = name or f"onebot{self.version}"
        self.clock = clock or _utcnow
        self.call_timeout = call_timeout
        self.confirm_timeout = confirm_timeout
        self.heartbeat_misses = heartbeat_misses
        self.groups = {g.platform_id: g for g in groups if g.platform == self.platform}
        self.groups_by_id = {g.id: g for g in self.groups.values()}
        self.log = structlog.get_logger(bridge=self.name)  # lazy: resolved at each call
        # one queue and one dispatcher per group: in order within a group, and a group
        # waiting on a slow confirmation does not hold up the others
        self._queues: dict[str, asyncio.Queue[InboundEvent]] = {}
        self._dispatchers: dict[str, asyncio.Task[None]] = {}
        self._sink: EventSink | None = None
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._dedupe_size = dedupe_size
        self._waiters: dict[tuple[str, str, str], list[asyncio.Future[Signal]]] = {}
        self._last_heartbeat: float | None = None
        self._heartbeat_interval: float | None = None  # what the watchdog waits on
        self._claimed_interval: float | None = None  # what the last heartbeat said
        self.heartbeats = 0
        self.silences = 0  # how often the watchdog dropped a silent gateway
        self.delivered = 0
        self.pipeline = pipeline
        # the catch-up after a (re)connect
        self.cursors = cursors
        self.history = history  # False: configured off, or the gateway has no such action
        self.history_pages = history_pages
        self.history_page_size = history_page_size
        self.history_max_age = history_max_age
        self.cursor_interval = cursor_interval
        self.catch_ups = 0  # how many ran to the end
        self.caught_up = 0  # events a catch-up handed over before the push did
        self._catching_up: set[str] = set()  # group ids whose live events wait
        self._held: dict[str, list[InboundEvent]] = {}  # live events that wait
        self._fetched: dict[str, list[InboundEvent]] = {}  # what the catch-up found
        self._feeding = False  # the catch-up is handing its frames to _take
        self._catch_up_task: asyncio.Task[None] | None = None
        self._catch_up_again = False
        self._cursors: dict[str, Cursor] = {}  # platform group id -> the last finished message
        self._cursors_loaded = False
        self._cursor_moved = asyncio.Event()
        self._cursors_saved: dict[str, Cursor] = {}
        self._members: set[str] = set()  # seen speaking in a served group (private messages)

    # ------------------------------------------------------------------ hooks per version

    @abc.abstractmethod
    def decode(self, frame: Mapping[str, Any], received_at: datetime) -> Decoded:
        """Implemented per OneBot version (v11.py, v12.py)."""

    @abc.abstractmethod
    def action_call(self, action: Action, group: Group) -> Call | Refusal:
        """Implemented per OneBot version (v11.py, v12.py)."""

    @abc.abstractmethod
    def expected_signal(self, action: Action, group: Group) -> Signal | None:
        """Implemented per OneBot version (v11.py, v12.py)."""

    @abc.abstractmethod
    def response_ok(self, response: Mapping[str, Any]) -> tuple[bool, str]:
        """Implemented per OneBot version (v11.py, v12.py)."""

    def learn(self, decoded: Decoded, frame: Mapping[str, Any]) -> None:
        """Remember what a frame says about roles, requests, the bot itself."""

    async def enrich(self, event: InboundEvent) -> InboundEvent:
        """Fill what the event lacks (display names) from the gateway; never raises."""
        return event

    async def member_info(self, group: Group, member_id: str) -> Member | None:
        """The member as the gateway knows them in ``group``, or None (not a member, or no
        answer). Implemented per OneBot version."""
        return None

    async def is_member(self, user: str) -> bool:
        """Whether ``user`` is in a served group: seen speaking in one, else asked of the
        gateway group by group (a private message from anyone else is not answered)."""
        if user in self._members:
            return True
        for group in self.groups.values():
            if await self.member_info(group, user) is not None:
                self._members.add(user)
                return True
        return False

    async def _from_a_member(self, event: InboundEvent) -> bool:
        """False for a private message whose sender is in none of the served groups."""
        if not isinstance(event, PrivateMessage):
            if isinstance(event, Message) and event.group_id in self.groups_by_id:
                self._members.add(event.sender_id)
            return True
        if await self.is_member(event.sender_id):
            return True
        self.log.info("event_skipped", reason="private_not_a_member", user=event.sender_id)
        return False

    async def precheck(self, action: Action, group: Group) -> Refusal | None:
        """Why the platform will refuse ``action`` (admin limits), or None."""
        return None

    async def verify(self, action: Action, group: Group) -> str:
        """After an ok with no notice defined: a reason it did not take effect, or ''."""
        return ""

    #: whether the catch-up needs the per-group cursors (v11 history goes back to them)
    keeps_cursors: ClassVar[bool] = False
    #: retcodes that mean "no such action" (the gateway lacks the history API)
    unsupported_retcodes: ClassVar[frozenset[int]] = frozenset()

    async def fetch_missed(self, groups: Sequence[Group]) -> list[Mapping[str, Any]] | None:
        """The frames of what the gateway holds that the push may not have delivered, or
        None when the gateway has no way to tell. The default: none."""
        return None

    # ------------------------------------------------------------------ running

    @property
    def connected(self) -> bool:
        return self.link.connected

    async def aclose(self) -> None:
        """Close the link's HTTP session, if it has one (actions may have opened it)."""
        await self.link.aclose()

    async def run(self, sink: EventSink) -> None:
        self._sink = sink
        for group_id in list(self._queues):  # events queued before a restart of run()
            self._start_dispatcher(group_id)
        tasks = [
            asyncio.create_task(self.link.serve(self._on_frame), name=f"{self.name}-link"),
            asyncio.create_task(self._watch_heartbeats(), name=f"{self.name}-watchdog"),
        ]
        if self.keeps_cursors and self.cursors is not None:
            tasks.append(asyncio.create_task(self._save_cursors(), name=f"{self.name}-cursors"))
        if not isinstance(self.link, ForwardWebSocket | ReverseWebSocketServer | HttpPoll):
            # events pushed over HTTP: no connect event will come, so catch up now
            self.catch_up()
        try:
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
            for task in done:
                task.result()
        finally:
            self._sink = None
            catching_up = [self._catch_up_task] if self._catch_up_task is not None else []
            for task in [*tasks, *self._dispatchers.values(), *catching_up]:
                task.cancel()
            await asyncio.gather(
                *tasks, *self._dispatchers.values(), *catching_up, return_exceptions=True
            )
            self._dispatchers.clear()
            self._catch_up_task = None
            self._release(set(self._catching_up))
            if self.keeps_cursors and self.cursors is not None:
                with contextlib.suppress(Exception):
                    await self._write_cursors()

    async def _on_frame(self, frame: dict[str, Any]) -> None:
        self._take(frame)

    def _take(self, frame: dict[str, Any]) -> bool:
        """Decode a frame and act on it; True when it brought an event not seen before."""
        try:
            decoded = self.decode(frame, self.clock())
        except LimitExceeded as exc:
            self.log.warning("event_skipped", reason="limit", field=exc.field, limit=exc.limit)
            return False
        except MalformedEvent as exc:
            self.log.warning("event_skipped", reason="malformed", detail=str(exc)[:300])
            return False
        except Exception as exc:  # a decoder bug: that frame is lost, never the link
            self.log.error("event_skipped", reason="undecodable", detail=repr(exc)[:300])
            return False
        if decoded.meta is not None and not self._feeding:  # a fetched one is old news
            self._on_meta(decoded.meta)
        if decoded.signal is not None:
            self._resolve(decoded.signal)
        self.learn(decoded, frame)
        if decoded.inbound is not None:
            if decoded.file_id and self.seen(f"file:{decoded.file_id}"):
                # NapCat reports one upload twice: a file message and a group_upload notice
                self.log.debug("event_duplicate", key=f"file:{decoded.file_id}")
                return False
            key = decoded.dedupe_key
            if key:
                if key in self._seen:
                    self.log.debug("event_duplicate", key=key)
                    return False
                self._seen[key] = None
                if len(self._seen) > self._dedupe_size:
                    self._seen.popitem(last=False)
            group_id = decoded.inbound.group_id
            if group_id in self._catching_up:
                waiting = self._fetched if self._feeding else self._held
                waiting.setdefault(group_id, []).append(decoded.inbound)
            else:
                self._enqueue(decoded.inbound)
            return True
        if decoded.skipped:
            level = self.log.debug if decoded.skipped == "unmapped_group" else self.log.info
            level("event_skipped", reason=decoded.skipped)
        return False

    def _enqueue(self, event: InboundEvent) -> None:
        group_id = event.group_id
        queue = self._queues.get(group_id)
        if queue is None:
            queue = self._queues[group_id] = asyncio.Queue()
        queue.put_nowait(event)
        if group_id not in self._dispatchers and self._sink is not None:
            self._start_dispatcher(group_id)

    def seen(self, key: str) -> bool:
        """Mark ``key`` seen; True when it already was (for a second report of one thing)."""
        if key in self._seen:
            return True
        self._seen[key] = None
        return False

    def _start_dispatcher(self, group_id: str) -> None:
        assert self._sink is not None
        self._dispatchers[group_id] = asyncio.create_task(
            self._dispatch(self._queues[group_id], self._sink), name=f"{self.name}-{group_id}"
        )

    async def _dispatch(self, queue: asyncio.Queue[InboundEvent], sink: EventSink) -> None:
        """Hand a group's events to the sink in order, up to ``pipeline`` at once.

        The sink (the app) decides a group's events in the order it is called and applies
        their actions in that order, so the next event need not wait for the previous
        one's actions (a round trip to the gateway and its confirming notice). An event
        the sink has finished by the time the call returns (the app decides most events in
        the call) costs no task.
        """
        window = asyncio.Semaphore(self.pipeline)
        delivering: set[asyncio.Future[None]] = set()
        # the events handed over, in order, each with whether the sink finished it: the
        # group's cursor moves past a message once it and every earlier event are finished
        order: deque[list[Any]] = deque()

        def finished(slot: list[Any]) -> None:
            slot[1] = True
            while order and order[0][1]:
                event = order.popleft()[0]
                if isinstance(event, Message):
                    self._handled(event)

        def settle(future: asyncio.Future[None], slot: list[Any]) -> None:
            delivering.discard(future)
            window.release()
            self.delivered += 1
            if future.cancelled():
                return  # not handled (a stop): the cursor stays before it
            if future.exception() is not None:
                self.log.error("event_failed", error=repr(future.exception()))
            finished(slot)

        try:
            while True:
                event = await queue.get()
                event = await self.enrich(event)
                if not await self._from_a_member(event):
                    continue
                await window.acquire()
                slot: list[Any] = [event, False]
                order.append(slot)
                try:
                    future: asyncio.Future[None] = asyncio.ensure_future(sink(event))
                except Exception:
                    window.release()
                    self.log.exception("event_failed", event_id=getattr(event, "id", ""))
                    finished(slot)
                    continue
                if future.done():
                    settle(future, slot)
                else:
                    delivering.add(future)
                    future.add_done_callback(functools.partial(settle, slot=slot))
        finally:
            for pending in delivering:
                pending.cancel()

    def _on_meta(self, meta: Heartbeat | Lifecycle) -> None:
        loop = asyncio.get_running_loop()
        if isinstance(meta, Heartbeat):
            self.heartbeats += 1
            self._last_heartbeat = loop.time()
            if meta.clamped_from is not None:
                self.log.warning(
                    "heartbeat_interval_clamped",
                    field="interval",
                    given_ms=meta.clamped_from,
                    used_s=meta.interval.total_seconds() if meta.interval else None,
                )
            if meta.interval is not None:
                # a shorter interval counts once a second heartbeat says it too: one odd
                # heartbeat must not make the watchdog drop a gateway beating at its pace
                claimed = meta.interval.total_seconds()
                current = self._heartbeat_interval
                if current is None or claimed >= current or claimed == self._claimed_interval:
                    self._heartbeat_interval = claimed
                self._claimed_interval = claimed
            if meta.online is False:
                self.log.warning("gateway_offline", detail="heartbeat status.online is false")
        else:
            self._last_heartbeat = loop.time()
            self.log.info("gateway_lifecycle", sub_type=meta.sub_type)
            if meta.sub_type == "connect":  # a new connection: what did the old one miss?
                self.catch_up()

    async def _watch_heartbeats(self) -> None:
        """A gateway that stops its heartbeats is dropped so the link reconnects."""
        loop = asyncio.get_running_loop()
        while True:
            interval = self._heartbeat_interval
            await asyncio.sleep(min(max((interval or 1.0) / 4, 0.05), 5.0))
            if interval is None or self._last_heartbeat is None:
                continue
            silent = loop.time() - self._last_heartbeat
            if silent > self.heartbeat_misses * interval:
                self.silences += 1
                self.log.warning("gateway_silent", silent_s=round(silent, 1), interval_s=interval)
                self._last_heartbeat = loop.time()
                # watch again once the gateway beats again: a gateway that said it would
                # beat and did not is dropped once, not every few seconds (a flapping link)
                self._heartbeat_interval = None
                self.link.drop("heartbeat_missed")

    # ------------------------------------------------------------------ catch-up

    def catch_up(self) -> None:
        """Fetch and hand over what the push missed (in a task; one at a time: a request
        while one runs makes it run once more when done)."""
        if not self.history or self._sink is None or self.link_is_polled():
            return
        # the groups' live events wait from now on (those that turn out to have nothing to
        # catch up are released as soon as that is known)
        self._catching_up.update(self.groups_by_id)
        if self._catch_up_task is not None and not self._catch_up_task.done():
            self._catch_up_again = True
            return
        self._catch_up_task = asyncio.create_task(self._catch_up(), name=f"{self.name}-catch-up")

    def link_is_polled(self) -> bool:
        """A polling link (v12 ``get_latest_events`` over HTTP) misses nothing."""
        return isinstance(self.link, HttpPoll)

    async def _catch_up(self) -> None:
        try:
            while True:
                self._catch_up_again = False
                groups = list(self.groups.values())
                if self.keeps_cursors:
                    await self._load_cursors()
                    # a group that never had a message handed over has nothing to go back to
                    groups = [g for g in groups if g.platform_id in self._cursors]
                    self._release({g.id for g in self.groups.values()} - {g.id for g in groups})
                frames: list[Mapping[str, Any]] | None = None
                if groups:
                    try:
                        frames = await self.fetch_missed(groups)
                    except Exception as exc:  # a catch-up must never hold a group's events
                        self.log.error("history_fetch_failed", error=repr(exc), exc_info=True)
                self._feeding = True
                try:
                    new = sum(self._take(dict(frame)) for frame in frames or ())
                finally:
                    self._feeding = False
                if frames is not None:
                    self.catch_ups += 1
                    self.caught_up += new
                    self.log.info(
                        "history_fetched", frames=len(frames), new=new, groups=len(groups)
                    )
                if not self._catch_up_again:
                    self._release(set(self._catching_up))
                    return
        finally:
            self._release(set(self._catching_up))

    def _release(self, group_ids: set[str]) -> None:
        """Hand over what a catch-up found and the live events that waited, in time order
        (in one second: what was missed first, the order each came in)."""
        for group_id in group_ids & self._catching_up:
            fetched = [(e.ts, 0, e) for e in self._fetched.pop(group_id, [])]
            live = [(e.ts, 1, e) for e in self._held.pop(group_id, [])]
            self._catching_up.discard(group_id)
            for _, _, event in sorted(fetched + live, key=lambda t: t[:2]):  # stable
                self._enqueue(event)

    def history_unsupported(self, action: str, response: Mapping[str, Any]) -> None:
        """The gateway has no ``action``: say so once, and do not ask again."""
        self.history = False
        self.log.warning(
            "history_unsupported",
            action=action,
            retcode=response.get("retcode"),
            detail=str(response.get("message") or response.get("msg") or "")[:200],
            effect="events pushed while the link is down are not fetched again",
        )

    def oldest_wanted(self, cursor: Cursor | None) -> float:
        """The earliest gateway time a catch-up hands over (the cursor, within the age)."""
        floor = (self.clock() - self.history_max_age).timestamp()
        return floor if cursor is None else max(cursor.time, floor)

    # ------------------------------------------------------------------ cursors

    def _handled(self, message: Message) -> None:
        group = self.groups_by_id.get(message.group_id)
        if group is None or not self.keeps_cursors:
            return
        ts = message.ts.timestamp()
        current = self._cursors.get(group.platform_id)
        if current is not None and current.time > ts:
            return  # an older message handed over late (a catch-up) does not move it back
        self._cursors[group.platform_id] = Cursor(message.id, ts)
        self._cursor_moved.set()

    def _cursor_key(self, platform_group_id: str) -> str:
        return f"onebot:{self.name}:last_message:{platform_group_id}"

    async def _load_cursors(self) -> None:
        if self._cursors_loaded or self.cursors is None:
            return
        for group in self.groups.values():
            if group.platform_id in self._cursors:
                continue
            stored = Cursor.load(await self.cursors.get(self._cursor_key(group.platform_id)))
            if stored is not None:
                self._cursors[group.platform_id] = stored
                self._cursors_saved[group.platform_id] = stored
        self._cursors_loaded = True

    async def _save_cursors(self) -> None:
        """Write moved cursors, at most every ``cursor_interval`` (a cursor behind is only
        a longer fetch: what it covers again is skipped as already handled)."""
        await self._load_cursors()
        while True:
            await self._cursor_moved.wait()
            self._cursor_moved.clear()
            await self._write_cursors()
            await asyncio.sleep(self.cursor_interval)

    async def _write_cursors(self) -> None:
        assert self.cursors is not None
        for gid, cursor in list(self._cursors.items()):
            if self._cursors_saved.get(gid) != cursor:
                await self.cursors.set(self._cursor_key(gid), cursor.dump())
                self._cursors_saved[gid] = cursor

    # ------------------------------------------------------------------ confirmations

    def _expect(self, signal: Signal) -> asyncio.Future[Signal]:
        future: asyncio.Future[Signal] = asyncio.get_running_loop().create_future()
        self._waiters.setdefault(signal_key(signal), []).append(future)
        return future

    def _forget(self, signal: Signal, future: asyncio.Future[Signal]) -> None:
        key = signal_key(signal)
        waiting = self._waiters.get(key, [])
        if future in waiting:
            waiting.remove(future)
        if not waiting:
            self._waiters.pop(key, None)

    def _resolve(self, signal: Signal) -> None:
        for future in self._waiters.pop(signal_key(signal), []):
            if not future.done():
                future.set_result(signal)

    # ------------------------------------------------------------------ actions

    async def call(self, action: str, params: dict[str, Any]) -> dict[str, Any]:
        return await self.link.call(action, params, timeout=self.call_timeout)

    async def apply(self, action: Action, group: Group) -> Outcome:
        if action.kind not in self.capabilities:
            refusal = self.action_call(action, group)
            detail = refusal.detail if isinstance(refusal, Refusal) else ""
            return Outcome(
                action=action,
                ok=False,
                detail=detail or f"{self.platform} 不支持 {action.kind}",
                refused=RefusalReason.UNSUPPORTED,
            )
        call = self.action_call(action, group)
        if isinstance(call, Refusal):
            return Outcome(action=action, ok=False, detail=call.detail, refused=call.reason)
        refused = await self.precheck(action, group)
        if refused is not None:
            self.log.info("action_refused", kind=str(action.kind), reason=refused.detail)
            return Outcome(action=action, ok=False, detail=refused.detail, refused=refused.reason)
        expected = self.expected_signal(action, group)
        waiter = self._expect(expected) if expected is not None else None
        try:
            response = await self.call(call.action, call.params)
            ok, detail = self.response_ok(response)
            if not ok:
                return Outcome(
                    action=action,
                    ok=False,
                    detail=f"{call.action}: {detail}",
                    refused=RefusalReason.REFUSED,
                )
            if waiter is not None and expected is not None:
                try:
                    async with asyncio.timeout(self.confirm_timeout):
                        await waiter
                except TimeoutError:
                    self.log.warning(
                        "action_unconfirmed",
                        kind=str(action.kind),
                        call=call.action,
                        member=action.member_id,
                        message=action.message_id,
                        waited_for=expected.kind,
                    )
                    return Outcome(
                        action=action,
                        ok=False,
                        detail=(
                            f"网关回复成功但未收到确认事件（{self.notice_names[expected.kind]}），"
                            f"{call.action} 可能没有生效"
                        ),
                        refused=RefusalReason.UNCONFIRMED,
                    )
            problem = await self.verify(action, group)
            if problem:
                return Outcome(
                    action=action, ok=False, detail=problem, refused=RefusalReason.UNCONFIRMED
                )
            return Outcome(action=action, ok=True, detail=_describe(call, response))
        except GatewayError as exc:
            return Outcome(
                action=action, ok=False, detail=str(exc), refused=RefusalReason.UNAVAILABLE
            )
        finally:
            if waiter is not None and expected is not None:
                self._forget(expected, waiter)
                waiter.cancel()

    def group_for_room(self, room: str) -> Group | None:
        return self.groups_by_id.get(room) or self.groups.get(room)


def _describe(call: Call, response: Mapping[str, Any]) -> str:
    data = response.get("data")
    if isinstance(data, Mapping) and "message_id" in data:
        return f"{call.action} message_id={data['message_id']}"
    return call.action
