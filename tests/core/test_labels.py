"""Corrections that teach the bot: 误判 keeps the message as a clean example, 这是广告 on a
message the bot let pass keeps it as an example of that category and acts; the examples are
audited, blanked after the retention period, exported and imported as JSON lines.

The real app, the standard rules and default policy, a FakeBridge and a fake clock.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from classmod.config import ConfigError
from classmod.labels import Example, parse_label, read_jsonl, write_jsonl
from classmod.model import ActionKind, Category, Message, Platform, RefusalReason
from classmod.store import MIGRATIONS, Store
from classmod.testing import FakeBridge, FakeClock, make_message
from tests.core.test_management_room import (
    CLASS,
    INCITEMENT,
    MUTE_FIRST,
    alert_posts,
    make_app,
    staff_says,
)

NAMES = {"t_zhou": "语文周敏", "p_zhang_dad": "张子涵爸爸"}
PASSED = "家人们，我这有课外辅导名额，想报的私我"  # a message the rules let pass


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("这是广告", Category.AD),
        ("这是广告。", Category.AD),
        ("这是辱骂", Category.ABUSE),
        ("这是不文明用语", Category.ABUSE),
        ("这属于违法违规内容", Category.ILLEGAL),
        ("这是谣言！", Category.RUMOR),
        ("这是刷屏", Category.FLOOD),
        ("这是我家孩子", None),
        ("这是广告吗？", None),
        ("我觉得这是广告", None),
        ("广告", None),
    ],
)
def test_a_label_is_这是_and_a_category_name(text: str, category: Category | None) -> None:
    assert parse_label(text) is category


async def labelled(store: Store) -> list[tuple[str, str, tuple[str, ...], str, str, str]]:
    return [
        (e.message_id, e.text, e.expect, e.category, e.source, e.by)
        for e in await store.examples.stored()
    ]


async def test_wrong_keeps_the_message_as_a_clean_example_of_the_rule(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge, MUTE_FIRST)
    await bridge.deliver(
        make_message(
            INCITEMENT, sender="p_guo_mom", name="郭思远妈妈", ts=clock.now, message_id="$i"
        )
    )
    [(index, _)] = alert_posts(bridge)
    await bridge.deliver(staff_says(clock, "误判", reply_to=f"post:{index}"))
    assert await labelled(store) == [("$i", INCITEMENT, (), "incitement", "correction", "t_zhou")]
    [example] = await store.examples.stored()
    assert example.rule_id == "R13"
    async with store.db.execute(
        "SELECT event_id, rule_id, category, summary FROM audit WHERE kind = 'label'"
    ) as cur:
        assert [tuple(r) for r in await cur.fetchall()] == [
            ("$i", "R13", "incitement", "labelled clean (correction) by t_zhou")
        ]
    await store.close()


async def test_这是广告_on_a_message_let_pass_keeps_it_and_acts_as_the_ladder_says(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(
        make_message(PASSED, sender="p_guo_mom", name="郭思远妈妈", ts=clock.now, message_id="$p")
    )
    assert bridge.applied == [] and alert_posts(bridge) == []  # the bot let it pass
    await bridge.deliver(
        make_message(
            "这是广告",
            sender="t_zhou",
            name="语文周敏",
            ts=clock.advance(minutes=1),
            message_id="$t",
            reply_to="$p",
        )
    )
    # as R06 would have: the message withdrawn, the sender warned (a first offence)
    withdrawn, warned = bridge.applied
    assert (withdrawn.kind, withdrawn.message_id, withdrawn.member_id) == (
        ActionKind.DELETE,
        "$p",
        "p_guo_mom",
    )
    assert (warned.kind, warned.member_id, warned.rule_id) == (ActionKind.WARN, "p_guo_mom", "R06")
    said = [text for room, text in bridge.posts if room == "!class"]
    assert said[-1] == (
        "已将 郭思远妈妈 的这条消息记为「广告」样例，并已按群规处理（本群）：撤回消息、警告"
        "（累计警告 1 次）。"
    )
    assert alert_posts(bridge) == []  # staff said it themselves: nothing to alert
    assert await labelled(store) == [("$p", PASSED, ("ad",), "ad", "label", "t_zhou")]
    assert app.engine.strikes("g1", "p_guo_mom", clock.now) == 1
    async with store.db.execute("SELECT event_id, weight FROM strikes") as cur:
        assert [tuple(r) for r in await cur.fetchall()] == [("$p", 1)]
    await store.close()


async def test_a_label_that_withdraws_nothing_and_one_the_platform_refuses(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX, refuse={ActionKind.DELETE: RefusalReason.BOT_LACKS_POWER})
    _app, store = await make_app(tmp_path, clock, bridge)
    for mid in ("$a", "$b"):
        await bridge.deliver(
            make_message(
                PASSED, sender="p_guo_mom", name="郭思远妈妈", ts=clock.now, message_id=mid
            )
        )
    await bridge.deliver(staff_says_in_class(clock, "这是闲聊", "$a"))
    # as the ladder says for chat: a reminder, no strike
    assert bridge.posts[-1] == (
        "!class",
        "已将 郭思远妈妈 的这条消息记为「闲聊」样例，并已按群规处理（本群）：提醒。",
    )
    await bridge.deliver(staff_says_in_class(clock, "这是广告", "$b"))
    said = [text for room, text in bridge.posts if room == "!class"][-1]
    assert (
        said.startswith("未能撤回消息 郭思远妈妈：机器人没有足够的管理权限") and "已将" not in said
    )
    # the label is kept either way: staff said what it is
    assert [(e.message_id, e.expect) for e in await store.examples.stored()] == [
        ("$a", ("chat",)),
        ("$b", ("ad",)),
    ]
    await store.close()


def staff_says_in_class(
    clock: FakeClock, text: str, reply_to: str, sender: str = "t_zhou"
) -> Message:
    return make_message(
        text, sender=sender, name=NAMES[sender], ts=clock.advance(minutes=1), reply_to=reply_to
    )


async def test_a_parent_saying_这是广告_labels_nothing(tmp_path: Path, clock: FakeClock) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(
        make_message(PASSED, sender="p_guo_mom", name="郭思远妈妈", ts=clock.now, message_id="$p")
    )
    await bridge.deliver(staff_says_in_class(clock, "这是广告", "$p", sender="p_zhang_dad"))
    assert bridge.applied == [] and await store.examples.stored() == []
    await store.close()


async def test_a_label_after_a_restart_without_the_text_stores_nothing_and_says_why(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(
        make_message(PASSED, sender="p_guo_mom", name="郭思远妈妈", ts=clock.now, message_id="$p")
    )
    await store.close()
    bridge2 = FakeBridge(Platform.MATRIX)
    _app2, store2 = await make_app(tmp_path, clock, bridge2)
    await bridge2.deliver(staff_says_in_class(clock, "这是广告", "$p"))
    assert bridge2.applied == [] and await store2.examples.stored() == []
    assert bridge2.posts[-1][1].startswith("找不到这条消息的内容")
    await store2.close()


async def test_这是辱骂_answering_a_members_report_in_the_management_room(
    tmp_path: Path, clock: FakeClock
) -> None:
    bridge = FakeBridge(Platform.MATRIX)
    _app, store = await make_app(tmp_path, clock, bridge)
    await bridge.deliver(
        make_message(
            "你家孩子真是个废物",
            sender="p_guo_mom",
            name="郭思远妈妈",
            ts=clock.now,
            message_id="$r",
        )
    )
    applied = len(bridge.applied)
    await bridge.deliver(
        make_message("/report", sender="p_zhang_dad", ts=clock.advance(minutes=1), reply_to="$r")
    )
    reports = [i for i, (room, text) in enumerate(bridge.posts) if "【成员举报】" in text]
    assert reports, bridge.posts
    await bridge.deliver(staff_says(clock, "这是辱骂", reply_to=f"post:{reports[-1]}"))
    # R05 had judged it abuse already (its ladder then): now it is labelled and withdrawn
    assert bridge.posts[-1] == (
        "!manage",
        f"已将 郭思远妈妈 的这条消息记为「不文明用语」样例，并已撤回（{CLASS}）。",
    )
    assert [a.kind for a in bridge.applied[applied:]] == [ActionKind.DELETE]
    assert [(e.message_id, e.expect) for e in await store.examples.stored()] == [("$r", ("abuse",))]
    await store.close()


async def test_retention_blanks_the_example_texts(tmp_path: Path, clock: FakeClock) -> None:
    async with Store(tmp_path / "s.sqlite") as store:
        old = Example(group_id="g1", message_id="m1", ts=clock.now, text="孩子的事", expect=("ad",))
        await store.examples.add(old, clock.now)
        new = Example(
            group_id="g1", message_id="m2", ts=clock.advance(days=20), text="还在", expect=()
        )
        await store.examples.add(new, clock.now)
        await store.purge_message_text(clock.advance(days=15), retention=timedelta(days=30))
        assert [(e.message_id, e.text) for e in await store.examples.stored()] == [
            ("m1", ""),
            ("m2", "还在"),
        ]


async def test_migration_5_adds_examples_to_a_version_4_store(tmp_path: Path) -> None:
    path = tmp_path / "v4.sqlite"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:4]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    clock = FakeClock()
    async with Store(path) as store:
        assert await store.schema_version() == len(MIGRATIONS)
        assert await store.examples.stored() == []
        await store.examples.add(
            Example(group_id="g1", message_id="m", ts=clock.now, text="x", expect=()), clock.now
        )
        assert len(await store.examples.stored()) == 1


def test_jsonl_round_trip(tmp_path: Path) -> None:
    clock = FakeClock()
    examples = [
        Example(group_id="g1", message_id="m1", ts=clock.now, text="代购", expect=("ad",)),
        Example(group_id="g1", message_id="m2", ts=clock.now, text="", expect=()),
    ]
    path = tmp_path / "labels.jsonl"
    assert write_jsonl(examples, path) == 2
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert first == {
        "id": "m1",
        "group": "g1",
        "ts": clock.now.isoformat(),
        "text": "代购",
        "expect": ["ad"],
    }
    back = list(read_jsonl(path))
    assert [(e.message_id, e.text, e.expect, e.ts) for e in back] == [
        (e.message_id, e.text, e.expect, e.ts) for e in examples
    ]


@pytest.mark.parametrize(
    ("line", "key", "what"),
    [
        ("{", "", "invalid JSON"),
        ("[1]", "", "each line must be a JSON object"),
        ('{"group": "g1", "ts": "2026-09-07T09:00:00+08:00", "expect": []}', "id", "missing"),
        ('{"id": "m", "group": "g1", "ts": "yesterday", "expect": []}', "ts", "not an ISO 8601"),
        (
            '{"id": "m", "group": "g1", "ts": "2026-09-07T09:00:00", "expect": []}',
            "ts",
            "UTC offset",
        ),
        (
            '{"id": "m", "group": "g1", "ts": "2026-09-07T09:00:00+08:00"}',
            "expect",
            "list of categories",
        ),
        (
            '{"id": "m", "group": "g1", "ts": "2026-09-07T09:00:00+08:00", "expect": "ad"}',
            "expect",
            "list",
        ),
        (
            '{"id": "m", "group": "g1", "ts": "2026-09-07T09:00:00+08:00", "expect": ["spam"]}',
            "expect",
            "unknown category 'spam'",
        ),
        (
            '{"id": "m", "group": "g1", "ts": "2026-09-07T09:00+08:00", "text": 3, "expect": []}',
            "text",
            "must be a string",
        ),
    ],
)
def test_a_bad_labels_line_names_the_file_line_and_what(
    tmp_path: Path, line: str, key: str, what: str
) -> None:
    path = tmp_path / "labels.jsonl"
    good = (
        '{"id": "ok", "group": "g1", "ts": "2026-09-07T09:00:00+08:00", "text": "", "expect": []}'
    )
    path.write_text(f"{good}\n\n{line}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        list(read_jsonl(path))
    message = str(info.value)
    assert message.startswith(f"{path}:3: ") and what in message
    if key:
        assert key in message


def test_a_duplicate_labels_line_and_bad_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "labels.jsonl"
    good = '{"id": "m", "group": "g1", "ts": "2026-09-07T09:00:00+08:00", "expect": []}'
    path.write_text(f"{good}\n{good}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r":2: id: duplicate message 'm'.*first on line 1"):
        list(read_jsonl(path))
    path.write_bytes(good.encode() + b"\n\xff\n")
    with pytest.raises(ConfigError, match=":2: not UTF-8"):
        list(read_jsonl(path))
    with pytest.raises(ConfigError, match="file not found"):
        list(read_jsonl(tmp_path / "none.jsonl"))
