"""`summary`: count the live records of every kind."""

from __future__ import annotations

import argparse
import json

from narvard_desktop.commands import open_for_reading
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.record_kinds import kind_label
from narvard_desktop.services.summary import record_counts

NAME = "summary"
HELP = QT_TRANSLATE_NOOP("CliHelp", "count the records of every kind")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "print JSON (keys are the table names)"),
    )


def run(args: argparse.Namespace) -> int:
    with open_for_reading(args) as store:
        counts = record_counts(store)
    if args.json:
        # Keys are the tables' names, the same in every language, for scripts to read.
        print(json.dumps(counts, indent=2))
        return 0
    labels = {kind: kind_label(kind, plural=True) for kind in counts}
    width = max(len(label) for label in labels.values())
    for kind, count in counts.items():
        print(f"{labels[kind]:<{width}}  {count:>8}")
    return 0
