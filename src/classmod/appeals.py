"""Appeals: a member asks staff to look again at what the bot did to them.

Every warning, mute and removal the bot announces says how (:data:`APPEAL_HINT`): send the
bot a private message with 申诉 (``我要申诉，我发的是学校的通知``), or ``/申诉 理由`` in the
class group. The appeal reaches the management room as an alert (【申诉】) with the message
the bot judged, the rule and what was done, and staff answer it by replying with one word:

- ``同意``: the bot was wrong. What can be undone is undone (as 误判 does: unmute, unban),
  the strike that event added is taken back, the member is told privately, and the message
  is kept as a labelled correction for the school.
- ``驳回 理由``: the decision stands; the member is told privately, with the reason.

One appeal per punished event; the member is told how theirs stands when they ask again.
Everything (the appeal, the answer, what was undone) is audited.

Pure: the app finds the member's last punishment in the store (:class:`Punishment`) and
carries out the actions these functions return.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from classmod.commands import EVERYONE, STAFF, CommandContext, CommandResult, undo_actions
from classmod.hookspecs import CommandSpec
from classmod.model import Action, ActionKind, Group, Member
from classmod.policy import ANNOUNCES, OTHERWISE
from classmod.words import action_name, member_name, role_name

#: An appeal alert's rule id (the alerts table): staff answer it with 同意 or 驳回.
APPEAL_RULE = "appeal"
#: An alert action's data key: the event the alert is about, when it is not the event
#: that raised it (an appeal is raised by the member's message, about the punished one).
ABOUT_EVENT = "about_event"
#: What a member reads under a warning or a mute: how to appeal.
APPEAL_HINT = "如有异议，可私信机器人发送“申诉”，或在群里发送 /申诉。"
#: the answers staff may give an appeal, said under it
ANSWERS = "回复本条处理：同意 / 驳回 理由"
#: what the bot did that can be appealed (a reminder or a private note cannot)
APPEALABLE = frozenset(
    {ActionKind.WARN, ActionKind.MUTE, ActionKind.KICK, ActionKind.BAN, ActionKind.DELETE}
)
#: longest appeal reason kept (the rest is cut, said so)
REASON_MAX = 300

_ASKS = re.compile(r"申诉|申述|复核")
_LEAD = re.compile(r"^\s*[/／]?\s*(?:我要|我想|想要|要)?(?:申诉|申述)\s*[:：,，。]?\s*")


def asks_to_appeal(text: str) -> bool:
    """Whether a private message to the bot asks for an appeal (申诉, 我要申诉, 申请复核)."""
    return _ASKS.search(text) is not None


def appeal_reason(text: str) -> str:
    """What the member wrote besides the word 申诉: their reason."""
    reason = _LEAD.sub("", text, count=1).strip()
    if len(reason) > REASON_MAX:
        reason = reason[:REASON_MAX] + "……"
    return reason


@dataclass(frozen=True, slots=True, kw_only=True)
class Punishment:
    """What the bot (or a teacher) last did to a member in a group, as the store has it."""

    group_id: str
    event_id: str  # the event that led to it: a message id, a command's id
    member_id: str
    rule_id: str  # R05, ... or "manual" for a teacher's command
    ts: datetime
    actions: tuple[Action, ...]  # the applied actions of that event, in order
    text: str = ""  # the judged message, while the retention period keeps it
    message_id: str = ""  # where the message is (for staff to delete or look at), if known
    #: the appeal already made about it: '' none, "open", "granted" or "rejected: 理由"
    appeal: str = ""


def _done_words(p: Punishment) -> str:
    kinds = dict.fromkeys(a.kind for a in p.actions if a.kind in APPEALABLE)
    words = []
    for kind in kinds:
        if kind == ActionKind.MUTE:
            mute = next(a for a in p.actions if a.kind == kind)
            minutes = int(mute.duration.total_seconds() // 60) if mute.duration else 0
            words.append(f"禁言{_minutes(minutes)}" if minutes else "禁言")
        else:
            words.append(action_name(kind))
    return "、".join(words) or "处理"


def _minutes(minutes: int) -> str:
    if minutes % (24 * 60) == 0:
        return f"{minutes // (24 * 60)}天"
    if minutes % 60 == 0:
        return f"{minutes // 60}小时"
    return f"{minutes}分钟"


def _rule_words(rule_id: str, rule_names: dict[str, str]) -> str:
    if rule_id == "manual":
        return "老师手动处理"
    if rule_id == "banlist":  # classmod.banwatch.RULE_ID (which builds on this module)
        return "共享黑名单（名单上的成员在各群被移出）"
    name = rule_names.get(rule_id, "")
    return f"{rule_id} {name}".strip()


def appeal_alert(
    *,
    group: Group,
    member: Member,
    punishment: Punishment,
    reason: str,
    now: datetime,
    zone: ZoneInfo,
    rule_names: dict[str, str],
    via: str,
) -> Action:
    """The alert that takes an appeal to the management room."""
    when = punishment.ts.astimezone(zone).strftime("%m-%d %H:%M")
    said = f"「{punishment.text}」" if punishment.text else "（原文已按保存期限清除或没有文字）"
    lines = [
        f"【申诉】{group.class_name or '班级群'} {now.astimezone(zone).strftime('%m-%d %H:%M')}",
        f"{member_name(member, unnamed=member.id)}（{role_name(member.role)}）"
        f"{via}对机器人的处理提出申诉",
        f"原消息（{when}）：{said}",
        f"规则：{_rule_words(punishment.rule_id, rule_names)}；处理：{_done_words(punishment)}",
        f"申诉理由：{reason or '（未写明）'}",
    ]
    return Action(
        kind=ActionKind.ALERT_STAFF,
        group_id=group.id,
        member_id=member.id,
        message_id=punishment.message_id,
        rule_id=APPEAL_RULE,
        reason=f"{member.id} 申诉 {punishment.rule_id}",
        text="\n".join(lines),
        data=((ABOUT_EVENT, punishment.event_id),),
    )


def appeal_answer(
    *,
    group: Group | None,
    member: Member,
    punishment: Punishment | None,
    reason: str,
    now: datetime,
    zone: ZoneInfo,
    rule_names: dict[str, str],
    via: str,
) -> tuple[str, tuple[Action, ...]]:
    """What the member is told and the alert to raise (none when there is nothing to
    appeal, or the appeal was made already)."""
    if punishment is None or group is None:
        return (
            "没有找到机器人近期对您的处理记录（警告、禁言、撤回或移出）。"
            "如有其他问题，请直接联系班主任。",
            (),
        )
    where = group.class_name or "班级群"
    if punishment.appeal == "open":
        return (f"您对{where}处理的申诉已经提交，老师复核后会私信告诉您结果，请耐心等待。", ())
    if punishment.appeal == "granted":
        return (f"您对{where}处理的申诉已经通过，相关处理已撤销。", ())
    if punishment.appeal.startswith("rejected"):
        why = punishment.appeal.partition(":")[2].strip()
        return (
            f"您对{where}处理的申诉，老师复核后未予支持"
            + (f"：{why}" if why else "")
            + "。如仍有疑问，请直接联系班主任。",
            (),
        )
    alert = appeal_alert(
        group=group,
        member=member,
        punishment=punishment,
        reason=reason,
        now=now,
        zone=zone,
        rule_names=rule_names,
        via=via,
    )
    return (
        f"已收到您对{where}“{_done_words(punishment)}”的申诉，已转交老师复核，结果会私信告诉您。",
        (alert,),
    )


# -- commands ------------------------------------------------------------------------------


def cmd_appeal(ctx: CommandContext) -> CommandResult:
    """/申诉 [理由] in a class group: the invoker's last punishment there goes to staff."""
    if ctx.group is None:
        return CommandResult(reply="请在班级群里发送 /申诉 理由，或私信机器人“申诉”。")
    reply, actions = appeal_answer(
        group=ctx.group,
        member=ctx.invoker,
        punishment=ctx.punishment,
        reason=appeal_reason(" ".join(ctx.args)),
        now=ctx.now,
        zone=ctx.group.timezone,
        rule_names=dict(ctx.rules),
        via="在群里",
    )
    return CommandResult(reply=reply, actions=actions, data={"appeal": "made"} if actions else {})


def _not_an_appeal(word: str) -> CommandResult:
    return CommandResult(reply=f"请回复要处理的【申诉】提醒，再发送“{word}”")


def cmd_grant(ctx: CommandContext) -> CommandResult:
    """同意: the appeal holds; undo as 误判 does and tell the member."""
    if not ctx.alert_id or ctx.alert_rule != APPEAL_RULE or not ctx.alert_event:
        return _not_an_appeal("同意")
    assert ctx.group is not None and ctx.target is not None
    undo, done, cannot = undo_actions(ctx)
    where = ctx.group.class_name or "班级群"

    def notice_of(undone: Sequence[str]) -> str:
        return (
            f"您好，您对{where}处理的申诉，老师复核后已同意：已{'、'.join(undone)}。"
            "给您带来不便，敬请谅解。"
        )

    notice = notice_of(done)
    told = _tell(ctx, notice)
    if any(a.kind == ActionKind.UNBAN for a in undo):
        # where the platform cannot unban (a QQ join block) the member is not told it was
        told = replace(
            told,
            data=(
                (ANNOUNCES, str(ActionKind.UNBAN)),
                (OTHERWISE, notice_of([d for d in done if d != "解除拉黑"])),
            ),
        )
    reply = (
        f"已同意 {member_name(ctx.target)} 的申诉（{where}）：{'、'.join(done)}，并已私信告知本人"
    )
    if cannot:
        reply += "；" + "；".join(cannot)
    return CommandResult(
        reply=reply + "。",
        actions=(*undo, told),
        undo_strikes_of=ctx.alert_event,
        correction=True,
        data={"appeal": "granted"},
    )


def cmd_reject(ctx: CommandContext) -> CommandResult:
    """驳回 [理由]: the decision stands; the member is told why."""
    if not ctx.alert_id or ctx.alert_rule != APPEAL_RULE:
        return _not_an_appeal("驳回 理由")
    assert ctx.group is not None and ctx.target is not None
    why = " ".join(ctx.args).strip()[:REASON_MAX] or "老师复核后认为这次处理符合群规"
    where = ctx.group.class_name or "班级群"
    notice = (
        f"您好，您对{where}处理的申诉，老师复核后未予支持：{why}。如仍有疑问，请直接联系班主任。"
    )
    return CommandResult(
        reply=f"已驳回 {member_name(ctx.target)} 的申诉（{where}），并已私信告知本人：{why}",
        actions=(_tell(ctx, notice),),
        data={"appeal": f"rejected: {why}"},
    )


def _tell(ctx: CommandContext, text: str) -> Action:
    assert ctx.group is not None and ctx.target is not None
    return Action(
        kind=ActionKind.NOTIFY,
        group_id=ctx.group.id,
        member_id=ctx.target.id,
        rule_id=APPEAL_RULE,
        reason=f"{member_name(ctx.invoker)} 答复申诉 /{ctx.name}",
        text=text,
    )


APPEAL_COMMANDS: Sequence[CommandSpec] = (
    CommandSpec(
        name="appeal",
        aliases=("申诉",),
        summary="对机器人的处理提出申诉",
        usage="/申诉 理由（或私信机器人“申诉”）",
        handler=cmd_appeal,
        roles=EVERYONE,
    ),
    CommandSpec(
        name="grant",
        aliases=("同意",),
        summary="同意一条【申诉】：撤销处理并告知本人",
        usage="回复【申诉】提醒：同意",
        handler=cmd_grant,
        needs_target=True,
        roles=STAFF,
    ),
    CommandSpec(
        name="reject",
        aliases=("驳回",),
        summary="驳回一条【申诉】并告知本人理由",
        usage="回复【申诉】提醒：驳回 理由",
        handler=cmd_reject,
        needs_target=True,
        roles=STAFF,
    ),
)

__all__ = [
    "ABOUT_EVENT",
    "ANSWERS",
    "APPEALABLE",
    "APPEAL_COMMANDS",
    "APPEAL_HINT",
    "APPEAL_RULE",
    "Punishment",
    "appeal_alert",
    "appeal_answer",
    "appeal_reason",
    "asks_to_appeal",
    "cmd_appeal",
    "cmd_grant",
    "cmd_reject",
]
