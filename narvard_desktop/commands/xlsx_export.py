"""`xlsx`: write the group's handlingsplan (and other registered sheets) to an Excel workbook."""

from __future__ import annotations

import argparse
from pathlib import Path

from narvard_desktop.commands import open_store
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.xlsx import export_workbook

NAME = "xlsx"
HELP = "export the group's plans, goals, activities and indicators to an Excel workbook"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, type=Path, help="the .xlsx file to write")


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        counts = export_workbook(store, args.out)
    message = translate("Cli", QT_TRANSLATE_NOOP("Cli", "Wrote {path}:"))
    print(message.format(path=args.out))
    rows = translate("Cli", QT_TRANSLATE_NOOP("Cli", "{count} rows"))
    for sheet, count in counts.items():
        print(f"  {sheet}: {rows.format(count=count)}")
    return 0
