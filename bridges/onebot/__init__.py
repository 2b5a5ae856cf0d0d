"""QQ (OneBot v11) and WeChat (OneBot 12) bridges; see docs/onebot.md."""

from bridges.onebot.transport import build_link
from bridges.onebot.v11 import OneBotV11Bridge
from bridges.onebot.v12 import OneBotV12Bridge

__all__ = ["OneBotV11Bridge", "OneBotV12Bridge", "build_link"]
