"""The Matrix bridge's HTTP client: the bot's requests to its homeserver, retried with backoff.

Requests are built by ``nio.Api`` and sent by ``AsyncClient.send`` (sans-I/O); this module
sends them with the token in the header, reads the answer as JSON (:class:`Reply`) and
sorts failures in two: connection failures, 5xx and 429 are a :class:`TransientError`,
retried with :class:`Backoff` (a homeserver restart costs a few seconds, never the bot);
any other answer is handed back, for the caller to turn a refusal (403 …) into an
``Outcome(ok=False)`` with the reason.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import json
import random
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse, urlunparse

import aiohttp
import orjson
import structlog
from nio import AsyncClient

log = structlog.get_logger("classmod.matrix")

_TRANSIENT_STATUS = frozenset({429, 500, 502, 503, 504})

#: Set by a room worker (:mod:`classmod.bridges.matrix.sync`) for the batch it handles;
#: resolved by the first request made on that batch's behalf (tasks the app spawns inherit
#: it) so the sync loop can go on.
batch_started: contextvars.ContextVar[asyncio.Future[None] | None] = contextvars.ContextVar(
    "classmod_matrix_batch_started", default=None
)


class TransientError(Exception):
    """The homeserver could not be reached or asked us to come back later."""


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    body: dict[str, Any]

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @property
    def errcode(self) -> str:
        return str(self.body.get("errcode") or f"HTTP {self.status}")

    @property
    def error(self) -> str:
        return str(self.body.get("error") or "")


class Backoff:
    """Exponential backoff with jitter: 0.25 s doubling to ``cap``; reset on success."""

    def __init__(self, first: float = 0.25, cap: float = 15.0) -> None:
        self.first, self.cap, self.attempt = first, cap, 0

    def next_delay(self) -> float:
        delay = min(self.cap, self.first * (2**self.attempt))
        self.attempt += 1
        return float(delay * (0.75 + random.random() / 2))

    def reset(self) -> None:
        self.attempt = 0


def _parse_body(text: str) -> Any:
    """A homeserver's JSON answer; ``{"error": …}`` when it is not JSON.

    orjson first: it reads nesting to 1,024 deep, past what Synapse's own parser lets an
    event have, where ``json.loads`` may run out of stack on an event Synapse accepted
    (and that ``/sync`` answer would never be read). ``json.loads`` for what orjson
    refuses and Synapse may send (an escaped lone surrogate).
    """
    with contextlib.suppress(ValueError):
        return orjson.loads(text)
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return {"error": text[:200]}


class MatrixHttp:
    """The requests of one bot account, sent through its ``AsyncClient``."""

    def __init__(self, client: AsyncClient, *, action_retry_for: float) -> None:
        self.client = client
        self.action_retry_for = action_retry_for

    @property
    def token(self) -> str:
        return self.client.access_token or ""

    async def request(
        self,
        method: str,
        path: str,
        data: str | None = None,
        *,
        timeout: float | None = None,
    ) -> Reply:
        """One request; connection failures and 429/5xx raise :class:`TransientError`."""
        started = batch_started.get()
        if started is not None and not started.done():
            started.set_result(None)
        url = list(urlparse(path))
        query = parse_qs(url[4])
        query.pop("access_token", None)  # the token goes in the header, not in logs
        url[4] = urlencode(query, doseq=True)
        headers = {"Content-Type": "application/json"}
        if self.client.access_token:
            headers["Authorization"] = f"Bearer {self.client.access_token}"
        try:
            response = await self.client.send(
                method, urlunparse(url), data, headers, timeout=timeout
            )
            async with response:
                text = await response.text()
                status = response.status
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise TransientError(f"{method} {url[2]}: {exc!r}") from exc
        body = _parse_body(text) if text else {}
        if not isinstance(body, dict):
            body = {"chunk": body}
        if status in _TRANSIENT_STATUS:
            raise TransientError(f"{method} {url[2]}: {status} {body.get('errcode', '')}")
        return Reply(status, body)

    async def call(self, method: str, path: str, data: str | None = None) -> Reply:
        """A request retried through transient failures for up to ``action_retry_for`` s;
        then a 503 reply (the action becomes an ``ok=False`` outcome)."""
        return await self.retrying(method, path, data, budget=self.action_retry_for)

    async def retrying(
        self, method: str, path: str, data: str | None = None, *, budget: float | None
    ) -> Reply:
        backoff = Backoff()
        loop = asyncio.get_running_loop()
        deadline = None if budget is None else loop.time() + budget
        while True:
            try:
                return await self.request(method, path, data)
            except TransientError as exc:
                if deadline is not None and loop.time() >= deadline:
                    return Reply(503, {"errcode": "M_UNAVAILABLE", "error": str(exc)})
                log.warning("request_retried", error=str(exc))
                await asyncio.sleep(backoff.next_delay())
