""" "Att göra": what the group should act on soon, for the start page and the start-up.

Four kinds of reminder, each pointing at the record to open:

- check-ins due: own unfinished activities whose next check-in is within a week (or past);
- answers about to pass their due date: own avvikelser still awaiting an answer whose
  answer due date (60 days by default) is within two weeks (or past);
- action items due before the next meeting: own open action items due on or before the
  next meeting (or within DUE_SOON_DAYS_WITHOUT_NEXT_MEETING when none is planned);
- the next report upward: the first reporting date from today on, set locally
  (`set_report_dates`) or received with the county's reference lists ("rapporteringsdatum").

"Påminn igen" (snooze) is kept per item in the local settings table: a snoozed item is
left out until the day it was snoozed to. Nothing runs in the background: the list is
read when the start page is shown and at start.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database

from narvard_desktop import clock
from narvard_desktop.domain import ACTIVITY_CLOSED_STATUSES, DEVIATION_AWAITING_ANSWER
from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.record_rules import date_or_none
from narvard_desktop.services.meetings._common import DUE_SOON_DAYS_WITHOUT_NEXT_MEETING
from narvard_desktop.store import Store

CONTEXT = "Reminders"
CHECK_IN = "check_in"
ANSWER_DUE = "answer_due"
ACTION_ITEM = "action_item"
REPORT_UPWARD = "report_upward"

CHECK_IN_DAYS_AHEAD = 7
ANSWER_DAYS_AHEAD = 14
SNOOZE_DAYS = 7

REPORT_DATES_SETTING = "report_upward_dates"
# The dates a level above sent down with its template (replaced by each newer template).
REPORT_DATES_FROM_ABOVE_SETTING = "report_upward_dates.from_above"
# A reference list the county can send with its package: one row per date (column "datum").
REPORT_DATES_LIST = "rapporteringsdatum"
_SNOOZE_PREFIX = "reminder_snoozed_until:"

_CATEGORY_LABELS = {
    CHECK_IN: QT_TRANSLATE_NOOP("Reminders", "Check-in due"),
    ANSWER_DUE: QT_TRANSLATE_NOOP("Reminders", "Answer due"),
    ACTION_ITEM: QT_TRANSLATE_NOOP("Reminders", "Action item before the next meeting"),
    REPORT_UPWARD: QT_TRANSLATE_NOOP("Reminders", "Report to the level above"),
}
_REPORT_TITLE = QT_TRANSLATE_NOOP("Reminders", "Send the group's file to the level above")


@dataclass(frozen=True)
class Reminder:
    category: str
    # The kind of record to open (a table), or "exchange" for the report upward.
    kind: str
    record_id: str | None
    title: str
    due: date

    @property
    def key(self) -> str:
        """What a snooze is kept under: the record, or the reporting date."""
        return f"{self.category}:{self.record_id or self.due.isoformat()}"

    def category_label(self) -> str:
        return translate(CONTEXT, _CATEGORY_LABELS[self.category])

    def overdue(self, today: date | None = None) -> bool:
        return self.due < (today or clock.today())


def _in(values: Iterable[str]) -> str:
    return ",".join(f"'{value}'" for value in values)


def _reminders(kind: str, table: str, rows: list[Any]) -> list[Reminder]:
    """One reminder a row; a date an older version stored badly leaves its row out."""
    found = []
    for record_id, title, text in rows:
        day = date_or_none(text)
        if day is not None:
            found.append(Reminder(kind, table, record_id, title, day))
    return found


def _check_ins(store: Store, group_id: str, today: date) -> list[Reminder]:
    until = (today + timedelta(days=CHECK_IN_DAYS_AHEAD)).isoformat()
    rows = store.db.execute(
        "SELECT id, title, next_checkin_date FROM activities WHERE group_id = ? AND deleted = 0"
        f" AND status NOT IN ({_in(ACTIVITY_CLOSED_STATUSES)})"
        " AND next_checkin_date IS NOT NULL AND next_checkin_date <= ?",
        [group_id, until],
    ).fetchall()
    return _reminders(CHECK_IN, "activities", rows)


def _answers(store: Store, group_id: str, today: date) -> list[Reminder]:
    until = (today + timedelta(days=ANSWER_DAYS_AHEAD)).isoformat()
    rows = store.db.execute(
        "SELECT id, COALESCE(NULLIF(external_ref, ''), reported_date) || ': '"
        " || substr(COALESCE(description, ''), 1, 60), answer_due_date"
        " FROM deviations WHERE group_id = ? AND deleted = 0"
        f" AND state IN ({_in(DEVIATION_AWAITING_ANSWER)})"
        " AND answer_due_date IS NOT NULL AND answer_due_date <= ?",
        [group_id, until],
    ).fetchall()
    return _reminders(ANSWER_DUE, "deviations", rows)


def _next_meeting_day(store: Store, group_id: str, today: date) -> date:
    row = store.db.execute(
        "SELECT MIN(meeting_date) FROM meetings WHERE group_id = ? AND deleted = 0"
        " AND meeting_date > ?",
        [group_id, today.isoformat()],
    ).fetchone()
    day = date_or_none(row[0]) if row else None
    return day or today + timedelta(days=DUE_SOON_DAYS_WITHOUT_NEXT_MEETING)


def _action_items(store: Store, group_id: str, today: date) -> list[Reminder]:
    until = _next_meeting_day(store, group_id, today).isoformat()
    rows = store.db.execute(
        "SELECT a.id, a.what, a.due_date FROM action_items a"
        " JOIN agenda_items i ON i.id = a.agenda_item_id AND i.deleted = 0"
        " JOIN meetings m ON m.id = i.meeting_id AND m.deleted = 0"
        " WHERE a.group_id = ? AND a.deleted = 0 AND a.done = 0"
        " AND a.due_date IS NOT NULL AND a.due_date <= ?",
        [group_id, until],
    ).fetchall()
    return _reminders(ACTION_ITEM, "action_items", rows)


def local_report_dates(store: Store) -> list[date]:
    """The reporting dates the group set itself."""
    return sorted(
        date.fromisoformat(text)
        for text in json.loads(store.get_setting(REPORT_DATES_SETTING) or "[]")
    )


def _iso_dates(values: object) -> set[date]:
    """The real ISO dates among `values` (anything else is left out)."""
    days: set[date] = set()
    for value in values if isinstance(values, list) else []:
        try:
            days.add(date.fromisoformat(str(value)))
        except ValueError:
            continue
    return days


def dates_from_above(store: Store) -> list[date]:
    """The reporting dates the level above sent down with its latest template."""
    try:
        return sorted(
            _iso_dates(json.loads(store.get_setting(REPORT_DATES_FROM_ABOVE_SETTING) or "[]"))
        )
    except ValueError:
        return []


def adopt_report_dates(db: Database, value: object) -> None:
    """Keep the dates a template from above carries (its manifest's "report_dates").

    Called inside the adoption's transaction; a template without them (older versions)
    changes nothing, and a value that is not a date is left out.
    """
    if not isinstance(value, list):
        return
    days = sorted(day.isoformat() for day in _iso_dates(value))
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [REPORT_DATES_FROM_ABOVE_SETTING, json.dumps(days)],
    )


def report_dates(store: Store) -> list[date]:
    """Every reporting date upward known here: the group's own and those from above, sorted."""
    days: set[date] = set(local_report_dates(store)) | set(dates_from_above(store))
    for row in store.reference.rows(REPORT_DATES_LIST):
        try:
            days.add(date.fromisoformat(row.get("datum", "")))
        except ValueError:
            continue
    return sorted(days)


def set_report_dates(store: Store, days: Iterable[date | str]) -> None:
    """Keep the group's own reporting dates; a text that is not a date is refused."""
    cleaned: set[str] = set()
    for day in days:
        if isinstance(day, date):
            cleaned.add(day.isoformat())
            continue
        try:
            cleaned.add(date.fromisoformat(str(day).strip()).isoformat())
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The date {value} is not a date (YYYY-MM-DD)."),
                field="report_upward_dates",
                value=str(day),
            ) from None
    store.set_setting(REPORT_DATES_SETTING, json.dumps(sorted(cleaned)))


def _report_upward(store: Store, today: date) -> list[Reminder]:
    coming = [day for day in report_dates(store) if day >= today]
    if not coming:
        return []
    return [Reminder(REPORT_UPWARD, "exchange", None, translate(CONTEXT, _REPORT_TITLE), coming[0])]


def snoozed_until(store: Store, reminder: Reminder) -> date | None:
    return date_or_none(store.get_setting(_SNOOZE_PREFIX + reminder.key))


def snooze(store: Store, reminder: Reminder, days: int = SNOOZE_DAYS) -> date:
    """ "Påminn igen": leave the item out until `days` from today; returns that day."""
    until = clock.today() + timedelta(days=days)
    store.set_setting(_SNOOZE_PREFIX + reminder.key, until.isoformat())
    return until


def reminders(store: Store, today: date | None = None) -> list[Reminder]:
    """What is due for the own group, most urgent first, snoozed items left out."""
    group_id = store.own_group_id
    if group_id is None:
        return []
    today = today or clock.today()
    found = [
        *_check_ins(store, group_id, today),
        *_answers(store, group_id, today),
        *_action_items(store, group_id, today),
        *_report_upward(store, today),
    ]
    waiting = [r for r in found if (snoozed_until(store, r) or today) <= today]
    return sorted(waiting, key=lambda r: (r.due, r.category, r.title))
