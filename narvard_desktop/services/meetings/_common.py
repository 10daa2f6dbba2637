"""Shared rules of the meetings service: validation, look-ups and the lock check."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

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
