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
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    view.setMinimumHeight(28 + rows * 26)
    return view


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
