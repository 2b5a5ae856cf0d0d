"""The P02 school plugin, tested the way a school's plugin author would test theirs."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from classmod.context import DecisionContext
from classmod.hookspecs import Plan
from classmod.model import ActionKind, Category, Severity, Verdict
from classmod.plugins import load_plugin
from classmod.pluginstore import recorder_of
from classmod.testing import SHANGHAI, make_group, make_member

#: a school plugin is not installed: it is loaded by path, as a config's ``plugins`` loads it
school3_ledger: Any = load_plugin(str(Path(__file__).parents[2] / "plugins" / "school3_ledger.py"))


def ctx(member_id: str, prior: int, rule: str = "R05") -> DecisionContext:
    v = Verdict(rule_id=rule, category=Category.ABUSE, severity=Severity.MINOR, reason="不文明用语")
    return DecisionContext(
        group=make_group(),
        member=make_member(member_id),
        event_id="e1",
        message=None,
        verdicts=(v,),
        now=datetime(2026, 9, 7, 9, 0, tzinfo=SHANGHAI),
        strikes=0,
        prior_offences={rule: prior},
    )


def test_first_teacher_offence_is_a_30_yuan_fine() -> None:
    actions = school3_ledger.classmod_extra_actions(ctx("t_li", 0), Plan())
    assert [a.kind for a in actions] == [ActionKind.RECORD]
    assert recorder_of(actions[0]) == "school3_ledger"
    assert "30元" in actions[0].text


def test_second_offence_recommends_dismissal_to_the_office() -> None:
    actions = school3_ledger.classmod_extra_actions(ctx("t_li", 1, "R04"), Plan())
    assert [a.kind for a in actions] == [ActionKind.RECORD, ActionKind.ESCALATE_OFFICE]
    assert "放弃任教职" in actions[0].text


def test_parents_and_other_rules_are_not_in_the_ledger() -> None:
    assert school3_ledger.classmod_extra_actions(ctx("p_he_mom", 0), Plan()) == ()
    assert school3_ledger.classmod_extra_actions(ctx("t_li", 0, "R06"), Plan()) == ()
