"""`statistics-import`: indicator values from a Kolada/SCB CSV file; all rows or none."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from narvard_desktop.commands import open_store
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate

NAME = "statistics-import"
HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "read indicator values from a Kolada/SCB CSV file (kpi, municipality, period, value)"
)

LINE = QT_TRANSLATE_NOOP("Cli", "{action}: {indicator} {period} = {value} (row {line})")
ACTIONS = {
    "new": QT_TRANSLATE_NOOP("Cli", "new"),
    "replace": QT_TRANSLATE_NOOP("Cli", "replaces"),
    "unchanged": QT_TRANSLATE_NOOP("Cli", "unchanged"),
}
PROBLEM = QT_TRANSLATE_NOOP("Cli", "Row {line}: {message}")
SUMMARY = QT_TRANSLATE_NOOP(
    "Cli",
    "Area {area}: to write: {changes}; unchanged: {unchanged}; rows of other areas left out: {other}.",
)
UNKNOWN = QT_TRANSLATE_NOOP("Cli", "Codes no indicator of the group follows: {codes}")
WRITTEN = QT_TRANSLATE_NOOP("Cli", "Values written: {count}.")
REFUSED = QT_TRANSLATE_NOOP("Cli", "Nothing was written: correct the rows above first.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", type=Path, help=QT_TRANSLATE_NOOP("CliHelp", "the .csv file to read")
    )
    parser.add_argument(
        "--area",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "kommun or region code of the rows to take (default: the group's kommun, or 0014 Västra Götalandsregionen at upper levels)",
        ),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "only show what would change"),
    )


def run(args: argparse.Namespace) -> int:
    from narvard_desktop.services.indicator_statistics import apply_statistics, preview_statistics

    with open_store(args) as store:
        preview = preview_statistics(store, args.file, args.area)
        for value in preview.values:
            print(
                translate("Cli", LINE).format(
                    action=translate("Cli", ACTIONS[value.action]),
                    indicator=value.indicator_name,
                    period=value.period,
                    value=f"{value.value:g}",
                    line=value.line,
                )
            )
        for problem in preview.problems:
            print(
                translate("Cli", PROBLEM).format(line=problem.line, message=problem.message),
                file=sys.stderr,
            )
        if preview.unknown_codes:
            codes = ", ".join(sorted(preview.unknown_codes))
            print(translate("Cli", UNKNOWN).format(codes=codes))
        print(
            translate("Cli", SUMMARY).format(
                area=preview.area_code,
                changes=len(preview.changes),
                unchanged=len(preview.values) - len(preview.changes),
                other=preview.other_areas,
            )
        )
        if preview.problems:
            print(translate("Cli", REFUSED), file=sys.stderr)
            return 1
        if not args.dry_run:
            count = apply_statistics(store, preview)
            print(translate("Cli", WRITTEN).format(count=count))
    return 0
