"""What the rest of classmod needs of a store, area by area: one ``Protocol`` an area, and
``Storage``, the aggregate that names them.

``classmod.store.Store`` implements them on SQLite (``classmod.storage.<area>``); a second
backend (PostgreSQL, say) implements the same protocols. A caller that needs one area
depends on its protocol (a bridge on ``Cursors``), one that needs several on ``Storage``.
The ``queue_``/``note_`` methods queue a write without awaiting (the app's decision path
runs to the end without yielding to the loop) and commit at the next ``Storage.flush``, with
every other area's; the async ``add``/``record_`` twins are the awaitable API; what a
method says is durable on return is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol

from classmod.banlist import PolicyRule
from classmod.context import Notice
from classmod.labels import Example
from classmod.model import Action, Decision, Message, Outcome
from classmod.pluginstore import StorageSpec
from classmod.storage.records import (
    Alert,
    BanTarget,
    EventKey,
    Intent,
    StoredRule,
    Subscription,
    Timer,
)
from classmod.terms import LearnedTerm


class Processed(Protocol):
    """Which events were handled already: the replay check, with no database trip."""

    def seen(self, key: EventKey) -> bool:
        """Whether the event (platform, group, event id) was handled already (a replay).
        No database trip."""

    async def mark(self, key: EventKey, ts: datetime) -> None: ...

    def note(self, key: EventKey, ts: datetime) -> None: ...

    async def keep(self, window: timedelta, now: datetime) -> int:
        """Remember processed ids for ``window`` only (a replay comes from a bridge cursor a
        few batches old, never days); older ids are dropped from memory and disk."""


class Messages(Protocol):
    """Message locators (no text): what a reply-targeted command or a deletion needs."""

    def queue(self, message: Message) -> None:
        """Remember where a message is and who sent it (no text): a reply-targeted command
        or a deletion needs it after a restart."""

    async def get(self, group_id: str, message_id: str) -> Message | None:
        """A stored message locator as a Message without its text."""

    async def last_name(self, group_id: str, member_id: str) -> str | None:
        """The display name of the member's latest stored message in the group."""

    async def senders(self, key: str) -> list[tuple[str, str]]:
        """(group, member) of the stored messages sent by ``key`` (an id) or under ``key``
        (a display name), newest first."""


class Audit(Protocol):
    """The audit log: what was judged, decided, done and said, and the queries over it."""

    async def record_decision(
        self, decision: Decision, message: Message | None, now: datetime, strikes_added: int
    ) -> None: ...

    def queue_decision(
        self, decision: Decision, message: Message | None, now: datetime, strikes_added: int
    ) -> None:
        """Queue verdicts, notes and strikes; the caller flushes before applying anything."""

    async def record_outcome(self, outcome: Outcome, event_id: str, now: datetime) -> None: ...

    async def record_command(
        self, group_id: str, member_id: str, event_id: str, summary: str, now: datetime
    ) -> None: ...

    async def record_correction(
        self,
        group_id: str,
        member_id: str,
        event_id: str,
        summary: str,
        detail: dict[str, Any],
        text: str | None,
        now: datetime,
    ) -> None:
        """Staff said the bot was wrong (误判): kept with the message text, which the
        retention period blanks like any evidence."""

    def record_not_done(self, action: Action, event_id: str, why: str, now: datetime) -> None:
        """An action the bot decided but cannot carry out, left to staff by hand (a QQ join
        block OneBot v11 cannot lift): audited as not done by the bot, with why."""

    async def tail(self, group_id: str | None = None, limit: int = 20) -> list[dict[str, Any]]: ...

    async def last_action(self, group_id: str, member_id: str) -> dict[str, Any] | None:
        """The bot's last punitive action on a member (for /undo)."""

    async def event_evidence(self, group_id: str, event_id: str) -> str | None:
        """The stored text of the message an event judged, while it is kept."""

    async def event_actions(self, group_id: str, event_id: str) -> list[Action]:
        """The actions an event led to that were applied (``ok``), in order."""

    async def event_rule_evidence(self, group_id: str, event_id: str, rule_id: str) -> str:
        """What a rule matched in an event's message (its verdict's evidence), or ''."""

    async def event_labels(self, group_id: str, event_id: str) -> list[tuple[str, str]]:
        """(rule, category with any sub-rule) of the verdicts the rules gave an event."""

    async def rule_counts(
        self, since: datetime, until: datetime
    ) -> list[tuple[str, str, str, int]]:
        """(group, rule, category, events judged) between ``since`` and ``until``."""


class Examples(Protocol):
    """Labelled examples: one a message, the latest label wins."""

    def queue(self, example: Example, now: datetime, *, audit: bool = True) -> None:
        """Keep a labelled example (it replaces an earlier label of the same message), and
        say so in the audit log (kind ``label``) unless it was imported."""

    async def add(self, example: Example, now: datetime) -> None: ...

    async def import_all(self, examples: Iterable[Example], now: datetime) -> int:
        """Imported examples, in one commit; one audit row says how many. Returns the count."""

    async def stored(self, group_id: str | None = None) -> list[Example]:
        """The stored examples (of one group, or all), oldest message first."""


class Terms(Protocol):
    """Learned terms: proposed from a correction, used once staff confirm them."""

    def propose(
        self,
        *,
        rule_id: str,
        kind: str,
        term: str,
        source_group: str,
        source_message: str,
        source_text: str,
        by: str,
        now: datetime,
    ) -> int:
        """A proposed term (not used until confirmed), audited; its id."""

    def note_posted(self, term_id: int, posted: str) -> None:
        """The platform id of the proposal's post: staff confirm by replying to it."""

    async def decide(
        self,
        term_id: int,
        state: str,
        by: str,
        now: datetime,
        *,
        term: str = "",
        group_id: str | None = None,
    ) -> None:
        """A term confirmed (``active``: with the term staff chose and its scope, a group or
        '' for the school), declined or removed; audited."""

    async def get(self, term_id: int) -> LearnedTerm | None: ...

    async def posted_as(self, posted: str) -> LearnedTerm | None:
        """The proposal whose management-room post is ``posted``."""

    async def source_text(self, term_id: int) -> str:
        """The corrected message's text, while it is kept ('' once blanked)."""

    async def in_states(self, states: Iterable[str] = ("active",)) -> list[LearnedTerm]:
        """The terms in these states, oldest first."""


class Strikes(Protocol):
    """Strikes and offence counts: the policy's state across restarts."""

    async def add(
        self, group_id: str, member_id: str, ts: datetime, weight: int, rule_id: str
    ) -> None: ...

    def queue(
        self,
        group_id: str,
        member_id: str,
        ts: datetime,
        weight: int,
        rule_id: str,
        *,
        event_id: str = "",
    ) -> None: ...

    async def remove_event(
        self, group_id: str, member_id: str, event_id: str
    ) -> list[tuple[datetime, int]]:
        """Take back the strikes one event added (误判); the (time, weight) of each."""

    async def reset(self, group_id: str, member_id: str) -> None: ...

    async def load(self, since: datetime) -> list[tuple[str, str, datetime, int]]:
        """The strikes given since ``since``: (group, member, when, weight), for the engine."""

    async def load_offences(self) -> list[tuple[str, str, str, int]]: ...

    def queue_offence(self, group_id: str, member_id: str, rule_id: str) -> None:
        """One offence more against ``rule_id`` (a verdict of some severity)."""


class Timers(Protocol):
    """Timed sanctions and reminders, retried while they fail."""

    async def add(
        self,
        group_id: str,
        member_id: str,
        kind: str,
        due: datetime,
        payload: dict[str, Any] | None = None,
    ) -> None: ...

    def queue(
        self,
        group_id: str,
        member_id: str,
        kind: str,
        due: datetime,
        payload: dict[str, Any] | None = None,
    ) -> None: ...

    def queue_once(
        self,
        group_id: str,
        member_id: str,
        kind: str,
        due: datetime,
        payload: dict[str, Any] | None = None,
    ) -> None:
        """A timer, unless one of this kind for this member is pending (a grace period is
        not lengthened by a second sighting of the same stranger)."""

    def queue_cancel(self, group_id: str, member_id: str, kind: str) -> None: ...

    async def pending(self) -> list[Timer]: ...

    async def finish(self, timer_id: int) -> None: ...

    async def abandon(self, timer_id: int) -> None:
        """Given up after failing too long: no longer pending, and not done (``done = 2``)."""

    async def retry(
        self, timer: Timer, due: datetime, failing_since: datetime, *, alerted: bool
    ) -> None:
        """A failed timer stays pending, due again at ``due``, one failure more."""


class Outbox(Protocol):
    """Decided actions not yet carried out, committed with their evidence."""

    def queue(self, event_id: str, actions: Sequence[Action], now: datetime) -> tuple[int, ...]:
        """Queue decided actions, to be committed with their evidence; their ids, in order.

        The ids are ours to give (one store owns the file), so the inserts can be queued
        with the decision and commit in its transaction."""

    def finish(self, intent_id: int) -> None:
        """The action was carried out or finally failed (its outcome is queued with this)."""

    async def pending(self) -> list[Intent]: ...


class PluginData(Protocol):
    """Plugins' storage: their key-value space, their own tables and migrations."""

    async def migrate(self, spec: StorageSpec) -> int:
        """Run the plugin's migrations the store has not run yet, each in one transaction;
        returns how many ran. A migration that fails, or creates a table that is not the
        plugin's (``spec.owns_table``), is rolled back and raises PluginStorageError."""

    def write(
        self, sql: str, params: Sequence[Any] = (), *, owner: StorageSpec | None = None
    ) -> None:
        """Queue a plugin's write: with ``owner``, only to one of that plugin's tables; without,
        to the plugins' key-value table."""

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """A plugin's query, after committing what is queued (reads see committed rows)."""


class Notices(Protocol):
    """Notices and who acknowledged them."""

    async def add(self, notice: Notice) -> None: ...

    def queue_ack(
        self, group_id: str, notice_id: str, member_id: str, ts: datetime, via: str
    ) -> None: ...

    async def load(self, since: datetime) -> list[Notice]:
        """The notices posted since ``since``, oldest first, for the engine."""

    async def load_acks(self) -> list[tuple[str, str, str]]: ...


class Alerts(Protocol):
    """Staff alerts, their posts in the management room and what staff answered."""

    async def add(
        self,
        group_id: str,
        member_id: str,
        text: str,
        now: datetime,
        *,
        event_id: str = "",
        message_id: str = "",
        rule_id: str = "",
    ) -> int: ...

    def note_posted(self, alert_id: int, posted: str) -> None:
        """The platform id of the alert's post: staff answer by replying to it."""

    async def get(self, alert_id: int) -> Alert | None: ...

    async def posted_as(self, posted: str) -> Alert | None:
        """The alert whose management-room post has this platform id."""

    async def answer(self, alert_id: int, answer: str) -> None:
        """Staff answered the alert: it is handled (no escalation) and the answer kept."""

    async def handle(self, group_id: str, member_id: str | None = None) -> int: ...

    async def latest(self, group_id: str, member_id: str, rule_id: str) -> Alert | None:
        """The last alert about ``member_id`` in the group for this rule."""

    async def handled(self, alert_id: int) -> bool: ...

    async def mark_escalated(self, alert_id: int) -> None: ...

    async def open_counts(self, except_rule: str) -> dict[str, int]:
        """Alerts nobody answered yet, per group (appeals, ``except_rule``, not counted)."""

    async def answers(
        self, rule_id: str, since: datetime, until: datetime
    ) -> list[tuple[str, str]]:
        """(group, answer) of the alerts of one rule raised in the period ('' unanswered)."""


class Appeals(Protocol):
    """What an appeal is about, and the appeals made or answered."""

    async def last_punishment(
        self, member_id: str, group_ids: Sequence[str], since: datetime
    ) -> tuple[str, str, str, datetime] | None:
        """(group, event, rule, when) of the last applied warning, mute, deletion or
        removal of a member in any of ``group_ids`` since ``since``: what an appeal is about."""

    async def appeal_of(self, group_id: str, event_id: str, rule_id: str) -> Alert | None:
        """The appeal alert (``rule_id``) already raised about an event, if any."""

    async def event_rule(self, group_id: str, event_id: str) -> str:
        """The rule an event was punished for (its first sanction), else the first that
        judged it; '' when none is stored."""

    def record(
        self,
        group_id: str,
        member_id: str,
        event_id: str,
        summary: str,
        detail: dict[str, Any],
        now: datetime,
    ) -> None:
        """An appeal made or answered, in the audit log (the event is the punished one)."""


class Cursors(Protocol):
    """Durable keys and values kept across restarts (a bridge's sync token, last seq)."""

    async def get(self, key: str) -> str | None: ...

    async def set(self, key: str, value: str) -> None:
        """Durable on return, together with everything handled before it."""

    def queue(self, key: str, value: str) -> None:
        """``set`` committed with the caller's other writes (no flush of its own)."""

    async def under(self, prefix: str) -> dict[str, str]:
        """Every cursor whose key starts with ``prefix``, by the rest of its key."""


class BanLists(Protocol):
    """Shared ban lists: their rules, what each did, the lists followed at run time."""

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

    async def rules(self, *, live: bool = True) -> list[StoredRule]:
        """The stored rules, oldest first: the live ones (not removed), or all."""

    def queue_rule_removed(self, rule_id: int, now: datetime) -> None: ...

    def queue_rule_flag(self, rule_id: int, flag: str, value: bool = True) -> None:
        """Set ``swept``, ``confirmed`` or ``written`` on a rule."""

    def queue_target(
        self, rule_id: int, group_id: str, member_id: str, action: str, state: str, now: datetime
    ) -> None:
        """What a rule did (or is about to do) to one member of one group."""

    def queue_target_state(
        self, rule_id: int, group_id: str, member_id: str, state: str, now: datetime
    ) -> None: ...

    def queue_targets_left(self, rule_id: int, now: datetime) -> None:
        """The bans a rule caused stay when its list is unfollowed: never lifted later."""

    async def add_subscription(self, subscription: Subscription) -> None:
        """A list staff follow from now on (``/订阅``), committed at once."""

    def queue_subscription_removed(self, name: str) -> None:
        """A list no longer followed (``/退订``), committed with what its rules become."""

    async def subscriptions(self) -> list[Subscription]:
        """The lists staff follow at run time, oldest first."""

    async def targets(self, rule_id: int | None = None) -> list[BanTarget]:
        """What the rules did, member by member (one rule's, or every rule's)."""


class Storage(Protocol):
    """A whole store: its areas, sharing one queue of writes.

    ``flush`` is the durability point: everything queued in every area is committed on
    return (before an action is applied, when a cursor moves, at close). The retention
    period and the row counts span the areas. The areas are read-only here, so a backend's
    own area classes satisfy them."""

    @property
    def processed(self) -> Processed: ...

    @property
    def messages(self) -> Messages: ...

    @property
    def audit(self) -> Audit: ...

    @property
    def examples(self) -> Examples: ...

    @property
    def terms(self) -> Terms: ...

    @property
    def strikes(self) -> Strikes: ...

    @property
    def timers(self) -> Timers: ...

    @property
    def outbox(self) -> Outbox: ...

    @property
    def plugin_data(self) -> PluginData: ...

    @property
    def notices(self) -> Notices: ...

    @property
    def alerts(self) -> Alerts: ...

    @property
    def appeals(self) -> Appeals: ...

    @property
    def cursors(self) -> Cursors: ...

    @property
    def ban_lists(self) -> BanLists: ...

    @property
    def unwritable(self) -> str | None:
        """Why the store cannot commit now (a full disk, a read-only file), or None."""

    async def flush(self) -> None:
        """Commit everything queued, now."""

    async def purge_message_text(self, now: datetime, retention: timedelta) -> int:
        """Blank the stored message texts older than ``retention`` in every area that keeps
        one, and drop the message locators; the audit rows blanked."""

    async def counts(
        self, tables: Iterable[str] = ("audit", "strikes", "timers", "processed", "outbox")
    ) -> dict[str, int]:
        """Rows per table (or what a backend keeps for it)."""
