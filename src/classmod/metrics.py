"""What ``classmod run`` counts, and its health: the numbers behind ``/metrics``,
``/healthz`` and ``classmod status`` (docs/operators.md).

Prometheus metrics through ``prometheus_client``, in a registry of their own (not the
library's global one): one per process, kept across a config reload, so counters go on
counting. The hot path only increments: label children are looked up once per group, rule
and action kind and kept; the gauges that need the store (alerts open, timers pending) are
read when a scrape asks for them (``refresh``), never per event.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

#: decision latency buckets, in seconds: a decision is tens of microseconds to a few ms
DECISION_BUCKETS = (0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1)
#: store commit buckets, in seconds: a WAL commit without fsync is 0.1-0.3 ms
COMMIT_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1, 1.0)

CONTENT_TYPE = CONTENT_TYPE_LATEST

_Child = Any  # a labelled child of a prometheus_client metric


class Metrics:
    """The counters, histograms and gauges of one process."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry(auto_describe=True)
        r = self.registry
        self.events_in = Counter(
            "classmod_events", "Events received from the platforms", ["platform"], registry=r
        )
        self.events_decided = Counter(
            "classmod_events_decided",
            "Messages and member events the rules judged",
            ["platform"],
            registry=r,
        )
        self.decision_seconds = Histogram(
            "classmod_decision_seconds",
            "Time the engine took to decide one event",
            buckets=DECISION_BUCKETS,
            registry=r,
        )
        self.actions = Counter(
            "classmod_actions",
            "Actions carried out on the platforms, by kind and result (applied or failed)",
            ["kind", "result"],
            registry=r,
        )
        self.verdicts = Counter(
            "classmod_verdicts", "Verdicts the rules returned, by rule", ["rule"], registry=r
        )
        self.alerts_open = Gauge("classmod_alerts_open", "Staff alerts not yet handled", registry=r)
        self.timers_pending = Gauge(
            "classmod_timers_pending", "Timed actions waiting (unmutes, escalations)", registry=r
        )
        self.store_commit_seconds = Histogram(
            "classmod_store_commit_seconds",
            "Time one store commit took",
            buckets=COMMIT_BUCKETS,
            registry=r,
        )
        self.bridge_connected = Gauge(
            "classmod_bridge_connected",
            "1 while the bridge's link to its platform is up",
            ["bridge"],
            registry=r,
        )
        self.healthy = Gauge("classmod_healthy", "1 when /healthz answers 200", registry=r)
        self.reloads = Counter(
            "classmod_config_reloads", "Config reloads (SIGHUP), by result", ["result"], registry=r
        )
        self._in: dict[str, _Child] = {}
        self._decided: dict[str, _Child] = {}
        self._verdicts: dict[str, _Child] = {}
        self._actions: dict[tuple[str, bool], _Child] = {}

    # -- the hot path: one dict lookup and one increment each --------------------------------

    def event_in(self, platform: str) -> None:
        child = self._in.get(platform)
        if child is None:
            child = self._in[platform] = self.events_in.labels(platform=platform)
        child.inc()

    def decided(self, platform: str, seconds: float, rules: tuple[str, ...]) -> None:
        child = self._decided.get(platform)
        if child is None:
            child = self._decided[platform] = self.events_decided.labels(platform=platform)
        child.inc()
        self.decision_seconds.observe(seconds)
        for rule in rules:
            verdicts = self._verdicts.get(rule)
            if verdicts is None:
                verdicts = self._verdicts[rule] = self.verdicts.labels(rule=rule)
            verdicts.inc()

    def action(self, kind: str, ok: bool) -> None:
        child = self._actions.get((kind, ok))
        if child is None:
            result = "applied" if ok else "failed"
            child = self._actions[kind, ok] = self.actions.labels(kind=kind, result=result)
        child.inc()

    def committed(self, seconds: float) -> None:
        self.store_commit_seconds.observe(seconds)

    def render(self) -> bytes:
        """The Prometheus text exposition of everything here."""
        return bytes(generate_latest(self.registry))


class Watched(Protocol):
    """What the health check reads of a running app (``classmod.app.App``)."""

    @property
    def bridges(self) -> Mapping[Any, Any]: ...

    def timers_running(self) -> str: ...

    def store_problem(self) -> str: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class Health:
    """``/healthz``: each check's name and '' when it passes, else why it does not."""

    checks: Mapping[str, str]

    @property
    def ok(self) -> bool:
        return not any(self.checks.values())

    def as_json(self) -> dict[str, Any]:
        return {
            "status": "ok" if self.ok else "failing",
            "checks": {
                name: ({"ok": True} if not why else {"ok": False, "reason": why})
                for name, why in self.checks.items()
            },
        }


def health(app: Watched | None, metrics: Metrics | None = None) -> Health:
    """Each bridge connected, the store writable, the timers running."""
    if app is None:
        return Health(checks={"app": "starting: the app is not running yet"})
    checks: dict[str, str] = {}
    for bridge in app.bridges.values():
        up = bool(bridge.connected)
        checks[f"bridge:{bridge.name}"] = "" if up else "not connected to the platform"
        if metrics is not None:
            metrics.bridge_connected.labels(bridge=bridge.name).set(1 if up else 0)
    checks["store"] = app.store_problem()
    checks["timers"] = app.timers_running()
    result = Health(checks=checks)
    if metrics is not None:
        metrics.healthy.set(1 if result.ok else 0)
    return result


__all__ = ["CONTENT_TYPE", "Health", "Metrics", "health"]
