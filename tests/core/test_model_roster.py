"""Roster.lookup: the indexed lookup gives what a scan of the roster gives."""

from __future__ import annotations

import random

from classmod.model import Guardian, Member, Role, Roster, Student


def scanned_lookup(roster: Roster, member_id: str, display_name: str = "") -> Member:
    """The reference: the roster read top to bottom, as the roster format defines it."""
    for t in roster.teachers:
        if t.id == member_id:
            if not display_name or display_name == t.display_name:
                return t
            return Member(
                id=t.id,
                display_name=display_name,
                role=t.role,
                name=t.name,
                subject=t.subject,
                students=t.students,
                relation=t.relation,
            )
    pupils: list[str] = []
    relation = ""
    for s in roster.students:
        for g in s.guardians:
            if g.member_id == member_id:
                pupils.append(s.name)
                relation = relation or g.relation
    if pupils:
        role = Role.SUPERVISOR if member_id == roster.supervisor else Role.PARENT
        return Member(
            id=member_id,
            display_name=display_name,
            role=role,
            students=tuple(pupils),
            relation=relation,
        )
    if member_id and member_id == roster.supervisor:
        return Member(id=member_id, display_name=display_name, role=Role.SUPERVISOR)
    return Member(id=member_id, display_name=display_name, role=Role.UNKNOWN)


def random_roster(rng: random.Random) -> Roster:
    ids = [f"u{i}" for i in range(12)] + [""]
    teachers = tuple(
        Member(
            id=rng.choice(ids),
            role=rng.choice([Role.HEAD_TEACHER, Role.TEACHER]),
            name=f"老师{i}",
            subject=rng.choice(["语文", "数学"]),
            display_name=rng.choice(["", f"老师{i}"]),
        )
        for i in range(rng.randrange(4))
    )
    pool = [
        Student(
            name=f"学生{i}",
            guardians=tuple(
                Guardian(member_id=rng.choice(ids), relation=rng.choice(["", "妈妈", "爸爸"]))
                for _ in range(rng.randrange(4))
            ),
        )
        for i in range(rng.randrange(8))
    ]
    # the same pupil listed twice, and equal pupils as distinct objects
    students = pool + [rng.choice(pool) for _ in range(rng.randrange(2))] if pool else []
    return Roster(
        group_id="g",
        teachers=teachers,
        students=tuple(students),
        supervisor=rng.choice([*ids, "outsider"]),
    )


def test_lookup_equals_a_scan_of_the_roster() -> None:
    rng = random.Random(20260907)
    for _ in range(400):
        roster = random_roster(rng)
        for member_id in [f"u{i}" for i in range(13)] + ["", "outsider"]:
            for name in ("", "王芳", "老师0"):
                assert roster.lookup(member_id, name) == scanned_lookup(roster, member_id, name)


def test_a_teacher_who_is_also_a_guardian_is_looked_up_as_the_teacher() -> None:
    teacher = Member(id="t1", role=Role.HEAD_TEACHER, name="周敏", display_name="周老师")
    roster = Roster(
        group_id="g",
        teachers=(teacher,),
        students=(Student(name="何雨彤", guardians=(Guardian(member_id="t1", relation="妈妈"),)),),
    )
    assert roster.lookup("t1") is teacher
    assert roster.lookup("t1", "周敏").display_name == "周敏"
    assert roster.lookup("t1", "周敏").role is Role.HEAD_TEACHER


def test_a_guardian_of_two_pupils_and_the_supervisor() -> None:
    roster = Roster(
        group_id="g",
        students=(
            Student(name="何雨彤", guardians=(Guardian(member_id="p1", relation=""),)),
            Student(name="何雨桐", guardians=(Guardian(member_id="p1", relation="爸爸"),)),
        ),
        supervisor="p1",
    )
    member = roster.lookup("p1", "雨彤爸爸")
    assert member.students == ("何雨彤", "何雨桐")
    assert member.relation == "爸爸"
    assert member.role is Role.SUPERVISOR
    assert roster.lookup("p2").role is Role.UNKNOWN


def test_the_index_is_not_part_of_the_value() -> None:
    students = (Student(name="何雨彤", guardians=(Guardian(member_id="p1", relation="妈妈"),)),)
    used = Roster(group_id="g", students=students)
    used.lookup("p1")
    fresh = Roster(group_id="g", students=students)
    assert used == fresh
    assert hash(used) == hash(fresh)
    assert "_by_id" not in repr(used)
