"""The default policy (P01): verdicts in, a plan of actions out.

* An escalation ladder per school (point out → warn → mute 10 min → mute 1 day → remove),
  walked by the member's active strikes, which decay after ``strike_decay``.
* Only the categories that strike climb the ladder (RULES.md: R04–R07, R10, R13–R15, see
  :data:`STRIKE_CATEGORIES`; a school changes that per category or per rule with
  ``policy.strikes``). Speech about the school (R08 rumor, R12 slander, R18 dispute) and the
  membership rules never add a strike: the member is guided privately and, where the rule
  asks for it, staff are alerted.
* Severity can jump steps: MAJOR adds two strikes; CRITICAL (R04 illegal content) goes
  straight to delete + remove + alert.
* NOTE verdicts never punish: chit-chat and late posts get a gentle reminder, a notice
  acknowledgement is recorded and tidied away, a wrong nickname gets the format by DM.
* Staff are held to the rules that judge them (R04/R05, R14/R15/R17) by private notes and
  staff alerts, never by mutes or removal.
* Capability downgrade: what the platform can't do is replaced by the next thing it can,
  and the plan says so in its notes (which the audit log keeps).

It is registered last, so a school plugin's ``classmod_decide_actions`` runs first and may
return ``None`` to leave a case to this policy.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from enum import StrEnum
from typing import TypedDict

from classmod.context import DecisionContext
from classmod.hookspecs import Plan, hookimpl
from classmod.model import (
    Action,
    ActionKind,
    Category,
    Member,
    MemberEventKind,
    Role,
    Severity,
    Verdict,
)
from classmod.words import action_name, category_name, member_name, role_name


class StepKind(StrEnum):
    POINT_OUT = "point_out"  # a reply in the group pointing out the rule
    WARN = "warn"  # a formal warning in the group and by private message
    MUTE = "mute"
    REMOVE = "remove"


@dataclass(frozen=True, slots=True, kw_only=True)
class LadderStep:
    action: StepKind
    duration: timedelta | None = None  # mute only


DEFAULT_LADDER: tuple[LadderStep, ...] = (
    LadderStep(action=StepKind.POINT_OUT),
    LadderStep(action=StepKind.WARN),
    LadderStep(action=StepKind.MUTE, duration=timedelta(minutes=10)),
    LadderStep(action=StepKind.MUTE, duration=timedelta(days=1)),
    LadderStep(action=StepKind.REMOVE),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Texts:
    """What people read. ``{reason}``, ``{rule}``, ``{name}``, ``{duration}`` are filled in;
    an alert also has ``{group}``, ``{role}`` (in Chinese), ``{time}`` (the message's local
    time), ``{text}`` (the message as sent), ``{rule}`` (the rule in words),
    ``{quote}`` (``说：「{text}」``, empty for a join or a name change),
    ``{evidence}`` (what the rule matched) and ``{member}`` (the platform id, for a school
    that wants it)."""

    point_out: str = "@{name} 提醒：{reason}"
    # a sanction says how to appeal it (classmod.appeals.APPEAL_HINT)
    warn: str = (
        "@{name} 警告（第{strikes}次）：{reason} 再次违反将被禁言。"
        "如有异议，可私信机器人发送“申诉”，或在群里发送 /申诉。"
    )
    mute: str = (
        "@{name} 因再次违反群规被禁言{duration}：{reason}"
        " 如有异议，可私信机器人发送“申诉”，或在群里发送 /申诉。"
    )
    remove: str = (
        "{name} 多次违反群规，已被移出本群：{reason} 如有异议，可私信机器人发送“申诉”，"
        "或联系班主任。"
    )
    critical: str = "{name} 发布了违法违规内容，已删除并移出本群，已报告班主任和学校。"
    private_warn: str = (
        "您好，您在班级群的发言违反了群规：{reason} 如有异议，可直接回复“申诉”并写明理由。"
    )
    staff_note: str = "老师您好，您在班级群的消息涉及群规：{reason} 请按学校规定处理。"
    alert: str = "【需处理】{group} {time}\n{name}（{role}）{quote}\n规则：{rule}。{reason}"
    downgrade_mute: str = "@{name} 本平台无法禁言，请注意：{reason} 再次违反将被移出本群。"
    downgrade_delete: str = "请管理员手动撤回 {name} 的消息（本平台无法代撤回）：{reason}"
    #: said instead of ``mute``/``remove``/``critical`` when the platform refused the sanction
    unapplied: str = "@{name} 警告：{reason} 已通知老师处理。"
    #: put before the reason in what the member reads when their message is deleted; struck
    #: out again when the platform refused the delete or cannot delete (see TELLS_DELETION)
    deleted: str = "这条消息已撤回。"
    #: added to R01's request to verify (``{grace}``: the grace period), and to its alert
    grace: str = "如 {grace}内仍未核实，将被移出本群。"
    grace_alert: str = "{grace}内未核实将自动移出，回复「忽略」可保留此人。"


#: The categories whose verdicts add strikes and walk the ladder (RULES.md: R04–R07, R10,
#: R13–R15). Everything else guides the member and, if the rule says so, alerts staff.
STRIKE_CATEGORIES: frozenset[Category] = frozenset(
    {
        Category.ILLEGAL,
        Category.ABUSE,
        Category.AD,
        Category.LINK,
        Category.FLOOD,
        Category.INCITEMENT,
        Category.RANKING,
        Category.STUDENT_PRIVACY,
    }
)


@dataclass(frozen=True, slots=True, kw_only=True)
class PolicyConfig:
    ladder: tuple[LadderStep, ...] = DEFAULT_LADDER
    strike_decay: timedelta = timedelta(days=30)
    grace_period: timedelta = timedelta(hours=24)  # R01/R02: time to fix before removal
    #: R02: a member told to rename is reminded once after this (None: never)
    nickname_reminder: timedelta | None = timedelta(days=3)
    texts: Texts = field(default_factory=Texts)
    tidy_acks: bool = True
    strike_categories: frozenset[Category] = STRIKE_CATEGORIES
    #: per-rule exceptions to ``strike_categories``, either way
    striking_rules: frozenset[str] = frozenset()
    non_striking_rules: frozenset[str] = frozenset()

    def strikes(self, verdict: Verdict) -> bool:
        """Whether ``verdict`` adds strikes and walks the ladder (NOTE verdicts never do)."""
        if verdict.severity == Severity.NOTE:
            return False
        if verdict.rule_id in self.striking_rules:
            return True
        if verdict.rule_id in self.non_striking_rules:
            return False
        return verdict.category in self.strike_categories


#: An action's data key: the sanction this warning announces (a mute, a removal), applied
#: just before it. The app says the warning only if that sanction was applied, and the
#: text under :data:`OTHERWISE` if it was not: nobody is told of a mute that did not happen.
ANNOUNCES = "announces"
OTHERWISE = "otherwise"
#: An action's data key: the words of its text (and of its OTHERWISE text) that tell the
#: member their message was deleted. The delete is applied first; if it was refused, or the
#: platform cannot delete, the app strikes these words out (:func:`without_deletion`).
TELLS_DELETION = "tells_deletion"

#: An action's data key: seconds after which the member is removed if still unverified
#: (R01's grace period; the app keeps the timer in the store)
REMOVE_AFTER = "remove_after"

#: An action's data key: a quiet-hours reminder, sent privately. One that cannot be sent
#: is told in the group's morning summary, not as a failure at night (``classmod.night``).
QUIET_REMINDER = "quiet_reminder"

#: What the member reads: these may tell of the deletion of their message.
_TO_MEMBER = frozenset({ActionKind.WARN, ActionKind.NOTIFY, ActionKind.REMIND})


def _tell_deletion(actions: list[Action], deleted: str, member_id: str) -> list[Action]:
    """Put ``deleted`` before the reason in what the member reads of the plan."""
    out: list[Action] = []
    for a in actions:
        if a.kind in _TO_MEMBER and a.member_id == member_id and a.reason and a.reason in a.text:
            data = dict(a.data)
            if OTHERWISE in data:
                data[OTHERWISE] = data[OTHERWISE].replace(a.reason, deleted + a.reason, 1)
            data[TELLS_DELETION] = deleted
            a = replace(
                a, text=a.text.replace(a.reason, deleted + a.reason, 1), data=tuple(data.items())
            )
        out.append(a)
    return out


def without_deletion(action: Action) -> Action:
    """``action`` without its words telling of a deletion that did not happen."""
    data = dict(action.data)
    deleted = data.pop(TELLS_DELETION, None)
    if not deleted:
        return action
    if OTHERWISE in data:
        data[OTHERWISE] = data[OTHERWISE].replace(deleted, "", 1)
    return replace(action, text=action.text.replace(deleted, "", 1), data=tuple(data.items()))


_STRIKE_WEIGHT = {Severity.NOTE: 0, Severity.MINOR: 1, Severity.MAJOR: 2}

_REMIND_CATEGORIES = {
    Category.CHAT,
    Category.QUIET_HOURS,
    Category.PRIVATE_MATTER,
}


def _format(template: str, **values: object) -> str:
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def _duration_text(duration: timedelta | None) -> str:
    if duration is None:
        return ""
    minutes = int(duration.total_seconds() // 60)
    if minutes % (24 * 60) == 0:
        return f"{minutes // (24 * 60)}天"
    if minutes % 60 == 0:
        return f"{minutes // 60}小时"
    return f"{minutes}分钟"


def _name(member: Member) -> str:
    return member_name(member)


def step_for(strikes: int, ladder: tuple[LadderStep, ...]) -> LadderStep:
    """The ladder step a member with ``strikes`` active strikes (this one included) is on."""
    index = max(0, min(strikes - 1, len(ladder) - 1))
    return ladder[index]


def plan_actions(ctx: DecisionContext, staff_alert_only: frozenset[str]) -> Plan:
    """The default plan for ``ctx.verdicts`` (see the module docstring)."""
    cfg: PolicyConfig = ctx.policy or PolicyConfig()
    texts = cfg.texts
    member, group = ctx.member, ctx.group
    msg_id = ctx.message.id if ctx.message is not None else ""
    evidence_text = ctx.message.text[:200] if ctx.message is not None else ""
    name = _name(member)
    actions: list[Action] = []
    notes: list[str] = []

    def add(kind: ActionKind, verdict: Verdict | None = None, **kw: object) -> None:
        actions.append(
            Action(
                kind=kind,
                group_id=group.id,
                member_id=kw.pop("member_id", member.id),  # type: ignore[arg-type]
                message_id=kw.pop("message_id", msg_id),  # type: ignore[arg-type]
                rule_id=verdict.rule_id if verdict else "",
                reason=verdict.reason if verdict else "",
                **kw,  # type: ignore[arg-type]
            )
        )

    def announce(sanction: ActionKind, otherwise: str) -> None:
        """The warning just added tells of ``sanction`` (added before it): it is said only
        if the sanction was applied, ``otherwise`` instead (see :data:`ANNOUNCES`)."""
        last = actions[-1]
        data = ((ANNOUNCES, str(sanction)), (OTHERWISE, otherwise))
        actions[-1] = replace(last, data=(*last.data, *data))

    punitive = [v for v in ctx.verdicts if cfg.strikes(v)]
    # NOTE verdicts and those of categories that do not strike: guidance, never a strike
    notes_only = [v for v in ctx.verdicts if not cfg.strikes(v)]
    staff = member.is_staff
    strikes_added = 0

    if any(v.delete for v in ctx.verdicts) and msg_id:
        first = next(v for v in ctx.verdicts if v.delete)
        add(ActionKind.DELETE, first)

    critical = [v for v in punitive if v.severity == Severity.CRITICAL]
    if critical:
        v = critical[0]
        if msg_id and not any(a.kind == ActionKind.DELETE for a in actions):
            add(ActionKind.DELETE, v)
        if staff:
            add(ActionKind.NOTIFY, v, text=_format(texts.staff_note, reason=v.reason))
        else:
            add(ActionKind.KICK, v)
            add(ActionKind.WARN, v, text=_format(texts.critical, name=name, reason=v.reason))
            announce(ActionKind.KICK, _format(texts.unapplied, name=name, reason=v.reason))
        add(ActionKind.ALERT_STAFF, v, text=_alert(texts, ctx, v, evidence_text))
        add(ActionKind.ESCALATE_OFFICE, v, text=_alert(texts, ctx, v, evidence_text))
        strikes_added = len(cfg.ladder)
    elif punitive:
        lead = max(punitive, key=lambda v: v.severity)
        if staff and lead.rule_id in staff_alert_only:
            add(ActionKind.NOTIFY, lead, text=_format(texts.staff_note, reason=lead.reason))
            notes.append(f"{lead.rule_id}: staff member, alert instead of punishment")
            if not any(v.needs_staff for v in punitive):
                add(ActionKind.ALERT_STAFF, lead, text=_alert(texts, ctx, lead, evidence_text))
        else:
            # one message is one offence, however many rules it breaks
            strikes_added = max(_STRIKE_WEIGHT[v.severity] for v in punitive)
            strikes = ctx.strikes + strikes_added
            step = step_for(strikes, cfg.ladder)
            values = {
                "name": name,
                "reason": lead.reason,
                "strikes": strikes,
                "duration": _duration_text(step.duration),
            }
            if step.action == StepKind.POINT_OUT:
                add(ActionKind.WARN, lead, text=_format(texts.point_out, **values))
            elif step.action == StepKind.WARN:
                add(ActionKind.WARN, lead, text=_format(texts.warn, **values))
                add(ActionKind.NOTIFY, lead, text=_format(texts.private_warn, **values))
            elif step.action == StepKind.MUTE:
                add(ActionKind.MUTE, lead, duration=step.duration)
                add(ActionKind.WARN, lead, text=_format(texts.mute, **values))
                announce(ActionKind.MUTE, _format(texts.unapplied, **values))
            else:
                add(ActionKind.KICK, lead)
                add(ActionKind.WARN, lead, text=_format(texts.remove, **values))
                announce(ActionKind.KICK, _format(texts.unapplied, **values))
                add(ActionKind.ALERT_STAFF, lead, text=_alert(texts, ctx, lead, evidence_text))
            notes.append(f"ladder step {step.action} at {strikes} strikes")
    for v in ctx.verdicts:
        if v.needs_staff and v not in critical:
            text = _alert(texts, ctx, v, evidence_text)
            if v.category == Category.MEMBERSHIP and _on_probation(ctx):
                text += _format(texts.grace_alert, grace=_duration_text(cfg.grace_period))
            add(ActionKind.ALERT_STAFF, v, text=text)

    for v in notes_only:
        actions.extend(_note_actions(v, ctx, cfg, msg_id, name))

    if any(a.kind == ActionKind.DELETE for a in actions):
        actions = _tell_deletion(actions, texts.deleted, member.id)
    actions = _one_alert(actions, {v.rule_id: v for v in ctx.verdicts})
    return Plan(actions=tuple(_dedupe(actions)), strikes_added=strikes_added, notes=tuple(notes))


def _one_alert(actions: list[Action], verdicts: dict[str, Verdict]) -> list[Action]:
    """One message, one 【需处理】 alert: the alerts several rules raised for it are merged
    into the first, which names the other rules too ("另涉及：争执。…")."""
    alerts = [a for a in actions if a.kind == ActionKind.ALERT_STAFF]
    if len(alerts) < 2:
        return actions
    first, rest = alerts[0], alerts[1:]
    extra = "".join(
        f"\n另涉及：{category_name(v.category)}。{v.reason}"
        for a in rest
        if (v := verdicts.get(a.rule_id)) is not None and a.rule_id != first.rule_id
    )
    merged = replace(first, text=(first.text or "") + extra)
    dropped = {id(a) for a in rest}
    return [merged if a is first else a for a in actions if id(a) not in dropped]


def _alert(texts: Texts, ctx: DecisionContext, v: Verdict, evidence_text: str) -> str:
    when = ctx.message.ts if ctx.message is not None else ctx.now
    return _format(
        texts.alert,
        group=ctx.group.class_name or "班级群",
        time=when.astimezone(ctx.group.timezone).strftime("%m-%d %H:%M"),
        # staff must be able to tell who a nameless stranger is: their id, here only
        name=member_name(ctx.member, unnamed=ctx.member.id),
        # and who a stranger is, whatever name they chose: their id too, here only
        role=role_name(ctx.member.role)
        + (
            f"，{ctx.member.id}"
            if ctx.member.role == Role.UNKNOWN and ctx.member.display_name
            else ""
        ),
        member=ctx.member.id,
        rule=category_name(v.category),
        reason=v.reason,
        text=evidence_text,
        quote=f"说：「{evidence_text}」" if ctx.message is not None else "",
        evidence=v.evidence or evidence_text,
    )


class _ActionBase(TypedDict):
    """The fields every action taken for one verdict shares."""

    group_id: str
    member_id: str
    rule_id: str
    reason: str


def _note_actions(
    v: Verdict, ctx: DecisionContext, cfg: PolicyConfig, msg_id: str, name: str
) -> Iterable[Action]:
    group_id, member_id = ctx.group.id, ctx.member.id
    base = _ActionBase(group_id=group_id, member_id=member_id, rule_id=v.rule_id, reason=v.reason)
    data = dict(v.data)
    if v.category == Category.ACK_REPLY:
        if cfg.tidy_acks and msg_id:
            yield Action(kind=ActionKind.TIDY, message_id=msg_id, data=v.data, **base)
    elif v.category == Category.NICKNAME:
        suggested = data.get("suggested_name", "")
        if suggested:
            yield Action(kind=ActionKind.SET_NICKNAME, text=suggested, **base)
        yield Action(kind=ActionKind.NOTIFY, text=v.reason, **base)
    elif v.category == Category.QUIET_HOURS:
        if ctx.acknowledges or any(o.category == Category.ACK_REPLY for o in ctx.verdicts):
            return  # the member answers a notice that asked for it: the notice's time
        # privately, never an @ in the group at night (nor its fallback, a warning there):
        # if the message cannot be sent, the app says it in one summary in the morning
        if ActionKind.NOTIFY in ctx.capabilities:
            yield Action(
                kind=ActionKind.NOTIFY, text=v.reason, data=((QUIET_REMINDER, "1"),), **base
            )
    elif v.category in _REMIND_CATEGORIES or ctx.member.is_staff:
        if ctx.member.is_staff:
            yield Action(kind=ActionKind.NOTIFY, text=v.reason, **base)
        else:
            yield Action(
                kind=ActionKind.REMIND,
                message_id=msg_id,
                text=_format("@{name} {reason}", name=name, reason=v.reason),
                **base,
            )
    elif v.category == Category.MEMBERSHIP and _on_probation(ctx):
        # asked to verify, and removed when the grace period ends unverified (the app's
        # timer); staff were alerted first and can keep them
        text = v.reason + _format(cfg.texts.grace, grace=_duration_text(cfg.grace_period))
        remove_after = ((REMOVE_AFTER, str(int(cfg.grace_period.total_seconds()))),)
        yield Action(kind=ActionKind.NOTIFY, text=text, data=remove_after, **base)
    else:
        yield Action(kind=ActionKind.NOTIFY, text=v.reason, **base)


def _on_probation(ctx: DecisionContext) -> bool:
    """A stranger in the group (not one asking at the door) with a grace period to verify."""
    cfg: PolicyConfig = ctx.policy or PolicyConfig()
    event = ctx.member_event
    at_door = event is not None and event.kind == MemberEventKind.JOIN_REQUEST
    return (
        ctx.member.role == Role.UNKNOWN
        and not at_door
        and cfg.grace_period > timedelta(0)
        and ActionKind.KICK in ctx.capabilities
    )


def _dedupe(actions: Iterable[Action]) -> list[Action]:
    seen: set[tuple[ActionKind, str, str]] = set()
    out: list[Action] = []
    for a in actions:
        key = (a.kind, a.member_id, a.rule_id if a.kind == ActionKind.ALERT_STAFF else "")
        if key in seen:
            continue
        seen.add(key)
        out.append(a)
    return out


# What to do instead when the platform can't, in order of preference.
_FALLBACK: dict[ActionKind, tuple[ActionKind, ...]] = {
    ActionKind.DELETE: (ActionKind.ALERT_STAFF,),
    ActionKind.TIDY: (),
    ActionKind.MUTE: (ActionKind.WARN, ActionKind.NOTIFY, ActionKind.ALERT_STAFF),
    ActionKind.UNMUTE: (),
    ActionKind.KICK: (ActionKind.ALERT_STAFF,),
    ActionKind.BAN: (ActionKind.KICK, ActionKind.ALERT_STAFF),
    ActionKind.SET_NICKNAME: (),
    ActionKind.NOTIFY: (ActionKind.WARN,),
    ActionKind.REMIND: (ActionKind.WARN,),
    ActionKind.LOCK: (ActionKind.REMIND,),
    ActionKind.UNLOCK: (),
    ActionKind.APPROVE_JOIN: (ActionKind.ALERT_STAFF,),
    ActionKind.REJECT_JOIN: (ActionKind.ALERT_STAFF,),
}

#: Actions the app carries out itself, whatever the platform.
APP_ACTIONS = frozenset({ActionKind.ALERT_STAFF, ActionKind.ESCALATE_OFFICE, ActionKind.RECORD})


def downgrade(plan: Plan, capabilities: frozenset[ActionKind], ctx: DecisionContext) -> Plan:
    """Replace what the platform can't do with the next thing it can, and say so."""
    cfg: PolicyConfig = ctx.policy or PolicyConfig()
    name = _name(ctx.member)
    out: list[Action] = []
    notes = list(plan.notes)
    unavailable: set[str] = set()
    for a in plan.actions:
        data = dict(a.data)
        if str(ActionKind.DELETE) in unavailable:
            a = without_deletion(a)  # the message stays: nobody is told it was deleted
            data = dict(a.data)
        if data.get(ANNOUNCES) in unavailable:
            # the sanction this warning tells of will not happen here: say the other text
            a = replace(a, text=data.get(OTHERWISE, a.text))
        if a.kind in capabilities or a.kind in APP_ACTIONS:
            out.append(a)
            continue
        unavailable.add(str(a.kind))
        substitute = next(
            (k for k in _FALLBACK.get(a.kind, ()) if k in capabilities or k in APP_ACTIONS),
            None,
        )
        if substitute is None:
            notes.append(f"{a.kind} not supported on {ctx.group.platform}; skipped")
            continue
        notes.append(f"{a.kind} not supported on {ctx.group.platform}; {substitute} instead")
        text = a.text
        if a.kind == ActionKind.MUTE:
            text = _format(cfg.texts.downgrade_mute, name=name, reason=a.reason)
            # the ladder's warning announced a mute that will not happen: replace it
            out = [o for o in out if not (o.kind == ActionKind.WARN and o.member_id == a.member_id)]
        elif a.kind == ActionKind.DELETE or substitute == ActionKind.ALERT_STAFF:
            text = _format(cfg.texts.downgrade_delete, name=name, reason=a.reason)
            if a.kind != ActionKind.DELETE:
                text = f"本平台无法自动{action_name(a.kind)}，请管理员处理 {name}：{a.reason}"
        out.append(replace(a, kind=substitute, downgraded_from=a.kind, text=text, duration=None))
    return Plan(actions=tuple(_dedupe(out)), strikes_added=plan.strikes_added, notes=tuple(notes))


class DefaultPolicy:
    """The ladder policy as a plugin, registered last (``trylast``)."""

    def __init__(self, staff_alert_only: frozenset[str]) -> None:
        self.staff_alert_only = staff_alert_only

    @hookimpl(trylast=True)
    def classmod_decide_actions(self, ctx: DecisionContext) -> Plan:
        return plan_actions(ctx, self.staff_alert_only)
