"""Matrix latency and throughput of classmod on a real (test) Synapse.

    .venv/bin/python benchmarks/matrix_latency.py [--bad 60] [--gap-ms 150] [--burst 500]

1. **Redaction latency**: a parent sends ``--bad`` ads to each of three rooms; each ad is
   timed from the parent's ``room_send`` call until another client (the teacher,
   long-polling ``/sync``) sees the redaction. The rooms are moderated by

   * ``classmod``: the full app (bridge → store → engine with all standard rules → policy →
     redaction first, then the policy's warning reply);
   * ``bare``: a bare matrix-nio bot that only redacts, from its callback;
   * ``bare+warn``: the same bare bot, which also posts the same warning reply after the
     redaction (the like-for-like baseline: one redaction and one reply per ad).

   The ads go round-robin (the order rotates each round), so a noisy neighbour on the
   machine hits all three alike, and each ad waits ``--gap-ms`` after the previous one was
   redacted, so it meets a quiet server rather than the previous ad's warning reply still
   being processed. ``--gap-ms 0`` sends back to back (the first version of this benchmark).
2. **Burst**: ``--burst`` clean messages pushed with 8 in flight; the app must see every
   one of them exactly once (gap fill included if a sync comes back ``limited``).

Synapse runs from ``.synapse-venv`` (``bash scripts/install-synapse.sh``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from classmod.bridges.matrix.bot import MatrixBridge
from classmod.bridges.matrix.convert import warn_content
from nio import (
    AsyncClient,
    AsyncClientConfig,
    MatrixRoom,
    RedactionEvent,
    RoomCreateResponse,
    RoomMessageText,
    RoomPreset,
)

from classmod.app import App
from classmod.config import load_config
from classmod.dev.demo import DemoClock
from classmod.dev.devserver import Synapse, User
from classmod.logs import configure_logging
from classmod.model import Decision, MemberEvent, Message
from classmod.store import Store

AD = "暑期托管班招生，加V信 tuoguan{n} 了解详情"


def client_for(server: Synapse, user: User) -> AsyncClient:
    client = AsyncClient(
        server.url,
        user.user_id,
        config=AsyncClientConfig(request_timeout=60, max_limit_exceeded=0, max_timeouts=3),
    )
    client.restore_login(user.user_id, user.device_id, user.access_token)
    return client


async def make_room(teacher: AsyncClient, bot: str, members: list[str]) -> str:
    created = await teacher.room_create(
        name="benchmark class",
        preset=RoomPreset.private_chat,
        invite=[bot, *members],
        power_level_override={"users": {bot: 100}},
    )
    assert isinstance(created, RoomCreateResponse), created
    return created.room_id


class Observer:
    """Another client (the teacher) that records when it sees each redaction."""

    def __init__(self, client: AsyncClient) -> None:
        self.client = client
        self.waiting: dict[str, asyncio.Future[float]] = {}
        self.early: dict[str, float] = {}
        client.add_event_callback(self._on_redaction, RedactionEvent)
        self.task: asyncio.Task[Any] | None = None

    async def _on_redaction(self, room: MatrixRoom, event: RedactionEvent) -> None:
        now = time.perf_counter()
        future = self.waiting.pop(event.redacts, None)
        if future is not None and not future.done():
            future.set_result(now)
        else:
            self.early[event.redacts] = now

    async def start(self) -> None:
        first = await self.client.sync(timeout=0, full_state=True)
        self.task = asyncio.create_task(
            self.client.sync_forever(timeout=30_000, since=first.next_batch)
        )

    async def seen(self, event_id: str, timeout: float = 30.0) -> float:
        if event_id in self.early:
            return self.early.pop(event_id)
        future = asyncio.get_running_loop().create_future()
        self.waiting[event_id] = future
        return await asyncio.wait_for(future, timeout)

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task


async def time_redaction(parent: AsyncClient, room: str, observer: Observer, n: int) -> float:
    start = time.perf_counter()
    response = await parent.room_send(
        room, "m.room.message", {"msgtype": "m.text", "body": AD.format(n=n)}
    )
    event_id = getattr(response, "event_id", None)
    if event_id is None:
        raise RuntimeError(f"parent could not send: {response}")
    return (await observer.seen(event_id)) - start


async def time_round_robin(
    parent: AsyncClient, rooms: dict[str, str], observer: Observer, n: int, gap: float
) -> dict[str, list[float]]:
    """``n`` ads to each room, interleaved; the order rotates each round."""
    names = list(rooms)
    latencies: dict[str, list[float]] = {name: [] for name in names}
    for i in range(n):
        for name in names[i % len(names) :] + names[: i % len(names)]:
            await asyncio.sleep(gap)
            latencies[name].append(await time_redaction(parent, rooms[name], observer, i))
    return latencies


def write_config(
    folder: Path, server: Synapse, bot: User, room: str, teacher: User, parents: list[User]
) -> Path:
    roster = {
        "group": "bench",
        "roster": {
            "teachers": [
                {"id": teacher.user_id, "name": "周敏", "subject": "语文", "role": "head_teacher"}
            ],
            "students": [
                {"name": f"学生{i}", "guardians": [{"id": p.user_id, "relation": "妈妈"}]}
                for i, p in enumerate(parents)
            ],
        },
    }
    (folder / "roster.json").write_text(json.dumps(roster, ensure_ascii=False))
    config = {
        "school": "基准测试小学",
        # every offence is pointed out, never escalated, so one parent can send all the ads
        "policy": {"ladder": [{"action": "point_out"}]},
        "bridges": {
            "matrix": {
                "homeserver": server.url,
                "user_id": bot.user_id,
                "access_token": {"$env": "CLASSMOD_BENCH_MATRIX_TOKEN"},
            }
        },
        "store": {"path": str(folder / "classmod.sqlite")},
        "groups": {"bench": {"platform": "matrix", "platform_id": room, "roster": "roster.json"}},
    }
    os.environ["CLASSMOD_BENCH_MATRIX_TOKEN"] = bot.access_token
    path = folder / "school.yaml"
    path.write_text(json.dumps(config, ensure_ascii=False))
    return path


@contextlib.asynccontextmanager
async def classmod_app(config_path: Path, observe: Callable[[str, Decision], None]) -> Any:
    config = load_config(config_path)
    store = Store(config.store.path)
    await store.open()
    assert config.bridges.matrix is not None
    clock = DemoClock(datetime(2026, 9, 7, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai")))
    bridge = MatrixBridge.from_config(
        config.bridges.matrix,
        groups=[gc.group for gc in config.groups.values()],
        cursors=store.cursors,
        clock=clock,
    )

    def observer(event: Message | MemberEvent, decision: Decision, outcomes: Any) -> None:
        observe(event.id, decision)

    app = App(config, [bridge], store, clock=clock, observer=observer)
    task = asyncio.create_task(app.run())
    try:
        await asyncio.wait_for(bridge.synced.wait(), 30)
        yield bridge
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await bridge.close()
        await store.close()


async def bare_nio_bot(
    server: Synapse, bot: User, warn_in: str
) -> tuple[AsyncClient, asyncio.Task[Any]]:
    """The baseline: redact any message with the bad word, straight from the callback; in
    the room ``warn_in`` also reply with a warning, as classmod's policy does."""
    client = client_for(server, bot)

    async def on_message(room: MatrixRoom, event: RoomMessageText) -> None:
        if event.sender != bot.user_id and "加V信" in event.body:
            await client.room_redact(room.room_id, event.event_id, reason="ad")
            if room.room_id == warn_in:
                content = warn_content(
                    f"@{event.sender} 提醒：请勿发布广告",
                    member_id=event.sender,
                    reply_to_event=event.event_id,
                )
                await client.room_send(room.room_id, "m.room.message", content)

    first = await client.sync(timeout=0, full_state=True)
    for room_id in list(getattr(first.rooms, "invite", {}) or {}):
        await client.join(room_id)
    client.add_event_callback(on_message, RoomMessageText)
    task = asyncio.create_task(client.sync_forever(timeout=30_000, since=first.next_batch))
    return client, task


async def burst(
    parent: AsyncClient, room: str, n: int, seen: set[str], in_flight: int = 8
) -> tuple[float, float, list[str]]:
    """Push n clean messages with ``in_flight`` concurrent sends; wait until all were seen."""
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(n):
        queue.put_nowait(i)
    sent: list[str] = []

    async def sender() -> None:
        while not queue.empty():
            i = queue.get_nowait()
            body = f"第{i}条：明天请带语文练习册和{i % 7 + 1}支铅笔"
            response = await parent.room_send(
                room, "m.room.message", {"msgtype": "m.text", "body": body}
            )
            sent.append(response.event_id)

    start = time.perf_counter()
    await asyncio.gather(*(sender() for _ in range(in_flight)))
    sent_at = time.perf_counter() - start
    deadline = time.perf_counter() + 120
    while not set(sent) <= seen and time.perf_counter() < deadline:
        await asyncio.sleep(0.01)
    return sent_at, time.perf_counter() - start, sent


def summary(values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    p50 = statistics.median(ms)
    return f"p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   max {ms[-1]:6.1f} ms   (n={len(ms)})"


async def run(bad: int, burst_n: int, gap: float) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="classmod-bench-") as tmp:
        folder = Path(tmp)
        server = Synapse(folder / "synapse")
        await asyncio.to_thread(server.start)
        clients: list[AsyncClient] = []
        try:
            bot = await asyncio.to_thread(server.register, "classmod", admin=True)
            bare = await asyncio.to_thread(server.register, "barebot", admin=True)
            for b in (bot, bare):
                await asyncio.to_thread(server.override_ratelimit, b)
            teacher = await asyncio.to_thread(server.register, "teacher")
            parent = await asyncio.to_thread(server.register, "parent")
            await asyncio.to_thread(server.override_ratelimit, bot, parent.user_id)
            teacher_c, parent_c = client_for(server, teacher), client_for(server, parent)
            clients += [teacher_c, parent_c]
            room = await make_room(teacher_c, bot.user_id, [parent.user_id])
            bare_room = await make_room(teacher_c, bare.user_id, [parent.user_id])
            warn_room = await make_room(teacher_c, bare.user_id, [parent.user_id])
            for joined in (room, bare_room, warn_room):
                await parent_c.join(joined)
            observer = Observer(teacher_c)
            await observer.start()
            bare_client, bare_task = await bare_nio_bot(server, bare, warn_room)
            clients.append(bare_client)

            seen: set[str] = set()
            flagged: dict[str, int] = {}

            def observe(event_id: str, decision: Decision) -> None:
                seen.add(event_id)
                for verdict in decision.verdicts:
                    flagged[verdict.rule_id] = flagged.get(verdict.rule_id, 0) + 1

            config = write_config(folder, server, bot, room, teacher, [parent])
            async with classmod_app(config, observe) as bridge:
                await asyncio.sleep(0.5)  # the bare bot has joined its rooms
                flagged.clear()
                rooms = {"classmod": room, "bare": bare_room, "bare+warn": warn_room}
                results |= await time_round_robin(parent_c, rooms, observer, bad, gap)
                ads_flagged = dict(flagged)
                flagged.clear()
                sent_at, all_seen_at, sent = await burst(parent_c, room, burst_n, seen)
                results["burst"] = {
                    "messages": burst_n,
                    "sent_in_s": sent_at,
                    "all_seen_in_s": all_seen_at,
                    "missed": len(set(sent) - seen),
                    "syncs": bridge.batches,
                    "verdicts": dict(flagged),
                }
                results["ad_verdicts"] = ads_flagged

            bare_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await bare_task
            await observer.stop()
        finally:
            for client in clients:
                await client.close()
            await asyncio.to_thread(server.stop)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bad", type=int, default=60, help="ads to time (>= 50)")
    parser.add_argument(
        "--gap-ms", type=float, default=150, help="pause before each ad (0: back to back)"
    )
    parser.add_argument("--burst", type=int, default=500, help="messages in the burst")
    parser.add_argument("--json", metavar="FILE", help="also write the raw figures here")
    args = parser.parse_args(argv)
    configure_logging(json=False, level=logging.ERROR)
    results = asyncio.run(run(args.bad, args.burst, args.gap_ms / 1000))
    print(
        "send → redaction visible to another client"
        f" (ads interleaved, {args.gap_ms:g} ms apart, same Synapse run):"
    )
    print(f"  classmod (full app, all rules)    {summary(results['classmod'])}")
    print(f"  bare matrix-nio, redact only      {summary(results['bare'])}")
    print(f"  bare matrix-nio, redact + warning {summary(results['bare+warn'])}")
    p50 = {name: statistics.median(results[name]) for name in ("classmod", "bare", "bare+warn")}
    print(
        f"  classmod p50 / bare p50 = {p50['classmod'] / p50['bare']:.2f};"
        f" / bare+warn p50 = {p50['classmod'] / p50['bare+warn']:.2f}"
    )
    print("  (classmod and bare+warn post a warning reply after each redaction, on the same")
    print("   single-threaded Synapse; bare only redacts)")
    b = results["burst"]
    print(
        f"burst: {b['messages']} messages, 8 in flight: sent in {b['sent_in_s']:.1f} s"
        f" ({b['messages'] / b['sent_in_s']:.0f} msg/s accepted), all seen by classmod after"
        f" {b['all_seen_in_s']:.1f} s, missed {b['missed']}, {b['syncs']} syncs"
    )
    print(f"  verdicts: ads {results['ad_verdicts']}, burst {b['verdicts']}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 0 if b["missed"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
