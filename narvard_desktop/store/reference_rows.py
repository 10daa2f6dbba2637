"""The reference lists in use, kept in the database so they can be corrected and updated."""

from __future__ import annotations

import json

from sqlite_utils import Database

from narvard_desktop.reference import Reference, ShippedReference, version_key
from narvard_desktop.store.changes import note_everything


def sync_shipped_reference(db: Database, shipped: ShippedReference) -> None:
    """Bring each list up to the shipped version unless the stored one is as new or newer.

    Rows corrected locally (for instance an unverified kommun) keep their
    local values when a newer shipped version arrives.
    """
    stored_versions = dict(
        db.execute("SELECT list_name, MAX(version) FROM reference_rows GROUP BY list_name")
    )
    with db.atomic():
        for name, reference_list in shipped.lists.items():
            stored = stored_versions.get(name)
            if stored is not None and version_key(stored) >= version_key(shipped.version):
                continue
            # Labels, categories and kommuner show everywhere: every view reads them again.
            note_everything(db)
            locally_edited = {
                row[0]
                for row in db.execute(
                    "SELECT key FROM reference_rows WHERE list_name = ? AND edited_locally = 1",
                    [name],
                )
            }
            db.execute(
                "DELETE FROM reference_rows WHERE list_name = ? AND edited_locally = 0", [name]
            )
            db.conn.executemany(
                "INSERT OR IGNORE INTO reference_rows (list_name, key, position, data, version)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (
                        name,
                        reference_list.key_of(row),
                        position,
                        json.dumps(row, ensure_ascii=False),
                        shipped.version,
                    )
                    for position, row in enumerate(reference_list.rows)
                    if reference_list.key_of(row) not in locally_edited
                ],
            )


def load_reference(db: Database) -> Reference:
    lists: dict[str, list[dict[str, str]]] = {}
    versions: dict[str, str] = {}
    for name, data, version in db.execute(
        "SELECT list_name, data, version FROM reference_rows ORDER BY list_name, position"
    ):
        lists.setdefault(name, []).append(json.loads(data))
        versions[name] = version
    return Reference(lists={k: tuple(v) for k, v in lists.items()}, versions=versions)


def edit_reference_row(db: Database, list_name: str, key: str, data: dict[str, str]) -> None:
    """Correct one row locally; the correction survives later shipped updates."""
    with db.atomic():
        db.execute(
            "UPDATE reference_rows SET data = ?, edited_locally = 1"
            " WHERE list_name = ? AND key = ?",
            [json.dumps(data, ensure_ascii=False), list_name, key],
        )
    note_everything(db)
