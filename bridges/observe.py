"""The health and metrics endpoint of ``classmod run`` (config ``observe.listen``).

``GET /healthz``: 200 ``{"status": "ok", ...}`` when every bridge is connected, the store
can commit and the timer loop goes round; else 503 with each failing check's reason.
``GET /metrics``: the Prometheus text exposition (``classmod.metrics``). Both are read by
``classmod status``. Lives outside the core because it uses aiohttp.

The endpoint outlives a config reload (SIGHUP): ``app`` is swapped for the new one.
"""

from __future__ import annotations

import json
from typing import Any

import structlog
from aiohttp import web

from classmod.metrics import CONTENT_TYPE, Metrics, Watched, health
from classmod.store import Store

log = structlog.get_logger("classmod.observe")


class ObserveServer:
    """``/healthz`` and ``/metrics`` on ``host:port`` (port 0: any free port)."""

    def __init__(self, metrics: Metrics, listen: str) -> None:
        host, _, port = listen.rpartition(":")
        self.host = host or "127.0.0.1"
        self.port = int(port)
        self.metrics = metrics
        self.app: Watched | None = None
        self.store: Store | None = None
        self._runner: web.AppRunner | None = None

    def watch(self, app: Watched | None, store: Store | None) -> None:
        self.app, self.store = app, store

    async def start(self) -> None:
        server = web.Application()
        server.router.add_get("/healthz", self._healthz)
        server.router.add_get("/metrics", self._metrics)
        runner = self._runner = web.AppRunner(server, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except OSError:
            await runner.cleanup()
            self._runner = None
            raise
        listening = site._server
        if listening is not None:
            self.port = int(listening.sockets[0].getsockname()[1])  # type: ignore[attr-defined]
        log.info("observe_listening", host=self.host, port=self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _healthz(self, request: web.Request) -> web.Response:
        result = health(self.app, self.metrics)
        body: dict[str, Any] = result.as_json()
        return web.Response(
            status=200 if result.ok else 503,
            text=json.dumps(body, ensure_ascii=False),
            content_type="application/json",
        )

    async def _metrics(self, request: web.Request) -> web.Response:
        await self.refresh()
        health(self.app, self.metrics)  # the bridge and health gauges, as of this scrape
        return web.Response(body=self.metrics.render(), headers={"Content-Type": CONTENT_TYPE})

    async def refresh(self) -> None:
        """The gauges read from the store, as of now (a scrape asks at most every few s)."""
        store = self.store
        if store is None:
            return
        try:
            async with store.db.execute(
                "SELECT (SELECT COUNT(*) FROM alerts WHERE handled = 0),"
                " (SELECT COUNT(*) FROM timers WHERE done = 0)"
            ) as cur:
                row = await cur.fetchone()
        except Exception as exc:  # the store closing under a reload: the last values stand
            log.debug("observe_refresh_failed", error=repr(exc))
            return
        if row is not None:
            self.metrics.alerts_open.set(int(row[0]))
            self.metrics.timers_pending.set(int(row[1]))
