"""The Gruppen page's catalogue tab: the organisation catalogue known here.

A county or sub-regional group keeps its own entries here (new, edit, deactivate, read
from a file); entries received from above are listed read-only. A local group sees the
catalogue it received with the templates, so it knows what it can link to.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.services import organisation_catalogue as catalogue
from narvard_desktop.store import Store
from narvard_desktop.ui.group.catalogue_dialogs import CatalogueEntryDialog, CatalogueFileDialog
from narvard_desktop.ui.kit.changes import publish_writes, write
from narvard_desktop.ui.kit.forms import plain_label
from narvard_desktop.ui.kit.privacy_hint import exempt
from narvard_desktop.ui.kit.rows_model import RecordRowsModel
from narvard_desktop.ui.kit.table_helpers import make_table, selected_row

Index = QModelIndex | QPersistentModelIndex


class CatalogueModel(RecordRowsModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("Name"),
                self.tr("Type"),
                self.tr("Kommun"),
                self.tr("HSA-id"),
                self.tr("Catalogue id"),
                self.tr("Linked"),
                self.tr("Kept by"),
            ],
            parent,
        )
        self.linked: dict[str, int] = {}

    def set_rows(  # type: ignore[override]
        self, rows: list[dict[str, Any]], linked: dict[str, int]
    ) -> None:
        self.linked = linked
        super().set_rows(rows)

    def cells(self, row: dict[str, Any]) -> list[str]:
        kept_by = self.tr("This group") if row["own"] else row["publisher_name"]
        if not row["active"]:
            kept_by += " · " + self.tr("inactive")
        return [
            row["name"],
            row["type_name"] or "",
            row["kommun_name"] or self.tr("the whole area"),
            row["hsa_id"] or "",
            row["id"],
            str(self.linked.get(row["id"], 0)),
            kept_by,
        ]


class CatalogueTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.dialog: QDialog | None = None
        self.maintains = catalogue.can_maintain(store)
        layout = QVBoxLayout(self)
        self.lead = plain_label(
            self.tr(
                "One entry per real organisation, with an id that never changes. Groups below "
                "receive the catalogue with your templates and link their organisations to "
                "it; linked organisations are counted as one here, whichever kommun reported "
                "them."
            )
            if self.maintains
            else self.tr(
                "The catalogue received with the templates from above. Link the group's "
                "organisations to it on the Organisations tab, so that upper levels count "
                "them as one with the other kommuners'."
            )
        )
        layout.addWidget(self.lead)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New entry…"))
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button = QPushButton(self.tr("&Open…"))
        self.edit_button.clicked.connect(self.edit_entry)
        self.active_button = QPushButton(self.tr("Deac&tivate"))
        self.active_button.clicked.connect(self.toggle_active)
        self.file_button = QPushButton(self.tr("Read from &file…"))
        self.file_button.setToolTip(self.tr("Add or update entries from a CSV file or workbook."))
        self.file_button.clicked.connect(self.read_file)
        for button in (self.new_button, self.edit_button, self.active_button, self.file_button):
            row.addWidget(button)
        for button in (self.new_button, self.active_button, self.file_button):
            button.setVisible(self.maintains)
        row.addStretch()
        self.search = exempt(QLineEdit(), "a search in the catalogue: never stored")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the catalogue"))
        self.search.setAccessibleName(self.tr("Search the catalogue"))
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(self.refresh)
        row.addWidget(self.search)
        layout.addLayout(row)
        self.model = CatalogueModel(self)
        self.table = make_table(self.model, stretch_column=0, rows=10)
        self.table.setAccessibleName(self.tr("Organisation catalogue"))
        # The name takes what is left; long type and group names are cut, not the name.
        header = self.table.horizontalHeader()
        for column in (2, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((1, 160), (3, 130), (6, 140)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.doubleClicked.connect(lambda _index: self.edit_entry())
        self.table.activated.connect(lambda _index: self.edit_entry())
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.empty = plain_label(
            self.tr(
                "No catalogue yet. Add entries one by one or read them from a file; they "
                "travel downward with your next template."
            )
            if self.maintains
            else self.tr(
                "No catalogue yet: it arrives with the county's or sub-region's template "
                "(Exchange → Import)."
            )
        )
        layout.addWidget(self.empty)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        kommun = (self.store.own_group() or {}).get("kommun_code")
        rows = catalogue.list_entries(self.store, kommun_first=kommun, search=self.search.text())
        self.model.set_rows(rows, catalogue.linked_counts(self.store))
        self.empty.setVisible(not rows and not self.search.text())
        self._update_buttons()

    def current(self) -> dict[str, Any] | None:
        row: dict[str, Any] | None = self.model.row_at(selected_row(self.table))
        return row

    def _update_buttons(self, *_args: object) -> None:
        entry = self.current()
        self.edit_button.setEnabled(entry is not None)
        self.active_button.setEnabled(bool(entry and entry["own"]))
        self.active_button.setText(
            self.tr("Deac&tivate") if not entry or entry["active"] else self.tr("Reac&tivate")
        )

    def select(self, entry_id: str) -> None:
        for number, row in enumerate(self.model.rows):
            if row["id"] == entry_id:
                self.table.selectRow(number)
                return

    def _run(self, dialog: QDialog) -> bool:
        self.dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.dialog = None
        if accepted:
            publish_writes(self, self.store)
            self.refresh()
        return accepted

    def new_entry(self) -> None:
        dialog = CatalogueEntryDialog(self.store, None, self)
        if self._run(dialog) and dialog.record_id:
            self.select(dialog.record_id)

    def edit_entry(self) -> None:
        entry = self.current()
        if entry is not None:
            self._run(CatalogueEntryDialog(self.store, entry["id"], self))
            self.select(entry["id"])

    def toggle_active(self) -> None:
        entry = self.current()
        if entry is None or not entry["own"]:
            return
        active = not entry["active"]
        if write(
            self,
            self.store,
            lambda: catalogue.update_entry(self.store, entry["id"], active=active),
        ):
            self.refresh()
            self.select(entry["id"])

    def read_file(self) -> None:
        self._run(CatalogueFileDialog(self.store, self))
