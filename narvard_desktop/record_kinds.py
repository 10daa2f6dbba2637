"""The kinds of record the program keeps, and the names of their fields, in one place.

Each synced table is one `RecordKind`: its name for people (singular and plural), the
section of the window that shows it, the free-text fields the privacy guard scans, and
where it stands in the record summary. The privacy guard, the deviation search, the
summary, the exchange reports, the workbook sheets and the dialogs read it from here, so
a new table or a new free-text column is written once. The schema keeps its own
SYNCED_TABLES because the first migration was built from it and shipped; a test holds
the two to the same tables in the same order.

Labels are English source text marked for translation under one context each
(KIND_CONTEXT, FIELD_CONTEXT); the functions return them translated.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate

KIND_CONTEXT = "RecordKind"
FIELD_CONTEXT = "FieldLabel"

# The section keys of the main window; a kind no section opens belongs to the start page.
SECTIONS: tuple[str, ...] = (
    "start",
    "plan",
    "deviations",
    "meetings",
    "follow_up",
    "exchange",
    "group",
)


@dataclass(frozen=True)
class RecordKind:
    table: str
    # English source text, marked with QT_TRANSLATE_NOOP under KIND_CONTEXT.
    singular: str
    plural: str
    section: str = "start"
    # Every text column that can leave the machine in an export, a PDF or a workbook.
    free_text: tuple[str, ...] = ()
    # Place in the record summary (`summary` command); None when it is not counted there.
    summary_rank: int | None = None
    # False for local tables and reference lists: never exported or imported as records.
    synced: bool = True
    # Field labels that differ for this kind from FIELD_LABELS (English, FIELD_CONTEXT).
    field_labels: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def label(self) -> str:
        return translate(KIND_CONTEXT, self.singular)

    def plural_label(self) -> str:
        return translate(KIND_CONTEXT, self.plural)


def _kind(
    table: str, singular: str, plural: str, section: str, *free_text: str, **extra: Any
) -> RecordKind:
    return RecordKind(table, singular, plural, section, tuple(free_text), **extra)


# Parents before children: the order in which exports write and imports apply.
# Member names (people.name, attendances.name, progress_notes.author, action_items.who)
# are not about patients, but they are scanned too: the detector only reacts to
# identifiers, never to names, so scanning them costs nothing and catches a number
# pasted into the wrong field. meetings.locked_content is the frozen copy of an approved
# protocol and travels with it, so a number that was locked in must be found there too.
_SYNCED_KINDS: tuple[RecordKind, ...] = (
    _kind(
        "groups",
        QT_TRANSLATE_NOOP("RecordKind", "Group"),
        QT_TRANSLATE_NOOP("RecordKind", "Groups"),
        "start",
        "name",
        "town",
        "storage_place",
        summary_rank=0,
    ),
    _kind(
        "organisations",
        QT_TRANSLATE_NOOP("RecordKind", "Organisation"),
        QT_TRANSLATE_NOOP("RecordKind", "Organisations"),
        "group",
        "name",
        "principal",
        summary_rank=1,
    ),
    _kind(
        "people",
        QT_TRANSLATE_NOOP("RecordKind", "Person in the group"),
        QT_TRANSLATE_NOOP("RecordKind", "People"),
        "group",
        "name",
        "function",
        summary_rank=2,
    ),
    _kind(
        "meetings",
        QT_TRANSLATE_NOOP("RecordKind", "Meeting"),
        QT_TRANSLATE_NOOP("RecordKind", "Meetings"),
        "meetings",
        "title",
        "place",
        "locked_content",
        summary_rank=9,
    ),
    _kind(
        "agenda_items",
        QT_TRANSLATE_NOOP("RecordKind", "Agenda item (§)"),
        QT_TRANSLATE_NOOP("RecordKind", "Agenda items"),
        "meetings",
        "title",
        "notes",
        summary_rank=10,
    ),
    _kind(
        "action_plans",
        QT_TRANSLATE_NOOP("RecordKind", "Action plan"),
        QT_TRANSLATE_NOOP("RecordKind", "Action plans"),
        "plan",
        "title",
        "description",
        "target_group",
        summary_rank=3,
    ),
    _kind(
        "goals",
        QT_TRANSLATE_NOOP("RecordKind", "Goal"),
        QT_TRANSLATE_NOOP("RecordKind", "Goals"),
        "plan",
        "title",
        "description",
        summary_rank=4,
    ),
    _kind(
        "indicators",
        QT_TRANSLATE_NOOP("RecordKind", "Indicator"),
        QT_TRANSLATE_NOOP("RecordKind", "Indicators"),
        "plan",
        "name",
        "definition",
        "unit",
        "source",
        summary_rank=5,
    ),
    _kind(
        "indicator_values",
        QT_TRANSLATE_NOOP("RecordKind", "Measured value"),
        QT_TRANSLATE_NOOP("RecordKind", "Measured values"),
        "plan",
        "comment",
        summary_rank=6,
    ),
    _kind(
        "activities",
        QT_TRANSLATE_NOOP("RecordKind", "Activity"),
        QT_TRANSLATE_NOOP("RecordKind", "Activities"),
        "plan",
        "title",
        "description",
        summary_rank=7,
    ),
    _kind(
        "progress_notes",
        QT_TRANSLATE_NOOP("RecordKind", "Progress note"),
        QT_TRANSLATE_NOOP("RecordKind", "Progress notes"),
        "plan",
        "text",
        "author",
        summary_rank=14,
        # A progress note's text is what people call the note itself.
        field_labels=MappingProxyType({"text": QT_TRANSLATE_NOOP("FieldLabel", "Note")}),
    ),
    _kind(
        "deviations",
        QT_TRANSLATE_NOOP("RecordKind", "Deviation"),
        QT_TRANSLATE_NOOP("RecordKind", "Deviations"),
        "deviations",
        "description",
        "immediate_actions",
        "suggested_improvement",
        "answer_cause",
        "answer_measures",
        "answer_follow_up",
        "external_ref",
        summary_rank=8,
    ),
    _kind(
        "deviation_events",
        QT_TRANSLATE_NOOP("RecordKind", "Deviation, change of state"),
        QT_TRANSLATE_NOOP("RecordKind", "Deviation history"),
        "deviations",
        "comment",
    ),
    _kind(
        "attendances",
        QT_TRANSLATE_NOOP("RecordKind", "Attendance"),
        QT_TRANSLATE_NOOP("RecordKind", "Attendance"),
        "meetings",
        "name",
        "organisation_name",
        "function",
        summary_rank=13,
    ),
    _kind(
        "decisions",
        QT_TRANSLATE_NOOP("RecordKind", "Decision"),
        QT_TRANSLATE_NOOP("RecordKind", "Decisions"),
        "meetings",
        "text",
        summary_rank=11,
    ),
    _kind(
        "action_items",
        QT_TRANSLATE_NOOP("RecordKind", "Action item"),
        QT_TRANSLATE_NOOP("RecordKind", "Action items"),
        "meetings",
        "what",
        "who",
        summary_rank=12,
    ),
    # A link holds two ids and two kind names: nothing a person wrote.
    _kind(
        "links",
        QT_TRANSLATE_NOOP("RecordKind", "Link"),
        QT_TRANSLATE_NOOP("RecordKind", "Links"),
        "start",
        summary_rank=15,
    ),
    _kind(
        "meeting_reopenings",
        QT_TRANSLATE_NOOP("RecordKind", "Reopened protocol"),
        QT_TRANSLATE_NOOP("RecordKind", "Reopened protocols"),
        "meetings",
        "reason",
        "reopened_by",
    ),
)

# Kinds that never travel as records but are named in reports and shown in a section.
_LOCAL_KINDS: tuple[RecordKind, ...] = (
    _kind(
        "exchange_ledger",
        QT_TRANSLATE_NOOP("RecordKind", "Export or import"),
        QT_TRANSLATE_NOOP("RecordKind", "Exports and imports"),
        "exchange",
        synced=False,
    ),
    # Reference lists a template carries with it (reference_rows.list_name).
    _kind(
        "avvikelsekategorier",
        QT_TRANSLATE_NOOP("RecordKind", "Deviation category"),
        QT_TRANSLATE_NOOP("RecordKind", "Deviation categories"),
        "start",
        synced=False,
    ),
    # The county's organisation register, carried downward inside templates.
    _kind(
        "organisation_catalogue",
        QT_TRANSLATE_NOOP("RecordKind", "Catalogue organisation"),
        QT_TRANSLATE_NOOP("RecordKind", "Organisation catalogue"),
        "group",
        "name",
        "principal",
        synced=False,
        field_labels=MappingProxyType({"id": QT_TRANSLATE_NOOP("FieldLabel", "Catalogue id")}),
    ),
    _kind(
        "organisationstyper",
        QT_TRANSLATE_NOOP("RecordKind", "Organisation type"),
        QT_TRANSLATE_NOOP("RecordKind", "Organisation types"),
        "start",
        synced=False,
    ),
)

_BY_TABLE: dict[str, RecordKind] = {k.table: k for k in (*_SYNCED_KINDS, *_LOCAL_KINDS)}

# Every table whose rows can leave the machine, parents before children.
SYNCED_TABLES: tuple[str, ...] = tuple(k.table for k in _SYNCED_KINDS)

# The name of every field a message, a form or a list shows, whatever table holds it.
FIELD_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "name": QT_TRANSLATE_NOOP("FieldLabel", "Name"),
        "function": QT_TRANSLATE_NOOP("FieldLabel", "Function"),
        "title": QT_TRANSLATE_NOOP("FieldLabel", "Title"),
        "place": QT_TRANSLATE_NOOP("FieldLabel", "Place"),
        "locked_content": QT_TRANSLATE_NOOP("FieldLabel", "Approved protocol"),
        "notes": QT_TRANSLATE_NOOP("FieldLabel", "Notes"),
        "description": QT_TRANSLATE_NOOP("FieldLabel", "Description"),
        "target_group": QT_TRANSLATE_NOOP("FieldLabel", "Target group"),
        "target_group_code": QT_TRANSLATE_NOOP("FieldLabel", "Prioritised target group"),
        "horizon": QT_TRANSLATE_NOOP("FieldLabel", "Horizon"),
        "target_year": QT_TRANSLATE_NOOP("FieldLabel", "Target year"),
        "definition": QT_TRANSLATE_NOOP("FieldLabel", "Definition"),
        "unit": QT_TRANSLATE_NOOP("FieldLabel", "Unit"),
        "source": QT_TRANSLATE_NOOP("FieldLabel", "Source"),
        "statistics_code": QT_TRANSLATE_NOOP("FieldLabel", "Statistics code (KPI)"),
        "comment": QT_TRANSLATE_NOOP("FieldLabel", "Comment"),
        "text": QT_TRANSLATE_NOOP("FieldLabel", "Text"),
        "author": QT_TRANSLATE_NOOP("FieldLabel", "Author"),
        "immediate_actions": QT_TRANSLATE_NOOP("FieldLabel", "Immediate actions"),
        "suggested_improvement": QT_TRANSLATE_NOOP("FieldLabel", "Suggested improvement"),
        "answer_cause": QT_TRANSLATE_NOOP("FieldLabel", "Answer: cause"),
        "answer_measures": QT_TRANSLATE_NOOP("FieldLabel", "Answer: measures"),
        "answer_follow_up": QT_TRANSLATE_NOOP("FieldLabel", "Answer: follow-up"),
        "external_ref": QT_TRANSLATE_NOOP("FieldLabel", "External reference"),
        "organisation_name": QT_TRANSLATE_NOOP("FieldLabel", "Organisation"),
        "what": QT_TRANSLATE_NOOP("FieldLabel", "What"),
        "who": QT_TRANSLATE_NOOP("FieldLabel", "Who"),
        "reason": QT_TRANSLATE_NOOP("FieldLabel", "Reason"),
        "reopened_by": QT_TRANSLATE_NOOP("FieldLabel", "Reopened by"),
        "period_start": QT_TRANSLATE_NOOP("FieldLabel", "Period start"),
        "period_end": QT_TRANSLATE_NOOP("FieldLabel", "Period end"),
        "start_date": QT_TRANSLATE_NOOP("FieldLabel", "Start date"),
        "due_date": QT_TRANSLATE_NOOP("FieldLabel", "Due date"),
        "next_checkin_date": QT_TRANSLATE_NOOP("FieldLabel", "Next check-in"),
        "way_code": QT_TRANSLATE_NOOP("FieldLabel", "Way of working or prerequisite"),
        "status": QT_TRANSLATE_NOOP("FieldLabel", "Status"),
        "note_date": QT_TRANSLATE_NOOP("FieldLabel", "Date"),
        "direction": QT_TRANSLATE_NOOP("FieldLabel", "Direction"),
        "baseline_value": QT_TRANSLATE_NOOP("FieldLabel", "Baseline value"),
        "baseline_date": QT_TRANSLATE_NOOP("FieldLabel", "Baseline date"),
        "target_value": QT_TRANSLATE_NOOP("FieldLabel", "Target value"),
        "target_date": QT_TRANSLATE_NOOP("FieldLabel", "Target date"),
        "period": QT_TRANSLATE_NOOP("FieldLabel", "Period"),
        "value": QT_TRANSLATE_NOOP("FieldLabel", "Value"),
        "action_plan_id": QT_TRANSLATE_NOOP("FieldLabel", "Action plan"),
        "goal_id": QT_TRANSLATE_NOOP("FieldLabel", "Goal"),
        "indicator_id": QT_TRANSLATE_NOOP("FieldLabel", "Indicator"),
        "activity_id": QT_TRANSLATE_NOOP("FieldLabel", "Activity"),
        "adopted_agenda_item_id": QT_TRANSLATE_NOOP("FieldLabel", "Adopted at agenda item"),
        "responsible_organisation_id": QT_TRANSLATE_NOOP("FieldLabel", "Responsible organisation"),
        "responsible_person_id": QT_TRANSLATE_NOOP("FieldLabel", "Responsible person"),
        "participating_organisation_ids": QT_TRANSLATE_NOOP(
            "FieldLabel", "Participating organisations"
        ),
        "event_date": QT_TRANSLATE_NOOP("FieldLabel", "Event date"),
        "reported_date": QT_TRANSLATE_NOOP("FieldLabel", "Reported date"),
        "answer_due_date": QT_TRANSLATE_NOOP("FieldLabel", "Answer due date"),
        "answered_date": QT_TRANSLATE_NOOP("FieldLabel", "Answered date"),
        "consequence": QT_TRANSLATE_NOOP("FieldLabel", "Consequence"),
        "likelihood": QT_TRANSLATE_NOOP("FieldLabel", "Likelihood"),
        "changed_on": QT_TRANSLATE_NOOP("FieldLabel", "Date of the change"),
        "role": QT_TRANSLATE_NOOP("FieldLabel", "Role in the group"),
        "email": QT_TRANSLATE_NOOP("FieldLabel", "E-mail"),
        "active_from": QT_TRANSLATE_NOOP("FieldLabel", "Member from"),
        "active_to": QT_TRANSLATE_NOOP("FieldLabel", "Member until"),
        "organisation_id": QT_TRANSLATE_NOOP("FieldLabel", "Organisation"),
        "org_type": QT_TRANSLATE_NOOP("FieldLabel", "Type of organisation"),
        "principal": QT_TRANSLATE_NOOP("FieldLabel", "Principal (huvudman)"),
        "catalogue_id": QT_TRANSLATE_NOOP("FieldLabel", "Catalogue entry"),
        "hsa_id": QT_TRANSLATE_NOOP("FieldLabel", "HSA-id"),
        "publisher_level": QT_TRANSLATE_NOOP("FieldLabel", "Published by level"),
        "kommun_code": QT_TRANSLATE_NOOP("FieldLabel", "Kommun"),
        "delregion": QT_TRANSLATE_NOOP("FieldLabel", "Sub-region"),
        "level": QT_TRANSLATE_NOOP("FieldLabel", "Level"),
        "risk_threshold": QT_TRANSLATE_NOOP("FieldLabel", "Risk threshold"),
        "answer_days": QT_TRANSLATE_NOOP("FieldLabel", "Days to answer"),
        "paragraph_numbering": QT_TRANSLATE_NOOP("FieldLabel", "§ numbering"),
        "adjusters_required": QT_TRANSLATE_NOOP("FieldLabel", "Number of minutes checkers"),
        "town": QT_TRANSLATE_NOOP("FieldLabel", "Town (ort)"),
        "storage_place": QT_TRANSLATE_NOOP("FieldLabel", "Where the minutes are kept"),
        "apology_days": QT_TRANSLATE_NOOP("FieldLabel", "Days before to send apologies"),
        "survivor_id": QT_TRANSLATE_NOOP("FieldLabel", "Organisation to keep"),
    }
)


def all_kinds() -> tuple[RecordKind, ...]:
    """Every synced kind of record, parents before children."""
    return _SYNCED_KINDS


def kind(table: str) -> RecordKind:
    """The kind of record a table holds; KeyError for a table that is not one."""
    return _BY_TABLE[table]


def is_kind(table: str) -> bool:
    return table in _BY_TABLE


def kind_label(table: str, *, plural: bool = True) -> str:
    """The translated name of a kind (plural by default, as in counts); else the table name."""
    found = _BY_TABLE.get(table)
    if found is None:
        return table
    return found.plural_label() if plural else found.label()


def section_of(table: str) -> str:
    """The key of the window section that shows a kind of record ("start" when none does)."""
    found = _BY_TABLE.get(table)
    return found.section if found is not None else "start"


def free_text_fields(table: str) -> tuple[str, ...]:
    """The free-text columns of a table, scanned for personnummer; () for any other table."""
    found = _BY_TABLE.get(table)
    return found.free_text if found is not None else ()


def free_text_by_table() -> dict[str, tuple[str, ...]]:
    """Each synced table that has free text, with its free-text columns, in sync order."""
    return {k.table: k.free_text for k in _SYNCED_KINDS if k.free_text}


def summary_tables() -> tuple[str, ...]:
    """The tables the record summary counts, in the order it lists them."""
    counted = [k for k in _SYNCED_KINDS if k.summary_rank is not None]
    return tuple(k.table for k in sorted(counted, key=lambda k: k.summary_rank or 0))


def field_label_source(field_name: str, table: str | None = None) -> str | None:
    """The English source text of a field's label (for translating later), or None."""
    found = _BY_TABLE.get(table) if table else None
    if found is not None and field_name in found.field_labels:
        return found.field_labels[field_name]
    return FIELD_LABELS.get(field_name)


def field_label(field_name: str, table: str | None = None) -> str:
    """The translated label of a field (as a table names it, when it does); else its name."""
    source = field_label_source(field_name, table)
    return translate(FIELD_CONTEXT, source) if source else field_name
