"""Uppföljning → "Skapa rapport…": the uppföljningsrapport of a period as PDF.

The report is gathered and laid out off the GUI thread (a county has many groups);
where it went is said in the window's status bar with a way to open it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop import clock
from narvard_desktop.errors import ValidationError
from narvard_desktop.services.followup_report import ALL, OWN, build_report, parse_report_period
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.forms import ERROR_STYLE
from narvard_desktop.ui.kit.operations import Operation, run_operation
from narvard_desktop.ui.kit.privacy_hint import exempt


def _write_report(store: Store, period_text: str, scope: str, target: Path) -> Path:
    # Imported here: reportlab loads only when a report is written.
    from narvard_desktop.reports.followup_report_pdf import write_report_pdf

    return write_report_pdf(build_report(store, parse_report_period(period_text), scope), target)


class ReportDialog(QDialog):
    """Period, whose records (at upper levels) and where to save."""

    written = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Follow-up report"))
        lead = QLabel(
            self.tr(
                "A PDF for the yearly revision: the action plan per way of working, "
                "indicators against their targets, deviations per category and agreement, "
                "and the meetings and decisions of the period. Small counts are hidden, as "
                "in everything that leaves the group."
            )
        )
        lead.setWordWrap(True)
        self.period_edit = exempt(
            QLineEdit(str(clock.today().year)), "a period such as 2026-H1, checked as a period"
        )
        self.period_edit.setToolTip(
            self.tr("A year (2026), half year (2026-H1), quarter (2026-Q3) or 2026-01..2026-06.")
        )
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("This group's own records"), OWN)
        self.scope_combo.addItem(self.tr("Every group (one section each, with a summary)"), ALL)
        own = store.own_group() or {}
        upper = own.get("level") not in (None, "lokal")
        form = QFormLayout()
        form.addRow(self.tr("&Period:"), self.period_edit)
        if upper:
            form.addRow(self.tr("&Covers:"), self.scope_combo)
            self.scope_combo.setCurrentIndex(1)
        else:
            self.scope_combo.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = buttons.addButton(
            self.tr("&Write PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.choose_and_write)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(lead)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def period_text(self) -> str | None:
        """The period as typed when it is one, else None with the reason shown."""
        text = self.period_edit.text()
        try:
            parse_report_period(text)
        except ValidationError as error:
            self.error.setText(error.user_message())
            self.error.show()
            self.period_edit.setFocus()
            return None
        self.error.hide()
        return text

    def choose_and_write(self) -> Operation | None:
        text = self.period_text()
        if text is None:
            return None
        name = self.tr("Uppfoljningsrapport {period}.pdf").format(period=text.replace("..", "-"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(Path.home() / name), self.tr("PDF (*.pdf)")
        )
        if not path:
            return None
        return self.write_to(Path(path), text)

    def write_to(self, target: Path, period_text: str) -> Operation:
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        scope = self.scope_combo.currentData()
        self.write_button.setEnabled(False)
        self.operation = run_operation(
            self,
            self.store.data_dir,
            lambda store, _progress: _write_report(store, period_text, scope, target),
            self.tr("Writing the follow-up report…"),
            on_success=self._written,
        )
        self.operation.ended.connect(lambda: self.write_button.setEnabled(True))
        return self.operation

    def _written(self, path: Path) -> None:
        self.written.emit(str(path))
        self.accept()
