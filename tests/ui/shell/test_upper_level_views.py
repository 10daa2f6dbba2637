"""A delregional group sees the kommuner's avvikelser: all, one group, or side by side."""

import pytest
from PySide6.QtCore import Qt

from narvard_desktop import clock
from narvard_desktop.services.group_setup import GroupSetup, create_group
from narvard_desktop.store.records import insert_record, new_id
from narvard_desktop.ui.deviations.page import DeviationsPage
from narvard_desktop.ui.follow_up.page import FollowUpPage
from narvard_desktop.ui.meetings.page import MeetingsPage
from narvard_desktop.ui.plan.overview import GroupPlanOverview


@pytest.fixture
def area_store(store):
    create_group(
        store,
        GroupSetup("delregional", "Närvårdssamverkan Södra Älvsborg", delregion="Södra Älvsborg"),
    )
    db = store.db
    store.kommun_groups = {}
    with db.atomic():
        for name, cases in (("Borås", 3), ("Mark", 1)):
            group_id = new_id()
            db.table("groups").insert(
                {
                    "id": group_id,
                    "group_id": group_id,
                    "created_at": "2026-01-01T00:00:00Z",
                    "updated_at": "2026-01-01T00:00:00Z",
                    "name": name,
                    "level": "lokal",
                }
            )
            store.kommun_groups[name] = group_id
            insert_record(
                db,
                "meetings",
                group_id,
                {"meeting_date": "2026-10-01", "place": f"{name} stadshus"},
            )
            plan_id = insert_record(db, "action_plans", group_id, {"title": f"Plan {name}"})
            for index in range(cases):
                insert_record(
                    db,
                    "activities",
                    group_id,
                    {"action_plan_id": plan_id, "title": f"Aktivitet {index}", "way_code": "A4"},
                )
            for _ in range(cases):
                insert_record(
                    db,
                    "deviations",
                    group_id,
                    {
                        # Today, so that "this year" holds them on any pinned day.
                        "event_date": clock.today().isoformat(),
                        "reported_date": clock.today().isoformat(),
                        "category_code": "INUT",
                        "description": "Planering saknades.",
                    },
                )
    return store


def test_deviation_list_follows_the_group_choice(qtbot, area_store):
    page = DeviationsPage(area_store)
    qtbot.addWidget(page)
    page.show()
    assert page.group_selector.isVisible()
    assert page.model.rowCount() == 4
    page.group_selector.select_group(area_store.kommun_groups["Mark"])
    assert page.model.rowCount() == 1
    page.group_selector.compare_groups([area_store.kommun_groups["Borås"]])
    assert page.model.rowCount() == 3


def test_follow_up_compares_groups_side_by_side(qtbot, area_store):
    page = FollowUpPage(area_store)
    qtbot.addWidget(page)
    page.show()
    tab = page.deviations_tab
    tab.quick.setCurrentIndex(tab.quick.findData("this_year"))
    assert not tab.compare_chart.isVisible()
    tab.group_selector.compare_groups(list(area_store.kommun_groups.values()))
    assert tab.compare_chart.isVisible()
    tab.group_selector.select_group(area_store.kommun_groups["Borås"])
    assert "3" in tab.summary.text()


def test_local_group_sees_no_group_choice(qtbot, demo_store):
    page = DeviationsPage(demo_store)
    qtbot.addWidget(page)
    page.show()
    assert not page.group_selector.isVisible()


def test_meetings_of_the_kommuner_are_listed_with_their_group(qtbot, area_store):
    page = MeetingsPage(area_store)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 2
    # Whose meeting it is has a column of its own, first; the place is only the place.
    places = {page.model.index(row, page.model.COL_PLACE).data() for row in range(2)}
    assert places == {"Borås stadshus", "Mark stadshus"}
    groups = {page.model.index(row, page.model.COL_GROUP).data() for row in range(2)}
    assert groups == {"Borås", "Mark"}
    assert not page.list.isColumnHidden(page.model.COL_GROUP)
    assert page.list.horizontalHeader().visualIndex(page.model.COL_GROUP) == 0
    page.group_selector.select_group(area_store.kommun_groups["Mark"])
    assert page.model.rowCount() == 1
    assert page.list.isColumnHidden(page.model.COL_GROUP)


def test_deviation_list_has_a_group_column_while_several_groups_are_shown(qtbot, area_store):
    from narvard_desktop.ui.deviations.list_model import COL_GROUP, COL_REPORTED

    page = DeviationsPage(area_store)
    qtbot.addWidget(page)
    page.show()
    assert not page.table.isColumnHidden(COL_GROUP)
    groups = {page.model.index(row, COL_GROUP).data() for row in range(4)}
    assert groups == {"Borås", "Mark"}
    # No arrow per row any more: the column says it.
    assert page.model.index(0, COL_REPORTED).data(Qt.ItemDataRole.DecorationRole) is None
    page.group_selector.select_group(area_store.kommun_groups["Mark"])
    assert page.table.isColumnHidden(COL_GROUP)
    page.group_selector.compare_groups(list(area_store.kommun_groups.values()))
    assert not page.table.isColumnHidden(COL_GROUP)


def test_local_group_lists_have_no_group_column(qtbot, demo_store):
    from narvard_desktop.ui.deviations.list_model import COL_GROUP

    page = DeviationsPage(demo_store)
    qtbot.addWidget(page)
    page.show()
    assert page.table.isColumnHidden(COL_GROUP)
    meetings = MeetingsPage(demo_store)
    qtbot.addWidget(meetings)
    assert meetings.list.isColumnHidden(meetings.model.COL_GROUP)


def test_plan_follow_up_counts_the_chosen_groups(qtbot, area_store):
    overview = GroupPlanOverview(area_store)
    qtbot.addWidget(overview)
    overview.show()

    def a4_total():
        row = next(r for r in overview.overview.status_model.rows if r.way_code == "A4")
        return sum(row.counts.values())

    assert a4_total() == 4
    overview.group_selector.select_group(area_store.kommun_groups["Borås"])
    assert a4_total() == 3


def test_plan_view_lists_every_groups_activities_read_only(qtbot, area_store):
    from narvard_desktop.ui.plan.page import ALL_PLANS, PlanPage

    page = PlanPage(area_store)
    qtbot.addWidget(page)
    page.show()
    assert page.plan_combo.itemData(0) == ALL_PLANS
    assert "Mark" in page.plan_combo.itemText(2) or "Mark" in page.plan_combo.itemText(1)
    page.plan_combo.setCurrentIndex(0)
    assert page.activity_model.rowCount() == 4
    assert page.is_read_only() and not page.new_activity_button.isEnabled()
    column = page.activity_model.headerData(1, Qt.Orientation.Horizontal)
    assert column == "Plan"
    plans = {page.activity_model.row_at(row)["plan_title"] for row in range(4)}
    assert plans == {"Plan Borås", "Plan Mark"}
    from narvard_desktop.ui.plan.activity_model import COL_GROUP

    assert not page.table.isColumnHidden(COL_GROUP)
    groups = {page.activity_model.index(row, COL_GROUP).data() for row in range(4)}
    assert groups == {"Borås", "Mark"}
    page.plan_combo.setCurrentIndex(1)
    assert page.table.isColumnHidden(COL_GROUP)
