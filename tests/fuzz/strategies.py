"""Generators of what a gateway or a homeserver might send: a frame the specification
allows, then mutated: a few of its fields (at any depth) deleted or replaced by any JSON
or by something hostile (nesting a thousand deep, times past any calendar, intervals of
1e308, long strings, unclosed CQ codes)."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

#: what orjson can hand a decoder: no NaN or infinity, integers within 64 bits
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


def nested(depth: int, kind: str) -> Any:
    """``[[[…]]]`` or ``{"a": {"a": …}}``, ``depth`` deep, built without recursion."""
    value: Any = "x"
    for _ in range(depth):
        value = [value] if kind == "list" else {"a": value}
    return value


deep_values = st.builds(
    nested,
    st.sampled_from([33, 100, 990, 1_000, 1_020]) | st.integers(min_value=20, max_value=1_024),
    st.sampled_from(["list", "dict"]),
)
numbers = st.sampled_from(
    [0, -1, 1, 1e17, 1e308, -1e308, 2**53, 2**63 - 1, 2**64 - 1, 1.5, 1e-300, 4_102_444_801]
) | st.integers(min_value=-(2**63), max_value=2**64 - 1)
cq_fragments = st.lists(
    st.sampled_from(
        [
            "[CQ:",
            "[",
            "]",
            ",",
            "=",
            "face",
            "id=1",
            "image",
            "&#91;",
            "&#93;",
            "&#44;",
            "&amp;",
            "&",
            "a",
            "中",
            "\n",
            " ",
            "url=http://x.cn/a",
            "[CQ:at,qq=1]",
            "[CQ:,]",
        ]
    ),
    max_size=30,
).map("".join)
cq_bombs = st.sampled_from(["[CQ:" * 10_000, "[CQ:a," * 10_000, "[CQ:a]" * 10_000])
deep_json_text = st.builds(
    lambda d, k: ("[" * d + "1" + "]" * d) if k == "list" else ('{"a":' * d + "1" + "}" * d),
    st.sampled_from([50_000, 1_025, 1_000]) | st.integers(min_value=1, max_value=60_000),
    st.sampled_from(["list", "dict"]),
)
long_texts = st.sampled_from([1_000, 200_001, 300_000]).map(lambda n: "广" * n)
hostile = deep_values | numbers | long_texts | cq_bombs | deep_json_text
bad_values = st.one_of(json_values, hostile, hostile)


def _slots(value: Any, out: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key) of ``value``, at any depth."""
    stack = [value]
    while stack:
        node = stack.pop()
        items = (
            node.items()
            if isinstance(node, dict)
            else enumerate(node)
            if isinstance(node, list)
            else ()
        )
        for key, child in items:
            out.append((node, key))
            stack.append(child)
    return out


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[Any], most: int = 3) -> Any:
    frame = copy.deepcopy(draw(base))
    slots = _slots(frame, [])
    for _ in range(draw(st.integers(min_value=0, max_value=most))):
        if not slots:
            break
        container, key = draw(st.sampled_from(slots))
        if isinstance(container, dict) and draw(st.booleans()):
            container.pop(key, None)
        else:
            container[key] = draw(bad_values)
    return frame


# --------------------------------------------------------------------------- OneBot v11

qq = st.integers(min_value=10_000, max_value=4_000_000_000)
words = st.text(max_size=30) | st.sampled_from(
    ["加我微信abc12345", "老师好", "http://ad.example.cn"]
)
_v11_segment = st.one_of(
    st.builds(lambda t: {"type": "text", "data": {"text": t}}, words | cq_fragments),
    st.builds(lambda u: {"type": "at", "data": {"qq": str(u)}}, qq),
    st.builds(lambda i: {"type": "reply", "data": {"id": str(i)}}, qq),
    st.builds(
        lambda t: {"type": "image", "data": {"file": "a.jpg", "sub_type": t}},
        st.sampled_from(["0", "1"]),
    ),
    st.just({"type": "face", "data": {"id": "178"}}),
    st.just({"type": "record", "data": {"file": "a.amr"}}),
    st.builds(lambda n: {"type": "file", "data": {"name": n, "file_id": "f1"}}, words),
    st.builds(lambda t: {"type": "share", "data": {"title": t, "url": "http://x.cn/a"}}, words),
    st.builds(
        lambda t: {
            "type": "json",
            "data": {"data": '{"meta":{"news":{"title":"' + t + '","jumpUrl":"http://x.cn"}}}'},
        },
        st.text(alphabet="abc广告", max_size=8),
    ),
    st.just(
        {
            "type": "xml",
            "data": {"data": '<msg brief="b"><title>t</title><item url="http://x.cn"/></msg>'},
        }
    ),
    st.just({"type": "contact", "data": {"type": "group", "id": "42"}}),
    st.just({"type": "location", "data": {"title": "学校", "content": "门口"}}),
    st.just({"type": "forward", "data": {"id": "fw1"}}),
)
_v11_message = st.lists(_v11_segment, min_size=1, max_size=4)
_base_v11 = st.one_of(
    st.fixed_dictionaries(
        {
            "time": st.integers(min_value=1, max_value=2_000_000_000),
            "self_id": st.just(10001),
            "post_type": st.just("message"),
            "message_type": st.just("group"),
            "sub_type": st.sampled_from(["normal", "anonymous"]),
            "group_id": st.sampled_from([123456, 654321]),
            "user_id": qq,
            "message_id": qq,
            "message": _v11_message | cq_fragments,
            "sender": st.fixed_dictionaries(
                {
                    "card": words,
                    "nickname": words,
                    "role": st.sampled_from(["owner", "admin", "member"]),
                }
            ),
            "anonymous": st.none() | st.just({"id": 7, "name": "匿名", "flag": "fl"}),
        }
    ),
    st.fixed_dictionaries(
        {
            "time": st.integers(min_value=1, max_value=2_000_000_000),
            "self_id": st.just(10001),
            "post_type": st.just("notice"),
            "notice_type": st.sampled_from(
                [
                    "group_increase",
                    "group_decrease",
                    "group_ban",
                    "group_recall",
                    "group_admin",
                    "group_card",
                    "group_upload",
                ]
            ),
            "sub_type": st.sampled_from(
                ["invite", "approve", "kick", "ban", "lift_ban", "set", "unset"]
            ),
            "group_id": st.just(123456),
            "user_id": qq,
            "operator_id": qq,
            "message_id": qq,
            "duration": st.integers(min_value=0, max_value=2_592_000),
            "card_new": words,
            "card_old": words,
            "file": st.fixed_dictionaries({"id": st.just("f1"), "name": words}),
        }
    ),
    st.fixed_dictionaries(
        {
            "time": st.integers(min_value=1, max_value=2_000_000_000),
            "post_type": st.just("request"),
            "request_type": st.just("group"),
            "sub_type": st.sampled_from(["add", "invite"]),
            "group_id": st.just(123456),
            "user_id": qq,
            "comment": words,
            "flag": st.just("flag1"),
            "invitor_id": qq,
        }
    ),
    st.fixed_dictionaries(
        {
            "time": st.integers(min_value=1, max_value=2_000_000_000),
            "post_type": st.just("meta_event"),
            "meta_event_type": st.sampled_from(["heartbeat", "lifecycle"]),
            "sub_type": st.just("connect"),
            "interval": st.integers(min_value=1, max_value=60_000),
            "status": st.just({"online": True, "good": True}),
        }
    ),
)
v11_frames = mutated(_base_v11)
v11_messages = mutated(_v11_message | cq_fragments)

# --------------------------------------------------------------------------- OneBot v12

wxid = st.sampled_from(["wxid_p1", "wxid_p2", "wxid_t1"])
_v12_segment = st.one_of(
    st.builds(lambda t: {"type": "text", "data": {"text": t}}, words),
    st.builds(lambda u: {"type": "mention", "data": {"user_id": u}}, wxid),
    st.just({"type": "mention_all", "data": {}}),
    st.just({"type": "reply", "data": {"message_id": "8812", "user_id": "wxid_p1"}}),
    st.just({"type": "image", "data": {"file_id": "img1"}}),
    st.just({"type": "wx.emoji", "data": {"file_id": "e1"}}),
    st.just({"type": "voice", "data": {"file_id": "v1"}}),
    st.builds(lambda n: {"type": "file", "data": {"name": n, "file_id": "f1"}}, words),
    st.builds(
        lambda t: {"type": "wx.link", "data": {"title": t, "des": "d", "url": "http://x.cn"}}, words
    ),
    st.just({"type": "wx.app", "data": {"title": "小程序", "url": "http://x.cn"}}),
    st.just({"type": "location", "data": {"title": "学校", "content": "门口"}}),
)
_v12_self = st.just({"platform": "wechat", "user_id": "wxid_bot"})
_base_v12 = st.one_of(
    st.fixed_dictionaries(
        {
            "id": st.just("e1"),
            "self": _v12_self,
            "time": st.floats(min_value=1, max_value=2e9),
            "type": st.just("message"),
            "detail_type": st.just("group"),
            "sub_type": st.just(""),
            "message_id": st.just("8812"),
            "message": st.lists(_v12_segment, min_size=1, max_size=4),
            "alt_message": words,
            "group_id": st.sampled_from(["12345678@chatroom", "9@chatroom"]),
            "user_id": wxid,
            "wx.nickname": words,
        }
    ),
    st.fixed_dictionaries(
        {
            "id": st.just("e3"),
            "self": _v12_self,
            "time": st.floats(min_value=1, max_value=2e9),
            "type": st.just("notice"),
            "detail_type": st.sampled_from(
                ["group_member_increase", "group_member_decrease", "group_message_delete"]
            ),
            "sub_type": st.sampled_from(["invite", "join", "kick", "leave", "recall"]),
            "group_id": st.just("12345678@chatroom"),
            "user_id": wxid,
            "operator_id": wxid,
            "message_id": st.just("8812"),
        }
    ),
    st.fixed_dictionaries(
        {
            "id": st.just("e6"),
            "time": st.floats(min_value=1, max_value=2e9),
            "type": st.just("meta"),
            "detail_type": st.sampled_from(["heartbeat", "connect", "status_update"]),
            "sub_type": st.just(""),
            "interval": st.integers(min_value=1, max_value=60_000),
        }
    ),
)
v12_frames = mutated(_base_v12)

# --------------------------------------------------------------------------- Matrix

matrix_ts = st.integers(min_value=0, max_value=2_000_000_000_000)
matrix_hostile_ts = st.sampled_from([2**53, 2**53 + 1, -1, 2**63 - 1, 10**17, 4_102_444_800_001])
_user = st.sampled_from(["@p:x", "@q:x", "@bot:x"])
_message_content = st.one_of(
    st.fixed_dictionaries(
        {"msgtype": st.sampled_from(["m.text", "m.notice", "m.emote"]), "body": words}
    ),
    st.fixed_dictionaries(
        {
            "msgtype": st.sampled_from(["m.image", "m.file", "m.video", "m.audio"]),
            "body": words,
            "filename": st.sampled_from(["a.jpg", "说明.pdf"]),
        }
    ),
    st.fixed_dictionaries(
        {
            "msgtype": st.just("m.text"),
            "body": st.just("> <@q:x> 原文\n\n回复"),
            "m.relates_to": st.just({"m.in_reply_to": {"event_id": "$0"}}),
            "m.mentions": st.just({"user_ids": ["@q:x"]}),
        }
    ),
    st.fixed_dictionaries(
        {
            "msgtype": st.just("m.text"),
            "body": words,
            "m.new_content": st.fixed_dictionaries({"msgtype": st.just("m.text"), "body": words}),
            "m.relates_to": st.just({"rel_type": "m.replace", "event_id": "$0"}),
        }
    ),
)
_membership = st.fixed_dictionaries(
    {
        "membership": st.sampled_from(["join", "leave", "ban", "invite", "knock"]),
        "displayname": words,
        "reason": words,
    }
)
_base_event = st.one_of(
    st.fixed_dictionaries(
        {
            "type": st.sampled_from(["m.room.message", "m.sticker"]),
            "event_id": st.just("$1"),
            "sender": _user,
            "origin_server_ts": matrix_ts,
            "content": _message_content,
        }
    ),
    st.fixed_dictionaries(
        {
            "type": st.just("m.room.member"),
            "event_id": st.just("$2"),
            "sender": _user,
            "state_key": _user,
            "origin_server_ts": matrix_ts,
            "content": _membership,
            "unsigned": st.fixed_dictionaries({"prev_content": _membership, "prev_sender": _user}),
        }
    ),
    st.fixed_dictionaries(
        {
            "type": st.just("m.reaction"),
            "event_id": st.just("$3"),
            "sender": _user,
            "origin_server_ts": matrix_ts,
            "content": st.just(
                {"m.relates_to": {"rel_type": "m.annotation", "event_id": "$1", "key": "👍"}}
            ),
        }
    ),
)
matrix_events = mutated(
    _base_event.flatmap(
        lambda e: st.one_of(
            st.just(e), matrix_hostile_ts.map(lambda ts: {**e, "origin_server_ts": ts})
        )
    )
)
_base_receipt = st.fixed_dictionaries(
    {
        "type": st.just("m.receipt"),
        "content": st.dictionaries(
            st.sampled_from(["$1", "$2"]),
            st.fixed_dictionaries(
                {
                    "m.read": st.dictionaries(
                        _user,
                        st.fixed_dictionaries({"ts": matrix_ts | matrix_hostile_ts}),
                        max_size=3,
                    )
                }
            ),
            max_size=2,
        ),
    }
)
receipt_events = mutated(_base_receipt)
_base_room = st.fixed_dictionaries(
    {
        "timeline": st.fixed_dictionaries(
            {
                "events": st.lists(_base_event, max_size=3),
                "limited": st.booleans(),
                "prev_batch": st.just("p1"),
            }
        ),
        "state": st.fixed_dictionaries({"events": st.lists(_base_event, max_size=2)}),
        "ephemeral": st.fixed_dictionaries({"events": st.lists(_base_receipt, max_size=1)}),
    }
)
sync_bodies = mutated(
    st.fixed_dictionaries(
        {
            "next_batch": st.just("s72_1"),
            "rooms": st.fixed_dictionaries(
                {
                    "join": st.dictionaries(
                        st.sampled_from(["!a:x", "!b:x"]), _base_room, max_size=2
                    ),
                    "invite": st.dictionaries(
                        st.just("!c:x"), st.just({"invite_state": {"events": []}}), max_size=1
                    ),
                    "leave": st.dictionaries(st.just("!d:x"), st.just({}), max_size=1),
                }
            ),
        }
    ),
    most=4,
)
