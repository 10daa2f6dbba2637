"""Demo data: offered only in an empty group, and removed in one step, exactly."""

from datetime import date

from narvard_desktop.services.action_plans import create_plan, list_plans
from narvard_desktop.services.demo import (
    demo_record_counts,
    demo_records,
    fill_demo_data,
    group_is_empty,
    remove_demo_data,
)
from narvard_desktop.services.meetings import create_meeting, list_meetings

ANCHOR = date(2026, 10, 15)


def live(store, table):
    group_id = store.require_group_id()
    return store.db.execute(
        f"SELECT COUNT(*) FROM {table} WHERE deleted = 0 AND group_id = ?", [group_id]
    ).fetchone()[0]


def test_a_group_made_by_setup_is_empty_and_is_not_after_demo_data(group_store):
    assert group_is_empty(group_store)
    fill_demo_data(group_store, seed=3, anchor=ANCHOR)
    assert not group_is_empty(group_store)


def test_a_real_plan_makes_the_group_not_empty(group_store):
    create_plan(group_store, {"title": "Vår plan"})
    assert not group_is_empty(group_store)


def test_removing_demo_data_takes_exactly_what_it_added(group_store):
    organisations = live(group_store, "organisations")
    people = live(group_store, "people")
    fill_demo_data(group_store, seed=3, anchor=ANCHOR)
    counts = demo_record_counts(group_store)
    assert counts["action_plans"] >= 1 and counts["deviations"] >= 1 and counts["meetings"] >= 1
    # What the user adds beside the demo stays.
    real_plan = create_plan(group_store, {"title": "Vår riktiga plan"})
    real_meeting = create_meeting(group_store, "2026-12-15", place="Stadshuset")
    removed = remove_demo_data(group_store)
    assert removed == sum(counts.values())
    assert [plan["id"] for plan in list_plans(group_store)] == [real_plan]
    assert [meeting["id"] for meeting in list_meetings(group_store)] == [real_meeting]
    assert live(group_store, "deviations") == 0
    # The setup's organisations are not demo data.
    assert live(group_store, "organisations") == organisations
    assert live(group_store, "people") == people
    assert demo_records(group_store) == []
    assert remove_demo_data(group_store) == 0
