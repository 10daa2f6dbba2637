"""Reading indicator values from a Kolada file in the plan view, from a group made by setup."""

from __future__ import annotations

import pytest

from narvard_desktop.services.action_plans import create_plan
from narvard_desktop.services.indicators import create_indicator, list_indicator_values
from narvard_desktop.ui.plan.indicator_panel import IndicatorPanel

KOLADA = "kpi;municipality;period;value\nN00945;1490;2024;41,5\nN00945;1490;2025;44\n"


@pytest.fixture
def panel(group_store, qtbot, swedish_widgets):
    plan = create_plan(group_store, {"title": "Plan"})
    indicator = create_indicator(
        group_store, plan, {"name": "Undvikbar slutenvård", "statistics_code": "N00945"}
    )
    widget = IndicatorPanel(group_store)
    qtbot.addWidget(widget)
    widget.set_plan(plan)
    widget.show()
    return widget, indicator


def test_values_from_a_file_are_previewed_then_read_in(panel, group_store, tmp_path):
    widget, indicator = panel
    assert widget.statistics_button.isEnabled()
    path = tmp_path / "kolada.csv"
    path.write_text(KOLADA, encoding="utf-8")
    dialog = widget.import_statistics()
    assert dialog.area_edit.text() == "1490"
    dialog.open_file(path)
    rows = [
        [dialog.model.item(row, column).text() for column in range(4)]
        for row in range(dialog.model.rowCount())
    ]
    assert rows == [
        ["Undvikbar slutenvård", "2024", "41,5", "Nytt värde"],
        ["Undvikbar slutenvård", "2025", "44", "Nytt värde"],
    ]
    assert dialog.summary.text().startswith("2 värden att skriva.")
    assert list_indicator_values(group_store, indicator) == [], "the preview writes nothing"
    assert dialog.read_button.isEnabled()
    dialog.read_button.click()
    assert [v["value"] for v in list_indicator_values(group_store, indicator)] == [41.5, 44.0]


def test_bad_rows_are_listed_and_nothing_can_be_read_in(panel, group_store, tmp_path):
    widget, indicator = panel
    path = tmp_path / "bad.csv"
    path.write_text(KOLADA + "N00945;1490;2026;massor\n", encoding="utf-8")
    dialog = widget.import_statistics()
    dialog.open_file(path)
    assert not dialog.read_button.isEnabled()
    assert dialog.problems.isVisible()
    assert "Rad 4" in dialog.problems.text()
    assert list_indicator_values(group_store, indicator) == []


def test_a_file_that_is_no_statistics_is_said_in_the_dialog(panel, tmp_path):
    widget, _indicator = panel
    path = tmp_path / "other.csv"
    path.write_text("a;b\n1;2\n", encoding="utf-8")
    dialog = widget.import_statistics()
    dialog.open_file(path)
    assert "other.csv" in dialog.problems.text()
    assert not dialog.read_button.isEnabled()
