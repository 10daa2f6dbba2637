"""Any table the program shows, as a CSV or Excel file: through the privacy gate, text as text.

A table that leaves the group is shared like the shared workbook: a string that looks
like a personnummer is withheld (written empty) and counted, so the caller can say so.
A cell that starts like a formula stays text in Excel and in a CSV opened by Excel.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.paths import make_private_file
from narvard_desktop.privacy_gate import WITHHOLD, PrivacyGate, require_gated

UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "Errors", "The file {file} must end in .csv or .xlsx to say what to write."
)
_FORMULA_LOOKING = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class TableWritten:
    path: Path
    rows: int
    withheld: int


def _csv_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_LOOKING):
        return "'" + value  # Excel would run it; the quote keeps it text
    return "" if value is None else value


def csv_bytes(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    """A CSV that Excel in Swedish opens without asking; cells that look like formulas stay text."""
    buffer = io.StringIO()
    # Semicolons and a byte-order mark: what Excel in Swedish opens without asking.
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([_csv_cell(header) for header in headers])
    for row in rows:
        writer.writerow(
            [
                str(value).replace(".", ",") if isinstance(value, float) else _csv_cell(value)
                for value in row
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def xlsx_bytes(
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    numeric: Sequence[int] = (),
    *,
    dates: Sequence[int] = (),
    widths: Sequence[int] | None = None,
) -> bytes:
    """One sheet named by `title`: bold headers, frozen and filterable, user text as text.

    Columns in `numeric` keep numbers as numbers and those in `dates` are dates; without
    `widths` each column is as wide as its first 200 values need.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from narvard_desktop.xlsx.cells import set_cell
    from narvard_desktop.xlsx.registry import ColumnKind

    workbook = Workbook()
    # Sheet names: at most 31 characters, none of : \ / ? * [ ].
    name = "".join(c for c in title if c not in ":\\/?*[]")[:31] or "Tabell"
    sheet = workbook.create_sheet(name, 0)
    workbook.remove(workbook.worksheets[1])
    for index, header in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=index)
        set_cell(cell, header, "text")
        cell.font = Font(bold=True)
        if widths is not None:
            width = widths[index - 1]
        else:
            widest = max(
                [len(str(header))] + [len(str(row[index - 1] or "")) for row in rows[:200]]
            )
            width = min(max(widest + 2, 8), 60)
        sheet.column_dimensions[get_column_letter(index)].width = width
    for number, row in enumerate(rows, start=2):
        for index, value in enumerate(row, start=1):
            is_number = isinstance(value, int | float) and not isinstance(value, bool)
            kind: ColumnKind = "text"
            if index - 1 in dates:
                kind = "date"
            elif is_number and index - 1 in numeric:
                kind = "number"
            set_cell(sheet.cell(row=number, column=index), value, kind)
    sheet.freeze_panes = "A2"
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def replace_privately(path: Path, content: bytes) -> None:
    """Write beside the file, then rename into place: a reader never sees half a file."""
    partial = path.with_name(f".{path.name}.part")
    partial.write_bytes(content)
    os.replace(partial, path)
    make_private_file(path)


def write_table(
    path: Path,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    numeric: Sequence[int] = (),
) -> TableWritten:
    """Write `.csv` or `.xlsx` by the file's ending, from gated values, then rename into place."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(UNKNOWN_FORMAT, file=path.name)
    gate = PrivacyGate("table", mode=WITHHOLD)
    gated = require_gated(
        gate.value(
            {"title": title, "headers": list(headers), "rows": [list(r) for r in rows]}, title
        )
    )
    if suffix == ".csv":
        content = csv_bytes(gated["headers"], gated["rows"])
    else:
        content = xlsx_bytes(gated["title"], gated["headers"], gated["rows"], numeric)
    replace_privately(path, content)
    return TableWritten(path, len(gated["rows"]), len(gate.withheld))
