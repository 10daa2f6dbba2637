"""The Möten page: the group's meetings on the left, the chosen meeting on the right.

A meeting is prepared (details, attendance, agenda), run in Mötesläge on the
projector, written out as kallelse and protocol PDFs, and finally approved
(justerat), which locks it. Shift+F5 opens Mötesläge at the chosen item (as a slide show
starts from the current slide); F11 is full screen everywhere.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.domain import MEETING_KINDS, label_for
from narvard_desktop.errors import NarvardError
from narvard_desktop.services import meetings as m
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.changes import publish_writes, write
from narvard_desktop.ui.kit.group_selector import GroupSelector, show_group_column
from narvard_desktop.ui.kit.questions import confirm, show_error
from narvard_desktop.ui.kit.table_helpers import fit_columns
from narvard_desktop.ui.meetings.agenda_editor import AgendaEditor
from narvard_desktop.ui.meetings.calendar_dialog import CalendarExportDialog
from narvard_desktop.ui.meetings.decision_register_dialog import DecisionRegisterDialog
from narvard_desktop.ui.meetings.editor import (
    AttendancePanel,
    MeetingDetailsEditor,
    NewMeetingDialog,
)
from narvard_desktop.ui.meetings.justering_dialogs import (
    JusteringDialog,
    LockBanner,
    ReopenDialog,
    ReopenLog,
)
from narvard_desktop.ui.meetings.meeting_mode import MeetingModeWindow
from narvard_desktop.ui.meetings.model_base import ID_ROLE
from narvard_desktop.ui.meetings.models import MeetingListModel
from narvard_desktop.ui.meetings.pdf_export_dialog import (
    KIND_KALLELSE,
    KIND_PROTOCOL,
    PdfExportDialog,
)
from narvard_desktop.ui.meetings.year_plan_dialog import YearPlanDialog

TAB_AGENDA, TAB_DETAILS = range(2)
# PowerPoint's "from the current slide": meeting mode opens at the chosen agenda item.
MEETING_MODE_KEY = "Shift+F5"


class MeetingView(QWidget):
    """One meeting: header with actions, justering banner, agenda and details tabs."""

    edited = Signal()
    meeting_mode_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.meeting: dict[str, Any] | None = None
        self.document: dict[str, Any] | None = None
        self.pdf_dialog: PdfExportDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.heading = QLabel()
        self.heading.setObjectName("cardTitle")
        self.heading.setStyleSheet("font-size: 16pt;")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        # Time and place on their own line: beside five buttons they would be cut.
        self.subheading = QLabel()
        self.subheading.setObjectName("hint")
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)
        self.subheading.setWordWrap(True)
        layout.addWidget(self.subheading)
        header = QHBoxLayout()
        self.mode_button = QPushButton(self.tr("&Meeting mode (Shift+F5)"))
        self.mode_button.setToolTip(
            self.tr("Full screen for the projector: one item at a time in large text.")
        )
        self.mode_button.clicked.connect(self.meeting_mode_requested)
        self.kallelse_button = QPushButton(self.tr("&Notice (PDF)…"))
        self.kallelse_button.setToolTip(self.tr("The notice of the meeting with its agenda."))
        self.kallelse_button.clicked.connect(lambda: self.export_pdf(KIND_KALLELSE))
        self.protocol_button = QPushButton(self.tr("Minutes (&PDF)…"))
        self.protocol_button.clicked.connect(lambda: self.export_pdf(KIND_PROTOCOL))
        self.lock_button = QPushButton(self.tr("&Approve minutes…"))
        self.lock_button.setToolTip(
            self.tr("Approval: the minutes checkers have checked the minutes; lock the content.")
        )
        self.lock_button.clicked.connect(self.approve)
        self.reopen_button = QPushButton(self.tr("&Open for changes…"))
        self.reopen_button.clicked.connect(self.reopen)
        for button in (
            self.mode_button,
            self.kallelse_button,
            self.protocol_button,
            self.lock_button,
            self.reopen_button,
        ):
            header.addWidget(button)
        header.addStretch()
        layout.addLayout(header)
        self.banner = LockBanner()
        layout.addWidget(self.banner)
        self.reopen_log = ReopenLog()
        layout.addWidget(self.reopen_log)

        self.tabs = QTabWidget()
        self.agenda = AgendaEditor(store)
        self.agenda.edited.connect(self.edited)
        self.tabs.addTab(self.agenda, self.tr("A&genda"))
        details = QWidget()
        details_layout = QHBoxLayout(details)
        self.details = MeetingDetailsEditor(store)
        self.details.edited.connect(self._details_changed)
        self.attendance = AttendancePanel(store)
        self.attendance.edited.connect(self.edited)
        self.attendance.edited.connect(self.details.refresh_adjusters)
        details_layout.addWidget(self.details, 2)
        details_layout.addWidget(self.attendance, 3)
        self.tabs.addTab(details, self.tr("&Details and attendance"))
        layout.addWidget(self.tabs, 1)

    # --- loading -------------------------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        if self.meeting is not None and (meeting_id is None or meeting_id != self.meeting["id"]):
            self.agenda.panel.flush()
        if meeting_id is None:
            self.meeting = None
            self.document = None
            return
        self.meeting = m.get_meeting(self.store, meeting_id)
        self.document = m.meeting_document(self.store, meeting_id)
        own = self.meeting["group_id"] == self.store.own_group_id
        locked = m.is_locked(self.meeting)
        read_only = locked or not own
        self._update_header()
        self.banner.show_document(self.document)
        self.reopen_log.show_document(self.document)
        self.agenda.set_meeting(meeting_id, read_only, self.document)
        self.details.set_meeting(self.meeting, read_only)
        self.attendance.set_meeting(meeting_id, read_only)
        self.lock_button.setVisible(not locked)
        self.lock_button.setEnabled(own)
        self.reopen_button.setVisible(locked)
        self.reopen_button.setEnabled(own)

    def reload(self) -> None:
        if self.meeting is not None:
            self.set_meeting(self.meeting["id"])

    def _update_header(self) -> None:
        assert self.meeting is not None
        meeting = self.meeting
        kind = label_for(MEETING_KINDS, meeting["kind"])
        self.heading.setText(
            " · ".join(filter(None, [meeting["meeting_date"], kind, meeting.get("title")]))
        )
        start, end = meeting.get("start_time"), meeting.get("end_time")
        time = f"{start}–{end}" if start and end else (start or end or "")
        self.subheading.setText(
            " · ".join(
                filter(
                    None,
                    [time, meeting.get("place") or self.tr("No place given")],
                )
            )
        )

    def _details_changed(self) -> None:
        assert self.meeting is not None
        self.meeting = m.get_meeting(self.store, self.meeting["id"])
        self._update_header()
        # The date can renumber the § items (yearly numbering) and changes the summaries.
        self.agenda.set_meeting(self.meeting["id"], False, None)
        self.edited.emit()

    # --- actions -------------------------------------------------------------------------

    def export_pdf(self, kind: str) -> PdfExportDialog | None:
        if self.meeting is None:
            return None
        self.agenda.panel.flush()
        self.details.save_all()
        try:
            self.pdf_dialog = PdfExportDialog(self.store, self.meeting["id"], kind, self)
        except NarvardError as error:
            show_error(self, error)
            return None
        self.pdf_dialog.open()
        return self.pdf_dialog

    def approve(self) -> None:
        if self.meeting is None:
            return
        self.agenda.panel.flush()
        self.details.save_all()
        document = m.meeting_document(self.store, self.meeting["id"])
        dialog = JusteringDialog(document, self, self.store)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.lock(dialog.approval_date.value())

    def lock(self, approval_date: str | None) -> str | None:
        assert self.meeting is not None
        meeting_id = self.meeting["id"]
        locked = write(
            self, self.store, lambda: m.lock_meeting(self.store, meeting_id, approval_date or None)
        )
        if not locked:
            return None
        self.reload()
        self.edited.emit()
        return locked.value

    def reopen(self) -> None:
        if self.meeting is None:
            return
        dialog = ReopenDialog(self.meeting["meeting_date"], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.reopen_with(dialog.reason_text(), dialog.by.text())

    def reopen_with(self, reason: str, by: str | None = None) -> bool:
        assert self.meeting is not None
        meeting_id = self.meeting["id"]
        if not write(
            self, self.store, lambda: m.reopen_meeting(self.store, meeting_id, reason, by)
        ):
            return False
        self.reload()
        self.edited.emit()
        return True


class MeetingsPage(QWidget):
    """The meetings section; its writes are published on the change hub."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.mode_window: MeetingModeWindow | None = None
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        header = QHBoxLayout()
        title = QLabel(self.tr("Meetings"))
        title.setObjectName("pageTitle")
        header.addWidget(title)
        header.addStretch()
        self.new_button = QPushButton(self.tr("&New meeting…"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(self.new_meeting)
        self.delete_button = QPushButton(self.tr("De&lete meeting…"))
        self.delete_button.clicked.connect(self.delete_meeting)
        self.calendar_button = QPushButton(self.tr("Calendar f&ile (.ics)…"))
        self.calendar_button.setToolTip(
            self.tr("The meetings as a calendar file that members open in Outlook.")
        )
        self.calendar_button.clicked.connect(self.export_calendar)
        header.addWidget(self.new_button)
        header.addWidget(self.delete_button)
        header.addWidget(self.calendar_button)
        self.year_plan_button = QPushButton(self.tr("Plan the &year…"))
        self.year_plan_button.setToolTip(
            self.tr("A series of meetings on a rhythm, around holidays and the summer.")
        )
        self.year_plan_button.clicked.connect(self.plan_year)
        header.addWidget(self.year_plan_button)
        self.register_button = QPushButton(self.tr("Decision &register…"))
        self.register_button.setToolTip(self.tr("Every decision of every meeting in one list."))
        self.register_button.clicked.connect(self.open_decision_register)
        header.addWidget(self.register_button)
        layout.addLayout(header)
        lead = QLabel(
            self.tr(
                "Prepare the agenda, run the meeting in meeting mode, write the minutes as "
                "PDF and lock them when they are approved."
            )
        )
        lead.setObjectName("lead")
        lead.setWordWrap(True)
        layout.addWidget(lead)

        # Upper levels may list the kommuners' imported meetings too (read-only).
        self.group_selector = GroupSelector(store)
        self.group_selector.selection_changed.connect(self._groups_chosen)
        layout.addWidget(self.group_selector)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = MeetingListModel(store, self, today=today)
        self.list = QTableView()
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.setShowGrid(False)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(False)
        fit_columns(self.list, MeetingListModel.COL_PLACE)
        show_group_column(self.list, MeetingListModel.COL_GROUP, False)
        # The time and kind are in the meeting's own header; the list stays narrow.
        self.list.hideColumn(MeetingListModel.COL_KIND)
        self.list.hideColumn(MeetingListModel.COL_TIME)
        self.list.setMinimumWidth(250)
        self.list.setToolTip(self.tr("Upcoming meetings in bold, then earlier ones."))
        self.list.selectionModel().currentRowChanged.connect(self._row_changed)
        splitter.addWidget(self.list)

        self.stack = QStackedWidget()
        self.empty = QLabel(
            self.tr(
                "No meeting chosen. Create one with “New meeting…” (Ctrl+N): the agenda is "
                "filled in from the standard agenda."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("lead")
        self.stack.addWidget(self.empty)
        self.view = MeetingView(store)
        self.view.edited.connect(self._view_changed)
        self.view.meeting_mode_requested.connect(self.open_meeting_mode)
        self.stack.addWidget(self.view)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([290, 990])
        layout.addWidget(splitter, 1)

        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_meeting)
        new_shortcut.setWhatsThis(self.tr("New meeting"))
        # F11 stays full screen, as everywhere else; meeting mode is a slide show.
        mode_shortcut = QShortcut(
            QKeySequence(MEETING_MODE_KEY),
            self,
            activated=self._meeting_mode_key,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        mode_shortcut.setWhatsThis(self.tr("Meeting mode"))
        self._update_buttons()
        self._apply_group_choice()
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))

    # --- list ----------------------------------------------------------------------------

    def current_meeting_id(self) -> str | None:
        index = self.list.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def _row_changed(self, current: Any, _previous: Any) -> None:
        meeting_id = self.model.data(current, ID_ROLE) if current.isValid() else None
        self._show(meeting_id)

    def _show(self, meeting_id: str | None) -> None:
        self.view.set_meeting(meeting_id)
        self.stack.setCurrentWidget(self.view if meeting_id else self.empty)
        self._update_buttons()

    def _update_buttons(self) -> None:
        meeting = self.view.meeting
        locked = bool(meeting and m.is_locked(meeting))
        imported = bool(meeting and meeting["group_id"] != self.store.own_group_id)
        self.delete_button.setEnabled(meeting is not None and not locked and not imported)
        if imported:
            tip = self.tr("Another group's meeting is read-only here; only that group changes it.")
        elif locked:
            tip = self.tr("An approved meeting cannot be deleted; open it for changes first.")
        else:
            tip = ""
        self.delete_button.setToolTip(tip)

    def export_calendar(self) -> CalendarExportDialog:
        self.calendar_dialog = CalendarExportDialog(self.store, self.current_meeting_id(), self)
        self.calendar_dialog.written.connect(self._calendar_written)
        self.calendar_dialog.open()
        return self.calendar_dialog

    def plan_year(self) -> YearPlanDialog:
        self.year_plan_dialog = YearPlanDialog(self.store, self)
        self.year_plan_dialog.finished.connect(lambda _result: self.refresh())
        self.year_plan_dialog.open()
        return self.year_plan_dialog

    def open_decision_register(self) -> DecisionRegisterDialog:
        dialog = DecisionRegisterDialog(
            self.store, lambda decision_id: self.open_record("decisions", decision_id), self
        )
        dialog.written.connect(self._register_written)
        dialog.show()
        self.register_dialog = dialog
        return dialog

    def _register_written(self, path: str, withheld: int) -> None:
        self.last_message = self.tr("Wrote the decision register to {path}.").format(path=path)
        if withheld:
            self.last_message += " " + self.tr(
                "%n text(s) that looked like a personnummer were left out.", "", withheld
            )
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.last_message, 10000)

    def _calendar_written(self, path: str, count: int) -> None:
        self.last_message = self.tr("Wrote %n meeting(s) to {path}.", "", count).format(path=path)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.last_message, 10000)

    def open_meeting(self, meeting_id: str) -> None:
        row = self.model.row_of(meeting_id)
        if row < 0:
            self.model.reload()
            row = self.model.row_of(meeting_id)
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._show(meeting_id)

    def open_record(self, table: str, record_id: str) -> None:
        """Show the meeting a record belongs to (for links from other pages)."""
        try:
            if table == "meetings":
                meeting_id = record_id
            elif table in ("agenda_items", "attendances"):
                meeting_id = self.store.record(table, record_id)["meeting_id"]
            elif table in ("decisions", "action_items"):
                item = self.store.record(table, record_id)["agenda_item_id"]
                meeting_id = self.store.record("agenda_items", item)["meeting_id"]
            else:
                return
        except NarvardError:
            return
        self.open_meeting(meeting_id)

    def show_filtered(self, table: str, _filter_name: str) -> None:
        """Open action items (FILTER_OPEN): the own group's next meeting (or the latest) at
        its "previous minutes" item, which lists every action item not yet done."""
        if table != "action_items":
            return
        chosen = m.next_meeting_id(self.store) or m.latest_meeting_id(self.store)
        if chosen is None:
            return
        self.open_meeting(chosen)
        self.view.tabs.setCurrentIndex(TAB_AGENDA)
        agenda = self.view.agenda
        for item in agenda.model.items:
            if item["role"] == m.ROLE_PREVIOUS_MINUTES:
                agenda.select_item(item["id"])
                break

    def _groups_chosen(self, _selection: object) -> None:
        self.refresh()

    def _apply_group_choice(self) -> None:
        """A local group lists its own meetings; an upper level the groups it chose."""
        self.group_selector.blockSignals(True)
        self.group_selector.refresh()
        self.group_selector.blockSignals(False)
        if self.group_selector.isHidden():
            self.model.set_group_ids((self.store.own_group_id or "",))
        else:
            self.model.set_group_ids(self.group_selector.selection().group_ids)
        show_group_column(
            self.list, MeetingListModel.COL_GROUP, self.group_selector.several_groups_shown()
        )

    def refresh(self) -> None:
        current = self.current_meeting_id()
        self._apply_group_choice()
        row = self.model.row_of(current) if current else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
            self._show(self.model.data(self.model.index(row, 0), ID_ROLE))
        else:
            self._show(None)

    def _view_changed(self) -> None:
        current = self.current_meeting_id()
        self.model.reload()
        if current:
            row = self.model.row_of(current)
            if row >= 0:
                self.list.selectionModel().blockSignals(True)
                self.list.setCurrentIndex(self.model.index(row, 0))
                self.list.selectionModel().blockSignals(False)
        self._update_buttons()
        self._publish_writes()

    # --- actions -------------------------------------------------------------------------

    def new_meeting(self) -> str | None:
        dialog = NewMeetingDialog(self.store, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.meeting_id is None:
            return None
        self.model.reload()
        self.open_meeting(dialog.meeting_id)
        self.view.tabs.setCurrentIndex(TAB_AGENDA)
        self._publish_writes()
        return dialog.meeting_id

    def delete_meeting(self) -> None:
        meeting = self.view.meeting
        # Another group's meeting offers no destructive action at all: no question, no refusal.
        if meeting is None or meeting["group_id"] != self.store.own_group_id:
            return
        if m.is_locked(meeting):
            show_error(self, m.MeetingLockedError(date=meeting["meeting_date"]))
            return
        if not confirm(
            self,
            self.tr("Delete meeting"),
            self.tr(
                "Delete the meeting on {date} with its agenda, notes, decisions and "
                "attendance list? This cannot be undone here."
            ).format(date=meeting["meeting_date"]),
        ):
            return
        if not write(self, self.store, lambda: m.delete_meeting(self.store, meeting["id"])):
            return
        self.view.meeting = None
        self.refresh()

    def _publish_writes(self) -> None:
        """Tell the other sections what this page, its editors or meeting mode wrote."""
        publish_writes(self, self.store)

    def open_meeting_mode(self) -> MeetingModeWindow | None:
        meeting = self.view.meeting
        if meeting is None:
            return None
        self.view.agenda.panel.flush()
        self.view.details.save_all()
        if self.mode_window is not None:
            self.mode_window.raise_()
            self.mode_window.activateWindow()
            return self.mode_window
        window = MeetingModeWindow(
            self.store, meeting["id"], self.view.agenda.current_item_id(), None
        )
        # Meeting mode is a window of its own, but its writes are this page's.
        window.edited.connect(self._publish_writes)
        window.closed.connect(self._meeting_mode_closed)
        self.mode_window = window
        window.showFullScreen()
        return window

    def _meeting_mode_key(self) -> None:
        if self.view.meeting is not None:
            self.open_meeting_mode()

    def _meeting_mode_closed(self) -> None:
        window, self.mode_window = self.mode_window, None
        item_id = window.current_item()["id"] if window and window.current_item() else None
        self.view.reload()
        if item_id:
            self.view.agenda.select_item(item_id)
        if window is not None:
            window.deleteLater()
