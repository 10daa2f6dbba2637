"""The `narvard-desktop` entry point: the GUI without a subcommand, headless tools with one."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date

from narvard_desktop import APP_NAME, __version__
from narvard_desktop.domain import LEVEL_CODES
from narvard_desktop.errors import NarvardError
from narvard_desktop.i18n import LANGUAGES, QT_TRANSLATE_NOOP, set_language, translate
from narvard_desktop.paths import resolve_data_dir

_CTX = "Cli"


def _t(text: str) -> str:
    return translate(_CTX, text)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="narvard-desktop",
        description=f"{APP_NAME} {__version__}. Without a subcommand the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        help="data folder (default: NARVARD_DATA_DIR or the platform's user data folder)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language: sv (default) or en")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="set up the group that owns the data folder")
    init.add_argument("--level", required=True, choices=LEVEL_CODES)
    init.add_argument("--kommun", help="SCB kommunkod, e.g. 1490 (level lokal)")
    init.add_argument("--delregion", help="e.g. 'Södra Älvsborg' (level delregional)")
    init.add_argument("--name", required=True, help="the group's name")

    demo = commands.add_parser("demo", help="fill the group with fictional demo data")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument(
        "--anchor-date",
        type=date.fromisoformat,
        help="place the demo dates around this day (YYYY-MM-DD) instead of today",
    )

    summary = commands.add_parser("summary", help="count the records of every kind")
    summary.add_argument("--json", action="store_true", help="print JSON")
    return parser


def _open_store(args: argparse.Namespace):
    from narvard_desktop.store import Store

    return Store(resolve_data_dir(args.data_dir))


def _command_init(args: argparse.Namespace) -> int:
    from narvard_desktop.services.group_setup import GroupSetup, create_group

    with _open_store(args) as store:
        create_group(
            store,
            GroupSetup(
                level=args.level, name=args.name, kommun_code=args.kommun, delregion=args.delregion
            ),
        )
        group = store.own_group() or {}
        print(
            _t(QT_TRANSLATE_NOOP("Cli", "Set up {name} in {path}.")).format(
                name=group.get("name"), path=store.data_dir
            )
        )
    return 0


def _command_demo(args: argparse.Namespace) -> int:
    from narvard_desktop.services.demo import fill_demo_data

    with _open_store(args) as store:
        counts = fill_demo_data(store, seed=args.seed, anchor=args.anchor_date)
    print(
        _t(QT_TRANSLATE_NOOP("Cli", "Added {count} demo records.")).format(
            count=sum(counts.values())
        )
    )
    return 0


def _command_summary(args: argparse.Namespace) -> int:
    from narvard_desktop.services.summary import record_counts

    with _open_store(args) as store:
        counts = record_counts(store)
    if args.json:
        print(json.dumps(counts, indent=2))
    else:
        width = max(len(kind) for kind in counts)
        for kind, count in counts.items():
            print(f"{kind:<{width}}  {count:>8}")
    return 0


COMMANDS = {
    "init": _command_init,
    "demo": _command_demo,
    "summary": _command_summary,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    set_language(args.lang or "sv")
    if args.command is None:
        from narvard_desktop.ui.app import run_gui

        return run_gui(resolve_data_dir(args.data_dir), args.lang)
    try:
        return COMMANDS[args.command](args)
    except NarvardError as error:
        print(error.user_message(), file=sys.stderr)
        return 2
    except OSError as error:
        message = _t(QT_TRANSLATE_NOOP("Cli", "Could not read or write a file: {error}"))
        print(message.format(error=error.strerror or error), file=sys.stderr)
        return 2
    except Exception as error:  # noqa: BLE001 - the last line of defence for a clear message
        if os.environ.get("NARVARD_DEBUG"):
            raise
        message = _t(QT_TRANSLATE_NOOP("Cli", "Unexpected error ({kind}): {error}"))
        print(message.format(kind=type(error).__name__, error=error), file=sys.stderr)
        return 3
