"""Sheets `Aktiviteter` and `Anteckningar` (the activities' dated progress notes)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from narvard_desktop import clock
from narvard_desktop.domain import ACTIVITY_STATUSES
from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.reference import Reference
from narvard_desktop.services.action_plans import fold
from narvard_desktop.services.activities import (
    clean_activity_fields,
    clean_note_fields,
    is_delayed,
)
from narvard_desktop.xlsx.cells import is_blank
from narvard_desktop.xlsx.exporter import ExportContext
from narvard_desktop.xlsx.importer import ImportContext
from narvard_desktop.xlsx.registry import Column, RowOutcome, SheetSpec
from narvard_desktop.xlsx.sheets.plans import (
    GOAL,
    PLAN,
    duplicate_error,
    goal_id_for,
    next_position,
    plan_id_for,
)

# The workbook speaks Swedish whatever language the program is set to.
STATUS_LABELS = {
    "not_started": "Ej påbörjad",
    "ongoing": "Pågående",
    "paused": "Pausad",
    "done": "Klar",
    "cancelled": "Avbruten",
}
_STATUS_BY_TEXT = {
    **{fold(label): code for code, label in STATUS_LABELS.items()},
    **{fold(choice.label_source): choice.code for choice in ACTIVITY_STATUSES},
    **{fold(code): code for code in STATUS_LABELS},
    # "Försenad" is derived from the due date; a list that writes it means "still going on".
    "försenad": "ongoing",
    "delayed": "ongoing",
}
YES = "Ja"
RESPONSIBLE_ORGANISATION = "Ansvarig organisation"
PARTICIPATING = "Deltagande organisationer"
_WAY_CODE = re.compile(r"\s*([AaFf]\d+)\b")


def parse_status(value: Any) -> str:
    if is_blank(value):
        return "not_started"
    code = _STATUS_BY_TEXT.get(fold(str(value)))
    if code is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not a known status. Use one of: {labels}."),
            value=str(value)[:40],
            labels=", ".join(STATUS_LABELS.values()),
            field="status",
        )
    return code


def parse_way(value: Any, reference: Reference) -> str | None:
    """A code ("A4"), a code with its name ("A4 Stärk kontinuitet …") or the name alone."""
    if is_blank(value):
        return None
    text = str(value)
    if match := _WAY_CODE.match(text):
        return match[1].upper()
    wanted = fold(text)
    for way in reference.ways_of_working():
        if fold(way["name"]) == wanted:
            return way["code"]
    return text


def way_text(code: str | None, reference: Reference) -> str | None:
    return f"{code} {reference.way_name(code)}" if code else None


def _split_names(value: Any) -> list[str]:
    if is_blank(value):
        return []
    return [part.strip() for part in re.split(r"[;\n]", str(value)) if part.strip()]


def activities(context: ImportContext) -> dict[Any, str]:
    return context.lookup(
        "activities",
        lambda: (
            ((plan_id, fold(title)), activity_id)
            for activity_id, plan_id, title in context.store.db.execute(
                "SELECT id, action_plan_id, title FROM activities"
                " WHERE group_id = ? AND deleted = 0 ORDER BY rowid DESC",
                [context.group_id],
            )
        ),
    )


# --- Aktiviteter --------------------------------------------------------------------------


def export_activities(context: ExportContext) -> Iterator[dict[str, Any]]:
    today = clock.today()
    reference = context.reference
    for row in context.store.db.query(
        "SELECT a.*, p.title AS plan, g.title AS goal FROM activities a"
        " JOIN action_plans p ON p.id = a.action_plan_id"
        " LEFT JOIN goals g ON g.id = a.goal_id AND g.deleted = 0"
        " WHERE a.group_id = ? AND a.deleted = 0 AND p.deleted = 0"
        " ORDER BY p.rowid, a.position, a.rowid",
        [context.group_id],
    ):
        participants = json.loads(row["participating_organisation_ids"] or "[]")
        yield {
            "plan": row["plan"],
            "goal": row["goal"],
            "title": row["title"],
            "description": row["description"],
            "way": way_text(row["way_code"], reference),
            "responsible_organisation": context.name_of(
                "organisations", row["responsible_organisation_id"]
            ),
            "responsible_person": context.name_of("people", row["responsible_person_id"]),
            "participating": "; ".join(
                name for name in (context.name_of("organisations", i) for i in participants) if name
            )
            or None,
            "start_date": row["start_date"],
            "due_date": row["due_date"],
            "status": STATUS_LABELS.get(row["status"], row["status"]),
            "delayed": YES if is_delayed(row, today) else None,
            "next_checkin_date": row["next_checkin_date"],
        }


def stage_activity(context: ImportContext, row: Mapping[str, Any]) -> RowOutcome:
    record = clean_activity_fields(
        {
            "title": row.get("title"),
            "description": row.get("description"),
            "way_code": parse_way(row.get("way"), context.reference),
            "status": parse_status(row.get("status")),
            "start_date": row.get("start_date"),
            "due_date": row.get("due_date"),
            "next_checkin_date": row.get("next_checkin_date"),
        },
        context.reference,
    )
    plan_id = plan_id_for(context, row.get("plan"))
    key = (plan_id, fold(record["title"]))
    seen = context.lookup("activity_rows", dict)
    if key in seen:
        raise duplicate_error("Aktivitet", record["title"])
    organisation_id = context.organisation_id(
        row.get("responsible_organisation"), RESPONSIBLE_ORGANISATION
    )
    participants: list[str] = []
    for name in _split_names(row.get("participating")):
        participant = context.organisation_id(name, PARTICIPATING)
        if participant and participant not in participants:
            participants.append(participant)
    goal_id = goal_id_for(context, plan_id, row.get("goal"))
    known = activities(context)
    if key in known:
        seen[key] = known[key]
        return "skipped"
    record.update(
        action_plan_id=plan_id,
        goal_id=goal_id,
        responsible_organisation_id=organisation_id,
        responsible_person_id=context.person_id(row.get("responsible_person"), organisation_id),
        participating_organisation_ids=json.dumps(participants),
        position=next_position(context, "activities", plan_id),
    )
    seen[key] = known[key] = context.stage("activities", record)
    return "created"


# --- Anteckningar -------------------------------------------------------------------------


def export_notes(context: ExportContext) -> Iterator[dict[str, Any]]:
    for row in context.store.db.query(
        "SELECT n.note_date, n.author, n.text, a.title AS activity, p.title AS plan"
        " FROM progress_notes n JOIN activities a ON a.id = n.activity_id"
        " JOIN action_plans p ON p.id = a.action_plan_id"
        " WHERE n.group_id = ? AND n.deleted = 0 AND a.deleted = 0 AND p.deleted = 0"
        " ORDER BY p.rowid, a.position, a.rowid, n.note_date, n.rowid",
        [context.group_id],
    ):
        yield {
            "plan": row["plan"],
            "activity": row["activity"],
            "note_date": row["note_date"],
            "author": row["author"],
            "text": row["text"],
        }


def stage_note(context: ImportContext, row: Mapping[str, Any]) -> RowOutcome:
    record = clean_note_fields(
        {"note_date": row.get("note_date"), "author": row.get("author"), "text": row.get("text")}
    )
    plan_id = plan_id_for(context, row.get("plan"))
    title = row.get("activity")
    activity_id = None if is_blank(title) else activities(context).get((plan_id, fold(title)))
    if activity_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The activity '{title}' is neither in the sheet Aktiviteter nor in the plan.",
            ),
            title=str(title or "")[:80],
            field="activity_id",
        )
    notes = context.lookup(
        "notes",
        lambda: (
            ((activity, day, fold(text)), note_id)
            for note_id, activity, day, text in context.store.db.execute(
                "SELECT id, activity_id, note_date, text FROM progress_notes"
                " WHERE group_id = ? AND deleted = 0",
                [context.group_id],
            )
        ),
    )
    key = (activity_id, record["note_date"], fold(record["text"]))
    if key in notes:
        return "skipped"
    record["activity_id"] = activity_id
    notes[key] = context.stage("progress_notes", record)
    return "created"


SHEETS = (
    SheetSpec(
        name="Aktiviteter",
        order=30,
        table="activities",
        columns=(
            PLAN,
            GOAL,
            Column("Aktivitet", "title", width=44, required=True),
            Column("Beskrivning", "description", width=60),
            Column("Arbetssätt/förutsättning", "way", width=36),
            Column(RESPONSIBLE_ORGANISATION, "responsible_organisation", width=32),
            Column("Ansvarig person", "responsible_person", width=24),
            Column(PARTICIPATING, "participating", width=40),
            Column("Startdatum", "start_date", "date", width=13),
            Column("Slutdatum", "due_date", "date", width=13),
            Column("Status", "status", width=14),
            Column("Försenad", "delayed", width=11, exported_only=True),
            Column("Nästa avstämning", "next_checkin_date", "date", width=17),
        ),
        export_rows=export_activities,
        stage_row=stage_activity,
    ),
    SheetSpec(
        name="Anteckningar",
        order=40,
        table="progress_notes",
        columns=(
            PLAN,
            Column("Aktivitet", "activity", width=44, required=True),
            Column("Datum", "note_date", "date", width=13),
            Column("Författare", "author", width=24),
            Column("Anteckning", "text", width=80, required=True),
        ),
        export_rows=export_notes,
        stage_row=stage_note,
    ),
)
