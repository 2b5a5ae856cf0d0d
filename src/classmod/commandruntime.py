"""The staff's commands in the groups and the management room, their one-word answers to
alerts, appeals, and members' private messages: the app's command runtime.

``App`` hands it a parsed command or a private message; it resolves whom and what the
command is about (a reply, a name, an alert answered), asks the command's spec for its
decision (``classmod.commands.run_command``, the registry built from the plugins' specs, so
``/help`` lists what is registered), audits it and returns the actions as a ``Job`` for
the app to carry out in the group's order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

import structlog

from classmod.appeals import APPEAL_RULE, Punishment, appeal_answer, appeal_reason, asks_to_appeal
from classmod.bridge import DIRECT_GROUP, MANAGEMENT_GROUP, PrivateMessage
from classmod.capabilities import PLATFORM_CAPABILITIES
from classmod.commands import (
    PRIVATE_ONLY,
    CommandContext,
    CommandResult,
    ParsedCommand,
    outcome_reply,
    refusal,
    run_command,
)
from classmod.context import Notice
from classmod.hookspecs import CommandSpec
from classmod.jobs import Job
from classmod.labels import Example
from classmod.learning import TERM_COMMANDS, label_reply
from classmod.model import (
    Action,
    ActionKind,
    Category,
    Group,
    Member,
    Message,
    Outcome,
    Platform,
    Role,
)
from classmod.storage.records import Alert
from classmod.timers import NOTICE_DEADLINE
from classmod.words import CATEGORY_NAMES, member_name

if TYPE_CHECKING:
    from classmod.app import App

log = structlog.get_logger("classmod.app")

#: what the bot answers a private message that is not an appeal
PRIVATE_HELP = (
    "您好，我是{school}班级群的管理机器人，私信只处理申诉。"
    "如对机器人或老师在群里的处理（警告、禁言、撤回、移出）有异议，请回复“申诉”并写明理由，"
    "老师复核后会私信告诉您结果；其他事情请直接联系班主任。"
)
#: said when an appeal could not be passed on to staff (no management room, a failed post)
APPEAL_NOT_PASSED = "抱歉，您的申诉暂时没能转交老师，请稍后再发一次“申诉”，或直接联系班主任。"


class CommandRuntime:
    """The app's commands, alert answers, appeals and private messages (see module doc)."""

    def __init__(self, app: App) -> None:
        self.app = app

    # -- commands -------------------------------------------------------------------------

    async def _command(
        self, msg: Message, spec: CommandSpec, args: tuple[str, ...], *, bare: bool = False
    ) -> Job | None:
        now = self.app.clock()
        alert = await self._answered_alert(msg)
        proposal = (
            await self.app.store.terms.posted_as(msg.reply_to)
            if alert is None and msg.group_id == MANAGEMENT_GROUP and msg.reply_to
            else None
        )
        group: Group | None
        target: Member | None
        target_message: Message | None
        if alert is not None:
            group, target, target_message = await self._alert_subject(alert)
        elif proposal is not None and spec.name in TERM_COMMANDS:
            group = self.app.config.groups[proposal.source_group].group
            target, target_message = None, None
        elif bare:
            # a word replying to something that is not an alert: staff talking, not a command
            return None
        else:
            group, target, args, target_message = await self._resolve_target(msg, args)
        invoker = self._invoker(msg, group)
        reply_room = self._reply_room(msg)
        if invoker.role in spec.roles and spec.private and msg.group_id != MANAGEMENT_GROUP:
            # the audit log names other families' children and what they wrote
            await self.app.store.audit.record_command(
                msg.group_id, msg.sender_id, msg.id, f"refused /{spec.name} outside", now
            )
            await self.app.store.processed.mark(self.app._key(msg), now)
            log.info("command_refused", command=spec.name, member=msg.sender_id, where="group")
            if self._may_answer(msg, spec, now, refused=True):
                await self._reply(msg, reply_room, PRIVATE_ONLY.format(name=spec.name))
            return None
        if invoker.role not in spec.roles:
            # a plain message (the rules judged it); the bot only says why, within limits
            await self.app.store.audit.record_command(
                msg.group_id, msg.sender_id, msg.id, f"refused /{spec.name}", now
            )
            await self.app.store.processed.mark(self.app._key(msg), now)
            log.info(
                "command_refused", command=spec.name, member=msg.sender_id, role=str(invoker.role)
            )
            if self._may_answer(msg, spec, now, refused=True):
                await self._reply(msg, reply_room, refusal(spec, invoker))
            return None
        ctx = CommandContext(
            name=spec.name,
            args=args,
            invoker=invoker,
            group=group,
            target=target,
            target_message=target_message,
            message=msg,
            now=now,
            strikes=self.app.engine.strikes(group.id, target.id, now) if group and target else 0,
            timezone=self.app.config.timezone,
            rules=self._rule_summaries(group) if group else (),
            unacknowledged=self._unacknowledged(group) if group else (),
            audit_rows=await self.app.store.audit.tail(group.id if group else None)
            if spec.name == "audit"
            else (),
            last_action=await self.app.store.audit.last_action(group.id, target.id)
            if group and target
            else None,
            alert_id=alert.id if alert is not None else 0,
            alert_event=alert.event_id if alert is not None else "",
            event_actions=await self.app.store.audit.event_actions(alert.group_id, alert.event_id)
            if alert is not None and alert.event_id and spec.name in ("wrong", "grant")
            else (),
            alert_rule=alert.rule_id if alert is not None else "",
            punishment=await self._punishment([group.id], invoker.id, now)
            if group is not None and spec.name == "appeal"
            else None,
            commands=tuple(dict.fromkeys(self.app.commands.values()))
            if spec.name == "help"
            else (),
            terms=await self.app.learning.view(proposal) if spec.name in TERM_COMMANDS else None,
        )
        if spec.name == "audit" and ctx.audit_rows:
            ctx = replace(ctx, member_names=self._audit_names(ctx.audit_rows))
        try:
            result: CommandResult = run_command(spec, ctx)
        except Exception as exc:
            log.error("command_failed", command=spec.name, error=repr(exc), exc_info=True)
            await self.app.store.processed.mark(self.app._key(msg), now)
            await self._reply(msg, reply_room, "命令执行出错，已记录。")
            return None
        if result.data.get("banlist"):
            result = await self.app.banlists.command(ctx, result)
        if result.data.get("appeal") == "granted":
            result = await self.app.banlists.appeal_granted(ctx, result)
        await self.app.store.audit.record_command(
            group.id if group else msg.group_id,
            target.id if target else msg.sender_id,
            msg.id,
            f"/{spec.name} by {msg.sender_id}: {result.reply[:200]}",
            now,
        )
        if alert is not None and not (alert.rule_id == APPEAL_RULE and spec.name == "unblacklist"):
            # 解除拉黑 on an appeal takes the member off the list; it answers no appeal
            await self.app.store.alerts.answer(alert.id, " ".join((spec.name, *args)))
        if "term" in result.data:
            await self.app.learning.decided(result.data, msg.sender_id, now)
        proposal_made = None
        caught: set[str] = set()  # the categories the rules gave the labelled message
        if result.label and group is not None and target is not None and target_message:
            caught = {
                c.split(":", 1)[0]
                for _, c in await self.app.store.audit.event_labels(group.id, target_message.id)
            }
        if result.label and group and target and target_message and result.label not in caught:
            # 这是广告 on what the bot let pass acts as the category's rule would, through
            # the school's ladder (one it caught as such was dealt with then: labelled only)
            judged = self.app.learning.label_judgement(
                group, Category(result.label), target_message, now
            )
            result = replace(
                result,
                actions=judged.plan.actions,
                strikes_added=judged.plan.strikes_added,
                reply=label_reply(
                    CATEGORY_NAMES[Category(result.label)],
                    judged,
                    member_name(target),
                    "本群" if msg.group_id == group.id else group.class_name or "班级群",
                ),
            )
            proposal_made = await self.app.learning.propose_deny(
                group, Category(result.label), target_message, msg.sender_id, now
            )
        if group is not None and target is not None:
            if result.undo_strikes_of:
                taken = await self.app.store.strikes.remove_event(
                    group.id, target.id, result.undo_strikes_of
                )
                self.app.engine.drop_strikes(group.id, target.id, taken)
            if result.correction and alert is not None:
                rule = alert.rule_id
                if rule == APPEAL_RULE:  # the rule the appeal was about
                    rule = await self.app.store.appeals.event_rule(group.id, alert.event_id) or rule
                evidence = await self.app.store.audit.event_evidence(group.id, alert.event_id)
                await self.app.store.audit.record_correction(
                    group.id,
                    target.id,
                    alert.event_id,
                    f"误判 {rule} by {msg.sender_id}",
                    {"rule": rule, "alert": alert.id, "by": msg.sender_id},
                    evidence,
                    now,
                )
                await self._keep_correction(group, alert, rule, evidence, msg.sender_id, now)
                if spec.name == "wrong":  # 误判 (not an appeal granted): a term to learn
                    proposal_made = await self.app.learning.propose_allow(
                        group, rule, alert.event_id, evidence or "", msg.sender_id, now
                    )
            if result.label and target_message is not None:
                self.app.store.examples.queue(
                    Example(
                        group_id=group.id,
                        message_id=target_message.id,
                        ts=target_message.ts,
                        text=target_message.text,
                        expect=(result.label,),
                        category=result.label,
                        source="label",
                        by=msg.sender_id,
                    ),
                    now,
                )
            if result.reset_strikes:
                self.app.engine.reset_strikes(group.id, target.id)
                await self.app.store.strikes.reset(group.id, target.id)
            if result.strikes_added:
                self.app.engine.add_strike(group.id, target.id, now, result.strikes_added)
                # a label's strike goes with the labelled message, so 误判 can take it back
                self.app.store.strikes.queue(
                    group.id,
                    target.id,
                    now,
                    result.strikes_added,
                    "manual",
                    event_id=target_message.id if result.label and target_message else "",
                )
            await self.app.store.alerts.handle(group.id, target.id)
        if result.data.get("appeal") and group is not None:
            await self._audit_appeal(msg, group, target, alert, ctx.punishment, result, now)
        if result.track_notice and group is not None:
            notice = Notice(
                message_id=msg.id,
                group_id=group.id,
                sender_id=msg.sender_id,
                ts=msg.ts,
                asks_reply=True,
                deadline=now + self.app.config.notices.deadline,
            )
            self.app.engine.track_notice(notice)
            await self.app.store.notices.add(notice)
            assert notice.deadline is not None
            await self.app.store.timers.add(
                group.id,
                f"notice:{msg.id}",
                NOTICE_DEADLINE,
                notice.deadline,
                {"notice_id": msg.id, "teacher": msg.sender_id},
            )
        # the command's record, processed mark and actions (the outbox) are committed
        # together before it acts (in _act), so a restart carries it out once
        await self.app.store.processed.mark(self.app._key(msg), now)
        intents = self.app._queue_intents(msg.id, result.actions, now)
        acted = bool(
            result.actions
            or result.strikes_added
            or result.reset_strikes
            or result.track_notice
            or "term" in result.data  # a term confirmed, declined or removed
            or bool(result.data.get("banlist_changed"))  # a list followed, a rule removed
        )
        answered = self._may_answer(msg, spec, now, acted=acted)

        async def answer(outcomes: list[Outcome]) -> None:
            if answered:
                await self._reply(
                    msg, reply_room, outcome_reply(result, outcomes, self.app.actions._name_of)
                )
            if proposal_made is not None and group is not None:
                await self.app.learning.post(proposal_made, group.id)

        return Job(
            group_id=group.id if group is not None else msg.group_id,
            event_id=msg.id,
            actions=result.actions,
            intents=intents,
            then=answer,
        )

    async def _keep_correction(
        self, group: Group, alert: Alert, rule: str, text: str | None, by: str, now: datetime
    ) -> None:
        """误判 (or an appeal granted): the message is a clean example of what the bot got
        wrong, for the school's labels."""
        labels = await self.app.store.audit.event_labels(group.id, alert.event_id)
        category = next((c for r, c in labels if r == rule), labels[0][1] if labels else "")
        located = await self.app.store.messages.get(group.id, alert.event_id)
        self.app.store.examples.queue(
            Example(
                group_id=group.id,
                message_id=alert.event_id,
                ts=located.ts if located is not None else alert.ts,
                text=text or "",
                expect=(),
                category=category.split(":", 1)[0],
                rule_id=rule,
                source="correction",
                by=by,
            ),
            now,
        )

    def _may_answer(
        self,
        msg: Message,
        spec: CommandSpec,
        now: datetime,
        *,
        refused: bool = False,
        acted: bool = False,
    ) -> bool:
        if self.app.replies.allows(
            msg.group_id, msg.sender_id, spec.name, now, refused=refused, acted=acted
        ):
            return True
        log.info("command_reply_withheld", command=spec.name, member=msg.sender_id)
        return False

    def _reply_room(self, msg: Message) -> str:
        if msg.group_id == MANAGEMENT_GROUP:
            return self.app.config.management.room if self.app.config.management else ""
        return self.app.actions.group(msg.group_id).platform_id

    async def _reply(self, msg: Message, room: str, text: str) -> None:
        platform = (
            self.app.config.management.platform
            if msg.group_id == MANAGEMENT_GROUP and self.app.config.management
            else self.app.actions.group(msg.group_id).platform
        )
        bridge = self.app.bridges.get(platform)
        if bridge is not None and room:
            await bridge.post(room, text)

    def _invoker(self, msg: Message, group: Group | None) -> Member:
        if group is not None:
            member = self.app.engine.member(group.id, msg.sender_id, msg.display_name)
            if member.role != Role.UNKNOWN or msg.group_id != MANAGEMENT_GROUP:
                return member
        # management room: the sender's highest role in any group
        best = Member(id=msg.sender_id, display_name=msg.display_name)
        rank = [
            Role.UNKNOWN,
            Role.PARENT,
            Role.SUPERVISOR,
            Role.TEACHER,
            Role.HEAD_TEACHER,
            Role.SCHOOL_OFFICE,
        ]
        for g in self.app.engine.groups():
            m = self.app.engine.member(g.id, msg.sender_id, msg.display_name)
            if rank.index(m.role) > rank.index(best.role):
                best = m
        return best

    async def _answered_alert(self, msg: Message) -> Alert | None:
        """The alert a management-room message replies to, if it does."""
        if msg.group_id != MANAGEMENT_GROUP or not msg.reply_to:
            return None
        alert = await self.app.store.alerts.posted_as(msg.reply_to)
        if alert is None or alert.group_id not in self.app.config.groups or not alert.member_id:
            return None
        return alert

    async def _alert_subject(self, alert: Alert) -> tuple[Group, Member, Message | None]:
        """Whom and what an alert is about: its group, its member (rostered or not), the
        message (from memory, else its stored locator)."""
        group = self.app.actions.group(alert.group_id)
        message: Message | None = None
        if alert.message_id:
            message = self.app.engine.message(
                group.id, alert.message_id
            ) or await self.app.store.messages.get(group.id, alert.message_id)
            if message is None:  # older than the locators kept: still where and whose
                message = Message(
                    id=alert.message_id,
                    group_id=group.id,
                    sender_id=alert.member_id,
                    display_name="",
                    text="",
                    ts=alert.ts,
                )
        return group, self._named(group.id, alert.member_id, message), message

    def _named(self, group_id: str, member_id: str, message: Message | None = None) -> Member:
        member = self.app.engine.named_member(group_id, member_id)
        if not member.display_name and message is not None and message.display_name:
            member = replace(member, display_name=message.display_name)
        return member

    async def _resolve_target(
        self, msg: Message, args: tuple[str, ...]
    ) -> tuple[Group | None, Member | None, tuple[str, ...], Message | None]:
        """The group, member and message a command names: by reply, @mention, display name,
        roster name or id; in the management room also the group, by name or id (or none,
        when the member is in one group only)."""
        rest = list(args)
        group: Group | None = None
        member_id: str | None = None
        if msg.group_id == MANAGEMENT_GROUP:
            if (
                rest
                and rest[0].count(":") >= 2
                and rest[0].split(":", 1)[0] in PLATFORM_CAPABILITIES
            ):
                platform, gid_or_pid, mid = rest.pop(0).split(":", 2)
                group = self._find_group(gid_or_pid, Platform(platform))
                member_id = mid
            else:
                for i, arg in enumerate(rest):
                    group = self._group_named(arg)
                    if group is not None:
                        del rest[i]
                        break
        else:
            group = self.app.actions.group(msg.group_id)
        target_message = None
        if group is not None and msg.reply_to:
            target_message = self.app.engine.message(group.id, msg.reply_to)
            if target_message is None:  # not in memory (a restart, or long ago): the store
                target_message = await self.app.store.messages.get(group.id, msg.reply_to)
            if target_message is not None and member_id is None:
                member_id = target_message.sender_id
        keys: list[tuple[str, bool]] = []  # (key, a mention): mentions first
        if member_id is None:
            keys = [(m, True) for m in msg.mentions] + [(a, False) for a in rest]
        groups = [group] if group is not None else list(self.app.engine.groups())
        for key, mentioned in keys:
            found: list[tuple[Group, str]] = []
            for g in groups:
                hit = await self._find_member(g, key) or await self._find_member(g, key.lstrip("@"))
                if hit:
                    found.append((g, hit))
            if len(found) != 1:
                continue  # unknown, or in several groups: the group must be named
            group, member_id = found[0]
            if mentioned:
                rest = [a for a in rest if a.lstrip("@") != member_id and not a.startswith("@")]
            else:
                rest.remove(key)
            break
        target = self._named(group.id, member_id, target_message) if group and member_id else None
        return group, target, tuple(rest), target_message

    def _group_named(self, key: str) -> Group | None:
        """A group by its config id, platform id or class name (三年级(2)班)."""
        for g in self.app.engine.groups():
            if key in (g.id, g.platform_id) or (g.class_name and key == g.class_name):
                return g
        return None

    def _find_group(self, key: str, platform: Platform) -> Group | None:
        for g in self.app.engine.groups():
            if g.platform == platform and key in (g.id, g.platform_id):
                return g
        return None

    def _audit_names(self, rows: Sequence[Mapping[str, Any]]) -> dict[str, str]:
        """Member id -> how /audit names them: the roster's or the last seen display name."""
        served = {g.id for g in self.app.engine.groups()}
        names: dict[str, str] = {}
        for r in rows:
            gid, mid = str(r.get("group_id") or ""), str(r.get("member_id") or "")
            if mid and mid not in names and gid in served:
                names[mid] = member_name(self.app.engine.named_member(gid, mid))
        return names

    async def _find_member(self, group: Group, key: str) -> str | None:
        """A member of ``group`` by id, display name (the roster's, or last seen), roster
        name (张子涵爸爸, 周敏老师), or an id or name seen in the group's stored messages
        (a stranger the roster does not list)."""
        if not key:
            return None
        roster = self.app.engine.setup(group.id).roster
        ids = {t.id for t in roster.teachers} | {
            g.member_id for s in roster.students for g in s.guardians
        }
        ids |= {m.id for m in roster.members}
        seen = self.app.engine.seen_names(group.id)
        if key in ids or key in seen:
            return key
        for t in roster.teachers:
            if key in (t.display_name, t.name, f"{t.name}老师") and t.name:
                return t.id
        for m in roster.members:
            if m.display_name == key:
                return m.id
        for s in roster.students:
            for g in s.guardians:
                if key == f"{s.name}{g.relation}":
                    return g.member_id
        named = [member_id for member_id, name in seen.items() if name == key]
        if len(named) == 1:
            return named[0]
        if named:
            return None  # two members by one name: an id or the roster name is needed
        stored = {m for g, m in await self.app.store.messages.senders(key) if g == group.id}
        return stored.pop() if len(stored) == 1 else None

    def _rule_summaries(self, group: Group) -> list[tuple[str, str]]:
        enabled = self.app.engine.setup(group.id).rules
        return [
            (rid, self.app.host.rules[rid].spec.summary)
            for rid in sorted(enabled)
            if rid in self.app.host.rules
        ]

    def _unacknowledged(self, group: Group) -> tuple[Member, ...]:
        notices = self.app.engine.notices(group.id)
        if not notices:
            return ()
        # the latest notice that asked for replies: a later homework post asks for none
        latest = next((n for n in reversed(notices) if n.asks_reply), notices[-1])
        return self.app.engine.unacknowledged(group.id, latest.message_id)

    # -- appeals and private messages ----------------------------------------------------

    def _free_text_answer(self, head: str, words: list[str]) -> ParsedCommand | None:
        """``驳回 理由`` (any length), ``驳回：理由`` written on: the reason is the rest."""
        for name, spec in self.app.commands.items():
            if spec.name != "reject" or not head.startswith(name):
                continue
            rest = head[len(name) :].lstrip("：:，,。 ")
            return ParsedCommand(name=name, args=tuple(w for w in (rest, *words[1:]) if w))
        return None

    async def _punishment(
        self, group_ids: Sequence[str], member_id: str, now: datetime
    ) -> Punishment | None:
        """The member's last punishment in these groups (within the strike decay), with the
        evidence, what was done and how an appeal about it stands."""
        found = await self.app.store.appeals.last_punishment(
            member_id, group_ids, now - self.app.config.policy.strike_decay
        )
        if found is None:
            return None
        group_id, event_id, rule_id, ts = found
        prior = await self.app.store.appeals.appeal_of(group_id, event_id, APPEAL_RULE)
        state = ""
        if prior is not None:
            verb, _, why = prior.answer.partition(" ")
            if not verb:
                state = "open"
            elif verb in ("grant", "同意", "wrong", "误判"):
                state = "granted"
            else:
                state = f"rejected: {why if verb in ('reject', '驳回') else ''}"
        located = await self.app.store.messages.get(group_id, event_id)
        return Punishment(
            group_id=group_id,
            event_id=event_id,
            member_id=member_id,
            rule_id=rule_id,
            ts=located.ts if located is not None else ts,
            actions=tuple(
                a
                for a in await self.app.store.audit.event_actions(group_id, event_id)
                if a.member_id == member_id
            ),
            text=await self.app.store.audit.event_evidence(group_id, event_id) or "",
            message_id=event_id if located is not None else "",
            appeal=state,
        )

    async def _audit_appeal(
        self,
        msg: Message,
        group: Group,
        target: Member | None,
        alert: Alert | None,
        punishment: Punishment | None,
        result: CommandResult,
        now: datetime,
    ) -> None:
        """An appeal made (/申诉) or answered (同意, 驳回), in the audit log."""
        state = str(result.data["appeal"])
        if state == "made" and punishment is not None:
            reason = appeal_reason(msg.text)
            self.app.store.appeals.record(
                group.id,
                msg.sender_id,
                punishment.event_id,
                f"申诉 {punishment.rule_id}（群里）：{reason}",
                {"rule": punishment.rule_id, "via": "group", "reason": reason},
                now,
            )
        elif alert is not None and target is not None:
            rule = await self.app.store.appeals.event_rule(group.id, alert.event_id)
            self.app.store.appeals.record(
                group.id,
                target.id,
                alert.event_id,
                f"申诉{'同意' if state == 'granted' else '驳回'} by {msg.sender_id}: {state}",
                {"rule": rule, "alert": alert.id, "by": msg.sender_id, "answer": state},
                now,
            )

    async def _private(self, event: PrivateMessage) -> None:
        """A private message to the bot: 申诉 appeals the sender's last punishment (on the
        platform it came from); anything else is told what the bot can do here. Within the
        reply limits; the appeal itself goes through the outbox like any action."""
        try:
            now = self.app.clock()
            key = (str(event.platform), DIRECT_GROUP, event.id)
            if self.app.store.processed.seen(key):
                return
            self.app.store.processed.note(key, now)
            if not asks_to_appeal(event.text):
                if self.app.replies.allows(DIRECT_GROUP, event.sender_id, "dm", now):
                    await self._post_private(
                        event, PRIVATE_HELP.format(school=self.app.config.school)
                    )
                return
            group_ids = [g.id for g in self.app.engine.groups() if g.platform == event.platform]
            punishment = await self._punishment(group_ids, event.sender_id, now)
            group = self.app.actions.group(punishment.group_id) if punishment is not None else None
            member = (
                self._named(group.id, event.sender_id)
                if group is not None
                else Member(id=event.sender_id, display_name=event.display_name)
            )
            if not member.display_name and event.display_name:
                member = replace(member, display_name=event.display_name)
            reason = appeal_reason(event.text)
            reply, actions = appeal_answer(
                group=group,
                member=member,
                punishment=punishment,
                reason=reason,
                now=now,
                zone=group.timezone if group is not None else self.app.config.timezone,
                rule_names=dict(self._rule_summaries(group)) if group is not None else {},
                via="私信",
            )
            if group is None or punishment is None or not actions:
                if self.app.replies.allows(DIRECT_GROUP, event.sender_id, "appeal", now):
                    await self._post_private(event, reply)
                return
            self.app.store.appeals.record(
                group.id,
                event.sender_id,
                punishment.event_id,
                f"申诉 {punishment.rule_id}（私信）：{reason}",
                {"rule": punishment.rule_id, "via": "private", "reason": reason},
                now,
            )
            intents = self.app._queue_intents(event.id, actions, now)

            async def answer(outcomes: list[Outcome]) -> None:
                told = bool(outcomes) and all(o.ok for o in outcomes)
                await self._post_private(event, reply if told else APPEAL_NOT_PASSED)

            await self.app._act(
                Job(
                    group_id=group.id,
                    event_id=event.id,
                    actions=actions,
                    intents=intents,
                    then=answer,
                )
            )
        except Exception as exc:
            self.app._failed(exc)

    async def _post_private(self, event: PrivateMessage, text: str) -> None:
        bridge = self.app.bridges.get(event.platform)
        outcome = (
            await bridge.post(event.room, text)
            if bridge is not None
            else Outcome(action=Action(kind=ActionKind.NOTIFY, group_id=DIRECT_GROUP), ok=False)
        )
        (log.info if outcome.ok else log.warning)(
            "private_answered" if outcome.ok else "private_answer_failed",
            member=event.sender_id,
            detail=outcome.detail,
        )
