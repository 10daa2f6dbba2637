"""The avvikelse editor: log a new one quickly, follow it through its lifecycle.

Built for keyboard entry: today's dates, "inträffad" and Registrerad are preset, the
tab order runs top to bottom (left column, then right), Tab leaves the text boxes,
and Ctrl+S or Enter saves. The checks are the core's own (`deviations.deviation_problems`),
each shown next to the field it names. Records owned by another group open read-only
with their source shown.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.domain import ACTIVITY_STATUSES, DEVIATION_TYPES, ESCALATION_LEVELS, label_for
from narvard_desktop.errors import NarvardError, ValidationError
from narvard_desktop.services import deviations as dev
from narvard_desktop.services.directory import organisation_choices
from narvard_desktop.store import Store
from narvard_desktop.ui.deviations.answer_due import AnswerDueDate
from narvard_desktop.ui.deviations.risk_section import RiskSection
from narvard_desktop.ui.deviations.state_panel import StatePanel
from narvard_desktop.ui.kit.date_fields import date_edit, iso, set_iso
from narvard_desktop.ui.kit.forms import (
    NOTE_STYLE,
    WARNING_NOTE_STYLE,
    FieldErrors,
    RecordBanner,
    error_label,
    note_label,
    plain_label,
    set_read_only,
    show_message,
    text_box,
)
from narvard_desktop.ui.kit.questions import confirm, show_error
from narvard_desktop.ui.kit.sections import build_offered

# A run of digits long enough to be the start of a personnummer turns the calm reminder
# into a warning before the number is complete (the privacy hint then names what it found).
_DIGIT_RUN = re.compile(r"\d{6}")


class DeviationDialog(QDialog):
    """Create (deviation_id=None) or open one avvikelse."""

    deviation_saved = Signal(str)  # the id, after every successful write

    def __init__(
        self, store: Store, deviation_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.deviation_id = deviation_id
        self.record: dict[str, Any] | None = None
        self.read_only = False
        self.threshold, self.answer_days = dev.group_rules(store)
        self.errors = FieldErrors("deviations")
        self.hints = self.errors.hints
        self.setWindowTitle(self.tr("Deviation"))
        self.resize(1120, 780)

        outer = QVBoxLayout(self)
        self.banner = RecordBanner()
        outer.addWidget(self.banner)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.addLayout(self._build_event_column(), 1)
        columns.addLayout(self._build_assessment_column(), 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.answer_due = AnswerDueDate(
            store, self.reported_date, self.answer_due_date, self.due_note, self.answer_days, self
        )

        # Messages that name no field of the form, such as a state change dated too early.
        self.form_error = error_label()
        outer.addWidget(self.form_error)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.save_button.setToolTip(self.tr("Save and close (Ctrl+S)"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save_and_close)
        self.cancel_button.clicked.connect(self.reject)
        outer.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_and_close)

        self._set_tab_order()
        self._load()

    # --- building --------------------------------------------------------------------------

    def _build_event_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        group = QGroupBox(self.tr("What happened"))
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.event_date = date_edit()
        self.event_date.setToolTip(self.tr("The day it happened (or was discovered)."))
        self.reported_date = date_edit()
        self.reported_date.setToolTip(
            self.tr("The day it was reported. The answer clock starts on this day.")
        )
        dates = QHBoxLayout()
        dates.addWidget(self.event_date)
        reported_label = QLabel(self.tr("Re&ported:"))
        reported_label.setBuddy(self.reported_date)
        dates.addWidget(reported_label)
        dates.addWidget(self.reported_date)
        dates.addStretch()
        self.errors.row(form, self.tr("&Event date:"), "event_date", self.event_date, content=dates)

        self.type_combo = QComboBox()
        for choice in DEVIATION_TYPES:
            self.type_combo.addItem(choice.label, choice.code)
        form.addRow(self.tr("&Type:"), self.type_combo)

        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("Choose a category…"), None)
        for row in self.store.reference.categories():
            self.category_combo.addItem(row["name"], row["code"])
            agreement = row.get("agreement") or ""
            if agreement:
                self.category_combo.setItemData(
                    self.category_combo.count() - 1, agreement, Qt.ItemDataRole.ToolTipRole
                )
        self.category_combo.setToolTip(self.tr("The kind of collaboration situation it arose in."))
        self.errors.row(form, self.tr("&Category:"), "category_code", self.category_combo)

        organisations = organisation_choices(self.store)
        self.reporting_combo = QComboBox()
        self.receiving_combo = QComboBox()
        for combo in (self.reporting_combo, self.receiving_combo):
            combo.addItem(self.tr("(not given)"), None)
            for org_id, name in organisations:
                combo.addItem(name, org_id)
        self.reporting_combo.setToolTip(self.tr("The organisation that reports the deviation."))
        self.receiving_combo.setToolTip(
            self.tr("The organisation where it arose; it owes the answer.")
        )
        self.errors.row(
            form,
            self.tr("Reportin&g organisation:"),
            "reporting_organisation_id",
            self.reporting_combo,
        )
        self.errors.row(
            form,
            self.tr("Rece&iving organisation:"),
            "receiving_organisation_id",
            self.receiving_combo,
        )

        self.description = text_box(80)
        self.description.setPlaceholderText(
            self.tr("What happened, where in the chain of care, and what the consequence was.")
        )
        description_note = note_label(
            self.tr("Describe what happened – never who. No names or personal identity numbers.")
        )
        description_note.setObjectName("privacyNote")
        description_note.setProperty("warning", False)
        self.description_note = description_note
        self.description.textChanged.connect(self._update_privacy_note)
        self.errors.row(
            form,
            self.tr("&Description:"),
            "description",
            self.description,
            note=description_note,
        )
        self.immediate_actions = text_box()
        self.errors.row(
            form, self.tr("I&mmediate actions:"), "immediate_actions", self.immediate_actions
        )
        self.suggested_improvement = text_box()
        self.errors.row(
            form,
            self.tr("Suggested impro&vement:"),
            "suggested_improvement",
            self.suggested_improvement,
        )
        column.addWidget(group)

        self.state_panel = StatePanel()
        self.state_panel.move_requested.connect(self.change_state)
        self.transition_date = self.state_panel.transition_date
        self.transition_buttons = self.state_panel.transition_buttons
        self.history_label = self.state_panel.history_label
        column.addWidget(self.state_panel)

        activity_group = QGroupBox(self.tr("Improvement activities"))
        activity_layout = QVBoxLayout(activity_group)
        self.activities_label = plain_label()
        activity_layout.addWidget(self.activities_label)
        self.create_activity_button = QPushButton(self.tr("Create improvement activity…"))
        self.create_activity_button.setToolTip(
            self.tr(
                "Adds an activity to one of the group's action plans, linked to this deviation."
            )
        )
        self.create_activity_button.clicked.connect(self.create_improvement_activity)
        activity_layout.addWidget(self.create_activity_button, alignment=Qt.AlignmentFlag.AlignLeft)
        column.addWidget(activity_group)
        column.addStretch()
        return column

    def _build_assessment_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.risk = RiskSection(self.store.reference, self.threshold)
        self.risk_picker = self.risk.risk_picker
        self.care_injury_combo = self.risk.care_injury_combo
        column.addWidget(self.risk)

        answer_group = QGroupBox(self.tr("Answer from the receiving organisation"))
        form = QFormLayout(answer_group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.external_ref = QLineEdit()
        self.external_ref.setPlaceholderText(self.tr("e.g. the case number in MedControl PRO"))
        self.external_ref.setToolTip(
            self.tr(
                "The number of the case in the reporting organisation's own system "
                "(MedControl PRO in VG). The case itself is handled there."
            )
        )
        self.errors.row(form, self.tr("E&xternal reference:"), "external_ref", self.external_ref)

        self.answer_due_date = date_edit()
        self.due_note = note_label()
        due_row = QHBoxLayout()
        due_row.addWidget(self.answer_due_date)
        due_row.addStretch()
        self.errors.row(
            form,
            self.tr("Answer d&ue:"),
            "answer_due_date",
            self.answer_due_date,
            content=due_row,
            note=self.due_note,
        )

        self.answer_cause = text_box(46)
        self.answer_measures = text_box(46)
        self.answer_follow_up = text_box(46)
        self.errors.rows(
            form,
            (
                (self.tr("C&ause:"), "answer_cause", self.answer_cause),
                (self.tr("Measu&res:"), "answer_measures", self.answer_measures),
                (self.tr("F&ollow-up:"), "answer_follow_up", self.answer_follow_up),
            ),
        )
        self.answered_label = plain_label()
        self.answered_label.setWordWrap(False)
        form.addRow(self.tr("Answered:"), self.answered_label)
        column.addWidget(answer_group)

        escalation_group = QGroupBox(self.tr("Recurring problems"))
        escalation_form = QFormLayout(escalation_group)
        self.system_error = QCheckBox(self.tr("S&ystem error: a recurring problem to escalate"))
        self.system_error.setToolTip(
            self.tr(
                "Mark deviations that show a fault in how the collaboration is organised, not a one-off."
            )
        )
        escalation_form.addRow(self.system_error)
        self.escalated_combo = QComboBox()
        self.escalated_combo.addItem(self.tr("Not escalated"), None)
        for choice in ESCALATION_LEVELS:
            self.escalated_combo.addItem(choice.label, choice.code)
        escalation_form.addRow(self.tr("Esca&lated to:"), self.escalated_combo)
        column.addWidget(escalation_group)
        column.addStretch()
        return column

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.event_date,
            self.reported_date,
            self.type_combo,
            self.category_combo,
            self.reporting_combo,
            self.receiving_combo,
            self.description,
            self.immediate_actions,
            self.suggested_improvement,
            self.risk_picker,
            self.care_injury_combo,
            self.external_ref,
            self.answer_due_date,
            self.answer_cause,
            self.answer_measures,
            self.answer_follow_up,
            self.system_error,
            self.escalated_combo,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- loading ---------------------------------------------------------------------------

    @staticmethod
    def text_editor_names() -> tuple[str, ...]:
        return (
            "description",
            "immediate_actions",
            "suggested_improvement",
            "external_ref",
            "answer_cause",
            "answer_measures",
            "answer_follow_up",
        )

    def text_editors(self) -> dict[str, QLineEdit | QPlainTextEdit]:
        return {name: getattr(self, name) for name in self.text_editor_names()}

    def _update_privacy_note(self) -> None:
        """A calm reminder while the text has no number; a warning once one is typed."""
        text = self.description.toPlainText()
        warning = bool(_DIGIT_RUN.search(text))
        if warning == self.description_note.property("warning"):
            return
        self.description_note.setProperty("warning", warning)
        self.description_note.setStyleSheet(WARNING_NOTE_STYLE if warning else NOTE_STYLE)

    def _select(self, combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index < 0 and value is not None:
            # An organisation or category this copy does not know (imported): show its code.
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def _load(self) -> None:
        if self.deviation_id is None:
            self.setWindowTitle(self.tr("New deviation"))
            self.answer_due.set_default()
            self._refresh_state_area()
            self.risk.refresh()
            self.event_date.setFocus()
            return
        record = self.store.record("deviations", self.deviation_id)
        self.record = record
        self.setWindowTitle(
            self.tr("Deviation reported {date}").format(date=record["reported_date"])
        )
        set_iso(self.event_date, record["event_date"])
        set_iso(self.reported_date, record["reported_date"])
        self._select(self.type_combo, record["deviation_type"])
        self._select(self.category_combo, record["category_code"])
        self._select(self.reporting_combo, record["reporting_organisation_id"])
        self._select(self.receiving_combo, record["receiving_organisation_id"])
        for field, editor in self.text_editors().items():
            text = record[field] or ""
            editor.setText(text) if isinstance(editor, QLineEdit) else editor.setPlainText(text)
        self.risk_picker.setValue(record["consequence"], record["likelihood"])
        self._select(self.care_injury_combo, record["care_injury"])
        self.risk.refresh()
        self.answer_due.show_stored(record["reported_date"], record["answer_due_date"])
        self.system_error.setChecked(bool(record["system_error"]))
        self._select(self.escalated_combo, record["escalated_to"])
        self.read_only = self.banner.show_owner(self.store, "deviations", record)
        if self.read_only:
            self._make_read_only()
        self._refresh_state_area()

    def _make_read_only(self) -> None:
        set_read_only(
            (
                *self.text_editors().values(),
                self.event_date,
                self.reported_date,
                self.answer_due_date,
                self.type_combo,
                self.category_combo,
                self.reporting_combo,
                self.receiving_combo,
                self.care_injury_combo,
                self.escalated_combo,
                self.system_error,
                self.transition_date,
                self.create_activity_button,
            )
        )
        self.risk_picker.setReadOnly(True)
        self.save_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setDefault(True)

    def _refresh_state_area(self) -> None:
        self.state_panel.show_state(self.store, self.record, self.read_only)
        if self.record is None:
            self.answered_label.setText("–")
            self.activities_label.setText(
                self.tr("Save the deviation first; then you can link it to an activity.")
            )
            return
        self.answered_label.setText(self.record["answered_date"] or "–")
        activities = dev.activities_for_deviation(self.store, self.record["id"])
        if activities:
            self.activities_label.setText(
                "\n".join(
                    f"• {activity['title']} ({label_for(ACTIVITY_STATUSES, activity['status'])})"
                    for activity in activities
                )
            )
        else:
            self.activities_label.setText(self.tr("No activity linked yet."))

    # --- saving -------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        def text(editor: QLineEdit | QPlainTextEdit) -> str:
            return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()

        values: dict[str, Any] = {
            field: text(editor) for field, editor in self.text_editors().items()
        }
        values.update(
            event_date=iso(self.event_date),
            reported_date=iso(self.reported_date),
            answer_due_date=iso(self.answer_due_date),
            deviation_type=self.type_combo.currentData(),
            category_code=self.category_combo.currentData(),
            reporting_organisation_id=self.reporting_combo.currentData(),
            receiving_organisation_id=self.receiving_combo.currentData(),
            consequence=self.risk_picker.consequence(),
            likelihood=self.risk_picker.likelihood(),
            care_injury=self.care_injury_combo.currentData(),
            system_error=self.system_error.isChecked(),
            escalated_to=self.escalated_combo.currentData(),
        )
        return values

    def clear_errors(self) -> None:
        self.errors.clear()
        self.form_error.clear()
        self.form_error.hide()

    def show_errors(self, errors: list[ValidationError]) -> None:
        """Each message next to its field; one that names no field goes under the form."""
        rest = self.errors.show_all(errors)
        if rest:
            show_message(self.form_error, rest[0].user_message())

    def visible_errors(self) -> dict[str, str]:
        shown = self.errors.visible()
        if not self.form_error.isHidden():
            shown["form"] = self.form_error.text()
        return shown

    def check_fields(self) -> bool:
        """The core's checks a user can fix in place, all shown at once before saving."""
        self.clear_errors()
        self.show_errors(dev.deviation_problems(self.store, self.values()))
        return not self.visible_errors()

    def _confirm_identifiers(self) -> bool:
        if not self.errors.has_privacy_hits():
            return True
        return confirm(
            self,
            self.tr("Personal identity number in the text"),
            self.tr(
                "A text looks like it holds a personal identity number. Save anyway? The "
                "deviation will be flagged and the text cannot leave the group until the "
                "number is removed."
            ),
        )

    def _changed_values(self) -> dict[str, Any]:
        """The fields that differ from the stored record (empty for an unchanged form)."""
        if self.record is None:
            return self.values()
        changed = {}
        for field, value in self.values().items():
            stored = self.record[field]
            if field in dev.TEXT_FIELDS:
                same = (value if value.strip() else None) == stored
            elif field == "system_error":
                same = bool(value) == bool(stored)
            else:
                same = value == stored
            if not same:
                changed[field] = value
        return changed

    def save(self) -> bool:
        """Write the form; True when it is stored (or nothing needed storing)."""
        if self.read_only:
            return False
        if not self.check_fields() or not self._confirm_identifiers():
            return False
        try:
            if self.deviation_id is None:
                self.deviation_id = dev.create_deviation(self.store, self.values())
            else:
                changes = self._changed_values()
                if not changes:
                    return True
                dev.update_deviation(self.store, self.deviation_id, changes)
        except ValidationError as error:
            self.show_errors([error])
            return False
        except Exception as error:  # noqa: BLE001 - reported to the user, nothing half-saved
            show_error(self, error)
            return False
        self.record = self.store.record("deviations", self.deviation_id)
        self.deviation_saved.emit(self.deviation_id)
        return True

    def save_and_close(self) -> None:
        if self.read_only:
            self.reject()
            return
        if self.save():
            self.accept()

    def change_state(self, to_state: str) -> bool:
        if self.record is None or self.read_only:
            return False
        if to_state == "misregistered" and not confirm(
            self,
            self.tr("Registered in error"),
            self.tr(
                "Mark this deviation as registered in error? It stays in the log but is left "
                "out of the follow-up, and it cannot be reopened."
            ),
        ):
            return False
        # Unsaved edits go first, so the state never moves on a form the user has not kept.
        if not self.save():
            return False
        try:
            dev.change_state(
                self.store, self.record["id"], to_state, on=self.state_panel.moved_on()
            )
        except ValidationError as error:
            self.show_errors([error])
            return False
        except NarvardError as error:
            show_error(self, error)
            return False
        self.record = self.store.record("deviations", self.record["id"])
        self._refresh_state_area()
        self.deviation_saved.emit(self.record["id"])
        return True

    def create_improvement_activity(self) -> str | None:
        if self.read_only or not self.save() or self.record is None:
            return None
        # The plan section lends its dialog through the registry.
        dialog = build_offered("improvement_activity", self.store, [self.record["id"]], self)
        if not dialog.has_plans():
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("No action plan"),
                self.tr("The group has no action plan yet. Create one under Action plan first."),
                parent=self,
            )
            box.exec()
            return None
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self._refresh_state_area()
        self.deviation_saved.emit(self.record["id"])
        return dialog.activity_id
