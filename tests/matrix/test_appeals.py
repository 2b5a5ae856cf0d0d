"""End-to-end on a real Synapse: an appeal made in the class room and granted, one made in
a direct chat with the bot and refused with a reason; the member hears both privately."""

# ruff: noqa: F811  (the ``school`` fixture of test_app, imported, is each test's argument)

from __future__ import annotations

import json
from datetime import timedelta

from classmod.bridges.matrix import convert
from nio import RoomCreateResponse, RoomMessagesResponse
from nio.api import RoomPreset

from .support import say, wait_until
from .test_app import School, answer, running_app, school  # noqa: F401

AD = "团购水果 加V信 abc123 包邮"


async def appeal_event(school: School, name: str) -> tuple[str, str]:
    """The event id and text of the newest 【申诉】 alert naming ``name``."""
    staff_head = school.staff.client(school.head)
    found: list[tuple[str, str]] = []

    async def posted() -> bool:
        response = await staff_head.room_messages(school.staff.room_id, start="", limit=100)
        assert isinstance(response, RoomMessagesResponse), response
        found[:] = [
            (e.event_id, e.source["content"].get("body", ""))
            for e in response.chunk
            if e.source.get("sender") == school.bot.user_id
            and e.source["content"].get("body", "").startswith("【申诉】")
            and name in e.source["content"].get("body", "")
        ]
        return bool(found)

    await wait_until(posted)
    return found[0]


async def test_an_appeal_in_the_class_room_is_granted_and_the_member_told(
    school: School,
) -> None:
    room_id = school.room.room_id
    mom = school.room.client(school.mom)
    async with running_app(school) as app:
        await say(mom, room_id, AD)
        await school.wait_notice(school.room.client(school.head), room_id, "何雨彤妈妈")
        assert app.engine.strikes("g1", school.mom.user_id, school.clock()) > 0
        await say(mom, room_id, "/申诉 这是学校食堂发的团购通知")
        await school.wait_notice(mom, room_id, "已收到您对三年级(2)班", "申诉")
        event_id, text = await appeal_event(school, "何雨彤妈妈")
        assert "何雨彤妈妈（家长）在群里对机器人的处理提出申诉" in text
        assert f"「{AD}」" in text and "撤回消息" in text
        assert "申诉理由：这是学校食堂发的团购通知" in text
        assert text.endswith("回复本条处理：同意 / 驳回 理由")
        await answer(school, event_id, "同意")
        staff_head = school.staff.client(school.head)
        reply = await school.wait_notice(staff_head, school.staff.room_id, "已同意 何雨彤妈妈")
        assert "清除这次的警告记录" in reply and "已撤回的消息无法恢复" in reply
        # the member is told in a direct chat the bot opens
        key = f"matrix:{school.bot.user_id}:dm:{school.mom.user_id}"
        dm_room = await app.store.cursors.get(key)
        assert dm_room
        joined = await mom.join(dm_room)  # the bot invited them to it
        assert getattr(joined, "room_id", None) == dm_room, joined
        told = await school.wait_notice(mom, dm_room, "老师复核后已同意")
        assert "清除这次的警告记录" in told
        assert app.engine.strikes("g1", school.mom.user_id, school.clock()) == 0


async def test_an_appeal_in_a_direct_chat_is_refused_with_the_reason(school: School) -> None:
    room_id = school.room.room_id
    dad = school.room.client(school.dad)
    async with running_app(school) as app:
        await say(dad, room_id, AD)
        await school.wait_notice(school.room.client(school.head), room_id, "张子涵爸爸")
        # the parent opens a direct chat with the bot, as a Matrix client does
        created = await dad.room_create(
            is_direct=True, preset=RoomPreset.trusted_private_chat, invite=[school.bot.user_id]
        )
        assert isinstance(created, RoomCreateResponse), created
        dm_room = created.room_id

        async def bot_joined() -> bool:
            members = await dad.joined_members(dm_room)
            return school.bot.user_id in [m.user_id for m in getattr(members, "members", [])]

        await wait_until(bot_joined)
        await say(dad, dm_room, "我要申诉，我发的不是广告")
        ack = await school.wait_notice(dad, dm_room, "已收到您对三年级(2)班")
        assert "已转交老师复核" in ack
        event_id, text = await appeal_event(school, "张子涵爸爸")
        assert "张子涵爸爸（家长）私信对机器人的处理提出申诉" in text
        assert "申诉理由：我发的不是广告" in text
        await answer(school, event_id, "驳回 群里不能发团购广告")
        staff_head = school.staff.client(school.head)
        await school.wait_notice(
            staff_head, school.staff.room_id, "已驳回 张子涵爸爸 的申诉", "群里不能发团购广告"
        )
        # the answer reaches the parent in the chat they opened
        told = await school.wait_notice(dad, dm_room, "未予支持：群里不能发团购广告")
        assert "联系班主任" in told
        assert app.engine.strikes("g1", school.dad.user_id, school.clock()) > 0


def test_only_a_direct_invite_names_an_inviter_and_only_texts_are_private_messages() -> None:
    me = "@bot:localhost"
    invite = {
        "type": "m.room.member",
        "state_key": me,
        "sender": "@dad:localhost",
        "content": {"membership": "invite", "is_direct": True},
    }
    assert convert.direct_inviter([invite], me) == "@dad:localhost"
    ordinary = {**invite, "content": {"membership": "invite"}}
    assert convert.direct_inviter([ordinary], me) == ""
    text = {
        "type": "m.room.message",
        "event_id": "$1",
        "sender": "@dad:localhost",
        "origin_server_ts": 1_790_000_000_000,
        "content": {"msgtype": "m.text", "body": "我要申诉"},
    }
    private = convert.to_private_message(text, room_id="!dm", me=me)
    assert private is not None and (private.room, private.text) == ("!dm", "我要申诉")
    assert convert.to_private_message({**text, "sender": me}, room_id="!dm", me=me) is None
    image = {**text, "content": {"msgtype": "m.image", "body": "a.png"}}
    assert convert.to_private_message(image, room_id="!dm", me=me) is None


async def test_the_daily_digest_reaches_the_management_room(school: School) -> None:
    config = json.loads(school.config_path.read_text())
    config["digest"] = {"every": "day", "at": "18:00", "to": "management"}
    school.config_path.write_text(json.dumps(config, ensure_ascii=False))
    room_id = school.room.room_id
    async with running_app(school):
        await say(school.room.client(school.mom), room_id, AD)
        await school.wait_notice(school.room.client(school.head), room_id, "何雨彤妈妈")
        school.clock.advance(timedelta(hours=9, minutes=30))  # past 18:00
        staff_head = school.staff.client(school.head)
        text = await school.wait_notice(staff_head, school.staff.room_id, "【每日汇总】")
    assert "三年级(2)班：" in text and "R06 广告 1" in text
    assert AD not in text
