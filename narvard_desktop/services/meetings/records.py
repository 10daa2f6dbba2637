"""Creating, changing and deleting a meeting (with its standard agenda and attendance)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from narvard_desktop.domain import (
    AGENDA_KIND_FROM_REFERENCE,
    MEETING_KINDS,
)
from narvard_desktop.errors import (
    ValidationError,
)
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.services.meetings._common import (
    _MEETING_FIELDS,
    _check_person,
    _clock,
    _code,
    _editable_meeting,
    _iso_date,
    _optional_text,
    get_meeting,
    item_role,
)
from narvard_desktop.services.meetings.agenda import _delete_item_tree, agenda_items
from narvard_desktop.services.meetings.attendance import attendance
from narvard_desktop.services.members import active_member_with_role
from narvard_desktop.store import Store
from narvard_desktop.store.records import (
    insert_record,
    soft_delete_record,
    update_record,
)


def _meeting_values(store: Store, changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(_MEETING_FIELDS)
    if unknown:
        raise ValueError(f"unknown meeting fields: {sorted(unknown)}")
    values: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "meeting_date":
            values[key] = _iso_date(value, required=True)
        elif key == "approval_date":
            values[key] = _iso_date(value)
        elif key in ("start_time", "end_time"):
            values[key] = _clock(value)
        elif key == "kind":
            values[key] = _code(value, MEETING_KINDS)
        elif key in ("title", "place"):
            values[key] = _optional_text(value)
        elif key in ("chair_person_id", "secretary_person_id"):
            values[key] = _check_person(store, value)
        elif key == "adjuster_person_ids":
            adjusters = [person for person in (value or ()) if person]
            if len(adjusters) > 2:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "A meeting has at most two minutes checkers.")
                )
            adjusters += [None] * (2 - len(adjusters))
            values["adjuster1_person_id"] = _check_person(store, adjusters[0])
            values["adjuster2_person_id"] = _check_person(store, adjusters[1])
    start, end = values.get("start_time"), values.get("end_time")
    if start and end and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The meeting cannot end ({end}) before it starts ({start})."
            ),
            start=start,
            end=end,
        )
    return values


def create_meeting(
    store: Store,
    meeting_date: str | date,
    *,
    start_time: str | None = None,
    end_time: str | None = None,
    place: str | None = None,
    kind: str = "protocol",
    title: str | None = None,
    chair_person_id: str | None = None,
    secretary_person_id: str | None = None,
    adjuster_person_ids: Sequence[str] = (),
    approval_date: str | date | None = None,
    prefill_agenda: bool = True,
    invite_group_people: bool = True,
) -> str:
    """Create a meeting with the standard agenda and the group's people on the attendance list.

    Without a chair or secretary given, the members who hold those roles in the register
    are proposed; the facilitator can change both.
    """
    group_id = store.require_group_id()
    if chair_person_id is None:
        chair_person_id = active_member_with_role(store, "chair")
    if secretary_person_id is None:
        secretary_person_id = active_member_with_role(store, "secretary")
    values = _meeting_values(
        store,
        {
            "meeting_date": meeting_date,
            "start_time": start_time,
            "end_time": end_time,
            "place": place,
            "kind": kind,
            "title": title,
            "chair_person_id": chair_person_id,
            "secretary_person_id": secretary_person_id,
            "adjuster_person_ids": list(adjuster_person_ids),
            "approval_date": approval_date,
        },
    )
    with store.db.atomic():
        meeting_id = insert_record(store.db, "meetings", group_id, values)
        if prefill_agenda:
            for position, row in enumerate(store.reference.standard_agenda(), start=1):
                item = {"title": row["item"], "role": None}
                item["role"] = item_role(item)
                insert_record(
                    store.db,
                    "agenda_items",
                    group_id,
                    {
                        "meeting_id": meeting_id,
                        "position": position,
                        "title": row["item"],
                        "kind": AGENDA_KIND_FROM_REFERENCE.get(
                            row["kind"].strip().casefold(), "information"
                        ),
                        "role": item["role"],
                    },
                )
        if invite_group_people:
            people = store.db.query(
                "SELECT p.id, p.name, p.function, o.name AS organisation FROM people p"
                " LEFT JOIN organisations o ON o.id = p.organisation_id"
                " WHERE p.group_id = ? AND p.deleted = 0 AND p.active = 1"
                " AND (p.active_from IS NULL OR p.active_from <= ?)"
                " AND (p.active_to IS NULL OR p.active_to >= ?)"
                " ORDER BY p.name COLLATE NOCASE, p.id",
                [group_id, values["meeting_date"], values["meeting_date"]],
            )
            for position, person in enumerate(people):
                insert_record(
                    store.db,
                    "attendances",
                    group_id,
                    {
                        "meeting_id": meeting_id,
                        "person_id": person["id"],
                        "name": person["name"],
                        "organisation_name": person["organisation"],
                        "function": person["function"],
                        "presence": "present",
                        "position": position,
                    },
                )
    return meeting_id


def update_meeting(store: Store, meeting_id: str, **changes: Any) -> None:
    _editable_meeting(store, meeting_id)
    values = _meeting_values(store, changes)
    meeting = get_meeting(store, meeting_id)
    start = values.get("start_time", meeting["start_time"])
    end = values.get("end_time", meeting["end_time"])
    if start and end and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The meeting cannot end ({end}) before it starts ({start})."
            ),
            start=start,
            end=end,
        )
    with store.db.atomic():
        update_record(store.db, "meetings", meeting_id, store.require_group_id(), values)


def delete_meeting(store: Store, meeting_id: str) -> None:
    """Soft-delete the meeting and everything in it, so the deletion can travel."""
    _editable_meeting(store, meeting_id)
    group_id = store.require_group_id()
    with store.db.atomic():
        for item in agenda_items(store, meeting_id):
            _delete_item_tree(store, item["id"], group_id)
        for row in attendance(store, meeting_id):
            soft_delete_record(store.db, "attendances", row["id"], group_id)
        soft_delete_record(store.db, "meetings", meeting_id, group_id)
