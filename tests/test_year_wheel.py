"""Årshjulet's entries: every dated thing of the own group in one year."""

from __future__ import annotations

from datetime import date

from narvard_desktop.services import action_plans, activities, indicators, meetings
from narvard_desktop.services.reminders import set_report_dates
from narvard_desktop.services.year_wheel import (
    ACTION_ITEM_DUE,
    ACTIVITY_DUE,
    INDICATOR,
    MEETING,
    PLAN_PERIOD,
    REPORT,
    year_entries,
)


def test_a_year_holds_meetings_reports_periods_and_due_dates(group_store):
    store = group_store
    plan_id = action_plans.create_plan(
        store, {"title": "Plan 2026–2027", "period_start": "2026-07-01", "period_end": "2027-06-30"}
    )
    activity = activities.create_activity(
        store, plan_id, {"title": "Utbilda", "due_date": "2027-05-31"}
    )
    activities.create_activity(
        store, plan_id, {"title": "Klar", "due_date": "2027-04-30", "status": "done"}
    )
    indicator = indicators.create_indicator(
        store, plan_id, {"name": "Andel SIP", "target_date": "2027-12-31"}
    )
    meeting = meetings.create_meeting(store, "2027-02-11", start_time="13:00", title="Vårmöte")
    meetings.create_meeting(store, "2028-01-13")
    item = meetings.add_agenda_item(store, meeting, "Uppföljning", kind="decision")
    action = meetings.add_action_item(store, item, "Skicka rutinen", due_date="2027-03-01")
    set_report_dates(store, ["2027-03-31", "2028-03-31"])
    store.db.conn.commit()

    entries = year_entries(store, 2027)
    found = {(e.category, e.record_id, e.start.isoformat(), e.end.isoformat()) for e in entries}
    assert found == {
        (MEETING, meeting, "2027-02-11", "2027-02-11"),
        (REPORT, None, "2027-03-31", "2027-03-31"),
        (PLAN_PERIOD, plan_id, "2027-01-01", "2027-06-30"),
        (INDICATOR, indicator, "2027-12-31", "2027-12-31"),
        (ACTIVITY_DUE, activity, "2027-05-31", "2027-05-31"),
        (ACTION_ITEM_DUE, action, "2027-03-01", "2027-03-01"),
    }
    assert [e.title for e in entries if e.category == MEETING] == ["13:00 Vårmöte"]
    assert [e.category for e in entries][0] == MEETING
    assert {e.start for e in year_entries(store, 2028)} >= {date(2028, 1, 13), date(2028, 3, 31)}


def test_a_group_with_nothing_dated_has_an_empty_year(group_store):
    assert year_entries(group_store, 2027) == []
