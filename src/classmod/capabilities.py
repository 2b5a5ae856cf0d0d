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
