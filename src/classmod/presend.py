"""Pre-send blocks (the Matrix antispam endpoint) as decided messages of the app.

A message the homeserver asks about before it accepts it is judged by the group's message
rules, without the history: one a rule would delete is blocked, and nobody sees it. A block
is a decision like any other: the engine judges the message (with the history, as if it
had been posted), its evidence and strikes are stored, and the plan is carried out but
for the deletion (there is nothing to delete) and for what would answer the message in the
group (nobody there saw it): a warning goes to the sender privately, a mute at the
threshold is applied, staff alerts are raised, quoting the blocked text. The homeserver may
ask again about the same event: it is blocked again, judged and counted once (the
processed mark, kept in the store across restarts).

What passes is not recorded: the bot judges it when it arrives in the room.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import structlog

from classmod.context import MessageContext
from classmod.model import Action, ActionKind, Message, Severity, Verdict
from classmod.policy import without_deletion

if TYPE_CHECKING:
    from classmod.app import App

log = structlog.get_logger("classmod.presend")

#: added to a staff alert about a blocked message
BLOCKED_NOTE = "（发送前已拦截，群里没有人看到这条消息）"
#: what a blocked message's sender is told when no rule gave a reason
BLOCKED_FALLBACK = "这条消息违反了本群群规，未能发送"
#: what never applies to a blocked message: it is not in the room
_NOT_IN_ROOM = frozenset({ActionKind.DELETE, ActionKind.TIDY})
#: what would answer the message in the group: said privately instead
_IN_GROUP = frozenset({ActionKind.WARN, ActionKind.REMIND})


def blocking_verdict(verdicts: Sequence[Verdict]) -> Verdict | None:
    """The verdict that blocks a message: the first a rule would delete, MINOR or above."""
    return next((v for v in verdicts if v.delete and v.severity >= Severity.MINOR), None)


def blocked_actions(actions: Sequence[Action]) -> tuple[Action, ...]:
    """A plan for a message that was never posted: no deletion, no reply in the group (a
    warning goes privately, once per member: the first in the plan, the ladder's own
    wording), no message to point at, and staff told it was blocked."""
    out: list[Action] = []
    told: set[str] = set()
    for action in actions:
        if action.kind in _NOT_IN_ROOM:
            continue
        action = replace(without_deletion(action), message_id="")
        if action.kind in _IN_GROUP or action.kind == ActionKind.NOTIFY:
            if action.member_id in told:
                continue
            told.add(action.member_id)
            action = replace(action, kind=ActionKind.NOTIFY)
        elif action.kind in (ActionKind.ALERT_STAFF, ActionKind.ESCALATE_OFFICE):
            action = replace(action, text=action.text + BLOCKED_NOTE)
        out.append(action)
    return tuple(out)


class PresendWatch:
    """The app's part: ``judge`` is the antispam endpoint's ``decide``."""

    def __init__(self, app: App) -> None:
        self.app = app

    def _blocking(self, message: Message) -> Verdict | None:
        engine = self.app.engine
        setup = engine.setup(message.group_id)
        member = engine.member(message.group_id, message.sender_id, message.display_name)
        if member.is_staff:
            return None  # staff are alerted about, never silently blocked
        # the engine's own binding: the group's settings and learned terms as they are now
        rules = engine.message_rules(message.group_id)
        ctx = MessageContext(
            group=setup.group,
            roster=setup.roster,
            member=member,
            message=message,
            now=self.app.clock(),
        )
        return blocking_verdict(self.app.host.check_message(rules, ctx))

    def judge(self, message: Message) -> bool | str:
        """True to let ``message`` through, or the reason it is blocked (the sender reads
        it). A block's actions are under way when this returns (the app tracks them)."""
        if message.group_id not in self.app.config.groups:
            return True
        if not message.display_name:
            known = self.app.engine.named_member(message.group_id, message.sender_id)
            message = replace(message, display_name=known.display_name)
        verdict = self._blocking(message)
        if verdict is None:
            return True
        reason = f"[{verdict.rule_id}] {verdict.reason}" if verdict.reason else BLOCKED_FALLBACK
        key = self.app._key(message)
        if self.app.store.processed.seen(key):
            log.info("block_repeated", group=message.group_id, event_id=message.id)
            return reason
        decision = self.app.engine.handle_message(message, self.app.clock())
        decision = replace(decision, actions=blocked_actions(decision.actions))
        self.app.record_blocked(message, decision)
        log.info(
            "message_blocked_judged",
            group=message.group_id,
            member=message.sender_id,
            rules=[v.rule_id for v in decision.verdicts],
            strikes=decision.strikes_added,
        )
        return reason


__all__ = ["BLOCKED_NOTE", "PresendWatch", "blocked_actions", "blocking_verdict"]
