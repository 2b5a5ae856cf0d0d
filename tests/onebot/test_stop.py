"""``classmod run`` stopped by SIGTERM under a burst, against the OneBot peer over a socket.

The process is the real one (``python -m classmod.cli run``); the peer runs in the test's
loop. Every decided action must be carried out before the process exits or still be in its
outbox, and the next start must carry out what is there, once.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import sys
import time
from collections import Counter
from pathlib import Path

from .helpers import TOKEN, eventually
from .peer import OneBotPeer

G = "900000"
PARENTS = 100
ADS = 300  # three from each parent: point out, warn, mute 10 min
AD = "家长们好，加微信 abc{n:05d} 领取团购优惠，限时秒杀！"


def user(i: int) -> str:
    return str(30000 + i)


def write_config(tmp_path: Path, url: str) -> Path:
    students = "\n".join(
        f'    - name: 学生{i}\n      guardians: [{{id: "{user(i)}", relation: 妈妈}}]'
        for i in range(PARENTS)
    )
    (tmp_path / "roster.yaml").write_text(
        f"""group: g0
school: 青山区实验小学
class: 三年级(1)班
roster:
  teachers:
    - {{id: "{user(999)}", name: 周敏, subject: 语文, role: head_teacher}}
  students:
{students}
members: []
""",
        encoding="utf-8",
    )
    cfg = tmp_path / "school.yaml"
    cfg.write_text(
        f"""school: 青山区实验小学
quiet_hours: false
store: {{path: state.sqlite}}
bridges:
  qq:
    version: 11
    transport: forward_ws
    url: {url}
    access_token: {{$env: CLASSMOD_TEST_QQ_TOKEN}}
groups:
  g0:
    platform: qq
    platform_id: "{G}"
    class: 三年级(1)班
    roster: roster.yaml
""",
        encoding="utf-8",
    )
    return cfg


async def start_run(cfg: Path, log: Path) -> asyncio.subprocess.Process:
    env = {**os.environ, "CLASSMOD_TEST_QQ_TOKEN": TOKEN}
    with log.open("ab") as out:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "classmod.cli", "run", str(cfg), stdout=out, stderr=out, env=env
        )


async def stop(proc: asyncio.subprocess.Process) -> int:
    proc.send_signal(signal.SIGTERM)
    try:
        return await asyncio.wait_for(proc.wait(), 60)
    finally:
        if proc.returncode is None:
            proc.kill()


def read(db: Path, sql: str) -> list[tuple[str, ...]]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return list(conn.execute(sql).fetchall())


def decided(db: Path) -> set[str]:
    return {r[0] for r in read(db, "SELECT DISTINCT event_id FROM audit WHERE kind = 'verdict'")}


def acted(db: Path) -> set[str]:
    return {r[0] for r in read(db, "SELECT DISTINCT event_id FROM audit WHERE kind = 'action'")}


def outbox(db: Path) -> list[dict[str, str]]:
    return [
        {"event": r[0], **json.loads(r[1])}
        for r in read(db, "SELECT event_id, action FROM outbox ORDER BY id")
    ]


async def test_sigterm_under_load_loses_no_decided_action(tmp_path: Path) -> None:
    peer = await OneBotPeer(version=11, access_token=TOKEN).start()
    members = [(user(i), f"学生{i}妈妈", "member") for i in range(PARENTS)]
    peer.add_group(G, [*members, (user(999), "周敏老师", "admin")])
    cfg = write_config(tmp_path, peer.ws_url)
    db = tmp_path / "state.sqlite"
    log = tmp_path / "run.log"
    try:
        proc = await start_run(cfg, log)
        await eventually(lambda: peer.connected, 60)
        ads = [await peer.say(G, user(n % PARENTS), AD.format(n=n)) for n in range(ADS)]
        # mid-burst: some actions done, most decided or still to be decided
        await eventually(lambda: len(peer.calls_of("delete_msg")) >= 20, 60)
        assert await stop(proc) == 0, log.read_text()[-3000:]

        judged = decided(db)
        assert judged and judged <= set(ads)
        pending = outbox(db)
        # every decided ad is deleted on the platform or its delete is waiting in the outbox
        waiting = {a["message"] for a in pending if a["kind"] == "delete"}
        still_up = set(peer.groups[G].messages) & judged
        assert still_up <= waiting
        assert not (judged - acted(db) - {a["event"] for a in pending})
        # every member muted on the platform has the timer that ends it
        now = time.time()
        muted = {m.user_id for m in peer.groups[G].members.values() if m.muted_until > now}
        timers = read(db, "SELECT member_id FROM timers WHERE kind = 'unmute' AND done = 0")
        assert muted <= {r[0] for r in timers}

        # the next start carries out the outbox and the rest of the burst is not re-judged
        proc = await start_run(cfg, log)
        await eventually(lambda: peer.connected, 60)
        await eventually(lambda: not outbox(db), 60)
        assert await stop(proc) == 0, log.read_text()[-3000:]
        assert not set(peer.groups[G].messages) & decided(db)
        deletes = Counter(str(c["message_id"]) for c in peer.calls_of("delete_msg"))
        assert all(deletes[mid] == 1 for mid in decided(db))  # none deleted twice
        assert decided(db) <= acted(db)
    finally:
        await peer.close()
