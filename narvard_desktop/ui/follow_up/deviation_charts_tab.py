"""Uppföljning's avvikelse tab: the period, the suppression choice and the charts."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
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
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop import clock, small_counts
from narvard_desktop.services.deviation_analysis import Period, Timeliness, deviations_in_period
from narvard_desktop.store import Store
from narvard_desktop.ui.follow_up.chart_data import (
    ChartText,
    FiguresRequest,
    OpenOverdueData,
    StackedSeries,
    last_quarter,
    last_twelve_months,
    last_year,
    this_year,
)
from narvard_desktop.ui.follow_up.chart_drawing import (
    HIDDEN,
    draw_categories,
    draw_matrix,
    draw_open_overdue,
    draw_system_errors,
    draw_timeliness,
)
from narvard_desktop.ui.kit.charts import ChartWidget
from narvard_desktop.ui.kit.group_selector import GroupSelector
from narvard_desktop.ui.kit.operations import run_in_background


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
