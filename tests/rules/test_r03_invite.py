from __future__ import annotations

from dataclasses import replace

from classmod.rules.standard import r03_invite
from classmod.rules.standard.r03_invite import Settings

from classmod.model import Category, Member, MemberEventKind, Severity
from classmod.testing import make_roster, member_context


def check(member_id: str, invited_by: str = "", *, kind=MemberEventKind.JOIN, via="", **kw):
    ctx = member_context(member_id, invited_by=invited_by, kind=kind, via=via, **kw)
    return r03_invite.classmod_check_member(ctx)


def test_stranger_pulled_in_by_a_parent_waits_for_the_head_teacher() -> None:
    verdicts = check("x_aunt", "p_guo_mom", via="invite")
    assert len(verdicts) == 1
    v = verdicts[0]
    assert v.category is Category.INVITE
    assert v.severity is Severity.MINOR
    assert v.needs_staff
    assert dict(v.data) == {"inviter": "p_guo_mom", "invitee_rostered": "false"}
    assert "郭思远妈妈" in v.reason


def test_rostered_invitee_without_approval_is_flagged_and_marked() -> None:
    verdicts = check("p_guo_waipo", "p_guo_mom", via="invite")
    assert dict(verdicts[0].data)["invitee_rostered"] == "true"


def test_rostered_invitee_can_be_let_through_by_setting() -> None:
    s = Settings(flag_rostered_invitees=False)
    assert check("p_guo_waipo", "p_guo_mom", settings=s) == []
    assert check("x_aunt", "p_guo_mom", settings=s)


def test_pending_invite_event_is_flagged() -> None:
    assert check("x_aunt", "p_li_mom", kind=MemberEventKind.INVITE)


def test_invited_by_a_stranger_is_flagged() -> None:
    assert check("x_aunt", "x_other")


def test_staff_invitations_are_clean() -> None:
    assert check("x_aunt", "t_zhou") == []
    assert check("x_aunt", "t_li") == []


def test_joins_without_inviter_are_clean() -> None:
    assert check("x_aunt", via="qr_code") == []
    assert check("p_he_mom", via="link") == []


def test_approved_members_are_clean() -> None:
    ctx = member_context("x_aunt", invited_by="p_guo_mom")
    ctx = replace(ctx, member=replace(ctx.member, approved=True))
    assert r03_invite.classmod_check_member(ctx) == []


def test_renames_and_leaves_are_not_judged() -> None:
    rename = MemberEventKind.NAME_CHANGE
    assert (
        check("x_aunt", "p_guo_mom", kind=rename, previous_name="旧名", display_name="新名") == []
    )
    assert check("x_aunt", "p_guo_mom", kind=MemberEventKind.LEAVE) == []


def test_first_sighting_of_a_listed_member_uses_the_roster_join_record() -> None:
    roster = make_roster()
    listed = Member(
        id="p_guo_waipo",
        display_name="郭思远外婆",
        joined_via="invite",
        invited_by="p_guo_mom",
        approved=False,
    )
    roster = replace(roster, members=(listed,))
    rename = MemberEventKind.NAME_CHANGE
    verdicts = check("p_guo_waipo", kind=rename, display_name="郭思远外婆", roster=roster)
    assert dict(verdicts[0].data) == {"inviter": "p_guo_mom", "invitee_rostered": "true"}
    approved = replace(roster, members=(replace(listed, approved=True),))
    assert check("p_guo_waipo", kind=rename, display_name="郭思远外婆", roster=approved) == []


def test_declaration() -> None:
    spec = r03_invite.classmod_declare_rule()
    assert (spec.id, spec.category) == ("R03", Category.INVITE)
