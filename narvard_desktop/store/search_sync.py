"""Bringing the full-text index up to date with the records the triggers noted as written.

Called before every search (it costs one indexed look-up when nothing is pending). Each
pending record's entries are removed and its live texts indexed again, kind by kind
and field by field in set-based statements: an import of half a million rows is indexed
in seconds at the first search, not row by row while it is written.
"""

from __future__ import annotations

from sqlite_utils import Database

from narvard_desktop.store.search_schema import FTS_TABLES, SEARCHED_FIELDS_V1


def has_pending(db: Database) -> bool:
    return db.execute("SELECT 1 FROM search_pending LIMIT 1").fetchone() is not None


def _live_rows(table: str, field: str, with_entry: bool) -> str:
    """FROM … WHERE over the pending records of a table that hold text in `field`.

    CROSS JOIN keeps the few pending records the outer loop, each record looked up by its
    id: left to choose, SQLite walked every live row of the table (by its `deleted`
    index) once per field, so each import took longer than the one before it."""
    entry = (
        f" CROSS JOIN search_entries e ON e.record_id = t.id AND e.field = '{field}'"
        if with_entry
        else ""
    )
    return (
        f"FROM search_pending p CROSS JOIN {table} t ON t.id = p.record_id{entry}"
        f" WHERE p.kind = '{table}' AND t.deleted = 0"
        f" AND t.{field} IS NOT NULL AND t.{field} <> ''"
    )


def sync_search_index(db: Database) -> int:
    """Index what was written since the last call; returns how many records it looked at."""
    if not has_pending(db):
        return 0
    # A savepoint, not a transaction: an import calls this inside its own transaction.
    db.execute("SAVEPOINT search_sync")
    try:
        pending = db.execute("SELECT COUNT(*) FROM search_pending").fetchone()[0]
        stale = (
            "SELECT e.rowid FROM search_pending p"
            " JOIN search_entries e ON e.record_id = p.record_id"
        )
        for fts in FTS_TABLES:
            db.execute(f"DELETE FROM {fts} WHERE rowid IN ({stale})")
        db.execute(
            "DELETE FROM search_entries WHERE record_id IN (SELECT record_id FROM search_pending)"
        )
        for table, fields in SEARCHED_FIELDS_V1.items():
            for field in fields:
                db.execute(
                    "INSERT INTO search_entries (kind, record_id, field, group_id)"
                    f" SELECT '{table}', t.id, '{field}', t.group_id"
                    f" {_live_rows(table, field, with_entry=False)}"
                )
                for fts in FTS_TABLES:
                    db.execute(
                        f"INSERT INTO {fts} (rowid, body) SELECT e.rowid, t.{field}"
                        f" {_live_rows(table, field, with_entry=True)}"
                    )
        db.execute("DELETE FROM search_pending")
    except BaseException:
        db.execute("ROLLBACK TO SAVEPOINT search_sync")
        db.execute("RELEASE SAVEPOINT search_sync")
        raise
    db.execute("RELEASE SAVEPOINT search_sync")
    return int(pending)
