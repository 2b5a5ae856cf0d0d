"""R01 membership — 群成员只能是本班任课教师和在册学生的家长/监护人（严禁学生入群）。

Seed: 1.1 "群成员为该班级任课教师及学生家长（严禁学生参加）"; 2.一.(一).1, 4.一.(一).1
"学生家长及监护人方可入群，禁止无关人员加入"; 2.二.(一).2, 4.二.(一).2 "不定时检查群成员，不应
加入人员应予以清退".

What it catches: a member the roster does not know — a pupil, a stranger (托管班、培训机构),
a parent of another class, a parent whose child has left — when they join, ask to join or are
invited, and when the engine first sees them (a member already in the group when moderation
started has no join event: the engine reports its first sighting as a NAME_CHANGE whose
previous name is unknown or equal to the new one, see :func:`is_first_sighting`). Later
messages of the same member are judged on their content only. The verdict is MINOR with
``needs_staff``: the policy holds the member, asks them to verify and removes them after a
grace period.

- sub-rule ``student`` when the display name looks like a pupil's own (a roster pupil's name
  without a relation word, or 学生/同学/本人 with it).
- ``data`` carries a claim the staff can verify: ``("claimed_student", "何雨彤")``,
  ``("claimed_relation", "爸爸")``, ``("claim_source", "comment" | "display_name")`` and
  ``("verifiable", "true")`` when a join request's comment (or the display name) names a
  rostered pupil and a relation — a QQ bridge may then approve the request once staff agree.
- ``check_first_message: true`` (off by default) also flags a message whose sender has no
  earlier message in the engine's bounded history, with ``("first_message", "true")``, for
  hosts that report no first sighting. It may flag a quiet member again once their last
  message has left that history: the policy should treat R01 as a state (hold → verify →
  remove), not add a strike each time.

Not flagged: rostered teachers, guardians, the supervisor and the school office.

```yaml
rules:
  R01:
    check_first_message: false
```
"""

from __future__ import annotations

from dataclasses import dataclass

from classmod.context import MemberContext, MessageContext
from classmod.hookspecs import RuleSpec, hookimpl
from classmod.model import (
    Category,
    MemberEvent,
    MemberEventKind,
    Role,
    Roster,
    Severity,
    Verdict,
)

from ._common import RELATION_WORDS, norm, pupil_matcher

NAME = "membership"
RULE_ID = "R01"

_CHECKED_EVENTS = frozenset(
    {MemberEventKind.JOIN, MemberEventKind.JOIN_REQUEST, MemberEventKind.INVITE}
)
_RELATIONS = tuple(sorted({norm(r) for r in RELATION_WORDS if norm(r)}, key=len, reverse=True))
_PUPIL_MARKERS = ("学生", "同学", "本人", "本尊")


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    check_first_message: bool = False


def is_first_sighting(event: MemberEvent) -> bool:
    """Whether a NAME_CHANGE is the host's first sighting of a member rather than a rename:
    the previous name is unknown or the same as the new one."""
    return event.kind is MemberEventKind.NAME_CHANGE and (
        not event.previous_name or event.previous_name == event.display_name
    )


def claimed_guardianship(text: str, roster: Roster) -> tuple[str, str] | None:
    """``(pupil, relation)`` when ``text`` names a rostered pupil and a relation word
    ("我是何雨彤爸爸" → ("何雨彤", "爸爸"))."""
    folded = norm(text)
    pupils = pupil_matcher(roster).find(folded)
    if not pupils:
        return None
    relation = next((r for r in _RELATIONS if r in folded), "")
    return (pupils[0], relation) if relation else None


def looks_like_pupil(display_name: str, roster: Roster) -> bool:
    """Whether an unrostered member's name looks like the pupil's own account."""
    folded = norm(display_name)
    if not folded or any(r in folded for r in _RELATIONS):
        return False
    names = {norm(n) for n in roster.student_names()}
    if folded in names:
        return True
    return any(m in folded for m in _PUPIL_MARKERS) and bool(pupil_matcher(roster).find(folded))


def _verdict(
    severity: Severity, display_name: str, roster: Roster, data: list[tuple[str, str]]
) -> Verdict:
    sub_rule = "student" if looks_like_pupil(display_name, roster) else ""
    if sub_rule:
        reason = (
            "按群规“群成员为该班级任课教师及学生家长（严禁学生参加）”，学生不能加入班级群，"
            "已请班主任核实。请由家长本人入群。"
        )
    else:
        reason = (
            "按群规“学生家长及监护人方可入群，禁止无关人员加入”，您不在本班家长和老师名单中，"
            "已请班主任核实。如是本班学生家长，请把群昵称改为“学生姓名+关系”并联系班主任确认。"
        )
    return SPEC.verdict(
        severity=severity,
        reason=reason,
        evidence=display_name,
        sub_rule=sub_rule,
        needs_staff=True,
        data=tuple(data),
    )


def _claim_data(roster: Roster, comment: str, display_name: str) -> list[tuple[str, str]]:
    for source, text in (("comment", comment), ("display_name", display_name)):
        claim = claimed_guardianship(text, roster) if text else None
        if claim is not None:
            return [
                ("claimed_student", claim[0]),
                ("claimed_relation", claim[1]),
                ("claim_source", source),
                ("verifiable", "true"),
            ]
    return []


#: the rule as it declares itself (classmod_declare_rule); it stamps its verdicts
SPEC = RuleSpec(
    id=RULE_ID,
    default_enabled=True,
    name=NAME,
    category=Category.MEMBERSHIP,
    summary="只有本班任课教师和在册学生的家长/监护人可以入群，严禁学生和无关人员加入",
    settings=Settings,
    seed_clauses=("1.1", "2.一.(一).1", "4.一.(一).1", "2.二.(一).2", "4.二.(一).2"),
    roles=frozenset({Role.UNKNOWN}),
)


@hookimpl
def classmod_declare_rule() -> RuleSpec:
    return SPEC


@hookimpl
def classmod_check_member(ctx: MemberContext) -> list[Verdict]:
    if ctx.member.role is not Role.UNKNOWN:
        return []
    if ctx.event.kind not in _CHECKED_EVENTS and not is_first_sighting(ctx.event):
        return []
    display_name = ctx.event.display_name or ctx.member.display_name
    data = _claim_data(ctx.roster, ctx.event.comment, display_name)
    return [_verdict(Severity.MINOR, display_name, ctx.roster, data)]


@hookimpl
def classmod_check_message(ctx: MessageContext) -> list[Verdict]:
    s = ctx.settings_for(Settings)
    if not s.check_first_message or ctx.member.role is not Role.UNKNOWN:
        return []
    sender = ctx.message.sender_id
    if any(m.sender_id == sender for m in ctx.history):
        return []
    display_name = ctx.message.display_name or ctx.member.display_name
    data = [("first_message", "true"), *_claim_data(ctx.roster, "", display_name)]
    return [_verdict(Severity.MINOR, display_name, ctx.roster, data)]
