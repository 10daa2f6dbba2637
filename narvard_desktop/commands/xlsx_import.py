"""`xlsx-import`: read a workbook in the `xlsx` layout; all rows or none are imported."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from narvard_desktop.commands import open_store
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.xlsx import format_preview, import_workbook

NAME = "xlsx-import"
HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "import plans, goals, activities and indicators from an Excel workbook"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", type=Path, help=QT_TRANSLATE_NOOP("CliHelp", "the .xlsx file to read")
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "only show what would be imported"),
    )


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        preview = import_workbook(store, args.file, dry_run=args.dry_run)
    print(format_preview(preview), file=sys.stdout if preview.ok else sys.stderr)
    return 0 if preview.ok else 1
