"""`export`: write the group's export file (or a template package) for the level above/below."""

from __future__ import annotations

import argparse
from pathlib import Path

from narvard_desktop.commands import open_store
from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.report import export_report
from narvard_desktop.exchange.templates import export_template
from narvard_desktop.i18n import QT_TRANSLATE_NOOP

NAME = "export"
HELP = QT_TRANSLATE_NOOP("CliHelp", "write an export file (.narvard) to send to the level above")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        required=True,
        help=QT_TRANSLATE_NOOP("CliHelp", "the file to write, e.g. boras-2026-q3.narvard"),
    )
    parser.add_argument(
        "--template",
        metavar="PLAN_ID",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "publish this action plan as a template package for the levels below"
        ),
    )


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        out = Path(args.out).expanduser()
        if args.template:
            result = export_template(store, args.template, out)
        else:
            result = export_data(store, out)
    for line in export_report(result):
        print(line)
    return 0
