"""The antispam endpoint listens only once the app has restored its stored strikes: a message
blocked right after a restart is judged against the member's record, not an empty one.

``classmod run``'s own serving loop (``_run_until_reload``) with the real app and store; the
Matrix side a FakeBridge, the endpoint asked over loopback HTTP as synapse-http-antispam
asks it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from classmod.bridges.factory import _run_until_reload

from classmod.app import App
from classmod.config import load_config
from classmod.metrics import Metrics
from classmod.model import Platform
from classmod.store import Store
from classmod.testing import FakeBridge

from .support import wait_until

MOM = "@hemom:x"
AD = "团购水果 加V信 abc123 包邮"  # R06


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_config(tmp_path: Path, port: int) -> Path:
    roster = {
        "group": "g1",
        "class": "三年级(2)班",
        "roster": {
            "teachers": [{"id": "@t:x", "name": "周敏", "subject": "语文", "role": "head_teacher"}],
            "students": [{"name": "何雨彤", "guardians": [{"id": MOM, "relation": "妈妈"}]}],
        },
    }
    (tmp_path / "roster.json").write_text(json.dumps(roster, ensure_ascii=False))
    config = {
        "school": "测试小学",
        "quiet_hours": False,
        "bridges": {
            "matrix": {
                "homeserver": "http://127.0.0.1:1",
                "user_id": "@bot:x",
                "password": {"$env": "HOME"},
                "antispam_listen": f"127.0.0.1:{port}",
            }
        },
        "store": {"path": str(tmp_path / "state.sqlite")},
        "groups": {
            "g1": {"platform": "matrix", "platform_id": "!class:x", "roster": "roster.json"}
        },
    }
    (tmp_path / "school.yaml").write_text(json.dumps(config, ensure_ascii=False))
    return tmp_path / "school.yaml"


async def ask(port: int, event_id: str, body: str = AD) -> tuple[int, dict[str, Any]]:
    event = {
        "type": "m.room.message",
        "room_id": "!class:x",
        "sender": MOM,
        "event_id": event_id,
        "origin_server_ts": int(datetime.now(UTC).timestamp() * 1000),
        "content": {"msgtype": "m.text", "body": body},
    }
    async with (
        aiohttp.ClientSession() as http,
        http.post(f"http://127.0.0.1:{port}/check_event_for_spam", json={"event": event}) as answer,
    ):
        return answer.status, await answer.json()


async def test_the_endpoint_waits_for_the_restored_strikes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()
    config = load_config(write_config(tmp_path, port))
    now = datetime.now(UTC)
    async with Store(config.store.path) as earlier:  # the last run's strikes
        await earlier.strikes.add("g1", MOM, now - timedelta(hours=1), 2, "R14")
    store = Store(config.store.path)
    await store.open()
    gate, asked = asyncio.Event(), asyncio.Event()
    load_strikes = store.strikes.load

    async def slow_restore(since: datetime) -> list[tuple[str, str, datetime, int]]:
        asked.set()
        await gate.wait()  # the restore takes its time
        return await load_strikes(since)

    monkeypatch.setattr(store.strikes, "load", slow_restore)
    app = App(config, [FakeBridge(Platform.MATRIX)], store)
    task = asyncio.create_task(_run_until_reload(app, config, asyncio.Event(), Metrics()))
    try:
        await asyncio.wait_for(asked.wait(), 10)
        # restoring: the endpoint is not there yet (Synapse applies its on-error setting)
        with pytest.raises(aiohttp.ClientConnectionError):
            await ask(port, "$early")
        assert not app.started.is_set()
        gate.set()
        await asyncio.wait_for(app.started.wait(), 10)

        async def listening() -> bool:
            with contextlib.suppress(aiohttp.ClientConnectionError):
                await ask(port, "$probe", "老师好")  # clean: let through, nothing counted
                return True
            return False

        await wait_until(listening)
        status, body = await ask(port, "$ad")
        assert status == 403 and "R06" in body["error"]
        # judged on top of the two restored strikes: the ladder's third is a mute
        assert app.engine.strikes("g1", MOM, datetime.now(UTC)) == 3
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await store.close()
