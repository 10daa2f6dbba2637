"""The store: one SQLite file per data folder, opened through `Store`.

`Store` (sqlite_utils, the migrations, the reference lists) is imported when first asked
for: a command that only reads opens the database through `store.reading` with the
standard library alone, so its start stays short.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from narvard_desktop.store.connection import OWN_GROUP_KEY, Store

__all__ = ["OWN_GROUP_KEY", "Store"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from narvard_desktop.store import connection

        return getattr(connection, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
