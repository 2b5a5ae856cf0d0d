"""Timers: what the app does when a stored timer falls due, by kind.

A timer is a row of the store (``store.timers.queue``): a group, a member, a kind, a due
time and a JSON payload, kept across restarts and retried until what it does is done
(``App.fire_due_timers``). Each kind is a ``TimerKind``, registered in one table the app
builds at start from its own modules (the unmute, the P03 escalation, the P04 deadline,
the digest, the night lock, the grace period …) and from plugins
(``classmod_register_timers``); a plugin arms its timers with ``PluginStorage.add_timer``
and names their kinds ``<its storage name>.<anything>``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from classmod.model import Action, Outcome

if TYPE_CHECKING:
    from classmod.storage.records import Timer

#: the core's own kinds (stored in the timers table: never renamed)
UNMUTE = "unmute"
ALERT_ESCALATION = "alert_escalation"  # P03: an alert staff left unhandled goes to the office
NOTICE_DEADLINE = "notice_deadline"  # P04: who has not acknowledged a notice by its deadline


@dataclass(frozen=True, slots=True)
class TimerKind:
    """What the app does with a due timer of one kind (see ``App.fire_due_timers``).

    ``action``: the action to carry out now, or None when nothing is left to do.
    ``done``: after the action was applied. ``refused``: after it was refused; True when
    the refusal is final (the timer ends), False to retry it later. ``in_group``: the timer
    is about a class group, and ends unfired once the config no longer has that group."""

    action: Callable[[Timer], Awaitable[Action | None]]
    done: Callable[[Timer, Outcome], Awaitable[None]] | None = None
    refused: Callable[[Timer, Outcome], Awaitable[bool]] | None = None
    in_group: bool = True


__all__ = ["ALERT_ESCALATION", "NOTICE_DEADLINE", "UNMUTE", "TimerKind"]
