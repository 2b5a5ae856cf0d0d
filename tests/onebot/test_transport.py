"""Transport pieces on their own: auth decisions, HTTP event push, link selection."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from http import HTTPStatus
from typing import Any

import aiohttp
import pytest
from classmod.bridges.onebot.transport import (
    Backoff,
    ForwardWebSocket,
    HttpPoll,
    HttpPostReceiver,
    ReverseWebSocketServer,
    Split,
    bearer_matches,
    build_link,
    is_response,
)

from .helpers import TOKEN, eventually


@pytest.mark.parametrize(
    ("headers", "query", "expected"),
    [
        ({"Authorization": f"Bearer {TOKEN}"}, "", None),
        ({}, f"access_token={TOKEN}", None),
        ({}, "", HTTPStatus.UNAUTHORIZED),
        ({"Authorization": "Bearer nope"}, "", HTTPStatus.FORBIDDEN),
        ({}, "access_token=nope", HTTPStatus.FORBIDDEN),
        ({"Authorization": "Token x"}, "", HTTPStatus.UNAUTHORIZED),
    ],
)
def test_bearer_matches(headers: dict[str, str], query: str, expected: object) -> None:
    assert bearer_matches(headers, query, TOKEN) == expected


def test_no_token_configured_means_open() -> None:
    assert bearer_matches({}, "", "") is None


@pytest.mark.parametrize(
    ("frame", "response"),
    [
        ({"status": "ok", "retcode": 0, "data": None, "echo": "1"}, True),
        ({"post_type": "message", "status": "x", "retcode": 0}, False),
        ({"type": "meta", "detail_type": "heartbeat"}, False),
    ],
)
def test_is_response(frame: dict[str, Any], response: bool) -> None:
    assert is_response(frame) is response


def test_backoff_grows_and_resets() -> None:
    backoff = Backoff(initial=1.0, maximum=4.0)
    delays = [backoff.delay() for _ in range(5)]
    assert delays[0] < 1.3 and delays[-1] <= 4.8 and delays[-1] >= 3.2
    backoff.reset()
    assert backoff.delay() < 1.3


def test_build_link_by_transport() -> None:
    assert isinstance(
        build_link(version=11, transport="forward_ws", url="ws://x/"), ForwardWebSocket
    )
    reverse = build_link(version=11, transport="reverse_ws", listen="127.0.0.1:0/onebot/v11")
    assert isinstance(reverse, ReverseWebSocketServer) and reverse.path == "/onebot/v11"
    split = build_link(version=12, transport="http", url="http://x", listen="127.0.0.1:0")
    assert isinstance(split, Split) and isinstance(split.events, HttpPostReceiver)
    with pytest.raises(ValueError, match="unknown OneBot transport"):
        build_link(version=11, transport="carrier_pigeon")


async def _receiving(
    receiver: HttpPostReceiver,
) -> tuple[asyncio.Task[None], list[dict[str, Any]], str]:
    frames: list[dict[str, Any]] = []

    async def on_frame(frame: dict[str, Any]) -> None:
        frames.append(frame)

    task = asyncio.create_task(receiver.serve(on_frame))
    await eventually(receiver.listening.is_set)
    return task, frames, f"http://127.0.0.1:{receiver.port}/"


async def test_v11_http_post_receiver_checks_signature_and_self_id() -> None:
    """v11 gateways send no token with a post: the signature is what authenticates it."""
    receiver = HttpPostReceiver(secret="s3cret", self_id="10001")
    task, frames, url = await _receiving(receiver)
    try:
        body = json.dumps({"post_type": "meta_event", "meta_event_type": "heartbeat"}).encode()
        sig = "sha1=" + hmac.new(b"s3cret", body, hashlib.sha1).hexdigest()
        me = {"X-Self-ID": "10001", "Content-Type": "application/json"}
        async with aiohttp.ClientSession() as session:
            async with session.post(url, data=body, headers={**me, "X-Signature": sig}) as r:
                assert r.status == 204
            refused = [
                {**me, "X-Signature": "sha1=0"},  # wrong
                me,  # missing
                {**me, "X-Signature": sig.upper()},
                {"X-Signature": sig},  # no X-Self-ID
                {"X-Self-ID": "99999", "X-Signature": sig},  # another account
                {  # the body's signature under another key
                    **me,
                    "X-Signature": "sha1=" + hmac.new(b"guess", body, hashlib.sha1).hexdigest(),
                },
            ]
            for headers in refused:
                async with session.post(url, data=body, headers=headers) as r:
                    assert r.status == 403, headers
            bad = b"{oops"
            oops = "sha1=" + hmac.new(b"s3cret", bad, hashlib.sha1).hexdigest()
            async with session.post(url, data=bad, headers={**me, "X-Signature": oops}) as r:
                assert r.status == 400
        assert frames == [json.loads(body)]
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def test_v12_webhook_receiver_checks_the_bearer_token() -> None:
    receiver = HttpPostReceiver(access_token=TOKEN, version=12)
    task, frames, url = await _receiving(receiver)
    try:
        body = json.dumps({"type": "meta", "detail_type": "heartbeat"}).encode()
        async with aiohttp.ClientSession() as session:
            auth = {"Authorization": f"Bearer {TOKEN}"}
            async with session.post(url, data=body, headers=auth) as r:
                assert r.status == 204
            for headers in ({}, {"Authorization": "Bearer nope"}):
                async with session.post(url, data=body, headers=headers) as r:
                    assert r.status == 401
        assert frames == [json.loads(body)]
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


def test_build_link_gives_the_http_receiver_what_its_version_checks() -> None:
    v11 = build_link(
        version=11,
        transport="http",
        url="http://x",
        listen="0.0.0.0:0",
        access_token=TOKEN,
        secret="s3cret",
        self_id="10001",
    )
    assert isinstance(v11, Split) and isinstance(v11.events, HttpPostReceiver)
    assert (v11.events.secret, v11.events.self_id, v11.events.access_token) == (
        "s3cret",
        "10001",
        "",  # a v11 post carries no token; the API calls still send it
    )
    assert v11.api.access_token == TOKEN
    v12 = build_link(version=12, transport="http", url="http://x", access_token=TOKEN)
    assert isinstance(v12, Split) and isinstance(v12.events, HttpPostReceiver)
    assert v12.events.access_token == TOKEN and v12.events.version == 12


def test_http_poll_is_onebot_12_only() -> None:
    poll = build_link(version=12, transport="http_poll", url="http://127.0.0.1:1")
    assert isinstance(poll, HttpPoll) and poll.api.version == 12
    with pytest.raises(ValueError, match="OneBot 12 only"):
        build_link(version=11, transport="http_poll", url="http://127.0.0.1:1")


def test_backoff_resets_only_after_a_healthy_connection() -> None:
    """A gateway that accepts and drops at once is retried ever more slowly (a flapping
    link); one that stayed up ``healthy_after`` starts the delays afresh."""
    backoff = Backoff(initial=1.0, maximum=60.0, healthy_after=30.0)
    first = [backoff.delay() for _ in range(3)]
    backoff.up_for(0.1)  # connected, dropped at once
    grown = backoff.delay()
    assert 0.8 <= first[0] <= 1.2 and 3.2 <= first[2] <= 4.8
    assert 6.4 <= grown <= 9.6
    backoff.up_for(30.0)
    assert 0.8 <= backoff.delay() <= 1.2
