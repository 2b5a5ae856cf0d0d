"""The store's parts: the protocols of its areas, the values they keep, the SQLite
implementation of each area and the batching writer under them (``classmod.store.Store``
composes them)."""

from classmod.storage.protocol import (
    Alerts,
    Appeals,
    Audit,
    BanLists,
    Cursors,
    Examples,
    Messages,
    Notices,
    Outbox,
    PluginData,
    Processed,
    Storage,
    Strikes,
    Terms,
    Timers,
)

__all__ = [
    "Alerts",
    "Appeals",
    "Audit",
    "BanLists",
    "Cursors",
    "Examples",
    "Messages",
    "Notices",
    "Outbox",
    "PluginData",
    "Processed",
    "Storage",
    "Strikes",
    "Terms",
    "Timers",
]
