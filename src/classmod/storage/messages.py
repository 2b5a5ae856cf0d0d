"""Message locators: where a message is and who sent it, never its text (``messages``).

A reply-targeted command or a deletion needs them after a restart; the retention period
drops them with the evidence.
"""

from __future__ import annotations

from datetime import datetime

from classmod.model import Message
from classmod.storage.records import stamp
from classmod.storage.writer import BatchWriter, insert


class SqliteMessages:
    """The message locators (``Messages``) of the SQLite store."""

    def __init__(self, writer: BatchWriter) -> None:
        self._writer = writer

    def queue(self, message: Message) -> None:
        """Remember where a message is and who sent it (no text): a reply-targeted command
        or a deletion needs it after a restart."""
        self._writer.queue(
            insert(
                "messages",
                ("group_id", "message_id", "sender_id", "display_name", "ts", "reply_to"),
                verb="INSERT OR IGNORE",
            ),
            (
                message.group_id,
                message.id,
                message.sender_id,
                message.display_name,
                stamp(message.ts),
                message.reply_to,
            ),
        )

    async def get(self, group_id: str, message_id: str) -> Message | None:
        """A stored message locator as a Message without its text."""
        rows = await self._writer.read(
            "SELECT sender_id, display_name, ts, reply_to FROM messages"
            " WHERE group_id = ? AND message_id = ?",
            (group_id, message_id),
        )
        if not rows:
            return None
        r = rows[0]
        return Message(
            id=message_id,
            group_id=group_id,
            sender_id=r[0],
            display_name=r[1],
            text="",
            ts=datetime.fromisoformat(r[2]),
            reply_to=r[3],
        )

    async def last_name(self, group_id: str, member_id: str) -> str | None:
        """The display name of the member's latest stored message in the group."""
        rows = await self._writer.read(
            "SELECT display_name FROM messages WHERE group_id = ? AND sender_id = ?"
            " ORDER BY ts DESC LIMIT 1",
            (group_id, member_id),
        )
        return str(rows[0][0]) if rows else None

    async def senders(self, key: str) -> list[tuple[str, str]]:
        """(group, member) of the stored messages sent by ``key`` (an id) or under ``key``
        (a display name), newest first."""
        rows = await self._writer.read(
            "SELECT group_id, sender_id FROM messages WHERE display_name = ? OR sender_id = ?"
            " GROUP BY group_id, sender_id ORDER BY MAX(ts) DESC LIMIT 20",
            (key, key),
        )
        return [(r[0], r[1]) for r in rows]
