"""Contexts: a member rule's copy of the context differs only in its settings."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from classmod.context import MemberContext
from classmod.model import Group, Member, MemberEvent, MemberEventKind, Platform, Role, Roster


def test_for_rule_copies_every_field_but_settings() -> None:
    now = datetime(2026, 9, 7, 8, 0, tzinfo=UTC)
    ctx = MemberContext(
        group=Group(id="g", platform=Platform.QQ),
        roster=Roster(group_id="g"),
        member=Member(id="m", role=Role.PARENT),
        event=MemberEvent(id="e", group_id="g", member_id="m", kind=MemberEventKind.JOIN, ts=now),
        now=now,
        inviter=Member(id="i"),
        settings="old",
    )
    copy = ctx.for_rule("new")
    assert copy.settings == "new"
    assert copy == dataclasses.replace(ctx, settings="new")
    for f in dataclasses.fields(MemberContext):
        if f.name != "settings":
            assert getattr(copy, f.name) is getattr(ctx, f.name), f.name


def test_only_acknowledges_is_worked_out_once_and_reads_pupils_names() -> None:
    from classmod.testing import message_context

    ctx = message_context("何雨彤妈妈收到，谢谢老师")
    assert ctx.only_acknowledges is True
    assert ctx.facts._facts is not None and ctx.facts._facts["only_acknowledges"] is True
    assert message_context("收到，明天要带水杯吗？").only_acknowledges is False
