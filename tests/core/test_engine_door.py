"""An invite (or join request) and the JOIN that completes it are one occasion for R01/R03."""

from __future__ import annotations

from classmod.rules.standard import r01_membership, r03_invite

from classmod.engine import Engine, GroupSetup
from classmod.model import MemberEvent, MemberEventKind
from classmod.plugins import Host, make_plugin_manager
from classmod.testing import FakeClock, make_group, make_roster


def door_engine() -> Engine:
    host = Host(make_plugin_manager((), entry_points=False))
    setup = GroupSetup(
        group=make_group(),
        roster=make_roster(),
        rules={"R01": r01_membership.Settings(), "R03": r03_invite.Settings()},
    )
    return Engine(host, [setup])


def event(kind: MemberEventKind, clock: FakeClock, n: int) -> MemberEvent:
    return MemberEvent(
        id=f"$e{n}",
        group_id="g1",
        member_id="stranger",
        kind=kind,
        ts=clock.now,
        display_name="卖保险的王姐",
        invited_by="p_he_mom",
    )


def rules(engine: Engine, ev: MemberEvent) -> set[str]:
    return {v.rule_id for v in engine.handle_member_event(ev, now=ev.ts).verdicts}


def test_the_join_after_an_invite_is_not_judged_again() -> None:
    e, clock = door_engine(), FakeClock()
    assert rules(e, event(MemberEventKind.INVITE, clock, 1)) == {"R01", "R03"}
    clock.advance(minutes=2)
    assert rules(e, event(MemberEventKind.JOIN, clock, 2)) == set()


def test_the_join_after_a_join_request_is_not_judged_again() -> None:
    e, clock = door_engine(), FakeClock()
    assert "R01" in rules(e, event(MemberEventKind.JOIN_REQUEST, clock, 1))
    clock.advance(minutes=1)
    assert rules(e, event(MemberEventKind.JOIN, clock, 2)) == set()


def test_a_later_or_second_join_is_a_new_occasion() -> None:
    e, clock = door_engine(), FakeClock()
    rules(e, event(MemberEventKind.INVITE, clock, 1))
    # a week later the invite is stale: the join is judged on its own
    clock.advance(days=8)
    assert rules(e, event(MemberEventKind.JOIN, clock, 2)) == {"R01", "R03"}
    # invited again, left before joining, then joined: the join is judged
    rules(e, event(MemberEventKind.INVITE, clock, 3))
    rules(e, event(MemberEventKind.LEAVE, clock, 4))
    assert rules(e, event(MemberEventKind.JOIN, clock, 5)) == {"R01", "R03"}
