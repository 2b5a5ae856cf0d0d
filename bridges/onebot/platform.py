"""QQ and WeChat as the OneBot bridges register them (``classmod.platforms``): what each
gateway can do (../shared/notes/gateways.md), their config section and the factory
``classmod run`` builds a bridge with.

Imports no gateway library: ``check-config`` and ``simulate`` read this without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from classmod.capabilities import GROUP_ADMIN
from classmod.config import OneBotBridgeModel
from classmod.model import ActionKind, Group, Platform
from classmod.platforms import PlatformSpec

if TYPE_CHECKING:
    from classmod.bridge import Bridge
    from classmod.config import SchoolConfig
    from classmod.store import Store

#: go-cqhttp / NapCat / Lagrange (OneBot 11): everything a group admin can do but lift a
#: join block (no such API, so no UNBAN: see v11.py)
QQ_CAPABILITIES = GROUP_ADMIN | {ActionKind.SET_NICKNAME}
#: a ComWeChat-style OneBot 12 gateway: messages and removal only
WECHAT_CAPABILITIES = frozenset(
    {ActionKind.WARN, ActionKind.REMIND, ActionKind.NOTIFY, ActionKind.KICK}
)


def build(
    config: SchoolConfig,
    platform: Platform,
    section: OneBotBridgeModel,
    groups: list[Group],
    store: Store,
) -> Bridge:
    """The OneBot bridge of ``section``: v11 or v12, over the transport it names."""
    from classmod.bridges.onebot.transport import build_link
    from classmod.bridges.onebot.v11 import OneBotV11Bridge
    from classmod.bridges.onebot.v12 import OneBotV12Bridge

    name = str(platform)
    link = build_link(
        version=section.version,
        transport=section.transport,
        url=section.url or "",
        listen=section.listen or "",
        access_token=section.access_token or "",
        self_id=section.self_id or "",
        secret=section.secret or "",
        gateway=name,
    )
    if section.version == 11:
        return OneBotV11Bridge(
            link,
            groups,
            name=name,
            self_id=section.self_id or "",
            cursors=store.cursors,
            history=section.history,
        )
    return OneBotV12Bridge(link, groups, name=name, cursors=store.cursors, history=section.history)


def _spec(name: str, label: str, capabilities: frozenset[ActionKind]) -> PlatformSpec:
    return PlatformSpec(
        name=name,
        label=label,
        capabilities=capabilities,
        config_model=OneBotBridgeModel,
        factory="classmod.bridges.onebot.platform:build",
        extra="classmod[onebot]",
        libraries=frozenset({"websockets", "aiohttp", "orjson"}),
    )


QQ = _spec("qq", "QQ", QQ_CAPABILITIES)
WECHAT = _spec("wechat", "微信", WECHAT_CAPABILITIES)
PLATFORMS = (QQ, WECHAT)
