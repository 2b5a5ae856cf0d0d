"""What the v11 and v12 bridges share: the event pump, dedupe, heartbeat watch, confirmations.

The link's reader never waits for the app: it answers responses, records confirming notices
and heartbeats, and queues inbound events; one dispatcher task hands them to the sink in
order. So an action applied while the app handles an event can still see its confirmation.
"""

from __future__ import annotations

import abc
import asyncio
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, ClassVar

import structlog

from bridges.onebot.bounds import LimitExceeded, MalformedEvent
from bridges.onebot.convert_v11 import (
    Call,
    Decoded,
    Heartbeat,
    Lifecycle,
    Refusal,
    Signal,
    signal_key,
)
from bridges.onebot.transport import GatewayError, Link
from classmod.bridge import EventSink, InboundEvent
from classmod.model import Action, ActionKind, Group, Outcome, Platform, RefusalReason

log = structlog.get_logger()

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


class OneBotBridgeBase(abc.ABC):
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

    def learn(self, decoded: Decoded, frame: Mapping[str, Any]) -> None:  # noqa: B027 (optional hook; the default learns nothing)
        """Remember what a frame says about roles, requests, the bot itself."""

    async def enrich(self, event: InboundEvent) -> InboundEvent:
        """Fill what the event lacks (display names) from the gateway; never raises."""
        return event

    async def precheck(self, action: Action, group: Group) -> Refusal | None:
        """Why the platform will refuse ``action`` (admin limits), or None."""
        return None

    async def verify(self, action: Action, group: Group) -> str:
        """After an ok with no notice defined: a reason it did not take effect, or ''."""
        return ""

    # ------------------------------------------------------------------ running

    @property
    def connected(self) -> bool:
        return self.link.connected

    async def run(self, sink: EventSink) -> None:
        self._sink = sink
        for group_id in list(self._queues):  # events queued before a restart of run()
            self._start_dispatcher(group_id)
        tasks = [
            asyncio.create_task(self.link.serve(self._on_frame), name=f"{self.name}-link"),
            asyncio.create_task(self._watch_heartbeats(), name=f"{self.name}-watchdog"),
        ]
        try:
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
            for task in done:
                task.result()
        finally:
            self._sink = None
            for task in [*tasks, *self._dispatchers.values()]:
                task.cancel()
            await asyncio.gather(*tasks, *self._dispatchers.values(), return_exceptions=True)
            self._dispatchers.clear()

    async def _on_frame(self, frame: dict[str, Any]) -> None:
        try:
            decoded = self.decode(frame, self.clock())
        except LimitExceeded as exc:
            self.log.warning("event_skipped", reason="limit", field=exc.field, limit=exc.limit)
            return
        except MalformedEvent as exc:
            self.log.warning("event_skipped", reason="malformed", detail=str(exc)[:300])
            return
        except Exception as exc:  # a decoder bug: that frame is lost, never the link
            self.log.error("event_skipped", reason="undecodable", detail=repr(exc)[:300])
            return
        if decoded.meta is not None:
            self._on_meta(decoded.meta)
        if decoded.signal is not None:
            self._resolve(decoded.signal)
        self.learn(decoded, frame)
        if decoded.inbound is not None:
            if decoded.file_id and self.seen(f"file:{decoded.file_id}"):
                # NapCat reports one upload twice: a file message and a group_upload notice
                self.log.debug("event_duplicate", key=f"file:{decoded.file_id}")
                return
            key = decoded.dedupe_key
            if key:
                if key in self._seen:
                    self.log.debug("event_duplicate", key=key)
                    return
                self._seen[key] = None
                if len(self._seen) > self._dedupe_size:
                    self._seen.popitem(last=False)
            group_id = decoded.inbound.group_id
            queue = self._queues.get(group_id)
            if queue is None:
                queue = self._queues[group_id] = asyncio.Queue()
            queue.put_nowait(decoded.inbound)
            if group_id not in self._dispatchers and self._sink is not None:
                self._start_dispatcher(group_id)
        elif decoded.skipped:
            level = self.log.debug if decoded.skipped == "unmapped_group" else self.log.info
            level("event_skipped", reason=decoded.skipped)

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

        def settle(future: asyncio.Future[None]) -> None:
            delivering.discard(future)
            window.release()
            self.delivered += 1
            if not future.cancelled() and future.exception() is not None:
                self.log.error("event_failed", error=repr(future.exception()))

        try:
            while True:
                event = await queue.get()
                event = await self.enrich(event)
                await window.acquire()
                try:
                    future: asyncio.Future[None] = asyncio.ensure_future(sink(event))
                except Exception:
                    window.release()
                    self.log.exception("event_failed", event_id=getattr(event, "id", ""))
                    continue
                if future.done():
                    settle(future)
                else:
                    delivering.add(future)
                    future.add_done_callback(settle)
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
