"""Indicator values read from a downloaded Kolada/SCB file: choose, check, then write.

The file is always read as a trial first; the table shows each value and what reading it
would do, and the bad rows by row number. Only "Read in" writes, and then all or nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.errors import NarvardError
from narvard_desktop.services.indicator_statistics import (
    NEW,
    REPLACE,
    StatisticsPreview,
    apply_statistics,
    default_area_code,
    preview_statistics,
)
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.changes import write
from narvard_desktop.ui.kit.privacy_hint import exempt
from narvard_desktop.ui.kit.read_in_footer import ReadInFooter

# The problems shown under the table; the rest are counted.


class StatisticsImportDialog(QDialog):
    """Kolada/SCB values for the indicators that carry a statistics code."""

    written = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.preview: StatisticsPreview | None = None
        self.setWindowTitle(self.tr("Indicator values from file"))
        self.resize(760, 520)
        lead = QLabel(
            self.tr(
                "Read values from a CSV file downloaded from Kolada or SCB (columns kpi, "
                "municipality, period, value). Indicators are matched by their statistics "
                "code; only the rows of the area below are read. Nothing is written until "
                "you press Read in."
            )
        )
        lead.setWordWrap(True)
        self.path_edit = exempt(QLineEdit(), "the path of the file read, shown only")
        self.path_edit.setReadOnly(True)
        self.path_edit.setAccessibleName(self.tr("File"))
        choose = QPushButton(self.tr("&Choose file…"))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(choose)
        self.area_edit = exempt(QLineEdit(default_area_code(store)), "a kommun or region code")
        self.area_edit.setMaxLength(8)
        self.area_edit.setMaximumWidth(
            self.area_edit.fontMetrics().horizontalAdvance("00000000") + 24
        )
        self.area_edit.setToolTip(
            self.tr("Kommun code (e.g. 1490 Borås) or 0014 for Västra Götalandsregionen.")
        )
        self.area_edit.editingFinished.connect(self.check_file)
        form = QFormLayout()
        form.addRow(self.tr("&File:"), file_row)
        form.addRow(self.tr("&Area code:"), self.area_edit)
        form.labelForField(file_row).setBuddy(choose)

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Indicator"), self.tr("Period"), self.tr("Value"), self.tr("What happens")]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Values in the file"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Before a file is read the short columns are as wide as their headers, not cut.
        for column in (1, 2, 3):
            header.resizeSection(column, max(header.sectionSizeHint(column), 80))
        self.footer = ReadInFooter(self.read_in, self.reject)
        self.summary, self.problems = self.footer.summary, self.footer.problems
        self.read_button = self.footer.read_button

        layout = QVBoxLayout(self)
        layout.addWidget(lead)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        self.footer.add_to(layout)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a statistics file"), "", self.tr("CSV files (*.csv *.txt)")
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self.check_file()

    def check_file(self) -> None:
        """Read the file as a trial and show what reading it in would do."""
        self.preview = None
        self.model.removeRows(0, self.model.rowCount())
        self.footer.clear()
        if not self.path_edit.text():
            return
        try:
            preview = preview_statistics(
                self.store, Path(self.path_edit.text()), self.area_edit.text().strip() or None
            )
        except NarvardError as error:
            self.footer.show_refusal(error.user_message())
            return
        self.preview = preview
        actions = {NEW: self.tr("New value"), REPLACE: self.tr("Replaces the value")}
        for value in preview.values:
            items = [
                QStandardItem(value.indicator_name),
                QStandardItem(value.period),
                QStandardItem(f"{value.value:g}".replace(".", ",")),
                QStandardItem(actions.get(value.action, self.tr("Unchanged"))),
            ]
            items[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(items)
        # Size the period, value and action columns to what they now hold.
        for column in (1, 2, 3):
            self.table.resizeColumnToContents(column)
        changes = len(preview.changes)
        summary = (
            self.tr("%n value(s) to write.", "", changes)
            + " "
            + self.tr("%n row(s) of other areas are left out.", "", preview.other_areas)
            + (
                " "
                + self.tr("Codes that no indicator follows: {codes}.").format(
                    codes=", ".join(sorted(preview.unknown_codes))[:200]
                )
                if preview.unknown_codes
                else ""
            )
        )
        problems = [
            self.tr("Row {line}: {message}").format(line=p.line, message=p.message)
            for p in preview.problems
        ]
        self.footer.show_preview(summary, problems, changes)

    def read_in(self) -> None:
        preview = self.preview
        if preview is None:
            return
        written = write(self, self.store, lambda: apply_statistics(self.store, preview))
        if written.error is None:
            self.written.emit(written.value or 0)
            self.accept()
