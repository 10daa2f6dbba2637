"""An organisation of the group (name, type, kommun, huvudman, catalogue entry), and merging
two into one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.services import organisation_catalogue as catalogue
from narvard_desktop.services import organisations
from narvard_desktop.store import Store
from narvard_desktop.ui.group.catalogue_dialogs import fill_entry_combo
from narvard_desktop.ui.kit.combos import fill_organisation_types
from narvard_desktop.ui.kit.forms import FieldErrors, RecordDialog, dialog_buttons, plain_label
from narvard_desktop.ui.kit.privacy_hint import exempt


def _select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class OrganisationDialog(RecordDialog):
    def __init__(
        self, store: Store, organisation_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, "organisations", parent)
        self.record_id = organisation_id
        self.setWindowTitle(
            self.tr("Edit organisation") if organisation_id else self.tr("New organisation")
        )
        reference = store.reference
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.org_type = QComboBox()
        fill_organisation_types(self.org_type, reference)
        self.org_type.currentIndexChanged.connect(self._type_changed)
        self.kommun = QComboBox()
        self.kommun.addItem(self.tr("—"), None)
        for kommun in reference.kommuner():
            self.kommun.addItem(kommun.name, kommun.code)
        self.principal_edit = QLineEdit()
        self.principal_edit.setMaxLength(200)
        # Which entry of the county's catalogue this is: the group's kommun's first, and
        # typing searches (upper levels count linked organisations as one).
        self.catalogue = QComboBox()
        self.catalogue.setEditable(True)
        self.catalogue.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        exempt(self.catalogue.lineEdit(), "a search among the catalogue's names: never stored")
        completer = self.catalogue.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        fill_entry_combo(self.catalogue, store, self.tr("(not linked)"))
        self.errors.rows(
            self.form,
            (
                (self.tr("&Name:"), "name", self.name_edit),
                (self.tr("&Type:"), "org_type", self.org_type),
                (self.tr("&Kommun:"), "kommun_code", self.kommun),
                (self.tr("&Principal (huvudman):"), "principal", self.principal_edit),
                (self.tr("&Catalogue:"), "catalogue_id", self.catalogue),
            ),
        )
        self.catalogue.currentIndexChanged.connect(self._catalogue_chosen)
        self.linked_id: str | None = None
        record = self.load()
        if record is not None:
            self.name_edit.setText(record["name"] or "")
            _select(self.org_type, record["org_type"])
            _select(self.kommun, record["kommun_code"])
            self.principal_edit.setText(record["principal"] or "")
            self.linked_id = record["catalogue_id"]
            self._show_link(record["catalogue_id"])
        self._type_changed()
        self.name_edit.setFocus()

    def _type_changed(self) -> None:
        implied = self.store.reference.principal_of(self.org_type.currentData() or "")
        self.principal_edit.setPlaceholderText(
            self.tr("As the type says: {principal}").format(principal=implied)
            if implied
            else self.tr("e.g. kommun, region, privat")
        )

    def _show_link(self, catalogue_id: str | None) -> None:
        if catalogue_id and self.catalogue.findData(catalogue_id) < 0:
            # Linked to an entry no longer active (or not received here): shown as it is.
            self.catalogue.addItem(
                self.tr("{id} (not in the catalogue here)").format(id=catalogue_id), catalogue_id
            )
        self.catalogue.blockSignals(True)
        _select(self.catalogue, catalogue_id)
        self.catalogue.blockSignals(False)

    def _catalogue_chosen(self) -> None:
        """A new organisation takes the entry's name, type and kommun where still empty."""
        entry_id = self.catalogue.currentData()
        if not entry_id or self.record_id:
            return
        entry = next((e for e in catalogue.list_entries(self.store) if e["id"] == entry_id), None)
        if entry is None:
            return
        if not self.name_edit.text().strip():
            self.name_edit.setText(entry["name"])
        if self.org_type.currentData() is None:
            _select(self.org_type, entry["org_type"])
        if self.kommun.currentData() is None:
            _select(self.kommun, entry["kommun_code"])

    def values(self) -> dict[str, Any]:
        values = {
            "name": self.name_edit.text(),
            "org_type": self.org_type.currentData(),
            "kommun_code": self.kommun.currentData(),
            "principal": self.principal_edit.text(),
        }
        chosen = self.catalogue.currentData()
        # An unchanged link is not checked again (its entry may have become inactive).
        if chosen != self.linked_id:
            values["catalogue_id"] = chosen
        return values

    def write(self, values: Mapping[str, Any]) -> str:
        if self.record_id:
            organisations.update_organisation(self.store, self.record_id, **values)
            return self.record_id
        values = dict(values)
        return organisations.add_organisation(self.store, values.pop("name"), **values)


class MergeDialog(QDialog):
    """Choose which organisation goes into which; the page confirms and merges."""

    def __init__(
        self, store: Store, merged_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Merge organisations"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Everything that refers to the first organisation (members, activities, "
                    "deviations, …) moves to the second, and the first is removed. The "
                    "change travels upward with the next export."
                )
            )
        )
        form = QFormLayout()
        self.errors = FieldErrors("organisations")
        own = [row for row in organisations.list_organisations(store) if row["own"]]
        self.merged = QComboBox()
        self.survivor = QComboBox()
        for row in own:
            self.merged.addItem(row["name"], row["id"])
            self.survivor.addItem(row["name"], row["id"])
        if merged_id:
            _select(self.merged, merged_id)
        if self.survivor.currentData() == self.merged.currentData() and self.survivor.count() > 1:
            self.survivor.setCurrentIndex(1 if self.merged.currentIndex() == 0 else 0)
        form.addRow(self.tr("&Merge:"), self.merged)
        self.errors.row(form, self.tr("&Into (kept):"), "survivor_id", self.survivor)
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self, self.tr("&Merge")))

    def accept(self) -> None:
        if self.merged.currentData() == self.survivor.currentData():
            self.errors.attempt(
                self,
                lambda: organisations.merge_organisations(
                    self.store, self.survivor.currentData(), self.merged.currentData()
                ),
            )
            return
        super().accept()
