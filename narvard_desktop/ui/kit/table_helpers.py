"""Small helpers for the compact tables inside forms."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
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
    view.setMinimumHeight(28 + rows * 26)
    return view


# A column sized to its content never grows past this; the text column takes the rest.
MAX_FITTED_WIDTH = 320


def fit_columns(view: QTableView, stretch_column: int | None = None) -> None:
    """Sensible starting widths: the text column stretches, every other column is as wide as
    its header and the rows loaded so far (at most MAX_FITTED_WIDTH); the user may resize.

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
        # The header's own text must fit even when every row is shorter.
        wanted = max(view.columnWidth(column), header.sectionSizeHint(column))
        view.setColumnWidth(column, min(wanted, MAX_FITTED_WIDTH))
    if model.rowCount() == 0 and not getattr(view, "_columns_fitted_later", False):
        view._columns_fitted_later = True  # type: ignore[attr-defined]

        def once() -> None:
            if model.rowCount():
                model.modelReset.disconnect(once)
                model.rowsInserted.disconnect(once)
                fit_columns(view, stretch_column)

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
