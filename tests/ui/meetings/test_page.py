"""The Möten page: the meeting list, a new meeting, details, attendance, guests, deletion."""

from __future__ import annotations

from datetime import date

import pytest
from justering_helpers import make_ready_for_justering
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from narvard_desktop.services import meetings as m
from narvard_desktop.store.records import insert_record, new_id
from narvard_desktop.ui.meetings.editor import NewMeetingDialog
from narvard_desktop.ui.meetings.models import AttendanceModel, MeetingListModel
from narvard_desktop.ui.meetings.page import TAB_DETAILS, MeetingsPage

ANCHOR = date(2026, 10, 15)
HOSTILE = (
    "<b>fet</b> & a<b",
    "=cmd|' /C calc'!A0",
    "Lång text " * 20,
    "Emoji 😀👍🏽",
    "مرحبا بالعالم",
)


@pytest.fixture
def page(qtbot, demo_store):
    widget = MeetingsPage(demo_store, today=ANCHOR)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fill_new_meeting(monkeypatch, day: str, place: str = "Stadshuset", digital: bool = False):
    def fake_exec(dialog: NewMeetingDialog) -> int:
        dialog.date.set_value(day)
        dialog.start.setText("9:00")
        dialog.end.setText("11:30")
        dialog.place.setText(place)
        dialog.digital.setChecked(digital)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewMeetingDialog, "exec", fake_exec)


def test_list_shows_upcoming_meetings_first_then_past_newest_first(page):
    model = page.model
    dates = [
        model.data(model.index(row, MeetingListModel.COL_DATE)) for row in range(model.rowCount())
    ]
    today = ANCHOR.isoformat()
    upcoming = [day for day in dates if day >= today]
    past = [day for day in dates if day < today]
    assert upcoming and past
    assert dates == sorted(upcoming) + sorted(past, reverse=True)
    # Upcoming rows are bold, past ones are not.
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(len(upcoming), 0), Qt.ItemDataRole.FontRole) is None


def test_ctrl_n_creates_a_meeting_with_the_numbered_standard_agenda(page, qtbot, monkeypatch):
    fill_new_meeting(monkeypatch, "2026-11-20")
    page.activateWindow()
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    meeting = page.view.meeting
    assert meeting is not None and meeting["meeting_date"] == "2026-11-20"
    assert meeting["start_time"] == "09:00" and meeting["end_time"] == "11:30"
    standard = [row["item"] for row in page.store.reference.standard_agenda()]
    agenda = page.view.agenda.model
    shown = [agenda.data(agenda.index(row, 0)) for row in range(agenda.rowCount())]
    assert shown == [f"§ {number}  {title}" for number, title in enumerate(standard, start=1)]
    assert page.current_meeting_id() == meeting["id"]
    # Everyone in the group is invited and present by default.
    assert page.view.attendance.model.rowCount() == len(m.attendance(page.store, meeting["id"])) > 0


def test_digital_meeting_reads_digitalt(page, monkeypatch):
    fill_new_meeting(monkeypatch, "2026-11-21", digital=True)
    meeting_id = page.new_meeting()
    assert m.get_meeting(page.store, meeting_id)["place"] == m.DIGITAL_PLACE


def test_details_save_when_the_field_is_left(page, monkeypatch):
    fill_new_meeting(monkeypatch, "2026-11-22")
    meeting_id = page.new_meeting()
    page.view.tabs.setCurrentIndex(TAB_DETAILS)
    details = page.view.details
    details.place.setText("Kulturhuset, sal 2")
    details.place.editingFinished.emit()
    details.digital.click()
    assert m.get_meeting(page.store, meeting_id)["place"] == m.DIGITAL_PLACE
    details.digital.click()
    details.place.editingFinished.emit()
    assert m.get_meeting(page.store, meeting_id)["place"] == "Kulturhuset, sal 2"
    details.adjuster1.setCurrentIndex(1)
    details.adjuster1.activated.emit(1)
    details.adjuster2.setCurrentIndex(2)
    details.adjuster2.activated.emit(2)
    details.chair.setCurrentIndex(3)
    details.chair.activated.emit(3)
    stored = m.get_meeting(page.store, meeting_id)
    assert stored["adjuster1_person_id"] == details.adjuster1.itemData(1)
    assert stored["adjuster2_person_id"] == details.adjuster2.itemData(2)
    assert stored["chair_person_id"] == details.chair.itemData(3)


@pytest.mark.expects_message("25:99")
def test_bad_time_is_refused_in_plain_words_and_nothing_changes(page, monkeypatch, shown_messages):
    fill_new_meeting(monkeypatch, "2026-11-22")
    meeting_id = page.new_meeting()
    page.view.details.start.setText("25:99")
    page.view.details.start.editingFinished.emit()
    assert shown_messages and "25:99" in shown_messages[-1]
    assert m.get_meeting(page.store, meeting_id)["start_time"] == "09:00"


def test_ticking_attendance_and_adding_a_guest(page, qtbot, monkeypatch):
    fill_new_meeting(monkeypatch, "2026-11-23")
    meeting_id = page.new_meeting()
    panel = page.view.attendance
    model = panel.model
    first = model.rows[0]
    model.setData(
        model.index(0, AttendanceModel.COL_ABSENT),
        Qt.CheckState.Checked,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert {row["id"]: row["presence"] for row in m.attendance(page.store, meeting_id)}[
        first["id"]
    ] == "absent"
    # Unticking the current presence changes nothing (the ticks work as radio buttons).
    model.setData(
        model.index(0, AttendanceModel.COL_ABSENT),
        Qt.CheckState.Unchecked,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert m.attendance(page.store, meeting_id)[0]["presence"] == "absent"
    assert "1" in panel.summary.text()

    page.view.tabs.setCurrentIndex(TAB_DETAILS)
    panel.guest_name.setText("Gästa Gästsson")
    panel.guest_organisation.setText("Länsstyrelsen")
    panel.guest_function.setText("Utredare")
    qtbot.keyClick(panel.guest_function, Qt.Key.Key_Return)
    guest = next(row for row in m.attendance(page.store, meeting_id) if row["person_id"] is None)
    assert (guest["name"], guest["organisation_name"], guest["function"], guest["presence"]) == (
        "Gästa Gästsson",
        "Länsstyrelsen",
        "Utredare",
        "co_opted",
    )
    assert panel.guest_name.text() == ""
    names = [
        model.data(model.index(row, AttendanceModel.COL_NAME)) for row in range(model.rowCount())
    ]
    assert any("Gästa Gästsson" in name for name in names)


@pytest.mark.expects_message("Skriv personens namn")
def test_guest_without_a_name_is_refused(page, monkeypatch, shown_messages):
    fill_new_meeting(monkeypatch, "2026-11-23")
    meeting_id = page.new_meeting()
    before = len(m.attendance(page.store, meeting_id))
    page.view.attendance.guest_organisation.setText("Länsstyrelsen")
    page.view.attendance.add_guest()
    assert shown_messages
    assert len(m.attendance(page.store, meeting_id)) == before


def test_delete_asks_first_and_removes_the_meeting(page, monkeypatch, shown_messages):
    fill_new_meeting(monkeypatch, "2026-11-24")
    meeting_id = page.new_meeting()
    page.delete_meeting()
    assert any("2026-11-24" in text for text in shown_messages)
    assert page.model.row_of(meeting_id) == -1
    assert meeting_id not in {row["id"] for row in m.list_meetings(page.store)}


def test_another_groups_meeting_offers_no_delete_and_asks_nothing(page, shown_messages):
    store = page.store
    other_group = new_id()
    insert_record(
        store.db,
        "groups",
        other_group,
        {"id": other_group, "name": "Närvård Ulricehamn", "level": "lokal"},
    )
    imported = insert_record(
        store.db, "meetings", other_group, {"meeting_date": "2026-11-12", "kind": "protocol"}
    )
    item = insert_record(
        store.db,
        "agenda_items",
        other_group,
        {"meeting_id": imported, "title": "Övriga frågor", "kind": "information", "position": 1},
    )
    insert_record(store.db, "decisions", other_group, {"agenda_item_id": item, "text": "x"})
    store.db.conn.commit()
    page.view.set_meeting(imported)
    page._update_buttons()
    panel = page.view.agenda.panel
    assert panel.read_only and not panel.remove_decision_button.isEnabled()
    assert panel.decision_model.rowCount() == 1
    panel.decision_list.setCurrentIndex(panel.decision_model.index(0, 0))
    panel.remove_decision()
    page.view.agenda.remove_item()
    assert not page.delete_button.isEnabled()
    assert page.delete_button.toolTip()
    page.delete_meeting()
    assert shown_messages == []
    assert not store.record("meetings", imported)["deleted"]
    assert not page.view.agenda.add_button.isEnabled()
    assert not page.view.agenda.remove_button.isEnabled()


@pytest.mark.expects_message("låst")
def test_locked_meeting_cannot_be_deleted(page, monkeypatch, shown_messages):
    fill_new_meeting(monkeypatch, "2026-11-25")
    meeting_id = page.new_meeting()
    make_ready_for_justering(page.store, meeting_id)
    page.view.reload()
    page.view.lock("2026-11-30")
    assert not page.delete_button.isEnabled()
    page.delete_meeting()
    assert shown_messages  # the refusal, in one sentence
    assert meeting_id in {row["id"] for row in m.list_meetings(page.store)}
    assert "2026-11-30" in page.model.data(
        page.model.index(page.model.row_of(meeting_id), MeetingListModel.COL_STATUS)
    )


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_stored_and_shown_literally(page, monkeypatch, text):
    fill_new_meeting(monkeypatch, "2026-11-26", place=text)
    meeting_id = page.new_meeting()
    details = page.view.details
    details.title_edit.setText(text)
    details.title_edit.editingFinished.emit()
    stored = m.get_meeting(page.store, meeting_id)
    assert stored["place"] == text.strip() and stored["title"] == text.strip()
    assert page.view.heading.textFormat() == Qt.TextFormat.PlainText
    assert text.strip() in page.view.heading.text()
    panel = page.view.attendance
    panel.guest_name.setText(text)
    panel.guest_organisation.setText(text)
    panel.guest_function.setText(text)
    panel.add_guest()
    guest = next(row for row in m.attendance(page.store, meeting_id) if row["person_id"] is None)
    assert guest["name"] == guest["organisation_name"] == guest["function"] == text.strip()
    for label in page.findChildren(QLabel):
        if text.strip()[:20] in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText
