"""Corrections that teach the rules: the app's part of :mod:`classmod.terms`.

After a ``误判`` the bot proposes an allow term for the corrected rule; after a
``这是广告`` (这是 and a category) a deny term for the category's rule. The proposal is a post
in the management room; staff answer it by replying:

- ``确认``: the term is used for the group from now on; ``确认 全校``: for every group of
  the school; ``确认 学校义卖`` (or ``确认 学校义卖 全校``): another term, which must be part
  of the corrected message; ``不采纳``: nothing is learned.
- ``/词表`` lists the school's terms (in use and awaiting an answer), ``/删词 3`` removes
  term 3. Both only in the management room.

Every step is audited (kind ``term``). A confirmed term changes the group's rules at once
(:meth:`classmod.engine.Engine.update_rules`) and after every restart (:meth:`Learner.load`).

A ``这是广告`` also acts as the category's rule would have: the rule is asked about the
message with the proposed term added to its settings, and its verdict goes through the
school's ladder (withdrawn, warned, muted as the strikes say).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import structlog

from classmod.commands import STAFF, CommandContext, CommandResult
from classmod.context import DecisionContext, MessageContext
from classmod.hookspecs import CommandSpec, Plan
from classmod.model import Action, ActionKind, Category, Group, Message, Severity, Verdict
from classmod.policy import downgrade
from classmod.terms import (
    DENY_FIELD,
    MAX_ACTIVE,
    STATE_NAMES,
    LearnedTerm,
    TermKind,
    TermState,
    accepts_deny,
    allow_candidate,
    check_term,
    deny_candidate,
    with_terms,
)
from classmod.words import CATEGORY_NAMES, action_name

if TYPE_CHECKING:
    from classmod.app import App

log = structlog.get_logger("classmod.learning")

#: the commands of this module (the app prefetches a TermsView for them)
TERM_COMMANDS = frozenset({"confirm", "decline", "terms", "unterm"})
SCHOOL_WORDS = ("全校", "全校通用", "所有班级")


@dataclass(frozen=True, slots=True, kw_only=True)
class TermsView:
    """What the term commands read: the proposal answered (if any) and the corrected
    message's text, the school's terms in use and awaiting an answer, and names."""

    proposal: LearnedTerm | None = None
    source_text: str = ""
    terms: Sequence[LearnedTerm] = ()
    #: rule id -> what a head teacher calls it (广告)
    rule_names: Mapping[str, str] = field(default_factory=dict)
    #: group id -> its name (三年级(2)班)
    group_names: Mapping[str, str] = field(default_factory=dict)

    def where(self, group_id: str) -> str:
        return "全校各班" if not group_id else self.group_names.get(group_id, "该班级群")

    def rule(self, rule_id: str) -> str:
        return f"「{self.rule_names.get(rule_id, rule_id)}」"


def effect(kind: TermKind, term: str, rule: str) -> str:
    """What a term does, in words: 含「学校义卖」的消息不再按「广告」处理."""
    if kind == TermKind.ALLOW:
        return f"含「{term}」的消息不再按{rule}处理"
    return f"含「{term}」的消息按{rule}处理"


def proposal_text(view: TermsView, p: LearnedTerm, *, why: str, works: bool = True) -> str:
    """The proposal's post in the management room."""
    does = effect(p.kind, p.term, view.rule(p.rule_id))
    lines = [f"【建议】{why}，以后 {view.where(p.source_group)} {does}。"]
    if not works:
        lines.append(
            f"注意：加入这个词后，原消息仍不会被判为{view.rule(p.rule_id)}（规则对它另有例外）。"
        )
    lines.append("回复本条：确认（仅本群）/ 确认 全校 / 确认 其他词语（须出现在原消息中）/ 不采纳")
    return "\n".join(lines)


def cmd_confirm(ctx: CommandContext) -> CommandResult:
    """确认 [词语] [全校]: the proposal answered becomes a term in use."""
    view = ctx.terms
    p = view.proposal if view is not None else None
    if view is None or p is None:
        return CommandResult(reply="请回复机器人发出的【建议】消息，再发送“确认”")
    if p.state != TermState.PROPOSED:
        return CommandResult(reply=f"这条建议已{STATE_NAMES[p.state]}（编号 {p.id}），无需再确认")
    words = [a for a in ctx.args if a not in SCHOOL_WORDS]
    school = len(words) < len(ctx.args)
    term = p.term
    if words:
        term, why = check_term(p.kind, "".join(words), view.source_text)
        if why:
            return CommandResult(reply=f"未采纳：{why}。原建议的词语是「{p.term}」。")
    in_use = [t for t in view.terms if t.state == TermState.ACTIVE]
    if len(in_use) >= MAX_ACTIVE:
        return CommandResult(
            reply=f"未采纳：本校已有 {len(in_use)} 个生效的词语（上限 {MAX_ACTIVE}），"
            "请先用 /删词 编号 删除不再需要的"
        )
    scope = "" if school else p.source_group
    if any(
        t.rule_id == p.rule_id and t.kind == p.kind and t.term == term and t.group_id in ("", scope)
        for t in in_use
    ):
        return CommandResult(reply=f"「{term}」已在使用中，无需重复添加（发送 /词表 查看）")
    rule = view.rule(p.rule_id)
    return CommandResult(
        reply=f"已采纳（编号 {p.id}）：{view.where(scope)} {effect(p.kind, term, rule)}。"
        f"查看：/词表；撤销：/删词 {p.id}",
        data={"term": p.id, "state": str(TermState.ACTIVE), "text": term, "scope": scope},
    )


def cmd_decline(ctx: CommandContext) -> CommandResult:
    """不采纳: the proposal is closed, nothing learned."""
    view = ctx.terms
    p = view.proposal if view is not None else None
    if p is None:
        return CommandResult(reply="请回复机器人发出的【建议】消息，再发送“不采纳”")
    if p.state != TermState.PROPOSED:
        return CommandResult(reply=f"这条建议已{STATE_NAMES[p.state]}（编号 {p.id}）")
    return CommandResult(
        reply=f"好的，不采纳（编号 {p.id}），机器人不会因此改变判断。",
        data={"term": p.id, "state": str(TermState.DECLINED)},
    )


def cmd_terms(ctx: CommandContext) -> CommandResult:
    """/词表: the school's terms in use and awaiting an answer."""
    view = ctx.terms or TermsView()
    shown = [t for t in view.terms if t.state in (TermState.ACTIVE, TermState.PROPOSED)]
    if not shown:
        return CommandResult(
            reply="本校还没有从老师的纠正中学到的词语。回复【需处理】提醒“误判”，"
            "或回复漏判的消息“这是广告”等，机器人会提出建议，确认后生效。"
        )
    active = sum(t.state == TermState.ACTIVE for t in shown)
    lines = [f"本校从纠正中学到的词语（生效 {active} 个，上限 {MAX_ACTIVE}）："]
    for t in shown:
        state = "" if t.state == TermState.ACTIVE else f"【{STATE_NAMES[t.state]}】"
        does = effect(t.kind, t.term, view.rule(t.rule_id))
        lines.append(f"{t.id}. {state}{view.where(t.group_id)}：{does}")
    lines.append("删除：/删词 编号")
    return CommandResult(reply="\n".join(lines))


def cmd_unterm(ctx: CommandContext) -> CommandResult:
    """/删词 编号: a term in use is removed (the rules no longer read it)."""
    view = ctx.terms or TermsView()
    number = "".join(ctx.args).lstrip("#").strip()
    found = next(
        (t for t in view.terms if str(t.id) == number and t.state == TermState.ACTIVE), None
    )
    if found is None:
        return CommandResult(
            reply=f"没有编号为 {number or '？'} 的生效词语，请先发送 /词表 查看编号"
        )
    return CommandResult(
        reply=f"已删除（编号 {found.id}）：{view.where(found.group_id)} 不再"
        f"{'放行' if found.kind == TermKind.ALLOW else '拦截'}含「{found.term}」的消息。",
        data={"term": found.id, "state": str(TermState.REMOVED)},
    )


TERM_COMMAND_SPECS: Sequence[CommandSpec] = (
    CommandSpec(
        name="confirm",
        aliases=("确认", "采纳"),
        summary="采纳机器人的【建议】：以后按这个词判断",
        usage="回复【建议】：确认 / 确认 全校 / 确认 其他词语",
        handler=cmd_confirm,
        roles=STAFF,
    ),
    CommandSpec(
        name="decline",
        aliases=("不采纳",),
        summary="不采纳机器人的【建议】",
        usage="回复【建议】：不采纳",
        handler=cmd_decline,
        roles=STAFF,
    ),
    CommandSpec(
        name="terms",
        aliases=("词表",),
        summary="查看从纠正中学到的词语",
        handler=cmd_terms,
        roles=STAFF,
        private=True,
    ),
    CommandSpec(
        name="unterm",
        aliases=("删词",),
        summary="删除一个学到的词语",
        usage="/删词 编号（编号见 /词表）",
        handler=cmd_unterm,
        roles=STAFF,
        private=True,
    ),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Proposal:
    """A proposal stored, to be posted once the command's answer is."""

    term_id: int
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class LabelJudgement:
    """What 这是广告 does to the message: the category rule's verdict through the ladder."""

    plan: Plan
    verdict: Verdict
    #: the member's active strikes once the plan's are added
    strikes: int = 0


class Learner:
    """The app's side: proposals, answers, and the group rules the terms change."""

    def __init__(self, app: App) -> None:
        self.app = app

    # -- the rules ------------------------------------------------------------------------

    async def load(self) -> int:
        """The terms in use, into every group's rules (at start); how many."""
        terms = await self.app.store.terms.in_states()
        self._apply(terms)
        return len(terms)

    def _apply(self, terms: Sequence[LearnedTerm]) -> None:
        engine = self.app.engine
        for gid, group_config in self.app.config.groups.items():
            rules, vetoes = with_terms(group_config.rules, terms, gid)
            engine.update_rules(gid, rules, vetoes)

    def rule_names(self) -> dict[str, str]:
        return {rid: CATEGORY_NAMES[r.spec.category] for rid, r in self.app.host.rules.items()}

    async def view(self, proposal: LearnedTerm | None) -> TermsView:
        text = await self.app.store.terms.source_text(proposal.id) if proposal else ""
        return TermsView(
            proposal=proposal,
            source_text=text,
            terms=await self.app.store.terms.in_states((TermState.ACTIVE, TermState.PROPOSED)),
            rule_names=self.rule_names(),
            group_names={
                gid: g.group.class_name or gid for gid, g in self.app.config.groups.items()
            },
        )

    async def decided(self, data: Mapping[str, Any], by: str, now: datetime) -> None:
        """A proposal confirmed or declined, or a term removed: stored, audited, applied."""
        term_id = int(data["term"])
        state = str(data["state"])
        await self.app.store.terms.decide(
            term_id,
            state,
            by,
            now,
            term=str(data.get("text", "")),
            group_id=str(data["scope"]) if "scope" in data else None,
        )
        log.info("term_decided", term=term_id, state=state, by=by)
        if state in (TermState.ACTIVE, TermState.REMOVED):
            self._apply(await self.app.store.terms.in_states())

    # -- proposals ------------------------------------------------------------------------

    def _group_rules(self, group: Group) -> Mapping[str, Any]:
        return self.app.engine.setup(group.id).rules

    async def propose_allow(
        self, group: Group, rule_id: str, message_id: str, text: str, by: str, now: datetime
    ) -> Proposal | None:
        """After 误判: an allow term for the corrected rule, from the message's text."""
        judges_messages = {b.rule_id for b in self.app.engine.message_rules(group.id)}
        if not text or rule_id not in judges_messages:
            return None  # a member rule (a name, a join) reads no text a term could be in
        evidence = await self.app.store.audit.event_rule_evidence(group.id, message_id, rule_id)
        term = allow_candidate(text, evidence)
        if not term or await self._known(rule_id, TermKind.ALLOW, term, group.id):
            return None
        return await self._propose(
            group, rule_id, TermKind.ALLOW, term, message_id, text, by, now,
            why="根据刚才的“误判”",
        )  # fmt: skip

    def deny_rule(self, group: Group, category: Category) -> str:
        """The group's enabled rule of ``category`` that takes deny terms; ''."""
        rules = self._group_rules(group)
        for rid in sorted(rules):
            spec = self.app.host.rules[rid].spec if rid in self.app.host.rules else None
            if spec is not None and spec.category == category and accepts_deny(spec.settings):
                return rid
        return ""

    async def propose_deny(
        self, group: Group, category: Category, message: Message, by: str, now: datetime
    ) -> Proposal | None:
        """After 这是广告: a deny term for the category's rule, from the message's text."""
        rule_id = self.deny_rule(group, category)
        term = deny_candidate(message.text) if rule_id else ""
        if not term or await self._known(rule_id, TermKind.DENY, term, group.id):
            return None
        works = self.judge_with(group, message, rule_id, term) is not None
        return await self._propose(
            group, rule_id, TermKind.DENY, term, message.id, message.text, by, now,
            why=f"根据“这是{CATEGORY_NAMES[category]}”", works=works,
        )  # fmt: skip

    async def _known(self, rule_id: str, kind: TermKind, term: str, group_id: str) -> bool:
        """Whether the term is in use for the group or awaits an answer already."""
        for t in await self.app.store.terms.in_states((TermState.ACTIVE, TermState.PROPOSED)):
            if (t.rule_id, t.kind, t.term) == (rule_id, kind, term) and t.group_id in (
                "",
                group_id,
            ):
                return True
        return False

    async def _propose(
        self,
        group: Group,
        rule_id: str,
        kind: TermKind,
        term: str,
        message_id: str,
        text: str,
        by: str,
        now: datetime,
        *,
        why: str,
        works: bool = True,
    ) -> Proposal | None:
        if self.app.config.management is None:
            return None  # nobody could answer it
        term_id = self.app.store.terms.propose(
            rule_id=rule_id,
            kind=kind,
            term=term,
            source_group=group.id,
            source_message=message_id,
            source_text=text,
            by=by,
            now=now,
        )
        proposed = LearnedTerm(
            id=term_id,
            group_id=group.id,
            rule_id=rule_id,
            kind=kind,
            term=term,
            state=TermState.PROPOSED,
            source_group=group.id,
            source_message=message_id,
            proposed_by=by,
            proposed_at=now,
        )
        view = TermsView(
            rule_names=self.rule_names(), group_names={group.id: group.class_name or group.id}
        )
        return Proposal(term_id=term_id, text=proposal_text(view, proposed, why=why, works=works))

    async def post(self, proposal: Proposal, group_id: str) -> None:
        """The proposal into the management room; its post noted, so a reply answers it."""
        action = Action(
            kind=ActionKind.ALERT_STAFF,
            group_id=group_id,
            rule_id="term",
            reason="term proposal",
            text=proposal.text,
        )
        outcome = await self.app.post_staff(proposal.text, action)
        if outcome.ok and outcome.message_id:
            self.app.store.terms.note_posted(proposal.term_id, outcome.message_id)
            await self.app.store.flush()
        else:
            log.warning("term_proposal_not_posted", term=proposal.term_id, detail=outcome.detail)

    # -- 这是广告 acts as the rule would ----------------------------------------------------

    def judge_with(self, group: Group, message: Message, rule_id: str, term: str) -> Verdict | None:
        """The rule's verdict on the message with ``term`` among its deny terms; None when
        it still finds nothing (it has an exception for such a message)."""
        settings = self._group_rules(group).get(rule_id)
        if settings is None or not accepts_deny(type(settings)):
            return None
        have = tuple(getattr(settings, DENY_FIELD))
        settings = dataclasses.replace(settings, **{DENY_FIELD: (*have, term)})
        host = self.app.host
        bound = host.bind(
            "classmod_check_message", {rule_id: settings}, ("label", rule_id, settings)
        )
        setup = self.app.engine.setup(group.id)
        ctx = MessageContext(
            group=group,
            roster=setup.roster,
            member=self.app.engine.member(group.id, message.sender_id, message.display_name),
            message=message,
            now=message.ts,
        )
        return next((v for v in host.check_message(bound, ctx) if v.rule_id == rule_id), None)

    def label_judgement(
        self, group: Group, category: Category, message: Message, now: datetime
    ) -> LabelJudgement:
        """The verdict 这是广告 stands for (the category rule's own, when it gives one with
        the proposed term; else a plain one of the category) and the ladder's plan for it."""
        rule_id = self.deny_rule(group, category)
        term = deny_candidate(message.text) if rule_id else ""
        verdict = self.judge_with(group, message, rule_id, term) if term else None
        if verdict is None:
            verdict = Verdict(
                rule_id=rule_id or _rule_of(self.app, category),
                category=category,
                severity=Severity.MINOR,
                reason=f"老师认定这条消息属于「{CATEGORY_NAMES[category]}」，违反本群群规",
                evidence="",
                sub_rule="label",
                delete=category in (Category.AD, Category.ABUSE, Category.ILLEGAL),
            )
        engine = self.app.engine
        setup = engine.setup(group.id)
        member = engine.named_member(group.id, message.sender_id)
        strikes = engine.strikes(group.id, message.sender_id, now)
        dctx = DecisionContext(
            group=group,
            member=member,
            event_id=message.id,
            message=message,
            verdicts=(verdict,),
            now=now,
            strikes=strikes,
            capabilities=setup.capabilities,
            policy=setup.policy,
        )
        plan = downgrade(self.app.host.decide_actions(dctx), setup.capabilities, dctx)
        # staff named the message themselves: no alert about it back to them
        kept = tuple(a for a in plan.actions if a.kind not in _TOLD_STAFF)
        return LabelJudgement(
            plan=dataclasses.replace(plan, actions=kept),
            verdict=verdict,
            strikes=strikes + plan.strikes_added,
        )


_TOLD_STAFF = frozenset({ActionKind.ALERT_STAFF, ActionKind.ESCALATE_OFFICE})


def _rule_of(app: App, category: Category) -> str:
    return next(
        (rid for rid, r in sorted(app.host.rules.items()) if r.spec.category == category), "label"
    )


def label_reply(base: str, judged: LabelJudgement, who: str, where: str) -> str:
    """这是广告's answer: the example kept, and what the ladder did, in words (said only
    when every action was applied: see :func:`classmod.commands.outcome_reply`)."""
    plan = judged.plan
    done = [
        action_name(a.kind)
        for a in plan.actions
        if a.kind not in (ActionKind.ALERT_STAFF, ActionKind.ESCALATE_OFFICE, ActionKind.RECORD)
    ]
    reply = f"已将 {who} 的这条消息记为「{base}」样例"
    if done:
        reply += f"，并已按群规处理（{where}）：{'、'.join(dict.fromkeys(done))}"
    if plan.strikes_added:
        reply += f"（累计警告 {judged.strikes} 次）"
    return reply + "。"


__all__ = [
    "SCHOOL_WORDS",
    "TERM_COMMANDS",
    "TERM_COMMAND_SPECS",
    "LabelJudgement",
    "Learner",
    "Proposal",
    "TermsView",
    "cmd_confirm",
    "cmd_decline",
    "cmd_terms",
    "cmd_unterm",
    "effect",
    "label_reply",
    "proposal_text",
]
