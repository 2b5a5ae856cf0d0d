"""Night: the quiet hours without an @ in the group, and the optional night lock.

* A quiet-hours reminder (R17) goes to the member privately (the policy makes it a DM).
  One that cannot be sent is not reported as a failure at night: the group gets one
  summary at the end of the window, naming nobody.
* ``night_lock: true`` (school or group; off by default, and refused at load for a platform
  that cannot lock a group) locks the group at the start of its quiet hours (QQ
  ``set_group_whole_ban``, Matrix ``events_default`` raised) and lifts it at the end.
  Both are timers in the store, so a restart loses neither: the lift is stored before the
  lock is asked for, and a restart inside the window locks at once. The group is told
  only what was done; a refused lock is told to staff in words.

The window arithmetic is pure; :class:`NightWatch` is the app's part (it awaits).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import structlog

from classmod.model import Action, ActionKind, Group, Outcome, QuietHours, RefusalReason
from classmod.policy import QUIET_REMINDER
from classmod.storage.records import Timer, stamp
from classmod.timers import TimerKind
from classmod.words import refusal_text

if TYPE_CHECKING:
    from classmod.app import App

log = structlog.get_logger("classmod.night")

LOCK = "night_lock"
UNLOCK = "night_unlock"
SUMMARY = "night_summary"
RULE = "night"

LOCKED_TEXT = (
    "现在是休息时间（{window}），本群已开启全员禁言，明早 {end} 自动解除。急事请直接电话联系老师。"
)
UNLOCKED_TEXT = "早上好！夜间全员禁言已解除，大家可以正常发言了。"
SUMMARY_TEXT = (
    "早上好！昨晚休息时段（{window}）群里有 {count} 位成员发了非紧急的消息。"
    "按群规，晚上 8 点后不急的事情请第二天再发，急事请直接电话联系老师。谢谢大家配合！"
)
LOCK_REFUSED_TEXT = "【夜间禁言未开启】{group} 今晚未能开启全员禁言：{why}。今晚群里照常可以发言。"


def _window_of(day: date, quiet: QuietHours, zone: ZoneInfo) -> tuple[datetime, datetime]:
    start = datetime.combine(day, quiet.start, tzinfo=zone)
    end_day = day + timedelta(days=1) if quiet.end <= quiet.start else day
    return start, datetime.combine(end_day, quiet.end, tzinfo=zone)


def current_window(
    now: datetime, quiet: QuietHours, zone: ZoneInfo
) -> tuple[datetime, datetime] | None:
    """The quiet window ``now`` is in (its start and end), or None."""
    today = now.astimezone(zone).date()
    for days in (-1, 0):
        start, end = _window_of(today + timedelta(days=days), quiet, zone)
        if start <= now < end:
            return start, end
    return None


def next_window(now: datetime, quiet: QuietHours, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The first quiet window that starts after ``now``."""
    today = now.astimezone(zone).date()
    for days in (0, 1):
        start, end = _window_of(today + timedelta(days=days), quiet, zone)
        if start > now:
            return start, end
    return _window_of(today + timedelta(days=2), quiet, zone)  # not reached


def window_text(quiet: QuietHours) -> str:
    return f"{quiet.start:%H:%M}–{quiet.end:%H:%M}"


def is_quiet_reminder(action: Action) -> bool:
    return action.kind == ActionKind.NOTIFY and QUIET_REMINDER in dict(action.data)


class NightWatch:
    """The app's night: arms, fires and re-arms the lock timers; the morning summary."""

    def __init__(self, app: App) -> None:
        self.app = app

    def timer_kinds(self) -> dict[str, TimerKind]:
        return {
            LOCK: TimerKind(self._lock_action, self._locked, self._lock_refused),
            UNLOCK: TimerKind(self._unlock_action, self._unlocked),
            SUMMARY: TimerKind(self._summary_action),
        }

    def _groups(self) -> list[Group]:
        return [gc.group for gc in self.app.config.groups.values()]

    async def arm(self, pending: list[Timer], now: datetime) -> int:
        """At start: every night-locked group without a pending lock or lift gets its next
        lock (now, when the bot starts inside the window); how many were armed."""
        armed = 0
        busy = {t.group_id for t in pending if t.kind in (LOCK, UNLOCK)}
        for group in self._groups():
            if not group.night_lock or group.quiet_hours is None or group.id in busy:
                continue
            inside = current_window(now, group.quiet_hours, group.timezone)
            due = now if inside else next_window(now, group.quiet_hours, group.timezone)[0]
            self.app.store.timers.queue(group.id, "", LOCK, due)
            armed += 1
        return armed

    def _arm_next(self, group: Group, now: datetime) -> None:
        if group.night_lock and group.quiet_hours is not None:
            start, _ = next_window(now, group.quiet_hours, group.timezone)
            self.app.store.timers.queue(group.id, "", LOCK, start)

    def _group(self, timer: Timer) -> Group | None:
        gc = self.app.config.groups.get(timer.group_id)
        return gc.group if gc is not None else None

    # -- the lock ---------------------------------------------------------------------

    async def _lock_action(self, timer: Timer) -> Action | None:
        group = self._group(timer)
        if group is None or not group.night_lock or group.quiet_hours is None:
            return None
        now = self.app.clock()
        window = current_window(now, group.quiet_hours, group.timezone)
        if window is None:  # the bot was down (or the lock kept failing) all night
            log.info("night_lock_skipped", group=group.id, reason="the window is over")
            self._arm_next(group, now)
            return None
        if await self._applied(group.id, window[1]):
            # the lock was applied and announced, and the bot stopped before this timer was
            # marked done: it is in force, neither set nor announced a second time
            log.info("night_lock_skipped", group=group.id, reason="already applied")
            return None
        # the lift first, before the platform is asked: a lock whose call never returned
        # still ends in the morning
        self.app.store.timers.queue(group.id, "", UNLOCK, window[1], {"announce": False})
        return Action(
            kind=ActionKind.LOCK, group_id=group.id, rule_id=RULE, reason="休息时段全员禁言"
        )

    async def _applied(self, group_id: str, until: datetime) -> bool:
        """Whether tonight's lock was applied: its announced lift is pending (``_locked``
        stores it once the platform confirmed the lock)."""
        return any(
            t.group_id == group_id
            and t.kind == UNLOCK
            and t.due == until
            and t.payload.get("announce")
            for t in await self.app.store.timers.pending()
        )

    async def _locked(self, timer: Timer, outcome: Outcome) -> None:
        group = self._group(timer)
        if group is None or group.quiet_hours is None:
            return
        window = current_window(self.app.clock(), group.quiet_hours, group.timezone)
        if window is None:
            return
        # the morning message says the lock was lifted: only once a lock was applied
        self.app.store.timers.queue(group.id, "", UNLOCK, window[1], {"announce": True})
        text = LOCKED_TEXT.format(window=window_text(group.quiet_hours), end=f"{window[1]:%H:%M}")
        await self.app.apply(_group_notice(group, text))
        log.info("night_locked", group=group.id, until=stamp(window[1]))

    async def _lock_refused(self, timer: Timer, outcome: Outcome) -> bool:
        if outcome.refused in (None, RefusalReason.UNAVAILABLE):
            return False  # no answer from the platform: tried again (staff told if it lasts)
        group = self._group(timer)
        where = group.class_name or group.id if group is not None else timer.group_id
        text = LOCK_REFUSED_TEXT.format(
            group=where, why=refusal_text(ActionKind.LOCK, outcome.refused)
        )
        await self.app.tell_staff(timer.group_id, text, reason="night lock refused")
        log.warning("night_lock_refused", group=timer.group_id, detail=outcome.detail)
        return True

    async def _unlock_action(self, timer: Timer) -> Action | None:
        if timer.group_id not in self.app.config.groups:
            return None
        return Action(
            kind=ActionKind.UNLOCK,
            group_id=timer.group_id,
            rule_id=RULE,
            reason="休息时段结束，解除全员禁言",
        )

    async def _unlocked(self, timer: Timer, outcome: Outcome) -> None:
        group = self._group(timer)
        if group is None:
            return
        if timer.payload.get("announce"):
            await self.app.apply(_group_notice(group, UNLOCKED_TEXT))
        log.info("night_unlocked", group=group.id)
        self._arm_next(group, self.app.clock())

    # -- reminders that could not be sent privately -------------------------------------

    async def reminder_failed(self, action: Action) -> None:
        """A quiet-hours reminder the platform would not deliver privately: the member is
        counted for the group's morning summary (one message, naming nobody)."""
        group = self.app.group(action.group_id)
        if group.quiet_hours is None:
            return
        now = self.app.clock()
        window = current_window(now, group.quiet_hours, group.timezone)
        due = window[1] if window is not None else now
        members: list[str] = []
        for t in await self.app.store.timers.pending():
            if t.kind == SUMMARY and t.group_id == group.id:
                members = [str(m) for m in t.payload.get("members", [])]
        if action.member_id not in members:
            members.append(action.member_id)
        self.app.store.timers.queue(group.id, "", SUMMARY, due, {"members": members})
        log.info("quiet_reminder_deferred", group=group.id, member=action.member_id)

    async def _summary_action(self, timer: Timer) -> Action | None:
        group = self._group(timer)
        members = timer.payload.get("members", [])
        if group is None or group.quiet_hours is None or not members:
            return None
        text = SUMMARY_TEXT.format(window=window_text(group.quiet_hours), count=len(members))
        return _group_notice(group, text)


def _group_notice(group: Group, text: str) -> Action:
    """A message to the whole group, mentioning nobody."""
    return Action(kind=ActionKind.REMIND, group_id=group.id, rule_id=RULE, text=text)


__all__ = [
    "LOCK",
    "SUMMARY",
    "UNLOCK",
    "NightWatch",
    "current_window",
    "is_quiet_reminder",
    "next_window",
    "window_text",
]
