"""How long a flush (the commit before an action) takes, idle and with a busy event loop.

    .venv/bin/python benchmarks/store_flush.py [--rounds 1000]

The store commits in the event loop's own thread (``Store.flush``). The baseline, in the
same run, commits the same row through aiosqlite's thread (``execute`` + ``commit``), as
the store did before: each trip to that thread needs the GIL back, and while the loop is
busy the hand-over waits for the interpreter's switch interval (5 ms). "busy" runs a task
that keeps the loop working in 2 ms slices, like a gateway delivering a burst.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src")]

import aiosqlite  # noqa: E402
import structlog  # noqa: E402

from classmod.store import Store  # noqa: E402


async def busy_loop(stop: asyncio.Event) -> None:
    while not stop.is_set():
        until = time.perf_counter() + 0.002
        while time.perf_counter() < until:
            pass
        await asyncio.sleep(0)


async def timed(rounds: int, one: Callable[[int], Awaitable[None]], busy: bool) -> list[float]:
    stop = asyncio.Event()
    hog = asyncio.create_task(busy_loop(stop)) if busy else None
    out = []
    try:
        for i in range(rounds):
            start = time.perf_counter()
            await one(i)
            out.append((time.perf_counter() - start) * 1000)
            await asyncio.sleep(0.001)
    finally:
        stop.set()
        if hog is not None:
            await hog
    return sorted(out)


def line(label: str, ms: list[float]) -> str:
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    return f"  {label:<44} p50 {statistics.median(ms):7.3f} ms   p99 {p99:7.3f} ms"


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=1000)
    args = parser.parse_args()
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(30))
    print(f"one processed mark written and committed, {args.rounds} rounds each")
    with tempfile.TemporaryDirectory() as tmp:
        async with Store(Path(tmp) / "store.sqlite") as store:

            async def store_flush(i: int) -> None:
                await store.processed.mark(
                    ("qq", "g1", f"s{i}-{time.perf_counter_ns()}"), datetime.now(UTC)
                )
                await store.flush()

            async with aiosqlite.connect(Path(tmp) / "baseline.sqlite") as db:
                await db.execute("PRAGMA journal_mode=WAL")
                await db.execute("PRAGMA synchronous=NORMAL")
                await db.execute("CREATE TABLE processed (event_id TEXT PRIMARY KEY, ts TEXT)")
                await db.commit()

                async def thread_commit(i: int) -> None:
                    await db.execute(
                        "INSERT INTO processed VALUES (?, ?)",
                        (f"b{i}-{time.perf_counter_ns()}", datetime.now(UTC).isoformat()),
                    )
                    await db.commit()

                for busy in (False, True):
                    state = "busy loop" if busy else "idle loop"
                    base = await timed(args.rounds, thread_commit, busy)
                    ours = await timed(args.rounds, store_flush, busy)
                    print(line(f"aiosqlite thread (baseline), {state}", base))
                    print(line(f"Store.flush in the loop's thread, {state}", ours))


if __name__ == "__main__":
    asyncio.run(main())
