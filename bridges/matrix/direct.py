"""The Matrix bridge's direct chats: a member writes to the bot (申诉), the bot writes to a member.

A direct chat is a room of the bot and one member, listed in the bot's ``m.direct`` account
data as Matrix clients do, so that the bot's own sessions show it as a direct chat and the
bot finds it again after losing its store. The bot joins one a member of a served room (or
one banned from it, who may appeal) opens with it, and delivers what that member writes
there; a notice to a member (``NOTIFY``) goes to the chat the bot already has with them, or
to one it opens.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
from typing import TYPE_CHECKING, Any

import structlog
from classmod.bridges.matrix import convert
from classmod.bridges.matrix.http import Reply
from classmod.bridges.matrix.sync import remember
from nio import Api, RoomPreset

from classmod.bridge import EventSink

if TYPE_CHECKING:
    from classmod.bridges.matrix.bot import MatrixBridge

log = structlog.get_logger("classmod.matrix")


class DirectChats:
    """The direct chats of one bridge's bot account."""

    def __init__(self, bridge: MatrixBridge) -> None:
        self.bridge = bridge
        self.members: dict[str, str] = {}  # direct chat room id -> the member in it
        self._lock = asyncio.Lock()

    async def load(self) -> None:
        """The DM rooms the bot's ``m.direct`` lists: what members write there is delivered."""
        direct = await self._account_data() or {}
        for member, rooms in direct.items():
            for room_id in rooms if isinstance(rooms, list) else ():
                if isinstance(room_id, str) and isinstance(member, str):
                    self.members[room_id] = member

    async def accept(self, room_id: str, inviter: str) -> None:
        """Join a direct chat a member of a served room (or one banned from it, who may
        appeal) opened with the bot; an invite from anyone else, or to an ordinary room,
        is left alone."""
        bridge = self.bridge
        known = any(inviter in names for names in bridge.sync_loop.names.values()) or any(
            inviter in banned
            for banned in bridge.sync_loop.banned.values()  # banned: may appeal
        )
        if not inviter or not known:
            log.info("room_invite_ignored", room=room_id, inviter=inviter)
            return
        reply = await bridge.http.call(*Api.join(bridge.http.token, room_id))
        log.info("direct_invite_accepted", room=room_id, member=inviter, ok=reply.ok)
        if reply.ok:
            self.members[room_id] = inviter
            await bridge.cursors.set(bridge._key("dm", inviter), room_id)
            await self._mark(inviter, room_id)

    async def handle(self, room: convert.JoinedRoom, sink: EventSink) -> None:
        """Deliver what the member wrote in their direct chat with the bot."""
        bridge = self.bridge
        member = self.members[room.room_id]
        for event in room.timeline:
            event_id = event.get("event_id")
            if not isinstance(event_id, str) or event_id in bridge.sync_loop.seen:
                continue
            remember(bridge.sync_loop.seen, event_id, None)
            private = convert.to_private_message(event, room_id=room.room_id, me=bridge.user_id)
            if private is None or private.sender_id != member:
                continue
            name = next((n[member] for n in bridge.sync_loop.names.values() if n.get(member)), "")
            await bridge.sync_loop.deliver(sink, dataclasses.replace(private, display_name=name))

    async def send(self, member: str, content: dict[str, Any]) -> Reply:
        """Send ``content`` in the bot's direct chat with ``member``, opening one if none
        takes it: the send's reply, or the refused room creation's."""
        bridge = self.bridge
        key = bridge._key("dm", member)
        known = await bridge.cursors.get(key)
        # the bot's m.direct remembers DMs a lost or fresh store does not: no second room
        candidates = [known] if known else list(reversed(await self._rooms_of(member)))
        for dm in candidates:
            reply = await bridge.actions.send(dm, content)
            if reply.ok:
                if dm != known:
                    await bridge.cursors.set(key, dm)
                return reply
        method, path, data = Api.room_create(
            bridge.http.token, is_direct=True, preset=RoomPreset.private_chat, invite=[member]
        )
        created = await bridge.http.call(method, path, data)
        if not created.ok:
            return created
        dm = str(created.body["room_id"])
        await bridge.cursors.set(key, dm)
        reply = await bridge.actions.send(dm, content)
        await self._mark(member, dm)
        return reply

    async def _account_data(self) -> dict[str, Any] | None:
        """The bot's ``m.direct`` (user id → DM room ids); None if it cannot be read."""
        bridge = self.bridge
        reply = await bridge.http.call(*Api.direct_room_list(bridge.http.token, bridge.user_id))
        if reply.ok:
            return dict(reply.body)
        if reply.errcode == "M_NOT_FOUND":
            return {}  # no DM yet
        log.warning("direct_rooms_unreadable", error=reply.errcode)
        return None

    async def _rooms_of(self, member: str) -> list[str]:
        direct = await self._account_data()
        rooms = direct.get(member) if direct else None
        return [r for r in rooms if isinstance(r, str)] if isinstance(rooms, list) else []

    async def _mark(self, member: str, room_id: str) -> None:
        """Add the DM to the bot's ``m.direct`` account data, as Matrix clients do: the
        bot's own sessions list it as a direct chat, and the bot finds it again after
        losing its store. Read, modify, write: one at a time."""
        bridge = self.bridge
        self.members[room_id] = member  # what they write there reaches the app
        async with self._lock:
            direct = await self._account_data()
            if direct is None:
                return
            rooms = direct.get(member)
            rooms = [r for r in rooms if isinstance(r, str)] if isinstance(rooms, list) else []
            if room_id in rooms:
                return
            direct[member] = [*rooms, room_id]
            _, path = Api.direct_room_list(bridge.http.token, bridge.user_id)
            reply = await bridge.http.call("PUT", path, json.dumps(direct))
            if not reply.ok:
                log.warning("direct_room_unmarked", room=room_id, error=reply.errcode)
