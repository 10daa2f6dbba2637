"""`calendar`: write the group's meetings as an iCalendar (.ics) file for Outlook."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from narvard_desktop import clock
from narvard_desktop.commands import open_store
from narvard_desktop.errors import ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate

NAME = "calendar"
HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "write the group's meetings as a calendar file (.ics) to send or import in Outlook"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        help=QT_TRANSLATE_NOOP("CliHelp", "the .ics file to write"),
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--meeting",
        action="append",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "a meeting id, or 'next' (may be given more than once); default: every meeting from today on",
        ),
    )
    which.add_argument(
        "--from",
        dest="since",
        help=QT_TRANSLATE_NOOP("CliHelp", "every meeting from this date (YYYY-MM-DD)"),
    )
    which.add_argument(
        "--all",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "every meeting of the group"),
    )
    which.add_argument(
        "--series",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "every meeting of the series (planned the year) a meeting belongs to: its id or 'next'",
        ),
    )


def _since(args: argparse.Namespace) -> date | None:
    if args.all:
        return None
    if args.since is None:
        return clock.today()
    try:
        return date.fromisoformat(args.since)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The date {value} is not a date (YYYY-MM-DD)."),
            value=args.since,
        ) from None


def _series_ids(store: Any, value: str) -> list[str]:
    from narvard_desktop.services.meetings import next_meeting_id
    from narvard_desktop.services.year_plan import series_of_meeting

    meeting_id = next_meeting_id(store, clock.today()) if value == "next" else value
    series = series_of_meeting(store, meeting_id) if meeting_id else None
    if series is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The meeting {id} belongs to no planned series."),
            id=value,
        )
    return list(series.meeting_ids)


def run(args: argparse.Namespace) -> int:
    from narvard_desktop.reports.calendar_ics import write_calendar
    from narvard_desktop.services.meetings import next_meeting_id

    with open_store(args) as store:
        meeting_ids = None
        if args.series:
            meeting_ids = _series_ids(store, args.series)
        if args.meeting:
            meeting_ids = []
            for value in args.meeting:
                if value == "next":
                    found = next_meeting_id(store, clock.today())
                    if found is None:
                        raise ValidationError(
                            QT_TRANSLATE_NOOP("Errors", "The group has no coming meeting.")
                        )
                    value = found
                meeting_ids.append(value)
        count = write_calendar(store, args.out, meeting_ids, _since(args))
    message = translate("Cli", QT_TRANSLATE_NOOP("Cli", "Wrote {path} with {count} meetings."))
    print(message.format(path=args.out, count=count))
    return 0
