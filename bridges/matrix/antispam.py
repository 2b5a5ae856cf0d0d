"""Pre-send blocking: an HTTP endpoint for the ``synapse-http-antispam`` Synapse module.

The bot redacts a bad message some 50–100 ms after everyone saw it; with this endpoint the
homeserver asks classmod *before* it accepts the message, and a blocked message is never
stored or seen. Install the module into Synapse's venv (``pip install synapse-http-antispam``;
``scripts/install-synapse.sh`` does it for the test server) and configure::

    modules:
      - module: synapse_http_antispam.HTTPAntispam
        config:
          base_url: http://127.0.0.1:8787        # classmod's bridges.matrix.antispam_listen
          authorization: <a shared secret>         # = bridges.matrix.antispam_secret
          enabled_callbacks: [check_event_for_spam]
          fail_open: {check_event_for_spam: true}  # classmod down → messages still flow

Contract (synapse-http-antispam 0.5): the module POSTs each callback's arguments as JSON to
``<base_url>/<callback>``; ``check_event_for_spam`` sends ``{"event": <client-format event>}``.
Any 2xx answer means ``NOT_SPAM`` (the body must be JSON); any other status rejects, and
its JSON body (``errcode`` default ``M_FORBIDDEN``, ``error``) goes back to the sender.

What is judged: ``m.room.message`` / ``m.sticker`` events in configured class rooms, by a
``decide(message)`` callable from the app — the same rules, without the history (a flood is
still the bot's job). ``decide`` answers ``True`` (let it through), ``False`` (block) or a
reason string (block and tell the sender why). Everything else passes.

When classmod cannot judge a message (a body it cannot read, an event it cannot convert, a
rule that raises), it answers for itself instead of with a 500, which the module's
``fail_open`` would turn into "let it through": ``on_error: block`` (the default,
``bridges.matrix.antispam_on_error``) rejects the message with a JSON reason the sender
sees, ``pass`` lets it through for the bot to judge after the fact. Each such failure is
logged (``antispam_failed``) and counted in ``failures``.
"""

from __future__ import annotations

import hmac
import inspect
import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import orjson
import structlog
from aiohttp import web
from classmod.bridges.matrix import convert

from classmod.context import MessageContext
from classmod.model import Group, Message, Roster, Severity

log = structlog.get_logger("classmod.matrix.antispam")

Decision = bool | str
Decide = Callable[[Message], Decision | Awaitable[Decision]]

BLOCKED_REASON = "这条消息违反了本群群规，未能发送 / blocked by the class group's rules"
UNCHECKED_REASON = (
    "班级助手暂时无法检查这条消息，未能发送，请稍后再试 / "
    "classmod could not check this message; please try again later"
)
ON_ERROR = ("block", "pass")


def verdict_to_reply(decision: Decision) -> tuple[int, dict[str, Any]]:
    """``decide``'s answer as the HTTP status and JSON body the module expects."""
    if decision is True:
        return 200, {}
    reason = decision if isinstance(decision, str) and decision else BLOCKED_REASON
    return 403, {"errcode": "M_FORBIDDEN", "error": reason}


class AntispamServer:
    """The aiohttp endpoint. ``rooms`` maps Matrix room ids to classmod group ids."""

    def __init__(
        self,
        decide: Decide,
        rooms: Mapping[str, str],
        *,
        authorization: str | None = None,
        ignore_senders: Sequence[str] = (),
        names: Callable[[str, str], str] | None = None,
        on_error: str = "block",
    ) -> None:
        if on_error not in ON_ERROR:
            raise ValueError(f"on_error must be one of {ON_ERROR}, not {on_error!r}")
        self.on_error = on_error
        self.decide = decide
        self.rooms = dict(rooms)
        self.authorization = authorization
        self.ignore_senders = frozenset(ignore_senders)
        self.names = names  # (room id, user id) -> display name, e.g. from the bridge
        self.app = web.Application()
        self.app.router.add_post("/{callback}", self._callback)
        self._runner: web.AppRunner | None = None
        self.checked = 0
        self.blocked = 0
        self.failures = 0  # messages answered per ``on_error`` because they could not be judged

    def _authorised(self, request: web.Request) -> bool:
        if self.authorization is None:
            return True
        # bytes: compare_digest refuses str with non-ASCII, and a header may carry anything
        sent = request.headers.get("Authorization", "").encode("utf-8", "surrogateescape")
        return hmac.compare_digest(sent, f"Bearer {self.authorization}".encode())

    def _failed(self, stage: str, exc: BaseException) -> tuple[int, dict[str, Any]]:
        self.failures += 1
        log.error("antispam_failed", stage=stage, error=repr(exc)[:300], answer=self.on_error)
        if self.on_error == "pass":
            return 200, {}
        return 403, {"errcode": "M_FORBIDDEN", "error": UNCHECKED_REASON}

    async def _callback(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return web.json_response(
                {"errcode": "M_UNAUTHORIZED", "error": "bad antispam token"}, status=401
            )
        if request.match_info["callback"] != "check_event_for_spam":
            return web.json_response({})  # classmod judges messages only
        try:
            body = _parse_json(await request.read())
            event = body["event"] if isinstance(body, dict) else None
            if not isinstance(event, dict):
                raise TypeError("no event object in the body")
        except Exception as exc:  # unreadable: maybe a class-room message, so per on_error
            status, payload = self._failed("body", exc)
            return web.json_response(payload, status=status)
        try:
            status, payload = await self.check_event(event)
        except Exception as exc:
            status, payload = self._failed("check", exc)
        return web.json_response(payload, status=status)

    async def check_event(self, event: Mapping[str, Any]) -> tuple[int, dict[str, Any]]:
        group_id = self.rooms.get(str(event.get("room_id", "")))
        sender = str(event.get("sender", ""))
        if group_id is None or sender in self.ignore_senders:
            return 200, {}
        name = self.names(str(event["room_id"]), sender) if self.names else ""
        message = convert.to_message(event, group_id=group_id, display_name=name)
        if message is None:
            return 200, {}
        self.checked += 1
        decision = self.decide(message)
        if inspect.isawaitable(decision):
            decision = await decision
        status, payload = verdict_to_reply(decision)
        if status != 200:
            self.blocked += 1
            log.info("message_blocked", group=group_id, member=sender, reason=payload["error"])
        return status, payload

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> int:
        """Listen; returns the port (pick 0 for a free one)."""
        self._runner = web.AppRunner(self.app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        return int(self._runner.addresses[0][1])

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


def _parse_json(raw: bytes) -> Any:
    """orjson (nesting to 1,024, past what Synapse accepts in an event), then json.loads
    for what orjson refuses and Synapse may send (an escaped lone surrogate)."""
    try:
        return orjson.loads(raw)
    except ValueError:
        return json.loads(raw)


def rules_decider(
    host: Any,  # classmod.plugins.Host
    groups: Mapping[str, tuple[Group, Roster, Mapping[str, Any]]],
    *,
    clock: Callable[[], datetime] | None = None,
) -> Callable[[Message], Decision]:
    """``decide`` from the group's enabled message rules (group id → group, roster, rules).

    A message is blocked when a rule finds something it would delete (``verdict.delete``)
    at MINOR severity or above; notes, reminders and staff-only alerts pass. The reason is
    the rule's own Chinese explanation, with its rule id.
    """
    now = clock or (lambda: datetime.now(UTC))
    bound = {
        gid: host.bind("classmod_check_message", rules, f"antispam:{gid}:{sorted(rules)}")
        for gid, (_, _, rules) in groups.items()
    }

    def decide(message: Message) -> Decision:
        entry = groups.get(message.group_id)
        if entry is None:
            return True
        group, roster, _ = entry
        member = roster.lookup(message.sender_id, message.display_name)
        if member.is_staff:
            return True  # staff are alerted about, never silently blocked
        ctx = MessageContext(group=group, roster=roster, member=member, message=message, now=now())
        for verdict in host.check_message(bound[message.group_id], ctx):
            if verdict.delete and verdict.severity >= Severity.MINOR:
                return f"[{verdict.rule_id}] {verdict.reason}"
        return True

    return decide


async def serve_for_config(
    config: Any, host: Any, listen: str, *, judge: Decide | None = None
) -> AntispamServer:
    """Start the endpoint for a school config (``bridges.matrix.antispam_listen: host:port``).

    ``judge`` is the running app's (``App.presend.judge``): a block is then judged, audited,
    counted and alerted like a posted message (``classmod.presend``). Without it the rules
    alone decide, and a block is only logged.

    Class rooms must be given by room id (``!…``) for the endpoint to recognise them. With
    ``bridges.matrix.antispam_secret`` set, a request without that bearer token is refused
    (401); the config requires the secret unless the endpoint listens on loopback.
    """
    groups = {
        gid: (gc.group, gc.roster, gc.rules)
        for gid, gc in config.groups.items()
        if str(gc.group.platform) == "matrix"
    }
    rooms = {g.platform_id: gid for gid, (g, _, _) in groups.items() if g.platform_id}
    matrix = config.bridges.matrix
    server = AntispamServer(
        judge or rules_decider(host, groups),
        rooms,
        authorization=matrix.antispam_secret if matrix else None,
        ignore_senders=[matrix.user_id] if matrix else [],
        on_error=matrix.antispam_on_error if matrix else "block",
    )
    address, _, port = listen.rpartition(":")
    bound = await server.start(address or "127.0.0.1", int(port))
    log.info("antispam_listening", address=address or "127.0.0.1", port=bound, rooms=len(rooms))
    return server


__all__ = ["AntispamServer", "Decide", "rules_decider", "serve_for_config", "verdict_to_reply"]
