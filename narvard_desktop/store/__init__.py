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

# What the rest of the program may use of the store, and the module each name lives in.
_HOME = {
    "OWN_GROUP_KEY": "connection",
    "Store": "connection",
    "user_error_for": "database",
    "SCHEMA_VERSION": "schema",
}
__all__ = ["OWN_GROUP_KEY", "SCHEMA_VERSION", "Store", "user_error_for"]


def __getattr__(name: str) -> Any:
    if name in _HOME:
        from importlib import import_module

        return getattr(import_module(f"narvard_desktop.store.{_HOME[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
