"""Dialogs for a handlingsplan and its goals, and the form pieces the plan screens share.

Forms show the core's validation message right under the field it names
(`ValidationError.details["field"]`), so a facilitator sees what to correct
where it is, not in a box that hides the form.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop import clock
from narvard_desktop.errors import NarvardError, ValidationError
from narvard_desktop.services import action_plans
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.operations import show_error
from narvard_desktop.ui.kit.privacy_hint import PrivacyHint

ERROR_STYLE = "color: #b42318;"


class DateField(QLineEdit):
    """An optional ISO date: typed as YYYY-MM-DD or picked from a calendar; empty is allowed.

    QDateEdit cannot be empty, and most dates in a plan are optional.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setMaxLength(40)
        self.setToolTip(self.tr("Write the date as YYYY-MM-DD, or pick it with the calendar."))
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
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        current = QDate.fromString(self.value(), "yyyy-MM-dd")
        calendar.setSelectedDate(current if current.isValid() else QDate(clock.today()))
        calendar.clicked.connect(self._picked)
        calendar.activated.connect(self._picked)
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        self.calendar = calendar

    def _picked(self, day: QDate) -> None:
        self.setText(day.toString("yyyy-MM-dd"))
        if self.calendar is not None:
            self.calendar.close()
            self.calendar.deleteLater()
            self.calendar = None
        self.setFocus()


class FieldErrors:
    """The red message under each field, and the focus move to the field that is wrong."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.editors: dict[str, QWidget] = {}

    def box(self, field: str, editor: QWidget, *, privacy: bool = False) -> QWidget:
        """The editor with its (hidden) error label and, for free text, the privacy hint."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        # The form label's mnemonic focuses the box; the proxy passes that on to the editor.
        box.setFocusProxy(editor)
        if privacy and isinstance(editor, QLineEdit | QPlainTextEdit):
            hint = PrivacyHint(editor, box)
            layout.addWidget(hint)
            editor.privacy_hint = hint  # type: ignore[attr-defined]
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        layout.addWidget(label)
        self.labels[field] = label
        self.editors[field] = editor
        return box

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()

    def show(self, error: ValidationError) -> bool:
        """Put the message under its field; False when the form has no such field."""
        field = str(error.details.get("field", ""))
        label = self.labels.get(field)
        if label is None:
            return False
        label.setText(error.user_message())
        label.show()
        self.editors[field].setFocus()
        return True

    def message(self, field: str) -> str:
        label = self.labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""


def plain_text(editor: QPlainTextEdit) -> str:
    return editor.toPlainText()


class RecordDialog(QDialog):
    """A small form dialog that saves through a core function and stays open on errors."""

    saved = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.errors = FieldErrors()
        self.record_id: str | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.setMinimumWidth(520)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def write(self, values: Mapping[str, Any]) -> str:
        raise NotImplementedError

    def save(self) -> bool:
        self.errors.clear()
        try:
            self.record_id = self.write(self.values())
        except ValidationError as error:
            if not self.errors.show(error):
                show_error(self, error)
            return False
        except NarvardError as error:
            show_error(self, error)
            return False
        self.saved.emit(self.record_id)
        self.accept()
        return True


class PlanDialog(RecordDialog):
    """New or edited handlingsplan: title, period, målgrupp and a description."""

    def __init__(
        self, store: Store, plan_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, parent)
        self.record_id = plan_id
        self.setWindowTitle(self.tr("Edit action plan") if plan_id else self.tr("New action plan"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            self.tr("e.g. Handlingsplan god och nära vård 2026–2027")
        )
        self.target_group_edit = QLineEdit()
        self.target_group_edit.setPlaceholderText(
            self.tr("e.g. Äldre med omfattande behov av vård och omsorg")
        )
        self.target_group_edit.setToolTip(self.tr("Who the plan is for (målgrupp)."))
        self.period_start = DateField()
        self.period_end = DateField()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(90)
        self.form.addRow(
            self.tr("&Title:"), self.errors.box("title", self.title_edit, privacy=True)
        )
        self.form.addRow(
            self.tr("Target &group:"),
            self.errors.box("target_group", self.target_group_edit, privacy=True),
        )
        self.form.addRow(
            self.tr("Period &from:"), self.errors.box("period_start", self.period_start)
        )
        self.form.addRow(self.tr("Period &to:"), self.errors.box("period_end", self.period_end))
        self.form.addRow(
            self.tr("&Description:"),
            self.errors.box("description", self.description_edit, privacy=True),
        )
        if plan_id:
            plan = action_plans.get_plan(store, plan_id)
            self.title_edit.setText(plan["title"] or "")
            self.target_group_edit.setText(plan["target_group"] or "")
            self.period_start.set_value(plan["period_start"])
            self.period_end.set_value(plan["period_end"])
            self.description_edit.setPlainText(plan["description"] or "")
        self.title_edit.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text(),
            "target_group": self.target_group_edit.text(),
            "period_start": self.period_start.value(),
            "period_end": self.period_end.value(),
            "description": plain_text(self.description_edit),
        }

    def write(self, values: Mapping[str, Any]) -> str:
        if self.record_id:
            action_plans.update_plan(self.store, self.record_id, values)
            return self.record_id
        return action_plans.create_plan(self.store, values)


class GoalDialog(RecordDialog):
    """New or edited goal (effektmål) of a plan."""

    def __init__(
        self,
        store: Store,
        plan_id: str,
        goal_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, parent)
        self.plan_id = plan_id
        self.record_id = goal_id
        self.setWindowTitle(self.tr("Edit goal") if goal_id else self.tr("New goal"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            self.tr("e.g. Tryggare övergångar mellan sjukhus och hemmet")
        )
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(90)
        self.form.addRow(self.tr("&Goal:"), self.errors.box("title", self.title_edit, privacy=True))
        self.form.addRow(
            self.tr("&Description:"),
            self.errors.box("description", self.description_edit, privacy=True),
        )
        if goal_id:
            goal = next(g for g in action_plans.list_goals(store, plan_id) if g["id"] == goal_id)
            self.title_edit.setText(goal["title"] or "")
            self.description_edit.setPlainText(goal["description"] or "")
        self.title_edit.setFocus()

    def values(self) -> dict[str, Any]:
        return {"title": self.title_edit.text(), "description": plain_text(self.description_edit)}

    def write(self, values: Mapping[str, Any]) -> str:
        if self.record_id:
            action_plans.update_goal(self.store, self.record_id, values)
            return self.record_id
        return action_plans.create_goal(self.store, self.plan_id, values)


def open_dialog(dialog: QDialog, on_saved: Callable[[str], None]) -> QDialog:
    """Show a record dialog window-modally without blocking (tests can drive it)."""
    if isinstance(dialog, RecordDialog):
        dialog.saved.connect(on_saved)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
