"""Mötesläge: Shift+F5 opens it (F11 stays full screen), PageDown/PageUp steer, Esc
leaves, and nothing typed is lost."""

from __future__ import annotations

from datetime import date

import pytest
from justering_helpers import make_ready_for_justering
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from narvard_desktop import clock
from narvard_desktop.services import meetings as m
from narvard_desktop.ui.meetings.meeting_mode import MeetingModeWindow
from narvard_desktop.ui.meetings.models import AttendanceModel
from narvard_desktop.ui.meetings.page import MeetingsPage

ANCHOR = date(2026, 10, 15)


@pytest.fixture
def window(qtbot, demo_store):
    """The page in a window that, like the main window, uses F11 for full screen."""
    main = QMainWindow()
    page = MeetingsPage(demo_store, today=ANCHOR)
    main.setCentralWidget(page)
    full_screen = QAction("Full screen", main)
    full_screen.setShortcut(QKeySequence("F11"))
    full_screen.triggered.connect(lambda: setattr(main, "toggled_full_screen", True))
    main.addAction(full_screen)
    main.toggled_full_screen = False
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    yield main
    if page.mode_window is not None:
        page.mode_window.close()


@pytest.fixture
def meeting(demo_store):
    return m.create_meeting(demo_store, "2026-11-20", start_time="13:00", place="Stadshuset")


def open_mode(qtbot, window, meeting) -> MeetingModeWindow:
    page = window.centralWidget()
    page.open_meeting(meeting)
    page.view.agenda.list.setFocus()
    qtbot.keyClick(page.view.agenda.list, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    mode = page.mode_window
    assert isinstance(mode, MeetingModeWindow)
    assert not window.toggled_full_screen
    qtbot.waitExposed(mode)
    return mode


def test_f11_on_the_meetings_page_is_full_screen_not_meeting_mode(qtbot, window, meeting):
    page = window.centralWidget()
    page.open_meeting(meeting)
    page.view.agenda.list.setFocus()
    qtbot.keyClick(page.view.agenda.list, Qt.Key.Key_F11)
    assert window.toggled_full_screen
    assert page.mode_window is None


def test_shift_f5_opens_meeting_mode_at_the_current_item(qtbot, window, meeting):
    page = window.centralWidget()
    page.open_meeting(meeting)
    third = page.view.agenda.model.items[2]
    page.view.agenda.select_item(third["id"])
    mode = open_mode(qtbot, window, meeting)
    assert mode.current_item()["id"] == third["id"]
    assert mode.number.text() == "§ 3" and mode.title.text() == third["title"]


def test_notes_typed_in_meeting_mode_survive_closing_at_once(qtbot, window, demo_store, meeting):
    mode = open_mode(qtbot, window, meeting)
    item = mode.current_item()
    mode.notes.setFocus()
    # QTest types ASCII only; the rest arrives as a paste would.
    qtbot.keyClicks(mode.notes, "Beslut om ny rutin")
    mode.notes.insertPlainText(" åäö ÅÄÖ")
    mode.close()  # before the autosave timer has run
    stored = {row["id"]: row for row in m.agenda_items(demo_store, meeting)}
    assert stored[item["id"]]["notes"] == "Beslut om ny rutin åäö ÅÄÖ"
    # Opening the meeting again shows the note in the ordinary editor.
    page = window.centralWidget()
    page.refresh()
    page.open_meeting(meeting)
    page.view.agenda.select_item(item["id"])
    assert page.view.agenda.panel.notes.toPlainText() == "Beslut om ny rutin åäö ÅÄÖ"


def test_notes_autosave_after_a_pause(qtbot, window, demo_store, meeting):
    mode = open_mode(qtbot, window, meeting)
    item = mode.current_item()
    qtbot.keyClicks(mode.notes, "Sparas av sig sjalv")
    mode.notes.insertPlainText(" – åäö")
    qtbot.waitUntil(
        lambda: (
            {row["id"]: row for row in m.agenda_items(demo_store, meeting)}[item["id"]]["notes"]
            == "Sparas av sig sjalv – åäö"
        ),
        timeout=4000,
    )
    assert mode.saved.text()


def test_page_keys_step_through_items_even_while_typing(qtbot, window, demo_store, meeting):
    mode = open_mode(qtbot, window, meeting)
    first = mode.current_item()
    mode.notes.setFocus()
    qtbot.keyClicks(mode.notes, "Forsta")
    qtbot.keyClick(mode.notes, Qt.Key.Key_PageDown)
    assert mode.position == 1 and mode.number.text() == "§ 2"
    # Leaving the § saved what was typed under it.
    stored = {row["id"]: row for row in m.agenda_items(demo_store, meeting)}
    assert stored[first["id"]]["notes"] == "Forsta"
    qtbot.keyClick(mode.decision_entry, Qt.Key.Key_PageDown)
    assert mode.position == 2
    qtbot.keyClick(mode.notes, Qt.Key.Key_PageUp)
    assert mode.position == 1


def test_quick_decision_with_enter(qtbot, window, demo_store, meeting):
    mode = open_mode(qtbot, window, meeting)
    item = mode.current_item()
    mode.decision_entry.setFocus()
    qtbot.keyClicks(mode.decision_entry, "att godkanna dagordningen")
    qtbot.keyClick(mode.decision_entry, Qt.Key.Key_Return)
    assert [row["text"] for row in m.decisions(demo_store, item["id"])] == [
        "att godkanna dagordningen"
    ]
    assert mode.decision_model.rowCount() == 1


def test_attendance_ticks_in_meeting_mode(qtbot, window, demo_store, meeting):
    mode = open_mode(qtbot, window, meeting)
    model = mode.attendance_model
    model.setData(
        model.index(1, AttendanceModel.COL_ABSENT),
        Qt.CheckState.Checked,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert m.attendance(demo_store, meeting)[1]["presence"] == "absent"


def test_escape_leaves_meeting_mode(qtbot, window, meeting):
    mode = open_mode(qtbot, window, meeting)
    qtbot.keyClick(mode.notes, Qt.Key.Key_Escape)
    assert not mode.isVisible()
    assert window.centralWidget().mode_window is None


def test_locked_meeting_opens_read_only(qtbot, window, demo_store, meeting):
    make_ready_for_justering(demo_store, meeting)
    m.lock_meeting(demo_store, meeting, "2026-11-27")
    mode = open_mode(qtbot, window, meeting)
    assert mode.notes.isReadOnly() and mode.decision_entry.isReadOnly()
    assert mode.attendance_model.read_only


def test_meeting_mode_scales_with_the_window_and_keeps_names_whole(qtbot, window, meeting):
    mode = open_mode(qtbot, window, meeting)
    mode.showNormal()
    mode.resize(945, 623)
    qtbot.waitUntil(lambda: mode.width() == 945)
    qtbot.wait(50)
    small = mode.scale
    assert small < 1
    column = AttendanceModel.COL_NAME
    for row in range(mode.attendance_model.rowCount()):
        index = mode.attendance_model.index(row, column)
        name = mode.attendance_model.data(index)
        rect = mode.attendance.visualRect(index).adjusted(4, 0, -4, 0)
        metrics = mode.attendance.fontMetrics()
        needed = metrics.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), name)
        assert needed.height() <= rect.height() + 1, name
        assert all(metrics.horizontalAdvance(word) <= rect.width() for word in name.split())
    mode.resize(1920, 1080)
    qtbot.waitUntil(lambda: mode.width() == 1920)
    assert mode.scale > 1.3
    assert mode.title.font().pointSizeF() > 30
    deviations = next(i for i, item in enumerate(mode.items) if item["role"] == m.ROLE_DEVIATIONS)
    mode.show_item(deviations)
    assert mode.deviation_box.table.font().pointSizeF() >= 16 * 1.3


def test_meeting_mode_shows_the_position_and_the_time(qtbot, window, meeting):
    mode = open_mode(qtbot, window, meeting)
    mode.show_item(3)
    last = mode.items[-1]["number"]
    assert mode.position_label.text() == f"§ 4 av {last}" or mode.position_label.text() == (
        f"§ 4 of {last}"
    )
    assert mode.clock_label.text() == clock.now().strftime("%H:%M")
