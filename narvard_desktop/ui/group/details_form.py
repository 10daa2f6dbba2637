"""The group's details and rules, and the local corrections of uncertain kommun rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.domain import LEVELS, PARAGRAPH_NUMBERING
from narvard_desktop.services import group_details
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.changes import write
from narvard_desktop.ui.kit.forms import FieldErrors, note_label, plain_label
from narvard_desktop.ui.kit.questions import show_error


def _select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def _spin(low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    return box


class GroupDetailsForm(QWidget):
    saved = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        layout = QHBoxLayout(self)
        details = QGroupBox(self.tr("The group"))
        form = QFormLayout(details)
        self.errors = FieldErrors("groups")
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.level = QComboBox()
        for choice in LEVELS:
            self.level.addItem(choice.label, choice.code)
        self.kommun = QComboBox()
        self.kommun.addItem(self.tr("—"), None)
        self.delregion = QComboBox()
        self.delregion.addItem(self.tr("—"), None)
        for name in store.reference.delregion_names():
            self.delregion.addItem(name, name)
        self.level.currentIndexChanged.connect(self._level_changed)
        self.risk_threshold = _spin(1, 16)
        self.answer_days = _spin(1, 365)
        self.numbering = QComboBox()
        for choice in PARAGRAPH_NUMBERING:
            self.numbering.addItem(choice.label, choice.code)
        self.errors.rows(
            form,
            (
                (self.tr("&Name:"), "name", self.name_edit),
                (self.tr("&Level:"), "level", self.level),
                (self.tr("&Kommun:"), "kommun_code", self.kommun),
                (self.tr("S&ub-region:"), "delregion", self.delregion),
                (self.tr("&Risk threshold:"), "risk_threshold", self.risk_threshold),
                (self.tr("Days to &answer:"), "answer_days", self.answer_days),
                (self.tr("§ &numbering:"), "paragraph_numbering", self.numbering),
            ),
        )
        layout.addWidget(details, 1)

        minutes = QGroupBox(self.tr("Minutes and notices"))
        minutes_form = QFormLayout(minutes)
        self.adjusters = QComboBox()
        self.adjusters.addItem(self.tr("One minutes checker"), 1)
        self.adjusters.addItem(self.tr("Two minutes checkers"), 2)
        self.town_edit = QLineEdit()
        self.town_edit.setMaxLength(100)
        self.town_edit.setPlaceholderText(self.tr("Printed as the place of signing"))
        self.storage_edit = QLineEdit()
        self.storage_edit.setMaxLength(200)
        self.storage_edit.setPlaceholderText(self.tr("e.g. Kommunkansliet, Stadshuset"))
        self.apology_days = _spin(0, 60)
        self.apology_days.setSuffix(self.tr(" days before"))
        self.posting = QCheckBox(self.tr("Print the posting certificate (anslag/bevis)"))
        self.presented = QCheckBox(
            self.tr("Print 'Presented by the chair' under items without notes")
        )
        self.errors.rows(
            minutes_form,
            (
                (self.tr("Minutes &checkers:"), "adjusters_required", self.adjusters),
                (self.tr("&Town (ort):"), "town", self.town_edit),
                (self.tr("Minutes &kept at:"), "storage_place", self.storage_edit),
                (self.tr("A&pologies due:"), "apology_days", self.apology_days),
            ),
        )
        minutes_form.addRow(self.posting)
        minutes_form.addRow(self.presented)
        self.save_button = QPushButton(self.tr("&Save the group's details"))
        self.save_button.clicked.connect(self.save)
        minutes_form.addRow(self.save_button)

        corrections = QGroupBox(self.tr("Kommuner with an uncertain area"))
        corrections_layout = QVBoxLayout(corrections)
        corrections_layout.addWidget(
            note_label(
                self.tr(
                    "The county marks these kommuner as not verified. A correction made here "
                    "is local: it is kept when a newer list arrives."
                )
            )
        )
        self.corrections_form = QFormLayout()
        corrections_layout.addLayout(self.corrections_form)
        self.correction_boxes: dict[str, QComboBox] = {}
        side = QVBoxLayout()
        side.addWidget(minutes)
        side.addWidget(corrections)
        side.addStretch()
        layout.addLayout(side, 1)
        self.load()

    def _level_changed(self) -> None:
        level = self.level.currentData()
        self.kommun.setEnabled(level == "lokal")
        self.delregion.setEnabled(level == "delregional")

    def _fill_kommuner(self) -> None:
        self.kommun.clear()
        self.kommun.addItem(self.tr("—"), None)
        for kommun in self.store.reference.kommuner():
            self.kommun.addItem(kommun.name, kommun.code)

    def load(self) -> None:
        group = group_details.group_details(self.store)
        self._fill_kommuner()
        self.name_edit.setText(group.get("name") or "")
        _select(self.level, group.get("level"))
        _select(self.kommun, group.get("kommun_code"))
        _select(self.delregion, group.get("delregion"))
        self.risk_threshold.setValue(int(group.get("risk_threshold") or 8))
        self.answer_days.setValue(int(group.get("answer_days") or 60))
        _select(self.numbering, group.get("paragraph_numbering"))
        _select(self.adjusters, group.get("adjusters_required") or 1)
        self.town_edit.setText(group.get("town") or "")
        self.storage_edit.setText(group.get("storage_place") or "")
        self.apology_days.setValue(int(group.get("apology_days") or 0))
        self.posting.setChecked(bool(group.get("print_posting")))
        self.presented.setChecked(bool(group.get("print_presented_by")))
        self._level_changed()
        self._load_corrections()

    def _load_corrections(self) -> None:
        while self.corrections_form.rowCount():
            self.corrections_form.removeRow(0)
        self.correction_boxes.clear()
        for row in group_details.uncertain_kommuner(self.store):
            box = QComboBox()
            for name in self.store.reference.delregion_names():
                box.addItem(name, name)
            _select(box, row["delregion"])
            box.activated.connect(
                lambda _i, code=row["code"], combo=box: self.correct(code, combo.currentData())
            )
            line = QHBoxLayout()
            line.addWidget(box, 1)
            if row["corrected_locally"]:
                line.addWidget(plain_label(self.tr("local correction")))
            self.corrections_form.addRow(row["name"], line)
            self.correction_boxes[row["code"]] = box

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "level": self.level.currentData(),
            "kommun_code": self.kommun.currentData(),
            "delregion": self.delregion.currentData(),
            "risk_threshold": self.risk_threshold.value(),
            "answer_days": self.answer_days.value(),
            "paragraph_numbering": self.numbering.currentData(),
            "adjusters_required": self.adjusters.currentData(),
            "town": self.town_edit.text(),
            "storage_place": self.storage_edit.text(),
            "apology_days": self.apology_days.value(),
            "print_posting": self.posting.isChecked(),
            "print_presented_by": self.presented.isChecked(),
        }

    def save(self) -> bool:
        self.errors.clear()
        values = self.values()
        done = write(
            self,
            self.store,
            lambda: group_details.update_group_details(self.store, **values),
            on_invalid=lambda error: self.errors.show(error) or show_error(self, error),
        )
        if done:
            self.load()
            self.saved.emit()
        return bool(done)

    def correct(self, kommun_code: str, delregion: str) -> bool:
        done = write(
            self,
            self.store,
            lambda: group_details.correct_kommun_delregion(self.store, kommun_code, delregion),
        )
        if done:
            self.load()
        return bool(done)
