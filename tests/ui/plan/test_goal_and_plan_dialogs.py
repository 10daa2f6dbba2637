"""The plan dialog offers the county's målgrupper; the goal dialog a horizon and a target year."""

from __future__ import annotations

from narvard_desktop.services.action_plans import create_plan, get_plan, list_goals
from narvard_desktop.ui.plan.dialogs import GoalDialog, PlanDialog


def test_plan_dialog_saves_the_chosen_target_group(group_store, qtbot):
    dialog = PlanDialog(group_store)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Plan för barn och unga")
    dialog.target_group_combo.setCurrentIndex(dialog.target_group_combo.findData("BARN"))
    plan_id = dialog.write(dialog.values())
    assert get_plan(group_store, plan_id)["target_group_code"] == "BARN"
    again = PlanDialog(group_store, plan_id)
    qtbot.addWidget(again)
    assert again.target_group_combo.currentData() == "BARN"


def test_goal_dialog_saves_horizon_and_year_or_neither(group_store, qtbot):
    plan = create_plan(group_store, {"title": "Plan"})
    dialog = GoalDialog(group_store, plan)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Färre akuta besök")
    assert dialog.values()["target_year"] is None and dialog.values()["horizon"] is None
    dialog.horizon_combo.setCurrentIndex(dialog.horizon_combo.findData("long"))
    dialog.target_year.setValue(2030)
    goal_id = dialog.write(dialog.values())
    (goal,) = list_goals(group_store, plan)
    assert (goal["id"], goal["horizon"], goal["target_year"]) == (goal_id, "long", 2030)
    again = GoalDialog(group_store, plan, goal_id)
    qtbot.addWidget(again)
    assert again.target_year.value() == 2030 and again.horizon_combo.currentData() == "long"
