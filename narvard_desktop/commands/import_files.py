"""`import`: read export files from other groups (several at once) and report per file."""

from __future__ import annotations

import argparse
from pathlib import Path

from narvard_desktop.commands import open_store
from narvard_desktop.exchange.importer import import_files
from narvard_desktop.exchange.report import import_report
from narvard_desktop.i18n import QT_TRANSLATE_NOOP

NAME = "import"
HELP = QT_TRANSLATE_NOOP("CliHelp", "import export files (.narvard) from other groups")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("CliHelp", "one or more .narvard files"),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "check the files and show what would change"),
    )
    parser.add_argument(
        "--trust-new-key",
        metavar="FINGERPRINT",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "pin a new sender's key: the fingerprint (or phone code) you have checked with "
            "the sender; a file signed with any other key is still refused",
        ),
    )


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        store.require_group_id()
        reports = import_files(
            store,
            [Path(f).expanduser() for f in args.files],
            args.dry_run,
            trust_new_key=args.trust_new_key,
        )
    for report in reports:
        for line in import_report(report):
            print(line)
    return 0 if all(report.ok for report in reports) else 1
