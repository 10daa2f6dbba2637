"""Meetings as an iCalendar file: read back with a real iCalendar parser."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from icalendar import Calendar

from narvard_desktop import clock
from narvard_desktop.cli import main
from narvard_desktop.errors import ValidationError
from narvard_desktop.reports.calendar_ics import meeting_uid, write_calendar
from narvard_desktop.services import meetings as m


def read_events(path) -> list:
    calendar = Calendar.from_ical(path.read_bytes())
    return [component for component in calendar.walk("VEVENT")]


def coming(days: int) -> str:
    return (clock.today() + timedelta(days=days)).isoformat()


def test_a_meeting_is_an_event_in_swedish_time_with_its_agenda(group_store, tmp_path):
    meeting = m.create_meeting(
        group_store, "2027-06-10", start_time="13:00", end_time="15:30", place="Stadshuset"
    )
    path = tmp_path / "moten.ics"
    assert write_calendar(group_store, path, [meeting]) == 1

    calendar = Calendar.from_ical(path.read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert str(event["uid"]) == meeting_uid(meeting)
    start = event.decoded("dtstart")
    end = event.decoded("dtend")
    assert isinstance(start, datetime)
    assert str(start.tzinfo) == "Europe/Stockholm"
    # Summer time: 13:00 in Sweden is 11:00 UTC in June.
    assert start.utcoffset() == timedelta(hours=2)
    assert (start.hour, start.minute, end.hour, end.minute) == (13, 0, 15, 30)
    assert str(event["location"]) == "Stadshuset"
    assert str(event["status"]) == "CONFIRMED"
    assert "§ 1" in str(event["description"])
    assert "Närvårdssamverkan Borås" in str(event["summary"])
    # The time zone travels with the file, so Outlook needs no zone of its own.
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Stockholm"]


def test_sending_again_updates_the_same_event_and_a_deleted_meeting_is_cancelled(
    group_store, tmp_path
):
    meeting = m.create_meeting(group_store, coming(10), start_time="09:00")
    first = tmp_path / "first.ics"
    write_calendar(group_store, first)
    m.update_meeting(group_store, meeting, place="Sjukhuset, sal 3")
    second = tmp_path / "second.ics"
    write_calendar(group_store, second)

    (before,) = read_events(first)
    (after,) = read_events(second)
    assert str(before["uid"]) == str(after["uid"])
    assert int(after["sequence"]) > int(before["sequence"])
    assert str(after["location"]) == "Sjukhuset, sal 3"

    m.delete_meeting(group_store, meeting)
    third = tmp_path / "third.ics"
    write_calendar(group_store, third)
    (cancelled,) = read_events(third)
    assert str(cancelled["uid"]) == str(before["uid"])
    assert str(cancelled["status"]) == "CANCELLED"


def test_a_meeting_without_time_is_a_whole_day(group_store, tmp_path):
    meeting = m.create_meeting(group_store, "2027-03-04")
    path = tmp_path / "dag.ics"
    write_calendar(group_store, path, [meeting])
    (event,) = read_events(path)
    assert event.decoded("dtstart") == date(2027, 3, 4)
    assert event.decoded("dtend") == date(2027, 3, 5)


def test_only_meetings_from_the_chosen_day_are_written(group_store, tmp_path):
    m.create_meeting(group_store, coming(-30))
    upcoming = m.create_meeting(group_store, coming(20))
    path = tmp_path / "kommande.ics"
    assert write_calendar(group_store, path, since=clock.today()) == 1
    assert [str(event["uid"]) for event in read_events(path)] == [meeting_uid(upcoming)]
    assert write_calendar(group_store, path) == 2


def test_a_personnummer_refuses_the_file_and_writes_nothing(group_store, tmp_path):
    meeting = m.create_meeting(group_store, coming(5), place="Hos 19121212-1212")
    path = tmp_path / "x.ics"
    with pytest.raises(ValidationError) as refused:
        write_calendar(group_store, path, [meeting])
    message = refused.value.user_message()
    assert "platsen" in message
    assert "1212" not in message
    assert not path.exists()


def test_a_meeting_of_another_group_is_not_found(group_store, tmp_path):
    with pytest.raises(ValidationError):
        write_calendar(group_store, tmp_path / "x.ics", ["0190-not-a-meeting"])
    with pytest.raises(ValidationError):
        write_calendar(group_store, tmp_path / "x.ics")


def test_calendar_command_writes_the_next_meeting(group_store, data_dir, tmp_path, capsys):
    m.create_meeting(group_store, coming(40))
    nearest = m.create_meeting(group_store, coming(3), start_time="13:00", end_time="15:30")
    group_store.close()
    path = tmp_path / "nasta.ics"
    code = main(["--data-dir", str(data_dir), "calendar", "--out", str(path), "--meeting", "next"])
    assert code == 0
    assert "1 " in capsys.readouterr().out
    assert [str(event["uid"]) for event in read_events(path)] == [meeting_uid(nearest)]
