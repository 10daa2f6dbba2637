"""A meeting's details (when, where, kind, roles) and its attendance list.

Fields save themselves when the user leaves them (or presses Enter), so nothing
typed before the meeting starts is lost; a field the core rejects keeps its text
and the message says what to correct.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop import clock
from narvard_desktop.domain import MEETING_KINDS
from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.services import meetings as m
from narvard_desktop.services import members
from narvard_desktop.services.directory import people_choices
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.combos import show_whole_text
from narvard_desktop.ui.kit.date_fields import DateField
from narvard_desktop.ui.kit.forms import TEXT_LIMIT, FieldErrors, add_row, dialog_buttons
from narvard_desktop.ui.kit.privacy_hint import PrivacyHint, exempt, watch_cells
from narvard_desktop.ui.kit.questions import confirm, show_error
from narvard_desktop.ui.kit.sections import build_offered
from narvard_desktop.ui.meetings.models import AttendanceModel

_SAME_ADJUSTER = QT_TRANSLATE_NOOP(
    "Errors", "Choose two different minutes checkers, or leave the second one empty."
)


def time_field(parent: QWidget | None = None) -> QLineEdit:
    field = QLineEdit(parent)
    field.setMaxLength(20)
    field.setFixedWidth(80)
    exempt(field, "a time of day: the core stores it only as HH:MM")
    return field


def time_row(start: QLineEdit, end: QLineEdit) -> QHBoxLayout:
    """Start – end, kept to the left of the row."""
    times = QHBoxLayout()
    times.addWidget(start)
    times.addWidget(QLabel("–"))
    times.addWidget(end)
    times.addStretch()
    return times


def fill_people(combo: QComboBox, store: Store, none_label: str) -> None:
    """The group's people, with a "nobody" entry first (data None)."""
    combo.clear()
    combo.addItem(none_label, None)
    for person_id, name in people_choices(store, own_only=True):
        combo.addItem(name, person_id)


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


class NewMeetingDialog(QDialog):
    """Ask for date, time, place and kind; the agenda and attendance list come prefilled."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.meeting_id: str | None = None
        self.setWindowTitle(self.tr("New meeting"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        lead = QLabel(
            self.tr(
                "The agenda is filled in from the standard agenda and the group's people are "
                "put on the attendance list. You can change both afterwards."
            )
        )
        lead.setWordWrap(True)
        lead.setObjectName("hint")
        layout.addWidget(lead)
        form = QFormLayout()
        errors = FieldErrors("meetings")
        self.date = DateField()
        self.date.set_value(clock.today())
        form.addRow(self.tr("&Date:"), self.date)
        self.start = time_field()
        self.start.setPlaceholderText("13:00")
        self.end = time_field()
        self.end.setPlaceholderText("15:00")
        add_row(form, self.tr("&Time:"), time_row(self.start, self.end), self.start)
        self.place = QLineEdit()
        self.place.setMaxLength(TEXT_LIMIT)
        self.digital = QCheckBox(self.tr("D&igital meeting"))
        self.digital.toggled.connect(self.place.setDisabled)
        place_row = QVBoxLayout()
        place_row.addWidget(errors.box("place", self.place))
        place_row.addWidget(self.digital)
        add_row(form, self.tr("&Place:"), place_row, self.place)
        self.kind = QComboBox()
        for choice in MEETING_KINDS:
            self.kind.addItem(choice.label, choice.code)
        self.kind.setToolTip(
            self.tr(
                "Minutes (protokoll) are approved by minutes checkers and locked; meeting notes "
                "(minnesanteckningar) are less formal."
            )
        )
        form.addRow(self.tr("&Kind:"), self.kind)
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self, self.tr("&Create meeting")))

    def place_value(self) -> str | None:
        return m.DIGITAL_PLACE if self.digital.isChecked() else self.place.text()

    def accept(self) -> None:
        try:
            self.meeting_id = m.create_meeting(
                self.store,
                self.date.value(),
                start_time=self.start.text(),
                end_time=self.end.text(),
                place=self.place_value(),
                kind=self.kind.currentData(),
            )
        except Exception as error:  # noqa: BLE001 - shown; the dialog stays open to correct
            show_error(self, error)
            return
        super().accept()


class MeetingDetailsEditor(QGroupBox):
    """When, where, what kind, and who chairs, keeps the minutes and approves them."""

    edited = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Meeting details"))
        self.store = store
        self.meeting: dict[str, Any] | None = None
        self.read_only = False
        # The rows keep their natural height at the top; the space below stays empty
        # instead of being shared out between the rows.
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        errors = FieldErrors("meetings")

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(TEXT_LIMIT)
        self.title_edit.setPlaceholderText(self.tr("e.g. Samverkansmöte oktober"))
        self.title_edit.editingFinished.connect(lambda: self._save(title=self.title_edit.text()))
        errors.row(form, self.tr("T&itle:"), "title", self.title_edit)

        self.date = DateField()
        self.date.editingFinished.connect(lambda: self._save(meeting_date=self.date.value()))
        self.date.textChanged.connect(self._date_picked)
        form.addRow(self.tr("&Date:"), self.date)

        self.start = time_field()
        self.start.setToolTip(self.tr("Write the time as HH:MM, e.g. 13:00."))
        self.start.editingFinished.connect(lambda: self._save(start_time=self.start.text()))
        self.end = time_field()
        self.end.setToolTip(self.tr("Write the time as HH:MM, e.g. 15:00."))
        self.end.editingFinished.connect(lambda: self._save(end_time=self.end.text()))
        add_row(form, self.tr("&Time:"), time_row(self.start, self.end), self.start)

        self.place = QLineEdit()
        self.place.setMaxLength(TEXT_LIMIT)
        self.place.editingFinished.connect(self._save_place)
        self.digital = QCheckBox(self.tr("D&igital"))
        self.digital.setToolTip(self.tr("The meeting is held online; the place reads Digitalt."))
        self.digital.clicked.connect(self._digital_clicked)
        place_row = QHBoxLayout()
        place_row.addWidget(errors.box("place", self.place), 1)
        place_row.addWidget(self.digital, 0, Qt.AlignmentFlag.AlignTop)
        add_row(form, self.tr("&Place:"), place_row, self.place)

        self.kind = QComboBox()
        for choice in MEETING_KINDS:
            self.kind.addItem(choice.label, choice.code)
        self.kind.activated.connect(self._kind_chosen)
        form.addRow(self.tr("&Kind:"), self.kind)

        self.chair = QComboBox()
        self.chair.activated.connect(
            lambda _i: self._save(chair_person_id=self.chair.currentData())
        )
        form.addRow(self.tr("C&hair:"), self.chair)
        self.secretary = QComboBox()
        self.secretary.activated.connect(
            lambda _i: self._save(secretary_person_id=self.secretary.currentData())
        )
        form.addRow(self.tr("&Secretary:"), self.secretary)
        # One above the other: side by side a name would be cut in the narrow column.
        adjusters = QVBoxLayout()
        self.adjuster1 = QComboBox()
        self.adjuster2 = QComboBox()
        for combo in (self.adjuster1, self.adjuster2):
            combo.activated.connect(lambda _i: self._save_adjusters())
            adjusters.addWidget(combo, 1)
        adjuster_label = add_row(form, self.tr("&Minutes checkers:"), adjusters, self.adjuster1)
        adjuster_label.setToolTip(
            self.tr("One or two members who check and sign the minutes (justerare).")
        )
        self.approval_date = DateField()
        self.approval_date.setToolTip(
            self.tr("The day the minutes checkers check the minutes (justeringsdatum).")
        )
        self.approval_date.editingFinished.connect(
            lambda: self._save(approval_date=self.approval_date.value())
        )
        self.approval_date.textChanged.connect(self._date_picked)
        form.addRow(self.tr("Appro&val date:"), self.approval_date)
        self.people_combos = (self.chair, self.secretary, self.adjuster1, self.adjuster2)
        for combo in (self.kind, *self.people_combos):
            show_whole_text(combo)
        self._loading = False

    # --- loading ---------------------------------------------------------------------------

    def set_meeting(self, meeting: dict[str, Any] | None, read_only: bool = False) -> None:
        self.meeting = meeting
        self.read_only = read_only or meeting is None
        self._loading = True
        try:
            for combo in (self.chair, self.secretary):
                fill_people(combo, self.store, self.tr("—"))
            self.refresh_adjusters()
            if meeting is not None:
                self.title_edit.setText(meeting.get("title") or "")
                self.date.set_value(meeting["meeting_date"])
                self.start.setText(meeting.get("start_time") or "")
                self.end.setText(meeting.get("end_time") or "")
                place = meeting.get("place") or ""
                self.digital.setChecked(place == m.DIGITAL_PLACE)
                self.place.setText("" if place == m.DIGITAL_PLACE else place)
                # Show the start of a long place, not its end.
                self.place.setCursorPosition(0)
                self.title_edit.setCursorPosition(0)
                select_data(self.kind, meeting["kind"])
                select_data(self.chair, meeting.get("chair_person_id"))
                select_data(self.secretary, meeting.get("secretary_person_id"))
                select_data(self.adjuster1, meeting.get("adjuster1_person_id"))
                select_data(self.adjuster2, meeting.get("adjuster2_person_id"))
                self.approval_date.set_value(meeting.get("approval_date"))
        finally:
            self._loading = False
        for widget in (self.title_edit, self.date, self.start, self.end, self.approval_date):
            widget.setReadOnly(self.read_only)
        self.place.setReadOnly(self.read_only)
        self.place.setEnabled(not self.digital.isChecked())
        for widget in (self.digital, self.kind, *self.people_combos):
            widget.setEnabled(not self.read_only)
        # Meeting notes (minnesanteckningar) are not approved: no adjusters to choose.
        notes = meeting is not None and meeting["kind"] != "protocol"
        for widget in (self.adjuster1, self.adjuster2, self.approval_date):
            widget.setEnabled(not self.read_only and not notes)

    def refresh_adjusters(self) -> None:
        """Adjusters are chosen among the members marked present (and whoever is chosen)."""
        meeting = self.meeting
        loading, self._loading = self._loading, True
        try:
            for combo, key in (
                (self.adjuster1, "adjuster1_person_id"),
                (self.adjuster2, "adjuster2_person_id"),
            ):
                combo.clear()
                combo.addItem(self.tr("—"), None)
                if meeting is None:
                    continue
                present = m.present_people(self.store, meeting["id"])
                for person_id, name in present:
                    combo.addItem(name, person_id)
                chosen = meeting.get(key)
                if chosen and combo.findData(chosen) < 0:
                    combo.addItem(
                        self.tr("{name} (not present)").format(
                            name=dict(people_choices(self.store)).get(chosen, chosen)
                        ),
                        chosen,
                    )
                select_data(combo, chosen)
        finally:
            self._loading = loading

    # --- saving ----------------------------------------------------------------------------

    def _save(self, **changes: Any) -> bool:
        if self._loading or self.read_only or self.meeting is None:
            return False
        if all(self._stored(key) == value for key, value in changes.items()):
            return True
        try:
            m.update_meeting(self.store, self.meeting["id"], **changes)
        except Exception as error:  # noqa: BLE001 - one plain sentence; the text stays
            show_error(self, error)
            return False
        self.meeting = m.get_meeting(self.store, self.meeting["id"])
        self.edited.emit()
        return True

    def _stored(self, key: str) -> Any:
        assert self.meeting is not None
        value = self.meeting.get(key)
        return value or ("" if isinstance(value, str) or value is None else value)

    def _date_picked(self, _text: str) -> None:
        # The calendar writes the text without editingFinished; save once it is a whole date.
        editor = self.sender()
        if isinstance(editor, DateField) and not editor.hasFocus() and len(editor.value()) == 10:
            key = "meeting_date" if editor is self.date else "approval_date"
            self._save(**{key: editor.value()})

    def _kind_chosen(self, _index: int) -> None:
        if self._save(kind=self.kind.currentData()):
            self.set_meeting(self.meeting, self.read_only)

    def _save_place(self) -> None:
        if not self.digital.isChecked():
            self._save(place=self.place.text())

    def _digital_clicked(self, checked: bool) -> None:
        self.place.setEnabled(not checked)
        self._save(place=m.DIGITAL_PLACE if checked else self.place.text())

    def _save_adjusters(self) -> None:
        chosen = [self.adjuster1.currentData(), self.adjuster2.currentData()]
        if chosen[0] and chosen[0] == chosen[1]:
            show_error(self, ValidationError(_SAME_ADJUSTER))
            assert self.meeting is not None
            select_data(self.adjuster1, self.meeting.get("adjuster1_person_id"))
            select_data(self.adjuster2, self.meeting.get("adjuster2_person_id"))
            return
        self._save(adjuster_person_ids=[person for person in chosen if person])

    def save_all(self) -> bool:
        """Save every field (for leaving the view with a field still focused)."""
        if self.read_only or self.meeting is None:
            return True
        return self._save(
            title=self.title_edit.text(),
            meeting_date=self.date.value(),
            start_time=self.start.text(),
            end_time=self.end.text(),
        )


class AttendancePanel(QGroupBox):
    """The attendance list with presence ticks, plus quick guests and group members."""

    edited = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Attendance"))
        self.store = store
        self.meeting_id: str | None = None
        self.read_only = False
        self.member_dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        layout.addWidget(self.summary)
        self.model = AttendanceModel(store, self)
        self.model.failed.connect(lambda error: show_error(self, error))
        self.model.edited.connect(self._model_changed)
        self.model.modelReset.connect(self._update_summary)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        for column in self.model.PRESENCE_BY_COLUMN:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Every column as wide as what it holds, the name first, so no header is squeezed
        # to "Nam|nisa|nkti" and no name wraps; the list scrolls sideways when it must.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.moveSection(header.visualIndex(AttendanceModel.COL_NAME), 0)
        self.table.setWordWrap(False)
        self.table.setToolTip(
            self.tr(
                "Tick present, absent or co-opted. Double-click organisation or function to change it."
            )
        )
        layout.addWidget(self.table, 1)
        # A guest's name, an organisation, a function: typed in the cells, printed later.
        self.cell_hint = watch_cells(self.table)
        layout.addWidget(self.cell_hint)

        member_row = QHBoxLayout()
        self.member_combo = QComboBox()
        self.member_combo.setToolTip(self.tr("People of the group who are not on the list yet."))
        self.add_member_button = QPushButton(self.tr("Add to &list"))
        self.add_member_button.clicked.connect(self.add_member)
        self.new_member_button = QPushButton(self.tr("New &member…"))
        self.new_member_button.setToolTip(
            self.tr("Add a new member to the group's register and to this list (Ctrl+M).")
        )
        self.new_member_button.setShortcut(QKeySequence("Ctrl+M"))
        self.new_member_button.clicked.connect(self.new_member)
        self.remove_button = QPushButton(self.tr("&Remove from list…"))
        self.remove_button.clicked.connect(self.remove_selected)
        member_row.addWidget(self.member_combo, 1)
        member_row.addWidget(self.add_member_button)
        layout.addLayout(member_row)
        # On a row of their own: beside the combo they were squeezed to "ew member." at
        # the default window size.
        list_row = QHBoxLayout()
        list_row.addWidget(self.new_member_button)
        list_row.addWidget(self.remove_button)
        list_row.addStretch(1)
        layout.addLayout(list_row)

        guest_box = QGridLayout()
        guest_box.setHorizontalSpacing(6)
        self.guest_name = QLineEdit()
        self.guest_name.setPlaceholderText(self.tr("Guest's name"))
        self.guest_organisation = QLineEdit()
        self.guest_organisation.setPlaceholderText(self.tr("Organisation"))
        self.guest_function = QLineEdit()
        self.guest_function.setPlaceholderText(self.tr("Function"))
        self.add_guest_button = QPushButton(self.tr("Add &guest"))
        self.add_guest_button.setToolTip(
            self.tr("A guest who is not one of the group's people, co-opted (adjungerad).")
        )
        self.add_guest_button.clicked.connect(self.add_guest)
        self.guest_fields = (self.guest_name, self.guest_organisation, self.guest_function)
        # Two fields a row, each with its privacy hint under it: three in one row left each
        # about 90 px at the default window size, too narrow for its placeholder.
        places = ((0, 0), (0, 1), (2, 0))
        for (row, column), field in zip(places, self.guest_fields, strict=True):
            field.setMaxLength(TEXT_LIMIT)
            field.returnPressed.connect(self.add_guest)
            guest_box.addWidget(field, row, column)
            guest_box.addWidget(PrivacyHint.watch(field), row + 1, column)
        guest_box.addWidget(self.add_guest_button, 2, 1)
        layout.addLayout(guest_box)

    def set_meeting(self, meeting_id: str | None, read_only: bool = False) -> None:
        self.meeting_id = meeting_id
        self.read_only = read_only or meeting_id is None
        self.model.set_meeting(meeting_id, self.read_only)
        self._fill_members()
        for widget in (
            *self.guest_fields,
            self.add_guest_button,
            self.member_combo,
            self.add_member_button,
            self.new_member_button,
            self.remove_button,
        ):
            widget.setEnabled(not self.read_only)

    def _fill_members(self) -> None:
        listed = {row["person_id"] for row in self.model.rows}
        self.member_combo.clear()
        # Members who have left the group are not offered for a new list.
        for row in members.list_members(self.store, include_inactive=False, own_only=True):
            if row["id"] not in listed:
                self.member_combo.addItem(row["name"], row["id"])
        self.add_member_button.setEnabled(self.member_combo.count() > 0 and not self.read_only)

    def _update_summary(self) -> None:
        counts = self.model.counts()
        self.summary.setText(
            self.tr("{present} present · {absent} absent · {co_opted} co-opted").format(**counts)
        )

    def _model_changed(self) -> None:
        self._update_summary()
        self.edited.emit()

    def add_guest(self) -> None:
        if self.meeting_id is None or self.read_only:
            return
        try:
            m.add_guest(
                self.store,
                self.meeting_id,
                self.guest_name.text(),
                self.guest_organisation.text(),
                self.guest_function.text(),
            )
        except Exception as error:  # noqa: BLE001 - one plain sentence
            show_error(self, error)
            self.guest_name.setFocus()
            return
        for field in self.guest_fields:
            field.clear()
        self.model.reload()
        self.table.scrollToBottom()
        self.guest_name.setFocus()
        self.edited.emit()

    def add_member(self) -> None:
        person_id = self.member_combo.currentData()
        if self.meeting_id is None or person_id is None or self.read_only:
            return
        try:
            m.add_attendee(self.store, self.meeting_id, person_id)
        except Exception as error:  # noqa: BLE001 - one plain sentence
            show_error(self, error)
            return
        self.model.reload()
        self._fill_members()
        self.edited.emit()

    def new_member(self) -> QDialog | None:
        """A member who is not in the register yet: into the register, then onto this list."""
        if self.meeting_id is None or self.read_only:
            return None
        dialog = build_offered("member_dialog", self.store, self, self.guest_name.text().strip())
        self.member_dialog = dialog
        dialog.exec()
        self.member_dialog = None
        for person_id in dialog.saved_ids:
            try:
                m.add_attendee(self.store, self.meeting_id, person_id)
            except Exception as error:  # noqa: BLE001 - one plain sentence
                show_error(self, error)
        if dialog.saved_ids:
            self.guest_name.clear()
            self.model.reload()
            self._fill_members()
            self.edited.emit()
        return dialog

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.read_only:
            return
        row = self.model.row_at(rows[0].row())
        if row is None or not confirm(
            self,
            self.tr("Remove from the list"),
            self.tr("Remove {name} from this meeting's attendance list?").format(name=row["name"]),
        ):
            return
        try:
            m.remove_attendance(self.store, row["id"])
        except Exception as error:  # noqa: BLE001 - one plain sentence
            show_error(self, error)
            return
        self.model.reload()
        self._fill_members()
        self.edited.emit()
