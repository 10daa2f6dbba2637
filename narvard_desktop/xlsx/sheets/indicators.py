"""Sheets `Indikatorer` and `Mätvärden`."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from narvard_desktop.domain import INDICATOR_DIRECTIONS
from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.services.action_plans import fold
from narvard_desktop.services.indicators import clean_indicator_fields, clean_value_fields
from narvard_desktop.xlsx.cells import is_blank
from narvard_desktop.xlsx.exporter import ExportContext
from narvard_desktop.xlsx.importer import ImportContext
from narvard_desktop.xlsx.registry import Column, RowOutcome, SheetSpec
from narvard_desktop.xlsx.sheets.plans import GOAL, PLAN, duplicate_error, goal_id_for, plan_id_for

DIRECTION_LABELS = {"higher": "Högre är bättre", "lower": "Lägre är bättre"}
_DIRECTION_BY_TEXT = {
    **{fold(label): code for code, label in DIRECTION_LABELS.items()},
    **{fold(choice.label_source): choice.code for choice in INDICATOR_DIRECTIONS},
    **{code: code for code in DIRECTION_LABELS},
    "högre": "higher",
    "lägre": "lower",
}
INDICATOR = Column("Indikator", "indicator", width=44, required=True)


def parse_direction(value: Any) -> str:
    if is_blank(value):
        return "higher"
    code = _DIRECTION_BY_TEXT.get(fold(str(value)))
    if code is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not a known direction. Use {labels}."),
            value=str(value)[:40],
            labels=" / ".join(DIRECTION_LABELS.values()),
            field="direction",
        )
    return code


def indicators(context: ImportContext) -> dict[Any, str]:
    return context.lookup(
        "indicators",
        lambda: (
            ((plan_id, fold(name)), indicator_id)
            for indicator_id, plan_id, name in context.store.db.execute(
                "SELECT id, action_plan_id, name FROM indicators"
                " WHERE group_id = ? AND deleted = 0 ORDER BY rowid DESC",
                [context.group_id],
            )
        ),
    )


# --- Indikatorer --------------------------------------------------------------------------


def export_indicators(context: ExportContext) -> Iterator[dict[str, Any]]:
    for row in context.store.db.query(
        "SELECT i.*, p.title AS plan, g.title AS goal FROM indicators i"
        " JOIN action_plans p ON p.id = i.action_plan_id"
        " LEFT JOIN goals g ON g.id = i.goal_id AND g.deleted = 0"
        " WHERE i.group_id = ? AND i.deleted = 0 AND p.deleted = 0"
        " ORDER BY p.rowid, i.rowid",
        [context.group_id],
    ):
        yield {
            "plan": row["plan"],
            "goal": row["goal"],
            "indicator": row["name"],
            "definition": row["definition"],
            "unit": row["unit"],
            "source": row["source"],
            "statistics_code": row["statistics_code"],
            "direction": DIRECTION_LABELS.get(row["direction"], row["direction"]),
            "baseline_value": row["baseline_value"],
            "baseline_date": row["baseline_date"],
            "target_value": row["target_value"],
            "target_date": row["target_date"],
        }


def stage_indicator(context: ImportContext, row: Mapping[str, Any]) -> RowOutcome:
    record = clean_indicator_fields(
        {
            "name": row.get("indicator"),
            "definition": row.get("definition"),
            "unit": row.get("unit"),
            "source": row.get("source"),
            "statistics_code": row.get("statistics_code"),
            "direction": parse_direction(row.get("direction")),
            "baseline_value": row.get("baseline_value"),
            "baseline_date": row.get("baseline_date"),
            "target_value": row.get("target_value"),
            "target_date": row.get("target_date"),
        }
    )
    plan_id = plan_id_for(context, row.get("plan"))
    key = (plan_id, fold(record["name"]))
    seen = context.lookup("indicator_rows", dict)
    if key in seen:
        raise duplicate_error(INDICATOR.header, record["name"])
    goal_id = goal_id_for(context, plan_id, row.get("goal"))
    known = indicators(context)
    if key in known:
        seen[key] = known[key]
        return "skipped"
    record.update(action_plan_id=plan_id, goal_id=goal_id)
    seen[key] = known[key] = context.stage("indicators", record)
    return "created"


# --- Mätvärden ----------------------------------------------------------------------------


def export_values(context: ExportContext) -> Iterator[dict[str, Any]]:
    for row in context.store.db.query(
        "SELECT v.period, v.value, v.comment, i.name AS indicator, p.title AS plan"
        " FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id"
        " JOIN action_plans p ON p.id = i.action_plan_id"
        " WHERE v.group_id = ? AND v.deleted = 0 AND i.deleted = 0 AND p.deleted = 0"
        " ORDER BY p.rowid, i.rowid, v.period_end, v.period",
        [context.group_id],
    ):
        yield {
            "plan": row["plan"],
            "indicator": row["indicator"],
            "period": row["period"],
            "value": row["value"],
            "comment": row["comment"],
        }


def stage_value(context: ImportContext, row: Mapping[str, Any]) -> RowOutcome:
    record = clean_value_fields(
        {"period": row.get("period"), "value": row.get("value"), "comment": row.get("comment")}
    )
    plan_id = plan_id_for(context, row.get("plan"))
    name = row.get("indicator")
    indicator_id = None if is_blank(name) else indicators(context).get((plan_id, fold(name)))
    if indicator_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The indicator '{name}' is neither in the sheet Indikatorer nor in the plan.",
            ),
            name=str(name or "")[:80],
            field="indicator_id",
        )
    values = context.lookup(
        "indicator_values",
        lambda: (
            ((indicator, period), value_id)
            for value_id, indicator, period in context.store.db.execute(
                "SELECT id, indicator_id, period FROM indicator_values"
                " WHERE group_id = ? AND deleted = 0",
                [context.group_id],
            )
        ),
    )
    seen = context.lookup("value_rows", dict)
    key = (indicator_id, record["period"])
    if key in seen:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The indicator '{name}' has more than one value for {period}."
            ),
            name=str(name)[:80],
            period=record["period"],
            field="period",
        )
    seen[key] = indicator_id
    if key in values:
        return "skipped"
    record["indicator_id"] = indicator_id
    values[key] = context.stage("indicator_values", record)
    return "created"


SHEETS = (
    SheetSpec(
        name="Indikatorer",
        order=50,
        table="indicators",
        columns=(
            PLAN,
            GOAL,
            INDICATOR,
            Column("Definition", "definition", width=50),
            Column("Enhet", "unit", width=10),
            Column("Källa", "source", width=24),
            Column("Statistikkod", "statistics_code", width=14),
            Column("Riktning", "direction", width=17),
            Column("Utgångsvärde", "baseline_value", "number", width=14),
            Column("Utgångsdatum", "baseline_date", "date", width=14),
            Column("Målvärde", "target_value", "number", width=12),
            Column("Måldatum", "target_date", "date", width=13),
        ),
        export_rows=export_indicators,
        stage_row=stage_indicator,
    ),
    SheetSpec(
        name="Mätvärden",
        order=60,
        table="indicator_values",
        columns=(
            PLAN,
            INDICATOR,
            Column("Period", "period", width=12, required=True),
            Column("Värde", "value", "number", width=12, required=True),
            Column("Kommentar", "comment", width=50),
        ),
        export_rows=export_values,
        stage_row=stage_value,
    ),
)
