"""Excel workbooks: export of the group's records and import of the same layout.

The core never needs Qt here; the GUI calls `export_workbook` and
`import_workbook` (first with `dry_run=True` for the preview).
"""

from narvard_desktop.xlsx.exporter import ExportContext, TextTooLongForExcelError, export_workbook
from narvard_desktop.xlsx.importer import (
    ImportContext,
    ImportPreview,
    RowError,
    WorkbookMissingError,
    WorkbookUnreadableError,
    format_preview,
    import_workbook,
)
from narvard_desktop.xlsx.registry import Column, SheetSpec, register_sheet, registered_sheets

__all__ = [
    "Column",
    "ExportContext",
    "ImportContext",
    "ImportPreview",
    "RowError",
    "SheetSpec",
    "TextTooLongForExcelError",
    "WorkbookMissingError",
    "WorkbookUnreadableError",
    "export_workbook",
    "format_preview",
    "import_workbook",
    "register_sheet",
    "registered_sheets",
]
