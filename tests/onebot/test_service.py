"""``classmod run`` as the school's IT person meets it under systemd (issue 13): a real
process (``python -m classmod.cli run``) against the OneBot peer over loopback sockets,
signals sent to it, its health endpoint read over HTTP, its store backed up while it writes.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from prometheus_client.parser import text_string_to_metric_families

from .helpers import TOKEN, eventually
from .peer import OneBotPeer

G = "900000"
G2 = "900002"
PARENTS = 20
AD = "家长们好，加微信 abc{n:05d} 领取团购优惠，限时秒杀！"
GUARD = 120  # so a regression fails instead of hanging the suite; not a speed limit


def user(i: int) -> str:
    return str(30000 + i)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def roster(tmp_path: Path, name: str, group: str) -> None:
    students = "\n".join(
        f'    - name: 学生{i}\n      guardians: [{{id: "{user(i)}", relation: 妈妈}}]'
        for i in range(PARENTS)
    )
    (tmp_path / name).write_text(
        f"""group: {group}
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


def write_config(
    tmp_path: Path, url: str, *, observe: int | None = None, second_group: bool = False
) -> Path:
    roster(tmp_path, "roster.yaml", "g0")
    roster(tmp_path, "roster2.yaml", "g1")
    extra = (
        f"""  g1:
    platform: qq
    platform_id: "{G2}"
    class: 三年级(2)班
    roster: roster2.yaml
"""
        if second_group
        else ""
    )
    cfg = tmp_path / "school.yaml"
    cfg.write_text(
        f"""school: 青山区实验小学
quiet_hours: false
store: {{path: state/classmod.sqlite}}
{f"observe: {{listen: {observe}}}" if observe else ""}
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
{extra}""",
        encoding="utf-8",
    )
    (tmp_path / "state").mkdir(exist_ok=True)
    return cfg


def env(token: str = TOKEN) -> dict[str, str]:
    return {**os.environ, "CLASSMOD_TEST_QQ_TOKEN": token}


async def start_run(cfg: Path, log: Path, token: str = TOKEN) -> asyncio.subprocess.Process:
    with log.open("ab") as out:
        return await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "classmod.cli",
            "run",
            str(cfg),
            stdout=out,
            stderr=out,
            env=env(token),
        )


async def stop(proc: asyncio.subprocess.Process) -> int:
    if proc.returncode is None:
        proc.send_signal(signal.SIGTERM)
    try:
        return await asyncio.wait_for(proc.wait(), GUARD)
    finally:
        if proc.returncode is None:
            proc.kill()


def events(log: Path) -> list[dict[str, Any]]:
    out = []
    for line in log.read_text(encoding="utf-8").splitlines():
        if line.startswith("{"):
            out.append(json.loads(line))
    return out


def named(log: Path, name: str) -> list[dict[str, Any]]:
    return [e for e in events(log) if e.get("event") == name]


async def classmod(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """``classmod ARGS`` in its own process, off the loop (the peer must go on serving)."""
    return await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "classmod.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=GUARD,
        env=env(),
        check=False,
    )


async def get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as resp:
        return resp.status, await resp.text()


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a scrape, parsed by the Prometheus client's own parser."""
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def read(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return list(conn.execute(sql).fetchall())


async def test_run_refuses_a_missing_state_directory_and_creates_nothing(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "ws://127.0.0.1:9")
    (tmp_path / "state").rmdir()
    result = await classmod("run", cfg)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"error: {cfg}:3: store.path: ")
    assert f"the state directory {tmp_path / 'state'} does not exist" in result.stderr
    assert "owned by the user classmod runs as" in result.stderr
    assert not (tmp_path / "state").exists()


async def test_a_refused_access_token_stops_run_with_one_error(tmp_path: Path) -> None:
    peer = await OneBotPeer(version=11, access_token=TOKEN).start()
    peer.add_group(G)
    try:
        cfg = write_config(tmp_path, peer.ws_url)
        log = tmp_path / "run.log"
        proc = await start_run(cfg, log, token="wrong-token")
        code = await asyncio.wait_for(proc.wait(), GUARD)
        text = log.read_text(encoding="utf-8")
        assert code == 3, text[-3000:]
        assert "Traceback" not in text
        errors = [line for line in text.splitlines() if line.startswith("error: ")]
        assert errors == [
            f"error: qq: the gateway at {peer.ws_url} refused the access token (HTTP 403);"
            " set bridges.qq.access_token to the gateway's access_token"
        ]
        assert len(named(log, "gateway_refused")) == 1  # stopped, not retried
    finally:
        await peer.close()


async def test_an_unreachable_gateway_is_logged_once_and_health_follows_it(
    tmp_path: Path,
) -> None:
    port, observe = free_port(), free_port()
    # a gateway that answers every WebSocket upgrade 503 (restarting), counting the tries
    tries: list[int] = []

    async def unavailable(request: web.Request) -> web.Response:
        tries.append(1)
        return web.Response(status=503)

    down = web.Application()
    down.router.add_get("/", unavailable)
    runner = web.AppRunner(down)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    cfg = write_config(tmp_path, f"ws://127.0.0.1:{port}/", observe=observe)
    log = tmp_path / "run.log"
    proc = await start_run(cfg, log)
    peer: OneBotPeer | None = None
    try:
        await eventually(lambda: len(tries) >= 3, GUARD)
        status, body = await get(f"http://127.0.0.1:{observe}/healthz")
        assert status == 503
        assert json.loads(body)["checks"]["bridge:qq"] == {
            "ok": False,
            "reason": "not connected to the platform",
        }
        await runner.cleanup()
        peer = await OneBotPeer(version=11, access_token=TOKEN).start(port)
        peer.add_group(G)
        await eventually(lambda: peer is not None and peer.connected, GUARD)

        async def healthy() -> bool:
            return (await get(f"http://127.0.0.1:{observe}/healthz"))[0] == 200

        for _ in range(GUARD * 10):
            if await healthy():
                break
            await asyncio.sleep(0.1)
        status, body = await get(f"http://127.0.0.1:{observe}/healthz")
        assert status == 200, body
        assert json.loads(body)["status"] == "ok"
        assert await stop(proc) == 0
        # one warning when the outage began, one line when it ended: not one a retry
        refused = named(log, "gateway_refused")
        assert len(refused) == 1 and refused[0]["status"] == 503, refused
        assert refused[0]["retrying"] == "with backoff"
        connected = named(log, "gateway_connected")
        assert len(connected) == 1
        assert connected[0]["failed_attempts"] >= 3
    finally:
        await stop(proc)
        await runner.cleanup()
        if peer is not None:
            await peer.close()


async def test_sighup_reloads_the_config_keeping_strikes_and_refuses_a_broken_one(
    tmp_path: Path,
) -> None:
    peer = await OneBotPeer(version=11, access_token=TOKEN).start()
    members = [(user(i), f"学生{i}妈妈", "member") for i in range(PARENTS)]
    peer.add_group(G, [*members, (user(999), "周敏老师", "admin")])
    peer.add_group(G2, members)
    observe = free_port()
    cfg = write_config(tmp_path, peer.ws_url, observe=observe)
    log = tmp_path / "run.log"
    proc = await start_run(cfg, log)
    try:
        await eventually(lambda: peer.connected, GUARD)
        first = await peer.say(G, user(1), AD.format(n=1))
        await eventually(lambda: len(peer.calls_of("delete_msg")) == 1, GUARD)
        # before the reload, the second group is not the bot's: its ad stays
        ignored = await peer.say(G2, user(2), AD.format(n=2))

        # a broken config: logged, the running one kept
        good = cfg.read_text(encoding="utf-8")
        cfg.write_text(good.replace("groups:", "groups: [oops"), encoding="utf-8")
        proc.send_signal(signal.SIGHUP)
        await eventually(lambda: named(log, "reload_refused"), GUARD)
        assert str(cfg) in named(log, "reload_refused")[0]["error"]
        second = await peer.say(G, user(1), AD.format(n=3))
        await eventually(lambda: len(peer.calls_of("delete_msg")) == 2, GUARD)

        # a config with a second group: the app restarts in the process, on the same store
        connects = peer.connects
        write_config(tmp_path, peer.ws_url, observe=observe, second_group=True)
        proc.send_signal(signal.SIGHUP)
        await eventually(lambda: named(log, "config_reloaded"), GUARD)
        await eventually(lambda: peer.connects > connects and peer.connected, GUARD)
        assert proc.returncode is None
        third = await peer.say(G, user(1), AD.format(n=4))
        other = await peer.say(G2, user(2), AD.format(n=5))
        await eventually(lambda: len(peer.calls_of("delete_msg")) == 4, GUARD)
        # the strikes survived the reload: the third ad of the same parent is a mute
        await eventually(lambda: peer.muted(G, user(1)), GUARD)
        deleted = Counter(str(c["message_id"]) for c in peer.calls_of("delete_msg"))
        assert deleted == {first: 1, second: 1, third: 1, other: 1}
        assert ignored not in deleted

        # the endpoint stayed up through the reload and counts across it
        status, text = await get(f"http://127.0.0.1:{observe}/metrics")
        assert status == 200
        scraped = samples(text)
        assert scraped["classmod_events_total", (("platform", "qq"),)] >= 4
        assert scraped["classmod_events_decided_total", (("platform", "qq"),)] >= 4
        assert scraped["classmod_actions_total", (("kind", "delete"), ("result", "applied"))] == 4
        assert scraped["classmod_actions_total", (("kind", "mute"), ("result", "applied"))] == 1
        assert scraped["classmod_decision_seconds_count", ()] >= 4
        assert scraped["classmod_store_commit_seconds_count", ()] >= 1
        assert scraped["classmod_timers_pending", ()] >= 1  # the mute's unmute
        assert scraped["classmod_bridge_connected", (("bridge", "qq"),)] == 1
        assert scraped["classmod_config_reloads_total", (("result", "applied"),)] == 1
        assert scraped["classmod_config_reloads_total", (("result", "refused"),)] == 1
        assert any(name == "classmod_verdicts_total" for name, _ in scraped)

        # classmod status tells a person the same
        result = await classmod("status", cfg)
        assert result.returncode == 0, result.stderr
        out = result.stdout
        assert "health: ok (HTTP 200)" in out
        assert "bridge:qq: ok" in out
        assert "events in: platform=qq" in out
        assert "kind=mute,result=applied 1" in out
        assert "timers pending: 1" in out
        assert "held by a run (pid " in out
    finally:
        assert await stop(proc) == 0, log.read_text(encoding="utf-8")[-3000:]
        await peer.close()


async def test_a_backup_taken_while_run_writes_restores_everything_it_had(
    tmp_path: Path,
) -> None:
    peer = await OneBotPeer(version=11, access_token=TOKEN).start()
    peer.add_group(G, [(user(i), f"学生{i}妈妈", "member") for i in range(PARENTS)])
    cfg = write_config(tmp_path, peer.ws_url)
    db = tmp_path / "state" / "classmod.sqlite"
    log = tmp_path / "run.log"
    proc = await start_run(cfg, log)
    backups: list[tuple[int, Path]] = []
    try:
        await eventually(lambda: peer.connected, GUARD)

        async def burst() -> None:
            for n in range(200):
                await peer.say(G, user(n % PARENTS), f"{AD.format(n=n)} 第{n}条")

        writing = asyncio.create_task(burst())
        await eventually(lambda: len(peer.calls_of("delete_msg")) >= 5, GUARD)
        for i in range(3):  # while the burst is being judged and written
            committed = len(read(db, "SELECT id FROM audit"))
            target = tmp_path / f"backup{i}.sqlite"
            result = await classmod("backup", cfg, target)
            assert result.returncode == 0, result.stderr
            assert "integrity ok" in result.stdout
            backups.append((committed, target))
        await writing

        # a restore is refused while the run holds the store
        refused = await classmod("restore", cfg, backups[-1][1])
        assert refused.returncode == 2
        assert "the store is in use by another classmod process (pid " in refused.stderr
        assert await stop(proc) == 0, log.read_text(encoding="utf-8")[-3000:]
    finally:
        await stop(proc)
        await peer.close()

    final = {r[0]: r for r in read(db, "SELECT * FROM audit")}
    for committed, target in backups:
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert read(target, "PRAGMA integrity_check") == [("ok",)]
        rows = read(target, "SELECT * FROM audit")
        # every row committed before the backup began is in it, as the store has it
        assert len(rows) >= committed
        assert all(final[r[0]] == r for r in rows)

    before = len(final)
    result = await classmod("restore", cfg, backups[0][1])
    assert result.returncode == 0, result.stderr
    kept = next(tmp_path.glob("state/classmod.sqlite.before-restore-*Z"))
    assert f"kept as {kept}" in result.stdout
    assert len(read(kept, "SELECT id FROM audit")) == before
    assert read(db, "SELECT * FROM audit") == read(backups[0][1], "SELECT * FROM audit")
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert read(db, "PRAGMA journal_mode") == [("wal",)]
