"""Writing the group's own records to an Excel workbook, one registered sheet each."""

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
from narvard_desktop.reference import Reference
from narvard_desktop.store import Store
from narvard_desktop.store.records import new_id
from narvard_desktop.xlsx.cells import excel_text_length, set_cell
from narvard_desktop.xlsx.registry import SheetSpec, registered_sheets

EXCEL_CELL_LIMIT = 32_767
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


def _write_sheet(workbook: Workbook, spec: SheetSpec, context: ExportContext) -> int:
    sheet = workbook.create_sheet(spec.name)
    for index, column in enumerate(spec.columns, start=1):
        cell = sheet.cell(row=1, column=index)
        set_cell(cell, column.header, "text")
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    row_number = 1
    for row in spec.export_rows(context):
        row_number += 1
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


def export_workbook(store: Store, out: Path) -> dict[str, int]:
    """Write every registered sheet to `out`; return the row count per sheet.

    The workbook is written to a temporary file next to `out` and renamed, so
    a failed export never leaves a half-written file where the old one was.
    """
    out = Path(out)
    context = ExportContext(store=store, group_id=store.require_group_id())
    workbook = Workbook()
    workbook.remove(workbook.worksheets[0])  # the empty sheet every new workbook has
    counts = {spec.name: _write_sheet(workbook, spec, context) for spec in registered_sheets()}
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(f".{out.name}.{new_id()}.tmp")
    try:
        workbook.save(temporary)
        os.replace(temporary, out)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    return counts
