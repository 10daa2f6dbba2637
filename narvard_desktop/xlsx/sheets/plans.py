"""Sheets `Handlingsplaner` and `Mål`, and the look-ups other plan sheets share.

Rows refer to their plan and goal by title (the workbook carries no ids), so
a plan or goal named in a row but not yet known is created with that title;
the preview shows it before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.services.action_plans import (
    clean_goal_fields,
    clean_plan_fields,
    clean_target_group_code,
    fold,
)
from narvard_desktop.xlsx.cells import is_blank
from narvard_desktop.xlsx.exporter import ExportContext
from narvard_desktop.xlsx.importer import ImportContext
from narvard_desktop.xlsx.registry import Column, RowOutcome, SheetSpec

PLAN = Column("Handlingsplan", "plan", width=36)
GOAL = Column("Mål", "goal", width=36)


# How a goal's horizon is written in the workbook, and read back (codes accepted too).
HORIZON_LABELS = {"short": "Kort sikt", "long": "Lång sikt"}
_HORIZON_BY_TEXT = {
    **{fold(label): code for code, label in HORIZON_LABELS.items()},
    **{code: code for code in HORIZON_LABELS},
}


def duplicate_error(label: str, title: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{label} '{title}' appears more than once in the sheet."),
        label=label,
        title=title[:80],
    )


def _own_rows(context: ImportContext, sql: str) -> list[tuple[Any, ...]]:
    # Newest first, so that with duplicate titles the oldest record wins the look-up.
    return context.store.db.execute(sql + " ORDER BY rowid DESC", [context.group_id]).fetchall()


def plans(context: ImportContext) -> dict[Any, str]:
    return context.lookup(
        "plans",
        lambda: (
            (fold(title), plan_id)
            for plan_id, title in _own_rows(
                context, "SELECT id, title FROM action_plans WHERE group_id = ? AND deleted = 0"
            )
        ),
    )


def plan_id_for(context: ImportContext, title: Any) -> str:
    """The plan a row belongs to; with no title, the only plan there is."""
    known = plans(context)
    if is_blank(title):
        distinct = set(known.values())
        if len(distinct) == 1:
            return distinct.pop()
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Fill in the column Handlingsplan: the row cannot be placed in a plan "
                "when there is not exactly one.",
            ),
            field="action_plan_id",
        )
    key = fold(str(title))
    if key not in known:
        known[key] = context.stage("action_plans", clean_plan_fields({"title": title}))
    return known[key]


def next_position(context: ImportContext, table: str, plan_id: str) -> int:
    key = (table, plan_id)
    positions = context.positions
    if key not in positions:
        positions[key] = context.store.db.execute(
            f"SELECT COALESCE(MAX(position) + 1, 0) FROM {table} WHERE action_plan_id = ?",
            [plan_id],
        ).fetchone()[0]
    position = positions[key]
    positions[key] = position + 1
    return position


def goals(context: ImportContext) -> dict[Any, str]:
    return context.lookup(
        "goals",
        lambda: (
            ((plan_id, fold(title)), goal_id)
            for goal_id, plan_id, title in _own_rows(
                context,
                "SELECT id, action_plan_id, title FROM goals WHERE group_id = ? AND deleted = 0",
            )
        ),
    )


def goal_id_for(context: ImportContext, plan_id: str, title: Any) -> str | None:
    if is_blank(title):
        return None
    known = goals(context)
    key = (plan_id, fold(str(title)))
    if key not in known:
        record = clean_goal_fields({"title": title})
        record.update(action_plan_id=plan_id, position=next_position(context, "goals", plan_id))
        known[key] = context.stage("goals", record)
    return known[key]


# --- Handlingsplaner ----------------------------------------------------------------------


def export_plans(context: ExportContext) -> Iterator[dict[str, Any]]:
    for row in context.store.db.query(
        "SELECT * FROM action_plans WHERE group_id = ? AND deleted = 0 ORDER BY rowid",
        [context.group_id],
    ):
        yield {
            "plan": row["title"],
            "period_start": row["period_start"],
            "period_end": row["period_end"],
            "target_group": row["target_group"],
            "target_group_code": row["target_group_code"],
            "description": row["description"],
        }


def stage_plan(context: ImportContext, row: Mapping[str, Any]) -> RowOutcome:
    record = clean_plan_fields(
        {
            "title": row.get("plan"),
            "description": row.get("description"),
            "target_group": row.get("target_group"),
            "period_start": row.get("period_start"),
            "period_end": row.get("period_end"),
        }
    )
    record["target_group_code"] = clean_target_group_code(
        row.get("target_group_code"),
        {group["code"] for group in context.store.reference.target_groups()},
    )
    key = fold(record["title"])
    seen = context.lookup("plan_rows", dict)
    if key in seen:
        raise duplicate_error(PLAN.header, record["title"])
    known = plans(context)
    if key in known:
        seen[key] = known[key]
        return "skipped"
    seen[key] = known[key] = context.stage("action_plans", record)
    return "created"


# --- Mål ----------------------------------------------------------------------------------


def export_goals(context: ExportContext) -> Iterator[dict[str, Any]]:
    for row in context.store.db.query(
        "SELECT g.title, g.description, g.horizon, g.target_year, p.title AS plan FROM goals g"
        " JOIN action_plans p ON p.id = g.action_plan_id"
        " WHERE g.group_id = ? AND g.deleted = 0 AND p.deleted = 0"
        " ORDER BY p.rowid, g.position, g.rowid",
        [context.group_id],
    ):
        yield {
            "plan": row["plan"],
            "goal": row["title"],
            "description": row["description"],
            "horizon": HORIZON_LABELS.get(row["horizon"] or "", ""),
            "target_year": row["target_year"],
        }


def stage_goal(context: ImportContext, row: Mapping[str, Any]) -> RowOutcome:
    horizon = row.get("horizon")
    record = clean_goal_fields(
        {
            "title": row.get("goal"),
            "description": row.get("description"),
            "horizon": _HORIZON_BY_TEXT.get(fold(str(horizon)), horizon)
            if not is_blank(horizon)
            else None,
            "target_year": row.get("target_year"),
        }
    )
    plan_id = plan_id_for(context, row.get("plan"))
    key = (plan_id, fold(record["title"]))
    seen = context.lookup("goal_rows", dict)
    if key in seen:
        raise duplicate_error(GOAL.header, record["title"])
    known = goals(context)
    if key in known:
        seen[key] = known[key]
        return "skipped"
    record.update(action_plan_id=plan_id, position=next_position(context, "goals", plan_id))
    seen[key] = known[key] = context.stage("goals", record)
    return "created"


SHEETS = (
    SheetSpec(
        name="Handlingsplaner",
        order=10,
        table="action_plans",
        columns=(
            Column("Handlingsplan", "plan", width=40, required=True),
            Column("Period från", "period_start", "date", width=13),
            Column("Period till", "period_end", "date", width=13),
            Column("Målgrupp", "target_group", width=36),
            Column("Prioriterad målgrupp (kod)", "target_group_code", width=16),
            Column("Beskrivning", "description", width=60),
        ),
        export_rows=export_plans,
        stage_row=stage_plan,
    ),
    SheetSpec(
        name="Mål",
        order=20,
        table="goals",
        columns=(
            PLAN,
            Column("Mål", "goal", width=48, required=True),
            Column("Beskrivning", "description", width=60),
            Column("Tidshorisont", "horizon", width=14),
            Column("Målår", "target_year", "number", width=8),
        ),
        export_rows=export_goals,
        stage_row=stage_goal,
    ),
)
