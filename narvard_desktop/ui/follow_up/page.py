"""Uppföljning: the charts a group looks at in its meetings and sends upward.

The page has one tab per subject. "Avvikelser" is built here; the "Handlingsplan" tab
is a placeholder that `FollowUpPage.set_plan_widget` replaces.

Every chart gets plain data built by the `*_series` functions below from the core's
analysis; the draw functions only paint that data, so what the tests check is exactly
what is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop import clock, small_counts
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
    deviations_in_period,
    open_and_overdue,
    organisation_matrix,
    system_errors_by_month,
)
from narvard_desktop.store import Store
from narvard_desktop.ui.follow_up.area_tab import AreaTab
from narvard_desktop.ui.follow_up.report_dialog import ReportDialog
from narvard_desktop.ui.kit.charts import ChartWidget
from narvard_desktop.ui.kit.group_selector import GroupSelector
from narvard_desktop.ui.kit.operations import run_in_background

HIDDEN = "–"
_OVERDUE_RED = "#b42318"
_OPEN_BLUE = "#005b94"


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def distinct_short(texts: list[str], limit: int) -> list[str]:
    """Shortened labels that stay told apart: "Vårdcentraler i Borås (privata)" and
    "… (offentliga)" share their start, so where two would read alike the middle is
    left out instead of the end."""
    shortened = [_short(text, limit) for text in texts]
    for index, text in enumerate(texts):
        if shortened.count(shortened[index]) > 1 and len(text) > limit:
            tail = (limit - 1) // 2
            shortened[index] = text[: limit - 1 - tail].rstrip() + "…" + text[-tail:].lstrip()
    return shortened


def _wrapped(text: str, width: int = 26) -> str:
    """An axis label in lines short enough for the chart's height."""
    import textwrap

    return "\n".join(textwrap.wrap(text, width)) or text


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


# --- drawing ----------------------------------------------------------------------------------


def _no_data(axes: Any, text: str) -> None:
    axes.text(0.5, 0.5, text, ha="center", va="center", transform=axes.transAxes, color="#5b6770")
    axes.set_axis_off()


def _month_axis(axes: Any, months: list[str]) -> None:
    axes.set_xticks(range(len(months)))
    axes.set_xticklabels(
        months,
        rotation=45 if len(months) > 6 else 0,
        ha="right" if len(months) > 6 else "center",
        fontsize=8,
    )


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


def draw_categories(figure: Any, data: tuple[StackedSeries, ChartText]) -> None:
    series, words = data
    axes = figure.add_subplot()
    if not series.series:
        _no_data(axes, words.no_data)
        return
    import matplotlib as mpl

    colours = mpl.colormaps["tab20"].colors
    bottoms = [0] * len(series.months)
    x = list(range(len(series.months)))
    for index, (label, values) in enumerate(series.series.items()):
        heights = [v or 0 for v in values]
        axes.bar(
            x,
            heights,
            bottom=bottoms,
            label=_short(label, 40),
            color=colours[index % 20],
            width=0.7,
        )
        bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    for month in series.hidden_months:
        position = series.months.index(month)
        axes.text(position, bottoms[position], HIDDEN, ha="center", va="bottom", fontsize=11)
    _month_axis(axes, series.months)
    axes.set_ylim(bottom=0, top=max(1, *bottoms) * 1.1)
    axes.set_ylabel(words.count)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    if series.hidden_months:
        axes.set_title(words.hidden_note, fontsize=8, loc="left", color="#5b6770")


def draw_matrix(figure: Any, data: tuple[MatrixData, ChartText]) -> None:
    matrix, words = data
    axes = figure.add_subplot()
    if not matrix.rows:
        _no_data(axes, words.no_data)
        return
    import numpy as np
    from matplotlib.patches import Rectangle

    values = np.ma.masked_invalid(
        np.array([[np.nan if v is None else v for v in row] for row in matrix.cells], dtype=float)
    )
    # "Others" sums many organisations: scaled by it, every other cell would look empty.
    named = values[: len(values) - 1, : values.shape[1] - 1] if matrix.others else values
    scale = named if named.count() else values
    top = max(1.0, float(scale.max()) if scale.count() else 1.0)
    axes.imshow(values, cmap="Blues", vmin=0, vmax=top, aspect="auto")
    for r, row in enumerate(matrix.cells):
        for c, value in enumerate(row):
            if value is None:
                axes.add_patch(
                    Rectangle(
                        (c - 0.5, r - 0.5),
                        1,
                        1,
                        fill=False,
                        hatch="///",
                        edgecolor="#9aa5ae",
                        linewidth=0,
                    )
                )
                axes.text(c, r, HIDDEN, ha="center", va="center", fontsize=10, in_layout=False)
            elif value:
                # Zeros stay blank: at county size most cells are empty.
                axes.text(
                    c,
                    r,
                    str(value),
                    ha="center",
                    va="center",
                    fontsize=9 if len(matrix.rows) <= 10 else 7,
                    color="white" if value > top * 0.6 else "#1d2b36",
                    # Inside the cells: the layout need not measure hundreds of them.
                    in_layout=False,
                )
    axes.set_xticks(range(len(matrix.columns)))
    many = len(matrix.columns) > 10
    axes.set_xticklabels(
        distinct_short(matrix.columns, 24),
        rotation=60 if many else 30,
        ha="right",
        rotation_mode="anchor",
        fontsize=7 if many else 8,
    )
    axes.set_yticks(range(len(matrix.rows)))
    axes.set_yticklabels(
        distinct_short(matrix.rows, 40), fontsize=8 if len(matrix.rows) <= 10 else 7
    )
    axes.set_xlabel(words.receiving)
    axes.set_ylabel(words.reporting)
    if any(v is None for row in matrix.cells for v in row):
        axes.set_title(words.hidden_note, fontsize=8, loc="left", color="#5b6770")


def draw_timeliness(figure: Any, data: tuple[TimelinessData, ChartText]) -> None:
    timeliness, words = data
    axes = figure.add_subplot()
    if not any(v is not None for v in timeliness.share_percent) and not timeliness.hidden_months:
        _no_data(axes, words.no_data)
        return
    x = list(range(len(timeliness.months)))
    axes.bar(
        x, [v or 0 for v in timeliness.share_percent], color="#7fb3d5", width=0.7, label=words.share
    )
    for month in timeliness.hidden_months:
        axes.text(timeliness.months.index(month), 1, HIDDEN, ha="center", va="bottom", fontsize=11)
    axes.set_ylim(0, 105)
    axes.set_ylabel(_wrapped(words.share), fontsize=9)
    _month_axis(axes, timeliness.months)
    second = axes.twinx()
    points = [(i, v) for i, v in enumerate(timeliness.median_days) if v is not None]
    if points:
        second.plot(
            [p[0] for p in points],
            [p[1] for p in points],
            color=_OVERDUE_RED,
            marker="o",
            label=words.median,
        )
    second.set_ylabel(_wrapped(words.median), color=_OVERDUE_RED, fontsize=9)
    second.set_ylim(bottom=0)
    axes.spines[["top"]].set_visible(False)
    second.spines[["top"]].set_visible(False)
    if timeliness.hidden_months:
        axes.set_title(words.hidden_note, fontsize=8, loc="left", color="#5b6770")


def draw_open_overdue(figure: Any, data: tuple[OpenOverdueData, ChartText]) -> None:
    figures, words = data
    axes = figure.add_subplot()
    if not figures.labels:
        _no_data(axes, words.no_data)
        return
    y = list(range(len(figures.labels)))
    axes.barh(
        [p - 0.2 for p in y],
        [v or 0 for v in figures.open],
        height=0.4,
        color=_OPEN_BLUE,
        label=words.open,
    )
    axes.barh(
        [p + 0.2 for p in y],
        [v or 0 for v in figures.overdue],
        height=0.4,
        color=_OVERDUE_RED,
        label=words.overdue,
    )
    for position, (open_count, overdue) in enumerate(
        zip(figures.open, figures.overdue, strict=True)
    ):
        if open_count is None:
            axes.text(0, position - 0.2, " " + HIDDEN, va="center", fontsize=10)
        if overdue is None:
            axes.text(0, position + 0.2, " " + HIDDEN, va="center", fontsize=10)
    named = [v or 0 for v in (*figures.open[:-1], *figures.overdue[:-1])]
    if figures.others_last and named and max(named) > 0:
        # "Others" sums many organisations: the axis follows the named ones, and the
        # longer bars of "Others" carry their figures.
        limit = max(named) * 1.25
        axes.set_xlim(0, limit)
        last = len(figures.labels) - 1
        for offset, value in ((-0.2, figures.open[-1]), (0.2, figures.overdue[-1])):
            if value is not None and value > limit:
                axes.text(
                    limit,
                    last + offset,
                    f"{value} ",
                    ha="right",
                    va="center",
                    fontsize=7,
                    color="white",
                )
    axes.set_yticks(y)
    axes.set_yticklabels(distinct_short(figures.labels, 28), fontsize=8)
    axes.invert_yaxis()
    axes.xaxis.get_major_locator().set_params(integer=True)
    # Above the plot, so it never covers a bar.
    axes.legend(fontsize=8, frameon=False, loc="lower left", bbox_to_anchor=(0.0, 1.0), ncols=2)
    axes.spines[["top", "right"]].set_visible(False)
    if any(v is None for v in (*figures.open, *figures.overdue)):
        axes.set_title(words.hidden_note, fontsize=8, loc="left", color="#5b6770")


def draw_system_errors(figure: Any, data: tuple[MonthSeries, ChartText]) -> None:
    series, words = data
    axes = figure.add_subplot()
    x = list(range(len(series.months)))
    axes.bar(x, [v or 0 for v in series.counts], color="#8e6c8a", width=0.7)
    for position, value in enumerate(series.counts):
        if value is None:
            axes.text(position, 0, HIDDEN, ha="center", va="bottom", fontsize=11)
    _month_axis(axes, series.months)
    axes.set_ylabel(_wrapped(words.system_errors), fontsize=9)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_ylim(bottom=0, top=max([1, *(v or 0 for v in series.counts)]) + 0.5)
    axes.spines[["top", "right"]].set_visible(False)
    if any(v is None for v in series.counts):
        axes.set_title(words.hidden_note, fontsize=8, loc="left", color="#5b6770")


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


@contextmanager
def busy_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class OthersTable(QTableWidget):
    """The organisations the matrix counts together as "Others", with their counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Organisation"), self.tr("Reported"), self.tr("Received")]
        )
        self.setAccessibleName(self.tr("Organisations counted as others"))
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumHeight(160)
        self.setVisible(False)

    def show_others(self, others: list[tuple[str, int | None, int | None]]) -> None:
        self.setRowCount(len(others))
        for row, (name, reported, received) in enumerate(others):
            for column, value in enumerate((name, reported, received)):
                text = HIDDEN if value is None else str(value)
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(row, column, item)
        self.setVisible(bool(others))


# --- the page ---------------------------------------------------------------------------------


def _to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class DeviationChartsTab(QWidget):
    """Period, suppression and the five avvikelse charts."""

    QUICK_CHOICES = ("last_12", "this_year", "last_year", "last_quarter", "custom")
    # Above this many avvikelser in the period the figures are counted off the GUI thread.
    BACKGROUND_ABOVE = 5000

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.today: date | None = None  # None: the real today (tests pin it)
        self.busy = False
        self._generation = 0
        self.period = last_twelve_months(clock.today())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)

        controls = QHBoxLayout()
        self.quick = QComboBox()
        for code, text in zip(
            self.QUICK_CHOICES,
            (
                self.tr("Last 12 months"),
                self.tr("This year"),
                self.tr("Last year"),
                self.tr("Last quarter"),
                self.tr("Own period"),
            ),
            strict=True,
        ):
            self.quick.addItem(text, code)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.quick)
        controls.addWidget(period_label)
        controls.addWidget(self.quick)
        self.from_date = QDateEdit()
        self.to_date = QDateEdit()
        self.from_date.setAccessibleName(self.tr("Period from"))
        self.to_date.setAccessibleName(self.tr("Period to"))
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        controls.addWidget(self.from_date)
        controls.addWidget(QLabel("–"))
        controls.addWidget(self.to_date)
        controls.addSpacing(16)
        self.suppress = QCheckBox(
            self.tr("&Hide cells with fewer than {threshold} cases on screen too").format(
                threshold=small_counts.threshold(store)
            )
        )
        self.suppress.setToolTip(
            self.tr(
                "Saved pictures always hide small counts and count whole months, since "
                "they can leave the group; small numbers could point at single patients. "
                "Hidden cells are shown as –."
            )
        )
        controls.addWidget(self.suppress)
        controls.addStretch()
        outer.addLayout(controls)
        # Shown while the screen has exact counts: they are for the group itself.
        self.exact_note = QLabel()
        self.exact_note.setTextFormat(Qt.TextFormat.PlainText)
        self.exact_note.setWordWrap(True)
        self.exact_note.setStyleSheet("color: #8a1c14; font-weight: 600;")
        outer.addWidget(self.exact_note)
        # Upper levels choose whose avvikelser the charts count, or compare groups.
        self.group_selector = GroupSelector(store)
        self.group_selector.selection_changed.connect(lambda _selection: self.refresh())
        outer.addWidget(self.group_selector)

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setObjectName("lead")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.busy_note = QLabel(self.tr("Counting the charts…"))
        self.busy_note.setObjectName("lead")
        self.busy_note.setVisible(False)
        outer.addWidget(self.busy_note)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("page")
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setSpacing(12)
        self.compare_chart = ChartWidget(self.tr("Groups side by side, per category"), height=340)
        self.category_chart = ChartWidget(self.tr("Deviations per category and month"), height=340)
        self.matrix_chart = ChartWidget(self.tr("Who reports on whom"), height=420)
        self.open_chart = ChartWidget(
            self.tr("Open and overdue per receiving organisation"), height=340
        )
        self.timeliness_chart = ChartWidget(self.tr("Answers within the deadline"), height=300)
        self.system_chart = ChartWidget(self.tr("System errors over time"), height=300)
        grid.addWidget(self.compare_chart, 4, 0, 1, 2)
        grid.addWidget(self.category_chart, 0, 0, 1, 2)
        grid.addWidget(self.matrix_chart, 1, 0, 1, 2)
        self.others_caption = QLabel(self.tr("Counted as others in “Who reports on whom”"))
        self.others_caption.setObjectName("cardTitle")
        self.others_caption.setVisible(False)
        self.others_table = OthersTable()
        self.others_caption.setBuddy(self.others_table)
        grid.addWidget(self.others_caption, 5, 0, 1, 2)
        grid.addWidget(self.others_table, 6, 0, 1, 2)
        grid.addWidget(self.open_chart, 2, 0)
        grid.addWidget(self.timeliness_chart, 2, 1)
        grid.addWidget(self.system_chart, 3, 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self._apply_quick_choice()
        self.quick.currentIndexChanged.connect(self._quick_changed)
        self.from_date.dateChanged.connect(self._dates_edited)
        self.to_date.dateChanged.connect(self._dates_edited)
        self.suppress.toggled.connect(lambda _checked: self.refresh())
        self.refresh()

    def charts(self) -> list[ChartWidget]:
        return [
            self.category_chart,
            self.matrix_chart,
            self.open_chart,
            self.timeliness_chart,
            self.system_chart,
        ]

    def current_today(self) -> date:
        return self.today or clock.today()

    def _apply_quick_choice(self) -> None:
        today = self.current_today()
        period = {
            "last_12": last_twelve_months,
            "this_year": this_year,
            "last_year": last_year,
            "last_quarter": last_quarter,
        }.get(self.quick.currentData())
        if period is None:
            return
        self.period = period(today)
        for edit, day in ((self.from_date, self.period.start), (self.to_date, self.period.end)):
            edit.blockSignals(True)
            edit.setDate(_to_qdate(day))
            edit.blockSignals(False)

    def _quick_changed(self) -> None:
        self._apply_quick_choice()
        self.refresh()

    def _dates_edited(self) -> None:
        start, end = _from_qdate(self.from_date.date()), _from_qdate(self.to_date.date())
        if end < start:
            start, end = end, start
        self.period = Period(start, end)
        self.quick.blockSignals(True)
        self.quick.setCurrentIndex(self.quick.findData("custom"))
        self.quick.blockSignals(False)
        self.refresh()

    def set_period(self, start: date, end: date) -> None:
        self.quick.blockSignals(True)
        self.quick.setCurrentIndex(self.quick.findData("custom"))
        self.quick.blockSignals(False)
        for edit, day in ((self.from_date, start), (self.to_date, end)):
            edit.blockSignals(True)
            edit.setDate(_to_qdate(day))
            edit.blockSignals(False)
        self.period = Period(start, end)
        self.refresh()

    def suppress_below(self) -> int | None:
        return small_counts.threshold(self.store) if self.suppress.isChecked() else None

    def _in_scope(self, period: Period) -> int:
        return deviations_in_period(self.store, period)

    def refresh(self) -> None:
        if self.quick.currentData() != "custom":
            self._apply_quick_choice()
        self.group_selector.refresh()
        selection = self.group_selector.selection()
        period = replace(self.period, group_ids=selection.group_ids)
        # Saved pictures can leave the group: small counts hidden, whole months counted
        # (so two overlapping periods never give away the cases of single days).
        start, end = small_counts.whole_months(period.start, period.end)
        request = FiguresRequest(
            period,
            replace(period, start=start, end=end),
            self.suppress_below(),
            small_counts.threshold(self.store),
            selection.compare,
            self.current_today(),
            ChartText(),
        )
        self._generation += 1
        generation = self._generation
        if self._in_scope(period) <= self.BACKGROUND_ABOVE:
            with busy_cursor():
                self._show_figures(generation, request.figures(self.store))
            return
        # A county's figures take a while to count: off the GUI thread, with a busy sign.
        self._set_busy(True)
        run_in_background(
            self,
            self.store.data_dir,
            lambda store, _progress: request.figures(store),
            lambda result: self._show_figures(generation, result),
            lambda _error: self._set_busy(False),
        )

    def _set_busy(self, busy: bool) -> None:
        if busy == self.busy:
            return
        self.busy = busy
        self.busy_note.setVisible(busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _show_figures(self, generation: int, both: tuple[dict[str, Any], dict[str, Any]]) -> None:
        if generation != self._generation:
            return  # an older request; a newer one is on its way
        self._set_busy(False)
        screen, shared = both
        compare = "compare" in screen
        self.compare_chart.setVisible(compare)
        if compare:
            self.compare_chart.set_plot(draw_categories, screen["compare"], shared["compare"])
        with busy_cursor():
            self.category_chart.set_plot(
                draw_categories, screen["categories"], shared["categories"]
            )
            rows = len(screen["matrix"][0].rows)
            self.matrix_chart.set_chart_height(max(420, 170 + 15 * rows))
            self.matrix_chart.set_plot(draw_matrix, screen["matrix"], shared["matrix"])
            self.open_chart.set_plot(draw_open_overdue, screen["open"], shared["open"])
            self.timeliness_chart.set_plot(
                draw_timeliness, screen["timeliness"], shared["timeliness"]
            )
            self.system_chart.set_plot(draw_system_errors, screen["system"], shared["system"])
        self.others_table.show_others(screen["matrix"][0].others)
        self.others_caption.setVisible(not self.others_table.isHidden())
        self.summary.setText(
            self._summary(screen["categories"][0], screen["overall"], screen["open"][0])
        )
        self.exact_note.setVisible(not self.suppress.isChecked())
        self.exact_note.setText(
            self.tr(
                "Exact counts – not shown outside the group. Saved pictures hide counts "
                "under {threshold} and count whole months."
            ).format(threshold=small_counts.threshold(self.store))
        )

    def _summary(
        self, categories: StackedSeries, overall: Timeliness, open_data: OpenOverdueData
    ) -> str:
        start, end = self.period.start.isoformat(), self.period.end.isoformat()
        # A hidden count has no number to choose a plural form by, so it reads on its own.
        if categories.total is None:
            total = self.tr("{start} – {end}: {hidden} deviations").format(
                start=start, end=end, hidden=HIDDEN
            )
        else:
            total = self.tr("{start} – {end}: %n deviation(s)", "", categories.total).format(
                start=start, end=end
            )
        parts = [total]
        if overall.share_within is not None:
            parts.append(
                self.tr("{share} % answered within the deadline").format(
                    share=round(100 * overall.share_within)
                )
            )
        if overall.median_days is not None:
            parts.append(
                # A decimal comma, as every number the program shows.
                self.tr("median {days} days to answer").format(
                    days=f"{overall.median_days:g}".replace(".", ",")
                )
            )
        if open_data.total_open is None:
            parts.append(self.tr("{hidden} open").format(hidden=HIDDEN))
        else:
            parts.append(self.tr("%n open", "", open_data.total_open))
        if open_data.total_overdue is None:
            parts.append(self.tr("{hidden} overdue").format(hidden=HIDDEN))
        else:
            parts.append(self.tr("%n overdue", "", open_data.total_overdue))
        return " · ".join(parts)


class FollowUpPage(QWidget):
    """Uppföljning: a tab for avvikelser now, and a place for the handlingsplan charts."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        heading = QLabel(self.tr("Follow-up"))
        heading.setObjectName("pageTitle")
        heading_row = QHBoxLayout()
        heading_row.addWidget(heading)
        heading_row.addStretch()
        self.report_button = QPushButton(self.tr("Create &report…"))
        self.report_button.setToolTip(
            self.tr("The follow-up report of a period as PDF, for the yearly revision.")
        )
        self.report_button.clicked.connect(self.create_report)
        heading_row.addWidget(self.report_button)
        layout.addLayout(heading_row)
        lead = QLabel(
            self.tr(
                "Where does collaboration fail, and is it getting better? Charts for the meeting."
            )
        )
        lead.setObjectName("lead")
        lead.setWordWrap(True)
        layout.addWidget(lead)
        self.tabs = QTabWidget()
        self.deviations_tab = DeviationChartsTab(store)
        self.tabs.addTab(self.deviations_tab, self.tr("&Deviations"))
        self.plan_placeholder = QLabel(
            self.tr(
                "Charts for the action plan (activities by status per way of working, "
                "indicator trends) will appear here."
            )
        )
        self.plan_placeholder.setWordWrap(True)
        self.plan_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plan_placeholder.setObjectName("lead")
        self.tabs.addTab(self.plan_placeholder, self.tr("Action &plan"))
        self._refresh_plan: Callable[[], None] | None = None
        # The delregion and the county also see the groups below, table by table.
        self.area_tab: AreaTab | None = None
        if (store.own_group() or {}).get("level") in ("delregional", "lansgemensam"):
            self.area_tab = AreaTab(store)
            self.tabs.addTab(self.area_tab, self.tr("The &area"))
        layout.addWidget(self.tabs, 1)

    def create_report(self) -> ReportDialog:
        self.report_dialog = ReportDialog(self.store, self)
        self.report_dialog.written.connect(self._report_written)
        self.report_dialog.open()
        return self.report_dialog

    def _report_written(self, path: str) -> None:
        self.last_message = self.tr("The follow-up report was saved as {path}.").format(path=path)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.last_message, 15000)

    def set_plan_widget(self, widget: QWidget, refresh: Callable[[], None] | None = None) -> None:
        """Put the handlingsplan charts in their tab; `refresh` reads them again."""
        index = self.tabs.indexOf(self.plan_placeholder)
        self.tabs.removeTab(index)
        self.plan_placeholder.deleteLater()
        self.plan_placeholder = widget
        self._refresh_plan = refresh
        self.tabs.insertTab(index, widget, self.tr("Action &plan"))

    def refresh(self) -> None:
        self.deviations_tab.refresh()
        if self.area_tab is not None:
            self.area_tab.refresh()
        if self._refresh_plan is not None:
            self._refresh_plan()
