"""The group's members: who sits in the group, for which organisation, in which role.

A member who leaves is deactivated, not removed: old protocols keep their name, and the
attendance of a new meeting lists only the active ones. Soft delete is for a member
registered by mistake; the deletion travels upward like any other change.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from narvard_desktop import clock
from narvard_desktop.domain import MEMBER_ROLE_CODES
from narvard_desktop.errors import RecordNotFoundError, ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.reference import swedish_sort_key
from narvard_desktop.services.register_checks import (
    NAME_LIMIT,
    choice,
    optional_date,
    optional_email,
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

TABLE = "people"
MEMBER_FIELDS = (
    "name",
    "organisation_id",
    "function",
    "role",
    "email",
    "active_from",
    "active_to",
)
_ENDS_BEFORE_START = QT_TRANSLATE_NOOP(
    "Errors", "'Member until' ({end}) cannot be before 'Member from' ({start})."
)
_UNKNOWN_ORGANISATION = QT_TRANSLATE_NOOP(
    "Errors", "The organisation '{value}' is not one of the group's organisations."
)


def _organisation(store: Store, value: object) -> str | None:
    """An organisation given by id or by its exact name (as in Excel or on the command line)."""
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    row = store.db.execute(
        "SELECT id FROM organisations WHERE deleted = 0 AND (id = ? OR name = ?)"
        " ORDER BY (id = ?) DESC, (group_id = ?) DESC LIMIT 1",
        [text, text, text, store.own_group_id or ""],
    ).fetchone()
    if row is None:
        raise ValidationError(_UNKNOWN_ORGANISATION, field="organisation_id", value=text)
    return str(row[0])


def member_values(store: Store, values: Mapping[str, Any]) -> dict[str, Any]:
    """The values of a member, each checked for meaning; unknown fields are a programming error."""
    unknown = set(values) - set(MEMBER_FIELDS)
    if unknown:
        raise ValueError(f"unknown member fields: {sorted(unknown)}")
    checked: dict[str, Any] = {}
    for key, value in values.items():
        if key == "name":
            checked[key] = required_text(value, key, TABLE, NAME_LIMIT)
        elif key == "organisation_id":
            checked[key] = _organisation(store, value)
        elif key == "function":
            checked[key] = optional_text(value, key, TABLE)
        elif key == "role":
            checked[key] = choice(value or "member", key, TABLE, MEMBER_ROLE_CODES)
        elif key == "email":
            checked[key] = optional_email(value, key, TABLE)
        else:
            checked[key] = optional_date(value, key, TABLE)
    return checked


def _check_period(start: str | None, end: str | None) -> None:
    if start and end and end < start:
        raise ValidationError(_ENDS_BEFORE_START, field="active_to", start=start, end=end)


def _is_active(end: str | None) -> int:
    return 0 if end and end < clock.today().isoformat() else 1


def add_member(store: Store, name: str, **values: Any) -> str:
    """Add one member to the register; returns the new id."""
    group_id = store.require_group_id()
    checked = member_values(store, {"name": name, "role": values.pop("role", None), **values})
    _check_period(checked.get("active_from"), checked.get("active_to"))
    checked["active"] = _is_active(checked.get("active_to"))
    with store.db.atomic():
        return insert_record(store.db, TABLE, group_id, checked)


def _live_member(store: Store, person_id: str) -> dict[str, Any]:
    record = get_record(store.db, TABLE, person_id)
    if record["deleted"]:
        raise RecordNotFoundError(record_id=person_id)
    return record


def update_member(store: Store, person_id: str, **changes: Any) -> None:
    record = _live_member(store, person_id)
    checked = member_values(store, changes)
    start = checked.get("active_from", record.get("active_from"))
    end = checked.get("active_to", record.get("active_to"))
    _check_period(start, end)
    if "active_to" in checked:
        checked["active"] = _is_active(end)
    with store.db.atomic():
        update_record(store.db, TABLE, person_id, store.require_group_id(), checked)


def deactivate_member(store: Store, person_id: str, until: str | None = None) -> None:
    """The member has left: off new attendance lists, still named in old protocols."""
    record = _live_member(store, person_id)
    end = optional_date(until, "active_to", TABLE) or clock.today().isoformat()
    _check_period(record.get("active_from"), end)
    with store.db.atomic():
        update_record(
            store.db,
            TABLE,
            person_id,
            store.require_group_id(),
            {"active": 0, "active_to": record.get("active_to") or end},
        )


def reactivate_member(store: Store, person_id: str) -> None:
    _live_member(store, person_id)
    with store.db.atomic():
        update_record(
            store.db, TABLE, person_id, store.require_group_id(), {"active": 1, "active_to": None}
        )


def delete_member(store: Store, person_id: str) -> None:
    """Soft delete (registered by mistake); protocols keep the name they copied."""
    _live_member(store, person_id)
    with store.db.atomic():
        soft_delete_record(store.db, TABLE, person_id, store.require_group_id())


def list_members(
    store: Store, *, include_inactive: bool = True, own_only: bool = False
) -> list[dict[str, Any]]:
    """Live members with their organisation's name, active first, in Swedish order."""
    sql = (
        "SELECT p.id, p.group_id, p.name, p.organisation_id, o.name AS organisation,"
        " p.function, p.role, p.email, p.active, p.active_from, p.active_to,"
        " p.origin_import_id FROM people p"
        " LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.deleted = 0"
    )
    params: list[Any] = []
    if not include_inactive:
        sql += " AND p.active = 1"
    if own_only:
        sql += " AND p.group_id = ?"
        params.append(store.require_group_id())
    rows = [dict(row) for row in store.db.query(sql, params)]
    own = store.own_group_id
    for row in rows:
        row["own"] = row["group_id"] == own
    return sorted(rows, key=lambda row: (-row["active"], swedish_sort_key(row["name"])))


def active_member_with_role(store: Store, role: str) -> str | None:
    """The first active member of the group holding `role` (for a new meeting's defaults)."""
    row = store.db.execute(
        "SELECT id FROM people WHERE group_id = ? AND deleted = 0 AND active = 1 AND role = ?"
        " ORDER BY name COLLATE NOCASE, id LIMIT 1",
        [store.require_group_id(), role],
    ).fetchone()
    return str(row[0]) if row else None
