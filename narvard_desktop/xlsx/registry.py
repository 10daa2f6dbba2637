"""The sheets a workbook can hold, and how a feature adds its own.

A feature adds a sheet by placing a module in `narvard_desktop.xlsx.sheets`
that defines `SHEETS: tuple[SheetSpec, ...]` and naming it in SHEET_MODULES
(explicit, so that a freezer such as PyInstaller sees it), or by calling
`register_sheet`. A sheet says which columns it has, how to list its
rows for export and how to stage one row on import. Sheets are exported and
imported in `order`, so a sheet can refer to rows staged by an earlier one.

Sheet names and headers are Swedish and fixed: they are the file format a
facilitator's own lists follow, whatever language the program speaks.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from narvard_desktop.xlsx.exporter import ExportContext
    from narvard_desktop.xlsx.importer import ImportContext

ColumnKind = Literal["text", "date", "number"]
# What staging a row did: a new record, or one that already exists and is left alone.
RowOutcome = Literal["created", "skipped"]


@dataclass(frozen=True)
class Column:
    header: str
    key: str
    kind: ColumnKind = "text"
    width: int = 20
    # A required column must be present in the sheet; its cells are checked by the sheet.
    required: bool = False
    # Derived columns (such as "Försenad") are written but never read back.
    exported_only: bool = False


@dataclass(frozen=True)
class SheetSpec:
    name: str
    order: int
    columns: tuple[Column, ...]
    export_rows: Callable[[ExportContext], Iterable[Mapping[str, Any]]]
    stage_row: Callable[[ImportContext, Mapping[str, Any]], RowOutcome]
    # Which record table the sheet's rows become, for the preview.
    table: str = ""

    def column(self, key: str) -> Column:
        return next(column for column in self.columns if column.key == key)


# One line a sheet module of narvard_desktop.xlsx.sheets.
SHEET_MODULES: tuple[str, ...] = (
    "plans",
    "activities",
    "indicators",
    "deviations",
    "register",
)

_registered: dict[str, SheetSpec] = {}
_discovered = False


def register_sheet(spec: SheetSpec) -> None:
    """Add (or replace, by name) a sheet."""
    _registered[spec.name] = spec


def _discover() -> None:
    global _discovered
    if _discovered:
        return
    _discovered = True
    for name in SHEET_MODULES:
        module = importlib.import_module(f"narvard_desktop.xlsx.sheets.{name}")
        for spec in getattr(module, "SHEETS", ()):
            _registered.setdefault(spec.name, spec)


def registered_sheets() -> list[SheetSpec]:
    _discover()
    return sorted(_registered.values(), key=lambda spec: (spec.order, spec.name))
