"""The activity editor: the side panel of the plan view, with the activity's progress notes.

Ctrl+S saves, Esc closes (asking first when something was changed), and an
activity owned by another group is shown read-only with where it came from.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop import clock
from narvard_desktop.domain import ACTIVITY_STATUSES
from narvard_desktop.errors import NarvardError
from narvard_desktop.services import activities as activity_service
from narvard_desktop.services.action_plans import list_goals
from narvard_desktop.services.directory import name_of, organisation_choices, people_choices
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.date_fields import DateField
from narvard_desktop.ui.kit.forms import (
    FieldErrors,
    RecordBanner,
    error_label,
    set_read_only,
    text_box,
)
from narvard_desktop.ui.kit.privacy_hint import PrivacyHint
from narvard_desktop.ui.kit.questions import confirm, show_error
from narvard_desktop.ui.plan.activity_model import DELAYED_RED

ID_ROLE = Qt.ItemDataRole.UserRole


def own_organisations(store: Store) -> list[tuple[str, str]]:
    """Only the group's own organisations can be responsible for its activities."""
    return organisation_choices(store, own_only=True)


def own_people(store: Store) -> list[tuple[str, str]]:
    return people_choices(store, own_only=True)


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


class ActivityEditor(QWidget):
    """Form for one activity; emits `activity_saved` with its id after every successful save."""

    activity_saved = Signal(str)
    deleted = Signal(str)
    closed = Signal()

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.plan_id: str | None = None
        self.activity_id: str | None = None
        self.record: dict[str, Any] | None = None
        self.read_only = False
        self._dirty = False
        self._loading = False
        self.last_author = ""
        self.errors = FieldErrors("activities")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        body = QWidget()
        body.setObjectName("card")
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        self.heading = QLabel()
        self.heading.setObjectName("cardTitle")
        layout.addWidget(self.heading)
        self.banner = RecordBanner()
        layout.addWidget(self.banner)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("What is to be done, in a few words"))
        self.description_edit = text_box(80)
        self.goal_combo = QComboBox()
        self.goal_combo.setToolTip(self.tr("The goal of the plan this activity works towards."))
        self.way_combo = QComboBox()
        self.way_combo.setToolTip(
            self.tr(
                "Which of the Färdplan's six ways of working (A1–A6) or five "
                "prerequisites (F1–F5) the activity develops."
            )
        )
        self.status_combo = QComboBox()
        for choice in ACTIVITY_STATUSES:
            self.status_combo.addItem(choice.label, choice.code)
        self.delayed_label = QLabel(
            self.tr("Delayed: the due date has passed and the activity is not done.")
        )
        self.delayed_label.setStyleSheet(f"color: {DELAYED_RED.name()}; font-weight: 600;")
        self.delayed_label.setWordWrap(True)
        self.delayed_label.hide()
        status_box = QWidget()
        status_layout = QVBoxLayout(status_box)
        status_layout.setContentsMargins(0, 0, 0, 0)
        status_layout.addWidget(self.status_combo)
        status_layout.addWidget(self.delayed_label)
        status_box.setFocusProxy(self.status_combo)
        self.organisation_combo = QComboBox()
        self.person_combo = QComboBox()
        self.participants_model = QStandardItemModel(self)
        self.participants_view = QListView()
        self.participants_view.setModel(self.participants_model)
        self.participants_view.setFixedHeight(96)
        self.participants_view.setToolTip(
            self.tr("Tick every organisation that takes part. Space ticks the marked row.")
        )
        self.start_edit = DateField()
        self.due_edit = DateField()
        self.due_edit.setToolTip(
            self.tr("The date the activity should be done by. Write it as YYYY-MM-DD.")
        )
        self.checkin_edit = DateField()
        self.checkin_edit.setToolTip(
            self.tr("When the group next follows up the activity, usually a meeting date.")
        )

        self.errors.rows(
            form,
            (
                (self.tr("&Activity:"), "title", self.title_edit),
                (self.tr("&Description:"), "description", self.description_edit),
                (self.tr("&Goal:"), "goal_id", self.goal_combo),
                (self.tr("&Way of working:"), "way_code", self.way_combo),
                (self.tr("Stat&us:"), "status", status_box),
                (self.tr("&Responsible:"), "responsible_organisation_id", self.organisation_combo),
                (self.tr("Responsible &person:"), "responsible_person_id", self.person_combo),
                (
                    self.tr("Ta&king part:"),
                    "participating_organisation_ids",
                    self.participants_view,
                ),
                (self.tr("S&tart:"), "start_date", self.start_edit),
                (self.tr("Due &by:"), "due_date", self.due_edit),
                (self.tr("&Next check-in:"), "next_checkin_date", self.checkin_edit),
            ),
        )
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the activity (Ctrl+S)."))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)."))
        self.cancel_button.clicked.connect(self.cancel)
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.clicked.connect(self.delete)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)

        layout.addWidget(self._build_notes())
        layout.addStretch()

        for signal in (
            self.title_edit.textChanged,
            self.description_edit.textChanged,
            self.goal_combo.currentIndexChanged,
            self.way_combo.currentIndexChanged,
            self.status_combo.currentIndexChanged,
            self.organisation_combo.currentIndexChanged,
            self.person_combo.currentIndexChanged,
            self.participants_model.itemChanged,
            self.start_edit.textChanged,
            self.due_edit.textChanged,
            self.checkin_edit.textChanged,
        ):
            signal.connect(self._changed)
        self.title_edit.returnPressed.connect(self.save)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        save = QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save, context=context)
        save.setWhatsThis(self.tr("Save the activity"))
        cancel = QShortcut(
            QKeySequence(Qt.Key.Key_Escape), self, activated=self.cancel, context=context
        )
        cancel.setWhatsThis(self.tr("Discard the changes to the activity"))
        # Long names must not widen the panel: the combos shrink and show the rest on hover.
        for combo in (
            self.goal_combo,
            self.way_combo,
            self.organisation_combo,
            self.person_combo,
            self.status_combo,
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self._fill_choices()
        self._set_enabled(False)

    def _build_notes(self) -> QGroupBox:
        box = QGroupBox(self.tr("Progress notes"))
        layout = QVBoxLayout(box)
        self.notes_model = QStandardItemModel(self)
        self.notes_view = QListView()
        self.notes_view.setModel(self.notes_model)
        self.notes_view.setWordWrap(True)
        self.notes_view.setMinimumHeight(110)
        self.notes_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.notes_view)
        row = QHBoxLayout()
        self.note_date = DateField()
        self.note_date.setFixedWidth(130)
        self.note_author = QLineEdit()
        self.note_author.setPlaceholderText(self.tr("Who writes"))
        self.note_author.setFixedWidth(150)
        row.addWidget(self.note_date)
        row.addWidget(self.note_author)
        layout.addLayout(row)
        # The author's name is printed with the note: it can leave the group too.
        layout.addWidget(PrivacyHint.watch(self.note_author))
        self.note_text = QLineEdit()
        self.note_text.setPlaceholderText(
            self.tr("What has happened since last time? Enter adds the note.")
        )
        self.note_text.returnPressed.connect(self.add_note)
        self.note_errors = FieldErrors("progress_notes")
        text_row = QHBoxLayout()
        text_row.addWidget(self.note_errors.box("text", self.note_text), 1)
        self.add_note_button = QPushButton(self.tr("Add &note"))
        self.add_note_button.clicked.connect(self.add_note)
        text_row.addWidget(self.add_note_button, alignment=Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text_row)
        # Date and author errors are rare; they share one line under the row.
        self.note_error = error_label()
        layout.addWidget(self.note_error)
        self.notes_hint = QLabel(self.tr("Save the activity first, then add progress notes."))
        self.notes_hint.setObjectName("hint")
        layout.addWidget(self.notes_hint)
        self.notes_box = box
        return box

    # --- choices -------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        self._loading = True
        self.way_combo.clear()
        self.way_combo.addItem(self.tr("– not chosen –"), None)
        for way in self.store.reference.ways_of_working():
            self.way_combo.addItem(f"{way['code']} {way['name']}", way["code"])
        self.organisation_combo.clear()
        self.organisation_combo.addItem(self.tr("– not chosen –"), None)
        self.participants_model.clear()
        for org_id, name in own_organisations(self.store):
            self.organisation_combo.addItem(name, org_id)
            item = QStandardItem(name)
            item.setData(org_id, ID_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            self.participants_model.appendRow(item)
        self.person_combo.clear()
        self.person_combo.addItem(self.tr("– not chosen –"), None)
        for person_id, name in own_people(self.store):
            self.person_combo.addItem(name, person_id)
        self._loading = False

    def _fill_goals(self) -> None:
        self.goal_combo.clear()
        self.goal_combo.addItem(self.tr("– no goal –"), None)
        if self.plan_id:
            for goal in list_goals(self.store, self.plan_id):
                self.goal_combo.addItem(goal["title"], goal["id"])

    def _ensure_choice(self, combo: QComboBox, table: str, record_id: str | None) -> None:
        """An organisation or person the lists do not hold (another group's): show its name."""
        if record_id and combo.findData(record_id) < 0:
            combo.addItem(name_of(self.store, table, record_id), record_id)

    # --- loading -------------------------------------------------------------------------

    def new_activity(self, plan_id: str, goal_id: str | None = None) -> None:
        self.plan_id, self.activity_id, self.record = plan_id, None, None
        self._loading = True
        self._fill_choices()
        self._loading = True
        self._fill_goals()
        self.heading.setText(self.tr("New activity"))
        self.banner.show_owner(self.store, "activities", None)
        self.title_edit.clear()
        self.description_edit.clear()
        select_data(self.goal_combo, goal_id)
        select_data(self.way_combo, None)
        select_data(self.status_combo, "not_started")
        select_data(self.organisation_combo, None)
        select_data(self.person_combo, None)
        self._check_participants([])
        for edit in (self.start_edit, self.due_edit, self.checkin_edit):
            edit.clear()
        self.delayed_label.hide()
        self._load_notes()
        self.read_only = False
        self._set_enabled(True)
        self.delete_button.setEnabled(False)
        self.errors.clear()
        self._loading = False
        self._dirty = False
        self.title_edit.setFocus()

    def load(self, activity_id: str) -> None:
        record = activity_service.get_activity(self.store, activity_id, self.today)
        self.plan_id, self.activity_id, self.record = (
            record["action_plan_id"],
            activity_id,
            record,
        )
        self._loading = True
        self._fill_choices()
        self._loading = True
        self._fill_goals()
        self.heading.setText(self.tr("Activity"))
        self.read_only = self.banner.show_owner(self.store, "activities", record)
        self.title_edit.setText(record["title"] or "")
        self.description_edit.setPlainText(record["description"] or "")
        if record["goal_id"] and self.goal_combo.findData(record["goal_id"]) < 0:
            self.goal_combo.addItem(record["goal_id"], record["goal_id"])
        select_data(self.goal_combo, record["goal_id"])
        select_data(self.way_combo, record["way_code"])
        select_data(self.status_combo, record["status"])
        self._ensure_choice(
            self.organisation_combo, "organisations", record["responsible_organisation_id"]
        )
        select_data(self.organisation_combo, record["responsible_organisation_id"])
        self._ensure_choice(self.person_combo, "people", record["responsible_person_id"])
        select_data(self.person_combo, record["responsible_person_id"])
        self._check_participants(record["participating_organisation_ids"])
        self.start_edit.set_value(record["start_date"])
        self.due_edit.set_value(record["due_date"])
        self.checkin_edit.set_value(record["next_checkin_date"])
        self.delayed_label.setVisible(bool(record["delayed"]))
        self._set_enabled(True)
        self._load_notes()
        self.errors.clear()
        self._loading = False
        self._dirty = False

    def _check_participants(self, ids: list[str]) -> None:
        known = set()
        for row in range(self.participants_model.rowCount()):
            item = self.participants_model.item(row)
            known.add(item.data(ID_ROLE))
            checked = item.data(ID_ROLE) in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for org_id in ids:
            if org_id not in known:
                item = QStandardItem(name_of(self.store, "organisations", org_id))
                item.setData(org_id, ID_ROLE)
                item.setCheckable(True)
                item.setEditable(False)
                item.setCheckState(Qt.CheckState.Checked)
                self.participants_model.appendRow(item)

    def _load_notes(self) -> None:
        self.notes_model.clear()
        self.note_errors.clear()
        self.note_error.hide()
        self.note_date.set_value(self.today or clock.today())
        self.note_author.setText(self.last_author)
        if not self.activity_id:
            return
        for note in activity_service.list_progress_notes(self.store, self.activity_id):
            heading = " · ".join(part for part in (note["note_date"], note["author"]) if part)
            item = QStandardItem(f"{heading}\n{note['text']}")
            item.setData(note["id"], ID_ROLE)
            item.setToolTip(note["text"])
            self.notes_model.appendRow(item)

    def _set_enabled(self, enabled: bool) -> None:
        editable = enabled and not self.read_only
        fields = (
            self.title_edit,
            self.description_edit,
            self.goal_combo,
            self.way_combo,
            self.status_combo,
            self.organisation_combo,
            self.person_combo,
            self.participants_view,
            self.start_edit,
            self.due_edit,
            self.checkin_edit,
        )
        for widget in fields:
            widget.setEnabled(enabled)
        set_read_only(fields, not editable)
        self.save_button.setVisible(not self.read_only)
        self.save_button.setEnabled(editable)
        self.delete_button.setVisible(not self.read_only)
        self.delete_button.setEnabled(editable and self.activity_id is not None)
        can_note = editable and self.activity_id is not None
        for widget in (self.note_date, self.note_author, self.note_text, self.add_note_button):
            widget.setEnabled(can_note)
        self.notes_hint.setVisible(editable and self.activity_id is None)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True

    def is_dirty(self) -> bool:
        return self._dirty

    # --- actions -------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        participants = [
            self.participants_model.item(row).data(ID_ROLE)
            for row in range(self.participants_model.rowCount())
            if self.participants_model.item(row).checkState() == Qt.CheckState.Checked
        ]
        return {
            "title": self.title_edit.text(),
            "description": self.description_edit.toPlainText(),
            "goal_id": self.goal_combo.currentData(),
            "way_code": self.way_combo.currentData(),
            "status": self.status_combo.currentData(),
            "responsible_organisation_id": self.organisation_combo.currentData(),
            "responsible_person_id": self.person_combo.currentData(),
            "participating_organisation_ids": participants,
            "start_date": self.start_edit.value(),
            "due_date": self.due_edit.value(),
            "next_checkin_date": self.checkin_edit.value(),
        }

    def save(self) -> bool:
        if self.read_only or self.plan_id is None:
            return False
        plan_id = self.plan_id

        def write() -> str:
            if self.activity_id is None:
                return activity_service.create_activity(self.store, plan_id, self.values())
            activity_service.update_activity(self.store, self.activity_id, self.values())
            return self.activity_id

        activity_id = self.errors.attempt(self, write)
        if activity_id is None:
            return False
        self.load(activity_id)
        self.activity_saved.emit(activity_id)
        return True

    def cancel(self) -> None:
        if self._dirty and not confirm(
            self,
            self.tr("Discard changes"),
            self.tr("The activity has changes that are not saved. Close without saving them?"),
        ):
            return
        self._dirty = False
        if self.activity_id:
            self.load(self.activity_id)
        self.closed.emit()

    def delete(self) -> None:
        if self.activity_id is None or self.read_only:
            return
        if not confirm(
            self,
            self.tr("Delete activity"),
            self.tr(
                "Delete the activity “{title}” and its progress notes? The deletion is "
                "also sent with the next export file."
            ).format(title=self.title_edit.text()[:80]),
        ):
            return
        activity_id = self.activity_id
        try:
            activity_service.delete_activity(self.store, activity_id)
        except NarvardError as error:
            show_error(self, error)
            return
        self.activity_id, self.record, self._dirty = None, None, False
        self._set_enabled(False)
        self.deleted.emit(activity_id)

    def add_note(self) -> bool:
        activity_id = self.activity_id
        if activity_id is None or self.read_only:
            return False
        values = {
            "note_date": self.note_date.value(),
            "author": self.note_author.text(),
            "text": self.note_text.text(),
        }
        written = self.note_errors.attempt(
            self,
            lambda: activity_service.add_progress_note(self.store, activity_id, values),
            # Date and author errors are rare; they share the line under the row.
            elsewhere=self.note_error,
        )
        if written is None:
            return False
        self.last_author = self.note_author.text().strip()
        self.note_text.clear()
        self._load_notes()
        self.note_text.setFocus()
        return True

    def note_texts(self) -> list[str]:
        return [self.notes_model.item(row).text() for row in range(self.notes_model.rowCount())]
