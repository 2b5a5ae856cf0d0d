"""Shared ban lists in the app: following policy rooms, enforcing their rules, commands.

* The rules of every configured list are kept in the store (``ban_rules``) with what each
  did to whom (``ban_targets``): removing a rule lifts exactly the bans it caused, never a
  ban a teacher made by hand.
* A new rule of an ``apply`` list is applied to the current members of every group it
  covers, ``batch`` actions at a time with ``pause`` between batches, through the app's
  outbox (decided, committed, then carried out, each once); one summary goes to the
  management room. A rule half applied when the process stops is resumed at the next
  start: the outbox replays what was decided, the sweep skips whom it already decided on.
* At the door (``at_door``): a listed member's QQ join request is refused, a Matrix invite
  or knock is answered with a ban, a member who got in (a WeChat join, a QQ invite) is
  removed where the platform can and reported where it cannot.
* A rule with a wildcard (``*``, ``?``) is applied only once staff confirm it
  (``/确认拉黑 <编号>``); a ``watch`` list only tells staff.
* Lists come from the config (``banlists.lists``) and from staff at run time
  (``/订阅 <房间> [apply|watch] [群…]``, ``/退订 <房间>``): a subscription is kept in the
  store (``ban_subscriptions``) and followed exactly like a configured list.
* Removing a rule lifts the bans it caused where the platform can; where it cannot (a QQ
  join block: OneBot v11 has no call to lift it) staff are told, group by group, what to
  do by hand, and the audit log records the unban as not done by the bot.

Policy rooms are read and written through the Matrix bridge (``PolicyHost``); the core
imports no bridge library.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import structlog

from classmod.banlist import (
    BAN,
    PolicyRule,
    RuleIndex,
    RuleKind,
    entity_of,
    has_wildcard,
    member_of,
    parse_entity,
    sha256_of,
    state_key_for,
)
from classmod.bridge import MANAGEMENT_GROUP
from classmod.commands import READERS, CommandContext, CommandResult, parse_command
from classmod.config import BanListModel
from classmod.hookspecs import CommandSpec
from classmod.membership import MemberLister
from classmod.model import (
    Action,
    ActionKind,
    Category,
    Decision,
    Group,
    Member,
    MemberEvent,
    MemberEventKind,
    Outcome,
    Platform,
    Severity,
    Verdict,
)
from classmod.storage.records import StoredRule, Subscription
from classmod.words import member_name

if TYPE_CHECKING:
    from classmod.app import App
    from classmod.config import BanListsModel

log = structlog.get_logger("classmod.banlist")

#: an action's data key: the ban-list rule (its store id) the action carries out
RULE_MARK = "banlist_rule"
#: the rule id audits and alerts name
RULE_ID = "banlist"

#: a command result's data when the lists changed: always answered (not a repeat)
CHANGED: Mapping[str, Any] = {"banlist_changed": True}
#: what staff may write for a list's mode in /订阅, and what it is
MODES = {"apply": "apply", "执行": "apply", "watch": "watch", "观察": "watch", "只提醒": "watch"}
MODE_WORDS = {"apply": "执行", "watch": "观察，只提醒"}
#: /退订's second word: keep the bans the list caused, or lift them
KEEP_WORDS = frozenset({"保留", "keep"})
LIFT_WORDS = frozenset({"解除", "lift"})
SUBSCRIBE_USAGE = (
    "用法：/订阅 名单房间 [apply|watch] [群…]，例如 /订阅 #district-bans:example.org；"
    "/订阅 !abc:example.org watch 一年级(1)班（apply 执行，默认；watch 只提醒老师）"
)
#: why the bot cannot lift a QQ join block (what staff read, what the audit log keeps)
QQ_BLOCK = (
    "QQ（OneBot v11）没有解除加群屏蔽的接口：移出时设的“不再接收此人加群申请”"
    "需群主或管理员在 QQ 的群管理中手动解除"
)


@runtime_checkable
class PolicyRooms(Protocol):
    """Policy rooms on a homeserver (``classmod.bridges.matrix.policy.MatrixPolicyRooms``)."""

    async def read(self, ref: str, list_name: str) -> list[PolicyRule] | None: ...

    def failure(self, ref: str) -> str:
        """Why the last ``read`` of ``ref`` found nothing, in Chinese ('' if it did not fail)."""
        ...

    async def room_id(self, ref: str) -> str | None: ...

    async def write(self, ref: str, rule: PolicyRule) -> str: ...

    async def remove(self, ref: str, rule: PolicyRule) -> str: ...

    async def follow(
        self,
        refs: Sequence[str],
        changed: Callable[[str], Awaitable[None]],
        more: asyncio.Event | None = None,
    ) -> None:
        """Call ``changed(ref)`` whenever a followed room's rules may have changed. ``refs``
        is the caller's live list: ``more`` is set when it grows or shrinks."""
        ...


@runtime_checkable
class PolicyHost(Protocol):
    """A bridge that can reach policy rooms (the Matrix bridge)."""

    def policy_rooms(self) -> PolicyRooms: ...


def _chunks(items: Sequence[Action], size: int) -> list[Sequence[Action]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


class BanListWatch:
    """The app's part for shared ban lists (``App.banlists``)."""

    def __init__(self, app: App, rooms: PolicyRooms | None = None) -> None:
        self.app = app
        self.settings: BanListsModel | None = app.config.banlists
        self._rooms = rooms
        self.rules: dict[int, StoredRule] = {}
        self.index = RuleIndex()  # live, confirmed rules: what is enforced
        self._lock = asyncio.Lock()  # one change of the rules at a time
        #: seconds between batches (tests and the benchmark set it to 0)
        self.pause = self.settings.pause.total_seconds() if self.settings else 1.0
        #: the lists staff follow by /订阅, by name (the room as they wrote it)
        self.subscribed: dict[str, Subscription] = {}
        self._lists: dict[str, BanListModel] = dict(self.configured())
        #: the rooms followed: the follower reads this list, ``_more`` says it changed
        self._refs: list[str] = []
        self._more = asyncio.Event()
        self._relist()

    @property
    def enabled(self) -> bool:
        return bool(self._lists)

    def configured(self) -> Mapping[str, BanListModel]:
        """The lists of the config file (not to be unfollowed at run time)."""
        return self.settings.lists if self.settings is not None else {}

    def lists(self) -> Mapping[str, BanListModel]:
        """Every followed list: the config's and the subscribed ones."""
        return self._lists

    def _relist(self) -> None:
        lists = dict(self.configured())
        for sub in self.subscribed.values():
            lists[sub.name] = BanListModel(
                room=sub.room,
                mode="watch" if sub.mode == "watch" else "apply",
                groups="all" if sub.groups == ("all",) else list(sub.groups),
            )
        self._lists = lists
        self._refs[:] = list(dict.fromkeys(entry.room for entry in lists.values()))
        self._more.set()

    def rooms(self) -> PolicyRooms | None:
        if self._rooms is None:
            bridge = self.app.bridges.get(Platform.MATRIX)
            if isinstance(bridge, PolicyHost):
                self._rooms = bridge.policy_rooms()
        return self._rooms

    # -- life cycle -----------------------------------------------------------------------

    async def load(self) -> None:
        """The subscribed lists and the live rules from the store, into the index (at start)."""
        rooms = {entry.room for entry in self.configured().values()}
        for sub in await self.app.store.ban_lists.subscriptions():
            if sub.name in self.configured() or sub.room in rooms:
                # the config took the list over since: followed once, under its config name
                log.warning("banlist_subscription_shadowed", list=sub.name, room=sub.room)
                continue
            self.subscribed[sub.name] = sub
        self._relist()
        if not self.enabled:
            return
        for stored in await self.app.store.ban_lists.rules():
            self._keep(stored)

    def _keep(self, stored: StoredRule) -> None:
        self.rules[stored.id] = stored
        if stored.confirmed and stored.rule.list_name in self.lists():
            self.index.add(stored.id, stored.rule)

    def _drop(self, rule_id: int) -> None:
        self.rules.pop(rule_id, None)
        self.index.remove(rule_id)

    async def run(self) -> None:
        """Resume what a stop interrupted, then follow the lists' rooms until cancelled (a
        list subscribed later is followed from then on)."""
        if self.enabled:
            await self.resume()
        rooms = self.rooms()
        if rooms is None:
            if self.enabled:
                log.error("banlists_unreachable", reason="no Matrix bridge for the policy rooms")
            return
        await rooms.follow(self._refs, self.room_changed, self._more)

    async def resume(self) -> None:
        """Rules still to be written to their room, swept or lifted after a stop."""
        rooms = self.rooms()
        for stored in list(self.rules.values()):
            if not stored.written and rooms is not None:
                await self._write(stored)
        pending = [s for s in self.rules.values() if s.confirmed and not s.swept]
        if pending:
            await self.sweep(pending)
        removed = []
        for stored in await self.app.store.ban_lists.rules(live=False):
            if stored.removed_at is not None:
                targets = await self.app.store.ban_lists.targets(stored.id)
                if any(t.state in ("done", "lifting") and t.action == "ban" for t in targets):
                    removed.append(stored)
        if removed:
            await self.lift_rules(removed, head=self._removed_head(removed))

    # -- following a room -----------------------------------------------------------------

    async def room_changed(self, ref: str) -> None:
        """A followed room's rules may have changed: read them and act on the difference."""
        rooms = self.rooms()
        if rooms is None:
            return
        for name, entry in self.lists().items():
            if entry.room != ref:
                continue
            rules = await rooms.read(ref, name)
            if rules is None:
                continue
            await self.update(name, rules)

    async def update(self, list_name: str, rules: Sequence[PolicyRule]) -> None:
        """Make the stored rules of ``list_name`` what the room says: new rules applied,
        removed ones lifted."""
        async with self._lock:
            now = self.app.clock()
            known = {
                (s.rule.kind, s.rule.state_key): s
                for s in self.rules.values()
                if s.rule.list_name == list_name
            }
            seen: set[tuple[RuleKind, str]] = set()
            added: list[StoredRule] = []
            removed: list[StoredRule] = []
            for rule in rules:
                key = (rule.kind, rule.state_key)
                seen.add(key)
                old = known.get(key)
                if old is not None and old.rule.same_rule(rule):
                    continue
                if old is not None:
                    removed.append(old)
                if not rule.is_ban:
                    continue
                added.append(await self._add(rule, now))
            removed += [s for key, s in known.items() if key not in seen and s.written]
            for stored in removed:
                self.app.store.ban_lists.queue_rule_removed(stored.id, now)
                self._drop(stored.id)
            await self.app.store.flush()
        if added or removed:
            log.info("banlist_updated", list=list_name, added=len(added), removed=len(removed))
        if removed:
            await self.lift_rules(removed, head=self._removed_head(removed))
        await self._enforce(added)

    @staticmethod
    def _removed_head(removed: Sequence[StoredRule]) -> str:
        if len(removed) == 1:
            return f"规则 #{removed[0].id} {removed[0].rule.shown} 已移除"
        lists = "、".join(dict.fromkeys(f"「{s.rule.list_name}」" for s in removed))
        return f"名单{lists}移除了 {len(removed)} 条规则"

    async def _add(
        self, rule: PolicyRule, now: datetime, *, by: str = "", written: bool = True
    ) -> StoredRule:
        entry = self.lists().get(rule.list_name)
        confirmed = not rule.wildcard or by != "" or (entry is not None and entry.mode == "watch")
        rule_id = await self.app.store.ban_lists.add_rule(
            rule, now, by=by, confirmed=confirmed, written=written
        )
        stored = StoredRule(
            id=rule_id, rule=rule, added_at=now, added_by=by, confirmed=confirmed, written=written
        )
        self._keep(stored)
        return stored

    async def _enforce(self, added: Sequence[StoredRule]) -> None:
        if not added:
            return
        held = [s for s in added if not s.confirmed]
        for stored in held:
            await self._ask_confirmation(stored)
        ready = [s for s in added if s.confirmed]
        if ready:
            await self.sweep(ready)

    # -- applying rules to current members --------------------------------------------------

    def _covers(self, stored: StoredRule, group: Group, *, mode: str = "apply") -> bool:
        entry = self.lists().get(stored.rule.list_name)
        if entry is None or entry.mode != mode:
            return False
        return entry.groups == "all" or group.id in entry.groups

    async def _members(self, group: Group) -> list[Member]:
        bridge = self.app.bridges.get(group.platform)
        if isinstance(bridge, MemberLister):
            try:
                members = await bridge.member_list(group)
            except Exception as exc:
                log.warning("member_list_failed", group=group.id, error=repr(exc))
                members = None
            if members is not None:
                return members
        # no list from the platform: the members the app has seen
        seen = self.app.engine.seen_names(group.id)
        return [Member(id=m, display_name=n) for m, n in seen.items()]

    def _removal(self, group: Group) -> ActionKind | None:
        bridge = self.app.bridges.get(group.platform)
        caps = bridge.capabilities if bridge is not None else frozenset()
        for kind in (ActionKind.BAN, ActionKind.KICK):
            if kind in caps:
                return kind
        return None

    def _action(
        self, kind: ActionKind, group: Group, member_id: str, stored: StoredRule, **kw: Any
    ) -> Action:
        data = ((RULE_MARK, str(stored.id)), *kw.pop("data", ()))
        return Action(
            kind=kind,
            group_id=group.id,
            member_id=member_id,
            rule_id=RULE_ID,
            reason=f"黑名单「{stored.rule.list_name}」规则 #{stored.id}：{stored.rule.reason}",
            data=data,
            **kw,
        )

    async def sweep(self, rules: Sequence[StoredRule]) -> dict[str, int]:
        """Apply ``rules`` to the current members of every group they cover; returns the
        counts the summary says (removed, failed, kept staff, watched)."""
        now = self.app.clock()
        index = RuleIndex((s.id, s.rule) for s in rules)
        decided = {
            (t.rule_id, t.group_id, t.member_id) for t in await self.app.store.ban_lists.targets()
        }
        counts = {"removed": 0, "failed": 0, "staff": 0, "watched": 0, "groups": 0}
        names: list[str] = []
        for group in self.app.engine.groups():
            covering = [s for s in rules if self._covers(s, group)]
            watching = [s for s in rules if self._covers(s, group, mode="watch")]
            if not covering and not watching:
                continue
            members = await self._members(group)
            actions: list[Action] = []
            for member in members:
                hits = [
                    self.rules[i] for i in index.match(group.platform, member.id) if i in self.rules
                ]
                apply = [s for s in hits if s in covering]
                if not apply:
                    if any(s in watching for s in hits):
                        counts["watched"] += 1
                        names.append(self._label(group.id, member.id))
                    continue
                stored = apply[0]
                if any((s.id, group.id, member.id) in decided for s in apply):
                    continue  # decided before a restart: the outbox carries it out
                if self.app.engine.member(group.id, member.id).is_staff:
                    counts["staff"] += 1
                    self.app.store.ban_lists.queue_target(
                        stored.id, group.id, member.id, "alert_staff", "kept", now
                    )
                    continue
                kind = self._removal(group)
                if kind is None:
                    continue
                actions.append(self._action(kind, group, member.id, stored))
            if actions:
                counts["groups"] += 1
            for chunk in _chunks(actions, self.settings.batch if self.settings else 20):
                # what a rule decided is recorded in the transaction of its outbox rows: a
                # stop between two batches leaves the rest to the resumed sweep
                for action in chunk:
                    self.app.store.ban_lists.queue_target(
                        int(dict(action.data)[RULE_MARK]),
                        group.id,
                        action.member_id,
                        action.kind,
                        "queued",
                        now,
                    )
                outcomes = await self.app.act(group.id, f"banlist:{chunk[0].data[0][1]}", chunk)
                counts["removed"] += sum(o.ok for o in outcomes)
                counts["failed"] += sum(not o.ok for o in outcomes)
                names += [self._label(group.id, o.action.member_id) for o in outcomes if o.ok]
                if self.pause:
                    await asyncio.sleep(self.pause)
        for stored in rules:
            self.app.store.ban_lists.queue_rule_flag(stored.id, "swept")
            self.rules[stored.id] = replace(stored, swept=True)
        await self.app.store.flush()
        await self._summary(rules, counts, names)
        return counts

    def _label(self, group_id: str, member_id: str) -> str:
        group = self.app.group(group_id)
        who = member_name(self.app.engine.named_member(group_id, member_id))
        return f"{who}（{group.class_name or group.id}）"

    async def _summary(
        self, rules: Sequence[StoredRule], counts: Mapping[str, int], names: Sequence[str]
    ) -> None:
        lists = "、".join(dict.fromkeys(f"「{s.rule.list_name}」" for s in rules))
        head = (
            f"黑名单{lists}新增规则 #{rules[0].id} {rules[0].rule.shown}"
            f"（{rules[0].rule.reason or '未写原因'}）"
            if len(rules) == 1
            else f"黑名单{lists}新增 {len(rules)} 条规则"
        )
        parts = [f"已在 {counts['groups']} 个群移出 {counts['removed']} 人"]
        if counts["failed"]:
            parts.append(f"{counts['failed']} 人未能移出（详见操作失败提醒）")
        if counts["staff"]:
            parts.append(f"{counts['staff']} 位老师在名单匹配中，未处理，请核实")
        if counts["watched"]:
            parts.append(f"{counts['watched']} 人在观察名单上（未处理）")
        text = f"【黑名单】{head}：{'；'.join(parts)}。"
        if names:
            text += "\n" + "、".join(names[:20]) + (" 等" if len(names) > 20 else "")
        if (
            counts["removed"]
            or counts["failed"]
            or counts["staff"]
            or counts["watched"]
            or (len(rules) == 1 and rules[0].added_by)
        ):
            await self.app.tell_staff(MANAGEMENT_GROUP, text, reason="banlist applied")

    # -- the door ---------------------------------------------------------------------------

    def at_door(self, event: MemberEvent, decision: Decision) -> Decision:
        """A listed member at the door or just in: refused or removed instead of whatever
        the rules decided; a member of a watch list is reported. Synchronous (the app's
        decision path)."""
        if not self.enabled or event.kind not in (
            MemberEventKind.JOIN_REQUEST,
            MemberEventKind.INVITE,
            MemberEventKind.JOIN,
        ):
            return decision
        group = self.app.group(event.group_id)
        hits = [self.rules[i] for i in self.index.match(group.platform, event.member_id)]
        apply = [s for s in hits if self._covers(s, group)]
        watch = [s for s in hits if self._covers(s, group, mode="watch")]
        if not apply and not watch:
            return decision
        now = self.app.clock()
        who = member_name(self.app.engine.named_member(group.id, event.member_id))
        if event.display_name and who != event.display_name:
            who = event.display_name
        where = group.class_name or group.id
        if not apply:
            stored = watch[0]
            text = (
                f"【黑名单提醒】{who} {self._door_verb(event)} {where}，"
                f"在观察名单「{stored.rule.list_name}」上（规则 #{stored.id}："
                f"{stored.rule.reason or '未写原因'}）。如需处理，回复本条：拉黑 / 移出 / 忽略"
            )
            alert = Action(
                kind=ActionKind.ALERT_STAFF,
                group_id=group.id,
                member_id=event.member_id,
                rule_id=RULE_ID,
                reason="watch list",
                text=text,
            )
            return replace(decision, actions=(*decision.actions, alert))
        stored = apply[0]
        if self.app.engine.member(group.id, event.member_id).is_staff:
            return decision  # a rostered teacher is never removed by a list
        kind = self._door_action(event, group)
        actions: list[Action] = []
        verb = "未处理（该平台不能移出成员）"
        if kind is not None:
            data = (("request_flag", event.request_flag),) if kind == ActionKind.REJECT_JOIN else ()
            actions.append(self._action(kind, group, event.member_id, stored, data=data))
            if kind != ActionKind.REJECT_JOIN:  # a refused request leaves nothing to lift
                self.app.store.ban_lists.queue_target(
                    stored.id, group.id, event.member_id, kind, "queued", now
                )
            verb = {
                ActionKind.REJECT_JOIN: "已拒绝其入群申请",
                ActionKind.BAN: "已移出并禁止再次加入",
                ActionKind.KICK: "已移出",
            }[kind]
        actions.append(
            Action(
                kind=ActionKind.ALERT_STAFF,
                group_id=group.id,
                member_id=event.member_id,
                rule_id=RULE_ID,
                reason="banlist at the door",
                text=(
                    f"【黑名单】{who} {self._door_verb(event)} {where}，在黑名单"
                    f"「{stored.rule.list_name}」上（规则 #{stored.id}："
                    f"{stored.rule.reason or '未写原因'}）：{verb}。"
                ),
                data=(("no_answers", "1"),),
            )
        )
        verdict = Verdict(
            rule_id=RULE_ID,
            category=Category.MEMBERSHIP,
            severity=Severity.CRITICAL,
            reason=f"在黑名单「{stored.rule.list_name}」上",
            evidence=stored.rule.shown,
        )
        return replace(decision, verdicts=(verdict,), actions=tuple(actions))

    @staticmethod
    def _door_verb(event: MemberEvent) -> str:
        return {
            MemberEventKind.JOIN_REQUEST: "申请加入",
            MemberEventKind.INVITE: "被邀请加入",
        }.get(event.kind, "加入了")

    def _door_action(self, event: MemberEvent, group: Group) -> ActionKind | None:
        bridge = self.app.bridges.get(group.platform)
        caps = bridge.capabilities if bridge is not None else frozenset()
        if (
            event.kind == MemberEventKind.JOIN_REQUEST
            and group.platform != Platform.MATRIX
            and ActionKind.REJECT_JOIN in caps
            and event.request_flag
        ):
            return ActionKind.REJECT_JOIN
        return self._removal(group)

    # -- outcomes ---------------------------------------------------------------------------

    def applied(self, action: Action, outcome: Outcome) -> None:
        """Record what a list's action did, in the transaction that audits it."""
        mark = dict(action.data).get(RULE_MARK)
        if mark is None or not mark.isdigit():
            return
        if action.kind == ActionKind.UNBAN:
            state = "lifted" if outcome.ok else "lift_failed"
        elif action.kind in (ActionKind.ALERT_STAFF, ActionKind.REJECT_JOIN):
            return
        else:
            state = "done" if outcome.ok else "failed"
        self.app.store.ban_lists.queue_target_state(
            int(mark), action.group_id, action.member_id, state, self.app.clock()
        )

    # -- lifting ----------------------------------------------------------------------------

    async def lift(self, stored: StoredRule) -> dict[str, int]:
        """Lift the bans ``stored`` caused (and only those); one message to staff."""
        return await self.lift_rules([stored], head=self._removed_head([stored]))

    async def lift_rules(self, rules: Sequence[StoredRule], *, head: str) -> dict[str, int]:
        """Lift the bans ``rules`` caused (and only those): unbanned where the platform can;
        where it cannot (a QQ join block) staff are told, group by group, what to do by
        hand, and the audit log records the unban as not done by the bot. A member another
        live rule still lists stays banned (the ban is that rule's from now on). One
        message to the management room, beginning with ``head``."""
        now = self.app.clock()
        counts = {"lifted": 0, "failed": 0, "kept": 0, "listed": 0}
        by_group: dict[tuple[str, int], list[Action]] = {}
        by_hand: dict[str, list[str]] = {}  # group id -> the members to unblock by hand
        for stored in rules:
            for target in await self.app.store.ban_lists.targets(stored.id):
                if target.action != "ban" or target.state not in ("done", "lifting"):
                    continue
                if target.group_id not in self.app.config.groups:
                    continue
                group = self.app.group(target.group_id)
                member_id = target.member_id
                still = [
                    i
                    for i in self.index.match(group.platform, member_id)
                    if i in self.rules and self._covers(self.rules[i], group)
                ]
                if still:
                    counts["listed"] += 1
                    self.app.store.ban_lists.queue_target_state(
                        stored.id, group.id, member_id, "moved", now
                    )
                    self.app.store.ban_lists.queue_target(
                        still[0], group.id, member_id, "ban", "done", now
                    )
                    continue
                unban = self._action(ActionKind.UNBAN, group, member_id, stored)
                bridge = self.app.bridges.get(group.platform)
                if bridge is None or ActionKind.UNBAN not in bridge.capabilities:
                    counts["kept"] += 1
                    self.app.store.ban_lists.queue_target_state(
                        stored.id, group.id, member_id, "kept", now
                    )
                    why = (
                        QQ_BLOCK
                        if group.platform == Platform.QQ
                        else f"{group.platform} 的接口不能解除拉黑，需在群里手动解除"
                    )
                    self.app.store.audit.record_not_done(
                        unban, f"banlist-lift:{stored.id}", why, now
                    )
                    by_hand.setdefault(group.id, []).append(self._account(group, member_id))
                    continue
                self.app.store.ban_lists.queue_target_state(
                    stored.id, group.id, member_id, "lifting", now
                )
                by_group.setdefault((group.id, stored.id), []).append(unban)
        await self.app.store.flush()
        for (group_id, rule_id), actions in by_group.items():
            for chunk in _chunks(actions, self.settings.batch if self.settings else 20):
                outcomes = await self.app.act(group_id, f"banlist-lift:{rule_id}", chunk)
                counts["lifted"] += sum(o.ok for o in outcomes)
                counts["failed"] += sum(not o.ok for o in outcomes)
                if self.pause:
                    await asyncio.sleep(self.pause)
        await self.app.store.flush()
        if any(counts.values()):
            await self.app.tell_staff(
                MANAGEMENT_GROUP, self._lifted_text(head, counts, by_hand), reason="banlist lifted"
            )
        log.info("banlist_rules_lifted", rules=[s.id for s in rules], **counts)
        return counts

    def _account(self, group: Group, member_id: str) -> str:
        """A member as staff find them on the platform: the name and the account."""
        member = self.app.engine.named_member(group.id, member_id)
        account = f"QQ {member_id}" if group.platform == Platform.QQ else member_id
        if not (member.display_name or member.name or member.students):
            return account  # a name is not known (not seen since the last start)
        return f"{member_name(member)}（{account}）"

    def _lifted_text(
        self, head: str, counts: Mapping[str, int], by_hand: Mapping[str, Sequence[str]]
    ) -> str:
        parts = []
        if counts["lifted"] or not (counts["kept"] or counts["listed"] or counts["failed"]):
            parts.append(f"已在各群解除 {counts['lifted']} 人的拉黑")
        if counts["failed"]:
            parts.append(f"{counts['failed']} 人未能解除（详见操作失败提醒）")
        if counts["listed"]:
            parts.append(f"{counts['listed']} 人仍在其他名单上，拉黑保留")
        if counts["kept"]:
            parts.append(f"{counts['kept']} 人的拉黑机器人无法解除，需要老师手动解除（见下）")
        text = f"【黑名单】{head}：{'；'.join(parts)}。老师手动拉黑的不受影响。"
        if not by_hand:
            return text
        qq = [gid for gid in by_hand if self.app.group(gid).platform == Platform.QQ]
        lines = []
        for gid, who in list(by_hand.items())[:30]:
            group = self.app.group(gid)
            lines.append(
                f"· {group.class_name or group.id}：{'、'.join(who[:20])}"
                + (f" 等 {len(who)} 人" if len(who) > 20 else "")
            )
        if len(by_hand) > 30:
            lines.append(f"……共 {len(by_hand)} 个群")
        if qq:
            text += (
                "\n以下群里的加群屏蔽机器人无法解除（QQ 的 OneBot v11 接口没有这个功能）。"
                "请群主或管理员在 QQ 中打开该群的群管理，把下列成员从加群黑名单中移除"
                "（移出时设了“不再接收此人加群申请”）；解除之前他们无法申请入群，"
                "解除之后机器人不会再拒绝他们的申请。"
            )
        else:
            text += "\n以下群里的拉黑机器人无法解除，请在群里手动解除："
        return text + "\n" + "\n".join(lines)

    # -- writing ----------------------------------------------------------------------------

    def _written_list(self) -> tuple[str, BanListModel] | None:
        name = self.settings.write if self.settings is not None else None
        if name is None or name not in self.lists():
            return None
        return name, self.lists()[name]

    async def _write(self, stored: StoredRule) -> str:
        """Put a rule classmod made into its room; '' when done, else why not."""
        rooms = self.rooms()
        entry = self.lists().get(stored.rule.list_name)
        if rooms is None or entry is None:
            return "no policy room"
        why = await rooms.write(entry.room, stored.rule)
        if not why:
            self.app.store.ban_lists.queue_rule_flag(stored.id, "written")
            self.rules[stored.id] = replace(stored, written=True)
            await self.app.store.flush()
        else:
            log.warning("banlist_write_failed", rule=stored.id, detail=why)
        return why

    def new_rule(self, entity: str, reason: str) -> PolicyRule | None:
        written = self._written_list()
        if written is None:
            return None
        name, entry = written
        kind = RuleKind.USER
        if entry.hashed and not has_wildcard(entity):
            digest = sha256_of(entity)
            return PolicyRule(
                list_name=name,
                kind=kind,
                state_key=state_key_for(sha256=digest),
                sha256=digest,
                recommendation=BAN,
                reason=reason,
            )
        return PolicyRule(
            list_name=name,
            kind=kind,
            state_key=state_key_for(entity),
            entity=entity,
            recommendation=BAN,
            reason=reason,
        )

    # -- commands ---------------------------------------------------------------------------

    async def command(self, ctx: CommandContext, result: CommandResult) -> CommandResult:
        """A ban-list command's effect (the handler said what, in ``result.data``)."""
        what = result.data.get("banlist")
        if what == "subscribe":
            return await self._command_subscribe(ctx, result)
        if what == "unsubscribe":
            return await self._command_unsubscribe(ctx, result)
        if what == "show":
            return CommandResult(reply=await self.listing())
        if what == "confirm" and self.enabled:
            return await self._command_confirm(result)
        if not self.enabled or self._written_list() is None:
            if what in ("add",) and result.actions:
                return result  # no list: /拉黑 bans here only, as /ban does
            return CommandResult(
                reply="本校未配置共享黑名单（banlists），此命令不可用；本群封禁请用 /封禁。"
            )
        if what == "add":
            return await self._command_add(ctx, result)
        if what == "remove":
            return await self._command_remove(ctx, result)
        return result

    # -- following lists at run time (/订阅, /退订) ------------------------------------------

    def _group_named(self, key: str) -> Group | None:
        for group in self.app.engine.groups():
            if key in (group.id, group.platform_id) or (
                group.class_name and key == group.class_name
            ):
                return group
        return None

    def _origin(self, name: str) -> str:
        return "配置文件" if name in self.configured() else "/订阅"

    def _scope(self, entry: BanListModel) -> str:
        if entry.groups == "all":
            return "全部群"
        names = []
        for gid in entry.groups:
            group = self.app.config.groups.get(gid)
            names.append(group.group.class_name or gid if group is not None else gid)
        return "、".join(names)

    async def _command_subscribe(self, ctx: CommandContext, result: CommandResult) -> CommandResult:
        if ctx.message.group_id != MANAGEMENT_GROUP:
            return CommandResult(reply="订阅名单对全校生效，请在管理群发送 /订阅。")
        args = list(result.data.get("args", ()))
        if not args:
            return CommandResult(reply="请写明要订阅的名单房间。" + SUBSCRIBE_USAGE)
        ref = args.pop(0)
        if not _room_ref(ref):
            return CommandResult(
                reply=f"「{ref}」不是 Matrix 房间号或别名（如 !abc:example.org、"
                f"#bans:example.org），没有订阅。{SUBSCRIBE_USAGE}"
            )
        mode = "apply"
        groups: list[str] = []
        for position, arg in enumerate(args):
            if arg.lower() in MODES:
                mode = MODES[arg.lower()]
                continue
            group = self._group_named(arg)
            if group is not None:
                groups.append(group.id)
                continue
            if position == 0:
                return CommandResult(
                    reply=f"不认识的方式「{arg}」：只能是 apply（执行，默认）或 watch"
                    f"（只提醒老师），没有订阅。{SUBSCRIBE_USAGE}"
                )
            known = "、".join(g.class_name or g.id for g in self.app.engine.groups())
            return CommandResult(
                reply=f"没有找到群「{arg}」（本校的群：{known}），没有订阅。{SUBSCRIBE_USAGE}"
            )
        rooms = self.rooms()
        if rooms is None:
            return CommandResult(
                reply="名单是 Matrix 房间，本校没有配置 Matrix（bridges.matrix），无法订阅。"
            )
        served = {g.platform_id for g in self.app.engine.groups() if g.platform == Platform.MATRIX}
        if self.app.config.management is not None:
            served.add(self.app.config.management.room)
        if ref in served:
            return CommandResult(reply=f"{ref} 是本校的班级群或管理群，不是名单房间，没有订阅。")
        followed = await self._followed_as(rooms, ref)
        if followed is not None:
            entry = self.lists()[followed]
            return CommandResult(
                reply=f"名单 {ref} 已在订阅中（「{followed}」，来自{self._origin(followed)}，"
                f"{MODE_WORDS[entry.mode]}，{self._scope(entry)}），没有重复订阅。"
                "用 /名单 查看正在订阅的名单。"
            )
        rules = await rooms.read(ref, ref)
        if rules is None:
            why = rooms.failure(ref) or "机器人无法加入或读取这个房间"
            return CommandResult(
                reply=f"未能订阅 {ref}：{why}。没有订阅；请确认房间存在、已邀请机器人后再试。"
            )
        now = self.app.clock()
        subscription = Subscription(
            name=ref,
            room=ref,
            mode=mode,
            groups=tuple(dict.fromkeys(groups)) or ("all",),
            added_by=ctx.invoker.id,
            added_at=now,
        )
        await self.app.store.ban_lists.add_subscription(subscription)
        self.subscribed[ref] = subscription
        self._relist()
        log.info("banlist_subscribed", list=ref, mode=mode, groups=list(subscription.groups))
        bans = [r for r in rules if r.is_ban]
        self.app.spawn(self.update(ref, rules))
        entry = self.lists()[ref]
        reply = (
            f"已订阅名单 {ref}（{MODE_WORDS[mode]}，{self._scope(entry)}），"
            f"名单上现有 {len(bans)} 条规则"
        )
        if not bans:
            reply += "；之后新增的规则会自动处理，结果发到管理群。"
        elif mode == "apply":
            reply += "，正在各群处理，结果会发到管理群。"
        else:
            reply += "，只提醒不处理：名单上的人在群里或申请入群时会告诉管理群。"
        return CommandResult(reply=reply, data=CHANGED)

    async def _followed_as(self, rooms: PolicyRooms, ref: str) -> str | None:
        """The name under which ``ref``'s room is followed already, if it is (by the same
        id or alias, or by the room it resolves to)."""
        for name, entry in self.lists().items():
            if ref in (name, entry.room):
                return name
        room_id = await rooms.room_id(ref) if ref.startswith("#") else ref
        if room_id is None:
            return None
        for name, entry in self.lists().items():
            known = entry.room if entry.room.startswith("!") else await rooms.room_id(entry.room)
            if known == room_id:
                return name
        return None

    async def _command_unsubscribe(
        self, ctx: CommandContext, result: CommandResult
    ) -> CommandResult:
        if ctx.message.group_id != MANAGEMENT_GROUP:
            return CommandResult(reply="退订名单对全校生效，请在管理群发送 /退订。")
        args = list(result.data.get("args", ()))
        if not args:
            return CommandResult(reply="请写明要退订的名单，例如 /退订 #district-bans:example.org")
        ref, rest = args[0], {a.lower() for a in args[1:]}
        for name, entry in self.configured().items():
            if ref in (name, entry.room):
                return CommandResult(
                    reply=f"名单「{name}」写在配置文件 {self.app.config.path.name} 的 "
                    f"banlists.lists.{name} 里，不能用 /退订 停止；请管理员修改配置文件后"
                    "重启机器人。"
                )
        subscription = self.subscribed.get(ref) or next(
            (s for s in self.subscribed.values() if s.room == ref), None
        )
        if subscription is None:
            return CommandResult(reply=f"没有订阅名单 {ref}。用 /名单 查看正在订阅的名单。")
        name = subscription.name
        rules = [s for s in self.rules.values() if s.rule.list_name == name]
        ids = {s.id for s in rules}
        caused = [
            t
            for t in await self.app.store.ban_lists.targets()
            if t.rule_id in ids and t.action in ("ban", "kick") and t.state in ("done", "lifting")
        ]
        lift = bool(rest & LIFT_WORDS)
        if caused and not lift and not rest & KEEP_WORDS:
            return CommandResult(
                reply=f"名单 {name} 此前在各群移出了 {len(caused)} 人。请选择：发送 "
                f"/退订 {name} 保留（退订，这些移出和拉黑保留），或 /退订 {name} 解除"
                "（退订，并解除由这个名单造成的拉黑）。现在还没有退订。"
            )
        now = self.app.clock()
        async with self._lock:
            for stored in rules:
                self.app.store.ban_lists.queue_rule_removed(stored.id, now)
                if not lift:
                    self.app.store.ban_lists.queue_targets_left(stored.id, now)
                self._drop(stored.id)
            self.app.store.ban_lists.queue_subscription_removed(name)
            await self.app.store.flush()  # the rules, their bans and the list in one commit
            del self.subscribed[name]
            self._relist()
        log.info("banlist_unsubscribed", list=name, rules=len(rules), lift=lift)
        reply = f"已退订名单 {name}：不再按它处理新规则和入群。"
        if caused and lift:
            self.app.spawn(self.lift_rules(rules, head=f"已退订名单 {name}，解除它造成的拉黑"))
            reply += "正在解除由它造成的拉黑，结果会发到管理群；老师手动拉黑的不受影响。"
        elif caused:
            reply += f"它此前造成的 {len(caused)} 个移出和拉黑保留。"
        return CommandResult(reply=reply, data=CHANGED)

    def _entity(self, ctx: CommandContext, result: CommandResult) -> str | None:
        if ctx.target is not None and ctx.group is not None:
            return entity_of(ctx.group.platform, ctx.target.id)
        platforms = tuple(g.platform for g in self.app.engine.groups())
        for arg in result.data.get("args", ()):
            entity = parse_entity(str(arg), platforms)
            if entity is not None:
                return entity
        return None

    async def _command_add(self, ctx: CommandContext, result: CommandResult) -> CommandResult:
        entity = self._entity(ctx, result)
        if entity is None:
            return CommandResult(
                reply="请写明要拉黑的成员（回复其消息、@他、群昵称），或其账号，例如 "
                "/全校拉黑 @spam:example.org 冒充老师收费、/全校拉黑 classmod:qq:123456 广告"
            )
        reason = str(result.data.get("reason") or "老师拉黑")
        existing = [
            s
            for s in self.rules.values()
            if s.rule.list_name == self._written_list()[0]  # type: ignore[index]
            and s.rule.matches(entity)
            and not s.rule.wildcard
        ]
        now = self.app.clock()
        if existing:
            stored = existing[0]
        else:
            rule = self.new_rule(entity, reason)
            assert rule is not None
            stored = await self._add(rule, now, by=ctx.invoker.id, written=False)
        actions = list(result.actions)
        for i, action in enumerate(actions):
            if action.kind == ActionKind.BAN and ctx.group is not None:
                actions[i] = replace(action, data=((RULE_MARK, str(stored.id)), *action.data))
                self.app.store.ban_lists.queue_target(
                    stored.id, ctx.group.id, action.member_id, "ban", "queued", now
                )
        self.app.spawn(self._after_add(stored, fresh=not existing))
        who = member_name(ctx.target) if ctx.target is not None else entity
        listed = f"已记入全校黑名单「{stored.rule.list_name}」（规则 #{stored.id}）"
        if existing:
            listed = f"{who} 已在全校黑名单「{stored.rule.list_name}」上（规则 #{stored.id}）"
        reply = (
            f"{result.reply}；{listed}，其他群的处理结果会发到管理群。"
            if actions
            else (f"{listed}：{who}。各群的处理结果会发到管理群。")
        )
        return replace(result, reply=reply, actions=tuple(actions))

    async def _after_add(self, stored: StoredRule, *, fresh: bool) -> None:
        if not stored.written:
            why = await self._write(stored)
            if why:
                await self.app.tell_staff(
                    MANAGEMENT_GROUP,
                    f"【黑名单】规则 #{stored.id} 已在本校生效，但未能写入名单房间"
                    f"（{why}），其他学校和机器人暂时看不到；机器人重启后会再试。",
                    reason="banlist write failed",
                )
        if fresh:
            await self.sweep([self.rules.get(stored.id, stored)])

    async def _command_remove(self, ctx: CommandContext, result: CommandResult) -> CommandResult:
        entity = self._entity(ctx, result)
        if entity is None:
            return CommandResult(
                reply="请写明要解除拉黑的成员或账号，例如 /解除拉黑 classmod:qq:123456；"
                "用 /名单 查看规则编号"
            )
        number = next((int(a) for a in result.data.get("args", ()) if str(a).isdigit()), None)
        ours = self._written_list()
        mine = [
            s
            for s in self.rules.values()
            if ours is not None
            and s.rule.list_name == ours[0]
            and (s.id == number or s.rule.matches(entity))
        ]
        others = [s for s in self.rules.values() if s not in mine and s.rule.matches(entity)]
        if not mine:
            reply = f"{self._who(ctx, entity)} 不在本校的黑名单上。"
            if others:
                lists = "、".join(dict.fromkeys(f"「{s.rule.list_name}」" for s in others))
                reply += f"但在订阅的名单{lists}上，需由该名单的管理员移除。"
            return CommandResult(reply=reply)
        rooms = self.rooms()
        problems = []
        for stored in mine:
            entry = self.lists()[stored.rule.list_name]
            if rooms is not None and stored.written:
                why = await rooms.remove(entry.room, stored.rule)
                if why:
                    problems.append(f"规则 #{stored.id} 未能从名单房间移除（{why}）")
                    continue
            self.app.store.ban_lists.queue_rule_removed(stored.id, self.app.clock())
            self._drop(stored.id)
            self.app.spawn(self.lift(stored))
        await self.app.store.flush()
        if problems:
            return CommandResult(reply="；".join(problems) + "。黑名单未改变，请稍后再试。")
        reply = (
            f"已将 {self._who(ctx, entity)} 移出全校黑名单（规则 "
            f"{'、'.join(f'#{s.id}' for s in mine)}），正在解除由名单造成的拉黑，"
            "结果会发到管理群；老师手动拉黑的不受影响。"
        )
        if others:
            lists = "、".join(dict.fromkeys(f"「{s.rule.list_name}」" for s in others))
            reply += f"注意：他还在订阅的名单{lists}上。"
        return CommandResult(reply=reply, data=CHANGED)

    # -- appeals ----------------------------------------------------------------------------

    async def appeal_granted(self, ctx: CommandContext, result: CommandResult) -> CommandResult:
        """同意 on the appeal of a member a ban list names: the unban here lifts the list's
        ban here (so a later /解除拉黑 does not lift it twice), and staff read that the
        list's rule still stands, with the one step that takes the member off it: replying
        解除拉黑 to the same 【申诉】 (our own list), or whom to ask (a followed list)."""
        group, target = ctx.group, ctx.target
        if group is None or target is None or not self.rules:
            return result
        caused = [
            t
            for t in await self.app.store.ban_lists.targets()
            if t.group_id == group.id
            and t.member_id == target.id
            and t.action == "ban"
            and t.state == "done"
        ]
        actions = list(result.actions)
        if caused:
            for i, action in enumerate(actions):
                if action.kind == ActionKind.UNBAN and action.member_id == target.id:
                    mark = ((RULE_MARK, str(caused[0].rule_id)),)
                    actions[i] = replace(action, data=(*mark, *action.data))
        hits = [
            self.rules[i]
            for i in self.index.match(group.platform, target.id)
            if i in self.rules
            and (entry := self.lists().get(self.rules[i].rule.list_name)) is not None
            and entry.mode == "apply"
        ]
        if not hits:
            return replace(result, actions=tuple(actions))
        who = member_name(target)
        where = group.class_name or group.id
        named = "；".join(
            f"「{s.rule.list_name}」规则 #{s.id}：{s.rule.reason or '未写原因'}" for s in hits
        )
        note = (
            f"注意：{who} 在黑名单上（{named}）。名单规则仍然有效：这次同意只撤销了{where}"
            "的这次处理，他再次入群或申请入群仍会被移出或拒绝。"
        )
        written = self._written_list()
        ours = [s for s in hits if written is not None and s.rule.list_name == written[0]]
        others = [s for s in hits if s not in ours]
        if ours:
            note += (
                f"如确认他不该在名单上，请回复该【申诉】提醒：解除拉黑，即可把他移出本校名单"
                f"「{ours[0].rule.list_name}」并在所有群解除名单造成的拉黑（老师手动拉黑的不受影响）。"
            )
        if others:
            lists = "、".join(dict.fromkeys(f"「{s.rule.list_name}」" for s in others))
            note += f"名单{lists}不是本校维护的，需由该名单的管理员移除。"
        log.info("appeal_granted_listed", member=target.id, rules=[s.id for s in hits])
        return replace(result, actions=tuple(actions), note=note)

    def _who(self, ctx: CommandContext, entity: str) -> str:
        if ctx.target is not None:
            return member_name(ctx.target)
        named = member_of(entity)
        if named is not None:
            for group in self.app.engine.groups():
                if group.platform == named[0]:
                    name = self.app.engine.seen_names(group.id).get(named[1])
                    if name:
                        return name
        return entity

    async def _command_confirm(self, result: CommandResult) -> CommandResult:
        number = next((int(a) for a in result.data.get("args", ()) if str(a).isdigit()), None)
        stored = self.rules.get(number) if number is not None else None
        if stored is None or stored.confirmed:
            return CommandResult(reply="请写明待确认的规则编号，例如 /确认拉黑 12（见 /名单）")
        stored = replace(stored, confirmed=True)
        self.app.store.ban_lists.queue_rule_flag(stored.id, "confirmed")
        await self.app.store.flush()
        self._keep(stored)
        self.app.spawn(self.sweep([stored]))
        return CommandResult(
            reply=f"已确认规则 #{stored.id} {stored.rule.shown}，正在各群处理，结果会发到管理群。"
        )

    async def _ask_confirmation(self, stored: StoredRule) -> None:
        matched = []
        for group in self.app.engine.groups():
            if self._covers(stored, group):
                for member in await self._members(group):
                    if stored.rule.matches(
                        entity_of(group.platform, member.id), _server(member.id)
                    ):
                        matched.append(self._label(group.id, member.id))
        text = (
            f"【黑名单待确认】名单「{stored.rule.list_name}」新增含通配符的规则 #{stored.id}"
            f" {stored.rule.shown}（{stored.rule.reason or '未写原因'}），当前匹配 "
            f"{len(matched)} 人{('：' + '、'.join(matched[:20])) if matched else ''}。"
            f"确认执行请发送 /确认拉黑 {stored.id}；不确认则不处理。"
        )
        await self.app.tell_staff(MANAGEMENT_GROUP, text, reason="banlist wildcard")

    def followed(self) -> str:
        """The lists followed, where each comes from and in which mode (for /名单)."""
        if not self.lists():
            return "没有订阅任何黑名单。管理群中发送 /订阅 名单房间 即可订阅。"
        written = self._written_list()
        lines = []
        for name, entry in self.lists().items():
            where = entry.room if entry.room != name else ""
            by = ""
            subscription = self.subscribed.get(name)
            if subscription is not None:
                when = subscription.added_at.astimezone(self.app.config.timezone)
                who = self._staff_name(subscription.added_by)
                by = f"，{who} {when:%m-%d %H:%M} 订阅"
            mine = "，本校写入" if written is not None and written[0] == name else ""
            lines.append(
                f"「{name}」{where}（{self._origin(name)}，{MODE_WORDS[entry.mode]}，"
                f"{self._scope(entry)}{mine}{by}）"
            )
        return "正在订阅的名单：\n" + "\n".join(lines)

    def _staff_name(self, member_id: str) -> str:
        for group in self.app.engine.groups():
            member = self.app.engine.named_member(group.id, member_id)
            if member.display_name or member.name:
                return member_name(member)
        return member_id

    async def listing(self) -> str:
        """/名单: the lists followed, then every live rule, with its list, reason and what
        it did."""
        head = self.followed()
        if not self.rules:
            return head + ("\n名单上暂无规则。" if self.lists() else "")
        targets = await self.app.store.ban_lists.targets()
        done: dict[int, int] = {}
        for t in targets:
            if t.state == "done":
                done[t.rule_id] = done.get(t.rule_id, 0) + 1
        lines = []
        for stored in sorted(self.rules.values(), key=lambda s: s.id)[:50]:
            rule = stored.rule
            state = "" if stored.confirmed else "（待确认）"
            mode = self.lists().get(rule.list_name)
            watch = "（观察）" if mode is not None and mode.mode == "watch" else ""
            lines.append(
                f"#{stored.id} 「{rule.list_name}」{watch}{self._shown(rule)}："
                f"{rule.reason or '未写原因'}"
                f"{state}，已处理 {done.get(stored.id, 0)} 人"
            )
        more = f"\n（共 {len(self.rules)} 条，只列出前 50 条）" if len(self.rules) > 50 else ""
        return head + "\n黑名单：\n" + "\n".join(lines) + more

    def _shown(self, rule: PolicyRule) -> str:
        named = member_of(rule.entity) if rule.entity else None
        if named is not None:
            for group in self.app.engine.groups():
                if group.platform == named[0]:
                    name = self.app.engine.seen_names(group.id).get(named[1])
                    if name:
                        return f"{name}（{rule.entity}）"
        return rule.shown


def _room_ref(ref: str) -> bool:
    """Whether staff wrote a Matrix room id or alias (as the config's ``room`` must be)."""
    try:
        BanListModel(room=ref)
    except ValueError:
        return False
    return True


def _server(member_id: str) -> str:
    return member_id.partition(":")[2] if member_id.startswith("@") else ""


# -- commands (pure: the watch above carries them out) ----------------------------------------


def _reason(ctx: CommandContext) -> str:
    return " ".join(a for a in ctx.args if not a.startswith("@") and parse_entity(a, ()) is None)


def cmd_blacklist(ctx: CommandContext) -> CommandResult:
    """/拉黑: ban here, and add to the school's list."""
    assert ctx.group is not None and ctx.target is not None
    action = Action(
        kind=ActionKind.BAN,
        group_id=ctx.group.id,
        member_id=ctx.target.id,
        rule_id="manual",
        reason=f"{member_name(ctx.invoker)} 使用命令 /{ctx.name}",
    )
    where = (
        "本群"
        if ctx.message.group_id == ctx.group.id
        else f" {ctx.group.class_name or ctx.group.id}"
    )
    return CommandResult(
        reply=f"已将 {member_name(ctx.target)} 移出{where}并禁止再次加入",
        actions=(action,),
        data={"banlist": "add", "reason": _reason(ctx), "args": ctx.args},
    )


def cmd_school_blacklist(ctx: CommandContext) -> CommandResult:
    return CommandResult(
        reply="", data={"banlist": "add", "reason": _reason(ctx), "args": ctx.args}
    )


def cmd_unblacklist(ctx: CommandContext) -> CommandResult:
    return CommandResult(reply="", data={"banlist": "remove", "args": ctx.args})


def cmd_listing(ctx: CommandContext) -> CommandResult:
    return CommandResult(reply="", data={"banlist": "show"})


def cmd_confirm(ctx: CommandContext) -> CommandResult:
    return CommandResult(reply="", data={"banlist": "confirm", "args": ctx.args})


def _typed_args(ctx: CommandContext) -> tuple[str, ...]:
    """The words as staff typed them: the app takes a group's name out of ``ctx.args`` (to
    find a member), but for /订阅 the groups are part of what is asked."""
    parsed = parse_command(ctx.message.text)
    return parsed.args if parsed is not None else ctx.args


def cmd_subscribe(ctx: CommandContext) -> CommandResult:
    return CommandResult(reply="", data={"banlist": "subscribe", "args": _typed_args(ctx)})


def cmd_unsubscribe(ctx: CommandContext) -> CommandResult:
    return CommandResult(reply="", data={"banlist": "unsubscribe", "args": _typed_args(ctx)})


BANLIST_COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec(
        name="blacklist",
        aliases=("拉黑",),
        summary="移出本群并记入全校黑名单（各群同步移出、拦在门外）",
        usage="/拉黑 成员 [原因]",
        handler=cmd_blacklist,
        needs_target=True,
    ),
    CommandSpec(
        name="schoolban",
        aliases=("全校拉黑",),
        summary="记入全校黑名单（不在本群的成员或账号也可）",
        usage="/全校拉黑 成员或账号 [原因]",
        handler=cmd_school_blacklist,
    ),
    CommandSpec(
        name="unblacklist",
        aliases=("解除拉黑",),
        summary="移出全校黑名单，并解除名单造成的拉黑",
        usage="/解除拉黑 成员或账号",
        handler=cmd_unblacklist,
    ),
    CommandSpec(
        name="subscribe",
        aliases=("订阅",),
        summary="订阅一个共享黑名单（Matrix 名单房间）：执行或只提醒，全部群或指定的群（管理群）",
        usage="/订阅 名单房间 [apply|watch] [群…]",
        handler=cmd_subscribe,
    ),
    CommandSpec(
        name="unsubscribe",
        aliases=("退订",),
        summary="退订用 /订阅 订阅的名单，选择保留或解除它造成的拉黑（管理群）",
        usage="/退订 名单房间 [保留|解除]",
        handler=cmd_unsubscribe,
    ),
    CommandSpec(
        name="banlist",
        aliases=("名单", "黑名单"),
        summary="查看订阅的名单、黑名单规则及原因",
        handler=cmd_listing,
        roles=READERS,
        private=True,
    ),
    CommandSpec(
        name="confirmban",
        aliases=("确认拉黑",),
        summary="确认执行含通配符的黑名单规则",
        usage="/确认拉黑 规则编号",
        handler=cmd_confirm,
    ),
)


__all__ = [
    "BANLIST_COMMANDS",
    "RULE_ID",
    "RULE_MARK",
    "BanListWatch",
    "PolicyHost",
    "PolicyRooms",
]
