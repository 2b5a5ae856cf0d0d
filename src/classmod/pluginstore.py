"""Storage for plugins: a key-value space and tables of their own, with migrations.

A plugin that keeps records (school 3's sanction ledger, P02) declares a ``StorageSpec``
through the ``classmod_register_storage`` hook:

* ``name`` is its space: the key-value entries are stored under it, and every table its
  migrations create must be called ``<name>`` or ``<name>_<anything>`` (checked when they
  run: a migration that creates another table is rolled back and stops start-up);
* ``migrations`` are SQL scripts, applied in order, once each, when the app starts; the
  store remembers how many ran (``plugin_schema``), so a new version of the plugin adds a
  script at the end and never edits an old one;
* ``record`` carries out the plugin's ``ActionKind.RECORD`` actions. The plugin decides
  them in a hook (``classmod_extra_actions``) with ``record_action``; the app keeps them
  in the outbox with the other decided actions (so a restart loses none), applies each
  one by calling ``record`` and audits its outcome.

Writes are queued to the store's writer and committed with the app's own (a few
milliseconds later; ``flush`` commits now); reads see what is committed, so each read
commits the queue first.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from classmod.model import Action, ActionKind

if TYPE_CHECKING:
    from classmod.storage import Storage

#: the key of a RECORD action's data naming the plugin that carries it out
RECORDER = "recorder"

_NAME = re.compile(r"[a-z][a-z0-9_]{1,40}")


class PluginStorageError(Exception):
    """A plugin's storage could not be set up: its spec or a migration is wrong."""


@dataclass(frozen=True, slots=True, kw_only=True)
class StorageSpec:
    """A plugin's storage: its name, its tables' migrations, what it does with a record."""

    name: str  # lower-case snake_case; the prefix of its tables
    migrations: tuple[str, ...] = ()
    #: carries out one RECORD action of this plugin; returns what was done (audited)
    record: Callable[[Action, PluginStorage, datetime], Awaitable[str]] | None = None

    def __post_init__(self) -> None:
        if not _NAME.fullmatch(self.name):
            raise PluginStorageError(
                f"storage name {self.name!r}: use 2-41 lower-case letters, digits and _,"
                " starting with a letter (it prefixes the plugin's tables)"
            )

    def owns_table(self, table: str) -> bool:
        return table == self.name or table.startswith(self.name + "_")


def record_action(
    spec: StorageSpec,
    *,
    group_id: str,
    member_id: str = "",
    rule_id: str = "",
    reason: str = "",
    text: str = "",
    data: Sequence[tuple[str, str]] = (),
) -> Action:
    """A RECORD action that ``spec.record`` carries out (``text`` is what is recorded, as
    staff read it in the audit)."""
    return Action(
        kind=ActionKind.RECORD,
        group_id=group_id,
        member_id=member_id,
        rule_id=rule_id,
        reason=reason,
        text=text,
        data=((RECORDER, spec.name), *data),
    )


def recorder_of(action: Action) -> str:
    """The name of the plugin that carries out a RECORD action ('' when none is named)."""
    return dict(action.data).get(RECORDER, "")


class PluginStorage:
    """One plugin's view of the store: its key-value space and its own tables."""

    def __init__(self, store: Storage, spec: StorageSpec) -> None:
        self._store = store
        self.spec = spec

    @property
    def name(self) -> str:
        return self.spec.name

    # -- key-value ------------------------------------------------------------------------

    async def get(self, key: str, default: Any = None) -> Any:
        """The JSON value stored under ``key``, or ``default``."""
        rows = await self._store.plugin_data.fetch(
            "SELECT value FROM plugin_kv WHERE plugin = ? AND key = ?", (self.name, key)
        )
        return json.loads(rows[0][0]) if rows else default

    def put(self, key: str, value: Any, now: datetime) -> None:
        """Store ``value`` (anything JSON can hold) under ``key``, replacing what was."""
        self._store.plugin_data.write(
            "INSERT OR REPLACE INTO plugin_kv(plugin, key, value, updated) VALUES (?, ?, ?, ?)",
            (self.name, key, json.dumps(value, ensure_ascii=False), now.isoformat()),
        )

    def delete(self, key: str) -> None:
        self._store.plugin_data.write(
            "DELETE FROM plugin_kv WHERE plugin = ? AND key = ?", (self.name, key)
        )

    async def keys(self, prefix: str = "") -> list[str]:
        """The keys that start with ``prefix``, sorted."""
        rows = await self._store.plugin_data.fetch(
            "SELECT key FROM plugin_kv WHERE plugin = ? AND substr(key, 1, ?) = ? ORDER BY key",
            (self.name, len(prefix), prefix),
        )
        return [str(r[0]) for r in rows]

    # -- the plugin's tables --------------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Queue a write to one of the plugin's tables (INSERT, UPDATE or DELETE)."""
        self._store.plugin_data.write(sql, params, owner=self.spec)

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """The rows of a query (after committing what is queued)."""
        return await self._store.plugin_data.fetch(sql, params)

    async def flush(self) -> None:
        """Commit what is queued now."""
        await self._store.flush()

    # -- timers ---------------------------------------------------------------------------

    def add_timer(
        self,
        kind: str,
        group_id: str,
        due: datetime,
        *,
        member_id: str = "",
        payload: dict[str, Any] | None = None,
    ) -> None:
        """Arm a timer of one of the plugin's kinds (``<name>.<kind>``, registered with
        ``classmod_register_timers``); it replaces a pending one of the same kind for the
        same group and member."""
        self._own_kind(kind)
        self._store.timers.queue(group_id, member_id, kind, due, payload)

    def cancel_timers(self, kind: str, group_id: str, member_id: str = "") -> None:
        """End the pending timers of one of the plugin's kinds for a group and member."""
        self._own_kind(kind)
        self._store.timers.queue_cancel(group_id, member_id, kind)

    def _own_kind(self, kind: str) -> None:
        if not kind.startswith(self.name + ".") or kind == self.name + ".":
            raise PluginStorageError(
                f"plugin storage {self.name!r}: its timer kinds are named {self.name}.<kind>,"
                f" not {kind!r}"
            )


__all__ = [
    "RECORDER",
    "PluginStorage",
    "PluginStorageError",
    "StorageSpec",
    "record_action",
    "recorder_of",
]
