"""Activities in a handlingsplan: editing, progress notes, list queries and the overview.

"Delayed" (Försenad) is derived whenever it is shown: the due date has passed
and the activity is neither done nor cancelled. It is never stored, so it
cannot go stale.

The list queries are built for Qt models that fetch a page at a time:
`count_activities` gives the row count and `query_activities` one sorted
page. Each filter maps onto an index of the `activities` table.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlite_utils import Database

from narvard_desktop import clock
from narvard_desktop.domain import ACTIVITY_CLOSED_STATUSES, ACTIVITY_STATUSES
from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.record_rules import date_or_none, json_or
from narvard_desktop.reference import Reference
from narvard_desktop.services.action_plans import (
    check_date_order,
    clean_date,
    clean_text,
    fold,
    live_record,
    own_plan,
    register_sql_functions,
    require_own,
)
from narvard_desktop.store import Store
from narvard_desktop.store.records import (
    get_record,
    insert_record,
    soft_delete_record,
    update_record,
)

STATUS_CODES = tuple(choice.code for choice in ACTIVITY_STATUSES)
ACTIVITY_FIELDS = (
    "title",
    "description",
    "way_code",
    "status",
    "start_date",
    "due_date",
    "next_checkin_date",
    "goal_id",
    "responsible_organisation_id",
    "responsible_person_id",
    "participating_organisation_ids",
)
_LINKS = (
    "goal_id",
    "responsible_organisation_id",
    "responsible_person_id",
    "participating_organisation_ids",
)
_CLOSED_SQL = ", ".join(f"'{status}'" for status in ACTIVITY_CLOSED_STATUSES)


def is_delayed(activity: Mapping[str, Any], today: date | None = None) -> bool:
    due = activity.get("due_date")
    return bool(
        due
        and activity.get("status") not in ACTIVITY_CLOSED_STATUSES
        and due < (today or clock.today()).isoformat()
    )


# --- validation ---------------------------------------------------------------------------


def clean_way_code(value: Any, reference: Reference) -> str | None:
    text = clean_text(value, "way_code")
    if text is None:
        return None
    codes = [row["code"] for row in reference.ways_of_working()]
    code = text.upper()
    if code not in codes:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "'{value}' is not a known way of working or prerequisite. Use one of {codes}.",
            ),
            value=text[:40],
            codes=", ".join(codes),
            field="way_code",
        )
    return code


def clean_status(value: Any) -> str:
    status = (str(value).strip() if value is not None else "") or "not_started"
    if status not in STATUS_CODES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not a known status."),
            value=status[:40],
            field="status",
        )
    return status


def _id_list(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        # Stored values are checked on write; an old database may still hold a bad one.
        value = json_or(value, [])
    ids: list[str] = []
    for item in value:
        if item and item not in ids:
            ids.append(str(item))
    return ids


def clean_activity_fields(values: Mapping[str, Any], reference: Reference) -> dict[str, Any]:
    """Check and normalise the fields that need no database look-up."""
    cleaned: dict[str, Any] = {
        "title": clean_text(values.get("title"), "title", required=True),
        "description": clean_text(values.get("description"), "description"),
        "way_code": clean_way_code(values.get("way_code"), reference),
        "status": clean_status(values.get("status")),
        "start_date": clean_date(values.get("start_date"), "start_date"),
        "due_date": clean_date(values.get("due_date"), "due_date"),
        "next_checkin_date": clean_date(values.get("next_checkin_date"), "next_checkin_date"),
    }
    check_date_order(cleaned["start_date"], cleaned["due_date"], "start_date", "due_date")
    return cleaned


def check_activity_references(
    db: Database, group_id: str, plan_id: str, values: Mapping[str, Any]
) -> dict[str, Any]:
    """Check the linked goal, organisations and person; return them normalised."""
    goal_id = values.get("goal_id") or None
    if goal_id:
        goal = live_record(db, "goals", goal_id, "goal_id")
        if goal["action_plan_id"] != plan_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The goal belongs to another action plan."),
                field="goal_id",
            )
    organisation_id = values.get("responsible_organisation_id") or None
    if organisation_id:
        organisation = live_record(
            db, "organisations", organisation_id, "responsible_organisation_id"
        )
        require_own(organisation, group_id, "responsible_organisation_id")
    person_id = values.get("responsible_person_id") or None
    if person_id:
        person = live_record(db, "people", person_id, "responsible_person_id")
        require_own(person, group_id, "responsible_person_id")
    participants = _id_list(values.get("participating_organisation_ids"))
    for participant in participants:
        organisation = live_record(
            db, "organisations", participant, "participating_organisation_ids"
        )
        require_own(organisation, group_id, "participating_organisation_ids")
    return {
        "goal_id": goal_id,
        "responsible_organisation_id": organisation_id,
        "responsible_person_id": person_id,
        "participating_organisation_ids": json.dumps(participants),
    }


# --- editing ------------------------------------------------------------------------------


def create_activity(store: Store, plan_id: str, values: Mapping[str, Any]) -> str:
    group_id = store.require_group_id()
    db = store.db
    own_plan(db, group_id, plan_id)
    record = clean_activity_fields(values, store.reference)
    record.update(check_activity_references(db, group_id, plan_id, values))
    position = db.execute(
        "SELECT COALESCE(MAX(position) + 1, 0) FROM activities WHERE action_plan_id = ?",
        [plan_id],
    ).fetchone()[0]
    record.update(action_plan_id=plan_id, position=values.get("position", position))
    with db.atomic():
        return insert_record(db, "activities", group_id, record)


def update_activity(store: Store, activity_id: str, changes: Mapping[str, Any]) -> None:
    group_id = store.require_group_id()
    db = store.db
    current = get_record(db, "activities", activity_id)
    merged = {**{key: current[key] for key in ACTIVITY_FIELDS}, **changes}
    record = clean_activity_fields(merged, store.reference)
    # Only links the user changes are checked: an organisation removed later must not
    # block editing the activity's other fields.
    references = check_activity_references(
        db, group_id, current["action_plan_id"], {k: v for k, v in changes.items() if k in _LINKS}
    )
    record.update({key: value for key, value in references.items() if key in changes})
    if "position" in changes:
        record["position"] = int(changes["position"])
    with db.atomic():
        update_record(db, "activities", activity_id, group_id, record)


def set_activity_status(store: Store, activity_id: str, status: str) -> None:
    """The quick status change of the list: only the status moves."""
    group_id = store.require_group_id()
    with store.db.atomic():
        update_record(
            store.db, "activities", activity_id, group_id, {"status": clean_status(status)}
        )


def delete_activity(store: Store, activity_id: str) -> None:
    group_id = store.require_group_id()
    db = store.db
    with db.atomic():
        soft_delete_record(db, "activities", activity_id, group_id)
        for (note_id,) in db.execute(
            "SELECT id FROM progress_notes WHERE activity_id = ? AND deleted = 0", [activity_id]
        ).fetchall():
            soft_delete_record(db, "progress_notes", note_id, group_id)


def get_activity(store: Store, activity_id: str, today: date | None = None) -> dict[str, Any]:
    activity = get_record(store.db, "activities", activity_id)
    activity["participating_organisation_ids"] = _id_list(
        activity["participating_organisation_ids"]
    )
    activity["delayed"] = is_delayed(activity, today)
    return activity


# --- progress notes -----------------------------------------------------------------------


def clean_note_fields(values: Mapping[str, Any], today: date | None = None) -> dict[str, Any]:
    return {
        "note_date": clean_date(values.get("note_date"), "note_date")
        or (today or clock.today()).isoformat(),
        "author": clean_text(values.get("author"), "author"),
        "text": clean_text(values.get("text"), "text", required=True),
    }


def add_progress_note(store: Store, activity_id: str, values: Mapping[str, Any]) -> str:
    group_id = store.require_group_id()
    activity = live_record(store.db, "activities", activity_id, "activity_id")
    require_own(activity, group_id, "activity_id")
    record = clean_note_fields(values)
    record["activity_id"] = activity_id
    with store.db.atomic():
        return insert_record(store.db, "progress_notes", group_id, record)


def update_progress_note(store: Store, note_id: str, changes: Mapping[str, Any]) -> None:
    group_id = store.require_group_id()
    current = get_record(store.db, "progress_notes", note_id)
    record = clean_note_fields({**current, **changes})
    with store.db.atomic():
        update_record(store.db, "progress_notes", note_id, group_id, record)


def delete_progress_note(store: Store, note_id: str) -> None:
    with store.db.atomic():
        soft_delete_record(store.db, "progress_notes", note_id, store.require_group_id())


def list_progress_notes(store: Store, activity_id: str) -> list[dict[str, Any]]:
    """Newest first, as a facilitator reads them in a meeting."""
    return list(
        store.db.query(
            "SELECT * FROM progress_notes WHERE activity_id = ? AND deleted = 0"
            " ORDER BY note_date DESC, created_at DESC",
            [activity_id],
        )
    )


# --- list queries -------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityFilter:
    """What the plan view narrows to. Empty tuples and None mean "no restriction"."""

    plan_id: str | None = None
    statuses: tuple[str, ...] = ()
    way_codes: tuple[str, ...] = ()
    responsible_organisation_id: str | None = None
    delayed_only: bool = False
    # Inclusive: an activity due on the meeting day belongs to that meeting.
    due_by: date | None = None
    text: str = ""
    owner_group_id: str | None = None
    # At an upper level: only activities owned by these groups (None: every group).
    owner_group_ids: tuple[str, ...] | None = None
    goal_id: str | None = None
    today: date | None = field(default=None, compare=False)


SORT_KEYS = ("position", "title", "due", "status", "way", "responsible")
_STATUS_ORDER = " ".join(f"WHEN '{code}' THEN {index}" for index, code in enumerate(STATUS_CODES))
_ORDER_BY = {
    "position": "a.position{desc}",
    "title": "nv_sort(a.title){desc}",
    "due": "a.due_date IS NULL, a.due_date{desc}",
    "status": f"CASE a.status {_STATUS_ORDER} END{{desc}}",
    "way": "a.way_code IS NULL, a.way_code{desc}",
    "responsible": "o.name IS NULL, nv_sort(o.name){desc}",
}
_SELECT = """
    SELECT a.*, ap.title AS plan_title, g.title AS goal_title,
        o.name AS responsible_organisation_name, p.name AS responsible_person_name
    FROM activities a
    LEFT JOIN action_plans ap ON ap.id = a.action_plan_id
    LEFT JOIN goals g ON g.id = a.goal_id
    LEFT JOIN organisations o ON o.id = a.responsible_organisation_id
    LEFT JOIN people p ON p.id = a.responsible_person_id
"""


def _where(filters: ActivityFilter) -> tuple[str, list[Any]]:
    today = (filters.today or clock.today()).isoformat()
    clauses = ["a.deleted = 0"]
    params: list[Any] = []

    def placeholders(values: Sequence[str]) -> str:
        params.extend(values)
        return ", ".join("?" for _ in values)

    if filters.plan_id:
        clauses.append("a.action_plan_id = ?")
        params.append(filters.plan_id)
    if filters.owner_group_id:
        clauses.append("a.group_id = ?")
        params.append(filters.owner_group_id)
    if filters.owner_group_ids is not None:
        clauses.append(f"a.group_id IN ({placeholders(filters.owner_group_ids) or 'NULL'})")
    if filters.goal_id:
        clauses.append("a.goal_id = ?")
        params.append(filters.goal_id)
    if filters.statuses:
        clauses.append(f"a.status IN ({placeholders(filters.statuses)})")
    if filters.way_codes:
        clauses.append(f"a.way_code IN ({placeholders(filters.way_codes)})")
    if filters.responsible_organisation_id:
        clauses.append("a.responsible_organisation_id = ?")
        params.append(filters.responsible_organisation_id)
    if filters.delayed_only:
        clauses.append(f"a.due_date < ? AND a.status NOT IN ({_CLOSED_SQL})")
        params.append(today)
    if filters.due_by:
        clauses.append("a.due_date <= ?")
        params.append(filters.due_by.isoformat())
    needle = fold(filters.text)
    if needle:
        clauses.append("(instr(nv_fold(a.title), ?) > 0 OR instr(nv_fold(a.description), ?) > 0)")
        params.extend([needle, needle])
    return " AND ".join(clauses), params


def _activity_sql(filters: ActivityFilter, sort: str, descending: bool) -> tuple[str, list[Any]]:
    if sort not in _ORDER_BY:
        raise ValueError(f"unknown sort key: {sort}")
    where, params = _where(filters)
    desc = " DESC" if descending else ""
    order = _ORDER_BY[sort].format(desc=desc)
    return f"{_SELECT} WHERE {where} ORDER BY {order}, a.position, a.rowid", params


def _decorate(row: dict[str, Any], reference: Reference, today: date | None) -> dict[str, Any]:
    row["participating_organisation_ids"] = _id_list(row["participating_organisation_ids"])
    row["delayed"] = is_delayed(row, today)
    row["way_name"] = reference.way_name(row["way_code"]) if row["way_code"] else ""
    return row


def query_activities(
    store: Store,
    filters: ActivityFilter | None = None,
    sort: str = "position",
    offset: int = 0,
    limit: int | None = 200,
    *,
    descending: bool = False,
) -> list[dict[str, Any]]:
    """One page of activities, with names of plan, goal, organisation and person."""
    filters = filters or ActivityFilter()
    register_sql_functions(store.db)
    sql, params = _activity_sql(filters, sort, descending)
    sql += " LIMIT ? OFFSET ?"
    params += [-1 if limit is None else limit, offset]
    reference = store.reference
    return [_decorate(row, reference, filters.today) for row in store.db.query(sql, params)]


def count_activities(store: Store, filters: ActivityFilter | None = None) -> int:
    filters = filters or ActivityFilter()
    register_sql_functions(store.db)
    where, params = _where(filters)
    return store.db.execute(f"SELECT COUNT(*) FROM activities a WHERE {where}", params).fetchone()[
        0
    ]


def explain_activity_query(
    store: Store, filters: ActivityFilter | None = None, sort: str = "position"
) -> list[str]:
    """SQLite's query plan for a page query (for tests and for diagnosing slow lists)."""
    register_sql_functions(store.db)
    sql, params = _activity_sql(filters or ActivityFilter(), sort, False)
    return [row[-1] for row in store.db.execute(f"EXPLAIN QUERY PLAN {sql}", params)]


# --- overview -----------------------------------------------------------------------------


@dataclass
class WayStatusRow:
    """Activities of one way of working (or prerequisite) counted by status."""

    way_code: str | None
    way_name: str
    counts: dict[str, int]
    delayed: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def status_by_way(
    store: Store,
    plan_id: str | None = None,
    owner_group_id: str | None = None,
    today: date | None = None,
    owner_group_ids: tuple[str, ...] | None = None,
) -> list[WayStatusRow]:
    """Every way of working and prerequisite in Färdplan order, also those with no activities."""
    filters = ActivityFilter(
        plan_id=plan_id,
        owner_group_id=owner_group_id,
        owner_group_ids=owner_group_ids,
        today=today,
    )
    where, params = _where(filters)
    today_text = (today or clock.today()).isoformat()
    rows: dict[str | None, WayStatusRow] = {
        way["code"]: WayStatusRow(way["code"], way["name"], dict.fromkeys(STATUS_CODES, 0))
        for way in store.reference.ways_of_working()
    }
    sql = (
        "SELECT a.way_code, a.status, COUNT(*),"
        f" SUM(a.due_date < ? AND a.status NOT IN ({_CLOSED_SQL}))"
        f" FROM activities a WHERE {where} GROUP BY a.way_code, a.status"
    )
    for way_code, status, count, delayed in store.db.execute(sql, [today_text, *params]):
        if way_code not in rows:
            rows[way_code] = WayStatusRow(
                way_code, store.reference.way_name(way_code), dict.fromkeys(STATUS_CODES, 0)
            )
        row = rows[way_code]
        row.counts[status] = row.counts.get(status, 0) + count
        row.delayed += delayed or 0
    return list(rows.values())


def next_meeting(store: Store, today: date | None = None) -> dict[str, Any] | None:
    """The group's own first meeting on or after today."""
    group_id = store.require_group_id()
    return next(
        store.db.query(
            "SELECT * FROM meetings WHERE group_id = ? AND deleted = 0 AND meeting_date >= ?"
            " ORDER BY meeting_date, start_time LIMIT 1",
            [group_id, (today or clock.today()).isoformat()],
        ),
        None,
    )


def open_activities_due_by(
    store: Store, day: date, plan_id: str | None = None, today: date | None = None
) -> list[dict[str, Any]]:
    """The group's own unfinished activities due on or before `day` (delayed ones included)."""
    filters = ActivityFilter(
        plan_id=plan_id,
        owner_group_id=store.require_group_id(),
        statuses=tuple(code for code in STATUS_CODES if code not in ACTIVITY_CLOSED_STATUSES),
        due_by=day,
        today=today,
    )
    return query_activities(store, filters, sort="due", limit=None)


@dataclass
class DueBeforeMeeting:
    meeting: dict[str, Any] | None
    activities: list[dict[str, Any]]


def due_before_next_meeting(
    store: Store, today: date | None = None, plan_id: str | None = None
) -> DueBeforeMeeting:
    """What should be reported at the next meeting; empty when no meeting is planned."""
    meeting = next_meeting(store, today)
    if meeting is None:
        return DueBeforeMeeting(None, [])
    day = date_or_none(meeting["meeting_date"])
    if day is None:
        return DueBeforeMeeting(None, [])
    return DueBeforeMeeting(meeting, open_activities_due_by(store, day, plan_id, today))
