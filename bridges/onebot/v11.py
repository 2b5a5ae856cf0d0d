"""QQ through a OneBot v11 gateway (NapCat, Lagrange.OneBot).

Every punishing action is confirmed by the notice the specification defines for its effect
(``group_ban``, ``group_decrease``, ``group_recall``): gateways are known to answer ``ok`` to a
mute or kick that did nothing, so an ``ok`` without its notice is ``Outcome(ok=False)``.
Renaming is checked by reading the card back. The bot's and the target's QQ roles are
learnt from ``sender.role``, ``group_admin`` notices and member info: an admin bot cannot
touch the owner or other admins, and says so instead of failing silently.

After a reconnect or a restart the bridge reads ``get_group_msg_history`` (NapCat,
Lagrange.OneBot) back to each group's cursor (see ``base``). A replayed action (the outbox
after a crash) is first checked against the platform (:meth:`OneBotV11Bridge.already_done`):
a message ``get_msg`` no longer finds was deleted, a member ``get_group_member_info`` no
longer finds is gone, one whose ``shut_up_timestamp`` lies ahead is muted already.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any, ClassVar

from classmod.bridges.onebot import convert_v11 as cv
from classmod.bridges.onebot import protocol
from classmod.bridges.onebot.base import Cursor, OneBotBridgeBase
from classmod.bridges.onebot.platform import QQ
from classmod.bridges.onebot.transport import GatewayError

from classmod.bridge import InboundEvent
from classmod.model import (
    Action,
    ActionKind,
    Group,
    Member,
    MemberEvent,
    MemberEventKind,
    Outcome,
    Platform,
    RefusalReason,
)

_TOUCHES_MEMBER = {
    ActionKind.MUTE: "禁言",
    ActionKind.UNMUTE: "解除禁言",
    ActionKind.KICK: "移出",
    ActionKind.BAN: "移出并拉黑",
    ActionKind.DELETE: "撤回消息",
    ActionKind.TIDY: "撤回消息",
    ActionKind.SET_NICKNAME: "修改群名片",
}


class OneBotV11Bridge(OneBotBridgeBase):
    platform = Platform.QQ
    version = 11
    capabilities = QQ.capabilities  # registered once: platform.py
    notice_names: ClassVar[Mapping[str, str]] = {
        "ban": "group_ban",
        "lift_ban": "group_ban lift_ban",
        "decrease": "group_decrease",
        "recall": "group_recall",
        "increase": "group_increase",
    }
    keeps_cursors = True
    unsupported_retcodes = frozenset({1404})  # communication/ws.md: no such action

    def __init__(self, *args: Any, self_id: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.self_id = self_id
        self.roles: dict[tuple[str, str], str] = {}
        self._request_types: OrderedDict[str, str] = OrderedDict()
        self._anonymous_flags: OrderedDict[tuple[str, str], str] = OrderedDict()

    # ------------------------------------------------------------------ decoding

    def decode(self, frame: Mapping[str, Any], received_at: datetime) -> protocol.Decoded:
        return cv.decode_event(frame, self.groups, received_at=received_at, platform=self.platform)

    def learn(self, decoded: protocol.Decoded, frame: Mapping[str, Any]) -> None:
        sid = frame.get("self_id")
        if not self.self_id and isinstance(sid, int | str) and not isinstance(sid, bool):
            self.self_id = str(sid)
        if decoded.role is not None:
            gid, user, role = decoded.role
            self.roles[(gid, user)] = role
        if decoded.anonymous is not None:
            gid, user, flag = decoded.anonymous
            self._anonymous_flags[(gid, user)] = flag
            self._anonymous_flags.move_to_end((gid, user))
            while len(self._anonymous_flags) > 10_000:
                self._anonymous_flags.popitem(last=False)
        if decoded.signal is not None and decoded.signal.kind == "decrease":
            self.roles.pop((decoded.signal.group, decoded.signal.user), None)
        event = decoded.inbound
        if isinstance(event, MemberEvent) and event.request_flag:
            self._request_types[event.request_flag] = decoded.request_sub_type
            while len(self._request_types) > 10_000:
                self._request_types.popitem(last=False)

    async def enrich(self, event: InboundEvent) -> InboundEvent:
        """A join notice carries no name: read the new member's card (R02 checks names)."""
        if not (isinstance(event, MemberEvent) and event.kind == MemberEventKind.JOIN):
            return event
        if event.display_name:
            return event
        group = self.groups_by_id.get(event.group_id)
        if group is None:
            return event
        info = await self._member_info(group.platform_id, event.member_id)
        if info is None:
            return event
        return replace(event, display_name=info[1])

    # ------------------------------------------------------------------ catch-up

    async def fetch_missed(self, groups: Sequence[Group]) -> list[Mapping[str, Any]] | None:
        """Each group's messages since its cursor, oldest first (None: no history API)."""
        frames: list[Mapping[str, Any]] = []
        for group in groups:
            got, answering = await self._history_since(group, self._cursors.get(group.platform_id))
            if got is None:  # no such action: no other group will have it either
                return frames or None
            frames.extend(got)
            if not answering:  # the link is down again: the next connect tries again
                break
        return frames

    async def _history_since(
        self, group: Group, cursor: Cursor | None
    ) -> tuple[list[Mapping[str, Any]] | None, bool]:
        """Pages of ``get_group_msg_history`` from the latest back to ``cursor`` (or the age
        limit, or ``history_pages``), and whether the gateway kept answering; None when it
        has no such action.

        A page is the ``count`` messages up to and including its anchor: NapCat names the
        anchor ``message_seq``, Lagrange ``message_id`` (both take a message id), so both are
        sent. The order within a page differs between gateways: pages are sorted here."""
        gid = group.platform_id
        since = self.oldest_wanted(cursor)
        pages: list[list[Mapping[str, Any]]] = []
        anchors: set[str] = set()
        params: dict[str, Any] = {"group_id": int(gid), "count": self.history_page_size}
        reached, answering = False, True
        for _ in range(self.history_pages):
            try:
                response = await self.call("get_group_msg_history", params)
            except GatewayError as exc:
                self.log.warning("history_fetch_failed", group=group.id, detail=str(exc))
                answering = False
                break
            ok, detail = cv.response_ok(response)
            if not ok:
                if not pages and response.get("retcode") in self.unsupported_retcodes:
                    self.history_unsupported("get_group_msg_history", response)
                    return None, True
                self.log.warning(
                    "history_fetch_failed",
                    group=group.id,
                    retcode=response.get("retcode"),
                    detail=detail[:200],
                )
                break
            data = response.get("data")
            items = data.get("messages") if isinstance(data, Mapping) else None
            if not isinstance(items, list):
                self.log.warning("history_fetch_failed", group=group.id, detail="no messages list")
                break
            page = [m for m in items if isinstance(m, Mapping)]
            if not page:
                reached = True
                break
            pages.append(page)
            ids = {str(m.get("message_id")) for m in page}
            if cursor is not None and cursor.message_id in ids:
                reached = True
                break
            oldest = min(page, key=_time)
            if _time(oldest) < since:
                reached = True
                break
            anchor = oldest.get("message_id")
            if not isinstance(anchor, int | str) or str(anchor) in anchors:
                reached = True  # nothing older to be had
                break
            anchors.add(str(anchor))
            params = {**params, "message_seq": anchor, "message_id": anchor}
        if pages and not reached and answering:
            self.log.warning(
                "history_truncated", group=group.id, pages=len(pages), reason="page limit"
            )
        return self._missed(pages, cursor, since), answering

    def _missed(
        self, pages: list[list[Mapping[str, Any]]], cursor: Cursor | None, since: float
    ) -> list[Mapping[str, Any]]:
        """Other members' group messages after ``cursor`` (from ``since`` on), each once,
        oldest first; the bot's own (``message_sent``) are not for the rules."""
        seen: set[str] = {cursor.message_id} if cursor is not None else set()
        missed: list[Mapping[str, Any]] = []
        for page in reversed(pages):  # the oldest page was fetched last
            for message in page:
                mid = str(message.get("message_id"))
                if mid in seen or message.get("post_type") != "message":
                    continue
                if self.self_id and str(message.get("user_id")) == self.self_id:
                    continue
                if _time(message) < since:
                    continue
                seen.add(mid)
                missed.append(message)
        missed.sort(key=_time)  # stable: messages of one second keep the gateway's order
        return missed

    async def already_done(self, action: Action, group: Group) -> str:
        """Why a replayed ``action`` need not be carried out (``classmod.actions.ReplayCheck``):
        what the platform shows now. '' when it cannot tell: then it is carried out."""
        gid = group.platform_id
        if action.kind in (ActionKind.DELETE, ActionKind.TIDY) and action.message_id:
            try:
                params: dict[str, Any] = {"message_id": int(action.message_id)}
            except ValueError:
                return ""
            found, detail = await self._lookup("get_msg", params)
            return "" if found is not False else f"message already gone (get_msg: {detail})"
        if action.kind not in (ActionKind.KICK, ActionKind.BAN, ActionKind.MUTE):
            return ""
        if not action.member_id or action.member_id.startswith(protocol.ANONYMOUS_PREFIX):
            return ""
        try:
            params = {"group_id": int(gid), "user_id": int(action.member_id), "no_cache": True}
        except ValueError:
            return ""
        found, detail = await self._lookup("get_group_member_info", params)
        if found is False:
            return f"member already gone (get_group_member_info: {detail})"
        if action.kind == ActionKind.MUTE and isinstance(found, Mapping):
            until = found.get("shut_up_timestamp")
            if isinstance(until, int | float) and until > self.clock().timestamp():
                return "member already muted"
        return ""

    async def _lookup(self, name: str, params: dict[str, Any]) -> tuple[Any, str]:
        """``(data, '')`` when the gateway found it; ``(False, why)`` when it answered that
        there is none; ``(None, '')`` when it could not say (no answer, no such action)."""
        try:
            response = await self.call(name, params)
        except GatewayError:
            return None, ""
        ok, detail = cv.response_ok(response)
        if ok:
            data = response.get("data")
            return (data if isinstance(data, Mapping) else None), ""
        if response.get("retcode") in self.unsupported_retcodes:
            return None, ""
        return False, detail[:200] or f"retcode {response.get('retcode')}"

    # ------------------------------------------------------------------ actions

    def action_call(self, action: Action, group: Group) -> protocol.Call | protocol.Refusal:
        flag = cv.action_data(action, "request_flag") or cv.action_data(action, "flag")
        return cv.action_call(
            action,
            group.platform_id,
            request_sub_type=self._request_types.get(flag, ""),
            anonymous_flag=self._anonymous_flags.get((group.platform_id, action.member_id), ""),
        )

    def expected_signal(self, action: Action, group: Group) -> protocol.Signal | None:
        return cv.expected_signal(action, group.platform_id)

    def response_ok(self, response: Mapping[str, Any]) -> tuple[bool, str]:
        return cv.response_ok(response)

    async def precheck(self, action: Action, group: Group) -> protocol.Refusal | None:
        what = _TOUCHES_MEMBER.get(action.kind)
        if what is None or not action.member_id:
            return None
        gid = group.platform_id
        if action.member_id == self.self_id:
            return protocol.Refusal(
                detail=f"不能对机器人自己{what}", reason=RefusalReason.TARGET_IS_BOT
            )
        bot = await self.role_of(gid, self.self_id) if self.self_id else None
        if bot == "member":
            return protocol.Refusal(
                detail=f"机器人不是本群管理员，无法{what}（请群主把机器人设为管理员）",
                reason=RefusalReason.BOT_LACKS_POWER,
            )
        if action.member_id.startswith(protocol.ANONYMOUS_PREFIX):
            return None  # an anonymous identity has no member info (nor a role)
        target = await self.role_of(gid, action.member_id)
        if target == "owner":
            return protocol.Refusal(
                detail=f"不能对群主{what}（QQ 限制）", reason=RefusalReason.TARGET_IS_OWNER
            )
        if target == "admin" and bot != "owner":
            return protocol.Refusal(
                detail=f"机器人是管理员，不能对其他管理员{what}（QQ 限制：只有群主可以）",
                reason=RefusalReason.TARGET_IS_ADMIN,
            )
        return None

    async def verify(self, action: Action, group: Group) -> str:
        if action.kind != ActionKind.SET_NICKNAME:
            return ""
        info = await self._member_info(group.platform_id, action.member_id, no_cache=True)
        if info is not None and info[1] != action.text:
            return f"网关回复成功但群名片仍是「{info[1]}」，未改为「{action.text}」"
        return ""

    async def role_of(self, gid: str, user: str) -> str | None:
        role = self.roles.get((gid, user))
        if role is None and await self._member_info(gid, user) is not None:
            role = self.roles.get((gid, user))
        return role

    async def _member_info(
        self, gid: str, user: str, *, no_cache: bool = False
    ) -> tuple[str, str, str] | None:
        try:
            response = await self.call(
                "get_group_member_info",
                {"group_id": int(gid), "user_id": int(user), "no_cache": no_cache},
            )
        except (GatewayError, ValueError):
            return None
        data = response.get("data")
        if not cv.response_ok(response)[0] or not isinstance(data, Mapping):
            return None
        try:
            info = cv.member_from_info(data)
        except cv.MalformedEvent:
            return None
        self.roles[(gid, info[0])] = info[2]
        return info

    async def member_info(self, group: Group, member_id: str) -> Member | None:
        info = await self._member_info(group.platform_id, member_id, no_cache=True)
        return None if info is None else Member(id=info[0], display_name=info[1])

    async def member_list(self, group: Group) -> list[Member] | None:
        """Everyone in the group but the bot, with their card (periodic member audit, P06);
        None when the gateway would not say."""
        try:
            response = await self.call(
                "get_group_member_list", {"group_id": int(group.platform_id)}
            )
        except GatewayError as exc:
            self.log.warning("member_list_failed", group=group.id, detail=str(exc))
            return None  # not an empty group: unknown
        data = response.get("data")
        if not cv.response_ok(response)[0] or not isinstance(data, list):
            self.log.warning("member_list_failed", group=group.id, retcode=response.get("retcode"))
            return None  # not an empty group: unknown
        members: list[Member] = []
        for item in data:
            if not isinstance(item, Mapping):
                continue
            try:
                user, display, role = cv.member_from_info(item)
            except cv.MalformedEvent:
                continue
            self.roles[(group.platform_id, user)] = role
            if user != self.self_id:
                members.append(Member(id=user, display_name=display))
        return members

    async def post(self, room: str, text: str) -> Outcome:
        """Send ``text`` to a configured group (its id or QQ number) or ``private:<QQ>``."""
        action = Action(kind=ActionKind.ALERT_STAFF, group_id=room, text=text)
        message = [{"type": "text", "data": {"text": text}}]
        if room.startswith("private:"):
            name, key, target = "send_private_msg", "user_id", room.split(":", 1)[1]
        else:
            group = self.group_for_room(room)
            name, key = "send_group_msg", "group_id"
            target = group.platform_id if group is not None else room
        try:
            params: dict[str, Any] = {key: int(target)}
        except ValueError:
            return Outcome(action=action, ok=False, detail=f"{room!r} 不是 QQ 群号或 QQ 号")
        try:
            response = await self.call(name, {**params, "message": message})
        except GatewayError as exc:
            return Outcome(action=action, ok=False, detail=str(exc))
        ok, detail = cv.response_ok(response)
        return Outcome(action=action, ok=ok, detail=detail or name)


def _time(message: Mapping[str, Any]) -> float:
    """A history message's ``time`` (seconds); a message without one sorts first."""
    t = message.get("time")
    return float(t) if isinstance(t, int | float) and not isinstance(t, bool) else 0.0
