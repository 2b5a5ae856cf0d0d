from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from classmod.rules.standard import r01_membership
from classmod.rules.standard.r01_membership import (
    Settings,
    claimed_guardianship,
    is_first_sighting,
    looks_like_pupil,
)

from classmod.model import Category, MemberEventKind, Role, Severity
from classmod.testing import SHANGHAI, make_message, make_roster, member_context, message_context

ROSTER = make_roster()
T0 = datetime(2026, 9, 7, 9, 0, tzinfo=SHANGHAI)


def join(
    member_id: str,
    name: str = "",
    *,
    kind=MemberEventKind.JOIN,
    comment: str = "",
    previous_name: str = "",
):
    ctx = member_context(
        member_id, display_name=name, kind=kind, comment=comment, previous_name=previous_name
    )
    return r01_membership.classmod_check_member(ctx)


@pytest.mark.parametrize("member_id", ["t_zhou", "t_li", "p_he_mom", "p_guo_waipo", "p_chen_dad"])
def test_rostered_members_join_cleanly(member_id: str) -> None:
    assert join(member_id, "whatever") == []


def test_stranger_joining_is_held_for_staff() -> None:
    verdicts = join("x_stranger", "阳光托管李老师")
    assert len(verdicts) == 1
    v = verdicts[0]
    assert v.category is Category.MEMBERSHIP
    assert v.severity is Severity.MINOR
    assert v.needs_staff is True
    assert v.sub_rule == ""
    assert v.evidence == "阳光托管李老师"
    assert v.data == ()


@pytest.mark.parametrize("kind", [MemberEventKind.JOIN_REQUEST, MemberEventKind.INVITE])
def test_requests_and_invites_of_strangers_are_flagged(kind: MemberEventKind) -> None:
    assert join("x_new", "新人", kind=kind)


def test_leave_and_rename_are_not_judged() -> None:
    assert join("x_new", "新人", kind=MemberEventKind.LEAVE) == []
    rename = MemberEventKind.NAME_CHANGE
    assert join("x_new", "新人", kind=rename, previous_name="旧名") == []


def test_first_sighting_is_judged_like_a_join() -> None:
    rename = MemberEventKind.NAME_CHANGE
    assert join("x_new", "郭思远舅舅", kind=rename)  # previous name unknown
    assert join("x_new", "郭思远舅舅", kind=rename, previous_name="郭思远舅舅")
    assert join("p_guo_mom", "郭思远妈妈", kind=rename) == []
    assert is_first_sighting(member_context("x", kind=rename, display_name="a").event)
    assert not is_first_sighting(member_context("x", display_name="a").event)


@pytest.mark.parametrize("name", ["何雨彤", "何 雨 彤", "学生何雨彤", "郭思远本人"])
def test_pupil_accounts_get_the_student_sub_rule(name: str) -> None:
    assert looks_like_pupil(name, ROSTER)
    assert join("x_kid", name)[0].label == "membership:student"


@pytest.mark.parametrize("name", ["何雨彤爸爸", "阳光托管李老师", "王小明", ""])
def test_other_names_are_not_pupils(name: str) -> None:
    assert not looks_like_pupil(name, ROSTER)


def test_join_request_comment_naming_a_pupil_and_relation_is_verifiable() -> None:
    verdicts = join("x_dad", "大海", kind=MemberEventKind.JOIN_REQUEST, comment="我是何雨彤爸爸")
    assert dict(verdicts[0].data) == {
        "claimed_student": "何雨彤",
        "claimed_relation": "爸爸",
        "claim_source": "comment",
        "verifiable": "true",
    }


def test_claim_from_display_name_when_no_comment() -> None:
    data = dict(join("x_dad", "张子涵妈妈")[0].data)
    assert data["claimed_student"] == "张子涵"
    assert data["claim_source"] == "display_name"


def test_claims_need_a_rostered_pupil_and_a_relation() -> None:
    assert claimed_guardianship("我是王小明爸爸", ROSTER) is None
    assert claimed_guardianship("何雨彤", ROSTER) is None
    assert claimed_guardianship("何雨彤的外婆", ROSTER) == ("何雨彤", "外婆")


ON = Settings(check_first_message=True)


def check(text: str, sender: str, history=(), settings=ON, **kw):
    ctx = message_context(text, sender=sender, history=list(history), settings=settings, **kw)
    return r01_membership.classmod_check_message(ctx)


def test_unrostered_member_first_message_is_flagged() -> None:
    verdicts = check("各位家长好，暑假托管班招生啦", "x_stranger", name="阳光托管李老师")
    assert len(verdicts) == 1
    assert verdicts[0].needs_staff
    assert dict(verdicts[0].data)["first_message"] == "true"


def test_unrostered_member_later_messages_are_not_flagged_again() -> None:
    earlier = make_message("大家好", sender="x_stranger", ts=T0 - timedelta(minutes=5))
    assert check("有意向的联系我", "x_stranger", history=[earlier]) == []


def test_other_senders_in_history_do_not_count() -> None:
    earlier = make_message("大家好", sender="p_he_mom", ts=T0 - timedelta(minutes=5))
    assert check("大家好", "x_stranger", history=[earlier])


def test_rostered_senders_are_clean() -> None:
    assert check("大家好", "p_he_mom") == []
    assert check("大家好", "t_zhou") == []


def test_first_message_check_is_off_by_default() -> None:
    assert check("大家好", "x_stranger", settings=None) == []


def test_declaration() -> None:
    spec = r01_membership.classmod_declare_rule()
    assert (spec.id, spec.category) == ("R01", Category.MEMBERSHIP)
    assert spec.roles == frozenset({Role.UNKNOWN})
