"""Fuzz targets of the pure Matrix decoders: whatever a homeserver answers, ``parse_sync``
returns a batch or raises ``BadSync`` (retried, token unmoved), and an event converts or
raises ``BadEvent`` (skipped alone), nothing else.

Profiles and how to run them longer: tests/fuzz/conftest.py.
"""

from __future__ import annotations

from typing import Any

from classmod.bridges.matrix import convert
from hypothesis import given

from classmod.model import Message

from . import strategies as s


@given(s.sync_bodies | s.json_values)
def test_parse_sync_reads_or_raises_bad_sync(body: Any) -> None:
    try:
        batch = convert.parse_sync(body)
    except convert.BadSync:
        return
    assert isinstance(batch.next_batch, str) and batch.next_batch
    for room in batch.joined:
        assert isinstance(room.room_id, str)
        assert room.prev_batch is None or isinstance(room.prev_batch, str)
        assert all(isinstance(e, dict) for e in (*room.timeline, *room.state, *room.ephemeral))
    assert all(isinstance(r, str) for r in (*batch.invited, *batch.left))


@given(s.matrix_events)
def test_event_converts_or_raises_bad_event(event: dict[str, Any]) -> None:
    names: dict[str, str] = {}
    convert.update_names(names, event)
    convert.edited_event_id(event)
    convert.own_join_index([event], "@bot:x")
    try:
        values = convert.convert(event, group_id="g1", names=names, me="@bot:x")
    except convert.BadEvent:
        return
    for value in values:
        assert value.ts.year < 2101
        if isinstance(value, Message):
            assert isinstance(value.text, str)


@given(s.receipt_events)
def test_receipts_never_raise(event: dict[str, Any]) -> None:
    for ack in convert.to_receipt_acks(event, group_id="g1", ignore=["@bot:x"]):
        assert isinstance(ack.member_id, str) and ack.ts.year < 2101
