"""The plan page opens what the search, the year wheel or a link asks for, in its own plan."""

from __future__ import annotations

from narvard_desktop.services.action_plans import create_goal, create_plan
from narvard_desktop.services.indicators import create_indicator, record_indicator_value
from narvard_desktop.ui.plan.page import TAB_INDICATORS, PlanPage


def test_a_goal_and_an_indicator_of_another_plan_are_opened_where_they_belong(group_store, qtbot):
    first = create_plan(group_store, {"title": "Första planen"})
    create_goal(group_store, first, {"title": "Ett mål"})
    second = create_plan(group_store, {"title": "Andra planen"})
    goal = create_goal(group_store, second, {"title": "Tryggare hemgång"})
    indicator = create_indicator(group_store, second, {"name": "Återinskrivningar"})
    value = record_indicator_value(group_store, indicator, "2026-Q1", 12)
    page = PlanPage(group_store)
    qtbot.addWidget(page)
    page.show()
    page._fill_plans(select=first)
    assert page.plan_id == first

    page.open_record("goals", goal)
    assert page.plan_id == second and page.goal_id == goal

    page._fill_plans(select=first)
    page.open_record("indicator_values", value)
    assert page.plan_id == second and page.goal_id is None
    assert page.tabs.currentIndex() == TAB_INDICATORS
    assert page.indicators.current_indicator_id() == indicator
