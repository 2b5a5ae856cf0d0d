"""Two toy rules for core tests, independent of the standard rule set."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

from classmod.context import MessageContext
from classmod.hookspecs import ALL_ROLES, RuleSpec, hookimpl
from classmod.model import Category, Severity, Verdict


@dataclass(frozen=True, slots=True, kw_only=True)
class BadSettings:
    word: str = "badword"
    severity: int = 1


class BadWord:
    @hookimpl
    def classmod_declare_rule(self) -> RuleSpec:
        return RuleSpec(
            id="T01",
            name="badword",
            category=Category.ABUSE,
            summary="测试规则",
            settings=BadSettings,
            roles=ALL_ROLES,
            default_enabled=True,
        )

    @hookimpl
    def classmod_check_message(self, ctx: MessageContext) -> list[Verdict]:
        s: BadSettings = ctx.settings
        if s.word in ctx.norm:
            return [
                Verdict(
                    rule_id="T01",
                    category=Category.ABUSE,
                    severity=Severity(s.severity),
                    reason="请文明发言",
                    evidence=s.word,
                    delete=True,
                )
            ]
        return []


class Chatty:
    @hookimpl
    def classmod_declare_rule(self) -> RuleSpec:
        return RuleSpec(
            id="T02",
            name="chatty",
            category=Category.CHAT,
            summary="闲聊提醒",
            default_enabled=True,
        )

    @hookimpl
    def classmod_check_message(self, ctx: MessageContext) -> list[Verdict]:
        if "股票" in ctx.text:
            return [
                Verdict(
                    rule_id="T02", category=Category.CHAT, severity=Severity.NOTE, reason="请勿闲聊"
                )
            ]
        return []


class Broken:
    @hookimpl
    def classmod_declare_rule(self) -> RuleSpec:
        return RuleSpec(
            id="T03", name="broken", category=Category.RUMOR, summary="坏规则", default_enabled=True
        )

    @hookimpl
    def classmod_check_message(self, ctx: MessageContext) -> list[Verdict]:
        raise RuntimeError("boom")


def plugins() -> list[object]:
    return [BadWord(), Chatty(), Broken()]


NS = SimpleNamespace(BadSettings=BadSettings)
