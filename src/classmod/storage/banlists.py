"""Shared ban lists (``ban_rules``, ``ban_targets``, ``ban_subscriptions``; see
``classmod.banlist`` and ``classmod.banwatch``): the rules of the lists followed, what each
rule did member by member, and the lists staff follow at run time.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from classmod.banlist import PolicyRule, RuleKind
from classmod.storage.records import BanTarget, StoredRule, Subscription, stamp
from classmod.storage.writer import BatchWriter, insert, write

BAN_TARGET_SET = insert(
    "ban_targets",
    ("rule_id", "group_id", "member_id", "action", "state", "ts"),
    upsert="ON CONFLICT(rule_id, group_id, member_id)"
    " DO UPDATE SET action = excluded.action, state = excluded.state, ts = excluded.ts",
)


class SqliteBanLists:
    """The ban lists (``BanLists``) of the SQLite store."""

    def __init__(self, writer: BatchWriter) -> None:
        self._writer = writer

    async def add_rule(
        self,
        rule: PolicyRule,
        now: datetime,
        *,
        by: str = "",
        confirmed: bool = True,
        written: bool = True,
    ) -> int:
        """Store a rule of a list, committed at once (after everything queued): its id."""
        await self._writer.flush()

        def insert() -> int:
            try:
                cursor = self._writer.conn.execute(
                    "INSERT INTO ban_rules(list, kind, state_key, entity, sha256,"
                    " recommendation, reason, event_type, added_at, added_by, confirmed,"
                    " written) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        rule.list_name,
                        str(rule.kind),
                        rule.state_key,
                        rule.entity,
                        rule.sha256,
                        rule.recommendation,
                        rule.reason,
                        rule.event_type,
                        stamp(now),
                        by,
                        int(confirmed),
                        int(written),
                    ),
                )
                self._writer.conn.commit()
            except BaseException:
                self._writer.conn.rollback()
                raise
            self._writer.commits += 1
            return int(cursor.lastrowid or 0)

        return await self._writer.until_free(insert)

    async def rules(self, *, live: bool = True) -> list[StoredRule]:
        """The stored rules, oldest first: the live ones (not removed), or all."""
        where = "WHERE removed_at IS NULL" if live else ""
        rows = await self._writer.read(
            "SELECT id, list, kind, state_key, entity, sha256, recommendation, reason,"
            " event_type, added_at, added_by, removed_at, swept, confirmed, written"
            f" FROM ban_rules {where} ORDER BY id"
        )
        return [
            StoredRule(
                id=int(r[0]),
                rule=PolicyRule(
                    list_name=r[1],
                    kind=RuleKind(r[2]),
                    state_key=r[3],
                    entity=r[4],
                    sha256=r[5],
                    recommendation=r[6],
                    reason=r[7],
                    event_type=r[8],
                ),
                added_at=datetime.fromisoformat(r[9]),
                added_by=r[10],
                removed_at=datetime.fromisoformat(r[11]) if r[11] else None,
                swept=bool(r[12]),
                confirmed=bool(r[13]),
                written=bool(r[14]),
            )
            for r in rows
        ]

    def queue_rule_removed(self, rule_id: int, now: datetime) -> None:
        self._writer.queue(
            write(
                "ban_rules",
                "UPDATE ban_rules SET removed_at = ? WHERE id = ? AND removed_at IS NULL",
            ),
            (stamp(now), rule_id),
        )

    def queue_rule_flag(self, rule_id: int, flag: str, value: bool = True) -> None:
        """Set ``swept``, ``confirmed`` or ``written`` on a rule."""
        if flag not in ("swept", "confirmed", "written"):
            raise ValueError(f"not a rule flag: {flag}")
        self._writer.queue(
            write("ban_rules", f"UPDATE ban_rules SET {flag} = ? WHERE id = ?"),
            (int(value), rule_id),
        )

    def queue_target(
        self, rule_id: int, group_id: str, member_id: str, action: str, state: str, now: datetime
    ) -> None:
        """What a rule did (or is about to do) to one member of one group."""
        self._writer.queue(
            BAN_TARGET_SET,
            (rule_id, group_id, member_id, action, state, stamp(now)),
        )

    def queue_target_state(
        self, rule_id: int, group_id: str, member_id: str, state: str, now: datetime
    ) -> None:
        self._writer.queue(
            write(
                "ban_targets",
                "UPDATE ban_targets SET state = ?, ts = ? WHERE rule_id = ? AND group_id = ?"
                " AND member_id = ?",
            ),
            (state, stamp(now), rule_id, group_id, member_id),
        )

    def queue_targets_left(self, rule_id: int, now: datetime) -> None:
        """The bans a rule caused stay when its list is unfollowed: never lifted later."""
        self._writer.queue(
            write(
                "ban_targets",
                "UPDATE ban_targets SET state = 'left', ts = ? WHERE rule_id = ?"
                " AND state IN ('queued', 'done', 'lifting')",
            ),
            (stamp(now), rule_id),
        )

    async def add_subscription(self, subscription: Subscription) -> None:
        """A list staff follow from now on (``/订阅``), committed at once."""
        groups: Any = "all" if subscription.groups == ("all",) else list(subscription.groups)
        await self._writer.write_now(
            "INSERT INTO ban_subscriptions(name, room, mode, groups, added_by, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                subscription.name,
                subscription.room,
                subscription.mode,
                json.dumps(groups, ensure_ascii=False),
                subscription.added_by,
                stamp(subscription.added_at),
            ),
        )

    def queue_subscription_removed(self, name: str) -> None:
        """A list no longer followed (``/退订``), committed with what its rules become."""
        self._writer.queue(
            write("ban_subscriptions", "DELETE FROM ban_subscriptions WHERE name = ?"), (name,)
        )

    async def subscriptions(self) -> list[Subscription]:
        """The lists staff follow at run time, oldest first."""
        rows = await self._writer.read(
            "SELECT name, room, mode, groups, added_by, added_at FROM ban_subscriptions"
            " ORDER BY added_at, name"
        )
        found = []
        for r in rows:
            groups = json.loads(r[3])
            found.append(
                Subscription(
                    name=r[0],
                    room=r[1],
                    mode=r[2],
                    groups=("all",) if groups == "all" else tuple(str(g) for g in groups),
                    added_by=r[4],
                    added_at=datetime.fromisoformat(r[5]),
                )
            )
        return found

    async def targets(self, rule_id: int | None = None) -> list[BanTarget]:
        """What the rules did, member by member (one rule's, or every rule's)."""
        where, params = ("WHERE rule_id = ?", (rule_id,)) if rule_id is not None else ("", ())
        rows = await self._writer.read(
            "SELECT rule_id, group_id, member_id, action, state, ts FROM ban_targets"
            f" {where} ORDER BY rule_id, group_id, member_id",
            params,
        )
        return [
            BanTarget(
                rule_id=int(r[0]),
                group_id=r[1],
                member_id=r[2],
                action=r[3],
                state=r[4],
                ts=datetime.fromisoformat(r[5]),
            )
            for r in rows
        ]
