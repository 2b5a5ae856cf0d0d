"""``classmod demo``: a throwaway Synapse, a class group, and the bot at work.

On a fresh machine it installs Synapse into ``.synapse-venv`` if it is missing, starts it on
127.0.0.1 with SQLite in a temporary folder, registers a head teacher, a teacher, parents
and a stranger, writes a school config and roster, starts the real classmod app on it and
plays a scripted class-group scene: a notice and its 收到 replies, an ad with evasions, a
flood, an insult, a late-night post, a teacher's ranking post, a parent's ``/ban`` attempt
and the notice follow-up. It prints what the bot did and why as it happens, then stops
everything.

    classmod demo            # or scripts/demo
    classmod demo --keep /tmp/demo    # keep the homeserver data and the audit database
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from nio import AsyncClient, AsyncClientConfig, RoomCreateResponse, RoomPreset

from classmod.app import App
from classmod.bridge import MANAGEMENT_GROUP
from classmod.bridges.matrix.bot import MatrixBridge
from classmod.config import load_config
from classmod.dev.devserver import Synapse, User, find_synapse_python, install_synapse
from classmod.logs import configure_logging
from classmod.model import Decision, MemberEvent, Message, Outcome
from classmod.store import Store

SHANGHAI = ZoneInfo("Asia/Shanghai")

_KIND_ZH = {
    "delete": "撤回消息",
    "tidy": "整理（撤回）",
    "warn": "群内提醒",
    "remind": "温馨提示",
    "notify": "私信",
    "mute": "禁言",
    "unmute": "解除禁言",
    "kick": "移出群",
    "ban": "封禁",
    "unban": "解封",
    "alert_staff": "通知管理群",
    "escalate_office": "上报学校",
    "lock": "全员禁言",
    "unlock": "解除全员禁言",
    "record": "记入台账",
    "approve_join": "批准入群",
    "reject_join": "拒绝入群",
}


class DemoClock:
    """Real time flowing from a scripted school-day moment; ``jump_to`` moves the story."""

    def __init__(self, start: datetime) -> None:
        self.offset = start - datetime.now(UTC)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def jump_to(self, moment: datetime) -> None:
        self.offset = moment - datetime.now(UTC)


def say(line: str) -> None:
    print(line, flush=True)


class Narrator:
    """The app's decision observer and the bridge's voice: prints what the bot did and why."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names

    def who(self, member_id: str) -> str:
        return self.names.get(member_id, member_id)

    def __call__(
        self, event: Message | MemberEvent, decision: Decision, outcomes: Sequence[Outcome]
    ) -> None:
        if decision.clean:
            return
        for verdict in decision.verdicts:
            say(f"    ⚖ {verdict.rule_id} {verdict.label}：{verdict.reason}")
        for outcome in outcomes:
            action = outcome.action
            target = f" → {self.who(action.member_id)}" if action.member_id else ""
            length = ""
            if action.duration:
                length = f" {int(action.duration.total_seconds() // 60)} 分钟"
            status = "✓" if outcome.ok else f"✗ 未成功：{outcome.detail}"
            kind = _KIND_ZH.get(str(action.kind), str(action.kind))
            say(f"    🤖 {kind}{length}{target} {status}")


class NarratedBridge(MatrixBridge):
    """The real bridge; also prints what the bot posts (command replies, staff alerts)."""

    narrator_rooms: dict[str, str]

    async def post(self, room: str, text: str) -> Outcome:
        where = self.narrator_rooms.get(room, room)
        say(f"    💬 机器人在{where}说：{text}")
        return await super().post(room, text)


class Scene:
    """The people of the class and their clients."""

    def __init__(self, server: Synapse) -> None:
        self.server = server
        self.clients: dict[str, AsyncClient] = {}
        self.users: dict[str, User] = {}
        self.display: dict[str, str] = {}

    async def person(self, key: str, display: str, *, admin: bool = False) -> User:
        user = await asyncio.to_thread(self.server.register, key, displayname=display, admin=admin)
        client = AsyncClient(
            self.server.url,
            user.user_id,
            config=AsyncClientConfig(request_timeout=30, max_limit_exceeded=0, max_timeouts=3),
        )
        client.restore_login(user.user_id, user.device_id, user.access_token)
        self.clients[key], self.users[key], self.display[user.user_id] = client, user, display
        return user

    async def close(self) -> None:
        for client in self.clients.values():
            await client.close()


async def _send(client: AsyncClient, room: str, text: str, **extra: Any) -> str | None:
    """Send a text; None (and say why) when the homeserver refuses it, e.g. while muted."""
    response = await client.room_send(
        room, "m.room.message", {"msgtype": "m.text", "body": text, **extra}
    )
    event_id = getattr(response, "event_id", None)
    if not isinstance(event_id, str):
        code = getattr(response, "status_code", "")
        say(f"    ⛔ 服务器拒绝了这条消息（{code}：{getattr(response, 'message', response)}）")
        return None
    return event_id


async def _handled(
    store: Store, event_id: str, group_id: str = "class-3-2", timeout: float = 20.0
) -> None:
    """Wait until the app has processed an event (it marks each one in the store)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not store.processed.seen(("matrix", group_id, event_id)):
        if asyncio.get_running_loop().time() > deadline:
            say(f"    (等待超时 {event_id})")
            return
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.3)  # let the bot's replies land before the next line


def _write_config(
    folder: Path, server: Synapse, bot: User, room: str, staff: str, scene: Scene
) -> Path:
    ids = {k: u.user_id for k, u in scene.users.items()}
    roster = {
        "group": "class-3-2",
        "school": "青山区实验小学",
        "class": "三年级(2)班",
        "roster": {
            "teachers": [
                {"id": ids["zhou"], "name": "周敏", "subject": "语文", "role": "head_teacher"},
                {"id": ids["li"], "name": "李建国", "subject": "数学", "role": "teacher"},
            ],
            "supervisor": ids["he_mom"],
            "students": [
                {"name": "何雨彤", "guardians": [{"id": ids["he_mom"], "relation": "妈妈"}]},
                {"name": "郭思远", "guardians": [{"id": ids["guo_mom"], "relation": "妈妈"}]},
                {"name": "张子涵", "guardians": [{"id": ids["zhang_dad"], "relation": "爸爸"}]},
                {"name": "李明轩", "guardians": [{"id": ids["li_mom"], "relation": "妈妈"}]},
            ],
        },
    }
    (folder / "roster.json").write_text(json.dumps(roster, ensure_ascii=False, indent=1))
    config = {
        "school": "青山区实验小学",
        "bridges": {
            "matrix": {
                "homeserver": server.url,
                "user_id": bot.user_id,
                "access_token": {"$env": "CLASSMOD_DEMO_MATRIX_TOKEN"},
            }
        },
        "management": {"platform": "matrix", "room": staff},
        "store": {"path": str(folder / "classmod.sqlite")},
        "groups": {
            "class-3-2": {
                "platform": "matrix",
                "platform_id": room,
                "class": "三年级(2)班",
                "grade": 3,
                "roster": "roster.json",
            }
        },
    }
    path = folder / "school.yaml"
    path.write_text(json.dumps(config, ensure_ascii=False, indent=1))  # JSON is YAML
    return path


async def run_demo(folder: Path) -> int:
    say("▶ 启动本地测试 Synapse（127.0.0.1，SQLite）…")
    server = Synapse(folder / "synapse")
    await asyncio.to_thread(server.start)
    scene = Scene(server)
    try:
        return await _play(folder, server, scene)
    finally:
        await scene.close()
        await asyncio.to_thread(server.stop)
        say("■ 已停止机器人和 Synapse。")


async def _play(folder: Path, server: Synapse, scene: Scene) -> int:
    bot = await scene.person("classmod", "班级助手", admin=True)
    await asyncio.to_thread(server.override_ratelimit, bot)
    await scene.person("zhou", "语文周敏")
    await scene.person("li", "数学李建国")
    await scene.person("he_mom", "何雨彤妈妈")
    await scene.person("guo_mom", "郭思远妈妈")
    await scene.person("zhang_dad", "张子涵爸爸")
    await scene.person("li_mom", "李明轩妈妈")
    await scene.person("stranger", "优惠多多")
    u, c = scene.users, scene.clients
    say(
        f"▶ 已注册：班主任 语文周敏、数学李建国、4 位家长、陌生人「优惠多多」；机器人 {bot.user_id}"
    )

    parents = ["he_mom", "guo_mom", "zhang_dad", "li_mom"]
    created = await c["zhou"].room_create(
        name="三年级(2)班家校群",
        preset=RoomPreset.private_chat,
        invite=[bot.user_id, u["li"].user_id, *(u[p].user_id for p in parents)],
        power_level_override={"users": {bot.user_id: 100, u["li"].user_id: 50}},
    )
    staff_room = await c["zhou"].room_create(
        name="班级管理群",
        preset=RoomPreset.private_chat,
        invite=[bot.user_id, u["li"].user_id],
        power_level_override={"users": {bot.user_id: 100}},
    )
    if not isinstance(created, RoomCreateResponse) or not isinstance(
        staff_room, RoomCreateResponse
    ):
        raise RuntimeError(f"room creation failed: {created} {staff_room}")
    room, staff = created.room_id, staff_room.room_id
    for key in ["li", *parents]:
        await c[key].join(room)
    await c["li"].join(staff)
    say("▶ 班主任建了「三年级(2)班家校群」（房间版本 12，班主任是创建者）和「班级管理群」")

    os.environ["CLASSMOD_DEMO_MATRIX_TOKEN"] = bot.access_token
    config_path = _write_config(folder, server, bot, room, staff, scene)
    say(f"▶ 学校配置和花名册已写入 {config_path.parent}")
    config = load_config(config_path)
    store = Store(config.store.path)
    await store.open()
    clock = DemoClock(datetime(2026, 9, 7, 8, 0, tzinfo=SHANGHAI))
    assert config.bridges.matrix is not None and config.management is not None
    bridge = NarratedBridge.from_config(
        config.bridges.matrix,
        groups=[gc.group for gc in config.groups.values()],
        cursors=store.cursors,
        management_room=config.management.room,
        clock=clock,
    )
    assert isinstance(bridge, NarratedBridge)
    bridge.narrator_rooms = {room: "班级群", staff: "管理群", "class-3-2": "班级群"}
    bridge.sync_timeout_ms = 10_000
    narrator = Narrator(scene.display)
    app = App(config, [bridge], store, clock=clock, observer=narrator, timer_tick=0.2)
    app_task = asyncio.create_task(app.run())
    try:
        await asyncio.wait_for(bridge.synced.wait(), 30)
        say("▶ 机器人已上线（2026-09-07 周一 08:00）\n")
        await _story(scene, store, clock, room, staff)
    finally:
        app_task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await app_task
        await bridge.aclose()
        async with store.db.execute(
            "SELECT category, COUNT(*) FROM audit WHERE kind = 'action' GROUP BY category"
        ) as cursor:
            counts = {row[0]: row[1] for row in await cursor.fetchall()}
        await store.close()
    say(
        "\n▶ 本次共执行："
        + "，".join(f"{_KIND_ZH.get(k, k)} {n} 次" for k, n in sorted(counts.items()))
    )
    return 0


async def _story(scene: Scene, store: Store, clock: DemoClock, room: str, staff: str) -> None:
    c, u = scene.clients, scene.users

    async def line(who: str, text: str, **extra: Any) -> str | None:
        say(f"【{scene.display[u[who].user_id]}】{text}")
        event_id = await _send(c[who], room, text, **extra)
        if event_id is not None:
            await _handled(store, event_id)
        return event_id

    def mention(who: str) -> dict[str, Any]:
        return {"m.mentions": {"user_ids": [u[who].user_id]}}

    say("── 1. 班主任发通知，家长回复“收到” ──")
    notice = await line("zhou", "各位家长：本周五下午3点开家长会，请准时参加。收到请回复。")
    assert notice is not None
    reply = {"m.relates_to": {"m.in_reply_to": {"event_id": notice}}}
    await line("he_mom", "收到", **reply)
    await line("guo_mom", "收到，谢谢老师", **reply)
    say("【张子涵爸爸】（点了个 👍）")
    await c["zhang_dad"].room_send(
        room,
        "m.reaction",
        {"m.relates_to": {"rel_type": "m.annotation", "event_id": notice, "key": "👍"}},
    )
    await asyncio.sleep(0.5)

    say("\n── 2. 广告，以及换着花样的广告 ──")
    await line("guo_mom", "家长们好，暑期托管班招生，加V信 tuoguan888 了解详情")
    await line("guo_mom", "优惠名额有限，ｖｘ：tuoguan888，先到先得")

    say("\n── 3. 家长拉了一个陌生人进群 ──")
    say("【郭思远妈妈】（邀请「优惠多多」入群）")
    await c["guo_mom"].room_invite(room, u["stranger"].user_id)
    await asyncio.sleep(1.0)
    say("【优惠多多】（接受邀请，进群）")
    await c["stranger"].join(room)
    await asyncio.sleep(1.5)
    await line("stranger", "各位家长好，少儿编程免费试听，扫码领取")

    say("\n── 4. 刷屏 ──")
    for _ in range(4):
        await line("zhang_dad", "老师在吗？？？")

    say("\n── 5. 骂人 ──")
    await line("li_mom", "你是不是有病啊，蠢货，天天在群里发这些")

    say("\n── 6. 深夜发消息（21:40）──")
    clock.jump_to(datetime(2026, 9, 7, 21, 40, tzinfo=SHANGHAI))
    await line("he_mom", "老师，明天孩子需要带什么材料吗？")

    say("\n── 7. 第二天，老师发考试排名（09:10）──")
    clock.jump_to(datetime(2026, 9, 8, 9, 10, tzinfo=SHANGHAI))
    await line("li", "本次数学单元测验排名：第一名何雨彤98分，第二名郭思远95分，第三名张子涵90分")

    say("\n── 8. 家长想用 /ban ──")
    await line("zhang_dad", f"/ban {u['li_mom'].user_id}", **mention("li_mom"))

    say("\n── 9. 通知跟进：谁还没确认？──")
    await line("zhou", "/acks")

    say("\n── 10. 管理群里班主任查看记录 ──")
    say("【语文周敏 @管理群】/audit class-3-2")
    event_id = await _send(c["zhou"], staff, "/audit class-3-2")
    if event_id is not None:
        await _handled(store, event_id, MANAGEMENT_GROUP)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="classmod demo", description=__doc__.split("\n")[0])
    parser.add_argument("--keep", metavar="DIR", help="keep homeserver data and audit log here")
    parser.add_argument("--verbose", action="store_true", help="show the bot's structured logs")
    args = parser.parse_args(list(argv or []))
    configure_logging(json=False, level=logging.INFO if args.verbose else logging.ERROR)
    if find_synapse_python() is None:
        say("▶ 首次运行：正在把 Synapse 安装到 .synapse-venv（约半分钟）…")
        install_synapse()
    if args.keep:
        folder = Path(args.keep).resolve()
        folder.mkdir(parents=True, exist_ok=True)
        return asyncio.run(run_demo(folder))
    with tempfile.TemporaryDirectory(prefix="classmod-demo-") as tmp:
        return asyncio.run(run_demo(Path(tmp)))


if __name__ == "__main__":
    raise SystemExit(main())
