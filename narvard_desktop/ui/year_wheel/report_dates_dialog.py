"""The group's own dates for reporting upward, one a line; the county's are shown beside."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from narvard_desktop.services.reminders import local_report_dates, report_dates, set_report_dates
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.changes import write
from narvard_desktop.ui.kit.forms import dialog_buttons
from narvard_desktop.ui.kit.privacy_hint import exempt


class ReportDatesDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Reporting dates"))
        # Wide enough that "(ÅÅÅÅ-MM-DD)" is not broken over two lines.
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        lead = QLabel(
            self.tr(
                "When the group sends its file to the level above. Write one date a line "
                "(YYYY-MM-DD); the To do list reminds of the next one."
            )
        )
        lead.setWordWrap(True)
        layout.addWidget(lead)
        self.dates = exempt(QPlainTextEdit(), "dates, one a line, checked as dates")
        self.dates.setPlainText("\n".join(day.isoformat() for day in local_report_dates(store)))
        layout.addWidget(self.dates)
        county = sorted(set(report_dates(store)) - set(local_report_dates(store)))
        self.county = QLabel(
            self.tr("From the county: {dates}").format(
                dates=", ".join(day.isoformat() for day in county)
            )
        )
        self.county.setWordWrap(True)
        self.county.setVisible(bool(county))
        layout.addWidget(self.county)
        layout.addWidget(dialog_buttons(self))

    def accept(self) -> None:
        lines = [line for line in self.dates.toPlainText().splitlines() if line.strip()]
        if write(self, self.store, lambda: set_report_dates(self.store, lines)):
            super().accept()
