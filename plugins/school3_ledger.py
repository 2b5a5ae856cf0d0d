"""P02 — 大塘中心小学's sanction ledger (班级群管理 3, clause 5), a school plugin example.

School 3 holds its teachers to clause 5 with money and tenure: "如发现一次扣款 30 元，两次作
自动放弃任教职处理". classmod does not fine anyone; it keeps the ledger for the school office:

* a teacher's first R04 (illegal) or R05 (abuse) offence is recorded as a 30-yuan fine;
* a second one is recorded as a dismissal recommendation and escalated to the school office.

Parents are not affected. The plugin uses only the public hooks, so it is the model a
school's plugin author copies: it decides actions, the host keeps them with the other
decided actions, applies and audits them; the ledger is the plugin's own table
(``classmod_register_storage``), which its migrations create in the school's store.

```yaml
plugins: [./school3_ledger.py]
```
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from classmod.context import DecisionContext
from classmod.hookspecs import Plan, hookimpl
from classmod.model import Action, ActionKind, Role
from classmod.pluginstore import RECORDER, PluginStorage, StorageSpec, record_action

LEDGER_RULES = frozenset({"R04", "R05"})
FINE_YUAN = 30
TEACHER_ROLES = frozenset({Role.TEACHER, Role.HEAD_TEACHER})

#: the ledger's migrations: append, never edit (a school's store has run the old ones).
#: ``IF NOT EXISTS``: in a store from before plugins had storage, the ledger was a core
#: table, which the store's own upgrade renamed to this one.
MIGRATIONS = (
    """
    CREATE TABLE IF NOT EXISTS school3_ledger (
        id INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        group_id TEXT NOT NULL,
        member_id TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        entry TEXT NOT NULL,
        detail TEXT
    );
    """,
)


async def record(action: Action, storage: PluginStorage, now: datetime) -> str:
    """Write one ledger entry (the action's text) for the school office."""
    details = {k: v for k, v in action.data if k != RECORDER}
    storage.execute(
        "INSERT INTO school3_ledger(ts, group_id, member_id, rule_id, entry, detail)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            now.isoformat(),
            action.group_id,
            action.member_id,
            action.rule_id,
            action.text,
            json.dumps(details, ensure_ascii=False),
        ),
    )
    return "recorded in the sanction ledger"


STORAGE = StorageSpec(name="school3_ledger", migrations=MIGRATIONS, record=record)


@hookimpl
def classmod_register_storage() -> StorageSpec:
    return STORAGE


def ledger_entry(prior_offences: int) -> tuple[str, bool]:
    """The ledger text for a teacher with ``prior_offences`` earlier offences, and whether
    it goes to the school office."""
    if prior_offences == 0:
        return f"首次违反群规第5条：按校规扣款{FINE_YUAN}元", False
    return "再次违反群规第5条：按校规建议作自动放弃任教职处理（请学校办公室核实决定）", True


@hookimpl
def classmod_extra_actions(ctx: DecisionContext, plan: Plan) -> Sequence[Action]:
    if ctx.member.role not in TEACHER_ROLES:
        return ()
    hits = [v for v in ctx.verdicts if v.rule_id in LEDGER_RULES]
    if not hits:
        return ()
    prior = sum(ctx.prior_offences.get(rule, 0) for rule in LEDGER_RULES)
    text, escalate = ledger_entry(prior)
    who = ctx.member.display_name or ctx.member.name or ctx.member.id
    actions = [
        record_action(
            STORAGE,
            group_id=ctx.group.id,
            member_id=ctx.member.id,
            rule_id=hits[0].rule_id,
            reason=hits[0].reason,
            text=text,
            data=(("offence", str(prior + 1)), ("teacher", who)),
        )
    ]
    if escalate:
        actions.append(
            Action(
                kind=ActionKind.ESCALATE_OFFICE,
                group_id=ctx.group.id,
                member_id=ctx.member.id,
                rule_id="P02",
                reason=hits[0].reason,
                text=f"【P02 处分台账】{who}：{text}。依据：{hits[0].reason}",
            )
        )
    return actions
