"""A chart's values as a table ("Visa som tabell"), read from the drawn figure itself.

Reading the figure rather than each page's data keeps the table true to the picture for
every chart, whatever shape its data has: bars give (series, category, value), lines give
(series, point, value) and heat maps give (row, column, value). A screen reader user, or
anyone who wants the exact figures, gets the same numbers the picture shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

Row = tuple[str, str, str]


def _number(value: Any) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if number != number:  # NaN: nothing was drawn there
        return ""
    return f"{number:g}".replace(".", ",") if number % 1 else str(int(number))


def _tick_label(ticks: list[tuple[float, str]], position: float, fallback: str) -> str:
    if not ticks:
        return fallback
    nearest = min(ticks, key=lambda tick: abs(tick[0] - position))
    return nearest[1] if abs(nearest[0] - position) < 0.5 and nearest[1] else fallback


def _ticks(axis: Any) -> list[tuple[float, str]]:
    return [
        (float(position), label.get_text())
        for position, label in zip(axis.get_ticklocs(), axis.get_ticklabels(), strict=False)
    ]


def _series_name(label: str, fallback: str) -> str:
    return fallback if not label or label.startswith("_") else label


def _axes_rows(axes: Axes) -> list[Row]:
    from matplotlib.container import BarContainer

    rows: list[Row] = []
    title = axes.get_title() or axes.get_ylabel() or ""
    x_ticks, y_ticks = _ticks(axes.xaxis), _ticks(axes.yaxis)
    for container in axes.containers:
        if not isinstance(container, BarContainer):
            continue
        series = _series_name(container.get_label(), title)
        horizontal = getattr(container, "orientation", "vertical") == "horizontal"
        for patch in container.patches:
            if horizontal:
                centre = patch.get_y() + patch.get_height() / 2
                category = _tick_label(y_ticks, centre, _number(centre))
                value = patch.get_width()
            else:
                centre = patch.get_x() + patch.get_width() / 2
                category = _tick_label(x_ticks, centre, _number(centre))
                value = patch.get_height()
            rows.append((series, category, _number(value)))
    for line in axes.get_lines():
        label = line.get_label()
        if not label or label.startswith("_"):
            continue
        for x, y in zip(line.get_xdata(), line.get_ydata(), strict=False):
            rows.append((label, _tick_label(x_ticks, float(_as_float(x)), _point(x)), _number(y)))
    for image in axes.get_images():
        values = image.get_array()
        if values is None:
            continue
        for row_index, row in enumerate(values):
            row_name = _tick_label(y_ticks, row_index, str(row_index + 1))
            for column_index, value in enumerate(row):
                column_name = _tick_label(x_ticks, column_index, str(column_index + 1))
                rows.append((row_name, column_name, _number(value)))
    return rows


def _as_float(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def _point(value: Any) -> str:
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return _number(value)


def figure_rows(figure: Figure) -> list[Row]:
    rows: list[Row] = []
    for axes in figure.get_axes():
        rows += _axes_rows(axes)
    return rows


class ChartTableDialog(QDialog):
    """The values of one chart in a plain, keyboard-readable table."""

    def __init__(self, title: str, rows: list[Row], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{chart}: values").format(chart=title))
        self.resize(560, 460)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Series or row"), self.tr("Category"), self.tr("Value")]
        )
        self.table.setAccessibleName(self.tr("Values of the chart {chart}").format(chart=title))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row_index, row in enumerate(rows):
            for column, text in enumerate(row):
                self.table.setItem(row_index, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        if not rows:
            layout.addWidget(QLabel(self.tr("The chart shows no values yet.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.setFocus()
