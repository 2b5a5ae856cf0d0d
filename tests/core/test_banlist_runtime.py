"""Ban lists changed at run time and met by an appeal: /订阅 and /退订 in the management
room (kept in the store, followed like a config list, refused clearly), and an appeal
granted on a listed member offering the one step that takes them off the list.

The real app and store, fake bridges and the in-memory policy rooms of test_banwatch."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest
from test_banwatch import SPAMMER_MX, SPAMMER_QQ, School, bans, rule, staff_says

from classmod.banlist import entity_of
from classmod.bridge import PrivateMessage
from classmod.model import ActionKind, MemberEvent, MemberEventKind, Message, Platform
from classmod.testing import FakeClock, make_message
from classmod.testing import FakePolicyRooms as FakeRooms

EXTRA = "#extra-bans:hs"


@pytest.fixture
async def school(tmp_path: Path) -> AsyncIterator[School]:
    school = School(tmp_path, FakeClock(), FakeRooms())
    yield school
    if school.store is not None:  # a failed test still ends its store's thread
        await school.store.close()


def replies(school: School) -> list[str]:
    return [text for room, text in school.matrix.posts if room == "!manage"]


async def say(school: School, text: str, reply_to: str | None = None, minutes: int = 1) -> str:
    """Staff say ``text`` in the management room: the bot's first answer there."""
    assert school.app is not None
    before = len(school.matrix.posts)
    when = school.clock.advance(minutes=minutes)
    said = replace(staff_says(when, text, reply_to), id=f"$staff{when.timestamp()}")
    await school.matrix.deliver(said)
    await school.app.drain()
    said = [t for r, t in school.matrix.posts[before:] if r == "!manage"]
    assert said, f"no answer to {text}"
    return said[0]


async def test_a_list_subscribed_at_run_time_is_followed_and_survives_a_restart(
    school: School,
) -> None:
    school.rooms.room(EXTRA).put(rule(SPAMMER_MX, EXTRA, "冒充老师收费"))
    app = await school.start()
    follower = asyncio.create_task(app.banlists.run())
    await asyncio.sleep(0)
    assert EXTRA not in school.rooms.following

    reply = await say(school, f"/订阅 {EXTRA}")
    assert reply.startswith(f"已订阅名单 {EXTRA}（执行，全部群），名单上现有 1 条规则")
    await app.drain()
    # applied like a config list: every group (g1 and g2 have the spammer)
    assert sorted(bans(school.matrix)) == [("g1", SPAMMER_MX), ("g2", SPAMMER_MX)]
    assert any(f"「{EXTRA}」" in t and "已在 2 个群移出 2 人" in t for t in replies(school))
    await asyncio.sleep(0)
    assert EXTRA in school.rooms.following  # the follower follows it from now on
    listing = await say(school, "/名单")
    assert "「school」#school-bans:hs（配置文件，执行，全部群，本校写入）" in listing
    assert "「public」#public:hs（配置文件，观察，只提醒，全部群）" in listing
    assert f"「{EXTRA}」（/订阅，执行，全部群，周敏老师 09-07 09:01 订阅）" in listing
    assert "冒充老师收费" in listing
    follower.cancel()
    await asyncio.gather(follower, return_exceptions=True)
    await school.stop()

    # a new process: the subscription is in the store, followed and enforced as before
    app = await school.start()
    assert EXTRA in app.banlists.lists()
    follower = asyncio.create_task(app.banlists.run())
    await asyncio.sleep(0)
    assert EXTRA in school.rooms.following
    school.rooms.room(EXTRA).put(rule("@bot:spam.example", EXTRA, "群发广告"))
    school.matrix.members["g1"].append("@bot:spam.example")
    await app.banlists.room_changed(EXTRA)
    assert ("g1", "@bot:spam.example") in bans(school.matrix)
    assert bans(school.matrix).count(("g1", SPAMMER_MX)) == 1  # nothing applied twice
    follower.cancel()
    await asyncio.gather(follower, return_exceptions=True)
    await school.stop()


async def test_a_watch_subscription_for_some_groups_only_tells_staff(school: School) -> None:
    school.rooms.room(EXTRA).put(rule(SPAMMER_MX, EXTRA))
    app = await school.start()
    reply = await say(school, f"/订阅 {EXTRA} watch 一年级(1)班")
    assert reply.startswith(f"已订阅名单 {EXTRA}（观察，只提醒，一年级(1)班）")
    await app.drain()
    assert bans(school.matrix) == []
    assert any("1 人在观察名单上（未处理）" in t for t in replies(school))
    [subscription] = await school.store.ban_lists.subscriptions()  # type: ignore[union-attr]
    assert (subscription.mode, subscription.groups) == ("watch", ("g1",))
    await school.stop()


async def test_subscribing_refuses_clearly_and_never_says_done(school: School) -> None:
    app = await school.start()
    school.rooms.closed.add("#closed:hs")
    school.rooms.aliases.update({"#other-name:hs": "!district", "#district-bans:hs": "!district"})
    cases = {
        "/订阅 #closed:hs": "未能订阅 #closed:hs：机器人没有被邀请进这个房间。没有订阅",
        f"/订阅 {EXTRA} block": "不认识的方式「block」：只能是 apply（执行，默认）或 watch",
        f"/订阅 {EXTRA} watch 九年级(9)班": "没有找到群「九年级(9)班」",
        "/订阅 district": "「district」不是 Matrix 房间号或别名",
        "/订阅 #district-bans:hs": "名单 #district-bans:hs 已在订阅中（「district」，来自配置文件",
        "/订阅 #other-name:hs": "已在订阅中（「district」，来自配置文件，执行，一年级(2)班、",
        "/订阅 !class1": "是本校的班级群或管理群，不是名单房间",
        "/订阅": "请写明要订阅的名单房间。用法：/订阅 名单房间 [apply|watch] [群…]",
        "/退订 district": "名单「district」写在配置文件 school.yaml 的 banlists.lists.district 里",
        "/退订 #nope:hs": "没有订阅名单 #nope:hs",
    }
    for text, expected in cases.items():
        reply = await say(school, text, minutes=11)  # past the budget of repeated replies
        assert expected in reply, (text, reply)
        assert "已订阅" not in reply and "已退订" not in reply
    assert await school.store.ban_lists.subscriptions() == []  # type: ignore[union-attr]
    assert set(app.banlists.lists()) == {"school", "district", "public"}
    # only in the management room, and only staff
    await school.matrix.deliver(
        make_message(f"/订阅 {EXTRA}", sender="t_zhou", name="周敏", group_id="g1")
    )
    await app.drain()
    assert school.matrix.posts[-1] == ("!class1", "订阅名单对全校生效，请在管理群发送 /订阅。")
    await school.matrix.deliver(
        make_message(f"/订阅 {EXTRA}", sender="p_guo_mom", name="思远妈妈", group_id="g1")
    )
    await app.drain()
    assert "只有班主任和任课老师可以使用" in school.matrix.posts[-1][1]
    assert await school.store.ban_lists.subscriptions() == []  # type: ignore[union-attr]
    await school.stop()


async def test_unsubscribing_asks_then_keeps_or_lifts_the_lists_bans(school: School) -> None:
    school.rooms.room(EXTRA).put(rule(SPAMMER_MX, EXTRA))
    app = await school.start()
    await say(school, f"/订阅 {EXTRA}")
    await app.drain()
    assert len(bans(school.matrix)) == 2
    asked = await say(school, f"/退订 {EXTRA}")
    assert asked.startswith(f"名单 {EXTRA} 此前在各群移出了 2 人。请选择")
    assert "现在还没有退订" in asked and EXTRA in app.banlists.lists()

    kept = await say(school, f"/退订 {EXTRA} 保留")
    assert (
        kept == f"已退订名单 {EXTRA}：不再按它处理新规则和入群。它此前造成的 2 个移出和拉黑保留。"
    )
    assert EXTRA not in app.banlists.lists() and app.banlists.rules == {}
    assert bans(school.matrix, ActionKind.UNBAN) == []
    assert {t.state for t in await school.store.ban_lists.targets()} == {"left"}  # type: ignore[union-attr]
    # not at the door any more
    assert app.banlists.index.match(Platform.MATRIX, SPAMMER_MX) == []
    await school.stop()
    app = await school.start()  # a restart lifts nothing that was kept
    await app.banlists.resume()
    assert bans(school.matrix, ActionKind.UNBAN) == []
    assert EXTRA not in app.banlists.lists()

    # subscribed again, then unsubscribed lifting: exactly the bans this list caused
    school.matrix.gone.clear()
    await say(school, f"/订阅 {EXTRA}")
    await app.drain()
    lifted = await say(school, f"/退订 {EXTRA} 解除")
    assert lifted.startswith(
        f"已退订名单 {EXTRA}：不再按它处理新规则和入群。正在解除由它造成的拉黑"
    )
    await app.drain()
    assert sorted(bans(school.matrix, ActionKind.UNBAN)) == [("g1", SPAMMER_MX), ("g2", SPAMMER_MX)]
    assert any(
        t.startswith(f"【黑名单】已退订名单 {EXTRA}，解除它造成的拉黑：已在各群解除 2 人")
        for t in replies(school)
    )
    assert await school.store.ban_lists.subscriptions() == []  # type: ignore[union-attr]
    await school.stop()


async def test_a_rule_removed_keeps_the_ban_of_a_member_another_list_still_names(
    school: School,
) -> None:
    app = await school.start()
    await app.banlists.update("district", [rule(SPAMMER_MX)])
    school.rooms.room("#school-bans:hs").put(rule(SPAMMER_MX, "school", "冒充老师"))
    await app.banlists.room_changed("#school-bans:hs")
    assert bans(school.matrix) == [("g2", SPAMMER_MX), ("g1", SPAMMER_MX)]
    await app.banlists.update("district", [])
    assert bans(school.matrix, ActionKind.UNBAN) == []  # the school's list still names him
    assert "1 人仍在其他名单上，拉黑保留" in school.matrix.posts[-1][1]
    # the ban in g2 is the school rule's now: removing that one lifts both
    await say(school, f"/解除拉黑 {SPAMMER_MX}")
    await app.drain()
    assert sorted(bans(school.matrix, ActionKind.UNBAN)) == [("g1", SPAMMER_MX), ("g2", SPAMMER_MX)]
    await school.stop()


# -- an appeal granted on a listed member -------------------------------------------------


def appeal_dm(school: School, sender: str, text: str) -> PrivateMessage:
    ts = school.clock.advance(minutes=1)
    return PrivateMessage(
        platform=Platform.MATRIX,
        id=f"$dm{ts.timestamp()}",
        room="!dm-spam",
        sender_id=sender,
        display_name="招生顾问",
        text=text,
        ts=ts,
    )


async def appealed(school: School, member: str) -> int:
    """The member appeals by private message: the post index of the 【申诉】 alert."""
    assert school.app is not None
    await school.matrix.deliver(appeal_dm(school, member, "申诉 我是新来的家长，不是骗子"))
    await school.app.drain()
    [index] = [
        i
        for i, (room, text) in enumerate(school.matrix.posts)
        if room == "!manage" and text.startswith("【申诉】")
    ]
    return index


async def test_an_appeal_granted_on_a_listed_member_offers_taking_them_off_the_list(
    school: School,
) -> None:
    app = await school.start()
    await school.matrix.deliver(
        Message(
            id="$m0",
            group_id="g2",
            sender_id=SPAMMER_MX,
            display_name="招生顾问",
            text="各位家长好",
            ts=school.clock.now,
        )
    )
    await say(school, f"/全校拉黑 {SPAMMER_MX} 冒充老师收费")
    await app.drain()
    assert sorted(bans(school.matrix)) == [("g1", SPAMMER_MX), ("g2", SPAMMER_MX)]
    room = school.rooms.room("#school-bans:hs")
    assert room.state[("m.policy.rule.user", f"rule:{SPAMMER_MX}")]["reason"] == "冒充老师收费"

    index = await appealed(school, SPAMMER_MX)
    alert = school.matrix.posts[index][1]
    assert "规则：共享黑名单" in alert
    granted = await say(school, "同意", reply_to=f"post:{index}")
    assert granted.startswith("已同意 招生顾问 的申诉")
    assert "注意：招生顾问 在黑名单上（「school」规则 #1：冒充老师收费）" in granted
    assert "名单规则仍然有效" in granted and "再次入群或申请入群仍会被移出或拒绝" in granted
    assert "回复该【申诉】提醒：解除拉黑" in granted
    [(group_id, _)] = bans(school.matrix, ActionKind.UNBAN)  # here only, the list's ban
    assert room.state[("m.policy.rule.user", f"rule:{SPAMMER_MX}")] != {}  # the rule stays
    assert app.banlists.index.match(Platform.MATRIX, SPAMMER_MX) == [1]
    states = {(t.group_id, t.state) for t in await school.store.ban_lists.targets()}  # type: ignore[union-attr]
    other = "g1" if group_id == "g2" else "g2"
    assert states == {(group_id, "lifted"), (other, "done")}

    # the one step: 解除拉黑 on the same 【申诉】
    removed = await say(school, "解除拉黑", reply_to=f"post:{index}")
    assert removed.startswith("已将 招生顾问 移出全校黑名单（规则 #1）")
    await app.drain()
    assert room.state[("m.policy.rule.user", f"rule:{SPAMMER_MX}")] == {}
    assert sorted(bans(school.matrix, ActionKind.UNBAN)) == sorted(
        [(group_id, SPAMMER_MX), (other, SPAMMER_MX)]
    )  # each list ban lifted once: the appeal's group was lifted by 同意 already
    assert app.banlists.rules == {}
    # the appeal still reads as granted
    await school.matrix.deliver(appeal_dm(school, SPAMMER_MX, "申诉"))
    await app.drain()
    assert school.matrix.posts[-1][1].endswith("处理的申诉已经通过，相关处理已撤销。")
    await school.stop()


async def test_an_appeal_granted_without_the_step_leaves_the_rule_and_says_so(
    school: School,
) -> None:
    app = await school.start()
    await app.banlists.update("district", [rule(SPAMMER_MX, reason="微商广告")])
    assert bans(school.matrix) == [("g2", SPAMMER_MX)]
    index = await appealed(school, SPAMMER_MX)
    granted = await say(school, "同意", reply_to=f"post:{index}")
    assert "「district」规则 #1：微商广告" in granted and "名单规则仍然有效" in granted
    assert "名单「district」不是本校维护的，需由该名单的管理员移除" in granted
    assert "回复该【申诉】提醒：解除拉黑" not in granted  # not ours to take him off
    assert bans(school.matrix, ActionKind.UNBAN) == [("g2", SPAMMER_MX)]
    # what it said holds: he is refused at the door again
    await school.matrix.deliver(
        MemberEvent(
            id="$join-again",
            group_id="g2",
            member_id=SPAMMER_MX,
            kind=MemberEventKind.JOIN,
            ts=school.clock.advance(minutes=1),
        )
    )
    await app.drain()
    assert bans(school.matrix).count(("g2", SPAMMER_MX)) == 2
    await school.stop()


async def test_on_qq_a_granted_appeal_says_the_block_stays_and_the_member_is_not_misled(
    school: School,
) -> None:
    app = await school.start()
    await app.banlists.update("district", [rule(entity_of(Platform.QQ, SPAMMER_QQ))])
    assert bans(school.qq) == [("q1", SPAMMER_QQ)]
    await school.qq.deliver(
        PrivateMessage(
            platform=Platform.QQ,
            id="qq-dm-1",
            room=SPAMMER_QQ,
            sender_id=SPAMMER_QQ,
            display_name="王老师",
            text="申诉 我是新来的老师",
            ts=school.clock.advance(minutes=1),
        )
    )
    await app.drain()
    [index] = [i for i, (_, t) in enumerate(school.matrix.posts) if t.startswith("【申诉】")]
    failed = await say(school, "同意", reply_to=f"post:{index}")
    assert failed.startswith("【操作失败】一年级(3)班") and "本平台不支持解除拉黑" in failed
    # QQ cannot unban: said so, never "已同意…解除拉黑"; the list's rule is still named
    [granted] = [t for t in replies(school) if t.startswith("未能解除拉黑")]
    assert not any(t.startswith("已同意") for t in replies(school))
    assert "「district」规则 #1" in granted and "名单规则仍然有效" in granted
    [told] = [a for a in school.qq.applied if a.kind == ActionKind.NOTIFY]
    assert told.member_id == SPAMMER_QQ and "解除拉黑" not in told.text
    assert told.text.startswith("您好，您对一年级(3)班处理的申诉，老师复核后已同意：已清除")
    await school.stop()


async def test_help_shows_the_list_commands_to_staff_only(school: School) -> None:
    app = await school.start()
    for sender, name in (("t_zhou", "周敏"), ("p_guo_mom", "思远妈妈")):
        await school.matrix.deliver(
            make_message("/help", sender=sender, name=name, group_id="g1", ts=school.clock.now)
        )
        await app.drain()
    staff_help, parent_help = (t for r, t in school.matrix.posts if r == "!class1")
    assert "/subscribe（/订阅）：订阅一个共享黑名单" in staff_help
    assert "用法：/订阅 名单房间 [apply|watch] [群…]" in staff_help
    assert "/unsubscribe（/退订）" in staff_help and "/退订 名单房间 [保留|解除]" in staff_help
    assert "/订阅" not in parent_help and "/退订" not in parent_help
    await school.stop()


async def test_a_school_without_a_banlists_section_can_subscribe(
    school: School, monkeypatch: pytest.MonkeyPatch
) -> None:
    import test_banwatch

    write_config = test_banwatch.write_config

    def without_banlists(tmp_path: Path, lists: str) -> Path:
        path = write_config(tmp_path, lists)
        text = path.read_text(encoding="utf-8").replace(f"banlists:\n  batch: 2\n{lists}", "")
        path.write_text(text, encoding="utf-8")
        return path

    monkeypatch.setattr(test_banwatch, "write_config", without_banlists)
    school.rooms.room(EXTRA).put(rule(SPAMMER_MX, EXTRA, "冒充老师收费"))
    app = await school.start()
    assert app.banlists.settings is None and not app.banlists.enabled
    assert (await say(school, "/名单")).startswith("没有订阅任何黑名单")
    reply = await say(school, f"/订阅 {EXTRA}")
    assert reply.startswith(f"已订阅名单 {EXTRA}（执行，全部群）")
    await app.drain()
    assert sorted(bans(school.matrix)) == [("g1", SPAMMER_MX), ("g2", SPAMMER_MX)]
    # at the door too
    school.rooms.room(EXTRA).put(rule("@other:evil.example", EXTRA))
    await app.banlists.room_changed(EXTRA)
    await school.matrix.deliver(
        MemberEvent(
            id="$join-other",
            group_id="g1",
            member_id="@other:evil.example",
            kind=MemberEventKind.JOIN,
            ts=school.clock.advance(minutes=1),
        )
    )
    await app.drain()
    assert ("g1", "@other:evil.example") in bans(school.matrix)
    # there is no list of the school's own to take anyone off
    removed = await say(school, f"/解除拉黑 {SPAMMER_MX}")
    assert removed.startswith("本校未配置共享黑名单（banlists）")
    await school.stop()
