"""The group's own details and rules, changed after setup, and local corrections of the
kommun → delregion reference rows that the county marks as uncertain (`verified=no`).

The group record is written through `store/records.py`, so a change travels upward in
the next export and stays read-only above. A corrected reference row is local: it is
kept when a newer shipped list arrives and shown as a local correction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from narvard_desktop.domain import ADJUSTERS_REQUIRED, LEVEL_CODES
from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.services.group_setup import GroupSetup, validate_setup
from narvard_desktop.services.register_checks import (
    NAME_LIMIT,
    choice,
    flag,
    optional_text,
    required_text,
    whole_number,
)
from narvard_desktop.store import Store
from narvard_desktop.store.changes import note_everything
from narvard_desktop.store.records import update_record
from narvard_desktop.store.reference_rows import edit_reference_row

TABLE = "groups"
GROUP_FIELDS = (
    "name",
    "level",
    "kommun_code",
    "delregion",
    "risk_threshold",
    "answer_days",
    "paragraph_numbering",
    "adjusters_required",
    "town",
    "storage_place",
    "print_posting",
    "print_presented_by",
    "apology_days",
)
_UNKNOWN_KOMMUN = QT_TRANSLATE_NOOP("Errors", "The kommun {code} is not in the reference list.")
_UNKNOWN_AREA = QT_TRANSLATE_NOOP("Errors", "The sub-region '{value}' is not one of: {choices}.")


def group_details(store: Store) -> dict[str, Any]:
    group = store.own_group()
    if group is None:
        store.require_group_id()
    return dict(group or {})


def _checked(store: Store, current: Mapping[str, Any], changes: Mapping[str, Any]) -> dict:
    unknown = set(changes) - set(GROUP_FIELDS)
    if unknown:
        raise ValueError(f"unknown group fields: {sorted(unknown)}")
    values: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "name":
            values[key] = required_text(value, key, TABLE, NAME_LIMIT)
        elif key == "level":
            values[key] = choice(value, key, TABLE, LEVEL_CODES)
        elif key in ("kommun_code", "delregion"):
            values[key] = optional_text(value, key, TABLE)
        elif key == "risk_threshold":
            values[key] = whole_number(value, key, TABLE, 1, 16)
        elif key == "answer_days":
            values[key] = whole_number(value, key, TABLE, 1, 365)
        elif key == "paragraph_numbering":
            values[key] = choice(value, key, TABLE, ("per_meeting", "per_year"))
        elif key == "adjusters_required":
            values[key] = whole_number(value, key, TABLE, *ADJUSTERS_REQUIRED)
        elif key == "town":
            values[key] = optional_text(value, key, TABLE, 100)
        elif key == "storage_place":
            values[key] = optional_text(value, key, TABLE)
        elif key == "apology_days":
            values[key] = whole_number(value, key, TABLE, 0, 60)
        else:
            values[key] = flag(value)
    if {"level", "kommun_code", "delregion"} & set(values):
        # The same rules as at setup: a local group has a kommun, whose delregion follows.
        setup = validate_setup(
            GroupSetup(
                level=str(values.get("level", current.get("level")) or ""),
                name=values.get("name", current.get("name") or ""),
                kommun_code=values.get("kommun_code", current.get("kommun_code")),
                delregion=values.get("delregion", current.get("delregion")),
            ),
            store.reference,
        )
        values.update(level=setup.level, kommun_code=setup.kommun_code, delregion=setup.delregion)
    return values


def update_group_details(store: Store, **changes: Any) -> None:
    """Change the group's details and rules; each value is checked for meaning."""
    group_id = store.require_group_id()
    values = _checked(store, group_details(store), changes)
    with store.db.atomic():
        update_record(store.db, TABLE, group_id, group_id, values)
    # The rules decide overdue answers, risk marks, § numbers and the PDFs on every page.
    note_everything(store.db)


def uncertain_kommuner(store: Store) -> list[dict[str, Any]]:
    """Kommuner whose delregion the county marked uncertain, or that were corrected here."""
    rows = store.db.execute(
        "SELECT key, data, edited_locally FROM reference_rows WHERE list_name = 'kommuner'"
        " ORDER BY position"
    ).fetchall()
    found = []
    for key, data, edited in rows:
        row = json.loads(data)
        if edited or row.get("verified", "yes").strip().lower() == "no":
            found.append(
                {
                    "code": key,
                    "name": row.get("kommun", ""),
                    "delregion": row.get("delregion", ""),
                    "corrected_locally": bool(edited),
                }
            )
    return found


def correct_kommun_delregion(store: Store, kommun_code: str, delregion: str) -> None:
    """Put an uncertain kommun in the right delregion, here only (a local correction)."""
    row = store.db.execute(
        "SELECT data FROM reference_rows WHERE list_name = 'kommuner' AND key = ?",
        [kommun_code],
    ).fetchone()
    if row is None:
        raise ValidationError(_UNKNOWN_KOMMUN, field="kommun_code", code=kommun_code)
    area = store.reference.delregion(delregion or "")
    if area is None:
        raise ValidationError(
            _UNKNOWN_AREA,
            field="delregion",
            value=delregion,
            choices=", ".join(store.reference.delregion_names()),
        )
    data = json.loads(row[0])
    data["delregion"] = area["delregion"]
    edit_reference_row(store.db, "kommuner", kommun_code, data)
    store.reload_reference()
    group = store.own_group() or {}
    if group.get("kommun_code") == kommun_code and group.get("delregion") != area["delregion"]:
        update_group_details(store, kommun_code=kommun_code)
