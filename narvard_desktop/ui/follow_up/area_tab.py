"""Uppföljning → Området (delregional and county level): the roll-up tables of the groups below.

One table at a time, chosen at the top: who has reported, the Färdplan per group, the
county's template activities and indicators in each group, systemfel and escalations.
Any of them filters by a word and is saved as CSV or Excel through the privacy gate.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.errors import NarvardError
from narvard_desktop.i18n import translate
from narvard_desktop.reports.table_files import write_table
from narvard_desktop.services.area_rollups import TABLES, RollupTable, rollup_table
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.privacy_hint import exempt
from narvard_desktop.ui.kit.questions import show_error


def _item(value: object, numeric: bool) -> QStandardItem:
    if value is None:
        item = QStandardItem("–")
    elif isinstance(value, float):
        item = QStandardItem(f"{value:g}".replace(".", ","))
    else:
        item = QStandardItem(str(value))
    if numeric:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setEditable(False)
    return item


def _leading_number(value: object) -> int:
    """The count a cell starts with ("3 (1)" → 3), 0 for anything else."""
    head = str(value).split(" ", 1)[0]
    return int(head) if head.isdigit() else 0


class AreaTab(QWidget):
    """The groups below, one roll-up table at a time."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.table_data: RollupTable | None = None
        self.last_message = ""
        controls = QHBoxLayout()
        self.choice = QComboBox()
        for key, title in TABLES:
            self.choice.addItem(translate("Rollups", title), key)
        self.choice.setAccessibleName(self.tr("Table"))
        self.choice.currentIndexChanged.connect(lambda _index: self.refresh())
        shown = QLabel(self.tr("&Show:"))
        shown.setBuddy(self.choice)
        self.filter_edit = exempt(QLineEdit(), "filters the rows on screen, never stored")
        self.filter_edit.setPlaceholderText(self.tr("Filter rows…"))
        self.filter_edit.setAccessibleName(self.tr("Filter rows"))
        self.filter_edit.setClearButtonEnabled(True)
        self.export_button = QPushButton(self.tr("Save as CSV or E&xcel…"))
        self.export_button.clicked.connect(self.choose_and_save)
        controls.addWidget(shown)
        controls.addWidget(self.choice, 1)
        controls.addWidget(self.filter_edit)
        controls.addWidget(self.export_button)

        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        # Sortable by a click on a header; until then in the order the table was built.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setAccessibleName(self.tr("Roll-up table"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.refresh()

    def refresh(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.table_data = rollup_table(self.store, self.choice.currentData())
        finally:
            QGuiApplication.restoreOverrideCursor()
        table = self.table_data
        self.model.clear()
        self.model.setHorizontalHeaderLabels(table.headers)
        for column, tip in enumerate(table.header_tips):
            if tip:
                self.model.setHeaderData(
                    column, Qt.Orientation.Horizontal, tip, Qt.ItemDataRole.ToolTipRole
                )
        largest = max((_leading_number(v) for row in table.rows for v in row[1:]), default=0)
        for row in table.rows:
            items = [_item(value, index in table.numeric) for index, value in enumerate(row)]
            if table.heat and largest:
                for item, value in zip(items[1:], row[1:], strict=True):
                    share = _leading_number(value) / largest
                    if share:
                        # From a pale to a clear blue; dark text stays readable on both.
                        item.setBackground(QColor.fromHsvF(0.58, 0.08 + 0.45 * share, 1.0))
            self.model.appendRow(items)
        self.view.resizeColumnsToContents()
        # The table's own title says more than the choice (what the parentheses hold).
        # Outside the f-string, or the catalogue tools never see the text.
        rows = self.tr("%n row(s).", "", len(table.rows))
        self.count_label.setText(f"{table.title} · {rows}")
        self.export_button.setEnabled(bool(table.rows))

    def choose_and_save(self) -> Path | None:
        if self.table_data is None:
            return None
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the table"),
            str(Path.home() / (self.table_data.title.split(":")[0] + ".xlsx")),
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        return self.save_to(Path(path)) if path else None

    def save_to(self, path: Path) -> Path | None:
        """Write the rows shown (after the filter) as CSV or Excel by the file's ending."""
        table = self.table_data
        if table is None:
            return None
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + ".xlsx")
        shown = [
            table.rows[self.proxy.mapToSource(self.proxy.index(row, 0)).row()]
            for row in range(self.proxy.rowCount())
        ]
        try:
            written = write_table(path, table.title, table.headers, shown, table.numeric)
        except (NarvardError, OSError) as error:
            show_error(self, error)
            return None
        self.last_message = self.tr("Saved {path}.").format(path=str(written.path))
        if written.withheld:
            self.last_message += " " + self.tr(
                "%n text(s) that looked like a personnummer were left out.", "", written.withheld
            )
        return written.path
