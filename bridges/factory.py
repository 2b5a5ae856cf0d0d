"""Build the bridges a school config asks for and run the app: ``classmod run CONFIG``.

Lives outside the core so that ``src/classmod`` never imports a bridge library.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
from pathlib import Path
from typing import NoReturn

import structlog

from classmod.app import App
from classmod.bridge import Bridge
from classmod.config import (
    ConfigError,
    SchoolConfig,
    check_runnable,
    check_secrets,
    load_config,
)
from classmod.metrics import Metrics
from classmod.model import Group, Platform
from classmod.ops import hold_store
from classmod.platforms import PlatformSpec, registry
from classmod.storage.writer import StoreOpenError
from classmod.store import Store

log = structlog.get_logger("classmod.run")


def _groups(config: SchoolConfig, platform: Platform) -> list[Group]:
    return [g.group for g in config.groups.values() if g.group.platform == platform]


def missing_extra(config: SchoolConfig, spec: PlatformSpec, exc: ModuleNotFoundError) -> NoReturn:
    """Raise a ConfigError at ``bridges.<platform>`` when ``exc`` is a library of the
    platform's bridge that is not installed (anything else is a bug and is raised as it is)."""
    library = (exc.name or "").split(".")[0]
    if library not in spec.libraries:
        raise exc
    here = ("bridges", spec.name)
    raise ConfigError(
        config.path,
        ".".join(here),
        f"this bridge needs the Python package {library!r}, which is not installed:"
        f" install classmod with its extra, pip install '{spec.extra}'",
        config.lines.get(here),
    ) from None


def build_bridges(config: SchoolConfig, store: Store) -> list[Bridge]:
    """A bridge for each configured platform, built by the factory its bridge registered."""
    check_secrets(config)  # a bridge is never built with a secret that is not set
    bridges: list[Bridge] = []
    for name, spec in registry().items():
        section = config.bridges.section(name)
        if section is None:
            continue
        try:
            bridges.append(spec.build(config, section, _groups(config, spec.platform), store))
        except ModuleNotFoundError as exc:
            missing_extra(config, spec, exc)
    return bridges


async def close_bridges(bridges: list[Bridge]) -> None:
    """``aclose`` every bridge; one that fails to close is logged and the others still are."""
    for bridge in bridges:
        try:
            await bridge.aclose()
        except Exception as exc:  # closing must not hide why run ended
            log.warning("bridge_close_failed", bridge=bridge.name, error=repr(exc))


def store_path(config: SchoolConfig) -> Path:
    """The config's ``store.path``, relative to the config file's directory."""
    path = Path(config.store.path)
    return path if path.is_absolute() else config.path.parent / path


def _refuse_store(config: SchoolConfig, reason: str) -> ConfigError:
    line = config.lines.get(("store", "path"))
    return ConfigError(config.path, "store.path", reason, line)


async def open_store(config: SchoolConfig) -> Store:
    """The config's store, opened; a path that cannot be one is a ConfigError naming the
    config's ``store.path``, the database path and the fix.

    The state directory must exist: ``classmod run`` never creates it (as root, it would
    be root's, and the service user could not write it); the operator makes it, owned by
    the service user (docs/operators.md)."""
    path = store_path(config)
    if not path.parent.is_dir():
        raise _refuse_store(
            config,
            f"{path}: the state directory {path.parent} does not exist; create it, owned by"
            " the user classmod runs as (docs/operators.md), or set store.path to a file in"
            " a directory that exists",
        )
    store = Store(path)
    try:
        await store.open()
    except StoreOpenError as exc:
        raise _refuse_store(config, str(exc)) from None
    return store


def _check_store(config: SchoolConfig, path: Path) -> None:
    """A reload keeps the store it has: a new store.path takes a restart."""
    if store_path(config) != path:
        raise _refuse_store(
            config, f"changed from {path}: a new store path takes a restart, not a reload"
        )


async def run_from_config(path: Path, reload: asyncio.Event | None = None) -> None:
    """``classmod run``: the app over the config's bridges until cancelled.

    ``reload`` (set by SIGHUP): the config file is read and checked again; a config that
    does not load is logged and the running app goes on untouched. One that loads replaces
    the app as a restart would, but in this process: the app stops taking events, finishes
    those in hand (``App.run``'s drain) and stops its bridges; a new app on the same store
    restores strikes, timers and the outbox from it and reconnects. Events the platforms
    deliver again are skipped by their processed marks, so nobody is judged or punished
    twice. The health endpoint stays up throughout."""
    config = load_config(path)
    check_runnable(config)
    for note in config.notes:
        log.warning("config_noted", note=str(note))
    db_path = store_path(config)
    store = await open_store(config)
    try:
        with hold_store(db_path):
            await _serve(config, store, path, reload or asyncio.Event())
    finally:
        await store.close()


async def _serve(config: SchoolConfig, store: Store, path: Path, reload: asyncio.Event) -> None:
    metrics = Metrics()
    store.writer.on_commit = metrics.committed
    observer = None
    if config.observe.listen:
        from classmod.bridges.observe import ObserveServer

        observer = ObserveServer(metrics, config.observe.listen)
        try:
            await observer.start()
        except OSError as exc:
            line = config.lines.get(("observe", "listen"))
            raise ConfigError(
                config.path,
                "observe.listen",
                f"cannot listen on {config.observe.listen}: {exc.strerror or exc}",
                line,
            ) from None
    try:
        while True:
            bridges = build_bridges(config, store)
            try:
                app = App(config, bridges, store, freeze_gc=True, metrics=metrics)
                if observer is not None:
                    observer.watch(app, store)
                reloaded = await _run_until_reload(app, config, reload, metrics)
                if observer is not None:
                    observer.watch(None, store)
            finally:
                await close_bridges(bridges)  # what run opened, run closes (reload included)
            if reloaded is None:
                return
            config = reloaded
            gc.unfreeze()  # the old app's objects may go now
            log.info("config_reloaded", config=str(path), groups=len(config.groups))
    finally:
        if observer is not None:
            await observer.stop()


async def _run_until_reload(
    app: App, config: SchoolConfig, reload: asyncio.Event, metrics: Metrics
) -> SchoolConfig | None:
    """Run ``app`` (with the antispam endpoint if configured) until it ends (None) or a
    reload brings a config that loads (returned, with the app stopped)."""
    antispam = None
    listen = config.bridges.matrix.antispam_listen if config.bridges.matrix else None
    running = asyncio.create_task(app.run(), name="app")
    try:
        if listen:
            from classmod.bridges.matrix.antispam import serve_for_config

            # a block adds strikes: the endpoint listens only once the app has restored the
            # stored ones (and the learned terms), so none is judged against an empty record
            started = asyncio.create_task(app.started.wait(), name="started")
            try:
                await asyncio.wait([running, started], return_when=asyncio.FIRST_COMPLETED)
            finally:
                started.cancel()
            if not running.done():
                antispam = await serve_for_config(config, app.host, listen, judge=app.presend.judge)
        while True:
            waiting = asyncio.create_task(reload.wait(), name="reload")
            try:
                await asyncio.wait([running, waiting], return_when=asyncio.FIRST_COMPLETED)
            finally:
                waiting.cancel()
            if running.done():
                running.result()
                return None
            reload.clear()
            new = await asyncio.to_thread(_reloaded, config)  # the loop serves meanwhile
            metrics.reloads.labels(result="refused" if new is None else "applied").inc()
            if new is None:
                continue
            running.cancel()  # App.run drains the events in hand, then stops the bridges
            with contextlib.suppress(asyncio.CancelledError):
                await running
            return new
    finally:
        if not running.done():
            running.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await running
        if antispam is not None:
            await antispam.stop()


def _reloaded(config: SchoolConfig) -> SchoolConfig | None:
    """The config file read again, or None (logged) when it does not load or cannot run."""
    log.info("reload_requested", config=str(config.path))
    try:
        new = load_config(config.path)
        check_runnable(new)
        _check_store(new, store_path(config))
    except ConfigError as exc:
        log.error("reload_refused", error=str(exc), effect="the running config is kept")
        return None
    return new
