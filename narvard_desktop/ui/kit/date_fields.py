"""Date editors for every form: an optional ISO date with a calendar, and QDateEdit helpers.

Both take today from `narvard_desktop.clock`, never from Qt's wall clock, so a test or
the demo that pins the day sees it in every form.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QLineEdit, QStyle, QWidget

from narvard_desktop import clock
from narvard_desktop.ui.kit.privacy_hint import exempt

ISO_FORMAT = "yyyy-MM-dd"


def today() -> QDate:
    return QDate(clock.today())


class DateField(QLineEdit):
    """An optional ISO date: typed as YYYY-MM-DD or picked from a calendar; empty is allowed.

    QDateEdit cannot be empty, and most dates in a plan or a meeting are optional.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setMaxLength(40)
        self.setToolTip(self.tr("Write the date as YYYY-MM-DD, or pick it with the calendar."))
        exempt(self, "a date: the core stores it only when it reads as one")
        action = QAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            self.tr("Pick a date"),
            self,
        )
        action.triggered.connect(self.open_calendar)
        self.addAction(action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar: QCalendarWidget | None = None

    def value(self) -> str:
        return self.text().strip()

    def set_value(self, value: str | date | None) -> None:
        self.setText(value.isoformat() if isinstance(value, date) else (value or ""))

    def open_calendar(self) -> None:
        # A read-only form still shows the button; picking must not change the date.
        if self.isReadOnly():
            return
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        current = QDate.fromString(self.value(), ISO_FORMAT)
        calendar.setSelectedDate(current if current.isValid() else today())
        calendar.clicked.connect(self._picked)
        calendar.activated.connect(self._picked)
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        self.calendar = calendar

    def _picked(self, day: QDate) -> None:
        self.setText(day.toString(ISO_FORMAT))
        if self.calendar is not None:
            self.calendar.close()
            self.calendar.deleteLater()
            self.calendar = None
        self.setFocus()


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    """A required date, shown as YYYY-MM-DD with a calendar popup, starting on today."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(ISO_FORMAT)
    edit.setDate(today())
    return edit


def iso(edit: QDateEdit) -> str:
    return edit.date().toString(ISO_FORMAT)


def set_iso(edit: QDateEdit, text: str | None) -> None:
    """Show a stored date; an empty one leaves the editor's date as it is."""
    if text:
        edit.setDate(QDate.fromString(text, ISO_FORMAT))
