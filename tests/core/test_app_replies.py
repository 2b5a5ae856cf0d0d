"""Replies tell the truth, in Chinese: a refused action is reported as refused, with why."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_app import make_app

from classmod.model import ActionKind, Platform, RefusalReason
from classmod.testing import FakeBridge, FakeClock, make_message

#: what a reply or alert must never show: code names of actions/rules, raw platform ids
ENGLISH = re.compile(r"「[a-z_]+」|\[R\d\d [a-z_]+\]|\b(mute|kick|ban|unban|membership)\b")
RAW_ID = re.compile(r"p_[a-z]+_[a-z]+|t_zhou|@@")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def texts(bridge: FakeBridge) -> list[str]:
    return [text for _, text in bridge.posts]


async def test_a_refused_mute_says_why_and_never_that_it_was_done(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX, refuse={ActionKind.MUTE: RefusalReason.TARGET_IS_OWNER})
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(
        make_message("/mute p_zhang_dad 10m", sender="t_zhou", ts=clock.now, name="语文周敏")
    )
    said = texts(bridge)
    assert not any("已禁言" in t for t in said)
    reply = said[-1]
    assert reply.startswith("未能禁言 张子涵爸爸") and "他是群主，无法禁言" in reply
    alert = next(t for room, t in bridge.posts if room == "!manage")
    assert alert == "【操作失败】一年级(2)班 对 张子涵爸爸 的禁言未成功：他是群主，无法禁言"
    for t in said:
        assert not ENGLISH.search(t) and not RAW_ID.search(t), t
    await store.close()


async def test_an_unban_of_someone_not_banned_is_not_reported_done(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX, refuse={ActionKind.UNBAN: RefusalReason.NOT_BANNED})
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(make_message("/解封 p_li_mom", sender="t_zhou", ts=clock.now))
    reply = texts(bridge)[-1]
    assert "已解除" not in reply and "未能解除拉黑 李明轩妈妈：他没有被拉黑" in reply
    await store.close()


async def test_an_applied_action_is_confirmed_by_display_name_and_group_name(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(make_message("大家好", sender="p_li_mom", name="明轩妈妈", ts=clock.now))
    await bridge.deliver(
        make_message("/kick g1 p_li_mom", sender="t_zhou", group_id="_management", ts=clock.now)
    )
    assert bridge.kinds()[-1] == "kick"
    assert bridge.posts[-1] == ("!manage", "已将 明轩妈妈 移出 一年级(2)班")
    await store.close()


async def test_a_refused_ladder_mute_is_not_announced_in_the_group(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX, refuse={ActionKind.MUTE: RefusalReason.BOT_LACKS_POWER})
    _app, store = await make_app(tmp_path, clock, bridge)
    for i in range(3):  # the third offence is the ladder's mute step
        await bridge.deliver(
            make_message(
                "badword", ts=clock.advance(minutes=1), message_id=f"$b{i}", name="雨彤妈妈"
            )
        )
    warnings = [a.text for a in bridge.applied if a.kind == ActionKind.WARN]
    assert not any("被禁言10分钟" in t for t in warnings)
    # the delete was applied, so the member is told of it; the mute was not
    assert warnings[-1] == "@雨彤妈妈 警告：这条消息已撤回。请文明发言 已通知老师处理。"
    alert = next(t for room, t in bridge.posts if room == "!manage")
    assert "对 雨彤妈妈 的禁言未成功：机器人没有足够的管理权限" in alert
    await store.close()


async def test_a_refused_delete_is_not_told_as_done(tmp_path: Path, clock: FakeClock) -> None:
    bridge = FakeBridge(Platform.MATRIX, refuse={ActionKind.DELETE: RefusalReason.BOT_LACKS_POWER})
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(make_message("badword", ts=clock.now, message_id="$b0", name="雨彤妈妈"))
    warnings = [a.text for a in bridge.applied if a.kind == ActionKind.WARN]
    assert warnings == ["@雨彤妈妈 提醒：请文明发言"]
    await store.close()


async def test_an_applied_delete_is_told(tmp_path: Path, clock: FakeClock) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(make_message("badword", ts=clock.now, message_id="$b0", name="雨彤妈妈"))
    warnings = [a.text for a in bridge.applied if a.kind == ActionKind.WARN]
    assert warnings == ["@雨彤妈妈 提醒：这条消息已撤回。请文明发言"]
    await store.close()


async def test_an_applied_ladder_mute_is_announced_after_it(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    for i in range(3):
        await bridge.deliver(
            make_message(
                "badword", ts=clock.advance(minutes=1), message_id=f"$b{i}", name="雨彤妈妈"
            )
        )
    assert bridge.kinds()[-2:] == ["mute", "warn"]
    assert "被禁言10分钟" in bridge.applied[-1].text
    await store.close()


async def test_the_undo_reply_names_the_action_in_chinese(tmp_path: Path, clock: FakeClock) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(make_message("/mute p_guo_mom 2h", sender="t_zhou", ts=clock.now))
    await bridge.deliver(
        make_message("/undo p_guo_mom", sender="t_zhou", ts=clock.advance(minutes=1))
    )
    assert texts(bridge)[-1] == "已撤销对 郭思远妈妈 的禁言，并清除一次警告"
    await store.close()
