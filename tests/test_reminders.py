"""Att göra: check-ins, answers, action items and the report upward on a pinned day."""

from __future__ import annotations

from datetime import date

import pytest

from narvard_desktop import clock
from narvard_desktop.errors import ValidationError
from narvard_desktop.services import action_plans, activities, deviations, meetings
from narvard_desktop.services.reminders import (
    ACTION_ITEM,
    ANSWER_DUE,
    CHECK_IN,
    REPORT_UPWARD,
    reminders,
    report_dates,
    set_report_dates,
    snooze,
)
from narvard_desktop.store.records import insert_record

MONDAY = "2027-03-08"


@pytest.fixture
def week(group_store):
    """Known data around Monday 8 March 2027, written with the clock on that day."""
    store = group_store
    with clock.pinned(MONDAY):
        group_id = store.require_group_id()
        plan_id = action_plans.create_plan(store, {"title": "Plan"})
        made = {
            "checkin_soon": activities.create_activity(
                store, plan_id, {"title": "Följ upp SIP", "next_checkin_date": "2027-03-12"}
            ),
            "checkin_later": activities.create_activity(
                store, plan_id, {"title": "Senare", "next_checkin_date": "2027-04-30"}
            ),
            "checkin_done": activities.create_activity(
                store,
                plan_id,
                {"title": "Klar", "next_checkin_date": "2027-03-09", "status": "done"},
            ),
        }
        org = insert_record(store.db, "organisations", group_id, {"name": "Vårdcentralen"})
        base = {
            "event_date": "2027-01-10",
            "reported_date": "2027-01-12",
            "category_code": "INUT",
            "reporting_organisation_id": org,
            "receiving_organisation_id": org,
            "description": "Sen utskrivning.",
        }
        # Reported 12 January: the 60 days run out on 13 March, within two weeks.
        made["answer_soon"] = deviations.create_deviation(store, base)
        made["answer_later"] = deviations.create_deviation(
            store, base | {"reported_date": "2027-03-01", "event_date": "2027-03-01"}
        )
        past = meetings.create_meeting(store, "2027-02-11", prefill_agenda=False)
        item = meetings.add_agenda_item(store, past, "Uppföljning", kind="decision")
        meetings.create_meeting(store, "2027-03-25", prefill_agenda=False)
        made["action_before"] = meetings.add_action_item(
            store, item, "Skicka rutinen", due_date="2027-03-20"
        )
        made["action_after"] = meetings.add_action_item(
            store, item, "Utvärdera", due_date="2027-04-15"
        )
        done = meetings.add_action_item(store, item, "Klart redan", due_date="2027-03-10")
        meetings.set_action_item_done(store, done)
        set_report_dates(store, ["2027-03-31", "2027-09-30"])
        store.db.conn.commit()
    return made


def _listed(store, day=MONDAY):
    with clock.pinned(day):
        return [(r.category, r.record_id, r.due.isoformat()) for r in reminders(store)]


def test_the_monday_list_holds_what_is_due_this_week_and_before_the_next_meeting(group_store, week):
    assert _listed(group_store) == [
        (CHECK_IN, week["checkin_soon"], "2027-03-12"),
        (ANSWER_DUE, week["answer_soon"], "2027-03-13"),
        (ACTION_ITEM, week["action_before"], "2027-03-20"),
        (REPORT_UPWARD, None, "2027-03-31"),
    ]


def test_a_snoozed_item_comes_back_a_week_later(group_store, week):
    with clock.pinned(MONDAY):
        first = reminders(group_store)[0]
        assert snooze(group_store, first) == date(2027, 3, 15)
    assert week["checkin_soon"] not in [r[1] for r in _listed(group_store)]
    assert week["checkin_soon"] not in [r[1] for r in _listed(group_store, "2027-03-14")]
    assert week["checkin_soon"] in [r[1] for r in _listed(group_store, "2027-03-15")]


def test_the_next_report_moves_on_after_its_date(group_store, week):
    reports = [r for r in _listed(group_store, "2027-04-01") if r[0] == REPORT_UPWARD]
    assert reports == [(REPORT_UPWARD, None, "2027-09-30")]


def test_reporting_dates_from_the_county_count_too(group_store, week):
    group_store.db.execute(
        "INSERT INTO reference_rows (list_name, key, position, data, version)"
        " VALUES ('rapporteringsdatum', '1', 0, '{\"datum\": \"2027-03-20\"}', '2027.1')"
    )
    group_store.reload_reference()
    assert date(2027, 3, 20) in report_dates(group_store)
    reports = [r for r in _listed(group_store) if r[0] == REPORT_UPWARD]
    assert reports == [(REPORT_UPWARD, None, "2027-03-20")]


def test_a_reporting_date_that_is_not_a_date_is_refused(group_store):
    with pytest.raises(ValidationError) as raised:
        set_report_dates(group_store, ["31 mars"])
    assert "31 mars" in str(raised.value)
    assert report_dates(group_store) == []


def test_a_group_with_nothing_due_has_an_empty_list(group_store):
    assert reminders(group_store) == []
