"""Meetings: agenda (§), attendance, decisions, action items, summaries and justering.

§ numbers are derived, never stored, so re-ordering or removing an item can
never leave a gap or a duplicate. Once a meeting is approved (justerat) its
content is frozen as a canonical JSON snapshot with a SHA-256 checksum; every
later change to it or its children is refused until it is explicitly
reopened with a reason, which is logged.

Two things stay editable on a locked meeting because they are follow-up, not
protocol content: whether an action item is done, and turning it into a
handlingsplan activity. Neither is part of the frozen snapshot.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from narvard_desktop.domain import (
    ACTIVITY_CLOSED_STATUSES,
    ACTIVITY_STATUSES,
    AGENDA_ITEM_KINDS,
    AGENDA_KIND_FROM_REFERENCE,
    MEETING_KINDS,
    PRESENCE,
)
from narvard_desktop.errors import (
    NarvardError,
    ReadOnlyRecordError,
    RecordNotFoundError,
    ValidationError,
)
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.store import Store
from narvard_desktop.store.records import (
    get_record,
    insert_record,
    soft_delete_record,
    update_record,
    utc_now,
)

SNAPSHOT_FORMAT = 1
DIGITAL_PLACE = "Digitalt"
# Without a next meeting on the calendar, "due before the next meeting" means this far ahead.
DUE_SOON_DAYS_WITHOUT_NEXT_MEETING = 90
LINK_TARGET_KINDS = ("activity", "indicator", "deviation")

# Roles of the standard agenda items the app treats specially.
ROLE_OPENING = "opening"
ROLE_ROLL_CALL = "roll_call"
ROLE_ADJUSTERS = "adjusters"
ROLE_AGENDA_APPROVAL = "agenda_approval"
ROLE_PREVIOUS_MINUTES = "previous_minutes"
ROLE_ACTION_PLAN = "action_plan_follow_up"
ROLE_DEVIATIONS = "deviation_summary"
ROLE_LEVEL_INFORMATION = "information_from_levels"
ROLE_PRINCIPAL_NEWS = "news_from_principals"
ROLE_OTHER_BUSINESS = "other_business"
ROLE_NEXT_MEETING = "next_meeting"
ROLE_CLOSING = "closing"

# The county may publish a new standard agenda, so roles are recognised by the
# beginning of the title rather than by position.
_ROLE_BY_TITLE_START = (
    ("mötets öppnande", ROLE_OPENING),
    ("upprop", ROLE_ROLL_CALL),
    ("val av justerare", ROLE_ADJUSTERS),
    ("godkännande av dagordning", ROLE_AGENDA_APPROVAL),
    ("föregående protokoll", ROLE_PREVIOUS_MINUTES),
    ("föregående minnesanteckningar", ROLE_PREVIOUS_MINUTES),
    ("uppföljning av handlingsplan", ROLE_ACTION_PLAN),
    ("avvikelser i samverkan", ROLE_DEVIATIONS),
    ("information från delregional", ROLE_LEVEL_INFORMATION),
    ("aktuellt från", ROLE_PRINCIPAL_NEWS),
    ("övriga frågor", ROLE_OTHER_BUSINESS),
    ("nästa möte", ROLE_NEXT_MEETING),
    ("mötets avslutande", ROLE_CLOSING),
)

_TIME_PATTERN = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_MEETING_FIELDS = (
    "title",
    "meeting_date",
    "start_time",
    "end_time",
    "place",
    "kind",
    "chair_person_id",
    "secretary_person_id",
    "adjuster_person_ids",
    "approval_date",
)


_NEED_DECISION = QT_TRANSLATE_NOOP("Errors", "Write what was decided.")
_NEED_TITLE = QT_TRANSLATE_NOOP("Errors", "The agenda item needs a title.")
_NEED_NAME = QT_TRANSLATE_NOOP("Errors", "Write the person's name.")
_NEED_WHAT = QT_TRANSLATE_NOOP("Errors", "Write what is to be done.")


class MeetingLockedError(NarvardError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The meeting of {date} has been approved (justerat) and is locked. "
        "Reopen it and give a reason before changing anything.",
    )


# --- validation -------------------------------------------------------------------------


def _iso_date(value: str | date | None, *, required: bool = False) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A date is required."))
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not a date (YYYY-MM-DD)."), value=value
        ) from None


def _clock(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    text = value.strip()
    if len(text) == 4 and text[1] == ":":
        text = "0" + text
    if not _TIME_PATTERN.match(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not a time (HH:MM)."), value=value
        )
    return text


def _required_text(value: str | None, message_source: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(message_source)
    return text


def _optional_text(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None


def _code(value: str, choices: Iterable[Any]) -> str:
    codes = [choice.code for choice in choices]
    if value not in codes:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not one of {choices}."),
            value=value,
            choices=", ".join(codes),
        )
    return value


def normalise_decision(text: str) -> str:
    """A decision is an att-clause: "att godkänna dagordningen"."""
    cleaned = _required_text(text, _NEED_DECISION)
    head, _, rest = cleaned.partition(" ")
    if head.casefold() == "att":
        return f"att {rest.strip()}" if rest.strip() else "att"
    return f"att {cleaned}"


# --- look-ups ---------------------------------------------------------------------------


def _one(store: Store, sql: str, params: Sequence[Any]) -> dict[str, Any] | None:
    return next(store.db.query(sql, list(params)), None)


def _live(store: Store, table: str, record_id: str) -> dict[str, Any]:
    record = get_record(store.db, table, record_id)
    if record["deleted"]:
        raise RecordNotFoundError(record_id=record_id)
    return record


def get_meeting(store: Store, meeting_id: str) -> dict[str, Any]:
    return _live(store, "meetings", meeting_id)


def is_locked(meeting: dict[str, Any]) -> bool:
    return bool(meeting.get("locked_at"))


def _require_own(store: Store, record: dict[str, Any]) -> None:
    if record["group_id"] != store.require_group_id():
        owner = _one(store, "SELECT name FROM groups WHERE id = ?", [record["group_id"]])
        raise ReadOnlyRecordError(owner=owner["name"] if owner else record["group_id"])


def _editable_meeting(store: Store, meeting_id: str) -> dict[str, Any]:
    meeting = get_meeting(store, meeting_id)
    _require_own(store, meeting)
    if is_locked(meeting):
        raise MeetingLockedError(date=meeting["meeting_date"])
    return meeting


def _editable_item(store: Store, item_id: str) -> dict[str, Any]:
    item = _live(store, "agenda_items", item_id)
    _editable_meeting(store, item["meeting_id"])
    return item


def _person(store: Store, person_id: str | None) -> dict[str, Any] | None:
    if not person_id:
        return None
    return _one(
        store,
        "SELECT p.id, p.name, p.function, o.name AS organisation FROM people p"
        " LEFT JOIN organisations o ON o.id = p.organisation_id"
        " WHERE p.id = ? AND p.deleted = 0",
        [person_id],
    )


def _check_person(store: Store, person_id: str | None) -> str | None:
    if not person_id:
        return None
    if _person(store, person_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The person {person_id} does not exist."),
            person_id=person_id,
        )
    return person_id


def item_role(item: dict[str, Any]) -> str | None:
    """The item's stored role, or the role its title shows (items made before roles)."""
    if item.get("role"):
        return item["role"]
    title = (item.get("title") or "").strip().casefold()
    return next((role for start, role in _ROLE_BY_TITLE_START if title.startswith(start)), None)


def _order_key_sql(alias: str) -> str:
    return f"{alias}.meeting_date || ' ' || COALESCE({alias}.start_time, '') || ' ' || {alias}.id"


def _order_key(meeting: dict[str, Any]) -> str:
    return f"{meeting['meeting_date']} {meeting.get('start_time') or ''} {meeting['id']}"


def list_meetings(store: Store) -> list[dict[str, Any]]:
    """Every live meeting of every group, newest first."""
    return list(
        store.db.query(
            "SELECT m.*, g.name AS group_name FROM meetings m JOIN groups g ON g.id = m.group_id"
            f" WHERE m.deleted = 0 ORDER BY {_order_key_sql('m')} DESC"
        )
    )


def latest_meeting_id(store: Store, today: date | None = None) -> str | None:
    """The own group's most recent meeting on or before today."""
    row = _one(
        store,
        "SELECT id FROM meetings m WHERE group_id = ? AND deleted = 0 AND meeting_date <= ?"
        f" ORDER BY {_order_key_sql('m')} DESC LIMIT 1",
        [store.require_group_id(), (today or date.today()).isoformat()],
    )
    return row["id"] if row else None


def next_meeting_id(store: Store, today: date | None = None) -> str | None:
    """The own group's next meeting from today on."""
    row = _one(
        store,
        "SELECT id FROM meetings m WHERE group_id = ? AND deleted = 0 AND meeting_date >= ?"
        f" ORDER BY {_order_key_sql('m')} LIMIT 1",
        [store.require_group_id(), (today or date.today()).isoformat()],
    )
    return row["id"] if row else None


def _neighbour_meeting(
    store: Store, meeting: dict[str, Any], before: bool
) -> dict[str, Any] | None:
    return _one(
        store,
        "SELECT * FROM meetings m WHERE group_id = ? AND deleted = 0 AND meeting_date "
        + ("< ?" if before else "> ?")
        + f" ORDER BY {_order_key_sql('m')} {'DESC' if before else ''} LIMIT 1",
        [meeting["group_id"], meeting["meeting_date"]],
    )


# --- meetings ---------------------------------------------------------------------------


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
                    QT_TRANSLATE_NOOP("Errors", "A meeting has at most two adjusters.")
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
    """Create a meeting with the standard agenda and the group's people on the attendance list."""
    group_id = store.require_group_id()
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
                " ORDER BY p.name COLLATE NOCASE, p.id",
                [group_id],
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


# --- agenda -----------------------------------------------------------------------------


def _raw_items(store: Store, meeting_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT * FROM agenda_items WHERE meeting_id = ? AND deleted = 0"
            " ORDER BY position, created_at, id",
            [meeting_id],
        )
    )


def _numbering(store: Store, group_id: str) -> str:
    row = _one(store, "SELECT paragraph_numbering FROM groups WHERE id = ?", [group_id])
    return row["paragraph_numbering"] if row else "per_meeting"


def _first_number(store: Store, meeting: dict[str, Any]) -> int:
    """§ 1, or with yearly numbering one past the last § of the year's earlier meetings."""
    if _numbering(store, meeting["group_id"]) != "per_year":
        return 1
    row = store.db.execute(
        "SELECT COUNT(*) FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id"
        " WHERE a.deleted = 0 AND m.deleted = 0 AND m.group_id = ?"
        " AND substr(m.meeting_date, 1, 4) = ?"
        f" AND {_order_key_sql('m')} < ?",
        [meeting["group_id"], meeting["meeting_date"][:4], _order_key(meeting)],
    ).fetchone()
    return row[0] + 1


def paragraph_numbers(store: Store, meeting_id: str) -> dict[str, int]:
    """§ number per agenda item id. A locked meeting keeps the numbers it was approved with."""
    meeting = get_meeting(store, meeting_id)
    if is_locked(meeting) and meeting.get("locked_content"):
        frozen = json.loads(meeting["locked_content"])
        return {item["id"]: item["number"] for item in frozen["items"]}
    first = _first_number(store, meeting)
    return {item["id"]: first + index for index, item in enumerate(_raw_items(store, meeting_id))}


def agenda_items(store: Store, meeting_id: str) -> list[dict[str, Any]]:
    """The meeting's items in order, each with its derived § `number` and its `role`."""
    numbers = paragraph_numbers(store, meeting_id)
    items = _raw_items(store, meeting_id)
    for item in items:
        item["number"] = numbers.get(item["id"])
        item["role"] = item_role(item)
    return items


def find_item_by_role(store: Store, meeting_id: str, role: str) -> dict[str, Any] | None:
    return next((item for item in agenda_items(store, meeting_id) if item["role"] == role), None)


def _renumber(store: Store, ordered_ids: Sequence[str], group_id: str) -> None:
    for position, item_id in enumerate(ordered_ids, start=1):
        update_record(store.db, "agenda_items", item_id, group_id, {"position": position})


def add_agenda_item(
    store: Store,
    meeting_id: str,
    title: str,
    *,
    kind: str = "information",
    notes: str | None = None,
    index: int | None = None,
    role: str | None = None,
) -> str:
    """Add an item; `index` (0-based) places it, otherwise it goes last."""
    _editable_meeting(store, meeting_id)
    group_id = store.require_group_id()
    values = {
        "meeting_id": meeting_id,
        "title": _required_text(title, _NEED_TITLE),
        "kind": _code(kind, AGENDA_ITEM_KINDS),
        "notes": _optional_text(notes),
        "role": role,
    }
    with store.db.atomic():
        existing = [item["id"] for item in _raw_items(store, meeting_id)]
        values["position"] = len(existing) + 1
        item_id = insert_record(store.db, "agenda_items", group_id, values)
        if index is not None and 0 <= index < len(existing):
            existing.insert(index, item_id)
            _renumber(store, existing, group_id)
    return item_id


def update_agenda_item(store: Store, item_id: str, **changes: Any) -> None:
    _editable_item(store, item_id)
    values: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "title":
            values[key] = _required_text(value, _NEED_TITLE)
        elif key == "kind":
            values[key] = _code(value, AGENDA_ITEM_KINDS)
        elif key == "notes":
            values[key] = _optional_text(value)
        elif key == "role":
            values[key] = value
        else:
            raise ValueError(f"unknown agenda item field: {key}")
    with store.db.atomic():
        update_record(store.db, "agenda_items", item_id, store.require_group_id(), values)


def _delete_item_tree(store: Store, item_id: str, group_id: str) -> None:
    for table in ("decisions", "action_items"):
        for row in store.db.query(
            f"SELECT id FROM {table} WHERE agenda_item_id = ? AND deleted = 0", [item_id]
        ):
            soft_delete_record(store.db, table, row["id"], group_id)
    for row in store.db.query(
        "SELECT id FROM links WHERE deleted = 0 AND group_id = ? AND"
        " ((from_kind = 'agenda_item' AND from_id = ?) OR (to_kind = 'agenda_item' AND to_id = ?))",
        [group_id, item_id, item_id],
    ):
        soft_delete_record(store.db, "links", row["id"], group_id)
    soft_delete_record(store.db, "agenda_items", item_id, group_id)


def remove_agenda_item(store: Store, item_id: str) -> None:
    item = _editable_item(store, item_id)
    group_id = store.require_group_id()
    with store.db.atomic():
        _delete_item_tree(store, item_id, group_id)
        _renumber(store, [row["id"] for row in _raw_items(store, item["meeting_id"])], group_id)


def reorder_agenda(store: Store, meeting_id: str, ordered_ids: Sequence[str]) -> None:
    """Put the items in exactly this order (all of the meeting's items, each once)."""
    _editable_meeting(store, meeting_id)
    current = [item["id"] for item in _raw_items(store, meeting_id)]
    if sorted(current) != sorted(ordered_ids):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The new order must list every agenda item once.")
        )
    with store.db.atomic():
        _renumber(store, ordered_ids, store.require_group_id())


def move_agenda_item(store: Store, item_id: str, new_index: int) -> None:
    """Move one item to a 0-based place (clamped to the list), e.g. one step up or down."""
    item = _editable_item(store, item_id)
    order = [row["id"] for row in _raw_items(store, item["meeting_id"])]
    order.remove(item_id)
    order.insert(max(0, min(new_index, len(order))), item_id)
    reorder_agenda(store, item["meeting_id"], order)


# --- attendance -------------------------------------------------------------------------


def attendance(store: Store, meeting_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT * FROM attendances WHERE meeting_id = ? AND deleted = 0"
            " ORDER BY position, name COLLATE NOCASE, id",
            [meeting_id],
        )
    )


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


# --- decisions and action items ---------------------------------------------------------


def decisions(store: Store, item_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT * FROM decisions WHERE agenda_item_id = ? AND deleted = 0"
            " ORDER BY position, created_at, id",
            [item_id],
        )
    )


def add_decision(store: Store, item_id: str, text: str) -> str:
    _editable_item(store, item_id)
    with store.db.atomic():
        return insert_record(
            store.db,
            "decisions",
            store.require_group_id(),
            {
                "agenda_item_id": item_id,
                "position": len(decisions(store, item_id)),
                "text": normalise_decision(text),
            },
        )


def update_decision(store: Store, decision_id: str, text: str) -> None:
    row = _live(store, "decisions", decision_id)
    _editable_item(store, row["agenda_item_id"])
    with store.db.atomic():
        update_record(
            store.db,
            "decisions",
            decision_id,
            store.require_group_id(),
            {"text": normalise_decision(text)},
        )


def remove_decision(store: Store, decision_id: str) -> None:
    row = _live(store, "decisions", decision_id)
    _editable_item(store, row["agenda_item_id"])
    with store.db.atomic():
        soft_delete_record(store.db, "decisions", decision_id, store.require_group_id())


def action_items(store: Store, item_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT * FROM action_items WHERE agenda_item_id = ? AND deleted = 0"
            " ORDER BY created_at, id",
            [item_id],
        )
    )


def add_action_item(
    store: Store,
    item_id: str,
    what: str,
    who: str | None = None,
    due_date: str | date | None = None,
) -> str:
    _editable_item(store, item_id)
    with store.db.atomic():
        return insert_record(
            store.db,
            "action_items",
            store.require_group_id(),
            {
                "agenda_item_id": item_id,
                "what": _required_text(what, _NEED_WHAT),
                "who": _optional_text(who),
                "due_date": _iso_date(due_date),
            },
        )


def update_action_item(store: Store, action_item_id: str, **changes: Any) -> None:
    row = _live(store, "action_items", action_item_id)
    _editable_item(store, row["agenda_item_id"])
    values: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "what":
            values[key] = _required_text(value, _NEED_WHAT)
        elif key == "who":
            values[key] = _optional_text(value)
        elif key == "due_date":
            values[key] = _iso_date(value)
        else:
            raise ValueError(f"unknown action item field: {key}")
    with store.db.atomic():
        update_record(store.db, "action_items", action_item_id, store.require_group_id(), values)


def remove_action_item(store: Store, action_item_id: str) -> None:
    row = _live(store, "action_items", action_item_id)
    _editable_item(store, row["agenda_item_id"])
    with store.db.atomic():
        soft_delete_record(store.db, "action_items", action_item_id, store.require_group_id())


def set_action_item_done(store: Store, action_item_id: str, done: bool = True) -> None:
    """Follow-up state: allowed on a locked meeting, because it is not protocol content."""
    _live(store, "action_items", action_item_id)
    with store.db.atomic():
        update_record(
            store.db,
            "action_items",
            action_item_id,
            store.require_group_id(),
            {"done": 1 if done else 0},
        )


def action_item_to_activity(
    store: Store,
    action_item_id: str,
    action_plan_id: str | None = None,
    *,
    way_code: str | None = None,
    goal_id: str | None = None,
) -> str:
    """Turn an action item into a handlingsplan activity, linked both ways; returns its id.

    Without a plan id the group's newest plan is used.
    """
    group_id = store.require_group_id()
    row = _live(store, "action_items", action_item_id)
    _require_own(store, row)
    if row["activity_id"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This action item is already an activity in the plan.")
        )
    if action_plan_id is None:
        plan = _one(
            store,
            "SELECT id FROM action_plans WHERE group_id = ? AND deleted = 0"
            " ORDER BY COALESCE(period_start, '') DESC, id DESC LIMIT 1",
            [group_id],
        )
        if plan is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "There is no handlingsplan yet. Create one before adding activities."
                )
            )
        action_plan_id = plan["id"]
    plan = _live(store, "action_plans", action_plan_id)
    _require_own(store, plan)
    if way_code and way_code not in {w["code"] for w in store.reference.ways_of_working()}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not a way of working or prerequisite."),
            value=way_code,
        )
    item = _live(store, "agenda_items", row["agenda_item_id"])
    meeting = get_meeting(store, item["meeting_id"])
    number = paragraph_numbers(store, meeting["id"]).get(item["id"])
    description = f"Från mötet {meeting['meeting_date']} § {number} {item['title']}."
    if row["who"]:
        description += f" Ansvarig enligt mötet: {row['who']}."
    position = store.db.execute(
        "SELECT COALESCE(MAX(position), -1) + 1 FROM activities WHERE action_plan_id = ?",
        [action_plan_id],
    ).fetchone()[0]
    with store.db.atomic():
        activity_id = insert_record(
            store.db,
            "activities",
            group_id,
            {
                "action_plan_id": action_plan_id,
                "goal_id": goal_id,
                "title": row["what"],
                "description": description,
                "way_code": way_code,
                "start_date": meeting["meeting_date"],
                "due_date": row["due_date"],
                "status": "not_started",
                "position": position,
            },
        )
        update_record(
            store.db, "action_items", action_item_id, group_id, {"activity_id": activity_id}
        )
        insert_record(
            store.db,
            "links",
            group_id,
            {
                "from_kind": "action_item",
                "from_id": action_item_id,
                "to_kind": "activity",
                "to_id": activity_id,
            },
        )
    return activity_id


# --- links ------------------------------------------------------------------------------


def add_link(store: Store, item_id: str, to_kind: str, to_id: str) -> str:
    """Link an agenda item to an activity, indicator or avvikelse it discussed."""
    _editable_item(store, item_id)
    if to_kind not in LINK_TARGET_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not one of {choices}."),
            value=to_kind,
            choices=", ".join(LINK_TARGET_KINDS),
        )
    _live(
        store,
        {"activity": "activities", "indicator": "indicators"}.get(to_kind, "deviations"),
        to_id,
    )
    existing = _one(
        store,
        "SELECT id FROM links WHERE deleted = 0 AND from_kind = 'agenda_item' AND from_id = ?"
        " AND to_kind = ? AND to_id = ?",
        [item_id, to_kind, to_id],
    )
    if existing:
        return existing["id"]
    with store.db.atomic():
        return insert_record(
            store.db,
            "links",
            store.require_group_id(),
            {"from_kind": "agenda_item", "from_id": item_id, "to_kind": to_kind, "to_id": to_id},
        )


def remove_link(store: Store, link_id: str) -> None:
    link = _live(store, "links", link_id)
    for kind, ref in ((link["from_kind"], link["from_id"]), (link["to_kind"], link["to_id"])):
        if kind == "agenda_item":
            _editable_item(store, ref)
    with store.db.atomic():
        soft_delete_record(store.db, "links", link_id, store.require_group_id())


def _deviation_label(store: Store, row: dict[str, Any]) -> str:
    # Never the description: protocols can become public documents.
    category = store.reference.category_name(row["category_code"]) or "–"
    return f"{row['reported_date']} · {category}"


def item_links(store: Store, item_id: str) -> list[dict[str, Any]]:
    """What an item is linked to, in both directions, each with a printable label."""
    rows = store.db.query(
        "SELECT id, to_kind AS kind, to_id AS target FROM links WHERE deleted = 0"
        " AND from_kind = 'agenda_item' AND from_id = ?"
        " UNION SELECT id, from_kind, from_id FROM links WHERE deleted = 0"
        " AND to_kind = 'agenda_item' AND to_id = ? ORDER BY 2, 3",
        [item_id, item_id],
    )
    result = []
    for link in rows:
        kind, target = link["kind"], link["target"]
        label = None
        if kind == "activity":
            found = _one(
                store, "SELECT title FROM activities WHERE id = ? AND deleted = 0", [target]
            )
            label = found and found["title"]
        elif kind == "indicator":
            found = _one(
                store, "SELECT name FROM indicators WHERE id = ? AND deleted = 0", [target]
            )
            label = found and found["name"]
        elif kind == "deviation":
            found = _one(
                store,
                "SELECT reported_date, category_code FROM deviations WHERE id = ? AND deleted = 0",
                [target],
            )
            label = found and _deviation_label(store, found)
        if label:
            result.append({"link_id": link["id"], "kind": kind, "id": target, "label": label})
    return result


# --- summaries --------------------------------------------------------------------------


def deviation_summary(store: Store, meeting_id: str) -> dict[str, Any]:
    """Avvikelser reported since the previous meeting up to this one, counted by category.

    Only counts: descriptions never reach a protocol. Deviations registered in
    error are left out. Imported deviations count too, so a delregional group's
    meeting sees its whole area.
    """
    meeting = get_meeting(store, meeting_id)
    previous = _neighbour_meeting(store, meeting, before=True)
    since = previous["meeting_date"] if previous else None
    params: list[Any] = [meeting["meeting_date"]]
    where = "deleted = 0 AND state != 'misregistered' AND reported_date <= ?"
    if since:
        where += " AND reported_date > ?"
        params.append(since)
    counts = {
        row["code"]: row["n"]
        for row in store.db.query(
            f"SELECT COALESCE(category_code, '') AS code, COUNT(*) AS n FROM deviations"
            f" WHERE {where} GROUP BY 1",
            params,
        )
    }
    rows = [
        {"code": category["code"], "name": category["name"], "count": counts.pop(category["code"])}
        for category in store.reference.categories()
        if category["code"] in counts
    ]
    # Codes no longer in the reference list still count, under their code.
    rows += [
        {"code": code, "name": code or "–", "count": count}
        for code, count in sorted(counts.items())
    ]
    return {
        "since": since,
        "until": meeting["meeting_date"],
        "rows": rows,
        "total": sum(row["count"] for row in rows),
    }


def action_plan_summary(store: Store, meeting_id: str) -> dict[str, Any]:
    """Activity counts by status per way of working, what is delayed and what is due soon.

    Measured on the meeting day, over the meeting group's live activities.
    """
    meeting = get_meeting(store, meeting_id)
    as_of = meeting["meeting_date"]
    following = _neighbour_meeting(store, meeting, before=False)
    due_until = (
        following["meeting_date"]
        if following
        else (
            date.fromisoformat(as_of) + timedelta(days=DUE_SOON_DAYS_WITHOUT_NEXT_MEETING)
        ).isoformat()
    )
    activities = list(
        store.db.query(
            "SELECT id, title, way_code, status, due_date FROM activities"
            " WHERE group_id = ? AND deleted = 0 ORDER BY position, title, id",
            [meeting["group_id"]],
        )
    )
    status_codes = [choice.code for choice in ACTIVITY_STATUSES]
    ways: dict[str, dict[str, Any]] = {}
    order = {row["code"]: index for index, row in enumerate(store.reference.ways_of_working())}
    delayed, due_soon = [], []
    for activity in activities:
        code = activity["way_code"] or ""
        way = ways.setdefault(
            code,
            {
                "code": code,
                "name": store.reference.way_name(code) if code else "–",
                "counts": dict.fromkeys(status_codes, 0),
                "delayed": 0,
                "total": 0,
            },
        )
        way["counts"][activity["status"]] = way["counts"].get(activity["status"], 0) + 1
        way["total"] += 1
        is_open = activity["status"] not in ACTIVITY_CLOSED_STATUSES
        due = activity["due_date"]
        entry = {
            "id": activity["id"],
            "title": activity["title"],
            "way_code": code,
            "status": activity["status"],
            "due_date": due,
        }
        if is_open and due and due < as_of:
            way["delayed"] += 1
            delayed.append(entry)
        elif is_open and due and as_of <= due < due_until:
            due_soon.append(entry)
    delayed.sort(key=lambda entry: (entry["due_date"], entry["title"]))
    due_soon.sort(key=lambda entry: (entry["due_date"], entry["title"]))
    return {
        "as_of": as_of,
        "due_until": due_until,
        "next_meeting_date": following["meeting_date"] if following else None,
        "ways": sorted(ways.values(), key=lambda way: order.get(way["code"], len(order))),
        "delayed": delayed,
        "due_soon": due_soon,
    }


def open_action_items_before(store: Store, meeting_id: str) -> list[dict[str, Any]]:
    """Action items of the group's earlier meetings that are not done yet."""
    meeting = get_meeting(store, meeting_id)
    return list(
        store.db.query(
            "SELECT ai.id, ai.who, ai.what, ai.due_date, m.meeting_date, a.title AS item_title"
            " FROM action_items ai JOIN agenda_items a ON a.id = ai.agenda_item_id"
            " JOIN meetings m ON m.id = a.meeting_id"
            " WHERE ai.deleted = 0 AND ai.done = 0 AND a.deleted = 0 AND m.deleted = 0"
            f" AND m.group_id = ? AND {_order_key_sql('m')} < ?"
            " ORDER BY m.meeting_date, COALESCE(ai.due_date, '9999'), ai.created_at, ai.id",
            [meeting["group_id"], _order_key(meeting)],
        )
    )


# --- the whole meeting as one structure ---------------------------------------------------


def _person_entry(store: Store, person_id: str | None) -> dict[str, Any] | None:
    person = _person(store, person_id)
    if person is None:
        return None
    return {
        "person_id": person["id"],
        "name": person["name"],
        "organisation": person["organisation"],
        "function": person["function"],
    }


def _content(store: Store, meeting: dict[str, Any]) -> dict[str, Any]:
    """The protocol content: everything the justerare approve, nothing about follow-up."""
    group = _one(store, "SELECT id, name, level FROM groups WHERE id = ?", [meeting["group_id"]])
    items = []
    for item in agenda_items(store, meeting["id"]):
        role = item["role"]
        items.append(
            {
                "id": item["id"],
                "number": item["number"],
                "title": item["title"],
                "kind": item["kind"],
                "role": role,
                "notes": item["notes"],
                "decisions": [
                    {"id": row["id"], "text": row["text"]} for row in decisions(store, item["id"])
                ],
                "action_items": [
                    {
                        "id": row["id"],
                        "who": row["who"],
                        "what": row["what"],
                        "due_date": row["due_date"],
                    }
                    for row in action_items(store, item["id"])
                ],
                "links": [
                    {"kind": link["kind"], "id": link["id"], "label": link["label"]}
                    for link in item_links(store, item["id"])
                ],
                "deviation_summary": deviation_summary(store, meeting["id"])
                if role == ROLE_DEVIATIONS
                else None,
                "action_plan_summary": action_plan_summary(store, meeting["id"])
                if role == ROLE_ACTION_PLAN
                else None,
                "open_action_items": [
                    {
                        key: row[key]
                        for key in ("id", "meeting_date", "item_title", "who", "what", "due_date")
                    }
                    for row in open_action_items_before(store, meeting["id"])
                ]
                if role == ROLE_PREVIOUS_MINUTES
                else None,
            }
        )
    return {
        "format": SNAPSHOT_FORMAT,
        "group": {"id": group["id"], "name": group["name"], "level": group["level"]}
        if group
        else {"id": meeting["group_id"], "name": "", "level": ""},
        "meeting": {
            key: meeting[key]
            for key in (
                "id",
                "title",
                "meeting_date",
                "start_time",
                "end_time",
                "place",
                "kind",
                "approval_date",
            )
        },
        "chair": _person_entry(store, meeting["chair_person_id"]),
        "secretary": _person_entry(store, meeting["secretary_person_id"]),
        "adjusters": [
            entry
            for entry in (
                _person_entry(store, meeting["adjuster1_person_id"]),
                _person_entry(store, meeting["adjuster2_person_id"]),
            )
            if entry
        ],
        "attendance": [
            {
                key: row[key]
                for key in ("id", "person_id", "name", "organisation_name", "function", "presence")
            }
            for row in attendance(store, meeting["id"])
        ],
        "items": items,
    }


def canonical_json(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def checksum_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def reopenings(store: Store, meeting_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT reopened_at, reopened_by, reason, previous_checksum FROM meeting_reopenings"
            " WHERE meeting_id = ? AND deleted = 0 ORDER BY reopened_at, id",
            [meeting_id],
        )
    )


def meeting_document(store: Store, meeting_id: str) -> dict[str, Any]:
    """The whole meeting as plain data (for the PDF and the GUI).

    A locked meeting gives its frozen content exactly as approved; `lock`
    then holds the approval date, time of locking and checksum.
    """
    meeting = get_meeting(store, meeting_id)
    if is_locked(meeting) and meeting["locked_content"]:
        document = json.loads(meeting["locked_content"])
        document["lock"] = {
            "locked_at": meeting["locked_at"],
            "approval_date": meeting["approval_date"],
            "checksum": meeting["locked_checksum"],
            "intact": checksum_of(meeting["locked_content"]) == meeting["locked_checksum"],
        }
    else:
        document = _content(store, meeting)
        document["lock"] = None
    document["reopenings"] = reopenings(store, meeting_id)
    return document


# --- justering --------------------------------------------------------------------------


def lock_meeting(store: Store, meeting_id: str, approval_date: str | date | None = None) -> str:
    """Justera: freeze the content with its checksum. Returns the checksum."""
    meeting = _editable_meeting(store, meeting_id)
    group_id = store.require_group_id()
    approved = _iso_date(approval_date) or meeting["approval_date"] or date.today().isoformat()
    with store.db.atomic():
        update_record(store.db, "meetings", meeting_id, group_id, {"approval_date": approved})
        content = canonical_json(_content(store, get_meeting(store, meeting_id)))
        checksum = checksum_of(content)
        update_record(
            store.db,
            "meetings",
            meeting_id,
            group_id,
            {"locked_at": utc_now(), "locked_content": content, "locked_checksum": checksum},
        )
    return checksum


def reopen_meeting(store: Store, meeting_id: str, reason: str, by: str | None = None) -> str:
    """Unlock an approved meeting; the reason is required and logged. Returns the log row id."""
    meeting = get_meeting(store, meeting_id)
    group_id = store.require_group_id()
    _require_own(store, meeting)
    if not is_locked(meeting):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The meeting is not locked."))
    text = (reason or "").strip()
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Give a reason for reopening the approved meeting.")
        )
    with store.db.atomic():
        log_id = insert_record(
            store.db,
            "meeting_reopenings",
            group_id,
            {
                "meeting_id": meeting_id,
                "reopened_at": utc_now(),
                "reopened_by": _optional_text(by),
                "reason": text,
                "previous_checksum": meeting["locked_checksum"],
            },
        )
        update_record(
            store.db,
            "meetings",
            meeting_id,
            group_id,
            {"locked_at": None, "locked_content": None, "locked_checksum": None},
        )
    return log_id


def verify_lock(store: Store, meeting_id: str) -> bool | None:
    """True when the frozen content still matches its checksum; None when not locked."""
    meeting = get_meeting(store, meeting_id)
    if not is_locked(meeting):
        return None
    return checksum_of(meeting["locked_content"] or "") == meeting["locked_checksum"]
