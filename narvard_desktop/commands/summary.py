"""`summary`: count the live records of every kind."""

from __future__ import annotations

import argparse
import json

from narvard_desktop.commands import open_store
from narvard_desktop.services.summary import record_counts

NAME = "summary"
HELP = "count the records of every kind"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        counts = record_counts(store)
    if args.json:
        print(json.dumps(counts, indent=2))
        return 0
    width = max(len(kind) for kind in counts)
    for kind, count in counts.items():
        print(f"{kind:<{width}}  {count:>8}")
    return 0
