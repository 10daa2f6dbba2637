"""`kallelse`: write the notice of a meeting, with its agenda, as PDF."""

from __future__ import annotations

import argparse

from narvard_desktop import clock
from narvard_desktop.commands import open_store
from narvard_desktop.commands.protocol import add_pdf_arguments, options_from, resolve_meeting
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.reports.protocol_pdf import write_kallelse_pdf
from narvard_desktop.services.meetings import latest_meeting_id, next_meeting_id

NAME = "kallelse"
HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "write the notice (kallelse) of a meeting with its agenda as PDF"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_pdf_arguments(
        parser,
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "meeting id, 'next' (the next meeting from today) or 'latest' (the next meeting, else the most recent one)",
        ),
    )


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        today = clock.today()
        upcoming = next_meeting_id(store, today) or latest_meeting_id(store, today)
        meeting_id = resolve_meeting(store, args.meeting, upcoming)
        path = write_kallelse_pdf(store, meeting_id, args.out, options_from(args))
    message = translate("Cli", QT_TRANSLATE_NOOP("Cli", "Wrote {path}."))
    print(message.format(path=path))
    return 0
