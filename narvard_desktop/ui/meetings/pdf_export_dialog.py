"""Writing the kallelse or the protocol of a meeting as a PDF, off the GUI thread.

Before anything is written the meeting's text is scanned for personnummer: a
protocol may become a public document, so a hit stops the export and says where
it is (never the number itself).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.reports.document_privacy import require_no_identifiers
from narvard_desktop.reports.options import ProtocolOptions
from narvard_desktop.services import meetings as m
from narvard_desktop.services.meetings.justering import TamperedLockError
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.operations import Operation, run_operation
from narvard_desktop.ui.kit.privacy_hint import exempt
from narvard_desktop.ui.kit.questions import show_error
from narvard_desktop.ui.kit.status_notice import StatusNotice, announce_written_file, open_file

KIND_PROTOCOL = "protocol"
KIND_KALLELSE = "kallelse"
_NO_FOLDER = QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist. Choose another.")
_UNSAFE_FILE_CHARACTERS = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def suggested_file_name(document: dict[str, Any], kind: str, title: str) -> str:
    group = document["group"]["name"] or ""
    name = f"{title} {document['meeting']['meeting_date']} {group}".strip()
    return _UNSAFE_FILE_CHARACTERS.sub("-", name)[:120] + ".pdf"


def calendar_file_beside(pdf: Path) -> Path:
    """The .ics written with a kallelse: the PDF's name with the calendar's suffix."""
    return pdf.with_suffix(".ics")


class PdfExportDialog(QDialog):
    """Choose the file and what to include, then write it in the background."""

    written = Signal(str)

    def __init__(
        self,
        store: Store,
        meeting_id: str,
        kind: str = KIND_PROTOCOL,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.meeting_id = meeting_id
        self.kind = kind
        self.operation: Operation | None = None
        self.notice: StatusNotice | None = None
        self.document = m.meeting_document(store, meeting_id)
        is_notes = self.document["meeting"]["kind"] == "notes"
        if kind == KIND_KALLELSE:
            title = self.tr("Notice of meeting")
            self.setWindowTitle(self.tr("Notice of meeting (PDF)"))
        else:
            title = self.tr("Meeting notes") if is_notes else self.tr("Minutes")
            self.setWindowTitle(self.tr("Minutes (PDF)"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        meeting = self.document["meeting"]
        info = QLabel(
            self.tr("{title} for the meeting on {date}.").format(
                title=title, date=meeting["meeting_date"]
            )
        )
        layout.addWidget(info)
        if kind == KIND_PROTOCOL and self.document.get("lock"):
            locked = QLabel(self.tr("The minutes are approved: the PDF says justerat."))
            locked.setObjectName("hint")
            layout.addWidget(locked)

        file_row = QHBoxLayout()
        self.path = QLineEdit()
        exempt(self.path, "a file path on this computer: never stored, never sent")
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.path.setText(
            str(Path(folder or Path.home()) / suggested_file_name(self.document, kind, title))
        )
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self.choose_file)
        file_row.addWidget(file_label)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        layout.addLayout(file_row)

        box = QGroupBox(self.tr("Include"))
        box_layout = QVBoxLayout(box)
        self.include_attendance = QCheckBox(
            self.tr("&Invited (attendance list)")
            if kind == KIND_KALLELSE
            else self.tr("&Attendance list (present and absent)")
        )
        self.include_links = QCheckBox(self.tr("&Linked activities, indicators and deviations"))
        self.include_deviations = QCheckBox(self.tr("&Deviation summary (counts by category)"))
        self.include_plan = QCheckBox(self.tr("Action &plan status"))
        self.include_open = QCheckBox(self.tr("&Open action items from earlier meetings"))
        self.option_boxes = {
            "include_attendance": self.include_attendance,
            "include_links": self.include_links,
            "include_deviation_summary": self.include_deviations,
            "include_action_plan_summary": self.include_plan,
            "include_open_action_items": self.include_open,
        }
        defaults = ProtocolOptions()
        for field, check in self.option_boxes.items():
            check.setChecked(getattr(defaults, field))
            box_layout.addWidget(check)
        layout.addWidget(box)

        # A kallelse goes out with the meeting in the members' calendars.
        self.write_calendar = QCheckBox(self.tr("Also write a calendar file (.ics) beside the PDF"))
        self.write_calendar.setChecked(kind == KIND_KALLELSE)
        self.write_calendar.setVisible(kind == KIND_KALLELSE)
        layout.addWidget(self.write_calendar)
        self.open_when_done = QCheckBox(self.tr("Op&en the PDF when it is ready"))
        self.open_when_done.setChecked(True)
        layout.addWidget(self.open_when_done)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Write PDF"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def options(self) -> ProtocolOptions:
        return ProtocolOptions(
            **{field: check.isChecked() for field, check in self.option_boxes.items()}
        )

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), self.path.text(), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.path.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def target(self) -> Path:
        text = self.path.text().strip()
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def accept(self) -> None:
        if not self.path.text().strip():
            self.path.setFocus()
            return
        try:
            require_no_identifiers(self.document)
        except ValidationError as error:
            show_error(self, error)
            return
        lock = self.document.get("lock")
        if self.kind != KIND_KALLELSE and lock and lock.get("intact") is False:
            # A changed justerat protocol is never printed as justerat.
            show_error(self, TamperedLockError(date=self.document["meeting"]["meeting_date"]))
            return
        path = self.target()
        if not path.parent.is_dir():
            show_error(self, ValidationError(_NO_FOLDER, folder=str(path.parent)))
            return
        meeting_id, options, kind = self.meeting_id, self.options(), self.kind
        # reportlab is imported when a PDF is written, not when the program starts.
        from narvard_desktop.reports.protocol_pdf import write_kallelse_pdf, write_protocol_pdf

        writer = write_kallelse_pdf if kind == KIND_KALLELSE else write_protocol_pdf
        open_when_done = self.open_when_done.isChecked()
        with_calendar = kind == KIND_KALLELSE and self.write_calendar.isChecked()
        parent = self.parentWidget() or self

        def work(store: Store, progress: Any) -> str:
            progress(0, 1)
            writer(store, meeting_id, path, options)
            if with_calendar:
                from narvard_desktop.reports.calendar_ics import write_calendar

                write_calendar(store, calendar_file_beside(path), [meeting_id])
            progress(1, 1)
            return str(path)

        def done(result: str) -> None:
            self.written.emit(result)
            opened = open_file(Path(result)) if open_when_done else None
            self.notice = announce_written_file(parent, Path(result), opened)

        self.operation = run_operation(
            parent, self.store.data_dir, work, self.tr("Writing the PDF…"), on_success=done
        )
        super().accept()
