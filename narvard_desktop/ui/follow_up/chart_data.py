"""Uppföljning: the periods the charts count, and the plain data each chart draws.

Every chart gets plain data built by the `*_series` and `*_data` functions here from the
core's analysis, counted in SQL (`FiguresRequest.figures`, in a worker at county size);
the draw functions (`chart_drawing`) only paint that data, so what the tests check is
exactly what is shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication

from narvard_desktop.services.deviation_analysis import (
    OTHERS_KEY,
    CountTable,
    MonthCount,
    OpenOverdue,
    Period,
    Timeliness,
    answer_timeliness,
    counts_by_category_and_month,
    counts_by_group_and_category,
    open_and_overdue,
    organisation_matrix,
    system_errors_by_month,
)
from narvard_desktop.store import Store

# --- periods ----------------------------------------------------------------------------------


def last_twelve_months(today: date) -> Period:
    year, month = today.year, today.month - 11
    if month < 1:
        year, month = year - 1, month + 12
    return Period(date(year, month, 1), today)


def this_year(today: date) -> Period:
    return Period(date(today.year, 1, 1), today)


def last_year(today: date) -> Period:
    return Period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))


def last_quarter(today: date) -> Period:
    first_month = 3 * ((today.month - 1) // 3) + 1
    this_quarter_start = date(today.year, first_month, 1)
    end = this_quarter_start - timedelta(days=1)
    return Period(date(end.year, 3 * ((end.month - 1) // 3) + 1, 1), end)


# --- the data each chart shows ----------------------------------------------------------------


@dataclass
class StackedSeries:
    months: list[str]
    series: dict[str, list[int | None]]  # category name -> count per month (None: hidden)
    hidden_months: list[str]
    total: int | None


def category_series(table: CountTable) -> StackedSeries:
    months = [str(key) for key in table.column_keys]
    series = {label: list(row) for label, row in zip(table.row_labels, table.cells, strict=True)}
    hidden = [
        month
        for index, month in enumerate(months)
        if any(row[index] is None for row in table.cells)
    ]
    return StackedSeries(months, series, hidden, table.total)


# A county has hundreds of organisations: the charts show the ones with most cases and
# count the rest together, listed in a table under the chart.
TOP_ORGANISATIONS = 25
TOP_RECEIVERS = 15  # bars in the open and overdue chart, beside another chart


@dataclass
class MatrixData:
    rows: list[str]  # reporting organisations
    columns: list[str]  # receiving organisations
    cells: list[list[int | None]]
    # Organisations counted together as "Others": name, reported, received.
    others: list[tuple[str, int | None, int | None]] = field(default_factory=list)


def matrix_data(table: CountTable) -> MatrixData:
    return MatrixData(
        list(table.row_labels),
        list(table.column_labels),
        [list(r) for r in table.cells],
        list(table.folded),
    )


def open_figures(store: Store, period: Period, today: date, hide: int | None) -> OpenOverdueData:
    """Open and overdue as the page shows them: the top receivers and "Others"."""
    total, rows = open_and_overdue(store, period, today, hide, top=TOP_RECEIVERS)
    return open_overdue_data(total, rows)


def matrix_figures(store: Store, period: Period, hide: int | None) -> MatrixData:
    """The matrix as the page shows it: the top organisations and "Others"."""
    return matrix_data(organisation_matrix(store, period, hide, top=TOP_ORGANISATIONS))


@dataclass
class TimelinessData:
    months: list[str]
    share_percent: list[float | None]
    median_days: list[float | None]
    hidden_months: list[str]
    overall: Timeliness


def timeliness_data(overall: Timeliness, months: list[Timeliness]) -> TimelinessData:
    return TimelinessData(
        months=[str(m.month) for m in months],
        share_percent=[
            None if m.share_within is None else round(100 * m.share_within, 1) for m in months
        ],
        median_days=[m.median_days for m in months],
        hidden_months=[str(m.month) for m in months if m.decided is None],
        overall=overall,
    )


@dataclass
class OpenOverdueData:
    labels: list[str]
    open: list[int | None]
    overdue: list[int | None]
    total_open: int | None
    total_overdue: int | None
    others_last: bool = False  # the last row counts many organisations together


def open_overdue_data(total: OpenOverdue, rows: list[OpenOverdue]) -> OpenOverdueData:
    return OpenOverdueData(
        labels=[row.organisation_label for row in rows],
        open=[row.open for row in rows],
        overdue=[row.overdue for row in rows],
        total_open=total.open,
        total_overdue=total.overdue,
        others_last=bool(rows) and rows[-1].organisation_id == OTHERS_KEY,
    )


@dataclass
class MonthSeries:
    months: list[str]
    counts: list[int | None]


def month_series(counts: list[MonthCount]) -> MonthSeries:
    return MonthSeries([c.month for c in counts], [c.count for c in counts])


class ChartText:
    """The translated words the draw functions need, looked up in the GUI thread."""

    def __init__(self) -> None:
        self.no_data = QCoreApplication.translate(
            "ChartText", "No deviations reported in the period."
        )
        self.count = QCoreApplication.translate("ChartText", "Number of deviations")
        self.hidden_note = QCoreApplication.translate("ChartText", "– = fewer than 5 cases, hidden")
        self.reporting = QCoreApplication.translate("ChartText", "Reporting organisation")
        self.receiving = QCoreApplication.translate(
            "ChartText", "Receiving organisation (where it arose)"
        )
        self.share = QCoreApplication.translate("ChartText", "Answered within the deadline (%)")
        self.median = QCoreApplication.translate("ChartText", "Median days to answer")
        self.open = QCoreApplication.translate("ChartText", "Open")
        self.overdue = QCoreApplication.translate("ChartText", "Answer overdue")
        self.system_errors = QCoreApplication.translate(
            "ChartText", "Deviations marked as system error"
        )

    # Equal words make equal chart data: a refresh that changed nothing draws nothing.
    def __eq__(self, other: object) -> bool:
        return isinstance(other, ChartText) and vars(self) == vars(other)

    def __hash__(self) -> int:
        return hash(tuple(sorted(vars(self).items())))


# --- the figures, counted in SQL (in a worker at county size) -------------------------------


@dataclass(frozen=True)
class FiguresRequest:
    """What the page asks for; `figures` runs in any thread with that thread's Store."""

    period: Period
    shared_period: Period
    hide: int | None
    shared_hide: int
    compare: bool
    today: date
    words: ChartText

    def figures(self, store: Store) -> tuple[dict[str, Any], dict[str, Any]]:
        return (
            chart_figures(store, self.period, self.hide, self.compare, self.today, self.words),
            chart_figures(
                store, self.shared_period, self.shared_hide, self.compare, self.today, self.words
            ),
        )


def chart_figures(
    store: Store, period: Period, hide: int | None, compare: bool, today: date, words: ChartText
) -> dict[str, Any]:
    """What every chart draws for `period`, with cells under `hide` hidden."""
    figures: dict[str, Any] = {}
    if compare:
        # Stacked like the monthly chart, with one bar per group instead of per month.
        by_group = counts_by_group_and_category(store, period, hide).transposed()
        figures["compare"] = (category_series(by_group), words)
    figures["categories"] = (
        category_series(counts_by_category_and_month(store, period, hide)),
        words,
    )
    figures["matrix"] = (matrix_figures(store, period, hide), words)
    figures["open"] = (open_figures(store, period, today, hide), words)
    overall, months = answer_timeliness(store, period, today, hide)
    figures["timeliness"] = (timeliness_data(overall, months), words)
    figures["overall"] = overall
    figures["system"] = (month_series(system_errors_by_month(store, period, hide)), words)
    return figures
