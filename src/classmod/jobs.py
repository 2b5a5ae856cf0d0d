"""A job: the actions one event asked for, on their way through the outbox to the bridges."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from classmod.model import Action, Outcome


@dataclass(frozen=True, slots=True, kw_only=True)
class Job:
    """Actions an event asked for, their outbox ids, and what to do once they are applied."""

    group_id: str
    event_id: str
    actions: Sequence[Action]
    intents: Sequence[int]  # the outbox row of each action
    then: Callable[[list[Outcome]], Awaitable[None]]
    decided_at: datetime | None = None  # set for a job replayed from the outbox


async def nothing_more(outcomes: list[Outcome]) -> None:
    """A job's ``then`` when nothing follows its actions."""
    return None


__all__ = ["Job", "nothing_more"]
