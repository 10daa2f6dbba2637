"""The organisation catalogue's dialogs: an entry, a file read in, linking the group's
organisations, and adding organisations from the catalogue."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.errors import NarvardError
from narvard_desktop.services import organisation_catalogue as catalogue
from narvard_desktop.services.catalogue_file import (
    CHANGED,
    NEW,
    CataloguePreview,
    apply_catalogue_file,
    preview_catalogue_file,
)
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.changes import write
from narvard_desktop.ui.kit.combos import fill_organisation_types
from narvard_desktop.ui.kit.forms import RecordDialog, plain_label, set_read_only
from narvard_desktop.ui.kit.privacy_hint import exempt
from narvard_desktop.ui.kit.read_in_footer import ReadInFooter
from narvard_desktop.ui.kit.table_helpers import fit_columns

# The problems shown under a file's preview; the rest are counted.
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def entry_text(entry: Mapping[str, Any]) -> str:
    """How an entry is listed: name, kommun and type, e.g. "Vårdcentralen Kinna – Mark"."""
    parts = [str(entry["name"])]
    detail = ", ".join(str(entry[key]) for key in ("kommun_name", "type_name") if entry.get(key))
    if detail:
        parts.append(detail)
    return " – ".join(parts)


def fill_entry_combo(combo: QComboBox, store: Store, none_text: str) -> None:
    """None first, then the active entries, the group's own kommun's first."""
    kommun = (store.own_group() or {}).get("kommun_code")
    combo.addItem(none_text, None)
    for entry in catalogue.list_entries(store, include_inactive=False, kommun_first=kommun):
        combo.addItem(entry_text(entry), entry["id"])


class CatalogueEntryDialog(RecordDialog):
    """One entry of the catalogue kept here; received entries open read-only."""

    def __init__(
        self, store: Store, entry_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, catalogue.TABLE, parent)
        self.record_id = entry_id
        self.setWindowTitle(
            self.tr("Catalogue entry") if entry_id else self.tr("New catalogue entry")
        )
        reference = store.reference
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.org_type = QComboBox()
        fill_organisation_types(self.org_type, reference)
        self.kommun = QComboBox()
        self.kommun.addItem(self.tr("— (the whole area)"), None)
        for kommun in reference.kommuner():
            self.kommun.addItem(f"{kommun.name} ({kommun.code})", kommun.code)
        self.principal_edit = QLineEdit()
        self.principal_edit.setMaxLength(200)
        self.hsa_edit = exempt(QLineEdit(), "an HSA-id: a public code of an organisation")
        self.hsa_edit.setMaxLength(45)
        self.hsa_edit.setPlaceholderText(self.tr("optional, e.g. SE2321000131-E000000000001"))
        self.errors.rows(
            self.form,
            (
                (self.tr("&Name:"), "name", self.name_edit),
                (self.tr("&Type:"), "org_type", self.org_type),
                (self.tr("&Kommun:"), "kommun_code", self.kommun),
                (self.tr("&Principal (huvudman):"), "principal", self.principal_edit),
                (self.tr("&HSA-id:"), "hsa_id", self.hsa_edit),
            ),
        )
        self.id_label = QLabel()
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.tr("Catalogue id:"), self.id_label)
        if entry_id:
            entry = catalogue.get_entry(store, entry_id)
            self.name_edit.setText(entry["name"])
            self.org_type.setCurrentIndex(max(self.org_type.findData(entry["org_type"]), 0))
            self.kommun.setCurrentIndex(max(self.kommun.findData(entry["kommun_code"]), 0))
            self.principal_edit.setText(entry["principal"] or "")
            self.hsa_edit.setText(entry["hsa_id"] or "")
            self.id_label.setText(entry_id)
            if entry["publisher_group_id"] != store.own_group_id:
                self.read_only = True
                set_read_only(self.errors.editors.values())
                self.save_button.hide()
                self.cancel_button.setText(self.tr("Close"))
                self.banner.label.setText(
                    self.tr("Received with the catalogue from above: only its publisher edits it.")
                )
                self.banner.show()
        else:
            self.id_label.setText(self.tr("given when saved"))
        self.name_edit.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "org_type": self.org_type.currentData(),
            "kommun_code": self.kommun.currentData(),
            "principal": self.principal_edit.text(),
            "hsa_id": self.hsa_edit.text(),
        }

    def write(self, values: Mapping[str, Any]) -> str:
        if self.record_id:
            catalogue.update_entry(self.store, self.record_id, **values)
            return self.record_id
        values = dict(values)
        return catalogue.add_entry(self.store, values.pop("name"), **values)


class CatalogueFileDialog(QDialog):
    """Entries read from a CSV file or workbook: checked as a trial, then all or nothing."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.preview: CataloguePreview | None = None
        self.setWindowTitle(self.tr("Read the catalogue from a file"))
        self.resize(780, 520)
        lead = plain_label(
            self.tr(
                "A CSV file or an Excel workbook with the columns Namn and, as you have them, "
                "Katalog-id, Typ, Huvudman, Kommun and HSA-id. A row with a catalogue id "
                "updates that entry; a row without one updates the entry of the same name "
                "and kommun, or adds a new one. Nothing is written until you press Read in."
            )
        )
        self.path_edit = exempt(QLineEdit(), "the path of the file read, shown only")
        self.path_edit.setReadOnly(True)
        self.path_edit.setAccessibleName(self.tr("File"))
        choose = QPushButton(self.tr("&Choose file…"))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:")))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(choose)
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Name"),
                self.tr("Kommun"),
                self.tr("Type"),
                self.tr("What happens"),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Entries in the file"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_columns(self.table, stretch_column=1)
        self.footer = ReadInFooter(self.read_in, self.reject)
        self.summary, self.problems = self.footer.summary, self.footer.problems
        self.read_button = self.footer.read_button
        layout = QVBoxLayout(self)
        layout.addWidget(lead)
        layout.addLayout(file_row)
        layout.addWidget(self.table, 1)
        self.footer.add_to(layout)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a catalogue file"),
            "",
            self.tr("CSV files and workbooks (*.csv *.txt *.xlsx)"),
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        """Read the file as a trial and show what reading it in would do."""
        self.path_edit.setText(str(path))
        self.preview = None
        self.model.removeRows(0, self.model.rowCount())
        self.footer.clear()
        try:
            preview = preview_catalogue_file(self.store, path)
        except NarvardError as error:
            self.footer.show_refusal(error.user_message())
            return
        self.preview = preview
        kommuner = {kommun.code: kommun.name for kommun in self.store.reference.kommuner()}
        actions = {NEW: self.tr("New entry"), CHANGED: self.tr("Changes the entry")}
        for row in preview.rows:
            self.model.appendRow(
                [
                    QStandardItem(str(row.line)),
                    QStandardItem(row.values["name"]),
                    QStandardItem(kommuner.get(row.values.get("kommun_code") or "", "")),
                    QStandardItem(row.values.get("org_type") or ""),
                    QStandardItem(actions.get(row.action, self.tr("Unchanged"))),
                ]
            )
        fit_columns(self.table, stretch_column=1)
        changes = len(preview.changes)
        summary = self.tr("%n entry(s) to add or change.", "", changes)
        self.footer.show_preview(summary, list(preview.problems), changes)

    def read_in(self) -> None:
        preview = self.preview
        if preview is None:
            return
        written = write(self, self.store, lambda: apply_catalogue_file(self.store, preview))
        if written.error is None:
            self.accept()


class LinkDialog(QDialog):
    """Link each unlinked organisation of the group to its catalogue entry, proposed by name."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Link to the catalogue"))
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "The county's catalogue has one entry per real organisation. Linked, your "
                    "organisations are counted as one with the other kommuners' at the "
                    "sub-regional and county level. Proposals are made from the names; check "
                    "each before you link."
                )
            )
        )
        self.proposals = catalogue.propose_links(store)
        self.table = QTableWidget(len(self.proposals), 2)
        self.table.setAccessibleName(self.tr("Organisations and catalogue entries"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("The group's organisation"), self.tr("Catalogue entry")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.combos: list[QComboBox] = []
        for number, proposal in enumerate(self.proposals):
            item = self.table.model().index(number, 0)
            self.table.model().setData(item, proposal.organisation_name)
            combo = QComboBox()
            fill_entry_combo(combo, store, self.tr("(not linked)"))
            combo.setCurrentIndex(max(combo.findData(proposal.entry_id), 0))
            combo.setAccessibleName(
                self.tr("Catalogue entry for {name}").format(name=proposal.organisation_name)
            )
            self.table.setCellWidget(number, 1, combo)
            self.combos.append(combo)
        layout.addWidget(self.table, 1)
        proposed = sum(1 for proposal in self.proposals if proposal.entry_id)
        self.summary = plain_label(
            self.tr("%n organisation(s) without a link.", "", len(self.proposals))
            + " "
            + self.tr("%n proposal(s) by name.", "", proposed)
            if self.proposals
            else self.tr("Every active organisation of the group is linked.")
        )
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Link"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.link)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def chosen(self) -> dict[str, str]:
        return {
            proposal.organisation_id: combo.currentData()
            for proposal, combo in zip(self.proposals, self.combos, strict=True)
            if combo.currentData()
        }

    def link(self) -> None:
        links = self.chosen()
        if not links:
            self.reject()
            return
        written = write(self, self.store, lambda: catalogue.link_organisations(self.store, links))
        if written.error is None:
            self.accept()


class FromCatalogueDialog(QDialog):
    """Choose catalogue entries to become the group's organisations (linked from the start)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.created: list[str] = []
        self.setWindowTitle(self.tr("Organisations from the catalogue"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Tick the organisations that take part in the group. Those of your kommun "
                    "come first; search for the others."
                )
            )
        )
        self.search = exempt(QLineEdit(), "a search in the catalogue: never stored")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, kommun, type or HSA-id"))
        self.search.setAccessibleName(self.tr("Search the catalogue"))
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Catalogue entries"))
        kommun = (store.own_group() or {}).get("kommun_code")
        linked = {row["catalogue_id"] for row in catalogue_linked_rows(store)}
        for entry in catalogue.list_entries(store, include_inactive=False, kommun_first=kommun):
            item = QListWidgetItem(entry_text(entry))
            item.setData(ENTRY_ROLE, entry["id"])
            item.setData(Qt.ItemDataRole.ToolTipRole, entry["id"])
            if entry["id"] in linked:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(item.text() + " " + self.tr("(already in the group)"))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Add"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def checked_ids(self) -> list[str]:
        return [
            str(self.list.item(row).data(ENTRY_ROLE))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def add(self) -> None:
        ids = self.checked_ids()
        if not ids:
            self.reject()
            return
        written = write(self, self.store, lambda: catalogue.add_from_catalogue(self.store, ids))
        if written.error is None:
            self.created = list(written.value or [])
            self.accept()


def catalogue_linked_rows(store: Store) -> list[dict[str, Any]]:
    from narvard_desktop.services.organisations import list_organisations

    return [row for row in list_organisations(store) if row["own"] and row["catalogue_id"]]
