"""Indicators in the plan view: entering a value with the keyboard, the chart data, the dialog."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from narvard_desktop.services.indicators import (
    indicator_chart_data,
    list_indicator_values,
    list_indicators,
)
from narvard_desktop.ui.plan.indicator_panel import IndicatorDialog, format_number, next_period
from narvard_desktop.ui.plan.page import TAB_INDICATORS, PlanPage

TODAY = date(2026, 10, 15)


@pytest.fixture
def page(demo_store, qtbot):
    widget = PlanPage(demo_store, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.tabs.setCurrentIndex(TAB_INDICATORS)
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize(
    ("latest", "expected"),
    [
        ("2026-Q3", "2026-Q4"),
        ("2026-Q4", "2027-Q1"),
        ("2026-T3", "2027-T1"),
        ("2026-H1", "2026-H2"),
        ("2026-12", "2027-01"),
        ("2026", "2027"),
        (None, "2026-Q3"),
    ],
)
def test_next_period_follows_the_kind_of_the_latest(latest, expected):
    assert next_period(latest, TODAY) == expected


def test_numbers_are_shown_with_a_decimal_comma():
    assert [format_number(v) for v in (12.5, 12.0, -3.25, None)] == ["12,5", "12", "−3,25", ""]


def test_indicators_list_shows_latest_value_and_on_track_mark(page, demo_store):
    panel = page.indicators
    indicators = list_indicators(demo_store, page.plan_id)
    assert panel.model.rowCount() == len(indicators) > 0
    for row, indicator in enumerate(indicators):
        chart = indicator_chart_data(demo_store, indicator["id"])
        latest = panel.model.index(row, 5).data()
        assert format_number(chart.latest.value) in latest and chart.latest.period in latest
        mark = panel.model.index(row, 6).data()
        assert mark.startswith("✓" if chart.on_track else "✗")


def test_value_typed_with_the_keyboard_shows_in_the_chart_data(page, demo_store, qtbot):
    panel = page.indicators
    rect = panel.table.visualRect(panel.model.index(1, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    indicator_id = panel.current_indicator_id()
    assert indicator_id == panel.model.rows[1][0]["id"]
    assert panel.value_edit.hasFocus()
    latest = indicator_chart_data(demo_store, indicator_id).latest
    period = panel.period_edit.text()
    assert period == next_period(latest.period)

    qtbot.keyClicks(panel.value_edit, "13,5")
    qtbot.keyClick(panel.value_edit, Qt.Key.Key_Return)

    stored = list_indicator_values(demo_store, indicator_id)[-1]
    assert (stored["period"], stored["value"]) == (period, 13.5)
    chart = panel.chart_data()
    assert (chart.points[-1].period, chart.points[-1].value) == (period, 13.5)
    assert panel.chart.data["id"] == indicator_id
    # Ready for the next one: value empty and focused, period moved on.
    assert panel.value_edit.text() == "" and panel.value_edit.hasFocus()
    assert panel.period_edit.text() == next_period(period)
    assert panel.values_model.rows[0]["period"] == period


def test_bad_value_is_explained_under_the_field_and_nothing_is_stored(page, demo_store, qtbot):
    panel = page.indicators
    panel.table.selectRow(0)
    indicator_id = panel.current_indicator_id()
    before = len(list_indicator_values(demo_store, indicator_id))
    panel.value_edit.setText("tolv")
    qtbot.keyClick(panel.value_edit, Qt.Key.Key_Return)
    assert "tolv" in panel.entry_errors.message("value")
    panel.value_edit.setText("12")
    panel.period_edit.setText("2026-Q9")
    assert not panel.save_value()
    assert panel.entry_errors.message("period")
    assert len(list_indicator_values(demo_store, indicator_id)) == before


def test_chart_can_be_saved_as_png(page, tmp_path):
    panel = page.indicators
    panel.table.selectRow(0)
    saved = panel.chart.save_png(tmp_path / "indikator.png")
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_new_indicator_dialog_saves_with_decimal_comma(page, demo_store):
    panel = page.indicators
    panel.new_indicator()
    dialog = panel.dialog
    assert isinstance(dialog, IndicatorDialog)
    assert not dialog.save()
    assert dialog.errors.message("name")
    dialog.name_edit.setText("Andel SIP-möten med elevhälsan")
    dialog.unit_edit.setText("%")
    dialog.baseline_value.setText("12,5")
    dialog.baseline_date.setText("2026-01-01")
    dialog.target_value.setText("tjugo")
    assert not dialog.save()
    assert dialog.errors.message("target_value")
    dialog.target_value.setText("20")
    dialog.target_date.setText("2027-12-31")
    assert dialog.save()
    created = next(
        i
        for i in list_indicators(demo_store, page.plan_id)
        if i["name"] == "Andel SIP-möten med elevhälsan"
    )
    assert (created["baseline_value"], created["target_value"]) == (12.5, 20.0)
    assert panel.current_indicator_id() == created["id"]
    assert panel.chart_data().points == ()


@pytest.mark.parametrize(
    "text",
    ["<i>x</i> & y", '=HYPERLINK("http://x")', "مرحبا 🏥", "y" * 50],
    ids=["markup", "formula", "rtl-emoji", "longest-unit"],
)
def test_hostile_text_in_indicator_fields_and_value_comment(page, demo_store, text):
    panel = page.indicators
    panel.new_indicator()
    dialog = panel.dialog
    for edit in (dialog.name_edit, dialog.unit_edit, dialog.source_edit):
        edit.setText(text)
    dialog.definition_edit.setPlainText(text)
    assert dialog.save()
    indicator_id = panel.current_indicator_id()
    stored = next(i for i in list_indicators(demo_store, page.plan_id) if i["id"] == indicator_id)
    assert [stored[k] for k in ("name", "unit", "source", "definition")] == [text] * 4
    panel.value_edit.setText("7")
    panel.comment_edit.setText(text)
    assert panel.save_value()
    assert list_indicator_values(demo_store, indicator_id)[-1]["comment"] == text
    assert panel.chart_data().name == text
