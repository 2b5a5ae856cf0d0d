"""Table tests for the Matrix conversions and power levels, on events recorded from Synapse.

The JSON under ``events/`` was recorded by ``record_events.py`` from a real Synapse
(room version 12). No server is needed here.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from classmod.bridges.matrix import convert
from classmod.bridges.matrix.powerlevels import (
    INFINITE,
    PowerLevels,
    lock_level,
    privileged_creators,
    refusal,
    with_events_default,
    with_user_level,
)

from classmod.bridge import Acknowledgement
from classmod.model import MemberEvent, MemberEventKind, Message, MessageKind

EVENTS = Path(__file__).parent / "events"
ROOM = "g1"
BOT = "@classmod:localhost"
TEACHER = "@zhou:localhost"
PARENT = "@hemom:localhost"
STRANGER = "@stranger:localhost"


def load(name: str) -> Any:
    return json.loads((EVENTS / f"{name}.json").read_text())


def timeline() -> list[dict[str, Any]]:
    return load("timeline")


def converted() -> list[Any]:
    names: dict[str, str] = {}
    for event in load("state_v12_room"):
        convert.update_names(names, event)
    out: list[Any] = []
    for event in timeline():
        out.extend(convert.convert(event, group_id=ROOM, names=names, me=BOT))
        convert.update_names(names, event)
    return out


def test_recorded_timeline_converts_in_order() -> None:
    kinds = [(type(v).__name__, getattr(v, "kind", getattr(v, "via", ""))) for v in converted()]
    assert kinds == [
        ("MemberEvent", MemberEventKind.INVITE),
        ("MemberEvent", MemberEventKind.JOIN),
        ("Message", MessageKind.TEXT),  # the notice with a mention
        ("Message", MessageKind.TEXT),  # 收到 reply
        ("Message", MessageKind.TEXT),  # the ad
        ("Message", MessageKind.TEXT),  # its edit
        ("Message", MessageKind.IMAGE),  # 作业.jpg, no caption
        ("Message", MessageKind.IMAGE),  # a captioned image
        ("Message", MessageKind.FILE),
        ("Message", MessageKind.TEXT),  # m.notice
        ("Acknowledgement", "reaction"),
        ("MemberEvent", MemberEventKind.NAME_CHANGE),
        # the redacted message and the bot's own redaction are not delivered
        ("MemberEvent", MemberEventKind.INVITE),
        # the bot's kick of that invitee is the bot's own doing: not delivered
        ("MemberEvent", MemberEventKind.LEAVE),  # the parent left by themselves
    ]


def test_messages_carry_text_reply_mentions_and_names() -> None:
    messages = [v for v in converted() if isinstance(v, Message)]
    notice, reply, ad, edit, photo, captioned, file, bulletin = messages
    assert notice.sender_id == TEACHER
    assert notice.display_name == "周敏老师"
    assert notice.mentions == (PARENT,)
    assert notice.ts.tzinfo is UTC
    assert reply.text == "收到"  # the quoted fallback is dropped
    assert reply.reply_to == notice.id
    assert reply.display_name == "何雨彤妈妈"
    assert ad.text == "团购水果 加V信 abc123"
    assert edit.text == "团购水果 加ｖｘ abc123"  # judged on the new content
    assert edit.reply_to is None
    assert photo.text == ""  # a bare file name says nothing
    assert captioned.text == "扫码进群领资料"
    assert file.kind is MessageKind.FILE
    assert bulletin.text == "本周五家长会"
    assert all(m.group_id == ROOM for m in messages)


def test_member_events_from_recorded_timeline() -> None:
    members = [v for v in converted() if isinstance(v, MemberEvent)]
    invite, join, rename, stranger_invite, left = members
    assert (invite.member_id, invite.invited_by, invite.display_name) == (
        PARENT,
        TEACHER,
        "何雨彤妈妈",
    )
    assert (join.invited_by, join.via) == (TEACHER, "invite")
    assert (rename.previous_name, rename.display_name) == ("何雨彤妈妈", "何雨彤妈妈-138")
    assert (stranger_invite.member_id, stranger_invite.invited_by) == (STRANGER, PARENT)
    assert (left.member_id, left.invited_by, left.previous_name) == (PARENT, "", "何雨彤妈妈-138")


def test_reaction_and_receipt_are_acknowledgements() -> None:
    notice_id = next(v for v in converted() if isinstance(v, Message)).id
    reaction = next(v for v in converted() if isinstance(v, Acknowledgement))
    assert (reaction.member_id, reaction.message_id, reaction.via) == (
        PARENT,
        notice_id,
        "reaction",
    )
    (receipt_event,) = load("ephemeral")
    (ack,) = convert.to_receipt_acks(receipt_event, group_id=ROOM)
    assert (ack.member_id, ack.message_id, ack.via) == (PARENT, notice_id, "receipt")
    assert ack.ts > datetime(2020, 1, 1, tzinfo=UTC)
    assert convert.to_receipt_acks(receipt_event, group_id=ROOM, ignore=[PARENT]) == ()


def test_parse_sync_reads_limited_timeline() -> None:
    batch = convert.parse_sync(load("sync_body"))
    (room,) = batch.joined
    assert batch.next_batch.startswith("s")
    assert room.limited is True
    assert room.prev_batch
    assert len(room.timeline) == 10
    assert room.ephemeral[0]["type"] == "m.receipt"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("> <@a:x> 原文\n\n回复", "回复"),
        ("> <@a:x> 第一行\n> 第二行\n\n回复\n第二段", "回复\n第二段"),
        ("没有引用", "没有引用"),
        (">不是回退", ">不是回退"),
    ],
)
def test_strip_reply_fallback(body: str, expected: str) -> None:
    assert convert.strip_reply_fallback(body) == expected


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        ({"type": "m.room.message", "content": {}}, None),  # no id/sender
        (
            {"type": "m.room.message", "event_id": "$r", "sender": "@a:x", "content": {}},
            None,  # redacted
        ),
        (
            {
                "type": "m.room.message",
                "event_id": "$v",
                "sender": "@a:x",
                "content": {"msgtype": "m.audio", "body": "语音.ogg"},
            },
            MessageKind.VOICE,
        ),
        (
            {"type": "m.sticker", "event_id": "$s", "sender": "@a:x", "content": {"body": "赞"}},
            MessageKind.STICKER,
        ),
        (
            {
                "type": "m.room.message",
                "event_id": "$u",
                "sender": "@a:x",
                "content": {"msgtype": "org.example.custom", "body": "hi"},
            },
            MessageKind.TEXT,
        ),
        ({"type": "m.room.topic", "event_id": "$t", "sender": "@a:x", "content": {}}, None),
    ],
)
def test_message_kinds(event: dict[str, Any], expected: MessageKind | None) -> None:
    message = convert.to_message(event, group_id=ROOM)
    assert (message.kind if message else None) == expected


def _member(membership: str, prev: dict[str, Any] | None, **extra: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "type": "m.room.member",
        "event_id": "$m",
        "sender": extra.pop("sender", "@p:x"),
        "state_key": "@p:x",
        "origin_server_ts": 1_700_000_000_000,
        "content": {"membership": membership, **extra},
    }
    if prev is not None:
        event["unsigned"] = {"prev_content": prev}
    return event


@pytest.mark.parametrize(
    ("event", "kind", "via"),
    [
        (_member("join", None, displayname="A"), MemberEventKind.JOIN, "link"),
        (
            _member("join", {"membership": "knock"}, displayname="A"),
            MemberEventKind.JOIN,
            "request",
        ),
        (
            _member("join", {"membership": "join", "displayname": "A"}, displayname="A"),
            None,
            "",
        ),  # avatar change
        (
            _member("knock", None, reason="我是何雨彤外婆"),
            MemberEventKind.JOIN_REQUEST,
            "request",
        ),
        (
            _member("ban", {"membership": "join"}, sender="@bot:x"),
            MemberEventKind.LEAVE,
            "ban",
        ),
        (
            _member("leave", {"membership": "join"}, sender="@t:x", reason="退群"),
            MemberEventKind.LEAVE,
            "leave",
        ),  # kicked by a teacher
        (_member("leave", {"membership": "leave"}), None, ""),  # already gone
        (_member("leave", {"membership": "ban"}, sender="@bot:x"), None, ""),  # unban
    ],
)
def test_member_transitions(event: dict[str, Any], kind: MemberEventKind | None, via: str) -> None:
    result = convert.to_member_event(event, group_id=ROOM)
    assert (result.kind if result else None) == kind
    if result is not None:
        assert result.via == via


def test_own_events_are_not_delivered() -> None:
    event = {
        "type": "m.room.message",
        "event_id": "$x",
        "sender": BOT,
        "content": {"msgtype": "m.notice", "body": "warn"},
    }
    assert convert.convert(event, group_id=ROOM, names={}, me=BOT) == ()


def test_own_join_index_marks_where_our_history_starts() -> None:
    state = load("state_v12_room")
    index = convert.own_join_index(state, BOT)
    assert index is not None
    assert state[index]["state_key"] == BOT
    assert convert.own_join_index(timeline(), BOT) is None


def test_warn_content_replies_and_mentions() -> None:
    content = convert.warn_content("请勿发广告（R06）", member_id=PARENT, reply_to_event="$ad")
    assert content == {
        "msgtype": "m.notice",
        "body": "请勿发广告（R06）",
        "m.mentions": {"user_ids": [PARENT]},
        "m.relates_to": {"m.in_reply_to": {"event_id": "$ad"}},
    }
    assert convert.notice_content("hi")["m.mentions"] == {}


# -- power levels ---------------------------------------------------------------------


def recorded_levels() -> PowerLevels:
    return PowerLevels.from_state(load("state_v12_room"))


def test_v12_creator_is_infinite_and_bot_has_100() -> None:
    levels = recorded_levels()
    assert levels.room_version == "12"
    assert levels.creators == frozenset({TEACHER})
    assert levels.user_level(TEACHER) == INFINITE
    assert levels.user_level(BOT) == 100
    assert levels.user_level(PARENT) == 0
    assert refusal(levels, BOT, PARENT, "mute") is None
    reason = refusal(levels, BOT, TEACHER, "kick")
    assert reason is not None and "创建者" in reason and "creator" in reason


@pytest.mark.parametrize(
    ("version", "privileged"),
    [
        ("1", False),
        ("10", False),
        ("11", False),
        ("12", True),
        ("13", True),
        ("org.matrix.hydra.11", True),
        ("org.matrix.msc2176", False),
    ],
)
def test_privileged_creator_versions(version: str, privileged: bool) -> None:
    assert privileged_creators(version) is privileged


def _levels(version: str, users: dict[str, Any], **fields: Any) -> PowerLevels:
    create = {
        "type": "m.room.create",
        "state_key": "",
        "sender": "@creator:x",
        "content": {"room_version": version, "additional_creators": ["@co:x"]},
    }
    content = {"users": users, **fields}
    return PowerLevels.from_events(create, content)


@pytest.mark.parametrize(
    ("levels", "actor", "target", "action", "refused"),
    [
        (_levels("12", {"@bot:x": 100}), "@bot:x", "@p:x", "kick", False),
        (_levels("12", {"@bot:x": 100}), "@bot:x", "@co:x", "ban", True),  # additional creator
        (_levels("11", {"@bot:x": 100, "@creator:x": 100}), "@bot:x", "@creator:x", "kick", True),
        (_levels("11", {"@bot:x": 100, "@creator:x": 100}), "@bot:x", "@co:x", "kick", False),
        (_levels("10", {"@bot:x": 50, "@t:x": 50}), "@bot:x", "@t:x", "mute", True),  # equal
        (
            _levels("10", {"@bot:x": 50}, events={"m.room.power_levels": 100}),
            "@bot:x",
            "@p:x",
            "mute",
            True,
        ),  # changing power levels needs 100 here
        (_levels("10", {"@bot:x": 40}, kick=50), "@bot:x", "@p:x", "kick", True),
        (_levels("10", {"@bot:x": "100"}), "@bot:x", "@p:x", "ban", False),  # string level
        (_levels("10", {"@bot:x": 100, "@p:x": 100}), "@bot:x", "@p:x", "unban", False),
    ],
)
def test_refusals(levels: PowerLevels, actor: str, target: str, action: str, refused: bool) -> None:
    assert (refusal(levels, actor, target, action) is not None) is refused


def test_no_power_levels_event_gives_creator_100() -> None:
    levels = PowerLevels.from_events(
        {"type": "m.room.create", "sender": "@c:x", "content": {"room_version": "10"}}, None
    )
    assert levels.user_level("@c:x") == 100
    assert levels.user_level("@p:x") == 0
    assert levels.state_default == 0


def test_mute_lock_contents() -> None:
    levels = _levels("12", {"@bot:x": 100}, events={"m.room.message": 5, "m.reaction": 3})
    assert levels.muted_level() == -1  # below events_default 0
    content = with_user_level(levels.content or {}, "@p:x", levels.muted_level())
    muted = PowerLevels.from_events(
        {"sender": "@creator:x", "content": {"room_version": "12"}}, content
    )
    assert muted.is_muted("@p:x") and not muted.is_muted("@bot:x")
    assert "@p:x" not in with_user_level(content, "@p:x", None)["users"]
    assert with_events_default(content, 50)["events_default"] == 50
    assert lock_level(levels, "@bot:x") == 50
    assert lock_level(_levels("12", {"@bot:x": 30}), "@bot:x") == 30
    assert levels.send_level() == 5


def test_who_is_banned_is_tracked_from_member_state() -> None:
    """A member banned from a served room may still open a direct chat to appeal."""

    def member(user: str, membership: str) -> dict[str, Any]:
        return {
            "type": "m.room.member",
            "state_key": user,
            "sender": TEACHER,
            "content": {"membership": membership},
        }

    banned: set[str] = set()
    for event in (member(STRANGER, "join"), member(STRANGER, "ban"), member(PARENT, "ban")):
        convert.update_banned(banned, event)
    assert banned == {STRANGER, PARENT}
    convert.update_banned(banned, member(PARENT, "leave"))  # unbanned
    convert.update_banned(banned, {"type": "m.room.message", "content": {"body": "ban"}})
    assert banned == {STRANGER}
