"""Writing synced records: ids, timestamps, revisions, soft delete and ownership."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from narvard_desktop import clock
from narvard_desktop.errors import ReadOnlyRecordError, RecordNotFoundError
from narvard_desktop.record_rules import check_values
from narvard_desktop.store.changes import note_change
from narvard_desktop.store.schema import SYNCED_TABLES
from narvard_desktop.store.undo import UndoEntry, changed_since_error, journal_for, record_name

BOOKKEEPING_COLUMNS = (
    "id",
    "group_id",
    "created_at",
    "updated_at",
    "revision",
    "deleted",
    "origin_import_id",
)


def new_id() -> str:
    # Imported here: uuid6 costs a command that only reads (summary) a sixth of its start.
    from uuid6 import uuid7

    return str(uuid7())


def utc_now() -> str:
    return clock.utc_now().strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _check_table(table: str) -> None:
    if table not in SYNCED_TABLES:
        raise ValueError(f"not a synced table: {table}")


def insert_record(db: Database, table: str, group_id: str, values: dict[str, Any]) -> str:
    """Insert one owned record and return its new id."""
    _check_table(table)
    # Nothing the program cannot show is ever stored: the same rules as for imports.
    check_values(table, values)
    now = utc_now()
    record = {
        **values,
        "id": values.get("id") or new_id(),
        "group_id": group_id,
        "created_at": now,
        "updated_at": now,
        "revision": 1,
        "deleted": 0,
    }
    db.table(table).insert(record)
    note_change(db, table, record["id"])
    journal_for(db).note(UndoEntry(table, record["id"], "insert", {}, 1, record_name(record), 0))
    return record["id"]


def get_record(db: Database, table: str, record_id: str) -> dict[str, Any]:
    _check_table(table)
    row = db.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id]).fetchone()
    if row is None:
        raise RecordNotFoundError(record_id=record_id)
    columns = [d[0] for d in db.execute(f"SELECT * FROM {table} LIMIT 0").description]
    return dict(zip(columns, row, strict=True))


def _owned_record(db: Database, table: str, record_id: str, group_id: str) -> dict[str, Any]:
    record = get_record(db, table, record_id)
    if record["group_id"] != group_id:
        owner = db.execute("SELECT name FROM groups WHERE id = ?", [record["group_id"]]).fetchone()
        raise ReadOnlyRecordError(owner=owner[0] if owner else record["group_id"])
    return record


def update_record(
    db: Database, table: str, record_id: str, group_id: str, changes: dict[str, Any]
) -> None:
    """Change an owned record; the revision goes up only when something really changed."""
    record = _owned_record(db, table, record_id, group_id)
    changes = {
        key: value
        for key, value in changes.items()
        if key not in BOOKKEEPING_COLUMNS and record.get(key) != value
    }
    if not changes:
        return
    check_values(table, changes)
    before = {key: record.get(key) for key in changes}
    changes["updated_at"] = utc_now()
    changes["revision"] = record["revision"] + 1
    db.table(table).update(record_id, changes)
    note_change(db, table, record_id)
    journal_for(db).note(
        UndoEntry(
            table,
            record_id,
            "update",
            before,
            changes["revision"],
            record_name(record),
            record["revision"],
        )
    )


def soft_delete_record(db: Database, table: str, record_id: str, group_id: str) -> None:
    """Mark as deleted (so the deletion can travel in exports) rather than removing the row."""
    record = _owned_record(db, table, record_id, group_id)
    if record["deleted"]:
        return
    db.table(table).update(
        record_id,
        {"deleted": 1, "updated_at": utc_now(), "revision": record["revision"] + 1},
    )
    note_change(db, table, record_id)
    journal_for(db).note(
        UndoEntry(
            table,
            record_id,
            "delete",
            {},
            record["revision"] + 1,
            record_name(record),
            record["revision"],
        )
    )


def restore_values(db: Database, entry: UndoEntry, group_id: str) -> int:
    """Undo one journal entry as a new revision of an owned record that has not moved on."""
    record = _owned_record(db, entry.table, entry.record_id, group_id)
    if record["revision"] != entry.revision_after:
        raise changed_since_error()
    changes: dict[str, Any] = dict(entry.before)
    if entry.action == "insert":
        changes = {"deleted": 1}
    elif entry.action == "delete":
        changes["deleted"] = 0
    changes["updated_at"] = utc_now()
    changes["revision"] = record["revision"] + 1
    db.table(entry.table).update(entry.record_id, changes)
    note_change(db, entry.table, entry.record_id)
    return int(changes["revision"])
