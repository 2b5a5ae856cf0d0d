"""Pre-send blocks through the app, on a real Synapse with synapse-http-antispam: a blocked
message is judged, audited and counted like a posted one (a warning by DM, a mute at the
ladder's threshold, a staff alert quoting it), never deleted, and once per event however
often the homeserver asks."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import sqlite3
from datetime import datetime
from pathlib import Path

import aiohttp
import pytest
from classmod.bridges.factory import _run_until_reload
from classmod.bridges.matrix.bot import MatrixBridge
from nio import (
    AsyncClient,
    AsyncClientConfig,
    RoomGetStateEventResponse,
    RoomSendError,
    RoomSendResponse,
)

from classmod.app import App
from classmod.config import load_config
from classmod.dev.devserver import Synapse, User
from classmod.metrics import Metrics
from classmod.model import ActionKind
from classmod.presend import BLOCKED_NOTE, blocked_actions
from classmod.store import Store

from .support import TIMEOUT, make_class_room, wait_until
from .test_app import SHANGHAI, School, SchoolClock, write_config

RANKING = "张子涵这次考了100分，李明轩才78分"  # R14: another family's child's score
AD = "团购水果 加V信 abc123 包邮"  # R06


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_blocked_plan_deletes_nothing_and_answers_in_private() -> None:
    from classmod.model import Action

    base = {"group_id": "g1", "member_id": "@p:x", "message_id": "$e", "rule_id": "R06"}
    plan = (
        Action(kind=ActionKind.DELETE, **base),
        Action(kind=ActionKind.MUTE, **base),
        Action(kind=ActionKind.WARN, text="@妈妈 禁言", **base),
        Action(kind=ActionKind.NOTIFY, text="您好", **base),
        Action(kind=ActionKind.ALERT_STAFF, text="【需处理】", **base),
    )
    out = blocked_actions(plan)
    assert [a.kind for a in out] == [ActionKind.MUTE, ActionKind.NOTIFY, ActionKind.ALERT_STAFF]
    assert out[1].text == "@妈妈 禁言"  # the ladder's warning, said privately once
    assert out[2].text == "【需处理】" + BLOCKED_NOTE
    assert all(a.message_id == "" for a in out)  # nothing in the room to point at


def audit(db: Path, member: str) -> list[tuple[str, str, str]]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return conn.execute(
            "SELECT event_id, kind, rule_id FROM audit WHERE member_id = ? AND kind = 'verdict'"
            " ORDER BY id",
            (member,),
        ).fetchall()


@pytest.mark.synapse
async def test_a_blocked_message_is_judged_counted_and_alerted_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from .conftest import synapse_or_skip

    python = synapse_or_skip()
    port = free_port()
    module = {
        "module": "synapse_http_antispam.HTTPAntispam",
        "config": {
            "base_url": f"http://127.0.0.1:{port}",
            "authorization": "s3cret",
            "enabled_callbacks": ["check_event_for_spam"],
        },
    }
    synapse = Synapse(tmp_path / "hs", python=python, modules=[module])
    synapse.start()
    clients: list[AsyncClient] = []

    async def client_for(user: User) -> AsyncClient:
        client = AsyncClient(
            synapse.url,
            user.user_id,
            config=AsyncClientConfig(max_limit_exceeded=0, max_timeouts=0),
        )
        client.restore_login(user.user_id, user.device_id, user.access_token)
        clients.append(client)
        return client

    task: asyncio.Task[object] | None = None
    store: Store | None = None
    bridge: MatrixBridge | None = None
    try:
        bot = synapse.register("bot", admin=True)
        head = synapse.register("zhou", displayname="周敏")
        teacher = synapse.register("li", displayname="李建国")
        mom = synapse.register("hemom", displayname="何雨彤妈妈")
        dad = synapse.register("zhangdad", displayname="张子涵爸爸")
        room = await make_class_room(client_for, head, bot, [teacher, mom, dad])
        staff = await make_class_room(client_for, head, bot, [teacher], group_id="staff")
        roster = {
            "group": "g1",
            "class": "三年级(2)班",
            "roster": {
                "teachers": [
                    {"id": head.user_id, "name": "周敏", "subject": "语文", "role": "head_teacher"},
                ],
                "students": [
                    {"name": "何雨彤", "guardians": [{"id": mom.user_id, "relation": "妈妈"}]},
                    {"name": "张子涵", "guardians": [{"id": dad.user_id, "relation": "爸爸"}]},
                ],
            },
        }
        monkeypatch.setenv("CLASSMOD_TEST_MATRIX_TOKEN", bot.access_token)
        monkeypatch.setenv("CLASSMOD_TEST_ANTISPAM", "s3cret")
        path = write_config(tmp_path, synapse, bot, room.room_id, staff.room_id, roster)
        raw = json.loads(path.read_text())
        raw["bridges"]["matrix"]["antispam_listen"] = f"127.0.0.1:{port}"
        raw["bridges"]["matrix"]["antispam_secret"] = {"$env": "CLASSMOD_TEST_ANTISPAM"}
        # the pre-send check judges a message at its server time, not the test's school clock:
        # no quiet hours, or an evening run would add R17 to the ranking it is about
        raw["quiet_hours"] = False
        path.write_text(json.dumps(raw, ensure_ascii=False))
        clock = SchoolClock(datetime(2026, 9, 7, 9, 0, tzinfo=SHANGHAI))
        school = School(synapse, bot, head, teacher, mom, dad, room, staff, path, clock)
        config = load_config(path)
        assert config.bridges.matrix is not None and config.management is not None
        store = Store(config.store.path)
        await store.open()
        bridge = MatrixBridge.from_config(
            config.bridges.matrix,
            groups=[gc.group for gc in config.groups.values()],
            cursors=store.cursors,
            management_room=config.management.room,
            clock=clock,
        )
        bridge.sync_timeout_ms = 5_000
        app = App(config, [bridge], store, clock=clock, timer_tick=0.1)
        # as classmod run serves it: the app with the antispam endpoint of its config
        task = asyncio.create_task(_run_until_reload(app, config, asyncio.Event(), Metrics()))
        await asyncio.wait_for(bridge.synced.wait(), TIMEOUT)

        mom_client = room.client(mom)
        blocked = await mom_client.room_send(
            room.room_id, "m.room.message", {"msgtype": "m.text", "body": RANKING}
        )
        assert isinstance(blocked, RoomSendError), blocked
        assert "R14" in blocked.message
        # the head teacher is alerted in the management room, the blocked text quoted
        head_staff = staff.client(head)
        alert = await school.wait_notice(head_staff, staff.room_id, "【需处理】", "何雨彤妈妈")
        assert RANKING in alert and BLOCKED_NOTE in alert
        assert "删除" not in alert.split("回复本条处理：")[-1]  # nothing to delete
        # a MAJOR offence: two strikes, the ladder's warning, by DM
        assert app.engine.strikes("g1", mom.user_id, clock()) == 2
        key = f"matrix:{bot.user_id}:dm:{mom.user_id}"

        async def dm_opened() -> bool:
            return bool(await store.cursors.get(key))

        await wait_until(dm_opened)
        dm_room = await store.cursors.get(key)
        assert dm_room
        await mom_client.join(dm_room)
        warned = await school.wait_notice(mom_client, dm_room, "警告（第2次）")
        assert "这条消息已撤回" not in warned  # nothing was deleted

        # the homeserver asks again about the same event: blocked, not counted again
        await store.flush()
        rows = audit(Path(config.store.path), mom.user_id)
        assert [r[2] for r in rows] == ["R14"]
        event = {
            "type": "m.room.message",
            "room_id": room.room_id,
            "sender": mom.user_id,
            "event_id": rows[0][0],
            "origin_server_ts": 1_788_000_000_000,
            "content": {"msgtype": "m.text", "body": RANKING},
        }
        async with (
            aiohttp.ClientSession() as http,
            http.post(
                f"http://127.0.0.1:{port}/check_event_for_spam",
                json={"event": event},
                headers={"Authorization": "Bearer s3cret"},
            ) as again,
        ):
            assert again.status == 403
            assert "R14" in (await again.json())["error"]
        await store.flush()
        assert len(audit(Path(config.store.path), mom.user_id)) == 1
        assert app.engine.strikes("g1", mom.user_id, clock()) == 2

        # an ad on top: the third strike is the ladder's mute, applied though nothing posted
        blocked = await mom_client.room_send(
            room.room_id, "m.room.message", {"msgtype": "m.text", "body": AD}
        )
        assert isinstance(blocked, RoomSendError), blocked
        assert "R06" in blocked.message
        head_client = room.client(head)

        async def muted() -> bool:
            levels = await head_client.room_get_state_event(room.room_id, "m.room.power_levels")
            assert isinstance(levels, RoomGetStateEventResponse), levels
            content = levels.content
            need = content.get("events", {}).get("m.room.message", content.get("events_default", 0))
            return int(content.get("users", {}).get(mom.user_id, 0)) < int(need)

        await wait_until(muted)
        told = await school.wait_notice(mom_client, dm_room, "禁言10分钟")
        assert AD not in told
        assert app.engine.strikes("g1", mom.user_id, clock()) == 3
        await store.flush()
        assert [r[2] for r in audit(Path(config.store.path), mom.user_id)] == ["R14", "R06"]
        # what passes is the bot's to judge when it is posted, as before
        fine = await room.client(dad).room_send(
            room.room_id, "m.room.message", {"msgtype": "m.text", "body": "老师，收到"}
        )
        assert isinstance(fine, RoomSendResponse), fine
        assert not audit(Path(config.store.path), dad.user_id)
    finally:
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if bridge is not None:
            await bridge.aclose()
        if store is not None:
            await store.close()
        for client in clients:
            await client.close()
        assert synapse.stop() == 0
