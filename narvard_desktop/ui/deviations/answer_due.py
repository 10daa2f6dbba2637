"""The answer due date of an avvikelse: the group's default, until someone changes it.

The default is the reported date plus the group's answer days; while the due date is
the default it follows a corrected reported date, and once it is changed by hand it
stays, with a note saying what the default would have been.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDateEdit, QLabel

from narvard_desktop.services import deviations as dev
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.date_fields import iso, set_iso


class AnswerDueDate(QObject):
    """Keeps `due` and its `note` in step with `reported` (the form is the parent)."""

    def __init__(
        self,
        store: Store,
        reported: QDateEdit,
        due: QDateEdit,
        note: QLabel,
        answer_days: int,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.reported = reported
        self.due = due
        self.note = note
        self.answer_days = answer_days
        self.follows_reported = True
        self._setting = False
        reported.dateChanged.connect(self._reported_changed)
        due.dateChanged.connect(self._due_edited)

    def default(self) -> str:
        return dev.default_answer_due_date(self.store, iso(self.reported))

    def set_default(self) -> None:
        self._setting = True
        set_iso(self.due, self.default())
        self._setting = False
        self.follows_reported = True
        self.update_note()

    def show_stored(self, reported_date: str, answer_due_date: str | None) -> None:
        self.follows_reported = answer_due_date == dev.default_answer_due_date(
            self.store, reported_date
        )
        set_iso(self.due, answer_due_date)
        self.update_note()

    def _reported_changed(self) -> None:
        if self.follows_reported:
            self.set_default()
        else:
            self.update_note()

    def _due_edited(self) -> None:
        if self._setting:
            return
        self.follows_reported = iso(self.due) == self.default()
        self.update_note()

    def update_note(self) -> None:
        if iso(self.due) == self.default():
            self.note.setText(
                self.tr("Default: {days} days after the reported date.").format(
                    days=self.answer_days
                )
            )
        else:
            self.note.setText(
                self.tr("Changed from the default {date}.").format(date=self.default())
            )
