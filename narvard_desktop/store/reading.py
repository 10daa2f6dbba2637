"""The database opened for reading only, with the standard library's sqlite3 alone.

A command that only reads (`summary`, `ledger`) needs none of what `Store` brings:
sqlite_utils and its plugins, the migrations, the reference lists. Importing those is most
of such a command's start. So when the database is exactly as this version leaves it, it
is opened here; when opening would have to write anything first (no database yet, a
migration, the journal mode, newer shipped reference lists, the group's first key) or
refuse it (a newer database, a file that is no database), `open_for_reading` gives None
and the caller opens `Store`, which does all of that as always.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Protocol

from narvard_desktop.paths import database_path, make_private_file, private_umask
from narvard_desktop.reference import shipped_versions, version_key

# The last migration in `store/schema.py` (a test holds the two equal): a database whose
# last applied migration is this one, and which has applied as many as it counts, needs none.
LATEST_MIGRATION = "0010_organisation_catalogue"
MIGRATION_SET = "narvard"
SIGNING_KEY_FILE = "signing-key.pem"
OWN_GROUP_KEY = "own_group_id"


class ReadsSql(Protocol):
    """What reading needs of a connection: sqlite3's and sqlite_utils' `execute`."""

    def execute(self, sql: str, parameters: Any = ..., /) -> sqlite3.Cursor: ...


class ReadableStore(Protocol):
    """A store that can be read: `Store`, or `ReadOnlyStore` below."""

    @property
    def db(self) -> ReadsSql: ...

    @property
    def own_group_id(self) -> str | None: ...


class ReadOnlyStore:
    """A data folder's database, opened by `open_for_reading`; nothing is written through it."""

    def __init__(self, data_dir: Path, connection: sqlite3.Connection) -> None:
        self.data_dir = data_dir
        self.path = database_path(data_dir)
        self.db = connection

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> ReadOnlyStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    @property
    def own_group_id(self) -> str | None:
        return self.get_setting(OWN_GROUP_KEY)


def open_for_reading(data_dir: Path) -> ReadOnlyStore | None:
    """The database for reading, or None when `Store` must open it (see the module)."""
    data_dir = Path(data_dir)
    path = database_path(data_dir)
    if not path.is_file():
        return None
    try:
        with private_umask():
            # Reading a WAL database makes its -wal and -shm files when they are missing.
            connection = sqlite3.connect(path, timeout=10)
    except sqlite3.Error:
        return None
    try:
        if not _needs_nothing_written(connection, data_dir):
            connection.close()
            return None
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA busy_timeout = 10000")
    except sqlite3.Error:
        # Whatever is wrong with the file, `Store` says it in the words it always uses.
        connection.close()
        return None
    for suffix in ("", "-wal", "-shm"):
        make_private_file(f"{path}{suffix}")
    return ReadOnlyStore(data_dir, connection)


def _needs_nothing_written(connection: sqlite3.Connection, data_dir: Path) -> bool:
    return (
        _schema_is_current(connection)
        and connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        and _reference_is_current(connection)
        and _own_key_is_in_place(connection, data_dir)
    )


def _schema_is_current(connection: sqlite3.Connection) -> bool:
    user_version = connection.execute("PRAGMA user_version").fetchone()[0]
    if not connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone():
        return False
    applied = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            (MIGRATION_SET,),
        )
    ]
    return bool(applied) and applied[-1] == LATEST_MIGRATION and user_version == len(applied)


def _reference_is_current(connection: sqlite3.Connection) -> bool:
    """Whether `Store` would leave every reference list as it is (none older than shipped)."""
    version, names = shipped_versions()
    stored = dict(
        connection.execute(
            "SELECT list_name, MAX(version) FROM reference_rows GROUP BY list_name"
        ).fetchall()
    )
    return all(
        name in stored and version_key(stored[name]) >= version_key(version) for name in names
    )


def _own_key_is_in_place(connection: sqlite3.Connection, data_dir: Path) -> bool:
    """Whether the group has its signing key already (an older folder gets it on opening)."""
    row = connection.execute("SELECT value FROM settings WHERE key = ?", [OWN_GROUP_KEY]).fetchone()
    if row is None:
        return True
    has_own_key = connection.execute(
        "SELECT 1 FROM signing_keys WHERE group_id = ? AND origin = 'own'"
        " AND retired_at IS NULL LIMIT 1",
        [row[0]],
    ).fetchone()
    return has_own_key is not None and (data_dir / SIGNING_KEY_FILE).is_file()
