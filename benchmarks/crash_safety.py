"""kill -9 ``classmod run`` under a burst of ads, restart it, and count what was lost.

    .venv/bin/python benchmarks/crash_safety.py [--kills 20] [--ads 300] [--seed 1]

The OneBot peer (tests/onebot/peer.py) runs in this process, behaving as NapCat does: it
does not re-deliver events to a new connection, and answers ``get_group_msg_history``.
``classmod run`` is a real subprocess on a forward WebSocket. Each round (its own group and
store) pushes a burst of ads (three from each parent: point out, warn, mute 10 min), kills
the process with SIGKILL once it has deleted a random number of them (1 to a third of the
burst: the kill lands anywhere in the burst, in any platform call), restarts it, waits until
every ad is judged (or nothing more is for 10 s) and its outbox is empty, and stops it with
SIGTERM.

Printed per round, and summed at the end:

* sent / judged / acted: ads pushed over the socket; of them, marked processed; of them,
  with an action audited as carried out. ``at kill``: judged when the kill came. ``never
  judged``: pushed, never processed (events a kill took from the process's queues; the
  history fetch after the restart should find them all).
* lost: judged, with a verdict, never audited as carried out and not in the outbox
  (decided-but-never-applied actions).
* double punishments: ``delete_msg`` called again for a message already deleted, and
  ``set_group_ban`` calls beyond one per event that decided a mute.
* failed: actions audited as failed (each one tells staff "操作失败"; after a replay of an
  action that had landed before the kill the platform refuses the second call).
* mutes without timer (permanent mutes) and mutes decided but not on the platform (of
  members still in the group).
* strikes stored vs ads judged (each ad is one strike).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src"), str(ROOT / "tests")]

from onebot.helpers import TOKEN, eventually  # noqa: E402
from onebot.peer import OneBotPeer  # noqa: E402
from onebot.test_stop import (  # noqa: E402
    AD,
    PARENTS,
    G,
    acted,
    decided,
    outbox,
    read,
    start_run,
    stop,
    user,
    write_config,
)

COUNTS = (
    "sent",
    "at_kill",
    "judged",
    "acted",
    "never_judged",
    "lost",
    "double_deletes",
    "double_mutes",
    "failed",
    "mutes_without_timer",
    "mutes_missing",
    "strikes",
    "strikes_expected",
)


def processed(db: Path) -> set[str]:
    return {r[0] for r in read(db, "SELECT event_id FROM processed WHERE group_id = 'g0'")}


async def until_settled(db: Path, sent: set[str], patience: float = 10.0) -> None:
    """Until every ad is judged, or no more were judged for ``patience`` seconds."""
    loop = asyncio.get_running_loop()
    seen, since = -1, loop.time()
    while True:
        judged = len(processed(db) & sent)
        if judged == len(sent):
            return
        if judged != seen:
            seen, since = judged, loop.time()
        elif loop.time() - since > patience:
            return
        await asyncio.sleep(0.2)


async def round_(
    tmp: Path, peer: OneBotPeer, gid: str, offset: int, ads: int, kill_after: int
) -> dict[str, int]:
    tmp.mkdir()
    members = [(user(i), f"学生{i}妈妈", "member") for i in range(PARENTS)]
    peer.add_group(gid, [*members, (user(999), "周敏老师", "admin")])
    cfg = write_config(tmp, peer.ws_url)
    cfg.write_text(cfg.read_text(encoding="utf-8").replace(G, gid), encoding="utf-8")
    db, log = tmp / "state.sqlite", tmp / "run.log"
    calls_before = len(peer.calls)
    proc = await start_run(cfg, log)
    await eventually(lambda: peer.connected, 60)
    sent = [await peer.say(gid, user(n % PARENTS), AD.format(n=offset + n)) for n in range(ads)]
    deletes_before = len(peer.calls_of("delete_msg"))

    def deleted() -> int:
        return len(peer.calls_of("delete_msg")) - deletes_before

    await eventually(lambda: deleted() >= kill_after or proc.returncode is not None, 60)
    proc.send_signal(signal.SIGKILL)
    await proc.wait()
    at_kill = len(processed(db) & set(sent))
    await eventually(lambda: not peer.connected, 10)
    proc = await start_run(cfg, log)
    await eventually(lambda: peer.connected, 60)
    # the restart judges what it can find; wait until nothing more comes of it
    await until_settled(db, set(sent))
    await eventually(lambda: not outbox(db), 120)
    rc = await stop(proc)

    calls = peer.calls[calls_before:]
    judged = processed(db) & set(sent)
    with_verdict = decided(db) & set(sent)
    deletes = Counter(str(p["message_id"]) for a, p in calls if a == "delete_msg")
    bans = Counter(
        str(p["user_id"])
        for a, p in calls
        if a == "set_group_ban" and int(p.get("duration", 1800)) > 0
    )
    mute_events: set[tuple[str, str]] = set()  # (member, event) of each decided mute
    failed = 0
    for member, event, kind, summary in read(
        db, "SELECT member_id, event_id, category, summary FROM audit WHERE kind = 'action'"
    ):
        if summary.startswith("failed") and kind not in ("alert_staff", "escalate_office"):
            failed += 1
        if kind == "mute" and not summary.startswith("failed"):
            mute_events.add((member, event))
    mutes_decided = Counter(member for member, _ in mute_events)
    now = time.time()
    muted = {m.user_id for m in peer.groups[gid].members.values() if m.muted_until > now}
    timers = {r[0] for r in read(db, "SELECT member_id FROM timers WHERE kind='unmute' AND done=0")}
    strikes = read(db, "SELECT COUNT(*) FROM strikes")[0][0]
    return {
        "sent": len(sent),
        "at_kill": at_kill,
        "judged": len(judged),
        "acted": len(judged & acted(db)),
        "never_judged": len(set(sent) - judged),
        "lost": len(with_verdict - acted(db) - {a["event"] for a in outbox(db)}),
        "double_deletes": sum(n - 1 for n in deletes.values() if n > 1),
        "double_mutes": sum(max(0, n - mutes_decided[u]) for u, n in bans.items()),
        "failed": failed,
        "mutes_without_timer": len(muted - timers),
        "mutes_missing": len(set(mutes_decided) & set(peer.groups[gid].members) - muted),
        "strikes": int(strikes),
        "strikes_expected": len(with_verdict),
        "exit": rc,
    }


def line(title: str, r: dict[str, int]) -> str:
    return (
        f"{title}: sent {r['sent']} judged at kill {r['at_kill']}, in the end {r['judged']}"
        f" acted {r['acted']}"
        f" never judged {r['never_judged']}"
        f" | lost {r['lost']} double deletes {r['double_deletes']}"
        f" double mutes {r['double_mutes']} failed {r['failed']}"
        f" | mutes without timer {r['mutes_without_timer']} mutes missing {r['mutes_missing']}"
        f" | strikes {r['strikes']}/{r['strikes_expected']}"
    )


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--ads", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.environ["CLASSMOD_TEST_QQ_TOKEN"] = TOKEN
    peer = await OneBotPeer(version=11, access_token=TOKEN).start()
    if hasattr(peer, "redeliver_on_connect"):
        peer.redeliver_on_connect = False  # as NapCat: what a dead link missed is gone
    total = Counter[str]()
    exits = Counter[int]()
    try:
        with tempfile.TemporaryDirectory(prefix="classmod-crash-") as tmp:
            for k in range(args.kills):
                gid = str(900100 + k)
                kill_after = rng.randint(1, max(1, args.ads // 3))
                r = await round_(
                    Path(tmp) / f"round{k}", peer, gid, k * args.ads, args.ads, kill_after
                )
                exits[r.pop("exit")] += 1
                total.update({key: r[key] for key in COUNTS})
                print(line(f"kill {k + 1}", r), flush=True)
    finally:
        await peer.close()
    print(line(f"total over {args.kills} kills", dict(total)), f"| exits {dict(exits)}")


if __name__ == "__main__":
    asyncio.run(main())
