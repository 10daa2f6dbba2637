"""Kalenderfil (.ics) from the Möten page, for a group made by the setup wizard."""

from __future__ import annotations

from datetime import timedelta

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QMainWindow

from narvard_desktop import clock
from narvard_desktop.reports.calendar_ics import meeting_uid
from narvard_desktop.services import meetings as m
from narvard_desktop.ui.meetings.calendar_dialog import ALL, COMING, SELECTED
from narvard_desktop.ui.meetings.page import MeetingsPage


def day(offset: int) -> str:
    return (clock.today() + timedelta(days=offset)).isoformat()


@pytest.fixture
def page(qtbot, group_store):
    window = QMainWindow()
    widget = MeetingsPage(group_store)
    window.setCentralWidget(widget)
    qtbot.addWidget(window)
    window.resize(1200, 780)
    window.show()
    qtbot.waitExposed(window)
    widget.main_window = window  # the page's status bar lives in this window; keep it alive
    return widget


def events_in(path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def test_coming_meetings_are_written_and_the_status_bar_says_how_many(
    swedish_widgets, page, qtbot, tmp_path, shown_messages
):
    past = m.create_meeting(page.store, day(-20), start_time="09:00", place="Rådhuset")
    soon = m.create_meeting(page.store, day(7), start_time="13:00", place="Vårdcentralen")
    later = m.create_meeting(page.store, day(40))
    page.refresh()

    dialog = page.export_calendar()
    assert dialog.choice() == SELECTED  # a meeting is selected, so it is the default
    dialog.choice_buttons[COMING].setChecked(True)
    target = tmp_path / "gruppens möten"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.written):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    written = tmp_path / "gruppens möten.ics"  # the suffix is added when it is missing
    events = events_in(written)
    assert set(events) == {meeting_uid(soon), meeting_uid(later)}
    assert meeting_uid(past) not in events
    assert str(events[meeting_uid(soon)]["location"]) == "Vårdcentralen"
    message = page.window().statusBar().currentMessage()
    assert message == f"Skrev 2 möten till {written}."
    assert not dialog.isVisible()
    assert shown_messages.errors() == []


def test_only_the_selected_meeting_and_one_meeting_in_the_singular(
    swedish_widgets, page, qtbot, tmp_path
):
    m.create_meeting(page.store, day(3))
    m.create_meeting(page.store, day(9))
    page.refresh()
    page.list.setCurrentIndex(page.model.index(1, 0))
    chosen = page.current_meeting_id()

    dialog = page.export_calendar()
    dialog.path.setText(str(tmp_path / "ett.ics"))
    with qtbot.waitSignal(dialog.written):
        dialog.accept()

    assert set(events_in(tmp_path / "ett.ics")) == {meeting_uid(chosen)}
    assert page.last_message.startswith("Skrev 1 möte till ")


@pytest.mark.expects_message("inga möten")
def test_an_empty_group_is_told_there_is_nothing_to_write_and_no_file_appears(
    page, tmp_path, shown_messages
):
    dialog = page.export_calendar()
    assert not dialog.choice_buttons[SELECTED].isEnabled()
    assert dialog.choice() == COMING
    dialog.choice_buttons[ALL].setChecked(True)
    dialog.path.setText(str(tmp_path / "alla.ics"))
    dialog.accept()
    assert dialog.isVisible()
    assert not (tmp_path / "alla.ics").exists()
    assert not list(tmp_path.glob("*.part"))
    [error] = shown_messages.errors()
    assert "Det finns inga möten att lägga i kalenderfilen." in error.text


@pytest.mark.expects_message("finns inte")
def test_a_missing_folder_is_refused_in_plain_swedish_and_nothing_is_written(
    page, tmp_path, shown_messages
):
    m.create_meeting(page.store, day(5))
    page.refresh()
    dialog = page.export_calendar()
    missing = tmp_path / "saknas" / "moten.ics"
    dialog.path.setText(str(missing))
    dialog.accept()
    assert dialog.isVisible()
    assert not missing.parent.exists()
    [error] = shown_messages.errors()
    assert f"Mappen {missing.parent} finns inte" in error.text
