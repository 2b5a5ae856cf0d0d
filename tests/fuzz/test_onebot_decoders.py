"""Fuzz targets of the pure OneBot decoders: whatever a gateway sends, a decoder returns a
value or raises ``MalformedEvent`` (the bridge skips that frame), nothing else.

Profiles and how to run them longer: tests/fuzz/conftest.py.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from classmod.bridges.onebot import bounds, protocol
from classmod.bridges.onebot import convert_v11 as cv
from classmod.bridges.onebot import convert_v12 as cv12
from classmod.bridges.onebot.bounds import MalformedEvent
from hypothesis import given
from hypothesis import strategies as st

from classmod.model import Group, Message, Platform

from . import strategies as s

NOW = datetime(2026, 9, 7, 1, 0, tzinfo=UTC)
QQ = {"123456": Group(id="c1", platform=Platform.QQ, platform_id="123456")}
WX = {
    "12345678@chatroom": Group(id="w1", platform=Platform.WECHAT, platform_id="12345678@chatroom")
}


def _usable(decoded: protocol.Decoded) -> None:
    """What the bridge reads of a decoded frame is of the types it expects."""
    event = decoded.inbound
    if isinstance(event, Message):
        assert isinstance(event.text, str) and isinstance(event.sender_id, str)
        assert event.ts.tzinfo is not None and event.ts.year < 2101
        assert all(isinstance(m, str) for m in event.mentions)
    if decoded.meta is not None and hasattr(decoded.meta, "interval"):
        interval = decoded.meta.interval
        assert interval is None or bounds.HEARTBEAT_MIN <= interval <= bounds.HEARTBEAT_MAX
    assert isinstance(decoded.skipped, str) and isinstance(decoded.dedupe_key, str)


@given(s.v11_frames)
def test_v11_event_decodes_or_is_malformed(frame: dict[str, Any]) -> None:
    try:
        decoded = cv.decode_event(frame, QQ, received_at=NOW)
    except MalformedEvent:
        return
    _usable(decoded)


@given(s.json_values | s.deep_values)
def test_v11_any_json_decodes_or_is_malformed(frame: Any) -> None:
    try:
        decoded = cv.decode_event(frame, QQ, received_at=NOW)
    except MalformedEvent:
        return
    _usable(decoded)


@given(s.v12_frames)
def test_v12_event_decodes_or_is_malformed(frame: dict[str, Any]) -> None:
    try:
        decoded = cv12.decode_event(frame, WX, received_at=NOW)
    except MalformedEvent:
        return
    _usable(decoded)


@given(s.json_values | s.deep_values)
def test_v12_any_json_decodes_or_is_malformed(frame: Any) -> None:
    try:
        decoded = cv12.decode_event(frame, WX, received_at=NOW)
    except MalformedEvent:
        return
    _usable(decoded)


@given(s.v11_messages)
def test_message_segments_read_or_are_malformed(message: Any) -> None:
    """``segments_of`` and both segment tables, on any ``message`` within the frame bounds
    (the decoders check those before they read a message)."""
    try:
        bounds.check_frame({"message": message})
        segments = cv.segments_of(message)
    except MalformedEvent:
        return
    _, text, reply_to, _, file_id = cv.message_content(segments)
    assert isinstance(text, str) and isinstance(file_id, str)
    assert reply_to is None or isinstance(reply_to, str)
    _, text12, _, _ = cv12.message_content(segments)
    assert isinstance(text12, str)


@given(st.sampled_from(["json", "xml", "other"]), st.text(max_size=200) | s.deep_json_text)
def test_card_summary_never_raises(kind: str, payload: str) -> None:
    title, url = cv.card_summary(kind, payload)
    assert isinstance(title, str) and isinstance(url, str)


def test_deep_xml_card_is_read() -> None:
    payload = "<a>" * 50_000 + '<b url="http://ad.example.cn/x"/>' + "</a>" * 50_000
    assert cv.card_summary("xml", payload) == ("", "http://ad.example.cn/x")


# --------------------------------------------------------------------------- CQ codes

_OLD_CQ = re.compile(r"\[CQ:([^,\]]+)((?:,[^\]]*)?)\]")


def parse_cq_regex(message: str) -> list[dict[str, Any]]:
    """The parser ``parse_cq`` replaced (quadratic on unclosed codes), kept as the oracle."""
    segments: list[dict[str, Any]] = []
    pos = 0
    for match in _OLD_CQ.finditer(message):
        if match.start() > pos:
            segments.append(
                {"type": "text", "data": {"text": cv.unescape(message[pos : match.start()])}}
            )
        data: dict[str, Any] = {}
        for part in match.group(2)[1:].split(",") if match.group(2) else ():
            key, sep, value = part.partition("=")
            if sep:
                data[key] = cv.unescape(value)
            elif key:
                data[key] = ""
        segments.append({"type": match.group(1), "data": data})
        pos = match.end()
    if pos < len(message):
        segments.append({"type": "text", "data": {"text": cv.unescape(message[pos:])}})
    return segments


@given(s.cq_fragments | st.text(max_size=80))
def test_parse_cq_matches_the_old_parser(message: str) -> None:
    assert cv.parse_cq(message) == parse_cq_regex(message)


_segment_arrays = st.lists(
    st.one_of(
        st.builds(
            lambda t: {"type": "text", "data": {"text": t}}, st.text(min_size=1, max_size=20)
        ),
        st.builds(
            lambda kind, data: {"type": kind, "data": data},
            st.text(alphabet="abcdefghijklmnopqrstuvwxyz_.", min_size=1, max_size=8),
            st.dictionaries(
                st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=6),
                st.text(max_size=12),
                max_size=3,
            ),
        ),
    ),
    max_size=8,
)


@given(_segment_arrays)
def test_parse_cq_reads_back_what_to_cq_writes(segments: list[dict[str, Any]]) -> None:
    """Well-formed input: a rendered array parses back to itself (adjacent texts merged) and
    both parsers agree on it."""
    merged: list[dict[str, Any]] = []
    for segment in segments:
        if segment["type"] == "text" and merged and merged[-1]["type"] == "text":
            merged[-1] = {
                "type": "text",
                "data": {"text": merged[-1]["data"]["text"] + segment["data"]["text"]},
            }
        else:
            merged.append(segment)
    rendered = cv.to_cq(merged)
    assert cv.parse_cq(rendered) == merged
    assert parse_cq_regex(rendered) == merged
