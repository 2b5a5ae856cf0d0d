"""OneBot v11 throughput and latency, end to end over one real WebSocket on 127.0.0.1.

    .venv/bin/python benchmarks/onebot_throughput.py [--messages 10000] [--groups 10]

The spec-written peer (tests/onebot/peer.py) pushes group messages over one forward
WebSocket; one message in twenty is an ad that the standard rules act on. Four figures, all
in the same run and process:

1. bare: a plain ``websockets`` client that receives and JSON-decodes every frame, counting;
2. bridge: ``OneBotV11Bridge`` decoding into core values, into a counting sink;
3. app, burst: the real app (engine, default policy, standard rules, SQLite store) with the
   bridge, every message pushed at once: messages/s handled end to end;
4. app, paced: the same at steady rates (default 5,000 and 1,000 msg/s): p50/p99 from the peer
   sending an ad to the peer receiving its first action call (``delete_msg``/``send_group_msg``).

Targets: >= 5,000 msg/s and p99 <= 20 ms. Peer and classmod share one event loop (one
core), so the figures are conservative for a gateway on its own process.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src"), str(ROOT / "tests")]

import structlog  # noqa: E402
from onebot.peer import OneBotPeer  # noqa: E402
from websockets.asyncio.client import connect  # noqa: E402

from bridges.onebot.transport import ForwardWebSocket  # noqa: E402
from bridges.onebot.v11 import OneBotV11Bridge  # noqa: E402
from classmod.app import App  # noqa: E402
from classmod.bridge import InboundEvent  # noqa: E402
from classmod.config import load_config  # noqa: E402
from classmod.model import Group, Platform  # noqa: E402
from classmod.store import Store  # noqa: E402
from classmod.testing import FakeBridge  # noqa: E402

CLEAN = [
    "老师好，收到，谢谢老师！",
    "明天要带美术课的材料吗？",
    "孩子今天发烧了，请假一天，谢谢老师。",
    "作业第三题是做到第几页？",
    "好的，周五下午三点准时到。",
    "请问校服在哪里订？",
]
AD = "家长们好，加微信 abc{n:05d} 领取团购优惠，限时秒杀！"
GUARDIANS_PER_GROUP = 40


def roster(group: int) -> str:
    students = "\n".join(
        f"    - name: 学生{group}_{i}\n"
        f'      guardians: [{{id: "{user(group, i)}", relation: 妈妈}}]'
        for i in range(GUARDIANS_PER_GROUP)
    )
    return f"""group: g{group}
school: 青山区实验小学
class: 三年级({group})班
roster:
  teachers:
    - {{id: "{user(group, 99)}", name: 周敏, subject: 语文, role: head_teacher}}
  students:
{students}
members: []
"""


def user(group: int, i: int) -> str:
    return str(30000 + group * 100 + i)


def write_config(tmp: Path, groups: int, url: str) -> Path:
    lines = [
        "school: 青山区实验小学",
        "quiet_hours: false",
        'management: {platform: matrix, room: "!manage"}',
        "bridges:",
        "  qq: {version: 11, transport: forward_ws, url: " + url + "}",
        "groups:",
    ]
    for g in range(groups):
        (tmp / f"roster{g}.yaml").write_text(roster(g), encoding="utf-8")
        lines += [
            f"  g{g}:",
            "    platform: qq",
            f'    platform_id: "{900000 + g}"',
            f"    class: 三年级({g})班",
            f"    roster: roster{g}.yaml",
        ]
    path = tmp / "school.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def make_peer_groups(peer: OneBotPeer, groups: int) -> None:
    for g in range(groups):
        members = [(user(g, i), f"学生{g}_{i}妈妈", "member") for i in range(GUARDIANS_PER_GROUP)]
        members.append((user(g, 99), "周敏老师", "admin"))
        peer.add_group(str(900000 + g), members)


def events(peer: OneBotPeer, n: int, groups: int, offset: int) -> list[tuple[str, str, bool]]:
    """``(message_id, frame, is_ad)``: varied senders and texts, one ad in twenty in every
    group (messages go round the groups, so the ads are counted per group)."""
    out = []
    for k in range(n):
        i = k + offset
        g = i % groups
        sender = user(g, (i // groups) % GUARDIANS_PER_GROUP)
        ad = (i // groups) % 20 == 7
        text = AD.format(n=i) if ad else f"{CLEAN[i % len(CLEAN)]}（{i}）"
        event = peer.group_message_event(str(900000 + g), sender, text)
        out.append((str(event["message_id"]), json.dumps(event, ensure_ascii=False), ad))
    return out


async def push_all(
    peer: OneBotPeer,
    frames: list[tuple[str, str, bool]],
    sent_at: dict[str, float],
    rate: float | None = None,
) -> None:
    [ws] = peer._event_conns
    start = time.perf_counter()
    for k, (mid, frame, _) in enumerate(frames):
        if rate is not None:
            due = start + k / rate
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
        sent_at[mid] = time.perf_counter()
        await ws.send_str(frame)


async def bare(peer: OneBotPeer, n: int, groups: int) -> float:
    frames = events(peer, n, groups, offset=10_000_000)
    got = 0
    done = asyncio.Event()
    async with connect(peer.ws_url, max_size=None) as ws:
        await ws.recv()  # lifecycle connect
        await asyncio.sleep(0.05)

        async def reader() -> None:
            nonlocal got
            async for data in ws:
                frame = json.loads(data)
                if frame.get("post_type") == "message":
                    got += 1
                    if got == n:
                        done.set()
                        return

        task = asyncio.create_task(reader())
        start = time.perf_counter()
        await push_all(peer, frames, {})
        await done.wait()
        elapsed = time.perf_counter() - start
        task.cancel()
    await eventually(lambda: not peer._event_conns)
    return n / elapsed


async def eventually(cond: Any, timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    while not cond():
        if time.perf_counter() > deadline:
            raise TimeoutError("benchmark condition not met")
        await asyncio.sleep(0.005)


async def bridge_only(peer: OneBotPeer, n: int, groups: int) -> float:
    qq_groups = [
        Group(id=f"g{g}", platform=Platform.QQ, platform_id=str(900000 + g)) for g in range(groups)
    ]
    bridge = OneBotV11Bridge(ForwardWebSocket(peer.ws_url), qq_groups)
    count = 0

    async def sink(event: InboundEvent) -> None:
        nonlocal count
        count += 1

    task = asyncio.create_task(bridge.run(sink))
    await eventually(lambda: peer._event_conns)
    frames = events(peer, n, groups, offset=20_000_000)
    start = time.perf_counter()
    await push_all(peer, frames, {})
    await eventually(lambda: count >= n)
    elapsed = time.perf_counter() - start
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    await peer.drop()
    await eventually(lambda: not peer._event_conns)
    return n / elapsed


async def with_app(peer: OneBotPeer, n: int, groups: int, rates: list[float]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        config = load_config(write_config(Path(tmp), groups, peer.ws_url))
        async with Store(Path(tmp) / "bench.sqlite") as store:
            qq_groups = [gc.group for gc in config.groups.values()]
            bridge = OneBotV11Bridge(ForwardWebSocket(peer.ws_url), qq_groups, name="qq")
            app = App(config, [bridge, FakeBridge(Platform.MATRIX)], store)
            handled = 0
            inner = app.handle

            async def counting(event: InboundEvent) -> None:
                nonlocal handled
                await inner(event)
                handled += 1

            app.handle = counting  # type: ignore[method-assign]
            task = asyncio.create_task(app.run())
            await eventually(lambda: peer._event_conns)
            results: dict[str, float] = {}
            phases: list[tuple[str, float | None]] = [("burst", None)]
            phases += [(f"paced{r:g}", r) for r in rates]
            for k, (phase, phase_rate) in enumerate(phases):
                offset = k * 1_000_000
                first_action: dict[str, float] = {}
                sent_at: dict[str, float] = {}
                peer.calls.clear()
                original = peer._handle

                async def timed(
                    action: str,
                    params: dict[str, Any],
                    original: Any = original,
                    first_action: Any = first_action,
                ) -> dict[str, Any]:
                    mid = None
                    if action == "delete_msg":
                        mid = str(params.get("message_id"))
                    elif action == "send_group_msg":
                        msg = params.get("message") or []
                        if msg and isinstance(msg, list) and msg[0].get("type") == "reply":
                            mid = str(msg[0]["data"]["id"])
                    if mid is not None and mid not in first_action:
                        first_action[mid] = time.perf_counter()
                    result: dict[str, Any] = await original(action, params)
                    return result

                peer._handle = timed  # type: ignore[method-assign]
                frames = events(peer, n, groups, offset=offset)
                ads = [mid for mid, _, ad in frames if ad]
                before = handled
                start = time.perf_counter()
                await push_all(peer, frames, sent_at, rate=phase_rate)
                await eventually(lambda: handled - before >= n)  # noqa: B023
                elapsed = time.perf_counter() - start
                await eventually(lambda: all(m in first_action for m in ads), 30)  # noqa: B023
                peer._handle = original  # type: ignore[method-assign]
                lat = sorted((first_action[m] - sent_at[m]) * 1000 for m in ads)
                results[f"{phase}_rate"] = n / elapsed
                results[f"{phase}_p50"] = statistics.median(lat)
                results[f"{phase}_p99"] = lat[min(len(lat) - 1, int(len(lat) * 0.99))]
                results[f"{phase}_acted"] = len(lat)
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
    return results


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--groups", type=int, default=10)
    parser.add_argument("--rates", default="5000,1000", help="paced phases, msg/s")
    args = parser.parse_args()
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(40))
    peer = await OneBotPeer(version=11).start()
    make_peer_groups(peer, args.groups)
    try:
        n, g = args.messages, args.groups
        print(f"OneBot v11 over one WebSocket, {n} group messages in {g} groups, 1 in 20 an ad")
        print(f"  bare receive+json loop       {await bare(peer, n, g):10,.0f} msg/s")
        print(f"  bridge -> counting sink      {await bridge_only(peer, n, g):10,.0f} msg/s")
        rates = [float(x) for x in args.rates.split(",") if x]
        r = await with_app(peer, n, g, rates)
        labels = [("burst", "app, burst (all at once)")]
        labels += [(f"paced{x:g}", f"app, paced at {x:,.0f} msg/s") for x in rates]
        for key, label in labels:
            print(
                f"  {label:<28} {r[key + '_rate']:10,.0f} msg/s   "
                f"event->action p50 {r[key + '_p50']:.1f} ms  p99 {r[key + '_p99']:.1f} ms "
                f"({r[key + '_acted']:.0f} ads)"
            )
        first_paced = f"paced{rates[0]:g}" if rates else "burst"
        ok = r["burst_rate"] >= 5_000 and r[first_paced + "_p99"] <= 20
        print(f"  targets (>= 5,000 msg/s, p99 <= 20 ms): {'met' if ok else 'NOT met'}")
    finally:
        await peer.close()


if __name__ == "__main__":
    asyncio.run(main())
