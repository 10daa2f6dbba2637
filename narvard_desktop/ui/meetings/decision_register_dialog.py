"""Beslutsregistret: every decision of every meeting, filtered, opened, exported or printed.

The rows come from `services/decision_register.py`; the files are written by
`reports/decision_register.py` through the privacy gate, off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.services.decision_register import (
    COLUMNS,
    DecisionFilters,
    DecisionRow,
    column_headers,
    decision_rows,
)
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.date_fields import DateField
from narvard_desktop.ui.kit.operations import run_operation
from narvard_desktop.ui.kit.privacy_hint import exempt
from narvard_desktop.ui.kit.questions import show_error

_TYPING_PAUSE_MS = 200


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None


class DecisionRegisterDialog(QDialog):
    """A window of its own (not modal): the register stays open while meetings are read."""

    # A file was written: its path and how many texts the gate withheld.
    written = Signal(str, int)

    def __init__(
        self,
        store: Store,
        open_decision: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._open_decision = open_decision
        self.setWindowTitle(self.tr("Decision register"))
        self.resize(1000, 620)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.words = exempt(QLineEdit(), "search words, never stored")
        self.words.setPlaceholderText(self.tr("Words in the decision"))
        self.words.setClearButtonEnabled(True)
        self.date_from = DateField()
        self.date_to = DateField()
        self.open_only = QCheckBox(self.tr("Only with open action items"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.words)
        filters.addWidget(search_label)
        filters.addWidget(self.words, 2)
        filters.addWidget(QLabel(self.tr("From:")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("To:")))
        filters.addWidget(self.date_to)
        filters.addWidget(self.open_only)
        layout.addLayout(filters)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(column_headers())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellActivated.connect(lambda row, _column: self.open_row(row))
        self.table.cellDoubleClicked.connect(lambda row, _column: self.open_row(row))
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.count = QLabel()
        bottom.addWidget(self.count)
        bottom.addStretch()
        self.export_button = QPushButton(self.tr("&Export (Excel or CSV)…"))
        self.export_button.clicked.connect(lambda: self.choose_and_write("xlsx"))
        self.pdf_button = QPushButton(self.tr("&Print as PDF…"))
        self.pdf_button.clicked.connect(lambda: self.choose_and_write("pdf"))
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.close)
        for button in (self.export_button, self.pdf_button, close):
            bottom.addWidget(button)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        for edit in (self.words, self.date_from, self.date_to):
            edit.textChanged.connect(lambda _text: self._timer.start())
        self.open_only.toggled.connect(lambda _on: self.refresh())
        self.rows: list[DecisionRow] = []
        self.operation: Any = None
        self.refresh()

    def filters(self) -> DecisionFilters:
        return DecisionFilters(
            text=self.words.text(),
            date_from=_day(self.date_from.value()),
            date_to=_day(self.date_to.value()),
            open_actions_only=self.open_only.isChecked(),
        )

    def refresh(self) -> None:
        self._timer.stop()
        self.rows = decision_rows(self.store, self.filters())
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            cells = row.cells()
            for column, (key, _header) in enumerate(COLUMNS):
                item = QTableWidgetItem(cells[key])
                item.setToolTip(cells[key])
                if key == "actions" and row.actions_done < row.actions_total:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(number, column, item)
        self.table.resizeRowsToContents()
        self.count.setText(self.tr("%n decision(s)", "", len(self.rows)))
        for button in (self.export_button, self.pdf_button):
            button.setEnabled(bool(self.rows))

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self._open_decision(self.rows[row].decision_id)

    def choose_and_write(self, kind: str) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder or Path.home()) / f"beslutsregister.{kind}")
        if kind == "pdf":
            filters = self.tr("PDF files (*.pdf)")
        else:
            filters = self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)")
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the decision register"), suggested, filters
        )
        if path:
            self.write_file(Path(path))

    def write_file(self, path: Path) -> None:
        """Write the rows shown now to `path` (its suffix says the format), in the background."""
        from narvard_desktop.reports.decision_register import write_register

        rows = list(self.rows)
        group = self.store.group_name(self.store.require_group_id()) or ""
        if not path.parent.is_dir():
            show_error(self, FileNotFoundError(str(path.parent)))
            return

        def work(_store: Store, progress: Any) -> tuple[str, int]:
            progress(0, 1)
            written = write_register(path, rows, group)
            progress(1, 1)
            return str(written.path), written.withheld

        def done(result: tuple[str, int]) -> None:
            self.written.emit(*result)

        self.operation = run_operation(
            self, self.store.data_dir, work, self.tr("Writing the decision register…"), done
        )
