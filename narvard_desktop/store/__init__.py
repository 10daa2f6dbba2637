"""The store: one SQLite file per data folder, opened through `Store`.

`Store` (sqlite_utils, the migrations, the reference lists) is imported when first asked
for: a command that only reads opens the database through `store.reading` with the
standard library alone, so its start stays short.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from narvard_desktop.store.connection import OWN_GROUP_KEY, Store
    from narvard_desktop.store.database import user_error_for
    from narvard_desktop.store.schema import SCHEMA_VERSION

__all__ = ["OWN_GROUP_KEY", "SCHEMA_VERSION", "Store", "user_error_for"]


def __getattr__(name: str) -> Any:
    # Named imports, not import_module: the bundler follows only those.
    if name in ("OWN_GROUP_KEY", "Store"):
        from narvard_desktop.store import connection

        return getattr(connection, name)
    if name == "user_error_for":
        from narvard_desktop.store import database

        return database.user_error_for
    if name == "SCHEMA_VERSION":
        from narvard_desktop.store import schema

        return schema.SCHEMA_VERSION
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
