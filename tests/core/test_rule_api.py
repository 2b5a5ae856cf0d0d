"""The rule API a plugin author writes against: typed settings, verdicts stamped by the
declaring spec and checked by the engine, hook implementations called by name."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from structlog.testing import capture_logs

from classmod.capabilities import PLATFORM_CAPABILITIES
from classmod.context import MemberContext, MessageContext
from classmod.engine import Engine, GroupSetup
from classmod.hookspecs import ALL_ROLES, RuleSpec, hookimpl
from classmod.model import Category, Platform, Severity, Verdict
from classmod.plugins import Host, make_plugin_manager
from classmod.policy import PolicyConfig
from classmod.testing import make_group, make_message, make_roster, message_context


@dataclass(frozen=True, slots=True, kw_only=True)
class WordSettings:
    word: str = "考题"


@dataclass(frozen=True, slots=True, kw_only=True)
class OtherSettings:
    word: str = "x"


SPEC = RuleSpec(
    id="S9-01",
    name="exam_leak",
    category=Category.ILLEGAL,
    summary="不得泄露考题",
    settings=WordSettings,
    roles=ALL_ROLES,
    default_enabled=True,
)


class ExamLeak:
    """Stamps its verdicts with SPEC, reads its settings typed."""

    @hookimpl
    def classmod_declare_rule(self) -> RuleSpec:
        return SPEC

    @hookimpl
    def classmod_check_message(self, ctx: MessageContext) -> list[Verdict]:
        s = ctx.settings_for(WordSettings)
        if s.word in ctx.norm:
            return [SPEC.verdict(severity=Severity.MAJOR, reason="请勿传播考题", evidence=s.word)]
        return []


class Copycat:
    """A rule copied from another that kept the original's id on one of its verdicts."""

    @hookimpl
    def classmod_declare_rule(self) -> RuleSpec:
        return RuleSpec(
            id="S9-02", name="copycat", category=Category.CHAT, summary="闲聊", default_enabled=True
        )

    @hookimpl
    def classmod_check_message(self, ctx: MessageContext) -> list[Verdict]:
        if "股票" not in ctx.norm:
            return []
        good = Verdict(rule_id="S9-02", category=Category.CHAT, severity=Severity.NOTE, reason="ok")
        wrong_id = Verdict(
            rule_id="R09", category=Category.CHAT, severity=Severity.NOTE, reason="copied"
        )
        wrong_category = Verdict(
            rule_id="S9-02", category=Category.ABUSE, severity=Severity.MINOR, reason="copied"
        )
        return [good, wrong_id, wrong_category]


class NoArguments:
    """An implementation that takes none of the hook's arguments (pluggy allows it)."""

    @hookimpl
    def classmod_declare_rule(self) -> RuleSpec:
        return RuleSpec(
            id="S9-03", name="always", category=Category.CHAT, summary="总是", default_enabled=True
        )

    @hookimpl
    def classmod_check_message(self) -> list[Verdict]:
        return [
            Verdict(rule_id="S9-03", category=Category.CHAT, severity=Severity.NOTE, reason="总是")
        ]


def _engine(rules: dict[str, object], *plugin_objects: object) -> Engine:
    host = Host(make_plugin_manager(list(plugin_objects), standard_rules=False, entry_points=False))
    setup = GroupSetup(
        group=make_group(),
        roster=make_roster(),
        rules=rules,
        policy=PolicyConfig(),
        capabilities=PLATFORM_CAPABILITIES[Platform.MATRIX],
    )
    return Engine(host, [setup])


def test_spec_verdict_stamps_the_rules_id_and_category() -> None:
    v = SPEC.verdict(severity=Severity.MINOR, reason="r", sub_rule="leak", delete=True)
    assert (v.rule_id, v.category, v.label, v.delete) == (
        "S9-01",
        Category.ILLEGAL,
        "illegal:leak",
        True,
    )


def test_settings_for_gives_the_groups_settings_or_the_defaults_typed() -> None:
    assert message_context("x").settings_for(WordSettings) == WordSettings()
    # one defaults instance per class, not one per message
    assert message_context("x").settings_for(WordSettings) is message_context("y").settings_for(
        WordSettings
    )
    mine = WordSettings(word="答案")
    assert message_context("x", settings=mine).settings_for(WordSettings) is mine


def test_settings_of_another_class_are_an_error_not_defaults() -> None:
    with pytest.raises(TypeError, match="OtherSettings, not the WordSettings"):
        message_context("x", settings=OtherSettings()).settings_for(WordSettings)


def test_member_context_reads_settings_typed_too() -> None:
    from classmod.testing import member_context

    ctx: MemberContext = member_context("p_x", settings=None)
    assert ctx.settings_for(WordSettings) == WordSettings()


def test_the_engine_passes_each_group_its_own_settings() -> None:
    e = _engine({"S9-01": WordSettings(word="答案")}, ExamLeak())
    assert [v.evidence for v in e.handle_message(make_message("期中答案来了")).verdicts] == ["答案"]
    assert e.handle_message(make_message("期中考题来了")).verdicts == ()


def test_a_verdict_in_another_rules_name_is_dropped_and_logged() -> None:
    e = _engine({"S9-02": None}, Copycat())
    with capture_logs() as logs:
        decision = e.handle_message(make_message("今天股票涨了"))
    assert [(v.rule_id, v.category, v.reason) for v in decision.verdicts] == [
        ("S9-02", Category.CHAT, "ok")
    ]
    mislabelled = [x for x in logs if x["event"] == "rule_verdict_mislabelled"]
    assert mislabelled and mislabelled[0]["rule"] == "S9-02"


def test_an_implementation_without_arguments_is_called_by_name() -> None:
    e = _engine({"S9-03": None}, NoArguments())
    assert [v.rule_id for v in e.handle_message(make_message("你好")).verdicts] == ["S9-03"]
