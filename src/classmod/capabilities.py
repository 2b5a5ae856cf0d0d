"""What each platform can do, as its bridge registers it (``classmod.platforms``).

Simulate uses these to show what ``run`` would really do on that platform; the policy
downgrades anything not listed (e.g. WeChat: no mute, no recall of others' messages). The
bridges' own ``capabilities`` are the same registered sets: there is one source of truth.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from classmod.model import ActionKind
from classmod.platforms import platform_spec, registry


class _Capabilities(Mapping[str, frozenset[ActionKind]]):
    """Platform name -> what its bridge can do, read from the registry on each look-up."""

    def __getitem__(self, platform: str) -> frozenset[ActionKind]:
        return platform_spec(platform).capabilities

    def __iter__(self) -> Iterator[str]:
        return iter(registry())

    def __len__(self) -> int:
        return len(registry())


PLATFORM_CAPABILITIES: Mapping[str, frozenset[ActionKind]] = _Capabilities()

#: What a bot that is a group admin can do on a platform with a full admin API (Matrix, QQ):
#: a bridge registers this plus its platform's own (UNBAN on Matrix, SET_NICKNAME on QQ).
GROUP_ADMIN: frozenset[ActionKind] = frozenset(
    {
        ActionKind.DELETE,
        ActionKind.TIDY,
        ActionKind.WARN,
        ActionKind.REMIND,
        ActionKind.NOTIFY,
        ActionKind.MUTE,
        ActionKind.UNMUTE,
        ActionKind.KICK,
        ActionKind.BAN,
        ActionKind.LOCK,
        ActionKind.UNLOCK,
        ActionKind.APPROVE_JOIN,
        ActionKind.REJECT_JOIN,
    }
)
