"""Mötesläge: the meeting on the projector, one § at a time, in large text.

Notes save themselves a moment after typing stops, when another § is chosen and
when the window closes or hides, so nothing typed is lost. PageDown/PageUp go to
the next/previous §, Esc leaves, even while the cursor is in a text field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop import clock
from narvard_desktop.services import meetings as m
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.forms import TEXT_LIMIT
from narvard_desktop.ui.kit.privacy_hint import PrivacyHint, watch_cells
from narvard_desktop.ui.kit.questions import show_error
from narvard_desktop.ui.meetings.agenda_item_models import DecisionModel
from narvard_desktop.ui.meetings.agenda_summaries import ActionPlanSummaryBox, DeviationSummaryBox
from narvard_desktop.ui.meetings.models import AttendanceModel

AUTOSAVE_DELAY_MS = 1000
_NAVIGATION_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Escape)
# The sizes are for a 1280×800 window; everything scales with the window (see _scale).
_BASE_WIDTH, _BASE_HEIGHT = 1280, 800
_STYLE = """
QWidget#meetingMode {{ background: #f6f8fa; }}
QLabel#modeNumber {{ font-size: {number}pt; font-weight: 700; color: #005b94; }}
QLabel#modeTitle {{ font-size: {title}pt; font-weight: 600; color: #1d2b36; }}
QLabel#modeHeading {{ font-size: {heading}pt; font-weight: 600; color: #1d2b36; }}
QLabel#modeMeta, QLabel#modeSaved {{ font-size: {meta}pt; color: #44525e; }}
QLabel#modePosition, QLabel#modeClock {{ font-size: {heading}pt; font-weight: 600;
    color: #1d2b36; }}
QPlainTextEdit#modeNotes, QListView#modeDecisions, QLineEdit#modeDecision {{
    font-size: {text}pt;
}}
QTableView#modeAttendance {{ font-size: {attendance}pt; }}
/* Ticks big enough to hit from across the room on a projector. */
QTableView#modeAttendance::indicator {{ width: {tick}px; height: {tick}px; }}
QTableView#modeAttendance QHeaderView::section {{ font-size: {meta}pt; }}
/* What the room reads: the handlingsplan's state and the avvikelse counts. */
QGroupBox#modeSummary {{ font-size: {heading}pt; font-weight: 600; }}
QGroupBox#modeSummary QLabel, QGroupBox#modeSummary QTableView,
QGroupBox#modeSummary QHeaderView::section {{ font-size: {summary}pt; font-weight: normal; }}
QGroupBox#modeSummary QLabel#cardTitle {{ font-weight: 600; }}
QPushButton {{ font-size: {button}pt; padding: 6px 14px; }}
"""
_POINT_SIZES = {
    "number": 34,
    "title": 30,
    "heading": 15,
    "meta": 12,
    "text": 18,
    "attendance": 14,
    "summary": 16,
    "button": 13,
}
_TICK_PX = 26
# Below this the text would be smaller than the ordinary window's; above it, absurd.
_SCALE_RANGE = (0.7, 2.5)


def mode_style(scale: float) -> str:
    """The meeting mode's look with every size multiplied by `scale`."""
    sizes = {name: max(8, round(points * scale)) for name, points in _POINT_SIZES.items()}
    return _STYLE.format(tick=max(18, round(_TICK_PX * scale)), **sizes)


class MeetingModeWindow(QWidget):
    """A full-screen window for running the meeting; emits `edited` after each save."""

    edited = Signal()
    closed = Signal()

    def __init__(
        self,
        store: Store,
        meeting_id: str,
        start_item_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self.meeting_id = meeting_id
        self.setObjectName("meetingMode")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.scale = 0.0
        self.setWindowTitle(self.tr("Meeting mode"))
        self.meeting = m.get_meeting(store, meeting_id)
        self.read_only = m.is_locked(self.meeting)
        document = m.meeting_document(store, meeting_id) if self.read_only else None
        self.frozen = {item["id"]: item for item in document["items"]} if document else {}
        self.items: list[dict[str, Any]] = m.agenda_items(store, meeting_id)
        self.position = 0
        self._dirty = False
        self._loading = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 16, 28, 16)
        top = QHBoxLayout()
        self.meta = QLabel()
        self.meta.setObjectName("modeMeta")
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.meta, 1)
        self.saved = QLabel()
        self.saved.setObjectName("modeSaved")
        top.addWidget(self.saved)
        self.position_label = QLabel()
        self.position_label.setObjectName("modePosition")
        self.clock_label = QLabel()
        self.clock_label.setObjectName("modeClock")
        self.clock_label.setAccessibleName(self.tr("Time"))
        self.previous_button = QPushButton(self.tr("◀ Previous (PageUp)"))
        self.previous_button.clicked.connect(self.previous_item)
        self.next_button = QPushButton(self.tr("Next (PageDown) ▶"))
        self.next_button.clicked.connect(self.next_item)
        self.leave_button = QPushButton(self.tr("Leave (Esc)"))
        self.leave_button.clicked.connect(self.close)
        for button in (self.previous_button, self.next_button, self.leave_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            top.addWidget(button)
        layout.addLayout(top)

        heading = QHBoxLayout()
        self.number = QLabel()
        self.number.setObjectName("modeNumber")
        heading.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        self.title = QLabel()
        self.title.setObjectName("modeTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        heading.addWidget(self.title, 1)
        # Where the meeting is and what time it is, for the chair, top right.
        heading.addWidget(self.position_label, 0, Qt.AlignmentFlag.AlignTop)
        heading.addSpacing(16)
        heading.addWidget(self.clock_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 12, 0)
        self.deviation_box = DeviationSummaryBox()
        self.plan_box = ActionPlanSummaryBox()
        for box in (self.deviation_box, self.plan_box):
            box.setObjectName("modeSummary")
            box.hide()
            main_layout.addWidget(box)
        notes_heading = QLabel(self.tr("&Notes"))
        notes_heading.setObjectName("modeHeading")
        main_layout.addWidget(notes_heading)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("modeNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Write what is said here; it is saved as you go."))
        notes_heading.setBuddy(self.notes)
        self.notes.textChanged.connect(self._typed)
        main_layout.addWidget(self.notes, 3)
        main_layout.addWidget(PrivacyHint.watch(self.notes))
        decisions_heading = QLabel(self.tr("&Decisions"))
        decisions_heading.setObjectName("modeHeading")
        main_layout.addWidget(decisions_heading)
        self.decision_model = DecisionModel(store, self)
        self.decision_model.failed.connect(lambda error: show_error(self, error))
        self.decision_model.edited.connect(self._saved_now)
        self.decisions = QListView()
        self.decisions.setObjectName("modeDecisions")
        self.decisions.setModel(self.decision_model)
        self.decisions.setWordWrap(True)
        main_layout.addWidget(self.decisions, 1)
        main_layout.addWidget(watch_cells(self.decisions))
        self.decision_entry = QLineEdit()
        self.decision_entry.setObjectName("modeDecision")
        self.decision_entry.setMaxLength(TEXT_LIMIT)
        self.decision_entry.setPlaceholderText(self.tr("att … (press Enter to add the decision)"))
        decisions_heading.setBuddy(self.decision_entry)
        self.decision_entry.returnPressed.connect(self.add_decision)
        main_layout.addWidget(self.decision_entry)
        main_layout.addWidget(PrivacyHint.watch(self.decision_entry))
        # A long summary scrolls instead of making the window taller than the screen.
        main_scroll = QScrollArea()
        main_scroll.setWidgetResizable(True)
        main_scroll.setFrameShape(QFrame.Shape.NoFrame)
        main_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        main_scroll.setWidget(main)
        splitter.addWidget(main_scroll)

        side = QWidget()
        self.side = side
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 0, 0, 0)
        attendance_heading = QLabel(self.tr("&Attendance"))
        attendance_heading.setObjectName("modeHeading")
        side_layout.addWidget(attendance_heading)
        self.attendance_model = AttendanceModel(store, self)
        self.attendance_model.failed.connect(lambda error: show_error(self, error))
        self.attendance_model.edited.connect(self._saved_now)
        self.attendance = QTableView()
        self.attendance.setObjectName("modeAttendance")
        self.attendance.setModel(self.attendance_model)
        self.attendance.verticalHeader().hide()
        self.attendance.verticalHeader().setDefaultSectionSize(40)
        self.attendance.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendance.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for column in (AttendanceModel.COL_ORGANISATION, AttendanceModel.COL_FUNCTION):
            self.attendance.hideColumn(column)
        # Names are read from across the room: wrapped onto two lines, never cut to "…".
        self.attendance.setWordWrap(True)
        self.attendance.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.attendance.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AttendanceModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        attendance_heading.setBuddy(self.attendance)
        side_layout.addWidget(self.attendance, 1)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start()
        self._tick()

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_PageDown), self.next_item),
            (QKeySequence(Qt.Key.Key_PageUp), self.previous_item),
            (QKeySequence(Qt.Key.Key_Escape), self.close),
        ):
            QShortcut(keys, self, activated=slot)
        # Text fields and tables would use these keys themselves; here they steer the §.
        for widget in (self.notes, self.decision_entry, self.decisions, self.attendance):
            widget.installEventFilter(self)

        self.attendance_model.set_meeting(meeting_id, self.read_only)
        self.notes.setReadOnly(self.read_only)
        self.decision_entry.setReadOnly(self.read_only)
        self._update_meta()
        self._scale()
        start = next(
            (index for index, item in enumerate(self.items) if item["id"] == start_item_id), 0
        )
        self.show_item(start)

    # --- showing ---------------------------------------------------------------------------

    def _tick(self) -> None:
        self.clock_label.setText(clock.now().strftime("%H:%M"))

    def _scale(self) -> None:
        """Every font and tick in proportion to the window, so a projector shows it large."""
        low, high = _SCALE_RANGE
        size = self.size()
        scale = min(size.width() / _BASE_WIDTH, size.height() / _BASE_HEIGHT)
        scale = round(max(low, min(high, scale)), 2)
        if scale == self.scale:
            return
        self.scale = scale
        self.setStyleSheet(mode_style(scale))
        self.attendance.verticalHeader().setDefaultSectionSize(round(40 * scale))
        self._fit_tables()

    def _fit_tables(self) -> None:
        """Tables sized to their rows must be measured again after the fonts change."""
        for box in (self.deviation_box, self.plan_box):
            box.refit()
        self._fit_attendance()

    def _fit_attendance(self) -> None:
        """Room for the ticks and for each name's longest word; rows as tall as their names."""
        header = self.attendance.horizontalHeader()
        ticks = sum(header.sectionSizeHint(column) for column in AttendanceModel.PRESENCE_BY_COLUMN)
        metrics = self.attendance.fontMetrics()
        model = self.attendance_model
        names = [
            str(model.data(model.index(row, AttendanceModel.COL_NAME)) or "")
            for row in range(model.rowCount())
        ]
        longest_word = max(
            (metrics.horizontalAdvance(word) for name in names for word in name.split()),
            default=0,
        )
        name_width = max(longest_word, metrics.horizontalAdvance("M" * 10)) + 16
        self.side.setMinimumWidth(ticks + name_width + 24)
        self.attendance.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._scale()
        # Once the columns have their new widths.
        QTimer.singleShot(0, self.attendance.resizeRowsToContents)

    def _update_meta(self) -> None:
        meeting = self.meeting
        time = " ".join(filter(None, [meeting.get("start_time"), meeting.get("end_time")]))
        parts = [meeting["meeting_date"], time.replace(" ", "–"), meeting.get("place") or ""]
        text = " · ".join(part for part in parts if part)
        if self.read_only:
            text += " · " + self.tr("approved and locked: read only")
        self.meta.setText(text)

    def current_item(self) -> dict[str, Any] | None:
        return self.items[self.position] if 0 <= self.position < len(self.items) else None

    def show_item(self, position: int) -> None:
        self.flush()
        if not self.items:
            self.number.setText("")
            self.title.setText(self.tr("The agenda is empty."))
            return
        self.position = max(0, min(position, len(self.items) - 1))
        item = self.items[self.position]
        self._loading = True
        try:
            self.number.setText(f"§ {item['number']}")
            self.position_label.setText(
                self.tr("§ {number} of {last}").format(
                    number=item["number"], last=self.items[-1]["number"]
                )
            )
            self.title.setText(item["title"])
            self.notes.setPlainText(item.get("notes") or "")
            self._dirty = False
        finally:
            self._loading = False
        self.decision_model.set_item(item["id"], self.read_only)
        frozen = self.frozen.get(item["id"]) or {}
        self.deviation_box.setVisible(item["role"] == m.ROLE_DEVIATIONS)
        self.plan_box.setVisible(item["role"] == m.ROLE_ACTION_PLAN)
        if item["role"] == m.ROLE_DEVIATIONS:
            self.deviation_box.show_summary(
                frozen.get("deviation_summary") or m.deviation_summary(self.store, self.meeting_id)
            )
        elif item["role"] == m.ROLE_ACTION_PLAN:
            self.plan_box.show_summary(
                frozen.get("action_plan_summary")
                or m.action_plan_summary(self.store, self.meeting_id)
            )
        self._fit_tables()
        self.previous_button.setEnabled(self.position > 0)
        self.next_button.setEnabled(self.position < len(self.items) - 1)
        if not self.read_only:
            self.notes.setFocus()
            self.notes.moveCursor(self.notes.textCursor().MoveOperation.End)

    def next_item(self) -> None:
        self.show_item(self.position + 1)

    def previous_item(self) -> None:
        self.show_item(self.position - 1)

    # --- saving ----------------------------------------------------------------------------

    def _typed(self) -> None:
        if self._loading or self.read_only:
            return
        self._dirty = True
        self.saved.setText(self.tr("Not saved yet…"))
        self.timer.start()

    def flush(self) -> bool:
        """Save the notes of the current § if they changed."""
        self.timer.stop()
        item = self.current_item()
        if not self._dirty or item is None or self.read_only:
            self._dirty = False
            return True
        self._dirty = False
        text = self.notes.toPlainText()
        try:
            m.update_agenda_item(self.store, item["id"], notes=text)
        except Exception as error:  # noqa: BLE001 - one plain sentence
            show_error(self, error)
            return False
        item["notes"] = text
        self._saved_now()
        return True

    def _saved_now(self) -> None:
        self.saved.setText(self.tr("Saved {time}").format(time=clock.now().strftime("%H:%M:%S")))
        self.edited.emit()

    def add_decision(self) -> None:
        text = self.decision_entry.text()
        if text.strip() and not self.read_only and self.decision_model.add(text):
            self.decision_entry.clear()
            self.decisions.scrollToBottom()

    # --- keys and closing ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            key_event = event if isinstance(event, QKeyEvent) else None
            if (
                key_event is not None
                and key_event.key() in _NAVIGATION_KEYS
                and key_event.modifiers() == Qt.KeyboardModifier.NoModifier
            ):
                if event.type() == QEvent.Type.KeyPress:
                    {
                        Qt.Key.Key_PageDown: self.next_item,
                        Qt.Key.Key_PageUp: self.previous_item,
                        Qt.Key.Key_Escape: self.close,
                    }[Qt.Key(key_event.key())]()
                else:
                    # Claim the key so it arrives here as a key press, exactly once.
                    event.accept()
                return True
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.flush()
        super().closeEvent(event)
        self.closed.emit()
