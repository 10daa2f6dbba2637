"""The group's organisations after setup: add, rename, change type or huvudman, link to
the organisation catalogue, deactivate, and merge two into one.

A merge moves every reference to the survivor in one transaction: each column that the
schema declares as a foreign key to `organisations` (read from the database, so a column
added later is moved too) and the list of participating organisations an activity keeps
as JSON. Each moved record gets a new revision, so the merge travels upward like any
other change; the merged organisation is soft-deleted.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from narvard_desktop.errors import RecordNotFoundError, ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.reference import swedish_sort_key
from narvard_desktop.services.register_checks import (
    NAME_LIMIT,
    choice,
    optional_text,
    required_text,
)
from narvard_desktop.store import Store
from narvard_desktop.store.records import (
    get_record,
    insert_record,
    soft_delete_record,
    update_record,
)
from narvard_desktop.store.schema import SYNCED_TABLES

TABLE = "organisations"
ORGANISATION_FIELDS = ("name", "org_type", "kommun_code", "principal", "active", "catalogue_id")
# Lists of organisation ids kept as JSON text (not a foreign key the schema can declare).
JSON_ID_LISTS = (("activities", "participating_organisation_ids"),)

_SAME = QT_TRANSLATE_NOOP("Errors", "Choose two different organisations to merge.")
_NOT_OWN = QT_TRANSLATE_NOOP(
    "Errors", "{name} belongs to another group; only the group's own organisations can be merged."
)
_FOREIGN_REFERENCES = QT_TRANSLATE_NOOP(
    "Errors",
    "{count} records of other groups refer to {name}; they cannot be changed here, so the "
    "organisations cannot be merged.",
)


def organisation_values(store: Store, values: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(ORGANISATION_FIELDS)
    if unknown:
        raise ValueError(f"unknown organisation fields: {sorted(unknown)}")
    checked: dict[str, Any] = {}
    reference = store.reference
    for key, value in values.items():
        if key == "name":
            checked[key] = required_text(value, key, TABLE, NAME_LIMIT)
        elif key == "org_type":
            text = optional_text(value, key, TABLE)
            codes = [row["code"] for row in reference.organisation_types()]
            checked[key] = choice(text, key, TABLE, codes) if text else None
        elif key == "kommun_code":
            text = optional_text(value, key, TABLE)
            codes = [kommun.code for kommun in reference.kommuner()]
            checked[key] = choice(text, key, TABLE, codes) if text else None
        elif key == "principal":
            checked[key] = optional_text(value, key, TABLE)
        elif key == "catalogue_id":
            # A known, active entry of the catalogue received here (None unlinks).
            from narvard_desktop.services.organisation_catalogue import check_link

            checked[key] = check_link(store, optional_text(value, key, TABLE))
        else:
            checked[key] = 1 if value else 0
    return checked


def add_organisation(store: Store, name: str, **values: Any) -> str:
    group_id = store.require_group_id()
    checked = organisation_values(store, {"name": name, **values})
    with store.db.atomic():
        return insert_record(store.db, TABLE, group_id, checked)


def _live(store: Store, organisation_id: str) -> dict[str, Any]:
    record = get_record(store.db, TABLE, organisation_id)
    if record["deleted"]:
        raise RecordNotFoundError(record_id=organisation_id)
    return record


def update_organisation(store: Store, organisation_id: str, **changes: Any) -> None:
    """Rename, change type, kommun or huvudman, or (active=False) deactivate."""
    _live(store, organisation_id)
    checked = organisation_values(store, changes)
    with store.db.atomic():
        update_record(store.db, TABLE, organisation_id, store.require_group_id(), checked)


def deactivate_organisation(store: Store, organisation_id: str) -> None:
    update_organisation(store, organisation_id, active=False)


def list_organisations(store: Store, *, include_inactive: bool = True) -> list[dict[str, Any]]:
    """Live organisations with their huvudman (their own, else the one their type implies)."""
    sql = "SELECT * FROM organisations WHERE deleted = 0"
    if not include_inactive:
        sql += " AND active = 1"
    rows = [dict(row) for row in store.db.query(sql)]
    own = store.own_group_id
    reference = store.reference
    types = {row["code"]: row["name"] for row in reference.organisation_types()}
    catalogue = dict(store.db.execute("SELECT id, name FROM organisation_catalogue").fetchall())
    for row in rows:
        row["own"] = row["group_id"] == own
        row["type_name"] = types.get(row["org_type"] or "", row["org_type"] or "")
        row["principal_shown"] = row["principal"] or reference.principal_of(row["org_type"] or "")
        row["catalogue_name"] = catalogue.get(row["catalogue_id"] or "", "")
        row["members"] = store.db.execute(
            "SELECT COUNT(*) FROM people WHERE organisation_id = ? AND deleted = 0", [row["id"]]
        ).fetchone()[0]
    return sorted(rows, key=lambda row: (-row["active"], swedish_sort_key(row["name"])))


def organisation_references(store: Store) -> list[tuple[str, str]]:
    """(table, column) of every foreign key to organisations that the schema declares."""
    found = []
    for table in SYNCED_TABLES:
        for row in store.db.execute(f"PRAGMA foreign_key_list({table})"):
            if row[2] == TABLE:
                found.append((table, str(row[3])))
    return found


def _json_ids(text: object) -> list[str]:
    try:
        value = json.loads(str(text or "[]"))
    except ValueError:
        return []
    return [str(item) for item in value] if isinstance(value, list) else []


def merge_organisations(store: Store, survivor_id: str, merged_id: str) -> dict[str, int]:
    """Move everything that refers to `merged_id` onto `survivor_id`, then delete the merged
    one; all in one transaction. Returns how many records of each kind were changed."""
    group_id = store.require_group_id()
    if survivor_id == merged_id:
        raise ValidationError(_SAME, field="survivor_id")
    survivor, merged = _live(store, survivor_id), _live(store, merged_id)
    for record in (survivor, merged):
        if record["group_id"] != group_id:
            raise ValidationError(_NOT_OWN, field="survivor_id", name=record["name"])
    db = store.db
    moved: set[tuple[str, str]] = set()
    foreign = 0
    with db.atomic():
        for table, column in organisation_references(store):
            rows = db.execute(
                f"SELECT id, group_id FROM {table} WHERE {column} = ?", [merged_id]
            ).fetchall()
            for record_id, owner in rows:
                if owner != group_id:
                    foreign += 1
                    continue
                update_record(db, table, record_id, group_id, {column: survivor_id})
                moved.add((table, record_id))
        for table, column in JSON_ID_LISTS:
            pattern = f'%"{merged_id}"%'
            rows = db.execute(
                f"SELECT id, group_id, {column} FROM {table} WHERE {column} LIKE ?", [pattern]
            ).fetchall()
            for record_id, owner, text in rows:
                if owner != group_id:
                    foreign += 1
                    continue
                ids: list[str] = []
                for item in _json_ids(text):
                    item = survivor_id if item == merged_id else item
                    if item not in ids:
                        ids.append(item)
                update_record(db, table, record_id, group_id, {column: json.dumps(ids)})
                moved.add((table, record_id))
        if foreign:
            # Nothing half-moved: the transaction is rolled back by the error.
            raise ValidationError(
                _FOREIGN_REFERENCES, field="survivor_id", count=foreign, name=merged["name"]
            )
        soft_delete_record(db, TABLE, merged_id, group_id)
    counts: dict[str, int] = {}
    for table, _record_id in moved:
        counts[table] = counts.get(table, 0) + 1
    return counts
