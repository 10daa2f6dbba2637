"""`demo`: fill the group with fictional demo data."""

from __future__ import annotations

import argparse
from datetime import date

from narvard_desktop.commands import open_store
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.services.demo import fill_demo_data

NAME = "demo"
HELP = QT_TRANSLATE_NOOP("CliHelp", "fill the group with realistic, entirely fictional demo data")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--anchor-date",
        type=date.fromisoformat,
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "place the demo dates around this day (YYYY-MM-DD) instead of today"
        ),
    )


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        counts = fill_demo_data(store, seed=args.seed, anchor=args.anchor_date)
    message = translate("Cli", QT_TRANSLATE_NOOP("Cli", "Added {count} demo records."))
    print(message.format(count=sum(counts.values())))
    return 0
