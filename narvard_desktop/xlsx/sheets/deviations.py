"""Sheet `Avvikelser`: the anonymised log, one row per avvikelse.

Imported rows keep their free text even when it holds a personnummer: the
local database is the group's own. `privacy-scan` and the list flag such rows,
and exports withhold that text.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from narvard_desktop.domain import (
    CARE_INJURY,
    DEVIATION_STATES,
    DEVIATION_TYPES,
    ESCALATION_LEVELS,
    Choice,
)
from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.record_kinds import free_text_fields
from narvard_desktop.services.action_plans import fold
from narvard_desktop.services.deviations import (
    default_answer_due_date,
    is_overdue,
    risk_score,
    validate_deviation,
)
from narvard_desktop.xlsx.cells import is_blank
from narvard_desktop.xlsx.exporter import ExportContext
from narvard_desktop.xlsx.importer import ImportContext
from narvard_desktop.xlsx.registry import Column, RowOutcome, SheetSpec

# The file format speaks Swedish whatever language the program shows.
TYPE_LABELS = {"occurred": "Inträffad händelse", "risk": "Risk för händelse"}
CARE_INJURY_LABELS = {
    "none": "Ingen vårdskada",
    "injury": "Vårdskada",
    "serious": "Allvarlig vårdskada",
}
ESCALATION_LABELS = {"delregional": "Delregional nivå", "lansgemensam": "Länsgemensam nivå"}
STATE_LABELS = {
    "registered": "Registrerad",
    "sent": "Skickad",
    "investigating": "Under utredning",
    "answered": "Besvarad",
    "feedback_given": "Återkopplad",
    "closed": "Avslutad",
    "misregistered": "Felregistrerad",
}
YES, NO = "Ja", "Nej"
# Copied as they are, both ways: the free texts, the risk levels and the answer dates.
_AS_IS = (
    *free_text_fields("deviations"),
    "consequence",
    "likelihood",
    "answer_due_date",
    "answered_date",
)

COLUMNS = (
    Column("Händelsedatum", "event_date", "date", 14, required=True),
    Column("Rapporterad", "reported_date", "date", 14),
    Column("Typ", "deviation_type", width=20),
    Column("Kategori", "category", width=36, required=True),
    Column("Rapporterande organisation", "reporting", width=34),
    Column("Mottagande organisation", "receiving", width=34),
    Column("Beskrivning", "description", width=60, required=True),
    Column("Omedelbara åtgärder", "immediate_actions", width=40),
    Column("Förslag till förbättring", "suggested_improvement", width=40),
    Column("Konsekvens", "consequence", "number", 12),
    Column("Sannolikhet", "likelihood", "number", 12),
    Column("Riskpoäng", "risk", "number", 11, exported_only=True),
    Column("Vårdskada", "care_injury", width=20),
    Column("Externt referensnummer", "external_ref", width=22),
    Column("Svar senast", "answer_due_date", "date", 14),
    Column("Orsak", "answer_cause", width=40),
    Column("Åtgärder", "answer_measures", width=40),
    Column("Uppföljning", "answer_follow_up", width=40),
    Column("Besvarad", "answered_date", "date", 14),
    Column("Systemfel", "system_error", width=11),
    Column("Lyft till", "escalated_to", width=20),
    Column("Status", "state", width=18),
    Column("Försenat svar", "overdue", width=14, exported_only=True),
)


def _code_from_label(
    value: Any, labels: dict[str, str], choices: tuple[Choice, ...], column: str
) -> str | None:
    if is_blank(value):
        return None
    folded = fold(str(value))
    for code, label in labels.items():
        if folded in (fold(label), fold(code)):
            return code
    for choice in choices:
        if folded == fold(choice.label_source):
            return choice.code
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{column}: '{value}' is not one of {choices}."),
        column=column,
        value=str(value)[:40],
        choices=" / ".join(labels.values()),
    )


def _category_code(context: ImportContext, value: Any) -> Any:
    folded = fold(str(value or ""))
    for row in context.reference.categories():
        if folded in (fold(row["code"]), fold(row["name"])):
            return row["code"]
    return value  # validate_deviation explains an unknown category


def _yes_no(value: Any) -> int:
    if is_blank(value):
        return 0
    folded = fold(str(value))
    if folded in ("ja", "j", "x", "1", "yes", "true", "sant"):
        return 1
    if folded in ("nej", "n", "0", "no", "false", "falskt"):
        return 0
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Systemfel: write Ja or Nej (not '{value}')."),
        value=str(value)[:20],
    )


def export_deviations(context: ExportContext) -> Iterator[dict[str, Any]]:
    categories = {row["code"]: row["name"] for row in context.reference.categories()}
    for row in context.store.db.query(
        "SELECT * FROM deviations WHERE group_id = ? AND deleted = 0 ORDER BY reported_date, rowid",
        [context.group_id],
    ):
        yield {
            **{key: row[key] for key in ("event_date", "reported_date", *_AS_IS)},
            "deviation_type": TYPE_LABELS.get(row["deviation_type"]),
            "category": categories.get(row["category_code"], row["category_code"]),
            "reporting": context.name_of("organisations", row["reporting_organisation_id"]),
            "receiving": context.name_of("organisations", row["receiving_organisation_id"]),
            "risk": risk_score(row["consequence"], row["likelihood"]),
            "care_injury": CARE_INJURY_LABELS.get(row["care_injury"]),
            "system_error": YES if row["system_error"] else NO,
            "escalated_to": ESCALATION_LABELS.get(row["escalated_to"] or ""),
            "state": STATE_LABELS.get(row["state"], row["state"]),
            "overdue": YES if is_overdue(row["state"], row["answer_due_date"]) else NO,
        }


def _known_keys(context: ImportContext) -> dict[Any, str]:
    return context.lookup(
        "deviations",
        lambda: (
            ((event_date, category, fold(description or "")), deviation_id)
            for deviation_id, event_date, category, description in context.store.db.execute(
                "SELECT id, event_date, category_code, description FROM deviations"
                " WHERE group_id = ? AND deleted = 0",
                [context.group_id],
            )
        ),
    )


def stage_deviation(context: ImportContext, row: Mapping[str, Any]) -> RowOutcome:
    reported = row.get("reported_date") or row.get("event_date")
    values = {
        "event_date": row.get("event_date"),
        "reported_date": reported,
        "deviation_type": _code_from_label(
            row.get("deviation_type"), TYPE_LABELS, DEVIATION_TYPES, "Typ"
        ),
        "category_code": _category_code(context, row.get("category")),
        "reporting_organisation_id": context.organisation_id(
            row.get("reporting"), "Rapporterande organisation"
        ),
        "receiving_organisation_id": context.organisation_id(
            row.get("receiving"), "Mottagande organisation"
        ),
        "care_injury": _code_from_label(
            row.get("care_injury"), CARE_INJURY_LABELS, CARE_INJURY, "Vårdskada"
        ),
        "escalated_to": _code_from_label(
            row.get("escalated_to"), ESCALATION_LABELS, ESCALATION_LEVELS, "Lyft till"
        ),
        "system_error": _yes_no(row.get("system_error")),
        **{key: row.get(key) for key in _AS_IS},
    }
    clean = validate_deviation(context.store, values)
    state = (
        _code_from_label(row.get("state"), STATE_LABELS, DEVIATION_STATES, "Status") or "registered"
    )
    key = (clean["event_date"], clean["category_code"], fold(clean["description"] or ""))
    seen = context.lookup("deviation_rows", dict)
    known = _known_keys(context)
    if key in seen or key in known:
        seen.setdefault(key, known.get(key, ""))
        return "skipped"
    if clean["answer_due_date"] is None:
        clean["answer_due_date"] = default_answer_due_date(context.store, clean["reported_date"])
    clean["state"] = state
    deviation_id = context.stage("deviations", clean)
    # The workbook says where the case stands, not how it got there: one dated event.
    context.stage(
        "deviation_events",
        {
            "deviation_id": deviation_id,
            "from_state": None,
            "to_state": state,
            "changed_on": clean["answered_date"] or clean["reported_date"],
            "comment": "Importerad från Excel",
        },
    )
    seen[key] = deviation_id
    return "created"


SHEETS = (
    SheetSpec(
        name="Avvikelser",
        order=70,
        columns=COLUMNS,
        export_rows=export_deviations,
        stage_row=stage_deviation,
        table="deviations",
    ),
)
