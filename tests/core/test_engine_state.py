"""Engine state: bound rules shared by groups with equal settings, bounded containers."""

from __future__ import annotations

from toyrules import BadSettings, plugins

from classmod.engine import HISTORY_LIMIT, REPLY_INDEX_LIMIT, STRIKES_KEPT, Engine, GroupSetup
from classmod.model import Category, Member
from classmod.plugins import Host, make_plugin_manager
from classmod.testing import FakeClock, make_group, make_message, make_roster


def host() -> Host:
    return Host(make_plugin_manager(plugins(), standard_rules=False, entry_points=False))


def setup(group_id: str, word: str = "badword", **roster: object) -> GroupSetup:
    return GroupSetup(
        group=make_group(group_id),
        roster=make_roster(group_id, **roster),  # type: ignore[arg-type]
        rules={"T01": BadSettings(word=word), "T02": None},
    )


def test_groups_with_equal_settings_share_bound_rules() -> None:
    h = host()
    e = Engine(h, [setup("g1"), setup("g2"), setup("g3", word="脏话")])
    bound = {gid: e._state(gid).message_rules for gid in ("g1", "g2", "g3")}
    assert bound["g1"] is bound["g2"]
    assert bound["g1"] is not bound["g3"]
    assert e.handle_message(make_message("badword", group_id="g2")).verdicts
    assert not e.handle_message(make_message("badword", group_id="g3")).verdicts
    assert e.handle_message(make_message("脏话", group_id="g3")).verdicts


def test_a_group_added_again_with_new_settings_uses_them() -> None:
    e = Engine(host(), [setup("g1")])
    assert e.handle_message(make_message("badword", group_id="g1")).verdicts
    e.add_group(setup("g1", word="脏话"))
    assert not e.handle_message(make_message("badword", group_id="g1")).verdicts
    assert e.handle_message(make_message("脏话", group_id="g1")).verdicts


def test_history_reply_index_and_strikes_stay_bounded() -> None:
    e, clock = Engine(host(), [setup("g1")]), FakeClock()
    for i in range(REPLY_INDEX_LIMIT + 50):
        e.handle_message(make_message(f"第{i}条", ts=clock.advance(seconds=1)))
    state = e._state("g1")
    assert [m.text for m in state.history] == [
        f"第{i}条" for i in range(REPLY_INDEX_LIMIT + 50 - HISTORY_LIMIT, REPLY_INDEX_LIMIT + 50)
    ]
    assert len(state.by_id) == REPLY_INDEX_LIMIT
    assert e.message("g1", next(iter(state.by_id))) is not None
    assert list(state.by_id.values())[-HISTORY_LIMIT:] == state.history
    for _ in range(STRIKES_KEPT + 5):
        e.add_strike("g1", "p_he_mom", clock.advance(seconds=1), 1)
    assert e.strikes("g1", "p_he_mom", clock.now) == STRIKES_KEPT


def test_a_listed_member_who_was_invited_keeps_that_on_every_lookup() -> None:
    roster = make_roster("g1")
    invited = Member(id="p_new", display_name="新人", invited_by="t_zhou", joined_via="invite")
    listed = setup("g1")
    listed = GroupSetup(
        group=listed.group,
        roster=type(roster)(
            group_id="g1",
            teachers=roster.teachers,
            students=roster.students,
            members=(*roster.members, invited),
        ),
        rules=listed.rules,
    )
    e = Engine(host(), [listed])
    member = e.member("g1", "p_new", "新名字")
    assert (member.invited_by, member.joined_via, member.display_name) == (
        "t_zhou",
        "invite",
        "新名字",
    )
    assert e.member("g1", "p_he_mom").invited_by == ""


def test_what_the_rules_found_is_kept_for_the_messages_after_and_stays_bounded() -> None:
    e, clock = Engine(host(), [setup("g1")]), FakeClock()
    bad = make_message("badword", ts=clock.advance(seconds=1))
    e.handle_message(bad)
    clean = make_message("你好", ts=clock.advance(seconds=1))
    e.handle_message(clean)
    state = e._state("g1")
    assert state.found.get(bad.id) == frozenset({Category.ABUSE})
    assert clean.id not in state.found  # only the messages that broke a rule
    for i in range(REPLY_INDEX_LIMIT + 5):
        e.handle_message(make_message(f"badword {i}", ts=clock.advance(seconds=1)))
    assert bad.id not in state.found
    assert set(state.found) <= set(state.by_id)
