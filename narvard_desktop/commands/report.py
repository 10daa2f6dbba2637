"""`report`: the uppföljningsrapport of a period as PDF (the group's own, or an area's)."""

from __future__ import annotations

import argparse
from pathlib import Path

from narvard_desktop.commands import open_store
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate

NAME = "report"
HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "write the follow-up report (uppföljningsrapport) of a period as PDF"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--period",
        required=True,
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "2026, 2026-H1, 2026-Q3, 2026-T2, 2026-03 or 2026-01..2026-06"
        ),
    )
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        help=QT_TRANSLATE_NOOP("CliHelp", "the PDF file to write"),
    )
    parser.add_argument(
        "--level-scope",
        nargs="+",
        default=["own"],
        metavar="own|all|GROUP",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "at upper levels: own (default), all, or the groups (name or id) to cover"
        ),
    )


def run(args: argparse.Namespace) -> int:
    from narvard_desktop.reports.followup_report_pdf import write_report_pdf
    from narvard_desktop.services.followup_report import build_report, parse_report_period

    period = parse_report_period(args.period)
    scope: str | list[str] = args.level_scope
    if scope in (["own"], ["all"]):
        scope = scope[0]
    with open_store(args) as store:
        path = write_report_pdf(build_report(store, period, scope), args.out)
    print(translate("Cli", QT_TRANSLATE_NOOP("Cli", "Wrote {path}.")).format(path=path))
    return 0
