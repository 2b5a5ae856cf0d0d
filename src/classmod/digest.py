"""P05: the digest for head teachers and the supervisor, daily or weekly.

```yaml
digest: {every: week, weekday: 5, at: "18:00", to: management}   # or every: day; to: direct
```

Per group: what the bot handled, by rule; the alerts still open; appeals (granted, refused,
waiting); notices that asked for replies and the guardians who have not replied. Counts and
names of rules only: no family's message text, so the supervisor (a parent) may read it.
``to: management`` posts the whole school's digest in the management room; ``to: direct``
sends each group's head teacher and supervisor their group's part privately.

Pure: the app reads the counts from the store and the engine, and keeps the next run as a
timer in the store, so a restart neither skips nor repeats one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from classmod.config import DigestModel

#: the timer kind the digest runs on
DIGEST_TIMER = "digest"


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupDigest:
    """One group's part of a digest."""

    name: str  # the class's name
    handled: Mapping[str, int] = field(default_factory=dict)  # "R06 广告" -> events
    open_alerts: int = 0
    appeals_granted: int = 0
    appeals_refused: int = 0
    appeals_waiting: int = 0
    #: (notice time, guardians who have not replied) of notices that asked for replies
    unacknowledged: Sequence[tuple[datetime, int]] = ()


def next_due(now: datetime, settings: DigestModel, zone: ZoneInfo) -> datetime:
    """The first digest time after ``now``: today's or the next day's ``at``, on the
    configured weekday for a weekly digest."""
    local = now.astimezone(zone)
    due = local.replace(hour=settings.at.hour, minute=settings.at.minute, second=0, microsecond=0)
    while due <= local or (settings.every == "week" and due.isoweekday() != settings.weekday):
        due = (due + timedelta(days=1)).replace(
            hour=settings.at.hour, minute=settings.at.minute
        )  # wall-clock time, across a DST change too
    return due


def period_start(due: datetime, settings: DigestModel) -> datetime:
    return due - (timedelta(days=7) if settings.every == "week" else timedelta(days=1))


def digest_text(
    school: str,
    since: datetime,
    until: datetime,
    groups: Sequence[GroupDigest],
    zone: ZoneInfo,
    every: str,
) -> str:
    """The digest as staff read it."""
    title = "每周汇总" if every == "week" else "每日汇总"
    span = f"{since.astimezone(zone):%m-%d %H:%M} 至 {until.astimezone(zone):%m-%d %H:%M}"
    lines = [f"【{title}】{school} {span}"]
    for g in groups:
        total = sum(g.handled.values())
        by_rule = "、".join(f"{rule} {n}" for rule, n in sorted(g.handled.items()))
        lines.append(f"{g.name}：")
        lines.append(f"- 机器人处理 {total} 次" + (f"（{by_rule}）" if by_rule else ""))
        lines.append(f"- 待处理提醒 {g.open_alerts} 条")
        appeals = g.appeals_granted + g.appeals_refused + g.appeals_waiting
        lines.append(
            f"- 申诉 {appeals} 件"
            + (
                f"（同意 {g.appeals_granted}，驳回 {g.appeals_refused}，"
                f"待复核 {g.appeals_waiting}）"
                if appeals
                else ""
            )
        )
        if g.unacknowledged:
            notices = "；".join(
                f"{ts.astimezone(zone):%m-%d %H:%M} 的通知 {n} 人未确认"
                for ts, n in g.unacknowledged
            )
            lines.append(f"- 未确认的通知：{notices}（名单：在管理群发送 /acks {g.name}）")
        else:
            lines.append("- 未确认的通知：无")
    return "\n".join(lines)


__all__ = ["DIGEST_TIMER", "GroupDigest", "digest_text", "next_due", "period_start"]
