"""`protocol`: write a meeting's protocol (or minnesanteckningar) as PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from narvard_desktop import clock
from narvard_desktop.commands import open_store
from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.reports.protocol_pdf import ProtocolOptions, write_protocol_pdf
from narvard_desktop.services.meetings import get_meeting, latest_meeting_id, next_meeting_id
from narvard_desktop.services.meetings.justering import require_intact_lock
from narvard_desktop.store import Store

NAME = "protocol"
HELP = QT_TRANSLATE_NOOP("CliHelp", "write the protocol of a meeting as PDF")


def add_pdf_arguments(parser: argparse.ArgumentParser, meeting_help: str) -> None:
    parser.add_argument("--meeting", required=True, help=meeting_help)
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        help=QT_TRANSLATE_NOOP("CliHelp", "the PDF file to write"),
    )
    parser.add_argument(
        "--no-attendance",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "leave out the attendance list"),
    )
    parser.add_argument(
        "--no-links",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "leave out linked items"),
    )
    parser.add_argument(
        "--no-deviation-summary",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "leave out the avvikelse counts"),
    )


def options_from(args: argparse.Namespace) -> ProtocolOptions:
    return ProtocolOptions(
        include_attendance=not args.no_attendance,
        include_links=not args.no_links,
        include_deviation_summary=not args.no_deviation_summary,
    )


def resolve_meeting(store: Store, value: str, latest: str | None) -> str:
    """A meeting id, 'latest' (the command's own choice, given as `latest`) or 'next'."""
    if value == "next":
        upcoming = next_meeting_id(store, clock.today())
        if upcoming is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The group has no coming meeting."))
        return upcoming
    if value == "latest":
        if latest is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The group has no meetings yet."))
        return latest
    get_meeting(store, value)
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_pdf_arguments(
        parser,
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "meeting id, 'latest' (the most recent meeting up to today) or 'next' (the next meeting from today)",
        ),
    )


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        meeting_id = resolve_meeting(store, args.meeting, latest_meeting_id(store, clock.today()))
        # A justerat protocol is written only while its content still fits the signature.
        require_intact_lock(store, meeting_id)
        path = write_protocol_pdf(store, meeting_id, args.out, options_from(args))
    message = translate("Cli", QT_TRANSLATE_NOOP("Cli", "Wrote {path}."))
    print(message.format(path=path))
    return 0
