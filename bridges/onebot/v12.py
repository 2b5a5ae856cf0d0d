"""WeChat through a OneBot 12 gateway (ComWeChat-style).

WeChat gives a bot messages and removal (``wx.delete_groupmember``, owner only) and nothing
else: no mute, no recall of others' messages, no renaming others, no whole-group mute, no
join approval. The bridge declares exactly that; the core policy downgrades the rest
(warn → remove → report to staff). A removal is confirmed by ``group_member_decrease``.
OneBot 12 message events carry no sender name, so names are read (and cached for a while)
from ``get_group_member_info``.

After a reconnect (the ``meta.connect`` event) or a restart, a WebSocket link also asks for
what the gateway buffered meanwhile with ``get_latest_events`` (interface/action/meta.md),
unless events come by polling anyway (``http_poll``). A replayed removal of a member
``get_group_member_info`` no longer finds is already done.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any, ClassVar

from classmod.bridges.onebot import convert_v12 as cv
from classmod.bridges.onebot.base import OneBotBridgeBase
from classmod.bridges.onebot.bounds import MalformedEvent
from classmod.bridges.onebot.platform import WECHAT
from classmod.bridges.onebot.protocol import Call, Decoded, Refusal, Signal
from classmod.bridges.onebot.transport import GatewayError

from classmod.bridge import InboundEvent
from classmod.model import (
    Action,
    ActionKind,
    Group,
    Member,
    MemberEvent,
    Message,
    Outcome,
    Platform,
)

NAME_TTL = timedelta(minutes=10)


class OneBotV12Bridge(OneBotBridgeBase):
    platform = Platform.WECHAT
    version = 12
    capabilities = WECHAT.capabilities  # registered once: platform.py
    notice_names: ClassVar[Mapping[str, str]] = {
        "decrease": "group_member_decrease",
        "increase": "group_member_increase",
        "recall": "group_message_delete",
    }
    unsupported_retcodes = frozenset({10002})  # interface/README.md: unsupported action

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._names: dict[tuple[str, str], tuple[str, datetime]] = {}
        self.self_id = ""  # the bot's own id, from the events' ``self`` (left out of lists)

    def decode(self, frame: Mapping[str, Any], received_at: datetime) -> Decoded:
        return cv.decode_event(frame, self.groups, received_at=received_at, platform=self.platform)

    def learn(self, decoded: Decoded, frame: Mapping[str, Any]) -> None:
        me = frame.get("self")
        if not self.self_id and isinstance(me, Mapping) and isinstance(me.get("user_id"), str):
            self.self_id = me["user_id"]
        if decoded.signal is not None and decoded.signal.kind == "decrease":
            self._names.pop((decoded.signal.group, decoded.signal.user), None)

    async def enrich(self, event: InboundEvent) -> InboundEvent:
        if not isinstance(event, Message | MemberEvent) or event.display_name:
            return event
        group = self.groups_by_id.get(event.group_id)
        if group is None:
            return event
        user = event.sender_id if isinstance(event, Message) else event.member_id
        name = await self._display_name(group.platform_id, user)
        if not name:
            return event
        return replace(event, display_name=name)

    async def _display_name(self, gid: str, user: str) -> str:
        now = self.clock()
        cached = self._names.get((gid, user))
        if cached is not None and now - cached[1] < NAME_TTL:
            return cached[0]
        info = await self._member_info(gid, user)
        if info is None:
            return cached[0] if cached else ""
        self._names[(gid, user)] = (info[1], now)
        return info[1]

    async def _member_info(self, gid: str, user: str) -> tuple[str, str, str] | None:
        try:
            response = await self.call("get_group_member_info", {"group_id": gid, "user_id": user})
        except GatewayError:
            return None
        data = response.get("data")
        if not cv.response_ok(response)[0] or not isinstance(data, Mapping):
            return None
        try:
            return cv.member_from_info(data)
        except MalformedEvent:
            return None

    async def fetch_missed(self, groups: Sequence[Group]) -> list[Mapping[str, Any]] | None:
        """What the gateway buffered (``get_latest_events`` without waiting), oldest first,
        up to ``history_pages`` pages; None when it has no such action."""
        frames: list[Mapping[str, Any]] = []
        floor = self.oldest_wanted(None)
        params = {"limit": self.history_page_size, "timeout": 0}
        for _ in range(self.history_pages):
            try:
                response = await self.call("get_latest_events", params)
            except GatewayError as exc:
                self.log.warning("history_fetch_failed", detail=str(exc))
                break
            ok, detail = cv.response_ok(response)
            if not ok:
                if not frames and response.get("retcode") in self.unsupported_retcodes:
                    self.history_unsupported("get_latest_events", response)
                    return None
                self.log.warning(
                    "history_fetch_failed", retcode=response.get("retcode"), detail=detail[:200]
                )
                break
            data = response.get("data")
            if not isinstance(data, list):
                self.log.warning("history_fetch_failed", detail="data is not a list")
                break
            for frame in data:
                if not isinstance(frame, Mapping):
                    continue
                t = frame.get("time")
                stale = isinstance(t, int | float) and frame.get("type") == "message" and t < floor
                if not stale:
                    frames.append(frame)
            if len(data) < self.history_page_size:
                break
        else:
            self.log.warning("history_truncated", pages=self.history_pages, reason="page limit")
        return frames

    async def already_done(self, action: Action, group: Group) -> str:
        """Why a replayed ``action`` need not be carried out (``classmod.actions.ReplayCheck``)."""
        if action.kind != ActionKind.KICK or not action.member_id:
            return ""
        params = {"group_id": group.platform_id, "user_id": action.member_id}
        try:
            response = await self.call("get_group_member_info", params)
        except GatewayError:
            return ""
        ok, detail = cv.response_ok(response)
        if ok or response.get("retcode") in self.unsupported_retcodes:
            return ""
        return f"member already gone (get_group_member_info: {detail[:200]})"

    def action_call(self, action: Action, group: Group) -> Call | Refusal:
        return cv.action_call(action, group.platform_id)

    def expected_signal(self, action: Action, group: Group) -> Signal | None:
        return cv.expected_signal(action, group.platform_id)

    def response_ok(self, response: Mapping[str, Any]) -> tuple[bool, str]:
        return cv.response_ok(response)

    async def member_info(self, group: Group, member_id: str) -> Member | None:
        info = await self._member_info(group.platform_id, member_id)
        return None if info is None else Member(id=info[0], display_name=info[1])

    async def member_list(self, group: Group) -> list[Member] | None:
        try:
            response = await self.call("get_group_member_list", {"group_id": group.platform_id})
        except GatewayError as exc:
            self.log.warning("member_list_failed", group=group.id, detail=str(exc))
            return None  # not an empty group: unknown
        data = response.get("data")
        if not cv.response_ok(response)[0] or not isinstance(data, list):
            self.log.warning("member_list_failed", group=group.id, retcode=response.get("retcode"))
            return None  # not an empty group: unknown
        members = []
        now = self.clock()
        for item in data:
            if isinstance(item, Mapping):
                try:
                    user, display, _ = cv.member_from_info(item)
                except MalformedEvent:
                    continue
                self._names[(group.platform_id, user)] = (display, now)
                if user != self.self_id:
                    members.append(Member(id=user, display_name=display))
        return members

    async def post(self, room: str, text: str) -> Outcome:
        """Send ``text`` to a configured group (its id or WeChat group id) or ``private:<wxid>``."""
        action = Action(kind=ActionKind.ALERT_STAFF, group_id=room, text=text)
        message = [{"type": "text", "data": {"text": text}}]
        if room.startswith("private:"):
            params: dict[str, Any] = {"detail_type": "private", "user_id": room.split(":", 1)[1]}
        else:
            group = self.group_for_room(room)
            params = {
                "detail_type": "group",
                "group_id": group.platform_id if group is not None else room,
            }
        try:
            response = await self.call("send_message", {**params, "message": message})
        except GatewayError as exc:
            return Outcome(action=action, ok=False, detail=str(exc))
        ok, detail = cv.response_ok(response)
        return Outcome(action=action, ok=ok, detail=detail or "send_message")
