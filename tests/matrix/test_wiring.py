"""End to end on the real Synapse: the start-up message, a staff message for an encrypted
class room the bot cannot read, and the periodic member audit (P06) from the room's
joined members.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from nio import RoomCreateResponse, RoomPreset

from classmod.membership import AUDIT_FIRST

from .test_app import School, running_app, school  # noqa: F401 (the fixture)

pytestmark = pytest.mark.synapse


def configure(school: School, **keys: Any) -> dict[str, Any]:  # noqa: F811 (the fixture's name)
    config: dict[str, Any] = json.loads(school.config_path.read_text())
    config.update(keys)
    school.config_path.write_text(json.dumps(config, ensure_ascii=False))
    return config


async def test_the_bot_says_what_it_serves_and_can_do_when_it_starts(
    school: School,  # noqa: F811 (the fixture)
) -> None:
    configure(school, member_audit=False)
    staff_head = school.staff.client(school.head)
    async with running_app(school):
        text = await school.wait_notice(staff_head, school.staff.room_id, "【班级助手已启动】")
    assert "正在管理 1 个班级群" in text and "· 三年级(2)班（Matrix）" in text
    assert "· Matrix：撤回消息、警告、私信提醒、禁言、移出、移出并拉黑、解除拉黑、全员禁言" in text


async def test_an_encrypted_class_room_is_told_to_staff(
    school: School,  # noqa: F811 (the fixture)
    make_client,
) -> None:
    head = school.room.client(school.head)
    created = await head.room_create(
        name="三年级一班家校群",
        preset=RoomPreset.private_chat,
        invite=[school.bot.user_id],
        initial_state=[
            {
                "type": "m.room.encryption",
                "state_key": "",
                "content": {"algorithm": "m.megolm.v1.aes-sha2"},
            }
        ],
    )
    assert isinstance(created, RoomCreateResponse), created
    roster = json.loads((school.config_path.parent / "roster.yaml").read_text())
    roster["group"] = "g2"
    (school.config_path.parent / "roster2.yaml").write_text(json.dumps(roster))
    config = json.loads(school.config_path.read_text())
    groups = config["groups"]
    groups["g2"] = {**groups["g1"], "platform_id": created.room_id, "class": "三年级(1)班"}
    groups["g2"]["roster"] = "roster2.yaml"
    configure(school, groups=groups, member_audit=False)
    staff_head = school.staff.client(school.head)
    async with running_app(school):
        text = await school.wait_notice(staff_head, school.staff.room_id, "【无法管理】")
    assert text.startswith("【无法管理】三年级(1)班 的 Matrix 房间开启了端到端加密")
    assert "platform_id" in text
    notices = await school.notices(staff_head, school.staff.room_id)
    assert not [n for n in notices if "三年级(2)班 的 Matrix 房间" in n]  # only that room


async def test_the_member_audit_names_the_strangers_in_one_message(
    school: School,  # noqa: F811 (the fixture)
    make_user,
    make_client,
) -> None:
    configure(school, member_audit="7d")
    strangers = [make_user("ad", displayname="优惠多多"), make_user("tg", displayname="托管班")]
    for stranger in strangers:
        await school.room.client(school.head).room_invite(school.room.room_id, stranger.user_id)
        joined = await (await make_client(stranger)).join(school.room.room_id)
        assert joined.room_id == school.room.room_id, joined
    staff_head = school.staff.client(school.head)
    async with running_app(school):
        school.clock.advance(AUDIT_FIRST + timedelta(seconds=1))
        text = await school.wait_notice(staff_head, school.staff.room_id, "【成员核查】")
    assert text.startswith("【成员核查】三年级(2)班 有 2 位成员不在本班名单中：")
    for stranger in strangers:
        assert stranger.user_id in text
    assert school.bot.user_id not in text and school.mom.user_id not in text
