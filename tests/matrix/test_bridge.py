"""Contract tests of the Matrix bridge against a real Synapse, with a tiny sink.

Each test builds its own class room (room version 12, created by the teacher, the bot at PL
100) and its own users; the homeserver is shared by the session.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from nio import (
    DirectRoomsResponse,
    RoomGetEventResponse,
    RoomGetStateEventResponse,
    RoomMessagesResponse,
    RoomSendError,
    RoomSendResponse,
)

from classmod.bridge import MANAGEMENT_GROUP, Acknowledgement
from classmod.dev.devserver import Synapse, User
from classmod.model import Action, ActionKind, MemberEvent, MemberEventKind, Message

from .support import MemoryCursors, Recorder, make_bridge, make_class_room, running, say, wait_until

pytestmark = pytest.mark.synapse


async def test_first_start_skips_backlog_then_delivers_messages(
    synapse: Synapse, bot_user: User, make_user, make_client
) -> None:
    teacher, parent = (
        make_user("teacher", displayname="周老师"),
        make_user("p", displayname="何雨彤妈妈"),
    )
    room = await make_class_room(make_client, teacher, bot_user, [parent])
    parent_client = room.client(parent)
    await say(parent_client, room.room_id, "机器人来之前的话")
    sink = Recorder()
    async with running(make_bridge(synapse, bot_user, [room.group], MemoryCursors()), sink):
        notice = await say(
            room.client(teacher),
            room.room_id,
            "请回复收到",
            **{"m.mentions": {"user_ids": [parent.user_id]}},
        )
        await say(
            parent_client,
            room.room_id,
            "> <@t> 请回复收到\n\n收到",
            **{"m.relates_to": {"m.in_reply_to": {"event_id": notice}}},
        )
        await sink.wait_for(lambda evs: len([e for e in evs if isinstance(e, Message)]) >= 2)
    first, reply = sink.messages()
    assert (first.text, first.sender_id, first.display_name) == (
        "请回复收到",
        teacher.user_id,
        "周老师",
    )
    assert first.mentions == (parent.user_id,)
    assert (reply.text, reply.reply_to, reply.display_name) == ("收到", notice, "何雨彤妈妈")
    assert all(m.group_id == "g1" for m in sink.messages())
    assert not sink.messages("机器人来之前")


async def test_bad_message_is_redacted_and_seen_redacted_by_another_client(
    synapse: Synapse, bot_user: User, make_user, make_client
) -> None:
    teacher, parent = make_user("teacher"), make_user("parent")
    room = await make_class_room(make_client, teacher, bot_user, [parent])
    outcomes = []
    bridge = make_bridge(synapse, bot_user, [room.group], MemoryCursors())

    async def react(event: object) -> None:
        if isinstance(event, Message) and "加V信" in event.text:
            action = Action(
                kind=ActionKind.DELETE,
                group_id="g1",
                message_id=event.id,
                rule_id="R06",
                reason="广告",
            )
            outcomes.append(await bridge.apply(action, room.group))

    sink = Recorder(react)
    async with running(bridge, sink):
        bad = await say(room.client(parent), room.room_id, "团购水果 加V信 abc123")
        await sink.wait_for(lambda evs: bool(outcomes))
    assert outcomes[0].ok, outcomes[0].detail
    seen = await room.client(teacher).room_get_event(room.room_id, bad)
    assert isinstance(seen, RoomGetEventResponse)
    assert seen.event.source["content"] == {}
    assert seen.event.source["unsigned"]["redacted_because"]["sender"] == bot_user.user_id


async def test_mute_refuses_send_and_unmute_restores_across_bridge_restart(
    synapse: Synapse, bot_user: User, make_user, make_client
) -> None:
    teacher, parent = make_user("teacher"), make_user("parent")
    room = await make_class_room(make_client, teacher, bot_user, [parent])
    cursors = MemoryCursors()
    mute = Action(
        kind=ActionKind.MUTE,
        group_id="g1",
        member_id=parent.user_id,
        duration=timedelta(minutes=10),
    )
    unmute = Action(kind=ActionKind.UNMUTE, group_id="g1", member_id=parent.user_id)
    async with running(make_bridge(synapse, bot_user, [room.group], cursors), Recorder()) as bridge:
        outcome = await bridge.apply(mute, room.group)
        assert outcome.ok, outcome.detail
    refused = await room.client(parent).room_send(
        room.room_id, "m.room.message", {"msgtype": "m.text", "body": "我被禁言了吗"}
    )
    assert isinstance(refused, RoomSendError)
    assert refused.status_code == "M_FORBIDDEN"
    # a new bridge process (same cursor store) lifts the mute
    async with running(make_bridge(synapse, bot_user, [room.group], cursors), Recorder()) as bridge:
        outcome = await bridge.apply(unmute, room.group)
        assert outcome.ok, outcome.detail
    assert isinstance(
        await room.client(parent).room_send(
            room.room_id, "m.room.message", {"msgtype": "m.text", "body": "可以说话了"}
        ),
        RoomSendResponse,
    )
    levels = await room.client(teacher).room_get_state_event(room.room_id, "m.room.power_levels")
    assert isinstance(levels, RoomGetStateEventResponse)
    assert parent.user_id not in levels.content["users"]


async def test_creator_of_v12_room_cannot_be_touched_and_bot_says_why(
    synapse: Synapse, bot_user: User, make_user, make_client
) -> None:
    teacher, parent = make_user("teacher"), make_user("parent")
    room = await make_class_room(make_client, teacher, bot_user, [parent])
    async with running(
        make_bridge(synapse, bot_user, [room.group], MemoryCursors()), Recorder()
    ) as bridge:
        for kind in (ActionKind.KICK, ActionKind.MUTE, ActionKind.BAN):
            outcome = await bridge.apply(
                Action(kind=kind, group_id="g1", member_id=teacher.user_id), room.group
            )
            assert not outcome.ok
            assert "创建者" in outcome.detail and "creator" in outcome.detail
        kicked = await bridge.apply(
            Action(kind=ActionKind.KICK, group_id="g1", member_id=parent.user_id, rule_id="R03"),
            room.group,
        )
        assert kicked.ok, kicked.detail


async def test_member_events_reactions_receipts_and_management_room(
    synapse: Synapse, bot_user: User, make_user, make_client
) -> None:
    teacher, parent = make_user("teacher"), make_user("parent", displayname="郭思远妈妈")
    newcomer = make_user("new", displayname="新家长")
    room = await make_class_room(make_client, teacher, bot_user, [parent])
    staff_room = await make_class_room(
        make_client, make_user("head"), bot_user, [], group_id="staff"
    )
    sink = Recorder()
    bridge = make_bridge(
        synapse, bot_user, [room.group], MemoryCursors(), management_room=staff_room.room_id
    )
    async with running(bridge, sink):
        teacher_client, parent_client = room.client(teacher), room.client(parent)
        notice = await say(teacher_client, room.room_id, "明天交作业")
        await parent_client.room_send(
            room.room_id,
            "m.reaction",
            {"m.relates_to": {"rel_type": "m.annotation", "event_id": notice, "key": "👍"}},
        )
        await parent_client.room_read_markers(
            room.room_id, fully_read_event=notice, read_event=notice
        )
        await parent_client.room_invite(room.room_id, newcomer.user_id)
        newcomer_client = await make_client(newcomer)
        await newcomer_client.join(room.room_id)
        await parent_client.set_displayname("郭思远妈妈-13800000000")
        await say(
            staff_room.client(staff_room.teacher), staff_room.room_id, "/mute g1 @x:localhost 10m"
        )
        await sink.wait_for(
            lambda evs: (
                any(
                    isinstance(e, MemberEvent) and e.kind is MemberEventKind.NAME_CHANGE
                    for e in evs
                )
                and any(isinstance(e, Message) and e.group_id == MANAGEMENT_GROUP for e in evs)
                and len([e for e in evs if isinstance(e, Acknowledgement)]) >= 2
            )
        )
    acks = sink.of_type(Acknowledgement)
    assert {(a.via, a.member_id, a.message_id) for a in acks} >= {
        ("reaction", parent.user_id, notice),
        ("receipt", parent.user_id, notice),
    }
    members = [(e.kind, e.member_id) for e in sink.of_type(MemberEvent)]
    assert (MemberEventKind.INVITE, newcomer.user_id) in members
    assert (MemberEventKind.JOIN, newcomer.user_id) in members
    join = next(e for e in sink.of_type(MemberEvent) if e.kind is MemberEventKind.JOIN)
    assert (join.invited_by, join.via, join.display_name) == (parent.user_id, "invite", "新家长")
    rename = next(e for e in sink.of_type(MemberEvent) if e.kind is MemberEventKind.NAME_CHANGE)
    assert (rename.previous_name, rename.display_name) == ("郭思远妈妈", "郭思远妈妈-13800000000")
    (command,) = [m for m in sink.messages() if m.group_id == MANAGEMENT_GROUP]
    assert command.text == "/mute g1 @x:localhost 10m"


async def test_events_sent_while_down_are_delivered_once_after_restart(
    synapse: Synapse, bot_user: User, make_user, make_client
) -> None:
    teacher, parent = make_user("teacher"), make_user("parent")
    room = await make_class_room(make_client, teacher, bot_user, [parent])
    cursors = MemoryCursors()
    first = Recorder()
    async with running(make_bridge(synapse, bot_user, [room.group], cursors), first):
        await say(room.client(parent), room.room_id, "在线 0")
        await first.wait_for(lambda evs: len(evs) >= 1)
    # 120 messages while the bot is down: more than one sync timeline (50), so a gap fill
    for i in range(120):
        await say(room.client(parent), room.room_id, f"离线 {i}")
    second = Recorder()
    async with running(make_bridge(synapse, bot_user, [room.group], cursors), second):
        await second.wait_for(lambda evs: len(evs) >= 120)
        await say(room.client(parent), room.room_id, "在线 1")
        await second.wait_for(lambda evs: len(evs) >= 121)
    texts = [m.text for m in second.messages()]
    assert texts == [f"离线 {i}" for i in range(120)] + ["在线 1"]


async def test_warn_replies_notify_dms_and_lock_silences_parents(
    synapse: Synapse, bot_user: User, make_user, make_client
) -> None:
    teacher, parent = make_user("teacher"), make_user("parent")
    room = await make_class_room(make_client, teacher, bot_user, [parent])
    cursors = MemoryCursors()
    async with running(make_bridge(synapse, bot_user, [room.group], cursors), Recorder()) as bridge:
        bad = await say(room.client(parent), room.room_id, "今晚打折")
        warn = await bridge.apply(
            Action(
                kind=ActionKind.WARN,
                group_id="g1",
                member_id=parent.user_id,
                message_id=bad,
                text="请勿发广告（R06）",
            ),
            room.group,
        )
        assert warn.ok, warn.detail
        dm = await bridge.apply(
            Action(
                kind=ActionKind.NOTIFY,
                group_id="g1",
                member_id=parent.user_id,
                text="您的消息已撤回：广告（R06）",
            ),
            room.group,
        )
        assert dm.ok, dm.detail
        again = await bridge.apply(
            Action(kind=ActionKind.NOTIFY, group_id="g1", member_id=parent.user_id, text="第二条"),
            room.group,
        )
        assert again.ok
        lock = await bridge.apply(Action(kind=ActionKind.LOCK, group_id="g1"), room.group)
        assert lock.ok, lock.detail
        locked = await room.client(parent).room_send(
            room.room_id, "m.room.message", {"msgtype": "m.text", "body": "锁了吗"}
        )
        assert isinstance(locked, RoomSendError) and locked.status_code == "M_FORBIDDEN"
        await say(room.client(teacher), room.room_id, "老师照常发言")
        unlock = await bridge.apply(Action(kind=ActionKind.UNLOCK, group_id="g1"), room.group)
        assert unlock.ok, unlock.detail
        await say(room.client(parent), room.room_id, "解锁了")
    warned = await room.client(teacher).room_get_event(room.room_id, warn.detail)
    assert isinstance(warned, RoomGetEventResponse)
    content = warned.event.source["content"]
    assert content["msgtype"] == "m.notice"
    assert content["m.relates_to"]["m.in_reply_to"]["event_id"] == bad
    assert content["m.mentions"]["user_ids"] == [parent.user_id]
    dm_room = cursors.values[f"matrix:{bot_user.user_id}:dm:{parent.user_id}"]
    parent_client = room.client(parent)
    await parent_client.join(dm_room)
    history = await parent_client.room_messages(dm_room, start="", limit=20)
    assert isinstance(history, RoomMessagesResponse)
    bodies = [
        e.source["content"].get("body")
        for e in history.chunk
        if e.source["type"] == "m.room.message"
    ]
    assert bodies == ["第二条", "您的消息已撤回：广告（R06）"]


async def test_dm_is_marked_direct_and_found_again_after_the_store_is_lost(
    synapse: Synapse, bot_user: User, make_user, make_client
) -> None:
    teacher, parent = make_user("teacher"), make_user("parent")
    room = await make_class_room(make_client, teacher, bot_user, [parent])
    bot_client = await make_client(bot_user)

    def notify(text: str) -> Action:
        return Action(kind=ActionKind.NOTIFY, group_id="g1", member_id=parent.user_id, text=text)

    first_store = MemoryCursors()
    async with running(
        make_bridge(synapse, bot_user, [room.group], first_store), Recorder()
    ) as bridge:
        sent = await bridge.apply(notify("第一条私信"), room.group)
        assert sent.ok, sent.detail
    dm_room = first_store.values[f"matrix:{bot_user.user_id}:dm:{parent.user_id}"]
    direct = await bot_client.list_direct_rooms()
    assert isinstance(direct, DirectRoomsResponse), direct
    assert direct.rooms[parent.user_id] == [dm_room]
    # a fresh store (a new machine, a lost database): the bot's m.direct still knows the DM
    fresh_store = MemoryCursors()
    async with running(
        make_bridge(synapse, bot_user, [room.group], fresh_store), Recorder()
    ) as bridge:
        again = await bridge.apply(notify("第二条私信"), room.group)
        assert again.ok, again.detail
    assert fresh_store.values[f"matrix:{bot_user.user_id}:dm:{parent.user_id}"] == dm_room
    direct = await bot_client.list_direct_rooms()
    assert isinstance(direct, DirectRoomsResponse), direct
    assert direct.rooms[parent.user_id] == [dm_room]
    parent_client = room.client(parent)
    await parent_client.join(dm_room)
    history = await parent_client.room_messages(dm_room, start="", limit=20)
    assert isinstance(history, RoomMessagesResponse)
    bodies = [
        e.source["content"].get("body")
        for e in history.chunk
        if e.source["type"] == "m.room.message"
    ]
    assert bodies == ["第二条私信", "第一条私信"]


async def test_homeserver_restart_mid_run_loses_nothing(tmp_path, make_client) -> None:
    from .conftest import synapse_or_skip

    server = Synapse(tmp_path / "hs", python=synapse_or_skip())
    server.start()
    try:
        bot = server.register("bot", admin=True)
        server.override_ratelimit(bot)
        teacher, parent = server.register("teacher"), server.register("parent")
        from nio import AsyncClient, AsyncClientConfig

        clients = []

        async def client_for(user: User) -> AsyncClient:
            c = AsyncClient(
                server.url,
                user.user_id,
                config=AsyncClientConfig(max_limit_exceeded=0, max_timeouts=0, request_timeout=10),
            )
            c.restore_login(user.user_id, user.device_id, user.access_token)
            clients.append(c)
            return c

        room = await make_class_room(client_for, teacher, bot, [parent])
        sink = Recorder()
        async with running(
            make_bridge(server, bot, [room.group], MemoryCursors(), sync_timeout_ms=2_000), sink
        ) as bridge:
            await say(room.client(parent), room.room_id, "重启前")
            await sink.wait_for(lambda evs: len(evs) >= 1)
            await asyncio.to_thread(server.stop)
            await asyncio.sleep(1.0)  # the bridge's sync fails and backs off meanwhile
            await asyncio.to_thread(server.start)
            for i in range(3):
                await say(room.client(parent), room.room_id, f"重启后 {i}")
            await sink.wait_for(lambda evs: len(evs) >= 4)
            outcome = await bridge.apply(
                Action(kind=ActionKind.DELETE, group_id="g1", message_id=sink.messages()[-1].id),
                room.group,
            )
            assert outcome.ok, outcome.detail
        assert [m.text for m in sink.messages()] == ["重启前", "重启后 0", "重启后 1", "重启后 2"]
        for c in clients:
            await c.close()
    finally:
        assert server.stop() == 0


async def test_unreachable_action_is_a_refusal_not_an_exception(
    synapse: Synapse, bot_user: User, make_user, make_client
) -> None:
    teacher = make_user("teacher")
    room = await make_class_room(make_client, teacher, bot_user, [])
    async with running(
        make_bridge(synapse, bot_user, [room.group], MemoryCursors()), Recorder()
    ) as bridge:
        outcome = await bridge.apply(
            Action(kind=ActionKind.KICK, group_id="g1", member_id="@nobody:localhost"), room.group
        )
        assert not outcome.ok
        assert "M_FORBIDDEN" in outcome.detail or "not in the room" in outcome.detail
        nickname = await bridge.apply(
            Action(kind=ActionKind.SET_NICKNAME, group_id="g1", member_id=teacher.user_id),
            room.group,
        )
        assert not nickname.ok and "not supported" in nickname.detail
        await wait_until(lambda: asyncio.sleep(0, result=True))


async def test_post_joins_an_invited_room_on_first_use(
    synapse: Synapse, bot_user: User, make_user, make_client
) -> None:
    teacher = make_user("teacher")
    room = await make_class_room(make_client, teacher, bot_user, [])
    office = await make_class_room(
        make_client, make_user("office"), bot_user, [], group_id="office"
    )
    async with running(
        make_bridge(synapse, bot_user, [room.group], MemoryCursors()), Recorder()
    ) as bridge:
        outcome = await bridge.post(office.room_id, "【上报学校】测试")
        assert outcome.ok, outcome.detail
        unknown = await bridge.post("not-a-room", "x")
        assert not unknown.ok and "unknown room" in unknown.detail


async def test_a_replayed_redaction_or_kick_already_done_is_recognised(
    synapse: Synapse, bot_user: User, make_user, make_client
) -> None:
    """The outbox replay after a crash asks the room first (``ReplayCheck``)."""
    teacher, parent, other = make_user("teacher"), make_user("parent"), make_user("other")
    room = await make_class_room(make_client, teacher, bot_user, [parent, other])
    async with running(
        make_bridge(synapse, bot_user, [room.group], MemoryCursors()), Recorder()
    ) as bridge:
        ad = await say(room.client(parent), room.room_id, "团购水果 加V信 abc123")
        kept = await say(room.client(parent), room.room_id, "老师好")
        delete = Action(kind=ActionKind.DELETE, group_id="g1", message_id=ad, rule_id="R06")
        kick = Action(kind=ActionKind.KICK, group_id="g1", member_id=parent.user_id)
        ban = Action(kind=ActionKind.BAN, group_id="g1", member_id=parent.user_id)
        assert await bridge.already_done(delete, room.group) == ""
        assert await bridge.already_done(kick, room.group) == ""
        assert (await bridge.apply(delete, room.group)).ok
        assert (await bridge.apply(kick, room.group)).ok
        assert await bridge.already_done(delete, room.group) == "message already redacted"
        assert await bridge.already_done(kick, room.group) == "member already gone (leave)"
        # a removed member may still be banned: a ban is done only once it is a ban
        assert await bridge.already_done(ban, room.group) == ""
        keep = Action(kind=ActionKind.DELETE, group_id="g1", message_id=kept)
        assert await bridge.already_done(keep, room.group) == ""
        await room.client(other).room_leave(room.room_id)  # left by themselves
        gone = Action(kind=ActionKind.KICK, group_id="g1", member_id=other.user_id)
        assert await bridge.already_done(gone, room.group) == "member already gone (leave)"
