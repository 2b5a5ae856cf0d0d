"""Applying a ban list: a 1,000-entry list to 200 groups of 50 members.

    .venv/bin/python benchmarks/banlist.py [--entries 1000] [--groups 200] [--members 50]

The real app, store and ban-list code (``classmod.banwatch``) over a fake platform that
counts the calls it is asked for (member lists and removals; nothing is sent anywhere).
One member in ten of each group is on the list (exact QQ numbers, hashed ids and a few
globs), the rest are not. Prints the time to apply the list to every group, the API calls
made, and how many members were removed; the batches' pause is 0 here (the time measured
is classmod's own, not the rate limit's).
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections import Counter
from pathlib import Path

from classmod.app import App
from classmod.banlist import PolicyRule, RuleKind, entity_of, sha256_of, state_key_for
from classmod.config import load_config
from classmod.model import Action, ActionKind, Group, Member, Outcome, Platform
from classmod.store import Store
from classmod.testing import FakeBridge


class CountingPlatform(FakeBridge):
    """Counts every platform call; lists the members it was given."""

    def __init__(self, members: dict[str, list[str]]) -> None:
        super().__init__(Platform.QQ, name="qq")
        self.members = members
        self.calls: Counter[str] = Counter()

    async def member_list(self, group: Group) -> list[Member] | None:
        self.calls["get_group_member_list"] += 1
        return [Member(id=m) for m in self.members[group.id]]

    async def apply(self, action: Action, group: Group) -> Outcome:
        self.calls["set_group_kick" if action.kind == ActionKind.BAN else str(action.kind)] += 1
        return await super().apply(action, group)

    async def post(self, room: str, text: str) -> Outcome:
        self.calls["send_msg"] += 1
        return await super().post(room, text)


def write_config(path: Path, groups: int) -> Path:
    (path / "roster.yaml").write_text("roster:\n  teachers: []\n  students: []\n")
    lines = [
        "school: 基准学校",
        "quiet_hours: false",
        'management: {platform: qq, room: "9999"}',
        "banlists:",
        "  batch: 20",
        "  lists:",
        '    district: {room: "#district-bans:example.org"}',
        "groups:",
    ]
    for g in range(groups):
        lines += [f"  g{g}:", "    platform: qq", f'    platform_id: "{100000 + g}"']
        lines += ["    roster: roster.yaml"]
    (path / "school.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path / "school.yaml"


def build_list(entries: int) -> list[PolicyRule]:
    rules = []
    for i in range(entries):
        entity = entity_of(Platform.QQ, str(500_000 + i))
        if i % 10 == 0:  # hashed (MSC4205)
            digest = sha256_of(entity)
            rules.append(
                PolicyRule(
                    list_name="district",
                    kind=RuleKind.USER,
                    state_key=state_key_for(sha256=digest),
                    sha256=digest,
                    reason="spam",
                )
            )
        else:
            rules.append(
                PolicyRule(
                    list_name="district",
                    kind=RuleKind.USER,
                    state_key=state_key_for(entity),
                    entity=entity,
                    reason="spam",
                )
            )
    return rules


async def main(entries: int, groups: int, members: int) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch)
        config = load_config(write_config(path, groups))
        roster: dict[str, list[str]] = {}
        listed = 0
        for g in range(groups):
            ids = [str(1_000_000 + g * members + m) for m in range(members)]
            for m in range(0, members, 10):  # one in ten is on the list
                ids[m] = str(500_000 + (g * 7 + m) % entries)
                listed += 1
            roster[f"g{g}"] = ids
        platform = CountingPlatform(roster)
        store = Store(path / "state.sqlite")
        await store.open()
        app = App(config, [platform], store)
        app.banlists.pause = 0
        await app.start()
        rules = build_list(entries)
        started = time.perf_counter()
        await app.banlists.update("district", rules)
        elapsed = time.perf_counter() - started
        await app.drain()
        removed = len(platform.gone)
        await store.close()
    print(f"list: {entries} entries; groups: {groups} x {members} members")
    print(f"applied in {elapsed:.2f} s; members removed: {removed} (listed: {listed})")
    print(f"API calls: {sum(platform.calls.values())} {dict(platform.calls)}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--groups", type=int, default=200)
    parser.add_argument("--members", type=int, default=50)
    args = parser.parse_args()
    asyncio.run(main(args.entries, args.groups, args.members))
