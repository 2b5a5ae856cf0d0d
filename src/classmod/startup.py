"""What the bot tells staff when it starts: the groups it serves, and on each platform what
it can do and what it cannot (so nobody expects a mute on WeChat), and the night locks.

It is said in the management room at every start, so staff can tell the bot runs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from classmod.model import ActionKind, Group
from classmod.night import window_text
from classmod.platforms import label_of
from classmod.words import action_name

#: what staff care about, in the order they are listed
_SHOWN = (
    ActionKind.DELETE,
    ActionKind.WARN,
    ActionKind.NOTIFY,
    ActionKind.MUTE,
    ActionKind.KICK,
    ActionKind.BAN,
    ActionKind.UNBAN,
    ActionKind.LOCK,
    ActionKind.SET_NICKNAME,
    ActionKind.APPROVE_JOIN,
)
#: what a platform lacking it leaves to staff
_MISSED = (ActionKind.DELETE, ActionKind.MUTE, ActionKind.BAN, ActionKind.LOCK)


def startup_text(
    school: str, groups: Sequence[Group], capabilities: Mapping[str, frozenset[ActionKind]]
) -> str:
    """The start-up message (in Chinese, one line per group and per platform)."""
    lines = [f"【班级助手已启动】{school}：正在管理 {len(groups)} 个班级群。"]
    for g in groups:
        line = f"· {g.class_name or g.id}（{label_of(g.platform)}）"
        if g.night_lock and g.quiet_hours is not None:
            line += f"：每晚 {window_text(g.quiet_hours)} 自动全员禁言"
        lines.append(line)
    lines.append("各平台能做的：")
    for platform in dict.fromkeys(g.platform for g in groups):
        caps = capabilities[platform]
        can = "、".join(action_name(k) for k in _SHOWN if k in caps)
        line = f"· {label_of(platform)}：{can}"
        cannot = [action_name(k) for k in _MISSED if k not in caps]
        if cannot:
            line += f"；不能{'、'.join(cannot)}，遇到时会请老师手动处理"
        lines.append(line)
    return "\n".join(lines)


__all__ = ["startup_text"]
