"""The avvikelse editor: log a new one quickly, follow it through its lifecycle.

Built for keyboard entry: today's dates, "inträffad" and Registrerad are preset, the
tab order runs top to bottom (left column, then right), Tab leaves the text boxes,
and Ctrl+S or Enter saves. Records owned by another group open read-only with their
source shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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

from narvard_desktop import clock
from narvard_desktop.domain import (
    ACTIVITY_STATUSES,
    CARE_INJURY,
    DEVIATION_STATES,
    DEVIATION_TYPES,
    ESCALATION_LEVELS,
    label_for,
)
from narvard_desktop.errors import NarvardError, ValidationError
from narvard_desktop.exchange.provenance import provenance
from narvard_desktop.services import deviations as dev
from narvard_desktop.services.directory import organisation_choices
from narvard_desktop.store import Store
from narvard_desktop.store.records import get_record
from narvard_desktop.ui.deviations.risk_picker import RiskPicker
from narvard_desktop.ui.kit.operations import show_error
from narvard_desktop.ui.kit.privacy_hint import PrivacyHint
from narvard_desktop.ui.kit.questions import confirm

ERROR_STYLE = "color: #b42318;"
_NOTE_STYLE = "color: #44525e; font-style: italic;"
_WARNING_NOTE_STYLE = (
    "color: #8a1c14; background: #fdecea; border: 1px solid #f1aeb5; border-radius: 4px;"
    " padding: 4px;"
)


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(clock.today()))
    return edit


def iso(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


def set_iso(edit: QDateEdit, text: str | None) -> None:
    if text:
        edit.setDate(QDate.fromString(text, "yyyy-MM-dd"))


def text_box(height: int = 52) -> QPlainTextEdit:
    box = QPlainTextEdit()
    # Tab moves on to the next field: keyboard entry matters more than tab characters.
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class DeviationDialog(QDialog):
    """Create (deviation_id=None) or open one avvikelse."""

    saved = Signal(str)  # the id, after every successful write

    def __init__(
        self, store: Store, deviation_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.deviation_id = deviation_id
        self.record: dict[str, Any] | None = None
        self.read_only = False
        self.threshold, self.answer_days = dev.group_rules(store)
        self._due_follows_reported = True
        self.errors: dict[str, QLabel] = {}
        self.hints: dict[str, PrivacyHint] = {}
        self.setWindowTitle(self.tr("Deviation"))
        self.resize(1120, 780)

        outer = QVBoxLayout(self)
        self.source_label = QLabel()
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label.setWordWrap(True)
        self.source_label.setStyleSheet(_WARNING_NOTE_STYLE)
        self.source_label.hide()
        outer.addWidget(self.source_label)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.addLayout(self._build_event_column(), 1)
        columns.addLayout(self._build_assessment_column(), 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.form_error = QLabel()
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)
        self.form_error.setWordWrap(True)
        self.form_error.setStyleSheet(ERROR_STYLE)
        self.form_error.hide()
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

    def _error_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        self.errors[field] = label
        return label

    def _with_extras(self, field: str, editor: QWidget, note: QLabel | None = None) -> QWidget:
        """The editor with, below it, an optional note, its privacy hint and its error."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        if note is not None:
            layout.addWidget(note)
        if isinstance(editor, QLineEdit | QPlainTextEdit):
            hint = PrivacyHint(editor, box)
            self.hints[field] = hint
            layout.addWidget(hint)
        layout.addWidget(self._error_label(field))
        return box

    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(_NOTE_STYLE)
        return label

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
        self.reported_date.dateChanged.connect(self._reported_changed)
        dates = QHBoxLayout()
        dates.addWidget(self.event_date)
        dates.addWidget(QLabel(self.tr("Re&ported:")))
        dates.itemAt(1).widget().setBuddy(self.reported_date)
        dates.addWidget(self.reported_date)
        dates.addStretch()
        dates_box = QWidget()
        dates_layout = QVBoxLayout(dates_box)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.addLayout(dates)
        dates_layout.addWidget(self._error_label("event_date"))
        form.addRow(self.tr("&Event date:"), dates_box)
        form.labelForField(dates_box).setBuddy(self.event_date)

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
        self.category_combo.setToolTip(self.tr("The kind of samverkan situation it arose in."))
        form.addRow(self.tr("&Category:"), self._with_extras("category_code", self.category_combo))

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
        form.addRow(self.tr("Reportin&g organisation:"), self.reporting_combo)
        form.addRow(self.tr("Rece&iving organisation:"), self.receiving_combo)

        self.description = text_box(80)
        self.description.setPlaceholderText(
            self.tr("What happened, where in the chain of care, and what the consequence was.")
        )
        description_note = self._note(
            self.tr("Describe what happened – never who. No names or personal identity numbers.")
        )
        description_note.setObjectName("privacyNote")
        description_note.setStyleSheet("color: #8a1c14; font-weight: 600;")
        form.addRow(
            self.tr("&Description:"),
            self._with_extras("description", self.description, description_note),
        )
        form.labelForField(self.description.parentWidget()).setBuddy(self.description)

        self.immediate_actions = text_box()
        form.addRow(
            self.tr("I&mmediate actions:"),
            self._with_extras("immediate_actions", self.immediate_actions),
        )
        form.labelForField(self.immediate_actions.parentWidget()).setBuddy(self.immediate_actions)
        self.suggested_improvement = text_box()
        form.addRow(
            self.tr("Suggested impro&vement:"),
            self._with_extras("suggested_improvement", self.suggested_improvement),
        )
        form.labelForField(self.suggested_improvement.parentWidget()).setBuddy(
            self.suggested_improvement
        )
        column.addWidget(group)

        state_group = QGroupBox(self.tr("State"))
        state_layout = QVBoxLayout(state_group)
        self.state_label = QLabel()
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label.setStyleSheet("font-weight: 600;")
        state_layout.addWidget(self.state_label)
        self.history_label = QLabel()
        self.history_label.setTextFormat(Qt.TextFormat.PlainText)
        self.history_label.setWordWrap(True)
        self.history_label.setStyleSheet(_NOTE_STYLE)
        state_layout.addWidget(self.history_label)
        move_row = QHBoxLayout()
        self.transition_label = QLabel(self.tr("Move on, dated:"))
        move_row.addWidget(self.transition_label)
        self.transition_date = date_edit()
        self.transition_date.setToolTip(self.tr("The date the change of state is logged with."))
        move_row.addWidget(self.transition_date)
        self.transition_row = QHBoxLayout()
        move_row.addLayout(self.transition_row)
        move_row.addStretch()
        state_layout.addLayout(move_row)
        self.transition_buttons: dict[str, QPushButton] = {}
        column.addWidget(state_group)

        activity_group = QGroupBox(self.tr("Improvement activities"))
        activity_layout = QVBoxLayout(activity_group)
        self.activities_label = QLabel()
        self.activities_label.setTextFormat(Qt.TextFormat.PlainText)
        self.activities_label.setWordWrap(True)
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
        risk_group = QGroupBox(self.tr("Risk"))
        risk_layout = QVBoxLayout(risk_group)
        self.risk_picker = RiskPicker(self.store.reference)
        self.risk_picker.valueChanged.connect(self._risk_changed)
        risk_layout.addWidget(self.risk_picker, alignment=Qt.AlignmentFlag.AlignLeft)
        self.risk_text = QLabel()
        self.risk_text.setTextFormat(Qt.TextFormat.PlainText)
        self.risk_text.setWordWrap(True)
        risk_layout.addWidget(self.risk_text)

        injury_form = QFormLayout()
        self.care_injury_combo = QComboBox()
        for choice in CARE_INJURY:
            self.care_injury_combo.addItem(choice.label, choice.code)
        self.care_injury_combo.currentIndexChanged.connect(self._care_injury_changed)
        injury_form.addRow(self.tr("Care in&jury:"), self.care_injury_combo)
        risk_layout.addLayout(injury_form)
        self.lex_note = self._note(
            self.tr(
                "Lex Maria and Lex Sarah are handled in each organisation's own process and "
                "system, not here."
            )
        )
        risk_layout.addWidget(self.lex_note)
        column.addWidget(risk_group)

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
        form.addRow(
            self.tr("E&xternal reference:"), self._with_extras("external_ref", self.external_ref)
        )
        form.labelForField(self.external_ref.parentWidget()).setBuddy(self.external_ref)

        self.answer_due_date = date_edit()
        self.answer_due_date.dateChanged.connect(self._due_edited)
        self.due_note = self._note("")
        due_box = QWidget()
        due_layout = QVBoxLayout(due_box)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.setSpacing(2)
        due_layout.addWidget(self.answer_due_date, alignment=Qt.AlignmentFlag.AlignLeft)
        due_layout.addWidget(self.due_note)
        due_layout.addWidget(self._error_label("answer_due_date"))
        form.addRow(self.tr("Answer d&ue:"), due_box)
        form.labelForField(due_box).setBuddy(self.answer_due_date)

        self.answer_cause = text_box(46)
        self.answer_measures = text_box(46)
        self.answer_follow_up = text_box(46)
        for field, editor, label in (
            ("answer_cause", self.answer_cause, self.tr("C&ause:")),
            ("answer_measures", self.answer_measures, self.tr("Measu&res:")),
            ("answer_follow_up", self.answer_follow_up, self.tr("F&ollow-up:")),
        ):
            form.addRow(label, self._with_extras(field, editor))
            form.labelForField(editor.parentWidget()).setBuddy(editor)
        self.answered_label = QLabel()
        self.answered_label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Answered:"), self.answered_label)
        column.addWidget(answer_group)

        escalation_group = QGroupBox(self.tr("Recurring problems"))
        escalation_form = QFormLayout(escalation_group)
        self.system_error = QCheckBox(self.tr("S&ystem error: a recurring problem to escalate"))
        self.system_error.setToolTip(
            self.tr(
                "Mark deviations that show a fault in how samverkan is organised, not a one-off."
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
        return {
            "description": self.description,
            "immediate_actions": self.immediate_actions,
            "suggested_improvement": self.suggested_improvement,
            "external_ref": self.external_ref,
            "answer_cause": self.answer_cause,
            "answer_measures": self.answer_measures,
            "answer_follow_up": self.answer_follow_up,
        }

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
            self._set_default_due()
            self._refresh_state_area()
            self._risk_changed(None)
            self._care_injury_changed()
            self.event_date.setFocus()
            return
        record = get_record(self.store.db, "deviations", self.deviation_id)
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
        self._risk_changed(self.risk_picker.value())
        self._select(self.care_injury_combo, record["care_injury"])
        self._care_injury_changed()
        self._due_follows_reported = record["answer_due_date"] == dev.default_answer_due_date(
            self.store, record["reported_date"]
        )
        set_iso(self.answer_due_date, record["answer_due_date"])
        self._update_due_note()
        self.system_error.setChecked(bool(record["system_error"]))
        self._select(self.escalated_combo, record["escalated_to"])
        self.read_only = record["group_id"] != self.store.own_group_id
        if self.read_only:
            self._make_read_only()
        self._refresh_state_area()

    def _make_read_only(self) -> None:
        source = provenance(self.store.db, "deviations", self.deviation_id or "")
        self.source_label.setText(
            self.tr(
                "Imported from another group and shown read-only; only the owner can change "
                "it. Source: {source}"
            ).format(source=source.label() if source else (self.record or {}).get("group_id", ""))
        )
        self.source_label.show()
        for editor in self.text_editors().values():
            editor.setReadOnly(True)
        for widget in (
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
        ):
            widget.setEnabled(False)
        self.risk_picker.setReadOnly(True)
        self.save_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setDefault(True)

    def _refresh_state_area(self) -> None:
        for button in self.transition_buttons.values():
            self.transition_row.removeWidget(button)
            button.deleteLater()
        self.transition_buttons.clear()
        if self.record is None:
            self.state_label.setText(
                self.tr("New: saved as {state}.").format(
                    state=label_for(DEVIATION_STATES, "registered")
                )
            )
            self.history_label.setText("")
            self.answered_label.setText("–")
            self.activities_label.setText(
                self.tr("Save the deviation first; then you can link it to an activity.")
            )
            self.transition_label.hide()
            self.transition_date.hide()
            return
        state = self.record["state"]
        text = label_for(DEVIATION_STATES, state)
        overdue = dev.is_overdue(state, self.record["answer_due_date"])
        if overdue:
            text = self.tr("{state} – the answer is overdue").format(state=text)
        self.state_label.setText(text)
        self.state_label.setStyleSheet(
            "font-weight: 600;" + (" color: #b42318;" if overdue else "")
        )
        events = dev.deviation_events(self.store, self.record["id"])
        self.history_label.setText(
            "\n".join(
                f"{event['changed_on']}  {label_for(DEVIATION_STATES, event['to_state'])}"
                for event in events
            )
        )
        self.answered_label.setText(self.record["answered_date"] or "–")
        next_states = dev.allowed_next_states(state)
        self.transition_label.setVisible(bool(next_states) and not self.read_only)
        self.transition_date.setVisible(bool(next_states) and not self.read_only)
        if not self.read_only:
            for to_state in next_states:
                button = QPushButton(label_for(DEVIATION_STATES, to_state))
                button.setToolTip(
                    self.tr("Change the state to {state}, dated with the date beside.").format(
                        state=label_for(DEVIATION_STATES, to_state)
                    )
                )
                button.setAutoDefault(False)
                button.clicked.connect(lambda _=False, s=to_state: self.change_state(s))
                self.transition_row.addWidget(button)
                self.transition_buttons[to_state] = button
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

    # --- reactions ---------------------------------------------------------------------------

    def _default_due(self) -> str:
        return dev.default_answer_due_date(self.store, iso(self.reported_date))

    def _set_default_due(self) -> None:
        self._setting_due = True
        set_iso(self.answer_due_date, self._default_due())
        self._setting_due = False
        self._due_follows_reported = True
        self._update_due_note()

    def _reported_changed(self) -> None:
        if self._due_follows_reported:
            self._set_default_due()
        else:
            self._update_due_note()

    def _due_edited(self) -> None:
        if getattr(self, "_setting_due", False):
            return
        self._due_follows_reported = iso(self.answer_due_date) == self._default_due()
        self._update_due_note()

    def _update_due_note(self) -> None:
        if iso(self.answer_due_date) == self._default_due():
            self.due_note.setText(
                self.tr("Default: {days} days after the reported date.").format(
                    days=self.answer_days
                )
            )
        else:
            self.due_note.setText(
                self.tr("Changed from the default {date}.").format(date=self._default_due())
            )

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
            self.risk_text.setStyleSheet("color: #b42318; font-weight: 600;")
        else:
            self.risk_text.setText(self.risk_picker.describe())
            self.risk_text.setStyleSheet("")

    def _care_injury_changed(self) -> None:
        injured = self.care_injury_combo.currentData() not in (None, "none")
        self.lex_note.setStyleSheet(_WARNING_NOTE_STYLE if injured else _NOTE_STYLE)

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

    def _show_field_error(self, field: str, message: str) -> None:
        label = self.errors[field]
        label.setText(message)
        label.show()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.form_error.clear()
        self.form_error.hide()

    def visible_errors(self) -> dict[str, str]:
        shown = {
            field: label.text() for field, label in self.errors.items() if not label.isHidden()
        }
        if not self.form_error.isHidden():
            shown["form"] = self.form_error.text()
        return shown

    def check_fields(self) -> bool:
        """The checks a user can fix in place, each shown next to its field."""
        self.clear_errors()
        values = self.values()
        first: QWidget | None = None
        if values["event_date"] > values["reported_date"]:
            self._show_field_error(
                "event_date", self.tr("The event date cannot be after the reported date.")
            )
            first = first or self.event_date
        if values["category_code"] is None:
            self._show_field_error("category_code", self.tr("Choose a category."))
            first = first or self.category_combo
        if not values["description"].strip():
            self._show_field_error(
                "description", self.tr("Describe what happened (never who it happened to).")
            )
            first = first or self.description
        if values["answer_due_date"] < values["reported_date"]:
            self._show_field_error(
                "answer_due_date",
                self.tr("The answer due date cannot be before the reported date."),
            )
            first = first or self.answer_due_date
        if first is not None:
            first.setFocus()
            return False
        return True

    def _confirm_identifiers(self) -> bool:
        if not any(hint.has_hits() for hint in self.hints.values()):
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
            self.form_error.setText(error.user_message())
            self.form_error.show()
            return False
        except Exception as error:  # noqa: BLE001 - reported to the user, nothing half-saved
            show_error(self, error)
            return False
        self.record = get_record(self.store.db, "deviations", self.deviation_id)
        self.saved.emit(self.deviation_id)
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
            dev.change_state(self.store, self.record["id"], to_state, on=iso(self.transition_date))
        except ValidationError as error:
            self.form_error.setText(error.user_message())
            self.form_error.show()
            return False
        except NarvardError as error:
            show_error(self, error)
            return False
        self.record = get_record(self.store.db, "deviations", self.record["id"])
        self._refresh_state_area()
        self.saved.emit(self.record["id"])
        return True

    def create_improvement_activity(self) -> str | None:
        if self.read_only or not self.save() or self.record is None:
            return None
        # Imported here: that dialog borrows this module's date helpers.
        from narvard_desktop.ui.plan.improvement_activity_dialog import ImprovementActivityDialog

        dialog = ImprovementActivityDialog(self.store, [self.record["id"]], self)
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
        self.saved.emit(self.record["id"])
        return dialog.activity_id
