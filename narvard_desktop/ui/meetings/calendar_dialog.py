"""Writing meetings as a calendar file (.ics) that members import in Outlook.

The file is built by the core (`reports/calendar_ics.py`), through the privacy
gate; this dialog only asks which meetings and where. Sending the file again
later updates the same events in the receivers' calendars.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop import clock
from narvard_desktop.errors import NarvardError, ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.services.year_plan import series_of_meeting
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.privacy_hint import exempt
from narvard_desktop.ui.kit.questions import show_error

SELECTED = "selected"
SERIES = "series"
COMING = "coming"
ALL = "all"
_NO_FOLDER = QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist. Choose another.")


class CalendarExportDialog(QDialog):
    """Which meetings, which file; writes on OK and emits `written(path, count)`."""

    written = Signal(str, int)

    def __init__(
        self, store: Store, meeting_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("Calendar file (.ics)"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        info = QLabel(
            self.tr(
                "Members open the file in Outlook or another calendar. Sending it again "
                "later updates the same meetings instead of adding copies, and removes "
                "meetings that were deleted here."
            )
        )
        info.setWordWrap(True)
        layout.addWidget(info)
        self.choices = QButtonGroup(self)
        self.choice_buttons: dict[str, QRadioButton] = {}
        for key, text in (
            (SELECTED, self.tr("The &selected meeting")),
            (SERIES, self.tr("The selected meeting's whole s&eries")),
            (COMING, self.tr("All &coming meetings")),
            (ALL, self.tr("&All the group's meetings")),
        ):
            button = QRadioButton(text)
            button.setAccessibleName(text.replace("&", ""))
            self.choices.addButton(button)
            self.choice_buttons[key] = button
            layout.addWidget(button)
        self.choice_buttons[SELECTED].setEnabled(meeting_id is not None)
        # A meeting planned with "Planera året" belongs to a series that travels as one file.
        self.series = series_of_meeting(store, meeting_id) if meeting_id else None
        self.choice_buttons[SERIES].setEnabled(self.series is not None)
        self.choice_buttons[SERIES].setVisible(self.series is not None)
        self.choice_buttons[SELECTED if meeting_id else COMING].setChecked(True)

        row = QHBoxLayout()
        file_label = QLabel(self.tr("&File:"))
        self.path = QLineEdit()
        # A file path is never stored and never leaves: no privacy hint.
        exempt(self.path, "a file path on this computer: never stored, never sent")
        self.path.setAccessibleName(self.tr("File"))
        file_label.setBuddy(self.path)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("meetings {year}.ics").format(year=clock.today().year)
        self.path.setText(str(Path(folder or Path.home()) / name))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self.choose_file)
        row.addWidget(file_label)
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        layout.addLayout(row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Write calendar file")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def choice(self) -> str:
        return next(key for key, button in self.choice_buttons.items() if button.isChecked())

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save calendar file"), self.path.text(), self.tr("Calendar (*.ics)")
        )
        if path:
            self.path.setText(path)

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")

    def accept(self) -> None:
        if not self.path.text().strip():
            self.path.setFocus()
            return
        path = self.target()
        if not path.parent.is_dir():
            show_error(self, ValidationError(_NO_FOLDER, folder=str(path.parent)))
            return
        from narvard_desktop.reports.calendar_ics import write_calendar

        choice = self.choice()
        try:
            if choice == SELECTED and self.meeting_id is not None:
                count = write_calendar(self.store, path, [self.meeting_id])
            elif choice == SERIES and self.series is not None:
                count = write_calendar(self.store, path, list(self.series.meeting_ids))
            else:
                since = clock.today() if choice == COMING else None
                count = write_calendar(self.store, path, since=since)
        except (NarvardError, OSError) as error:
            show_error(self, error)
            return
        self.written.emit(str(path), count)
        super().accept()
