"""End-to-end: the real classmod app (config, store, engine, rules) on a real Synapse.

The app's clock is pinned to a school-day morning (and moved on to test timers) so the
tests do not depend on the hour they run at; the bridge shifts server times onto it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from classmod.bridges.matrix.bot import MatrixBridge
from nio import (
    AsyncClient,
    RoomGetEventResponse,
    RoomGetStateEventResponse,
    RoomMessagesResponse,
    RoomSendError,
    RoomSendResponse,
)

from classmod.app import App
from classmod.config import load_config
from classmod.dev.devserver import Synapse, User
from classmod.store import Store

from .support import TIMEOUT, ClassRoom, make_class_room, say, wait_until

pytestmark = pytest.mark.synapse

SHANGHAI = ZoneInfo("Asia/Shanghai")


class SchoolClock:
    """Real time flowing from a fixed school-day start; ``advance`` jumps ahead."""

    def __init__(self, start: datetime) -> None:
        self.offset = start - datetime.now(UTC)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, delta: timedelta) -> None:
        self.offset += delta


@dataclass
class School:
    synapse: Synapse
    bot: User
    head: User  # 周老师, head teacher, created the class room (room v12 creator)
    teacher: User  # 李老师, subject teacher
    mom: User  # 何雨彤妈妈
    dad: User  # 张子涵爸爸
    room: ClassRoom
    staff: ClassRoom
    config_path: Path
    clock: SchoolClock

    async def notices(self, client: AsyncClient, room_id: str) -> list[str]:
        response = await client.room_messages(room_id, start="", limit=100)
        assert isinstance(response, RoomMessagesResponse), response
        return [
            e.source["content"].get("body", "")
            for e in response.chunk
            if e.source.get("sender") == self.bot.user_id
            and e.source["content"].get("msgtype") == "m.notice"
        ]

    async def wait_notice(self, client: AsyncClient, room_id: str, *needles: str) -> str:
        found: list[str] = []

        async def seen() -> bool:
            for body in await self.notices(client, room_id):
                if all(n in body for n in needles):
                    found.append(body)
                    return True
            return False

        await wait_until(seen, TIMEOUT)
        return found[0]


def write_config(
    path: Path, synapse: Synapse, bot: User, room: str, staff: str, roster: dict[str, Any]
) -> Path:
    (path / "roster.yaml").write_text(json.dumps(roster, ensure_ascii=False))
    config = {
        "school": "测试实验小学",
        "bridges": {
            "matrix": {
                "homeserver": synapse.url,
                "user_id": bot.user_id,
                "access_token": {"$env": "CLASSMOD_TEST_MATRIX_TOKEN"},
            }
        },
        "management": {"platform": "matrix", "room": staff},
        "store": {"path": str(path / "classmod.sqlite")},
        "groups": {
            "g1": {
                "platform": "matrix",
                "platform_id": room,
                "class": "三年级(2)班",
                "grade": 3,
                "roster": "roster.yaml",
            }
        },
    }
    (path / "school.yaml").write_text(json.dumps(config, ensure_ascii=False))
    return path / "school.yaml"


@pytest.fixture
async def school(synapse, bot_user, make_user, make_client, tmp_path, monkeypatch) -> School:
    head = make_user("zhou", displayname="周敏")
    teacher = make_user("li", displayname="李建国")
    mom = make_user("hemom", displayname="何雨彤妈妈")
    dad = make_user("zhangdad", displayname="张子涵爸爸")
    room = await make_class_room(make_client, head, bot_user, [teacher, mom, dad])
    staff = await make_class_room(make_client, head, bot_user, [teacher], group_id="staff")
    roster = {
        "group": "g1",
        "school": "测试实验小学",
        "class": "三年级(2)班",
        "roster": {
            "teachers": [
                {"id": head.user_id, "name": "周敏", "subject": "语文", "role": "head_teacher"},
                {"id": teacher.user_id, "name": "李建国", "subject": "数学", "role": "teacher"},
            ],
            "students": [
                {"name": "何雨彤", "guardians": [{"id": mom.user_id, "relation": "妈妈"}]},
                {"name": "张子涵", "guardians": [{"id": dad.user_id, "relation": "爸爸"}]},
            ],
        },
    }
    monkeypatch.setenv("CLASSMOD_TEST_MATRIX_TOKEN", bot_user.access_token)
    path = write_config(tmp_path, synapse, bot_user, room.room_id, staff.room_id, roster)
    clock = SchoolClock(datetime(2026, 9, 7, 9, 0, tzinfo=SHANGHAI))
    return School(synapse, bot_user, head, teacher, mom, dad, room, staff, path, clock)


@contextlib.asynccontextmanager
async def running_app(school: School) -> AsyncIterator[App]:
    """The app as ``classmod run`` would start it, until the block ends."""
    config = load_config(school.config_path)
    store = Store(config.store.path)
    await store.open()
    assert config.bridges.matrix is not None and config.management is not None
    bridge = MatrixBridge.from_config(
        config.bridges.matrix,
        groups=[gc.group for gc in config.groups.values()],
        cursors=store.cursors,
        management_room=config.management.room,
        clock=school.clock,
    )
    bridge.sync_timeout_ms = 5_000
    app = App(config, [bridge], store, clock=school.clock, timer_tick=0.1)
    task = asyncio.create_task(app.run())
    try:
        await asyncio.wait_for(bridge.synced.wait(), TIMEOUT)
        yield app
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await bridge.aclose()
        await store.close()


async def test_ad_is_redacted_and_seen_redacted_by_the_teacher(school: School) -> None:
    async with running_app(school):
        mom = school.room.client(school.mom)
        ad = await say(mom, school.room.room_id, "团购水果 加V信 abc123 包邮")
        head = school.room.client(school.head)

        async def redacted() -> bool:
            seen = await head.room_get_event(school.room.room_id, ad)
            return isinstance(seen, RoomGetEventResponse) and seen.event.source["content"] == {}

        await wait_until(redacted)
        text = await school.wait_notice(head, school.room.room_id, "何雨彤妈妈")
    assert "广告" in text or "R06" in text or "推销" in text


async def test_mute_by_command_lifts_on_time_across_a_bot_restart(school: School) -> None:
    room_id = school.room.room_id
    head, mom = school.room.client(school.head), school.room.client(school.mom)
    async with running_app(school):
        await say(
            head,
            room_id,
            f"/mute {school.mom.user_id} 10m",
            **{"m.mentions": {"user_ids": [school.mom.user_id]}},
        )

        async def can_post() -> bool:
            # read from the room's power levels: probing by posting would make the probes a
            # flood of their own, which the app would rightly judge (and mute again)
            levels = await head.room_get_state_event(room_id, "m.room.power_levels")
            assert isinstance(levels, RoomGetStateEventResponse), levels
            content = levels.content
            need = content.get("events", {}).get("m.room.message", content.get("events_default", 0))
            return int(content.get("users", {}).get(school.mom.user_id, 0)) >= int(need)

        async def muted() -> bool:
            return not await can_post()

        await wait_until(muted)
        reply = await mom.room_send(
            room_id, "m.room.message", {"msgtype": "m.text", "body": "试试"}
        )
        assert isinstance(reply, RoomSendError) and reply.status_code == "M_FORBIDDEN"
    # the bot is down when the mute expires; the restarted app re-arms the timer and lifts it
    school.clock.advance(timedelta(minutes=11))
    async with running_app(school):
        await wait_until(can_post)
        reply = await mom.room_send(
            room_id, "m.room.message", {"msgtype": "m.text", "body": "谢谢老师"}
        )
        assert isinstance(reply, RoomSendResponse), reply


async def test_parent_ban_command_is_refused_politely(school: School) -> None:
    room_id = school.room.room_id
    dad = school.room.client(school.dad)
    async with running_app(school):
        await say(
            dad,
            room_id,
            f"/ban {school.mom.user_id}",
            **{"m.mentions": {"user_ids": [school.mom.user_id]}},
        )
        text = await school.wait_notice(school.room.client(school.head), room_id, "抱歉", "/ban")
    assert "班主任" in text
    still_here = await school.room.client(school.mom).room_send(
        room_id, "m.room.message", {"msgtype": "m.text", "body": "我还在"}
    )
    assert isinstance(still_here, RoomSendResponse)


async def test_message_sent_while_bot_is_down_is_handled_once_after_restart(school: School) -> None:
    room_id = school.room.room_id
    head, mom = school.room.client(school.head), school.room.client(school.mom)
    async with running_app(school):
        await say(head, room_id, "各位家长早上好")
    ads = [await say(mom, room_id, f"招生补习班 加V信 class{i} 名额有限") for i in range(3)]
    async with running_app(school) as app:

        async def all_redacted() -> bool:
            for ad in ads:
                seen = await head.room_get_event(room_id, ad)
                if not (
                    isinstance(seen, RoomGetEventResponse) and seen.event.source["content"] == {}
                ):
                    return False
            return True

        await wait_until(all_redacted)
        await asyncio.sleep(0.5)
        query = "SELECT event_id, summary FROM audit WHERE kind = 'action' AND category = 'delete'"
        async with app.store.db.execute(query) as cursor:
            deletes = [tuple(row) for row in await cursor.fetchall()]
    # each ad judged and redacted exactly once (the gap fill neither misses nor repeats)
    assert sorted(deletes) == sorted((ad, "ok") for ad in ads)


async def test_creator_teacher_cannot_be_muted_and_staff_are_told(school: School) -> None:
    async with running_app(school):
        staff_head = school.staff.client(school.head)
        # the head teacher created the class room (room v12): the bot cannot touch them
        await say(
            staff_head,
            school.staff.room_id,
            f"/mute g1 {school.head.user_id} 10m",
            **{"m.mentions": {"user_ids": [school.head.user_id]}},
        )
        text = await school.wait_notice(staff_head, school.staff.room_id, "未能禁言")
        notices = await school.notices(staff_head, school.staff.room_id)
    # in words, and never "已禁言" for the mute that did not happen
    assert "他是群主，无法禁言" in text
    assert not any("已禁言" in body for body in notices)


async def test_stranger_invited_by_a_parent_then_joining_alerts_staff_once(
    school: School, make_user, make_client
) -> None:
    stranger = make_user("tuoguan", displayname="托管班王老师")
    stranger_client = await make_client(stranger)
    staff_head = school.staff.client(school.head)
    async with running_app(school) as app:
        invited = await school.room.client(school.mom).room_invite(
            school.room.room_id, stranger.user_id
        )
        assert not hasattr(invited, "status_code"), invited
        await school.wait_notice(staff_head, school.staff.room_id, stranger.user_id)
        joined = await stranger_client.join(school.room.room_id)
        assert joined.room_id == school.room.room_id, joined

        async def join_seen() -> bool:
            # R01 asks a stranger to verify privately (it strikes nobody), so the join shows
            # in the app's state rather than in the class room
            return app.engine.named_member("g1", stranger.user_id).display_name == "托管班王老师"

        await wait_until(join_seen)
        await asyncio.sleep(1.0)  # any second round of alerts has arrived by now
        alerts = [
            body
            for body in await school.notices(staff_head, school.staff.room_id)
            if body.startswith("【需处理】") and "托管班王老师" in body  # named, not by id
        ]
    # one event, one alert: R01 (not in the roster), naming R03 too (a parent invited them)
    assert len(alerts) == 1, alerts
    assert "另涉及：" in alerts[0], alerts


async def test_audit_shows_times_in_the_schools_timezone(school: School) -> None:
    room_id = school.room.room_id
    head = school.room.client(school.head)
    async with running_app(school):
        await say(school.room.client(school.mom), room_id, "团购水果 加V信 abc123 包邮")
        await school.wait_notice(head, room_id, "何雨彤妈妈")
        staff_head = school.staff.client(school.head)
        await say(staff_head, school.staff.room_id, "/audit")
        text = await school.wait_notice(staff_head, school.staff.room_id, "最近处理记录")
    # the app's clock reads 09:00 in Shanghai (01:00 UTC) when the ad is handled
    rows = text.splitlines()[1:]
    assert rows and all(row.startswith("2026-09-07 09:0") for row in rows), text


async def stranger_in_class(school: School, make_user, make_client) -> tuple[User, AsyncClient]:
    """A stranger the head teacher let in speaks in the class room (R01 alerts staff)."""
    stranger = make_user("youhui", displayname="优惠多多")
    client = await make_client(stranger)
    invited = await school.room.client(school.head).room_invite(
        school.room.room_id, stranger.user_id
    )
    assert not hasattr(invited, "status_code"), invited
    joined = await client.join(school.room.room_id)
    assert joined.room_id == school.room.room_id, joined
    await say(client, school.room.room_id, "各位家长好，我是新来的")
    return stranger, client


async def alert_event(school: School, name: str) -> tuple[str, str]:
    """The event id and text of the bot's first 【需处理】 alert naming ``name``."""
    staff_head = school.staff.client(school.head)
    found: list[tuple[str, str]] = []

    async def posted() -> bool:
        response = await staff_head.room_messages(school.staff.room_id, start="", limit=100)
        assert isinstance(response, RoomMessagesResponse), response
        found[:] = [
            (e.event_id, e.source["content"].get("body", ""))
            for e in response.chunk
            if e.source.get("sender") == school.bot.user_id
            and e.source["content"].get("body", "").startswith("【需处理】")
            and name in e.source["content"].get("body", "")
        ]
        return bool(found)

    await wait_until(posted)
    return found[-1]  # the chunk is newest first: the first alert


async def answer(school: School, event_id: str, text: str) -> None:
    await say(
        school.staff.client(school.head),
        school.staff.room_id,
        text,
        **{"m.relates_to": {"m.in_reply_to": {"event_id": event_id}}},
    )


async def test_a_one_word_answer_to_an_alert_removes_the_stranger(
    school: School, make_user, make_client
) -> None:
    async with running_app(school):
        stranger, _ = await stranger_in_class(school, make_user, make_client)
        event_id, text = await alert_event(school, "优惠多多")
        # the alert is about the join (R01 judges the member, not a message): nothing to delete
        assert (
            text.startswith("【需处理】三年级(2)班 09-07 09:0")
            and f"优惠多多（未登记成员，{stranger.user_id}）" in text
        )
        assert text.endswith("回复本条处理：警告 / 禁言 10分钟 / 移出 / 拉黑 / 忽略 / 误判")
        await answer(school, event_id, "移出")
        staff_head = school.staff.client(school.head)
        await school.wait_notice(staff_head, school.staff.room_id, "已将 优惠多多 移出 三年级(2)班")
        member = await school.room.client(school.head).room_get_state_event(
            school.room.room_id, "m.room.member", stranger.user_id
        )
        assert isinstance(member, RoomGetStateEventResponse), member
        assert member.content["membership"] == "leave"


async def test_a_refused_answer_says_why_and_the_member_stays(
    school: School, make_user, make_client
) -> None:
    head = school.room.client(school.head)
    async with running_app(school):
        stranger, client = await stranger_in_class(school, make_user, make_client)
        # the head teacher made the stranger a room admin, as powerful as the bot
        levels = await head.room_get_state_event(school.room.room_id, "m.room.power_levels")
        assert isinstance(levels, RoomGetStateEventResponse), levels
        content = dict(levels.content)
        content["users"] = {**content["users"], stranger.user_id: 100}
        put = await head.room_put_state(school.room.room_id, "m.room.power_levels", content)
        assert not hasattr(put, "status_code"), put
        event_id, _ = await alert_event(school, "优惠多多")
        await answer(school, event_id, "禁言 10分钟")
        staff_head = school.staff.client(school.head)
        text = await school.wait_notice(staff_head, school.staff.room_id, "未能禁言 优惠多多")
        notices = await school.notices(staff_head, school.staff.room_id)
    assert "机器人" in text or "管理员" in text, text
    assert not any(body.startswith("已禁言") for body in notices)
    still = await client.room_send(
        school.room.room_id, "m.room.message", {"msgtype": "m.text", "body": "我还能说话"}
    )
    assert isinstance(still, RoomSendResponse), still


async def test_audit_is_refused_in_the_class_room(school: School) -> None:
    room_id = school.room.room_id
    head = school.room.client(school.head)
    async with running_app(school):
        await say(school.room.client(school.mom), room_id, "团购水果 加V信 abc123 包邮")
        await school.wait_notice(head, room_id, "何雨彤妈妈")
        await say(head, room_id, "/audit")
        text = await school.wait_notice(head, room_id, "只能在管理群中查看")
        notices = await school.notices(head, room_id)
    assert "隐私" in text
    assert not any("最近处理记录" in body for body in notices)


async def bot_post(school: School, room_id: str, prefix: str) -> tuple[str, str]:
    """The event id and text of the bot's latest post in ``room_id`` starting with ``prefix``."""
    client = school.staff.client(school.head)
    found: list[tuple[str, str]] = []

    async def posted() -> bool:
        response = await client.room_messages(room_id, start="", limit=100)
        assert isinstance(response, RoomMessagesResponse), response
        found[:] = [
            (e.event_id, e.source["content"].get("body", ""))
            for e in response.chunk
            if e.source.get("sender") == school.bot.user_id
            and e.source["content"].get("body", "").startswith(prefix)
        ]
        return bool(found)

    await wait_until(posted)
    return found[0]  # the chunk is newest first


async def test_这是广告_from_the_head_teacher_withdraws_warns_keeps_the_label_and_teaches_a_term(
    school: School,
) -> None:
    room_id = school.room.room_id
    head, mom, dad = (school.room.client(u) for u in (school.head, school.mom, school.dad))
    passed = "家人们，我这有课外辅导名额，想报的私我"  # the rules let it pass
    async with running_app(school) as app:
        ad = await say(mom, room_id, passed)
        await wait_until(lambda: _judged(app, ad))  # judged and let pass
        assert await school.notices(head, room_id) == []  # nothing was done about it
        await say(
            head, room_id, "这是广告", **{"m.relates_to": {"m.in_reply_to": {"event_id": ad}}}
        )

        async def redacted(event_id: str) -> bool:
            seen = await head.room_get_event(room_id, event_id)
            return isinstance(seen, RoomGetEventResponse) and seen.event.source["content"] == {}

        await wait_until(lambda: redacted(ad))
        said = await school.wait_notice(head, room_id, "记为「广告」样例")
        assert said == (
            "已将 何雨彤妈妈 的这条消息记为「广告」样例，并已按群规处理（本群）：撤回消息、警告"
            "（累计警告 1 次）。"
        )
        notices = await school.notices(head, room_id)
        warnings = [n for n in notices if n != said and "何雨彤妈妈" in n]
        assert warnings and all("@@" not in n and school.mom.user_id not in n for n in warnings)
        # the proposal in the management room, confirmed by a reply
        post, proposal = await bot_post(school, school.staff.room_id, "【建议】")
        assert proposal.startswith(
            "【建议】根据“这是广告”，以后 三年级(2)班 含「我这有课外辅导名额」的消息"
            "按「广告」处理。"
        )
        await answer(school, post, "确认")
        staff_head = school.staff.client(school.head)
        await school.wait_notice(staff_head, school.staff.room_id, "已采纳（编号 1）：三年级(2)班")
        # the same offer from another parent is now withdrawn by the rule itself
        again = await say(dad, room_id, "我这有课外辅导名额，有需要的联系我")
        await wait_until(lambda: redacted(again))
    conn = sqlite3.connect(Path(load_config(school.config_path).store.path))
    try:
        examples = conn.execute("SELECT message_id, text, expect, source FROM examples").fetchall()
        strikes = conn.execute("SELECT member_id, weight, event_id FROM strikes").fetchall()
        terms = conn.execute("SELECT term, kind, state, rule_id FROM terms").fetchall()
    finally:
        conn.close()
    assert examples == [(ad, passed, '["ad"]', "label")]
    assert (school.mom.user_id, 1, ad) in strikes
    assert terms == [("我这有课外辅导名额", "deny", "active", "R06")]


async def _judged(app: App, event_id: str) -> bool:
    return app.store.processed.seen(("matrix", "g1", event_id))
