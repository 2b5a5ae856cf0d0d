"""Message segments: the part of reading a OneBot message that v11 and v12 share. Pure.

Both specifications carry a message as ``{"type": str, "data": {…}}`` segments, and a moderator
wants the same of either: the text (with what cards, files and places show), the message it
replies to, who it mentions, one :class:`MessageKind`. The vocabulary differs, and stays in each
converter as a table of segment type → handler (``convert_v11.SEGMENTS``: ``at``/``qq``,
``reply``/``id``, ``record``, QQ cards; ``convert_v12.SEGMENTS``: ``mention``/``user_id``,
``reply``/``message_id``, ``voice``, ComWeChat's ``wx.*``); the handlers here are the
spec-neutral ones those tables are built from. Types a table does not name are ignored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from classmod.model import MessageKind

Segment = dict[str, Any]  # {"type": str, "data": {str: Any}}

#: kinds a segment can give a message, most telling first: the first one present wins,
#: except that stickers only count for a message without text
_KIND_ORDER = (
    ("card", MessageKind.LINK_CARD),
    ("file", MessageKind.FILE),
    ("image", MessageKind.IMAGE),
    ("voice", MessageKind.VOICE),
)


def join(*parts: Any) -> str:
    """The non-empty parts, as strings, separated by spaces."""
    return " ".join(str(p) for p in parts if p)


def text_segment(text: str) -> Segment:
    """A ``text`` segment (the same in v11 and v12)."""
    return {"type": "text", "data": {"text": text}}


@dataclass(slots=True)
class Content:
    """What a message's segments add up to, gathered as they are read."""

    plain: list[str] = field(default_factory=list)  # text segments, concatenated as sent
    extras: list[str] = field(default_factory=list)  # card titles and links, file names, …
    reply_to: str | None = None
    mentions: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)  # "card" "file" "image" "voice" "sticker"
    file_id: str = ""  # the first file's id, where the spec gives one

    def text(self) -> str:
        """The plain text; extras follow it, space-separated, so text rules see them too."""
        plain = "".join(self.plain)
        return join(plain, *self.extras) if any(self.extras) else plain

    def summary(self) -> tuple[MessageKind, str, str | None, tuple[str, ...]]:
        """``(kind, text, reply_to, mentions)``; empty mentions are dropped."""
        text = self.text()
        kinds = self.kinds
        found = next((k for name, k in _KIND_ORDER if name in kinds), None) if kinds else None
        if found is None:
            sticker = "sticker" in self.kinds and not text.strip()
            found = MessageKind.STICKER if sticker else MessageKind.TEXT
        return found, text, self.reply_to, tuple(m for m in self.mentions if m)


Handler = Callable[[Content, Mapping[str, Any]], None]


def read_segments(segments: Iterable[Segment], handlers: Mapping[str, Handler]) -> Content:
    """Run each segment's ``data`` through the handler for its ``type``, in order."""
    content = Content()
    for seg in segments:
        handler = handlers.get(seg.get("type", ""))
        if handler is not None:
            handler(content, seg.get("data") or {})
    return content


def _first(data: Mapping[str, Any], keys: Sequence[str]) -> Any:
    """The first truthy value under ``keys``, or ``""``."""
    return next((v for v in (data.get(k) for k in keys) if v), "")


# --------------------------------------------------------------------------- handlers


def text(content: Content, data: Mapping[str, Any]) -> None:
    content.plain.append(str(data.get("text", "")))


def mention(key: str) -> Handler:
    """A mention of the user whose id is ``data[key]`` (v11 ``qq``, v12 ``user_id``)."""

    def handle(content: Content, data: Mapping[str, Any]) -> None:
        content.mentions.append(str(data.get(key, "")))

    return handle


def mention_literal(who: str) -> Handler:
    """A mention of a fixed target (v12 ``mention_all`` → ``"all"``)."""

    def handle(content: Content, data: Mapping[str, Any]) -> None:
        content.mentions.append(who)

    return handle


def reply(key: str) -> Handler:
    """A reply to the message whose id is ``data[key]``; the last reply segment wins."""

    def handle(content: Content, data: Mapping[str, Any]) -> None:
        content.reply_to = str(data.get(key, "")) or None

    return handle


def kind(name: str) -> Handler:
    """A segment that only marks the message's kind (``"image"``, ``"voice"``, ``"sticker"``)."""

    def handle(content: Content, data: Mapping[str, Any]) -> None:
        content.kinds.add(name)

    return handle


def file(*, names: Sequence[str] = (), ids: Sequence[str] = ()) -> Handler:
    """A file: its name (first of ``names``) joins the text; its id (first of ``ids``) is kept."""

    def handle(content: Content, data: Mapping[str, Any]) -> None:
        content.kinds.add("file")
        name = _first(data, names)
        if name:
            content.extras.append(str(name))
        if ids and not content.file_id:
            content.file_id = str(_first(data, ids))

    return handle


def card(*keys: str) -> Handler:
    """A link card whose title, description and URL are under ``keys``, in the text's order."""

    def handle(content: Content, data: Mapping[str, Any]) -> None:
        content.kinds.add("card")
        content.extras.append(join(*(data.get(k) for k in keys)))

    return handle


def extra(*keys: str) -> Handler:
    """A segment whose ``keys`` join the text without changing the kind (e.g. ``location``)."""

    def handle(content: Content, data: Mapping[str, Any]) -> None:
        content.extras.append(join(*(data.get(k) for k in keys)))

    return handle


def label(words: str) -> Handler:
    """A segment shown as fixed ``words`` in the text (v11 ``forward`` → ``[合并转发]``)."""

    def handle(content: Content, data: Mapping[str, Any]) -> None:
        content.extras.append(words)

    return handle
