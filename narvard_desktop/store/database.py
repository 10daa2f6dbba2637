"""Opening the database: version check, backup, migrations and connection settings."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from narvard_desktop.errors import (
    DatabaseBusyError,
    DatabaseUnreadableError,
    DiskFullError,
    NarvardError,
    NewerDatabaseError,
)
from narvard_desktop.paths import make_private_dir, make_private_file, private_umask
from narvard_desktop.store.backups import backup_folder, looks_like_sqlite, make_backup
from narvard_desktop.store.schema import SCHEMA_VERSION, known_migration_names, migrations


def user_error_for(error: sqlite3.DatabaseError, database_file: Path) -> NarvardError | None:
    """The plain-language error for a low-level SQLite failure, when there is one."""
    text = str(error).lower()
    if "disk is full" in text or "disk i/o" in text:
        return DiskFullError()
    if "locked" in text or "busy" in text:
        return DatabaseBusyError()
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return DatabaseUnreadableError(
            path=str(database_file), backups=str(backup_folder(database_file))
        )
    return None


@contextlib.contextmanager
def translate_sqlite_errors(database_file: Path) -> Iterator[None]:
    """Turn SQLite's low-level failures into errors a user can act on."""
    try:
        yield
    except NarvardError:
        raise
    except sqlite3.DatabaseError as error:
        plain = user_error_for(error, database_file)
        if plain is None:
            raise
        raise plain from error


def _applied_migration_names(connection: sqlite3.Connection) -> list[str]:
    exists = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not exists:
        return []
    return [
        row[0]
        for row in connection.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            (migrations.name,),
        )
    ]


def _has_any_table(connection: sqlite3.Connection) -> bool:
    return connection.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is not None


def open_database(database_file: Path) -> Database:
    """Open (creating if needed) and bring the schema up to date.

    A database written by a newer version is refused before anything is
    written. Before any migration touches an existing database, a backup is
    taken with the SQLite backup API.
    """
    make_private_dir(database_file.parent)
    # An empty or foreign file would otherwise open as a brand-new, empty group.
    if database_file.exists() and not looks_like_sqlite(database_file):
        raise DatabaseUnreadableError(
            path=str(database_file), backups=str(backup_folder(database_file))
        )
    with translate_sqlite_errors(database_file), private_umask():
        connection = sqlite3.connect(database_file, timeout=10)
        try:
            user_version = connection.execute("PRAGMA user_version").fetchone()[0]
            applied = _applied_migration_names(connection)
        except sqlite3.DatabaseError:
            connection.close()
            raise
        unknown = set(applied) - set(known_migration_names())
        if user_version > SCHEMA_VERSION or unknown:
            connection.close()
            raise NewerDatabaseError(path=str(database_file))

        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA busy_timeout = 10000")
        # No sqlite_utils plugins: none belongs to this program, one installed for another
        # could change this connection, and looking for them costs a start 70 ms.
        db = Database(connection, execute_plugins=False)
        if db.journal_mode != "wal":
            db.enable_wal()
        connection.execute("PRAGMA synchronous = NORMAL")

        for suffix in ("", "-wal", "-shm"):
            make_private_file(f"{database_file}{suffix}")
        pending = migrations.pending(db)
        if pending:
            if _has_any_table(connection):
                make_backup(connection, database_file, f"before-{pending[0].name}")
            migrations.apply(db)
            connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return db


# While a batch of files is imported: a page cache of 64 MiB, so that the indexes of a
# county's tables stay in memory from one file to the next instead of being read again,
# and a checkpoint after about 80 MiB of write-ahead log instead of 4 MiB, so that a
# page several files change is copied back into the database once, not after each file.
# Each file is still its own transaction. The import stays well under 300 MB.
BULK_CACHE_KIB = 65_536
BULK_CHECKPOINT_PAGES = 20_000


@contextlib.contextmanager
def bulk_writing(db: Database) -> Iterator[None]:
    """Settings for writing many files in a row; the usual ones again afterwards."""
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    checkpoint = db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    db.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    db.execute(f"PRAGMA wal_autocheckpoint = {BULK_CHECKPOINT_PAGES}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(cache)}")
        db.execute(f"PRAGMA wal_autocheckpoint = {int(checkpoint)}")
