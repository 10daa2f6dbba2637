"""Writing a planned import: new and updated records, inside the caller's transaction."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from operator import itemgetter
from typing import Any

from sqlite_utils import Database

from narvard_desktop.exchange.errors import R_BROKEN_REFERENCE, DamagedExportFileError
from narvard_desktop.exchange.plan import NEW, REJECTED, UPDATED, ImportPreview, Issue
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.store.changes import note_changes, note_everything
from narvard_desktop.store.schema import SYNCED_TABLES
from narvard_desktop.store.search_sync import sync_search_index

WHY_CONSTRAINT = QT_TRANSLATE_NOOP("Exchange", "it breaks a rule of the database")


@functools.lru_cache(maxsize=256)
def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    names = ", ".join((*columns, "origin_import_id"))
    marks = ", ".join("?" * (len(columns) + 1))
    return f"INSERT INTO {table} ({names}) VALUES ({marks})"


@functools.lru_cache(maxsize=256)
def _update_sql(table: str, columns: tuple[str, ...]) -> str:
    assignments = ", ".join(f"{name} = ?" for name in (*columns, "origin_import_id"))
    return f"UPDATE {table} SET {assignments} WHERE id = ? AND group_id = ?"


def _statement(
    table: str, action: str, record: dict[str, Any], ledger_id: str
) -> tuple[str, list[Any]]:
    columns = tuple(sorted(record))
    values = [*map(record.__getitem__, columns), ledger_id]
    if action == NEW:
        return _insert_sql(table, columns), values
    return _update_sql(table, columns), [*values, record["id"], record["group_id"]]


def _batches(
    table: str, writes: list[tuple[str, dict[str, Any]]], ledger_id: str
) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of `_statement` for every write, grouped by statement (the same groups in
    the same order), each group's values taken out of its records at once."""
    grouped: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
    for action, record in writes:
        grouped.setdefault((action, tuple(sorted(record))), []).append(record)
    batches: dict[str, list[tuple[Any, ...]]] = {}
    for (action, columns), records in grouped.items():
        if len(columns) < 2:  # itemgetter of one name gives the value, not a tuple
            for record in records:
                sql, values = _statement(table, action, record, ledger_id)
                batches.setdefault(sql, []).append(tuple(values))
            continue
        pick = itemgetter(*columns)
        if action == NEW:
            sql = _insert_sql(table, columns)
            rows = [(*pick(record), ledger_id) for record in records]
        else:
            sql = _update_sql(table, columns)
            rows = [
                (*pick(record), ledger_id, record["id"], record["group_id"]) for record in records
            ]
        batches.setdefault(sql, []).extend(rows)
    return batches


def _write_one_by_one(
    db: Database,
    table: str,
    writes: list[tuple[str, dict[str, Any]]],
    ledger_id: str,
    preview: ImportPreview,
) -> None:
    """Slow path after a batch failed: keep the good records, reject the bad ones."""
    counts = preview.counts[table]
    for action, record in writes:
        sql, values = _statement(table, action, record, ledger_id)
        db.execute("SAVEPOINT exchange_record")
        try:
            db.execute(sql, values)
        except sqlite3.IntegrityError:
            db.execute("ROLLBACK TO SAVEPOINT exchange_record")
            counts[action] -= 1
            counts[REJECTED] += 1
            preview.rejected.append(Issue(table, record["id"], record["group_id"], WHY_CONSTRAINT))
        db.execute("RELEASE SAVEPOINT exchange_record")


def _broken_references(db: Database, preview: ImportPreview) -> list[tuple[str, str]]:
    """References from the records this import wrote that point at nothing.

    Only the values the written records hold are looked up, by primary key: PRAGMA
    foreign_key_check reads the whole database, and rows already there broke no rule
    when they were written (records are deleted softly, so none lost its target).
    """
    rejected = {issue.record_id for issue in preview.rejected}
    broken: list[tuple[str, str]] = []
    for table in SYNCED_TABLES:
        written = [
            record
            for action, record in preview.actions.get(table, [])
            if action in (NEW, UPDATED) and record["id"] not in rejected
        ]
        if not written:
            continue
        for reference in db.execute(f"PRAGMA foreign_key_list({table})").fetchall():
            parent, column = reference[2], reference[3]
            wanted = {record.get(column) for record in written} - {None}
            found: set[Any] = set()
            values = sorted(wanted, key=str)
            for start in range(0, len(values), 500):
                chunk = values[start : start + 500]
                found.update(
                    row[0]
                    for row in db.execute(
                        f"SELECT id FROM {parent} WHERE id IN ({', '.join('?' * len(chunk))})",
                        chunk,
                    )
                )
            missing = wanted - found
            if missing:
                culprit = next(r for r in written if r.get(column) in missing)
                broken.append((table, culprit["id"]))
    return broken


def apply_preview(
    db: Database,
    preview: ImportPreview,
    ledger_id: str,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Apply every new and updated record; the caller holds the transaction.

    `progress(records written, records to write)` is called after each table."""
    writes_by_table = {
        table: [
            (action, record)
            for action, record in preview.actions.get(table, [])
            if action in (NEW, UPDATED)
        ]
        for table in SYNCED_TABLES
    }
    total, done = sum(len(writes) for writes in writes_by_table.values()), 0
    for table, writes in writes_by_table.items():
        if not writes:
            continue
        note_changes(db, table, (record["id"] for _action, record in writes))
        batches = _batches(table, writes, ledger_id)
        db.execute("SAVEPOINT exchange_table")
        try:
            for sql, rows in batches.items():
                db.conn.executemany(sql, rows)
        except sqlite3.IntegrityError:
            db.execute("ROLLBACK TO SAVEPOINT exchange_table")
            db.execute("RELEASE SAVEPOINT exchange_table")
            _write_one_by_one(db, table, writes, ledger_id, preview)
        else:
            db.execute("RELEASE SAVEPOINT exchange_table")
        done += len(writes)
        if progress is not None:
            progress(done, total)
    # Index the imported texts now, in the import's own time, not at the first search.
    sync_search_index(db)
    # Imported groups, owners and references change what most views show and allow.
    note_everything(db)
    broken = _broken_references(db, preview)
    if broken:
        # Raising makes the caller's transaction roll back: all or nothing.
        raise DamagedExportFileError(
            file=preview.package.file_name, reason=R_BROKEN_REFERENCE, where=str(broken[0][0])
        )
