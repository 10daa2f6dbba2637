"""`Store`: the read-and-write connection to one data folder's database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlite_utils import Database

from narvard_desktop.errors import NotInitialisedError
from narvard_desktop.paths import database_path
from narvard_desktop.reference import Reference, load_shipped
from narvard_desktop.store.backups import make_backup
from narvard_desktop.store.changes import Changes, note_change, recorder_for
from narvard_desktop.store.database import open_database, translate_sqlite_errors
from narvard_desktop.store.reading import OWN_GROUP_KEY
from narvard_desktop.store.records import get_record
from narvard_desktop.store.reference_rows import load_reference, sync_shipped_reference

__all__ = ["OWN_GROUP_KEY", "Store"]


class Store:
    """A connection to one data folder's database.

    SQLite connections belong to one thread: background work opens its own
    `Store` on the same folder rather than sharing this one.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.path = database_path(self.data_dir)
        self.db: Database = open_database(self.path)
        with translate_sqlite_errors(self.path):
            sync_shipped_reference(self.db, load_shipped())
        self._reference: Reference | None = None
        # Opening writes the shipped reference lists; that is no news to anyone yet.
        self.take_changes()
        self._changes_at_backup = self.db.conn.total_changes

    def close(self) -> None:
        self.db.close()

    def backup(self, reason: str) -> Path:
        """A checked backup of the database now (SQLite's backup API, then thinning)."""
        path = make_backup(self.db.conn, self.path, reason)
        self._changes_at_backup = self.db.conn.total_changes
        return path

    def changed_since_backup(self) -> bool:
        """Whether this connection wrote anything since it opened or last backed up."""
        return self.db.conn.total_changes != self._changes_at_backup

    def backup_if_changed(self, reason: str) -> Path | None:
        """The backup on close and every half hour: only when there is something new."""
        return self.backup(reason) if self.changed_since_backup() else None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def reference(self) -> Reference:
        if self._reference is None:
            self._reference = load_reference(self.db)
        return self._reference

    def reload_reference(self) -> None:
        self._reference = None

    def take_changes(self) -> Changes:
        """What was written through this store since the last call; forgets it."""
        return recorder_for(self.db).take()

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
        self.db.conn.commit()
        note_change(self.db, "settings")

    @property
    def own_group_id(self) -> str | None:
        return self.get_setting(OWN_GROUP_KEY)

    def require_group_id(self) -> str:
        group_id = self.own_group_id
        if group_id is None:
            raise NotInitialisedError(path=str(self.data_dir))
        return group_id

    def group_name(self, group_id: str) -> str | None:
        """The name of any group known here (the own one, or one whose files came in)."""
        row = self.db.execute("SELECT name FROM groups WHERE id = ?", [group_id]).fetchone()
        return row[0] if row else None

    def record(self, table: str, record_id: str) -> dict[str, Any]:
        """One synced record by id, deleted or not; RecordNotFoundError when there is none."""
        return get_record(self.db, table, record_id)

    def own_group(self) -> dict[str, Any] | None:
        group_id = self.own_group_id
        if group_id is None:
            return None
        return next(self.db.query("SELECT * FROM groups WHERE id = ?", [group_id]), None)
