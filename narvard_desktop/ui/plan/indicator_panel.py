"""Indicators of a plan: the list with latest value and on-track mark, the chart, quick entry.

Entering a value is meant to take two seconds: click the indicator, type the
number (a decimal comma is fine), press Enter. The period is prefilled with the
one after the latest value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop import clock
from narvard_desktop.domain import INDICATOR_DIRECTIONS, label_for
from narvard_desktop.errors import NarvardError
from narvard_desktop.services import indicators as indicator_service
from narvard_desktop.services.indicators import IndicatorChart
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.charts import ChartWidget
from narvard_desktop.ui.kit.forms import FieldErrors
from narvard_desktop.ui.kit.questions import confirm, show_error
from narvard_desktop.ui.kit.rows_model import HeaderedRows
from narvard_desktop.ui.kit.table_helpers import fit_columns, guard_stretch
from narvard_desktop.ui.plan.indicator_dialog import IndicatorDialog, format_number
from narvard_desktop.ui.plan.statistics_dialog import StatisticsImportDialog

ID_ROLE = Qt.ItemDataRole.UserRole
ON_TRACK_GREEN = QColor("#1a7f37")
OFF_TRACK_RED = QColor("#b42318")


__all__ = ["IndicatorDialog", "IndicatorPanel", "format_number", "next_period"]

# lupdate finds strings only in calls it knows, such as translate("Context", "text").
translate = QCoreApplication.translate


def next_period(latest: str | None, today: date | None = None) -> str:
    """The period after `latest` in the same kind (quarter, tertial, month…).

    Without values yet, the last finished quarter: values are reported after a period ends.
    """
    if latest:
        if match := re.fullmatch(r"(\d{4})-Q([1-4])", latest):
            year, number = int(match[1]), int(match[2])
            return f"{year + number // 4}-Q{number % 4 + 1}"
        if match := re.fullmatch(r"(\d{4})-T([1-3])", latest):
            year, number = int(match[1]), int(match[2])
            return f"{year + number // 3}-T{number % 3 + 1}"
        if match := re.fullmatch(r"(\d{4})-H([12])", latest):
            year, number = int(match[1]), int(match[2])
            return f"{year + number // 2}-H{number % 2 + 1}"
        if match := re.fullmatch(r"(\d{4})-(\d{2})", latest):
            year, month = int(match[1]), int(match[2])
            return f"{year + month // 12}-{month % 12 + 1:02d}"
        if re.fullmatch(r"\d{4}", latest):
            return str(int(latest) + 1)
    day = today or clock.today()
    quarter = (day.month - 1) // 3  # the current quarter, 0-based: the previous one is done
    if quarter == 0:
        return f"{day.year - 1}-Q4"
    return f"{day.year}-Q{quarter}"


def on_track_text(chart: IndicatorChart) -> str:
    if chart.target_reached:
        return translate("IndicatorTableModel", "✓ Target reached")
    if chart.on_track is True:
        return translate("IndicatorTableModel", "✓ On track")
    if chart.on_track is False:
        return translate("IndicatorTableModel", "✗ Behind")
    return "–"


# --- the chart -----------------------------------------------------------------------------


def draw_indicator_chart(figure: Any, data: Mapping[str, Any]) -> None:
    """Values over time as a line, baseline and target as dashed lines, Swedish labels."""
    from matplotlib.ticker import FuncFormatter

    chart: IndicatorChart | None = data.get("chart")
    labels: Mapping[str, str] = data["labels"]
    axes = figure.add_subplot(1, 1, 1)
    if chart is None:
        axes.set_axis_off()
        axes.text(0.5, 0.5, labels["empty"], ha="center", va="center", wrap=True)
        return
    axes.set_title(chart.name if len(chart.name) <= 80 else chart.name[:79] + "…", loc="left")
    if not chart.points:
        # An axis from 0 to 1 over "Period" would only look broken: say what is missing.
        axes.set_axis_off()
        axes.text(0.5, 0.5, labels["no_values"], ha="center", va="center", wrap=True)
        return
    if chart.baseline_value is not None:
        axes.axhline(
            chart.baseline_value,
            color="#8a949c",
            linestyle="--",
            linewidth=1.2,
            label=labels["baseline"].format(value=format_number(chart.baseline_value)),
        )
    if chart.target_value is not None:
        axes.axhline(
            chart.target_value,
            color="#1a7f37",
            linestyle="--",
            linewidth=1.4,
            label=labels["target"].format(value=format_number(chart.target_value)),
        )
    days = [point.period_end for point in chart.points]
    values = [point.value for point in chart.points]
    axes.plot(days, values, marker="o", color="#005b94", linewidth=2, label=labels["measured"])
    axes.set_xticks(days, [point.period for point in chart.points], rotation=45, ha="right")
    latest = chart.points[-1]
    axes.annotate(
        format_number(latest.value),
        (latest.period_end, latest.value),
        textcoords="offset points",
        xytext=(6, 6),
        fontsize=9,
    )
    axes.yaxis.set_major_formatter(
        FuncFormatter(lambda value, _pos: format_number(round(value, 2)))
    )
    if chart.unit:
        axes.set_ylabel(chart.unit if len(chart.unit) <= 40 else chart.unit[:39] + "…")
    axes.set_xlabel(labels["period"])
    axes.grid(axis="y", alpha=0.3)
    if axes.get_legend_handles_labels()[0]:
        # Beside the plot, never on it: "best" could still cover the target line.
        axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=9, frameon=False)


# --- the list ------------------------------------------------------------------------------


class IndicatorTableModel(HeaderedRows, QAbstractTableModel):
    """A plan's indicators (a handful per plan) with latest value and verdict."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rows: list[tuple[dict[str, Any], IndicatorChart]] = []
        self.headers = [
            self.tr("Indicator"),
            self.tr("Unit"),
            self.tr("Direction"),
            self.tr("Baseline"),
            self.tr("Target"),
            self.tr("Latest value"),
            self.tr("On track?"),
        ]

    def load(self, plan_id: str | None, goal_id: str | None = None) -> None:
        self.beginResetModel()
        self.rows = []
        if plan_id:
            for indicator in indicator_service.list_indicators(self.store, plan_id, goal_id):
                chart = indicator_service.indicator_chart_data(self.store, indicator["id"])
                self.rows.append((indicator, chart))
        self.endResetModel()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        indicator, chart = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return indicator["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            latest = chart.latest
            values = [
                indicator["name"]
                if len(indicator["name"]) <= 100
                else indicator["name"][:99] + "…",
                indicator["unit"] or "",
                label_for(INDICATOR_DIRECTIONS, indicator["direction"]),
                format_number(indicator["baseline_value"]),
                format_number(indicator["target_value"]),
                f"{format_number(latest.value)} ({latest.period})" if latest else "–",
                on_track_text(chart),
            ]
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and chart.on_track is not None:
            return QBrush(ON_TRACK_GREEN if chart.on_track else OFF_TRACK_RED)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 6:
                return self.tr(
                    "On track: the latest value is at least as good as a straight line from "
                    "the baseline to the target at that date."
                )
            if column == 0 and indicator["definition"]:
                return indicator["definition"][:500]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_of_id(self, indicator_id: str) -> int | None:
        return next(
            (
                row
                for row, (indicator, _c) in enumerate(self.rows)
                if indicator["id"] == indicator_id
            ),
            None,
        )


class ValueTableModel(QAbstractTableModel):
    """Measured values of one indicator, latest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.headers = [self.tr("Period"), self.tr("Value"), self.tr("Comment")]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(reversed(rows))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            comment = (row["comment"] or "").splitlines()[0][:120] if row["comment"] else ""
            return [row["period"], format_number(row["value"]), comment][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2 and row["comment"]:
            return row["comment"][:500]
        return None


# --- the indicator dialog ------------------------------------------------------------------


class IndicatorPanel(QWidget):
    """The Indicators tab of the plan view."""

    edited = Signal()  # after every write, for the plan page to announce

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.plan_id: str | None = None
        self.goal_id: str | None = None
        self.read_only = False
        self.dialog: IndicatorDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        toolbar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New &indicator…"))
        self.new_button.clicked.connect(self.new_indicator)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_indicator)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_indicator)
        toolbar.addWidget(self.new_button)
        toolbar.addWidget(self.edit_button)
        toolbar.addWidget(self.delete_button)
        toolbar.addStretch()
        self.statistics_button = QPushButton(self.tr("Values from &file…"))
        self.statistics_button.setToolTip(
            self.tr("Read values from a Kolada or SCB file for indicators with a statistics code.")
        )
        self.statistics_button.clicked.connect(self.import_statistics)
        toolbar.addWidget(self.statistics_button)
        layout.addLayout(toolbar)

        self.model = IndicatorTableModel(store, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        guard_stretch(self.table, 0)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.clicked.connect(lambda _index: self.focus_value())
        self.table.activated.connect(lambda _index: self.focus_value())
        self.table.doubleClicked.connect(lambda _index: self.edit_indicator())

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        lower = QSplitter(Qt.Orientation.Horizontal)
        self.chart = ChartWidget(self.tr("Indicator over time"), height=260)
        lower.addWidget(self.chart)
        lower.addWidget(self._build_entry())
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([170, 470])
        self.table.setMinimumHeight(120)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def _build_entry(self) -> QWidget:
        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        title = QLabel(self.tr("Enter a value"))
        title.setObjectName("cardTitle")
        layout.addWidget(title)
        self.entry_errors = FieldErrors("indicator_values")
        grid = QGridLayout()
        self.period_edit = QLineEdit()
        self.period_edit.setMaxLength(40)
        self.period_edit.setToolTip(
            self.tr(
                "For example 2026-Q1 (quarter), 2026-T1 (tertial), 2026-03 (month), 2026 "
                "(year) or a date. Prefilled with the period after the latest value."
            )
        )
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("e.g. 12,5"))
        self.value_edit.setToolTip(self.tr("Press Enter to save. A decimal comma is fine."))
        self.unit_label = QLabel()
        self.unit_label.setTextFormat(Qt.TextFormat.PlainText)
        self.comment_edit = QLineEdit()
        self.comment_edit.setPlaceholderText(self.tr("Optional, e.g. Preliminär siffra"))
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_edit)
        value_label = QLabel(self.tr("&Value:"))
        value_label.setBuddy(self.value_edit)
        comment_label = QLabel(self.tr("C&omment:"))
        comment_label.setBuddy(self.comment_edit)
        grid.addWidget(period_label, 0, 0)
        grid.addWidget(self.entry_errors.box("period", self.period_edit), 0, 1, 1, 2)
        grid.addWidget(value_label, 1, 0)
        grid.addWidget(self.entry_errors.box("value", self.value_edit), 1, 1)
        grid.addWidget(self.unit_label, 1, 2)
        grid.addWidget(comment_label, 2, 0)
        grid.addWidget(self.entry_errors.box("comment", self.comment_edit), 2, 1, 1, 2)
        layout.addLayout(grid)
        self.save_value_button = QPushButton(self.tr("&Save value"))
        self.save_value_button.clicked.connect(self.save_value)
        layout.addWidget(self.save_value_button, alignment=Qt.AlignmentFlag.AlignLeft)
        for edit in (self.period_edit, self.value_edit, self.comment_edit):
            edit.returnPressed.connect(self.save_value)

        self.values_model = ValueTableModel(self)
        self.values_table = QTableView()
        self.values_table.setModel(self.values_model)
        self.values_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.values_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.values_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.values_table.verticalHeader().hide()
        # The comment stretches; period and value are as wide as what they hold.
        fit_columns(self.values_table, 2)
        layout.addWidget(self.values_table, 1)
        self.delete_value_button = QPushButton(self.tr("Delete value…"))
        self.delete_value_button.clicked.connect(self.delete_value)
        layout.addWidget(self.delete_value_button, alignment=Qt.AlignmentFlag.AlignLeft)
        return card

    # --- loading -------------------------------------------------------------------------

    def set_plan(
        self, plan_id: str | None, goal_id: str | None = None, *, read_only: bool = False
    ) -> None:
        self.plan_id, self.goal_id, self.read_only = plan_id, goal_id, read_only
        self.refresh()

    def refresh(self) -> None:
        selected = self.current_indicator_id()
        self.model.load(self.plan_id, self.goal_id)
        row = self.model.row_of_id(selected) if selected else None
        if row is None and self.model.rows:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self._show_indicator()

    def current_indicator_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()][0]["id"]

    def select_indicator(self, indicator_id: str) -> None:
        row = self.model.row_of_id(indicator_id)
        if row is not None:
            self.table.selectRow(row)

    def _current_changed(self, *_args: object) -> None:
        self._show_indicator()

    def _show_indicator(self) -> None:
        indicator_id = self.current_indicator_id()
        labels = {
            "baseline": self.tr("Baseline {value}"),
            "target": self.tr("Target {value}"),
            "measured": self.tr("Measured value"),
            "period": self.tr("Period"),
            "no_values": self.tr("No measured values yet"),
            "empty": self.tr("Choose an indicator to see its chart"),
        }
        self.entry_errors.clear()
        if indicator_id is None:
            self.chart.title_label.setText(self.tr("Indicator over time"))
            self.chart.set_plot(draw_indicator_chart, {"chart": None, "labels": labels})
            self.values_model.set_rows([])
            self.period_edit.clear()
            self.unit_label.clear()
        else:
            chart = indicator_service.indicator_chart_data(self.store, indicator_id)
            self.chart.title = chart.name[:60]
            self.chart.title_label.setText(self.tr("Indicator over time"))
            self.chart.set_plot(
                draw_indicator_chart, {"chart": chart, "labels": labels, "id": indicator_id}
            )
            self.values_model.set_rows(
                indicator_service.list_indicator_values(self.store, indicator_id)
            )
            latest = chart.latest.period if chart.latest else None
            self.period_edit.setText(next_period(latest, self.today))
            self.unit_label.setText((chart.unit or "")[:30])
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_plan = self.plan_id is not None and not self.read_only
        has_indicator = has_plan and self.current_indicator_id() is not None
        self.new_button.setEnabled(has_plan)
        self.statistics_button.setEnabled(has_plan)
        self.edit_button.setEnabled(has_indicator)
        self.delete_button.setEnabled(has_indicator)
        for widget in (
            self.period_edit,
            self.value_edit,
            self.comment_edit,
            self.save_value_button,
            self.delete_value_button,
        ):
            widget.setEnabled(has_indicator)

    def focus_value(self) -> None:
        if self.value_edit.isEnabled():
            self.value_edit.setFocus()
            self.value_edit.selectAll()

    def chart_data(self) -> IndicatorChart | None:
        data = self.chart.data or {}
        return data.get("chart")

    # --- actions -------------------------------------------------------------------------

    def save_value(self) -> bool:
        indicator_id = self.current_indicator_id()
        if indicator_id is None or self.read_only:
            return False
        written = self.entry_errors.attempt(
            self,
            lambda: indicator_service.record_indicator_value(
                self.store,
                indicator_id,
                self.period_edit.text(),
                self.value_edit.text(),
                self.comment_edit.text(),
            ),
        )
        if written is None:
            return False
        self.value_edit.clear()
        self.comment_edit.clear()
        self.model.load(self.plan_id, self.goal_id)
        self.select_indicator(indicator_id)
        self._show_indicator()
        self.focus_value()
        self.edited.emit()
        return True

    def delete_value(self) -> None:
        index = self.values_table.currentIndex()
        if not index.isValid():
            return
        row = self.values_model.rows[index.row()]
        if not confirm(
            self,
            self.tr("Delete value"),
            self.tr("Delete the value for {period}?").format(period=row["period"]),
        ):
            return
        try:
            indicator_service.delete_indicator_value(self.store, row["id"])
        except NarvardError as error:
            show_error(self, error)
            return
        self.refresh()
        self.edited.emit()

    def import_statistics(self) -> StatisticsImportDialog:
        dialog = StatisticsImportDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.written.connect(lambda _count: (self.refresh(), self.edited.emit()))
        self.statistics_dialog = dialog
        dialog.open()
        return dialog

    def new_indicator(self) -> None:
        if self.plan_id is None:
            return
        self._open_dialog(
            IndicatorDialog(self.store, self.plan_id, goal_id=self.goal_id, parent=self)
        )

    def edit_indicator(self) -> None:
        indicator_id = self.current_indicator_id()
        if self.plan_id is None or indicator_id is None or self.read_only:
            return
        self._open_dialog(IndicatorDialog(self.store, self.plan_id, indicator_id, parent=self))

    def _open_dialog(self, dialog: IndicatorDialog) -> None:
        def saved(indicator_id: str) -> None:
            self.model.load(self.plan_id, self.goal_id)
            self.select_indicator(indicator_id)
            self._show_indicator()
            self.edited.emit()

        dialog.record_saved.connect(saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def delete_indicator(self) -> None:
        indicator_id = self.current_indicator_id()
        if indicator_id is None or self.read_only:
            return
        name = self.model.rows[self.table.currentIndex().row()][0]["name"]
        if not confirm(
            self,
            self.tr("Delete indicator"),
            self.tr("Delete the indicator “{name}” and all its values?").format(name=name[:80]),
        ):
            return
        try:
            indicator_service.delete_indicator(self.store, indicator_id)
        except NarvardError as error:
            show_error(self, error)
            return
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self.refresh()
        self.edited.emit()
