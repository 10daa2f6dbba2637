"""Sheets `Organisationer` and `Ledamöter`: the group's register, read back by name.

They come first, so the plan, activity and deviation sheets find the organisations and
members a workbook brings. A row whose name the group already has is left alone (the
register is edited in the program, where each change travels as a record); a new one
is checked by the same rules as the Gruppen page.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from narvard_desktop import clock
from narvard_desktop.domain import MEMBER_ROLES
from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.services.action_plans import fold
from narvard_desktop.services.members import member_values
from narvard_desktop.services.organisations import organisation_values
from narvard_desktop.xlsx.cells import is_blank
from narvard_desktop.xlsx.exporter import ExportContext
from narvard_desktop.xlsx.importer import ImportContext
from narvard_desktop.xlsx.registry import Column, RowOutcome, SheetSpec

# The file format speaks Swedish whatever language the program shows.
ROLE_LABELS = {
    "member": "Ordinarie ledamot",
    "deputy": "Ersättare",
    "co_opted": "Adjungerad",
    "secretary": "Sekreterare",
    "chair": "Ordförande",
    "vice_chair": "Vice ordförande",
}
YES, NO = "Ja", "Nej"

ORGANISATION_COLUMNS = (
    Column("Namn", "name", width=44, required=True),
    Column("Typ", "org_type", width=30),
    Column("Huvudman", "principal", width=18),
    Column("Kommun", "kommun", width=18),
    Column("Aktiv", "active", width=8),
)
MEMBER_COLUMNS = (
    Column("Namn", "name", width=28, required=True),
    Column("Organisation", "organisation", width=40),
    Column("Funktion", "function", width=30),
    Column("Roll", "role", width=20),
    Column("E-post", "email", width=30),
    Column("Från", "active_from", "date", 12),
    Column("Till", "active_to", "date", 12),
    Column("Aktiv", "active", width=8, exported_only=True),
)


def _active(value: Any) -> bool:
    if is_blank(value):
        return True
    folded = fold(str(value))
    if folded in ("ja", "j", "x", "1", "yes", "true"):
        return True
    if folded in ("nej", "n", "0", "no", "false"):
        return False
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Aktiv: write Ja or Nej (not '{value}')."),
        value=str(value)[:20],
    )


def export_organisations(context: ExportContext) -> Iterator[dict[str, Any]]:
    types = {row["code"]: row["name"] for row in context.reference.organisation_types()}
    kommuner = {kommun.code: kommun.name for kommun in context.reference.kommuner()}
    for row in context.store.db.query(
        "SELECT * FROM organisations WHERE group_id = ? AND deleted = 0 ORDER BY name, rowid",
        [context.group_id],
    ):
        yield {
            "name": row["name"],
            "org_type": types.get(row["org_type"] or "", row["org_type"]),
            "principal": row["principal"] or context.reference.principal_of(row["org_type"] or ""),
            "kommun": kommuner.get(row["kommun_code"] or "", row["kommun_code"]),
            "active": YES if row["active"] else NO,
        }


def _type_code(context: ImportContext, value: Any) -> str | None:
    if is_blank(value):
        return None
    folded = fold(str(value))
    for row in context.reference.organisation_types():
        if folded in (fold(row["code"]), fold(row["name"])):
            return str(row["code"])
    return str(value)  # organisation_values names the unknown type


def _kommun_code(context: ImportContext, value: Any) -> str | None:
    if is_blank(value):
        return None
    folded = fold(str(value))
    for kommun in context.reference.kommuner():
        if folded in (fold(kommun.code), fold(kommun.name)):
            return kommun.code
    return str(value)


def stage_organisation(context: ImportContext, row: Mapping[str, Any]) -> RowOutcome:
    values = organisation_values(
        context.store,
        {
            "name": row.get("name"),
            "org_type": _type_code(context, row.get("org_type")),
            "kommun_code": _kommun_code(context, row.get("kommun")),
            "principal": row.get("principal"),
            "active": _active(row.get("active")),
        },
    )
    if context.known("organisations", values["name"]):
        return "skipped"
    implied = context.reference.principal_of(values["org_type"] or "")
    if values["principal"] and fold(values["principal"]) == fold(implied):
        values["principal"] = None  # the type says it already
    context.remember("organisations", values["name"], context.stage("organisations", values))
    return "created"


def export_members(context: ExportContext) -> Iterator[dict[str, Any]]:
    for row in context.store.db.query(
        "SELECT * FROM people WHERE group_id = ? AND deleted = 0 ORDER BY name, rowid",
        [context.group_id],
    ):
        yield {
            "name": row["name"],
            "organisation": context.name_of("organisations", row["organisation_id"]),
            "function": row["function"],
            "role": ROLE_LABELS.get(row["role"] or "", row["role"]),
            "email": row["email"],
            "active_from": row["active_from"],
            "active_to": row["active_to"],
            "active": YES if row["active"] else NO,
        }


def _role_code(value: Any) -> str | None:
    if is_blank(value):
        return None
    folded = fold(str(value))
    for code, label in ROLE_LABELS.items():
        if folded in (fold(code), fold(label)):
            return code
    for choice in MEMBER_ROLES:
        if folded == fold(choice.label_source):
            return choice.code
    return str(value)  # member_values names the unknown role


def stage_member(context: ImportContext, row: Mapping[str, Any]) -> RowOutcome:
    values = member_values(
        context.store,
        {
            "name": row.get("name"),
            "function": row.get("function"),
            "role": _role_code(row.get("role")),
            "email": row.get("email"),
            "active_from": row.get("active_from"),
            "active_to": row.get("active_to"),
        },
    )
    if (
        values["active_from"]
        and values["active_to"]
        and values["active_to"] < values["active_from"]
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "'Member until' ({end}) cannot be before 'Member from' ({start})."
            ),
            field="active_to",
            start=values["active_from"],
            end=values["active_to"],
        )
    values["organisation_id"] = context.organisation_id(row.get("organisation"), "Organisation")
    # A member whose period has ended comes in as having left, as in the program.
    values["active"] = (
        0 if values["active_to"] and values["active_to"] < clock.today().isoformat() else 1
    )
    if context.known("people", values["name"]):
        return "skipped"
    context.remember("people", values["name"], context.stage("people", values))
    return "created"


SHEETS = (
    SheetSpec(
        name="Organisationer",
        order=2,
        columns=ORGANISATION_COLUMNS,
        export_rows=export_organisations,
        stage_row=stage_organisation,
        table="organisations",
    ),
    SheetSpec(
        name="Ledamöter",
        order=4,
        columns=MEMBER_COLUMNS,
        export_rows=export_members,
        stage_row=stage_member,
        table="people",
    ),
)
