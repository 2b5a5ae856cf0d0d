"""OneBot connections: forward WebSocket, reverse WebSocket server, HTTP API client.

One shape for all of them (:class:`Link`): ``serve(on_frame)`` delivers every event frame
until cancelled, reconnecting with backoff; ``call(action, params)`` sends an action request
and returns the gateway's response object. Responses are matched to requests by ``echo``
(communication/ws.md); frames that are not JSON objects are logged and skipped.

Auth follows communication/authorization.md (v11) and connect/communication (v12): the
access token goes out as ``Authorization: Bearer …``; the reverse server accepts the header or
``?access_token=`` and answers 401 when it is missing and 403 when it is wrong (v12: 401 for
both), requires ``X-Self-ID`` naming the bot (v11, 403 otherwise) and ``X-Client-Role`` (v11)
or the ``12.<impl>`` subprotocol (v12). A v11 HTTP POST carries no token: the gateway signs it
(``X-Signature``, communication/http-post.md), so the receiver checks the signature instead.
"""

from __future__ import annotations

import asyncio
import hmac
import itertools
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

import aiohttp
import orjson
import structlog
from classmod.bridges.onebot.bounds import MAX_FRAME_BYTES
from websockets.asyncio.client import ClientConnection, connect
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException
from websockets.http11 import Request, Response

from classmod.bridge import AuthenticationFailed

log = structlog.get_logger()

#: a guard for memory, past which the WebSocket library closes the connection (1009) and
#: aiohttp answers 413. Frames over ``MAX_FRAME_BYTES`` and under this are skipped unread;
#: an HTTP API answer (a poll of up to 100 events) may use all of it.
LINK_MAX_BYTES = 16 * MAX_FRAME_BYTES

FrameHandler = Callable[[dict[str, Any]], Awaitable[None]]

#: v11 maps HTTP failures to these retcodes on WebSocket (communication/ws.md)
_HTTP_RETCODES = {400: 1400, 401: 1401, 403: 1403, 404: 1404}


class GatewayError(Exception):
    """The gateway could not be reached or did not answer in time."""


class Link(Protocol):
    @property
    def connected(self) -> bool:
        """Whether the gateway is connected now (a receiver of HTTP posts: listening)."""
        ...

    async def serve(self, on_frame: FrameHandler) -> None: ...

    async def call(
        self, action: str, params: dict[str, Any], *, timeout: float = 10.0
    ) -> dict[str, Any]: ...

    def drop(self, reason: str) -> None: ...

    async def aclose(self) -> None:
        """Release what outlives ``serve`` (an HTTP session opened by a call); idempotent."""
        ...


@dataclass(slots=True)
class Backoff:
    """Exponential reconnect delay with jitter; reset once a connection has stayed up for
    ``healthy_after`` seconds (a gateway that accepts and drops at once is not retried
    ever faster: that is how a link flaps)."""

    initial: float = 0.5
    maximum: float = 30.0
    factor: float = 2.0
    healthy_after: float = 30.0
    _next: float = 0.0

    def reset(self) -> None:
        self._next = 0.0

    def up_for(self, seconds: float) -> None:
        """A connection ended after ``seconds``: a healthy one starts the delays afresh."""
        if seconds >= self.healthy_after:
            self.reset()

    def delay(self) -> float:
        self._next = (
            self.initial if self._next == 0 else min(self._next * self.factor, self.maximum)
        )
        return self._next * (0.8 + 0.4 * random.random())


def bearer_matches(headers: Any, query: str, token: str) -> HTTPStatus | None:
    """None when authorised, else the status to answer (401 missing, 403 wrong)."""
    if not token:
        return None
    auth = headers.get("Authorization")
    if auth is not None:
        if not auth.startswith("Bearer "):
            return HTTPStatus.UNAUTHORIZED
        given = auth[len("Bearer ") :]
    else:
        values = parse_qs(query).get("access_token")
        if not values:
            return HTTPStatus.UNAUTHORIZED
        given = values[0]
    return None if hmac.compare_digest(given.encode(), token.encode()) else HTTPStatus.FORBIDDEN


def self_id_refused(given: str | None, self_id: str) -> str:
    """Why a v11 gateway's ``X-Self-ID`` is refused ('' when accepted): it must be there,
    and name the configured account when there is one."""
    if not given:
        return "X-Self-ID missing"
    if self_id and given != self_id:
        return f"X-Self-ID {given[:20]} is not this bot"
    return ""


def signature_matches(given: str | None, body: bytes, secret: str) -> bool:
    """A v11 HTTP POST's ``X-Signature: sha1=<hex HMAC-SHA1 of the body keyed by secret>``."""
    if not given:
        return False
    digest = hmac.new(secret.encode(), body, "sha1").hexdigest()
    return hmac.compare_digest(given.encode(), f"sha1={digest}".encode())


def is_response(frame: dict[str, Any]) -> bool:
    return (
        "status" in frame
        and "retcode" in frame
        and "post_type" not in frame
        and ("type" not in frame)
    )


class _Session:
    """One open WebSocket: echo-matched calls and a read loop."""

    def __init__(self, ws: ClientConnection | ServerConnection, gateway: str) -> None:
        self.ws = ws
        self.gateway = gateway
        self.pending: dict[str, asyncio.Future[dict[str, Any]]] = {}

    async def call(self, action: str, params: dict[str, Any], echo: str, timeout: float) -> Any:
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self.pending[echo] = future
        try:
            call = {"action": action, "params": params, "echo": echo}
            await self.ws.send(orjson.dumps(call).decode())  # a text frame, as OneBot says
            # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation
            async with asyncio.timeout(timeout):
                return await future
        except TimeoutError:
            raise GatewayError(f"{action}: 网关在 {timeout:g} 秒内没有回复") from None
        except ConnectionClosed:
            raise GatewayError(f"{action}: 连接已断开") from None
        finally:
            self.pending.pop(echo, None)

    async def read(self, on_frame: FrameHandler) -> None:
        try:
            async for data in self.ws:
                if len(data) > MAX_FRAME_BYTES:
                    log.warning(
                        "event_skipped",
                        gateway=self.gateway,
                        reason="limit",
                        field="(frame)",
                        limit=f"{MAX_FRAME_BYTES} bytes",
                        size=len(data),
                    )
                    continue
                try:
                    frame = orjson.loads(data)  # ~5x json.loads: one per gateway frame
                except ValueError:
                    log.warning("event_skipped", gateway=self.gateway, reason="malformed_json")
                    continue
                if not isinstance(frame, dict):
                    log.warning("event_skipped", gateway=self.gateway, reason="not_an_object")
                    continue
                if is_response(frame):
                    future = self.pending.get(str(frame.get("echo")))
                    if future is not None and not future.done():
                        future.set_result(frame)
                    continue
                await on_frame(frame)
        finally:
            for future in self.pending.values():
                if not future.done():
                    future.set_exception(GatewayError("连接已断开"))


async def _call_when_connected(
    current: Callable[[], _Session | None],
    connected: asyncio.Event,
    missing: str,
    action: str,
    params: dict[str, Any],
    echo: str,
    timeout: float,
) -> dict[str, Any]:
    """Call over the current session, waiting up to ``timeout`` for one to connect."""
    if current() is None:
        try:
            async with asyncio.timeout(timeout):
                await connected.wait()
        except TimeoutError:
            raise GatewayError(f"{action}: {missing}") from None
    session = current()
    if session is None:
        raise GatewayError(f"{action}: {missing}")
    result: dict[str, Any] = await session.call(action, params, echo, timeout)
    return result


class _Echo:
    def __init__(self) -> None:
        self._ids = itertools.count(1)

    def __call__(self) -> str:
        return f"cm{next(self._ids)}"


class _Outage:
    """A gateway that cannot be reached is logged once when the outage starts (a warning,
    with the retries to come) and once when it ends (how long, how many tries), not at
    every retry; the retries in between are debug lines."""

    def __init__(self, gateway: str) -> None:
        self.gateway = gateway
        self.failures = 0
        self.since = 0.0

    def failed(self, event: str, **detail: Any) -> None:
        self.failures += 1
        if self.failures == 1:
            self.since = asyncio.get_running_loop().time()
            log.warning(event, gateway=self.gateway, retrying="with backoff", **detail)
        else:
            log.debug(event, gateway=self.gateway, attempt=self.failures, **detail)

    def ended(self) -> dict[str, Any]:
        """What the connected line says about the outage it ends (nothing if none)."""
        if not self.failures:
            return {}
        down = round(asyncio.get_running_loop().time() - self.since, 1)
        failed, self.failures = self.failures, 0
        return {"failed_attempts": failed, "down_s": down}


class ForwardWebSocket:
    """classmod connects to the gateway's WebSocket server (v11 ``/``, v12 ``/``)."""

    def __init__(
        self,
        url: str,
        *,
        access_token: str = "",
        gateway: str = "onebot",
        backoff: Backoff | None = None,
        open_timeout: float = 10.0,
    ) -> None:
        self.url = url
        self.access_token = access_token
        self.gateway = gateway
        self.backoff = backoff or Backoff()
        self.open_timeout = open_timeout
        self.connections = 0
        self._session: _Session | None = None
        self._connected = asyncio.Event()
        self._echo = _Echo()
        self._closing: asyncio.Future[None] | None = None

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    async def serve(self, on_frame: FrameHandler) -> None:
        headers = {"Authorization": f"Bearer {self.access_token}"} if self.access_token else {}
        outage = _Outage(self.gateway)
        while True:
            try:
                async with connect(
                    self.url,
                    additional_headers=headers,
                    open_timeout=self.open_timeout,
                    max_size=LINK_MAX_BYTES,
                    compression=None,  # gateways sit next to classmod: deflate only costs CPU
                    ping_interval=20,
                    ping_timeout=20,
                ) as ws:
                    self.connections += 1
                    up_since = asyncio.get_running_loop().time()
                    event = "gateway_connected" if self.connections == 1 else "gateway_reconnected"
                    log.info(event, gateway=self.gateway, url=self.url, **outage.ended())
                    self._session = _Session(ws, self.gateway)
                    self._connected.set()
                    try:
                        await self._session.read(on_frame)
                    finally:
                        self._connected.clear()
                        self._session = None
                        self.backoff.up_for(asyncio.get_running_loop().time() - up_since)
                    log.warning("gateway_disconnected", gateway=self.gateway, url=self.url)
            except InvalidStatus as exc:
                status = exc.response.status_code
                if status in (401, 403):
                    log.error("gateway_refused", gateway=self.gateway, status=status)
                    raise AuthenticationFailed(
                        self.gateway,
                        f"the gateway at {self.url} refused the access token (HTTP {status})",
                        f"set bridges.{self.gateway}.access_token to the gateway's access_token",
                    ) from None
                outage.failed("gateway_refused", status=status, url=self.url)
            except (OSError, WebSocketException, TimeoutError) as exc:
                outage.failed("gateway_unreachable", error=str(exc), url=self.url)
            await asyncio.sleep(self.backoff.delay())

    async def call(
        self, action: str, params: dict[str, Any], *, timeout: float = 10.0
    ) -> dict[str, Any]:
        return await _call_when_connected(
            lambda: self._session,
            self._connected,
            "未连接到网关",
            action,
            params,
            self._echo(),
            timeout,
        )

    async def aclose(self) -> None:
        """Nothing outlives ``serve``: its connection is closed when it returns."""

    def drop(self, reason: str) -> None:
        if self._session is not None:
            log.warning("gateway_dropped", gateway=self.gateway, reason=reason)
            self._closing = asyncio.ensure_future(
                self._session.ws.close(code=1001, reason=reason[:100])
            )


class ReverseWebSocketServer:
    """The gateway connects to classmod (v11 ``ws_reverse``, v12 WebSocket-reverse)."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        path: str = "",
        access_token: str = "",
        self_id: str = "",
        version: int = 11,
        gateway: str = "onebot",
    ) -> None:
        self.host = host
        self.port = port
        self.path = path.rstrip("/") or ("/" if path else "")  # "" accepts any path
        self.access_token = access_token
        self.self_id = self_id
        self.version = version
        self.gateway = gateway
        self.connections = 0
        self.listening = asyncio.Event()
        self._api: _Session | None = None
        self._event: _Session | None = None
        self._has_api = asyncio.Event()
        self._server: Server | None = None
        self._echo = _Echo()
        self._closing: set[asyncio.Future[None]] = set()

    @property
    def connected(self) -> bool:
        return self._api is not None or self._event is not None

    def _refuse(self, status: HTTPStatus, why: str) -> Response:
        log.warning("gateway_refused", gateway=self.gateway, status=int(status), reason=why)
        return Response(int(status), status.phrase, Headers(), why.encode())

    def _check(self, connection: ServerConnection, request: Request) -> Response | None:
        parts = urlsplit(request.path)
        if self.path and (parts.path.rstrip("/") or "/") != self.path:
            return self._refuse(HTTPStatus.NOT_FOUND, "unknown path")
        denied = bearer_matches(request.headers, parts.query, self.access_token)
        if denied is not None:
            if self.version == 12:
                denied = HTTPStatus.UNAUTHORIZED  # v12: 401 for any auth failure
            return self._refuse(denied, "access token missing or wrong")
        if self.version == 11:
            role = request.headers.get("X-Client-Role", "")
            if role not in ("Universal", "API", "Event"):
                return self._refuse(HTTPStatus.BAD_REQUEST, "X-Client-Role missing or unknown")
        if self.version == 11:
            why = self_id_refused(request.headers.get("X-Self-ID"), self.self_id)
            if why:
                return self._refuse(HTTPStatus.FORBIDDEN, why)
        return None

    @staticmethod
    def _select_subprotocol(connection: ServerConnection, offered: Any) -> Any:
        for proto in offered:
            if str(proto).startswith("12."):
                return proto
        return None

    async def serve(self, on_frame: FrameHandler) -> None:
        async def handler(ws: ServerConnection) -> None:
            assert ws.request is not None
            role = ws.request.headers.get("X-Client-Role", "Universal")
            session = _Session(ws, self.gateway)
            self.connections += 1
            log.info(
                "gateway_connected" if self.connections == 1 else "gateway_reconnected",
                gateway=self.gateway,
                role=role,
                self_id=ws.request.headers.get("X-Self-ID", ""),
            )
            if role in ("Universal", "API"):
                old, self._api = self._api, session
                self._has_api.set()
                if old is not None and old is not session and role == "Universal":
                    await old.ws.close(code=1000, reason="replaced")
            if role in ("Universal", "Event"):
                self._event = session
            try:
                await session.read(on_frame)
            finally:
                if self._api is session:
                    self._api = None
                    self._has_api.clear()
                if self._event is session:
                    self._event = None
                log.warning("gateway_disconnected", gateway=self.gateway, role=role)

        kwargs: dict[str, Any] = {}
        if self.version == 12:
            kwargs["select_subprotocol"] = self._select_subprotocol
        async with serve(
            handler,
            self.host,
            self.port,
            process_request=self._check,
            max_size=LINK_MAX_BYTES,
            compression=None,
            **kwargs,
        ) as server:
            self._server = server
            sock = next(iter(server.sockets))
            self.port = sock.getsockname()[1]
            self.listening.set()
            log.info("gateway_listening", gateway=self.gateway, host=self.host, port=self.port)
            await asyncio.Future()  # until cancelled

    async def call(
        self, action: str, params: dict[str, Any], *, timeout: float = 10.0
    ) -> dict[str, Any]:
        return await _call_when_connected(
            lambda: self._api, self._has_api, "网关尚未连接", action, params, self._echo(), timeout
        )

    async def aclose(self) -> None:
        """Nothing outlives ``serve``: its server is closed when it returns."""

    def drop(self, reason: str) -> None:
        for session in {id(s): s for s in (self._api, self._event) if s is not None}.values():
            log.warning("gateway_dropped", gateway=self.gateway, reason=reason)
            self._closing.add(
                asyncio.ensure_future(session.ws.close(code=1001, reason=reason[:100]))
            )
            self._closing = {t for t in self._closing if not t.done()}


class HttpApi:
    """Actions over HTTP: v11 ``POST /:action`` with the params as body; v12 ``POST /``."""

    def __init__(
        self, base_url: str, *, access_token: str = "", version: int = 11, gateway: str = "onebot"
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.access_token = access_token
        self.version = version
        self.gateway = gateway
        self._session: aiohttp.ClientSession | None = None
        self._echo = _Echo()

    async def call(
        self, action: str, params: dict[str, Any], *, timeout: float = 10.0
    ) -> dict[str, Any]:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession()
        headers = {"Authorization": f"Bearer {self.access_token}"} if self.access_token else {}
        if self.version == 11:
            url, body = f"{self.base_url}/{action}", params
        else:
            url, body = f"{self.base_url}/", {"action": action, "params": params}
        try:
            async with self._session.post(
                url, json=body, headers=headers, timeout=aiohttp.ClientTimeout(total=timeout)
            ) as resp:
                if resp.status != 200:
                    return {
                        "status": "failed",
                        "retcode": _HTTP_RETCODES.get(resp.status, resp.status),
                        "data": None,
                        "message": f"HTTP {resp.status}",
                    }
                body_bytes = await resp.read()
            if len(body_bytes) > LINK_MAX_BYTES:
                raise GatewayError(f"{action}: 网关回复超过 {LINK_MAX_BYTES} 字节")
            data = orjson.loads(body_bytes)  # bounded depth, unlike json.loads
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            raise GatewayError(f"{action}: HTTP 调用失败（{exc.__class__.__name__}）") from None
        if not isinstance(data, dict):
            raise GatewayError(f"{action}: 网关回复不是 JSON 对象")
        return data

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()


class HttpPostReceiver:
    """Events pushed by the gateway over HTTP (v11 HTTP POST, v12 HTTP webhook).

    Answers 204 (no quick operation). v11 (communication/http-post.md): the gateway sends no
    token; with ``secret`` set each post must carry ``X-Signature: sha1=HMAC-SHA1(secret,
    body)``, and every post ``X-Self-ID`` naming the bot (``self_id`` when configured); a
    missing or wrong one is answered 403 and the event dropped. v12: with ``access_token``
    set, requires ``Authorization: Bearer`` or ``?access_token=`` (401).
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        access_token: str = "",
        secret: str = "",
        self_id: str = "",
        version: int = 11,
        gateway: str = "onebot",
    ) -> None:
        self.host = host
        self.port = port
        self.access_token = access_token
        self.secret = secret
        self.self_id = self_id
        self.version = version
        self.gateway = gateway
        self.listening = asyncio.Event()

    @property
    def connected(self) -> bool:
        # the gateway posts when it has something: listening is all that can be known
        return self.listening.is_set()

    def refused(self, headers: Any, query: str, body: bytes) -> tuple[HTTPStatus, str] | None:
        """The status and reason a post is refused with, or None when it is accepted."""
        if self.version == 12:
            if bearer_matches(headers, query, self.access_token) is not None:
                return HTTPStatus.UNAUTHORIZED, "access token missing or wrong"
            return None
        if self.secret and not signature_matches(headers.get("X-Signature"), body, self.secret):
            return HTTPStatus.FORBIDDEN, "X-Signature missing or wrong"
        why = self_id_refused(headers.get("X-Self-ID"), self.self_id)
        return (HTTPStatus.FORBIDDEN, why) if why else None

    async def serve(self, on_frame: FrameHandler) -> None:
        from aiohttp import web

        async def receive(request: web.Request) -> web.Response:
            body = await request.read()
            if len(body) > MAX_FRAME_BYTES:
                log.warning(
                    "event_skipped",
                    gateway=self.gateway,
                    reason="limit",
                    field="(frame)",
                    limit=f"{MAX_FRAME_BYTES} bytes",
                    size=len(body),
                )
                return web.Response(status=413)
            denied = self.refused(request.headers, request.query_string, body)
            if denied is not None:
                status, why = denied
                log.warning("gateway_refused", gateway=self.gateway, status=int(status), reason=why)
                return web.Response(status=int(status), text=why)
            try:
                frame = orjson.loads(body)
            except ValueError:
                log.warning("event_skipped", gateway=self.gateway, reason="malformed_json")
                return web.Response(status=400)
            if not isinstance(frame, dict):
                log.warning("event_skipped", gateway=self.gateway, reason="not_an_object")
                return web.Response(status=400)
            await on_frame(frame)
            return web.Response(status=204)

        app = web.Application(client_max_size=LINK_MAX_BYTES)
        app.router.add_post("/{tail:.*}", receive)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        await site.start()
        try:
            server = site._server
            if server is not None and server.sockets:  # type: ignore[attr-defined]
                self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
            self.listening.set()
            log.info("gateway_listening", gateway=self.gateway, host=self.host, port=self.port)
            await asyncio.Future()
        finally:
            await runner.cleanup()

    async def call(
        self, action: str, params: dict[str, Any], *, timeout: float = 10.0
    ) -> dict[str, Any]:
        raise GatewayError(f"{action}: HTTP 推送只收事件，不能调用动作")

    async def aclose(self) -> None:
        """Nothing outlives ``serve``: its server is closed when it returns."""

    def drop(self, reason: str) -> None:
        # a pushing gateway cannot be disconnected; the silence itself is what gets logged
        log.warning("gateway_dropped", gateway=self.gateway, reason=reason, effect="none")


class HttpPoll:
    """OneBot 12 over HTTP with no webhook: events by polling ``get_latest_events``.

    A long poll (``timeout`` seconds, the gateway answers as soon as it has events), in
    order, oldest first (interface/action/meta.md); actions over the same HTTP API. A poll
    that fails is retried with backoff; ``drop`` has nothing to close, the next poll is
    the reconnect.
    """

    def __init__(
        self,
        api: HttpApi,
        *,
        poll_timeout: int = 25,
        limit: int = 100,
        backoff: Backoff | None = None,
        gateway: str = "onebot",
    ) -> None:
        self.api = api
        self.poll_timeout = poll_timeout
        self.limit = limit
        self.backoff = backoff or Backoff()
        self.gateway = gateway
        self.polls = 0
        self.connected = False
        self._outage = _Outage(gateway)

    async def serve(self, on_frame: FrameHandler) -> None:
        self.connected = False
        try:
            while True:
                frames = await self._poll()
                if frames is None:
                    if self.connected:
                        log.warning("gateway_disconnected", gateway=self.gateway)
                    self.connected = False
                    await asyncio.sleep(self.backoff.delay())
                    continue
                if not self.connected:
                    log.info(
                        "gateway_connected",
                        gateway=self.gateway,
                        transport="http_poll",
                        **self._outage.ended(),
                    )
                    self.connected = True
                    self.backoff.reset()
                for frame in frames:
                    if isinstance(frame, dict):
                        await on_frame(frame)
                    else:
                        log.warning("event_skipped", gateway=self.gateway, reason="not_an_object")
        finally:
            await self.api.close()

    async def _poll(self) -> list[Any] | None:
        """The next events (maybe none), or None when the gateway can't be polled."""
        self.polls += 1
        params = {"limit": self.limit, "timeout": self.poll_timeout}
        try:
            response = await self.api.call(
                "get_latest_events", params, timeout=self.poll_timeout + 10.0
            )
        except GatewayError as exc:
            self._outage.failed("gateway_poll_failed", detail=str(exc))
            return None
        data = response.get("data")
        if response.get("status") != "ok" or not isinstance(data, list):
            retcode = response.get("retcode")
            if retcode in (1401, 1403):  # the HTTP API's 401/403 (communication/http.md)
                log.error("gateway_refused", gateway=self.gateway, retcode=retcode)
                raise AuthenticationFailed(
                    self.gateway,
                    f"the gateway at {self.api.base_url} refused the access token"
                    f" (HTTP {retcode - 1000})",
                    f"set bridges.{self.gateway}.access_token to the gateway's access_token",
                )
            self._outage.failed(
                "gateway_poll_failed",
                retcode=retcode,
                detail=str(response.get("message", ""))[:200],
            )
            return None
        return data

    async def call(
        self, action: str, params: dict[str, Any], *, timeout: float = 10.0
    ) -> dict[str, Any]:
        return await self.api.call(action, params, timeout=timeout)

    async def aclose(self) -> None:
        """Close the HTTP session the polls and calls share."""
        await self.api.close()

    def drop(self, reason: str) -> None:
        # nothing stays open between polls; a silent gateway shows in the failing polls
        log.warning("gateway_dropped", gateway=self.gateway, reason=reason, effect="none")


class Split:
    """Events from one link (a WebSocket), actions over another (the HTTP API)."""

    def __init__(self, events: Link, api: HttpApi) -> None:
        self.events = events
        self.api = api

    @property
    def connected(self) -> bool:
        return self.events.connected

    async def serve(self, on_frame: FrameHandler) -> None:
        try:
            await self.events.serve(on_frame)
        finally:
            await self.api.close()

    async def call(
        self, action: str, params: dict[str, Any], *, timeout: float = 10.0
    ) -> dict[str, Any]:
        return await self.api.call(action, params, timeout=timeout)

    async def aclose(self) -> None:
        """Close the events' link and the HTTP session of the calls (``call`` after ``serve``
        opens one again)."""
        await self.events.aclose()
        await self.api.close()

    def drop(self, reason: str) -> None:
        self.events.drop(reason)


def build_link(
    *,
    version: int,
    transport: str,
    url: str = "",
    listen: str = "",
    access_token: str = "",
    self_id: str = "",
    secret: str = "",
    gateway: str = "onebot",
) -> Link:
    """The link a bridge config asks for.

    ``forward_ws``: classmod connects to ``url``. ``reverse_ws``: the gateway connects to
    ``listen`` (``host:port[/path]``). ``http``: actions to the HTTP API at ``url``, events
    pushed to ``listen`` (v11 HTTP POST, signed with ``secret`` / v12 webhook, with the
    access token). ``http_poll`` (v12): actions and ``get_latest_events`` polls to the HTTP
    API at ``url``.
    """
    if transport == "forward_ws":
        return ForwardWebSocket(url, access_token=access_token, gateway=gateway)
    host, port, path = _split_listen(listen or "127.0.0.1:8765")
    if transport == "reverse_ws":
        return ReverseWebSocketServer(
            host=host,
            port=port,
            path=path,
            access_token=access_token,
            self_id=self_id,
            version=version,
            gateway=gateway,
        )
    if transport == "http":
        receiver = HttpPostReceiver(
            host=host,
            port=port,
            access_token=access_token if version == 12 else "",
            secret=secret,
            self_id=self_id,
            version=version,
            gateway=gateway,
        )
        return Split(
            receiver, HttpApi(url, access_token=access_token, version=version, gateway=gateway)
        )
    if transport == "http_poll":
        if version != 12:
            raise ValueError("http_poll is OneBot 12 only (v11 has no get_latest_events)")
        return HttpPoll(
            HttpApi(url, access_token=access_token, version=version, gateway=gateway),
            gateway=gateway,
        )
    raise ValueError(f"unknown OneBot transport {transport!r}")


def _split_listen(listen: str) -> tuple[str, int, str]:
    address, slash, path = listen.partition("/")
    host, _, port = address.rpartition(":")
    return host or "127.0.0.1", int(port), slash + path


__all__ = [
    "Backoff",
    "ForwardWebSocket",
    "FrameHandler",
    "GatewayError",
    "HttpApi",
    "HttpPostReceiver",
    "Link",
    "ReverseWebSocketServer",
    "Split",
    "bearer_matches",
    "build_link",
    "is_response",
    "self_id_refused",
    "signature_matches",
]
