"""kill -9 ``classmod run`` under a burst of ads, restart it, and count what was lost.

    .venv/bin/python benchmarks/crash_safety.py [--kills 5] [--ads 300]

The OneBot peer (tests/onebot/peer.py) runs in this process; ``classmod run`` is a real
subprocess on a forward WebSocket. Each round pushes a burst of ads (three from each
parent: point out, warn, mute 10 min), kills the process with SIGKILL once it has acted on
some, restarts it, waits until its outbox is empty, and stops it with SIGTERM. Printed per
round: events sent / decided / acted, decided actions lost (decided, never audited as
carried out, not in the outbox), deletions called twice (the action in flight at the kill is
replayed; the OneBot bridge has no "already done?" check yet, so the peer refuses the
second call as 消息不存在), mutes with no unmute timer, and
strikes stored vs decided offences (each ad is one strike).
"""

from __future__ import annotations

import argparse
import asyncio
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


async def round_(tmp: Path, peer: OneBotPeer, offset: int, ads: int) -> dict[str, int]:
    cfg = write_config(tmp, peer.ws_url)
    db, log = tmp / "state.sqlite", tmp / "run.log"
    before = len(peer.calls_of("delete_msg"))
    proc = await start_run(cfg, log)
    await eventually(lambda: peer.connected, 60)
    sent = [await peer.say(G, user(n % PARENTS), AD.format(n=offset + n)) for n in range(ads)]
    await eventually(lambda: len(peer.calls_of("delete_msg")) - before >= ads // 10, 60)
    proc.send_signal(signal.SIGKILL)
    await proc.wait()
    await eventually(lambda: not peer.connected, 10)
    proc = await start_run(cfg, log)
    await eventually(lambda: peer.connected, 60)
    await eventually(lambda: not outbox(db), 60)
    rc = await stop(proc)
    judged = decided(db) & set(sent)
    deletes = Counter(str(c["message_id"]) for c in peer.calls_of("delete_msg"))
    now = time.time()
    muted = {m.user_id for m in peer.groups[G].members.values() if m.muted_until > now}
    timers = {r[0] for r in read(db, "SELECT member_id FROM timers WHERE kind='unmute' AND done=0")}
    strikes = read(db, "SELECT COUNT(*) FROM strikes")[0][0]
    return {
        "sent": len(sent),
        "decided": len(judged),
        "acted": len(judged & acted(db)),
        "lost": len(judged - acted(db)),
        "double_deletes": sum(1 for mid in judged if deletes[mid] > 1),
        "mutes_without_timer": len(muted - timers),
        "strikes": int(strikes),
        "strikes_expected": len(decided(db)),
        "exit": rc,
    }


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--ads", type=int, default=300)
    args = parser.parse_args()
    import os

    os.environ["CLASSMOD_TEST_QQ_TOKEN"] = TOKEN
    peer = await OneBotPeer(version=11, access_token=TOKEN).start()
    members = [(user(i), f"学生{i}妈妈", "member") for i in range(PARENTS)]
    peer.add_group(G, [*members, (user(999), "周敏老师", "admin")])
    try:
        with tempfile.TemporaryDirectory(prefix="classmod-crash-") as tmp:
            for k in range(args.kills):
                r = await round_(Path(tmp), peer, k * args.ads, args.ads)
                print(
                    f"kill {k + 1}: sent {r['sent']} decided {r['decided']} acted {r['acted']}"
                    f" | lost {r['lost']} double deletes {r['double_deletes']}"
                    f" mutes without timer {r['mutes_without_timer']}"
                    f" | strikes {r['strikes']}/{r['strikes_expected']} | exit {r['exit']}",
                    flush=True,
                )
    finally:
        await peer.close()


if __name__ == "__main__":
    asyncio.run(main())
