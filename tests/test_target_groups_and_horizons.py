"""Målgrupp from the county's list and goal horizons: checked, in Excel, in the report."""

from __future__ import annotations

import pytest

from narvard_desktop.errors import ValidationError
from narvard_desktop.services.action_plans import (
    create_goal,
    create_plan,
    get_plan,
    list_goals,
    update_goal,
    update_plan,
)
from narvard_desktop.services.followup_report import build_report, parse_report_period
from narvard_desktop.services.group_setup import GroupSetup, create_group
from narvard_desktop.store import Store
from narvard_desktop.xlsx import export_workbook, import_workbook


def test_the_reference_list_offers_the_prioritised_target_groups(group_store):
    codes = [row["code"] for row in group_store.reference.target_groups()]
    assert "BARN" in codes and "ALDRE" in codes
    assert group_store.reference.target_group_name("BARN") == "Barn och unga (barnkonventionen)"


def test_a_plan_takes_a_known_target_group_code_beside_its_free_text(group_store):
    plan = create_plan(
        group_store,
        {"title": "Plan", "target_group": "Äldre i ordinärt boende", "target_group_code": "aldre"},
    )
    assert get_plan(group_store, plan)["target_group_code"] == "ALDRE"
    with pytest.raises(ValidationError) as raised:
        update_plan(group_store, plan, {"target_group_code": "OKAND"})
    assert raised.value.details["field"] == "target_group_code"
    assert get_plan(group_store, plan)["target_group_code"] == "ALDRE"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"horizon": "medium"}, "horizon"),
        ({"target_year": 2031}, "target_year"),
        ({"target_year": "snart"}, "target_year"),
        ({"target_year": 2019}, "target_year"),
    ],
)
def test_a_goal_refuses_a_horizon_or_year_that_means_nothing(group_store, values, field):
    plan = create_plan(group_store, {"title": "Plan"})
    with pytest.raises(ValidationError) as raised:
        create_goal(group_store, plan, {"title": "Mål", **values})
    assert raised.value.details["field"] == field


def test_horizons_travel_through_excel_and_group_the_report(group_store, tmp_path):
    plan = create_plan(group_store, {"title": "Plan", "target_group_code": "BARN"})
    long_goal = create_goal(group_store, plan, {"title": "Färre akuta besök", "horizon": "long"})
    update_goal(group_store, long_goal, {"target_year": 2030})
    create_goal(
        group_store, plan, {"title": "SIP inom 30 dagar", "horizon": "short", "target_year": 2027}
    )
    create_goal(group_store, plan, {"title": "Utan horisont"})
    report = build_report(group_store, parse_report_period("2026"))
    goals = report.sections[0].goals
    assert [(g.title, g.horizon, g.target_year) for g in goals] == [
        ("SIP inom 30 dagar", "Kort sikt", 2027),
        ("Färre akuta besök", "Lång sikt", 2030),
        ("Utan horisont", "", None),
    ]
    assert goals[0].target_group == "Barn och unga (barnkonventionen)"
    out = tmp_path / "plan.xlsx"
    export_workbook(group_store, out)
    with Store(tmp_path / "other") as other:
        create_group(other, GroupSetup("lokal", "Närvårdssamverkan Mark", "1463"))
        preview = import_workbook(other, out)
        assert preview.ok and preview.applied, preview.errors
        (copy,) = [p for p in other.db.query("SELECT * FROM action_plans")]
        assert copy["target_group_code"] == "BARN"
        years = {
            g["title"]: (g["horizon"], g["target_year"]) for g in list_goals(other, copy["id"])
        }
        assert years == {
            "Färre akuta besök": ("long", 2030),
            "SIP inom 30 dagar": ("short", 2027),
            "Utan horisont": (None, None),
        }
