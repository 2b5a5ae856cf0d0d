from __future__ import annotations

import pytest
from classmod.rules.standard import r02_nickname
from classmod.rules.standard.r02_nickname import Settings, nickname_ok, suggested_name

from classmod.model import Category, MemberEventKind, Role, Severity
from classmod.testing import make_member, make_roster, member_context

ROSTER = make_roster(
    teachers=(
        ("t_zhou", "周敏", "语文", Role.HEAD_TEACHER),
        ("t_li", "李建国", "数学", Role.TEACHER),
        ("t_sun", "孙强", "道德与法治", Role.TEACHER),
    )
)


def member(member_id: str):
    return make_member(member_id, roster=ROSTER)


def check(member_id: str, name: str, *, kind=MemberEventKind.JOIN, settings=None):
    ctx = member_context(member_id, display_name=name, kind=kind, roster=ROSTER, settings=settings)
    return r02_nickname.classmod_check_member(ctx)


@pytest.mark.parametrize(
    "name",
    [
        "何雨彤妈妈",
        "何雨彤 妈妈",
        "🌸何雨彤妈妈🌸",
        "何雨彤（妈妈）",
        "何雨彤家长",
        "何雨彤的妈妈",
        "何雨彤母亲",
        "何雨彤嫲嫲",  # 粤: the father's mother
        "何雨彤婆婆",
        "【家委】何雨彤妈妈",
    ],
)
def test_parent_names_that_follow_the_rule(name: str) -> None:
    assert nickname_ok(name, member("p_he_mom"))


@pytest.mark.parametrize(
    "name",
    # the bare 妈 after the full name is no relation word either (LABELS.md: 瑶妈 breaks it;
    # the corpora's writers say the same of 刘欢妈 and 周杰爸)
    ["雨彤妈妈", "何雨彤", "何妈妈", "快乐每一天", "Lily", "郭思远妈妈", "何雨童妈妈", "何雨彤妈"],
)
def test_parent_names_that_do_not(name: str) -> None:
    assert not nickname_ok(name, member("p_he_mom"))


def test_pupil_name_alone_is_enough_without_require_relation() -> None:
    assert nickname_ok("何雨彤", member("p_he_mom"), require_relation=False)
    assert not nickname_ok("何妈妈", member("p_he_mom"), require_relation=False)


def test_grandparent_of_a_pupil_with_two_guardians() -> None:
    assert nickname_ok("郭思远外婆", member("p_guo_waipo"))
    assert nickname_ok("郭思远姥姥", member("p_guo_waipo"))  # any relation word is accepted


@pytest.mark.parametrize(
    "name", ["语文周敏", "周敏（语文）", "【班主任】语文周敏", "语文周老师", "语文老师"]
)
def test_teacher_names_that_follow_the_rule(name: str) -> None:
    assert nickname_ok(name, member("t_zhou"))


@pytest.mark.parametrize("name", ["周敏", "周老师", "班主任", "数学周敏", "敏敏"])
def test_teacher_names_that_do_not(name: str) -> None:
    assert not nickname_ok(name, member("t_zhou"))


def test_subject_short_forms() -> None:
    assert nickname_ok("道法孙强", member("t_sun"))
    assert nickname_ok("道德与法治孙老师", member("t_sun"))
    assert not nickname_ok("孙强", member("t_sun"))


def test_unknown_members_are_left_to_r01() -> None:
    assert nickname_ok("阳光托管李老师", member("x_stranger"))
    assert check("x_stranger", "阳光托管李老师") == []


def test_suggested_names() -> None:
    assert suggested_name(member("p_he_mom")) == "何雨彤妈妈"
    assert suggested_name(member("p_guo_waipo")) == "郭思远外婆"
    assert suggested_name(member("t_zhou")) == "语文周敏"


def test_join_with_a_bad_parent_name() -> None:
    verdicts = check("p_zhang_dad", "大海")
    assert len(verdicts) == 1
    v = verdicts[0]
    assert v.category is Category.NICKNAME
    assert v.severity is Severity.NOTE
    assert v.sub_rule == "parent"
    assert dict(v.data) == {"suggested_name": "张子涵爸爸"}
    assert "张子涵爸爸" in v.reason


def test_name_change_of_a_teacher() -> None:
    verdicts = check("t_li", "李老师", kind=MemberEventKind.NAME_CHANGE)
    assert verdicts[0].sub_rule == "teacher"
    assert dict(verdicts[0].data) == {"suggested_name": "数学李建国"}


def test_good_names_are_clean_on_join_and_change() -> None:
    assert check("p_zhang_dad", "张子涵爸爸") == []
    assert check("t_li", "数学李建国", kind=MemberEventKind.NAME_CHANGE) == []


def test_other_events_and_empty_names_are_not_judged() -> None:
    assert check("p_zhang_dad", "大海", kind=MemberEventKind.LEAVE) == []
    assert check("p_zhang_dad", "") == []


def test_settings_relaxed_relation() -> None:
    assert check("p_zhang_dad", "张子涵", settings=Settings(require_relation=False)) == []
    assert check("p_zhang_dad", "张子涵")


def test_declaration() -> None:
    spec = r02_nickname.classmod_declare_rule()
    assert (spec.id, spec.category, spec.settings) == ("R02", Category.NICKNAME, Settings)


@pytest.mark.parametrize("name", ["Tina语文", "语文老周", "初一3班语文周", "Ms.Zhou 语文"])
def test_a_teacher_name_that_holds_the_subject_and_says_who(name: str) -> None:
    assert nickname_ok(name, member("t_zhou")), name


@pytest.mark.parametrize("name", ["语文", "Amy Zhou", "周老师👩‍🏫"])
def test_a_teacher_name_without_the_subject_or_with_nothing_else(name: str) -> None:
    assert not nickname_ok(name, member("t_zhou")), name


def test_korean_relation_words() -> None:
    assert nickname_ok("何雨彤엄마", member("p_he_mom"))
    assert nickname_ok("何雨彤 아빠", member("p_he_mom"))
    assert not nickname_ok("雨彤엄마", member("p_he_mom"))
