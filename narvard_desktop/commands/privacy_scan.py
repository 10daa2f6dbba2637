"""`privacy-scan`: list every personnummer or samordningsnummer in the free texts.

Exits 1 when something is found so that scripts (and a check before an export)
can stop; the numbers themselves are never printed, only where they are.
"""

from __future__ import annotations

import argparse
import json

from narvard_desktop.commands import open_store
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.privacy import scan_database
from narvard_desktop.record_kinds import field_label, kind_label

NAME = "privacy-scan"
HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "list free texts holding a personnummer or samordningsnummer (exit 1 if any)"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "print JSON")
    )


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        hits = scan_database(store)
    if args.json:
        print(json.dumps(hits, indent=2, ensure_ascii=False))
        return 1 if hits else 0
    if not hits:
        print(
            translate(
                "Cli", QT_TRANSLATE_NOOP("Cli", "No personnummer or samordningsnummer found.")
            )
        )
        return 0
    header = translate(
        "Cli",
        QT_TRANSLATE_NOOP(
            "Cli",
            "Found {count} possible personnummer or samordningsnummer (the numbers are not shown):",
        ),
    )
    print(header.format(count=len(hits)))
    rows = [
        (
            kind_label(hit["kind"], plural=False),
            hit["record_id"],
            field_label(hit["field"], hit["kind"]),
            hit["identifier_kind"],
        )
        for hit in hits
    ]
    width = max(len(row[0]) for row in rows)
    field_width = max(len(row[2]) for row in rows)
    for kind, record_id, field, identifier_kind in rows:
        print(f"{kind:<{width}}  {record_id}  {field:<{field_width}}  {identifier_kind}")
    print(
        translate(
            "Cli",
            QT_TRANSLATE_NOOP(
                "Cli", "Remove them before anything is exported or sent out of the group."
            ),
        )
    )
    return 1
