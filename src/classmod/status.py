"""The endpoint half of ``classmod status``: ``/healthz`` and ``/metrics`` of the running
bot (``observe.listen``), read over HTTP and told in lines a person reads."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections import defaultdict

from prometheus_client.parser import text_string_to_metric_families

#: a status check that waits longer than this on the endpoint says it does not answer
TIMEOUT = 5.0


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as resp:
            return int(resp.status), resp.read().decode("utf-8")
    except urllib.error.HTTPError as exc:  # 503: unhealthy, with the reasons in the body
        return int(exc.code), exc.read().decode("utf-8", errors="replace")


def endpoint_status(listen: str | None) -> tuple[list[str], bool]:
    """Lines about the running bot, and whether it is healthy."""
    if not listen:
        return ["endpoint: observe.listen is not configured (docs/operators.md)"], False
    host, _, port = listen.rpartition(":")
    base = f"http://{host or '127.0.0.1'}:{port}"
    try:
        status, body = _get(f"{base}/healthz")
        _, text = _get(f"{base}/metrics")
    except (OSError, urllib.error.URLError) as exc:
        reason = getattr(exc, "reason", exc)
        return [f"endpoint {base}: not answering ({reason}): is classmod running?"], False
    health = json.loads(body)
    lines = [f"health: {health.get('status', '?')} (HTTP {status})"]
    for name, check in health.get("checks", {}).items():
        lines.append(f"  {name}: {'ok' if check.get('ok') else check.get('reason', 'failing')}")
    lines.extend(metric_lines(text))
    return lines, status == 200


def metric_lines(text: str) -> list[str]:
    """The metrics a person asks about first, from a Prometheus text exposition."""
    totals: dict[str, dict[str, float]] = defaultdict(dict)
    single: dict[str, float] = {}
    latency: dict[str, tuple[float, float]] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            labels = sample.labels
            if sample.name.endswith("_total"):
                key = ",".join(f"{k}={v}" for k, v in sorted(labels.items())) or "all"
                totals[family.name][key] = sample.value
            elif sample.name.endswith("_sum") or sample.name.endswith("_count"):
                s, c = latency.get(family.name, (0.0, 0.0))
                if sample.name.endswith("_sum"):
                    latency[family.name] = (sample.value, c)
                else:
                    latency[family.name] = (s, sample.value)
            elif not labels and family.type == "gauge":
                single[family.name] = sample.value

    def counted(name: str, title: str) -> str:
        values = totals.get(name, {})
        if not values:
            return f"{title}: none yet"
        return f"{title}: " + ", ".join(f"{k} {v:.0f}" for k, v in sorted(values.items()))

    def mean_ms(name: str) -> str:
        s, c = latency.get(name, (0.0, 0.0))
        return f"{1000 * s / c:.2f} ms mean over {c:.0f}" if c else "none yet"

    return [
        counted("classmod_events", "events in"),
        counted("classmod_events_decided", "events decided"),
        f"decision latency: {mean_ms('classmod_decision_seconds')}",
        counted("classmod_actions", "actions"),
        counted("classmod_verdicts", "verdicts"),
        f"alerts open: {single.get('classmod_alerts_open', 0):.0f},"
        f" timers pending: {single.get('classmod_timers_pending', 0):.0f}",
        f"store commit latency: {mean_ms('classmod_store_commit_seconds')}",
    ]


__all__ = ["endpoint_status", "metric_lines"]
