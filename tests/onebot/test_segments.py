"""Unit tests of the spec-neutral segment reading that the v11 and v12 converters share."""

from __future__ import annotations

from typing import Any

import pytest
from classmod.bridges.onebot import convert_v11, convert_v12
from classmod.bridges.onebot import segments as seg

from classmod.model import MessageKind


def s(kind: str, **data: Any) -> seg.Segment:
    return {"type": kind, "data": data}


TABLE: dict[str, seg.Handler] = {
    "text": seg.text,
    "who": seg.mention("uid"),
    "everyone": seg.mention_literal("all"),
    "re": seg.reply("mid"),
    "pic": seg.kind("image"),
    "sound": seg.kind("voice"),
    "emoji": seg.kind("sticker"),
    "doc": seg.file(names=("name", "alt"), ids=("fid", "id")),
    "clip": seg.file(),
    "link": seg.card("title", "desc", "url"),
    "place": seg.extra("title", "addr"),
    "fwd": seg.label("[转发]"),
}


def summary(*segments: seg.Segment) -> tuple[MessageKind, str, str | None, tuple[str, ...]]:
    return seg.read_segments(segments, TABLE).summary()


def test_join_skips_empty_parts_and_stringifies() -> None:
    assert seg.join("a", "", None, 0, 3, "b") == "a 3 b"
    assert seg.join() == ""


def test_text_segment() -> None:
    assert seg.text_segment("hi") == {"type": "text", "data": {"text": "hi"}}


def test_plain_text_is_concatenated_and_extras_are_space_separated() -> None:
    kind, text, reply_to, mentions = summary(
        s("text", text="看"), s("text", text="这里"), s("place", title="学校", addr="路1号")
    )
    assert (kind, text, reply_to, mentions) == (MessageKind.TEXT, "看这里 学校 路1号", None, ())


def test_empty_extras_leave_the_text_alone() -> None:
    assert summary(s("text", text=" a "), s("place"))[1] == " a "


def test_unknown_types_and_missing_data_are_ignored() -> None:
    content = seg.read_segments([s("nope", text="x"), {"type": "text"}], TABLE)
    assert content.summary() == (MessageKind.TEXT, "", None, ())


def test_mentions_keep_order_and_drop_empty_ids() -> None:
    mentions = summary(s("who", uid="u1"), s("who"), s("everyone"), s("who", uid=7))[3]
    assert mentions == ("u1", "all", "7")


def test_last_reply_wins_and_an_empty_one_clears_it() -> None:
    assert summary(s("re", mid="1"), s("re", mid="2"))[2] == "2"
    assert summary(s("re", mid="1"), s("re", mid=""))[2] is None


@pytest.mark.parametrize(
    ("segments", "kind"),
    [
        ([s("link", url="http://x"), s("doc", name="a"), s("pic")], MessageKind.LINK_CARD),
        ([s("doc"), s("pic"), s("sound")], MessageKind.FILE),
        ([s("pic"), s("sound"), s("emoji")], MessageKind.IMAGE),
        ([s("sound"), s("emoji")], MessageKind.VOICE),
        ([s("emoji"), s("text", text="  ")], MessageKind.STICKER),
        ([s("emoji"), s("text", text="哈")], MessageKind.TEXT),
        ([s("emoji"), s("fwd")], MessageKind.TEXT),  # a label is text, so no sticker
        ([], MessageKind.TEXT),
    ],
)
def test_kind_precedence(segments: list[seg.Segment], kind: MessageKind) -> None:
    assert summary(*segments)[0] == kind


def test_file_name_and_first_id() -> None:
    content = seg.read_segments(
        [s("doc", alt="b.pdf", id="F1"), s("doc", name="c.pdf", fid="F2"), s("clip", id="F3")],
        TABLE,
    )
    assert content.summary()[:2] == (MessageKind.FILE, "b.pdf c.pdf")
    assert content.file_id == "F1"


def test_file_without_id_keys_keeps_no_id() -> None:
    content = seg.read_segments([s("clip", name="v.mp4", id="F3")], TABLE)
    assert content.summary()[1] == ""  # no name keys either
    assert content.file_id == ""


def test_card_joins_its_keys_in_order() -> None:
    kind, text, *_ = summary(s("text", text="快看"), s("link", url="http://u", title="T"))
    assert (kind, text) == (MessageKind.LINK_CARD, "快看 T http://u")


def test_the_spec_tables_keep_their_own_vocabulary() -> None:
    # v11: at/qq, reply/id, record; v12: mention/user_id, reply/message_id, voice
    v11 = [s("at", qq="1"), s("reply", id="9"), s("record"), s("mention", user_id="2")]
    v12 = [s("mention", user_id="2"), s("reply", message_id="8"), s("voice"), s("at", qq="1")]
    assert convert_v11.message_content(v11)[:4] == (MessageKind.VOICE, "", "9", ("1",))
    assert convert_v12.message_content(v12) == (MessageKind.VOICE, "", "8", ("2",))
    assert convert_v11.message_content([s("voice"), s("wx.emoji")])[0] == MessageKind.TEXT
    assert convert_v12.message_content([s("record"), s("face")])[0] == MessageKind.TEXT
