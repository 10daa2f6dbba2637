"""Inställningar: the program's language and the group's own rules."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.domain import PARAGRAPH_NUMBERING
from narvard_desktop.store import Store


class SettingsDialog(QDialog):
    def __init__(self, store: Store, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        group = store.own_group() or {}
        layout = QVBoxLayout(self)

        program_box = QGroupBox(self.tr("Program"))
        program_form = QFormLayout(program_box)
        self.language = QComboBox()
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        program_form.addRow(self.tr("&Language:"), self.language)
        layout.addWidget(program_box)

        group_box = QGroupBox(self.tr("The group's rules"))
        group_form = QFormLayout(group_box)
        self.risk_threshold = QSpinBox()
        self.risk_threshold.setRange(1, 16)
        self.risk_threshold.setValue(int(group.get("risk_threshold", 8)))
        group_form.addRow(self.tr("&Risk score for deeper analysis:"), self.risk_threshold)
        self.answer_days = QSpinBox()
        self.answer_days.setRange(1, 365)
        self.answer_days.setSuffix(self.tr(" days"))
        self.answer_days.setValue(int(group.get("answer_days", 60)))
        group_form.addRow(self.tr("&Answer deadline for deviations:"), self.answer_days)
        self.numbering = QComboBox()
        for choice in PARAGRAPH_NUMBERING:
            self.numbering.addItem(choice.label, choice.code)
        self.numbering.setCurrentIndex(
            max(0, self.numbering.findData(group.get("paragraph_numbering", "per_meeting")))
        )
        group_form.addRow(self.tr("§ &numbering:"), self.numbering)
        hint = QLabel(self.tr("The group's rules travel with its exported files."))
        hint.setObjectName("hint")
        group_form.addRow(hint)
        layout.addWidget(group_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def group_settings(self) -> dict[str, object]:
        return {
            "risk_threshold": self.risk_threshold.value(),
            "answer_days": self.answer_days.value(),
            "paragraph_numbering": str(self.numbering.currentData()),
        }
