"""What each platform can do, as its bridge declares it (see ../notes on gateways).

Simulate uses these to show what ``run`` would really do on that platform; the policy
downgrades anything not listed (e.g. WeChat: no mute, no recall of others' messages).
"""

from __future__ import annotations

from classmod.model import ActionKind, Platform

_MESSAGING = frozenset({ActionKind.WARN, ActionKind.REMIND, ActionKind.NOTIFY})

MATRIX = _MESSAGING | {
    ActionKind.DELETE,
    ActionKind.TIDY,
    ActionKind.MUTE,
    ActionKind.UNMUTE,
    ActionKind.KICK,
    ActionKind.BAN,
    ActionKind.UNBAN,
    ActionKind.LOCK,
    ActionKind.UNLOCK,
}

#: OneBot v11 has no way to lift a join block, so no UNBAN (see bridges/onebot/v11.py).
QQ = (MATRIX - {ActionKind.UNBAN}) | {
    ActionKind.SET_NICKNAME,
    ActionKind.APPROVE_JOIN,
    ActionKind.REJECT_JOIN,
}

#: ComWeChat-style OneBot 12 gateway: messages and removal only.
WECHAT = _MESSAGING | {ActionKind.KICK}

PLATFORM_CAPABILITIES: dict[Platform, frozenset[ActionKind]] = {
    Platform.MATRIX: frozenset(MATRIX),
    Platform.QQ: frozenset(QQ),
    Platform.WECHAT: frozenset(WECHAT),
}
