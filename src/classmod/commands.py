"""Staff and member commands, Telegram style, platform-neutral.

In a class group a command names its target by replying to their message, by @mention, by
display name, roster name (``张子涵爸爸``) or member id (``/mute @x 10m``). In the management
room it may name the group too, by its name or id (``/禁言 三年级(2)班 张子涵爸爸 10分钟``,
``/mute qq:<group>:<member> 10m``); a member found in one group only needs no group.

Staff answer an alert (【需处理】) in the management room by replying to it with one word,
no slash: 删除, 警告, 禁言 10分钟, 移出, 拉黑, 忽略 or 误判 (any command name works). The
answer acts on whom and what the alert is about, rostered or not.

Handlers are pure: they return a reply and actions; the app carries them out and audits them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from classmod.bridge import MANAGEMENT_GROUP
from classmod.commandtypes import CommandContext as CommandContext
from classmod.commandtypes import CommandResult as CommandResult
from classmod.commandtypes import CommandSpec
from classmod.hookspecs import hookimpl
from classmod.labels import LABEL_WORDS, WITHDRAWN
from classmod.model import Action, ActionKind, Category, Member, Outcome, Role
from classmod.words import CATEGORY_NAMES, action_name, member_name, refusal_text

STAFF = frozenset({Role.HEAD_TEACHER, Role.TEACHER, Role.SCHOOL_OFFICE})
EVERYONE = frozenset(Role)
READERS = STAFF | {Role.SUPERVISOR}

_DURATION = re.compile(r"^(\d+)(m|h|d|分钟|小时|天)$")


def parse_command_duration(text: str) -> timedelta | None:
    m = _DURATION.match(text.strip().lower())
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    if unit in ("m", "分钟"):
        return timedelta(minutes=n)
    if unit in ("h", "小时"):
        return timedelta(hours=n)
    return timedelta(days=n)


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedCommand:
    name: str
    args: tuple[str, ...]


def parse_command(text: str) -> ParsedCommand | None:
    """``/mute @x 10m`` -> ParsedCommand("mute", ("@x", "10m")); None if not a command."""
    stripped = text.strip()
    if not stripped.startswith(("/", "／")) or len(stripped) < 2:
        return None
    parts = stripped[1:].split()
    if not parts:
        return None
    return ParsedCommand(name=parts[0].lower(), args=tuple(parts[1:]))


def _who(m: Member | None) -> str:
    return member_name(m)


def _where(ctx: CommandContext) -> str:
    """The target group as the command's reader says it: 本群 there, its name elsewhere."""
    if ctx.group is None or ctx.message.group_id == ctx.group.id:
        return "本群"
    return ctx.group.class_name or "该班级群"


def _into(ctx: CommandContext) -> str:
    """``本群`` or `` 三年级(2)班`` after a verb: "移出本群", "移出 三年级(2)班"."""
    where = _where(ctx)
    return where if where == "本群" else f" {where}"


def outcome_reply(
    result: CommandResult, outcomes: Sequence[Outcome], name_of: Callable[[Action], str]
) -> str:
    """What the command's caller is told once its actions ran: the reply when all were
    applied; otherwise, for each action not applied, what and why in words, and never the
    reply that says it was done."""
    failed = [o for o in outcomes if not o.ok]
    note = f"\n{result.note}" if result.note else ""
    if not failed:
        return result.reply + note
    lines = []
    for o in failed:
        verb = action_name(o.action.kind)
        who = f" {name_of(o.action)}" if o.action.member_id else ""
        lines.append(f"未能{verb}{who}：{refusal_text(o.action.kind, o.refused)}")
    done = len(outcomes) - len(failed)
    if done:
        lines.append(f"（其余 {done} 项已完成）")
    return "\n".join(lines) + note


NO_TARGET = CommandResult(
    reply=(
        "请回复要处理的消息，或写明成员的群昵称或名单上的称呼（如 张子涵爸爸），"
        "管理群中可再写明班级群名，例如 /禁言 张子涵爸爸 10分钟"
    )
)


def run_command(spec: CommandSpec, ctx: CommandContext) -> CommandResult:
    """The command's result; a command that ``needs_target`` and has none (or no group)
    gets the hint how to name one, without its handler being asked."""
    if spec.needs_target and (ctx.target is None or ctx.group is None):
        return NO_TARGET
    return spec.handler(ctx)


def _action(ctx: CommandContext, kind: ActionKind, **kw: Any) -> Action:
    assert ctx.group is not None and ctx.target is not None
    return Action(
        kind=kind,
        group_id=ctx.group.id,
        member_id=ctx.target.id,
        rule_id="manual",
        reason=f"{_who(ctx.invoker)} 使用命令 /{ctx.name}",
        **kw,
    )


def cmd_warn(ctx: CommandContext) -> CommandResult:
    reason = " ".join(a for a in ctx.args if not a.startswith("@")) or "请遵守群规"
    text = f"@{_who(ctx.target)} 老师提醒（警告第{ctx.strikes + 1}次）：{reason}"
    return CommandResult(
        reply="已警告", actions=(_action(ctx, ActionKind.WARN, text=text),), strikes_added=1
    )


def cmd_mute(ctx: CommandContext) -> CommandResult:
    duration = next(
        (d for a in ctx.args if (d := parse_command_duration(a))), timedelta(minutes=10)
    )
    action = _action(ctx, ActionKind.MUTE, duration=duration)
    where = "" if _where(ctx) == "本群" else f"（{_where(ctx)}）"
    return CommandResult(
        reply=f"已禁言 {_who(ctx.target)} {_fmt(duration)}{where}", actions=(action,)
    )


def cmd_delete(ctx: CommandContext) -> CommandResult:
    m = ctx.target_message
    if m is None:
        return CommandResult(reply="请回复要撤回的消息（或回复关于它的【需处理】提醒）")
    action = replace(_action(ctx, ActionKind.DELETE), message_id=m.id)
    return CommandResult(
        reply=f"已撤回 {_who(ctx.target)} 在{_where(ctx)}的消息", actions=(action,)
    )


def cmd_ignore(ctx: CommandContext) -> CommandResult:
    if not ctx.alert_id:
        return CommandResult(reply="请回复要忽略的【需处理】提醒")
    return CommandResult(reply=f"已忽略这条提醒（{_who(ctx.target)}，{_where(ctx)}），不再上报")


def cmd_wrong(ctx: CommandContext) -> CommandResult:
    """误判: undo what the bot did about the alert's message where it can, take back the
    strikes it added, tell the member, and say what cannot be undone."""
    if not ctx.alert_id or not ctx.alert_event:
        return CommandResult(reply="请回复机器人判错的那条【需处理】提醒，再发送“误判”")
    assert ctx.group is not None and ctx.target is not None
    undo, done, cannot = undo_actions(ctx)
    notice = (
        f"您好，老师复核后认定您在{ctx.group.class_name or '班级群'}的消息没有违反群规，"
        f"已{'、'.join(done)}。给您带来不便，敬请谅解。"
    )
    undo.append(_action(ctx, ActionKind.NOTIFY, text=notice))
    reply = f"已按误判处理 {_who(ctx.target)}（{_where(ctx)}）：{'、'.join(done)}，并已私信告知本人"
    if cannot:
        reply += "；" + "；".join(cannot)
    return CommandResult(
        reply=reply + "。",
        actions=tuple(undo),
        undo_strikes_of=ctx.alert_event,
        correction=True,
    )


def cmd_label(ctx: CommandContext) -> CommandResult:
    """这是广告 (这是 and a category's name) replying to a message the bot let pass: the
    message is kept as a labelled example of that category and, for ad, abuse and illegal
    content, withdrawn as their rules would."""
    word = "".join(ctx.args)
    category = LABEL_WORDS.get(word) or next((c for c in Category if c.value == word), None)
    if category is None:
        names = "、".join(CATEGORY_NAMES.values())
        return CommandResult(reply=f"请写明类别，例如“这是广告”“这是辱骂”（可用：{names}）")
    m = ctx.target_message
    if m is None:
        return CommandResult(reply="请回复要标记的那条消息，再发送“这是广告”等")
    if not m.text:
        return CommandResult(
            reply="找不到这条消息的内容（时间较久或机器人重启过），无法记为样例；"
            "如需处理，请直接回复它发送 删除、警告 等"
        )
    name = CATEGORY_NAMES[category]
    actions: tuple[Action, ...] = ()
    done = f"已将 {_who(ctx.target)} 的这条消息记为「{name}」样例"
    if category in WITHDRAWN:
        actions = (replace(_action(ctx, ActionKind.DELETE), message_id=m.id),)
        done += f"，并已撤回（{_where(ctx)}）"
    return CommandResult(
        reply=done + "。",
        actions=actions,
        label=category.value,
    )


def undo_actions(ctx: CommandContext) -> tuple[list[Action], list[str], list[str]]:
    """What undoes the bot's actions on the alert's event (误判, an appeal granted): the
    actions, what they do in words, and what cannot be undone, in words."""
    assert ctx.target is not None
    undo: list[Action] = []
    done: list[str] = []
    cannot: list[str] = []
    kinds = {a.kind for a in ctx.event_actions if a.member_id == ctx.target.id}
    if ActionKind.MUTE in kinds:
        undo.append(_action(ctx, ActionKind.UNMUTE))
        done.append("解除禁言")
    if ActionKind.BAN in kinds:
        undo.append(_action(ctx, ActionKind.UNBAN))
        done.append("解除拉黑")
    if ActionKind.KICK in kinds or ActionKind.BAN in kinds:
        cannot.append("移出无法自动撤销，请重新邀请该成员入群")
    if ActionKind.DELETE in kinds:
        cannot.append("已撤回的消息无法恢复")
    done.append("清除这次的警告记录")
    return undo, done, cannot


def cmd_unmute(ctx: CommandContext) -> CommandResult:
    return CommandResult(
        reply=f"已解除 {_who(ctx.target)} 的禁言", actions=(_action(ctx, ActionKind.UNMUTE),)
    )


def cmd_kick(ctx: CommandContext) -> CommandResult:
    return CommandResult(
        reply=f"已将 {_who(ctx.target)} 移出{_into(ctx)}", actions=(_action(ctx, ActionKind.KICK),)
    )


def cmd_ban(ctx: CommandContext) -> CommandResult:
    return CommandResult(
        reply=f"已将 {_who(ctx.target)} 移出{_into(ctx)}并禁止再次加入",
        actions=(_action(ctx, ActionKind.BAN),),
    )


def cmd_unban(ctx: CommandContext) -> CommandResult:
    return CommandResult(
        reply=f"已解除对 {_who(ctx.target)} 的封禁", actions=(_action(ctx, ActionKind.UNBAN),)
    )


def cmd_warns(ctx: CommandContext) -> CommandResult:
    return CommandResult(reply=f"{_who(ctx.target)} 当前有效警告 {ctx.strikes} 次")


def cmd_resetwarns(ctx: CommandContext) -> CommandResult:
    return CommandResult(reply=f"已清除 {_who(ctx.target)} 的警告记录", reset_strikes=True)


def cmd_rules(ctx: CommandContext) -> CommandResult:
    lines = [f"{rid} {summary}" for rid, summary in ctx.rules]
    return CommandResult(reply="本群群规：\n" + "\n".join(lines) if lines else "本群未启用规则")


def cmd_report(ctx: CommandContext) -> CommandResult:
    if ctx.group is None or ctx.target_message is None:
        return CommandResult(reply="请回复要举报的消息后再发送 /report")
    m = ctx.target_message
    text = (
        f"【成员举报】{ctx.group.class_name or '班级群'}：{_who(ctx.invoker)} 举报了 "
        f"{m.display_name or _who(ctx.target)} 的消息：{m.text[:200]}"
    )
    alert = Action(
        kind=ActionKind.ALERT_STAFF,
        group_id=ctx.group.id,
        member_id=m.sender_id,
        message_id=m.id,
        rule_id="report",
        reason=f"{_who(ctx.invoker)} 举报",
        text=text,
    )
    return CommandResult(reply="已收到举报，老师会尽快处理，谢谢！", actions=(alert,))


def cmd_notice(ctx: CommandContext) -> CommandResult:
    if ctx.group is None:
        return CommandResult(reply="请在班级群中发布通知")
    if not ctx.args:
        return CommandResult(reply="用法：/notice 通知内容（家长可回复“收到”或点表情确认）")
    return CommandResult(
        reply="已登记通知，将统计家长确认情况；发送 /acks 查看未确认名单。", track_notice=True
    )


def cmd_acks(ctx: CommandContext) -> CommandResult:
    if ctx.group is None:
        return CommandResult(reply="请在班级群中使用，或在管理群写明班级群，例如 /acks 三年级(2)班")
    if not ctx.unacknowledged:
        return CommandResult(reply="最近一条通知：全部家长已确认。")
    # phone numbers only where families do not read them: the management room
    private = ctx.message.group_id == MANAGEMENT_GROUP
    names = "、".join(parent_label(m, phone=private) for m in ctx.unacknowledged)
    reply = f"最近一条通知尚未确认（{len(ctx.unacknowledged)}人）：{names}"
    if not private and any(m.phone for m in ctx.unacknowledged):
        reply += f"\n联系电话请在管理群查看：/acks {ctx.group.class_name or ctx.group.id}"
    return CommandResult(reply=reply)


def parent_label(m: Member, *, phone: bool = False) -> str:
    """A guardian as staff say it (张子涵爸爸), with the roster's phone when ``phone``."""
    label = f"{m.students[0]}{m.relation}" if m.students else member_name(m)
    return f"{label}（{m.phone}）" if phone and m.phone else label


def cmd_lock(ctx: CommandContext) -> CommandResult:
    if ctx.group is None:
        return CommandResult(reply="请写明班级群")
    a = Action(
        kind=ActionKind.LOCK,
        group_id=ctx.group.id,
        rule_id="manual",
        reason=f"{_who(ctx.invoker)} /lock",
    )
    return CommandResult(reply="已开启全员禁言", actions=(a,))


def cmd_unlock(ctx: CommandContext) -> CommandResult:
    if ctx.group is None:
        return CommandResult(reply="请写明班级群")
    a = Action(
        kind=ActionKind.UNLOCK,
        group_id=ctx.group.id,
        rule_id="manual",
        reason=f"{_who(ctx.invoker)} /unlock",
    )
    return CommandResult(reply="已解除全员禁言", actions=(a,))


_SCHOOL_TIMEZONE = ZoneInfo("Asia/Shanghai")  # the config's default school timezone


def local_time(stored: str, zone: ZoneInfo) -> str:
    """A stored UTC ISO time as the school reads it: ``2026-09-07 09:05``."""
    try:
        moment = datetime.fromisoformat(stored)
    except ValueError:
        return stored[:16]
    if moment.tzinfo is None:
        return stored[:16]  # not one of ours: shown as stored rather than guessed at
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


#: The audit log's row kinds in words.
AUDIT_KINDS: dict[str, str] = {
    "verdict": "判定",
    "note": "提醒",
    "action": "处理",
    "command": "命令",
    "correction": "更正",
    "label": "样例",
    "appeal": "申诉",
}


def cmd_audit(ctx: CommandContext) -> CommandResult:
    if not ctx.audit_rows:
        return CommandResult(reply="暂无处理记录")
    zone = ctx.group.timezone if ctx.group is not None else ctx.timezone or _SCHOOL_TIMEZONE
    lines = [
        " ".join(
            (
                local_time(str(r.get("ts") or ""), zone),
                AUDIT_KINDS.get(str(r.get("kind") or ""), str(r.get("kind") or "")),
                str(r.get("rule_id") or ""),
                ctx.member_names.get(str(r.get("member_id") or ""), "")
                or ("一位成员" if r.get("member_id") else ""),
                str(r.get("summary") or ""),
            )
        ).strip()
        for r in ctx.audit_rows
    ]
    return CommandResult(reply="最近处理记录：\n" + "\n".join(lines))


_REVERSE = {
    ActionKind.MUTE: ActionKind.UNMUTE,
    ActionKind.BAN: ActionKind.UNBAN,
    ActionKind.LOCK: ActionKind.UNLOCK,
}


def cmd_undo(ctx: CommandContext) -> CommandResult:
    last = ctx.last_action
    if last is None:
        return CommandResult(reply=f"没有找到机器人对 {_who(ctx.target)} 的处理记录")
    kind = ActionKind(last["kind"])
    if kind in _REVERSE:
        return CommandResult(
            reply=f"已撤销对 {_who(ctx.target)} 的{action_name(kind)}，并清除一次警告",
            actions=(_action(ctx, _REVERSE[kind]),),
            strikes_added=-1,
        )
    if kind == ActionKind.KICK:
        return CommandResult(
            reply=f"已清除 {_who(ctx.target)} 的一次警告；移出无法自动撤销，请重新邀请该成员入群",
            strikes_added=-1,
        )
    return CommandResult(
        reply=f"已撤销对 {_who(ctx.target)} 的{action_name(kind)}，并清除一次警告",
        strikes_added=-1,
    )


def cmd_help(ctx: CommandContext) -> CommandResult:
    """The commands the invoker may run, from the registry (plugins' included), each with
    its Chinese names, usage and what it does."""
    specs = [c for c in ctx.commands if ctx.invoker.role in c.roles] or list(STANDARD)
    lines = []
    for c in specs:
        names = "、".join(f"/{a}" for a in c.aliases)
        head = f"/{c.name}" + (f"（{names}）" if names else "")
        usage = f"  用法：{c.usage}" if c.usage else ""
        lines.append(f"{head}：{c.summary}{usage}")
    return CommandResult(reply="可用的命令：\n" + "\n".join(lines))


def _fmt(d: timedelta) -> str:
    s = int(d.total_seconds())
    if s % 86400 == 0:
        return f"{s // 86400}天"
    if s % 3600 == 0:
        return f"{s // 3600}小时"
    return f"{s // 60}分钟"


STANDARD: tuple[CommandSpec, ...] = (
    CommandSpec(
        name="warn", aliases=("警告",), summary="警告成员", handler=cmd_warn, needs_target=True
    ),
    CommandSpec(
        name="mute",
        aliases=("禁言",),
        summary="禁言 10m|2h|1d",
        handler=cmd_mute,
        needs_target=True,
    ),
    CommandSpec(
        name="unmute",
        aliases=("解禁", "解除禁言"),
        summary="解除禁言",
        handler=cmd_unmute,
        needs_target=True,
    ),
    CommandSpec(
        name="kick", aliases=("踢", "移出"), summary="移出本群", handler=cmd_kick, needs_target=True
    ),
    CommandSpec(
        name="ban",
        aliases=("封禁", "拉黑"),
        summary="移出并禁止再加入",
        handler=cmd_ban,
        needs_target=True,
    ),
    CommandSpec(
        name="unban", aliases=("解封",), summary="解除封禁", handler=cmd_unban, needs_target=True
    ),
    CommandSpec(
        name="warns",
        aliases=("警告记录",),
        summary="查看警告次数",
        handler=cmd_warns,
        needs_target=True,
        roles=READERS,
    ),
    CommandSpec(
        name="resetwarns",
        aliases=("清除警告",),
        summary="清除警告",
        handler=cmd_resetwarns,
        needs_target=True,
    ),
    CommandSpec(
        name="rules", aliases=("群规",), summary="查看群规", handler=cmd_rules, roles=EVERYONE
    ),
    CommandSpec(
        name="report",
        aliases=("举报",),
        summary="举报消息给老师",
        handler=cmd_report,
        roles=EVERYONE,
    ),
    CommandSpec(name="notice", aliases=("通知",), summary="发布需确认的通知", handler=cmd_notice),
    CommandSpec(
        name="acks", aliases=("确认情况", "未确认"), summary="查看通知未确认名单", handler=cmd_acks
    ),
    CommandSpec(name="lock", aliases=("全员禁言",), summary="全员禁言", handler=cmd_lock),
    CommandSpec(
        name="unlock", aliases=("解除全员禁言",), summary="解除全员禁言", handler=cmd_unlock
    ),
    CommandSpec(
        name="audit",
        aliases=("记录", "审计"),
        summary="查看处理记录",
        handler=cmd_audit,
        roles=READERS,
        private=True,
    ),
    CommandSpec(
        name="undo",
        aliases=("撤销",),
        summary="撤销机器人对成员的上一次处理",
        handler=cmd_undo,
        needs_target=True,
    ),
    CommandSpec(
        name="help", aliases=("帮助",), summary="命令列表", handler=cmd_help, roles=EVERYONE
    ),
    CommandSpec(
        name="delete",
        aliases=("删除", "撤回"),
        summary="撤回消息",
        handler=cmd_delete,
        needs_target=True,
    ),
    CommandSpec(
        name="ignore",
        aliases=("忽略",),
        summary="忽略一条【需处理】提醒",
        handler=cmd_ignore,
        needs_target=True,
    ),
    CommandSpec(
        name="wrong",
        aliases=("误判",),
        summary="机器人判错了：撤销处理并告知本人",
        handler=cmd_wrong,
        needs_target=True,
    ),
    CommandSpec(
        name="label",
        aliases=("这是",),
        summary="机器人漏判了：把这条消息记为某类违规的样例（广告、辱骂等会撤回）",
        usage="回复那条消息：这是广告 / 这是辱骂",
        handler=cmd_label,
        needs_target=True,
    ),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class ReplyLimit:
    """How many limited replies one member gets per window before the bot stays silent."""

    replies: int = 3
    window: timedelta = timedelta(minutes=10)


class ReplyBudget:
    """The bot's replies to refused or repeated commands, per member, are limited.

    A reply to a refused command, or to a command the member already ran within the window
    that changed nothing (``/help`` again), spends one of ``limit.replies``;
    once they are spent the bot stays silent until the window moves on. The first answer
    to each command is free, and a command that acts (a mute, a report) is always
    confirmed: only the bot's words are limited, never what a command does. Time comes
    from the caller.
    """

    #: past this many remembered members, entries older than the window are dropped
    PRUNE_AT = 4096

    def __init__(self, limit: ReplyLimit | None = None) -> None:
        self.limit = limit or ReplyLimit()
        self._answered: dict[tuple[str, str, str], datetime] = {}  # (group, member, command)
        self._spent: dict[tuple[str, str], list[datetime]] = {}  # (group, member) -> when

    def allows(
        self,
        group_id: str,
        member_id: str,
        command: str,
        now: datetime,
        *,
        refused: bool = False,
        acted: bool = False,
    ) -> bool:
        """Whether to answer this command now (and count it)."""
        window = self.limit.window
        if len(self._answered) + len(self._spent) > self.PRUNE_AT:
            self._prune(now)
        member = (group_id, member_id)
        last = self._answered.get((*member, command))
        repeated = last is not None and now - last < window
        if not refused:
            self._answered[(*member, command)] = now
            if acted or not repeated:
                return True
        spent = [t for t in self._spent.get(member, ()) if now - t < window]
        if len(spent) >= self.limit.replies:
            self._spent[member] = spent
            return False
        spent.append(now)
        self._spent[member] = spent
        return True

    def _prune(self, now: datetime) -> None:
        window = self.limit.window
        self._answered = {k: t for k, t in self._answered.items() if now - t < window}
        spent = {k: [t for t in ts if now - t < window] for k, ts in self._spent.items()}
        self._spent = {k: ts for k, ts in spent.items() if ts}


PRIVATE_ONLY = "为保护各家庭的隐私，处理记录只能在管理群中查看，请到管理群发送 /{name}。"


def refusal(spec: CommandSpec, invoker: Member) -> str:
    """A polite refusal for someone whose role may not use the command."""
    if invoker.role == Role.SUPERVISOR:
        return f"抱歉，监督员可以查看记录（/audit），但不能使用 /{spec.name} 处理成员。"
    return (
        f"抱歉，/{spec.name} 只有班主任和任课老师可以使用。"
        "如有问题请联系班主任，或回复消息发送 /report 举报。"
    )


class StandardCommands:
    """The standard command set as a plugin."""

    @hookimpl
    def classmod_register_commands(self) -> Sequence[CommandSpec]:
        from classmod.appeals import APPEAL_COMMANDS  # appeals builds on this module
        from classmod.banwatch import BANLIST_COMMANDS  # so does the ban lists' module
        from classmod.learning import TERM_COMMAND_SPECS  # so does learning

        # the ban lists' first: their /拉黑 bans here and lists (the standard /ban's alias)
        return (*BANLIST_COMMANDS, *STANDARD, *APPEAL_COMMANDS, *TERM_COMMAND_SPECS)
