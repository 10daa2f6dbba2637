from datetime import date

import pytest

from narvard_desktop.errors import ValidationError
from narvard_desktop.services.action_plans import create_goal, create_plan
from narvard_desktop.services.indicators import (
    create_indicator,
    delete_indicator,
    indicator_chart_data,
    list_indicator_values,
    list_indicators,
    parse_period,
    record_indicator_value,
    update_indicator,
    update_indicator_value,
)
from narvard_desktop.store.records import get_record


@pytest.fixture
def plan(group_store):
    return create_plan(group_store, {"title": "Plan"})


def _indicator(store, plan, **values):
    base = {
        "name": "Andel SIP inom 30 dagar",
        "unit": "%",
        "direction": "higher",
        "baseline_value": "40",
        "baseline_date": "2026-01-01",
        "target_value": "80",
        "target_date": "2026-12-31",
    }
    return create_indicator(store, plan, {**base, **values})


@pytest.mark.parametrize(
    ("raw", "period", "end"),
    [
        ("2026-Q1", "2026-Q1", "2026-03-31"),
        ("2026 q4", "2026-Q4", "2026-12-31"),
        ("2026 K2", "2026-Q2", "2026-06-30"),
        ("2026-T1", "2026-T1", "2026-04-30"),
        ("2026-T3", "2026-T3", "2026-12-31"),
        ("2026-H1", "2026-H1", "2026-06-30"),
        ("2026-02", "2026-02", "2026-02-28"),
        ("2028-2", "2028-02", "2028-02-29"),
        ("2026", "2026", "2026-12-31"),
        (2026, "2026", "2026-12-31"),
        ("2026-03-15", "2026-03-15", "2026-03-15"),
        (date(2026, 3, 15), "2026-03-15", "2026-03-15"),
    ],
)
def test_periods_are_normalised_and_get_their_last_day(raw, period, end):
    assert parse_period(raw) == (period, end)


@pytest.mark.parametrize("raw", ["", "2026-Q5", "2026-13", "Q1", "våren 2026", "2026-02-30"])
def test_unknown_periods_are_refused(raw):
    with pytest.raises(ValidationError) as caught:
        parse_period(raw)
    assert caught.value.details["field"] == "period"


def test_indicator_keeps_its_fields_and_numbers_with_decimal_comma(group_store, plan):
    goal = create_goal(group_store, plan, {"title": "Mål"})
    indicator_id = _indicator(
        group_store, plan, goal_id=goal, baseline_value="12,5", definition="Def", source="Källa"
    )
    stored = get_record(group_store.db, "indicators", indicator_id)
    assert stored["baseline_value"] == 12.5
    assert (stored["goal_id"], stored["definition"], stored["source"]) == (goal, "Def", "Källa")
    assert [row["id"] for row in list_indicators(group_store, plan, goal)] == [indicator_id]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": " "}, "name"),
        ({"direction": "up"}, "direction"),
        ({"baseline_value": "fyrtio"}, "baseline_value"),
        ({"target_value": "8O"}, "target_value"),
        ({"target_date": "2025-01-01"}, "target_date"),
    ],
)
def test_invalid_indicator_is_refused_naming_the_field(group_store, plan, values, field):
    with pytest.raises(ValidationError) as caught:
        _indicator(group_store, plan, **values)
    assert caught.value.details["field"] == field
    assert list_indicators(group_store, plan) == []


def test_a_value_is_entered_in_one_call_and_entering_the_period_again_replaces_it(
    group_store, plan
):
    indicator_id = _indicator(group_store, plan)
    first = record_indicator_value(group_store, indicator_id, "2026-Q2", "55,5", "Preliminär")
    again = record_indicator_value(group_store, indicator_id, "2026 q2", 57)
    assert first == again
    record_indicator_value(group_store, indicator_id, "2026-01", "41")
    values = list_indicator_values(group_store, indicator_id)
    assert [(v["period"], v["period_end"], v["value"], v["comment"]) for v in values] == [
        ("2026-01", "2026-01-31", 41.0, None),
        ("2026-Q2", "2026-06-30", 57.0, None),
    ]
    assert get_record(group_store.db, "indicator_values", first)["revision"] == 2


def test_value_that_is_not_a_number_is_refused(group_store, plan):
    indicator_id = _indicator(group_store, plan)
    with pytest.raises(ValidationError) as caught:
        record_indicator_value(group_store, indicator_id, "2026-Q1", "många")
    assert caught.value.details["field"] == "value"
    assert "många" in caught.value.user_message()
    with pytest.raises(ValidationError):
        record_indicator_value(group_store, indicator_id, "2026-Q1", "")


def test_update_and_delete_of_indicator_and_values(group_store, plan):
    indicator_id = _indicator(group_store, plan)
    value_id = record_indicator_value(group_store, indicator_id, "2026-Q1", 50)
    update_indicator_value(group_store, value_id, {"period": "2026-03", "comment": "Rättad"})
    stored = get_record(group_store.db, "indicator_values", value_id)
    assert (stored["period"], stored["period_end"], stored["comment"]) == (
        "2026-03",
        "2026-03-31",
        "Rättad",
    )
    update_indicator(group_store, indicator_id, {"direction": "lower"})
    assert get_record(group_store.db, "indicators", indicator_id)["direction"] == "lower"
    delete_indicator(group_store, indicator_id)
    assert list_indicator_values(group_store, indicator_id) == []


@pytest.mark.parametrize("text", ["<i>x</i> & y", "=1+1", "\u202eRTL", "📈 åäö", "z" * 50])
def test_hostile_text_survives_every_indicator_field(group_store, plan, text):
    indicator_id = create_indicator(
        group_store, plan, {"name": text, "definition": text, "unit": text, "source": text}
    )
    value_id = record_indicator_value(group_store, indicator_id, "2026-Q1", 1, text)
    stored = get_record(group_store.db, "indicators", indicator_id)
    assert stored["name"] == stored["definition"] == stored["unit"] == stored["source"] == text
    assert get_record(group_store.db, "indicator_values", value_id)["comment"] == text


# --- chart data ---------------------------------------------------------------------------


def test_chart_data_has_values_in_time_order_with_baseline_and_target(group_store, plan):
    indicator_id = _indicator(group_store, plan)
    record_indicator_value(group_store, indicator_id, "2026-Q3", 65, "Prel.")
    record_indicator_value(group_store, indicator_id, "2026-Q1", 48)
    record_indicator_value(group_store, indicator_id, "2026-05", 52)
    chart = indicator_chart_data(group_store, indicator_id)
    assert [(p.period, p.value) for p in chart.points] == [
        ("2026-Q1", 48.0),
        ("2026-05", 52.0),
        ("2026-Q3", 65.0),
    ]
    assert chart.points[-1].period_end == date(2026, 9, 30)
    assert chart.points[-1].comment == "Prel."
    assert (chart.baseline_value, chart.baseline_date) == (40.0, date(2026, 1, 1))
    assert (chart.target_value, chart.target_date) == (80.0, date(2026, 12, 31))
    assert (chart.unit, chart.direction) == ("%", "higher")
    assert chart.latest == chart.points[-1]


def test_on_track_compares_the_latest_value_with_the_line_from_baseline_to_target(
    group_store, plan
):
    indicator_id = _indicator(group_store, plan)
    # On 2026-06-30 the straight line from 40 (Jan 1) to 80 (Dec 31) is at about 59.8.
    record_indicator_value(group_store, indicator_id, "2026-Q2", 59)
    chart = indicator_chart_data(group_store, indicator_id)
    assert chart.on_track is False and chart.target_reached is False
    record_indicator_value(group_store, indicator_id, "2026-Q2", 60)
    assert indicator_chart_data(group_store, indicator_id).on_track is True
    record_indicator_value(group_store, indicator_id, "2026-Q3", 85)
    chart = indicator_chart_data(group_store, indicator_id)
    assert chart.on_track is True and chart.target_reached is True


def test_on_track_follows_the_direction_when_lower_is_better(group_store, plan):
    indicator_id = _indicator(
        group_store, plan, direction="lower", baseline_value=18, target_value=12
    )
    record_indicator_value(group_store, indicator_id, "2026-Q2", 14)
    assert indicator_chart_data(group_store, indicator_id).on_track is True
    record_indicator_value(group_store, indicator_id, "2026-Q2", 17)
    assert indicator_chart_data(group_store, indicator_id).on_track is False


def test_on_track_without_dates_means_better_than_baseline_and_unknown_without_values(
    group_store, plan
):
    indicator_id = create_indicator(group_store, plan, {"name": "I", "baseline_value": 10})
    assert indicator_chart_data(group_store, indicator_id).on_track is None
    record_indicator_value(group_store, indicator_id, "2026", 11)
    assert indicator_chart_data(group_store, indicator_id).on_track is True
    bare = create_indicator(group_store, plan, {"name": "Utan mål"})
    record_indicator_value(group_store, bare, "2026", 11)
    assert indicator_chart_data(group_store, bare).on_track is None


def test_demo_indicators_give_chart_data_with_eight_quarters(demo_store):
    indicator_ids = [row[0] for row in demo_store.db.execute("SELECT id FROM indicators")]
    assert len(indicator_ids) == 4
    for indicator_id in indicator_ids:
        chart = indicator_chart_data(demo_store, indicator_id)
        assert len(chart.points) == 8
        assert [p.period_end for p in chart.points] == sorted(p.period_end for p in chart.points)
        assert chart.on_track in (True, False)
