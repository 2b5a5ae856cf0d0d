"""The Matrix platform as this bridge registers it (``classmod.platforms``): what it can do,
its config section and the factory ``classmod run`` builds the bridge with.

Imports no Matrix library: ``check-config`` and ``simulate`` read this without matrix-nio.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from classmod.capabilities import GROUP_ADMIN
from classmod.config import MatrixBridgeModel
from classmod.model import ActionKind, Group, Platform
from classmod.platforms import PlatformSpec

if TYPE_CHECKING:
    from classmod.bridge import Bridge
    from classmod.config import SchoolConfig
    from classmod.store import Store

CAPABILITIES = GROUP_ADMIN | {ActionKind.UNBAN, ActionKind.ALERT_STAFF}


def build(
    config: SchoolConfig,
    platform: Platform,
    section: MatrixBridgeModel,
    groups: list[Group],
    store: Store,
) -> Bridge:
    from classmod.bridges.matrix.bot import MatrixBridge

    return MatrixBridge(
        section.homeserver,
        section.user_id,
        groups=groups,
        cursors=store.cursors,
        management_room=config.management.room if config.management else None,
        access_token=section.access_token,
        password=section.password,
        device_id=section.device_id,
    )


PLATFORM = PlatformSpec(
    name="matrix",
    label="Matrix",
    capabilities=CAPABILITIES,
    config_model=MatrixBridgeModel,
    factory="classmod.bridges.matrix.platform:build",
    extra="classmod[matrix]",
    libraries=frozenset({"nio", "aiohttp", "orjson"}),
)
