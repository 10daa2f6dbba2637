"""Small helpers for the compact tables inside forms."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableView,
)


def make_table(model: Any, stretch_column: int | None = None, rows: int = 5) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(False)
    # Small tables follow their content as it changes; long lists use fit_columns.
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        guard_stretch(view, stretch_column)
    view.setMinimumHeight(28 + rows * 26)
    return view


# A column sized to its content never grows past this; the text column takes the rest.
MAX_FITTED_WIDTH = 320


def header_text_width(view: QTableView, column: int) -> int:
    """What the header of `column` needs to show its whole text and a sort arrow."""
    header = view.horizontalHeader()
    text = view.model().headerData(column, Qt.Orientation.Horizontal)
    lines = str(text or "").split("\n")
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    metrics = header.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in lines) + 3 * margin + mark


class _StretchGuard(QObject):
    """Keeps the stretched text column at least as wide as its header: when the view is
    too narrow for that, the column stops stretching and the view scrolls instead."""

    def __init__(self, view: QTableView, column: int) -> None:
        super().__init__(view)
        self.view = view
        self.column = column
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def apply(self) -> None:
        view, column = self.view, self.column
        header = view.horizontalHeader()
        if column >= header.count():
            return
        others = sum(
            header.sectionSize(other)
            for other in range(header.count())
            if other != column and not header.isSectionHidden(other)
        )
        needed = header_text_width(view, column)
        fits = view.viewport().width() - others >= needed
        mode = QHeaderView.ResizeMode.Stretch if fits else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(column) != mode:
            header.setSectionResizeMode(column, mode)
            if not fits:
                view.setColumnWidth(column, needed)


def follow_contents(view: QTableView) -> None:
    """Columns sized to their contents measure again when cells change, not only when rows
    are added: a status that turns from "Checking…" to "Ready" must not show "Re…y"."""
    model = view.model()
    header = view.horizontalHeader()

    def measure(*_args: object) -> None:
        for column in range(header.count()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents:
                width = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
                header.resizeSection(column, width)

    for signal in (model.dataChanged, model.rowsInserted, model.modelReset, model.layoutChanged):
        signal.connect(measure)
    measure()


def guard_stretch(view: QTableView, column: int) -> None:
    """Keep a stretched column at least as wide as its header text (see _StretchGuard)."""
    guard = getattr(view, "_stretch_guard", None)
    if guard is None:
        view._stretch_guard = guard = _StretchGuard(view, column)  # type: ignore[attr-defined]
    guard.column = column
    guard.apply()


def fit_columns(
    view: QTableView,
    stretch_column: int | None = None,
    most: Mapping[int, int] | None = None,
) -> None:
    """Sensible starting widths: the text column stretches, every other column is as wide as
    its header and the rows loaded so far (at most MAX_FITTED_WIDTH, or `most[column]` for
    columns of long names that should leave the text column room); the user may resize.

    Called again after the first rows arrive (an empty list sizes to the headers only), and
    never after that, so the user's own widths are kept.
    """
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    model = view.model()
    for column in range(model.columnCount()):
        if column == stretch_column:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.resizeColumnToContents(column)
        # The header's own text (and a sort arrow) must fit even when every row is shorter.
        wanted = max(view.columnWidth(column), header_text_width(view, column))
        limit = (most or {}).get(column, MAX_FITTED_WIDTH)
        view.setColumnWidth(column, min(wanted, max(limit, header_text_width(view, column))))
    if stretch_column is not None:
        guard_stretch(view, stretch_column)
    if model.rowCount() == 0 and not getattr(view, "_columns_fitted_later", False):
        view._columns_fitted_later = True  # type: ignore[attr-defined]

        def once() -> None:
            if model.rowCount():
                model.modelReset.disconnect(once)
                model.rowsInserted.disconnect(once)
                fit_columns(view, stretch_column, most)

        model.modelReset.connect(once)
        model.rowsInserted.connect(once)


def fit_rows(view: QTableView, most: int = 12) -> None:
    """Make a short summary table exactly as tall as its rows, so nothing scrolls inside it."""
    rows = min(view.model().rowCount(), most)
    view.resizeRowsToContents()
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    height += sum(view.rowHeight(row) for row in range(rows)) if rows else 24
    view.setFixedHeight(height)


def selected_row(view: QAbstractItemView) -> int:
    index = view.currentIndex()
    return index.row() if index.isValid() else -1
