"""`ledger`: list every export written and every import applied."""

from __future__ import annotations

import argparse
import json

from narvard_desktop.commands import open_for_reading
from narvard_desktop.exchange.ledger import list_entries
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate

NAME = "ledger"
HELP = QT_TRANSLATE_NOOP("CliHelp", "list the exports and imports of this data folder")

DIRECTIONS = {
    "import": QT_TRANSLATE_NOOP("Exchange", "import"),
    "export": QT_TRANSLATE_NOOP("Exchange", "export"),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "print JSON")
    )


def _total(tables: dict[str, object]) -> int:
    total = 0
    for value in tables.values():
        if isinstance(value, int):
            total += value
        elif isinstance(value, dict):
            total += sum(
                v for k, v in value.items() if k in ("new", "updated") and isinstance(v, int)
            )
    return total


def run(args: argparse.Namespace) -> int:
    with open_for_reading(args) as store:
        entries = list_entries(store.db)
    if args.json:
        print(json.dumps([entry.as_json() for entry in entries], indent=2, ensure_ascii=False))
        return 0
    if not entries:
        print(
            translate(
                "Exchange",
                QT_TRANSLATE_NOOP("Exchange", "Nothing has been exported or imported yet."),
            )
        )
        return 0
    line = translate(
        "Exchange",
        QT_TRANSLATE_NOOP(
            "Exchange",
            "{time}  {direction}  {sender}  export {sequence}  {file}  ({count} records)",
        ),
    )
    for entry in entries:
        print(
            line.format(
                time=entry.occurred_at[:19].replace("T", " "),
                direction=translate("Exchange", DIRECTIONS.get(entry.direction, entry.direction)),
                sender=entry.sender_name or "",
                sequence=entry.sequence if entry.sequence is not None else "-",
                file=entry.file_name or "",
                count=_total(entry.tables),
            )
            + (f"  [{entry.sender_key}]" if entry.sender_key else "")
        )
    return 0
