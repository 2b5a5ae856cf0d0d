"""Build the bridges a school config asks for and run the app: ``classmod run CONFIG``.

Lives outside the core so that ``src/classmod`` never imports a bridge library.
"""

from __future__ import annotations

from pathlib import Path

from classmod.app import App
from classmod.bridge import Bridge
from classmod.config import OneBotBridgeModel, SchoolConfig, load_config
from classmod.model import Group, Platform
from classmod.store import Store


def _groups(config: SchoolConfig, platform: Platform) -> list[Group]:
    return [g.group for g in config.groups.values() if g.group.platform == platform]


def _onebot(model: OneBotBridgeModel, platform: Platform, groups: list[Group]) -> Bridge:
    from bridges.onebot.transport import ForwardWebSocket, HttpApi, ReverseWebSocketServer
    from bridges.onebot.v11 import OneBotV11Bridge
    from bridges.onebot.v12 import OneBotV12Bridge

    token = model.access_token or ""
    link: object
    if model.transport == "reverse_ws":
        host, _, port = (model.listen or "127.0.0.1:8765").rpartition(":")
        link = ReverseWebSocketServer(
            host=host or "127.0.0.1", port=int(port), access_token=token,
            self_id=model.self_id or "", version=model.version,
        )
    elif model.transport == "http":
        link = HttpApi(model.url or "", access_token=token, version=model.version)
    else:
        link = ForwardWebSocket(model.url or "", access_token=token, gateway=str(platform))
    cls = OneBotV11Bridge if model.version == 11 else OneBotV12Bridge
    return cls(link, groups, name=str(platform))  # type: ignore[arg-type]


def build_bridges(config: SchoolConfig, store: Store) -> list[Bridge]:
    bridges: list[Bridge] = []
    b = config.bridges
    if b.matrix is not None:
        from bridges.matrix.bot import MatrixBridge

        bridges.append(
            MatrixBridge(
                b.matrix.homeserver,
                b.matrix.user_id,
                groups=_groups(config, Platform.MATRIX),
                cursors=store,
                management_room=config.management.room if config.management else None,
                access_token=b.matrix.access_token,
                password=b.matrix.password,
                device_id=b.matrix.device_id,
            )
        )
    if b.qq is not None:
        bridges.append(_onebot(b.qq, Platform.QQ, _groups(config, Platform.QQ)))
    if b.wechat is not None:
        bridges.append(_onebot(b.wechat, Platform.WECHAT, _groups(config, Platform.WECHAT)))
    return bridges


async def run_from_config(path: Path) -> None:
    config = load_config(path)
    store_path = Path(config.store.path)
    if not store_path.is_absolute():
        store_path = config.path.parent / store_path
    async with Store(store_path) as store:
        app = App(config, build_bridges(config, store), store)
        await app.run()
