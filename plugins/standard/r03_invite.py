"""R03 invite — 未经群主或管理员同意，不得擅自拉人进班级群。

Seed: 2.二.(二).7, 4.二.(二).8 "未经群主或管理员同意，不得擅自拉非本班级家长进班级群".

What it catches: a member pulled in by someone who is not a head teacher, teacher or the school
office, without approval — on the JOIN or pending INVITE, or, for members already in the group
(the roster's ``members`` list: ``joined: {via: invite, by: …, approved: false}``), when the
engine first sees them (see :func:`classmod.rules.standard.r01_membership.is_first_sighting`). The
verdict is MINOR with ``needs_staff``: the join waits for the head teacher's approval.
``data``: ``("inviter", <member id>)`` and ``("invitee_rostered", "true" | "false")`` — an
invitee the roster knows (a grandparent pulled in by the pupil's mother) is still flagged, as
the rule is about asking first, but the policy or the head teacher can approve it at once.

Not flagged: joins by QR code, link or request without an inviter; invitations by staff;
members already approved (``approved: true`` in the roster's member list); with
``flag_rostered_invitees: false``, invitees the roster knows.

```yaml
rules:
  R03:
    flag_rostered_invitees: true
```
"""

from __future__ import annotations

from dataclasses import dataclass

from classmod.context import MemberContext
from classmod.hookspecs import ALL_ROLES, RuleSpec, hookimpl
from classmod.model import Category, MemberEventKind, Role, Severity, Verdict

from .r01_membership import is_first_sighting

NAME = "invite"
RULE_ID = "R03"

_CHECKED_EVENTS = frozenset(
    {MemberEventKind.JOIN, MemberEventKind.INVITE, MemberEventKind.JOIN_REQUEST}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    flag_rostered_invitees: bool = True


#: the rule as it declares itself (classmod_declare_rule); it stamps its verdicts
SPEC = RuleSpec(
    id=RULE_ID,
    default_enabled=True,
    name=NAME,
    category=Category.INVITE,
    summary="未经班主任同意，不得擅自拉人进班级群",
    settings=Settings,
    seed_clauses=("2.二.(二).7", "4.二.(二).8"),
    roles=ALL_ROLES,
)


@hookimpl
def classmod_declare_rule() -> RuleSpec:
    return SPEC


@hookimpl
def classmod_check_member(ctx: MemberContext) -> list[Verdict]:
    s = ctx.settings_for(Settings)
    member = ctx.member
    if ctx.event.kind not in _CHECKED_EVENTS and not is_first_sighting(ctx.event):
        return []
    listed = next((m for m in ctx.roster.members if m.id == member.id), None)
    inviter_id = ctx.event.invited_by or member.invited_by or (listed.invited_by if listed else "")
    approved = member.approved is True or (listed is not None and listed.approved is True)
    if not inviter_id or approved:
        return []
    inviter = ctx.inviter if ctx.inviter is not None else ctx.roster.lookup(inviter_id)
    if inviter.is_staff:
        return []
    rostered = member.role is not Role.UNKNOWN
    if rostered and not s.flag_rostered_invitees:
        return []
    inviter_name = inviter.display_name or (
        f"{inviter.students[0]}{inviter.relation or '家长'}" if inviter.students else "其他成员"
    )
    return [
        SPEC.verdict(
            severity=Severity.MINOR,
            reason=(
                "按群规“未经群主或管理员同意，不得擅自拉非本班级家长进班级群”，"
                f"由{inviter_name}邀请入群的新成员需班主任确认。以后请先联系班主任，由老师邀请入群。"
            ),
            evidence=f"{inviter_id} -> {member.id}",
            needs_staff=True,
            data=(("inviter", inviter_id), ("invitee_rostered", "true" if rostered else "false")),
        )
    ]
