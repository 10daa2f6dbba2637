"""Planning the year: holidays, summer break, year ends, roles, shifting and extending."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from narvard_desktop.errors import ValidationError
from narvard_desktop.services import meetings
from narvard_desktop.services.year_plan import (
    SeriesRule,
    easter_sunday,
    extend_series,
    get_series,
    plan_series,
    series_dates,
    series_meetings,
    series_of_meeting,
    shift_series,
    swedish_holidays,
)
from narvard_desktop.store.records import insert_record


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2038, date(2038, 4, 25)),
    ],
)
def test_easter_falls_on_the_known_sundays(year, easter):
    assert easter_sunday(year) == easter


def test_the_moving_holidays_of_2027():
    holidays = swedish_holidays(2027)
    named = {name: day for day, name in holidays.items()}
    assert named["Långfredagen"] == date(2027, 3, 26)
    assert named["Kristi himmelsfärdsdag"] == date(2027, 5, 6)
    assert named["Midsommarafton"] == date(2027, 6, 25)
    assert named["Alla helgons dag"] == date(2027, 11, 6)
    assert named["Sveriges nationaldag"] == date(2027, 6, 6)


def test_every_six_weeks_on_thursdays_skips_ascension_day_and_the_summer():
    # Thursday 25 March 2027; six weeks on is Kristi himmelsfärd (6 May).
    days = series_dates(SeriesRule(first=date(2027, 3, 25), every_weeks=6, count=6))
    assert days == [
        date(2027, 3, 25),
        date(2027, 5, 13),  # a week after Kristi himmelsfärd
        date(2027, 8, 19),  # 24 June is in the summer break: the first Thursday after it
        date(2027, 9, 30),
        date(2027, 11, 11),
        date(2027, 12, 23),
    ]
    assert all(day.weekday() == 3 for day in days)
    assert not any(date(2027, 6, 15) <= day <= date(2027, 8, 15) for day in days)
    assert not any(day in swedish_holidays(day.year) for day in days)
    assert all((b - a).days >= 42 for a, b in zip(days, days[1:], strict=False))


def test_a_series_runs_over_the_year_end_past_the_christmas_holidays():
    # Thursday 12 November 2026, every six weeks: 24 December is julafton.
    days = series_dates(SeriesRule(first=date(2026, 11, 12), every_weeks=6, count=3))
    # Julafton, then nyårsafton a week later, so the first Thursday of the new year.
    assert days == [date(2026, 11, 12), date(2027, 1, 7), date(2027, 2, 18)]


def test_an_end_date_instead_of_a_count():
    days = series_dates(
        SeriesRule(first=date(2027, 1, 14), every_weeks=4, count=None, until=date(2027, 12, 31))
    )
    assert days[-1] <= date(2027, 12, 31) and len(days) >= 9
    assert days[-1] + timedelta(weeks=4) > date(2027, 12, 31)


def test_a_rule_without_an_end_or_with_a_bad_rhythm_is_refused():
    with pytest.raises(ValidationError):
        series_dates(SeriesRule(first=date(2027, 1, 14), count=None, until=None))
    with pytest.raises(ValidationError):
        series_dates(SeriesRule(first=date(2027, 1, 14), every_weeks=0))


def test_planning_the_year_makes_meetings_with_agenda_and_roles(group_store):
    group_id = group_store.require_group_id()
    with group_store.db.atomic():
        chair = insert_record(
            group_store.db, "people", group_id, {"name": "Anna Ek", "function": "Ordförande"}
        )
        secretary = insert_record(
            group_store.db, "people", group_id, {"name": "Bo Lund", "function": "sekreterare"}
        )
    series = plan_series(
        group_store,
        SeriesRule(first=date(2027, 1, 14), every_weeks=6, count=6),
        start_time="13:00",
        end_time="15:30",
        place="Stadshuset",
    )
    listed = series_meetings(group_store, series.id)
    assert len(listed) == 6
    first = listed[0]
    assert (first["start_time"], first["end_time"], first["place"]) == (
        "13:00",
        "15:30",
        "Stadshuset",
    )
    assert (first["chair_person_id"], first["secretary_person_id"]) == (chair, secretary)
    assert len(meetings.agenda_items(group_store, first["id"])) > 5
    assert series_of_meeting(group_store, first["id"]).id == series.id
    # A single meeting stays editable.
    meetings.update_meeting(group_store, first["id"], place="Digitalt")
    assert meetings.get_meeting(group_store, first["id"])["place"] == "Digitalt"


def test_a_list_of_dates_makes_a_series_too(group_store):
    series = plan_series(group_store, dates=[date(2027, 9, 2), date(2027, 2, 4)])
    assert [m["meeting_date"] for m in series_meetings(group_store, series.id)] == [
        "2027-02-04",
        "2027-09-02",
    ]
    with pytest.raises(ValidationError):
        plan_series(group_store, dates=[])


def test_shifting_moves_the_coming_meetings_and_leaves_earlier_ones(group_store):
    series = plan_series(group_store, SeriesRule(first=date(2027, 1, 14), count=4))
    before = [m["meeting_date"] for m in series_meetings(group_store, series.id)]
    moved = shift_series(group_store, series.id, 7, from_day=date(2027, 2, 1))
    after = [m["meeting_date"] for m in series_meetings(group_store, series.id)]
    assert moved == 3
    assert after[0] == before[0]
    assert after[1:] == [
        (date.fromisoformat(d) + timedelta(days=7)).isoformat() for d in before[1:]
    ]


def test_extending_adds_meetings_on_the_same_rhythm(group_store):
    series = plan_series(group_store, SeriesRule(first=date(2027, 1, 14), every_weeks=6, count=2))
    added = extend_series(group_store, series.id, 2)
    listed = [m["meeting_date"] for m in series_meetings(group_store, series.id)]
    assert len(added) == 2 and len(listed) == 4
    assert len(get_series(group_store, series.id).meeting_ids) == 4
    assert listed == ["2027-01-14", "2027-02-25", "2027-04-08", "2027-05-20"]


def test_the_whole_series_goes_to_one_calendar_file_with_stable_uids(group_store, tmp_path):
    from icalendar import Calendar

    from narvard_desktop.cli import main
    from narvard_desktop.reports.calendar_ics import meeting_uid

    series = plan_series(
        group_store,
        SeriesRule(first=date(2027, 1, 14), count=6),
        start_time="13:00",
        end_time="15:30",
    )
    other = meetings.create_meeting(group_store, "2027-03-03")
    group_store.db.conn.commit()
    out = tmp_path / "serie.ics"
    args = ["--data-dir", str(group_store.data_dir), "calendar", "--out", str(out)]
    assert main([*args, "--series", series.meeting_ids[2]]) == 0
    first = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert [str(e["UID"]) for e in first] == [meeting_uid(i) for i in series.meeting_ids]
    assert meeting_uid(other) not in [str(e["UID"]) for e in first]
    # Moved later and sent again: the same events, a higher sequence, the new dates.
    shift_series(group_store, series.id, 7, from_day=date(2027, 1, 1))
    group_store.db.conn.commit()
    assert main([*args, "--series", series.meeting_ids[0]]) == 0
    again = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert [str(e["UID"]) for e in again] == [str(e["UID"]) for e in first]
    assert again[0]["DTSTART"].dt.date() == date(2027, 1, 21)
    assert int(again[0]["SEQUENCE"]) > int(first[0]["SEQUENCE"])


def test_a_meeting_outside_any_series_is_refused_for_a_series_file(group_store, tmp_path, capsys):
    from narvard_desktop.cli import main

    lone = meetings.create_meeting(group_store, "2027-03-03")
    group_store.db.conn.commit()
    args = ["--data-dir", str(group_store.data_dir), "calendar", "--out", str(tmp_path / "x.ics")]
    assert main([*args, "--series", lone]) != 0
    assert not (tmp_path / "x.ics").exists()
