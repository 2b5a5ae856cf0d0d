"""A platform nobody ships: registered in-process by tests/core/test_platforms.py to show a
new platform needs no core change (its config model, capabilities and factory)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

from classmod.model import ActionKind, Group, Platform
from classmod.platforms import PlatformSpec
from classmod.testing import FakeBridge


class ToyChatModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    endpoint: str
    token: str | None = None


#: messages and removal, no deletion: the policy must downgrade a delete on it
CAPABILITIES = frozenset({ActionKind.WARN, ActionKind.REMIND, ActionKind.NOTIFY, ActionKind.KICK})

built: list[tuple[str, list[str]]] = []
bridges: list[FakeBridge] = []


def build(
    config: Any, platform: Platform, section: ToyChatModel, groups: list[Group], store: Any
) -> FakeBridge:
    built.append((section.endpoint, [g.id for g in groups]))
    bridges.append(FakeBridge(platform, name="toychat", capabilities=CAPABILITIES))
    return bridges[-1]


SPEC = PlatformSpec(
    name="toychat",
    label="玩具群",
    capabilities=CAPABILITIES,
    config_model=ToyChatModel,
    factory="toyplatform:build",
    extra="classmod-toychat",
    libraries=frozenset({"toychat_sdk"}),
)
