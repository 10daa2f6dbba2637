"""Indicators of a handlingsplan, their measured values per period, and chart data.

A period is written the way follow-up is reported in the region: a quarter
("2026-Q1", also "2026 K1"), a tertial ("2026-T1"), a half year ("2026-H1"),
a month ("2026-03"), a year ("2026") or a single date. Each gets a
`period_end` date so values of mixed periods sort on one time axis.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from narvard_desktop.domain import INDICATOR_DIRECTIONS
from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.record_rules import date_or_none
from narvard_desktop.services.action_plans import (
    check_date_order,
    clean_date,
    clean_number,
    clean_text,
    live_record,
    own_plan,
    require_own,
)
from narvard_desktop.store import Store
from narvard_desktop.store.records import (
    get_record,
    insert_record,
    soft_delete_record,
    update_record,
)

DIRECTION_CODES = tuple(choice.code for choice in INDICATOR_DIRECTIONS)
INDICATOR_FIELDS = (
    "name",
    "definition",
    "unit",
    "source",
    "direction",
    "baseline_value",
    "baseline_date",
    "target_value",
    "target_date",
    "goal_id",
    "statistics_code",
)

_QUARTER = re.compile(r"(\d{4})\s*-?\s*[QK]([1-4])")
_TERTIAL = re.compile(r"(\d{4})\s*-?\s*T([1-3])")
_HALF = re.compile(r"(\d{4})\s*-?\s*H([12])")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_YEAR = re.compile(r"(\d{4})")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_period(value: Any) -> tuple[str, str]:
    """The normalised period text and its last day (ISO), or a validation error."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat(), value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        value = str(int(value))
    text = str(value or "").strip().upper()
    try:
        if match := _QUARTER.fullmatch(text):
            year, quarter = int(match[1]), int(match[2])
            return f"{year}-Q{quarter}", _month_end(year, quarter * 3).isoformat()
        if match := _TERTIAL.fullmatch(text):
            year, tertial = int(match[1]), int(match[2])
            return f"{year}-T{tertial}", _month_end(year, tertial * 4).isoformat()
        if match := _HALF.fullmatch(text):
            year, half = int(match[1]), int(match[2])
            return f"{year}-H{half}", _month_end(year, half * 6).isoformat()
        if match := _MONTH.fullmatch(text):
            year, month = int(match[1]), int(match[2])
            return f"{year}-{month:02d}", _month_end(year, month).isoformat()
        if match := _YEAR.fullmatch(text):
            return text, date(int(match[1]), 12, 31).isoformat()
        day = date.fromisoformat(text)
        return day.isoformat(), day.isoformat()
    except ValueError:
        pass
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Period must be filled in."), field="period"
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "'{value}' is not a period. Write for example 2026-Q1, 2026-T1, 2026-03, "
            "2026 or 2026-03-15.",
        ),
        value=text[:40],
        field="period",
    )


# --- indicators ---------------------------------------------------------------------------


def clean_direction(value: Any) -> str:
    direction = (str(value).strip() if value is not None else "") or "higher"
    if direction not in DIRECTION_CODES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not a known direction."),
            value=direction[:40],
            field="direction",
        )
    return direction


def clean_statistics_code(value: Any) -> str | None:
    """A KPI id such as N00945 or U00402: letters, digits and _ . -, at most 40."""
    code = str(value or "").strip().upper()
    if not code:
        return None
    if len(code) > 40 or not re.fullmatch(r"[A-Z0-9_.\-]+", code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "'{value}' is not a statistics code. Write the KPI id, for example N00945.",
            ),
            value=code[:40],
            field="statistics_code",
        )
    return code


def clean_indicator_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {
        "name": clean_text(values.get("name"), "name", required=True),
        "definition": clean_text(values.get("definition"), "definition"),
        "unit": clean_text(values.get("unit"), "unit"),
        "source": clean_text(values.get("source"), "source"),
        "direction": clean_direction(values.get("direction")),
        "baseline_value": clean_number(values.get("baseline_value"), "baseline_value"),
        "baseline_date": clean_date(values.get("baseline_date"), "baseline_date"),
        "target_value": clean_number(values.get("target_value"), "target_value"),
        "target_date": clean_date(values.get("target_date"), "target_date"),
        "statistics_code": clean_statistics_code(values.get("statistics_code")),
    }
    check_date_order(
        cleaned["baseline_date"], cleaned["target_date"], "baseline_date", "target_date"
    )
    return cleaned


def _check_goal(store: Store, plan_id: str, goal_id: str | None) -> str | None:
    if not goal_id:
        return None
    goal = live_record(store.db, "goals", goal_id, "goal_id")
    if goal["action_plan_id"] != plan_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The goal belongs to another action plan."),
            field="goal_id",
        )
    return goal_id


def create_indicator(store: Store, plan_id: str, values: Mapping[str, Any]) -> str:
    group_id = store.require_group_id()
    own_plan(store.db, group_id, plan_id)
    record = clean_indicator_fields(values)
    record.update(
        action_plan_id=plan_id, goal_id=_check_goal(store, plan_id, values.get("goal_id"))
    )
    with store.db.atomic():
        return insert_record(store.db, "indicators", group_id, record)


def update_indicator(store: Store, indicator_id: str, changes: Mapping[str, Any]) -> None:
    group_id = store.require_group_id()
    current = get_record(store.db, "indicators", indicator_id)
    merged = {**{key: current[key] for key in INDICATOR_FIELDS}, **changes}
    record = clean_indicator_fields(merged)
    record["goal_id"] = _check_goal(store, current["action_plan_id"], merged.get("goal_id"))
    with store.db.atomic():
        update_record(store.db, "indicators", indicator_id, group_id, record)


def delete_indicator(store: Store, indicator_id: str) -> None:
    group_id = store.require_group_id()
    db = store.db
    with db.atomic():
        soft_delete_record(db, "indicators", indicator_id, group_id)
        for (value_id,) in db.execute(
            "SELECT id FROM indicator_values WHERE indicator_id = ? AND deleted = 0",
            [indicator_id],
        ).fetchall():
            soft_delete_record(db, "indicator_values", value_id, group_id)


def list_indicators(store: Store, plan_id: str, goal_id: str | None = None) -> list[dict[str, Any]]:
    sql = "SELECT * FROM indicators WHERE action_plan_id = ? AND deleted = 0"
    params: list[Any] = [plan_id]
    if goal_id:
        sql += " AND goal_id = ?"
        params.append(goal_id)
    return list(store.db.query(sql + " ORDER BY rowid", params))


# --- values -------------------------------------------------------------------------------


def clean_value_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    period, period_end = parse_period(values.get("period"))
    return {
        "period": period,
        "period_end": period_end,
        "value": clean_number(values.get("value"), "value", required=True),
        "comment": clean_text(values.get("comment"), "comment"),
    }


def record_indicator_value(
    store: Store,
    indicator_id: str,
    period: Any,
    value: Any,
    comment: Any = None,
) -> str:
    """Enter the value of one period; entering a period again replaces its value."""
    group_id = store.require_group_id()
    db = store.db
    indicator = live_record(db, "indicators", indicator_id, "indicator_id")
    require_own(indicator, group_id, "indicator_id")
    record = clean_value_fields({"period": period, "value": value, "comment": comment})
    existing = db.execute(
        "SELECT id FROM indicator_values WHERE indicator_id = ? AND period = ? AND deleted = 0",
        [indicator_id, record["period"]],
    ).fetchone()
    with db.atomic():
        if existing:
            update_record(db, "indicator_values", existing[0], group_id, record)
            return existing[0]
        record["indicator_id"] = indicator_id
        return insert_record(db, "indicator_values", group_id, record)


def update_indicator_value(store: Store, value_id: str, changes: Mapping[str, Any]) -> None:
    group_id = store.require_group_id()
    current = get_record(store.db, "indicator_values", value_id)
    record = clean_value_fields({**current, **changes})
    with store.db.atomic():
        update_record(store.db, "indicator_values", value_id, group_id, record)


def delete_indicator_value(store: Store, value_id: str) -> None:
    with store.db.atomic():
        soft_delete_record(store.db, "indicator_values", value_id, store.require_group_id())


def list_indicator_values(store: Store, indicator_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT * FROM indicator_values WHERE indicator_id = ? AND deleted = 0"
            " ORDER BY period_end, period",
            [indicator_id],
        )
    )


# --- chart data ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartPoint:
    period: str
    period_end: date
    value: float
    comment: str | None


@dataclass(frozen=True)
class IndicatorChart:
    """Everything the indicator chart draws, and the verdict it shows next to it."""

    name: str
    unit: str | None
    direction: str
    baseline_value: float | None
    baseline_date: date | None
    target_value: float | None
    target_date: date | None
    points: tuple[ChartPoint, ...]
    # None when there is nothing to judge by (no values, or neither baseline nor target).
    on_track: bool | None
    target_reached: bool

    @property
    def latest(self) -> ChartPoint | None:
        return self.points[-1] if self.points else None


def _better_or_equal(value: float, reference: float, direction: str) -> bool:
    return value >= reference if direction == "higher" else value <= reference


def _expected_at(indicator: Mapping[str, Any], day: date) -> float | None:
    """Where the value should be on `day`, drawing a straight line from baseline to target."""
    baseline, target = indicator["baseline_value"], indicator["target_value"]
    if baseline is None or target is None:
        return None
    if not indicator["baseline_date"] or not indicator["target_date"]:
        return None
    start = date_or_none(indicator["baseline_date"])
    end = date_or_none(indicator["target_date"])
    if start is None or end is None:
        return None
    if end <= start or day >= end:
        return target
    if day <= start:
        return baseline
    share = (day - start).days / (end - start).days
    return baseline + (target - baseline) * share


def indicator_chart_data(store: Store, indicator_id: str) -> IndicatorChart:
    """Values over time with baseline, target and whether the latest value is on track.

    On track means the latest value is at least as good as the straight line
    from baseline to target at that date; without dates, at least as good as
    the baseline. Reaching the target always counts as on track.
    """
    indicator = get_record(store.db, "indicators", indicator_id)
    direction = indicator["direction"]
    # A value whose period end cannot be read (an old database) has no place on the axis.
    points = tuple(
        ChartPoint(row["period"], period_end, row["value"], row["comment"])
        for row in list_indicator_values(store, indicator_id)
        if (period_end := date_or_none(row["period_end"])) is not None
    )
    target = indicator["target_value"]
    baseline = indicator["baseline_value"]
    on_track: bool | None = None
    target_reached = False
    if points:
        latest = points[-1]
        target_reached = target is not None and _better_or_equal(latest.value, target, direction)
        expected = _expected_at(indicator, latest.period_end)
        if target_reached:
            on_track = True
        elif expected is not None:
            on_track = _better_or_equal(latest.value, expected, direction)
        elif baseline is not None:
            on_track = _better_or_equal(latest.value, baseline, direction)
    return IndicatorChart(
        name=indicator["name"],
        unit=indicator["unit"],
        direction=direction,
        baseline_value=baseline,
        baseline_date=date_or_none(indicator["baseline_date"]),
        target_value=target,
        target_date=date_or_none(indicator["target_date"]),
        points=points,
        on_track=on_track,
        target_reached=target_reached,
    )
