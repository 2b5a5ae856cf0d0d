"""No gaps after a reconnect or a restart: what the push missed is fetched from the gateway.

The peer behaves as NapCat does (``redeliver_on_connect = False``): events pushed while no
connection is open are lost to the push, and only ``get_group_msg_history`` (v11) or
``get_latest_events`` (v12) finds them again. Everything runs over real loopback sockets;
the cursors live in a real store.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from classmod.bridges.factory import build_bridges
from classmod.bridges.onebot.base import Cursor
from classmod.bridges.onebot.transport import ForwardWebSocket, HttpApi, HttpPostReceiver, Split
from classmod.bridges.onebot.v11 import OneBotV11Bridge
from classmod.bridges.onebot.v12 import OneBotV12Bridge
from structlog.testing import capture_logs

from classmod.app import App
from classmod.config import load_config
from classmod.model import Action, ActionKind, Group, Platform
from classmod.store import Store
from classmod.testing import FakeBridge

from .helpers import QQ_GROUP, QQ_MEMBERS, TOKEN, Running, eventually, fast_backoff, start_bridge
from .peer import OneBotPeer
from .test_app_integration import G as SCHOOL_G
from .test_app_integration import write_config

CURSOR_KEY = "onebot:onebot11:last_message:123456"


@pytest.fixture
async def peer() -> AsyncIterator[OneBotPeer]:
    peer = await OneBotPeer(version=11, access_token=TOKEN).start()
    peer.add_group("123456", QQ_MEMBERS)
    peer.redeliver_on_connect = False
    yield peer
    await peer.close()


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    async with Store(tmp_path / "state.sqlite") as store:
        yield store


async def qq_bridge(peer: OneBotPeer, store: Store, **kwargs: Any) -> Running:
    link = ForwardWebSocket(peer.ws_url, access_token=TOKEN, backoff=fast_backoff())
    bridge = OneBotV11Bridge(
        link, [QQ_GROUP], cursors=store.cursors, cursor_interval=0.01, **kwargs
    )
    running = await start_bridge(bridge)
    await eventually(lambda: peer.connected)
    return running


def ids(running: Running) -> list[str]:
    return [m.id for m in running.sink.messages()]


async def link_down(peer: OneBotPeer) -> None:
    peer.accepting = False
    await peer.drop()
    await eventually(lambda: not peer.connected)


async def link_up(peer: OneBotPeer, running: Running) -> None:
    """The gateway is back; returns once the bridge has caught up."""
    before = running.bridge.catch_ups
    peer.accepting = True
    await eventually(lambda: running.bridge.catch_ups > before)


async def test_messages_pushed_while_the_link_was_down_come_after_the_reconnect_once(
    peer: OneBotPeer, store: Store
) -> None:
    qq = await qq_bridge(peer, store)
    try:
        first = await peer.say("123456", "20001", "老师好")
        await eventually(lambda: ids(qq) == [first])
        await link_down(peer)
        missed = [await peer.say("123456", "20002", f"第{n}条") for n in range(3)]
        await link_up(peer, qq)
        await eventually(lambda: len(ids(qq)) == 4)
        later = await peer.say("123456", "20001", "收到")
        await eventually(lambda: len(ids(qq)) == 5)
        assert ids(qq) == [first, *missed, later]  # in order, each once
        assert qq.bridge.caught_up == 3
        assert [m.text for m in qq.sink.messages()[1:4]] == ["第0条", "第1条", "第2条"]
    finally:
        await qq.stop()


async def test_live_messages_wait_for_the_catch_up_so_the_order_holds(
    peer: OneBotPeer, store: Store
) -> None:
    qq = await qq_bridge(peer, store)
    try:
        first = await peer.say("123456", "20001", "老师好")
        await eventually(lambda: ids(qq) == [first])
        await link_down(peer)
        missed = await peer.say("123456", "20002", "断线时发的")
        gate = peer.gates["get_group_msg_history"] = asyncio.Event()
        peer.accepting = True
        await eventually(lambda: peer.calls_of("get_group_msg_history"))
        live = await peer.say("123456", "20001", "重连后发的")  # while the history is slow
        await eventually(lambda: qq.bridge._held.get(QQ_GROUP.id))
        assert ids(qq) == [first]  # the live one waits for what came before it
        gate.set()
        await eventually(lambda: len(ids(qq)) == 3)
        assert ids(qq) == [first, missed, live]
    finally:
        await qq.stop()


async def test_a_restart_fetches_what_was_said_while_classmod_was_stopped(
    peer: OneBotPeer, tmp_path: Path
) -> None:
    async with Store(tmp_path / "state.sqlite") as store:
        qq = await qq_bridge(peer, store)
        first = await peer.say("123456", "20001", "老师好")
        await eventually(lambda: ids(qq) == [first])
        await qq.stop()
        saved = Cursor.load(await store.cursors.get(CURSOR_KEY))
        assert saved is not None and saved.message_id == first
    await eventually(lambda: not peer.connected)
    missed = [await peer.say("123456", "20002", f"停机时{n}") for n in range(2)]
    async with Store(tmp_path / "state.sqlite") as store:  # a new process
        qq = await qq_bridge(peer, store)
        try:
            await eventually(lambda: len(ids(qq)) == 2)
            assert ids(qq) == missed  # not the one handled before the stop
            later = await peer.say("123456", "20001", "收到")
            await eventually(lambda: len(ids(qq)) == 3)
            assert ids(qq) == [*missed, later]
        finally:
            await qq.stop()
        assert Cursor.load(await store.cursors.get(CURSOR_KEY)) == Cursor(
            later, qq.sink.messages()[-1].ts.timestamp()
        )


async def test_the_first_start_ever_fetches_nothing(peer: OneBotPeer, store: Store) -> None:
    await peer.say("123456", "20002", "机器人来之前的旧消息")  # nobody connected: lost
    qq = await qq_bridge(peer, store)
    try:
        now = await peer.say("123456", "20001", "老师好")
        await eventually(lambda: ids(qq) == [now])
        assert not peer.calls_of("get_group_msg_history")
    finally:
        await qq.stop()


async def test_a_gateway_without_history_is_logged_once_and_the_link_carries_on(
    peer: OneBotPeer, store: Store
) -> None:
    peer.unsupported_actions.add("get_group_msg_history")
    with capture_logs() as logs:
        qq = await qq_bridge(peer, store)
        try:
            first = await peer.say("123456", "20001", "老师好")
            await eventually(lambda: ids(qq) == [first])
            for n in range(2):
                await link_down(peer)
                await peer.say("123456", "20002", f"断线时{n}")  # lost: nothing can fetch it
                peer.accepting = True
                await eventually(lambda: peer.connected)
                live = await peer.say("123456", "20001", f"重连后{n}")
                await eventually(lambda: ids(qq)[-1:] == [live])  # noqa: B023 (awaited here)
        finally:
            await qq.stop()
    unsupported = [e for e in logs if e["event"] == "history_unsupported"]
    assert len(unsupported) == 1 and unsupported[0]["retcode"] == 1404
    assert len(peer.calls_of("get_group_msg_history")) == 1  # not asked again
    assert [m.text for m in qq.sink.messages()] == ["老师好", "重连后0", "重连后1"]


async def test_the_fetch_is_bounded_by_pages_and_says_so(peer: OneBotPeer, store: Store) -> None:
    qq = await qq_bridge(peer, store, history_pages=2, history_page_size=3)
    try:
        first = await peer.say("123456", "20001", "老师好")
        await eventually(lambda: ids(qq) == [first])
        await link_down(peer)
        missed = [await peer.say("123456", "20002", f"第{n}条") for n in range(10)]
        with capture_logs() as logs:
            await link_up(peer, qq)
        await eventually(lambda: len(ids(qq)) == 6)
        # two pages of three, the second ending at (and so repeating) the first's oldest
        assert ids(qq) == [first, *missed[-5:]]
        assert [e for e in logs if e["event"] == "history_truncated"]
    finally:
        await qq.stop()


async def test_messages_older_than_the_age_limit_are_not_fetched(
    peer: OneBotPeer, store: Store
) -> None:
    def tomorrow() -> datetime:
        return datetime.now(UTC) + timedelta(days=1)

    qq = await qq_bridge(peer, store, clock=tomorrow, history_max_age=timedelta(hours=12))
    try:
        first = await peer.say("123456", "20001", "老师好")
        await eventually(lambda: ids(qq) == [first])
        await link_down(peer)
        await peer.say("123456", "20002", "一天前的消息")
        await link_up(peer, qq)
        later = await peer.say("123456", "20001", "收到")
        await eventually(lambda: later in ids(qq))
        assert ids(qq) == [first, later]
    finally:
        await qq.stop()


async def test_the_bots_own_and_recalled_messages_are_not_fetched(
    peer: OneBotPeer, store: Store
) -> None:
    qq = await qq_bridge(peer, store)
    try:
        first = await peer.say("123456", "20001", "老师好")
        await eventually(lambda: ids(qq) == [first])
        await link_down(peer)
        recalled = await peer.say("123456", "20002", "发错了")
        peer._a_delete_msg({"message_id": int(recalled)})  # the member recalls it
        peer._a_send_group_msg({"group_id": 123456, "message": "机器人自己的提醒"})
        kept = await peer.say("123456", "20002", "重新发一遍")
        await link_up(peer, qq)
        await eventually(lambda: len(ids(qq)) == 2)
        assert ids(qq) == [first, kept]
    finally:
        await qq.stop()


# ---------------------------------------------------------------------- OneBot 12


WX_ROOM = "12345678@chatroom"
WX_GROUP = Group(id="w1", platform=Platform.WECHAT, platform_id=WX_ROOM)


@pytest.fixture
async def wx_peer() -> AsyncIterator[OneBotPeer]:
    peer = await OneBotPeer(
        version=12, access_token=TOKEN, self_id="wxid_bot", bot_role="owner"
    ).start()
    peer.add_group(WX_ROOM, [("wxid_p1", "何雨彤妈妈", "member"), ("wxid_p2", "推销员", "member")])
    peer.redeliver_on_connect = False  # buffered for get_latest_events only
    yield peer
    await peer.close()


async def wx_bridge(peer: OneBotPeer) -> Running:
    link = ForwardWebSocket(peer.ws_url, access_token=TOKEN, backoff=fast_backoff())
    running = await start_bridge(OneBotV12Bridge(link, [WX_GROUP]))
    await eventually(lambda: peer.connected)
    return running


async def test_v12_events_buffered_while_the_link_was_down_come_from_get_latest_events(
    wx_peer: OneBotPeer,
) -> None:
    wx = await wx_bridge(wx_peer)
    try:
        first = await wx_peer.say(WX_ROOM, "wxid_p1", "老师好")
        await eventually(lambda: ids(wx) == [first])
        await link_down(wx_peer)
        missed = [await wx_peer.say(WX_ROOM, "wxid_p2", f"第{n}条") for n in range(3)]
        await link_up(wx_peer, wx)
        await eventually(lambda: len(ids(wx)) == 4)
        later = await wx_peer.say(WX_ROOM, "wxid_p1", "收到")
        await eventually(lambda: len(ids(wx)) == 5)
        assert ids(wx) == [first, *missed, later]
        assert {"limit": 50, "timeout": 0} in wx_peer.calls_of("get_latest_events")
    finally:
        await wx.stop()


async def test_a_v12_gateway_without_get_latest_events_is_logged_once(
    wx_peer: OneBotPeer,
) -> None:
    wx_peer.unsupported_actions.add("get_latest_events")
    with capture_logs() as logs:
        wx = await wx_bridge(wx_peer)
        try:
            await link_down(wx_peer)
            wx_peer.accepting = True
            await eventually(lambda: wx_peer.connected)
            live = await wx_peer.say(WX_ROOM, "wxid_p1", "老师好")
            await eventually(lambda: ids(wx) == [live])
        finally:
            await wx.stop()
    assert len([e for e in logs if e["event"] == "history_unsupported"]) == 1
    assert len(wx_peer.calls_of("get_latest_events")) == 1


# ---------------------------------------------------------------------- replay checks


def qq_action(kind: ActionKind, **kwargs: Any) -> Action:
    return Action(kind=kind, group_id=QQ_GROUP.id, **kwargs)


async def test_a_replayed_delete_of_a_message_already_gone_is_recognised(
    peer: OneBotPeer, store: Store
) -> None:
    qq = await qq_bridge(peer, store)
    try:
        gone = await peer.say("123456", "20002", "加微信领优惠")
        still_up = await peer.say("123456", "20002", "再加一次微信")
        assert (await qq.bridge.apply(qq_action(ActionKind.DELETE, message_id=gone), QQ_GROUP)).ok
        check = qq.bridge.already_done
        assert "already gone" in await check(
            qq_action(ActionKind.DELETE, message_id=gone), QQ_GROUP
        )
        assert await check(qq_action(ActionKind.DELETE, message_id=still_up), QQ_GROUP) == ""
    finally:
        await qq.stop()


async def test_a_replayed_kick_or_mute_of_a_member_gone_or_muted_is_recognised(
    peer: OneBotPeer, store: Store
) -> None:
    qq = await qq_bridge(peer, store)
    try:
        check = qq.bridge.already_done
        kick = qq_action(ActionKind.KICK, member_id="20002")
        mute = qq_action(ActionKind.MUTE, member_id="20001", duration=timedelta(minutes=10))
        assert await check(kick, QQ_GROUP) == ""  # still there: carry it out
        assert await check(mute, QQ_GROUP) == ""  # not muted yet
        assert (await qq.bridge.apply(kick, QQ_GROUP)).ok
        assert (await qq.bridge.apply(mute, QQ_GROUP)).ok
        assert "already gone" in await check(kick, QQ_GROUP)
        assert "already gone" in await check(qq_action(ActionKind.BAN, member_id="20002"), QQ_GROUP)
        assert "already muted" in await check(mute, QQ_GROUP)
    finally:
        await qq.stop()


async def test_a_gateway_that_cannot_tell_lets_the_replay_go_ahead(
    peer: OneBotPeer, store: Store
) -> None:
    peer.unsupported_actions.update({"get_msg", "get_group_member_info"})
    qq = await qq_bridge(peer, store)
    try:
        check = qq.bridge.already_done
        assert await check(qq_action(ActionKind.DELETE, message_id="99999"), QQ_GROUP) == ""
        assert await check(qq_action(ActionKind.KICK, member_id="20099"), QQ_GROUP) == ""
    finally:
        await qq.stop()


async def test_a_replayed_v12_removal_of_a_member_already_gone_is_recognised(
    wx_peer: OneBotPeer,
) -> None:
    wx = await wx_bridge(wx_peer)
    try:
        kick = Action(kind=ActionKind.KICK, group_id="w1", member_id="wxid_p2")
        assert await wx.bridge.already_done(kick, WX_GROUP) == ""
        assert (await wx.bridge.apply(kick, WX_GROUP)).ok
        assert "already gone" in await wx.bridge.already_done(kick, WX_GROUP)
    finally:
        await wx.stop()


# ---------------------------------------------------------------------- the whole app

AD = "家长们好，加微信 abc{n:05d} 领取团购优惠，限时秒杀！"


class RunningApp:
    """``classmod run``'s app in this loop: the QQ bridge as the factory builds it."""

    def __init__(self, app: App, task: asyncio.Task[None], store: Store, matrix: FakeBridge):
        self.app, self.task, self.store, self.matrix = app, task, store, matrix

    async def stop(self) -> None:
        self.task.cancel()
        await asyncio.gather(self.task, return_exceptions=True)
        await self.store.close()

    async def outbox(self) -> int:
        return (await self.store.counts(["outbox"]))["outbox"]

    def failure_alerts(self) -> list[str]:
        return [text for _, text in self.matrix.posts if "操作失败" in text]

    def processed(self, event_id: str) -> bool:
        return self.store.processed.seen(("qq", "class-3-1", event_id))


async def drained(run: RunningApp) -> None:
    """Until the app has nothing in hand and nothing in its outbox."""
    async with asyncio.timeout(15):
        while run.app._inflight or await run.outbox():
            await asyncio.sleep(0.01)


async def start_app(tmp_path: Path, peer: OneBotPeer) -> RunningApp:
    config = load_config(write_config(tmp_path, peer.ws_url))
    store = Store(tmp_path / "state.sqlite")
    await store.open()
    [qq] = [b for b in build_bridges(config, store) if b.platform == Platform.QQ]
    assert isinstance(qq, OneBotV11Bridge)
    qq.confirm_timeout = 5.0
    matrix = FakeBridge(Platform.MATRIX)
    app = App(config, [qq, matrix], store)
    task = asyncio.create_task(app.run())
    await eventually(lambda: peer.connected)
    return RunningApp(app, task, store, matrix)


@pytest.fixture
async def school_peer(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[OneBotPeer]:
    monkeypatch.setenv("CLASSMOD_TEST_QQ_TOKEN", TOKEN)
    peer = await OneBotPeer(version=11, access_token=TOKEN).start()
    peer.add_group(
        SCHOOL_G,
        [
            ("20001", "何雨彤妈妈", "member"),
            ("20002", "思远爸爸", "member"),
            ("20003", "周敏老师", "admin"),
            ("20007", "陌生人", "member"),
        ],
    )
    peer.redeliver_on_connect = False
    yield peer
    await peer.close()


def verdicts(path: Path, event_id: str) -> int:
    with sqlite3.connect(path) as db:
        row = db.execute(
            "SELECT COUNT(*) FROM audit WHERE kind = 'verdict' AND event_id = ?", (event_id,)
        ).fetchone()
    return int(row[0])


async def test_a_restart_judges_what_was_said_while_classmod_was_stopped_exactly_once(
    school_peer: OneBotPeer, tmp_path: Path
) -> None:
    peer, db = school_peer, tmp_path / "state.sqlite"
    run = await start_app(tmp_path, peer)
    clean = await peer.say(SCHOOL_G, "20001", "老师好，收到，谢谢！")
    first_ad = await peer.say(SCHOOL_G, "20002", AD.format(n=1))
    await eventually(lambda: peer.calls_of("delete_msg"))
    await drained(run)
    await run.stop()
    await eventually(lambda: not peer.connected)
    judged_before = verdicts(db, first_ad)
    assert judged_before > 0

    missed_ad = await peer.say(SCHOOL_G, "20002", AD.format(n=2))  # classmod is down
    # the cursor is behind (as after a kill): the fetch covers what was judged before
    sent_at = {str(e["message_id"]): e["time"] for e in peer.groups[SCHOOL_G].log}
    async with Store(db) as store:
        key = f"onebot:qq:last_message:{SCHOOL_G}"
        assert Cursor.load(await store.cursors.get(key)) is not None  # saved at the stop
        await store.cursors.set(key, Cursor("1", sent_at[clean] - 1).dump())

    with capture_logs() as logs:
        run = await start_app(tmp_path, peer)
        try:
            await eventually(lambda: len(peer.calls_of("delete_msg")) == 2)
            await drained(run)
        finally:
            await run.stop()
    replayed = [e["event_id"] for e in logs if e["event"] == "event_replayed"]
    # fetched again and recognised as judged already (the recalled ad is not in the history)
    assert replayed == [clean]
    deletes = Counter(str(p["message_id"]) for p in peer.calls_of("delete_msg"))
    assert deletes == {first_ad: 1, missed_ad: 1}  # the missed ad judged, nothing twice
    assert missed_ad not in peer.groups[SCHOOL_G].messages
    assert verdicts(db, first_ad) == judged_before
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM strikes").fetchone()[0] == 2
    assert not run.failure_alerts()


async def test_an_ad_sent_while_the_link_was_down_is_deleted_after_the_reconnect(
    school_peer: OneBotPeer, tmp_path: Path
) -> None:
    peer = school_peer
    run = await start_app(tmp_path, peer)
    try:
        clean = await peer.say(SCHOOL_G, "20001", "老师好，收到，谢谢！")
        await eventually(lambda: run.processed(clean))
        await link_down(peer)
        ad = await peer.say(SCHOOL_G, "20002", AD.format(n=3))
        peer.accepting = True
        await eventually(lambda: peer.calls_of("delete_msg"))
        assert [str(p["message_id"]) for p in peer.calls_of("delete_msg")] == [ad]
        assert ad not in peer.groups[SCHOOL_G].messages
    finally:
        await run.stop()


async def test_a_replayed_delete_or_kick_already_done_is_neither_repeated_nor_alerted(
    school_peer: OneBotPeer, tmp_path: Path
) -> None:
    """The kill came after the platform call and before its audit: the outbox still holds
    the action that landed."""
    peer, db = school_peer, tmp_path / "state.sqlite"
    run = await start_app(tmp_path, peer)
    ad = await peer.say(SCHOOL_G, "20002", AD.format(n=4))
    await eventually(lambda: peer.calls_of("delete_msg"))
    await drained(run)
    await run.stop()
    del peer.groups[SCHOOL_G].members["20007"]  # left by themselves, or the kick landed
    landed = [
        Action(kind=ActionKind.DELETE, group_id="class-3-1", member_id="20002", message_id=ad),
        Action(kind=ActionKind.KICK, group_id="class-3-1", member_id="20007", rule_id="R01"),
    ]
    async with Store(db) as store:
        store.outbox.queue(ad, landed, datetime.now(UTC))
        await store.flush()

    run = await start_app(tmp_path, peer)
    try:
        await drained(run)
    finally:
        await run.stop()
    assert len(peer.calls_of("delete_msg")) == 1  # the first one only
    assert not peer.calls_of("set_group_kick")
    with sqlite3.connect(db) as conn:
        skipped = [
            json.loads(r[0])["detail"]
            for r in conn.execute("SELECT detail FROM audit WHERE kind = 'action'")
            if "not replayed" in r[0]
        ]
    assert len(skipped) == 2
    assert "message already gone" in skipped[0] and "member already gone" in skipped[1]
    assert not run.failure_alerts()


async def test_an_http_pushed_link_catches_up_at_start(peer: OneBotPeer, tmp_path: Path) -> None:
    """v11 HTTP POST has no connect event: a restart fetches what the posts lost at once."""

    async def start(store: Store) -> tuple[Running, str]:
        receiver = HttpPostReceiver(self_id="10001")
        link = Split(receiver, HttpApi(peer.http_url, access_token=TOKEN))
        running = await start_bridge(OneBotV11Bridge(link, [QQ_GROUP], cursors=store.cursors))
        await eventually(receiver.listening.is_set)
        return running, f"http://127.0.0.1:{receiver.port}/"

    async with Store(tmp_path / "state.sqlite") as store:
        qq, url = await start(store)
        peer.post_events_to(url)
        first = await peer.say("123456", "20001", "老师好")
        await eventually(lambda: ids(qq) == [first])
        await qq.stop()
    missed = await peer.say("123456", "20002", "停机时发的")
    assert peer.post_statuses[-1] == 0  # nobody listened
    async with Store(tmp_path / "state.sqlite") as store:
        qq, url = await start(store)
        try:
            await eventually(lambda: ids(qq) == [missed])
            peer.post_events_to(url)
            later = await peer.say("123456", "20001", "收到")
            await eventually(lambda: ids(qq) == [missed, later])
        finally:
            await qq.stop()


async def test_a_v12_connect_event_in_the_buffer_is_old_news(wx_peer: OneBotPeer) -> None:
    """Meta events fetched with what the gateway buffered neither start another catch-up
    nor pass for a heartbeat."""
    wx = await wx_bridge(wx_peer)
    try:
        await eventually(lambda: wx.bridge.catch_ups == 1)
        await link_down(wx_peer)
        await wx_peer.push(wx_peer._connect_event(), record=False)  # buffered
        missed = await wx_peer.say(WX_ROOM, "wxid_p2", "断线时发的")
        await link_up(wx_peer, wx)
        await eventually(lambda: ids(wx) == [missed])
        task = wx.bridge._catch_up_task
        await eventually(lambda: task is not None and task.done())
        assert len(wx_peer.calls_of("get_latest_events")) == 2  # one per connect
        assert wx.bridge.catch_ups == 2
    finally:
        await wx.stop()


@pytest.mark.parametrize(
    "stored", ["", "not json", "[]", '{"message_id": 1}', '{"message_id": 1, "time": "x"}']
)
def test_an_unreadable_cursor_means_no_cursor(stored: str) -> None:
    assert Cursor.load(stored) is None


def test_a_cursor_survives_its_record() -> None:
    cursor = Cursor("-2147483000", 1767000000.0)  # NapCat ids may be negative
    assert Cursor.load(cursor.dump()) == cursor
