"""Commands are messages too: the rules judge every message, a command's included.

What follows a command's name is content like any other; a command the sender may not run,
or one that does not exist, is a plain message; the bot's replies to refused or repeated
commands are limited per member. Toy rules: T01 deletes "badword", T02 reminds on "股票".
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from test_app import make_app

from classmod.commands import ReplyBudget, ReplyLimit
from classmod.model import ActionKind, Platform
from classmod.testing import FakeBridge, FakeClock, make_message

PARENT = {"sender": "p_guo_mom", "name": "郭思远妈妈"}
TEACHER = {"sender": "t_zhou", "name": "周敏老师"}


def replies(bridge: FakeBridge) -> list[str]:
    return [text for room, text in bridge.posts if room == "!class"]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.mark.parametrize("command", ["/help", "/rules", "/report", "/kick", "/nosuch"])
async def test_what_follows_a_command_is_judged_like_any_message(
    tmp_path: Path, clock: FakeClock, command: str
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(make_message(f"{command} 你个 badword", ts=clock.now, **PARENT))
    assert bridge.kinds() == ["delete", "warn"]  # what the same text gets without the prefix
    assert replies(bridge) == []  # and no command ran
    rows = await store.audit.tail("g1")
    assert [r["rule_id"] for r in rows if r["kind"] == "verdict"] == ["T01"]
    await store.close()


async def test_a_staff_command_whose_words_the_rules_act_on_is_not_run(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(
        make_message("/warn badword", ts=clock.now, mentions=("p_li_mom",), **TEACHER)
    )
    # the policy's answer for staff (a recall and a private note), and no /warn of p_li_mom
    assert [(a.kind, a.member_id) for a in bridge.applied] == [
        (ActionKind.DELETE, "t_zhou"),
        (ActionKind.NOTIFY, "t_zhou"),
    ]
    await store.close()


async def test_a_reminder_does_not_stop_the_command_and_both_happen(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(make_message("/rules 股票", ts=clock.now, **PARENT))
    assert ActionKind.REMIND in {a.kind for a in bridge.applied}  # T02's NOTE
    assert any(text.startswith("本群群规") for text in replies(bridge))
    await store.close()


async def test_a_command_the_sender_may_not_run_is_a_plain_message_with_few_replies(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    for i in range(10):
        await bridge.deliver(
            make_message(
                f"/kick 别理他{i}", ts=clock.advance(seconds=20), mentions=("p_li_mom",), **PARENT
            )
        )
    assert bridge.applied == []  # nobody kicked
    limit = ReplyLimit().replies
    assert len(replies(bridge)) == limit and all("抱歉" in r for r in replies(bridge))
    clock.advance(minutes=11)  # the window moves on: one more answer
    await bridge.deliver(make_message("/kick", ts=clock.now, mentions=("p_li_mom",), **PARENT))
    assert len(replies(bridge)) == limit + 1
    await store.close()


async def test_repeated_commands_get_limited_replies_but_acting_ones_are_confirmed(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    for _ in range(20):
        await bridge.deliver(make_message("/help", ts=clock.advance(seconds=30), **PARENT))
    assert len(replies(bridge)) == 1 + ReplyLimit().replies  # the first answer is free
    await bridge.deliver(make_message("/rules", ts=clock.now, **PARENT))  # a new command: free
    assert replies(bridge)[-1].startswith("本群群规")
    before = len(replies(bridge))
    for _ in range(6):
        await bridge.deliver(
            make_message("/warn", ts=clock.advance(seconds=30), mentions=("p_li_mom",), **TEACHER)
        )
    assert bridge.kinds().count("warn") == 6  # what a command does is never limited
    assert len(replies(bridge)) == before + 6  # and a command that acts is confirmed
    await store.close()


def test_reply_budget_counts_refusals_and_repeats_per_member() -> None:
    clock = FakeClock()
    budget = ReplyBudget(ReplyLimit(replies=2, window=timedelta(minutes=5)))
    now = clock.now
    assert budget.allows("g1", "p", "help", now)  # first: free
    assert budget.allows("g1", "p", "help", now)  # repeat: 1 of 2
    assert budget.allows("g1", "p", "kick", now, refused=True)  # refusal: 2 of 2
    assert not budget.allows("g1", "p", "help", now)
    assert not budget.allows("g1", "p", "kick", now, refused=True)
    assert budget.allows("g1", "p", "rules", now)  # another command's first answer
    assert budget.allows("g1", "p", "warn", now, acted=True)
    assert budget.allows("g1", "p", "warn", now, acted=True)  # acting: always answered
    assert budget.allows("g1", "q", "help", now) and budget.allows("g1", "q", "help", now)
    assert budget.allows("g2", "p", "kick", now, refused=True)  # per group and member
    assert budget.allows("g1", "p", "help", now + timedelta(minutes=6))


async def test_help_lists_the_registered_commands_the_caller_may_run(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(make_message("/help", ts=clock.advance(seconds=30), **TEACHER))
    staff_help = replies(bridge)[-1]
    await bridge.deliver(make_message("/帮助", ts=clock.advance(seconds=30), **PARENT))
    parent_help = replies(bridge)[-1]
    assert "/mute（/禁言）" in staff_help and "/kick" in staff_help
    assert "/mute" not in parent_help and "/rules" in parent_help  # only what a parent may run
    await store.close()
