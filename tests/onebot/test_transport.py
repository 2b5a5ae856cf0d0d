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

from bridges.onebot.transport import (
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


async def test_http_post_receiver_checks_token_and_signature() -> None:
    receiver = HttpPostReceiver(access_token=TOKEN, secret="s3cret")
    frames: list[dict[str, Any]] = []

    async def on_frame(frame: dict[str, Any]) -> None:
        frames.append(frame)

    task = asyncio.create_task(receiver.serve(on_frame))
    try:
        await eventually(receiver.listening.is_set)
        url = f"http://127.0.0.1:{receiver.port}/"
        body = json.dumps({"post_type": "meta_event", "meta_event_type": "heartbeat"}).encode()
        sig = "sha1=" + hmac.new(b"s3cret", body, hashlib.sha1).hexdigest()
        auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
        async with aiohttp.ClientSession() as session:
            async with session.post(url, data=body, headers={**auth, "X-Signature": sig}) as r:
                assert r.status == 204
            async with session.post(url, data=body, headers={**auth, "X-Signature": "sha1=0"}) as r:
                assert r.status == 403
            async with session.post(url, data=body, headers=auth) as r:
                assert r.status == 401
            async with session.post(url, data=body, headers={"X-Signature": sig}) as r:
                assert r.status == 401
            async with session.post(
                url,
                data=b"{oops",
                headers={
                    **auth,
                    "X-Signature": "sha1="
                    + hmac.new(b"s3cret", b"{oops", hashlib.sha1).hexdigest(),
                },
            ) as r:
                assert r.status == 400
        assert frames == [json.loads(body)]
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


def test_http_poll_is_onebot_12_only() -> None:
    poll = build_link(version=12, transport="http_poll", url="http://127.0.0.1:1")
    assert isinstance(poll, HttpPoll) and poll.api.version == 12
    with pytest.raises(ValueError, match="OneBot 12 only"):
        build_link(version=11, transport="http_poll", url="http://127.0.0.1:1")
