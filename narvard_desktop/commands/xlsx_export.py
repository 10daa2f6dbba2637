"""`xlsx`: write the group's handlingsplan (and other registered sheets) to an Excel workbook.

Without `--for-sharing` the workbook is the group's internal working copy (free
text as typed, labelled so); with it, every text holding a personnummer is left
out and the command says where.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from narvard_desktop.commands import open_store
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.xlsx import export_workbook

NAME = "xlsx"
HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "export the group's plans, goals, activities and indicators to an Excel workbook"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        help=QT_TRANSLATE_NOOP("CliHelp", "the .xlsx file to write"),
    )
    parser.add_argument(
        "--for-sharing",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "leave out text holding a personnummer (a copy that may leave the group)"
        ),
    )


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        counts = export_workbook(store, args.out, for_sharing=args.for_sharing)
    message = translate("Cli", QT_TRANSLATE_NOOP("Cli", "Wrote {path}:"))
    print(message.format(path=args.out))
    rows = translate("Cli", QT_TRANSLATE_NOOP("Cli", "{count} rows"))
    for sheet, count in counts.items():
        print(f"  {sheet}: {rows.format(count=count)}")
    if args.for_sharing:
        if counts.withheld:
            print(
                translate(
                    "Cli",
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "Left out {count} texts holding a personnummer or samordningsnummer (the numbers are not shown):",
                    ),
                ).format(count=len(counts.withheld))
            )
            for withheld in counts.withheld:
                print(f"  {withheld.field}  {withheld.reason}")
        return 0
    print(
        translate(
            "Cli",
            QT_TRANSLATE_NOOP(
                "Cli",
                "This is the group's internal working copy: it holds free text as typed. Use --for-sharing for a copy that may leave the group.",
            ),
        )
    )
    if counts.withheld:
        print(
            translate(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{count} texts in it hold a personnummer or samordningsnummer.",
                ),
            ).format(count=len(counts.withheld))
        )
    return 0
