"""The SQLite store: the schema and its migrations, the life cycle, the areas of data.

A WAL database written through one batching writer (``classmod.storage.writer``): a
``sqlite3`` writer in the event loop's thread, an ``aiosqlite`` reader; migrations keyed by
``PRAGMA user_version``. The data is reached area by area (``store.timers``,
``store.alerts``, ...), each an implementation of its protocol in
``classmod.storage.protocol``, all sharing the writer, so one flush commits every area's
queued writes together.
The evidence of every action (the message text) is written before the action is applied;
stored message text is blanked after the retention period (the people here are minors'
families).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path

import aiosqlite

from classmod.storage.alerts import SqliteAlerts
from classmod.storage.appeals import SqliteAppeals
from classmod.storage.audit import SqliteAudit
from classmod.storage.banlists import SqliteBanLists
from classmod.storage.cursors import SqliteCursors
from classmod.storage.examples import SqliteExamples
from classmod.storage.messages import SqliteMessages
from classmod.storage.notices import SqliteNotices
from classmod.storage.outbox import SqliteOutbox
from classmod.storage.plugindata import SqlitePluginData
from classmod.storage.processed import SqliteProcessed
from classmod.storage.records import stamp
from classmod.storage.strikes import SqliteStrikes
from classmod.storage.terms import SqliteTerms
from classmod.storage.timers import SqliteTimers
from classmod.storage.writer import BatchWriter, StoreOpenError, why_unopenable

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        group_id TEXT NOT NULL,
        member_id TEXT,
        event_id TEXT,
        kind TEXT NOT NULL,          -- verdict | action | outcome | note | command
        rule_id TEXT,
        category TEXT,
        summary TEXT,
        detail TEXT,                 -- JSON
        message_text TEXT            -- evidence; blanked after the retention period
    );
    CREATE INDEX audit_member ON audit(group_id, member_id, id);
    CREATE INDEX audit_ts ON audit(ts);
    CREATE TABLE strikes (
        group_id TEXT NOT NULL,
        member_id TEXT NOT NULL,
        ts TEXT NOT NULL,
        weight INTEGER NOT NULL,
        rule_id TEXT
    );
    CREATE INDEX strikes_member ON strikes(group_id, member_id);
    CREATE TABLE offences (
        group_id TEXT NOT NULL,
        member_id TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (group_id, member_id, rule_id)
    );
    CREATE TABLE timers (
        id INTEGER PRIMARY KEY,
        group_id TEXT NOT NULL,
        member_id TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,          -- unmute | unlock | notice_deadline | alert_escalation
        due TEXT NOT NULL,
        payload TEXT NOT NULL DEFAULT '{}',
        done INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX timers_due ON timers(done, due);
    CREATE TABLE ledger (
        id INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        group_id TEXT NOT NULL,
        member_id TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        entry TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE processed (
        event_id TEXT PRIMARY KEY,
        ts TEXT NOT NULL
    );
    CREATE TABLE cursors (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE notices (
        message_id TEXT PRIMARY KEY,
        group_id TEXT NOT NULL,
        sender_id TEXT NOT NULL,
        ts TEXT NOT NULL,
        asks_reply INTEGER NOT NULL,
        deadline TEXT
    );
    CREATE TABLE acks (
        group_id TEXT NOT NULL,
        notice_id TEXT NOT NULL,
        member_id TEXT NOT NULL,
        ts TEXT NOT NULL,
        via TEXT NOT NULL,
        PRIMARY KEY (notice_id, member_id)
    );
    CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        group_id TEXT NOT NULL,
        member_id TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        handled INTEGER NOT NULL DEFAULT 0,
        escalated INTEGER NOT NULL DEFAULT 0
    );
    """,
    # Replay marks are scoped to (platform, group, event id): OneBot message ids are small
    # per-account counters, so two groups (or two platforms) can reuse one. Marks from
    # before this migration have no scope; they are kept under ('', '') and still count as
    # processed for any group until the replay window drops them.
    """
    CREATE TABLE processed_scoped (
        platform TEXT NOT NULL,
        group_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        ts TEXT NOT NULL,
        PRIMARY KEY (platform, group_id, event_id)
    );
    INSERT INTO processed_scoped(platform, group_id, event_id, ts)
        SELECT '', '', event_id, ts FROM processed;
    DROP TABLE processed;
    ALTER TABLE processed_scoped RENAME TO processed;
    """,
    # 3: the outbox (decided actions not yet carried out, committed with their evidence)
    # and what a failing timer needs to be retried and reported
    """
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,      -- the order actions were decided in
        ts TEXT NOT NULL,            -- when they were decided
        group_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        action TEXT NOT NULL         -- JSON, every field of the Action
    );
    ALTER TABLE timers ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE timers ADD COLUMN failing_since TEXT;
    ALTER TABLE timers ADD COLUMN alerted INTEGER NOT NULL DEFAULT 0;
    """,
    # 4: message locators (what a reply-targeted command or a deletion needs, no text), so
    # they survive a restart; an alert knows what it is about and the management-room post
    # staff answer by replying to; a strike knows the event that added it (误判 removes it)
    """
    CREATE TABLE messages (
        group_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        sender_id TEXT NOT NULL,
        display_name TEXT NOT NULL DEFAULT '',
        ts TEXT NOT NULL,
        reply_to TEXT,
        PRIMARY KEY (group_id, message_id)
    );
    CREATE INDEX messages_ts ON messages(ts);
    CREATE INDEX messages_name ON messages(display_name);
    CREATE INDEX messages_sender ON messages(sender_id);
    ALTER TABLE alerts ADD COLUMN event_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE alerts ADD COLUMN message_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE alerts ADD COLUMN rule_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE alerts ADD COLUMN posted TEXT NOT NULL DEFAULT '';
    ALTER TABLE alerts ADD COLUMN answer TEXT NOT NULL DEFAULT '';
    CREATE INDEX alerts_posted ON alerts(posted);
    ALTER TABLE strikes ADD COLUMN event_id TEXT NOT NULL DEFAULT '';
    """,
    # 5: labelled examples (误判, 这是广告, imported): one a message, the latest label wins;
    # the text is blanked after the retention period like the audit's evidence
    """
    CREATE TABLE examples (
        group_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        ts TEXT NOT NULL,            -- when the message was sent
        text TEXT,                   -- NULL once the retention period blanked it
        expect TEXT NOT NULL,        -- JSON list of categories, [] for clean
        category TEXT NOT NULL DEFAULT '',
        rule_id TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL,        -- correction | label | import
        by_id TEXT NOT NULL DEFAULT '',
        labelled_at TEXT NOT NULL,
        PRIMARY KEY (group_id, message_id)
    );
    CREATE INDEX examples_ts ON examples(ts);
    """,
    # 6: learned terms (classmod.terms): proposed from a correction, used once staff
    # confirm them, removable; the corrected message's text is blanked like any evidence
    """
    CREATE TABLE terms (
        id INTEGER PRIMARY KEY,
        group_id TEXT NOT NULL DEFAULT '',   -- '' : the whole school
        rule_id TEXT NOT NULL,
        kind TEXT NOT NULL,                  -- allow | deny
        term TEXT NOT NULL,
        state TEXT NOT NULL,                 -- proposed | active | declined | removed
        source_group TEXT NOT NULL,
        source_message TEXT NOT NULL,
        source_text TEXT,                    -- NULL once the retention period blanked it
        proposed_by TEXT NOT NULL DEFAULT '',
        proposed_at TEXT NOT NULL,
        decided_by TEXT NOT NULL DEFAULT '',
        decided_at TEXT,
        posted TEXT NOT NULL DEFAULT ''      -- the proposal's post in the management room
    );
    CREATE INDEX terms_posted ON terms(posted);
    CREATE INDEX terms_state ON terms(state);
    """,
    # 7: shared ban lists (classmod.banlist): the rules of every list the school writes to
    # or follows, and the bans each rule caused, so removing a rule lifts exactly those
    """
    CREATE TABLE ban_rules (
        id INTEGER PRIMARY KEY,
        list TEXT NOT NULL,          -- the config's name of the list
        kind TEXT NOT NULL,          -- user | room | server
        state_key TEXT NOT NULL,
        entity TEXT NOT NULL DEFAULT '',
        sha256 TEXT NOT NULL DEFAULT '',
        recommendation TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        event_type TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL DEFAULT '',
        removed_at TEXT,
        swept INTEGER NOT NULL DEFAULT 0,      -- applied to the members of every group
        confirmed INTEGER NOT NULL DEFAULT 1,  -- a wildcard rule waits for staff
        written INTEGER NOT NULL DEFAULT 1     -- in its policy room (0: still to write)
    );
    CREATE INDEX ban_rules_key ON ban_rules(list, kind, state_key, removed_at);
    CREATE TABLE ban_targets (
        rule_id INTEGER NOT NULL,
        group_id TEXT NOT NULL,
        member_id TEXT NOT NULL,
        action TEXT NOT NULL,        -- ban | kick | reject_join | alert_staff
        state TEXT NOT NULL,         -- queued | done | failed | lifting | lifted | kept
        ts TEXT NOT NULL,
        PRIMARY KEY (rule_id, group_id, member_id)
    );
    """,
    # 8: ban lists staff follow at run time (/订阅), beside the config's: followed like them
    """
    CREATE TABLE ban_subscriptions (
        name TEXT PRIMARY KEY,       -- the list's name: the room as staff wrote it
        room TEXT NOT NULL,
        mode TEXT NOT NULL,          -- apply | watch
        groups TEXT NOT NULL,        -- JSON: "all" or a list of group ids
        added_by TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL
    );
    """,
    # 9: storage for plugins (classmod.pluginstore): a key-value space per plugin and how
    # many of each plugin's migrations ran. School 3's sanction ledger (P02) was a core
    # table; it moves to its plugin, whose first migration creates it where it is missing,
    # and its decided records still in the outbox become that plugin's RECORD actions
    """
    CREATE TABLE plugin_kv (
        plugin TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,         -- JSON
        updated TEXT NOT NULL,
        PRIMARY KEY (plugin, key)
    );
    CREATE TABLE plugin_schema (
        plugin TEXT PRIMARY KEY,
        version INTEGER NOT NULL     -- how many of the plugin's migrations ran
    );
    ALTER TABLE ledger RENAME TO school3_ledger;
    UPDATE outbox SET action = json_set(action, '$.kind', 'record', '$.data',
        json_insert(COALESCE(json_extract(action, '$.data'), json('[]')), '$[#]',
            json_array('recorder', 'school3_ledger')))
        WHERE json_extract(action, '$.kind') = 'record_sanction';
    """,
)


class Store:
    """The SQLite store (``classmod.storage.protocol.Storage``). Use
    ``async with Store(path) as store``.

    The batching writer (``store.writer``) owns the connections and the group commit;
    ``flush()`` is the durability point: callers await it where durability must come before
    what they do next (before an action is applied: the evidence and the processed mark;
    when a bridge cursor moves; at close). The areas are attributes, each over the one
    writer: ``processed``, ``messages``, ``audit``, ``examples``, ``terms``, ``strikes``,
    ``timers``, ``outbox``, ``plugin_data``, ``notices``, ``alerts``, ``appeals``,
    ``cursors``, ``ban_lists``.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        commit_delay: float = 0.01,
        checkpoint_interval: float = 1.0,
        busy_patience: float = 30.0,
    ) -> None:
        self.path = str(path)
        self.writer = BatchWriter(
            self.path,
            commit_delay=commit_delay,
            checkpoint_interval=checkpoint_interval,
            busy_patience=busy_patience,
        )
        writer = self.writer
        self.processed = SqliteProcessed(writer)
        self.messages = SqliteMessages(writer)
        self.strikes = SqliteStrikes(writer)
        self.audit = SqliteAudit(writer, self.strikes)
        self.examples = SqliteExamples(writer)
        self.terms = SqliteTerms(writer)
        self.timers = SqliteTimers(writer)
        self.outbox = SqliteOutbox(writer)
        self.plugin_data = SqlitePluginData(writer)
        self.notices = SqliteNotices(writer)
        self.alerts = SqliteAlerts(writer)
        self.appeals = SqliteAppeals(writer)
        self.cursors = SqliteCursors(writer)
        self.ban_lists = SqliteBanLists(writer)

    @property
    def unwritable(self) -> str | None:
        """Why the store cannot commit now, or None (the batching writer's last outage)."""
        return self.writer.unwritable

    async def __aenter__(self) -> Store:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def open(self) -> None:
        """Open (and create or migrate) the database; a path that cannot be a store (a
        directory, another file, a place this user cannot write) is a ``StoreOpenError``
        naming the path and the fix."""
        try:
            await self.writer.open(self._migrate)
            # what the areas keep in memory: the replay window's marks, the next ids
            await self.processed.load()
            await self.alerts.load()
            await self.outbox.load()
            await self.terms.load()
        except (OSError, sqlite3.Error) as exc:
            await self.writer.close_connections()
            if self.path == ":memory:":
                raise
            reason, fix = why_unopenable(Path(self.path), exc)
            raise StoreOpenError(self.path, reason, fix) from None

    async def close(self) -> None:
        """Commit everything queued and close the database."""
        await self.writer.close()

    @property
    def db(self) -> aiosqlite.Connection:
        """The read connection (``query_only``): for reports and tests."""
        return self.writer.db

    async def flush(self) -> None:
        """Commit every area's queued writes, now (see ``BatchWriter.flush``)."""
        await self.writer.flush()

    @staticmethod
    def _migrate(conn: sqlite3.Connection) -> None:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        for index, script in enumerate(MIGRATIONS[version:], start=version + 1):
            conn.executescript(script)
            conn.execute(f"PRAGMA user_version = {index}")
        conn.commit()

    async def schema_version(self) -> int:
        async with self.db.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def purge_message_text(self, now: datetime, retention: timedelta) -> int:
        """Blank the stored message texts older than ``retention``: the audit's evidence and
        the alerts quoting it and the labelled examples; drop the message locators too.
        Returns the audit rows blanked."""
        before = stamp(now - retention)
        blanked = await self.writer.write_now(
            "UPDATE audit SET message_text = NULL WHERE message_text IS NOT NULL AND ts < ?",
            (before,),
        )
        await self.writer.write_now(
            "UPDATE alerts SET text = '' WHERE text != '' AND ts < ?", (before,)
        )
        await self.writer.write_now("DELETE FROM messages WHERE ts < ?", (before,))
        await self.writer.write_now(
            "UPDATE examples SET text = NULL WHERE text IS NOT NULL AND ts < ?", (before,)
        )
        await self.writer.write_now(
            "UPDATE terms SET source_text = NULL WHERE source_text IS NOT NULL AND proposed_at < ?",
            (before,),
        )
        return blanked

    async def counts(
        self, tables: Iterable[str] = ("audit", "strikes", "timers", "processed", "outbox")
    ) -> dict[str, int]:
        out = {}
        for t in tables:
            rows = await self.writer.read(f"SELECT COUNT(*) FROM {t}")
            out[t] = int(rows[0][0]) if rows else 0
        return out
