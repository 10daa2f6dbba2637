"""Who attended: the group's people and guests, present, absent or co-opted."""

from __future__ import annotations

from typing import Any

from narvard_desktop.domain import (
    PRESENCE,
)
from narvard_desktop.errors import (
    ValidationError,
)
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.services.meetings._common import (
    _NEED_NAME,
    _check_person,
    _code,
    _editable_meeting,
    _live,
    _one,
    _optional_text,
    _person,
    _required_text,
)
from narvard_desktop.store import Store
from narvard_desktop.store.records import (
    insert_record,
    soft_delete_record,
    update_record,
)


def attendance(store: Store, meeting_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT * FROM attendances WHERE meeting_id = ? AND deleted = 0"
            " ORDER BY position, name COLLATE NOCASE, id",
            [meeting_id],
        )
    )


def present_people(store: Store, meeting_id: str) -> list[tuple[str, str]]:
    """(person id, name) of the group's people marked present: those who can be adjusters."""
    return [
        (row["person_id"], row["name"])
        for row in store.db.query(
            "SELECT person_id, name FROM attendances WHERE meeting_id = ? AND deleted = 0"
            " AND person_id IS NOT NULL AND presence IN ('present', 'co_opted')"
            " ORDER BY position, name COLLATE NOCASE, id",
            [meeting_id],
        )
    ]


def _next_attendance_position(store: Store, meeting_id: str) -> int:
    row = store.db.execute(
        "SELECT COALESCE(MAX(position), -1) + 1 FROM attendances WHERE meeting_id = ?",
        [meeting_id],
    ).fetchone()
    return row[0]


def add_attendee(store: Store, meeting_id: str, person_id: str, presence: str = "present") -> str:
    """Put one of the group's people on the list (name, organisation, function copied)."""
    _editable_meeting(store, meeting_id)
    person = _person(store, _check_person(store, person_id))
    assert person is not None
    if _one(
        store,
        "SELECT id FROM attendances WHERE meeting_id = ? AND person_id = ? AND deleted = 0",
        [meeting_id, person_id],
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name} is already on the attendance list."),
            name=person["name"],
        )
    with store.db.atomic():
        return insert_record(
            store.db,
            "attendances",
            store.require_group_id(),
            {
                "meeting_id": meeting_id,
                "person_id": person_id,
                "name": person["name"],
                "organisation_name": person["organisation"],
                "function": person["function"],
                "presence": _code(presence, PRESENCE),
                "position": _next_attendance_position(store, meeting_id),
            },
        )


def add_guest(
    store: Store,
    meeting_id: str,
    name: str,
    organisation_name: str | None = None,
    function: str | None = None,
    presence: str = "co_opted",
) -> str:
    """A quick guest who is not one of the group's people (adjungerad by default)."""
    _editable_meeting(store, meeting_id)
    with store.db.atomic():
        return insert_record(
            store.db,
            "attendances",
            store.require_group_id(),
            {
                "meeting_id": meeting_id,
                "person_id": None,
                "name": _required_text(name, _NEED_NAME),
                "organisation_name": _optional_text(organisation_name),
                "function": _optional_text(function),
                "presence": _code(presence, PRESENCE),
                "position": _next_attendance_position(store, meeting_id),
            },
        )


def update_attendance(store: Store, attendance_id: str, **changes: Any) -> None:
    row = _live(store, "attendances", attendance_id)
    _editable_meeting(store, row["meeting_id"])
    values: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "presence":
            values[key] = _code(value, PRESENCE)
        elif key == "name":
            values[key] = _required_text(value, _NEED_NAME)
        elif key in ("organisation_name", "function"):
            values[key] = _optional_text(value)
        elif key == "position":
            values[key] = int(value)
        else:
            raise ValueError(f"unknown attendance field: {key}")
    with store.db.atomic():
        update_record(store.db, "attendances", attendance_id, store.require_group_id(), values)


def set_presence(store: Store, attendance_id: str, presence: str) -> None:
    update_attendance(store, attendance_id, presence=presence)


def remove_attendance(store: Store, attendance_id: str) -> None:
    row = _live(store, "attendances", attendance_id)
    _editable_meeting(store, row["meeting_id"])
    with store.db.atomic():
        soft_delete_record(store.db, "attendances", attendance_id, store.require_group_id())
