"""The uppföljningsrapport: what a group (or an area's groups) did in a period, in figures.

The genomförandeplan asks for a follow-up report before each yearly revision, built on
the measures the groups already keep. This module gathers it as plain data, Qt-free
and without reportlab, so the PDF, a test and a later format read the same figures:

- the handlingsplan per arbetssätt and förutsättning, and what was finished, is
  delayed or was stopped;
- indicators against baseline and target, with their values for a small trend;
- avvikelser per category and the agreement the category belongs to, answers within
  the deadline, systemfel and escalations;
- meetings held and the decisions of the period.

A report leaves the group, so every count of avvikelser in it follows the small-count
rules (`small_counts`): 1–4 become "< 5" with complementary cells hidden beside them,
totals are recomputed from the cells shown, and the period is whole months.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from narvard_desktop import clock, small_counts
from narvard_desktop.domain import (
    ACTIVITY_STATUSES,
    GOAL_HORIZON_CODES,
    GOAL_HORIZONS,
    LEVELS,
    label_for,
)
from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.services.activities import status_by_way
from narvard_desktop.services.deviation_analysis import Period, Timeliness, answer_timeliness
from narvard_desktop.services.indicators import indicator_chart_data
from narvard_desktop.services.meetings.agenda import paragraph_numbers
from narvard_desktop.store import Store

# Scopes at upper levels: this group's own records, or every group's.
OWN, ALL = "own", "all"
# Stopped activities: paused or cancelled; finished: done.
STOPPED_STATUSES = ("paused", "cancelled")
BAD_PERIOD = QT_TRANSLATE_NOOP(
    "Errors",
    "'{value}' is not a report period. Write a year (2026), a half year (2026-H1), a "
    "quarter (2026-Q3), a tertial (2026-T2), a month (2026-03) or two months joined by .. "
    "(2026-01..2026-06).",
)
UNKNOWN_GROUP = QT_TRANSLATE_NOOP("Errors", "There is no group {group} in this data folder.")


@dataclass(frozen=True)
class ReportPeriod:
    start: date
    end: date
    label: str


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_report_period(text: str) -> ReportPeriod:
    """A period in whole months, from the ways follow-up is spoken of in the region."""
    value = (text or "").strip().upper()
    try:
        if match := re.fullmatch(r"(\d{4})", value):
            year = int(match[1])
            return ReportPeriod(date(year, 1, 1), date(year, 12, 31), value)
        if match := re.fullmatch(r"(\d{4})-?([HQKT])([1-4])", value):
            year, kind, number = int(match[1]), match[2], int(match[3])
            months = {"H": 6, "Q": 3, "K": 3, "T": 4}[kind]
            if number * months <= 12:
                first = (number - 1) * months + 1
                label = f"{year}-{'Q' if kind == 'K' else kind}{number}"
                return ReportPeriod(
                    date(year, first, 1), _month_end(year, first + months - 1), label
                )
        if match := re.fullmatch(r"(\d{4})-(\d{2})", value):
            year, month = int(match[1]), int(match[2])
            return ReportPeriod(date(year, month, 1), _month_end(year, month), value)
        if match := re.fullmatch(
            r"(\d{4})-(\d{2})(?:-\d{2})?\.\.(\d{4})-(\d{2})(?:-\d{2})?", value
        ):
            start = date(int(match[1]), int(match[2]), 1)
            end = _month_end(int(match[3]), int(match[4]))
            if start <= end:
                return ReportPeriod(start, end, f"{start:%Y-%m}–{end:%Y-%m}")
    except ValueError:
        pass
    raise ValidationError(BAD_PERIOD, value=value[:40], field="period")


@dataclass(frozen=True)
class WayLine:
    name: str
    total: int
    by_status: tuple[int, ...]  # in the order of ACTIVITY_STATUSES
    delayed: int


@dataclass(frozen=True)
class ActivityLine:
    title: str
    way: str
    due_date: str
    status: str


@dataclass(frozen=True)
class GoalLine:
    title: str
    plan: str
    target_group: str
    horizon: str
    target_year: int | None


@dataclass(frozen=True)
class IndicatorLine:
    name: str
    unit: str
    baseline: float | None
    target: float | None
    target_date: str
    latest: float | None
    latest_period: str
    verdict: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class CountLine:
    name: str
    detail: str
    count: int | None  # None: a small count, printed as "< 5"


@dataclass(frozen=True)
class MeetingLine:
    day: str
    title: str
    kind: str
    approved: bool


@dataclass(frozen=True)
class DecisionLine:
    day: str
    paragraph: str
    text: str


@dataclass
class GroupSection:
    group_id: str
    name: str
    level: str
    area: str
    ways: list[WayLine] = field(default_factory=list)
    goals: list[GoalLine] = field(default_factory=list)
    finished: list[ActivityLine] = field(default_factory=list)
    delayed: list[ActivityLine] = field(default_factory=list)
    stopped: list[ActivityLine] = field(default_factory=list)
    indicators: list[IndicatorLine] = field(default_factory=list)
    categories: list[CountLine] = field(default_factory=list)
    agreements: list[CountLine] = field(default_factory=list)
    deviations_shown: int | None = 0
    timeliness: Timeliness | None = None
    system_errors: int | None = 0
    escalated: int | None = 0
    meetings: list[MeetingLine] = field(default_factory=list)
    decisions: list[DecisionLine] = field(default_factory=list)

    @property
    def activity_total(self) -> int:
        return sum(way.total for way in self.ways)


@dataclass
class FollowUpReport:
    group_name: str
    area: str
    period: ReportPeriod
    created: date
    threshold: int
    sections: list[GroupSection]

    @property
    def covers_several_groups(self) -> bool:
        return len(self.sections) > 1


def _area(store: Store, group: dict[str, Any]) -> str:
    if group.get("kommun_code"):
        kommun = store.reference.kommun(group["kommun_code"])
        if kommun is not None:
            return f"{kommun.name} ({kommun.delregion})"
    return str(group.get("delregion") or "")


def _activity_lines(store: Store, where: str, params: list[Any]) -> list[ActivityLine]:
    return [
        ActivityLine(
            row["title"],
            store.reference.way_name(row["way_code"]) if row["way_code"] else "",
            row["due_date"] or "",
            label_for(ACTIVITY_STATUSES, row["status"]),
        )
        for row in store.db.query(
            "SELECT a.title, a.way_code, a.due_date, a.status FROM activities a"
            " JOIN action_plans p ON p.id = a.action_plan_id AND p.deleted = 0"
            f" WHERE a.deleted = 0 AND a.group_id = ? AND {where}"
            " ORDER BY a.due_date IS NULL, a.due_date, a.title",
            params,
        )
    ]


def _goal_part(store: Store, section: GroupSection) -> None:
    """The goals by horizon (short term first, then long, then unset) and target year."""
    order = {code: index for index, code in enumerate(GOAL_HORIZON_CODES)}
    rows = list(
        store.db.query(
            "SELECT g.title, g.horizon, g.target_year, p.title AS plan, p.target_group_code,"
            " p.target_group FROM goals g JOIN action_plans p ON p.id = g.action_plan_id"
            " WHERE g.deleted = 0 AND p.deleted = 0 AND g.group_id = ?",
            [section.group_id],
        )
    )
    rows.sort(
        key=lambda r: (order.get(r["horizon"], len(order)), r["target_year"] or 9999, r["title"])
    )
    section.goals = [
        GoalLine(
            row["title"],
            row["plan"],
            store.reference.target_group_name(row["target_group_code"])
            if row["target_group_code"]
            else row["target_group"] or "",
            label_for(GOAL_HORIZONS, row["horizon"]) if row["horizon"] else "",
            row["target_year"],
        )
        for row in rows
    ]


def _plan_part(store: Store, section: GroupSection, period: ReportPeriod, today: date) -> None:
    _goal_part(store, section)
    codes = [choice.code for choice in ACTIVITY_STATUSES]
    for row in status_by_way(store, owner_group_id=section.group_id, today=today):
        section.ways.append(
            WayLine(
                row.way_name,
                row.total,
                tuple(row.counts.get(code, 0) for code in codes),
                row.delayed,
            )
        )
    start, end = period.start.isoformat(), period.end.isoformat()
    # Finished in the period: marked done, last changed within it.
    section.finished = _activity_lines(
        store,
        "a.status = 'done' AND substr(a.updated_at, 1, 10) BETWEEN ? AND ?",
        [section.group_id, start, end],
    )
    # Delayed at the report's end: still open past the due date.
    section.delayed = _activity_lines(
        store,
        "a.status NOT IN ('done', 'cancelled') AND a.due_date < ?",
        [section.group_id, min(end, today.isoformat())],
    )
    marks = ", ".join("?" * len(STOPPED_STATUSES))
    section.stopped = _activity_lines(
        store,
        f"a.status IN ({marks}) AND substr(a.updated_at, 1, 10) BETWEEN ? AND ?",
        [section.group_id, *STOPPED_STATUSES, start, end],
    )


def _verdict(on_track: bool | None, reached: bool) -> str:
    if reached:
        return translate("Report", QT_TRANSLATE_NOOP("Report", "Target reached"))
    if on_track is None:
        return translate("Report", QT_TRANSLATE_NOOP("Report", "No values yet"))
    if on_track:
        return translate("Report", QT_TRANSLATE_NOOP("Report", "On track"))
    return translate("Report", QT_TRANSLATE_NOOP("Report", "Behind"))


def _indicator_part(store: Store, section: GroupSection, period: ReportPeriod) -> None:
    for row in store.db.query(
        "SELECT i.id FROM indicators i JOIN action_plans p ON p.id = i.action_plan_id"
        " WHERE i.deleted = 0 AND p.deleted = 0 AND i.group_id = ? ORDER BY p.title, i.name",
        [section.group_id],
    ):
        chart = indicator_chart_data(store, row["id"])
        points = [p for p in chart.points if p.period_end <= period.end]
        latest = points[-1] if points else None
        section.indicators.append(
            IndicatorLine(
                chart.name,
                chart.unit or "",
                chart.baseline_value,
                chart.target_value,
                chart.target_date.isoformat() if chart.target_date else "",
                latest.value if latest else None,
                latest.period if latest else "",
                _verdict(chart.on_track if latest else None, chart.target_reached),
                tuple(p.value for p in points),
            )
        )


def _suppressed(pairs: list[tuple[str, str, int]], limit: int) -> tuple[list[CountLine], int]:
    cells, total = small_counts.suppressed_cells([count for _, _, count in pairs], limit)
    return [
        CountLine(name, detail, cell) for (name, detail, _), cell in zip(pairs, cells, strict=True)
    ], total


def _deviation_part(
    store: Store, section: GroupSection, period: ReportPeriod, today: date, limit: int
) -> None:
    window = Period(period.start, period.end, (section.group_id,))
    where = (
        "deleted = 0 AND state != 'misregistered' AND group_id = ?"
        " AND reported_date >= ? AND reported_date <= ?"
    )
    params = [section.group_id, period.start.isoformat(), period.end.isoformat()]
    counts = dict(
        store.db.execute(
            f"SELECT category_code, COUNT(*) FROM deviations WHERE {where} GROUP BY 1", params
        ).fetchall()
    )
    pairs: list[tuple[str, str, int]] = []
    for category in store.reference.categories():
        count = int(counts.pop(category["code"], 0))
        agreement = category.get("agreement") or ""
        if count:
            pairs.append((category["name"], agreement, count))
    rest = sum(int(value) for value in counts.values())
    if rest:
        other = translate("Report", QT_TRANSLATE_NOOP("Report", "Other or no category"))
        pairs.append((other, "", rest))
    section.categories, section.deviations_shown = _suppressed(pairs, limit)
    # Per agreement only the sum of the category figures shown: a true subtotal minus the
    # shown categories of that agreement would give a hidden one back. None: all hidden.
    shown_sums: dict[str, list[int]] = {}
    for line in section.categories:
        if line.detail:
            shown_sums.setdefault(line.detail, []).extend(
                [] if line.count is None else [line.count]
            )
    section.agreements = [
        CountLine(name, "", sum(counts) if counts else None)
        for name, counts in sorted(shown_sums.items())
    ]
    section.timeliness = answer_timeliness(store, window, today, limit)[0]
    system_errors, escalated = store.db.execute(
        f"SELECT SUM(system_error = 1), SUM(escalated_to IS NOT NULL) FROM deviations"
        f" WHERE {where}",
        params,
    ).fetchone()
    section.system_errors = small_counts.shown(int(system_errors or 0), limit)
    section.escalated = small_counts.shown(int(escalated or 0), limit)


def _meeting_part(store: Store, section: GroupSection, period: ReportPeriod, today: date) -> None:
    start, end = period.start.isoformat(), min(period.end, today).isoformat()
    kinds = {
        "protocol": translate("Report", QT_TRANSLATE_NOOP("Report", "Protocol")),
        "notes": translate("Report", QT_TRANSLATE_NOOP("Report", "Notes")),
    }
    untitled = translate("Report", QT_TRANSLATE_NOOP("Report", "Meeting"))
    for row in store.db.query(
        "SELECT meeting_date, title, kind, locked_at FROM meetings WHERE deleted = 0"
        " AND group_id = ? AND meeting_date BETWEEN ? AND ? ORDER BY meeting_date",
        [section.group_id, start, end],
    ):
        section.meetings.append(
            MeetingLine(
                row["meeting_date"],
                row["title"] or untitled,
                kinds.get(row["kind"], row["kind"]),
                bool(row["locked_at"]),
            )
        )
    numbers: dict[str, dict[str, int]] = {}
    for row in store.db.query(
        "SELECT m.id AS meeting_id, m.meeting_date, a.id AS item_id, d.text FROM decisions d"
        " JOIN agenda_items a ON a.id = d.agenda_item_id AND a.deleted = 0"
        " JOIN meetings m ON m.id = a.meeting_id AND m.deleted = 0"
        " WHERE d.deleted = 0 AND m.group_id = ? AND m.meeting_date BETWEEN ? AND ?"
        " ORDER BY m.meeting_date, a.position, d.position",
        [section.group_id, start, end],
    ):
        meeting_id = row["meeting_id"]
        if meeting_id not in numbers:
            # The § as the protocol prints it (per meeting or per year, frozen when justerat).
            numbers[meeting_id] = paragraph_numbers(store, meeting_id)
        number = numbers[meeting_id].get(row["item_id"])
        section.decisions.append(
            DecisionLine(row["meeting_date"], f"§ {number}" if number else "", row["text"])
        )


def _groups_in_scope(store: Store, scope: str | list[str]) -> list[dict[str, Any]]:
    own = store.own_group() or {}
    if scope == OWN or not own or own.get("level") == "lokal":
        return [own] if own else []
    groups = {row["id"]: row for row in store.db.query("SELECT * FROM groups WHERE deleted = 0")}
    if scope == ALL:
        others = sorted(
            (row for gid, row in groups.items() if gid != own["id"]),
            key=lambda row: str(row["name"]).casefold(),
        )
        return [own, *others]
    chosen = []
    for key in scope:
        match = groups.get(key) or next(
            (row for row in groups.values() if str(row["name"]).casefold() == key.casefold()),
            None,
        )
        if match is None:
            raise ValidationError(UNKNOWN_GROUP, group=key[:80], field="groups")
        chosen.append(match)
    return chosen


def build_report(
    store: Store, period: ReportPeriod, scope: str | list[str] = OWN
) -> FollowUpReport:
    """Gather the report for the own group, or at upper levels the groups in `scope`."""
    today = clock.today()
    limit = small_counts.threshold(store)
    own = store.own_group() or {}
    sections = []
    for group in _groups_in_scope(store, scope):
        section = GroupSection(
            group["id"], group["name"], label_for(LEVELS, group["level"]), _area(store, group)
        )
        _plan_part(store, section, period, today)
        _indicator_part(store, section, period)
        _deviation_part(store, section, period, today, limit)
        _meeting_part(store, section, period, today)
        sections.append(section)
    return FollowUpReport(
        group_name=str(own.get("name") or ""),
        area=_area(store, own) if own else "",
        period=period,
        created=today,
        threshold=limit,
        sections=sections,
    )
