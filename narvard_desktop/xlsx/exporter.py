"""Writing the group's own records to an Excel workbook, one registered sheet each.

Two kinds of workbook, both built cell by cell through the privacy gate:
- the internal working copy (default): for the group itself; it holds free text
  as typed and says so, in its properties and on its first sheet ("Intern
  arbetskopia – innehåller fritext");
- the copy for sharing (`for_sharing=True`): every text that holds a personnummer
  or samordningsnummer is left empty, and the result names where.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from narvard_desktop.errors import NarvardError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.paths import make_private_file
from narvard_desktop.privacy_gate import INTERNAL, WITHHOLD, PrivacyGate, Withheld
from narvard_desktop.reference import Reference
from narvard_desktop.store import Store
from narvard_desktop.store.records import new_id
from narvard_desktop.xlsx.cells import excel_text_length, set_cell
from narvard_desktop.xlsx.registry import SheetSpec, registered_sheets

EXCEL_CELL_LIMIT = 32_767
# Fixed Swedish like the sheet names: the label is part of the file, whoever opens it.
INTERNAL_LABEL = "Intern arbetskopia – innehåller fritext"
SHARING_LABEL = "Kopia för delning – text med personnummer är borttagen"
ABOUT_SHEET = "Om arbetsboken"
INTERNAL_NOTE = (
    "Den här arbetsboken är gruppens egen arbetskopia. Den innehåller fritext som den "
    "skrevs i programmet och ska inte skickas utanför gruppen. Skriv en kopia för delning "
    "(xlsx --for-sharing, eller kryssrutan i programmet) när filen ska lämna gruppen."
)
SHARING_NOTE = (
    "Den här arbetsboken är skriven för att delas: text som innehåller personnummer eller "
    "samordningsnummer har lämnats tom."
)
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")


class TextTooLongForExcelError(NarvardError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "Sheet {sheet}, row {row}, column {column}: the text has {length} characters, but an "
        "Excel cell holds at most {limit}. Shorten the text and export again.",
    )


@dataclass
class ExportContext:
    """What a sheet needs to list its rows: the store, the owner and name look-ups."""

    store: Store
    group_id: str
    _names: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def reference(self) -> Reference:
        return self.store.reference

    def name_of(self, table: str, record_id: str | None) -> str | None:
        """The display name of an organisation or person (title for other tables)."""
        if not record_id:
            return None
        if table not in self._names:
            column = "name" if table in ("organisations", "people") else "title"
            self._names[table] = {
                row[0]: row[1] for row in self.store.db.execute(f"SELECT id, {column} FROM {table}")
            }
        return self._names[table].get(record_id)


class WorkbookCounts(dict[str, int]):
    """Rows per sheet (as before), and what the gate withheld or, internally, saw."""

    def __init__(self, counts: dict[str, int], for_sharing: bool, gate: PrivacyGate) -> None:
        super().__init__(counts)
        self.for_sharing = for_sharing
        # For sharing: the texts left empty. Internal: the texts holding an identifier.
        self.withheld: list[Withheld] = list(gate.withheld)


def _write_sheet(
    workbook: Workbook, spec: SheetSpec, context: ExportContext, gate: PrivacyGate
) -> int:
    sheet = workbook.create_sheet(gate.text(spec.name, "sheet"))
    for index, column in enumerate(spec.columns, start=1):
        cell = sheet.cell(row=1, column=index)
        set_cell(cell, gate.text(column.header, f"{spec.name}.header"), "text")
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    row_number = 1
    for raw in spec.export_rows(context):
        row_number += 1
        # The report names sheet, row and column: "Avvikelser!7.description".
        row = gate.value(dict(raw), f"{spec.name}!{row_number}", table=spec.table or None).value
        for index, column in enumerate(spec.columns, start=1):
            value: Any = row.get(column.key)
            if isinstance(value, str) and excel_text_length(value) > EXCEL_CELL_LIMIT:
                raise TextTooLongForExcelError(
                    sheet=spec.name,
                    row=row_number,
                    column=column.header,
                    length=excel_text_length(value),
                    limit=EXCEL_CELL_LIMIT,
                )
            set_cell(sheet.cell(row=row_number, column=index), value, column.kind)
    sheet.freeze_panes = "A2"
    last_column = get_column_letter(len(spec.columns))
    sheet.auto_filter.ref = f"A1:{last_column}{row_number}"
    return row_number - 1


def _label(workbook: Workbook, for_sharing: bool) -> None:
    """Say what the workbook is, where Excel shows it (properties) and on its first sheet."""
    label = SHARING_LABEL if for_sharing else INTERNAL_LABEL
    properties = workbook.properties
    properties.title = label
    properties.subject = label
    properties.keywords = label
    properties.category = label
    properties.description = SHARING_NOTE if for_sharing else INTERNAL_NOTE
    about = workbook.create_sheet(ABOUT_SHEET, 0)
    about["A1"] = label
    about["A1"].font = Font(bold=True, size=14, color="9C0006" if not for_sharing else "000000")
    about["A3"] = SHARING_NOTE if for_sharing else INTERNAL_NOTE
    about.column_dimensions["A"].width = 110


def export_workbook(store: Store, out: Path, for_sharing: bool = False) -> WorkbookCounts:
    """Write every registered sheet to `out`; return the row count per sheet.

    `for_sharing` leaves out every text holding a personnummer (the result's
    `withheld` names the sheet, record and column); otherwise the workbook is the
    group's internal working copy and is labelled so.

    The workbook is written to a temporary file next to `out` and renamed, so
    a failed export never leaves a half-written file where the old one was.
    """
    out = Path(out)
    context = ExportContext(store=store, group_id=store.require_group_id())
    gate = PrivacyGate(
        "xlsx-shared" if for_sharing else "xlsx-internal",
        mode=WITHHOLD if for_sharing else INTERNAL,
    )
    workbook = Workbook()
    workbook.remove(workbook.worksheets[0])  # the empty sheet every new workbook has
    counts = {
        spec.name: _write_sheet(workbook, spec, context, gate) for spec in registered_sheets()
    }
    _label(workbook, for_sharing)
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(f".{out.name}.{new_id()}.tmp")
    try:
        workbook.save(temporary)
        os.replace(temporary, out)
        make_private_file(out)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    return WorkbookCounts(counts, for_sharing, gate)


# Asked once per data folder: the settings live in the folder's own database.
INTERNAL_CONFIRMED_SETTING = "xlsx.internal_copy_confirmed"


def internal_copy_confirmed(store: Store) -> bool:
    """Whether the group said "don't ask again" about the internal working copy."""
    return store.get_setting(INTERNAL_CONFIRMED_SETTING) == "1"


def remember_internal_copy_confirmed(store: Store) -> None:
    store.set_setting(INTERNAL_CONFIRMED_SETTING, "1")
