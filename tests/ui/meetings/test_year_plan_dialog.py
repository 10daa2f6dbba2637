"""Planera året from the Möten page: a series in one dialog, then shifted and extended."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMainWindow

from narvard_desktop.services import meetings as m
from narvard_desktop.services import year_plan as yp
from narvard_desktop.ui.meetings.page import MeetingsPage


@pytest.fixture
def page(qtbot, group_store):
    window = QMainWindow()
    widget = MeetingsPage(group_store)
    window.setCentralWidget(widget)
    qtbot.addWidget(window)
    window.resize(1200, 780)
    window.show()
    widget.main_window = window
    return widget


def test_six_thursdays_in_one_dialog_show_up_in_the_list(qtbot, page, group_store):
    dialog = page.plan_year()
    dialog.first.setDate(QDate(2027, 1, 14))
    dialog.place.setText("Stadshuset")
    assert dialog.preview.count() == 6
    assert all("torsdag" in dialog.preview.item(i).text() for i in range(6))
    dialog.accept()
    assert dialog.created is not None and len(dialog.created.meeting_ids) == 6
    assert page.model.rowCount() == 6
    first = m.get_meeting(group_store, dialog.created.meeting_ids[0])
    assert (first["meeting_date"], first["start_time"], first["place"]) == (
        "2027-01-14",
        "13:00",
        "Stadshuset",
    )


@pytest.mark.expects_message("4 mars")
def test_a_list_of_dates_with_a_bad_line_is_refused_and_nothing_is_written(
    qtbot, page, group_store
):
    dialog = page.plan_year()
    dialog.by_list.setChecked(True)
    dialog.dates.setPlainText("2027-02-04\n4 mars\n")
    assert dialog.preview.count() == 0 and "4 mars" in dialog.preview_note.text()
    dialog.accept()
    assert dialog.created is None
    assert m.list_meetings(group_store) == []


def test_a_series_can_be_moved_and_extended_from_the_dialog(qtbot, page, group_store):
    series = yp.plan_series(group_store, yp.SeriesRule(first=date(2027, 1, 14), count=2))
    dialog = page.plan_year()
    dialog.tabs.setCurrentIndex(1)
    assert dialog.series_choice.currentData() == series.id
    dialog.shift_days.setValue(7)
    dialog.shift_from.setDate(QDate(2027, 1, 1))
    dialog.shift_button.click()
    dates = [row["meeting_date"] for row in yp.series_meetings(group_store, series.id)]
    assert dates == ["2027-01-21", "2027-03-04"]
    dialog.extend_count.setValue(1)
    dialog.extend_button.click()
    assert len(yp.series_meetings(group_store, series.id)) == 3


def test_the_calendar_dialog_offers_the_selected_meetings_series(
    qtbot, page, group_store, tmp_path
):
    from icalendar import Calendar

    from narvard_desktop.ui.meetings.calendar_dialog import SERIES

    series = yp.plan_series(group_store, yp.SeriesRule(first=date(2027, 1, 14), count=3))
    lone = m.create_meeting(group_store, "2027-05-05")
    page.refresh()
    page.open_meeting(lone)
    assert page.export_calendar().choice_buttons[SERIES].isHidden()
    page.calendar_dialog.reject()
    page.open_meeting(series.meeting_ids[1])
    dialog = page.export_calendar()
    dialog.choice_buttons[SERIES].setChecked(True)
    dialog.path.setText(str(tmp_path / "serie.ics"))
    dialog.accept()
    events = Calendar.from_ical((tmp_path / "serie.ics").read_bytes()).walk("VEVENT")
    assert len(events) == 3
