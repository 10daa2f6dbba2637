"""`search`: find records of every kind by words in their texts (the full-text index)."""

from __future__ import annotations

import argparse
import json

from narvard_desktop.commands import open_store
from narvard_desktop.i18n import QT_TRANSLATE_NOOP

NAME = "search"
HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "find activities, goals, indicators, avvikelser, meetings, § and decisions by words"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "words",
        nargs="+",
        help=QT_TRANSLATE_NOOP("CliHelp", "words, or the beginnings of words, to find"),
    )
    parser.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "print JSON")
    )
    parser.add_argument(
        "--ignore-diacritics",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", 'let a, o find å, ä, ö ("hemgang" finds "hemgång")'),
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=50,
        help=QT_TRANSLATE_NOOP("CliHelp", "at most this many results"),
    )


def run(args: argparse.Namespace) -> int:
    from narvard_desktop.services.search import grouped, search

    with open_store(args) as store:
        hits = search(store, args.words, limit=args.limit, ignore_diacritics=args.ignore_diacritics)
        if args.json:
            print(json.dumps([hit.as_dict() for hit in hits], indent=2, ensure_ascii=False))
            return 0
        for _kind, group in grouped(hits):
            print(group[0].kind_label())
            for hit in group:
                print(f"  {hit.title}  [{hit.field_label()}]  {hit.id}")
    return 0
