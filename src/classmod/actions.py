"""Carrying out actions: the platform's part through the group's bridge, the app's own
(staff alerts, the school office, plugins' records), the audit of every outcome, and
telling staff when one failed. The app's action runner (``App.actions``).

The bot tells the truth: an outcome is audited as the bridge or the store reported it, and
a failed or refused action is never reported as done.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import structlog

from classmod.appeals import ABOUT_EVENT, ANSWERS, APPEAL_RULE
from classmod.model import Action, ActionKind, Group, Outcome
from classmod.night import is_quiet_reminder
from classmod.pluginstore import recorder_of
from classmod.timers import ALERT_ESCALATION, UNMUTE
from classmod.words import action_name, member_name, refusal_text

if TYPE_CHECKING:
    from classmod.app import App

log = structlog.get_logger("classmod.app")

#: an alert action's data key: the app's own alert about a failure, not to be answered
NO_ANSWERS = "no_answers"

# actions that name the management side rather than a class group
_NOT_IN_A_GROUP = frozenset({ActionKind.ALERT_STAFF, ActionKind.ESCALATE_OFFICE})


@runtime_checkable
class ReplayCheck(Protocol):
    """A bridge that can tell whether a replayed action already took effect."""

    async def already_done(self, action: Action, group: Group) -> str:
        """Why ``action`` need not be carried out (already deleted, member gone), or ''."""
        ...


class ActionRunner:
    """The app's actions carried out, audited and told of (see module doc)."""

    def __init__(self, app: App) -> None:
        self.app = app

    # -- actions --------------------------------------------------------------------------

    def group(self, group_id: str) -> Group:
        return self.app.engine.setup(group_id).group

    async def apply(
        self,
        action: Action,
        event_id: str = "",
        *,
        intent: int | None = None,
        alert_on_failure: bool = True,
    ) -> Outcome:
        """Carry out one action, audit it, tell observers. Never raises (but a cancel).

        ``intent`` is the action's outbox row: it leaves the outbox in the transaction that
        audits the outcome. A decided unmute that fails becomes a timer due now, so it is
        retried like a timed one. ``alert_on_failure=False`` is for the timers, which tell
        staff once a failure has lasted, not at every try."""
        now = self.app.clock()
        try:
            outcome = await self._apply(action, now, event_id)
        except Exception as exc:
            log.error("action_failed", kind=str(action.kind), error=repr(exc), exc_info=True)
            outcome = Outcome(action=action, ok=False, detail=f"error: {exc!r}")
        await self.app.store.audit.record_outcome(outcome, event_id, now)
        self.app.banlists.applied(action, outcome)
        if intent is not None:
            self.app.store.outbox.finish(intent)
            if not outcome.ok and action.kind == ActionKind.UNMUTE:
                self.app.store.timers.queue(action.group_id, action.member_id, UNMUTE, now)
        group = self.group(action.group_id) if action.group_id in self.app.config.groups else None
        member = (
            self.app.engine.member(action.group_id, action.member_id)
            if group is not None and action.member_id
            else None
        )
        if group is not None:
            self.app.host.action_applied(action, outcome, group, member)
        if self.app.metrics is not None:
            self.app.metrics.action(str(action.kind), outcome.ok)
        log.info(
            "action_applied",
            group=action.group_id,
            member=action.member_id,
            rule=action.rule_id,
            action=str(action.kind),
            ok=outcome.ok,
            detail=outcome.detail,
            downgraded_from=str(action.downgraded_from) if action.downgraded_from else None,
        )
        if not outcome.ok and is_quiet_reminder(action) and group is not None:
            # not a failure to wake staff for: the group's morning summary says it
            await self.app.night.reminder_failed(action)
        elif (
            alert_on_failure
            and not outcome.ok
            and action.kind not in (ActionKind.ALERT_STAFF, ActionKind.ESCALATE_OFFICE)
        ):
            await self._alert_failure(action, outcome)
        return outcome

    async def tell_staff(self, group_id: str, text: str, *, reason: str) -> Outcome:
        """Tell the management room something that asks no answer (not an alert: nothing
        to handle, nothing escalated); the outcome is audited."""
        action = Action(
            kind=ActionKind.ALERT_STAFF,
            group_id=group_id,
            reason=reason,
            text=text,
            data=((NO_ANSWERS, "1"),),
        )
        try:
            outcome = await self.post_staff(text, action)
        except Exception as exc:
            outcome = Outcome(action=action, ok=False, detail=f"error: {exc!r}")
        await self.app.store.audit.record_outcome(outcome, "", self.app.clock())
        (log.info if outcome.ok else log.error)(
            "staff_told", group=group_id, reason=reason, ok=outcome.ok, detail=outcome.detail
        )
        return outcome

    async def _already_done(self, action: Action, decided_at: datetime) -> str:
        """Why a replayed action need not be carried out any more, or ''."""
        if action.group_id not in self.app.config.groups:
            return "" if action.kind in _NOT_IN_A_GROUP else "group no longer configured"
        if (
            action.kind == ActionKind.MUTE
            and action.duration
            and decided_at + action.duration <= self.app.clock()
        ):
            return "the mute's time ran out while the bot was down"
        group = self.group(action.group_id)
        bridge = self.app.bridges.get(group.platform)
        if isinstance(bridge, ReplayCheck):
            try:
                return await bridge.already_done(action, group)
            except Exception as exc:  # no answer: carry it out (apply has its own checks)
                log.warning("replay_check_failed", kind=str(action.kind), error=repr(exc))
        return ""

    async def _skip_replayed(self, action: Action, event_id: str, intent: int, why: str) -> None:
        outcome = Outcome(action=action, ok=True, detail=f"not replayed: {why}")
        await self.app.store.audit.record_outcome(outcome, event_id, self.app.clock())
        self.app.store.outbox.finish(intent)
        log.info(
            "intent_skipped",
            group=action.group_id,
            member=action.member_id,
            action=str(action.kind),
            reason=why,
        )

    async def _apply(self, action: Action, now: datetime, event_id: str = "") -> Outcome:
        if action.kind == ActionKind.ALERT_STAFF:
            alert_id = await self.app.store.alerts.add(
                action.group_id,
                action.member_id,
                action.text,
                now,
                # an appeal is about the punished event, not the message that made it
                event_id=dict(action.data).get(ABOUT_EVENT, event_id),
                message_id=action.message_id,
                rule_id=action.rule_id,
            )
            # stored before the post: a crash during it still escalates an unhandled alert
            due = now + self.app.config.school_office.escalate_after
            await self.app.store.timers.add(
                action.group_id,
                f"alert:{alert_id}",
                ALERT_ESCALATION,
                due,
                {"alert_id": alert_id, "text": action.text},
            )
            outcome = await self.post_staff(action.text + self._answers(action), action)
            if outcome.ok and outcome.message_id:
                self.app.store.alerts.note_posted(alert_id, outcome.message_id)
            return outcome
        if action.kind == ActionKind.ESCALATE_OFFICE:
            return await self.post_office(action.text, action)
        if action.kind == ActionKind.RECORD:
            return await self._plugin_record(action, now)
        group = self.group(action.group_id)
        bridge = self.app.bridges.get(group.platform)
        if bridge is None:
            return Outcome(action=action, ok=False, detail=f"no bridge for {group.platform}")
        # a mute's unmute timer was stored with its intent (``_queue_intents``)
        return await bridge.apply(action, group)

    async def _plugin_record(self, action: Action, now: datetime) -> Outcome:
        """A plugin's RECORD action, carried out by the plugin that decided it."""
        name = recorder_of(action)
        storage = self.app.storages.get(name)
        if storage is None or storage.spec.record is None:
            why = f"no plugin keeps the records of {name!r}" if name else "names no plugin"
            return Outcome(action=action, ok=False, detail=f"record not kept: {why}")
        detail = await storage.spec.record(action, storage, now)
        return Outcome(action=action, ok=True, detail=detail or f"recorded by {name}")

    def _answers(self, action: Action) -> str:
        """What staff may answer an alert with, said under it; '' when it has no member or
        group to act on, or is the app's own report of a failure."""
        if (
            not action.member_id
            or action.group_id not in self.app.config.groups
            or NO_ANSWERS in dict(action.data)
        ):
            return ""
        if action.rule_id == APPEAL_RULE:
            return "\n" + ANSWERS
        words = ["删除"] if action.message_id else []
        words += ["警告", "禁言 10分钟", "移出", "拉黑", "忽略", "误判"]
        return "\n回复本条处理：" + " / ".join(words)

    async def post_staff(self, text: str, action: Action) -> Outcome:
        mgmt = self.app.config.management
        if mgmt is None:
            return Outcome(action=action, ok=False, detail="no management room configured")
        bridge = self.app.bridges.get(mgmt.platform)
        if bridge is None:
            return Outcome(action=action, ok=False, detail=f"no bridge for {mgmt.platform}")
        return await bridge.post(mgmt.room, text)

    async def post_office(self, text: str, action: Action) -> Outcome:
        office = self.app.config.school_office
        mgmt = self.app.config.management
        if office.room is None or mgmt is None:
            return Outcome(action=action, ok=False, detail="no school office room configured")
        bridge = self.app.bridges.get(mgmt.platform)
        if bridge is None:
            return Outcome(action=action, ok=False, detail=f"no bridge for {mgmt.platform}")
        return await bridge.post(office.room, "【上报学校】" + text)

    def _name_of(self, action: Action) -> str:
        """The display name of the member ``action`` is about, in its group."""
        if action.group_id not in self.app.config.groups:
            return member_name(None)
        return member_name(self.app.engine.named_member(action.group_id, action.member_id))

    async def _alert_failure(self, action: Action, outcome: Outcome) -> None:
        group = self.group(action.group_id) if action.group_id in self.app.config.groups else None
        where = (group.class_name or "班级群") if group is not None else "班级群"
        who = self._name_of(action) if action.member_id else "全群"
        text = (
            f"【操作失败】{where} 对 {who} 的{action_name(action.kind)}未成功："
            f"{refusal_text(action.kind, outcome.refused)}"
        )
        alert = Action(
            kind=ActionKind.ALERT_STAFF,
            group_id=action.group_id,
            member_id=action.member_id,
            rule_id=action.rule_id,
            reason="action failed",
            text=text,
            data=((NO_ANSWERS, "1"),),
        )
        await self.apply(alert)
