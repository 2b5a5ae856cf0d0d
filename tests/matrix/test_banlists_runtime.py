"""Ban lists changed from the management room, against the real Synapse: /订阅 follows a
policy room written by another client (refused when the bot cannot join one), keeps
following it across a restart, /名单 says so; an appeal granted on a listed parent offers
解除拉黑, which empties the rule in the school's policy room and leaves her unbanned."""

# ruff: noqa: F811  (the ``school`` fixture of test_app, imported, is each test's argument)

from __future__ import annotations

import json

import pytest
from nio import (
    RoomCreateResponse,
    RoomGetStateEventResponse,
    RoomInviteResponse,
    RoomPreset,
    RoomPutStateResponse,
)

from classmod.dev.devserver import User

from .support import say, wait_until
from .test_app import School, answer, running_app, school  # noqa: F401
from .test_appeals import appeal_event
from .test_banlists import policy_room

pytestmark = pytest.mark.synapse


def with_banlists(school: School, school_list: str) -> None:
    config = json.loads(school.config_path.read_text())
    config["banlists"] = {
        "write": "school",
        "pause": "0s",
        "lists": {"school": {"room": school_list}},
    }
    school.config_path.write_text(json.dumps(config, ensure_ascii=False))


async def membership(school: School, user: User) -> str:
    reply = await school.room.client(school.head).room_get_state_event(
        school.room.room_id, "m.room.member", user.user_id
    )
    if not isinstance(reply, RoomGetStateEventResponse):
        return ""
    return str(reply.content.get("membership"))


async def join_class(school: School, make_client, user: User) -> None:  # type: ignore[no-untyped-def]
    invited = await school.room.client(school.head).room_invite(school.room.room_id, user.user_id)
    assert isinstance(invited, RoomInviteResponse), invited
    client = await make_client(user)
    joined = await client.join(school.room.room_id)
    assert getattr(joined, "room_id", None) == school.room.room_id, joined


async def test_a_list_subscribed_in_the_management_room_is_followed_across_a_restart(
    school: School, bot_user: User, make_user, make_client
) -> None:
    moderator = make_user("district", displayname="区教育局")
    spammers = [make_user(f"spam{i}", displayname=f"招生顾问{i}") for i in (1, 2, 3)]
    for spammer in spammers:
        await join_class(school, make_client, spammer)
    head = school.room.client(school.head)
    with_banlists(school, await policy_room(head, bot_user))
    district_client = await make_client(moderator)
    district_list = await policy_room(district_client, bot_user)
    closed = await district_client.room_create(name="未邀请机器人", preset=RoomPreset.private_chat)
    assert isinstance(closed, RoomCreateResponse), closed

    async def listed(user: User, reason: str) -> None:
        put = await district_client.room_put_state(
            district_list,
            "m.policy.rule.user",
            {"entity": user.user_id, "recommendation": "m.ban", "reason": reason},
            state_key=f"rule:{user.user_id}",
        )
        assert isinstance(put, RoomPutStateResponse), put

    await listed(spammers[0], "冒充老师收费")
    staff_head = school.staff.client(school.head)
    staff = school.staff.room_id
    async with running_app(school) as app:
        # a room the bot cannot join: refused, and nothing followed
        await say(staff_head, staff, f"/订阅 {closed.room_id}")
        refused = await school.wait_notice(staff_head, staff, "未能订阅")
        assert "没有订阅" in refused and "已订阅" not in refused
        assert closed.room_id not in app.banlists.lists()

        await say(staff_head, staff, f"/订阅 {district_list}")
        done = await school.wait_notice(staff_head, staff, f"已订阅名单 {district_list}")
        assert "（执行，全部群），名单上现有 1 条规则" in done

        async def banned(user: User) -> bool:
            return await membership(school, user) == "ban"

        await wait_until(lambda: banned(spammers[0]))
        # a rule the moderator adds now reaches the bot through its sync
        await listed(spammers[1], "群发广告")
        await wait_until(lambda: banned(spammers[1]))
        await say(staff_head, staff, "/名单")
        listing = await school.wait_notice(staff_head, staff, "正在订阅的名单")
        assert f"「{district_list}」（/订阅，执行，全部群，周敏老师" in listing
        assert "冒充老师收费" in listing and "群发广告" in listing

    # a new process: the subscription came back from the store and is followed
    async with running_app(school) as app:
        assert district_list in app.banlists.lists()
        await listed(spammers[2], "发色情图片")
        await wait_until(lambda: banned(spammers[2]))
    assert await membership(school, school.mom) == "join"  # nobody else touched


async def test_an_appeal_granted_on_a_listed_parent_offers_and_takes_her_off_the_list(
    school: School, bot_user: User
) -> None:
    head = school.room.client(school.head)
    school_list = await policy_room(head, bot_user)
    with_banlists(school, school_list)
    mom = school.room.client(school.mom)
    staff_head = school.staff.client(school.head)
    staff = school.staff.room_id

    async def rule_content() -> dict[str, object]:
        reply = await head.room_get_state_event(
            school_list, "m.policy.rule.user", f"rule:{school.mom.user_id}"
        )
        return dict(reply.content) if isinstance(reply, RoomGetStateEventResponse) else {}

    async with running_app(school):
        # a teacher lists the wrong parent
        await say(staff_head, staff, f"/全校拉黑 {school.mom.user_id} 冒充老师收费")
        await school.wait_notice(staff_head, staff, "已记入全校黑名单「school」")

        async def banned() -> bool:
            return await membership(school, school.mom) == "ban"

        await wait_until(banned)
        assert (await rule_content())["reason"] == "冒充老师收费"
        # she appeals in a direct chat with the bot
        created = await mom.room_create(
            is_direct=True, preset=RoomPreset.trusted_private_chat, invite=[bot_user.user_id]
        )
        assert isinstance(created, RoomCreateResponse), created

        async def bot_joined() -> bool:
            members = await mom.joined_members(created.room_id)
            return bot_user.user_id in [m.user_id for m in getattr(members, "members", [])]

        await wait_until(bot_joined)
        await say(mom, created.room_id, "我要申诉，我是何雨彤妈妈，不是骗子")
        event_id, text = await appeal_event(school, "何雨彤妈妈")
        assert "规则：共享黑名单" in text
        await answer(school, event_id, "同意")
        granted = await school.wait_notice(staff_head, staff, "已同意 何雨彤妈妈 的申诉")
        assert "注意：何雨彤妈妈 在黑名单上（「school」规则 #1：冒充老师收费）" in granted
        assert "名单规则仍然有效" in granted and "回复该【申诉】提醒：解除拉黑" in granted

        async def unbanned() -> bool:
            return await membership(school, school.mom) == "leave"

        await wait_until(unbanned)
        assert await rule_content() != {}  # 同意 alone leaves the rule in the room
        # the one step: 解除拉黑 on the same alert empties the rule (the spec's removal)
        await answer(school, event_id, "解除拉黑")
        await school.wait_notice(staff_head, staff, "已将 何雨彤妈妈 移出全校黑名单（规则 #1）")

        async def emptied() -> bool:
            return await rule_content() == {}

        await wait_until(emptied)
        assert await membership(school, school.mom) == "leave"
