from __future__ import annotations

from datetime import timedelta

import pytest
from structlog.testing import capture_logs
from toyrules import BadSettings, plugins

from classmod.capabilities import PLATFORM_CAPABILITIES
from classmod.context import MessageContext
from classmod.engine import Engine, GroupSetup
from classmod.hookspecs import RuleSpec, hookimpl
from classmod.model import ActionKind, Category, Platform, Role, Severity, Verdict
from classmod.plugins import Host, PluginError, make_plugin_manager
from classmod.policy import PolicyConfig
from classmod.testing import FakeClock, make_group, make_message, make_roster


def engine(platform: Platform = Platform.MATRIX, **policy: object) -> Engine:
    host = Host(make_plugin_manager(plugins(), standard_rules=False, entry_points=False))
    setup = GroupSetup(
        group=make_group(platform=platform),
        roster=make_roster(),
        rules={"T01": BadSettings(), "T02": None, "T03": None},
        policy=PolicyConfig(**policy),  # type: ignore[arg-type]
        capabilities=PLATFORM_CAPABILITIES[platform],
    )
    return Engine(host, [setup])


def kinds(decision) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(a.kind) for a in decision.actions]


def test_clean_message_gives_no_actions() -> None:
    d = engine().handle_message(make_message("老师辛苦了"))
    assert d.clean and d.actions == ()


def test_ladder_walks_point_out_warn_mute_mute_remove() -> None:
    e, clock = engine(), FakeClock()
    steps = []
    for _ in range(6):
        d = e.handle_message(make_message("badword", ts=clock.advance(minutes=1)))
        steps.append(kinds(d))
    assert steps[0] == ["delete", "warn"]
    assert steps[1] == ["delete", "warn", "notify"]
    # a sanction comes before the warning that tells of it (said only if it was applied)
    assert steps[2] == ["delete", "mute", "warn"]
    assert steps[3] == ["delete", "mute", "warn"]
    assert steps[4][:3] == ["delete", "kick", "warn"]
    assert steps[5][:3] == ["delete", "kick", "warn"]


def test_mute_durations_follow_the_ladder() -> None:
    e, clock = engine(), FakeClock()
    mutes = []
    for _ in range(4):
        d = e.handle_message(make_message("badword", ts=clock.advance(minutes=1)))
        mutes += [a.duration for a in d.actions if a.kind == ActionKind.MUTE]
    assert mutes == [timedelta(minutes=10), timedelta(days=1)]


def test_strikes_decay() -> None:
    e, clock = engine(strike_decay=timedelta(days=7)), FakeClock()
    e.handle_message(make_message("badword", ts=clock.now))
    e.handle_message(make_message("badword", ts=clock.advance(minutes=1)))
    assert e.strikes("g1", "p_he_mom", clock.now) == 2
    later = clock.advance(days=8)
    assert e.strikes("g1", "p_he_mom", later) == 0
    d = e.handle_message(make_message("badword", ts=later))
    assert kinds(d) == ["delete", "warn"]  # back on the first step


def test_critical_jumps_to_remove_and_alert() -> None:
    host = Host(make_plugin_manager(plugins(), standard_rules=False, entry_points=False))
    setup = GroupSetup(
        group=make_group(platform=Platform.MATRIX),
        roster=make_roster(),
        rules={"T01": BadSettings(severity=3)},
    )
    d = Engine(host, [setup]).handle_message(make_message("badword"))
    assert kinds(d) == ["delete", "kick", "warn", "alert_staff", "escalate_office"]


def test_staff_are_alerted_not_punished() -> None:
    e, clock = engine(), FakeClock()
    for _ in range(5):
        d = e.handle_message(make_message("badword", sender="t_li", ts=clock.advance(minutes=1)))
        assert "mute" not in kinds(d) and "kick" not in kinds(d)
        assert "notify" in kinds(d) and "alert_staff" in kinds(d)
    assert d.strikes_added == 0


def test_note_verdicts_remind_without_strikes() -> None:
    e = engine()
    d = e.handle_message(make_message("今天股票大涨"))
    assert kinds(d) == ["remind"] and d.strikes_added == 0
    assert e.strikes("g1", "p_he_mom", d.verdicts and make_message("x").ts) == 0


def test_wechat_downgrade_says_so() -> None:
    e, clock = engine(Platform.WECHAT), FakeClock()
    for _ in range(3):
        d = e.handle_message(make_message("badword", ts=clock.advance(minutes=1)))
    # third offence would mute: WeChat can't, so warn + alert staff and the notes say why
    assert "mute" not in kinds(d) and "delete" not in kinds(d)
    assert any("mute not supported on wechat" in n for n in d.notes)
    assert any(a.downgraded_from == ActionKind.MUTE for a in d.actions)
    assert any(a.downgraded_from == ActionKind.DELETE for a in d.actions)


def test_no_one_is_told_of_a_deletion_the_platform_cannot_make() -> None:
    d = engine(Platform.WECHAT).handle_message(make_message("badword"))
    told = [a.text for a in d.actions if a.kind in (ActionKind.WARN, ActionKind.NOTIFY)]
    assert told and not any("已撤回" in t for t in told)
    alert = next(a.text for a in d.actions if a.downgraded_from == ActionKind.DELETE)
    assert "请管理员手动撤回" in alert and "已撤回" not in alert
    d = engine(Platform.MATRIX).handle_message(make_message("badword"))
    assert "delete" in kinds(d)
    warn = next(a.text for a in d.actions if a.kind == ActionKind.WARN)
    assert "这条消息已撤回。" in warn


def test_broken_rule_is_logged_and_others_run() -> None:
    with capture_logs() as logs:
        d = engine().handle_message(make_message("badword"))
    assert [v.rule_id for v in d.verdicts] == ["T01"]
    assert any(entry["event"] == "rule_failed" and entry["rule"] == "T03" for entry in logs)


def test_roles_come_from_roster_not_display_name() -> None:
    e = engine()
    assert e.member("g1", "x_stranger", "语文周敏老师").role == Role.UNKNOWN
    assert e.member("g1", "t_zhou", "随便").role == Role.HEAD_TEACHER


def test_misspelt_hook_fails_at_start() -> None:
    from classmod.hookspecs import hookimpl

    class Typo:
        @hookimpl
        def classmod_check_mesage(self, ctx: object) -> None:  # misspelt on purpose
            return None

    with pytest.raises(PluginError):
        make_plugin_manager([Typo()], standard_rules=False, entry_points=False)


def test_huge_and_hostile_text_is_handled() -> None:
    e = engine()
    big = "好" * 1_000_000 + "badword"
    d = e.handle_message(make_message(big))
    assert d.clean  # judged on the first 20,000 characters, in bounded time
    d = e.handle_message(make_message("bad\u200bword\x00\ud800"))
    assert [v.rule_id for v in d.verdicts] == ["T01"]


def test_unrostered_sender_is_unknown_and_still_judged() -> None:
    d = engine().handle_message(make_message("badword", sender="nobody"))
    assert d.verdicts and d.member_id == "nobody"


def test_one_message_raises_one_alert_that_names_every_rule() -> None:
    from datetime import datetime

    from classmod.context import DecisionContext
    from classmod.model import Category, Severity, Verdict
    from classmod.policy import plan_actions
    from classmod.testing import SHANGHAI

    call = Verdict(
        rule_id="R13", category=Category.INCITEMENT, severity=Severity.MINOR,
        reason="请不要在群里号召集体行动", needs_staff=True,
    )  # fmt: skip
    grievance = Verdict(
        rule_id="R18", category=Category.DISPUTE, severity=Severity.MINOR,
        reason="群里不适合争论", needs_staff=True,
    )  # fmt: skip
    roster = make_roster()
    plan = plan_actions(
        DecisionContext(
            group=make_group(),
            member=roster.lookup("p_guo_mom"),
            event_id="e1",
            message=make_message("大家明天一起去教育局反映情况", sender="p_guo_mom"),
            verdicts=(call, grievance),
            now=datetime(2026, 9, 7, 9, 0, tzinfo=SHANGHAI),
            strikes=0,
            policy=PolicyConfig(),
        ),
        frozenset(),
    )
    alerts = [a for a in plan.actions if a.kind == ActionKind.ALERT_STAFF]
    assert len(alerts) == 1
    assert alerts[0].rule_id == "R13"
    assert "另涉及：争执" in (alerts[0].text or "") and "群里不适合争论" in (alerts[0].text or "")


class _YieldingChat:
    """A chat rule that, like R09, yields to abuse on the same message."""

    @hookimpl
    def classmod_declare_rule(self) -> RuleSpec:
        return RuleSpec(
            id="T04",
            name="yielding_chat",
            category=Category.CHAT,
            summary="闲聊提醒",
            default_enabled=True,
            yields_to=frozenset({Category.ABUSE}),
        )

    @hookimpl
    def classmod_check_message(self, ctx: MessageContext) -> list[Verdict]:
        if "股票" in ctx.text:
            return [
                Verdict(
                    rule_id="T04", category=Category.CHAT, severity=Severity.NOTE, reason="请勿闲聊"
                )
            ]
        return []


def test_a_rule_yields_to_the_categories_that_cover_its_finding() -> None:
    host = Host(
        make_plugin_manager([*plugins(), _YieldingChat()], standard_rules=False, entry_points=False)
    )
    setup = GroupSetup(
        group=make_group(),
        roster=make_roster(),
        rules={"T01": BadSettings(), "T02": None, "T04": None},
        policy=PolicyConfig(),
        capabilities=PLATFORM_CAPABILITIES[Platform.MATRIX],
    )
    e = Engine(host, [setup])
    both = e.handle_message(make_message("股票 badword"))
    # T02 declares nothing and stays; T04 yields to T01's abuse verdict
    assert {v.rule_id for v in both.verdicts} == {"T01", "T02"}
    alone = e.handle_message(make_message("今天股票涨了"))
    assert {v.rule_id for v in alone.verdicts} == {"T02", "T04"}


def test_an_alert_names_a_nameless_stranger_by_id_and_nobody_else_by_it() -> None:
    """Staff must be able to tell who an unrostered member without a display name is: the
    alert names them by id (``member_name``'s ``unnamed``), a message to the group never."""
    from datetime import datetime

    from classmod.context import DecisionContext
    from classmod.model import Category, Member, Severity, Verdict
    from classmod.policy import plan_actions
    from classmod.testing import SHANGHAI
    from classmod.words import member_name

    stranger = Member(id="wxid_9f8e7d", display_name="", role=Role.UNKNOWN)
    verdict = Verdict(
        rule_id="R01", category=Category.MEMBERSHIP, severity=Severity.MINOR,
        reason="非本班成员", needs_staff=True,
    )  # fmt: skip
    plan = plan_actions(
        DecisionContext(
            group=make_group(),
            member=stranger,
            event_id="e1",
            message=make_message("加我领资料", sender=stranger.id),
            verdicts=(verdict,),
            now=datetime(2026, 9, 7, 9, 0, tzinfo=SHANGHAI),
            strikes=0,
            policy=PolicyConfig(),
        ),
        frozenset(),
    )
    [alert] = [a for a in plan.actions if a.kind == ActionKind.ALERT_STAFF]
    assert "wxid_9f8e7d（未登记成员）" in (alert.text or "")
    assert member_name(stranger) == "一位未登记昵称的成员"  # in the class group
