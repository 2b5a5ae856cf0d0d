"""``/audit`` shows stored (UTC) times as the school reads them."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from classmod.commands import CommandContext, cmd_audit, local_time
from classmod.model import Role
from classmod.testing import make_group, make_member, make_message

ROWS = (
    {
        "ts": "2026-09-06T16:30:00+00:00",  # 00:30 on the 7th in Shanghai
        "kind": "action",
        "rule_id": "R06",
        "member_id": "p_guo_mom",
        "summary": "ok",
    },
)


def audit(**kwargs: object) -> str:
    ctx = CommandContext(
        name="audit",
        args=(),
        invoker=make_member("t_zhou", role=Role.HEAD_TEACHER),
        target=None,
        target_message=None,
        message=make_message("/audit", sender="t_zhou"),
        now=datetime(2026, 9, 7, 1, 0, tzinfo=UTC),
        audit_rows=ROWS,
        **kwargs,  # type: ignore[arg-type]
    )
    return cmd_audit(ctx).reply


def test_class_group_audit_uses_the_groups_timezone() -> None:
    line = audit(group=make_group(), member_names={"p_guo_mom": "郭思远妈妈"}).splitlines()[1]
    assert line == "2026-09-07 00:30 处理 R06 郭思远妈妈 ok"  # in words, never a raw id
    urumqi = make_group(timezone=ZoneInfo("Asia/Urumqi"))
    assert audit(group=urumqi).splitlines()[1].startswith("2026-09-06 22:30 ")


def test_management_room_audit_uses_the_schools_timezone() -> None:
    assert (
        audit(group=None, timezone=ZoneInfo("Asia/Hong_Kong"))
        .splitlines()[1]
        .startswith("2026-09-07 00:30 ")
    )
    # no timezone handed over: the config's default school timezone, never UTC
    assert audit(group=None).splitlines()[1].startswith("2026-09-07 00:30 ")


def test_a_time_that_is_not_ours_is_shown_as_stored() -> None:
    assert local_time("2026-09-07T01:00:00", ZoneInfo("Asia/Shanghai")) == "2026-09-07T01:00"
    assert local_time("yesterday", ZoneInfo("Asia/Shanghai")) == "yesterday"


def test_audit_never_shows_a_raw_id() -> None:
    assert "p_guo_mom" not in audit(group=make_group())  # no name known: "一位成员"
