"""Acknowledgements of a notice that asked for them: a bare 收到 or 已签字 counts however many
messages came between, a 👍 counts, a quote counts; 没收到 and a read receipt do not; /acks
and the deadline message list exactly the others, with the roster's phone where staff read it.

The real app, the standard rules and default policy, a FakeBridge and a fake clock.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from classmod.app import App
from classmod.bridge import Acknowledgement
from classmod.config import load_config, load_roster
from classmod.model import ActionKind, MessageKind, Platform
from classmod.notices import is_ack
from classmod.store import Store
from classmod.testing import FakeBridge, FakeClock, make_message

ROSTER = """
group: g1
school: 测试学校
class: 三年级(2)班
roster:
  teachers:
    - {id: t_zhou, name: 周敏, subject: 语文, role: head_teacher}
  students:
    - name: 何雨彤
      guardians: [{id: p_he_mom, relation: 妈妈, phone: "139 0000 0001"}]
    - name: 郭思远
      guardians: [{id: p_guo_mom, relation: 妈妈, phone: 13900000002}]
    - name: 张子涵
      guardians: [{id: p_zhang_dad, relation: 爸爸, phone: "13900000003"}]
    - name: 李明轩
      guardians: [{id: p_li_mom, relation: 妈妈}]
    - name: 王一诺
      guardians: [{id: p_wang_dad, relation: 爸爸, phone: "13900000005"}]
    - name: 陈可欣
      guardians: [{id: p_chen_mom, relation: 妈妈, phone: "13900000006"}]
"""


async def make_app(tmp_path: Path, clock: FakeClock, bridge: FakeBridge) -> tuple[App, Store]:
    (tmp_path / "roster.yaml").write_text(ROSTER, encoding="utf-8")
    (tmp_path / "school.yaml").write_text(
        """
school: 测试学校
quiet_hours: false
management: {platform: matrix, room: "!manage"}
notices: {deadline: 2h}
groups:
  g1: {platform: matrix, platform_id: "!class", class: 三年级(2)班, roster: roster.yaml}
""",
        encoding="utf-8",
    )
    config = load_config(tmp_path / "school.yaml")
    store = Store(tmp_path / "state.sqlite")
    await store.open()
    app = App(config, [bridge], store, clock=clock)
    bridge.attach(app.handle)
    await app.start()
    return app, store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_the_roster_phone_is_optional_and_read_as_written(tmp_path: Path) -> None:
    (tmp_path / "roster.yaml").write_text(ROSTER, encoding="utf-8")
    roster = load_roster(tmp_path / "roster.yaml")
    assert roster.lookup("p_guo_mom").phone == "13900000002"  # a YAML number
    assert roster.lookup("p_he_mom").phone == "139 0000 0001"
    assert roster.lookup("p_li_mom").phone == ""


async def test_acknowledgements_that_count_and_those_that_do_not(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(
        make_message(
            "/notice 周五下午家长会，请在群里回复“收到”",
            sender="t_zhou",
            message_id="$n",
            ts=clock.now,
        )
    )
    # a conversation between: a bare 收到 an hour later still answers the notice
    for i in range(12):
        await bridge.deliver(
            make_message(
                "下午几点开始呀",
                sender="p_li_mom",
                ts=clock.advance(minutes=1),
                message_id=f"$q{i}",
            )
        )
    clock.advance(hours=1)
    await bridge.deliver(make_message("收到", sender="p_he_mom", ts=clock.advance(minutes=1)))
    await bridge.deliver(make_message("已签字", sender="p_zhang_dad", ts=clock.advance(minutes=1)))
    await bridge.deliver(make_message("没收到", sender="p_li_mom", ts=clock.advance(minutes=1)))
    await bridge.deliver(
        make_message(
            "收到，谢谢周老师", sender="p_wang_dad", reply_to="$n", ts=clock.advance(minutes=1)
        )
    )
    await bridge.deliver(
        Acknowledgement(
            group_id="g1", member_id="p_guo_mom", message_id="$n", ts=clock.now, via="reaction"
        )
    )
    # having read it is not having replied
    await bridge.deliver(
        Acknowledgement(
            group_id="g1", member_id="p_chen_mom", message_id="$n", ts=clock.now, via="receipt"
        )
    )
    # acknowledged: p_he_mom, p_zhang_dad, p_wang_dad, p_guo_mom; not yet the other two
    unacknowledged = app.engine.unacknowledged("g1", "$n")
    assert [m.id for m in unacknowledged] == ["p_li_mom", "p_chen_mom"]
    await bridge.deliver(make_message("/acks", sender="t_zhou", ts=clock.advance(minutes=1)))
    room, reply = bridge.posts[-1]
    assert room == "!class"
    assert reply.splitlines()[0] == "最近一条通知尚未确认（2人）：李明轩妈妈、陈可欣妈妈"
    assert "1390000" not in reply  # families read the class group: no phone numbers there
    assert "管理群" in reply
    await bridge.deliver(
        make_message(
            "/acks 三年级(2)班",
            sender="t_zhou",
            group_id="_management",
            ts=clock.advance(minutes=1),
        )
    )
    assert bridge.posts[-1] == (
        "!manage",
        "最近一条通知尚未确认（2人）：李明轩妈妈、陈可欣妈妈（13900000006）",
    )
    # the deadline: the head teacher is told privately, with the phones
    clock.advance(hours=2)
    await app.fire_due_timers()
    [follow_up] = [
        a for a in bridge.applied if a.kind == ActionKind.NOTIFY and a.member_id == "t_zhou"
    ]
    assert follow_up.text.endswith("李明轩妈妈、陈可欣妈妈（13900000006）")
    await store.close()


async def test_acks_survive_a_restart_and_a_later_post_that_asks_nothing(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(
        make_message(
            "/notice 明天秋游，请带好午餐，收到请回复",
            sender="t_zhou",
            message_id="$n",
            ts=clock.now,
        )
    )
    await bridge.deliver(make_message("收到", sender="p_he_mom", ts=clock.advance(minutes=1)))
    await store.close()
    bridge2 = FakeBridge(Platform.MATRIX)
    app2, store2 = await make_app(tmp_path, clock, bridge2)
    await bridge2.deliver(make_message("好的收到", sender="p_guo_mom", ts=clock.advance(minutes=5)))
    # homework after the notice: a notice that asks for no reply is not what /acks counts
    await bridge2.deliver(
        make_message(
            "今天的语文作业是抄写第三课生字两遍", sender="t_zhou", ts=clock.advance(minutes=5)
        )
    )
    # acknowledged before and after the restart: p_he_mom, p_guo_mom
    unacknowledged = app2.engine.unacknowledged("g1", "$n")
    assert [m.id for m in unacknowledged] == ["p_zhang_dad", "p_li_mom", "p_wang_dad", "p_chen_mom"]
    await bridge2.deliver(make_message("/acks", sender="t_zhou", ts=clock.advance(minutes=1)))
    assert bridge2.posts[-1][1].splitlines()[0] == (
        "最近一条通知尚未确认（4人）：张子涵爸爸、李明轩妈妈、王一诺爸爸、陈可欣妈妈"
    )
    await store2.close()


@pytest.mark.parametrize(
    "text",
    ["收到麦老师", "收到区老师", "关老师辛苦晒", "辛苦晒", "唔该区老师", "多谢冼老师", "好正啊👍",
     "孩子们表现很好👍"],
)  # fmt: skip
def test_cantonese_acknowledgements_and_southern_surnames(text: str) -> None:
    assert is_ack(text, MessageKind.TEXT)


@pytest.mark.parametrize("text", ["表现很好吗", "辛苦晒，不过明天几点到校？", "好正啊，在哪买的"])
def test_questions_after_them_are_no_acknowledgements(text: str) -> None:
    assert not is_ack(text, MessageKind.TEXT)
