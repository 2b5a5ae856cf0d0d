"""Who is in the group: R01's grace period, P06's periodic member audit, R02's one DM.

* **Grace period** (``policy.grace_period``, R01): a stranger in a class group is asked
  privately to verify, staff are alerted first, and a timer in the store removes them when
  the grace period ends, unless by then the roster lists them (a restart with a new
  roster) or staff answered an alert about them (忽略 keeps them; any answer means staff
  took it in hand). A stranger who left is not looked for; a refused removal is told.
* **Member audit** (``member_audit``, default weekly, P06; also a minute after each start):
  each group's member list is read from the platform (QQ ``get_group_member_list``,
  Matrix ``joined_members``) and checked against the roster; the members it does not
  list go to the management room as one summary per group, never one alert each. A list
  the platform would not give is logged and tried again an hour later, never reported as
  "everyone is on the roster".
* **R02's DM, once per name**: a member told to rename is told once for that display name
  (remembered in the store across restarts), and reminded once after
  ``policy.nickname_reminder`` (default 3 days) if still under the same name.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import structlog

from classmod.model import (
    Action,
    ActionKind,
    Decision,
    Group,
    Member,
    Outcome,
    RefusalReason,
    Role,
)
from classmod.storage.records import Timer
from classmod.timers import TimerKind
from classmod.words import refusal_text

if TYPE_CHECKING:
    from classmod.app import App

log = structlog.get_logger("classmod.membership")

GRACE = "grace_removal"
NICKNAME_REMINDER = "nickname_reminder"
#: cursor keys ``nickname_told:<group>\x1f<member>`` -> the name R02's DM was about
NICKNAME_TOLD = "nickname_told:"
REMINDER_PREFIX = "提醒：您的群昵称还没有改。"
RULE = "R01"
NICKNAME_RULE = "R02"
#: the first audit after a start with none pending: once the links are up
AUDIT_FIRST = timedelta(minutes=1)
AUDIT_RETRY = timedelta(hours=1)
#: strangers named in one audit summary; the rest are counted
AUDIT_NAMES = 20

REMOVED_TEXT = "【宽限期已到】已将 {name} 移出 {group}：{grace}内未核实身份（规则：非本班成员）。"
NOT_REMOVED_TEXT = "【宽限期已到】未能将 {name} 移出 {group}：{why}。请人工处理。"
AUDIT_TEXT = (
    "【成员核查】{group} 有 {count} 位成员不在本班名单中：{names}。"
    "如是本班家长或老师，请补进名单；否则请移出本群。"
)


@runtime_checkable
class MemberLister(Protocol):
    """A bridge that can list a group's members (the bot itself left out)."""

    async def member_list(self, group: Group) -> list[Member] | None:
        """Everyone in the group, or None when the platform would not say."""
        ...


def audit_summary(group: Group, strangers: list[Member]) -> str:
    """One message naming the members the roster does not list (by name and platform id:
    staff must be able to tell who a stranger is)."""
    named = [
        f"{m.display_name}（{m.id}）" if m.display_name else m.id for m in strangers[:AUDIT_NAMES]
    ]
    names = "、".join(named)
    if len(strangers) > AUDIT_NAMES:
        names += f" 等 {len(strangers)} 人"
    return AUDIT_TEXT.format(group=group.class_name or group.id, count=len(strangers), names=names)


class MembershipWatch:
    """The app's part: the grace-period removals and the member audits."""

    def __init__(self, app: App) -> None:
        self.app = app
        self._next_audit: dict[str, datetime] = {}  # group id -> its next member audit
        # (group, member) -> the display name R02 last told them to change
        self._told: dict[tuple[str, str], str] = {}

    async def load(self) -> None:
        """At start: the names R02 already told members about (one DM per name, ever)."""
        for key, name in (await self.app.store.cursors.under(NICKNAME_TOLD)).items():
            group_id, _, member_id = key.partition("\x1f")
            self._told[(group_id, member_id)] = name

    # -- R02: one DM per name ----------------------------------------------------------

    def nickname_once(self, decision: Decision, now: datetime) -> Decision:
        """``decision`` without R02's DM (and card change) when the member was already told
        about this display name; the first time, the name is remembered and a reminder
        queued (``policy.nickname_reminder``), in the decision's transaction."""
        verdict = next((v for v in decision.verdicts if v.rule_id == NICKNAME_RULE), None)
        if verdict is None:
            return decision
        key = (decision.group_id, decision.member_id)
        name = verdict.evidence
        ours = [a for a in decision.actions if a.rule_id == NICKNAME_RULE]
        if self._told.get(key) == name:
            kept = tuple(a for a in decision.actions if a not in ours)
            log.info("nickname_dm_withheld", group=key[0], member=key[1], reason="told before")
            return replace(decision, actions=kept)
        self._told[key] = name
        store = self.app.store
        store.cursors.queue(f"{NICKNAME_TOLD}{key[0]}\x1f{key[1]}", name)
        after = self.app.config.policy.nickname_reminder
        dm = next((a for a in ours if a.kind == ActionKind.NOTIFY), None)
        if after is not None and dm is not None:
            payload = {"name": name, "text": dm.text}
            store.timers.queue(key[0], key[1], NICKNAME_REMINDER, now + after, payload)
        return decision

    async def _reminder_action(self, timer: Timer) -> Action | None:
        name = str(timer.payload.get("name", ""))
        current = self.app.engine.seen_names(timer.group_id).get(timer.member_id)
        if current is None:  # not seen since a restart: the stored messages say
            current = await self.app.store.messages.last_name(timer.group_id, timer.member_id)
        if current != name or self._told.get((timer.group_id, timer.member_id)) != name:
            return None  # renamed (or told about a newer name since)
        return Action(
            kind=ActionKind.NOTIFY,
            group_id=timer.group_id,
            member_id=timer.member_id,
            rule_id=NICKNAME_RULE,
            reason="群昵称提醒",
            text=REMINDER_PREFIX + str(timer.payload.get("text", "")),
        )

    def timer_kinds(self) -> dict[str, TimerKind]:
        return {
            GRACE: TimerKind(self._grace_action, self._removed, self._not_removed),
            NICKNAME_REMINDER: TimerKind(self._reminder_action),
        }

    # -- grace period -------------------------------------------------------------------

    def on_probation(self, group_id: str, member_id: str, due: datetime) -> None:
        """Queue the removal at the grace period's end, in the caller's transaction."""
        # the name as seen now: after a restart the engine has not seen them yet
        name = self.app.engine.named_member(group_id, member_id).display_name
        payload = {"rule": RULE, "name": name}
        self.app.store.timers.queue_once(group_id, member_id, GRACE, due, payload)

    def left(self, group_id: str, member_id: str) -> None:
        self.app.store.timers.queue_cancel(group_id, member_id, GRACE)

    async def _grace_action(self, timer: Timer) -> Action | None:
        group_id, member_id = timer.group_id, timer.member_id
        if self.app.engine.member(group_id, member_id).role != Role.UNKNOWN:
            log.info("grace_verified", group=group_id, member=member_id, by="roster")
            return None
        alert = await self.app.store.alerts.latest(group_id, member_id, RULE)
        if alert is not None and alert.handled:
            log.info("grace_verified", group=group_id, member=member_id, by="staff")
            return None
        return Action(
            kind=ActionKind.KICK,
            group_id=group_id,
            member_id=member_id,
            rule_id=RULE,
            reason="宽限期内未核实身份",
        )

    def _words(self, timer: Timer) -> dict[str, str]:
        group = self.app.group(timer.group_id)
        member = self.app.engine.named_member(timer.group_id, timer.member_id)
        grace = self.app.config.policy.grace_period
        hours = int(grace.total_seconds() // 3600)
        return {
            "name": member.display_name or str(timer.payload.get("name") or timer.member_id),
            "group": group.class_name or group.id,
            "grace": f"{hours}小时" if hours else f"{int(grace.total_seconds() // 60)}分钟",
        }

    async def _removed(self, timer: Timer, outcome: Outcome) -> None:
        await self.app.tell_staff(
            timer.group_id, REMOVED_TEXT.format(**self._words(timer)), reason="grace removal"
        )

    async def _not_removed(self, timer: Timer, outcome: Outcome) -> bool:
        if outcome.refused in (None, RefusalReason.UNAVAILABLE):
            return False  # tried again
        if outcome.refused == RefusalReason.NOT_IN_GROUP:
            return True  # gone already
        why = refusal_text(ActionKind.KICK, outcome.refused)
        text = NOT_REMOVED_TEXT.format(why=why, **self._words(timer))
        await self.app.tell_staff(timer.group_id, text, reason="grace removal refused")
        return True

    # -- member audit -------------------------------------------------------------------

    def arm(self, now: datetime) -> None:
        """At start: each group's first audit once the links are up, then every period
        (a restart audits again: it loses nothing, and staff see the state at start)."""
        if self.app.config.member_audit is None:
            return
        self._next_audit = {g.id: now + AUDIT_FIRST for g in self.app.engine.groups()}

    async def audit_due(self) -> int:
        """Audit every group whose audit is due by the clock; how many were audited."""
        every = self.app.config.member_audit
        if every is None:
            return 0
        done = 0
        for group_id, due in list(self._next_audit.items()):
            now = self.app.clock()
            if due > now:
                continue
            group = self.app.group(group_id)
            audited = await self.audit(group)
            self._next_audit[group_id] = now + (every if audited else AUDIT_RETRY)
            done += audited
        return done

    async def audit(self, group: Group) -> bool:
        """Check one group's members against its roster and tell staff of strangers in one
        message; False when the platform would not list them."""
        strangers = await self.strangers(group)
        if strangers is None:
            return False
        log.info("members_audited", group=group.id, strangers=len(strangers))
        if strangers:
            await self.app.tell_staff(
                group.id, audit_summary(group, strangers), reason="member audit"
            )
        return True

    async def strangers(self, group: Group) -> list[Member] | None:
        """The group's members the roster does not list; None if the list is unavailable."""
        bridge = self.app.bridges.get(group.platform)
        if not isinstance(bridge, MemberLister):
            log.info("member_audit_skipped", group=group.id, reason="no member list")
            return None
        try:
            members = await bridge.member_list(group)
        except Exception as exc:
            log.warning("member_list_failed", group=group.id, error=repr(exc))
            return None
        if members is None:
            return None
        engine = self.app.engine
        return [m for m in members if engine.member(group.id, m.id).role == Role.UNKNOWN]


__all__ = ["GRACE", "MemberLister", "MembershipWatch", "audit_summary"]
