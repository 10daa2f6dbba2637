"""Turning stored values into cells and cells back into values.

User text always goes into a cell as text. openpyxl would otherwise store a
leading '=' as a formula and '#N/A' as an error value, so the data type is
set explicitly after the value; text that Excel would re-read as a formula
when the cell is edited also gets the quote prefix Excel itself uses.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.utils.datetime import from_excel

from narvard_desktop.xlsx.registry import ColumnKind

DATE_FORMAT = "yyyy-mm-dd"
NUMBER_FORMAT = "General"
_FORMULA_LOOKING = ("=", "+", "-", "@")
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def excel_text_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def set_cell(cell: Cell, value: Any, kind: ColumnKind) -> None:
    if value is None or value == "":
        return
    if kind == "date":
        cell.value = date.fromisoformat(value) if isinstance(value, str) else value
        cell.number_format = DATE_FORMAT
        return
    if kind == "number":
        cell.value = float(value)
        cell.number_format = NUMBER_FORMAT
        return
    # Characters XML cannot carry are invisible control codes; the app never stores them.
    text = _XML_ILLEGAL.sub("", str(value))
    cell.value = text
    cell.data_type = "s"
    if text.startswith(_FORMULA_LOOKING):
        cell.quotePrefix = True


def read_cell(value: Any, kind: ColumnKind) -> Any:
    """A cell value as the services expect it: text, an ISO date, or a raw number."""
    if value is None:
        return None
    if kind == "date":
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, int | float) and not isinstance(value, bool):
            # A date typed in a cell formatted as a number arrives as Excel's day count.
            try:
                converted = from_excel(value)
            except (ValueError, OverflowError):
                converted = None
            if isinstance(converted, datetime):
                return converted.date().isoformat()
        return str(value)
    if kind == "number":
        return value
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
