"""R02 nickname — 群昵称实名：家长“学生姓名+关系”，教师“学科+姓名”。

Seed: 1.1 "所有家长在班级群内昵称要注明孩子真实姓名，与孩子是何种亲属关系，教师注明其身份（哪科
教师）"; 2.一.(一).2, 4.一.(一).2 "群成员一律实名制，教师命名规则：学科+教师姓名；学生家长命名
规则：学生姓名+爸爸/妈妈或直接出现学生姓名".

Checked on join and on every display-name change (the engine turns a changed ``name`` in a
transcript into a NAME_CHANGE event), against the roster:

- **parent** (and a supervisor who is a guardian): the name holds the full name of one of
  their pupils and, with ``require_relation`` (the default, seed 1.1), a relation word
  (爸爸/妈妈/爷爷/奶奶/外公/外婆/姥姥/姥爷/家长/父亲/母亲 …, ``relations``). Set
  ``require_relation: false`` for schools 2 and 4, which accept the pupil's name alone.
- **teacher** / head teacher: the name holds their subject (语文, 数学 …; 道法 for 道德与法治
  and similar short forms) and their name or "老师".

Decorations are fine: "🌸何雨彤妈妈", "【班主任】语文周敏", "何雨彤（妈妈）". The verdict is a NOTE
(sub-rule ``parent`` or ``teacher``) carrying the name to use, ``("suggested_name", "何雨彤妈妈")``,
so a bridge that can (QQ) sets the group card directly; others DM the format.

Not judged: members the roster does not know (R01 membership handles them), the school
office, an empty display name.

```yaml
rules:
  R02:
    require_relation: true
    relations: [爸爸, 妈妈, 爷爷, 奶奶, 外公, 外婆, 姥姥, 姥爷, 家长, 父亲, 母亲, ...]
```
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from classmod.context import MemberContext
from classmod.hookspecs import ALL_ROLES, RuleSpec, hookimpl
from classmod.model import Category, Member, MemberEventKind, Role, Severity, Verdict

from ._common import RELATION_WORDS, norm

NAME = "nickname"
RULE_ID = "R02"

#: Subjects as the roster names them, with the short forms people write in a nickname.
SUBJECT_ALIASES: dict[str, tuple[str, ...]] = {
    "道德与法治": ("道德与法治", "道法", "品德", "思品"),
    "信息技术": ("信息技术", "信息", "信技", "电脑"),
    "体育与健康": ("体育与健康", "体育"),
    "综合实践": ("综合实践", "综合"),
    "心理健康": ("心理健康", "心理"),
}

_CHECKED_EVENTS = frozenset({MemberEventKind.JOIN, MemberEventKind.NAME_CHANGE})


#: The relation words a parent's display name must hold: the core's list but the bare 爸 and
#: 妈 ("刘欢妈", "周杰爸" break the format, as "瑶妈" does in LABELS.md; "刘欢妈妈" keeps it).
NICKNAME_RELATIONS: tuple[str, ...] = tuple(r for r in RELATION_WORDS if r not in ("爸", "妈"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    require_relation: bool = True  # seeds 2/4 accept "学生姓名" alone: set false there
    relations: tuple[str, ...] = NICKNAME_RELATIONS


def _subject_forms(subject: str) -> tuple[str, ...]:
    return SUBJECT_ALIASES.get(subject, (subject,))


@lru_cache(maxsize=256)
def _folded_relations(relations: tuple[str, ...]) -> tuple[str, ...]:
    """The relation words folded, the empty ones left out (once per settings, not per call)."""
    return tuple(f for f in (norm(r) for r in relations) if f)


def nickname_ok(
    display_name: str,
    member: Member,
    *,
    relations: tuple[str, ...] = NICKNAME_RELATIONS,
    require_relation: bool = True,
) -> bool:
    """Whether ``display_name`` follows the real-name rule for ``member`` (see module doc).

    Members the rule does not judge (unknown, school office, a supervisor with no pupil)
    always pass.
    """
    folded = norm(display_name)
    if member.role in (Role.HEAD_TEACHER, Role.TEACHER):
        if member.subject:
            # LABELS.md: a teacher's name holds the subject ("英语刘老师", "Tina数学", "数学老王"),
            # with something besides it to say who
            subject = next(
                (norm(f) for f in _subject_forms(member.subject) if norm(f) in folded), ""
            )
            return bool(subject) and len(folded) > len(subject)
        return "老师" in folded or bool(member.name and norm(member.name) in folded)
    if member.role in (Role.PARENT, Role.SUPERVISOR) and member.students:
        if not any(norm(pupil) in folded for pupil in member.students):
            return False
        if not require_relation:
            return True
        return any(r in folded for r in _folded_relations(tuple(relations)))
    return True


def suggested_name(member: Member) -> str:
    """The display name the rule asks for: "何雨彤妈妈", "语文周敏" (or "语文老师")."""
    if member.role in (Role.HEAD_TEACHER, Role.TEACHER):
        return f"{member.subject}{member.name or '老师'}"
    if member.students:
        return f"{member.students[0]}{member.relation or '家长'}"
    return ""


#: the rule as it declares itself (classmod_declare_rule); it stamps its verdicts
SPEC = RuleSpec(
    id=RULE_ID,
    default_enabled=True,
    name=NAME,
    category=Category.NICKNAME,
    summary="群昵称实名：家长用“学生姓名+关系”，教师用“学科+姓名”",
    settings=Settings,
    seed_clauses=("1.1", "2.一.(一).2", "4.一.(一).2"),
    roles=ALL_ROLES,
)


@hookimpl
def classmod_declare_rule() -> RuleSpec:
    return SPEC


@hookimpl
def classmod_check_member(ctx: MemberContext) -> list[Verdict]:
    if ctx.event.kind not in _CHECKED_EVENTS:
        return []
    s = ctx.settings_for(Settings)
    member = ctx.member
    display_name = ctx.event.display_name or member.display_name
    if not display_name or nickname_ok(
        display_name, member, relations=s.relations, require_relation=s.require_relation
    ):
        return []
    suggestion = suggested_name(member)
    if member.is_staff:
        sub_rule = "teacher"
        reason = (
            "按群规“群成员一律实名制，教师命名规则：学科+教师姓名”，"
            f"请把群昵称改为“{suggestion}”，方便家长认出您。"
        )
    else:
        sub_rule = "parent"
        relation_hint = "+爸爸/妈妈等关系" if s.require_relation else ""
        reason = (
            f"按群规“群成员一律实名制，家长昵称为学生姓名{relation_hint}”，"
            f"请把群昵称改为“{suggestion}”，方便老师和其他家长认出您。"
        )
    return [
        SPEC.verdict(
            severity=Severity.NOTE,
            reason=reason,
            evidence=display_name,
            sub_rule=sub_rule,
            data=(("suggested_name", suggestion),),
        )
    ]
