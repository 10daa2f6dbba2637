"""Årshjulet: everything dated in one year of the group, for a view of the year at a glance.

Meetings, reporting dates upward, plan periods, indicator reporting periods (the ends of
the periods the group has measured, and target dates), and the due dates of activities
and action items. Each entry points at the record it comes from, so the view can open it.
Only the own group's live records are read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.services.reminders import report_dates
from narvard_desktop.store import Store

CONTEXT = "YearWheel"
MEETING = "meeting"
REPORT = "report"
PLAN_PERIOD = "plan_period"
INDICATOR = "indicator"
ACTIVITY_DUE = "activity_due"
ACTION_ITEM_DUE = "action_item_due"

# The rows of the view, top to bottom: what a group looks at first comes first.
CATEGORIES: tuple[str, ...] = (
    MEETING,
    REPORT,
    PLAN_PERIOD,
    INDICATOR,
    ACTIVITY_DUE,
    ACTION_ITEM_DUE,
)
CATEGORY_LABELS = {
    MEETING: QT_TRANSLATE_NOOP("YearWheel", "Meetings"),
    REPORT: QT_TRANSLATE_NOOP("YearWheel", "Reports upward"),
    PLAN_PERIOD: QT_TRANSLATE_NOOP("YearWheel", "Plan periods"),
    INDICATOR: QT_TRANSLATE_NOOP("YearWheel", "Indicator periods"),
    ACTIVITY_DUE: QT_TRANSLATE_NOOP("YearWheel", "Activities due"),
    ACTION_ITEM_DUE: QT_TRANSLATE_NOOP("YearWheel", "Action items due"),
}
_REPORT_TITLE = QT_TRANSLATE_NOOP("YearWheel", "Report to the level above")
_TARGET_TITLE = QT_TRANSLATE_NOOP("YearWheel", "{name}: target date")
_PERIOD_TITLE = QT_TRANSLATE_NOOP("YearWheel", "{name}: period {period}")


@dataclass(frozen=True)
class YearEntry:
    category: str
    start: date
    # The last day of a period (a plan period); the same as start for a single day.
    end: date
    title: str
    # The record to open (a table and an id), or a section key ("exchange") with no id.
    kind: str
    record_id: str | None

    def category_label(self) -> str:
        return translate(CONTEXT, CATEGORY_LABELS[self.category])


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def year_entries(store: Store, year: int) -> list[YearEntry]:
    """Everything of the own group dated in `year`, by category and day."""
    group_id = store.own_group_id
    if group_id is None:
        return []
    first, last = date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()
    db = store.db
    entries: list[YearEntry] = []

    def single(category: str, kind: str, sql: str, params: list[object]) -> None:
        for record_id, day_text, title in db.execute(sql, params).fetchall():
            day = _day(day_text)
            if day is not None:
                entries.append(YearEntry(category, day, day, title or "", kind, record_id))

    live = "group_id = ? AND deleted = 0"
    single(
        MEETING,
        "meetings",
        "SELECT id, meeting_date, trim(COALESCE(start_time || ' ', '') || COALESCE(title, ''))"
        f" FROM meetings WHERE {live} AND meeting_date BETWEEN ? AND ?",
        [group_id, first, last],
    )
    for day in report_dates(store):
        if day.year == year:
            entries.append(
                YearEntry(REPORT, day, day, translate(CONTEXT, _REPORT_TITLE), "exchange", None)
            )
    for record_id, start, end, title in db.execute(
        "SELECT id, period_start, period_end, title FROM action_plans"
        f" WHERE {live} AND COALESCE(period_start, '0000') <= ?"
        " AND COALESCE(period_end, '9999') >= ?"
        " AND (period_start IS NOT NULL OR period_end IS NOT NULL)",
        [group_id, last, first],
    ).fetchall():
        begin = max(_day(start) or date(year, 1, 1), date(year, 1, 1))
        finish = min(_day(end) or date(year, 12, 31), date(year, 12, 31))
        entries.append(YearEntry(PLAN_PERIOD, begin, finish, title, "action_plans", record_id))
    for record_id, day_text, name, period in db.execute(
        "SELECT i.id, MAX(v.period_end), i.name, v.period FROM indicator_values v"
        " JOIN indicators i ON i.id = v.indicator_id AND i.deleted = 0"
        " WHERE v.group_id = ? AND v.deleted = 0 AND v.period_end BETWEEN ? AND ?"
        " GROUP BY i.id, v.period",
        [group_id, first, last],
    ).fetchall():
        measured = _day(day_text)
        if measured is not None:
            title = translate(CONTEXT, _PERIOD_TITLE).format(name=name, period=period)
            entries.append(YearEntry(INDICATOR, measured, measured, title, "indicators", record_id))
    for record_id, day_text, name in db.execute(
        f"SELECT id, target_date, name FROM indicators WHERE {live}"
        " AND target_date BETWEEN ? AND ?",
        [group_id, first, last],
    ).fetchall():
        target = _day(day_text)
        if target is not None:
            title = translate(CONTEXT, _TARGET_TITLE).format(name=name)
            entries.append(YearEntry(INDICATOR, target, target, title, "indicators", record_id))
    single(
        ACTIVITY_DUE,
        "activities",
        f"SELECT id, due_date, title FROM activities WHERE {live}"
        " AND status NOT IN ('done', 'cancelled') AND due_date BETWEEN ? AND ?",
        [group_id, first, last],
    )
    single(
        ACTION_ITEM_DUE,
        "action_items",
        "SELECT a.id, a.due_date, a.what FROM action_items a"
        " JOIN agenda_items i ON i.id = a.agenda_item_id AND i.deleted = 0"
        " WHERE a.group_id = ? AND a.deleted = 0 AND a.done = 0"
        " AND a.due_date BETWEEN ? AND ?",
        [group_id, first, last],
    )
    order = {category: index for index, category in enumerate(CATEGORIES)}
    return sorted(entries, key=lambda e: (order[e.category], e.start, e.title))
