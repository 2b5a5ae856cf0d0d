"""A OneBot gateway written from the specifications, for contract tests and the benchmark.

It speaks the real wire protocol over real sockets on 127.0.0.1 (aiohttp, so the bridge's
``websockets`` client meets an independent implementation):

- v11 (QQ): forward WebSocket on ``/`` (also ``/api``, ``/event``), HTTP API ``/:action``,
  reverse WebSocket client with ``X-Self-ID``/``X-Client-Role``, HTTP POST of events with
  ``X-Self-ID`` and ``X-Signature`` (communication/http-post.md); auth per
  communication/authorization.md (401 missing token, 403 wrong token); responses
  ``{status, retcode, data, echo}``; lifecycle ``connect`` and heartbeat meta events.
- v12 (WeChat, ComWeChat-style): WebSocket ``/``, HTTP ``POST /`` with ``{action, params}``,
  reverse WebSocket with the ``12.<impl>`` subprotocol; 401 on any auth failure; responses
  ``{status, retcode, data, message, echo}``; ``wx.delete_groupmember``; ``delete_message``
  answered "not implemented" as ComWeChat does; ``get_latest_events`` over HTTP and
  WebSocket (interface/action/meta.md).
- history (NapCat, Lagrange.OneBot): ``get_group_msg_history`` answers ``{messages: [...]}``,
  the page of ``count`` messages that ends at ``message_seq`` (NapCat) or ``message_id``
  (Lagrange), or at the latest message without one, oldest first, each a group message
  event (the bot's own as ``post_type: message_sent``, as NapCat gives them); recalled
  messages are left out; an unknown anchor fails (NapCat: retcode 200, "消息…不存在").
  ``get_msg`` gives one message or fails when it is gone.

It keeps a model of each group (members, roles, cards, mutes, messages and the log of every
message pushed, join requests, blacklist) so tests assert real effects, emits the notices
the specification defines for each effect, and misbehaves on demand: drop connections,
answer ``ok`` without doing anything (``silent_actions``), answer as a gateway without an
action (``unsupported_actions``), send malformed JSON or unknown events, stop heartbeats.
Events pushed while no event connection is open are kept and sent to the next one
(``redeliver_on_connect``, the default); with it off they are lost to the push, as NapCat
loses them (v11: only ``get_group_msg_history`` finds the messages again; v12: they stay
buffered for ``get_latest_events``).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import itertools
import json
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web


@dataclass
class PeerMember:
    user_id: str
    nickname: str
    card: str = ""
    role: str = "member"  # owner | admin | member
    muted_until: float = 0.0


@dataclass
class PeerGroup:
    group_id: str
    members: dict[str, PeerMember] = field(default_factory=dict)
    messages: dict[str, tuple[str, Any]] = field(default_factory=dict)  # id -> (sender, message)
    requests: dict[str, tuple[str, str]] = field(default_factory=dict)  # flag -> (user, sub_type)
    blacklist: set[str] = field(default_factory=set)
    whole_ban: bool = False
    anonymous_flags: set[str] = field(default_factory=set)  # flags of anonymous messages sent
    anonymous_bans: dict[str, float] = field(default_factory=dict)  # flag -> muted until
    #: every group message pushed or sent by the bot, in order (what history answers from)
    log: list[dict[str, Any]] = field(default_factory=list)


class OneBotPeer:
    def __init__(
        self,
        *,
        version: int = 11,
        access_token: str = "",
        self_id: str = "10001",
        bot_role: str = "admin",
        heartbeat_ms: int | None = None,
        message_format: str = "array",
        permission_failure: str = "fail",  # "fail" (status failed) | "silent" (ok, no effect)
    ) -> None:
        self.version = version
        self.access_token = access_token
        self.self_id = self_id
        self.bot_role = bot_role
        self.heartbeat_ms = heartbeat_ms
        self.message_format = message_format
        self.permission_failure = permission_failure
        self.groups: dict[str, PeerGroup] = {}
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.sent: list[tuple[str, str, Any]] = []  # (detail, target, message)
        self.silent_actions: set[str] = set()
        self.unsupported_actions: set[str] = set()  # answered as unknown actions (1404/10002)
        self.redeliver_on_connect = True
        self.accepting = True  # False: WebSocket handshakes are answered 503 (gateway down)
        #: action -> an event the answer waits for (a slow gateway, to order a test's steps)
        self.gates: dict[str, asyncio.Event] = {}
        self.heartbeats_on = True
        self.refusals: list[int] = []  # HTTP statuses the reverse client got
        self.connects = 0
        self.history: list[dict[str, Any]] = []
        self._backlog: list[str] = []  # events kept for the next connection or poll
        self._event_arrived = asyncio.Event()
        self._pending_notices: list[dict[str, Any]] = []
        self._event_conns: list[Any] = []
        self._ids = itertools.count(1000)
        self._runner: web.AppRunner | None = None
        self._tasks: list[asyncio.Task[Any]] = []
        self.port = 0
        # HTTP POST of events (v11): (url, secret, X-Self-ID); statuses classmod answered
        self._post_to: tuple[str, str | None, str] | None = None
        self._post_session: aiohttp.ClientSession | None = None
        self.post_statuses: list[int] = []

    # ------------------------------------------------------------------ group model

    def add_group(self, group_id: str, members: Iterable[tuple[str, str, str]] = ()) -> PeerGroup:
        group = PeerGroup(group_id=group_id)
        group.members[self.self_id] = PeerMember(self.self_id, "班级助手", role=self.bot_role)
        for user, name, role in members:
            group.members[user] = PeerMember(user, name, card=name, role=role)
        self.groups[group_id] = group
        return group

    def member(self, group_id: str, user: str) -> PeerMember | None:
        return self.groups[group_id].members.get(user)

    def muted(self, group_id: str, user: str) -> bool:
        m = self.member(group_id, user)
        return m is not None and m.muted_until > time.time()

    def calls_of(self, action: str) -> list[dict[str, Any]]:
        return [p for a, p in self.calls if a == action]

    # ------------------------------------------------------------------ server

    async def start(self, port: int = 0) -> OneBotPeer:
        app = web.Application()
        app.router.add_get("/", self._ws_handler)
        app.router.add_get("/api", self._ws_handler)
        app.router.add_get("/event", self._ws_handler)
        if self.version == 11:
            app.router.add_route("*", "/{action}", self._http_v11)
        else:
            app.router.add_post("/", self._http_v12)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/"

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.drop()
        if self._post_session is not None:
            await self._post_session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def _auth_status(self, request: web.Request) -> int | None:
        if not self.access_token:
            return None
        auth = request.headers.get("Authorization")
        if auth is not None:
            given = auth[len("Bearer ") :] if auth.startswith("Bearer ") else None
        else:
            given = request.query.get("access_token")
        if given is None:
            return 401
        if given != self.access_token:
            return 401 if self.version == 12 else 403
        return None

    async def _ws_handler(self, request: web.Request) -> web.StreamResponse:
        if not self.accepting:
            return web.Response(status=503, text="gateway restarting")
        status = self._auth_status(request)
        if status is not None:
            return web.Response(status=status, text="access token missing or wrong")
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        events = request.path != "/api"
        await self._serve_ws(ws, events=events, api=request.path != "/event")
        return ws

    async def _serve_ws(self, ws: Any, *, events: bool, api: bool) -> None:
        self.connects += 1
        heartbeat: asyncio.Task[Any] | None = None
        if events:
            await ws.send_str(json.dumps(self._connect_event()))
            self._event_conns.append(ws)
            if self.redeliver_on_connect:
                backlog, self._backlog = self._backlog, []
                for text in backlog:
                    await ws.send_str(text)
            elif self.version == 11:
                self._backlog.clear()  # v11 has no poll: what the push missed is gone
            if self.heartbeat_ms:
                heartbeat = asyncio.create_task(self._heartbeats(ws))
        try:
            async for msg in ws:
                if msg.type != aiohttp.WSMsgType.TEXT:
                    continue
                try:
                    request = json.loads(msg.data)
                except ValueError:
                    await ws.send_str(json.dumps(self._fail(1400 if self.version == 11 else 10001)))
                    continue
                if not api:
                    continue
                action, params = request.get("action", ""), request.get("params") or {}
                if action == "get_latest_events" and self.version == 12:
                    response = await self._latest_events(params)
                else:
                    response = await self._handle(action, params)
                if "echo" in request:
                    response["echo"] = request["echo"]
                await ws.send_str(json.dumps(response))
                await self._flush_notices()
        finally:
            if heartbeat is not None:
                heartbeat.cancel()
            if ws in self._event_conns:
                self._event_conns.remove(ws)

    async def _heartbeats(self, ws: Any) -> None:
        assert self.heartbeat_ms
        while not ws.closed:
            await asyncio.sleep(self.heartbeat_ms / 1000)
            if self.heartbeats_on and not ws.closed:
                await ws.send_str(json.dumps(self._heartbeat_event()))

    async def _http_v11(self, request: web.Request) -> web.Response:
        status = self._auth_status(request)
        if status is not None:
            return web.Response(status=status)
        params: dict[str, Any] = dict(request.query)
        params.pop("access_token", None)
        if request.method == "POST" and request.can_read_body:
            if request.content_type == "application/json":
                try:
                    body = await request.json()
                except ValueError:
                    return web.Response(status=400)
                params.update(body or {})
            elif request.content_type == "application/x-www-form-urlencoded":
                params.update(await request.post())
            else:
                return web.Response(status=406)
        action = request.match_info["action"]
        response = await self._handle(action, params)
        if response.get("retcode") == 1404:
            return web.Response(status=404)
        await self._flush_notices()
        return web.json_response(response)

    async def _http_v12(self, request: web.Request) -> web.Response:
        status = self._auth_status(request)
        if status is not None:
            return web.Response(status=status)
        if request.content_type != "application/json":
            return web.Response(status=415)
        try:
            body = await request.json()
        except ValueError:
            return web.json_response(self._fail(10001, "bad request"))
        action, params = body.get("action", ""), body.get("params") or {}
        if action == "get_latest_events":
            response = await self._latest_events(params)
        else:
            response = await self._handle(action, params)
        if "echo" in body:
            response["echo"] = body["echo"]
        await self._flush_notices()
        return web.json_response(response)

    async def _latest_events(self, params: dict[str, Any]) -> dict[str, Any]:
        """v12 ``get_latest_events`` (interface/action/meta.md): the buffered events, oldest
        first, at most ``limit`` (0: all); with none, wait up to ``timeout`` seconds."""
        self.calls.append(("get_latest_events", params))
        if {"get_latest_events"} & (self.silent_actions | self.unsupported_actions):
            return self._fail(10002, "unsupported action")
        try:
            limit, timeout = int(params.get("limit", 0)), float(params.get("timeout", 0))
        except (TypeError, ValueError) as exc:
            return self._fail(10003, f"bad param: {exc}")
        if not self._backlog and timeout > 0:
            self._event_arrived.clear()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(timeout):
                    await self._event_arrived.wait()
        taken = self._backlog[:limit] if limit > 0 else list(self._backlog)
        del self._backlog[: len(taken)]
        return self._ok([json.loads(text) for text in taken])

    # ------------------------------------------------------------------ reverse WebSocket

    def connect_reverse(
        self,
        url: str,
        *,
        token: str | None = None,
        self_id: str | None = None,
        role: str = "Universal",
        reconnect_interval: float = 0.1,
        protocol: str = "12.comwechat",
    ) -> None:
        """Connect to classmod's reverse WebSocket, and keep reconnecting (ws-reverse.md)."""

        async def loop() -> None:
            headers = {"User-Agent": "OneBot/peer"}
            if self.version == 11:
                sent_id = self.self_id if self_id is None else self_id  # "": none sent
                if sent_id:
                    headers["X-Self-ID"] = sent_id
                headers["X-Client-Role"] = role
            if token:
                headers["Authorization"] = f"Bearer {token}"
            protocols = (protocol,) if self.version == 12 else ()
            async with aiohttp.ClientSession() as session:
                while True:
                    try:
                        async with session.ws_connect(
                            url, headers=headers, protocols=protocols, max_msg_size=0
                        ) as ws:
                            await self._serve_ws(ws, events=role != "API", api=role != "Event")
                    except aiohttp.WSServerHandshakeError as exc:
                        self.refusals.append(exc.status)
                    except (aiohttp.ClientError, OSError):
                        pass
                    await asyncio.sleep(reconnect_interval)

        self._tasks.append(asyncio.create_task(loop()))

    # ------------------------------------------------------------------ HTTP POST

    def post_events_to(
        self, url: str, *, secret: str | None = None, self_id: str | None = None
    ) -> None:
        """Push events to ``url`` by v11 HTTP POST instead of WebSockets, each with
        ``X-Self-ID`` (this bot's unless ``self_id`` says otherwise; ``""`` sends none) and,
        with a ``secret``, ``X-Signature: sha1=<hex HMAC-SHA1 of the body>``."""
        self._post_to = (url, secret, self.self_id if self_id is None else self_id)

    async def _post(self, text: str) -> None:
        assert self._post_to is not None
        url, secret, self_id = self._post_to
        body = text.encode()
        headers = {"Content-Type": "application/json"}
        if self_id:
            headers["X-Self-ID"] = self_id
        if secret:
            digest = hmac.new(secret.encode(), body, hashlib.sha1).hexdigest()
            headers["X-Signature"] = f"sha1={digest}"
        if self._post_session is None:
            self._post_session = aiohttp.ClientSession()
        try:
            async with self._post_session.post(url, data=body, headers=headers) as response:
                self.post_statuses.append(response.status)
        except aiohttp.ClientConnectionError:
            self.post_statuses.append(0)  # nobody listening: the gateway drops the event

    # ------------------------------------------------------------------ misbehaviour

    async def drop(self) -> None:
        """Close every connection (the gateway crashed or the network blinked)."""
        for ws in list(self._event_conns):
            await ws.close()

    async def send_raw(self, text: str) -> None:
        for ws in list(self._event_conns):
            await ws.send_str(text)

    @property
    def connected(self) -> bool:
        return bool(self._event_conns)

    # ------------------------------------------------------------------ events

    def _base(self) -> dict[str, Any]:
        if self.version == 11:
            return {"time": int(time.time()), "self_id": int(self.self_id)}
        return {
            "id": str(uuid.uuid4()),
            "time": time.time(),
            "self": {"platform": "wechat", "user_id": self.self_id},
        }

    def _connect_event(self) -> dict[str, Any]:
        if self.version == 11:
            return {
                **self._base(),
                "post_type": "meta_event",
                "meta_event_type": "lifecycle",
                "sub_type": "connect",
            }
        return {
            "id": str(uuid.uuid4()),
            "time": time.time(),
            "type": "meta",
            "detail_type": "connect",
            "sub_type": "",
            "version": {"impl": "peer", "version": "0.1", "onebot_version": "12"},
        }

    def _heartbeat_event(self) -> dict[str, Any]:
        if self.version == 11:
            return {
                **self._base(),
                "post_type": "meta_event",
                "meta_event_type": "heartbeat",
                "status": {"online": True, "good": True},
                "interval": self.heartbeat_ms,
            }
        return {
            "id": str(uuid.uuid4()),
            "time": time.time(),
            "type": "meta",
            "detail_type": "heartbeat",
            "sub_type": "",
            "interval": self.heartbeat_ms,
        }

    async def push(self, event: dict[str, Any], *, record: bool = True) -> None:
        """Send an event to every event connection, or keep it until one connects."""
        text = json.dumps(event, ensure_ascii=False)
        if record:
            self.history.append(event)
            group = self.groups.get(str(event.get("group_id")))
            if group is not None and self._is_group_message(event):
                group.log.append(event)
        if self._post_to is not None:
            await self._post(text)
            return
        if not self._event_conns:
            self._backlog.append(text)
            self._event_arrived.set()
            return
        for ws in list(self._event_conns):
            try:
                await ws.send_str(text)
            except (ConnectionError, RuntimeError):
                self._backlog.append(text)

    def _is_group_message(self, event: dict[str, Any]) -> bool:
        if self.version == 11:
            return event.get("post_type") == "message" and event.get("message_type") == "group"
        return event.get("type") == "message" and event.get("detail_type") == "group"

    async def replay(self, n: int) -> None:
        """Send the last ``n`` events again (a gateway re-delivering after a reconnect)."""
        for event in self.history[-n:]:
            await self.push(event, record=False)

    def new_message_id(self) -> str:
        return str(next(self._ids))

    def group_message_event(
        self,
        group_id: str,
        user: str,
        message: Any,
        *,
        message_id: str | None = None,
        fmt: str | None = None,
        anonymous: tuple[int, str, str] | None = None,
    ) -> dict[str, Any]:
        """A ``message.group`` event; ``message`` is text, a CQ string or a segment array.

        ``anonymous=(id, name, flag)``: sent through QQ's anonymous chat (v11
        ``sub_type: anonymous``; the sender's ``user_id`` is then 80000000)."""
        mid = message_id or self.new_message_id()
        group = self.groups[group_id]
        member = group.members.get(user) or PeerMember(user, f"用户{user}")
        if self.version == 12:
            segments = (
                [{"type": "text", "data": {"text": message}}]
                if isinstance(message, str)
                else message
            )
            group.messages[mid] = (user, segments)
            return {
                **self._base(),
                "type": "message",
                "detail_type": "group",
                "sub_type": "",
                "message_id": mid,
                "message": segments,
                "alt_message": message if isinstance(message, str) else "",
                "group_id": group_id,
                "user_id": user,
            }
        fmt = fmt or self.message_format
        if isinstance(message, str):
            segments = [{"type": "text", "data": {"text": message}}]
            raw = _escape(message)
        else:
            segments, raw = message, _to_cq(message)
        group.messages[mid] = (user, segments)
        anon = None
        if anonymous is not None:
            anon = {"id": anonymous[0], "name": anonymous[1], "flag": anonymous[2]}
            group.anonymous_flags.add(anonymous[2])
            user = "80000000"
        return {
            **self._base(),
            "post_type": "message",
            "message_type": "group",
            "sub_type": "normal" if anon is None else "anonymous",
            "message_id": int(mid),
            "group_id": int(group_id),
            "user_id": int(user),
            "anonymous": anon,
            "message": segments if fmt == "array" else raw,
            "raw_message": raw,
            "font": 0,
            "sender": {
                "user_id": int(user),
                "nickname": member.nickname,
                "card": member.card,
                "role": member.role,
                "sex": "unknown",
                "age": 0,
                "area": "",
                "level": "1",
                "title": "",
            },
        }

    def private_message_event(self, user: str, text: str, *, nickname: str = "") -> dict[str, Any]:
        """A private message to the bot (v11 ``message.private``, v12 ``message.private``)."""
        mid = self.new_message_id()
        segments = [{"type": "text", "data": {"text": text}}]
        if self.version == 12:
            return {
                **self._base(),
                "type": "message",
                "detail_type": "private",
                "sub_type": "",
                "message_id": mid,
                "message": segments,
                "alt_message": text,
                "user_id": user,
            }
        return {
            **self._base(),
            "post_type": "message",
            "message_type": "private",
            "sub_type": "friend",
            "message_id": int(mid),
            "user_id": int(user),
            "message": segments,
            "raw_message": _escape(text),
            "font": 0,
            "sender": {"user_id": int(user), "nickname": nickname, "sex": "unknown", "age": 0},
        }

    async def say_privately(self, user: str, text: str, *, nickname: str = "") -> str:
        event = self.private_message_event(user, text, nickname=nickname)
        await self.push(event)
        return str(event["message_id"])

    async def say(self, group_id: str, user: str, message: Any, **kwargs: Any) -> str:
        event = self.group_message_event(group_id, user, message, **kwargs)
        await self.push(event)
        return str(event["message_id"])

    async def join_request(
        self, group_id: str, user: str, comment: str, sub_type: str = "add"
    ) -> str:
        flag = f"flag-{next(self._ids)}"
        self.groups[group_id].requests[flag] = (user, sub_type)
        await self.push(
            {
                **self._base(),
                "post_type": "request",
                "request_type": "group",
                "sub_type": sub_type,
                "group_id": int(group_id),
                "user_id": int(user),
                "comment": comment,
                "flag": flag,
            }
        )
        return flag

    async def member_joins(
        self, group_id: str, user: str, name: str, operator: str | None = None
    ) -> None:
        self.groups[group_id].members[user] = PeerMember(user, name, card=name)
        await self._notice_increase(group_id, user, operator)

    async def rename(self, group_id: str, user: str, card: str) -> None:
        """A member changes their card (go-cqhttp/NapCat ``group_card`` notice)."""
        member = self.groups[group_id].members[user]
        old, member.card = member.card, card
        await self.push(
            {
                **self._base(),
                "post_type": "notice",
                "notice_type": "group_card",
                "group_id": int(group_id),
                "user_id": int(user),
                "card_new": card,
                "card_old": old,
            }
        )

    # ------------------------------------------------------------------ notices

    def _notice(self, event: dict[str, Any]) -> None:
        # sent after the response, as gateways do; the bridge must not depend on the order
        self._pending_notices.append(event)

    async def _flush_notices(self) -> None:
        pending, self._pending_notices = self._pending_notices, []
        for event in pending:
            await self.push(event)

    async def _notice_increase(self, group_id: str, user: str, operator: str | None) -> None:
        if self.version == 11:
            await self.push(
                {
                    **self._base(),
                    "post_type": "notice",
                    "notice_type": "group_increase",
                    "sub_type": "invite" if operator else "approve",
                    "group_id": int(group_id),
                    "operator_id": int(operator or 0),
                    "user_id": int(user),
                }
            )
        else:
            await self.push(
                {
                    **self._base(),
                    "type": "notice",
                    "detail_type": "group_member_increase",
                    "sub_type": "invite" if operator else "join",
                    "group_id": group_id,
                    "user_id": user,
                    "operator_id": operator or "",
                }
            )

    # ------------------------------------------------------------------ actions

    def _ok(self, data: Any = None) -> dict[str, Any]:
        out: dict[str, Any] = {"status": "ok", "retcode": 0, "data": data}
        if self.version == 12:
            out["message"] = ""
        return out

    def _fail(self, retcode: int, message: str = "") -> dict[str, Any]:
        out: dict[str, Any] = {"status": "failed", "retcode": retcode, "data": None}
        if self.version == 12:
            out["message"] = message
        else:
            out["msg"] = message
        return out

    def _may_touch(self, group: PeerGroup, target: str) -> bool:
        bot = group.members[self.self_id].role
        victim = group.members.get(target)
        if bot == "member":
            return False
        if victim is None:
            return True
        return victim.role == "member" or (bot == "owner" and victim.role == "admin")

    def _denied(self) -> dict[str, Any]:
        if self.permission_failure == "silent":
            return self._ok()  # NapCat #785: ok, and nothing happened
        return self._fail(102 if self.version == 11 else 34001, "权限不足")

    async def _handle(self, action: str, params: dict[str, Any]) -> dict[str, Any]:
        self.calls.append((action, params))
        gate = self.gates.get(action)
        if gate is not None:
            await gate.wait()
        if action in self.unsupported_actions:
            return self._fail(1404 if self.version == 11 else 10002, "unsupported action")
        if action in self.silent_actions:
            return self._ok()
        handler = getattr(self, "_a_" + action.replace(".", "_"), None)
        if handler is None:
            return self._fail(1404 if self.version == 11 else 10002, "unsupported action")
        try:
            result: dict[str, Any] = handler(params)
        except (KeyError, ValueError, TypeError) as exc:
            return self._fail(1400 if self.version == 11 else 10003, f"bad param: {exc}")
        return result

    def _group(self, params: dict[str, Any]) -> PeerGroup:
        return self.groups[str(params["group_id"])]

    # v11 -------------------------------------------------------------------------------

    def _a_get_login_info(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._ok({"user_id": int(self.self_id), "nickname": "班级助手"})

    def _a_send_group_msg(self, params: dict[str, Any]) -> dict[str, Any]:
        group = self._group(params)
        event = self.group_message_event(group.group_id, self.self_id, params["message"])
        group.log.append({**event, "post_type": "message_sent"})  # as NapCat logs its own
        self.sent.append(("group", group.group_id, params["message"]))
        return self._ok({"message_id": event["message_id"]})

    def _a_get_group_msg_history(self, params: dict[str, Any]) -> dict[str, Any]:
        """NapCat/Lagrange ``get_group_msg_history``: ``count`` messages (default 20) up to
        and including the anchor (``message_seq`` or ``message_id``; latest without one)."""
        if self.version != 11:
            return self._fail(10002, "unsupported action")
        group = self._group(params)
        count = int(params.get("count", 20))
        anchor = str(params.get("message_seq") or params.get("message_id") or 0)
        ids = [str(e["message_id"]) for e in group.log]
        if anchor == "0":
            end = len(ids)
        elif anchor in ids:
            end = ids.index(anchor) + 1
        else:
            return self._fail(200, f"消息{anchor}不存在")
        page = group.log[max(0, end - count) : end]
        return self._ok(
            {
                "messages": [
                    {**e, "message_seq": e["message_id"], "real_id": e["message_id"]}
                    for e in page
                    if str(e["message_id"]) in group.messages  # a recalled one is gone
                ]
            }
        )

    def _a_get_msg(self, params: dict[str, Any]) -> dict[str, Any]:
        mid = str(params["message_id"])
        for group in self.groups.values():
            if mid in group.messages:
                sender, message = group.messages[mid]
                event = next((e for e in group.log if str(e["message_id"]) == mid), None)
                if event is None:  # made but never pushed (a test's raw frame)
                    event = self.group_message_event(
                        group.group_id, sender, message, message_id=mid
                    )
                return self._ok({**event, "message_seq": int(mid), "real_id": int(mid)})
        return self._fail(100, "消息不存在")

    def _a_send_private_msg(self, params: dict[str, Any]) -> dict[str, Any]:
        self.sent.append(("private", str(params["user_id"]), params["message"]))
        return self._ok({"message_id": int(self.new_message_id())})

    def _a_delete_msg(self, params: dict[str, Any]) -> dict[str, Any]:
        mid = str(params["message_id"])
        for group in self.groups.values():
            if mid in group.messages:
                sender = group.messages[mid][0]
                if sender != self.self_id and not self._may_touch(group, sender):
                    return self._denied()
                del group.messages[mid]
                self._notice(
                    {
                        **self._base(),
                        "post_type": "notice",
                        "notice_type": "group_recall",
                        "group_id": int(group.group_id),
                        "user_id": int(sender),
                        "operator_id": int(self.self_id),
                        "message_id": int(mid),
                    }
                )
                return self._ok()
        return self._fail(100, "消息不存在")

    def _a_set_group_ban(self, params: dict[str, Any]) -> dict[str, Any]:
        group, user = self._group(params), str(params["user_id"])
        duration = int(params.get("duration", 1800))
        if user not in group.members:
            return self._fail(100, "成员不存在")
        if not self._may_touch(group, user):
            return self._denied()
        group.members[user].muted_until = time.time() + duration if duration else 0.0
        self._notice(
            {
                **self._base(),
                "post_type": "notice",
                "notice_type": "group_ban",
                "sub_type": "ban" if duration else "lift_ban",
                "group_id": int(group.group_id),
                "operator_id": int(self.self_id),
                "user_id": int(user),
                "duration": duration,
            }
        )
        return self._ok()

    def _a_set_group_anonymous_ban(self, params: dict[str, Any]) -> dict[str, Any]:
        group = self._group(params)
        anonymous = params.get("anonymous")
        flag = str(
            params.get("anonymous_flag")
            or params.get("flag")
            or (anonymous.get("flag") if isinstance(anonymous, dict) else "")
            or ""
        )
        if flag not in group.anonymous_flags:
            return self._fail(100, "匿名用户不存在")
        if group.members[self.self_id].role == "member":
            return self._denied()
        group.anonymous_bans[flag] = time.time() + int(params.get("duration", 1800))
        return self._ok()

    def _a_set_group_whole_ban(self, params: dict[str, Any]) -> dict[str, Any]:
        group = self._group(params)
        if group.members[self.self_id].role == "member":
            return self._denied()
        group.whole_ban = bool(params.get("enable", True))
        return self._ok()

    def _a_set_group_kick(self, params: dict[str, Any]) -> dict[str, Any]:
        group, user = self._group(params), str(params["user_id"])
        if user not in group.members:
            return self._fail(100, "成员不存在")
        if not self._may_touch(group, user):
            return self._denied()
        del group.members[user]
        if params.get("reject_add_request"):
            group.blacklist.add(user)
        self._notice(
            {
                **self._base(),
                "post_type": "notice",
                "notice_type": "group_decrease",
                "sub_type": "kick",
                "group_id": int(group.group_id),
                "operator_id": int(self.self_id),
                "user_id": int(user),
            }
        )
        return self._ok()

    def _a_set_group_card(self, params: dict[str, Any]) -> dict[str, Any]:
        group, user = self._group(params), str(params["user_id"])
        if user not in group.members:
            return self._fail(100, "成员不存在")
        if user != self.self_id and not self._may_touch(group, user):
            return self._denied()
        group.members[user].card = str(params.get("card", ""))
        return self._ok()

    def _a_set_group_add_request(self, params: dict[str, Any]) -> dict[str, Any]:
        flag = str(params["flag"])
        for group in self.groups.values():
            if flag in group.requests:
                user, sub_type = group.requests.pop(flag)
                if str(params.get("sub_type") or params.get("type")) != sub_type:
                    group.requests[flag] = (user, sub_type)
                    return self._fail(100, "sub_type 不符")
                if params.get("approve", True) in (True, "true", "1", 1):
                    group.members[user] = PeerMember(user, f"用户{user}")
                    self._notice(
                        {
                            **self._base(),
                            "post_type": "notice",
                            "notice_type": "group_increase",
                            "sub_type": "approve",
                            "group_id": int(group.group_id),
                            "operator_id": int(self.self_id),
                            "user_id": int(user),
                        }
                    )
                return self._ok()
        return self._fail(100, "请求不存在")

    def _member_v11(self, group: PeerGroup, m: PeerMember) -> dict[str, Any]:
        return {
            "group_id": int(group.group_id),
            "user_id": int(m.user_id),
            "nickname": m.nickname,
            "card": m.card,
            "role": m.role,
            "sex": "unknown",
            "age": 0,
            "join_time": 0,
            "last_sent_time": 0,
            "level": "1",
            "unfriendly": False,
            "title": "",
            "title_expire_time": 0,
            "card_changeable": True,
            "shut_up_timestamp": int(m.muted_until),
        }

    def _a_get_group_member_info(self, params: dict[str, Any]) -> dict[str, Any]:
        group, user = self._group(params), str(params["user_id"])
        member = group.members.get(user)
        if member is None:
            return self._fail(100 if self.version == 11 else 35001, "成员不存在")
        if self.version == 12:
            return self._ok(
                {"user_id": user, "user_name": member.nickname, "user_displayname": member.card}
            )
        return self._ok(self._member_v11(group, member))

    def _a_get_group_member_list(self, params: dict[str, Any]) -> dict[str, Any]:
        group = self._group(params)
        if self.version == 12:
            return self._ok(
                [
                    {"user_id": m.user_id, "user_name": m.nickname, "user_displayname": m.card}
                    for m in group.members.values()
                ]
            )
        return self._ok([self._member_v11(group, m) for m in group.members.values()])

    # v12 -------------------------------------------------------------------------------

    def _a_send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        target = params.get("group_id") if params["detail_type"] == "group" else params["user_id"]
        self.sent.append((params["detail_type"], str(target), params["message"]))
        return self._ok({"message_id": self.new_message_id(), "time": time.time()})

    def _a_delete_message(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._fail(10002, "未实现该动作")

    def _a_wx_delete_groupmember(self, params: dict[str, Any]) -> dict[str, Any]:
        group = self._group(params)
        users = params["user_list"]
        for user in [users] if isinstance(users, str) else users:
            if group.members[self.self_id].role != "owner":
                return self._denied()
            if group.members.pop(str(user), None) is not None:
                self._notice(
                    {
                        **self._base(),
                        "type": "notice",
                        "detail_type": "group_member_decrease",
                        "sub_type": "kick",
                        "group_id": group.group_id,
                        "user_id": str(user),
                        "operator_id": self.self_id,
                    }
                )
        return self._ok()

    def _a_get_self_info(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._ok({"user_id": self.self_id, "user_name": "班级助手", "user_displayname": ""})


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("[", "&#91;").replace("]", "&#93;")


def _to_cq(segments: list[dict[str, Any]]) -> str:
    out = []
    for seg in segments:
        data = seg.get("data") or {}
        if seg["type"] == "text":
            out.append(_escape(data.get("text", "")))
        else:
            params = "".join(
                f",{k}={_escape(str(v)).replace(',', '&#44;')}" for k, v in data.items()
            )
            out.append(f"[CQ:{seg['type']}{params}]")
    return "".join(out)
