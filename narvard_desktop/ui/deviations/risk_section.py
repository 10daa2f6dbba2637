"""The Risk box of the avvikelse editor: the matrix, what the score means, and care injury."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QVBoxLayout, QWidget

from narvard_desktop.domain import CARE_INJURY
from narvard_desktop.reference import Reference
from narvard_desktop.ui.deviations.risk_picker import RiskPicker
from narvard_desktop.ui.kit.forms import ERROR_STYLE, NOTE_STYLE, WARNING_NOTE_STYLE, plain_label


class RiskSection(QGroupBox):
    """A score at or above the group's threshold is marked as needing deeper analysis."""

    def __init__(self, reference: Reference, threshold: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Risk"))
        self.threshold = threshold
        layout = QVBoxLayout(self)
        self.risk_picker = RiskPicker(reference)
        self.risk_picker.valueChanged.connect(self._risk_changed)
        layout.addWidget(self.risk_picker, alignment=Qt.AlignmentFlag.AlignLeft)
        self.risk_text = plain_label()
        layout.addWidget(self.risk_text)

        injury_form = QFormLayout()
        self.care_injury_combo = QComboBox()
        for choice in CARE_INJURY:
            self.care_injury_combo.addItem(choice.label, choice.code)
        self.care_injury_combo.currentIndexChanged.connect(self._care_injury_changed)
        injury_form.addRow(self.tr("Care in&jury:"), self.care_injury_combo)
        layout.addLayout(injury_form)
        self.lex_note = plain_label(
            self.tr(
                "Lex Maria and Lex Sarah are handled in each organisation's own process and "
                "system, not here."
            ),
            NOTE_STYLE,
        )
        layout.addWidget(self.lex_note)
        self.refresh()

    def refresh(self) -> None:
        self._risk_changed(None)
        self._care_injury_changed()

    def _risk_changed(self, _value: object) -> None:
        score = self.risk_picker.score()
        if score is None:
            self.risk_text.setText(self.tr("No risk assessed yet (optional)."))
            self.risk_text.setStyleSheet("")
        elif score >= self.threshold:
            self.risk_text.setText(
                self.tr("{risk} – needs deeper analysis (threshold {threshold}).").format(
                    risk=self.risk_picker.describe(), threshold=self.threshold
                )
            )
            self.risk_text.setStyleSheet(ERROR_STYLE + " font-weight: 600;")
        else:
            self.risk_text.setText(self.risk_picker.describe())
            self.risk_text.setStyleSheet("")

    def _care_injury_changed(self) -> None:
        injured = self.care_injury_combo.currentData() not in (None, "none")
        self.lex_note.setStyleSheet(WARNING_NOTE_STYLE if injured else NOTE_STYLE)
