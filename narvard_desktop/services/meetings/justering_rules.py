"""What must hold before a protocol can be approved (justerat) and locked.

Only a meeting that has been held (its date is not after today, by `clock`), of the kind
protokoll, with a chair, a secretary and the adjusters the group asks for (one or two),
each of whom was present, and a justeringsdatum on or after the meeting date. The dialog
lists every missing piece; `lock_meeting` refuses with the first one.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from narvard_desktop import clock
from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.store import Store

PRESENT = ("present", "co_opted")

NOTES_HAVE_NO_JUSTERING = QT_TRANSLATE_NOOP(
    "Errors", "Meeting notes (minnesanteckningar) are not approved; only minutes (protokoll) are."
)
NOT_HELD_YET = QT_TRANSLATE_NOOP(
    "Errors", "The meeting on {date} has not been held yet; minutes are approved afterwards."
)
NO_CHAIR = QT_TRANSLATE_NOOP("Errors", "Choose the chair of the meeting.")
NO_SECRETARY = QT_TRANSLATE_NOOP("Errors", "Choose the secretary of the meeting.")
TOO_FEW_ADJUSTERS = QT_TRANSLATE_NOOP(
    "Errors", "The group's minutes need {required} minutes checker(s); {chosen} chosen."
)
ADJUSTER_NOT_PRESENT = QT_TRANSLATE_NOOP(
    "Errors", "The minutes checker {name} is not marked present at the meeting."
)
NO_APPROVAL_DATE = QT_TRANSLATE_NOOP("Errors", "Give the date of approval (justeringsdatum).")
APPROVAL_BEFORE_MEETING = QT_TRANSLATE_NOOP(
    "Errors", "The date of approval ({approval}) cannot be before the meeting ({date})."
)
NOT_A_DATE = QT_TRANSLATE_NOOP("Errors", "'{value}' is not a date (YYYY-MM-DD).")


def adjusters_required(store: Store, group_id: str) -> int:
    row = store.db.execute(
        "SELECT adjusters_required FROM groups WHERE id = ?", [group_id]
    ).fetchone()
    return int(row[0]) if row and row[0] else 1


def justering_refusals(
    store: Store, meeting: dict[str, Any], approval_date: str | date | None
) -> list[ValidationError]:
    """Every rule the meeting does not meet yet, each as the error naming it (empty: ready)."""
    found: list[ValidationError] = []
    meeting_date = meeting["meeting_date"]
    if meeting["kind"] != "protocol":
        return [ValidationError(NOTES_HAVE_NO_JUSTERING, field="kind")]
    if meeting_date > clock.today().isoformat():
        found.append(ValidationError(NOT_HELD_YET, field="meeting_date", date=meeting_date))
    if not meeting.get("chair_person_id"):
        found.append(ValidationError(NO_CHAIR, field="chair_person_id"))
    if not meeting.get("secretary_person_id"):
        found.append(ValidationError(NO_SECRETARY, field="secretary_person_id"))
    adjusters = [
        person
        for person in (meeting.get("adjuster1_person_id"), meeting.get("adjuster2_person_id"))
        if person
    ]
    required = adjusters_required(store, meeting["group_id"])
    if len(adjusters) < required:
        found.append(
            ValidationError(
                TOO_FEW_ADJUSTERS, field="adjusters", required=required, chosen=len(adjusters)
            )
        )
    for person_id in adjusters:
        row = store.db.execute(
            "SELECT p.name, (SELECT COUNT(*) FROM attendances a WHERE a.meeting_id = ?"
            " AND a.person_id = p.id AND a.deleted = 0 AND a.presence IN (?, ?))"
            " FROM people p WHERE p.id = ?",
            [meeting["id"], *PRESENT, person_id],
        ).fetchone()
        if row is None or not row[1]:
            found.append(
                ValidationError(
                    ADJUSTER_NOT_PRESENT, field="adjusters", name=row[0] if row else person_id
                )
            )
    approval = approval_date.isoformat() if isinstance(approval_date, date) else approval_date
    approval = (approval or "").strip()
    if not approval:
        found.append(ValidationError(NO_APPROVAL_DATE, field="approval_date"))
    else:
        try:
            approval = date.fromisoformat(approval).isoformat()
        except ValueError:
            found.append(ValidationError(NOT_A_DATE, field="approval_date", value=approval))
        else:
            if approval < meeting_date:
                found.append(
                    ValidationError(
                        APPROVAL_BEFORE_MEETING,
                        field="approval_date",
                        approval=approval,
                        date=meeting_date,
                    )
                )
    return found


def justering_problems(
    store: Store, meeting: dict[str, Any], approval_date: str | date | None
) -> list[str]:
    """The missing pieces as sentences for the dialog, in the user's language."""
    return [error.user_message() for error in justering_refusals(store, meeting, approval_date)]


def require_justering_ready(
    store: Store, meeting: dict[str, Any], approval_date: str | date | None
) -> None:
    refusals = justering_refusals(store, meeting, approval_date)
    if refusals:
        raise refusals[0]
