"""Build the bridges a school config asks for and run the app: ``classmod run CONFIG``.

Lives outside the core so that ``src/classmod`` never imports a bridge library.
"""

from __future__ import annotations

from pathlib import Path

from classmod.app import App
from classmod.bridge import Bridge
from classmod.config import (
    ConfigError,
    OneBotBridgeModel,
    SchoolConfig,
    check_runnable,
    load_config,
)
from classmod.model import Group, Platform
from classmod.store import Store, StoreOpenError


def _groups(config: SchoolConfig, platform: Platform) -> list[Group]:
    return [g.group for g in config.groups.values() if g.group.platform == platform]


def _onebot(
    model: OneBotBridgeModel, platform: Platform, groups: list[Group], store: Store
) -> Bridge:
    from bridges.onebot.transport import build_link
    from bridges.onebot.v11 import OneBotV11Bridge
    from bridges.onebot.v12 import OneBotV12Bridge

    link = build_link(
        version=model.version,
        transport=model.transport,
        url=model.url or "",
        listen=model.listen or "",
        access_token=model.access_token or "",
        self_id=model.self_id or "",
        secret=model.secret or "",
        gateway=str(platform),
    )
    if model.version == 11:
        return OneBotV11Bridge(
            link,
            groups,
            name=str(platform),
            self_id=model.self_id or "",
            cursors=store,
            history=model.history,
        )
    return OneBotV12Bridge(link, groups, name=str(platform), cursors=store, history=model.history)


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
        bridges.append(_onebot(b.qq, Platform.QQ, _groups(config, Platform.QQ), store))
    if b.wechat is not None:
        bridges.append(_onebot(b.wechat, Platform.WECHAT, _groups(config, Platform.WECHAT), store))
    return bridges


async def open_store(config: SchoolConfig) -> Store:
    """The config's store, opened; a path that cannot be one is a ConfigError naming the
    config's ``store.path``, the database path and the fix."""
    store_path = Path(config.store.path)
    if not store_path.is_absolute():
        store_path = config.path.parent / store_path
    store = Store(store_path)
    try:
        await store.open()
    except StoreOpenError as exc:
        line = config.lines.get(("store", "path"))
        raise ConfigError(config.path, "store.path", str(exc), line) from None
    return store


async def run_from_config(path: Path) -> None:
    config = load_config(path)
    check_runnable(config)
    store = await open_store(config)
    try:
        app = App(config, build_bridges(config, store), store, freeze_gc=True)
        antispam = None
        listen = config.bridges.matrix.antispam_listen if config.bridges.matrix else None
        if listen:
            from bridges.matrix.antispam import serve_for_config

            antispam = await serve_for_config(config, app.host, listen)
        try:
            await app.run()
        finally:
            if antispam is not None:
                await antispam.stop()
    finally:
        await store.close()
