"""QQ (OneBot v11) and WeChat (OneBot 12) bridges; see docs/onebot.md."""

from classmod.bridges.onebot.transport import build_link
from classmod.bridges.onebot.v11 import OneBotV11Bridge
from classmod.bridges.onebot.v12 import OneBotV12Bridge

__all__ = ["OneBotV11Bridge", "OneBotV12Bridge", "build_link"]
